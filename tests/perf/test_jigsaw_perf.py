"""Benchmarks of the Jigsaw kernels (imgaug._kernels.jigsaw).

``apply_jigsaw`` has two routes: one slice assignment per cell into an empty
result (one pass over the data, plus Python time per cell), or viewing the array
as ``(rows, cell_h, cols, cell_w, ...)``, gathering the cells in destination order
and making the result contiguous again (three passes). It takes the cell loop
while the array has at least ``_BYTES_PER_CELL_COPY`` bytes per cell; both
regimes are measured against the other route.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import jigsaw
from imgaug.random import RNG
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _reshape_route(arr, destinations):
    nb_rows, nb_cols = destinations.shape
    cell_h, cell_w = arr.shape[0] // nb_rows, arr.shape[1] // nb_cols
    rest = arr.shape[2:]
    cells = arr.reshape((nb_rows, cell_h, nb_cols, cell_w) + rest)
    cells = np.moveaxis(cells, 2, 1).reshape((nb_rows * nb_cols, cell_h, cell_w) + rest)
    moved = np.zeros_like(cells)
    moved[destinations.reshape(-1)] = cells
    moved = moved.reshape((nb_rows, nb_cols, cell_h, cell_w) + rest)
    return np.ascontiguousarray(np.moveaxis(moved, 2, 1)).reshape(arr.shape)


@pytest.mark.parametrize("grid", [4, 8, 16])
def test_cell_copies_vs_reshape(grid):
    image = _images.image_uint8()
    destinations = jigsaw.generate_destinations(grid, grid, 2, RNG(1))

    flat = destinations.reshape(-1)
    cell = _images.SIZE // grid
    by_slices = image.nbytes >= len(flat) * jigsaw._BYTES_PER_CELL_COPY

    def chosen():
        return jigsaw.apply_jigsaw(image, destinations)

    def other_route():
        if by_slices:
            return _reshape_route(image, destinations)
        return jigsaw._move_cells_by_slices(image, flat, grid, cell, cell)

    assert np.array_equal(chosen(), other_route())
    label = "cell copies vs reshape" if by_slices else "reshape vs cell copies"
    assert_not_slower(chosen, other_route, label=f"{label} {grid}^2")
