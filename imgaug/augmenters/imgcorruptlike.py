"""Augmenters that apply the 19 corruptions of ImageNet-C.

The corruptions were defined by Hendrycks & Dietterich, "Benchmarking Neural Network
Robustness to Common Corruptions and Perturbations" (ICLR 2019), with five severity
levels each; imgaug 0.4.0 took them from the ``imagecorruptions`` package. This
module implements them itself (that package no longer runs on NumPy 2 and current
scikit-image), so nothing beyond imgaug's own dependencies is needed. The
per-severity parameters are those of ImageNet-C; random fields are drawn from
imgaug's RNG, so seeded outputs match 0.4.0 in distribution, and bit for bit only
for the corruptions without randomness (contrast, brightness, saturate, JPEG,
pixelate, gaussian, defocus and zoom blur). Frost blends in textures that this
library synthesises (see ``imgaug._kernels.corrupt.frost_texture``).

The module is not star-imported: use ``iaa.imgcorruptlike.<Name>``, e.g.
``iaa.imgcorruptlike.GaussianNoise(severity=2)``, since several names (e.g.
``GaussianBlur``, ``MotionBlur``, ``Fog``) also exist at the top level.

All functions and augmenters accept uint8 images of shape ``(H, W)``, ``(H, W, 1)``
or ``(H, W, 3)`` with ``H >= 32`` and ``W >= 32``. Grayscale images are treated as
RGB images with three equal channels where the corruption needs colour, and
channel 0 of the result is returned.

List of augmenters:

* :class:`GaussianNoise`
* :class:`ShotNoise`
* :class:`ImpulseNoise`
* :class:`SpeckleNoise`
* :class:`GaussianBlur`
* :class:`GlassBlur`
* :class:`DefocusBlur`
* :class:`MotionBlur`
* :class:`ZoomBlur`
* :class:`Fog`
* :class:`Frost`
* :class:`Snow`
* :class:`Spatter`
* :class:`Contrast`
* :class:`Brightness`
* :class:`Saturate`
* :class:`JpegCompression`
* :class:`Pixelate`
* :class:`ElasticTransform`

"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import corrupt as _corrupt
from imgaug._kernels import lut as _lut
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.augmenters.arithmetic import _draw_bits_uint16
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "get_corruption_names",
    "apply_gaussian_noise",
    "apply_shot_noise",
    "apply_impulse_noise",
    "apply_speckle_noise",
    "apply_gaussian_blur",
    "apply_glass_blur",
    "apply_defocus_blur",
    "apply_motion_blur",
    "apply_zoom_blur",
    "apply_fog",
    "apply_frost",
    "apply_snow",
    "apply_spatter",
    "apply_contrast",
    "apply_brightness",
    "apply_saturate",
    "apply_jpeg_compression",
    "apply_pixelate",
    "apply_elastic_transform",
    "GaussianNoise",
    "ShotNoise",
    "ImpulseNoise",
    "SpeckleNoise",
    "GaussianBlur",
    "GlassBlur",
    "DefocusBlur",
    "MotionBlur",
    "ZoomBlur",
    "Fog",
    "Frost",
    "Snow",
    "Spatter",
    "Contrast",
    "Brightness",
    "Saturate",
    "JpegCompression",
    "Pixelate",
    "ElasticTransform",
]

_DTYPES = iadt._UINT8_ONLY_DTYPES

#: smallest height and width the corruptions are defined for
MIN_SIZE = 32

_COMMON = (
    "gaussian_noise",
    "shot_noise",
    "impulse_noise",
    "defocus_blur",
    "glass_blur",
    "motion_blur",
    "zoom_blur",
    "snow",
    "frost",
    "fog",
    "brightness",
    "contrast",
    "elastic_transform",
    "pixelate",
    "jpeg_compression",
)
_VALIDATION = ("speckle_noise", "gaussian_blur", "spatter", "saturate")
_SUBSETS = {
    "common": _COMMON,
    "validation": _VALIDATION,
    "all": _COMMON + _VALIDATION,
}

# ---------------------------------------------------------------- parameters
# ImageNet-C's parameters, one entry per severity 1..5

#: standard deviation of the added noise (0-1 scale)
_GAUSSIAN_NOISE = (0.08, 0.12, 0.18, 0.26, 0.38)
#: photon count of a white pixel
_SHOT_NOISE = (60, 25, 12, 5, 3)
#: fraction of values replaced by 0 or 255
_IMPULSE_NOISE = (0.03, 0.06, 0.09, 0.17, 0.27)
#: standard deviation of the multiplicative noise
_SPECKLE_NOISE = (0.15, 0.2, 0.35, 0.45, 0.6)
#: sigma of the gaussian kernel
_GAUSSIAN_BLUR = (1, 2, 3, 4, 6)
#: (sigma, largest pixel offset, iterations)
_GLASS_BLUR = ((0.7, 1, 2), (0.9, 2, 1), (1, 2, 3), (1.1, 3, 2), (1.5, 4, 2))
#: (disk radius, sigma of the anti-aliasing blur)
_DEFOCUS_BLUR = ((3, 0.1), (4, 0.5), (6, 0.5), (8, 0.5), (10, 0.5))
#: (kernel radius, sigma of the tap weights)
_MOTION_BLUR = ((10, 3), (15, 5), (15, 8), (15, 12), (20, 15))
#: zoom factors that are averaged
_ZOOM_BLUR = (
    np.arange(1, 1.11, 0.01),
    np.arange(1, 1.16, 0.01),
    np.arange(1, 1.21, 0.02),
    np.arange(1, 1.26, 0.02),
    np.arange(1, 1.31, 0.03),
)
#: (fog strength, decay of the fractal's roughness per level)
_FOG = ((1.5, 2), (2.0, 2), (2.5, 1.7), (2.5, 1.5), (3.0, 1.4))
#: (weight of the image, weight of the frost texture)
_FROST = ((1, 0.4), (0.8, 0.6), (0.7, 0.7), (0.65, 0.7), (0.6, 0.75))
#: (mean, std, zoom, threshold, blur radius, blur sigma, weight of the image)
_SNOW = (
    (0.1, 0.3, 3, 0.5, 10, 4, 0.8),
    (0.2, 0.3, 2, 0.5, 12, 4, 0.7),
    (0.55, 0.3, 4, 0.9, 12, 8, 0.7),
    (0.55, 0.3, 4.5, 0.85, 12, 8, 0.65),
    (0.55, 0.3, 2.5, 0.85, 12, 12, 0.55),
)
#: (mean, std, sigma, threshold, intensity, 0 = water / 1 = mud)
_SPATTER = (
    (0.65, 0.3, 4, 0.69, 0.6, 0),
    (0.65, 0.3, 3, 0.68, 0.6, 0),
    (0.65, 0.3, 2, 0.68, 0.5, 0),
    (0.65, 0.3, 1, 0.65, 1.5, 1),
    (0.67, 0.4, 1, 0.65, 1.5, 1),
)
#: factor of the distance to the channel means
_CONTRAST = (0.4, 0.3, 0.2, 0.1, 0.05)
#: added to the HSV value (0-1 scale)
_BRIGHTNESS = (0.1, 0.2, 0.3, 0.4, 0.5)
#: (factor, addend) of the HSV saturation
_SATURATE = ((0.3, 0), (0.1, 0), (2, 0), (5, 0.1), (20, 0.2))
#: JPEG quality
_JPEG_COMPRESSION = (25, 18, 15, 10, 7)
#: size factor of the downscaled image
_PIXELATE = (0.6, 0.5, 0.4, 0.3, 0.25)
#: strength of the displacement field
_ELASTIC_TRANSFORM = tuple(250 * f for f in (0.05, 0.065, 0.085, 0.1, 0.12))

_WATER_COLOR = np.float32([175, 238, 238])
_MUD_COLOR = np.float32([63, 42, 20])


# ---------------------------------------------------------------- helpers
def _check_image(image, arg_name):
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument '{arg_name}' to be a numpy array, got "
            f"{type(image).__name__}."
        )
    if image.dtype != np.uint8:
        # the dtype table in words: uint8 only (see _DTYPES)
        raise InvalidValueError(
            f"Expected argument '{arg_name}' to have dtype uint8, got "
            f"{image.dtype.name}; the ImageNet-C corruptions are defined for uint8 "
            f"only (not for {', '.join(_DTYPES['disallowed'][:3])}, ...)."
        )
    shape = image.shape
    if image.ndim not in (2, 3) or (image.ndim == 3 and shape[2] not in (1, 3)):
        raise InvalidValueError(
            f"Expected argument '{arg_name}' to have shape (H, W), (H, W, 1) or "
            f"(H, W, 3), got {shape}."
        )
    if shape[0] < MIN_SIZE or shape[1] < MIN_SIZE:
        raise InvalidValueError(
            f"Expected argument '{arg_name}' to be at least {MIN_SIZE}x{MIN_SIZE} "
            f"pixels (height x width), got {shape[0]}x{shape[1]}."
        )


def _check_severity(severity):
    if type(severity) is int and 1 <= severity <= 5:
        return severity  # the augmenters' call, checked without the ABC lookups
    if isinstance(severity, (bool, np.bool_)) or not ia.is_single_integer(severity):
        raise InvalidTypeError(
            f"Expected argument 'severity' to be an int in [1, 5], got "
            f"{type(severity).__name__}."
        )
    if not 1 <= severity <= 5:
        raise InvalidValueError(
            f"Expected argument 'severity' to be an int in [1, 5], got {severity}."
        )
    return int(severity)


def _check_seed(seed):
    if seed is None:
        return None
    if type(seed) is int and seed >= 0:
        return seed
    if isinstance(seed, (bool, np.bool_)) or not ia.is_single_integer(seed):
        raise InvalidTypeError(
            f"Expected argument 'seed' to be None or an int, got {type(seed).__name__}."
        )
    if seed < 0:
        raise InvalidValueError(f"Expected argument 'seed' to be >= 0, got {seed}.")
    return int(seed)


def _make_rng(seed):
    return iarandom.RNG(_check_seed(seed))


def _apply(corruption, image, severity, seed, arg_name="x", needs_rgb=False):
    """Validate, bring the image to (H, W, C), run `corruption`, restore the shape.

    `corruption(image, severity, rng)` gets a C-contiguous uint8 ``(H, W, C)``
    array (C == 3 if `needs_rgb`) and returns a new uint8 array of that shape.
    """
    _check_image(image, arg_name)
    severity = _check_severity(severity)
    if corruption in _WITHOUT_RANDOMNESS:
        _check_seed(seed)
        rng = None  # creating a seeded generator costs ~20 us per image
    else:
        rng = _make_rng(seed)
    work = image[:, :, np.newaxis] if image.ndim == 2 else image
    tiled = needs_rgb and work.shape[2] == 1
    if tiled:
        work = np.repeat(work, 3, axis=2)
    result = corruption(np.ascontiguousarray(work), severity, rng)
    if tiled:
        result = result[:, :, 0:1]
    if image.ndim == 2:
        result = result[:, :, 0]
    return np.ascontiguousarray(result)


def _as_float(image):
    return image.astype(np.float32)


# ---------------------------------------------------------------- corruptions
def _gaussian_noise(image, severity, rng):
    scale = np.float32(_GAUSSIAN_NOISE[severity - 1] * 255.0)
    noise = rng.standard_normal(image.shape, dtype=np.float32)
    noise *= scale
    noise += image
    return _corrupt.to_uint8_truncated(noise)


def _shot_noise(image, severity, rng):
    photons = _SHOT_NOISE[severity - 1]
    # route: tests/perf/test_imgcorruptlike_perf.py::test_shot_noise_tables
    low, high, cdf = _corrupt.poisson_quantile_tables(float(photons))
    nb_bins = low.shape[1]
    uniform = rng.random(image.shape, dtype=np.float64)
    index = image.astype(np.intp) * nb_bins
    index += (uniform * nb_bins).astype(np.intp)
    counts = low.ravel().take(index)
    unresolved = counts != high.ravel().take(index)
    if unresolved.any():
        values, targets = image[unresolved].astype(np.intp), uniform[unresolved]
        found = counts[unresolved].astype(np.intp)
        # step up while the CDF at the current count is still <= u
        while True:
            below = cdf[values, found] <= targets
            if not below.any():
                break
            found += below
        counts[unresolved] = found
    # counts -> clip(k / photons, 0, 1) * 255, truncated as in 0.4.0
    table = np.clip(np.arange(cdf.shape[1]) / photons, 0, 1) * 255
    return table.astype(np.uint8)[counts]


def _impulse_noise(image, severity, rng):
    # 16 random bits per value instead of a float: the same distribution up to
    # the amount's rounding to 1/65536, drawn and compared several times faster
    # route: tests/perf/test_imgcorruptlike_perf.py::test_impulse_noise_bits
    threshold = round(_IMPULSE_NOISE[severity - 1] * 65536)
    bits = _draw_bits_uint16(rng, image.shape)
    return _corrupt.salt_and_pepper(image, bits, threshold)


def _speckle_noise(image, severity, rng):
    noise = rng.standard_normal(image.shape, dtype=np.float32)
    noise *= np.float32(_SPECKLE_NOISE[severity - 1])
    noise += 1.0
    noise *= image
    return _corrupt.to_uint8_truncated(noise)


def _gaussian_blur(image, severity, rng):
    blurred = _corrupt.blur_gaussian_like_scipy(
        _as_float(image), _GAUSSIAN_BLUR[severity - 1]
    )
    return _corrupt.to_uint8_truncated(blurred, _corrupt.TRUNCATION_EPS)


def _glass_blur(image, severity, rng):
    sigma, max_delta, iterations = _GLASS_BLUR[severity - 1]
    blurred = _corrupt.blur_gaussian_like_scipy(_as_float(image), sigma)
    work = _corrupt.to_uint8_truncated(blurred, _corrupt.TRUNCATION_EPS)
    height, width = work.shape[0:2]
    # pixels in [d+1, H-d] x [d+1, W-d] take a random neighbour in [-d, d)
    rows = np.arange(max_delta + 1, height - max_delta + 1)
    cols = np.arange(max_delta + 1, width - max_delta + 1)
    if len(rows) > 0 and len(cols) > 0:
        for _ in range(iterations):
            offsets = rng.integers(
                -max_delta, max_delta, size=(2, len(rows), len(cols)), dtype=np.intp
            )
            src_rows = rows[:, np.newaxis] + offsets[0]
            src_cols = cols[np.newaxis, :] + offsets[1]
            region = work[src_rows, src_cols]
            work = work.copy()
            work[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1] = region
    blurred = _corrupt.blur_gaussian_like_scipy(_as_float(work), sigma)
    return _corrupt.to_uint8_truncated(blurred, _corrupt.TRUNCATION_EPS)


def _defocus_blur(image, severity, rng):
    radius, alias_blur = _DEFOCUS_BLUR[severity - 1]
    kernel = _corrupt.disk_kernel(radius, alias_blur)
    blurred = cv2.filter2D(image, cv2.CV_32F, kernel)
    if blurred.ndim < 3:
        blurred = blurred[:, :, np.newaxis]
    return _corrupt.to_uint8_truncated(blurred, _corrupt.TRUNCATION_EPS)


def _motion_blur(image, severity, rng):
    radius, sigma = _MOTION_BLUR[severity - 1]
    angle = rng.uniform(-45, 45)
    blurred = _corrupt.motion_blur(image, radius, sigma, angle)
    return _corrupt.to_uint8_truncated(blurred, _corrupt.TRUNCATION_EPS)


def _zoom_blur(image, severity, rng):
    zooms = _ZOOM_BLUR[severity - 1]
    base = _as_float(image)
    total = base.copy()
    for zoom in zooms:
        if zoom == 1.0:
            total += base
        else:
            total += _corrupt.clipped_zoom(base, zoom)
    total *= np.float32(1.0 / (len(zooms) + 1))
    return _corrupt.to_uint8_truncated(total, _corrupt.TRUNCATION_EPS)


def _plasma_fractal(mapsize, decay, rng):
    """Draw the displacements of every level and build the fractal."""
    displacements = []
    step, roughness = mapsize, 100.0
    while step >= 2:
        cells = mapsize // step
        # uniform in [-roughness, roughness), scaled by roughness once more
        level = rng.random((3, cells, cells), dtype=np.float32)
        level *= np.float32(2.0 * roughness * roughness)
        level -= np.float32(roughness * roughness)
        displacements.append(level)
        step //= 2
        roughness /= decay
    return _corrupt.plasma_fractal(displacements, mapsize)


def _fog(image, severity, rng):
    strength, decay = _FOG[severity - 1]
    height, width = image.shape[0:2]
    mapsize = 1 << max(int(math.ceil(math.log2(max(height, width)))), 1)
    plasma = _plasma_fractal(mapsize, decay, rng)[:height, :width]
    result = _as_float(image)
    peak = float(image.max()) / 255.0
    result += (np.float32(strength * 255.0) * plasma)[:, :, np.newaxis]
    result *= np.float32(peak / (peak + strength))
    return _corrupt.to_uint8_truncated(result)


@functools.lru_cache(maxsize=8)
def _frost_texture_scaled(index, factor):
    texture = _corrupt.frost_texture(index)
    if factor == 1:
        return texture
    height, width = texture.shape[0:2]
    scaled = cv2.resize(
        texture, (width * factor, height * factor), interpolation=cv2.INTER_CUBIC
    )
    scaled.flags.writeable = False
    return scaled


def _frost(image, severity, rng):
    image_weight, frost_weight = _FROST[severity - 1]
    index = int(rng.integers(0, _corrupt.FROST_NB_TEXTURES))
    height, width = image.shape[0:2]
    tex_h, tex_w = _corrupt.frost_texture(index).shape[0:2]
    factor = max(1, int(math.ceil(max(height / tex_h, width / tex_w))))
    texture = _frost_texture_scaled(index, factor)
    top = int(rng.integers(0, texture.shape[0] - height + 1))
    left = int(rng.integers(0, texture.shape[1] - width + 1))
    crop = texture[top : top + height, left : left + width]
    result = cv2.addWeighted(
        image, float(image_weight), crop, float(frost_weight), 0.0, dtype=cv2.CV_32F
    )
    return _corrupt.to_uint8_truncated(result)


def _snow(image, severity, rng):
    loc, scale, zoom, threshold, radius, sigma, image_weight = _SNOW[severity - 1]
    height, width = image.shape[0:2]
    layer = rng.standard_normal((height, width, 1), dtype=np.float32)
    layer *= np.float32(scale)
    layer += np.float32(loc)
    layer = _corrupt.clipped_zoom(layer, zoom)
    layer[layer < threshold] = 0
    np.clip(layer, 0, 1, out=layer)
    angle = rng.uniform(-135, -45)
    layer = _corrupt.motion_blur(layer, radius, sigma, angle)
    # the layer is stored as uint8 in between (rounded)
    layer = np.rint(layer * np.float32(255.0))
    flakes = layer + np.rot90(layer, k=2)
    rgb = _as_float(image)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)[:, :, np.newaxis]
    brightened = np.maximum(rgb, gray * np.float32(1.5) + np.float32(0.5 * 255.0))
    result = rgb * np.float32(image_weight)
    result += brightened * np.float32(1.0 - image_weight)
    result += flakes
    return _corrupt.to_uint8_truncated(result)


def _spatter(image, severity, rng):
    loc, scale, sigma, threshold, intensity, mud = _SPATTER[severity - 1]
    height, width = image.shape[0:2]
    liquid = rng.standard_normal((height, width), dtype=np.float32)
    liquid *= np.float32(scale)
    liquid += np.float32(loc)
    liquid = _corrupt.blur_gaussian_like_scipy(liquid, sigma)
    liquid[liquid < threshold] = 0
    rgb = _as_float(image)
    if not mud:
        liquid_u8 = np.clip(liquid * 255, 0, 255).astype(np.uint8)
        # distance to the drops' edges, flattened and embossed
        dist = cv2.distanceTransform(
            255 - cv2.Canny(liquid_u8, 50, 150), cv2.DIST_L2, 5
        )
        _, dist = cv2.threshold(dist, 20, 20, cv2.THRESH_TRUNC)
        dist = cv2.equalizeHist(cv2.blur(dist, (3, 3)).astype(np.uint8))
        emboss = np.float32([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]])
        dist = cv2.filter2D(dist, cv2.CV_8U, emboss)
        dist = cv2.blur(dist, (3, 3)).astype(np.float32)
        mask = liquid_u8.astype(np.float32) * dist
        peak = float(mask.max())
        if peak > 0:
            mask *= np.float32(intensity / peak)
        rgb += mask[:, :, np.newaxis] * _WATER_COLOR
    else:
        mask = (liquid > threshold).astype(np.float32)
        mask = _corrupt.blur_gaussian_like_scipy(mask, intensity)
        mask[mask < 0.8] = 0
        mask = mask[:, :, np.newaxis]
        rgb *= 1.0 - mask
        rgb += mask * _MUD_COLOR
    return _corrupt.to_uint8_truncated(rgb)


def _contrast(image, severity, rng):
    factor = _CONTRAST[severity - 1]
    nb_channels = image.shape[2]
    means = np.float64(cv2.mean(image)[0:nb_channels]) / 255.0
    values = np.arange(256, dtype=np.float64)[:, np.newaxis] / 255.0
    table = np.clip((values - means) * factor + means, 0, 1) * 255
    return _lut.apply_lut(image, table.astype(np.uint8))


def _brightness(image, severity, rng):
    return _corrupt.adjust_hsv_uint8(image, 1.0, 0.0, _BRIGHTNESS[severity - 1])


def _saturate(image, severity, rng):
    factor, addend = _SATURATE[severity - 1]
    return _corrupt.adjust_hsv_uint8(image, factor, addend, 0.0)


def _jpeg_compression(image, severity, rng):
    return _corrupt.jpeg_roundtrip(image, _JPEG_COMPRESSION[severity - 1])


def _pixelate(image, severity, rng):
    return _corrupt.pixelate_box(image, _PIXELATE[severity - 1])


def _elastic_transform(image, severity, rng):
    alpha = _ELASTIC_TRANSFORM[severity - 1]
    height, width = image.shape[0:2]
    sigma = (0.01 * height, 0.01 * width)
    max_shift = 0.005 * height
    maps = []
    for grid in (
        np.arange(width, dtype=np.float32)[np.newaxis, :],
        np.arange(height, dtype=np.float32)[:, np.newaxis],
    ):
        noise = rng.uniform(-max_shift, max_shift, (height, width)).astype(np.float32)
        shift = _corrupt.blur_gaussian_like_scipy(
            noise, sigma, mode="reflect", truncate=3.0
        )
        shift *= np.float32(alpha)
        maps.append(shift + grid)
    warped = cv2.remap(
        _as_float(image),
        maps[0],
        maps[1],
        interpolation=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REFLECT,
    )
    if warped.ndim < 3:
        warped = warped[:, :, np.newaxis]
    return _corrupt.to_uint8_truncated(warped, _corrupt.TRUNCATION_EPS)


#: corruptions that draw no random numbers: they get no RNG (``rng=None``)
_WITHOUT_RANDOMNESS = frozenset(
    (
        _gaussian_blur,
        _defocus_blur,
        _zoom_blur,
        _contrast,
        _brightness,
        _saturate,
        _jpeg_compression,
        _pixelate,
    )
)


# ---------------------------------------------------------------- public functions
def get_corruption_names(subset="common"):
    """Return the names of the corruptions of a subset and their functions.

    Parameters
    ----------
    subset : {"common", "validation", "all"}, optional
        ``"common"`` are the 15 corruptions of the ImageNet-C benchmark,
        ``"validation"`` the four held-out ones (speckle noise, gaussian blur,
        spatter, saturate), ``"all"`` both.

    Returns
    -------
    list of str
        Names of the corruptions.
    list of callable
        The matching ``apply_<name>`` functions of this module.

    Examples
    --------
    >>> names, funcs = get_corruption_names("validation")
    >>> names
    ['speckle_noise', 'gaussian_blur', 'spatter', 'saturate']
    >>> funcs[0].__name__
    'apply_speckle_noise'

    """
    if not isinstance(subset, str) or subset not in _SUBSETS:
        raise InvalidValueError(
            f"Expected argument 'subset' to be one of {sorted(_SUBSETS)}, got "
            f"{subset!r}."
        )
    names = list(_SUBSETS[subset])
    module_globals = globals()
    return names, [module_globals[f"apply_{name}"] for name in names]


_FUNCTION_DOC = """

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    {arg} : ndarray
        uint8 image of shape ``(H, W)``, ``(H, W, 1)`` or ``(H, W, 3)`` with
        ``H >= 32`` and ``W >= 32``.
    severity : int, optional
        Strength of the corruption in ``[1, 5]``.
    seed : None or int, optional
        Seed of the random numbers. ``None`` draws them from imgaug's global RNG.

    Returns
    -------
    ndarray
        The corrupted image, a new uint8 array of the input's shape.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((32, 32, 3), 128, dtype=np.uint8)
    >>> {name}(image, severity=3, seed=1).shape
    (32, 32, 3)

