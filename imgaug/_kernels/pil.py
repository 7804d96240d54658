"""Pillow-identical operations on uint8 arrays, mostly computed without Pillow.

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
  adding one kernel row sum (left to right) after the other.

Affine warps are left to Pillow itself (`transform_affine`): its nearest
neighbour loop with 16.16 fixed-point coordinates is faster than an exact
numpy/OpenCV emulation of it.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np

from imgaug._kernels import cv2util

__all__ = [
    "FILTERS",
    "apply_filter",
    "autocontrast_bounds",
    "autocontrast_lut",
    "autocontrast_table",
    "blend_images",
    "blend_row",
    "blend_table",
    "equalize_table",
    "equalize_tables",
    "histograms",
    "luminance",
    "transform_affine",
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


def blend_row(degenerate_value: int, factor: float) -> np.ndarray:
    """Return row `degenerate_value` of `blend_table` (a 256-entry uint8 table)."""
    degenerate = np.float32(degenerate_value)
    values = np.arange(256, dtype=np.float32)
    blended = degenerate + np.float32(factor) * (values - degenerate)
    return np.clip(np.trunc(blended), 0, 255).astype(np.uint8)


def blend_images(
    degenerate: np.ndarray, image: np.ndarray, factor: float
) -> np.ndarray:
    """Blend `image` with a same-shaped `degenerate` image as ``Image.blend`` does.

    Parameters
    ----------
    degenerate, image : numpy.ndarray
        uint8 arrays of the same shape.
    factor : float
        Blending factor (``0`` gives `degenerate`, ``1`` gives `image`).

    Returns
    -------
    numpy.ndarray
        New uint8 array.

    """
    # the float32 operations of `blend_table`, elementwise in place: 1.5-2x
    # faster than gathering from the 65536-entry table, and the same values
    # route: tests/perf/test_pil_perf.py::test_blend_images
    base = degenerate.astype(np.float32)
    blended = image.astype(np.float32)
    blended -= base
    blended *= np.float32(factor)
    blended += base
    np.trunc(blended, out=blended)
    np.clip(blended, 0, 255, out=blended)
    return blended.astype(np.uint8)


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
    if height < size or width < size:
        return np.array(image, order="C", copy=True)
    image = cv2util.contiguous(image)
    kernel_rows = np.array(kernel, dtype=np.float64).reshape(size, size)
    if scale % 2 == 1 or scale & (scale - 1) == 0:
        result = _filter_exactly(image, kernel_rows, scale, offset)
    else:
        result = np.empty_like(image)
        result[radius : height - radius, radius : width - radius] = _filter_with_ties(
            image, kernel_rows, scale, offset
        )
    # Pillow leaves the border unchanged
    result[:radius] = image[:radius]
    result[height - radius :] = image[height - radius :]
    result[:, :radius] = image[:, :radius]
    result[:, width - radius :] = image[:, width - radius :]
    return result


def _filter_exactly(image, kernel_rows, scale, offset):
    """Filter for kernels whose rounding cannot depend on float32 details.

    With an odd `scale` no result is a tie (``k + 0.5``) and with a power-of-two
    `scale` float32 computes every result exactly, so OpenCV's ``filter2D`` gives
    Pillow's values once ties are nudged upwards: OpenCV rounds half to even,
    Pillow half up. Returns a new array; its border is not Pillow's.
    """
    # kernel row 0 weights the row below the pixel: flip the rows for cv2
    kernel = np.ascontiguousarray(kernel_rows[::-1] / scale, dtype=np.float32)
    # results are multiples of 1/scale (power of two) or at least 1/(2 scale)
    # away from a tie (odd scale): a quarter of that moves only the ties
    delta = float(offset) + 0.25 / scale

    def _filter(chunk):
        return cv2.filter2D(chunk, -1, kernel, delta=delta)

    # route: tests/perf/test_pil_perf.py::test_filter_exact_route
    return cv2util.map_channel_chunks(_filter, image).reshape(image.shape)


def _filter_with_ties(image, kernel_rows, scale, offset):
    """Filter where some results are exact ties whose rounding depends on float32.

    For even scales that are not powers of two (6 in ``DETAIL``, 100 in
    ``SMOOTH_MORE``), a weighted sum ``S`` with ``offset + S / scale`` exactly
    halfway between two integers is rounded down or up depending on Pillow's
    float32 rounding errors. Kernels with many terms and rare ties take OpenCV's
    exact integer sums and recompute only the ties with Pillow's arithmetic;
    kernels with few terms are computed with Pillow's arithmetic everywhere.
    Returns the inner part (without the border).
    """
    nb_terms = int(np.count_nonzero(kernel_rows))
    # cost in passes over the image: the tie route needs about six plus the
    # gathers for a fraction 1/scale of the values (about six passes per term)
    if 6 + 6 * nb_terms / scale < nb_terms + 3:
        return _filter_recomputing_ties(image, kernel_rows, scale, offset)
    return _filter_like_float32(image, kernel_rows, scale, offset)


def _filter_recomputing_ties(image, kernel_rows, scale, offset):
    """Exact sums from OpenCV, Pillow's float32 arithmetic only for the ties."""
    size = kernel_rows.shape[0]
    radius = size // 2
    height, width = image.shape[0:2]
    # integer weights and pixel values: float32 sums are exact (below 2**24)
    kernel = np.ascontiguousarray(kernel_rows[::-1], dtype=np.float32)

    def _sums(chunk):
        # float32 in and out is OpenCV's fast route (uint8 -> float32 is not)
        return cv2.filter2D(chunk.astype(np.float32), -1, kernel)

    # route: tests/perf/test_pil_perf.py::test_filter_ties_route
    shifted = cv2util.map_channel_chunks(_sums, image).reshape(image.shape)
    # offset + S / scale rounded half up, in exact arithmetic; a tie is a shifted
    # sum divisible by the scale
    shifted += np.float32(offset * scale + scale // 2)
    result = shifted / np.float32(scale)
    np.floor(result, out=result)
    is_tie = result * np.float32(scale) == shifted
    # the border keeps the input's values
    is_tie[:radius] = False
    is_tie[height - radius :] = False
    is_tie[:, :radius] = False
    is_tie[:, width - radius :] = False
    ties = np.flatnonzero(is_tie)
    if len(ties) > 0:
        result.reshape(-1)[ties] = _pillow_float32_sums(
            image, kernel_rows, scale, offset, ties
        )
    inner = (slice(radius, height - radius), slice(radius, width - radius))
    return _saturate_to_uint8(np.ascontiguousarray(result[inner]))


def _pillow_float32_sums(image, kernel_rows, scale, offset, positions):
    """``floor`` of Pillow's float32 filter sums at flat `positions` of `image`."""
    size = kernel_rows.shape[0]
    radius = size // 2
    width = image.shape[1]
    nb_channels = 1 if image.ndim == 2 else image.shape[2]
    flat = np.ascontiguousarray(image).reshape(-1)
    coefficients = (kernel_rows / scale).astype(np.float32)
    total = np.full(len(positions), offset + 0.5, dtype=np.float32)
    for row in range(size):
        # kernel row `row` weights the image row `radius - row` below the pixel
        row_sum = None
        for col in range(size):
            coefficient = coefficients[row, col]
            if coefficient == 0:
                continue  # adding +0.0 does not change a float32 sum
            step = ((radius - row) * width + (col - radius)) * nb_channels
            term = flat.take(positions + step).astype(np.float32) * coefficient
            row_sum = term if row_sum is None else row_sum + term
        if row_sum is not None:
            total += row_sum
    return np.floor(total)


def _filter_like_float32(image, kernel_rows, scale, offset):
    """Filter with Pillow's own float32 arithmetic at every pixel.

    Products and sums are IEEE float32 operations in Pillow's order. Returns the
    inner part (without the border).
    """
    size = kernel_rows.shape[0]
    radius = size // 2
    height, width = image.shape[0:2]
    inner_h, inner_w = height - 2 * radius, width - 2 * radius
    coefficients = (kernel_rows / scale).astype(np.float32)
    values = image.astype(np.float32)
    # route: tests/perf/test_pil_perf.py::test_filter_float32_route
    products = {
        float(coefficient): values * coefficient
        for coefficient in np.unique(coefficients[coefficients != 0])
    }

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
            row_sum = term if row_sum is None else _add_float32(row_sum, term)
        if row_sum is None:
            continue
        if total is None:  # Pillow starts from offset + 0.5
            total = row_sum + np.float32(offset + 0.5)
        else:
            total = _add_float32(total, row_sum)
    if total is None:
        total = np.full((inner_h, inner_w) + image.shape[2:], offset + 0.5, np.float32)
    np.floor(total, out=total)
    return _saturate_to_uint8(total)


def _saturate_to_uint8(values):
    """Integer-valued float32 array -> uint8, clipped to ``[0, 255]`` (one pass)."""
    rows = values.reshape(values.shape[0], -1)
    return cv2.add(rows, 0.0, dtype=cv2.CV_8U).reshape(values.shape)


def _add_float32(first, second):
    """IEEE float32 ``first + second``; OpenCV's (up to 4 channels) beats numpy's."""
    if first.ndim == 3 and first.shape[2] > 4:
        return np.add(first, second)
    return cv2.add(first, second).reshape(first.shape)


# ---------------------------------------------------------------- histograms


def histograms(image: np.ndarray, mask: np.ndarray | None = None) -> list:
    """Return the 256-bin histogram of every channel (pixels where `mask` != 0).

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 array.
    mask : None or numpy.ndarray, optional
        ``(H, W)`` uint8 array; only pixels where it is not zero are counted.

    Returns
    -------
    list of numpy.ndarray
        One ``(256,)`` int64 array of counts per channel.

    """
    image = cv2util.contiguous(image)
    if mask is not None:
        mask = cv2util.contiguous(mask)
    nb_channels = 1 if image.ndim == 2 else image.shape[2]
    if nb_channels > cv2util.get_max_channels():
        return [histograms(image[:, :, c], mask)[0] for c in range(nb_channels)]
    # one call per channel index on the whole image: no channel copies
    # route: tests/perf/test_pil_perf.py::test_histograms
    return [
        cv2.calcHist([image], [c], mask, [256], [0, 256]).reshape(256).astype(np.int64)
        for c in range(nb_channels)
    ]


def equalize_table(hist: np.ndarray) -> np.ndarray | None:
    """Return the ``ImageOps.equalize`` lookup table of one channel's histogram.

    Returns
    -------
    None or numpy.ndarray
        ``None`` where Pillow leaves the channel unchanged (at most one used
        value, or too few pixels), else a ``(256,)`` uint8 table.

    """
    return equalize_tables([hist])[0]


def equalize_tables(hists: list) -> list:
    """Return `equalize_table` of several histograms, computed together.

    Parameters
    ----------
    hists : list of numpy.ndarray
        ``(256,)`` counts per channel.

    Returns
    -------
    list of (None or numpy.ndarray)
        One table (or ``None``) per histogram.

    """
    # all channels in one set of numpy calls: a few calls instead of a few per
    # channel (each costs microseconds on 256 values)
    # route: tests/perf/test_pil_perf.py::test_equalize_tables_together
    hist = np.stack(hists).astype(np.int64, copy=False)
    used = hist > 0
    nb_used = used.sum(axis=1)
    # count of the brightest used value (0 for empty histograms)
    last = hist.shape[1] - 1 - np.argmax(used[:, ::-1], axis=1)
    last_count = hist[np.arange(len(hist)), last]
    steps = (hist.sum(axis=1) - last_count) // 255
    # value i maps to (step // 2 + number of pixels below i) // step
    below = np.cumsum(hist, axis=1) - hist
    valid = (nb_used > 1) & (steps > 0)
    divisors = np.where(valid, steps, 1)[:, np.newaxis]
    tables = (steps[:, np.newaxis] // 2 + below) // divisors
    tables = np.minimum(tables, 255).astype(np.uint8)
    return [table if ok else None for table, ok in zip(tables, valid.tolist())]


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
    lows, highs = autocontrast_bounds([hist], [cutoff], ignore)
    if lows[0] < 0:
        return None
    return autocontrast_lut(int(lows[0]), int(highs[0])).copy()


def autocontrast_bounds(hists, cutoffs, ignore: list[int]):
    """Return the darkest and brightest value ``ImageOps.autocontrast`` keeps.

    All channels in one set of numpy calls. Pillow removes ``cutoff[0]`` percent
    of the pixels from the dark end of a histogram (bin by bin), then
    ``cutoff[1]`` percent from the bright end of what is left, and stretches the
    darkest and brightest remaining value to ``0`` and ``255``.

    Parameters
    ----------
    hists : sequence of numpy.ndarray
        ``(256,)`` counts per channel.
    cutoffs : sequence of tuple of float
        ``(dark, bright)`` percentages per channel.
    ignore : list of int
        Values whose counts are ignored (the background).

    Returns
    -------
    tuple of numpy.ndarray
        ``(lows, highs)``, int arrays of one value per channel; ``lows`` is ``-1``
        where Pillow leaves the channel unchanged (at most one value left).

    """
    # all channels in one set of numpy calls; float64 holds every count exactly
    # route: tests/perf/test_pil_perf.py::test_autocontrast_bounds_together
    hist = np.array(hists, dtype=np.float64).reshape(-1, 256)
    ignored = [value for value in ignore if 0 <= value < 256]
    if ignored:
        hist[:, ignored] = 0
    cumulative = np.cumsum(hist, axis=1)
    total = cumulative[:, 255]
    cutoffs = np.asarray(cutoffs, dtype=np.float64).reshape(-1, 2)
    low_cut = total * cutoffs[:, 0] // 100  # as Pillow: ``n * cutoff // 100``
    limit = total - total * cutoffs[:, 1] // 100
    # a bin keeps pixels after both cuts iff it is not empty, more than
    # `low_cut` pixels are at or below it and fewer than `limit` below it (and
    # `low_cut < limit`); the first and last such bins are the first bin with
    # more than `low_cut` pixels up to it and the first with `limit` or more
    lows = np.count_nonzero(cumulative <= low_cut[:, np.newaxis], axis=1)
    highs = np.count_nonzero(cumulative < limit[:, np.newaxis], axis=1)
    lows[(low_cut >= limit) | (highs <= lows)] = -1
    return lows, highs


@functools.lru_cache(maxsize=1024)
def autocontrast_lut(low: int, high: int) -> np.ndarray:
    """Return the (read-only) autocontrast table stretching `low`..`high` to 0..255.

    Pillow's float64 arithmetic: ``int(v * scale - low * scale)`` clipped to
    ``[0, 255]`` with ``scale = 255 / (high - low)``.
    """
    scale = 255.0 / (high - low)
    offset = -low * scale
    table = np.arange(256, dtype=np.float64) * scale + offset
    np.clip(table, 0, 255, out=table)
    table = np.floor(table).astype(np.uint8)
    table.flags.writeable = False
    return table


# ---------------------------------------------------------------- affine warps


def transform_affine(
    arr: np.ndarray, coefficients: tuple[float, ...], fill: tuple[int, ...]
) -> np.ndarray:
    """Warp with ``PIL.Image.transform(size, AFFINE, coefficients)`` (nearest).

    Pillow's own loop does the work (imported here, lazily); the array reaches
    it without Pillow's RGB unpacking: RGB images go in as RGBX through a shared
    buffer.

    Parameters
    ----------
    arr : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 image (any channel count; counts other
        than 1, 3 and 4 are warped channel by channel) or int32 array (warped
        channel by channel in Pillow's mode ``"I"``).
    coefficients : tuple of float
        ``(a, b, c, d, e, f)``: output pixel centre ``(x, y)`` reads the input at
        ``(a x + b y + c, d x + e y + f)``.
    fill : tuple of int
        One value per channel for pixels from outside the input.

    Returns
    -------
    numpy.ndarray
        New array of the input's shape and dtype.

    """
    from PIL import Image  # lazy: keeps `import imgaug` fast

    height, width = arr.shape[0:2]
    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]

    def _transform(image, mode, fillcolor):
        # route: tests/perf/test_pil_perf.py::test_transform_affine
        if mode == "I":
            source = Image.fromarray(np.ascontiguousarray(image), mode="I")
        else:
            source = Image.frombuffer(
                mode, (width, height), cv2util.contiguous(image), "raw", mode, 0, 1
            )
        result = source.transform(
            (width, height),
            Image.Transform.AFFINE,
            coefficients,
            resample=Image.Resampling.NEAREST,
            fillcolor=fillcolor,
        )
        dtype = np.int32 if mode == "I" else np.uint8
        return np.frombuffer(result.tobytes(), dtype=dtype).reshape(height, width, -1)

    if arr.dtype == np.uint8 and nb_channels == 3 and arr.ndim == 3:
        rgbx = cv2.cvtColor(cv2util.contiguous(arr), cv2.COLOR_RGB2RGBA)
        warped = _transform(rgbx, "RGBX", tuple(fill) + (0,))
        return cv2.cvtColor(warped, cv2.COLOR_RGBA2RGB)
    if arr.dtype == np.uint8 and nb_channels == 4:
        return _transform(arr, "RGBA", tuple(fill)).copy()
    mode = "L" if arr.dtype == np.uint8 else "I"
    channels = [arr] if arr.ndim == 2 else [arr[:, :, c] for c in range(nb_channels)]
    warped = [
        _transform(channel, mode, int(value))[:, :, 0]
        for channel, value in zip(channels, fill, strict=True)
    ]
    if arr.ndim == 2:
        return warped[0].copy()
    return np.stack(warped, axis=-1)
