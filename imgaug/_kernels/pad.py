"""Padding of image-like arrays and the padding-amount helpers of 0.4.0.

``imgaug.augmenters.size`` re-exports these functions under their public names;
they live here so that augmentables can pad without importing augmenters.
"""

from __future__ import annotations

import functools
import math
import numbers

import cv2
import numpy as np

from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "PAD_MODES",
    "pad",
    "pad_to_aspect_ratio",
    "pad_to_multiples_of",
    "compute_paddings_to_reach_aspect_ratio",
    "compute_paddings_to_reach_multiples_of",
    "compute_paddings_to_reach_powers_of",
]

PAD_MODES = (
    "constant",
    "edge",
    "linear_ramp",
    "maximum",
    "mean",
    "median",
    "minimum",
    "reflect",
    "symmetric",
    "wrap",
)

_MODE_TO_CV2 = {
    "constant": cv2.BORDER_CONSTANT,
    "edge": cv2.BORDER_REPLICATE,
    "reflect": cv2.BORDER_REFLECT_101,
    "symmetric": cv2.BORDER_REFLECT,
    "wrap": cv2.BORDER_WRAP,
}
_CV2_TO_MODE = {value: key for key, value in _MODE_TO_CV2.items()}

# dtypes that cv2.copyMakeBorder handles; everything else goes through numpy
_CV2_DTYPES = frozenset(
    np.dtype(name)
    for name in ("uint8", "uint16", "int8", "int16", "int32", "float32", "float64")
)


def pad(arr, top=0, right=0, bottom=0, left=0, mode="constant", cval=0):
    """Pad an image-like array on its four sides.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int8``, ``int16``, ``int32``, ``float32``,
      ``float64``: yes; fully tested (cv2 for constant, edge, reflect, symmetric
      and wrap; numpy otherwise)
    * ``bool``, ``uint32``, ``uint64``, ``int64``, ``float16``, ``float128``:
      yes; fully tested (numpy)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    top, right, bottom, left : int, optional
        Number of pixels to add on each side (``>= 0``).
    mode : str or int, optional
        A numpy padding mode (``constant``, ``edge``, ``linear_ramp``,
        ``maximum``, ``mean``, ``median``, ``minimum``, ``reflect``,
        ``symmetric``, ``wrap``) or one of ``cv2.BORDER_CONSTANT``,
        ``cv2.BORDER_REPLICATE``, ``cv2.BORDER_REFLECT_101``,
        ``cv2.BORDER_REFLECT``, ``cv2.BORDER_WRAP``. Arrays with a zero-sized
        axis are always padded with ``constant``.
    cval : number or iterable of number, optional
        Value for ``constant`` (end value for ``linear_ramp``); an iterable gives
        one value per channel. Clipped to the dtype's value range and rounded
        for integer dtypes.

    Returns
    -------
    ndarray
        New padded array of the input dtype.

    Examples
    --------
    >>> import numpy as np
    >>> pad(np.ones((1, 2), dtype=np.uint8), left=1, cval=7).tolist()
    [[7, 1, 1]]

    """
    if not isinstance(arr, np.ndarray):
        raise InvalidTypeError(f"Expected 'arr' to be a numpy array, got {type(arr)}.")
    if arr.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'arr' to have shape (H, W) or (H, W, C), got {arr.shape}."
        )
    top = _check_amount(top, "top")
    right = _check_amount(right, "right")
    bottom = _check_amount(bottom, "bottom")
    left = _check_amount(left, "left")
    mode = _normalize_mode(mode)
    nb_channels = arr.shape[2] if arr.ndim == 3 else None
    cvals = _normalize_cval(cval, arr.dtype, nb_channels)

    if top == right == bottom == left == 0:
        return np.copy(arr)
    if arr.size == 0:
        mode = "constant"

    # route: tests/perf/test_pad_perf.py::test_pad_cv2_vs_np_pad
    use_cv2 = arr.dtype in _CV2_DTYPES and arr.size > 0 and mode in _MODE_TO_CV2
    if mode == "constant":
        if use_cv2 and (nb_channels is None or nb_channels <= 4):
            return _pad_constant_cv2(arr, top, right, bottom, left, cvals)
        # route: tests/perf/test_pad_perf.py::test_pad_constant_many_channels
        return _pad_constant_numpy(arr, top, right, bottom, left, cvals)
    if use_cv2:
        border = _MODE_TO_CV2[mode]

        def _border(chunk):
            return cv2.copyMakeBorder(chunk, top, bottom, left, right, border)

        return cv2util.map_channel_chunks(_border, arr)
    return _pad_numpy(arr, top, right, bottom, left, mode, cvals)


