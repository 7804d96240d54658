"""Augmenters that change pixel values arithmetically.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched, except for ``Dropout2d`` and ``TotalDropout``,
which also clear the annotations of images they drop completely.

List of augmenters:

* :class:`Add`
* :class:`AddElementwise`
* :class:`AdditiveGaussianNoise`
* :class:`AdditiveLaplaceNoise`
* :class:`AdditivePoissonNoise`
* :class:`Multiply`
* :class:`MultiplyElementwise`
* :class:`Cutout`
* :class:`Dropout`
* :class:`CoarseDropout`
* :class:`Dropout2d`
* :class:`TotalDropout`
* :class:`ReplaceElementwise`
* :class:`SaltAndPepper`
* :class:`ImpulseNoise`
* :class:`CoarseSaltAndPepper`
* :class:`Salt`
* :class:`CoarseSalt`
* :class:`Pepper`
* :class:`CoarsePepper`
* :class:`Invert`
* :class:`Solarize`
* :class:`JpegCompression`

The deprecated function ``ContrastNormalization`` returns a
:class:`imgaug.augmenters.contrast.LinearContrast`.

"""

from __future__ import annotations

import functools
import math
import numbers

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import arith as _arith
from imgaug._kernels import dropout as _dropout
from imgaug._kernels import invert as _invert_kernels
from imgaug._kernels import jpeg as _jpeg
from imgaug._kernels import lut as _lut
from imgaug.augmenters import _pointwise
from imgaug.augmenters import size as _size
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "add_scalar",
    "add_elementwise",
    "multiply_scalar",
    "multiply_elementwise",
    "cutout",
    "cutout_",
    "replace_elementwise_",
    "invert",
    "invert_",
    "solarize",
    "solarize_",
    "compress_jpeg",
    "ContrastNormalization",
    "Add",
    "AddElementwise",
    "AdditiveGaussianNoise",
    "AdditiveLaplaceNoise",
    "AdditivePoissonNoise",
    "Multiply",
    "MultiplyElementwise",
    "Cutout",
    "Dropout",
    "CoarseDropout",
    "Dropout2d",
    "TotalDropout",
    "ReplaceElementwise",
    "SaltAndPepper",
    "ImpulseNoise",
    "CoarseSaltAndPepper",
    "Salt",
    "CoarseSalt",
    "Pepper",
    "CoarsePepper",
    "Invert",
    "Solarize",
    "JpegCompression",
]

# one gate for add_scalar, add_elementwise, multiply_scalar, multiply_elementwise:
# wider dtypes cannot be widened further for the computation
_ARITH_DTYPES = {
    "allowed": ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32"],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float64", "float128"],
}


# ---------------------------------------------------------------- public kernels
def add_scalar(image, value):
    """Add one value, or one value per channel, to an image.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) The value is clipped to the value range of a dtype of its own kind with
    twice the image's itemsize; the result is rounded and clipped to the image
    dtype (floats to their finite range).

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    value : number or ndarray
        The value to add; or a 1D array with one value per channel (then the
        image must be 3D). For ``uint8`` images the value is rounded and clipped
        to ``[-255, 255]`` and the sum saturates at 0 and 255.

    Returns
    -------
    ndarray
        New image with the value added, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> add_scalar(np.array([[0, 100, 250]], dtype=np.uint8), 10).tolist()
    [[10, 110, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    value, _ = _arith.normalize_scalar_value(value, image, "value")
    if image.dtype == np.uint8:
        return _arith.add_uint8(image, value)
    return _arith.add_widened(image, value)


def add_elementwise(image, values):
    """Add an array of values to an image, one value per pixel (and channel).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) As in :func:`add_scalar`. The first 100 values must lie inside the range
    the values are clipped to, otherwise a ``ValueError`` is raised.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    values : ndarray
        Values of shape ``(H,W)``, ``(H,W,1)`` or ``(H,W,C)``; a single channel
        is used for all channels. For ``uint8`` images float values are rounded,
        all values clipped to ``[-255, 255]`` and the sums clipped to
        ``[0, 255]``.

    Returns
    -------
    ndarray
        New image with the values added, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[10, 20]], dtype=np.uint8)
    >>> add_elementwise(image, np.array([[-20, 5]])).tolist()
    [[0, 25]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    values = _arith.normalize_elementwise_values(values, image, "values")
    if image.dtype == np.uint8:
        return _arith.add_elementwise_uint8(image, values)
    return _arith.add_elementwise_widened(image, values)


def multiply_scalar(image, multiplier):
    """Multiply an image by one value, or by one value per channel.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) The multiplier is clipped to the value range of a dtype of its own kind
    with ``max(image itemsize, 2 if float else 1)`` bytes; the product is
    computed in the promoted dtype of image and multiplier, then rounded and
    clipped to the image dtype. Float images may overflow to ``inf``.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    multiplier : number or ndarray
        The multiplier; or a 1D array with one multiplier per channel (then the
        image must be 3D). For ``uint8`` images the product is computed in
        float32, clipped to ``[0, 255]`` and truncated.

    Returns
    -------
    ndarray
        New multiplied image, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> multiply_scalar(np.array([[10, 100, 200]], dtype=np.uint8), 1.5).tolist()
    [[15, 150, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    multiplier, _ = _arith.normalize_scalar_value(multiplier, image, "multiplier")
    if image.dtype == np.uint8:
        return _arith.multiply_uint8(image, multiplier)
    return _arith.multiply_widened(image, multiplier)


def multiply_elementwise(image, multipliers):
    """Multiply an image by an array of multipliers, one per pixel (and channel).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) As in :func:`multiply_scalar`. The first 100 multipliers must lie inside
    the range they are clipped to, otherwise a ``ValueError`` is raised.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    multipliers : ndarray
        Multipliers of shape ``(H,W)``, ``(H,W,1)`` or ``(H,W,C)``; a single
        channel is used for all channels. Bool multipliers act as a mask (pixels
        where they are ``False`` become zero). For ``uint8`` images float
        multipliers are used as float32 and integer ones as integers; products
        are clipped to ``[0, 255]`` and truncated.

    Returns
    -------
    ndarray
        New multiplied image, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[10, 100]], dtype=np.uint8)
    >>> multiply_elementwise(image, np.array([[0.55, 3.0]])).tolist()
    [[5, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    multipliers = _arith.normalize_elementwise_values(multipliers, image, "multipliers")
    if multipliers.dtype.kind == "b":
        # a mask: zero out where False, stay in the image dtype
        result = np.copy(image)
        result *= multipliers
        return result
    if image.dtype == np.uint8:
        return _arith.multiply_elementwise_uint8(image, multipliers)
    return _arith.multiply_elementwise_widened(image, multipliers)


_ALL_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
        "float16",
        "float32",
        "float64",
        "float128",
    ],
    "disallowed": [],
}
_REPLACE_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "int8",
        "int16",
        "int32",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint64", "int64", "float128"],
}
# dtypes invert_ accepts with a custom min_value/max_value
_INVERT_CUSTOM_DTYPES = {
    "allowed": [
        "uint8",
        "uint16",
        "uint32",
        "int8",
        "int16",
        "int32",
        "float16",
        "float32",
    ],
    "disallowed": ["bool", "uint64", "int64", "float64", "float128"],
}
_FILL_MODES = ("constant", "gaussian")


def _check_image(image, name="image"):
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected '{name}' to be a numpy array, got {type(image).__name__}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected '{name}' to have shape (H,W) or (H,W,C), got {image.shape}."
        )


_FLOAT_TYPES = (float, np.float32, np.float64)


def _check_real(value, name, allow_none=False):
    """Return `value` if it is a real number (or None if allowed), else raise."""
    if type(value) in _FLOAT_TYPES:  # fast path for the common case
        if value != value:  # NaN
            raise InvalidValueError(f"Expected '{name}' to be a number, got NaN.")
        return value
    if value is None and allow_none:
        return value
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        accepted = "None or a number" if allow_none else "a number"
        raise InvalidTypeError(
            f"Expected '{name}' to be {accepted}, got {type(value).__name__}."
        )
    if np.isnan(value):
        raise InvalidValueError(f"Expected '{name}' to be a number, got NaN.")
    return value


def cutout(
    image,
    x1,
    y1,
    x2,
    y2,
    fill_mode="constant",
    cval=0,
    fill_per_channel=False,
    seed=None,
):
    """Fill a rectangular area of a copy of an image (see :func:`cutout_`).

    Supported dtypes
    ----------------
    See :func:`cutout_`.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``; not modified.
    x1, y1, x2, y2, fill_mode, cval, fill_per_channel, seed
        See :func:`cutout_`.

    Returns
    -------
    ndarray
        New image with the area filled.

    Examples
    --------
    >>> import numpy as np
    >>> cutout(np.ones((2, 4), dtype=np.uint8), 1, 0, 3, 2, cval=9).tolist()
    [[1, 9, 9, 1], [1, 9, 9, 1]]

    """
    _check_image(image)
    return cutout_(
        np.copy(image),
        x1,
        y1,
        x2,
        y2,
        fill_mode=fill_mode,
        cval=cval,
        fill_per_channel=fill_per_channel,
        seed=seed,
    )


def cutout_(
    image,
    x1,
    y1,
    x2,
    y2,
    fill_mode="constant",
    cval=0,
    fill_per_channel=False,
    seed=None,
):
    """Fill the rectangle ``[y1:y2, x1:x2]`` of an image in place.

    Supported dtypes
    ----------------
    * all dtypes: yes; fully tested (``fill_mode="constant"``)
    * all dtypes: yes; fully tested (``fill_mode="gaussian"``), except
      ``uint64``, ``int64``, ``float128``: limited (1)

    (1) Gaussian values are sampled as float64, so 64-bit integers beyond
    ``2**53`` cannot be reached exactly.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``; changed in place.
    x1, y1, x2, y2 : number
        Corners of the area in pixels; truncated to ints and clipped to the
        image. Nothing happens if the clipped area is empty.
    fill_mode : {"constant", "gaussian"}, optional
        ``"constant"`` fills with `cval`; ``"gaussian"`` with gaussian noise
        around the centre of the value range (``[0, 1]`` for floats and bool)
        with a standard deviation of a sixth of the range, clipped to it (bool:
        ``> 0.5``).
    cval : number or iterable of number, optional
        Fill value of ``"constant"``. With several values and
        `fill_per_channel`, they are repeated/cut to one value per channel;
        otherwise the first one is used. Values are clipped to the dtype's
        range (bool images: any non-zero value is True).
    fill_per_channel : bool or number, optional
        Whether every channel gets its own fill values (a number counts as true
        if it is ``>= 0.5``).
    seed : None or int or imgaug.random.RNG or numpy.random.Generator, optional
        Source of the gaussian noise; None uses the global RNG.

    Returns
    -------
    ndarray
        The image with the area filled (the input array).

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((2, 3, 2), dtype=np.uint8)
    >>> cutout_(image, 0, 0, 2, 1, cval=[10, 20], fill_per_channel=True)[0].tolist()
    [[10, 20], [10, 20], [0, 0]]

    """
    _check_image(image)
    if fill_mode not in _FILL_MODES:
        raise InvalidValueError(
            f"Expected 'fill_mode' to be one of {list(_FILL_MODES)}, got {fill_mode!r}."
        )
    iadt.gate_dtypes(image, augmenter=None, **_ALL_DTYPES)
    for value, name in ((x1, "x1"), (y1, "y1"), (x2, "x2"), (y2, "y2")):
        _check_real(value, name)
    return _fill_area_(
        image, x1, y1, x2, y2, fill_mode, cval, fill_per_channel >= 0.5, seed
    )


def _fill_area_(image, x1, y1, x2, y2, fill_mode, cval, fill_per_channel, seed):
    """`cutout_` after the argument checks (the augmenter's samples are valid)."""
    height, width = image.shape[0:2]
    x1, x2 = min(max(int(x1), 0), width), min(max(int(x2), 0), width)
    y1, y2 = min(max(int(y1), 0), height), min(max(int(y2), 0), height)
    if x1 >= x2 or y1 >= y2:
        return image
    per_channel = image.ndim == 3 and bool(fill_per_channel)
    if fill_mode == "constant":
        values = _get_constant_fill(image, cval, per_channel)
    else:
        rng = iarandom.RNG.create_if_not_rng_(seed)
        values = _get_gaussian_fill(image, (y2 - y1, x2 - x1), per_channel, rng)
    image[y1:y2, x1:x2] = values
    return image


