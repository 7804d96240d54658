"""Jigsaw puzzles: move grid cells of arrays and coordinates (private kernels).

A ``(rows, cols)`` destination grid says where each cell goes: the cell at flat
(row-major) index ``i`` moves to the cell with flat index ``destinations.flat[i]``.
The public wrappers with 0.4.0's names live in :mod:`imgaug.augmenters.geometric`.
"""

from __future__ import annotations

import numpy as np

from imgaug.validation import InvalidValueError

__all__ = ["apply_jigsaw", "apply_jigsaw_to_coords", "generate_destinations"]

# grid steps by direction: up, right, down, left, then the four diagonals
_STEPS = ((-1, 0), (0, 1), (1, 0), (0, -1), (-1, -1), (-1, 1), (1, 1), (1, -1))


def generate_destinations(nb_rows, nb_cols, max_steps, rng, connectivity=4):
    """Shuffle a grid by letting cells swap places with random neighbours.

    Every cell gets a budget of ``0`` to `max_steps` steps and `max_steps` random
    directions. In each round, every cell (row-major) with budget left swaps its
    destination with the neighbour in that round's direction (clipped to the
    grid), if that neighbour has budget left as well; both budgets shrink by one.

    Parameters
    ----------
    nb_rows, nb_cols : int
        Grid size.
    max_steps : int
        Largest number of swaps per cell.
    rng : imgaug.random.RNG
        Source of the random numbers (advanced by two draws).
    connectivity : {4, 8}, optional
        Whether diagonal neighbours count.

    Returns
    -------
    numpy.ndarray
        ``(nb_rows, nb_cols)`` int array of destination indices.

    """
    steps = rng.integers(0, max_steps, size=(nb_rows, nb_cols), endpoint=True)
    directions = rng.integers(0, connectivity, size=(nb_rows, nb_cols, max_steps))
    destinations = np.arange(nb_rows * nb_cols).reshape((nb_rows, nb_cols))
    steps = steps.tolist()
    directions = directions.tolist()
    flat = destinations.tolist()
    for step in range(max_steps):
        for y in range(nb_rows):
            for x in range(nb_cols):
                if steps[y][x] <= 0:
                    continue
                dy, dx = _STEPS[directions[y][x][step]]
                ty = min(max(y + dy, 0), nb_rows - 1)
                tx = min(max(x + dx, 0), nb_cols - 1)
                if (ty, tx) != (y, x) and steps[ty][tx] >= 1:
                    flat[y][x], flat[ty][tx] = flat[ty][tx], flat[y][x]
                    steps[y][x] -= 1
                    steps[ty][tx] -= 1
    return np.array(flat, dtype=destinations.dtype).reshape((nb_rows, nb_cols))


def _grid(destinations):
    destinations = np.asarray(destinations)
    if destinations.ndim != 2 or destinations.size == 0:
        raise InvalidValueError(
            "Expected argument 'destinations' to be a non-empty 2D array of cell "
            f"indices, got shape {destinations.shape}."
        )
    nb_cells = destinations.size
    flat = destinations.reshape(-1).astype(np.intp)
    if np.any(flat < 0) or np.any(flat >= nb_cells):
        raise InvalidValueError(
            f"Expected argument 'destinations' to contain cell indices in "
            f"[0, {nb_cells - 1}], got values from {flat.min()} to {flat.max()}."
        )
    return destinations.shape, flat