"""


def _with_function_doc(func):
    """Append the sections shared by all ``apply_*`` functions to the docstring."""
    arg = "image" if func.__name__ == "apply_elastic_transform" else "x"
    func.__doc__ = func.__doc__.rstrip() + _FUNCTION_DOC.format(
        arg=arg, name=func.__name__
    )
    return func


@_with_function_doc
def apply_gaussian_noise(x, severity=1, seed=None):
    """Add gaussian noise (ImageNet-C ``gaussian_noise``)."""
    return _apply(_gaussian_noise, x, severity, seed)


@_with_function_doc
def apply_shot_noise(x, severity=1, seed=None):
    """Replace values by Poisson photon counts (ImageNet-C ``shot_noise``)."""
    return _apply(_shot_noise, x, severity, seed)


@_with_function_doc
def apply_impulse_noise(x, severity=1, seed=None):
    """Set random values to 0 or 255 (ImageNet-C ``impulse_noise``)."""
    return _apply(_impulse_noise, x, severity, seed)


@_with_function_doc
def apply_speckle_noise(x, severity=1, seed=None):
    """Multiply values by gaussian noise around 1 (``speckle_noise``)."""
    return _apply(_speckle_noise, x, severity, seed)


@_with_function_doc
def apply_gaussian_blur(x, severity=1, seed=None):
    """Blur with a gaussian kernel (ImageNet-C ``gaussian_blur``)."""
    return _apply(_gaussian_blur, x, severity, seed)


@_with_function_doc
def apply_glass_blur(x, severity=1, seed=None):
    """Blur, shuffle pixels locally, blur again (ImageNet-C ``glass_blur``)."""
    return _apply(_glass_blur, x, severity, seed)


@_with_function_doc
def apply_defocus_blur(x, severity=1, seed=None):
    """Blur with a disk kernel like a defocused lens (``defocus_blur``)."""
    return _apply(_defocus_blur, x, severity, seed)


@_with_function_doc
def apply_motion_blur(x, severity=1, seed=None):
    """Smear along a random direction (ImageNet-C ``motion_blur``)."""
    return _apply(_motion_blur, x, severity, seed)


@_with_function_doc
def apply_zoom_blur(x, severity=1, seed=None):
    """Average zoomed-in copies of the image (ImageNet-C ``zoom_blur``)."""
    return _apply(_zoom_blur, x, severity, seed)


@_with_function_doc
def apply_fog(x, severity=1, seed=None):
    """Add plasma-fractal fog and darken (ImageNet-C ``fog``)."""
    return _apply(_fog, x, severity, seed)


@_with_function_doc
def apply_frost(x, severity=1, seed=None):
    """Blend in an ice-crystal texture (ImageNet-C ``frost``)."""
    return _apply(_frost, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_snow(x, severity=1, seed=None):
    """Add motion-blurred snowflakes and brighten (ImageNet-C ``snow``)."""
    return _apply(_snow, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_spatter(x, severity=1, seed=None):
    """Add water drops or mud splashes (ImageNet-C ``spatter``)."""
    return _apply(_spatter, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_contrast(x, severity=1, seed=None):
    """Pull values towards the channel means (ImageNet-C ``contrast``)."""
    return _apply(_contrast, x, severity, seed)


@_with_function_doc
def apply_brightness(x, severity=1, seed=None):
    """Increase the HSV value (ImageNet-C ``brightness``)."""
    return _apply(_brightness, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_saturate(x, severity=1, seed=None):
    """Scale the HSV saturation (ImageNet-C ``saturate``)."""
    return _apply(_saturate, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_jpeg_compression(x, severity=1, seed=None):
    """Compress as a low-quality JPEG (``jpeg_compression``)."""
    return _apply(_jpeg_compression, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_pixelate(x, severity=1, seed=None):
    """Downscale and upscale with a box filter (ImageNet-C ``pixelate``)."""
    return _apply(_pixelate, x, severity, seed, needs_rgb=True)


@_with_function_doc
def apply_elastic_transform(image, severity=1, seed=None):
    """Displace pixels by a smooth random field (``elastic_transform``)."""
    return _apply(_elastic_transform, image, severity, seed, arg_name="image")


# ---------------------------------------------------------------- augmenters
class _CorruptionSamples:
    __slots__ = ("severities", "seeds")

    def __init__(self, severities, seeds):
        self.severities = severities  # (N,) int
        self.seeds = seeds  # (N,) int32


class _ImgcorruptAugmenterBase(_SampledAugmenter):
    """Apply one corruption function with a severity sampled per image.

    Parameters
    ----------
    func : callable
        ``func(image, severity=s, seed=seed)``; subclasses pass their module
        function, looked up when augmenting (so that patching it works).
    severity : int or tuple of int or list of int or StochasticParameter, optional
        Severity per image in ``[1, 5]``: an int is always used, a tuple
        ``(a, b)`` samples from ``[a, b]``, a list samples its entries.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True
    #: name of the module function applied by a subclass
    _FUNC_NAME = None

    def __init__(
        self,
        func,
        severity=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if func is not None and not callable(func):
            raise InvalidTypeError(
                f"Expected argument 'func' to be callable, got {type(func).__name__}."
            )
        self.func = func
        self.severity = iap.handle_discrete_param(
            severity,
            "severity",
            value_range=(1, 5),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )

    def _get_func(self):
        if self.func is not None:
            return self.func
        return globals()[self._FUNC_NAME]

    # sampling order: severity (N,), seeds (N,)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        severities = self.severity.draw_samples((nb_rows,), random_state=random_state)
        seeds = random_state.generate_seeds_(nb_rows)
        return _CorruptionSamples(severities, seeds)

    def _augment_images_by_samples(self, images, samples):
        func = self._get_func()
        results = []
        for i, image in enumerate(images):
            if image.size == 0:
                results.append(image)
                continue
            results.append(
                func(
                    image,
                    severity=int(samples.severities[i]),
                    seed=int(samples.seeds[i]),
                )
            )
        if isinstance(images, np.ndarray):
            return np.stack(results) if results else images
        images[:] = results
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.severity]