def pad_to_aspect_ratio(
    arr, aspect_ratio, mode="constant", cval=0, return_pad_amounts=False
):
    """Pad an array so that its width/height ratio becomes `aspect_ratio`.

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    aspect_ratio : float
        Target ``width / height`` (``> 0``).
    mode : str or int, optional
        See `pad`.
    cval : number or iterable of number, optional
        See `pad`.
    return_pad_amounts : bool, optional
        Also return the ``(top, right, bottom, left)`` amounts.

    Returns
    -------
    ndarray or tuple of (ndarray, tuple of int)
        Padded array, and the amounts if `return_pad_amounts` is set.

    """
    amounts = compute_paddings_to_reach_aspect_ratio(arr, aspect_ratio)
    arr_padded = pad(arr, *amounts, mode=mode, cval=cval)
    if return_pad_amounts:
        return arr_padded, amounts
    return arr_padded


def pad_to_multiples_of(
    arr,
    height_multiple,
    width_multiple,
    mode="constant",
    cval=0,
    return_pad_amounts=False,
):
    """Pad an array so that its height and width become multiples of given values.

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    height_multiple, width_multiple : None or int
        The multiples (``> 0``); ``None`` leaves that axis alone.
    mode : str or int, optional
        See `pad`.
    cval : number or iterable of number, optional
        See `pad`.
    return_pad_amounts : bool, optional
        Also return the ``(top, right, bottom, left)`` amounts.

    Returns
    -------
    ndarray or tuple of (ndarray, tuple of int)
        Padded array, and the amounts if `return_pad_amounts` is set.

    """
    amounts = compute_paddings_to_reach_multiples_of(
        arr, height_multiple, width_multiple
    )
    arr_padded = pad(arr, *amounts, mode=mode, cval=cval)
    if return_pad_amounts:
        return arr_padded, amounts
    return arr_padded


def compute_paddings_to_reach_aspect_ratio(arr, aspect_ratio):
    """Compute the padding that gives an array the width/height ratio `aspect_ratio`.

    An axis of size zero is treated as size one and padded by one more pixel.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape.
    aspect_ratio : float
        Target ``width / height`` (``> 0``).

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; extra pixels go to the right and bottom.

    Examples
    --------
    >>> compute_paddings_to_reach_aspect_ratio((4, 2), 1.0)
    (0, 1, 0, 1)

    """
    height, width = _get_height_width(arr)
    if not _is_number(aspect_ratio) or not aspect_ratio > 0:
        raise InvalidValueError(
            f"Expected 'aspect_ratio' to be a number > 0, got {aspect_ratio!r}."
        )
    top = right = bottom = left = 0
    if height == 0:
        height = 1
        bottom += 1
    if width == 0:
        width = 1
        right += 1
    ratio = width / height
    if ratio < aspect_ratio:
        diff = aspect_ratio * height - width
        right += int(math.ceil(diff / 2))
        left += int(math.floor(diff / 2))
    elif ratio > aspect_ratio:
        diff = width / aspect_ratio - height
        top += int(math.floor(diff / 2))
        bottom += int(math.ceil(diff / 2))
    return top, right, bottom, left


def compute_paddings_to_reach_multiples_of(arr, height_multiple, width_multiple):
    """Compute the padding that makes height and width multiples of given values.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape.
    height_multiple, width_multiple : None or int
        The multiples (``> 0``); ``None`` means no padding on that axis. An axis
        of size zero is padded by one full multiple.

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; the larger half goes to bottom/right.

    Examples
    --------
    >>> compute_paddings_to_reach_multiples_of((5, 8), 4, 3)
    (1, 1, 2, 0)

    """
    height, width = _get_height_width(arr)

    def _axis(size, multiple, name):
        if multiple is None:
            return 0, 0
        multiple = _check_positive_int(multiple, name, minimum=1)
        if size == 0:
            total = multiple
        elif size % multiple == 0:
            total = 0
        else:
            total = multiple - size % multiple
        return total // 2, total - total // 2

    top, bottom = _axis(height, height_multiple, "height_multiple")
    left, right = _axis(width, width_multiple, "width_multiple")
    return top, right, bottom, left


