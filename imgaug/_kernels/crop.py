"""Cropping of image-like arrays and the cropping-amount helpers of 0.4.0.

``imgaug.augmenters.size`` re-exports the ``compute_croppings_*`` functions under
their public names. The private helpers here are shared by the crop/pad
augmenters: zero-size prevention, projection of amounts onto arrays of another
resolution, and the combined crop -> pad -> resize-back kernel.

All amounts are ``(top, right, bottom, left)`` in pixels.
"""

from __future__ import annotations

import math
import numbers

import cv2
import numpy as np

from imgaug._kernels import pad as _pad
from imgaug._kernels import resize as _resize
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "compute_croppings_to_reach_aspect_ratio",
    "compute_croppings_to_reach_multiples_of",
    "compute_croppings_to_reach_powers_of",
    "prevent_zero_size",
    "project_amounts",
    "crop",
    "crop_and_pad",
    "resize_to",
]

# dtypes that cv2.resize (linear/area) takes directly; the others go through the
# imresize kernel, which converts them (bool, int8, float16) or rejects them
_CV2_RESIZE_DTYPES = frozenset(
    np.dtype(name) for name in ("uint8", "uint16", "int16", "float32", "float64")
)


# --------------------------------------------------------------------------------
# public amount helpers (0.4.0 names, re-exported by imgaug.augmenters.size)
# --------------------------------------------------------------------------------
def compute_croppings_to_reach_aspect_ratio(arr, aspect_ratio):
    """Compute the cropping that gives an array the width/height ratio `aspect_ratio`.

    At least one pixel is kept on the cropped axis.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape; the height must be ``> 0``.
    aspect_ratio : float
        Target ``width / height`` (``> 0``).

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; the larger half goes to bottom/right.

    Examples
    --------
    >>> compute_croppings_to_reach_aspect_ratio((5, 2), 1.0)
    (1, 0, 2, 0)

    """
    height, width = _pad._get_height_width(arr)
    if not _pad._is_number(aspect_ratio) or not aspect_ratio > 0:
        raise InvalidValueError(
            f"Expected 'aspect_ratio' to be a number > 0, got {aspect_ratio!r}."
        )
    if height <= 0:
        raise InvalidValueError(
            f"Expected 'arr' to have a height > 0 to compute croppings towards an "
            f"aspect ratio, got shape with height {height}."
        )
    top = right = bottom = left = 0
    ratio = width / height
    if ratio < aspect_ratio:
        amount = min(height - width / aspect_ratio, height - 1)
        top = int(math.floor(amount / 2))
        bottom = int(math.ceil(amount / 2))
    elif ratio > aspect_ratio:
        amount = min(width - height * aspect_ratio, width - 1)
        left = int(math.floor(amount / 2))
        right = int(math.ceil(amount / 2))
    return top, right, bottom, left


def compute_croppings_to_reach_multiples_of(arr, height_multiple, width_multiple):
    """Compute the cropping that makes height and width multiples of given values.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape.
    height_multiple, width_multiple : None or int
        The multiples (``> 0``); ``None`` means no cropping on that axis. Axes of
        size zero are never cropped. An axis smaller than its multiple is cropped
        to size zero.

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; the larger half goes to bottom/right.

    Examples
    --------
    >>> compute_croppings_to_reach_multiples_of((5, 8), 4, 3)
    (0, 1, 1, 1)

    """
    height, width = _pad._get_height_width(arr)

    def _axis(size, multiple, name):
        if multiple is None:
            return 0, 0
        multiple = _check_int(multiple, name, minimum=1)
        total = 0 if size == 0 else size % multiple
        return total // 2, total - total // 2

    top, bottom = _axis(height, height_multiple, "height_multiple")
    left, right = _axis(width, width_multiple, "width_multiple")
    return top, right, bottom, left