_AUGMENTER_DOC = """

    Applies :func:`{func}` with a severity sampled per image.

    Supported dtypes
    ----------------
    See :func:`{func}`: ``uint8`` only; images of at least 32x32 pixels with
    1 or 3 channels (zero-sized images pass through unchanged).

    Parameters
    ----------
    severity : int or tuple of int or list of int or StochasticParameter, optional
        Strength of the corruption per image, in ``[1, 5]``: an int is always used,
        a tuple ``(a, b)`` samples uniformly from ``[a, b]``, a list samples its
        entries.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.imgcorruptlike.{name}(severity=2, seed=1)
    >>> aug(image=np.full((32, 32, 3), 128, dtype=np.uint8)).shape
    (32, 32, 3)

"""


class _ImgcorruptAugmenter(_ImgcorruptAugmenterBase):
    """Base of the public augmenters: the 0.4.0 constructor, `_FUNC_NAME` applied."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__doc__ = cls.__doc__.rstrip() + _AUGMENTER_DOC.format(
            func=cls._FUNC_NAME, name=cls.__name__
        )

    def __init__(
        self,
        severity=(1, 5),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            None,
            severity=severity,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class GaussianNoise(_ImgcorruptAugmenter):
    """Add ImageNet-C gaussian noise."""

    _FUNC_NAME = "apply_gaussian_noise"


class ShotNoise(_ImgcorruptAugmenter):
    """Add ImageNet-C shot (Poisson) noise."""

    _FUNC_NAME = "apply_shot_noise"


class ImpulseNoise(_ImgcorruptAugmenter):
    """Add ImageNet-C impulse (salt and pepper) noise."""

    _FUNC_NAME = "apply_impulse_noise"


class SpeckleNoise(_ImgcorruptAugmenter):
    """Add ImageNet-C speckle noise."""

    _FUNC_NAME = "apply_speckle_noise"


class GaussianBlur(_ImgcorruptAugmenter):
    """Blur images as ImageNet-C's gaussian blur does."""

    _FUNC_NAME = "apply_gaussian_blur"


