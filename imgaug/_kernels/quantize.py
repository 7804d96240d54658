"""Colour quantization of uint8 arrays (no RNG, no augmentables).

* uniform quantization: one 256-entry lookup table per bin count
  (``imgaug.augmenters.color.quantize_uniform_``); keeping the upper bits
  (``quantize_uniform_to_n_bits_``) is a bitwise AND with a mask;
* k-means quantization (``quantize_kmeans``): Lloyd's algorithm started from a
  median-cut split of the colours, so the result is deterministic without any
  random numbers.
"""

from __future__ import annotations

import functools

import numpy as np

__all__ = ["bits_mask", "kmeans", "uniform_table"]


@functools.cache
def uniform_table(nb_bins: int, to_bin_centers: bool) -> np.ndarray:
    """Return the uint8 lookup table that sorts ``0..255`` into `nb_bins` bins.

    Bin ``i`` covers ``[i * 256 / nb_bins, (i + 1) * 256 / nb_bins)``; a value
    becomes the bin's lower edge, or its centre if `to_bin_centers`, rounded
    (ties to even) and clipped to ``[0, 255]``. Computed in float32 like 0.4.0,
    whose bin edges this reproduces exactly (e.g. 128 falls into bin 6 of 14).
    The table is read-only.
    """
    binsize = np.float32(256 / nb_bins)
    values = np.arange(256, dtype=np.float32)
    quantized = np.floor(values / binsize) * binsize
    if to_bin_centers:
        quantized += binsize / np.float32(2)
    table = np.clip(np.round(quantized), 0, 255).astype(np.uint8)
    table.flags.writeable = False
    return table


def bits_mask(nb_bits: int) -> np.uint8:
    """Return the uint8 mask that keeps the `nb_bits` most significant bits."""
    return np.uint8((0xFF << (8 - nb_bits)) & 0xFF)


def kmeans(
    values: np.ndarray, nb_clusters: int, nb_max_iter: int, eps: float
) -> tuple[np.ndarray, np.ndarray]:
    """Cluster uint8 colours with Lloyd's algorithm; return ``(labels, centers)``.

    The colours are first grouped into cells of the colour cube (all 256 values
    for one channel, the upper 5 bits per channel otherwise, i.e. 8x8x8 cubes);
    every cell is one point weighted by its pixel count and located at the mean
    of its colours. A downscaled photo of 128x128 pixels fills ~500-2000 cells,
    so an iteration costs a fraction of one over every pixel; all pixels of a
    cell share its label. Centres are the exact means of their pixels. The
    clusters are as compact as those of ``cv2.kmeans`` or better.

    Parameters
    ----------
    values : ndarray
        ``(N, D)`` uint8 colours, ``N >= 1``.
    nb_clusters : int
        Number of clusters ``k >= 1``. Fewer centres are returned if the colours
        fall into fewer than `nb_clusters` cells.
    nb_max_iter : int
        Maximum number of assignment/update rounds after the initial split.
    eps : float
        Stop once no centre moves by more than `eps` (Euclidean distance).

    Returns
    -------
    labels : ndarray
        ``(N,)`` index of the centre of every colour.
    centers : ndarray
        ``(k', D)`` float32 centres (means of their colours).

    """
    # route: tests/perf/test_color_perf.py::test_kmeans_cells_vs_cv2_kmeans
    cell_of_value, counts, sums = _group_into_cells(values)
    points = (sums / counts[:, np.newaxis]).astype(np.float32)
    centers = _median_cut_centers(points, counts, sums, nb_clusters)
    for _ in range(max(int(nb_max_iter), 0)):
        labels = _nearest_centers(points, centers)
        updated = _cluster_means(labels, counts, sums, centers)
        shift = np.sqrt(np.max(np.sum((updated - centers) ** 2, axis=1)))
        centers = updated
        if shift <= eps:
            break
    return _nearest_centers(points, centers)[cell_of_value], centers


