"""Image segmentation kernels: superpixels (SLIC), Voronoi cells, segment means.

* :func:`slic_labels` -- own vectorised SLIC (simple linear iterative clustering):
  pixels are grouped into grid cells of the initial segment size, every pixel is
  compared with the centres of its cell and the eight neighbouring cells in one
  batched matrix product per iteration, centres are updated with ``np.bincount``;
  afterwards segments are made connected and too small ones are merged.
* :func:`nearest_point_labels` -- label map of the nearest point of a point set
  (Voronoi cells) for every pixel centre, one KD-tree query for all pixels.
* :func:`segment_means` / :func:`replace_segments` -- mean colour per label in
  one pass and the replacement of (some) segments by their colour.

No randomness here; all functions take ``(H, W, C)`` arrays.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

__all__ = [
    "nearest_point_labels",
    "replace_segments",
    "segment_means",
    "slic_labels",
    "to_unit_range",
]


def to_unit_range(image):
    """Return `image` as float32 scaled like ``skimage.img_as_float``.

    Unsigned integers are divided by their maximum (``[0, 1]``), signed ones by
    theirs (``[-1, 1]``), bool becomes ``0``/``1``, floats are only converted.

    Parameters
    ----------
    image : ndarray
        Array of any dtype.

    Returns
    -------
    ndarray
        float32 array of the same shape (always a new array).

    """
    result = image.astype(np.float32)
    if image.dtype.kind in "ui":
        result *= np.float32(1.0 / np.iinfo(image.dtype).max)
    return result


def _slic_features(image):
    """Colour features of SLIC: CIELAB for 3 channels, else the scaled values."""
    features = to_unit_range(image)
    if features.shape[2] == 3:
        # cv2's float path: L in [0, 100], a and b in about [-127, 127]
        features = cv2.cvtColor(features, cv2.COLOR_RGB2Lab)
    return features


def slic_labels(image, n_segments, compactness=10.0, max_iterations=10, tolerance=0.0):
    """Segment an image into superpixels with SLIC.

    The image is covered by a grid of about `n_segments` cells of side
    ``S = sqrt(H*W / n_segments)``, whose means are the initial segment centres.
    Each iteration assigns every pixel to the closest of the four centres of
    the grid cells nearest to it (SLIC's search window), measured as
    ``d_colour**2 + (d_space * compactness / S)**2`` (colours in CIELAB for RGB
    images, else the values scaled as by `to_unit_range`), and moves every
    centre to the mean of its pixels. Iterations stop early once at most a
    fraction `tolerance` of the pixels changed their segment. Finally every
    connected piece becomes a segment of its own and pieces smaller than half
    a grid cell are merged into the segment left of (or above) their first
    pixel.

    Parameters
    ----------
    image : ndarray
        ``(H, W, C)`` array with ``H, W, C >= 1``.
    n_segments : int
        Approximate number of segments (``>= 1``).
    compactness : float, optional
        Weight of spatial closeness against colour closeness.
    max_iterations : int, optional
        Maximum number of assignment/update iterations.
    tolerance : float, optional
        Stop once at most this fraction of the pixels changed their segment in
        an iteration (``0``: only when none did).

    Returns
    -------
    ndarray
        ``(H, W)`` int32 labels ``0 .. K-1``, numbered in the raster order of
        each segment's first pixel.

    """
    height, width = image.shape[0:2]
    features = _slic_features(image)
    nb_features = features.shape[2] + 2  # colour channels, y, x

    step = math.sqrt(height * width / max(int(n_segments), 1))
    cells_y = min(max(int(round(height / step)), 1), height)
    cells_x = min(max(int(round(width / step)), 1), width)
    cell_h, cell_w = -(-height // cells_y), -(-width // cells_x)
    cells_y, cells_x = -(-height // cell_h), -(-width // cell_w)
    nb_cells = cells_y * cells_x
    # blocks of cell size, shifted by half a cell: a block spans the area between
    # four cell centres, and its pixels are compared with exactly these four
    shift_y, shift_x = cell_h // 2, cell_w // 2
    blocks_y, blocks_x = cells_y + 1, cells_x + 1
    nb_blocks, block_size = blocks_y * blocks_x, cell_h * cell_w
    padded_h, padded_w = blocks_y * cell_h, blocks_x * cell_w
    rows = slice(shift_y, shift_y + height)
    cols = slice(shift_x, shift_x + width)

    # pixel vectors [colour..., y, x, 1 (0 for padding), |p|^2] with pre-scaled
    # coordinates: [p, 1, |p|^2] . [-2c, |c|^2, 1] = |p - c|^2 = SLIC's distance
    spatial_weight = compactness / step
    grid = np.zeros((nb_features + 2, padded_h, padded_w), dtype=np.float32)
    grid[: nb_features - 2, rows, cols] = features.transpose(2, 0, 1)
    grid[nb_features - 2, rows, cols] = ((np.arange(height) + 0.5) * spatial_weight)[
        :, np.newaxis
    ]
    grid[nb_features - 1, rows, cols] = (np.arange(width) + 0.5) * spatial_weight
    grid[nb_features, rows, cols] = 1.0
    norms = grid[nb_features + 1]
    for plane in grid[:nb_features]:
        norms += plane * plane
    grid = grid.reshape(nb_features + 2, blocks_y, cell_h, blocks_x, cell_w)
    # (blocks, vector entries, pixels of the block): one strided copy
    blocks = np.ascontiguousarray(grid.transpose(1, 3, 0, 2, 4)).reshape(
        nb_blocks, nb_features + 2, block_size
    )

    # the four cells around every block (clipped at the image border)
    block_y, block_x = np.divmod(np.arange(nb_blocks), blocks_x)
    candidates = np.stack(
        [
            np.clip(block_y + dy, 0, cells_y - 1) * cells_x
            + np.clip(block_x + dx, 0, cells_x - 1)
            for dy in (-1, 0)
            for dx in (-1, 0)
        ],
        axis=1,
    )
    candidates_flat = candidates.reshape(-1)
    candidate_base = (np.arange(nb_blocks, dtype=np.int32) * 4)[:, np.newaxis]
    # offsets of the vector entries 0..nb_features within a block (flat)
    entry_offsets = (np.arange(nb_features + 1) * block_size)[:, np.newaxis]
    slot_ids = np.arange(4, dtype=np.int32)[np.newaxis, :, np.newaxis]
    slot_bits = np.int32(3)  # the 2 lowest mantissa bits hold the slot

    # start: every pixel in its grid cell
    cell_of_y = np.clip(np.arange(padded_h) - shift_y, 0, height - 1) // cell_h
    cell_of_x = np.clip(np.arange(padded_w) - shift_x, 0, width - 1) // cell_w
    labels = cell_of_y[:, np.newaxis] * cells_x + cell_of_x
    labels = labels.reshape(blocks_y, cell_h, blocks_x, cell_w).transpose(0, 2, 1, 3)
    labels = labels.reshape(nb_blocks, block_size)
    # the first sums: over the grid cells, one reduction of the unshifted grid
    cells = grid.reshape(nb_features + 2, padded_h, padded_w)[
        : nb_features + 1,
        shift_y : shift_y + cells_y * cell_h,
        shift_x : shift_x + cells_x * cell_w,
    ]
    sums = cells.reshape(nb_features + 1, cells_y, cell_h, cells_x, cell_w).sum(
        axis=(2, 4), dtype=np.float64
    )
    sums = sums.reshape(nb_features + 1, nb_cells)
    row_offsets = (np.arange(nb_features + 1) * nb_cells)[:, np.newaxis]
    for _ in range(max_iterations):
        counts = sums[-1]
        centres = sums[:-1].T / np.maximum(counts, 1.0)[:, np.newaxis]
        centres[counts == 0] = 1e6  # no pixels left: never the closest again
        weights = np.empty((nb_cells, nb_features + 2), dtype=np.float32)
        weights[:, :nb_features] = -2.0 * centres
        weights[:, nb_features] = np.einsum("kd,kd->k", centres, centres)
        weights[:, nb_features + 1] = 1.0
        distances = np.matmul(weights[candidates], blocks)  # (blocks, 4, pixels)
        # argmin over the 4 candidates as one integer min: the bit pattern of a
        # non-negative float32 orders like the float, and its 2 lowest bits are
        # replaced by the candidate slot
        # route: tests/perf/test_segmentation_perf.py::test_slic_packed_argmin
        keys = distances.view(np.int32)
        keys &= ~slot_bits
        keys |= slot_ids
        slots = keys.min(axis=1)
        slots &= slot_bits
        slots += candidate_base
        labels_new = candidates_flat.take(slots)
        # update the sums with the pixels that changed their segment only
        # route: tests/perf/test_segmentation_perf.py::test_slic_incremental_sums
        changed = np.flatnonzero(labels_new != labels)  # flat (block, pixel)
        if changed.size <= tolerance * height * width:
            labels = labels_new
            break
        # one bincount: +vector at the new segment, -vector at the old one, for
        # every vector entry (row r of segment k is bin r * nb_cells + k)
        moved = np.concatenate([labels_new.take(changed), labels.take(changed)])
        changed_blocks, changed_pixels = np.divmod(changed, block_size)
        # blocks[changed_blocks, :nb_features + 1, changed_pixels].T as one take
        changed_blocks *= (nb_features + 2) * block_size
        changed_blocks += changed_pixels
        values = blocks.take(changed_blocks + entry_offsets)
        sums += np.bincount(
            (row_offsets + moved).reshape(-1),
            weights=np.concatenate([values, -values], axis=1).reshape(-1),
            minlength=sums.size,
        ).reshape(sums.shape)
        labels = labels_new

    labels = labels.reshape(blocks_y, blocks_x, cell_h, cell_w).transpose(0, 2, 1, 3)
    label_image = labels.reshape(padded_h, padded_w)[rows, cols]
    min_size = max(int(0.5 * height * width / nb_cells), 1)
    return _make_connected(label_image, min_size)


def _make_connected(labels, min_size):
    """Split labels into connected pieces; merge pieces below `min_size` pixels.

    A small piece is merged into the piece containing the pixel left of its
    first pixel in raster order (above it in the first column). That pixel lies
    earlier in raster order, so chains of merges end after finitely many steps.
    """
    from skimage.measure import label as label_connected  # lazy: slow import

    height, width = labels.shape
    # 4-connected pieces, numbered 1.. in raster order of their first pixel
    pieces = label_connected(labels, background=-1, connectivity=1).reshape(-1)
    sizes = np.bincount(pieces)
    small = sizes < min_size
    small[0] = False
    if small.any():
        first = _first_occurrences(pieces, len(sizes) - 1)
        ids = np.arange(1, len(sizes))
        first_small = first[small[1:]]
        sources = ids[small[1:]]
        # the piece at pixel 0 has no earlier neighbour: it stays
        keep = first_small > 0
        sources, first_small = sources[keep], first_small[keep]
        neighbour = np.where(
            first_small % width > 0, first_small - 1, first_small - width
        )
        mapping = np.arange(len(sizes))
        mapping[sources] = pieces[neighbour]
        while True:  # follow chains of merged pieces to their end
            resolved = mapping[mapping]
            if np.array_equal(resolved, mapping):
                break
            mapping = resolved
        pieces = mapping[pieces]
    present = np.bincount(pieces, minlength=len(sizes)) > 0
    new_ids = (np.cumsum(present) - 1).astype(np.int32)
    return new_ids[pieces].reshape(height, width)


def _first_occurrences(pieces, nb_pieces):
    """Index of the first pixel of each piece ``1..nb_pieces`` (raster order)."""
    # pieces are numbered in order of appearance: the running maximum grows by
    # one exactly at each piece's first pixel
    running = np.maximum.accumulate(pieces)
    first = np.flatnonzero(running[1:] > running[:-1]) + 1
    if pieces[0] > 0:
        first = np.concatenate([[0], first])
    if len(first) == nb_pieces and np.array_equal(
        pieces[first], np.arange(1, nb_pieces + 1)
    ):
        return first
    _, first = np.unique(pieces, return_index=True)  # any other numbering
    return first[-nb_pieces:]


def nearest_point_labels(height, width, xy):
    """Return for every pixel centre the index of the nearest point.

    Pixel ``(x, y)`` is represented by its centre ``(x + 0.5, y + 0.5)``. All
    pixel centres are looked up in one ``scipy.spatial.cKDTree`` query (ties go
    to the point the tree finds first, as in imgaug 0.4.0).

    Parameters
    ----------
    height, width : int
        Image size.
    xy : ndarray
        ``(N, 2)`` float point coordinates, ``N >= 1``.

    Returns
    -------
    ndarray
        ``(height, width)`` int32 array of point indices.

    """
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 1:
        return np.zeros((height, width), dtype=np.int32)
    from scipy.spatial import cKDTree  # lazy: keeps `import imgaug` fast

    centres = np.empty((height, width, 2), dtype=np.float64)
    centres[:, :, 0] = np.arange(width, dtype=np.float64) + 0.5
    centres[:, :, 1] = (np.arange(height, dtype=np.float64) + 0.5)[:, np.newaxis]
    # a tie-exact tiled brute force was only ~1.5x faster at 128 px, not worth it
    _, labels = cKDTree(xy).query(centres.reshape(-1, 2))
    return labels.astype(np.int32).reshape(height, width)


def segment_means(image, labels, nb_labels):
    """Return the mean value of every label's pixels, per channel.

    Parameters
    ----------
    image : ndarray
        ``(H, W, C)`` array.
    labels : ndarray
        ``(H, W)`` integer labels in ``[0, nb_labels)``.
    nb_labels : int
        Number of labels.

    Returns
    -------
    ndarray
        ``(nb_labels, C)`` float64 means (``0`` for labels without pixels).

    """
    nb_channels = image.shape[2]
    flat_labels = labels.reshape(-1).astype(np.intp, copy=False)
    counts = np.bincount(flat_labels, minlength=nb_labels)
    # one bincount per channel: every label sums its pixels in raster order, as
    # one bincount over interleaved (label, channel) bins would, without
    # building that index
    sums = np.empty((nb_labels, nb_channels), dtype=np.float64)
    for channel in range(nb_channels):
        sums[:, channel] = np.bincount(
            flat_labels,
            weights=image[:, :, channel].reshape(-1).astype(np.float64),
            minlength=nb_labels,
        )
    return sums / np.maximum(counts, 1)[:, np.newaxis]


def replace_segments(image, labels, colors, replace=None):
    """Paint segments with their colour.

    Parameters
    ----------
    image : ndarray
        ``(H, W, C)`` array; pixels of segments that are not replaced are taken
        from it (cast to the dtype of `colors`).
    labels : ndarray
        ``(H, W)`` integer labels.
    colors : ndarray
        ``(nb_labels, C)`` colour per label; its dtype is the output dtype.
    replace : None or ndarray, optional
        ``(nb_labels,)`` bool: which labels to paint. ``None`` paints all.

    Returns
    -------
    ndarray
        New ``(H, W, C)`` array of dtype ``colors.dtype``.

    """
    painted = colors[labels]  # one gather for all pixels and channels
    if replace is None:
        return painted
    keep = ~replace[labels]
    painted[keep] = image[keep]
    return painted
