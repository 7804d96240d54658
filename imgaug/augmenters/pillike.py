"""Augmenters and functions that give the same results as Pillow (PIL).

Reached as ``iaa.pillike.<Name>`` (the module is not star-imported, so its
``Solarize``, ``Posterize`` and ``Affine`` do not replace the top-level ones).
Every function returns exactly what the Pillow operation named in its docstring
returns for the same uint8 image, but none of them calls Pillow: lookup tables,
OpenCV and numpy reproduce Pillow's arithmetic (its rounding included) and are
several times faster than converting to and from ``PIL.Image``.

Images may be ``(H, W)`` or ``(H, W, C)``. Three channels are treated as RGB and
four as RGBA (the alpha channel is kept where Pillow keeps it); other channel
counts, which Pillow has no mode for, are processed channel by channel as
grayscale images.

List of augmenters:

* :class:`Solarize`
* :class:`Posterize`
* :class:`Equalize`
* :class:`Autocontrast`
* :class:`EnhanceColor`
* :class:`EnhanceContrast`
* :class:`EnhanceBrightness`
* :class:`EnhanceSharpness`
* :class:`FilterBlur`
* :class:`FilterSmooth`
* :class:`FilterSmoothMore`
* :class:`FilterEdgeEnhance`
* :class:`FilterEdgeEnhanceMore`
* :class:`FilterFindEdges`
* :class:`FilterContour`
* :class:`FilterEmboss`
* :class:`FilterSharpen`
* :class:`FilterDetail`
* :class:`Affine`

"""

from __future__ import annotations

import math
from numbers import Integral

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import coords as _coords
from imgaug._kernels import cv2util
from imgaug._kernels import lut as _lut
from imgaug._kernels import pil as _pil
from imgaug._kernels import warp as _warp
from imgaug.augmenters import arithmetic, color, contrast, geometric
from imgaug.augmenters import size as _size
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "solarize_",
    "solarize",
    "posterize_",
    "posterize",
    "equalize",
    "equalize_",
    "autocontrast",
    "enhance_color",
    "enhance_contrast",
    "enhance_brightness",
    "enhance_sharpness",
    "filter_blur",
    "filter_smooth",
    "filter_smooth_more",
    "filter_edge_enhance",
    "filter_edge_enhance_more",
    "filter_find_edges",
    "filter_contour",
    "filter_emboss",
    "filter_sharpen",
    "filter_detail",
    "warp_affine",
    "Solarize",
    "Posterize",
    "Equalize",
    "Autocontrast",
    "EnhanceColor",
    "EnhanceContrast",
    "EnhanceBrightness",
    "EnhanceSharpness",
    "FilterBlur",
    "FilterSmooth",
    "FilterSmoothMore",
    "FilterEdgeEnhance",
    "FilterEdgeEnhanceMore",
    "FilterFindEdges",
    "FilterContour",
    "FilterEmboss",
    "FilterSharpen",
    "FilterDetail",
    "Affine",
]

_VALUES = np.arange(256, dtype=np.int32)


# ---------------------------------------------------------------- validation


def _check_image(image):
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image).__name__}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'image' to have shape (H, W) or (H, W, C), got {image.shape}."
        )


def _check_uint8(image):
    if image.dtype != np.uint8:
        raise InvalidValueError(
            "Expected 'image' to have dtype uint8 (Pillow's 8-bit images), got "
            f"{image.dtype.name}."
        )


def _check_number(value, name):
    if type(value) in (int, float) and math.isfinite(value):
        return value  # the common case, checked fast
    if not ia.is_single_number(value):
        raise InvalidTypeError(
            f"Expected '{name}' to be a number, got {type(value).__name__}."
        )
    if not math.isfinite(value):
        raise InvalidValueError(f"Expected '{name}' to be finite, got {value}.")
    return value


def _nb_channels(image):
    return 1 if image.ndim == 2 else image.shape[2]


def _apply_table(image, table):
    """Apply a ``(256,)`` or ``(256, C)`` uint8 table into a new array (one pass)."""
    if table.ndim == 1 and image.size > 0:
        # one table: the byte translator where installed, else cv2.LUT
        return _lut.apply_table(image, table)
    if image.ndim == 3 and image.shape[2] > cv2util.get_max_channels():
        return _lut.apply_lut(image, table)  # in channel chunks
    if image.ndim == 3 and table.ndim == 2:
        table = table[np.newaxis]
    # route: tests/perf/test_pil_perf.py::test_apply_table
    result = cv2.LUT(cv2util.contiguous(image), np.ascontiguousarray(table))
    return result.reshape(image.shape)


# ---------------------------------------------------------------- functions


def solarize_(image, threshold=128):
    """Invert all values at or above a threshold, in place where possible.

    Same as ``PIL.ImageOps.solarize`` for uint8 images.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (values ``>= int(threshold)`` are inverted)
    * ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``, ``int32``,
      ``int64``, ``float16``, ``float32``, ``float64``, ``float128``, ``bool``:
      yes; tested (1)

    - (1) Values ``>= threshold`` are inverted within the dtype's value range:
      ``max - v`` for unsigned ints, ``-v - 1`` for signed ints, ``-v`` for
      floats and ``not v`` for bools.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image. Changed in place if it is writeable.
    threshold : None or number, optional
        Values at or above it are inverted; ``None`` inverts all values.

    Returns
    -------
    ndarray
        The solarized image (possibly the input array).

    Examples
    --------
    >>> import numpy as np
    >>> solarize_(np.array([[0, 127, 128, 255]], dtype=np.uint8)).tolist()
    [[0, 127, 127, 0]]

    """
    _check_image(image)
    if threshold is not None:
        _check_number(threshold, "threshold")
    if image.size == 0:
        return image
    return _invert_where_(image, threshold)


def solarize(image, threshold=128):
    """Invert all values at or above a threshold (``PIL.ImageOps.solarize``).

    Supported dtypes
    ----------------
    See :func:`solarize_`.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed.
    threshold : None or number, optional
        Values at or above it are inverted; ``None`` inverts all values.

    Returns
    -------
    ndarray
        New solarized image.

    Examples
    --------
    >>> import numpy as np
    >>> solarize(np.array([[10, 200]], dtype=np.uint8), threshold=100).tolist()
    [[10, 55]]

    """
    _check_image(image)
    if threshold is not None:
        _check_number(threshold, "threshold")
    if image.dtype == np.uint8 and image.size > 0:
        return _solarize_uint8(image, threshold, out=None)
    return solarize_(np.copy(image), threshold=threshold)


