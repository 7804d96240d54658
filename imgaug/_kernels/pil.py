"""Pillow-identical operations on uint8 arrays, computed without Pillow.

Private kernels of :mod:`imgaug.augmenters.pillike` (no RNG, no augmentables).
Each function gives exactly what Pillow computes for the same uint8 image; the
arithmetic was established by comparing with Pillow 9.5 and 13 on random images
(see ``tests/kernels/test_pil.py``, which checks every route against the installed
Pillow):

* grayscale (mode ``"L"``) is ``(19595 R + 38470 G + 7471 B + 2**15) >> 16``;
* ``Image.blend(a, b, alpha)`` is ``trunc(a + alpha * (b - a))`` in float32,
  clipped to ``[0, 255]`` (the ``ImageEnhance`` classes blend with such a
  "degenerate" image);
* a ``ImageFilter.Kernel`` filter correlates with the kernel rows in reverse order
  (kernel row 0 weights the image row *below* the pixel), leaves a border of
  ``size // 2`` pixels unchanged and rounds half up; Pillow computes in float32
  with the coefficients ``kernel / scale``, starting from ``offset + 0.5`` and
  adding one kernel row sum (left to right) after the other;
* ``Image.transform(..., AFFINE)`` with nearest-neighbour sampling reads the source
  pixel ``floor(a (x + 0.5) + b (y + 0.5) + c)`` (and likewise for y) for output
  pixel ``(x, y)``, with three ways of computing it (pure scaling: directly in
  float64; coordinates within ``+-2**15``: 16.16 fixed point; otherwise float64
  increments along rows and columns).
"""

from __future__ import annotations

import cv2
import numpy as np

from imgaug._kernels import cv2util

__all__ = [
    "FILTERS",
    "affine_source_maps",
    "apply_filter",
    "autocontrast_table",
    "blend_images",
    "blend_table",
    "equalize_table",
    "gather_nearest",
    "histogram",
    "luminance",
    "remap_nearest",
]

# ---------------------------------------------------------------- grayscale

# 16-bit fixed-point weights of R, G, B and the rounding offset of mode "L"
_LUMA_MATRIX = np.array([[19595.0, 38470.0, 7471.0, 32768.0]], dtype=np.float32)


def luminance(image: np.ndarray) -> np.ndarray:
    """Return Pillow's grayscale version (mode ``"L"``) of an RGB(A) image.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W, C)`` uint8 image with ``C >= 3``; channels beyond the third are
        ignored.

    Returns
    -------
    numpy.ndarray
        ``(H, W)`` uint8 array.

    """
    height, width = image.shape[0:2]
    if image.size == 0:
        return np.zeros((height, width), dtype=np.uint8)
    rgb = image[:, :, 0:3].astype(np.float32)
    # products and sums stay below 2**24, so float32 holds them exactly
    # route: tests/perf/test_pil_perf.py::test_luminance
    weighted = cv2.transform(rgb, _LUMA_MATRIX).reshape(height, width)
    weighted *= np.float32(1.0 / 65536.0)
    np.floor(weighted, out=weighted)
    return weighted.astype(np.uint8)


# ---------------------------------------------------------------- blending


def blend_table(factor: float) -> np.ndarray:
    """Return ``Image.blend`` for every pair of values as a ``(256, 256)`` table.

    ``table[d, v]`` is the result of blending degenerate value ``d`` with image
    value ``v`` using `factor` (``0`` gives ``d``, ``1`` gives ``v``).
    """
    factor32 = np.float32(factor)
    values = np.arange(256, dtype=np.float32)
    degenerate = values[:, np.newaxis]
    blended = degenerate + factor32 * (values[np.newaxis, :] - degenerate)
    np.trunc(blended, out=blended)
    np.clip(blended, 0, 255, out=blended)
    return blended.astype(np.uint8)


