"""Array helpers of the mixing augmenters (``imgaug.augmenters.mix``).

Pure array code without randomness or augmentable objects: region geometry of
Mosaic cells, resizing of image regions, footprint masks, rasterised polygon
coverage, histogram matching and pixel-distribution adaptation.

Rectangles are ``(y0, y1, x0, x1)`` tuples of ints, half-open (``y0 <= y < y1``).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from imgaug._kernels import cv2util
from imgaug._kernels import resize as _resize

__all__: list[str] = []

Rect = tuple[int, int, int, int]

#: cv2 flags of the interpolation names the mixing augmenters accept
INTERPOLATIONS = {
    "nearest": cv2.INTER_NEAREST,
    "linear": cv2.INTER_LINEAR,
    "area": cv2.INTER_AREA,
    "cubic": cv2.INTER_CUBIC,
}


# ---------------------------------------------------------------- geometry


def intersect(a: Rect, b: Rect) -> Rect | None:
    """Intersection of two rectangles, ``None`` if it is empty."""
    y0, y1 = max(a[0], b[0]), min(a[1], b[1])
    x0, x1 = max(a[2], b[2]), min(a[3], b[3])
    if y0 >= y1 or x0 >= x1:
        return None
    return (y0, y1, x0, x1)


def source_rect(dst: Rect, origin_yx, scale_yx, src_hw) -> Rect:
    """Find the source pixels that a resize by `scale_yx` maps onto `dst`.

    `dst` is in a frame where the resized source starts at `origin_yx`; the result
    is rounded outwards and clipped to the source (at least one pixel per axis).
    """
    result = []
    for lo, hi, origin, scale, size in (
        (dst[0], dst[1], origin_yx[0], scale_yx[0], src_hw[0]),
        (dst[2], dst[3], origin_yx[1], scale_yx[1], src_hw[1]),
    ):
        start = math.floor((lo - origin) / scale + 1e-6)
        stop = math.ceil((hi - origin) / scale - 1e-6)
        start = min(max(start, 0), size - 1)
        stop = max(min(stop, size), start + 1)
        result += [start, stop]
    return tuple(result)


def scale_rect(rect: Rect, factor_y: float, factor_x: float) -> Rect:
    """Scale a rectangle to another resolution (rounded, never empty if possible)."""
    y0 = int(round(rect[0] * factor_y))
    y1 = max(int(round(rect[1] * factor_y)), y0 + (rect[1] > rect[0]))
    x0 = int(round(rect[2] * factor_x))
    x1 = max(int(round(rect[3] * factor_x)), x0 + (rect[3] > rect[2]))
    return (y0, y1, x0, x1)


def tight_rect(mask: np.ndarray) -> Rect | None:
    """Smallest rectangle holding every True value of a 2D mask (None if none)."""
    rows = np.flatnonzero(mask.any(axis=1))
    if len(rows) == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return (int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1)


def cell_content(cell_hw, content_hw, fit_mode, align_yx):
    """Scaled size and offset of a source inside a Mosaic cell.

    Parameters
    ----------
    cell_hw : tuple of int
        Height and width of the cell.
    content_hw : tuple of int
        Height and width of the source image.
    fit_mode : str
        ``"cover"`` (fill the cell, centre crop) or ``"contain"`` (fit inside,
        pushed towards `align_yx`).
    align_yx : tuple of float
        Per axis ``0`` (top/left), ``0.5`` (centre) or ``1`` (bottom/right): where
        a contained source sits in its cell.

    Returns
    -------
    tuple
        ``((height, width), (offset_y, offset_x))`` of the scaled source relative
        to the cell's top-left corner (offsets are negative for cover crops).

    """
    height, width = content_hw
    if fit_mode == "cover":
        scale = max(cell_hw[0] / height, cell_hw[1] / width)
    else:
        scale = min(cell_hw[0] / height, cell_hw[1] / width)
    scaled = (max(1, int(round(height * scale))), max(1, int(round(width * scale))))
    if fit_mode == "cover":
        offset = ((cell_hw[0] - scaled[0]) // 2, (cell_hw[1] - scaled[1]) // 2)
    else:
        offset = (
            int(round((cell_hw[0] - scaled[0]) * align_yx[0])),
            int(round((cell_hw[1] - scaled[1]) * align_yx[1])),
        )
    return scaled, offset


def window_origin(canvas: int, target: int, position: float) -> int:
    """Top (or left) of a `target`-sized window on a `canvas` of another size.

    `position` in ``[0, 1]`` moves the window centre across the range where the
    window stays inside the canvas; a canvas smaller than the window is centred.
    """
    if canvas <= target:
        return (canvas - target) // 2
    centre = target / 2 + position * (canvas - target)
    return int(round(centre - target / 2))


# ---------------------------------------------------------------- pixels


def resize_region(image, rect: Rect, height: int, width: int, interpolation: int):
    """Crop `rect` out of `image` and resize it to ``(height, width)``.

    The image dtype must be supported by the interpolation (see
    ``imgaug._kernels.cv2util``); the caller gates it once per batch.
    """
    crop = image[rect[0] : rect[1], rect[2] : rect[3]]
    if crop.shape[0:2] == (height, width):
        return crop
    if crop.shape[2] == 0 or crop.size == 0:
        return np.zeros((height, width) + image.shape[2:], dtype=image.dtype)
    return _resize._resize_one(crop, height, width, interpolation, image.dtype)


def resize_mask(mask: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize a boolean mask with nearest-neighbour interpolation."""
    if mask.shape == (height, width):
        return mask
    resized = cv2.resize(
        mask.astype(np.uint8), (width, height), interpolation=cv2.INTER_NEAREST
    )
    return resized.reshape(height, width) > 0