def _cast_fill_values(values, dtype, bool_threshold=None):
    """Cast fill values to `dtype`: ints clipped and truncated, bool as numpy does.

    With `bool_threshold`, bool values are ``values > bool_threshold`` instead of
    ``values != 0``.
    """
    if np.ndim(values) == 0 and dtype.kind in "ui" and dtype.itemsize <= 4:
        # one value: plain Python is ~10x cheaper than the array route below
        low, high = _integer_bounds(dtype)
        return dtype.type(int(min(max(float(values), low), high)))
    values = np.asarray(values, dtype=np.float64)
    if dtype.kind == "b":
        return values != 0 if bool_threshold is None else values > bool_threshold
    return iadt.change_dtype_(values, dtype, clip=True, round=False)


@functools.lru_cache(maxsize=16)
def _integer_bounds(dtype):
    info = np.iinfo(dtype)
    return info.min, info.max


def _get_constant_fill(image, cval, per_channel):
    if not per_channel and (
        type(cval) in _FLOAT_TYPES or isinstance(cval, np.integer | np.floating)
    ):
        # one number (e.g. a sampled int32): what the array route below gives
        return _cast_fill_values(cval, image.dtype)
    values = np.asarray(cval)
    if values.dtype.kind not in "biuf" or values.size == 0:
        raise InvalidTypeError(
            f"Expected 'cval' to be a number or an iterable of numbers, got {cval!r}."
        )
    values = values.ravel()
    if per_channel:
        values = np.resize(values, image.shape[2])  # repeated or cut to C values
    else:
        values = values[0]
    return _cast_fill_values(values, image.dtype)


def _get_gaussian_fill(image, hw, per_channel, rng):
    dtype = image.dtype
    if dtype.kind in "fb":
        min_value, center, max_value = 0.0, 0.5, 1.0
    else:
        min_value, center, max_value = iadt.get_value_range_of_dtype(dtype)
    size = hw + (image.shape[2],) if per_channel else hw
    scale = (float(max_value) - float(min_value)) / 6
    values = rng.normal(float(center), scale, size=size)
    values = np.clip(values, float(min_value), float(max_value))
    values = _cast_fill_values(values, dtype, bool_threshold=0.5)
    if image.ndim == 3 and not per_channel:
        values = values[:, :, np.newaxis]
    return values


def replace_elementwise_(image, mask, replacements):
    """Replace the values of an image where a mask is set, in place.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``uint32``, ``int8``, ``int16``, ``int32``,
      ``float16``, ``float32``, ``float64``, ``bool``: yes; fully tested
    * ``uint64``, ``int64``, ``float128``: no

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``; changed in place.
    mask : ndarray
        Mask of shape ``(H,W)``, ``(H,W,1)`` (used for every channel) or
        ``(H,W,C)``; values ``> 0.5`` (or True) mark what is replaced.
    replacements : number or iterable of number
        The new values, used in order for the marked values (pixel by pixel,
        channel by channel): one per marked value, or a single value for all.
        Floats are rounded for integer and bool images; all values are clipped to
        the image dtype's range.

    Returns
    -------
    ndarray
        The image with the values replaced (the input array, unless it was not
        writeable in which case a copy is returned).

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((1, 3), dtype=np.uint8)
    >>> replace_elementwise_(image, np.array([[1, 0, 1]]), [7.6, 300]).tolist()
    [[8, 0, 255]]

    """
    _check_image(image)
    iadt.gate_dtypes(image, augmenter=None, **_REPLACE_DTYPES)
    mask = _normalize_replace_mask(mask, image)
    values = np.asarray(replacements)
    if values.dtype.kind not in "biuf":
        raise InvalidTypeError(
            "Expected 'replacements' to be a number or an iterable of numbers, got "
            f"{type(replacements).__name__}."
        )
    values = values.ravel()
    if image.dtype.kind in "uib" and values.dtype.kind == "f":
        values = np.round(values)
    if image.dtype.kind == "b":
        values = np.clip(values, 0, 1) > 0.5
    else:
        if image.dtype.kind == "f" and values.dtype.kind != "f":
            values = values.astype(np.float64)  # clipped in float, not in int
        values = iadt.change_dtype_(values, image.dtype, clip=True, round=False)
    return _replace_masked_(image, mask, values)


def _normalize_replace_mask(mask, image):
    """Return `mask` as bool ``(H,W)`` (one per pixel) or of the image's shape."""
    if not isinstance(mask, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'mask' to be a numpy array, got {type(mask).__name__}."
        )
    if mask.dtype.kind != "b":
        if mask.dtype.kind not in "iuf":
            raise InvalidTypeError(
                f"Expected 'mask' to contain numbers or bools, got {mask.dtype.name}."
            )
        mask = mask > 0.5
    nb_channels = image.shape[2] if image.ndim == 3 else 1
    if mask.shape[0:2] != image.shape[0:2] or mask.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'mask' to have shape (H,W), (H,W,1) or (H,W,C) matching the "
            f"image shape {image.shape}, got {mask.shape}."
        )
    if mask.ndim == 3:
        if mask.shape[2] == 1:
            return mask[:, :, 0]
        if image.ndim != 3 or mask.shape[2] != nb_channels:
            raise InvalidValueError(
                f"Expected 'mask' to have 1 or {nb_channels} channels, got shape "
                f"{mask.shape}."
            )
    return mask


def _replace_masked_(image, mask, values):
    """Write `values` (already of the image dtype) where the bool `mask` is set."""
    if not image.flags["WRITEABLE"]:
        image = np.copy(image)
    per_pixel = mask.ndim == 2 and image.ndim == 3
    nb_marked = int(np.count_nonzero(mask)) * (image.shape[2] if per_pixel else 1)
    if values.size not in (1, nb_marked):
        raise InvalidValueError(
            f"Expected 'replacements' to contain one value or one value per marked "
            f"value ({nb_marked}), got {values.size}."
        )
    if per_pixel:
        # one index per marked pixel instead of a mask tiled over the channels
        # route: tests/perf/test_dropout_perf.py::test_replace_per_pixel
        indices = np.flatnonzero(mask)
        rows = (
            image.reshape(-1, image.shape[2]) if image.flags["C_CONTIGUOUS"] else None
        )
        if rows is None:
            image[np.broadcast_to(mask[:, :, np.newaxis], image.shape)] = values
        elif values.size == 1:
            rows[indices] = values
        else:
            rows[indices] = values.reshape(-1, image.shape[2])
        return image
    image[mask] = values
    return image


def invert(
    image, min_value=None, max_value=None, threshold=None, invert_above_threshold=True
):
    """Invert the values of a copy of an image (see :func:`invert_`).

    Supported dtypes
    ----------------
    See :func:`invert_`.

    Parameters
    ----------
    image : ndarray
        Image of any shape; not modified.
    min_value, max_value, threshold, invert_above_threshold
        See :func:`invert_`.

    Returns
    -------
    ndarray
        New inverted image.

    Examples
    --------
    >>> import numpy as np
    >>> invert(np.array([[0, 100, 255]], dtype=np.uint8)).tolist()
    [[255, 155, 0]]

    """
    return _invert(
        image, min_value, max_value, threshold, invert_above_threshold, copy=True
    )


def invert_(
    image, min_value=None, max_value=None, threshold=None, invert_above_threshold=True
):
    """Invert the values of an image within a value range, in place if possible.

    A value ``v`` becomes ``max_value - (v - min_value)``. Without a custom range
    this is ``255 - v`` for ``uint8``, ``~v`` for other integers and bool and
    ``-v`` for floats.

    Supported dtypes
    ----------------
    Without `min_value`/`max_value`:

    * all dtypes: yes; fully tested

    With a custom `min_value` or `max_value`:

    * ``uint8``, ``uint16``, ``uint32``, ``int8``, ``int16``, ``int32``,
      ``float16``, ``float32``: yes; fully tested (1)
    * ``uint64``, ``int64``, ``float64``, ``float128``, ``bool``: no

    (1) ``uint8`` maps ``v`` to ``max - |v - min|``, clipped to ``[min, max]``;
    other dtypes clip the values to ``[min, max]`` first.

    Parameters
    ----------
    image : ndarray
        Image of any shape; changed in place where possible.
    min_value, max_value : None or number, optional
        The value range to invert within; None uses the dtype's minimum/maximum.
        Must satisfy ``dtype min <= min_value < max_value <= dtype max``.
    threshold : None or number, optional
        None inverts every value. Otherwise only values ``>= threshold`` are
        inverted, or only values ``< threshold`` if `invert_above_threshold` is
        false (``uint8`` compares with ``int(threshold)``).
    invert_above_threshold : bool, optional
        Which side of `threshold` is inverted.

    Returns
    -------
    ndarray
        The inverted image (the input array or a new one).

    Examples
    --------
    >>> import numpy as np
    >>> invert_(np.array([[0, 100, 200]], dtype=np.uint8), threshold=150).tolist()
    [[0, 100, 55]]

    """
    return _invert(
        image, min_value, max_value, threshold, invert_above_threshold, copy=False
    )


def _get_invert_range(image, min_value, max_value):
    """Validate the custom range; return ``(min, max, is_full_range)``."""
    _check_real(min_value, "min_value", allow_none=True)
    _check_real(max_value, "max_value", allow_none=True)
    dtype_min, _, dtype_max = iadt.get_value_range_of_dtype(image.dtype)
    if min_value is None and max_value is None:
        return dtype_min, dtype_max, True
    iadt.gate_dtypes(image, augmenter=None, **_INVERT_CUSTOM_DTYPES)
    min_value = dtype_min if min_value is None else min_value
    max_value = dtype_max if max_value is None else max_value
    if min_value < dtype_min:
        raise InvalidValueError(
            f"Expected 'min_value' to be >= {dtype_min} (the minimum of "
            f"{image.dtype.name}), got {min_value!r}."
        )
    if max_value > dtype_max:
        raise InvalidValueError(
            f"Expected 'max_value' to be <= {dtype_max} (the maximum of "
            f"{image.dtype.name}), got {max_value!r}."
        )
    if min_value >= max_value:
        raise InvalidValueError(
            f"Expected 'min_value' to be below 'max_value', got {min_value!r} and "
            f"{max_value!r}."
        )
    is_full = min_value == dtype_min and max_value == dtype_max
    return min_value, max_value, is_full


def _invert(image, min_value, max_value, threshold, invert_above_threshold, copy):
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image).__name__}."
        )
    threshold = _check_real(threshold, "threshold", allow_none=True)
    iadt.gate_dtypes(image, augmenter=None, **_ALL_DTYPES)
    min_value, max_value, is_full = _get_invert_range(image, min_value, max_value)
    if image.size == 0:
        return np.copy(image) if copy else image
    if image.dtype != np.uint8:
        return _invert_kernels.invert_other(
            image, min_value, max_value, is_full, threshold, invert_above_threshold
        )
    if is_full:
        in_place = not copy and image.flags["C_CONTIGUOUS"] and image.flags["WRITEABLE"]
        return _invert_kernels.invert_full_range_uint8(
            image, threshold, invert_above_threshold, out=image if in_place else None
        )
    table = _invert_kernels.invert_tables_uint8(
        int(min_value), int(max_value), threshold, invert_above_threshold
    )
    if copy:
        return _lut.apply_table(image, table)
    return _lut.apply_lut_(image, table)


def solarize(image, threshold=128):
    """Invert the values at or above a threshold in a copy of an image.

    Supported dtypes
    ----------------
    See :func:`invert_` (without a custom range).

    Parameters
    ----------
    image : ndarray
        Image of any shape; not modified.
    threshold : number, optional
        Values ``>= threshold`` are inverted.

    Returns
    -------
    ndarray
        New solarized image.

    Examples
    --------
    >>> import numpy as np
    >>> solarize(np.array([[0, 127, 128, 255]], dtype=np.uint8)).tolist()
    [[0, 127, 127, 0]]

    """
    return invert(image, threshold=threshold)


