"""Tests for imgaug._kernels.coords (3x3 matrices on (N, 2) point arrays)."""

import numpy as np
import pytest

from imgaug._kernels.coords import (
    apply_matrix,
    compute_fit_output,
    compute_fit_output_many,
    conjugate_with_translation,
    conjugate_with_translation_many,
    identity_mask,
    is_identity_matrix,
    translation_matrix,
)

ROT90 = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])


class TestApplyMatrix:
    def test_translation(self):
        xy = np.array([[0.0, 0.0], [1.5, -2.0]])
        observed = apply_matrix(xy, translation_matrix(2, 3))
        assert np.allclose(observed, [[2.0, 3.0], [3.5, 1.0]])

    def test_rotation_90(self):
        observed = apply_matrix(np.array([[1.0, 0.0], [0.0, 2.0]]), ROT90)
        assert np.allclose(observed, [[0.0, 1.0], [-2.0, 0.0]])

    def test_general_affine_matches_homogeneous_product(self):
        rng = np.random.default_rng(0)
        matrix = np.eye(3)
        matrix[:2] = rng.normal(size=(2, 3))
        xy = rng.normal(size=(7, 2))
        expected = (matrix @ np.c_[xy, np.ones(7)].T).T[:, :2]
        assert np.allclose(apply_matrix(xy, matrix), expected)

    def test_projective_divides(self):
        matrix = np.array([[2.0, 0, 0], [0, 2.0, 0], [0, 0, 2.0]])
        assert np.allclose(apply_matrix(np.array([[3.0, 4.0]]), matrix), [[3, 4]])

    def test_returns_float64_and_does_not_mutate(self):
        xy = np.array([[1, 2]], dtype=np.float32)
        before = xy.copy()
        observed = apply_matrix(xy, translation_matrix(1, 1))
        assert observed.dtype == np.float64
        assert np.array_equal(xy, before)

    def test_empty(self):
        observed = apply_matrix(np.zeros((0, 2)), ROT90)
        assert observed.shape == (0, 2)

    def test_bad_shapes_name_argument(self):
        with pytest.raises(ValueError, match="'xy'"):
            apply_matrix(np.zeros((3, 3)), ROT90)
        with pytest.raises(ValueError, match="'matrix'"):
            apply_matrix(np.zeros((3, 2)), np.eye(2))


class TestConjugate:
    def test_centre_is_fixed_point_without_translation(self):
        matrix = conjugate_with_translation(ROT90[:2, :2], (0, 0), (5.0, 3.0))
        assert np.allclose(apply_matrix(np.array([[5.0, 3.0]]), matrix), [[5, 3]])

    def test_translation_added_after_linear_part(self):
        matrix = conjugate_with_translation(ROT90[:2, :2], (1, 2), (5.0, 3.0))
        # (6, 3) is 1 right of the centre -> 1 below it, then shifted by (1, 2)
        assert np.allclose(apply_matrix(np.array([[6.0, 3.0]]), matrix), [[6, 6]])


class TestIsIdentity:
    def test_identity(self):
        assert is_identity_matrix(np.eye(3))

    def test_tolerance(self):
        almost = np.eye(3)
        almost[0, 2] = 9 * 1e-4 * 0.99  # mean abs diff just below 1e-4
        assert is_identity_matrix(almost)
        assert not is_identity_matrix(translation_matrix(0.01, 0))


class TestComputeFitOutput:
    def test_rot90_swaps_axes_and_keeps_channels(self):
        matrix, shape = compute_fit_output(ROT90, (2, 4, 3))
        assert shape == (4, 2, 3)
        corners = apply_matrix(np.array([[0, 0], [3, 1]], dtype=float), matrix)
        assert np.allclose(corners.min(axis=0), [0, 0])

    def test_float_noise_does_not_add_a_pixel(self):
        angle = np.deg2rad(90)
        rot = np.array(
            [
                [np.cos(angle), -np.sin(angle), 0],
                [np.sin(angle), np.cos(angle), 0],
                [0, 0, 1],
            ]
        )
        assert compute_fit_output(rot, (10, 20))[1] == (20, 10)

    def test_scale_enlarges(self):
        scale = np.diag([2.0, 3.0, 1.0])
        matrix, shape = compute_fit_output(scale, (4, 5))
        # corner centres span 4*2=8 by 3*3=9 -> 9 columns, 10 rows
        assert shape == (10, 9)
        assert np.allclose(matrix, scale)

    def test_zero_sized_unchanged(self):
        matrix, shape = compute_fit_output(ROT90, (0, 5, 3))
        assert shape == (0, 5, 3)
        assert np.array_equal(matrix, ROT90)


class TestVectorisedHelpers:
    def test_conjugate_many_matches_single(self):
        rng = np.random.default_rng(1)
        linear = rng.normal(size=(4, 2, 2))
        translation = rng.normal(size=(4, 2))
        center = rng.normal(size=(4, 2))
        many = conjugate_with_translation_many(linear, translation, center)
        for i in range(4):
            single = conjugate_with_translation(linear[i], translation[i], center[i])
            assert np.allclose(many[i], single)

    def test_fit_output_many_matches_single(self):
        rng = np.random.default_rng(2)
        matrices = np.tile(np.eye(3), (5, 1, 1))
        matrices[:, :2] = rng.normal(size=(5, 2, 3))
        hw = np.array([[4, 5], [10, 20], [1, 1], [0, 3], [7, 2]])
        shifted, out_hw = compute_fit_output_many(matrices, hw)
        for i in range(5):
            single_matrix, single_shape = compute_fit_output(matrices[i], tuple(hw[i]))
            assert np.allclose(shifted[i], single_matrix)
            assert tuple(out_hw[i]) == single_shape

    def test_identity_mask(self):
        matrices = np.stack([np.eye(3), ROT90, translation_matrix(1e-5, 0)])
        assert identity_mask(matrices).tolist() == [True, False, True]