class GlassBlur(_ImgcorruptAugmenter):
    """Blur images as ImageNet-C's glass blur does."""

    _FUNC_NAME = "apply_glass_blur"


class DefocusBlur(_ImgcorruptAugmenter):
    """Blur images as ImageNet-C's defocus blur does."""

    _FUNC_NAME = "apply_defocus_blur"


class MotionBlur(_ImgcorruptAugmenter):
    """Blur images as ImageNet-C's motion blur does."""

    _FUNC_NAME = "apply_motion_blur"


class ZoomBlur(_ImgcorruptAugmenter):
    """Blur images as ImageNet-C's zoom blur does."""

    _FUNC_NAME = "apply_zoom_blur"


class Fog(_ImgcorruptAugmenter):
    """Add ImageNet-C fog."""

    _FUNC_NAME = "apply_fog"


class Frost(_ImgcorruptAugmenter):
    """Add ImageNet-C frost."""

    _FUNC_NAME = "apply_frost"


class Snow(_ImgcorruptAugmenter):
    """Add ImageNet-C snow."""

    _FUNC_NAME = "apply_snow"


class Spatter(_ImgcorruptAugmenter):
    """Add ImageNet-C spatter (water drops or mud)."""

    _FUNC_NAME = "apply_spatter"


class Contrast(_ImgcorruptAugmenter):
    """Reduce the contrast as ImageNet-C does."""

    _FUNC_NAME = "apply_contrast"