def solarize_(image, threshold=128):
    """Invert the values at or above a threshold, in place if possible.

    Supported dtypes
    ----------------
    See :func:`invert_` (without a custom range).

    Parameters
    ----------
    image : ndarray
        Image of any shape; changed in place where possible.
    threshold : number, optional
        Values ``>= threshold`` are inverted.

    Returns
    -------
    ndarray
        The solarized image (the input array or a new one).

    Examples
    --------
    >>> import numpy as np
    >>> solarize_(np.array([[0, 200]], dtype=np.uint8), threshold=100).tolist()
    [[0, 55]]

    """
    return invert_(image, threshold=threshold)


def compress_jpeg(image, compression):
    """Compress an image as JPEG and decode it again (in memory).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        uint8 image of shape ``(H,W)``, ``(H,W,1)`` or ``(H,W,3)`` (RGB).
    compression : number
        Strength of the compression in ``[0, 100]``; mapped to the JPEG quality
        ``clip(round(1 + 99 * (1 - compression / 101)), 1, 100)``, i.e. 0 gives
        quality 100 and 100 gives quality 2.

    Returns
    -------
    ndarray
        New image of the input's shape with JPEG artifacts.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((8, 8, 3), 100, dtype=np.uint8)
    >>> compress_jpeg(image, 90).shape
    (8, 8, 3)

    """
    _check_image(image)
    if image.dtype != np.uint8:
        raise InvalidValueError(
            "Expected 'image' to have dtype uint8 for JPEG compression, got "
            f"{image.dtype.name}."
        )
    compression = _check_real(compression, "compression")
    if not 0 <= compression <= 100:
        raise InvalidValueError(
            f"Expected 'compression' to be in the interval [0, 100], got "
            f"{compression!r}."
        )
    if image.size == 0:
        return np.copy(image)
    if image.ndim == 3 and image.shape[2] not in (1, 3):
        raise InvalidValueError(
            "Expected 'image' to have shape (H,W), (H,W,1) or (H,W,3) for JPEG "
            f"compression, got {image.shape}."
        )
    return _jpeg.jpeg_round_trip_uint8(image, _jpeg.get_jpeg_quality(compression))