def _invert_where_(image, threshold):
    """Invert values ``>= threshold`` (all for ``None``).

    Works in place if `image` is writeable.
    """
    if image.dtype == np.uint8:
        return _solarize_uint8(image, threshold, out=_writeable_or_none(image))
    if not image.flags["WRITEABLE"]:
        image = np.copy(image)
    if image.dtype.kind == "f":
        inverted = np.negative(image)
    else:
        inverted = np.invert(image)  # max - v (unsigned), -v - 1 (signed), not v
    if threshold is None:
        image[...] = inverted
    else:
        np.copyto(image, inverted, where=image >= threshold)
    return image


def _writeable_or_none(image):
    """`image` if it can be written through a 2D view of its rows, else None."""
    flags = image.flags
    return image if flags["WRITEABLE"] and flags["C_CONTIGUOUS"] else None


def _rows(image):
    """Return the image as a C-contiguous ``(H, W * C)`` array (view if possible)."""
    return cv2util.contiguous(image).reshape(image.shape[0], -1)


def _solarize_uint8(image, threshold, out):
    """Invert values ``>= int(threshold)`` of a uint8 image (into `out` if given).

    ``255 - v`` is ``v XOR 255``: a threshold mask (255 where inverted) and one
    XOR, two SIMD passes instead of a lookup table.
    """
    rows = _rows(image)
    # route: tests/perf/test_pil_perf.py::test_solarize_uint8
    if threshold is None:
        mask = 255
    else:
        mask = cv2.threshold(rows, int(threshold) - 1, 255, cv2.THRESH_BINARY)[1]
    dst = None if out is None else out.reshape(rows.shape)
    if isinstance(mask, int):
        result = cv2.bitwise_not(rows, dst=dst)
    else:
        result = cv2.bitwise_xor(rows, mask, dst=dst)
    return result.reshape(image.shape) if out is None else out


def _check_bits(bits):
    if not ia.is_single_number(bits) or isinstance(bits, bool):
        raise InvalidTypeError(
            f"Expected 'bits' to be an integer, got {type(bits).__name__}."
        )
    if not (float(bits).is_integer() and 1 <= bits <= 8):
        raise InvalidValueError(
            f"Expected 'bits' to be an integer in [1, 8], got {bits}."
        )
    return int(bits)


def posterize_(image, bits):
    """Keep only the `bits` most significant bits of every value, in place.

    Same as ``PIL.ImageOps.posterize``.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image. Changed in place if it is writeable.
    bits : int
        Number of bits to keep, ``1`` to ``8`` (``8`` keeps the image).

    Returns
    -------
    ndarray
        The posterized image (possibly the input array).

    Examples
    --------
    >>> import numpy as np
    >>> posterize_(np.array([[7, 100, 255]], dtype=np.uint8), 3).tolist()
    [[0, 96, 224]]

    """
    _check_image(image)
    bits = _check_bits(bits)
    if image.size == 0:
        return image
    _check_uint8(image)
    # route: tests/perf/test_pil_perf.py::test_posterize_uint8
    out = _writeable_or_none(image)
    return np.bitwise_and(image, np.uint8(0xFF << (8 - bits) & 0xFF), out=out)


def posterize(image, bits):
    """Keep only the `bits` most significant bits (``PIL.ImageOps.posterize``).

    Supported dtypes
    ----------------
    See :func:`posterize_`.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed.
    bits : int
        Number of bits to keep, ``1`` to ``8``.

    Returns
    -------
    ndarray
        New posterized image.

    Examples
    --------
    >>> import numpy as np
    >>> posterize(np.array([[200]], dtype=np.uint8), 1).tolist()
    [[128]]

    """
    _check_image(image)
    bits = _check_bits(bits)
    if image.size == 0:
        return np.copy(image)
    _check_uint8(image)
    # route: tests/perf/test_pil_perf.py::test_posterize_uint8
    return np.bitwise_and(image, np.uint8(0xFF << (8 - bits) & 0xFF))


def _check_mask(mask, image):
    if mask is None:
        return None
    if not isinstance(mask, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'mask' to be None or a numpy array, got {type(mask).__name__}."
        )
    if mask.dtype not in (np.uint8, np.bool_):
        raise InvalidValueError(
            f"Expected 'mask' to have dtype uint8 (or bool), got {mask.dtype.name}."
        )
    if mask.shape != image.shape[0:2]:
        raise InvalidValueError(
            f"Expected 'mask' to have shape {image.shape[0:2]} (the image's height "
            f"and width), got {mask.shape}."
        )
    return mask.view(np.uint8) if mask.dtype == np.bool_ else mask


def equalize(image, mask=None):
    """Equalize the histogram of every channel (``PIL.ImageOps.equalize``).

    Supported dtypes
    ----------------
    See :func:`equalize_`.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed.
    mask : None or ndarray, optional
        See :func:`equalize_`.

    Returns
    -------
    ndarray
        New equalized image.

    Examples
    --------
    >>> import numpy as np
    >>> row = np.array([0, 0, 50, 50, 100, 100, 100, 200], dtype=np.uint8)
    >>> equalize(np.tile(row, (40, 1)))[0].tolist()
    [0, 0, 80, 80, 160, 160, 160, 255]

    """
    _check_image(image)
    if image.size == 0:
        return np.copy(image)
    _check_uint8(image)
    mask = _check_mask(mask, image)
    tables = _pil.equalize_tables(_pil.histograms(image, mask))
    return _apply_channel_tables(image, tables)


def equalize_(image, mask=None):
    """Equalize the histogram of every channel, in place where possible.

    Same as ``PIL.ImageOps.equalize``: each channel gets the lookup table that
    spreads its histogram (of the pixels where `mask` is not zero) evenly over
    ``0..255``; channels with a single value stay unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image (any channel count; each channel is
        equalized on its own). Changed in place if it is writeable.
    mask : None or ndarray, optional
        ``(H, W)`` uint8 (or bool) array; only pixels where it is not zero count
        for the histograms. All pixels are changed.

    Returns
    -------
    ndarray
        The equalized image (possibly the input array).

    Examples
    --------
    >>> import numpy as np
    >>> row = np.array([0, 0, 50, 50, 100, 100, 100, 200], dtype=np.uint8)
    >>> equalize_(np.tile(row, (40, 1)))[0].tolist()
    [0, 0, 80, 80, 160, 160, 160, 255]

    Tiny images (fewer than 255 pixels besides the brightest value) stay
    unchanged, as in Pillow:

    >>> equalize_(np.array([[0, 50, 50, 100]], dtype=np.uint8)).tolist()
    [[0, 50, 50, 100]]

    """
    _check_image(image)
    if image.size == 0:
        return image
    _check_uint8(image)
    mask = _check_mask(mask, image)
    tables = _pil.equalize_tables(_pil.histograms(image, mask))
    return _apply_channel_tables_(image, tables)