#: dtypes that ``cv2.copyTo`` copies (as raw values); bool goes through a uint8 view
#: (OpenCV 4 rejects bool arrays)
_COPY_TO_DTYPES = frozenset(
    np.dtype(name)
    for name in ("bool uint8 int8 uint16 int16 int32 float16 float32 float64".split())
)


def paste_(target, rect: Rect, patch, mask=None):
    """Write `patch` into ``target[rect]`` (only where `mask` is True), in place.

    `patch` is an array of the region's shape and dtype or a scalar.
    """
    region = target[rect[0] : rect[1], rect[2] : rect[3]]
    if mask is None:
        region[...] = patch
        return target
    if np.ndim(patch) == 0:
        region[mask] = patch
        return target
    if (
        region.dtype in _COPY_TO_DTYPES
        and patch.dtype == region.dtype
        and region.shape[-1] <= cv2util.get_max_channels()
        and region.size > 0
    ):
        # ~100x faster than np.copyto(where=...); cv2 writes into the view
        # route: tests/perf/test_mix_perf.py::test_paste_masked_cv2_copy_to
        if region.dtype == np.bool_:
            patch, region = patch.view(np.uint8), region.view(np.uint8)
        result = cv2.copyTo(patch, mask.view(np.uint8), region)
        if result is region:
            return target
    np.copyto(region, patch, where=mask[:, :, np.newaxis] if region.ndim == 3 else mask)
    return target


def rasterize_polygon(xy: np.ndarray, rect: Rect) -> np.ndarray:
    """Boolean mask of the pixels of `rect` whose centres lie in the polygon `xy`.

    Even-odd rule on the pixel centres (``x + 0.5, y + 0.5``), one scanline per row:
    a centre on a left or top edge is inside, one on a right or bottom edge is not.
    """
    height, width = rect[1] - rect[0], rect[3] - rect[2]
    mask = np.zeros((max(height, 0), max(width, 0)), dtype=bool)
    if height <= 0 or width <= 0 or len(xy) < 3:
        return mask
    x0, y0 = xy[:, 0].astype(np.float64), xy[:, 1].astype(np.float64)
    x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
    centres_y = np.arange(rect[0], rect[1], dtype=np.float64)[:, np.newaxis] + 0.5
    crosses = ((y0 <= centres_y) & (centres_y < y1)) | (
        (y1 <= centres_y) & (centres_y < y0)
    )
    slope = np.where(y1 != y0, (x1 - x0) / np.where(y1 != y0, y1 - y0, 1.0), 0.0)
    crossing_x = np.where(crosses, x0 + (centres_y - y0) * slope, np.inf)
    crossing_x.sort(axis=1)
    centres_x = np.arange(rect[2], rect[3], dtype=np.float64) + 0.5
    for row in np.flatnonzero(crosses.any(axis=1)):
        left = np.searchsorted(crossing_x[row], centres_x, side="right")
        mask[row] = left % 2 == 1
    return mask