def _group_into_cells(values: np.ndarray):
    """Return ``(cell index per value, pixel count per cell, colour sums per cell)``."""
    nb_dims = values.shape[1]
    shift = 0 if nb_dims == 1 else 3
    bits = 8 - shift
    keys = np.zeros(len(values), dtype=np.intp)
    for dim in range(nb_dims):
        keys <<= bits
        keys |= values[:, dim] >> shift
    if nb_dims * bits <= 15:
        # dense histogram over all cells (<= 2**15): no sorting needed
        counts = np.bincount(keys, minlength=1 << (nb_dims * bits))
        cells = np.flatnonzero(counts)
        index_of_cell = np.zeros(len(counts), dtype=np.intp)
        index_of_cell[cells] = np.arange(len(cells))
        cell_of_value = index_of_cell[keys]
        counts = counts[cells]
    else:
        _, cell_of_value, counts = np.unique(
            keys, return_inverse=True, return_counts=True
        )
        cell_of_value = cell_of_value.reshape(-1)
    nb_cells = len(counts)
    sums = np.stack(
        [
            np.bincount(cell_of_value, weights=values[:, dim], minlength=nb_cells)
            for dim in range(nb_dims)
        ],
        axis=1,
    )
    return cell_of_value, counts.astype(np.float64), sums


def _median_cut_centers(
    points: np.ndarray, counts: np.ndarray, sums: np.ndarray, nb_clusters: int
) -> np.ndarray:
    """Split the weighted points into up to `nb_clusters` boxes; return their means.

    The box with the largest weighted squared error is split at the weighted mean
    of its widest (highest variance) dimension until there are `nb_clusters` boxes
    or no box holds two distinct points.
    """
    squares = counts[:, np.newaxis] * np.square(points, dtype=np.float64)
    boxes = [np.arange(len(points))]
    stats = [_box_stats(counts.sum(), sums.sum(axis=0), squares.sum(axis=0))]
    while len(boxes) < nb_clusters:
        index = max(range(len(boxes)), key=lambda i: stats[i][0])
        error, mean, variance = stats[index]
        if error <= 0:
            break
        members = boxes[index]
        dim = int(np.argmax(variance))
        below = points[members, dim] < mean[dim]
        if below.all() or not below.any():
            stats[index] = (0.0, mean, variance)  # float noise: cannot split
            continue
        parts = [members[below], members[~below]]
        boxes[index : index + 1] = parts
        stats[index : index + 1] = [
            _box_stats(
                counts[part].sum(), sums[part].sum(axis=0), squares[part].sum(axis=0)
            )
            for part in parts
        ]
    return np.stack([stat[1] for stat in stats]).astype(np.float32)


def _box_stats(total, sums, squares):
    """Return ``(weighted squared error, mean, variance per dim)`` of a box."""
    mean = sums / total
    variance = np.maximum(squares / total - mean * mean, 0.0)
    return float(variance.sum() * total), mean, variance


def _nearest_centers(points: np.ndarray, centers: np.ndarray) -> np.ndarray:
    # |p - c|^2 = |p|^2 - 2 p.c + |c|^2; |p|^2 is the same for every centre
    distances = points @ (-2.0 * centers.T)
    distances += np.sum(centers * centers, axis=1)
    return np.argmin(distances, axis=1)


def _cluster_means(
    labels: np.ndarray, counts: np.ndarray, sums: np.ndarray, centers: np.ndarray
) -> np.ndarray:
    """Weighted mean of every cluster; an empty cluster keeps its centre."""
    nb_clusters = len(centers)
    totals = np.bincount(labels, weights=counts, minlength=nb_clusters)
    cluster_sums = np.stack(
        [
            np.bincount(labels, weights=sums[:, dim], minlength=nb_clusters)
            for dim in range(sums.shape[1])
        ],
        axis=1,
    )
    means = centers.astype(np.float64)
    filled = totals > 0
    means[filled] = cluster_sums[filled] / totals[filled, np.newaxis]
    return means.astype(np.float32)