def _iter_channels(image):
    if image.ndim == 2:
        yield image
    else:
        for channel in range(image.shape[2]):
            yield image[:, :, channel]


def _stack_tables(tables):
    """One ``(256,)`` or ``(256, C)`` table from per-channel tables or ``None``."""
    if all(table is None for table in tables):
        return None
    tables = [_VALUES.astype(np.uint8) if t is None else t for t in tables]
    return tables[0] if len(tables) == 1 else np.stack(tables, axis=-1)


def _apply_channel_tables_(image, tables):
    """Apply one table per channel (``None``: unchanged); in place if writeable."""
    table = _stack_tables(tables)
    if table is None:
        return image
    if image.flags["WRITEABLE"]:
        return _lut.apply_lut_(image, table)
    return _apply_table(image, table)


def _apply_channel_tables(image, tables):
    """Apply one table per channel (``None``: unchanged) into a new array."""
    if all(table is None for table in tables):
        return np.copy(image)
    if _has_planes(image):
        # route: tests/perf/test_pil_perf.py::test_channel_tables_on_planes
        planes = cv2.split(cv2util.contiguous(image))
        for plane, table in zip(planes, tables):
            if table is not None:
                _lut.apply_table(plane, table, out=plane)
        return cv2.merge(planes)
    return _apply_table(image, _stack_tables(tables))


def _has_planes(image):
    """Whether `image` is mapped as separate planes (2 to 4 channels).

    One table per plane goes through the byte translator (or ``cv2.LUT`` with
    one table, 1.7x faster than with one table per channel): splitting, mapping
    the planes in place and merging beats ``cv2.LUT`` with a table per channel.
    """
    return image.ndim == 3 and 2 <= image.shape[2] <= 4


def _check_cutoff(cutoff):
    values = cutoff if isinstance(cutoff, tuple) else (cutoff, cutoff)
    if len(values) != 2 or not all(ia.is_single_number(v) for v in values):
        raise InvalidTypeError(
            f"Expected 'cutoff' to be a number or a tuple of two numbers, got "
            f"{cutoff!r}."
        )
    if not all(0 <= v <= 100 for v in values):
        raise InvalidValueError(
            f"Expected 'cutoff' to contain percentages in [0, 100], got {cutoff!r}."
        )
    return values


def _check_ignore(ignore):
    if ignore is None:
        return []
    values = [ignore] if ia.is_single_number(ignore) else ignore
    if not ia.is_iterable(values) or not all(
        isinstance(v, Integral) and not isinstance(v, bool) for v in values
    ):
        raise InvalidTypeError(
            f"Expected 'ignore' to be None, an int or a list of ints, got {ignore!r}."
        )
    return [int(v) for v in values]


def autocontrast(image, cutoff=0, ignore=None):
    """Stretch every channel to the full value range (``ImageOps.autocontrast``).

    Per channel, the darkest and brightest value left after removing `cutoff`
    percent of the pixels from each end of the histogram become ``0`` and
    ``255``; values in between are scaled linearly.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image (any channel count); not changed.
    cutoff : number or tuple of number, optional
        Percent of pixels to ignore at the dark and at the bright end of each
        histogram (a tuple gives the two ends separately).
    ignore : None or int or list of int, optional
        Background values that do not count for the histograms.

    Returns
    -------
    ndarray
        New image.

    Examples
    --------
    >>> import numpy as np
    >>> autocontrast(np.array([[50, 100, 150]], dtype=np.uint8)).tolist()
    [[0, 127, 255]]

    """
    _check_image(image)
    cutoff = _check_cutoff(cutoff)
    ignore = _check_ignore(ignore)
    if image.size == 0:
        return np.copy(image)
    _check_uint8(image)
    return _autocontrast_per_channel(image, [cutoff] * _nb_channels(image), ignore)


def _autocontrast_per_channel(image, cutoffs, ignore):
    """Autocontrast with one ``(low, high)`` cutoff per channel, into a new array."""
    lows, highs = _pil.autocontrast_bounds(_pil.histograms(image), cutoffs, ignore)
    bounds = list(zip(lows.tolist(), highs.tolist()))
    if all(low < 0 for low, _ in bounds):
        return np.copy(image)
    image = cv2util.contiguous(image)
    if len(set(bounds)) == 1:
        # one map for all channels: the image as one plane
        plane = image.reshape(image.shape[0], -1)
        return _stretch(plane, *bounds[0]).reshape(image.shape)
    if _has_planes(image):
        planes = cv2.split(image)
        for plane, (low, high) in zip(planes, bounds):
            if low >= 0:
                _stretch(plane, low, high, dst=plane)
        return cv2.merge(planes)
    tables = [
        None if low < 0 else _pil.autocontrast_lut(low, high) for low, high in bounds
    ]
    return _apply_table(image, _stack_tables(tables))


def _stretch(plane, low, high, dst=None):
    """Map a uint8 plane through the autocontrast table of `low`..`high`.

    Into `dst` (which may be `plane`) or a new array; the table is affine, which
    lets `imgaug._kernels.lut.apply_affine_table` use OpenCV's scaling where the
    byte translator is missing.
    """
    scale = 255.0 / (high - low)
    table = _pil.autocontrast_lut(low, high)
    # route: tests/perf/test_pil_perf.py::test_autocontrast_planes
    return _lut.apply_affine_table(plane, table, scale, -low * scale, out=dst)


def _prepare_enhance(image, factor):
    _check_image(image)
    _check_number(factor, "factor")
    if image.size == 0:
        return False
    _check_uint8(image)
    return True


def enhance_color(image, factor):
    """Change the colour saturation (``PIL.ImageEnhance.Color``).

    Blends the image with its grayscale version: ``0`` gives the grayscale
    image, ``1`` the original, larger values oversaturate.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed. Images without three
        colour channels (1, 2 or more than 4 channels) come back unchanged; the
        alpha channel of RGBA images is kept.
    factor : number
        Blending factor.

    Returns
    -------
    ndarray
        New image.

    Examples
    --------
    >>> import numpy as np
    >>> enhance_color(np.array([[[255, 0, 0]]], dtype=np.uint8), 0.0).tolist()
    [[[76, 76, 76]]]

    """
    if not _prepare_enhance(image, factor) or _nb_channels(image) not in (3, 4):
        return np.copy(image)
    if factor == 1.0:
        return np.copy(image)
    gray = _pil.luminance(image)
    # the degenerate image keeps the alpha channel, and blending a value with
    # itself keeps it
    alpha = [image[:, :, 3]] if image.shape[2] == 4 else []
    degenerate = cv2.merge([gray, gray, gray] + alpha)
    return _pil.blend_images(degenerate, image, factor)


