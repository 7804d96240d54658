"""Array kernels of the ImageNet-C corruptions behind ``imgcorruptlike`` (private).

The corruptions are those of Hendrycks & Dietterich, "Benchmarking Neural Network
Robustness to Common Corruptions and Perturbations" (ICLR 2019), in the form of the
``imagecorruptions`` package that imgaug 0.4.0 wrapped. Everything here is pure
array code without random number generators: random fields, angles and offsets are
drawn by ``imgaug.augmenters.imgcorruptlike`` and passed in. The one exception are
the frost textures, which are synthesised once from fixed seeds (so they are
constants of this library, like a shipped file would be).

Images are ``(H, W, C)`` arrays; float images are float32 on the 0-255 scale
unless stated otherwise.
"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np

from imgaug._kernels import cv2util
from imgaug._kernels import jpeg as _jpeg

__all__ = [
    "FROST_NB_TEXTURES",
    "adjust_hsv_uint8",
    "blur_gaussian_like_scipy",
    "clipped_zoom",
    "disk_kernel",
    "frost_texture",
    "jpeg_roundtrip",
    "motion_blur",
    "pixelate_box",
    "plasma_fractal",
    "poisson_quantile_tables",
    "salt_and_pepper",
    "to_uint8_truncated",
]

_SCIPY_MODE_TO_CV2 = {
    "nearest": cv2.BORDER_REPLICATE,
    "reflect": cv2.BORDER_REFLECT,
    "mirror": cv2.BORDER_REFLECT_101,
}

#: added before truncating float32 results that are integers in exact arithmetic
#: (flat image regions under a normalised kernel), so that float32 rounding noise
#: of ~1e-5 does not turn e.g. 255 into 254
TRUNCATION_EPS = 1e-3


def to_uint8_truncated(image: np.ndarray, eps: float = 0.0) -> np.ndarray:
    """Clip a float image to ``[0, 255]`` and truncate it to uint8 (as 0.4.0 did).

    Parameters
    ----------
    image : numpy.ndarray
        Float array on the 0-255 scale; may be changed in place.
    eps : float, optional
        Added before truncating, see ``TRUNCATION_EPS``.

    Returns
    -------
    numpy.ndarray
        uint8 array of the same shape.

    """
    if eps:
        image += np.asarray(eps, dtype=image.dtype)
    np.clip(image, 0, 255, out=image)
    return image.astype(np.uint8)


def blur_gaussian_like_scipy(
    image: np.ndarray,
    sigma: float | tuple[float, float],
    mode: str = "nearest",
    truncate: float = 4.0,
) -> np.ndarray:
    """Gaussian blur with the kernel extent and border of ``scipy.ndimage``.

    ``skimage.filters.gaussian`` (used by ImageNet-C) blurs with
    ``scipy.ndimage.gaussian_filter``: a normalised kernel of radius
    ``int(truncate * sigma + 0.5)`` per axis and the given border mode; the
    channel axis is not blurred. OpenCV computes the same separable kernel, faster.

    Parameters
    ----------
    image : numpy.ndarray
        float32 ``(H, W)`` or ``(H, W, C)`` array.
    sigma : float or tuple of float
        Standard deviation, or ``(sigma_y, sigma_x)``.
    mode : {"nearest", "reflect", "mirror"}, optional
        Border handling in scipy's terms.
    truncate : float, optional
        Kernel radius in standard deviations.

    Returns
    -------
    numpy.ndarray
        The blurred float32 array.

    """
    sigma_y, sigma_x = (sigma, sigma) if np.isscalar(sigma) else sigma
    radius_y = int(truncate * float(sigma_y) + 0.5)
    radius_x = int(truncate * float(sigma_x) + 0.5)
    result = cv2.GaussianBlur(
        image,
        (2 * radius_x + 1, 2 * radius_y + 1),
        sigmaX=float(sigma_x),
        sigmaY=float(sigma_y),
        borderType=_SCIPY_MODE_TO_CV2[mode],
    )
    return result.reshape(image.shape)


def clipped_zoom(image: np.ndarray, zoom: float) -> np.ndarray:
    """Zoom into the centre of an image by `zoom` and keep the original size.

    The centre crop of ``ceil(H/zoom) x ceil(W/zoom)`` pixels is scaled by `zoom`
    with linear interpolation and corner-aligned sampling (the output shape is
    ``round(crop * zoom)``, as in ``scipy.ndimage.zoom(order=1)``), then the
    centre ``H x W`` part of it is kept. Done as one affine warp, no crop copy.

    Parameters
    ----------
    image : numpy.ndarray
        float32 ``(H, W)`` or ``(H, W, C)`` array (C <= 4).
    zoom : float
        Zoom factor, ``>= 1``.

    Returns
    -------
    numpy.ndarray
        float32 array of the input's shape.

    """
    height, width = image.shape[0:2]
    crop_h = int(math.ceil(height / zoom))
    crop_w = int(math.ceil(width / zoom))
    top = (height - crop_h) // 2
    left = (width - crop_w) // 2
    zoomed_h = int(round(crop_h * zoom))
    zoomed_w = int(round(crop_w * zoom))
    trim_top = (zoomed_h - height) // 2
    trim_left = (zoomed_w - width) // 2
    step_y = (crop_h - 1) / (zoomed_h - 1) if zoomed_h > 1 else 0.0
    step_x = (crop_w - 1) / (zoomed_w - 1) if zoomed_w > 1 else 0.0
    # output pixel (y, x) samples the input at (top + (y + trim_top) * step_y, ...)
    matrix = np.float64(
        [
            [step_x, 0.0, left + trim_left * step_x],
            [0.0, step_y, top + trim_top * step_y],
        ]
    )
    # route: tests/perf/test_imgcorruptlike_perf.py::test_clipped_zoom_warp
    result = cv2.warpAffine(
        image,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )
    if result.ndim < image.ndim:
        result = result[:, :, np.newaxis]
    return result


def disk_kernel(radius: int, alias_blur: float) -> np.ndarray:
    """Normalised disk kernel, softened by a small gaussian (defocus blur).

    The disk holds the points with ``x**2 + y**2 <= radius**2`` on a grid of
    ``17 x 17`` (radius up to 8) or ``(2*radius+1)**2`` pixels; the anti-aliasing
    gaussian uses a ``3 x 3`` (radius up to 8) or ``5 x 5`` window.

    Parameters
    ----------
    radius : int
        Disk radius in pixels.
    alias_blur : float
        Sigma of the softening gaussian.

    Returns
    -------
    numpy.ndarray
        float32 kernel.

    """
    if radius <= 8:
        half, ksize = 8, 3
    else:
        half, ksize = radius, 5
    coords = np.arange(-half, half + 1)
    yy, xx = np.meshgrid(coords, coords, indexing="ij")
    kernel = (xx**2 + yy**2 <= radius**2).astype(np.float32)
    kernel /= np.sum(kernel)
    return cv2.GaussianBlur(kernel, (ksize, ksize), sigmaX=alias_blur)


def motion_blur(
    image: np.ndarray, radius: int, sigma: float, angle: float
) -> np.ndarray:
    """Blur along one direction with a one-sided gaussian tail (ImageNet-C style).

    Tap ``i`` (``0 <= i <= 2*radius``) has the weight of a gaussian with standard
    deviation `sigma` at ``i`` (weights normalised to sum 1) and takes the image
    shifted by ``round(i * (cos(angle), sin(angle)))`` pixels, with replicated
    borders. Taps whose shift reaches the image size are dropped (their weights
    are not redistributed). Implemented as one ``cv2.filter2D`` call.

    Parameters
    ----------
    image : numpy.ndarray
        uint8 or float32 ``(H, W)`` or ``(H, W, C)`` array (C <= 4).
    radius : int
        Half-length of the kernel.
    sigma : float
        Standard deviation of the tap weights.
    angle : float
        Direction in degrees.

    Returns
    -------
    numpy.ndarray
        float32 array of the input's shape.

    """
    height, width = image.shape[0:2]
    taps = np.arange(2 * radius + 1, dtype=np.float64)
    weights = np.exp(-(taps**2) / (2.0 * sigma**2))
    weights /= weights.sum()
    rad = np.deg2rad(angle)
    shift_y = -np.ceil(taps * np.sin(rad) - 0.5).astype(np.int64)
    shift_x = -np.ceil(taps * np.cos(rad) - 0.5).astype(np.int64)
    too_far = (np.abs(shift_y) >= height) | (np.abs(shift_x) >= width)
    if too_far.any():
        nb_taps = int(np.argmax(too_far))
        weights, shift_y, shift_x = (
            weights[:nb_taps],
            shift_y[:nb_taps],
            shift_x[:nb_taps],
        )
    half = int(max(np.abs(shift_y).max(), np.abs(shift_x).max()))
    kernel = np.zeros((2 * half + 1, 2 * half + 1), dtype=np.float32)
    # output (y, x) takes the input at (y - shift_y, x - shift_x)
    np.add.at(kernel, (half - shift_y, half - shift_x), weights.astype(np.float32))
    result = cv2.filter2D(image, cv2.CV_32F, kernel, borderType=cv2.BORDER_REPLICATE)
    if result.ndim < image.ndim:
        result = result[:, :, np.newaxis]
    return result


def plasma_fractal(displacements: list[np.ndarray], mapsize: int) -> np.ndarray:
    """Diamond-square ("plasma") fractal on a wrapping ``mapsize x mapsize`` grid.

    Starting from one corner value 0, every level fills the square centres with
    the mean of their four corners plus a displacement, then the edge midpoints
    with the mean of their four neighbours plus a displacement, halving the step
    each time. The result is scaled to ``[0, 1]``.

    Parameters
    ----------
    displacements : list of numpy.ndarray
        Per level (largest step first) three arrays of displacements: for the
        square centres and for the two kinds of edge midpoints, each of shape
        ``(mapsize // step, mapsize // step)``.
    mapsize : int
        Power of two.

    Returns
    -------
    numpy.ndarray
        float32 array ``(mapsize, mapsize)`` with values in ``[0, 1]``.

    """
    grid = np.zeros((mapsize, mapsize), dtype=np.float32)
    step = mapsize
    for centre_disp, row_disp, col_disp in displacements:
        half = step // 2
        corners = grid[0::step, 0::step]
        # square step: centre of each square from its four corners (wrapping)
        square_sum = corners + np.roll(corners, -1, axis=0)
        square_sum += np.roll(square_sum, -1, axis=1)
        grid[half::step, half::step] = square_sum / 4 + centre_disp
        centres = grid[half::step, half::step]
        # diamond step: midpoints of horizontal edges (row of corners) ...
        diamond = centres + np.roll(centres, 1, axis=0)
        diamond += corners + np.roll(corners, -1, axis=1)
        grid[0::step, half::step] = diamond / 4 + row_disp
        # ... and of vertical edges (column of corners)
        diamond = centres + np.roll(centres, 1, axis=1)
        diamond += corners + np.roll(corners, -1, axis=0)
        grid[half::step, 0::step] = diamond / 4 + col_disp
        step = half
    grid -= grid.min()
    peak = grid.max()
    if peak > 0:
        grid /= peak
    return grid


@functools.lru_cache(maxsize=8)
def poisson_quantile_tables(
    scale: float, nb_bins: int = 4096
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tables to draw ``Poisson(v / 255 * scale)`` for uint8 values ``v`` quickly.

    For a uniform ``u`` in bin ``b = floor(u * nb_bins)`` the Poisson quantile of
    ``u`` lies between ``low[v, b]`` and ``high[v, b]``; both are equal for most
    bins, and the few others are resolved with `cdf` (the inverse-CDF method).

    Parameters
    ----------
    scale : float
        Photon count of a white pixel.
    nb_bins : int, optional
        Resolution of the first lookup.

    Returns
    -------
    tuple of numpy.ndarray
        ``low`` and ``high`` (``(256, nb_bins)`` uint16) and ``cdf``
        (``(256, K)`` float64, the Poisson CDF at ``0..K-1``).

    """
    lam = np.arange(256, dtype=np.float64) / 255.0 * scale
    nb_counts = int(scale + 12.0 * math.sqrt(scale) + 30.0)
    counts = np.arange(1, nb_counts, dtype=np.float64)
    # pmf(k) = pmf(k-1) * lam / k, computed in log space to avoid underflow
    log_pmf = np.empty((256, nb_counts), dtype=np.float64)
    log_pmf[:, 0] = -lam
    with np.errstate(divide="ignore"):
        log_lam = np.log(lam)
    log_pmf[:, 1:] = log_lam[:, None] - np.log(counts)[None, :]
    log_pmf[0, 1:] = -np.inf
    log_pmf = np.cumsum(log_pmf, axis=1)
    cdf = np.cumsum(np.exp(log_pmf), axis=1)
    cdf[:, -1] = np.inf  # everything above is the last count
    edges = np.arange(nb_bins + 1, dtype=np.float64) / nb_bins
    # quantile of u: number of CDF values <= u
    quantiles = np.stack(
        [np.searchsorted(row, edges, side="right") for row in cdf]
    ).astype(np.uint16)
    low = np.ascontiguousarray(quantiles[:, :-1])
    high = np.ascontiguousarray(quantiles[:, 1:])
    return low, high, cdf


def adjust_hsv_uint8(
    image: np.ndarray,
    saturation_factor: float,
    saturation_add: float,
    value_add: float,
) -> np.ndarray:
    """Change saturation and value of an RGB uint8 image as an HSV round trip would.

    In HSV the hue fixes where a channel lies between the minimum and the maximum
    of a pixel, so a new saturation ``S'`` moves every channel to
    ``V - (V - c) * S' / S`` and a new value ``V'`` scales every channel by
    ``V' / V``; pixels with ``S == 0`` get hue 0 (red), i.e. ``(V', V'(1-S'),
    V'(1-S'))``. This gives ``skimage``'s ``rgb2hsv``/``hsv2rgb`` result without
    the two conversions (``S' = clip(S * saturation_factor + saturation_add)``,
    ``V' = clip(V + value_add)``, both in ``[0, 1]``), then truncates to uint8.

    Parameters
    ----------
    image : numpy.ndarray
        uint8 ``(H, W, 3)`` image.
    saturation_factor, saturation_add : float
        Saturation change.
    value_add : float
        Value change on the ``[0, 1]`` scale.

    Returns
    -------
    numpy.ndarray
        New uint8 image.

    """
    # route: tests/perf/test_imgcorruptlike_perf.py::test_hsv_closed_form_vs_skimage
    rgb = image.astype(np.float32)
    vmax = np.max(rgb, axis=2, keepdims=True)
    vmin = np.min(rgb, axis=2, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        sat = np.where(vmax > 0, (vmax - vmin) / vmax, 0.0).astype(np.float32)
        sat_new = np.clip(sat * saturation_factor + saturation_add, 0.0, 1.0)
        ratio = np.where(sat > 0, sat_new / sat, 0.0).astype(np.float32)
        # each channel relative to the maximum, 1 for the maximum itself
        rel = np.where(vmax > 0, rgb / vmax, 1.0).astype(np.float32)
    val_new = np.clip(vmax + np.float32(value_add * 255.0), 0.0, 255.0)
    result = (1.0 - (1.0 - rel) * ratio) * val_new
    if saturation_add > 0:
        # grey pixels have hue 0 (red): green and blue drop to V' * (1 - S')
        grey = sat[:, :, 0] <= 0
        result[grey, 1:] = val_new[grey] * (1.0 - sat_new[grey])
    return to_uint8_truncated(result, TRUNCATION_EPS)


def salt_and_pepper(image: np.ndarray, bits: np.ndarray, threshold: int) -> np.ndarray:
    """Set values to 255 where ``bits < threshold``, to 0 where ``bits < threshold//2``.

    Parameters
    ----------
    image : numpy.ndarray
        uint8 array.
    bits : numpy.ndarray
        uint16 random bits of the shape of `image`.
    threshold : int
        In ``[0, 65536]``: the fraction ``threshold / 65536`` of the values is
        replaced, half (rounded down) by 0, the rest by 255.

    Returns
    -------
    numpy.ndarray
        New uint8 array of the shape of `image`.

    Examples
    --------
    >>> image = np.full((1, 3), 7, dtype=np.uint8)
    >>> salt_and_pepper(image, np.uint16([[0, 1, 2]]), 2).tolist()
    [[0, 255, 7]]

    """
    if image.size == 0:
        return np.copy(image)
    # one-channel 2D views: cv2 compares with a scalar for any channel count
    flat_shape = (image.shape[0], -1)
    flat_bits = np.ascontiguousarray(bits).reshape(flat_shape)
    if cv2util.is_scalar_ambiguous(flat_bits):  # 1x1, 4x1: cv2 misreads scalars
        result = np.copy(image)
        result[bits < threshold] = 255
        result[bits < threshold // 2] = 0
        return result
    salt = cv2.compare(flat_bits, float(threshold), cv2.CMP_LT)  # 255 where true
    keep = cv2.compare(flat_bits, float(threshold // 2), cv2.CMP_GE)
    result = cv2.max(np.ascontiguousarray(image).reshape(flat_shape), salt)
    cv2.bitwise_and(result, keep, dst=result)
    return result.reshape(image.shape)


def jpeg_roundtrip(image: np.ndarray, quality: int) -> np.ndarray:
    """Encode an RGB uint8 image as JPEG in memory and decode it again.

    OpenCV and Pillow use the same libjpeg defaults (4:2:0 chroma subsampling,
    standard tables, islow DCT), so the result equals Pillow's; OpenCV is faster.

    Parameters
    ----------
    image : numpy.ndarray
        uint8 ``(H, W, 3)`` RGB image.
    quality : int
        JPEG quality in ``[1, 100]``.

    Returns
    -------
    numpy.ndarray
        New uint8 ``(H, W, 3)`` image.

    """
    # route: tests/perf/test_imgcorruptlike_perf.py::test_jpeg_cv2_vs_pillow
    return _jpeg.jpeg_round_trip_uint8(image, quality)


def pixelate_box(image: np.ndarray, factor: float) -> np.ndarray:
    """Downscale by `factor` and upscale back, both with Pillow's BOX filter.

    Parameters
    ----------
    image : numpy.ndarray
        uint8 ``(H, W, 3)`` RGB image.
    factor : float
        Size factor in ``(0, 1]``; the small image is ``int(W * factor)`` by
        ``int(H * factor)`` pixels.

    Returns
    -------
    numpy.ndarray
        New uint8 image of the input's shape.

    """
    from PIL import Image  # lazy: keeps `import imgaug` fast

    height, width = image.shape[0:2]
    small_size = (max(int(width * factor), 1), max(int(height * factor), 1))
    pil_image = Image.fromarray(np.ascontiguousarray(image))
    pil_image = pil_image.resize(small_size, Image.Resampling.BOX)
    if max(height, width) >= _INT16_LIMIT:  # beyond cv2.remap's int16 maps
        pil_image = pil_image.resize((width, height), Image.Resampling.BOX)
        return np.asarray(pil_image).copy()
    # Pillow's BOX upscaling takes one input pixel per output pixel, the one
    # under its centre: OpenCV's nearest neighbour resizing ("exact" variant) or
    # a remap give the same image faster
    small = np.asarray(pil_image)
    if _nearest_exact_is_box(small_size[1], small_size[0], height, width):
        # route: tests/perf/test_imgcorruptlike_perf.py::test_pixelate_upscale_resize
        return cv2.resize(
            small, (width, height), interpolation=cv2.INTER_NEAREST_EXACT
        ).reshape(height, width, -1)
    # route: tests/perf/test_imgcorruptlike_perf.py::test_pixelate_upscale_remap
    maps = _box_upscale_maps(small_size[1], small_size[0], height, width)
    return cv2.remap(small, maps, None, cv2.INTER_NEAREST).reshape(height, width, -1)


_INT16_LIMIT = 32767


@functools.lru_cache(maxsize=16)
def _nearest_exact_is_box(src_h: int, src_w: int, height: int, width: int) -> bool:
    """Whether ``cv2.INTER_NEAREST_EXACT`` enlarges like Pillow's BOX filter.

    Both take the input pixel under each output pixel's centre, OpenCV with
    fixed-point arithmetic; checked once per size on an image of pixel indices.
    """
    maps = _box_upscale_maps(src_h, src_w, height, width)
    indices = np.empty((src_h, src_w, 2), dtype=np.uint16)
    indices[:, :, 0] = np.arange(src_w, dtype=np.uint16)[np.newaxis, :]
    indices[:, :, 1] = np.arange(src_h, dtype=np.uint16)[:, np.newaxis]
    resized = cv2.resize(
        indices, (width, height), interpolation=cv2.INTER_NEAREST_EXACT
    ).reshape(height, width, 2)
    return bool(np.array_equal(resized, maps))


@functools.lru_cache(maxsize=4)
def _box_upscale_maps(src_h: int, src_w: int, height: int, width: int) -> np.ndarray:
    """``(height, width, 2)`` int16 ``(x, y)`` source pixels of a BOX upscaling.

    Output pixel ``x`` reads input pixel ``floor((x + 0.5) * src_w / width)``
    (likewise for ``y``), as Pillow's BOX filter does when enlarging.
    """
    cols = np.floor((np.arange(width) + 0.5) * (src_w / width)).astype(np.int16)
    rows = np.floor((np.arange(height) + 0.5) * (src_h / height)).astype(np.int16)
    maps = np.empty((height, width, 2), dtype=np.int16)
    maps[:, :, 0] = np.minimum(cols, src_w - 1)[np.newaxis, :]
    maps[:, :, 1] = np.minimum(rows, src_h - 1)[:, np.newaxis]
    maps.flags.writeable = False
    return maps


# ---------------------------------------------------------------- frost textures

FROST_NB_TEXTURES = 5
_FROST_SHAPE = (480, 720)

#: per texture: (seed, number of crystals, stem length range, branch angle in
#: degrees, weight of the cloudy base, RGB means, RGB standard deviations)
_FROST_STYLES = (
    (101, 100, (30, 90), 55.0, 2.2, (78.0, 149.0, 166.0), (27.0, 17.0, 15.0)),
    (202, 450, (18, 70), 60.0, 0.6, (201.0, 205.0, 215.0), (21.0, 22.0, 23.0)),
    (303, 380, (22, 80), 50.0, 0.8, (201.0, 205.0, 215.0), (21.0, 22.0, 23.0)),
    (404, 300, (12, 55), 65.0, 1.0, (138.0, 153.0, 165.0), (28.0, 28.0, 30.0)),
    (505, 200, (30, 120), 58.0, 0.7, (112.0, 123.0, 135.0), (44.0, 43.0, 42.0)),
)


def _crystal_segments(rng, nb, length_range, branch_angle, shape):
    """Line segments of fern-like ice crystals: a stem with paired side branches."""
    height, width = shape
    nb_branches = 6
    x0 = rng.uniform(0, width, nb)
    y0 = rng.uniform(0, height, nb)
    angle = rng.uniform(0, 2 * np.pi, nb)
    length = rng.uniform(length_range[0], length_range[1], nb)
    dx, dy = np.cos(angle), np.sin(angle)
    stems = np.stack([x0, y0, x0 + dx * length, y0 + dy * length], axis=1)
    # branch j starts at fraction t_j of the stem, shrinks towards the tip
    t = (np.arange(nb_branches) + 1.0) / (nb_branches + 1.0)
    start_x = x0[:, None] + dx[:, None] * length[:, None] * t[None, :]
    start_y = y0[:, None] + dy[:, None] * length[:, None] * t[None, :]
    jitter = rng.uniform(0.5, 1.0, (nb, nb_branches, 2))
    branch_len = (length[:, None] * (1.0 - t[None, :]) * 0.5)[:, :, None] * jitter
    sides = np.deg2rad(branch_angle) * np.array([1.0, -1.0])
    branch_angle_abs = angle[:, None, None] + sides[None, None, :]
    end_x = start_x[:, :, None] + np.cos(branch_angle_abs) * branch_len
    end_y = start_y[:, :, None] + np.sin(branch_angle_abs) * branch_len
    branches = np.stack(
        [
            np.broadcast_to(start_x[:, :, None], end_x.shape),
            np.broadcast_to(start_y[:, :, None], end_y.shape),
            end_x,
            end_y,
        ],
        axis=-1,
    ).reshape(-1, 4)
    return np.concatenate([stems, branches], axis=0)


def _draw_segments(canvas, segments, rng):
    """Draw segments anti-aliased, in four brightness groups (one call each)."""
    groups = rng.integers(0, 4, len(segments))
    points = np.round(segments * 16).astype(np.int32).reshape(-1, 2, 2)
    for group, brightness in enumerate((90, 140, 200, 255)):
        lines = list(points[groups == group])
        cv2.polylines(canvas, lines, False, brightness, 1, cv2.LINE_AA, shift=4)


@functools.lru_cache(maxsize=FROST_NB_TEXTURES)
def frost_texture(index: int) -> np.ndarray:
    """Return frost texture `index` (RGB uint8, read-only), synthesised on first use.

    Each texture is a cloudy base (octaves of smooth noise) overlaid with
    thousands of fern-like ice crystals (a stem with paired side branches) at two
    scales plus their glow, coloured to a bluish-white tone. The five styles
    differ in crystal density, size and brightness; their colour statistics follow
    those of the photographs ImageNet-C used. Fixed seeds make them constants.

    Parameters
    ----------
    index : int
        Texture number in ``[0, FROST_NB_TEXTURES)``.

    Returns
    -------
    numpy.ndarray
        ``(480, 720, 3)`` uint8 array (not writeable: it is shared).

    """
    seed, nb, length_range, branch_angle, base_weight, means, stds = _FROST_STYLES[
        index
    ]
    rng = np.random.Generator(np.random.SFC64(seed))
    height, width = _FROST_SHAPE
    # cloudy base: octaves of smooth noise, summed at quarter size
    low_h, low_w = height // 4, width // 4
    base = np.zeros((low_h, low_w), dtype=np.float32)
    for cells, weight in ((3, 1.0), (6, 0.6), (12, 0.35), (24, 0.2), (48, 0.1)):
        coarse = rng.random((cells, int(cells * width / height) + 1), np.float32)
        base += weight * cv2.resize(
            coarse, (low_w, low_h), interpolation=cv2.INTER_CUBIC
        )
    base = cv2.resize(base, (width, height), interpolation=cv2.INTER_CUBIC)
    base -= base.mean()
    base *= base_weight / (base.std() + 1e-6)
    canvas = np.zeros(_FROST_SHAPE, dtype=np.uint8)
    segments = np.concatenate(
        [
            _crystal_segments(rng, nb, length_range, branch_angle, _FROST_SHAPE),
            _crystal_segments(
                rng,
                nb * 2,
                (length_range[0] / 3, length_range[1] / 3),
                branch_angle,
                _FROST_SHAPE,
            ),
        ]
    )
    _draw_segments(canvas, segments, rng)
    crystals = canvas.astype(np.float32) * np.float32(2.0 / 255.0)
    texture = cv2.GaussianBlur(crystals, (0, 0), sigmaX=2.5)
    texture *= 1.5
    texture += crystals
    texture += base
    texture -= texture.mean()
    texture /= texture.std() + 1e-6
    result = np.empty(_FROST_SHAPE + (3,), dtype=np.uint8)
    for channel in range(3):
        result[:, :, channel] = cv2.convertScaleAbs(
            np.maximum(texture * stds[channel] + means[channel], 0.0)
        )
    result.flags.writeable = False
    return result
