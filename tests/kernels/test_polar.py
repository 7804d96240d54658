"""Tests for imgaug._kernels.polar (polar warping of arrays and coordinates)."""

import math

import cv2
import numpy as np
import pytest

from imgaug._kernels.polar import polar_coords, polar_geometry, warp_polar

FLAGS = cv2.WARP_FILL_OUTLIERS | cv2.WARP_POLAR_LINEAR


class TestPolarGeometry:
    def test_values(self):
        center, radius, polar_hw = polar_geometry(30, 40)
        assert center == (20.0, 15.0) and radius == 25.0
        assert polar_hw == (round(25 * math.pi), 25)

    def test_rounds_half_to_even_like_opencv(self):
        # radius 2.5 -> 2 columns, as cv2.warpPolar with dsize (0, 0)
        _, radius, polar_hw = polar_geometry(3, 4)
        expected = cv2.warpPolar(np.zeros((3, 4), np.uint8), (0, 0), (2, 1.5), 2.5, 8)
        assert radius == 2.5 and polar_hw == expected.shape


class TestWarpPolar:
    def test_forward_equals_opencv_nearest(self):
        arr = np.random.default_rng(0).integers(0, 255, (30, 40, 3)).astype(np.uint8)
        observed = warp_polar(arr)
        expected = cv2.warpPolar(arr, (25, 79), (20.0, 15.0), 25.0, FLAGS)
        assert np.array_equal(observed, expected)

    def test_inverse_returns_cartesian_size(self):
        arr = np.random.default_rng(1).integers(0, 255, (30, 40)).astype(np.uint8)
        polar = warp_polar(arr)
        back = warp_polar(polar, inverse=True, cartesian_hw=(30, 40))
        expected = cv2.warpPolar(
            polar, (40, 30), (20.0, 15.0), 25.0, FLAGS | cv2.WARP_INVERSE_MAP
        )
        assert np.array_equal(back, expected)

    def test_constant_image_round_trip(self):
        arr = np.full((12, 20, 3), 7, dtype=np.int16)
        back = warp_polar(warp_polar(arr), inverse=True, cartesian_hw=(12, 20))
        # the corner pixel centres lie on the radius, just outside of the polar image
        assert back.dtype == np.int16 and np.all(back[1:-1, 1:-1] == 7)

    @pytest.mark.parametrize("dtype", ["bool", "float16", "int8", "int32", "float64"])
    def test_dtypes(self, dtype):
        arr = np.zeros((10, 14, 2), dtype=dtype)
        arr[3:7, 4:10] = 1
        polar = warp_polar(arr)
        assert polar.dtype == arr.dtype and polar.shape[2] == 2
        expected = warp_polar(arr.astype(np.float32))
        assert np.array_equal(polar.astype(np.float32), expected)

    def test_many_channels_equal_single_channels(self):
        arr = np.random.default_rng(2).integers(0, 255, (9, 11, 600)).astype(np.uint8)
        polar = warp_polar(arr)
        for channel in (0, 137, 599):
            single = warp_polar(arr[:, :, channel])
            assert np.array_equal(polar[:, :, channel], single)

    def test_too_large_raises(self):
        with pytest.raises(ValueError, match="32767"):
            warp_polar(np.zeros((1, 32767), dtype=np.uint8))


class TestPolarCoords:
    def test_forward_values(self):
        xy = np.float32([[25.0, 15.0], [20.0, 20.0], [15.0, 15.0]])
        observed = polar_coords(xy, (25, 79), (20.0, 15.0), 25.0, 0)
        k_angle = 79 / (2 * math.pi)
        expected = [[5.0, 0.0], [5.0, k_angle * math.pi / 2], [5.0, k_angle * math.pi]]
        assert observed.dtype == np.float32
        assert np.allclose(observed, expected, atol=1e-3)

    def test_inverse_values(self):
        polar = np.float32([[0.0, 3.0], [5.0, 0.0]])
        observed = polar_coords(
            polar, (40, 30), (20.0, 15.0), 25.0, cv2.WARP_INVERSE_MAP
        )
        # K_lin = 40 / 25: rho 5 is 3.125 px from the centre
        assert np.allclose(observed, [[20.0, 15.0], [23.125, 15.0]])

    @pytest.mark.parametrize("log", [False, True])
    def test_round_trip(self, log):
        xy = np.random.default_rng(3).uniform(0, 60, (20, 2)).astype(np.float32)
        flags = cv2.WARP_POLAR_LOG if log else cv2.WARP_POLAR_LINEAR
        polar = polar_coords(xy, (34, 107), (30.0, 22.0), 37.2, flags)
        back = polar_coords(
            polar, (34, 107), (30.0, 22.0), 37.2, flags | cv2.WARP_INVERSE_MAP
        )
        # cv2.cartToPolar's angles are accurate to about 0.01 degrees
        assert np.allclose(back, xy, atol=1e-2)

    def test_pixels_follow_the_image_warp(self):
        arr = np.zeros((30, 40), dtype=np.uint8)
        arr[5, 30] = 255  # pixel centre (30.5, 5.5) in continuous coordinates
        polar = warp_polar(arr)
        rows, cols = np.nonzero(polar)
        # warpPolar places pixel centres at integer positions
        moved = polar_coords(np.float32([[30.0, 5.0]]), (25, 79), (20.0, 15.0), 25.0, 0)
        assert np.allclose(moved[0], [cols.mean(), rows.mean()], atol=1.0)

    def test_empty(self):
        assert polar_coords(np.zeros((0, 2)), (4, 4), (1.0, 1.0), 2.0, 0).shape == (
            0,
            2,
        )