def _pil_mean(gray):
    """Pillow's rounded mean (``ImageStat``) of a uint8 array."""
    (hist,) = _pil.histograms(gray)
    total = int(hist @ np.arange(256, dtype=np.int64))
    return int(total / gray.size + 0.5)


def enhance_contrast(image, factor):
    """Change the contrast (``PIL.ImageEnhance.Contrast``).

    Blends the image with a gray image of its mean brightness: ``0`` gives that
    gray image, ``1`` the original, larger values increase the contrast.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed. RGB(A) images blend
        with the mean of their grayscale version (alpha kept); other channel
        counts with the mean of each channel.
    factor : number
        Blending factor.

    Returns
    -------
    ndarray
        New image.

    Examples
    --------
    >>> import numpy as np
    >>> enhance_contrast(np.array([[0, 100]], dtype=np.uint8), 0.5).tolist()
    [[25, 75]]

    """
    if not _prepare_enhance(image, factor) or factor == 1.0:
        return np.copy(image)
    nb_channels = _nb_channels(image)
    if nb_channels in (3, 4):
        row = _pil.blend_row(_pil_mean(_pil.luminance(image)), factor)
        if nb_channels == 3:
            return _apply_table(image, row)
        identity = _VALUES.astype(np.uint8)
        return _apply_table(image, np.stack([row, row, row, identity], axis=-1))
    tables = [
        _pil.blend_row(_pil_mean(channel), factor) for channel in _iter_channels(image)
    ]
    table = tables[0] if len(tables) == 1 else np.stack(tables, axis=-1)
    return _apply_table(image, table)


def enhance_brightness(image, factor):
    """Change the brightness (``PIL.ImageEnhance.Brightness``).

    Blends the image with a black image: ``0`` gives black, ``1`` the original,
    larger values brighten.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed. The alpha channel of
        RGBA images is kept.
    factor : number
        Blending factor.

    Returns
    -------
    ndarray
        New image.

    Examples
    --------
    >>> import numpy as np
    >>> enhance_brightness(np.array([[10, 100, 200]], dtype=np.uint8), 1.5).tolist()
    [[15, 150, 255]]

    """
    if not _prepare_enhance(image, factor) or factor == 1.0:
        return np.copy(image)
    row = _pil.blend_row(0, factor)
    if _nb_channels(image) == 4:
        identity = _VALUES.astype(np.uint8)
        return _apply_table(image, np.stack([row, row, row, identity], axis=-1))
    return _apply_table(image, row)


def enhance_sharpness(image, factor):
    """Change the sharpness (``PIL.ImageEnhance.Sharpness``).

    Blends the image with its ``ImageFilter.SMOOTH`` version: ``0`` gives the
    smoothed image, ``1`` the original, ``2`` a sharpened one.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; not changed. The alpha channel of
        RGBA images is kept; the one-pixel border stays unchanged.
    factor : number
        Blending factor.

    Returns
    -------
    ndarray
        New image.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((3, 3), dtype=np.uint8)
    >>> image[1, 1] = 130
    >>> int(enhance_sharpness(image, 0.0)[1, 1])
    50

    """
    if not _prepare_enhance(image, factor) or factor == 1.0:
        return np.copy(image)
    smoothed = _pil.apply_filter(image, "SMOOTH")
    if _nb_channels(image) == 4:
        smoothed[:, :, 3] = image[:, :, 3]
    return _pil.blend_images(smoothed, image, factor)


def _filter(image, name):
    _check_image(image)
    if image.size == 0:
        return np.copy(image)
    _check_uint8(image)
    return _pil.apply_filter(image, name)


_FILTER_DOC = """Apply ``PIL.ImageFilter.{name}`` to an image.

    {what} Like Pillow, the outer {border} of the image stay
    unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image (any channel count; each channel is
        filtered on its own); not changed.

    Returns
    -------
    ndarray
        New filtered image.

    Examples
    --------
    >>> import numpy as np
    >>> {func}(np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """


def _make_filter_function(func_name, pil_name, what):
    def func(image):
        return _filter(image, pil_name)

    size = _pil.FILTERS[pil_name][0]
    border = "pixel row and column" if size == 3 else "two pixel rows and columns"
    func.__name__ = func.__qualname__ = func_name
    func.__module__ = __name__
    func.__doc__ = _FILTER_DOC.format(
        name=pil_name, what=what, border=border, func=func_name
    )
    return func


filter_blur = _make_filter_function(
    "filter_blur", "BLUR", "Blurs with a 5x5 ring of ones (centre excluded)."
)
filter_smooth = _make_filter_function(
    "filter_smooth", "SMOOTH", "Smooths with a 3x3 kernel weighting the centre 5."
)
filter_smooth_more = _make_filter_function(
    "filter_smooth_more", "SMOOTH_MORE", "Smooths with a 5x5 kernel (stronger)."
)
filter_edge_enhance = _make_filter_function(
    "filter_edge_enhance", "EDGE_ENHANCE", "Enhances edges (3x3 kernel)."
)
filter_edge_enhance_more = _make_filter_function(
    "filter_edge_enhance_more",
    "EDGE_ENHANCE_MORE",
    "Enhances edges strongly (3x3 kernel).",
)
filter_find_edges = _make_filter_function(
    "filter_find_edges", "FIND_EDGES", "Keeps only edges (3x3 Laplacian-like kernel)."
)
filter_contour = _make_filter_function(
    "filter_contour", "CONTOUR", "Draws dark contours on white (3x3 kernel)."
)
filter_emboss = _make_filter_function(
    "filter_emboss", "EMBOSS", "Embosses the image around gray 128 (3x3 kernel)."
)
filter_sharpen = _make_filter_function(
    "filter_sharpen", "SHARPEN", "Sharpens the image (3x3 kernel)."
)
filter_detail = _make_filter_function(
    "filter_detail", "DETAIL", "Enhances details (3x3 kernel)."
)


# ---------------------------------------------------------------- affine