@ia.deprecated(alt_func="imgaug.contrast.LinearContrast")
def ContrastNormalization(  # noqa: N802 - 0.4.0 name
    alpha=1.0,
    per_channel=False,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Change the contrast of images (deprecated alias of ``LinearContrast``).

    Parameters
    ----------
    alpha : number or tuple of number or list of number or StochasticParameter
        See :class:`imgaug.augmenters.contrast.LinearContrast`.
    per_channel : bool or float or StochasticParameter, optional
        See :class:`imgaug.augmenters.contrast.LinearContrast`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Returns
    -------
    imgaug.augmenters.contrast.LinearContrast
        The augmenter.

    """
    # imported here: contrast is a sibling family module (no import cycle)
    from imgaug.augmenters import contrast as contrast_lib

    return contrast_lib.LinearContrast(
        alpha=alpha,
        per_channel=per_channel,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )


# --------------------------------------------------------------- sample holders
class _ScalarSamples:
    """One value per row and channel, plus whether a row uses all channels."""

    __slots__ = ("values", "per_channel")

    def __init__(self, values, per_channel):
        self.values = values  # (N, C_max)
        self.per_channel = per_channel  # (N,) bool

    def get_row_value(self, i, image):
        """Return the value of row `i`: a scalar or one value per channel."""
        if self.per_channel[i] and image.ndim == 3:
            return self.values[i, 0 : image.shape[2]]
        return self.values[i, 0]


class _ElementwiseSamples:
    """One array of values per row, shaped ``(H,W,C)`` or ``(H,W,1)``."""

    __slots__ = ("values",)

    def __init__(self, values):
        self.values = values  # list of arrays


def _get_nb_channels_max(shapes):
    """Return the largest channel count of the row shapes (at least 1)."""
    return max([shape[2] if len(shape) >= 3 else 1 for shape in shapes] + [1])


def _draw_scalar_samples(batch, random_state, value_param, per_channel_param):
    # sampling order: per_channel (N,), then value (N, C_max)
    nb_rows = batch.nb_rows
    nb_channels_max = _get_nb_channels_max(batch.get_rowwise_shapes())
    per_channel = per_channel_param.draw_samples((nb_rows,), random_state=random_state)
    values = value_param.draw_samples(
        (nb_rows, nb_channels_max), random_state=random_state
    )
    return _ScalarSamples(values, per_channel > 0.5)


def _draw_elementwise_samples(batch, random_state, value_param, per_channel_param):
    # sampling order: per_channel (N,), then per row the values (H, W, C or 1).
    # One values draw per row, not per batch: parameters such as
    # Normal(loc=Uniform(...)) resample their own arguments once per call, so
    # each image gets its own loc/scale only if every row is drawn separately.
    shapes = batch.get_rowwise_shapes()
    per_channel = per_channel_param.draw_samples(
        (batch.nb_rows,), random_state=random_state
    )
    values = []
    for shape, row_per_channel in zip(shapes, per_channel):
        height, width = shape[0:2]
        nb_channels = shape[2] if len(shape) >= 3 else 1
        size = (height, width, nb_channels if row_per_channel > 0.5 else 1)
        values.append(value_param.draw_samples(size, random_state=random_state))
    return _ElementwiseSamples(values)


def _apply_rowwise(images, samples, func, in_place=False):
    """Return ``func(images[i], value_of_row_i)`` per row.

    A list receives the new arrays; an array container gives a new array, or,
    if `in_place` (the batch owns it), gets each result written into its row.
    The input arrays are never written unless `in_place`.
    """
    if in_place and isinstance(images, np.ndarray):
        for i, image in enumerate(images):
            if image.size > 0:
                image[...] = func(image, samples.get_row_value(i, image))
        return images
    results = [
        image if image.size == 0 else func(image, samples.get_row_value(i, image))
        for i, image in enumerate(images)
    ]
    if isinstance(images, np.ndarray):
        return np.stack(results) if results else images
    images[:] = results
    return images


def _scalar_row_tables(images, samples, build_tables):
    """Per-row uint8 tables of `_ScalarSamples` (the ``_pointwise`` protocol).

    `build_tables` maps values of shape ``S`` to tables ``(256, *S)``; row ``i``
    gets one table, or one per channel if it samples per channel.
    """
    tables = build_tables(samples.values)  # (256, N, C_max)
    result = []
    for i, image in enumerate(images):
        nb_channels = image.shape[2] if image.ndim == 3 else 1
        if samples.per_channel[i] and nb_channels > 1:
            result.append(tables[:, i, 0:nb_channels])
        else:
            result.append(tables[:, i, 0])
    return result


def _is_uint8_batch_array(images):
    """Tell whether `images` is a non-empty uint8 ``(N,H,W,C)`` array."""
    return (
        isinstance(images, np.ndarray) and images.dtype == np.uint8 and images.size > 0
    )


def _apply_elementwise(images, samples, func):
    for i, image in enumerate(images):
        if image.size == 0:
            continue
        images[i] = func(image, samples.values[i])
    return images


# ---------------------------------------------------------------- additive noise
# The noise augmenters keep 0.4.0's `value` parameter (Normal, Laplace,
# RandomSign(Poisson)) for get_parameters() and for user code, but sample it
# through the distributions below: per row one draw of the distribution's own
# arguments and one seed. The images hook makes the row's noise from the seed by
# inversion (see imgaug._kernels.arith): uint8 images get the integer offsets
# straight from 16 random bits per value, other dtypes compute the values from
# the same bits plus a fraction each, so every dtype gets the same noise. A
# `value` replaced by another parameter is sampled as AddElementwise does.


def _check_noise_scales(scales, cls_name):
    if not (np.asarray(scales) >= 0).all():
        raise InvalidValueError(
            f"Expected sampled scale of {cls_name} to be >= 0, got "
            f"{float(np.min(scales))!r}."
        )


class _GaussianNoise:
    """Noise ``N(loc, scale)``; arguments ``(loc, scale)`` per row."""

    name = "Normal"
    offsets_cdf = staticmethod(_arith.normal_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.normal_values_from_uniforms)

    # sampling order: loc (N,), scale (N,)
    @classmethod
    def draw_arguments(cls, param, nb_rows, random_state):
        loc = param.loc.draw_samples((nb_rows,), random_state=random_state)
        scale = param.scale.draw_samples((nb_rows,), random_state=random_state)
        _check_noise_scales(scale, cls.name)
        arguments = np.empty((nb_rows, 2), dtype=np.float64)
        arguments[:, 0] = loc
        arguments[:, 1] = scale
        return arguments

    @staticmethod
    def get_constant(arguments):
        """Return the value of a row without randomness (else None)."""
        loc, scale = arguments
        return np.float32(loc) if scale == 0 else None


class _LaplaceNoise(_GaussianNoise):
    """Noise ``Laplace(loc, scale)``; arguments ``(loc, scale)`` per row."""

    name = "Laplace"
    offsets_cdf = staticmethod(_arith.laplace_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.laplace_values_from_uniforms)


class _SignedPoissonNoise:
    """Noise ``RandomSign(Poisson(lam))``; arguments ``(lam, p_positive)`` per row."""

    offsets_cdf = staticmethod(_arith.signed_poisson_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.signed_poisson_values_from_uniforms)

    # sampling order: lam (N,)
    @staticmethod
    def draw_arguments(param, nb_rows, random_state):
        lam = param.other_param.lam.draw_samples((nb_rows,), random_state=random_state)
        lam = np.maximum(np.asarray(lam, dtype=np.float64), 0.0)
        p_positive = np.full(nb_rows, float(param.p_positive))
        return np.stack([lam, p_positive], axis=1)

    @staticmethod
    def get_constant(arguments):
        """Return the value of a row without randomness (else None)."""
        return np.int32(0) if arguments[0] == 0 else None


def _get_noise_distribution(param):
    """Return the distribution class that samples `param`, or None."""
    param_type = type(param)
    if param_type is iap.Normal:
        return _GaussianNoise
    if param_type is iap.Laplace:
        return _LaplaceNoise
    if param_type is iap.RandomSign and type(param.other_param) is iap.Poisson:
        return _SignedPoissonNoise
    return None


class _NoiseSamples:
    """Per row: per-channel flag, distribution arguments and a seed.

    With ``values`` set instead (a parameter of another type), one array of
    values per row drawn as for :class:`AddElementwise`.
    """

    __slots__ = ("distribution", "per_channel", "arguments", "seeds", "values")

    def __init__(
        self,
        distribution=None,
        per_channel=None,
        arguments=None,
        seeds=None,
        values=None,
    ):
        self.distribution = distribution
        self.per_channel = per_channel  # (N,) bool
        self.arguments = arguments  # (N, 2) float64
        self.seeds = seeds  # (N,) int32
        self.values = values  # list of arrays, or None


def _draw_noise_samples(batch, random_state, value_param, per_channel_param):
    distribution = _get_noise_distribution(value_param)
    if distribution is None:
        samples = _draw_elementwise_samples(
            batch, random_state, value_param, per_channel_param
        )
        return _NoiseSamples(values=samples.values)
    # sampling order: per_channel (N,), the distribution's arguments, seeds (N,)
    nb_rows = batch.nb_rows
    per_channel = per_channel_param.draw_samples((nb_rows,), random_state=random_state)
    arguments = distribution.draw_arguments(value_param, nb_rows, random_state)
    seeds = random_state.generate_seeds_(nb_rows)
    return _NoiseSamples(distribution, per_channel > 0.5, arguments, seeds)


# bit generators whose raw output uses all 64 bits of a word
_FULL_WORD_BIT_GENERATORS = (
    np.random.SFC64,
    np.random.PCG64,
    np.random.PCG64DXSM,
    np.random.Philox,
)


def _draw_bits_uint16(rng, size):
    """Draw uniform uint16 values of shape `size` from `rng` (an imgaug RNG)."""
    return _draw_bits_uint16_np(rng.generator, size)


def _draw_bits_uint16_np(generator, size):
    """Draw uniform uint16 values of shape `size` (a tuple) from a numpy generator."""
    bit_generator = generator.bit_generator
    if type(bit_generator) in _FULL_WORD_BIT_GENERATORS:
        # four values per raw 64 bit word: ~2x faster than integers(dtype=uint16)
        # route: tests/perf/test_arithmetic_perf.py::test_draw_bits_uint16
        count = math.prod(size)
        words = bit_generator.random_raw((count + 3) // 4)
        # little-endian order: the same values on every platform
        words = words.astype("<u8", copy=False)
        return words.view("<u2")[0:count].reshape(size)
    return iarandom.polyfill_integers(
        generator, 0, _arith.NOISE_BUCKETS, size=size, dtype=np.uint16
    )


@functools.lru_cache(maxsize=16)
def _get_offsets_table(distribution, arguments):
    """Return read-only ``(table, cdf, constant)`` of a row's arguments (a tuple).

    A table depends only on the arguments and costs more than the noise of a small
    image, so the last few are kept across rows and calls (fixed scales repeat).
    """
    cdf = distribution.offsets_cdf(*arguments)
    table = _arith.build_offsets_table(cdf)
    cdf.flags.writeable = False
    table.flags.writeable = False
    return table, cdf, _arith.get_constant_offset(table)


def _make_row_noise(image, samples, i):
    """Return the noise of row `i`: int16 offsets (uint8) or values; or a scalar.

    A scalar (a number, not an array) means the same value for every pixel.
    """
    distribution = samples.distribution
    # Python floats: the table cache hashes them faster than numpy scalars
    arguments = tuple(samples.arguments[i].tolist())
    constant = distribution.get_constant(arguments)
    if constant is not None:
        return constant
    table, cdf, constant_offset = _get_offsets_table(distribution, arguments)
    is_uint8 = image.dtype == np.uint8
    if is_uint8 and constant_offset is not None:
        return constant_offset
    shape = image.shape
    nb_channels = shape[2] if len(shape) == 3 and samples.per_channel[i] else 1
    size = (shape[0], shape[1], nb_channels)
    # sampling order: bits (size), fractions of the mixed values, other fractions
    generator = iarandom.convert_seed_to_generator(int(samples.seeds[i]))
    bits = _draw_bits_uint16_np(generator, size)
    offsets, mixed = _arith.offsets_from_bits(table, bits)
    mixed_fractions = iarandom.polyfill_random(generator, mixed.size, np.float64)
    if is_uint8:
        # 16 random bits per value pick the offset: ~4x faster than float32
        # normal samples, ~25x faster than Poisson ones
        # route: tests/perf/test_arithmetic_perf.py::test_noise_offsets_uint8
        return _arith.resolve_mixed_offsets_(offsets, mixed, bits, cdf, mixed_fractions)
    fractions = iarandom.polyfill_random(generator, size, np.float64)
    uniforms = _arith.get_noise_uniforms(bits, fractions, mixed, mixed_fractions)
    return distribution.values_from_uniforms(*arguments, uniforms)


def _add_noise_to_row(image, samples, i, out):
    """Return image `i` plus its noise (in `out` if given, else a new array)."""
    if samples.values is not None:
        return _store(add_elementwise(image, samples.values[i]), out)
    noise = _make_row_noise(image, samples, i)
    if image.dtype != np.uint8:
        if not isinstance(noise, np.ndarray):
            size = image.shape[0:2] + (1,)
            noise = np.full(size, noise, dtype=np.asarray(noise).dtype)
        return _store(add_elementwise(image, noise), out)
    if not isinstance(noise, np.ndarray):
        # no randomness left: one saturating scalar add
        return _arith.add_uint8(image, np.asarray(noise), out=out)
    return _arith.add_offsets_saturated_uint8(image, noise, out=out)


def _store(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def _augment_images_with_noise(images, samples, in_place=False):
    """Add each row's noise into new arrays (or the rows of `images` if `in_place`).

    `in_place` only where the batch owns the images; lists always get new arrays.
    """
    if isinstance(images, np.ndarray):
        if images.size == 0:
            return images
        out = images if in_place else np.empty(images.shape, dtype=images.dtype)
        for i, image in enumerate(images):
            _add_noise_to_row(image, samples, i, out[i])
        return out
    return [
        image if image.size == 0 else _add_noise_to_row(image, samples, i, None)
        for i, image in enumerate(images)
    ]


# ------------------------------------------------------------------- augmenters
@_pointwise.fusable
class Add(_SampledAugmenter):
    """Add a value to all pixels of an image.

    Supported dtypes
    ----------------
    See :func:`add_scalar`.

    Parameters
    ----------
    value : number or tuple of number or list of number or StochasticParameter
        Value to add. A number is always used; a tuple ``(a, b)`` samples from
        the uniform range ``[a, b)``; a list samples one of its entries; a
        :class:`imgaug.parameters.StochasticParameter` is sampled once per image
        (or once per image and channel, see `per_channel`). ``uint8`` images
        round the value.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate value for every channel. A float ``p``
        does so for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0, 100, 250]]], dtype=np.uint8)
    >>> Add(10)(image=image).tolist()
    [[[10, 110, 255]]]
    >>> aug = Add((-40, 40), per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        value=(-20, 20),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.value = iap.handle_continuous_param(
            value, "value", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), value (N, C_max)
    def _draw_samples(self, batch, random_state):
        return _draw_scalar_samples(batch, random_state, self.value, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        return self._add(images, samples, False)

    def _augment_images_by_samples_(self, images, samples):
        return self._add(images, samples, True)

    def _add(self, images, samples, in_place):
        if _is_uint8_batch_array(images):
            # one vectorised rounding step for all rows, then one saturating
            # cv2 call per row into a new batch array (or the owned one)
            # route: tests/perf/test_arithmetic_perf.py::test_add_rows_uint8_batch
            return _arith.add_rows_uint8(
                images,
                samples.values,
                samples.per_channel,
                out=images if in_place else None,
            )
        return _apply_rowwise(images, samples, add_scalar, in_place)

    def _pointwise_tables(self, samples, images):
        """Per-row tables of uint8 `images` (see ``_pointwise``)."""
        # rows of the precomputed tables: cheaper than building them
        tables_by_offset = _arith.get_add_tables_by_offset()
        if len(images) == 1 and not samples.per_channel[0]:
            # one image per call: the offset of one value without array steps
            return [
                tables_by_offset[_arith.add_table_index_uint8(samples.values[0, 0])]
            ]
        offsets = _arith.add_offsets_uint8(samples.values) + np.int16(255)
        result = []
        for i, image in enumerate(images):
            nb_channels = image.shape[2] if image.ndim == 3 else 1
            if samples.per_channel[i] and nb_channels > 1:
                result.append(tables_by_offset[offsets[i, 0:nb_channels]].T)
            else:
                result.append(tables_by_offset[offsets[i, 0]])
        return result

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.value, self.per_channel]


class AddElementwise(_SampledAugmenter):
    """Add a separately sampled value to every pixel (and channel) of an image.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`.

    Parameters
    ----------
    value : number or tuple of number or list of number or StochasticParameter
        Values to add, sampled once per pixel (and channel, see `per_channel`):
        a number is always used, a tuple ``(a, b)`` samples uniformly from
        ``[a, b)``, a list samples its entries, a stochastic parameter is called
        once per image with the image's ``(H, W, C)`` or ``(H, W, 1)`` shape.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate values per channel (otherwise one value per
        pixel is used for all channels). A float ``p`` does so for ``p * 100``
        percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((1, 2, 1), dtype=np.uint8)
    >>> AddElementwise(5)(image=image).tolist()
    [[[5], [5]]]
    >>> aug = AddElementwise((-40, 40), per_channel=0.5)

    """

    _KINDS = ("images",)

    def __init__(
        self,
        value=(-20, 20),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.value = iap.handle_continuous_param(
            value, "value", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), then one value array per row
    def _draw_samples(self, batch, random_state):
        return _draw_elementwise_samples(
            batch, random_state, self.value, self.per_channel
        )

    def _augment_images_by_samples(self, images, samples):
        return _apply_elementwise(images, samples, add_elementwise)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.value, self.per_channel]


class _AdditiveNoise(AddElementwise):
    """Shared sampling and apply path of the additive noise augmenters.

    Subclasses pass their noise distribution as `value` to `AddElementwise`.
    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    # sampling order: per_channel (N,), the distribution's parameters (N,) each
    # (loc, scale or lam), seeds (N,)
    def _draw_samples(self, batch, random_state):
        return _draw_noise_samples(batch, random_state, self.value, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        return _augment_images_with_noise(images, samples)

    def _augment_images_by_samples_(self, images, samples):
        return _augment_images_with_noise(images, samples, in_place=True)


def _handle_loc_scale(loc, scale):
    """Turn the `loc` and `scale` arguments of a noise augmenter into parameters."""
    loc_param = iap.handle_continuous_param(
        loc, "loc", value_range=None, tuple_to_uniform=True, list_to_choice=True
    )
    scale_param = iap.handle_continuous_param(
        scale,
        "scale",
        value_range=(0, None),
        tuple_to_uniform=True,
        list_to_choice=True,
    )
    return loc_param, scale_param


class AdditiveGaussianNoise(_AdditiveNoise):
    """Add gaussian noise (white noise) to images.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the rounded
    noise values (clipped to ``[-255, 255]``), sampled as integers.

    Parameters
    ----------
    loc : number or tuple or list or StochasticParameter, optional
        Mean of the noise, sampled once per image (tuple ``(a, b)``: uniformly
        from ``[a, b)``; list: one of its entries).
    scale : number or tuple or list or StochasticParameter, optional
        Standard deviation of the noise (>= 0), sampled once per image like
        `loc`. For ``uint8`` images values above ``0.1 * 255`` are already
        strong noise. 0 adds `loc` only.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel (otherwise one noise value
        per pixel is added to all channels). A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditiveGaussianNoise(loc=5, scale=0)(image=image).tolist()
    [[[105], [105]]]
    >>> aug = AdditiveGaussianNoise(scale=(0, 0.1 * 255), per_channel=0.5)

    """

    def __init__(
        self,
        loc=0,
        scale=(0, 15),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        loc_param, scale_param = _handle_loc_scale(loc, scale)
        super().__init__(
            iap.Normal(loc=loc_param, scale=scale_param),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AdditiveLaplaceNoise(_AdditiveNoise):
    """Add noise from a Laplace distribution to images.

    Laplace noise has heavier tails than gaussian noise of the same scale: most
    pixels change little, a few a lot.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the rounded
    noise values (clipped to ``[-255, 255]``), sampled as integers.

    Parameters
    ----------
    loc : number or tuple or list or StochasticParameter, optional
        Location (peak) of the noise, sampled once per image (tuple ``(a, b)``:
        uniformly from ``[a, b)``; list: one of its entries).
    scale : number or tuple or list or StochasticParameter, optional
        Scale of the noise (>= 0), sampled once per image like `loc`; the
        standard deviation is ``sqrt(2) * scale``. 0 adds `loc` only.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditiveLaplaceNoise(loc=-3, scale=0)(image=image).tolist()
    [[[97], [97]]]
    >>> aug = AdditiveLaplaceNoise(scale=(0, 0.1 * 255), per_channel=0.5)

    """

    def __init__(
        self,
        loc=0,
        scale=(0, 15),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        loc_param, scale_param = _handle_loc_scale(loc, scale)
        super().__init__(
            iap.Laplace(loc=loc_param, scale=scale_param),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AdditivePoissonNoise(_AdditiveNoise):
    """Add noise from a Poisson distribution, with random signs, to images.

    Each noise value is a Poisson sample that is added or subtracted with equal
    probability; its magnitude is around `lam`.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the noise
    values (clipped to ``[-255, 255]``), sampled from their distribution.

    Parameters
    ----------
    lam : number or tuple or list or StochasticParameter, optional
        Expected value (lambda, >= 0) of the Poisson distribution, sampled once
        per image (tuple ``(a, b)``: uniformly from ``[a, b)``; list: one of its
        entries). For ``uint8`` images values below 10 are sensible. 0 adds
        nothing.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditivePoissonNoise(lam=0)(image=image).tolist()
    [[[100], [100]]]
    >>> aug = AdditivePoissonNoise(lam=(0, 10), per_channel=0.5)

    """

    def __init__(
        self,
        lam=(0.0, 15.0),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        lam_param = iap.handle_continuous_param(
            lam,
            "lam",
            value_range=(0, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            iap.RandomSign(iap.Poisson(lam=lam_param)),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


@_pointwise.fusable
class Multiply(_SampledAugmenter):
    """Multiply all pixels of an image by a value (brighter or darker image).

    Supported dtypes
    ----------------
    See :func:`multiply_scalar`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter
        The multiplier. A number is always used; a tuple ``(a, b)`` samples from
        the uniform range ``[a, b)``; a list samples one of its entries; a
        :class:`imgaug.parameters.StochasticParameter` is sampled once per image
        (or once per image and channel, see `per_channel`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate multiplier for every channel. A float ``p``
        does so for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[10, 100, 200]]], dtype=np.uint8)
    >>> Multiply(1.5)(image=image).tolist()
    [[[15, 150, 255]]]
    >>> aug = Multiply((0.5, 1.5), per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        mul=(0.8, 1.2),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mul = iap.handle_continuous_param(
            mul, "mul", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), mul (N, C_max)
    def _draw_samples(self, batch, random_state):
        return _draw_scalar_samples(batch, random_state, self.mul, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        return self._multiply(images, samples, False)

    def _augment_images_by_samples_(self, images, samples):
        return self._multiply(images, samples, True)

    def _multiply(self, images, samples, in_place):
        if _is_uint8_batch_array(images):
            # all tables built in one vectorised step, then one cv2.LUT per row
            # (into a new batch array or the owned one)
            # route: tests/perf/test_arithmetic_perf.py::test_multiply_rows_uint8_batch
            return _arith.multiply_rows_uint8(
                images,
                samples.values,
                samples.per_channel,
                out=images if in_place else None,
            )
        return _apply_rowwise(images, samples, multiply_scalar, in_place)

    def _pointwise_tables(self, samples, images):
        """Per-row tables of uint8 `images` (see ``_pointwise``)."""
        return _scalar_row_tables(images, samples, _arith.multiply_tables_uint8)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mul, self.per_channel]


class MultiplyElementwise(_SampledAugmenter):
    """Multiply every pixel (and channel) by a separately sampled multiplier.

    Supported dtypes
    ----------------
    See :func:`multiply_elementwise`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter
        Multipliers, sampled once per pixel (and channel, see `per_channel`), as
        for :class:`AddElementwise`. If `mul` is a
        :class:`imgaug.parameters.Binomial` (or a
        :class:`imgaug.parameters.FromLowerResolution` around one), the samples
        are used as a bool mask.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate multipliers per channel. A float ``p`` does so
        for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 10, dtype=np.uint8)
    >>> MultiplyElementwise(2.0)(image=image).tolist()
    [[[20], [20]]]
    >>> aug = MultiplyElementwise((0.5, 1.5), per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        mul=(0.8, 1.2),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mul = iap.handle_continuous_param(
            mul, "mul", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: masks (Binomial `mul`, maybe at lower resolution): see
    # _draw_mask_samples; else per_channel (N,), then one multiplier array per row
    def _draw_samples(self, batch, random_state):
        samples = _draw_mask_samples(batch, random_state, self.mul, self.per_channel)
        if samples is not None:
            return samples
        samples = _draw_elementwise_samples(
            batch, random_state, self.mul, self.per_channel
        )
        if _is_binomial_like(self.mul):
            samples.values = [values > 0.5 for values in samples.values]
        return samples

    def _augment_images_by_samples(self, images, samples):
        if isinstance(samples, _MaskSamples):
            return _zero_masked_out_rowwise(images, samples)
        results = _new_images_like(images)
        for i, image in enumerate(images):
            if image.size == 0:
                results[i] = image
            else:
                results[i] = multiply_elementwise(image, samples.values[i])
        return results

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mul, self.per_channel]


def _is_binomial_like(param):
    """Tell whether `param` yields only 0/1 (a Binomial, maybe at lower resolution)."""
    if isinstance(param, iap.Binomial):
        return True
    if isinstance(param, iap.FromLowerResolution):
        return isinstance(param.other_param, iap.Binomial)
    return False


def _new_images_like(images):
    """Return an empty container for results: an array for arrays, else a list."""
    if isinstance(images, np.ndarray):
        return np.empty(images.shape, dtype=images.dtype)
    return [None] * len(images)


# ------------------------------------------------------------------- 0/1 masks
# Binomial masks (Dropout, CoarseDropout, ReplaceElementwise & co.) are drawn as
# 16 random bits per value from a per-row seed (see imgaug._kernels.dropout);
# coarse masks at the low resolution of their FromLowerResolution parameter and
# upscaled by nearest neighbour. Other mask parameters are sampled as they are.


def _get_bits_mask_source(param):
    """Return ``(binomial, lowres_or_None)`` if `param` is a bits-drawable mask."""
    if isinstance(param, iap.Binomial):
        return param, None
    if (
        isinstance(param, iap.FromLowerResolution)
        and isinstance(param.other_param, iap.Binomial)
        and isinstance(param.method, iap.Deterministic)
        and param.method.value in ("nearest", cv2.INTER_NEAREST)
    ):
        return param.other_param, param
    return None


class _MaskSamples:
    """Per row: per-channel flag, mask threshold, low-res mask size and a seed."""

    __slots__ = ("per_channel", "thresholds", "lowres_hw", "seeds")

    def __init__(self, per_channel, thresholds, lowres_hw, seeds):
        self.per_channel = per_channel  # (N,) bool
        self.thresholds = thresholds  # (N,) int, see _dropout.get_thresholds
        self.lowres_hw = lowres_hw  # (N, 2) int or None (full resolution)
        self.seeds = seeds  # (N,) int

    def make_row_mask(self, i, shape, upscale=True):
        """Return row `i`'s bool mask ``(H, W, C or 1)`` and the row's RNG.

        The RNG has drawn the mask bits; draws that depend on the mask (e.g.
        replacement values) continue from it. With ``upscale=False`` a coarse
        mask is returned at its low resolution.
        """
        height, width = shape[0:2]
        nb_channels = shape[2] if len(shape) >= 3 else 1
        depth = nb_channels if self.per_channel[i] else 1
        if self.lowres_hw is None:
            hw = (height, width)
        else:
            hw = tuple(int(v) for v in self.lowres_hw[i])
        rng = iarandom.RNG(int(self.seeds[i]))
        threshold = int(self.thresholds[i])
        if threshold <= 0 or threshold >= _dropout.BUCKETS:
            mask = np.full(hw + (depth,), threshold > 0, dtype=bool)
        else:
            # route: tests/perf/test_dropout_perf.py::test_mask_from_bits
            bits = _draw_bits_uint16(rng, hw + (depth,))
            mask = _dropout.mask_from_bits(bits, threshold)
        if upscale:
            mask = _dropout.upscale_mask_nearest(mask, height, width)
        return mask, rng


def _draw_lowres_sizes(param, shapes, random_state):
    """Draw the low-resolution ``(h, w)`` per row as FromLowerResolution does."""
    nb_rows = len(shapes)
    if param.size_method == "percent":
        fractions = param.size_percent.draw_samples(
            (nb_rows, 2), random_state=random_state
        )
        hw_image = np.array([shape[0:2] for shape in shapes]).reshape(nb_rows, 2)
        hw = (fractions * hw_image).astype(np.int32)
    else:
        hw = param.size_px.draw_samples((nb_rows, 2), random_state=random_state)
    return np.maximum(np.asarray(hw, dtype=np.int64), param.min_size)


def _draw_mask_samples(batch, random_state, mask_param, per_channel_param):
    """Draw `_MaskSamples`, or return None if `mask_param` is no Binomial mask."""
    source = _get_bits_mask_source(mask_param)
    if source is None:
        return None
    binomial, lowres = source
    # sampling order: per_channel (N,), low-resolution sizes (N, 2) (coarse
    # masks only), the Binomial's probabilities (N,), seeds (N,)
    nb_rows = batch.nb_rows
    per_channel = per_channel_param.draw_samples((nb_rows,), random_state=random_state)
    lowres_hw = None
    if lowres is not None:
        lowres_hw = _draw_lowres_sizes(lowres, batch.get_rowwise_shapes(), random_state)
    probabilities = np.asarray(
        binomial.p.draw_samples((nb_rows,), random_state=random_state),
        dtype=np.float64,
    )
    if not np.all((probabilities >= 0) & (probabilities <= 1)):
        raise InvalidValueError(
            "Expected the probabilities of the mask to be in the interval "
            f"[0.0, 1.0], got values from {probabilities.min()!r} to "
            f"{probabilities.max()!r}."
        )
    thresholds = _dropout.get_thresholds(probabilities)
    seeds = random_state.generate_seeds_(nb_rows)
    return _MaskSamples(per_channel > 0.5, thresholds, lowres_hw, seeds)


# above this many dropped cells of a coarse mask, one full-resolution mask is
# cheaper than zeroing the cells' rectangles one by one
_MAX_DROPPED_CELLS = 256


def _zero_masked_out_rowwise(images, samples):
    """Zero every value whose mask bit is 0; new arrays (inputs untouched)."""
    # the dtypes of multiply_elementwise, which 0.4.0 used for masks too
    iadt.gate_dtypes(images, augmenter=None, **_ARITH_DTYPES)
    results = _new_images_like(images)
    is_array = isinstance(results, np.ndarray)
    for i, image in enumerate(images):
        if image.size == 0:
            results[i] = image
            continue
        out = results[i] if is_array else None
        keep, _ = samples.make_row_mask(i, image.shape, upscale=False)
        result = _zero_cells_of_coarse_mask(image, keep, out)
        if result is None:
            keep = _dropout.upscale_mask_nearest(keep, *image.shape[0:2])
            result = _dropout.zero_masked_out(image, keep, out=out)
        if not is_array:
            results[i] = result
    return results


def _zero_cells_of_coarse_mask(image, keep, out):
    """Zero the rectangles of a low-resolution mask's dropped cells (or None).

    Returns None if the mask is at full resolution or drops too many cells.
    """
    height, width = image.shape[0:2]
    if keep.shape[0:2] == (height, width):
        return None
    dropped = np.argwhere(~keep)
    if len(dropped) > _MAX_DROPPED_CELLS:
        return None
    # a copy with a few rectangles zeroed: ~10x faster than building and
    # applying the full-resolution mask for typical CoarseDropout settings
    # route: tests/perf/test_dropout_perf.py::test_coarse_dropout_cells
    if out is None:
        out = np.array(image, order="C")
    else:
        np.copyto(out, image)
    if keep.shape[2] == 1:
        dropped = dropped[:, 0:2]
    row_edges = _dropout.get_nearest_edges(keep.shape[0], height)
    col_edges = _dropout.get_nearest_edges(keep.shape[1], width)
    return _dropout.zero_cells_(out, dropped, row_edges, col_edges)


def _handle_dropout_probability(p, name):
    """Turn a drop probability into a *keep* mask parameter (1 = keep).

    A number ``p`` gives ``Binomial(1 - p)``, a tuple ``(a, b)`` with ``a < b``
    ``Binomial(Uniform(1 - b, 1 - a))``, a list ``Binomial(1 - Choice(list))``;
    a StochasticParameter is used as the keep-mask parameter itself.
    """
    if isinstance(p, iap.StochasticParameter):
        return p
    if isinstance(p, numbers.Real):
        _check_drop_probability(p, name)
        return iap.Binomial(1 - p)
    if isinstance(p, tuple):
        if len(p) != 2 or not all(isinstance(v, numbers.Real) for v in p):
            raise InvalidValueError(
                f"Expected '{name}' given as a tuple to contain two numbers, got {p!r}."
            )
        for value in p:
            _check_drop_probability(value, name)
        if not p[0] < p[1]:
            raise InvalidValueError(
                f"Expected '{name}' given as a tuple (a, b) to have a < b, got {p!r}."
            )
        return iap.Binomial(iap.Uniform(1 - p[1], 1 - p[0]))
    if isinstance(p, list):
        if len(p) == 0 or not all(isinstance(v, numbers.Real) for v in p):
            raise InvalidValueError(
                f"Expected '{name}' given as a list to be a non-empty list of "
                f"probabilities, got {p!r}."
            )
        for value in p:
            _check_drop_probability(value, name)
        return iap.Binomial(1 - iap.Choice(p))
    raise InvalidTypeError(
        f"Expected '{name}' to be a number, a tuple of two numbers, a list of "
        f"numbers or a StochasticParameter, got {type(p).__name__}."
    )


def _check_drop_probability(value, name):
    if np.isnan(value) or not 0.0 <= value <= 1.0:
        raise InvalidValueError(
            f"Expected probability '{name}' to be in the interval [0.0, 1.0], got "
            f"{value!r}."
        )


def _handle_coarse_mask(mask_param, size_px, size_percent, min_size):
    """Wrap a mask parameter in FromLowerResolution (0.4.0's Coarse* rule).

    `size_px` wins over `size_percent`; without both, ``size_px=(3, 8)``.
    """
    if size_px is not None:
        return iap.FromLowerResolution(
            other_param=mask_param, size_px=size_px, min_size=min_size
        )
    if size_percent is not None:
        return iap.FromLowerResolution(
            other_param=mask_param, size_percent=size_percent, min_size=min_size
        )
    return iap.FromLowerResolution(
        other_param=mask_param, size_px=(3, 8), min_size=min_size
    )


# ------------------------------------------------------------------------ Cutout
class _CutoutSamples:
    """All cutout areas of a batch (K areas in total), row by row."""

    __slots__ = ("rows", "rects", "fill_modes", "cvals", "fill_per_channel", "seeds")

    def __init__(self, rows, rects, fill_modes, cvals, fill_per_channel, seeds):
        self.rows = rows  # (K,) row index of each area
        self.rects = rects  # K tuples (x1, y1, x2, y2) in pixels
        self.fill_modes = fill_modes  # (K,) str
        self.cvals = cvals  # (K, C_max)
        self.fill_per_channel = fill_per_channel  # (K,) bool
        self.seeds = seeds  # (K,) int, or None if no area is gaussian


def _handle_fill_mode(fill_mode):
    if not isinstance(fill_mode, str | list | iap.StochasticParameter):
        raise InvalidTypeError(
            "Expected 'fill_mode' to be a string, a list of strings or a "
            f"StochasticParameter, got {type(fill_mode).__name__}."
        )
    return iap.handle_categorical_string_param(
        fill_mode, "fill_mode", valid_values=list(_FILL_MODES)
    )


def _handle_cval_allowing_all(cval):
    """``imgaug.ALL`` means any uint8 value, else a continuous parameter."""
    if isinstance(cval, str) and cval == ia.ALL:
        return iap.Uniform(0, 255)
    return iap.handle_continuous_param(
        cval, "cval", value_range=None, tuple_to_uniform=True, list_to_choice=True
    )


class Cutout(_SampledAugmenter):
    """Fill one or more rectangular areas of images with a constant or noise.

    Supported dtypes
    ----------------
    See :func:`cutout_`.

    Parameters
    ----------
    nb_iterations : int or tuple of int or list of int or StochasticParameter, optional
        Number of areas per image (``>= 0``): an int is always used, a tuple
        ``(a, b)`` samples from ``[a, b]``, a list one of its entries.
    position : str or tuple of (number or StochasticParameter) or StochasticParameter
        Centre of each area relative to the image size (0 = left/top, 1 =
        right/bottom): ``"uniform"`` anywhere, ``"normal"`` around the image
        centre, ``"center"``, ``"<left|center|right>-<top|center|bottom>"``, a
        tuple ``(x, y)`` of numbers in ``[0, 1]`` or parameters, or one parameter
        producing ``(N, 2)`` samples. Optional.
    size : number or tuple of number or list of number or StochasticParameter, optional
        Height and width of each area relative to the image height and width,
        sampled separately per axis (tuple ``(a, b)``: uniformly from ``[a, b)``).
    squared : bool or float or StochasticParameter, optional
        Whether the areas are squares (width in pixels = height in pixels). A
        float ``p`` makes ``p * 100`` percent of all areas squares.
    fill_mode : str or list of str or StochasticParameter, optional
        ``"constant"`` fills with `cval`, ``"gaussian"`` with gaussian noise (see
        :func:`cutout_`); a list samples one mode per area.
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value of ``"constant"`` areas, sampled per area (and channel, see
        `fill_per_channel`); ``imgaug.ALL`` samples from ``[0, 255)``.
    fill_per_channel : bool or float or StochasticParameter, optional
        Whether each channel gets its own fill value/noise. A float ``p`` does so
        for ``p * 100`` percent of all areas.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((4, 4, 1), dtype=np.uint8)
    >>> aug = Cutout(position=(0.5, 0.5), size=0.5, cval=255)
    >>> aug(image=image)[..., 0].tolist()
    [[0, 0, 0, 0], [0, 255, 255, 0], [0, 255, 255, 0], [0, 0, 0, 0]]
    >>> aug = Cutout(nb_iterations=(1, 3), size=0.2, fill_mode=["constant", "gaussian"])

    """

    _KINDS = ("images",)

    def __init__(
        self,
        nb_iterations=1,
        position="uniform",
        size=0.2,
        squared=True,
        fill_mode="constant",
        cval=128,
        fill_per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.nb_iterations = iap.handle_discrete_param(
            nb_iterations,
            "nb_iterations",
            value_range=(0, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.position = _size._handle_position_parameter(position)
        self.size = iap.handle_continuous_param(
            size,
            "size",
            value_range=(0.0, 1.0 + 1e-4),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.squared = iap.handle_probability_param(squared, "squared")
        self.fill_mode = _handle_fill_mode(fill_mode)
        self.cval = _handle_cval_allowing_all(cval)
        self.fill_per_channel = iap.handle_probability_param(
            fill_per_channel, "fill_per_channel"
        )

    # sampling order: nb_iterations (N,), then for all K areas: positions (x then
    # y, or one (K, 2) draw), sizes (K, 2), squared (K,), fill_mode (K,), cval
    # (K, C_max), fill_per_channel (K,), seeds (K,) (only if any area is gaussian)
    def _draw_samples(self, batch, random_state):
        shapes = batch.get_rowwise_shapes()
        nb_rows = batch.nb_rows
        counts = self.nb_iterations.draw_samples((nb_rows,), random_state=random_state)
        if nb_rows == 1:  # one image per call: no numpy calls on one count
            rows = np.zeros(max(int(counts[0]), 0), dtype=np.intp)
        else:
            rows = np.repeat(np.arange(nb_rows), np.maximum(counts, 0))
        nb_areas = len(rows)
        xs, ys = _size._draw_positions(self.position, nb_areas, random_state)
        sizes = self.size.draw_samples((nb_areas, 2), random_state=random_state)
        squared = self.squared.draw_samples((nb_areas,), random_state=random_state)
        fill_modes = self.fill_mode.draw_samples((nb_areas,), random_state=random_state)
        cvals = self.cval.draw_samples(
            (nb_areas, _get_nb_channels_max(shapes)), random_state=random_state
        )
        fill_per_channel = self.fill_per_channel.draw_samples(
            (nb_areas,), random_state=random_state
        )
        seeds = None
        if "gaussian" in fill_modes.tolist():
            seeds = random_state.generate_seeds_(nb_areas)
        # rectangles in pixels, in float32 maths as in 0.4.0 (e.g. 0.2 * 20 is
        # exactly 4, not 4.0000001); plain loops over float32 scalars: K is
        # small, and numpy calls on tiny arrays cost more than the arithmetic
        rects = []
        f32 = np.float32
        half = f32(2)
        sizes = sizes.astype(np.float32, copy=False).tolist()
        xs, ys = xs.astype(np.float32).tolist(), ys.astype(np.float32).tolist()
        for k, (i, is_squared) in enumerate(
            zip(rows.tolist(), (squared > 0.5).tolist())
        ):
            height, width = f32(shapes[i][0]), f32(shapes[i][1])
            area_h = f32(sizes[k][0]) * height
            area_w = area_h if is_squared else f32(sizes[k][1]) * width
            x1 = f32(xs[k]) * width - area_w / half
            y1 = f32(ys[k]) * height - area_h / half
            rects.append((float(x1), float(y1), float(x1 + area_w), float(y1 + area_h)))
        return _CutoutSamples(
            rows, rects, fill_modes, cvals, fill_per_channel > 0.5, seeds
        )

    def _augment_images_by_samples(self, images, samples):
        fill_per_channel = samples.fill_per_channel.tolist()
        for k, i in enumerate(samples.rows.tolist()):
            image = images[i]
            if image.size == 0:
                continue
            x1, y1, x2, y2 = samples.rects[k]
            # cutout_ without its argument checks (the samples are valid)
            images[i] = _fill_area_(
                image,
                x1,
                y1,
                x2,
                y2,
                str(samples.fill_modes[k]),
                samples.cvals[k, 0 : image.shape[2]]
                if fill_per_channel[k]
                else samples.cvals[k, 0],
                fill_per_channel[k],
                None if samples.seeds is None else int(samples.seeds[k]),
            )
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.nb_iterations,
            self.position,
            self.size,
            self.squared,
            self.fill_mode,
            self.cval,
            self.fill_per_channel,
        ]


# ----------------------------------------------------------------------- Dropout
class Dropout(MultiplyElementwise):
    """Set a random fraction of the pixels (or pixel values) of images to zero.

    Supported dtypes
    ----------------
    See :func:`multiply_elementwise`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of dropping a pixel: a number is always used, a tuple
        ``(a, b)`` (``a < b``) samples one probability per image from ``[a, b)``,
        a list one of its entries. A StochasticParameter is used as the mask of
        pixels to *keep* (values ``> 0.5`` keep a pixel).
    per_channel : bool or float or StochasticParameter, optional
        Whether to drop the values of each channel separately (otherwise a
        dropped pixel loses all channels). A float ``p`` does so for ``p * 100``
        percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((2, 2, 1), 7, dtype=np.uint8)
    >>> Dropout(p=0)(image=image)[..., 0].tolist()
    [[7, 7], [7, 7]]
    >>> aug = Dropout(p=(0.0, 0.05), per_channel=0.5)

    """

    def __init__(
        self,
        p=(0.0, 0.05),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mul=_handle_dropout_probability(p, "p"),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


def _handle_min_size(min_size):
    if isinstance(min_size, bool | np.bool_) or not isinstance(
        min_size, numbers.Integral
    ):
        raise InvalidTypeError(
            f"Expected 'min_size' to be an int, got {type(min_size).__name__}."
        )
    if min_size < 1:
        raise InvalidValueError(f"Expected 'min_size' to be >= 1, got {min_size!r}.")
    return int(min_size)


class CoarseDropout(MultiplyElementwise):
    """Set rectangular areas of images to zero (dropout at a lower resolution).

    The drop mask is sampled at a low resolution and upscaled with nearest
    neighbour interpolation, so that whole blocks of pixels are dropped.

    Supported dtypes
    ----------------
    See :func:`multiply_elementwise`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of dropping a cell of the low-resolution mask (see
        :class:`Dropout`).
    size_px : None or int or tuple of int or StochasticParameter, optional
        Height and width of the low-resolution mask in pixels, sampled per image
        and axis (tuple ``(a, b)``: from ``[a, b]``). Takes precedence over
        `size_percent`; if both are None, ``(3, 8)`` is used.
    size_percent : None or number or tuple of number or StochasticParameter, optional
        Size of the low-resolution mask relative to the image size (e.g. 0.05 for
        5 percent), sampled per image and axis.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate mask per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    min_size : int, optional
        Smallest height/width of the low-resolution mask (``>= 1``).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((4, 4, 1), 7, dtype=np.uint8)
    >>> CoarseDropout(p=1.0, size_px=2)(image=image)[..., 0].tolist()
    [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    >>> aug = CoarseDropout((0.0, 0.05), size_percent=(0.02, 0.25))

    """

    def __init__(
        self,
        p=(0.02, 0.1),
        size_px=None,
        size_percent=None,
        per_channel=False,
        min_size=3,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        keep = _handle_dropout_probability(p, "p")
        mul = _handle_coarse_mask(
            keep, size_px, size_percent, _handle_min_size(min_size)
        )
        super().__init__(
            mul=mul,
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class _RowDropSamples:
    """Per row which image channels are dropped and whether the row is empty now."""

    __slots__ = ("channels", "all_dropped")

    def __init__(self, channels, all_dropped):
        self.channels = channels  # list of (C,) bool arrays
        self.all_dropped = all_dropped  # (N,) bool


class _RowDropAugmenter(_SampledAugmenter):
    """Shared apply path of Dropout2d and TotalDropout.

    Dropped image channels become zero; rows whose channels were all dropped lose
    their annotations too (maps set to zero, coordinate-based items removed).
    """

    # changes every kind (the default _KINDS); results go to new arrays: the
    # engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def _augment_images_by_samples(self, images, samples):
        results = _new_images_like(images)
        for i, image in enumerate(images):
            drop = samples.channels[i]
            if image.size == 0 or not drop.any():
                results[i] = image
                continue
            result = np.array(image, order="C")
            if drop.all():
                result.fill(0)
            else:
                result[:, :, drop] = 0
            results[i] = result
        return results

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i in np.flatnonzero(samples.all_dropped):
            setattr(maps[i], attr, np.zeros_like(getattr(maps[i], attr)))
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        return _remove_items_of_dropped_rows(kpsois, samples)

    def _augment_bounding_boxes_by_samples(self, bbsois, samples):
        return _remove_items_of_dropped_rows(bbsois, samples)

    def _augment_polygons_by_samples(self, psois, samples):
        return _remove_items_of_dropped_rows(psois, samples)

    def _augment_line_strings_by_samples(self, lsois, samples):
        return _remove_items_of_dropped_rows(lsois, samples)


def _remove_items_of_dropped_rows(cbaois, samples):
    for i in np.flatnonzero(samples.all_dropped):
        cbaois[i].items = []
    return cbaois


def _handle_nb_keep_channels(nb_keep_channels):
    if isinstance(nb_keep_channels, bool | np.bool_) or not isinstance(
        nb_keep_channels, numbers.Integral
    ):
        raise InvalidTypeError(
            "Expected 'nb_keep_channels' to be an int, got "
            f"{type(nb_keep_channels).__name__}."
        )
    return max(int(nb_keep_channels), 0)


class Dropout2d(_RowDropAugmenter):
    """Drop whole channels of images (set them to zero).

    If all channels of an image are dropped (only possible with
    ``nb_keep_channels=0``), the image's heatmaps and segmentation maps are set
    to zero and its keypoints, bounding boxes, polygons and line strings are
    removed.

    Supported dtypes
    ----------------
    * all dtypes: yes; fully tested

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of dropping a channel, sampled per channel (see
        :class:`Dropout` for the accepted forms).
    nb_keep_channels : int, optional
        Number of channels that are never dropped: if more channels would be
        dropped, a random subset of them is kept. Negative values count as 0.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 1, 3), 9, dtype=np.uint8)
    >>> Dropout2d(p=1.0, nb_keep_channels=3)(image=image).tolist()
    [[[9, 9, 9]]]
    >>> aug = Dropout2d(p=0.5)

    """

    def __init__(
        self,
        p=0.1,
        nb_keep_channels=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.p = _handle_dropout_probability(p, "p")
        self.nb_keep_channels = _handle_nb_keep_channels(nb_keep_channels)

    # sampling order: p (N, C_max), then one permutation per row that would drop
    # more than C - nb_keep_channels channels (in row order)
    def _draw_samples(self, batch, random_state):
        shapes = batch.get_rowwise_shapes()
        nb_channels_max = _get_nb_channels_max(shapes)
        keep_samples = self.p.draw_samples(
            (batch.nb_rows, nb_channels_max), random_state=random_state
        )
        channels = []
        all_dropped = np.zeros(batch.nb_rows, dtype=bool)
        for i, shape in enumerate(shapes):
            nb_channels = shape[2] if len(shape) >= 3 else 1
            drop = np.asarray(keep_samples[i, 0:nb_channels]) < 0.5
            max_dropped = max(nb_channels - self.nb_keep_channels, 0)
            dropped = np.flatnonzero(drop)
            if len(dropped) > max_dropped:
                kept = random_state.permutation(dropped)[max_dropped:]
                drop[kept] = False
            channels.append(drop)
            all_dropped[i] = nb_channels > 0 and bool(drop.all())
        return _RowDropSamples(channels, all_dropped)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.p, self.nb_keep_channels]


class TotalDropout(_RowDropAugmenter):
    """Drop whole images: set them to zero and remove their annotations.

    A dropped row's image becomes zero, its heatmaps and segmentation maps are
    set to zero and its keypoints, bounding boxes, polygons and line strings are
    removed.

    Supported dtypes
    ----------------
    * all dtypes: yes; fully tested

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of dropping an image (see :class:`Dropout` for the accepted
        forms).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 9, dtype=np.uint8)
    >>> TotalDropout(1.0)(image=image).tolist()
    [[[0], [0]]]
    >>> aug = TotalDropout(0.1)

    """

    def __init__(
        self,
        p=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.p = _handle_dropout_probability(p, "p")

    # sampling order: p (N,)
    def _draw_samples(self, batch, random_state):
        keep_samples = self.p.draw_samples((batch.nb_rows,), random_state=random_state)
        all_dropped = np.asarray(keep_samples) < 0.5
        channels = [
            np.full(shape[2] if len(shape) >= 3 else 1, dropped)
            for shape, dropped in zip(batch.get_rowwise_shapes(), all_dropped)
        ]
        return _RowDropSamples(channels, all_dropped)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.p]


# ------------------------------------------------------------ ReplaceElementwise
class _ReplaceSamples:
    """Masks drawn from bits (`masks`) or given per row, plus per-row seeds."""

    __slots__ = ("masks", "per_channel", "seeds")

    def __init__(self, masks, per_channel, seeds):
        self.masks = masks  # _MaskSamples, or None
        self.per_channel = per_channel  # (N,) bool
        self.seeds = seeds  # (N,) int


class ReplaceElementwise(_SampledAugmenter):
    """Replace a random subset of the pixels (or pixel values) of images.

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    mask : number or tuple of number or list of number or StochasticParameter
        Probability of replacing a pixel: a number is always used, a tuple
        ``(a, b)`` samples one probability per image from ``[a, b)``, a list one
        of its entries; a StochasticParameter is sampled as the mask itself
        (values ``> 0.5`` are replaced).
    replacement : number or tuple of number or list of number or StochasticParameter
        The new values, sampled once per replaced pixel (or value, with
        `per_channel`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to replace the values of each channel separately (otherwise a
        replaced pixel gets one new value in all channels). A float ``p`` does so
        for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((1, 2, 3), dtype=np.uint8)
    >>> ReplaceElementwise(1.0, 99)(image=image).tolist()
    [[[99, 99, 99], [99, 99, 99]]]
    >>> aug = ReplaceElementwise(0.05, [0, 255], per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        mask,
        replacement,
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mask = iap.handle_probability_param(
            mask, "mask", tuple_to_uniform=True, list_to_choice=True
        )
        self.replacement = iap.handle_continuous_param(
            replacement,
            "replacement",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: Binomial masks see _draw_mask_samples; other masks:
    # per_channel (N,), seeds (N,). Per row (from its seed, in the images hook):
    # the mask (other masks only), then the replacement values.
    def _draw_samples(self, batch, random_state):
        masks = _draw_mask_samples(batch, random_state, self.mask, self.per_channel)
        if masks is not None:
            return _ReplaceSamples(masks, masks.per_channel, masks.seeds)
        per_channel = self.per_channel.draw_samples(
            (batch.nb_rows,), random_state=random_state
        )
        seeds = random_state.generate_seeds_(batch.nb_rows)
        return _ReplaceSamples(None, per_channel > 0.5, seeds)

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=None, **_REPLACE_DTYPES)
        results = _new_images_like(images)
        for i, image in enumerate(images):
            if image.size == 0:
                results[i] = image
                continue
            mask, rng = self._make_row_mask(image.shape, samples, i)
            if not mask.any():
                results[i] = image
                continue
            nb_values = int(np.count_nonzero(mask))
            values = self.replacement.draw_samples((nb_values,), random_state=rng)
            if mask.shape[2] == 1 and image.shape[2] > 1:
                values = np.repeat(values, image.shape[2])  # same in every channel
            results[i] = replace_elementwise_(np.array(image, order="C"), mask, values)
        return results

    def _make_row_mask(self, shape, samples, i):
        if samples.masks is not None:
            return samples.masks.make_row_mask(i, shape)
        rng = iarandom.RNG(int(samples.seeds[i]))
        depth = shape[2] if samples.per_channel[i] else 1
        mask = self.mask.draw_samples(shape[0:2] + (depth,), random_state=rng)
        return np.asarray(mask) > 0.5, rng

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mask, self.replacement, self.per_channel]


def _salt_and_pepper_replacement():
    """Values pushed towards 0 or 255 (a Beta(0.5, 0.5) sample times 255)."""
    return iap.Beta(0.5, 0.5) * 255


def _salt_or_pepper_replacement(salt):
    """Only bright (``salt``) or only dark values, from the Beta(0.5, 0.5) mix."""
    centered = iap.ForceSign(iap.Beta(0.5, 0.5) - 0.5, positive=salt, mode="invert")
    return (centered + 0.5) * 255


def _handle_mask_probability(p):
    return iap.handle_probability_param(
        p, "p", tuple_to_uniform=True, list_to_choice=True
    )


def _handle_coarse_replace_mask(p, size_px, size_percent, min_size):
    return _handle_coarse_mask(
        _handle_mask_probability(p), size_px, size_percent, _handle_min_size(min_size)
    )


class SaltAndPepper(ReplaceElementwise):
    """Replace a random subset of pixels with bright or dark noise ("salt and pepper").

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a pixel (see :class:`ReplaceElementwise`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to replace the values of each channel separately.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((2, 2, 1), 100, dtype=np.uint8)
    >>> SaltAndPepper(0)(image=image)[..., 0].tolist()
    [[100, 100], [100, 100]]
    >>> aug = SaltAndPepper((0.0, 0.05), per_channel=True)

    """

    def __init__(
        self,
        p=(0.0, 0.03),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_mask_probability(p),
            replacement=_salt_and_pepper_replacement(),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class ImpulseNoise(SaltAndPepper):
    """Replace random pixel values with bright or dark noise, channel by channel.

    The same as ``SaltAndPepper(p, per_channel=True)``.

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a value (see :class:`ReplaceElementwise`).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((2, 2, 1), 100, dtype=np.uint8)
    >>> ImpulseNoise(0)(image=image)[..., 0].tolist()
    [[100, 100], [100, 100]]

    """

    def __init__(
        self,
        p=(0.0, 0.03),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            p=p,
            per_channel=True,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CoarseSaltAndPepper(ReplaceElementwise):
    """Replace rectangular areas of images with bright or dark noise.

    The replacement mask is sampled at a low resolution and upscaled with nearest
    neighbour interpolation (see :class:`CoarseDropout`).

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a cell of the low-resolution mask.
    size_px, size_percent, min_size
        Size of the low-resolution mask, see :class:`CoarseDropout`.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate mask (and values) per channel.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((2, 2, 1), 100, dtype=np.uint8)
    >>> CoarseSaltAndPepper(0, size_px=2)(image=image)[..., 0].tolist()
    [[100, 100], [100, 100]]
    >>> aug = CoarseSaltAndPepper(0.05, size_percent=(0.01, 0.1))

    """

    def __init__(
        self,
        p=(0.02, 0.1),
        size_px=None,
        size_percent=None,
        per_channel=False,
        min_size=3,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_coarse_replace_mask(p, size_px, size_percent, min_size),
            replacement=_salt_and_pepper_replacement(),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Salt(ReplaceElementwise):
    """Replace a random subset of pixels with bright noise (``>= 127.5``).

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a pixel (see :class:`ReplaceElementwise`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to replace the values of each channel separately.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((2, 2, 1), dtype=np.uint8)
    >>> bool((Salt(1.0)(image=image) >= 127).all())
    True

    """

    def __init__(
        self,
        p=(0.0, 0.03),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_mask_probability(p),
            replacement=_salt_or_pepper_replacement(salt=True),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CoarseSalt(ReplaceElementwise):
    """Replace rectangular areas of images with bright noise.

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a cell of the low-resolution mask.
    size_px, size_percent, min_size
        Size of the low-resolution mask, see :class:`CoarseDropout`.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate mask (and values) per channel.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((4, 4, 1), dtype=np.uint8)
    >>> bool((CoarseSalt(1.0, size_px=2)(image=image) >= 127).all())
    True

    """

    def __init__(
        self,
        p=(0.02, 0.1),
        size_px=None,
        size_percent=None,
        per_channel=False,
        min_size=3,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_coarse_replace_mask(p, size_px, size_percent, min_size),
            replacement=_salt_or_pepper_replacement(salt=True),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Pepper(ReplaceElementwise):
    """Replace a random subset of pixels with dark noise (``<= 127.5``).

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a pixel (see :class:`ReplaceElementwise`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to replace the values of each channel separately.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((2, 2, 1), 255, dtype=np.uint8)
    >>> bool((Pepper(1.0)(image=image) <= 128).all())
    True

    """

    def __init__(
        self,
        p=(0.0, 0.05),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_mask_probability(p),
            replacement=_salt_or_pepper_replacement(salt=False),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CoarsePepper(ReplaceElementwise):
    """Replace rectangular areas of images with dark noise.

    Supported dtypes
    ----------------
    See :func:`replace_elementwise_`.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter, optional
        Probability of replacing a cell of the low-resolution mask.
    size_px, size_percent, min_size
        Size of the low-resolution mask, see :class:`CoarseDropout`.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate mask (and values) per channel.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((4, 4, 1), 255, dtype=np.uint8)
    >>> bool((CoarsePepper(1.0, size_px=2)(image=image) <= 128).all())
    True

    """

    def __init__(
        self,
        p=(0.02, 0.1),
        size_px=None,
        size_percent=None,
        per_channel=False,
        min_size=3,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mask=_handle_coarse_replace_mask(p, size_px, size_percent, min_size),
            replacement=_salt_or_pepper_replacement(salt=False),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# ------------------------------------------------------------------------ Invert
class _InvertSamples:
    """Per row and channel whether to invert, plus the row's threshold settings."""

    __slots__ = ("invert", "per_channel", "thresholds", "above")

    def __init__(self, invert, per_channel, thresholds, above):
        self.invert = invert  # (N, C_max) bool
        self.per_channel = per_channel  # (N,) bool
        self.thresholds = thresholds  # (N,) float or None
        self.above = above  # (N,) bool or None (without thresholds)

    def get_channels(self, i, nb_channels):
        """Return the channels of row `i` to invert: True (all), False or a mask."""
        if self.per_channel[i] and nb_channels > 1:
            channels = self.invert[i, 0:nb_channels]
            return True if channels.all() else (channels if channels.any() else False)
        return bool(self.invert[i, 0])


@functools.lru_cache(maxsize=512)
def _get_invert_table_uint8(min_value, max_value, threshold, above):
    """`invert_tables_uint8` of one row, cached (read-only)."""
    table = _invert_kernels.invert_tables_uint8(min_value, max_value, threshold, above)
    table.flags.writeable = False
    return table


def _handle_invert_bound(value, name):
    return _check_real(value, name, allow_none=True)


@_pointwise.fusable
class Invert(_SampledAugmenter):
    """Invert the pixel values of images (``v -> max - v``), maybe above a threshold.

    Supported dtypes
    ----------------
    See :func:`invert_`.

    Parameters
    ----------
    p : bool or float or StochasticParameter, optional
        Probability of inverting an image (or a channel, see `per_channel`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to decide per channel whether to invert it. A float ``p`` does so
        for ``p * 100`` percent of all images.
    min_value, max_value : None or number, optional
        Value range to invert within (see :func:`invert_`); None uses the
        dtype's range. Custom values are only allowed for some dtypes.
    threshold : None or number or tuple or list or StochasticParameter, optional
        None inverts all values. Otherwise a threshold is sampled per image and
        only values ``>=`` it (or ``<`` it, see `invert_above_threshold`) are
        inverted.
    invert_above_threshold : bool or float or StochasticParameter, optional
        Whether values above (true) or below (false) the threshold are inverted,
        sampled per image. A float ``p`` inverts above the threshold for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [100], [255]]], dtype=np.uint8)
    >>> Invert(1.0)(image=image)[..., 0].tolist()
    [[255, 155, 0]]
    >>> aug = Invert(0.25, per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    #: dtypes that may be inverted within a custom min_value/max_value
    ALLOW_DTYPES_CUSTOM_MINMAX = [
        np.dtype(name) for name in _INVERT_CUSTOM_DTYPES["allowed"]
    ]

    def __init__(
        self,
        p=1,
        per_channel=False,
        min_value=None,
        max_value=None,
        threshold=None,
        invert_above_threshold=0.5,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.p = iap.handle_probability_param(p, "p")
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")
        self.min_value = _handle_invert_bound(min_value, "min_value")
        self.max_value = _handle_invert_bound(max_value, "max_value")
        if min_value is not None and max_value is not None and min_value >= max_value:
            raise InvalidValueError(
                f"Expected 'min_value' to be below 'max_value', got {min_value!r} "
                f"and {max_value!r}."
            )
        if threshold is None:
            self.threshold = None
        else:
            self.threshold = iap.handle_continuous_param(
                threshold,
                "threshold",
                value_range=None,
                tuple_to_uniform=True,
                list_to_choice=True,
            )
        self.invert_above_threshold = iap.handle_probability_param(
            invert_above_threshold, "invert_above_threshold"
        )

    # sampling order: p (N, C_max), per_channel (N,), then only with a threshold:
    # threshold (N,), invert_above_threshold (N,)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        nb_channels_max = _get_nb_channels_max(batch.get_rowwise_shapes())
        invert = self.p.draw_samples(
            (nb_rows, nb_channels_max), random_state=random_state
        )
        per_channel = self.per_channel.draw_samples(
            (nb_rows,), random_state=random_state
        )
        thresholds = None
        above = None
        if self.threshold is not None:
            thresholds = np.asarray(
                self.threshold.draw_samples((nb_rows,), random_state=random_state),
                dtype=np.float64,
            )
            above = self.invert_above_threshold.draw_samples(
                (nb_rows,), random_state=random_state
            )
            above = above > 0.5
        return _InvertSamples(
            np.asarray(invert) > 0.5, per_channel > 0.5, thresholds, above
        )

    def _augment_images_by_samples(self, images, samples):
        if self.min_value is not None or self.max_value is not None:
            iadt.gate_dtypes(images, augmenter=self, **_INVERT_CUSTOM_DTYPES)
        results = _new_images_like(images)
        is_array = isinstance(results, np.ndarray)
        for i, image in enumerate(images):
            channels = image.size > 0 and samples.get_channels(i, image.shape[2])
            if channels is False:
                results[i] = image
            elif image.dtype == np.uint8:
                out = results[i] if is_array else None
                result = self._invert_uint8(image, channels, samples, i, out)
                if not is_array:
                    results[i] = result
            else:
                results[i] = self._invert_other(image, channels, samples, i)
        return results

    def _get_row_threshold(self, samples, i):
        if samples.thresholds is None:
            return None, True
        return samples.thresholds[i], bool(samples.above[i])

    def _invert_uint8(self, image, channels, samples, i, out):
        threshold, above = self._get_row_threshold(samples, i)
        full_range = self.min_value in (None, 0) and self.max_value in (None, 255)
        # with the byte translator a table is one pass: faster than OpenCV's
        # threshold + xor (two passes), and ~5 % faster than its bitwise NOT
        # route: tests/perf/test_invert_perf.py::test_solarize_uint8_translator
        # route: tests/perf/test_invert_perf.py::test_invert_uint8_translator
        if full_range and channels is True and _lut.get_byte_translator() is None:
            return _invert_kernels.invert_full_range_uint8(
                image, threshold, above, out=out
            )
        table = self._row_table_uint8(image, channels, samples, i)
        return _lut.apply_table(image, table, out=out)

    def _row_table_uint8(self, image, channels, samples, i):
        """Return the uint8 table of row `i` (`channels`: True or a channel mask)."""
        threshold, above = self._get_row_threshold(samples, i)
        if self.min_value is None and self.max_value is None:
            min_value, max_value = 0, 255  # the uint8 range, without checks
        else:
            min_value, max_value, _ = _get_invert_range(
                image, self.min_value, self.max_value
            )
        if threshold is not None and math.isfinite(threshold):
            threshold = int(threshold)  # the table truncates it anyway
        table = _get_invert_table_uint8(
            int(min_value), int(max_value), threshold, above
        )
        if channels is not True:
            # one table per channel: inverted where selected, identity elsewhere
            identity = np.arange(256, dtype=np.uint8)
            table = np.where(
                channels[np.newaxis, :], table[:, np.newaxis], identity[:, np.newaxis]
            )
            table = np.ascontiguousarray(table)
        return table

    def _pointwise_tables(self, samples, images):
        """Per-row tables of uint8 `images` (see ``_pointwise``)."""
        if self.min_value is not None or self.max_value is not None:
            iadt.gate_dtypes(images, augmenter=self, **_INVERT_CUSTOM_DTYPES)
        result = []
        for i, image in enumerate(images):
            channels = image.size > 0 and samples.get_channels(i, image.shape[2])
            if channels is False:
                result.append(None)
            else:
                result.append(self._row_table_uint8(image, channels, samples, i))
        return result

    def _invert_other(self, image, channels, samples, i):
        threshold, above = self._get_row_threshold(samples, i)
        kwargs = {
            "min_value": self.min_value,
            "max_value": self.max_value,
            "threshold": threshold,
            "invert_above_threshold": above,
        }
        if channels is True:
            return invert(image, **kwargs)
        result = np.array(image, order="C")
        result[:, :, channels] = invert(image[:, :, channels], **kwargs)
        return result

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.p,
            self.per_channel,
            self.min_value,
            self.max_value,
            self.threshold,
            self.invert_above_threshold,
        ]


@_pointwise.fusable
class Solarize(Invert):
    """Invert all pixel values above a threshold (a solarization effect).

    Supported dtypes
    ----------------
    See :func:`invert_`.

    Parameters
    ----------
    p : bool or float or StochasticParameter, optional
        See :class:`Invert`.
    per_channel : bool or float or StochasticParameter, optional
        See :class:`Invert`.
    min_value, max_value : None or number, optional
        See :class:`Invert`.
    threshold : None or number or tuple or list or StochasticParameter, optional
        Threshold sampled per image (tuple ``(a, b)``: uniformly from ``[a, b)``);
        values at or above it are inverted.
    invert_above_threshold : bool or float or StochasticParameter, optional
        See :class:`Invert`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [100], [200]]], dtype=np.uint8)
    >>> Solarize(1.0, threshold=128)(image=image)[..., 0].tolist()
    [[0, 100, 55]]
    >>> aug = Solarize(0.5, threshold=(32, 128))

    """

    def __init__(
        self,
        p=1,
        per_channel=False,
        min_value=None,
        max_value=None,
        threshold=(128 - 64, 128 + 64),
        invert_above_threshold=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            p=p,
            per_channel=per_channel,
            min_value=min_value,
            max_value=max_value,
            threshold=threshold,
            invert_above_threshold=invert_above_threshold,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------- JpegCompression
class JpegCompression(_SampledAugmenter):
    """Degrade the quality of images by JPEG compression.

    Supported dtypes
    ----------------
    See :func:`compress_jpeg`.

    Parameters
    ----------
    compression : number or tuple or list of number or StochasticParameter, optional
        Compression strength in ``[0, 100]`` (higher = stronger artifacts),
        sampled once per image (tuple ``(a, b)``: uniformly from ``[a, b)``) and
        truncated to an int; see :func:`compress_jpeg` for the mapping to the
        JPEG quality.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((8, 8, 3), 100, dtype=np.uint8)
    >>> JpegCompression(compression=70)(image=image).shape
    (8, 8, 3)
    >>> aug = JpegCompression(compression=(70, 99))

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        compression=(0, 100),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.compression = iap.handle_continuous_param(
            compression,
            "compression",
            value_range=(0, 100),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: compression (N,)
    def _draw_samples(self, batch, random_state):
        return self.compression.draw_samples(
            (batch.nb_rows,), random_state=random_state
        )

    def _augment_images_by_samples(self, images, samples):
        results = _new_images_like(images)
        for i, image in enumerate(images):
            results[i] = compress_jpeg(image, int(samples[i]))
        return results

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.compression]