def compute_paddings_to_reach_powers_of(
    arr, height_base, width_base, allow_zero_exponent=False
):
    """Compute the padding that makes height and width powers of given bases.

    Parameters
    ----------
    arr : ndarray or tuple of int
        Array or its shape.
    height_base, width_base : None or int
        The bases (``> 1``); ``None`` means no padding on that axis.
    allow_zero_exponent : bool, optional
        If set, a zero-sized axis is padded to ``base**0 = 1`` instead of
        ``base``. Sizes from one to `base` are always padded to `base`.

    Returns
    -------
    tuple of int
        ``(top, right, bottom, left)``; the larger half goes to bottom/right.

    Examples
    --------
    >>> compute_paddings_to_reach_powers_of((5, 9), 2, 3)
    (1, 0, 2, 0)

    """
    height, width = _get_height_width(arr)

    def _axis(size, base, name):
        if base is None:
            return 0, 0
        base = _check_positive_int(base, name, minimum=2)
        if size == 0:
            total = 1 if allow_zero_exponent else base
        elif size <= base:
            total = base - size
        else:
            # integer search: float logarithms misjudge exact powers (e.g. 125, 5)
            power = base
            while power < size:
                power *= base
            total = power - size
        return total // 2, total - total // 2

    top, bottom = _axis(height, height_base, "height_base")
    left, right = _axis(width, width_base, "width_base")
    return top, right, bottom, left


def _get_height_width(arr):
    if isinstance(arr, np.ndarray):
        shape = arr.shape
    elif isinstance(arr, (tuple, list)):
        shape = tuple(arr)
    else:
        raise InvalidTypeError(
            f"Expected 'arr' to be a numpy array or a shape tuple, got {type(arr)}."
        )
    if len(shape) < 2:
        raise InvalidValueError(
            f"Expected 'arr' to have at least two axes (H, W), got shape {shape}."
        )
    return int(shape[0]), int(shape[1])


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _check_positive_int(value, name, minimum):
    if type(value) is int:  # the common case, without the slower ABC checks
        pass
    elif isinstance(value, numbers.Integral) and not isinstance(value, bool):
        value = int(value)
    elif isinstance(value, numbers.Real) and float(value).is_integer():
        value = int(value)
    else:
        raise InvalidTypeError(f"Expected '{name}' to be an integer, got {value!r}.")
    if value < minimum:
        raise InvalidValueError(f"Expected '{name}' to be >= {minimum}, got {value}.")
    return value


def _check_amount(value, name):
    return _check_positive_int(value, name, minimum=0)


def _normalize_mode(mode, name="mode"):
    if isinstance(mode, str):
        if mode in PAD_MODES:
            return mode
    elif isinstance(mode, numbers.Integral) and not isinstance(mode, bool):
        if int(mode) in _CV2_TO_MODE:
            return _CV2_TO_MODE[int(mode)]
    raise InvalidValueError(
        f"Expected '{name}' to be one of {list(PAD_MODES)} or a cv2 border constant "
        f"(BORDER_CONSTANT, BORDER_REPLICATE, BORDER_REFLECT_101, BORDER_REFLECT, "
        f"BORDER_WRAP), got {mode!r}."
    )


def _normalize_cval(cval, dtype, nb_channels, name="cval"):
    """Return a tuple of pad values (one per channel, or a single one)."""
    if isinstance(cval, np.ndarray) and cval.ndim == 0:
        cval = cval.item()
    if isinstance(cval, (list, tuple, np.ndarray)):
        values = list(np.asarray(cval).ravel().tolist())
        if len(values) == 0:
            raise InvalidValueError(f"Expected '{name}' to contain at least one value.")
        if len(values) > 1 and len(values) != (nb_channels or 1):
            raise InvalidValueError(
                f"Expected '{name}' to contain one value or one value per channel "
                f"({nb_channels or 1}), got {len(values)} values."
            )
    else:
        values = [cval]
    return tuple(_cast_value(value, dtype, name) for value in values)


def _cast_value(value, dtype, name="cval"):
    """Clip `value` to the value range of `dtype` and convert it to that dtype."""
    if isinstance(value, np.generic):
        value = value.item()
    if type(value) is not int and not isinstance(value, numbers.Real):
        raise InvalidTypeError(f"Expected '{name}' to contain numbers, got {value!r}.")
    if dtype.kind == "f":
        # direct conversion: a float128 value keeps its precision
        with np.errstate(over="ignore"):
            converted = dtype.type(value)
        if np.isinf(converted):  # infinite or beyond the range: clip to it
            info = np.finfo(dtype)
            converted = info.max if converted > 0 else info.min
        return converted
    low, high = _integer_range(dtype)
    if type(value) is int or isinstance(value, numbers.Integral):
        value = int(value)
    else:
        value = float(value)
        if math.isnan(value):
            raise InvalidValueError(
                f"Expected '{name}' to be a number for dtype {dtype.name}, got nan."
            )
        if math.isinf(value):
            value = high if value > 0 else low
        else:
            value = int(round(value))
    return dtype.type(min(max(value, low), high))