def _compute_affine_matrix(
    height, width, scale_x, scale_y, translate_x_px, translate_y_px, rotate_deg,
    shear_x_deg, shear_y_deg, center,
):  # fmt: skip
    """Return the float32 forward matrix of `warp_affine` (continuous pixel coords).

    ``D . Tr . S . Sh . R . C``: move `center` to the origin, rotate, shear
    (``tanh`` of the angles, as 0.4.0), scale, translate and move back.
    """
    center_x, center_y = width * center[0], height * center[1]
    rotate = math.radians(rotate_deg)
    # rotation by -rotate in the matrix form [[cos, sin], [-sin, cos]]
    cos, sin = math.cos(-rotate), math.sin(-rotate)
    matrices = _IDENTITY_MATRICES.copy()
    matrices[0, 0:2, 2] = (center_x, center_y)
    matrices[1, 0:2, 2] = (translate_x_px, translate_y_px)
    matrices[2, 0, 0] = max(scale_x, 1e-4)
    matrices[2, 1, 1] = max(scale_y, 1e-4)
    matrices[3, 0, 1] = math.tanh(math.radians(shear_x_deg))
    matrices[3, 1, 0] = math.tanh(math.radians(shear_y_deg))
    matrices[4, 0:2, 0:2] = ((cos, sin), (-sin, cos))
    matrices[5, 0:2, 2] = (-center_x, -center_y)
    # float32 products in this order, as 0.4.0 (the results match it exactly)
    result = matrices[0]
    for matrix in matrices[1:]:
        result = result @ matrix
    return result


_IDENTITY_MATRICES = np.tile(np.eye(3, dtype=np.float32), (6, 1, 1))


def _pil_coefficients(matrix):
    """Return the ``Image.transform`` data (two rows of the inverse) of `matrix`."""
    return tuple(np.linalg.inv(matrix)[0:2].reshape(6).tolist())


def _fill_values(fillcolor, nb_channels):
    """One fill value per channel, as Pillow interprets `fillcolor`."""
    if fillcolor is None:
        return (0,) * nb_channels
    if ia.is_single_number(fillcolor):
        value = int(fillcolor)
        if nb_channels == 1:
            return (min(max(value, 0), 255),)
        # Pillow reads an int as packed little-endian RGBA bytes
        packed = [(value >> (8 * i)) & 0xFF for i in range(4)]
        return tuple((packed + [0] * nb_channels)[0:nb_channels])
    values = [min(max(int(v), 0), 255) for v in fillcolor]
    if nb_channels == 4 and len(values) == 3:
        values.append(255)  # opaque, as Pillow fills RGBA from an RGB colour
    return tuple((values + [0] * nb_channels)[0:nb_channels])


def _check_fillcolor(fillcolor):
    if fillcolor is None or ia.is_single_number(fillcolor):
        return
    if (
        not ia.is_iterable(fillcolor)
        or isinstance(fillcolor, str)
        or len(fillcolor) == 0
        or not all(ia.is_single_number(v) for v in fillcolor)
    ):
        raise InvalidTypeError(
            "Expected 'fillcolor' to be None, a number or a non-empty sequence of "
            f"numbers, got {fillcolor!r}."
        )


def _check_center(center):
    if (
        not isinstance(center, (tuple, list))
        or len(center) != 2
        or not all(ia.is_single_number(v) for v in center)
    ):
        raise InvalidTypeError(
            f"Expected 'center' to be a tuple of two numbers, got {center!r}."
        )


def warp_affine(
    image,
    scale_x=1.0,
    scale_y=1.0,
    translate_x_px=0,
    translate_y_px=0,
    rotate_deg=0,
    shear_x_deg=0,
    shear_y_deg=0,
    fillcolor=None,
    center=(0.5, 0.5),
):
    """Scale, translate, rotate and shear an image as ``Image.transform`` does.

    The transformation (around `center`) is rotation, shear, scaling and
    translation, in that order; the image is resampled with nearest neighbour
    interpolation exactly as ``PIL.Image.transform(size, AFFINE, data,
    fillcolor=fillcolor)`` with ``data`` the inverse of that matrix.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image (any channel count); not changed.
    scale_x, scale_y : number, optional
        Zoom factors (at least ``1e-4`` is used).
    translate_x_px, translate_y_px : number, optional
        Translation in pixels.
    rotate_deg : number, optional
        Rotation in degrees; positive values rotate clockwise on screen.
    shear_x_deg, shear_y_deg : number, optional
        Shear angles in degrees (applied through ``tanh``, as in 0.4.0).
    fillcolor : None or number or sequence of number, optional
        Colour of pixels that come from outside the image, as Pillow reads it:
        ``None`` is black (also alpha ``0``); a sequence gives the channel values
        (an RGB sequence makes the alpha of RGBA images ``255``, missing
        channels get ``0``); a number fills a grayscale image but is read as
        packed RGBA bytes for colour images (so ``0 <= value <= 255`` fills
        only the first channel). Values are truncated to ints and clipped to
        ``[0, 255]``.
    center : tuple of number, optional
        ``(x, y)`` centre of rotation, shear and scaling relative to the image
        width and height (``(0.5, 0.5)`` is the image centre).

    Returns
    -------
    ndarray
        New warped image of the input's shape.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.arange(9, dtype=np.uint8).reshape((3, 3))
    >>> warp_affine(image, translate_x_px=1).tolist()
    [[0, 0, 1], [0, 3, 4], [0, 6, 7]]

    """
    _check_image(image)
    for name, value in (
        ("scale_x", scale_x),
        ("scale_y", scale_y),
        ("translate_x_px", translate_x_px),
        ("translate_y_px", translate_y_px),
        ("rotate_deg", rotate_deg),
        ("shear_x_deg", shear_x_deg),
        ("shear_y_deg", shear_y_deg),
    ):
        _check_number(value, name)
    _check_fillcolor(fillcolor)
    _check_center(center)
    if image.size == 0:
        return np.copy(image)
    _check_uint8(image)
    height, width = image.shape[0:2]
    matrix = _compute_affine_matrix(
        height, width, scale_x, scale_y, translate_x_px, translate_y_px,
        rotate_deg, shear_x_deg, shear_y_deg, center,
    )  # fmt: skip
    fill = _fill_values(fillcolor, _nb_channels(image))
    return _pil.transform_affine(image, _pil_coefficients(matrix), fill)


# ---------------------------------------------------------------- samples


class _FactorSamples:
    __slots__ = ("factors",)

    def __init__(self, factors):
        self.factors = factors  # (N,) float


