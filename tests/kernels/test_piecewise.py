"""Tests for imgaug._kernels.piecewise (piecewise affine mesh warps)."""

import numpy as np
import pytest

from imgaug._kernels import piecewise as pw


def _brute_force_map(node_disp, height, width):
    """Evaluate the piecewise affine map per pixel with barycentric coordinates."""
    src, dst = pw._triangles(node_disp, height, width)
    yy, xx = np.mgrid[0:height, 0:width]
    points = np.stack([xx.ravel(), yy.ravel()], axis=1).astype(np.float64)
    bary = pw._barycentric(points, src)
    inside = np.all(bary >= -1e-9, axis=2)
    index = np.argmax(inside, axis=1)
    weights = bary[np.arange(len(points)), index]
    return np.einsum("nk,nkd->nd", weights, dst[index]).reshape((height, width, 2))


def _random_mesh(height, width, nb_rows, nb_cols, seed, scale=0.05):
    jitter = np.random.default_rng(seed).normal(0, scale, (nb_rows * nb_cols, 2))
    return pw.node_displacements(
        jitter, nb_rows, nb_cols, height, width, (height, width)
    )


class TestNodeDisplacements:
    def test_relative_jitter_is_scaled_and_clipped(self):
        disp = pw.node_displacements(np.full((4, 2), 0.1), 2, 2, 10, 20, (10, 20))
        # dx: 0.1 * 20 = 2; the right column (x = 20) is clipped to 19
        assert disp[:, :, 0].tolist() == [[2.0, -1.0], [2.0, -1.0]]
        # dy: 0.1 * 10 = 1; the bottom row (y = 10) is clipped to 9
        assert disp[:, :, 1].tolist() == [[1.0, 1.0], [-1.0, -1.0]]

    def test_jitter_is_dy_dx_row_major(self):
        jitter = np.zeros((6, 2))
        jitter[4] = (0.5, -0.25)  # node (row 1, col 1): dy, dx
        disp = pw.node_displacements(jitter, 2, 3, 100, 100, (1.0, 1.0))
        assert disp[1, 1].tolist() == [-0.25, -1.0]  # (dx, dy); y clipped 100->99
        assert disp[0, 1].tolist() == [0.0, 0.0]

    def test_nodes_stay_inside(self):
        disp = pw.node_displacements(
            np.random.default_rng(0).normal(0, 1, (12, 2)), 3, 4, 30, 40, (30, 40)
        )
        src_y = np.linspace(0, 30, 3)[:, None]
        src_x = np.linspace(0, 40, 4)[None, :]
        assert np.all((src_x + disp[:, :, 0] >= 0) & (src_x + disp[:, :, 0] <= 39))
        assert np.all((src_y + disp[:, :, 1] >= 0) & (src_y + disp[:, :, 1] <= 29))


class TestDenseMap:
    @pytest.mark.parametrize(
        "size",
        [(37, 53, 4, 5), (5, 7, 4, 6), (1, 1, 2, 2), (3, 50, 10, 3), (9, 9, 2, 2)],
    )
    def test_matches_per_pixel_barycentric_evaluation(self, size):
        height, width, nb_rows, nb_cols = size
        disp = _random_mesh(height, width, nb_rows, nb_cols, seed=sum(size))
        map_x, map_y = pw.dense_map(disp, height, width)
        expected = _brute_force_map(disp, height, width)
        assert map_x.dtype == np.float32 and map_x.shape == (height, width)
        assert np.allclose(map_x, expected[:, :, 0], atol=1e-4)
        assert np.allclose(map_y, expected[:, :, 1], atol=1e-4)

    def test_uniform_displacement_is_a_shift(self):
        disp = np.zeros((3, 4, 2))
        disp[:, :, 0], disp[:, :, 1] = 1.5, -2.0
        map_x, map_y = pw.dense_map(disp, 6, 8)
        assert np.allclose(map_x, np.arange(8)[None, :] + 1.5)
        assert np.allclose(map_y, np.arange(6)[:, None] - 2.0)

    def test_nodes_are_interpolated_exactly(self):
        disp = _random_mesh(30, 30, 4, 4, seed=1)
        map_x, map_y = pw.dense_map(disp, 30, 30)
        # node (1, 1) sits at pixel (10, 10)
        assert np.isclose(map_x[10, 10], 10 + disp[1, 1, 0], atol=1e-5)
        assert np.isclose(map_y[10, 10], 10 + disp[1, 1, 1], atol=1e-5)


