"""Image resizing with OpenCV (the 0.4.0 ``imresize_*`` semantics)."""

from __future__ import annotations

import numbers
from collections.abc import Iterable

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "FLOAT64_ROUTE_DTYPES",
    "IMRESIZE_VALID_INTERPOLATIONS",
    "imresize_any_dtype",
    "imresize_many_images",
    "imresize_single_image",
]

IMRESIZE_VALID_INTERPOLATIONS = [
    "nearest",
    "linear",
    "area",
    "cubic",
    cv2.INTER_NEAREST,
    cv2.INTER_LINEAR,
    cv2.INTER_AREA,
    cv2.INTER_CUBIC,
]

_INTERPOLATION_NAMES = {
    "nearest": cv2.INTER_NEAREST,
    "linear": cv2.INTER_LINEAR,
    "area": cv2.INTER_AREA,
    "cubic": cv2.INTER_CUBIC,
}

_DTYPES_NEAREST = cv2util.DTYPES_NEAREST
# dtypes cv2.resize takes as they are, with every interpolation
_CV2_DIRECT_DTYPES = frozenset(
    np.dtype(name) for name in ("uint8", "uint16", "int16", "float32", "float64")
)
_DTYPES_OTHER = cv2util.DTYPES_INTERPOLATED


def imresize_many_images(images, sizes=None, interpolation=None):
    """Resize several images to the same new size.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (resized as uint8 ``0``/``255``, then ``> 127``)
    * ``int8``: yes; fully tested (resized as int16 unless nearest)
    * ``float16``: yes; fully tested (resized as float32)
    * ``int32``: limited; fully tested (only with nearest neighbour interpolation)
    * ``uint32``, ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    Parameters
    ----------
    images : ndarray or list of ndarray
        ``(N, H, W, [C])`` array or list of ``(H, W, [C])`` arrays. A 3D array is
        treated as ``N`` grayscale images.
    sizes : float or int or tuple of (int or float)
        New size. A float is a fraction of the old size, an int a number of
        pixels; both apply to height and width. A 2-tuple ``(h, w)`` sets both
        axes separately (each int = pixels, float = fraction, ``>= 0``).
    interpolation : None or str or int, optional
        One of ``"nearest"``, ``"linear"``, ``"area"``, ``"cubic"`` or the
        matching ``cv2.INTER_*`` constant. ``None`` picks ``cv2.INTER_AREA`` if
        the image grows along any axis, else ``cv2.INTER_LINEAR``.

    Returns
    -------
    ndarray or list of ndarray
        Resized images with the input dtype; a list for list input.

    Examples
    --------
    >>> import numpy as np
    >>> images = np.zeros((2, 4, 4, 3), dtype=np.uint8)
    >>> imresize_many_images(images, (2, 8)).shape
    (2, 2, 8, 3)

    """
    if not isinstance(images, np.ndarray) and (
        isinstance(images, (str, bytes)) or not isinstance(images, Iterable)
    ):
        raise InvalidTypeError(
            f"Expected 'images' to be a numpy array or a list of numpy arrays, got "
            f"{type(images)}."
        )
    if not hasattr(images, "__len__"):
        images = list(images)
    if len(images) == 0:
        return images

    _check_sizes(sizes)

    if isinstance(images, np.ndarray):
        return _resize_array(images, sizes, interpolation)

    images = list(images)
    for i, image in enumerate(images):
        if not isinstance(image, np.ndarray):
            raise InvalidTypeError(
                f"Expected 'images' to contain numpy arrays, got {type(image)} at "
                f"index {i}."
            )
    shapes = {image.shape for image in images}
    dtypes = {image.dtype for image in images}
    if len(shapes) == 1 and len(dtypes) == 1:
        return list(_resize_array(np.stack(images), sizes, interpolation))
    return [
        _resize_array(image[np.newaxis], sizes, interpolation)[0] for image in images
    ]