# ---------------------------------------------------------------- histograms


def _is_small_int(dtype) -> bool:
    return dtype.kind in "ui" and dtype.itemsize <= 2


def value_histogram(channel: np.ndarray):
    """Sorted distinct values of a channel and how often each occurs.

    Integer channels of at most 16 bits are counted with ``np.bincount`` (fast);
    everything else goes through ``np.unique``. Both give the same result.
    """
    flat = channel.reshape(-1)
    if _is_small_int(flat.dtype):
        low = int(np.iinfo(flat.dtype).min)
        counts = np.bincount(flat.astype(np.int32) - low)
        values = np.flatnonzero(counts)
        return (values + low).astype(np.float64), counts[values].astype(np.float64)
    values, counts = np.unique(flat, return_counts=True)
    return values.astype(np.float64), counts.astype(np.float64)


def match_values(values, counts, ref_values, ref_counts):
    """Map each source value to the reference value of the same quantile.

    Parameters
    ----------
    values, counts : ndarray
        Distinct source values (sorted) and their counts.
    ref_values, ref_counts : ndarray
        Distinct reference values (sorted) and their counts.

    Returns
    -------
    ndarray
        float64 array: the matched value of every entry of `values`.

    """
    quantiles = np.cumsum(counts) / counts.sum()
    ref_quantiles = np.cumsum(ref_counts) / ref_counts.sum()
    return np.interp(quantiles, ref_quantiles, ref_values)


def merge_histograms(histograms):
    """Merge several ``(values, counts)`` pairs into one."""
    if len(histograms) == 1:
        return histograms[0]
    values = np.concatenate([h[0] for h in histograms])
    counts = np.concatenate([h[1] for h in histograms])
    merged, inverse = np.unique(values, return_inverse=True)
    return merged, np.bincount(inverse.reshape(-1), weights=counts)


def match_channel(channel, ref_histogram, blend: float) -> np.ndarray:
    """Histogram-match one channel to a reference histogram, blended by `blend`.

    Returns the new channel as float64 (not rounded or clipped).
    """
    values, counts = value_histogram(channel)
    mapped = values + blend * (match_values(values, counts, *ref_histogram) - values)
    if _is_small_int(channel.dtype):
        low = int(np.iinfo(channel.dtype).min)
        table = np.zeros(int(np.iinfo(channel.dtype).max) - low + 1, dtype=np.float64)
        table[(values - low).astype(np.intp)] = mapped
        return table[channel.astype(np.int32) - low]
    return mapped[np.searchsorted(values, channel)]


def match_channel_table_uint8(channel, ref_histogram, blend: float) -> np.ndarray:
    """Build the ``(256,)`` uint8 table that `match_channel` amounts to for uint8."""
    values, counts = value_histogram(channel)
    mapped = values + blend * (match_values(values, counts, *ref_histogram) - values)
    table = np.arange(256, dtype=np.float64)
    table[values.astype(np.intp)] = mapped
    return np.clip(np.round(table), 0, 255).astype(np.uint8)


# ---------------------------------------------------------------- distributions


