"""Tests for imgaug._kernels.rotate90 (quarter turns of arrays and coordinates)."""

import numpy as np
import pytest

from imgaug._kernels.rotate90 import rot90, rot90_coords, rot90_shape
from tests.cases import ALL_DTYPES


def _array(shape, dtype):
    arr = np.arange(int(np.prod(shape))).reshape(shape)
    if np.dtype(dtype).kind == "b":
        return arr % 3 == 0
    return (arr % 100).astype(dtype)


class TestRot90:
    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("k", [-5, -1, 0, 1, 2, 3, 4, 7])
    def test_matches_numpy_clockwise(self, dtype, k):
        arr = _array((3, 5, 3), dtype)
        observed = rot90(arr, k)
        expected = np.rot90(arr, k, axes=(1, 0))
        assert observed.dtype == arr.dtype
        assert np.array_equal(observed, expected)
        assert observed.flags["C_CONTIGUOUS"]

    def test_one_turn_is_clockwise(self):
        arr = np.array([[1, 2], [3, 4]], dtype=np.uint8)
        assert rot90(arr, 1).tolist() == [[3, 1], [4, 2]]

    @pytest.mark.parametrize(
        "shape", [(4, 6), (4, 6, 1), (4, 6, 4), (4, 6, 5), (4, 6, 600)]
    )
    def test_channel_counts(self, shape):
        arr = _array(shape, "uint8")
        observed = rot90(arr, 3)
        assert observed.shape == (6, 4) + shape[2:]
        assert np.array_equal(observed, np.rot90(arr, 3, axes=(1, 0)))

    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (4, 5, 0), (0, 0)])
    def test_zero_sized(self, shape):
        arr = np.zeros(shape, dtype=np.uint8)
        assert rot90(arr, 1).shape == rot90_shape(shape, 1)

    def test_new_array_and_views_as_input(self):
        base = _array((6, 8, 3), "uint8")
        view = base[::-1, ::2]
        observed = rot90(view, 1)
        assert np.array_equal(observed, np.rot90(view, 1, axes=(1, 0)))
        assert not np.shares_memory(observed, base)
        same = rot90(base, 0)
        assert np.array_equal(same, base) and not np.shares_memory(same, base)

    def test_float16_bits_are_kept(self):
        arr = np.array([[np.nan, -0.0], [np.inf, 1e-7]], dtype=np.float16)
        observed = rot90(arr, 1)
        expected = np.rot90(arr, 1, axes=(1, 0))
        assert observed.view(np.uint16).tolist() == expected.view(np.uint16).tolist()


class TestRot90Coords:
    @pytest.mark.parametrize("k", [0, 1, 2, 3, -1, 5])
    def test_pixel_centres_follow_their_pixels(self, k):
        height, width = 3, 5
        arr = np.arange(height * width).reshape((height, width))
        rotated = rot90(arr, k)
        yy, xx = np.mgrid[0:height, 0:width]
        centres = np.stack([xx.ravel() + 0.5, yy.ravel() + 0.5], axis=1)
        moved = rot90_coords(centres, k, height, width)
        cols = np.floor(moved[:, 0]).astype(int)
        rows = np.floor(moved[:, 1]).astype(int)
        assert np.array_equal(rotated[rows, cols], arr.ravel())

    def test_corners_map_to_corners(self):
        corners = np.array([[0.0, 0.0], [5.0, 3.0]])
        assert rot90_coords(corners, 1, 3, 5).tolist() == [[3.0, 0.0], [0.0, 5.0]]

    def test_returns_new_float64_array(self):
        xy = np.array([[1.0, 2.0]], dtype=np.float32)
        observed = rot90_coords(xy, 0, 4, 4)
        assert observed.dtype == np.float64 and not np.shares_memory(observed, xy)

    def test_shape(self):
        assert rot90_shape((2, 3, 4), 1) == (3, 2, 4)
        assert rot90_shape((2, 3), 2) == (2, 3)
        assert rot90_shape((2, 3), -1) == (3, 2)