class _PillikeAffineSamples:
    __slots__ = (
        "scale_x",
        "scale_y",
        "translate_x",
        "translate_y",
        "translate_unit",
        "rotate",
        "shear_x",
        "shear_y",
        "cval",
        "center_x",
        "center_y",
    )

    def __init__(self, scale_x, scale_y, translate_x, translate_y, translate_unit,
                 rotate, shear_x, shear_y, cval, center_x, center_y):  # fmt: skip
        self.scale_x = scale_x
        self.scale_y = scale_y
        self.translate_x = translate_x
        self.translate_y = translate_y
        self.translate_unit = translate_unit  # "px" or "percent"
        self.rotate = rotate
        self.shear_x = shear_x
        self.shear_y = shear_y
        self.cval = cval  # (N, 3)
        self.center_x = center_x
        self.center_y = center_y

    def matrix(self, i, image_shape):
        """Forward matrix of row `i` in continuous pixel coordinates of the image."""
        height, width = image_shape[0:2]
        translate_x, translate_y = self.translate_x[i], self.translate_y[i]
        if self.translate_unit == "percent":
            translate_x, translate_y = translate_x * width, translate_y * height
        return _compute_affine_matrix(
            height, width, float(self.scale_x[i]), float(self.scale_y[i]),
            float(translate_x), float(translate_y), float(self.rotate[i]),
            float(self.shear_x[i]), float(self.shear_y[i]),
            (float(self.center_x[i]), float(self.center_y[i])),
        )  # fmt: skip


def _matrix_for_array(matrix, image_shape, arr_shape):
    """Conjugate an image matrix to an array of another resolution."""
    scale = np.diag(
        [arr_shape[1] / image_shape[1], arr_shape[0] / image_shape[0], 1.0]
    ).astype(np.float64)
    return scale @ matrix.astype(np.float64) @ np.linalg.inv(scale)


# ---------------------------------------------------------------- augmenters


class Solarize(arithmetic.Invert):
    """Invert all values at or above a threshold (``PIL.ImageOps.solarize``).

    An :class:`imgaug.augmenters.arithmetic.Invert` with ``per_channel=False``,
    no custom value range and ``invert_above_threshold=True`` (as in 0.4.0); it
    has the same attributes and parameters. Unlike ``iaa.Solarize``, the
    default threshold is the constant ``128``.

    Supported dtypes
    ----------------
    See :func:`solarize_`.

    Parameters
    ----------
    p : float or StochasticParameter, optional
        Probability of solarizing an image.
    threshold : None or number or tuple or list or StochasticParameter, optional
        Values ``>= threshold`` are inverted (uint8 images compare with
        ``int(threshold)``). A tuple ``(a, b)`` samples from ``[a, b)`` per image,
        a list one of its entries. ``None`` inverts all values.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[10, 130, 250]]], dtype=np.uint8)
    >>> iaa.pillike.Solarize(threshold=128)(image=image).tolist()
    [[[10, 125, 5]]]
    >>> aug = iaa.pillike.Solarize(p=0.5, threshold=(32, 128))

    """

    def __init__(
        self,
        p=1.0,
        threshold=128,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            p=p,
            per_channel=False,
            min_value=None,
            max_value=None,
            threshold=threshold,
            invert_above_threshold=True,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Posterize(color.Posterize):
    """Keep only the most significant bits of every value (``ImageOps.posterize``).

    An alias of :class:`imgaug.augmenters.color.Posterize`
    (``UniformColorQuantizationToNBits``), as in 0.4.0: the number of bits is
    sampled per image; images may be quantized in another colorspace and at a
    smaller size.

    Supported dtypes
    ----------------
    See :class:`imgaug.augmenters.color.UniformColorQuantizationToNBits`.

    Parameters
    ----------
    nb_bits, from_colorspace, to_colorspace, max_size, interpolation : optional
        See :class:`imgaug.augmenters.color.UniformColorQuantizationToNBits`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[7, 100, 255]]], dtype=np.uint8)
    >>> iaa.pillike.Posterize(nb_bits=3)(image=image).tolist()
    [[[0, 96, 224]]]
    >>> aug = iaa.pillike.Posterize((1, 7))

    """


class Equalize(_SampledAugmenter):
    """Equalize the histogram of every channel (``PIL.ImageOps.equalize``).

    Supported dtypes
    ----------------
    See :func:`equalize_`.

    Parameters
    ----------
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> row = np.array([0, 0, 50, 50, 100, 100, 100, 200], dtype=np.uint8)
    >>> image = np.tile(row, (40, 1))[:, :, np.newaxis]
    >>> iaa.pillike.Equalize()(image=image)[0, :, 0].tolist()
    [0, 0, 80, 80, 160, 160, 160, 255]

    """

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )

    def _augment_images_by_samples(self, images, samples):
        # one pass per image into a new array (via the module global, so that
        # patching equalize takes effect)
        results = [None if image.size == 0 else equalize(image) for image in images]
        return geometric._to_images_container(images, results)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return []