def blend_images(
    degenerate: np.ndarray, image: np.ndarray, factor: float
) -> np.ndarray:
    """Blend `image` with a same-shaped `degenerate` image as ``Image.blend`` does.

    Parameters
    ----------
    degenerate, image : numpy.ndarray
        uint8 arrays of the same shape, or a ``(H, W, 1)`` `degenerate` for a
        ``(H, W, C)`` `image`.
    factor : float
        Blending factor (``0`` gives `degenerate`, ``1`` gives `image`).

    Returns
    -------
    numpy.ndarray
        New uint8 array.

    """
    # one 65536-entry table indexed by (degenerate << 8) | image
    # route: tests/perf/test_pil_perf.py::test_blend_images
    if degenerate.shape == image.shape:
        index = degenerate.astype(np.uint16)
        index <<= 8
        index |= image
    else:  # a (H, W, 1) degenerate image shared by all channels
        shifted = np.left_shift(degenerate, 8, dtype=np.uint16)
        index = np.bitwise_or(shifted, image, dtype=np.uint16)
    return blend_table(factor).reshape(-1).take(index)


# ---------------------------------------------------------------- filters

#: The kernels of ``PIL.ImageFilter``: name -> (size, scale, offset, kernel).
FILTERS = {
    "BLUR": (
        5,
        16,
        0,
        (1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1),
    ),
    "CONTOUR": (3, 1, 255, (-1, -1, -1, -1, 8, -1, -1, -1, -1)),
    "DETAIL": (3, 6, 0, (0, -1, 0, -1, 10, -1, 0, -1, 0)),
    "EDGE_ENHANCE": (3, 2, 0, (-1, -1, -1, -1, 10, -1, -1, -1, -1)),
    "EDGE_ENHANCE_MORE": (3, 1, 0, (-1, -1, -1, -1, 9, -1, -1, -1, -1)),
    "EMBOSS": (3, 1, 128, (-1, 0, 0, 0, 1, 0, 0, 0, 0)),
    "FIND_EDGES": (3, 1, 0, (-1, -1, -1, -1, 8, -1, -1, -1, -1)),
    "SHARPEN": (3, 16, 0, (-2, -2, -2, -2, 32, -2, -2, -2, -2)),
    "SMOOTH": (3, 13, 0, (1, 1, 1, 1, 5, 1, 1, 1, 1)),
    "SMOOTH_MORE": (
        5,
        100,
        0,
        (1, 1, 1, 1, 1, 1, 5, 5, 5, 1, 1, 5, 44, 5, 1, 1, 5, 5, 5, 1, 1, 1, 1, 1, 1),
    ),
}


def apply_filter(image: np.ndarray, name: str) -> np.ndarray:
    """Apply the ``PIL.ImageFilter`` kernel filter `name` to a uint8 image.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 image (any channel count; every channel
        is filtered on its own).
    name : str
        A key of `FILTERS`.

    Returns
    -------
    numpy.ndarray
        New uint8 array of the input's shape. The outer ``size // 2`` pixels are
        copied from the input (all of them for images smaller than the kernel).

    """
    size, scale, offset, kernel = FILTERS[name]
    radius = size // 2
    height, width = image.shape[0:2]
    result = np.array(image, order="C", copy=True)
    if height < size or width < size:
        return result
    kernel_rows = np.array(kernel, dtype=np.float64).reshape(size, size)
    if scale % 2 == 1 or scale & (scale - 1) == 0:
        inner = _filter_exactly(result, kernel_rows, scale, offset)
    else:
        inner = _filter_like_float32(result, kernel_rows, scale, offset)
    result[radius : height - radius, radius : width - radius] = inner
    return result