def compute_croppings_to_reach_powers_of(
    arr, height_base, width_base, allow_zero_exponent=False
):
    """Compute the cropping that makes height and width powers of given bases.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape.
    height_base, width_base : None or int
        The bases (``> 1``); ``None`` means no cropping on that axis.
    allow_zero_exponent : bool, optional
        If set, an axis smaller than its base is cropped to ``base**0 = 1``;
        otherwise it is left alone. Axes of size zero are never cropped.

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; the larger half goes to bottom/right.

    Examples
    --------
    >>> compute_croppings_to_reach_powers_of((5, 10), 2, 3)
    (0, 1, 1, 0)

    """
    height, width = _pad._get_height_width(arr)

    def _axis(size, base, name):
        if base is None:
            return 0, 0
        base = _check_int(base, name, minimum=2)
        if size == 0:
            total = 0
        elif size < base:
            total = size - 1 if allow_zero_exponent else 0
        else:
            # integer search instead of log(size)/log(base): float logarithms
            # misjudge exact powers (e.g. log(243)/log(3) < 5)
            power = base
            while power * base <= size:
                power *= base
            total = size - power
        return total // 2, total - total // 2

    top, bottom = _axis(height, height_base, "height_base")
    left, right = _axis(width, width_base, "width_base")
    return top, right, bottom, left


# --------------------------------------------------------------------------------
# private helpers shared by the crop/pad augmenters
# --------------------------------------------------------------------------------
def prevent_zero_size(heights, widths, croppings):
    """Reduce crop amounts so that at least one pixel remains on each axis.

    Where ``top + bottom >= height``, the excess plus one pixel is given back,
    half to each side (the odd pixel to the top), moving any share a side cannot
    give back to the opposite side; likewise for the width (odd pixel to the
    right). An axis of size zero is not cropped (the other axis of that row is).

    Parameters
    ----------
    heights, widths : array-like of int
        ``(N,)`` image heights and widths.
    croppings : array-like of int
        ``(N, 4)`` non-negative ``(top, right, bottom, left)`` amounts.

    Returns
    -------
    numpy.ndarray
        ``(N, 4)`` int32 array of safe amounts (a new array).

    Examples
    --------
    >>> prevent_zero_size([4], [4], [[3, 0, 3, 1]]).tolist()
    [[1, 0, 2, 1]]

    """
    heights = np.asarray(heights, dtype=np.int64).reshape(-1)
    widths = np.asarray(widths, dtype=np.int64).reshape(-1)
    result = np.array(croppings, dtype=np.int32).reshape(-1, 4)
    top, right, bottom, left = result.T
    if ((top + bottom) < heights).all() and ((left + right) < widths).all():
        return result  # the common case (no empty rows, nothing to give back)
    result = result.astype(np.int64)
    result[heights <= 0, 0::2] = 0  # top, bottom
    result[widths <= 0, 1::2] = 0  # right, left
    top, right, bottom, left = result.T
    _give_back_(heights, top, bottom)  # odd pixel to the top
    _give_back_(widths, right, left)  # odd pixel to the right
    return result.astype(np.int32)


def _give_back_(sizes, first, second):
    """Reduce the crops ``first``/``second`` of one axis in place (see above)."""
    remaining = sizes - (first + second)
    regain = np.where((remaining < 1) & (sizes > 0), np.abs(remaining) + 1, 0)
    regain_second = regain // 2
    regain_first = regain - regain_second
    # a side cannot give back more than it crops: move the rest to the other side
    excess = np.maximum(regain_first - first, 0)
    regain_first -= excess
    regain_second += excess
    excess = np.maximum(regain_second - second, 0)
    regain_second -= excess
    regain_first += excess
    first -= regain_first
    second -= regain_second


def project_amounts(amounts, from_shape, to_shape):
    """Project ``(top, right, bottom, left)`` amounts onto an array of another size.

    Used for heatmaps and segmentation maps whose arrays are smaller or larger than
    their image. Top/left round after subtracting ``1e-4``, bottom/right after
    adding it, so that half-pixel amounts split evenly between opposite sides.

    Parameters
    ----------
    amounts : tuple of int
        Amounts in image pixels.
    from_shape, to_shape : tuple of int
        Image shape and array shape.

    Returns
    -------
    tuple of int
        Amounts in array pixels.

    Examples
    --------
    >>> project_amounts((3, 3, 3, 3), (10, 10), (5, 5))
    (1, 2, 2, 1)

    """
    from_h, from_w = from_shape[0:2]
    to_h, to_w = to_shape[0:2]
    if (from_h, from_w) == (to_h, to_w):
        return tuple(int(v) for v in amounts)
    top, right, bottom, left = (float(v) for v in amounts)
    fy = to_h / from_h if from_h > 0 else 1.0
    fx = to_w / from_w if from_w > 0 else 1.0
    return (
        int(round(top * fy - 1e-4)),
        int(round(right * fx + 1e-4)),
        int(round(bottom * fy + 1e-4)),
        int(round(left * fx - 1e-4)),
    )