class Autocontrast(contrast._ContrastFuncWrapper):
    """Stretch every channel to the full value range (``ImageOps.autocontrast``).

    A contrast function wrapper (like ``iaa.GammaContrast``) around
    :func:`autocontrast`, as in 0.4.0.

    Supported dtypes
    ----------------
    See :func:`autocontrast`.

    Parameters
    ----------
    cutoff : int or tuple of int or list of int or StochasticParameter, optional
        Percent of pixels ignored at the dark and at the bright end of each
        histogram, ``0`` to ``49``. A tuple ``(a, b)`` samples from ``[a, b]``
        per image (or channel), a list one of its entries.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample the cutoff per channel (and stretch each channel with
        its own cutoff). A float ``p`` does so for ``p * 100`` percent of the
        images.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[50], [100], [150]]], dtype=np.uint8)
    >>> iaa.pillike.Autocontrast(cutoff=0)(image=image)[:, :, 0].tolist()
    [[0, 127, 255]]
    >>> aug = iaa.pillike.Autocontrast((10, 20), per_channel=True)

    """

    def __init__(
        self,
        cutoff=(0, 20),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        cutoff = iap.handle_discrete_param(
            cutoff,
            "cutoff",
            value_range=(0, 49),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            func=autocontrast,
            params1d=[cutoff],
            per_channel=per_channel,
            dtypes_allowed=iadt._UINT8_ONLY_DTYPES["allowed"],
            dtypes_disallowed=iadt._UINT8_ONLY_DTYPES["disallowed"],
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    @property
    def cutoff(self):
        """The cutoff parameter (percent removed at each histogram end)."""
        return self.params1d[0]

    def _draw_samples(self, batch, random_state):
        samples = super()._draw_samples(batch, random_state)
        # whole percentages in [0, 49], also from parameters that leave the range
        samples.values[0] = np.clip(np.round(samples.values[0]), 0, 49).astype(np.int32)
        return samples


class _EnhanceBase(_SampledAugmenter):
    """Blend images with a degenerate version by one sampled factor per image."""

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        func,
        factor,
        factor_value_range,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.func = func
        self.factor = iap.handle_continuous_param(
            factor,
            "factor",
            value_range=factor_value_range,
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: factor (N,)
    def _draw_samples(self, batch, random_state):
        factors = self.factor.draw_samples((batch.nb_rows,), random_state=random_state)
        return _FactorSamples(factors)

    def _augment_images_by_samples(self, images, samples):
        results = [
            None if image.size == 0 else self.func(image, float(samples.factors[i]))
            for i, image in enumerate(images)
        ]
        return geometric._to_images_container(images, results)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.factor]


class EnhanceColor(_EnhanceBase):
    """Change the colour saturation (``PIL.ImageEnhance.Color``).

    Supported dtypes
    ----------------
    See :func:`enhance_color`.

    Parameters
    ----------
    factor : number or tuple or list or StochasticParameter, optional
        ``0`` gives grayscale images, ``1`` the originals, larger values
        oversaturate. Sampled once per image: a tuple ``(a, b)`` from ``[a, b)``, a
        list one of its entries. Must not be negative.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.full((4, 4, 3), 100, dtype=np.uint8)
    >>> iaa.pillike.EnhanceColor(1.5)(image=image).shape
    (4, 4, 3)

    """

    def __init__(
        self,
        factor=(0.0, 3.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            func=enhance_color,
            factor=factor,
            factor_value_range=(0.0, None),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class EnhanceContrast(_EnhanceBase):
    """Change the contrast (``PIL.ImageEnhance.Contrast``).

    Supported dtypes
    ----------------
    See :func:`enhance_contrast`.

    Parameters
    ----------
    factor : number or tuple or list or StochasticParameter, optional
        ``0`` gives gray images of the mean brightness, ``1`` the originals,
        larger values increase the contrast. Sampled once per image: a tuple
        ``(a, b)`` from ``[a, b)``, a list one of its entries. Not negative.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.full((4, 4, 3), 100, dtype=np.uint8)
    >>> iaa.pillike.EnhanceContrast((0.5, 1.5))(image=image).shape
    (4, 4, 3)

    """

    def __init__(
        self,
        factor=(0.5, 1.5),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            func=enhance_contrast,
            factor=factor,
            factor_value_range=(0.0, None),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class EnhanceBrightness(_EnhanceBase):
    """Change the brightness (``PIL.ImageEnhance.Brightness``).

    Supported dtypes
    ----------------
    See :func:`enhance_brightness`.

    Parameters
    ----------
    factor : number or tuple or list or StochasticParameter, optional
        ``0`` gives black images, ``1`` the originals, larger values brighten.
        Sampled once per image: a tuple ``(a, b)`` from ``[a, b)``, a list one
        of its entries. Must not be negative.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.full((4, 4, 3), 100, dtype=np.uint8)
    >>> iaa.pillike.EnhanceBrightness(0.7)(image=image).shape
    (4, 4, 3)

    """

    def __init__(
        self,
        factor=(0.5, 1.5),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            func=enhance_brightness,
            factor=factor,
            factor_value_range=(0.0, None),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class EnhanceSharpness(_EnhanceBase):
    """Change the sharpness (``PIL.ImageEnhance.Sharpness``).

    Supported dtypes
    ----------------
    See :func:`enhance_sharpness`.

    Parameters
    ----------
    factor : number or tuple or list or StochasticParameter, optional
        ``0`` gives smoothed images, ``1`` the originals, ``2`` sharpened ones.
        Sampled once per image: a tuple ``(a, b)`` from ``[a, b)``, a list one
        of its entries. Must not be negative.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.full((4, 4, 3), 100, dtype=np.uint8)
    >>> iaa.pillike.EnhanceSharpness(2.0)(image=image).shape
    (4, 4, 3)

    """

    def __init__(
        self,
        factor=(0.0, 2.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            func=enhance_sharpness,
            factor=factor,
            factor_value_range=(0.0, None),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class _FilterBase(_SampledAugmenter):
    """Apply one fixed Pillow filter to every image."""

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        func,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.func = func

    def _augment_images_by_samples(self, images, samples):
        results = [None if image.size == 0 else self.func(image) for image in images]
        return geometric._to_images_container(images, results)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return []


_FILTER_CLASS_DOC = """Apply ``PIL.ImageFilter.{pil_name}`` to images.

    Supported dtypes
    ----------------
    See :func:`{func}`.

    Parameters
    ----------
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> iaa.pillike.{name}()(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """


def _filter_class(name, func, pil_name):
    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        _FilterBase.__init__(
            self,
            func=func,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    __init__.__qualname__ = f"{name}.__init__"
    return type(
        name,
        (_FilterBase,),
        {
            "__init__": __init__,
            "__module__": __name__,
            "__qualname__": name,
            "__doc__": _FILTER_CLASS_DOC.format(
                pil_name=pil_name, func=func.__name__, name=name
            ),
        },
    )


FilterBlur = _filter_class("FilterBlur", filter_blur, "BLUR")
FilterSmooth = _filter_class("FilterSmooth", filter_smooth, "SMOOTH")
FilterSmoothMore = _filter_class("FilterSmoothMore", filter_smooth_more, "SMOOTH_MORE")
FilterEdgeEnhance = _filter_class(
    "FilterEdgeEnhance", filter_edge_enhance, "EDGE_ENHANCE"
)
FilterEdgeEnhanceMore = _filter_class(
    "FilterEdgeEnhanceMore", filter_edge_enhance_more, "EDGE_ENHANCE_MORE"
)
FilterFindEdges = _filter_class("FilterFindEdges", filter_find_edges, "FIND_EDGES")
FilterContour = _filter_class("FilterContour", filter_contour, "CONTOUR")
FilterEmboss = _filter_class("FilterEmboss", filter_emboss, "EMBOSS")
FilterSharpen = _filter_class("FilterSharpen", filter_sharpen, "SHARPEN")
FilterDetail = _filter_class("FilterDetail", filter_detail, "DETAIL")


class Affine(geometric.Affine):
    """Scale, translate, rotate and shear images like ``PIL.Image.transform``.

    Parameters are sampled as in ``iaa.Affine`` (same argument forms); images
    are warped with :func:`warp_affine`, i.e. around a sampled `center`, with
    nearest neighbour sampling and Pillow's fill colour rules. Unlike 0.4.0,
    which accepted only images, every augmentable kind is transformed:
    segmentation maps with the same nearest neighbour sampling (at their own
    resolution), heatmaps with bilinear interpolation (filled with ``0``), and
    keypoints, bounding boxes, polygons and line strings exactly.

    Supported dtypes
    ----------------
    See :func:`warp_affine`.

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter or dict, optional
        See :class:`imgaug.augmenters.geometric.Affine`.
    translate_percent : None or number or tuple or list or dict or parameter, optional
        See :class:`imgaug.augmenters.geometric.Affine`.
    translate_px : None or int or tuple or list or dict or parameter, optional
        See :class:`imgaug.augmenters.geometric.Affine`.
    rotate : number or tuple or list or StochasticParameter, optional
        Rotation in degrees; positive values rotate clockwise on screen.
    shear : number or tuple or list or StochasticParameter or dict, optional
        See :class:`imgaug.augmenters.geometric.Affine`.
    fillcolor : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Colour of new pixels, sampled as ``cval`` of ``iaa.Affine``: three values
        per image (RGB), truncated to ints and clipped to ``[0, 255]``.
    center : str or tuple or StochasticParameter, optional
        Centre of rotation, shear and scaling relative to the image size:
        ``(x, y)`` numbers in ``[0, 1]`` and/or parameters, ``"uniform"``,
        ``"normal"``, ``"center"`` or ``"<left|center|right>-<top|center|
        bottom>"`` (as `position` of ``iaa.PadToFixedSize``).
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.arange(9, dtype=np.uint8).reshape((3, 3, 1))
    >>> iaa.pillike.Affine(translate_px={"x": 1})(image=image)[:, :, 0].tolist()
    [[0, 0, 1], [0, 3, 4], [0, 6, 7]]
    >>> aug = iaa.pillike.Affine(rotate=(-20, 20), fillcolor=(0, 256))

    """

    def __init__(
        self,
        scale=1.0,
        translate_percent=None,
        translate_px=None,
        rotate=0.0,
        shear=0.0,
        fillcolor=0,
        center=(0.5, 0.5),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if isinstance(fillcolor, str) and fillcolor == ia.ALL:
            fillcolor = iap.Uniform(0, 255)
        fillcolor = iap.handle_continuous_param(
            fillcolor,
            "fillcolor",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            scale=scale,
            translate_percent=translate_percent,
            translate_px=translate_px,
            rotate=rotate,
            shear=shear,
            order=1,
            cval=fillcolor,
            mode="constant",
            fit_output=False,
            backend="auto",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        try:
            self.center = _size._handle_position_parameter(center)
        except (InvalidTypeError, InvalidValueError) as error:
            raise type(error)(
                f"Invalid argument 'center' (the same forms as 'position' of "
                f"PadToFixedSize are accepted): {error}"
            ) from None

    # sampling order: scale (x, y), translation (x, y), rotation, shear (x, y),
    # fill colour (N, 3), center (x, y or one (N, 2) draw)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        scale_x, scale_y = geometric._draw_xy(self.scale, nb_rows, random_state)
        translate_param = (
            self.translate[0:2] if self.translate[1] is not None else self.translate[0]
        )
        translate_x, translate_y = geometric._draw_xy(
            translate_param, nb_rows, random_state
        )
        rotate = self.rotate.draw_samples((nb_rows,), random_state=random_state)
        if self._shear_param_type == "single-number":
            shear_x = self.shear.draw_samples((nb_rows,), random_state=random_state)
            shear_y = np.zeros((nb_rows,), dtype=np.float32)
        else:
            shear_x, shear_y = geometric._draw_xy(self.shear, nb_rows, random_state)
        cval = self.cval.draw_samples((nb_rows, 3), random_state=random_state)
        center_x, center_y = _size._draw_positions(self.center, nb_rows, random_state)
        return _PillikeAffineSamples(
            scale_x, scale_y, translate_x, translate_y, self.translate[2], rotate,
            shear_x, shear_y, cval, center_x, center_y,
        )  # fmt: skip

    def _augment_images_by_samples(self, images, samples):
        results = []
        for i, image in enumerate(images):
            if image.size == 0:
                results.append(None)
                continue
            height, width = image.shape[0:2]
            translate_x, translate_y = samples.translate_x[i], samples.translate_y[i]
            if samples.translate_unit == "percent":
                translate_x, translate_y = translate_x * width, translate_y * height
            # via the module global, so that patching warp_affine takes effect
            results.append(
                warp_affine(
                    image,
                    scale_x=float(samples.scale_x[i]),
                    scale_y=float(samples.scale_y[i]),
                    translate_x_px=float(translate_x),
                    translate_y_px=float(translate_y),
                    rotate_deg=float(samples.rotate[i]),
                    shear_x_deg=float(samples.shear_x[i]),
                    shear_y_deg=float(samples.shear_y[i]),
                    fillcolor=tuple(int(v) for v in samples.cval[i]),
                    center=(float(samples.center_x[i]), float(samples.center_y[i])),
                )
            )
        return geometric._to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            if arr.size == 0 or 0 in augmentable.shape[0:2]:
                continue
            matrix = _matrix_for_array(
                samples.matrix(i, augmentable.shape), augmentable.shape, arr.shape
            )
            if kind == "heatmaps":
                # pixel-index coordinates are the continuous ones minus 0.5
                shift = _coords.translation_matrix(0.5, 0.5)
                in_index_space = np.linalg.inv(shift) @ matrix @ shift
                arr_aug = _warp.warp_affine(
                    arr, in_index_space, arr.shape, order=1, mode="constant", cval=0
                )
            else:
                # Pillow's nearest neighbour sampling, as for the image
                fill = (0,) * (arr.shape[2] if arr.ndim == 3 else 1)
                arr_aug = _pil.transform_affine(
                    arr.astype(np.int32, copy=False), _pil_coefficients(matrix), fill
                ).astype(arr.dtype, copy=False)
            setattr(augmentable, attr, arr_aug)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            if not kpsoi.keypoints or 0 in kpsoi.shape[0:2]:
                continue
            matrix = samples.matrix(i, kpsoi.shape).astype(np.float64)
            xy = _coords.apply_matrix(kpsoi.to_xy_array(), matrix)
            kpsoi.fill_from_xy_array_(xy)
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.scale,
            self.translate,
            self.rotate,
            self.shear,
            self.cval,
            self.center,
        ]