def apply_jigsaw(arr, destinations):
    """Move the cells of an ``(H, W, ...)`` array to their destinations.

    Parameters
    ----------
    arr : numpy.ndarray
        Array with at least two axes; ``H`` must be divisible by the number of
        grid rows and ``W`` by the number of grid columns.
    destinations : numpy.ndarray
        ``(rows, cols)`` destination indices.

    Returns
    -------
    numpy.ndarray
        New array; cells no source moved to are zero.

    """
    if arr.ndim < 2:
        raise InvalidValueError(
            f"Expected argument 'arr' to have at least two axes, got shape {arr.shape}."
        )
    (nb_rows, nb_cols), flat = _grid(destinations)
    height, width = arr.shape[0:2]
    for size, count, axis, what in (
        (height, nb_rows, "height", "rows"),
        (width, nb_cols, "width", "columns"),
    ):
        if size % count != 0:
            raise InvalidValueError(
                f"Expected argument 'arr' to have a {axis} divisible by the number "
                f"of grid {what}, got {axis} {size} and {count} {what}. Pad or crop "
                f"the image or change the number of {what}."
            )
    cell_h, cell_w = height // nb_rows, width // nb_cols
    # route: tests/perf/test_jigsaw_perf.py::test_cell_copies_vs_reshape
    if len(flat) * _BYTES_PER_CELL_COPY <= arr.nbytes:
        return _move_cells_by_slices(arr, flat, nb_cols, cell_h, cell_w)
    return _move_cells_by_reshape(arr, flat, nb_rows, nb_cols, cell_h, cell_w)


# one slice assignment per cell costs about as much Python time as copying this
# many bytes: below it, a cell loop (one pass) beats three vectorised passes
_BYTES_PER_CELL_COPY = 3000


def _move_cells_by_slices(arr, flat, nb_cols, cell_h, cell_w):
    is_permutation = np.array_equal(np.sort(flat), np.arange(len(flat)))
    # every cell is written once for a permutation: no zero fill needed
    result = (np.empty if is_permutation else np.zeros)(arr.shape, dtype=arr.dtype)
    for source, target in enumerate(flat.tolist()):
        src_row, src_col = divmod(source, nb_cols)
        dst_row, dst_col = divmod(target, nb_cols)
        result[
            dst_row * cell_h : (dst_row + 1) * cell_h,
            dst_col * cell_w : (dst_col + 1) * cell_w,
        ] = arr[
            src_row * cell_h : (src_row + 1) * cell_h,
            src_col * cell_w : (src_col + 1) * cell_w,
        ]
    return result


def _move_cells_by_reshape(arr, flat, nb_rows, nb_cols, cell_h, cell_w):
    rest = arr.shape[2:]
    # (rows, cell_h, cols, cell_w, ...) -> one entry per cell, row-major
    cells = arr.reshape((nb_rows, cell_h, nb_cols, cell_w) + rest)
    cells = np.moveaxis(cells, 2, 1).reshape((nb_rows * nb_cols, cell_h, cell_w) + rest)
    moved = np.zeros_like(cells)
    moved[flat] = cells
    moved = moved.reshape((nb_rows, nb_cols, cell_h, cell_w) + rest)
    return np.ascontiguousarray(np.moveaxis(moved, 2, 1)).reshape(arr.shape)


def apply_jigsaw_to_coords(coords, destinations, image_shape):
    """Move ``(x, y)`` coordinates inside the image along with their cells.

    Parameters
    ----------
    coords : numpy.ndarray
        ``(N, 2)`` coordinates; those outside ``[0, W) x [0, H)`` stay.
    destinations : numpy.ndarray
        ``(rows, cols)`` destination indices.
    image_shape : tuple of int
        Shape of the image, ``(H, W, ...)``.

    Returns
    -------
    numpy.ndarray
        New ``(N, 2)`` array (float coordinates keep their dtype).

    """
    (nb_rows, nb_cols), flat = _grid(destinations)
    height, width = image_shape[0:2]
    result = np.array(coords, copy=True)
    if result.size == 0:
        return result
    cell_h, cell_w = height // nb_rows, width // nb_cols
    x, y = result[:, 0], result[:, 1]
    inside = (x >= 0) & (x < width) & (y >= 0) & (y < height)
    if cell_h == 0 or cell_w == 0 or not np.any(inside):
        return result
    source_row = np.minimum((y[inside] // cell_h).astype(np.intp), nb_rows - 1)
    source_col = np.minimum((x[inside] // cell_w).astype(np.intp), nb_cols - 1)
    target = flat[source_row * nb_cols + source_col]
    target_row, target_col = np.divmod(target, nb_cols)
    result[inside, 0] = x[inside] + (target_col - source_col) * cell_w
    result[inside, 1] = y[inside] + (target_row - source_row) * cell_h
    return result