def crop(arr, top=0, right=0, bottom=0, left=0):
    """Return a view of `arr` without the given border amounts.

    The amounts must already be safe (see `prevent_zero_size`), i.e. zero along
    an axis of size zero.

    Parameters
    ----------
    arr : ndarray
        ``(H, W[, C])`` array.
    top, right, bottom, left : int, optional
        Pixels to remove per side.

    Returns
    -------
    ndarray
        A view (or `arr` itself).

    """
    if not (top or right or bottom or left):
        return arr
    height, width = arr.shape[0:2]
    return arr[top : height - bottom, left : width - right]


def crop_and_pad(
    arr, croppings, paddings, pad_mode="constant", pad_cval=0, keep_size=False
):
    """Crop, then pad, then optionally resize an array back to its input size.

    Parameters
    ----------
    arr : ndarray
        ``(H, W[, C])`` array.
    croppings, paddings : tuple of int
        Safe ``(top, right, bottom, left)`` amounts.
    pad_mode : str or int, optional
        See :func:`imgaug._kernels.pad.pad`.
    pad_cval : number, optional
        See :func:`imgaug._kernels.pad.pad`.
    keep_size : bool, optional
        Resize the result back to ``(H, W)`` with the `resize_to` rule.

    Returns
    -------
    ndarray
        A new array with the dtype of `arr`.

    Examples
    --------
    >>> arr = np.arange(9, dtype=np.uint8).reshape(3, 3)
    >>> crop_and_pad(arr, (1, 0, 0, 0), (0, 0, 0, 1)).tolist()
    [[0, 3, 4, 5], [0, 6, 7, 8]]

    """
    height, width = arr.shape[0:2]
    result = crop(arr, *croppings)
    padded = any(paddings)
    if padded:
        result = _pad.pad(result, *paddings, mode=pad_mode, cval=pad_cval)
    if keep_size and result.shape[0:2] != (height, width):
        return resize_to(result, height, width)
    # without padding the result is still a view of the input
    return result if padded else np.copy(result)


def resize_to(arr, height, width, out=None):
    """Resize an array to ``(height, width)`` like ``imresize_single_image``.

    Uses ``cv2.INTER_AREA`` if the array grows along an axis, else
    ``cv2.INTER_LINEAR`` (the 0.4.0 default). uint8, uint16, int16, float32 and
    float64 arrays with at most four channels go straight to ``cv2.resize`` (no
    copy of strided views, optional `out`); everything else through the imresize
    kernel, which handles (or rejects) the other dtypes. Results are identical.

    Parameters
    ----------
    arr : ndarray
        ``(H, W[, C])`` array.
    height, width : int
        Target size.
    out : None or ndarray, optional
        C-contiguous ``(height, width[, C])`` array of the same dtype to write to.

    Returns
    -------
    ndarray
        The resized array (`out` if given).

    """
    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    fast = (
        arr.dtype in _CV2_RESIZE_DTYPES
        and 1 <= nb_channels <= 4
        and arr.size > 0
        and height > 0
        and width > 0
        and arr.strides[-1] == arr.itemsize
        and (arr.ndim == 2 or arr.strides[1] == arr.itemsize * nb_channels)
    )
    # route: tests/perf/test_resize_perf.py::test_resize_to_direct_cv2
    if fast:
        grows = height > arr.shape[0] or width > arr.shape[1]
        interpolation = cv2.INTER_AREA if grows else cv2.INTER_LINEAR
        result = cv2.resize(arr, (width, height), dst=out, interpolation=interpolation)
        if out is not None and np.shares_memory(result, out):
            return out
        if arr.ndim == 3 and result.ndim == 2:
            result = result[:, :, np.newaxis]
    else:
        result = _resize.imresize_single_image(arr, (height, width))
    if out is not None:
        out[...] = result
        return out
    return result


def _check_int(value, name, minimum):
    if isinstance(value, (bool, np.bool_)):
        pass
    elif isinstance(value, numbers.Integral):
        value = int(value)
    elif isinstance(value, numbers.Real) and float(value).is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidTypeError(
            f"Expected '{name}' to be None or an integer, got {value!r}."
        )
    if value < minimum:
        raise InvalidValueError(f"Expected '{name}' to be >= {minimum}, got {value}.")
    return value