def _filter_exactly(image, kernel_rows, scale, offset):
    """Filter for kernels whose rounding cannot depend on float32 details.

    With an odd `scale` no result is a tie (``k + 0.5``) and with a power-of-two
    `scale` float32 computes every result exactly, so OpenCV's ``filter2D`` gives
    Pillow's values once ties are nudged upwards: OpenCV rounds half to even,
    Pillow half up. Returns the inner part (without the border).
    """
    size = kernel_rows.shape[0]
    radius = size // 2
    # kernel row 0 weights the row below the pixel: flip the rows for cv2
    kernel = np.ascontiguousarray(kernel_rows[::-1] / scale, dtype=np.float32)
    # results are multiples of 1/scale (power of two) or at least 1/(2 scale)
    # away from a tie (odd scale): a quarter of that moves only the ties
    delta = float(offset) + 0.25 / scale

    def _filter(chunk):
        return cv2.filter2D(chunk, -1, kernel, delta=delta)

    # route: tests/perf/test_pil_perf.py::test_filter_exact_route
    filtered = cv2util.map_channel_chunks(_filter, image)
    height, width = image.shape[0:2]
    return filtered[radius : height - radius, radius : width - radius]


def _filter_like_float32(image, kernel_rows, scale, offset):
    """Filter with Pillow's own float32 arithmetic, where ties depend on it.

    Used for scales such as 6 and 100 (``DETAIL``, ``SMOOTH_MORE``): their results
    can be exact ties, which Pillow's float32 rounding errors send either way.
    Every product comes from a 256-entry float32 table, the sums are formed in
    Pillow's order. Returns the inner part (without the border).
    """
    size = kernel_rows.shape[0]
    radius = size // 2
    height, width = image.shape[0:2]
    inner_h, inner_w = height - 2 * radius, width - 2 * radius
    coefficients = (kernel_rows / scale).astype(np.float32)
    values = np.arange(256, dtype=np.float32)
    products = {}
    for coefficient in np.unique(coefficients[coefficients != 0]):
        table = coefficient * values
        # route: tests/perf/test_pil_perf.py::test_filter_float32_route
        products[float(coefficient)] = cv2util.map_channel_chunks(
            lambda chunk, table=table: cv2.LUT(chunk, table), image
        ).reshape(image.shape)

    total = None
    for row in range(size):
        # kernel row `row` weights image row y + radius - row
        top = 2 * radius - row
        row_sum = None
        for col in range(size):
            coefficient = float(coefficients[row, col])
            if coefficient == 0.0:
                continue  # adding +0.0 does not change a float32 sum
            term = products[coefficient][top : top + inner_h, col : col + inner_w]
            row_sum = term.copy() if row_sum is None else np.add(row_sum, term)
        if row_sum is None:
            continue
        if total is None:
            total = np.float32(offset + 0.5) + row_sum
        else:
            total += row_sum
    if total is None:
        total = np.full(
            (inner_h, inner_w) + image.shape[2:], offset + 0.5, dtype=np.float32
        )
    np.floor(total, out=total)
    np.clip(total, 0, 255, out=total)
    return total.astype(np.uint8)


# ---------------------------------------------------------------- histograms


