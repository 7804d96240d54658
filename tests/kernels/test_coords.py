"""Tests for imgaug._kernels.coords (3x3 matrices on (N, 2) point arrays)."""

import numpy as np
import pytest

from imgaug._kernels.coords import (
    affine_linear_part,
    apply_affine6,
    apply_matrix,
    conjugate_with_translation,
    fit_output,
    is_identity,
    to_matrix,
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


ROT90_6 = (0.0, -1.0, 0.0, 1.0, 0.0, 0.0)


class TestAffineLinearPart:
    def test_pure_scale(self):
        assert affine_linear_part(2.0, 3.0, 0.0, 0.0, 0.0) == (2.0, -0.0, 0.0, 3.0)

    def test_rotation_is_clockwise_on_screen(self):
        a, b, d, e = affine_linear_part(1.0, 1.0, 90.0, 0.0, 0.0)
        # +x (right) goes to +y (down)
        assert np.allclose([a, d], [0, 1]) and np.allclose([b, e], [-1, 0])

    def test_x_shear_is_the_legacy_skimage_definition(self):
        # skimage <= 0.18: [[1, -sin(s)], [0, cos(s)]] (0.19+ uses -tan(s), 1)
        s = np.deg2rad(15.0)
        observed = affine_linear_part(1.0, 1.0, 0.0, 15.0, 0.0)
        assert np.allclose(observed, (1.0, -np.sin(s), 0.0, np.cos(s)))

    def test_y_shear(self):
        s = np.deg2rad(-10.0)
        observed = affine_linear_part(1.0, 1.0, 0.0, 0.0, -10.0)
        assert np.allclose(observed, (np.cos(s), 0.0, np.sin(s), 1.0))

    def test_composition_order(self):
        # A . Sy with A = rotation/scale/x-shear and Sy the y-shear
        sx, sy, r, shx, shy = 1.2, 0.9, 30.0, 10.0, -20.0
        rad = np.deg2rad([r, shx, shy])
        a_mat = np.array(
            [
                [sx * np.cos(rad[0]), -sy * np.sin(rad[0] + rad[1])],
                [sx * np.sin(rad[0]), sy * np.cos(rad[0] + rad[1])],
            ]
        )
        sy_mat = np.array([[np.cos(rad[2]), 0.0], [np.sin(rad[2]), 1.0]])
        expected = (a_mat @ sy_mat).ravel()
        assert np.allclose(affine_linear_part(sx, sy, r, shx, shy), expected)


class TestConjugate:
    def test_centre_is_fixed_point_without_translation(self):
        matrix = conjugate_with_translation((0.0, -1.0, 1.0, 0.0), (0, 0), (5.0, 3.0))
        assert np.allclose(apply_affine6(np.array([[5.0, 3.0]]), matrix), [[5, 3]])

    def test_translation_added_after_linear_part(self):
        matrix = conjugate_with_translation((0.0, -1.0, 1.0, 0.0), (1, 2), (5.0, 3.0))
        # (6, 3) is 1 right of the centre -> 1 below it, then shifted by (1, 2)
        assert np.allclose(apply_affine6(np.array([[6.0, 3.0]]), matrix), [[6, 6]])

    def test_matches_the_matrix_product(self):
        linear, translation, center = (1.1, -0.3, 0.2, 0.9), (4.0, -2.0), (7.5, 3.5)
        t_c = translation_matrix(*center)
        t_minus_c = translation_matrix(-center[0], -center[1])
        a_mat = np.array(
            [[1.1, -0.3, 4.0], [0.2, 0.9, -2.0], [0.0, 0.0, 1.0]], dtype=np.float64
        )
        expected = t_c @ a_mat @ t_minus_c
        observed = to_matrix(conjugate_with_translation(linear, translation, center))
        assert np.allclose(observed, expected)


class TestIsIdentity:
    def test_identity(self):
        assert is_identity((1.0, 0.0, 0.0, 0.0, 1.0, 0.0))

    def test_tolerance(self):
        # mean abs diff of the 3x3 matrix just below / above 1e-4
        assert is_identity((1.0, 0.0, 9 * 1e-4 * 0.99, 0.0, 1.0, 0.0))
        assert not is_identity((1.0, 0.0, 9 * 1e-4 * 1.01, 0.0, 1.0, 0.0))
        assert not is_identity(ROT90_6)


class TestFitOutput:
    def test_rot90_swaps_axes(self):
        matrix, height, width = fit_output(ROT90_6, 2, 4)
        assert (height, width) == (4, 2)
        corners = apply_affine6(np.array([[0, 0], [3, 1]], dtype=float), matrix)
        assert np.allclose(corners.min(axis=0), [0, 0])

    def test_float_noise_does_not_add_a_pixel(self):
        angle = np.deg2rad(90)
        rot = (np.cos(angle), -np.sin(angle), 0.0, np.sin(angle), np.cos(angle), 0.0)
        assert fit_output(rot, 10, 20)[1:] == (20, 10)

    def test_scale_enlarges(self):
        scale = (2.0, 0.0, 0.0, 0.0, 3.0, 0.0)
        matrix, height, width = fit_output(scale, 4, 5)
        # corner centres span 4*2=8 by 3*3=9 -> 9 columns, 10 rows
        assert (height, width) == (10, 9)
        assert matrix == scale

    def test_zero_sized_unchanged(self):
        assert fit_output(ROT90_6, 0, 5) == (ROT90_6, 0, 5)


class TestToMatrixAndApply:
    def test_to_matrix(self):
        observed = to_matrix((1.0, 2.0, 3.0, 4.0, 5.0, 6.0))
        assert observed.tolist() == [[1, 2, 3], [4, 5, 6], [0, 0, 1]]

    def test_apply_affine6_matches_apply_matrix(self):
        rng = np.random.default_rng(3)
        matrix = tuple(rng.normal(size=6).tolist())
        xy = rng.normal(size=(5, 2)).astype(np.float32)
        expected = apply_matrix(xy, to_matrix(matrix))
        observed = apply_affine6(xy, matrix)
        assert observed.dtype == np.float64
        assert np.allclose(observed, expected)