def imresize_single_image(image, sizes, interpolation=None):
    """Resize a single image.

    Same dtype support and arguments as `imresize_many_images`.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    sizes : float or int or tuple of (int or float)
        See `imresize_many_images`.
    interpolation : None or str or int, optional
        See `imresize_many_images`.

    Returns
    -------
    ndarray
        The resized image (2D input gives 2D output).

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image)}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'image' to have shape (H, W) or (H, W, C), got {image.shape}."
        )
    copy = same_size_copy(image, sizes, interpolation)
    if copy is not None:
        return copy
    return imresize_many_images(image[np.newaxis], sizes, interpolation=interpolation)[
        0
    ]


def same_size_copy(image, sizes, interpolation=None):
    """Return a copy of `image` if `sizes` keeps its size, else None.

    Nothing to resize (e.g. ``Resize`` to the size the images already have): the
    argument and dtype checks of `imresize_many_images`, then a copy, without
    its batch machinery.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    sizes, interpolation
        See `imresize_many_images`.

    Returns
    -------
    None or ndarray
        The copy, or None if the image has to be resized.

    """
    # route: tests/perf/test_resize_perf.py::test_same_size_single_image
    _check_sizes(sizes)
    height, width = image.shape[0:2]
    if _target_size(height, width, sizes) != (height, width):
        return None
    interpolation = _normalize_interpolation(interpolation, grows=False)
    gate = _DTYPES_NEAREST if interpolation == cv2.INTER_NEAREST else _DTYPES_OTHER
    iadt.gate_dtypes(image, allowed=gate["allowed"], disallowed=gate["disallowed"])
    return np.copy(image)


#: dtypes cv2 cannot resize (with every interpolation); `imresize_any_dtype`
#: resizes them as float64
FLOAT64_ROUTE_DTYPES = frozenset(
    np.dtype(name)
    for name in ("uint32", "int32", "uint64", "int64", "float128")
    if hasattr(np, name)
)


def imresize_any_dtype(image, sizes, interpolation=None):
    """Resize a single image of any numeric or bool dtype.

    Like `imresize_single_image`, but ``uint32``, ``int32``, ``uint64``,
    ``int64`` and ``float128`` images are resized as float64 and then rounded
    and clipped back to their dtype (64-bit integers beyond ``2**53`` lose
    precision; ``float128`` is computed with float64 precision).

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    sizes : float or int or tuple of (int or float)
        See `imresize_many_images`.
    interpolation : None or str or int, optional
        See `imresize_many_images`.

    Returns
    -------
    ndarray
        The resized image, same dtype as the input.

    """
    if isinstance(image, np.ndarray) and image.dtype in FLOAT64_ROUTE_DTYPES:
        resized = imresize_single_image(
            image.astype(np.float64), sizes, interpolation=interpolation
        )
        return iadt.restore_dtypes_(resized, image.dtype)
    return imresize_single_image(image, sizes, interpolation=interpolation)


def _check_sizes(sizes):
    if _is_number(sizes):
        if not sizes > 0:
            raise InvalidValueError(
                f"Expected 'sizes' to be a value >= 0 (and not 0 when given as a "
                f"single number), got {sizes}."
            )
        return
    if isinstance(sizes, (tuple, list, np.ndarray)):
        if len(sizes) != 2 or not all(_is_number(v) for v in sizes):
            raise InvalidValueError(
                f"Expected 'sizes' to be a number or a tuple (h, w) of two numbers, "
                f"got {sizes!r}."
            )
        if not all(v >= 0 for v in sizes):  # also False for NaN
            raise InvalidValueError(
                f"Expected both values in 'sizes' to be >= 0, got {tuple(sizes)}."
            )
        return
    raise InvalidTypeError(
        f"Expected 'sizes' to be a number or a tuple (h, w) of two numbers, "
        f"got {type(sizes)}."
    )


def _is_number(value):
    if type(value) in (int, float):  # the common case, without abc checks
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _target_size(height, width, sizes):
    """Compute the output ``(h, w)`` for an input of ``(height, width)``."""
    if _is_number(sizes):
        sizes = (sizes, sizes)

    def _axis(old, value):
        if type(value) is int or isinstance(value, numbers.Integral):
            return int(value)
        return int(round(old * float(value)))

    return _axis(height, sizes[0]), _axis(width, sizes[1])


def _normalize_interpolation(interpolation, grows):
    if interpolation is None:
        return cv2.INTER_AREA if grows else cv2.INTER_LINEAR
    if isinstance(interpolation, str):
        if interpolation in _INTERPOLATION_NAMES:
            return _INTERPOLATION_NAMES[interpolation]
    elif isinstance(interpolation, numbers.Integral) and not isinstance(
        interpolation, bool
    ):
        if int(interpolation) in _INTERPOLATION_NAMES.values():
            return int(interpolation)
    raise InvalidValueError(
        "Expected 'interpolation' to be None or one of "
        f"{IMRESIZE_VALID_INTERPOLATIONS}, got {interpolation!r}."
    )


def _resize_array(images, sizes, interpolation):
    """Resize an ``(N, H, W[, C])`` array; returns a new array."""
    if images.ndim not in (3, 4):
        raise InvalidValueError(
            "Expected 'images' to be an array of shape (N, H, W) or (N, H, W, C), "
            f"got shape {images.shape}."
        )
    nb_images, height, width = images.shape[0:3]
    height_new, width_new = _target_size(height, width, sizes)
    grows = height_new > height or width_new > width
    interpolation = _normalize_interpolation(interpolation, grows)
    gate = _DTYPES_NEAREST if interpolation == cv2.INTER_NEAREST else _DTYPES_OTHER
    iadt.gate_dtypes(images, allowed=gate["allowed"], disallowed=gate["disallowed"])

    if (height_new, width_new) == (height, width):
        return np.copy(images)

    shape_new = (nb_images, height_new, width_new) + images.shape[3:]
    if height_new == 0 or width_new == 0 or (images.ndim == 4 and images.shape[3] == 0):
        return np.zeros(shape_new, dtype=images.dtype)
    if height == 0 or width == 0:
        raise InvalidValueError(
            "Cannot resize images, because at least one image has a height and/or "
            "width and/or number of channels of zero."
        )

    dtype = images.dtype
    result = np.empty(shape_new, dtype=dtype)
    nb_channels = images.shape[3] if images.ndim == 4 else 1
    max_channels = 4 if interpolation == cv2.INTER_AREA else cv2util.get_max_channels()
    direct = dtype in _CV2_DIRECT_DTYPES and nb_channels <= max_channels
    # route: tests/perf/test_resize_perf.py::test_imresize_many_images_batch_vs_skimage
    for i in range(nb_images):
        if direct:
            # cv2 writes straight into the result row (no copy of its output)
            # route: tests/perf/test_resize_perf.py::test_imresize_into_result_row
            row = result[i]
            written = cv2.resize(
                cv2util.contiguous(images[i]),
                (width_new, height_new),
                dst=row,
                interpolation=interpolation,
            )
            if written is not row:  # cv2 allocated a new array after all
                row[...] = written.reshape(row.shape)
        else:
            result[i] = _resize_one(
                images[i], height_new, width_new, interpolation, dtype
            )
    return result


def _resize_one(image, height, width, interpolation, dtype):
    """Resize one ``(H, W[, C])`` image with cv2, handling unsupported dtypes."""
    if dtype == np.bool_:
        work = image.astype(np.uint8) * np.uint8(255)
    elif dtype == np.int8 and interpolation != cv2.INTER_NEAREST:
        work = image.astype(np.int16)
    elif dtype == np.float16:
        work = image.astype(np.float32)
    else:
        work = image

    def _cv2_resize(chunk):
        return cv2.resize(chunk, (width, height), interpolation=interpolation)

    # INTER_AREA at non-integer scales supports at most 4 channels per call
    max_channels = 4 if interpolation == cv2.INTER_AREA else None
    # route: tests/perf/test_resize_perf.py::test_imresize_cv2_vs_skimage
    resized = cv2util.map_channel_chunks(_cv2_resize, work, max_channels)

    if dtype == np.bool_:
        return resized > 127
    if dtype == np.int8 and interpolation != cv2.INTER_NEAREST:
        # cv2 already rounds to int16; only the int8 range has to be restored
        return np.clip(resized, -128, 127).astype(np.int8)
    if dtype == np.float16:
        # cubic interpolation may overshoot the float16 range: clip instead of inf
        limit = float(np.finfo(np.float16).max)
        return np.clip(resized, -limit, limit).astype(np.float16)
    return resized