class Brightness(_ImgcorruptAugmenter):
    """Increase the brightness as ImageNet-C does."""

    _FUNC_NAME = "apply_brightness"


class Saturate(_ImgcorruptAugmenter):
    """Change the saturation as ImageNet-C does."""

    _FUNC_NAME = "apply_saturate"


class JpegCompression(_ImgcorruptAugmenter):
    """Apply ImageNet-C JPEG compression."""

    _FUNC_NAME = "apply_jpeg_compression"


class Pixelate(_ImgcorruptAugmenter):
    """Pixelate images as ImageNet-C does."""

    _FUNC_NAME = "apply_pixelate"


class ElasticTransform(_ImgcorruptAugmenter):
    """Apply ImageNet-C's elastic transformation to images (only).

    Batches that also contain other augmentables raise a ``ValueError`` (as
    0.4.0 did): use :class:`imgaug.augmenters.geometric.ElasticTransformation`,
    which moves them along.
    """

    _FUNC_NAME = "apply_elastic_transform"

    def _augment_batch_(self, batch, random_state, parents, hooks):
        others = [name for name in batch.get_column_names() if name != "images"]
        if others:
            raise InvalidValueError(
                "imgcorruptlike.ElasticTransform can only augment images, but the "
                f"batch also contains {others}; use "
                "imgaug.augmenters.geometric.ElasticTransformation for them."
            )
        return super()._augment_batch_(batch, random_state, parents, hooks)