class TestInversePoints:
    @pytest.mark.parametrize("size", [(37, 53, 4, 5), (5, 7, 4, 6), (3, 50, 10, 3)])
    def test_is_the_inverse_of_the_map(self, size):
        height, width, nb_rows, nb_cols = size
        disp = _random_mesh(height, width, nb_rows, nb_cols, seed=2)
        map_x, map_y = pw.dense_map(disp, height, width)
        targets = np.stack([map_x.ravel(), map_y.ravel()], axis=1).astype(np.float64)
        found = pw.inverse_points(targets, disp, height, width)
        # the map applied to the found points gives the targets back
        src, dst = pw._triangles(disp, height, width)
        bary = pw._barycentric(found, src)
        index = np.argmax(np.all(bary >= -1e-6, axis=2), axis=1)
        weights = bary[np.arange(len(found)), index]
        again = np.einsum("nk,nkd->nd", weights, dst[index])
        assert np.allclose(again, targets, atol=1e-4)

    def test_uniform_shift(self):
        disp = np.zeros((2, 2, 2))
        disp[:, :, 0] = 1.5
        observed = pw.inverse_points(np.array([[4.0, 2.0], [-3.0, 1.0]]), disp, 5, 8)
        # outside of the mesh the nearest triangle's map continues
        assert np.allclose(observed, [[2.5, 2.0], [-4.5, 1.0]])

    def test_collapsed_mesh_leaves_points(self):
        disp = pw.node_displacements(np.zeros((4, 2)), 2, 2, 1, 1, (1, 1))
        observed = pw.inverse_points(np.array([[0.2, 0.3]]), disp, 1, 1)
        assert observed.tolist() == [[0.2, 0.3]]

    def test_empty(self):
        assert pw.inverse_points(np.zeros((0, 2)), np.zeros((2, 2, 2)), 4, 4).shape == (
            0,
            2,
        )


class TestWarpMesh:
    @pytest.mark.parametrize("order", [0, 1, 2, 3, 4, 5])
    def test_shift_by_whole_pixels(self, order):
        arr = np.arange(6 * 8, dtype=np.float32).reshape((6, 8))
        disp = np.zeros((3, 3, 2))
        disp[:, :, 0] = 2.0  # output x samples input x + 2
        observed = pw.warp_mesh(arr, disp, order, "edge", 0)
        assert np.allclose(observed[:, :6], arr[:, 2:], atol=1e-3)
        assert np.allclose(observed[:, 6:], arr[:, 7:8], atol=1e-3)

    @pytest.mark.parametrize(
        "dtype",
        ["bool", "uint8", "uint16", "uint32", "int8", "int16", "int32"]
        + ["float16", "float32", "float64"],
    )
    @pytest.mark.parametrize("order", [0, 1, 3, 5])
    def test_dtypes(self, dtype, order):
        arr = (np.arange(5 * 6 * 3).reshape((5, 6, 3)) % 9).astype(dtype)
        disp = np.zeros((2, 2, 2))
        disp[:, :, 1] = 1.0
        observed = pw.warp_mesh(arr, disp, order, "constant", 0)
        assert observed.dtype == arr.dtype and observed.shape == arr.shape
        # splines of whole-pixel shifts are exact up to float rounding
        expected = arr[1:].astype(np.float64)
        assert np.allclose(observed[:4].astype(np.float64), expected, atol=1e-2)

    def test_constant_fill_is_clipped_to_dtype(self):
        arr = np.full((4, 4), 5, dtype=np.uint8)
        disp = np.zeros((2, 2, 2))
        disp[:, :, 0] = 10.0
        observed = pw.warp_mesh(arr, disp, 1, "constant", 300)
        assert np.all(observed == 255)
