"""Helpers for numpy dtypes: normalizing, changing, clipping and gating them.

The functions here are used by kernels and augmenters to check which input dtypes
they support (:func:`gate_dtypes`), to temporarily change dtypes for a computation
and to restore them afterwards with rounding and clipping
(:func:`copy_dtypes_for_restore`, :func:`restore_dtypes_`).

Dtype names that the running numpy cannot resolve (e.g. ``"float128"`` on platforms
without extended precision) are skipped wherever lists of names are accepted.
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Iterable
from typing import Any

import numpy as np

from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "KIND_TO_DTYPES",
    "normalize_dtypes",
    "normalize_dtype",
    "change_dtypes_",
    "change_dtype_",
    "restore_dtypes_",
    "copy_dtypes_for_restore",
    "increase_itemsize_of_dtype",
    "get_minimal_dtype",
    "promote_array_dtypes_",
    "increase_array_resolutions_",
    "get_value_range_of_dtype",
    "clip_",
    "clip_to_dtype_value_range_",
    "gate_dtypes",
]

KIND_TO_DTYPES = {
    "i": ["int8", "int16", "int32", "int64"],
    "u": ["uint8", "uint16", "uint32", "uint64"],
    "b": ["bool"],
    "f": ["float16", "float32", "float64", "float128"],
}

_CLIP_DTYPES = {
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
        "float128",
    ],
    "disallowed": ["uint64", "int64"],
}

#: ``gate_dtypes`` lists of the functions and augmenters that work on uint8 only
#: (OpenCV colour conversions and filters, Pillow-like and ImageNet-C routes)
_UINT8_ONLY_DTYPES = {
    "allowed": ["uint8"],
    "disallowed": [
        "bool",
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
}

# dtype -> (min, center, max)
_VALUE_RANGE_CACHE: dict[np.dtype, tuple[Any, Any, Any]] = {}

# (allowed names, disallowed names) -> _GateEntry
_GATE_CACHE: dict[tuple[tuple[Any, ...], tuple[Any, ...]], _GateEntry] = {}


def normalize_dtype(dtype: Any) -> np.dtype:
    """Convert a dtype-like, array or numpy scalar to a ``numpy.dtype``.

    Parameters
    ----------
    dtype : numpy.dtype or str or type or numpy.ndarray or numpy.generic
        The dtype-like. Arrays and numpy scalars contribute their dtype.

    Returns
    -------
    numpy.dtype
        The dtype.

    Examples
    --------
    >>> import numpy as np
    >>> normalize_dtype("uint8") == np.uint8
    True

    """
    return _normalize_dtype(dtype, "dtype")


def _normalize_dtype(dtype: Any, argname: str) -> np.dtype:
    """Implement :func:`normalize_dtype`; errors name the argument `argname`."""
    if isinstance(dtype, list):
        raise InvalidTypeError(
            f"Expected argument '{argname}' to be a single dtype-like, got a list. "
            "Use normalize_dtypes() for lists."
        )
    if isinstance(dtype, (np.ndarray, np.generic)):
        return dtype.dtype
    try:
        return np.dtype(dtype)
    except TypeError:
        raise InvalidTypeError(
            f"Expected argument '{argname}' to be a dtype-like (e.g. 'uint8' or "
            f"numpy.float32), an array or a numpy scalar, got {dtype!r}."
        ) from None


def _normalize_dtypes(dtypes: Any, argname: str) -> list[np.dtype]:
    """Implement :func:`normalize_dtypes`; errors name the argument `argname`."""
    if not isinstance(dtypes, list):
        return [_normalize_dtype(dtypes, argname)]
    return [_normalize_dtype(dtype, argname) for dtype in dtypes]


def normalize_dtypes(dtypes: Any) -> list[np.dtype]:
    """Convert one dtype-like or a list of them to a list of ``numpy.dtype``.

    Parameters
    ----------
    dtypes : dtype-like or numpy.ndarray or list of (dtype-like or numpy.ndarray)
        A single value or a list of values accepted by :func:`normalize_dtype`.

    Returns
    -------
    list of numpy.dtype
        The dtypes (one entry for a single input).

    """
    return _normalize_dtypes(dtypes, "dtypes")


def change_dtype_(
    arr: np.ndarray, dtype: Any, clip: bool = True, round: bool = True
) -> np.ndarray:
    """Change the dtype of an array, optionally rounding and clipping first.

    Parameters
    ----------
    arr : numpy.ndarray
        The array. May be modified in place.
    dtype : dtype-like
        The target dtype.
    clip : bool, optional
        Whether to clip values to the value range of `dtype` before the cast.
        Floats are clipped to the largest values that survive the cast exactly.
    round : bool, optional
        Whether to round float values when the target is an integer or bool dtype.

    Returns
    -------
    numpy.ndarray
        The array with the new dtype (the input itself if the dtype already
        matches).

    Examples
    --------
    >>> import numpy as np
    >>> change_dtype_(np.array([-3.6, 0.4, 300.2]), "uint8")
    array([  0,   0, 255], dtype=uint8)

    """
    if not isinstance(arr, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'arr' to be a numpy array, got {type(arr).__name__}."
        )
    dtype = normalize_dtype(dtype)
    if arr.dtype == dtype:
        return arr
    float_to_intlike = arr.dtype.kind == "f" and dtype.kind in "uib"
    if round and float_to_intlike:
        arr = np.round(arr)
    if clip:
        min_value, _, max_value = get_value_range_of_dtype(dtype)
        if float_to_intlike:
            arr = _clip_float_for_int_cast_(arr, min_value, max_value)
        else:
            arr = _clip_(arr, min_value, max_value)
    return arr.astype(dtype, copy=False)


def _is_single_dtype(dtypes: Any) -> bool:
    return isinstance(dtypes, (str, np.dtype, type)) or not isinstance(
        dtypes, (list, tuple, np.ndarray)
    )


def change_dtypes_(
    images: Any, dtypes: Any, clip: bool = True, round: bool = True
) -> Any:
    """Change the dtypes of one image array or of a list of images.

    Parameters
    ----------
    images : numpy.ndarray or list of numpy.ndarray
        An ``(N, ...)`` array or a list of arrays. A list is modified in place.
    dtypes : dtype-like or iterable of dtype-like
        For an array: one dtype, or ``N`` times the same dtype. For a list: one
        dtype for all images or one dtype per image.
    clip : bool, optional
        See :func:`change_dtype_`.
    round : bool, optional
        See :func:`change_dtype_`.

    Returns
    -------
    numpy.ndarray or list of numpy.ndarray
        The converted images.

    """
    if isinstance(images, np.ndarray):
        if _is_single_dtype(dtypes):
            dtype = _normalize_dtype(dtypes, "dtypes")
        else:
            dtypes = normalize_dtypes(list(dtypes))
            if len(dtypes) != len(images):
                raise InvalidValueError(
                    "Expected argument 'dtypes' to contain as many dtypes as there "
                    f"are images ({len(images)}), got {len(dtypes)}."
                )
            n_distinct = len({dt.name for dt in dtypes})
            if n_distinct > 1:
                raise InvalidValueError(
                    "If an image array is provided to change_dtypes_(), the provided "
                    "'dtypes' argument must either be a single dtype or an iterable "
                    "of N times the *same* dtype for N images. Got "
                    f"{n_distinct} distinct dtypes."
                )
            if not dtypes:
                return images
            dtype = dtypes[0]
        return change_dtype_(images, dtype, clip=clip, round=round)
    if isinstance(images, list):
        if _is_single_dtype(dtypes):
            dtypes = [_normalize_dtype(dtypes, "dtypes")] * len(images)
        else:
            dtypes = normalize_dtypes(list(dtypes))
        for image in images:
            if not isinstance(image, np.ndarray):
                raise InvalidTypeError(
                    "Expected argument 'images' to contain only numpy arrays, got "
                    f"an item of type {type(image).__name__}."
                )
        if len(dtypes) != len(images):
            raise InvalidValueError(
                "Expected argument 'dtypes' to contain one dtype per image "
                f"({len(images)}), got {len(dtypes)}."
            )
        for i, (image, dtype) in enumerate(zip(images, dtypes)):
            images[i] = change_dtype_(image, dtype, clip=clip, round=round)
        return images
    raise InvalidTypeError(
        "Expected numpy array or list of numpy arrays as argument 'images', "
        f"got type '{type(images).__name__}'."
    )


def restore_dtypes_(
    images: Any, dtypes: Any, clip: bool = True, round: bool = True
) -> Any:
    """Restore the dtypes of images; alias of :func:`change_dtypes_`.

    Parameters
    ----------
    images : numpy.ndarray or list of numpy.ndarray
        See :func:`change_dtypes_`.
    dtypes : dtype-like or iterable of dtype-like
        Usually the output of :func:`copy_dtypes_for_restore`.
    clip : bool, optional
        See :func:`change_dtype_`.
    round : bool, optional
        See :func:`change_dtype_`.

    Returns
    -------
    numpy.ndarray or list of numpy.ndarray
        The converted images.

    """
    return change_dtypes_(images, dtypes, clip=clip, round=round)


def copy_dtypes_for_restore(images: Any, force_list: bool = False) -> Any:
    """Record the dtype(s) of images for a later :func:`restore_dtypes_`.

    Parameters
    ----------
    images : numpy.ndarray or list of numpy.ndarray
        The images.
    force_list : bool, optional
        For an array input, return ``[dtype] * N`` instead of one dtype.

    Returns
    -------
    numpy.dtype or list of numpy.dtype
        The dtype(s).

    """
    if isinstance(images, np.ndarray):
        if force_list:
            return [images.dtype] * len(images)
        return images.dtype
    if not isinstance(images, (list, tuple)) or not all(
        isinstance(image, np.ndarray) for image in images
    ):
        raise InvalidTypeError(
            "Expected argument 'images' to be a numpy array or a list of numpy "
            f"arrays, got {type(images).__name__}."
        )
    return [image.dtype for image in images]


def increase_itemsize_of_dtype(dtype: Any, factor: int) -> np.dtype:
    """Return the dtype of the same kind with an itemsize ``factor`` times larger.

    Parameters
    ----------
    dtype : dtype-like
        The dtype to enlarge. ``bool`` cannot be enlarged.
    factor : int
        One of 1, 2, 4, 8.

    Returns
    -------
    numpy.dtype
        The enlarged dtype.

    Examples
    --------
    >>> increase_itemsize_of_dtype("uint8", 2)
    dtype('uint16')

    """
    dtype = normalize_dtype(dtype)
    _check_itemsize_factor(factor, "factor")
    if dtype.kind == "b":
        raise InvalidValueError(
            "Expected argument 'dtype' to not be bool, as the itemsize of bool "
            "cannot be increased."
        )
    name = f"{dtype.kind}{dtype.itemsize * factor}"
    try:
        return np.dtype(name)
    except TypeError as exc:
        raise TypeError(
            f"Unable to create a numpy dtype matching the name '{name}'. This error "
            "was caused when trying to find a dtype that increases the itemsize of "
            f"dtype '{dtype.name}' by a factor of {factor}. This error can be "
            "avoided by choosing arrays with lower resolution dtypes as inputs, "
            "e.g. by reducing float32 to float16."
        ) from exc


def _check_itemsize_factor(factor: Any, argname: str) -> None:
    if not isinstance(factor, int) or isinstance(factor, bool):
        raise InvalidTypeError(
            f"Expected argument '{argname}' to be an int, got {type(factor).__name__}."
        )
    if factor not in (1, 2, 4, 8):
        raise InvalidValueError(
            f"Expected argument '{argname}' to be one of 1, 2, 4, 8, got {factor}."
        )


def get_minimal_dtype(arrays: Any, increase_itemsize_factor: int = 1) -> np.dtype:
    """Return the smallest dtype to which all given arrays/dtypes can be promoted.

    Parameters
    ----------
    arrays : list of (numpy.ndarray or dtype-like)
        Non-empty list of arrays or dtypes.
    increase_itemsize_factor : int, optional
        Enlarge the promoted dtype's itemsize by this factor.

    Returns
    -------
    numpy.dtype
        The promoted dtype.

    Examples
    --------
    >>> get_minimal_dtype(["uint8", "int8"])
    dtype('int16')

    """
    if not isinstance(arrays, list) or len(arrays) == 0:
        raise InvalidValueError(
            "Expected argument 'arrays' to be a non-empty list of arrays or dtypes."
        )
    _check_itemsize_factor(increase_itemsize_factor, "increase_itemsize_factor")
    input_dtypes = _normalize_dtypes(arrays, "arrays")
    promoted = input_dtypes[0]
    for dtype in input_dtypes[1:]:
        promoted = np.promote_types(promoted, dtype)
    if increase_itemsize_factor > 1:
        promoted = increase_itemsize_of_dtype(promoted, increase_itemsize_factor)
    return promoted


def promote_array_dtypes_(
    arrays: Any, dtypes: Any = None, increase_itemsize_factor: int = 1
) -> Any:
    """Change arrays to their minimal common dtype (no rounding, no clipping).

    Parameters
    ----------
    arrays : numpy.ndarray or list of numpy.ndarray
        The arrays. A list is modified in place.
    dtypes : None or dtype-like or list of dtype-like, optional
        Dtypes to promote; by default the arrays' own dtypes.
    increase_itemsize_factor : int, optional
        Enlarge the promoted dtype's itemsize by this factor.

    Returns
    -------
    numpy.ndarray or list of numpy.ndarray
        The converted arrays.

    """
    if dtypes is None:
        dtypes = _normalize_dtypes(arrays, "arrays")
    else:
        dtypes = _normalize_dtypes(dtypes, "dtypes")
    dtype = get_minimal_dtype(dtypes, increase_itemsize_factor=increase_itemsize_factor)
    return change_dtypes_(arrays, dtype, clip=False, round=False)


def increase_array_resolutions_(arrays: Any, factor: int) -> Any:
    """Enlarge the itemsize of each array's dtype by ``factor`` (no round/clip).

    Parameters
    ----------
    arrays : numpy.ndarray or list of numpy.ndarray
        The arrays. A list is modified in place.
    factor : int
        One of 1, 2, 4, 8.

    Returns
    -------
    numpy.ndarray or list of numpy.ndarray
        The converted arrays.

    """
    if isinstance(arrays, np.ndarray):
        dtype = increase_itemsize_of_dtype(arrays.dtype, factor)
        return change_dtypes_(arrays, dtype, clip=False, round=False)
    dtypes = [
        increase_itemsize_of_dtype(dt, factor)
        for dt in _normalize_dtypes(arrays, "arrays")
    ]
    return change_dtypes_(arrays, dtypes, clip=False, round=False)


def get_value_range_of_dtype(dtype: Any) -> tuple[Any, Any, Any]:
    """Return the minimum, center and maximum value of a dtype.

    Parameters
    ----------
    dtype : dtype-like
        A bool, unsigned int, signed int or float dtype.

    Returns
    -------
    tuple
        ``(min, center, max)``. Floats: ``(finfo.min, 0.0, finfo.max)``; unsigned
        ints: ``(0, 0.5 * max, max)``; signed ints: ``(min, -0.5, max)``; bool:
        ``(0, None, 1)``.

    Examples
    --------
    >>> get_value_range_of_dtype("uint8")
    (0, 127.5, 255)

    """
    dtype = normalize_dtype(dtype)
    cached = _VALUE_RANGE_CACHE.get(dtype)
    if cached is not None:
        return cached
    result: tuple[Any, Any, Any]
    if dtype.kind == "f":
        finfo = np.finfo(dtype)
        result = (finfo.min, 0.0, finfo.max)
    elif dtype.kind == "u":
        iinfo = np.iinfo(dtype)
        result = (iinfo.min, iinfo.min + 0.5 * iinfo.max, iinfo.max)
    elif dtype.kind == "i":
        iinfo = np.iinfo(dtype)
        result = (iinfo.min, -0.5, iinfo.max)
    elif dtype.kind == "b":
        result = (0, None, 1)
    else:
        raise InvalidValueError(
            f"Cannot estimate value range of dtype '{dtype.name}' "
            f"(kind '{dtype.kind}'); expected a bool, integer or float dtype."
        )
    _VALUE_RANGE_CACHE[dtype] = result
    return result


def clip_(array: np.ndarray, min_value: Any, max_value: Any) -> np.ndarray:
    """Clip an array in place to ``[min_value, max_value]``.

    Bounds outside of the array dtype's own value range are ignored, as are
    ``None`` bounds. Integer arrays use the bounds rounded inwards. ``int64`` and
    ``uint64`` arrays are rejected. 0-d and read-only arrays are clipped out of
    place; a numpy scalar gives a new scalar of its dtype.

    Parameters
    ----------
    array : numpy.ndarray or numpy.generic
        The array (or numpy scalar) to clip.
    min_value : None or number
        Lower bound.
    max_value : None or number
        Upper bound.

    Returns
    -------
    numpy.ndarray or numpy.generic
        The clipped array (the input itself, except for 0-d and read-only arrays),
        or the clipped scalar.

    Examples
    --------
    >>> import numpy as np
    >>> clip_(np.array([0, 100, 200], dtype=np.uint8), 50, 150)
    array([ 50, 100, 150], dtype=uint8)
    >>> int(clip_(np.int8(-10), -1, 10))
    -1

    """
    if isinstance(array, np.generic):
        # numpy scalars are accepted as in 0.4.0; clipped as a 0-d array
        return clip_(np.asarray(array), min_value, max_value)[()]
    if not isinstance(array, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'array' to be a numpy array or numpy scalar, got "
            f"{type(array).__name__}."
        )
    for argname, value in (("min_value", min_value), ("max_value", max_value)):
        if value is not None and (
            not isinstance(value, numbers.Real)
            or isinstance(value, bool)
            or value != value
        ):
            raise InvalidValueError(
                f"Expected argument '{argname}' to be None or a number, got {value!r}."
            )
    gate_dtypes(array, **_CLIP_DTYPES)
    return _clip_(array, min_value, max_value)


def _clip_(array: np.ndarray, min_value: Any, max_value: Any) -> np.ndarray:
    """Clip any bool/int/float array; see :func:`clip_` (no dtype gate)."""
    dtype = array.dtype
    dt_min, _, dt_max = get_value_range_of_dtype(dtype)
    if min_value is not None and min_value < dt_min:
        min_value = None
    if max_value is not None and dt_max < max_value:
        max_value = None
    # bounds beyond the opposite end of the range clip everything to that end
    if min_value is not None and min_value > dt_max:
        min_value = dt_max
    if max_value is not None and max_value < dt_min:
        max_value = dt_min
    if min_value is None and max_value is None:
        return array

    if dtype.kind == "b":
        return _clip_bool_(array, min_value, max_value)
    if dtype.kind in "iu":
        # integer bounds, rounded inwards; as the array's own scalar type so that
        # numpy's type promotion cannot change the dtype
        if min_value is not None:
            min_value = dtype.type(math.ceil(min_value))
        if max_value is not None:
            max_value = dtype.type(math.floor(max_value))
    else:
        if min_value is not None:
            min_value = dtype.type(min_value)
        if max_value is not None:
            max_value = dtype.type(max_value)

    if array.ndim == 0 or not array.flags.writeable:
        return np.asarray(np.clip(array, min_value, max_value), dtype=dtype)
    return np.clip(array, min_value, max_value, out=array)


def _clip_bool_(array: np.ndarray, min_value: Any, max_value: Any) -> np.ndarray:
    result = array if array.ndim > 0 and array.flags.writeable else array.copy()
    if min_value is not None and min_value > 0:
        result[...] = True
    if max_value is not None and max_value < 1:
        result[...] = False
    return result


def _float_cast_bound(dtype: np.dtype, value: Any, direction: int) -> Any:
    """Return the float of `dtype` nearest to `value` that does not pass it.

    `direction` is +1 for a lower bound (result >= value) and -1 for an upper
    bound (result <= value). Values beyond the float range map to its limits.
    """
    finfo = np.finfo(dtype)
    if finfo.nmant >= 63:
        # extended precision represents every 64-bit integer bound exactly
        return dtype.type(value)
    fmin, fmax = float(finfo.min), float(finfo.max)
    if value >= fmax:
        return dtype.type(fmax)
    if value <= fmin:
        return dtype.type(fmin)
    result = dtype.type(value)
    if direction > 0 and int(result) < value:
        result = np.nextafter(result, dtype.type(np.inf))
    elif direction < 0 and int(result) > value:
        result = np.nextafter(result, dtype.type(-np.inf))
    return result


def _clip_float_for_int_cast_(
    array: np.ndarray, min_value: Any, max_value: Any
) -> np.ndarray:
    """Clip a float array so that a cast to an int dtype with that range is exact."""
    lower = _float_cast_bound(array.dtype, min_value, +1)
    upper = _float_cast_bound(array.dtype, max_value, -1)
    if array.ndim == 0 or not array.flags.writeable:
        return np.asarray(np.clip(array, lower, upper), dtype=array.dtype)
    return np.clip(array, lower, upper, out=array)


def clip_to_dtype_value_range_(
    array: np.ndarray, dtype: Any, validate: Any = True, validate_values: Any = None
) -> np.ndarray:
    """Clip an array to the value range of a dtype, optionally validating first.

    Parameters
    ----------
    array : numpy.ndarray
        The array. May be modified in place.
    dtype : dtype-like
        The dtype whose value range to use.
    validate : bool or int, optional
        ``True``: raise if the array's minimum or maximum lies outside of the
        range. An int ``k``: check only the first ``k`` values. ``False``: no check.
    validate_values : None or tuple of number, optional
        ``(min, max)`` of the array, if already known; replaces the computation.

    Returns
    -------
    numpy.ndarray
        The clipped array.

    """
    if not isinstance(array, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'array' to be a numpy array, got "
            f"{type(array).__name__}."
        )
    if validate_values is not None and (
        not isinstance(validate_values, (tuple, list)) or len(validate_values) != 2
    ):
        raise InvalidValueError(
            "Expected argument 'validate_values' to be None or a tuple (min, max), "
            f"got {validate_values!r}."
        )
    dtype = normalize_dtype(dtype)
    min_value, _, max_value = get_value_range_of_dtype(dtype)
    if validate is not False and validate is not None:
        array_val = array
        if isinstance(validate, int) and not isinstance(validate, bool):
            if validate_values is not None:
                raise InvalidValueError(
                    "Expected argument 'validate_values' to be None when "
                    "'validate' is an integer."
                )
            array_val = array.flat[0:validate]
        if validate_values is not None:
            min_found, max_found = validate_values
        elif array_val.size > 0:
            min_found, max_found = np.min(array_val), np.max(array_val)
        else:
            min_found, max_found = None, None
        if min_found is not None and not (min_value <= min_found <= max_value):
            raise InvalidValueError(
                "Minimum value of array is outside of allowed value range "
                f"({min_found:.4f} vs {min_value:.4f} to {max_value:.4f})."
            )
        if max_found is not None and not (min_value <= max_found <= max_value):
            raise InvalidValueError(
                "Maximum value of array is outside of allowed value range "
                f"({max_found:.4f} vs {min_value:.4f} to {max_value:.4f})."
            )
    return clip_(array, min_value, max_value)


class _GateEntry:
    __slots__ = (
        "allowed",
        "allowed_dtypes",
        "disallowed",
        "allowed_str",
        "disallowed_str",
    )

    def __init__(self, allowed: Any, disallowed: Any) -> None:
        self.allowed = frozenset(allowed)
        # dtype objects hash fast; `dtype.name` is slow enough to matter per batch
        self.allowed_dtypes = frozenset(np.dtype(name) for name in allowed)
        self.disallowed = frozenset(disallowed)
        self.allowed_str = ", ".join(allowed)
        self.disallowed_str = ", ".join(disallowed)


def _resolve_dtype_names(names: tuple[Any, ...], argname: str) -> list[str]:
    """Resolve dtype names to canonical numpy names, skipping unknown ones."""
    resolved: list[str] = []
    for name in names:
        if not isinstance(name, str):
            raise InvalidTypeError(
                f"Expected argument '{argname}' to contain dtype names as strings, "
                f"got {type(name).__name__}."
            )
        try:
            canonical = np.dtype(name).name
        except TypeError:
            continue  # e.g. float128 on platforms without extended precision
        if canonical not in resolved:
            resolved.append(canonical)
    return resolved


def _check_gate_names(allowed: Any, disallowed: Any) -> None:
    for argname, names in (("allowed", allowed), ("disallowed", disallowed)):
        if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
            raise InvalidTypeError(
                f"Expected argument '{argname}' to be a list of dtype names, got "
                f"{type(names).__name__}."
            )


def _get_gate_entry(allowed: Any, disallowed: Any) -> _GateEntry:
    try:
        key = (tuple(allowed), tuple(disallowed))
    except TypeError:
        _check_gate_names(allowed, disallowed)
        raise
    entry = _GATE_CACHE.get(key)
    if entry is not None:
        return entry
    _check_gate_names(allowed, disallowed)
    if len(key[0]) == 0:
        raise InvalidValueError("Expected argument 'allowed' to be a non-empty list.")
    intersection = set(key[0]).intersection(key[1])
    if intersection:
        raise InvalidValueError(
            "Expected 'allowed' and 'disallowed' to not contain the same dtypes, "
            f"but {len(intersection)} appeared in both arguments. Got allowed: "
            f"{list(key[0])}, disallowed: {list(key[1])}, intersection: "
            f"{sorted(intersection)}."
        )
    entry = _GateEntry(
        _resolve_dtype_names(key[0], "allowed"),
        _resolve_dtype_names(key[1], "disallowed"),
    )
    _GATE_CACHE[key] = entry
    return entry


def gate_dtypes(
    dtypes: Any, allowed: Any, disallowed: Any, augmenter: Any = None
) -> None:
    """Check that dtypes are allowed; raise for forbidden ones, warn for unknown ones.

    Parameters
    ----------
    dtypes : numpy.ndarray or dtype-like or list of (numpy.ndarray or dtype-like)
        The arrays or dtypes to check.
    allowed : list of str
        Non-empty list of allowed dtype names.
    disallowed : list of str
        Forbidden dtype names; must not overlap with `allowed`.
    augmenter : None or imgaug.augmenters.meta.Augmenter, optional
        Augmenter to name in messages.

    Raises
    ------
    ValueError
        If a dtype is in `disallowed`.

    Examples
    --------
    >>> import numpy as np
    >>> gate_dtypes(np.zeros((1,), dtype=np.uint8), ["uint8"], ["float32"])

    """
    entry = _get_gate_entry(allowed, disallowed)
    if isinstance(dtypes, np.ndarray):
        if dtypes.dtype in entry.allowed_dtypes:
            return
        names: Any = (dtypes.dtype.name,)
    elif isinstance(dtypes, (list, tuple)):
        allowed_dtypes = entry.allowed_dtypes
        if all(
            isinstance(dt, np.ndarray) and dt.dtype in allowed_dtypes for dt in dtypes
        ):
            return  # the common case: a list of images of allowed dtypes
        names = dict.fromkeys(_normalize_dtype(dt, "dtypes").name for dt in dtypes)
    else:
        names = (_normalize_dtype(dtypes, "dtypes").name,)

    for name in names:
        if name in entry.allowed:
            continue
        where = ""
        if augmenter is not None:
            where = (
                f" in augmenter '{augmenter.name}' "
                f"(class '{augmenter.__class__.__name__}')"
            )
        if name in entry.disallowed:
            raise InvalidValueError(
                f"Got dtype '{name}'{where}, which is a forbidden dtype "
                f"({entry.disallowed_str})."
            )
        warnings.warn(
            f"Got dtype '{name}'{where}, which was neither explicitly allowed "
            f"({entry.allowed_str}), nor explicitly disallowed "
            f"({entry.disallowed_str}). Generated outputs may contain errors.",
            category=UserWarning,
            stacklevel=2,
        )
