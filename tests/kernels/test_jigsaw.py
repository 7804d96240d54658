"""Tests for imgaug._kernels.jigsaw and the public jigsaw functions of geometric."""

import numpy as np
import pytest

import imgaug.augmenters.geometric as geometric
import imgaug.random as iarandom
from imgaug._kernels import jigsaw
from tests.cases import ALL_DTYPES


class TestGenerateDestinations:
    @pytest.mark.parametrize("connectivity", [4, 8])
    @pytest.mark.parametrize("shape", [(1, 1), (1, 5), (3, 3), (4, 7)])
    def test_is_a_permutation(self, shape, connectivity):
        for seed in range(5):
            dest = geometric.generate_jigsaw_destinations(
                *shape, max_steps=3, seed=seed, connectivity=connectivity
            )
            assert dest.shape == shape
            assert sorted(dest.ravel().tolist()) == list(range(shape[0] * shape[1]))

    def test_zero_steps_is_identity(self):
        dest = geometric.generate_jigsaw_destinations(3, 4, 0, seed=1)
        assert dest.tolist() == np.arange(12).reshape((3, 4)).tolist()

    def test_cells_move_at_most_max_steps_along_the_grid(self):
        for seed in range(20):
            dest = geometric.generate_jigsaw_destinations(5, 5, 1, seed=seed)
            rows, cols = np.divmod(dest.ravel(), 5)
            src_rows, src_cols = np.divmod(np.arange(25), 5)
            manhattan = np.abs(rows - src_rows) + np.abs(cols - src_cols)
            assert manhattan.max() <= 1

    def test_same_seed_same_result_and_rng_input(self):
        a = geometric.generate_jigsaw_destinations(4, 4, 2, seed=3)
        b = geometric.generate_jigsaw_destinations(4, 4, 2, seed=iarandom.RNG(3))
        assert np.array_equal(a, b)

    def test_equals_imgaug_040_for_a_seed(self):
        # generate_jigsaw_destinations(2, 3, 2, seed=1) of the real imgaug 0.4.0
        # (same RNG stream, same algorithm); benchmarks/compat040.py checks more
        dest = geometric.generate_jigsaw_destinations(2, 3, 2, seed=1)
        assert dest.tolist() == [[1, 0, 5], [4, 3, 2]]

    def test_kernel_uses_given_rng(self):
        rng = iarandom.RNG(5)
        a = jigsaw.generate_destinations(3, 3, 2, rng)
        b = jigsaw.generate_destinations(3, 3, 2, iarandom.RNG(5))
        assert np.array_equal(a, b)


class TestApplyJigsaw:
    def test_swap_halves(self):
        arr = np.arange(8).reshape((2, 4))
        observed = geometric.apply_jigsaw(arr, np.array([[1, 0]]))
        assert observed.tolist() == [[2, 3, 0, 1], [6, 7, 4, 5]]

    def test_cell_i_goes_to_destination_i(self):
        arr = np.arange(4 * 6).reshape((4, 6))
        observed = geometric.apply_jigsaw(arr, np.array([[1, 0, 2], [3, 4, 5]]))
        # cell 0 (rows 0-1, cols 0-1) now sits in cell 1 (cols 2-3)
        assert observed[0:2, 2:4].tolist() == arr[0:2, 0:2].tolist()
        assert observed[0:2, 0:2].tolist() == arr[0:2, 2:4].tolist()
        assert observed[2:4].tolist() == arr[2:4].tolist()

    def test_reverse_order(self):
        arr = np.arange(4 * 6).reshape((4, 6))
        observed = geometric.apply_jigsaw(arr, np.array([[5, 4, 3], [2, 1, 0]]))
        expected = arr.reshape((2, 2, 3, 2)).transpose(0, 2, 1, 3)[::-1, ::-1]
        assert (
            observed.tolist() == expected.transpose(0, 2, 1, 3).reshape(4, 6).tolist()
        )

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_dtypes_and_channels(self, dtype):
        arr = (np.arange(4 * 4 * 5).reshape((4, 4, 5)) % 7).astype(dtype)
        dest = np.array([[3, 2], [1, 0]])
        observed = geometric.apply_jigsaw(arr, dest)
        assert observed.dtype == arr.dtype and observed.shape == arr.shape
        assert np.array_equal(observed[0:2, 0:2], arr[2:4, 2:4])

    def test_non_permutation_leaves_zeros(self):
        arr = np.ones((2, 4), dtype=np.uint8)
        observed = geometric.apply_jigsaw(arr, np.array([[0, 0]]))
        assert observed[:, 0:2].tolist() == [[1, 1], [1, 1]]
        assert observed[:, 2:4].tolist() == [[0, 0], [0, 0]]

    def test_does_not_modify_input(self):
        arr = np.arange(16).reshape((4, 4))
        before = arr.copy()
        observed = geometric.apply_jigsaw(arr, np.array([[1, 0], [3, 2]]))
        assert np.array_equal(arr, before) and not np.shares_memory(observed, arr)

    def test_zero_sized_cells(self):
        arr = np.zeros((0, 4, 3), dtype=np.uint8)
        assert geometric.apply_jigsaw(arr, np.array([[1, 0]])).shape == (0, 4, 3)

    def test_not_divisible_raises(self):
        with pytest.raises(ValueError, match="'arr'.*height"):
            geometric.apply_jigsaw(np.zeros((5, 4)), np.array([[0, 1], [2, 3]]))


