"""Tests for imgaug._kernels.perspective (four-point perspective transforms)."""

import cv2
import numpy as np
import pytest

from imgaug._kernels.perspective import (
    apply_perspective,
    perspective_matrix,
    warp_perspective,
)


def _corners(height, width):
    return np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)


class TestPerspectiveMatrix:
    def test_zero_jitter_is_identity(self):
        matrix, height, width = perspective_matrix(np.zeros((4, 2)), 40, 60)
        assert (height, width) == (40, 60)
        assert np.allclose(matrix, np.eye(3))

    def test_symmetric_jitter_crops_and_scales(self):
        # corners 10 % inside: (6, 4), (54, 4), (54, 36), (6, 36) -> 48 x 32
        matrix, height, width = perspective_matrix(np.full((4, 2), 0.1), 40, 60)
        assert (height, width) == (32, 48)
        moved = apply_perspective(
            np.array([[6.0, 4.0], [54.0, 36.0], [0.0, 0.0]]), matrix
        )
        assert np.allclose(moved, [[0, 0], [48, 32], [-6, -4]], atol=1e-4)

    def test_sign_and_integer_part_of_jitter_are_ignored(self):
        jitter = np.array([[0.1, -0.2], [1.05, 0.3], [-0.15, 2.1], [0.0, -0.05]])
        a = perspective_matrix(jitter, 30, 50)
        b = perspective_matrix(np.mod(np.abs(jitter), 1), 30, 50)
        assert a[1:] == b[1:] and np.allclose(a[0], b[0])

    def test_corners_are_reordered(self):
        # top-left and top-right offsets swapped past each other still give an
        # upright rectangle (no mirroring)
        jitter = np.array([[0.7, 0.0], [0.7, 0.0], [0.0, 0.0], [0.0, 0.0]])
        matrix, height, width = perspective_matrix(jitter, 20, 20)
        top_left, top_right = apply_perspective(
            np.array([[6.0, 0.0], [14.0, 0.0]]), matrix
        )
        assert top_left[0] < top_right[0]

    def test_thin_quadrilaterals_are_widened_to_two_pixels(self):
        jitter = np.array([[0.49, 0.3], [0.49, 0.3], [0.49, 0.3], [0.49, 0.3]])
        matrix, height, width = perspective_matrix(jitter, 10, 10)
        assert height >= 2 and width >= 2
        assert np.all(np.isfinite(matrix))

    def test_fit_output_contains_whole_image(self):
        jitter = np.array([[0.08, 0.05], [0.02, 0.11], [0.06, 0.03], [0.04, 0.09]])
        matrix, height, width = perspective_matrix(jitter, 40, 60, fit_output=True)
        moved = apply_perspective(_corners(40, 60), matrix)
        assert np.allclose(moved.min(axis=0), 0, atol=1e-3)
        assert np.allclose(moved.max(axis=0), [width, height], atol=0.6)

    def test_maps_of_other_sizes_get_the_same_relative_transform(self):
        jitter = np.array([[0.08, 0.05], [0.02, 0.11], [0.06, 0.03], [0.04, 0.09]])
        full, fh, fw = perspective_matrix(jitter, 40, 60)
        half, hh, hw = perspective_matrix(jitter, 20, 30)
        point = np.array([[30.0, 20.0]])
        moved_full = apply_perspective(point, full) / [fw, fh]
        moved_half = apply_perspective(point / 2, half) / [hw, hh]
        assert np.allclose(moved_full, moved_half, atol=0.03)


class TestWarpPerspective:
    @pytest.mark.parametrize(
        "dtype", ["uint8", "uint16", "int8", "int16", "float16", "float32", "float64"]
    )
    def test_identity_keeps_values_and_dtype(self, dtype):
        arr = (np.arange(5 * 7 * 3).reshape((5, 7, 3)) % 50 - 20).astype(np.float64)
        if np.dtype(dtype).kind == "u":
            arr = np.abs(arr)
        arr = arr.astype(dtype)
        observed = warp_perspective(arr, np.eye(3), (5, 7))
        assert observed.dtype == arr.dtype
        assert np.array_equal(observed, arr)

    def test_bool(self):
        arr = np.zeros((6, 6), dtype=bool)
        arr[2:4, 2:4] = True
        shift = np.array([[1.0, 0, 1], [0, 1, 0], [0, 0, 1]])
        observed = warp_perspective(arr, shift, (6, 6), cv2.INTER_NEAREST)
        assert observed.dtype == bool
        assert np.array_equal(observed[:, 1:], arr[:, :-1])

    def test_fill_values_per_channel(self):
        shift = np.array([[1.0, 0, 2], [0, 1, 0], [0, 0, 1]])
        for nb_channels in (3, 4, 6):
            arr = np.full((3, 5, nb_channels), 9, dtype=np.uint8)
            observed = warp_perspective(arr, shift, (3, 5), cval=[10, 20, 30])
            expected = [10, 20, 30] + ([0] if nb_channels == 4 else [30] * 3)
            assert observed[0, 0].tolist() == expected[:nb_channels]
            assert observed[0, 4].tolist() == [9] * nb_channels

    def test_replicate_border(self):
        arr = np.arange(5, dtype=np.float32)[np.newaxis, :].repeat(2, axis=0)
        shift = np.array([[1.0, 0, 2], [0, 1, 0], [0, 0, 1]])
        observed = warp_perspective(
            arr, shift, (2, 5), cv2.INTER_LINEAR, cv2.BORDER_REPLICATE
        )
        assert observed[0].tolist() == [0, 0, 0, 1, 2]

    def test_output_size(self):
        arr = np.zeros((4, 6, 2), dtype=np.uint8)
        assert warp_perspective(arr, np.eye(3), (3, 8)).shape == (3, 8, 2)


class TestApplyPerspective:
    def test_matches_cv2(self):
        matrix = cv2.getPerspectiveTransform(
            _corners(10, 10), np.float32([[1, 0], [9, 2], [10, 10], [0, 8]])
        )
        xy = np.array([[1.0, 2.0], [5.5, 7.25]])
        expected = cv2.perspectiveTransform(xy[np.newaxis].astype(np.float32), matrix)[
            0
        ]
        observed = apply_perspective(xy, matrix)
        assert observed.dtype == np.float64 and np.allclose(observed, expected)

    def test_empty(self):
        assert apply_perspective(np.zeros((0, 2)), np.eye(3)).shape == (0, 2)