def _eigen(cov: np.ndarray):
    """Eigenvalues (descending) and eigenvectors (columns) with fixed signs."""
    eigvals, eigvecs = np.linalg.eigh(cov)
    order = np.argsort(eigvals)[::-1]
    eigvals = np.clip(eigvals[order], 0.0, None)
    eigvecs = eigvecs[:, order]
    # a vector and its negation are both eigenvectors: make each one point along
    # the all-ones direction (ties: its largest component positive), so that the
    # source and reference bases agree for similar images
    sums = eigvecs.sum(axis=0)
    largest = eigvecs[np.argmax(np.abs(eigvecs), axis=0), np.arange(len(sums))]
    signs = np.where(np.abs(sums) > 1e-6, np.sign(sums), np.sign(largest))
    signs[signs == 0] = 1.0
    return eigvals, eigvecs * signs


def _statistics(pixels: np.ndarray, transform_type: str):
    if transform_type == "minmax":
        return pixels.min(axis=0), pixels.max(axis=0)
    mean = pixels.mean(axis=0)
    if transform_type == "standard":
        return mean, pixels.std(axis=0)
    centred = pixels - mean
    cov = centred.T @ centred / max(len(pixels), 1)
    return mean, _eigen(cov)


def adaptation_affine(source: np.ndarray, references, transform_type: str):
    """Affine map ``x -> x @ matrix + offset`` moving source statistics to the refs.

    Parameters
    ----------
    source : ndarray
        ``(N, C)`` float pixels of the image to change.
    references : list of ndarray
        ``(M_i, C)`` float pixels of the reference images (pooled).
    transform_type : str
        ``"standard"`` (per-channel mean/std), ``"minmax"`` (per-channel range) or
        ``"pca"`` (whitening with the source covariance, colouring with the
        reference covariance).

    Returns
    -------
    tuple of ndarray
        ``(matrix (C, C), offset (C,))`` in float64.

    """
    reference = references[0] if len(references) == 1 else np.concatenate(references)
    nb_channels = source.shape[1]
    src = _statistics(source, transform_type)
    ref = _statistics(reference, transform_type)
    if transform_type in ("standard", "minmax"):
        if transform_type == "standard":
            src_lo, src_scale = src
            ref_lo, ref_scale = ref
        else:
            src_lo, src_scale = src[0], src[1] - src[0]
            ref_lo, ref_scale = ref[0], ref[1] - ref[0]
        factor = np.where(
            src_scale > 1e-12, ref_scale / np.maximum(src_scale, 1e-12), 1
        )
        matrix = np.diag(factor.astype(np.float64))
        offset = ref_lo - src_lo * factor
        return matrix, offset.astype(np.float64)
    (src_mean, (src_vals, src_vecs)), (ref_mean, (ref_vals, ref_vecs)) = src, ref
    floor = 1e-12 + 1e-9 * max(float(src_vals.max(initial=0.0)), 0.0)
    whiten = src_vecs / np.sqrt(np.maximum(src_vals, floor))
    colour = (np.sqrt(ref_vals)[:, np.newaxis] * ref_vecs.T)[:nb_channels]
    # directions without source variance carry no information: keep them at zero
    whiten[:, src_vals <= floor] = 0.0
    matrix = whiten @ colour
    offset = ref_mean - src_mean @ matrix
    return matrix, offset


def apply_affine(image: np.ndarray, matrix: np.ndarray, offset: np.ndarray):
    """Apply ``x -> x @ matrix + offset`` to every pixel; float64 result.

    uint8 images with at most 4 channels take ``cv2.transform``, which rounds and
    saturates into uint8 (the returned array is then uint8).
    """
    nb_channels = image.shape[2]
    if image.dtype == np.uint8 and 1 <= nb_channels <= 4:
        # route: tests/perf/test_mix_perf.py::test_pda_uint8_cv2_transform
        transform = np.concatenate([matrix.T, offset[:, np.newaxis]], axis=1)
        src = cv2util.contiguous(image)
        result = cv2.transform(src, transform.astype(np.float64))
        return result.reshape(image.shape)
    pixels = image.reshape(-1, nb_channels).astype(np.float64)
    return (pixels @ matrix + offset).reshape(image.shape)