@functools.cache
def _integer_range(dtype):
    """``(min, max)`` of an integer or bool dtype as Python ints (cached)."""
    if dtype.kind == "b":
        return 0, 1
    info = np.iinfo(dtype)
    return int(info.min), int(info.max)


def _pad_constant_cv2(arr, top, right, bottom, left, cvals):
    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    values = cvals if len(cvals) == nb_channels else cvals * nb_channels
    scalar = tuple(float(v) for v in values) + (0.0,) * (4 - len(values))
    result = cv2.copyMakeBorder(
        cv2util.contiguous(arr),
        top,
        bottom,
        left,
        right,
        cv2.BORDER_CONSTANT,
        value=scalar,
    )
    if arr.ndim == 3 and result.ndim == 2:
        result = result[:, :, np.newaxis]
    return result


def _pad_constant_numpy(arr, top, right, bottom, left, cvals):
    height, width = arr.shape[0:2]
    shape = (height + top + bottom, width + left + right) + arr.shape[2:]
    result = np.empty(shape, dtype=arr.dtype)
    fill = np.array(cvals, dtype=arr.dtype) if len(cvals) > 1 else cvals[0]
    result[:top] = fill
    result[top + height :] = fill
    result[top : top + height, :left] = fill
    result[top : top + height, left + width :] = fill
    result[top : top + height, left : left + width] = arr
    return result


def _pad_numpy(arr, top, right, bottom, left, mode, cvals):
    if mode in _STAT_FUNCS and arr.dtype in _STAT_FAST_DTYPES:
        # route: tests/perf/test_pad_perf.py::test_pad_statistic_modes
        return _pad_statistic(arr, top, right, bottom, left, _STAT_FUNCS[mode])
    pad_width = [(top, bottom), (left, right)] + [(0, 0)] * (arr.ndim - 2)
    if mode != "linear_ramp":
        return np.pad(arr, pad_width, mode=mode)
    if len(cvals) == 1:
        return np.pad(arr, pad_width, mode=mode, end_values=cvals[0].item())
    channels = [
        np.pad(arr[:, :, c], pad_width[0:2], mode=mode, end_values=value.item())
        for c, value in enumerate(cvals)
    ]
    return np.stack(channels, axis=-1)


#: ``np.pad`` modes that pad with a statistic of each row/column
_STAT_FUNCS = {
    "maximum": np.max,
    "minimum": np.min,
    "mean": np.mean,
    "median": np.median,
}
#: dtypes whose statistic padding takes `_pad_statistic` (others use ``np.pad``)
_STAT_FAST_DTYPES = frozenset(
    np.dtype(name)
    for name in ("uint8", "uint16", "int8", "int16", "int32", "float32", "float64")
)


def _pad_statistic(arr, top, right, bottom, left, func):
    """``np.pad(arr, ..., mode=<statistic>)``, with the reductions made fast.

    As ``np.pad``: first the rows above/below get the statistic of each column
    (over the original rows), then the columns left/right get the statistic of
    each row of that result (over the original columns, so corners derive from
    the new rows). Integer dtypes get rounded statistics. ``np.pad`` reduces
    along strided axes, which for ``(H, W, C)`` images is 10-20x slower than
    reducing contiguous copies along their last axis, as done here.
    """
    height, width = arr.shape[0:2]
    out = np.empty(
        (height + top + bottom, width + left + right) + arr.shape[2:], dtype=arr.dtype
    )
    out[top : top + height, left : left + width] = arr
    if top or bottom:
        stat = _statistic_along(arr, 0, func)
        out[0:top, left : left + width] = stat
        out[top + height :, left : left + width] = stat
    if left or right:
        stat = _statistic_along(out[:, left : left + width], 1, func)
        stat = stat[:, np.newaxis]
        out[:, 0:left] = stat
        out[:, left + width :] = stat
    return out


def _statistic_along(arr, axis, func):
    """``func`` over `axis` (removed), rounded for integer inputs like np.pad."""
    moved = np.ascontiguousarray(np.moveaxis(arr, axis, -1))
    stat = func(moved, axis=-1)
    if arr.dtype.kind in "iu" and np.asarray(stat).dtype.kind == "f":
        stat = np.round(stat)
    return stat