def histogram(channel: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Return the 256-bin histogram of a 2D uint8 array (pixels where `mask` != 0).

    Returns
    -------
    numpy.ndarray
        ``(256,)`` int64 counts.

    """
    channel = cv2util.contiguous(channel)
    if mask is not None:
        mask = cv2util.contiguous(mask)
    # route: tests/perf/test_pil_perf.py::test_histogram
    hist = cv2.calcHist([channel], [0], mask, [256], [0, 256])
    return hist.reshape(256).astype(np.int64)


def equalize_table(hist: np.ndarray) -> np.ndarray | None:
    """Return the ``ImageOps.equalize`` lookup table of one channel's histogram.

    Returns
    -------
    None or numpy.ndarray
        ``None`` where Pillow leaves the channel unchanged (at most one used
        value, or too few pixels), else a ``(256,)`` uint8 table.

    """
    used = hist[hist > 0]
    if len(used) <= 1:
        return None
    step = (int(used.sum()) - int(used[-1])) // 255
    if step == 0:
        return None
    # value i maps to (step // 2 + number of pixels below i) // step
    below = np.concatenate([[0], np.cumsum(hist[:-1])])
    table = (step // 2 + below) // step
    return np.minimum(table, 255).astype(np.uint8)


def autocontrast_table(
    hist: np.ndarray, cutoff: tuple[float, float], ignore: list[int]
) -> np.ndarray | None:
    """Return the ``ImageOps.autocontrast`` lookup table of one channel's histogram.

    Parameters
    ----------
    hist : numpy.ndarray
        ``(256,)`` counts of the channel.
    cutoff : tuple of float
        Percent of pixels removed from the dark and from the bright end.
    ignore : list of int
        Values whose counts are ignored (the background).

    Returns
    -------
    None or numpy.ndarray
        ``None`` where Pillow leaves the channel unchanged (at most one value
        left), else a ``(256,)`` uint8 table.

    """
    hist = np.array(hist, dtype=np.float64)
    for value in ignore:
        if 0 <= value < 256:
            hist[value] = 0
    if cutoff[0] or cutoff[1]:
        total = hist.sum()
        _remove_from_start(hist, total * cutoff[0] // 100)
        _remove_from_start(hist[::-1], total * cutoff[1] // 100)
    used = np.flatnonzero(hist > 0)
    if len(used) == 0:
        return None
    low, high = int(used[0]), int(used[-1])
    if high <= low:
        return None
    scale = 255.0 / (high - low)
    offset = -low * scale
    table = np.arange(256, dtype=np.float64) * scale + offset
    np.clip(table, 0, 255, out=table)
    return np.floor(table).astype(np.uint8)


def _remove_from_start(hist, amount):
    """Take `amount` pixels away from the first bins of `hist` (a view), in place."""
    if amount <= 0:
        return
    cumulative = np.cumsum(hist)
    # bins before `first` are emptied completely, bin `first` partly
    first = int(np.searchsorted(cumulative, amount, side="left"))
    if first >= len(hist):
        hist[:] = 0
        return
    removed_before = cumulative[first - 1] if first > 0 else 0.0
    hist[:first] = 0
    hist[first] -= amount - removed_before


# ---------------------------------------------------------------- affine warps


def affine_source_maps(
    coefficients: tuple[float, ...],
    input_hw: tuple[int, int],
    output_hw: tuple[int, int],
) -> tuple[np.ndarray, np.ndarray]:
    """Return the source pixel of every output pixel of a Pillow affine transform.

    Parameters
    ----------
    coefficients : tuple of float
        ``(a, b, c, d, e, f)`` as given to ``Image.transform(..., AFFINE, data)``:
        output pixel centre ``(x, y)`` reads input ``(a x + b y + c, d x + e y + f)``.
    input_hw, output_hw : tuple of int
        Heights and widths of the input and output images.

    Returns
    -------
    xs, ys : numpy.ndarray
        ``(H_out, W_out)`` int32 source columns and rows; ``-1`` marks output
        pixels whose source lies outside the input (they get the fill colour).

    """
    a, b, c, d, e, f = (float(value) for value in coefficients)
    out_h, out_w = output_hw
    in_h, in_w = input_hw
    cols = np.arange(out_w, dtype=np.float64)
    rows = np.arange(out_h, dtype=np.float64)
    if b == 0.0 and d == 0.0:
        # pure scaling: separable, computed directly in float64
        xs = _truncate_coords(a * (cols + 0.5) + c)[np.newaxis, :]
        ys = _truncate_coords(e * (rows + 0.5) + f)[:, np.newaxis]
        xs, ys = np.broadcast_arrays(xs, ys)
    else:
        x_start = c + b * 0.5 + a * 0.5
        y_start = f + e * 0.5 + d * 0.5
        corners = [
            start + step_x * x + step_y * y
            for start, step_x, step_y in ((x_start, a, b), (y_start, d, e))
            for x in (0, out_w)
            for y in (0, out_h)
        ]
        if max(abs(value) for value in corners) < 32768.0:
            xs = _fixed_point_coords(x_start, a, b, out_h, out_w)
            ys = _fixed_point_coords(y_start, d, e, out_h, out_w)
        else:
            xs = _incremental_coords(x_start, a, b, out_h, out_w)
            ys = _incremental_coords(y_start, d, e, out_h, out_w)
    outside = (xs < 0) | (xs >= in_w) | (ys < 0) | (ys >= in_h)
    xs = np.where(outside, -1, xs).astype(np.int32)
    ys = np.where(outside, -1, ys).astype(np.int32)
    return xs, ys


def _truncate_coords(values):
    """Pillow's float -> pixel index: truncation, negative values become -1."""
    values = np.clip(values, -1.0, 2.0**31 - 1)
    return np.where(values < 0, -1, np.floor(values)).astype(np.int64)


def _to_fixed(value):
    return int(np.floor(value * 65536.0 + 0.5))


def _fixed_point_coords(start, step_x, step_y, height, width):
    """Source indices computed in 16.16 fixed point, as Pillow does when they fit."""
    row_part = _to_fixed(start) + _to_fixed(step_y) * np.arange(height, dtype=np.int64)
    col_part = _to_fixed(step_x) * np.arange(width, dtype=np.int64)
    return (row_part[:, np.newaxis] + col_part[np.newaxis, :]) >> 16


def _incremental_coords(start, step_x, step_y, height, width):
    """Source indices from float64 increments (Pillow's route for far coordinates)."""
    row_starts = np.full(height, step_y, dtype=np.float64)
    row_starts[0] = start
    np.cumsum(row_starts, out=row_starts)
    coords = np.full((height, width), step_x, dtype=np.float64)
    coords[:, 0] = row_starts
    np.cumsum(coords, axis=1, out=coords)
    return _truncate_coords(coords)


def remap_nearest(
    image: np.ndarray, xs: np.ndarray, ys: np.ndarray, fill: tuple[int, ...]
) -> np.ndarray:
    """Gather ``image[ys, xs]`` for uint8 images; ``-1`` indices get `fill`.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 image.
    xs, ys : numpy.ndarray
        Source maps from `affine_source_maps`.
    fill : tuple of int
        One fill value per channel.

    Returns
    -------
    numpy.ndarray
        New array of shape ``xs.shape + image.shape[2:]``.

    """
    if max(image.shape[0:2]) >= 2**15 - 1:
        return gather_nearest(image, xs, ys, fill)  # beyond int16 maps
    out_hw = xs.shape
    coords = np.empty(out_hw + (2,), dtype=np.int16)
    coords[:, :, 0] = xs
    coords[:, :, 1] = ys

    def _remap(chunk, start=0):
        values = [float(v) for v in fill[start : start + 4]]
        values += [0.0] * (4 - len(values))
        # int16 maps with nearest neighbour: an exact gather, -1 is outside
        # route: tests/perf/test_pil_perf.py::test_remap_nearest
        return cv2.remap(
            chunk,
            coords,
            None,
            cv2.INTER_NEAREST,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=tuple(values),
        )

    if image.ndim == 2:
        return _remap(cv2util.contiguous(image))
    return cv2util.map_channel_chunks_into(_remap, image, out_hw, chunk_size=4)


def gather_nearest(
    arr: np.ndarray, xs: np.ndarray, ys: np.ndarray, fill: object = 0
) -> np.ndarray:
    """Gather ``arr[ys, xs]`` for arrays of any dtype; ``-1`` indices get `fill`.

    Parameters
    ----------
    arr : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    xs, ys : numpy.ndarray
        Source maps from `affine_source_maps`.
    fill : number or sequence of number, optional
        Fill value (one per channel for a sequence).

    Returns
    -------
    numpy.ndarray
        New array of shape ``xs.shape + arr.shape[2:]`` and the dtype of `arr`.

    """
    result = arr[np.maximum(ys, 0), np.maximum(xs, 0)]
    result[xs < 0] = fill
    return result