class TestApplyJigsawToCoords:
    def test_points_move_with_their_cells(self):
        dest = np.array([[5, 4, 3], [2, 1, 0]])
        coords = np.array([[0.5, 0.5], [2.5, 1.5], [5.9, 3.9], [3.0, 2.0]])
        observed = geometric.apply_jigsaw_to_coords(coords, dest, (4, 6))
        assert np.allclose(observed, [[4.5, 2.5], [2.5, 3.5], [1.9, 1.9], [3.0, 0.0]])

    def test_points_outside_stay(self):
        coords = np.array([[-1.0, 2.0], [6.0, 1.0], [1.0, 4.0]])
        observed = geometric.apply_jigsaw_to_coords(coords, np.array([[1, 0]]), (4, 6))
        assert np.array_equal(observed, coords)

    def test_matches_the_array_shuffle(self):
        dest = geometric.generate_jigsaw_destinations(3, 4, 2, seed=4)
        arr = np.arange(6 * 8).reshape((6, 8))
        shuffled = geometric.apply_jigsaw(arr, dest)
        yy, xx = np.mgrid[0:6, 0:8]
        centres = np.stack([xx.ravel() + 0.5, yy.ravel() + 0.5], axis=1)
        moved = geometric.apply_jigsaw_to_coords(centres, dest, (6, 8))
        cols, rows = np.floor(moved).astype(int).T
        assert np.array_equal(shuffled[rows, cols], arr.ravel())

    def test_returns_copy_and_handles_empty(self):
        coords = np.zeros((0, 2), dtype=np.float32)
        observed = geometric.apply_jigsaw_to_coords(coords, np.array([[0]]), (2, 2))
        assert observed.shape == (0, 2) and not np.shares_memory(observed, coords)


class TestRoutes:
    @pytest.mark.parametrize("shape", [(12, 20), (12, 20, 3), (12, 20, 2, 2)])
    def test_slices_and_reshape_agree(self, shape):
        arr = np.arange(int(np.prod(shape))).reshape(shape).astype(np.float32)
        for seed in range(4):
            dest = geometric.generate_jigsaw_destinations(3, 4, 2, seed=seed)
            flat = dest.reshape(-1)
            by_slices = jigsaw._move_cells_by_slices(arr, flat, 4, 4, 5)
            by_reshape = jigsaw._move_cells_by_reshape(arr, flat, 3, 4, 4, 5)
            assert np.array_equal(by_slices, by_reshape)
        duplicate = np.zeros(12, dtype=np.intp)  # not a permutation: zeros remain
        by_slices = jigsaw._move_cells_by_slices(arr, duplicate, 4, 4, 5)
        by_reshape = jigsaw._move_cells_by_reshape(arr, duplicate, 3, 4, 4, 5)
        assert np.array_equal(by_slices, by_reshape)
        assert not by_slices[4:].any()

    def test_large_arrays_take_the_cell_loop(self, monkeypatch):
        calls = []
        monkeypatch.setattr(
            jigsaw,
            "_move_cells_by_slices",
            lambda *args: calls.append("slices") or np.zeros(args[0].shape),
        )
        jigsaw.apply_jigsaw(np.zeros((64, 64, 3)), np.array([[1, 0], [3, 2]]))
        assert calls == ["slices"]
