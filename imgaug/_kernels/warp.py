"""Affine warping of image-like arrays with OpenCV or scipy.

``warp_affine`` is the one entry point. It picks OpenCV's ``warpAffine`` for the
dtypes and interpolation orders OpenCV handles (the fast route), and
``scipy.ndimage.affine_transform`` for everything else (orders 2, 4, 5, uint32,
int32 with interpolation), which reproduces the 0.4.0 ``backend="skimage"``
semantics (spline interpolation, output clipped to the input value range).

Matrices map source ``(x, y)`` to destination ``(x, y)`` with pixel centres at
integer positions (see :mod:`imgaug._kernels.coords`).
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import Any

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "MODES",
    "MODE_TO_CV2",
    "MODE_TO_NDIMAGE",
    "ORDER_TO_CV2",
    "choose_backend",
    "choose_warp_route",
    "gate_warp_dtype",
    "warp_affine",
    "warp_affine_cv2",
    "warp_affine_routed",
]

#: Border mode names (0.4.0 / skimage naming) and their OpenCV flags.
MODE_TO_CV2 = {
    "constant": cv2.BORDER_CONSTANT,
    "edge": cv2.BORDER_REPLICATE,
    "symmetric": cv2.BORDER_REFLECT,
    "reflect": cv2.BORDER_REFLECT_101,
    "wrap": cv2.BORDER_WRAP,
}
MODES = tuple(MODE_TO_CV2)

#: The same names in scipy.ndimage terms (the 'grid-' modes treat the array as a
#: tiling of pixels, which is what skimage and OpenCV do).
MODE_TO_NDIMAGE = {
    "constant": "grid-constant",
    "edge": "nearest",
    "symmetric": "reflect",
    "reflect": "mirror",
    "wrap": "grid-wrap",
}

#: Spline order -> OpenCV interpolation flag (orders 2 and 4 fall back to cubic).
ORDER_TO_CV2 = {
    0: cv2.INTER_NEAREST,
    1: cv2.INTER_LINEAR,
    2: cv2.INTER_CUBIC,
    3: cv2.INTER_CUBIC,
    4: cv2.INTER_CUBIC,
}

_DISALLOWED_ALWAYS = ["uint64", "int64", "float128"]
_DTYPES_SCIPY = {
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
    "disallowed": _DISALLOWED_ALWAYS,
}
_DTYPES_CV2_NEAREST = cv2util.DTYPES_NEAREST
_DTYPES_CV2_OTHER = cv2util.DTYPES_INTERPOLATED
# dtype objects for fast membership tests on the hot path
_CV2_NEAREST_DTYPES = frozenset(np.dtype(n) for n in _DTYPES_CV2_NEAREST["allowed"])
_CV2_OTHER_DTYPES = frozenset(np.dtype(n) for n in _DTYPES_CV2_OTHER["allowed"])
_SCIPY_DTYPES = frozenset(np.dtype(n) for n in _DTYPES_SCIPY["allowed"])
_BACKENDS = ("auto", "cv2", "skimage")


def choose_backend(dtype: Any, order: int, backend: str = "auto") -> str:
    """Return the route ``warp_affine`` takes: ``"cv2"`` or ``"skimage"``.

    Parameters
    ----------
    dtype : numpy.dtype or dtype-like
        Dtype of the array to warp.
    order : int
        Interpolation order in ``[0, 5]``.
    backend : {"auto", "cv2", "skimage"}, optional
        ``"auto"`` uses OpenCV for orders 0, 1 and 3 when it supports the dtype;
        the other two force a route. ``"skimage"`` is served by scipy.

    Returns
    -------
    str
        ``"cv2"`` or ``"skimage"``.

    """
    if backend == "cv2":
        return "cv2"
    if backend == "skimage":
        return "skimage"
    if backend != "auto":
        raise InvalidValueError(
            f"Expected argument 'backend' to be one of {list(_BACKENDS)}, got "
            f"{backend!r}."
        )
    dtype = dtype if isinstance(dtype, np.dtype) else np.dtype(dtype)
    # route: tests/perf/test_warp_perf.py::test_warp_affine_cv2_vs_scipy
    if order == 0:
        return "cv2" if dtype in _CV2_NEAREST_DTYPES else "skimage"
    if order in (1, 3):
        return "cv2" if dtype in _CV2_OTHER_DTYPES else "skimage"
    return "skimage"


def gate_warp_dtype(
    dtype: Any, order: int, backend: str = "auto", augmenter: Any = None
) -> None:
    """Raise ``ValueError`` if `dtype` cannot be warped with `order` and `backend`.

    Parameters
    ----------
    dtype : numpy.ndarray or dtype-like
        Array or dtype to check.
    order : int
        Interpolation order.
    backend : {"auto", "cv2", "skimage"}, optional
        Requested backend (see `choose_backend`).
    augmenter : None or imgaug.augmenters.meta.Augmenter, optional
        Augmenter named in the error message.

    """
    if backend == "cv2":
        gates = _DTYPES_CV2_NEAREST if order == 0 else _DTYPES_CV2_OTHER
    else:
        gates = _DTYPES_SCIPY
    iadt.gate_dtypes(dtype, augmenter=augmenter, **gates)


def warp_affine(
    image: np.ndarray,
    matrix: np.ndarray,
    output_shape: Sequence[int] | None = None,
    order: int = 1,
    mode: str = "constant",
    cval: Any = 0,
    backend: str = "auto",
) -> np.ndarray:
    """Warp an ``(H, W)`` or ``(H, W, C)`` array with an affine matrix.

    Output pixel ``p`` receives the input value at ``matrix^-1 p`` (interpolated).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``float16``: yes; fully tested (3)
    * ``int32``: yes; fully tested (4)
    * ``uint32``: yes; fully tested (5)
    * ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Warped as float32, result ``> 0.5``.
    - (2) Order 0 directly in OpenCV; other orders as int16, then clipped.
    - (3) Warped as float32.
    - (4) Order 0 in OpenCV; other orders (or ``backend="skimage"``) in scipy
      with float64 (values beyond ``2**53`` lose precision).
    - (5) Always via scipy with float64; not available with ``backend="cv2"``.

    Parameters
    ----------
    image : numpy.ndarray
        Array to warp.
    matrix : numpy.ndarray
        ``(3, 3)`` (or ``(2, 3)``) matrix from input to output ``(x, y)``.
    output_shape : None or tuple of int, optional
        ``(h, w[, ...])`` of the output; only the first two values are used.
        ``None`` keeps the input's height and width.
    order : int, optional
        Interpolation order: 0 nearest, 1 linear, 3 cubic; 2, 4 and 5 are spline
        orders served by scipy (``backend="cv2"`` maps 2 and 4 to cubic).
    mode : {"constant", "edge", "symmetric", "reflect", "wrap"}, optional
        How to fill pixels sampled from outside of the input.
    cval : number or sequence of number, optional
        Fill value for ``mode="constant"``; a sequence gives one value per channel.
    backend : {"auto", "cv2", "skimage"}, optional
        See `choose_backend`.

    Returns
    -------
    numpy.ndarray
        New array of shape ``output_shape[:2] + image.shape[2:]`` and the dtype
        of `image`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.arange(9, dtype=np.uint8).reshape((3, 3))
    >>> shift_right = np.array([[1.0, 0, 1], [0, 1, 0], [0, 0, 1]])
    >>> warp_affine(image, shift_right, order=0)
    array([[0, 0, 1],
           [0, 3, 4],
           [0, 6, 7]], dtype=uint8)

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'image' to be a numpy array, got {type(image)}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected argument 'image' to have shape (H, W) or (H, W, C), got "
            f"{image.shape}."
        )
    matrix = np.asarray(matrix, dtype=np.float64)
    if matrix.shape == (2, 3):
        matrix = np.vstack([matrix, [0.0, 0.0, 1.0]])
    if matrix.shape != (3, 3):
        raise InvalidValueError(
            f"Expected argument 'matrix' to have shape (3, 3) or (2, 3), got "
            f"{matrix.shape}."
        )
    if output_shape is None:
        out_hw = image.shape[0:2]
    else:
        out_hw = (int(output_shape[0]), int(output_shape[1]))
    route = choose_warp_route(image, order, backend)
    return warp_affine_routed(image, matrix, out_hw, order, mode, cval, route)


def choose_warp_route(
    image: np.ndarray, order: int, backend: str = "auto", augmenter: Any = None
) -> str:
    """Gate the dtype of `image` for `order` and `backend`; return the route.

    Parameters
    ----------
    image : numpy.ndarray
        Array to warp (only its dtype is used).
    order : int
        Interpolation order in ``[0, 5]``.
    backend : {"auto", "cv2", "skimage"}, optional
        See `choose_backend`.
    augmenter : None or imgaug.augmenters.meta.Augmenter, optional
        Augmenter named in error messages.

    Returns
    -------
    str
        ``"cv2"`` or ``"skimage"``, for `warp_affine_routed`.

    """
    if isinstance(order, bool) or order not in (0, 1, 2, 3, 4, 5):
        raise InvalidValueError(
            f"Expected argument 'order' to be an int in [0, 5], got {order!r}."
        )
    route = choose_backend(image.dtype, order, backend)
    if route == "cv2" and order == 5:
        raise InvalidValueError(
            "Expected argument 'order' to be in [0, 4] for backend 'cv2', got 5."
        )
    if route == "cv2":
        allowed = _CV2_NEAREST_DTYPES if order == 0 else _CV2_OTHER_DTYPES
    else:
        allowed = _SCIPY_DTYPES
    if image.dtype not in allowed:
        gate_warp_dtype(image, order, backend=route, augmenter=augmenter)
    return route


def warp_affine_routed(
    image: np.ndarray,
    matrix: np.ndarray,
    out_hw: tuple[int, int],
    order: int,
    mode: str,
    cval: Any,
    route: str,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """`warp_affine` after `choose_warp_route`, without re-checking the arguments.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array, gated by `choose_warp_route`.
    matrix : numpy.ndarray
        ``(3, 3)`` matrix from input to output ``(x, y)``.
    out_hw : tuple of int
        Output height and width.
    order : int
        Interpolation order.
    mode : str
        Border mode name (checked here: it may come from a user parameter).
    cval : number or sequence of number
        Fill value(s).
    route : {"cv2", "skimage"}
        Route from `choose_warp_route`.
    out : None or numpy.ndarray, optional
        Array of the output shape and the image's dtype to write the result into
        (e.g. a row of a batch array; it may be `image` itself).

    Returns
    -------
    numpy.ndarray
        `out` if given, else the warped array (new).

    """
    border_mode = MODE_TO_CV2.get(mode)
    if border_mode is None:
        raise InvalidValueError(
            f"Expected argument 'mode' to be one of {list(MODES)}, got {mode!r}."
        )
    out_shape = tuple(out_hw) + image.shape[2:]
    if image.size == 0 or 0 in out_shape:
        return _store(_fill_empty(image, out_shape, cval), out)
    if route == "cv2":
        return _warp_affine_cv2(
            image, matrix, out_hw, ORDER_TO_CV2[order], border_mode, cval, out
        )
    return _store(_warp_affine_scipy(image, matrix, out_hw, order, mode, cval), out)


def _store(result: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """Return `result`, or `out` holding it (unless cv2 already wrote it there)."""
    if out is None:
        return result
    if not np.may_share_memory(result, out):
        out[...] = result.reshape(out.shape)
    return out


def warp_affine_cv2(
    image: np.ndarray,
    matrix: np.ndarray,
    output_shape: Sequence[int],
    flags: int,
    border_mode: int,
    cval: Any = 0,
) -> np.ndarray:
    """Warp with ``cv2.warpAffine`` given OpenCV flags directly.

    Same conversions as the OpenCV route of `warp_affine` (bool and float16 as
    float32, int8 as int16 unless nearest, channels in chunks of at most four),
    without dtype gating; callers gate. Used by the deprecated ``AffineCv2``.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    matrix : numpy.ndarray
        ``(3, 3)`` or ``(2, 3)`` matrix from input to output ``(x, y)``.
    output_shape : tuple of int
        ``(h, w[, ...])`` of the output.
    flags : int
        ``cv2.INTER_*`` interpolation flag.
    border_mode : int
        ``cv2.BORDER_*`` flag.
    cval : number or sequence of number, optional
        Border value(s), one per channel if a sequence.

    Returns
    -------
    numpy.ndarray
        The warped array (new), dtype of `image`.

    """
    matrix = np.asarray(matrix, dtype=np.float64)
    out_hw = (int(output_shape[0]), int(output_shape[1]))
    out_shape = out_hw + image.shape[2:]
    if image.size == 0 or 0 in out_shape:
        return _fill_empty(image, out_shape, cval)
    return _warp_affine_cv2(image, matrix, out_hw, flags, border_mode, cval)


def _fill_empty(image, out_shape, cval):
    """Output for zero-sized inputs/outputs: the fill value everywhere."""
    value = _cval_per_channel(cval, 1)[0]
    result = np.zeros(out_shape, dtype=image.dtype)
    if result.size > 0 and value != 0:
        lo, _, hi = iadt.get_value_range_of_dtype(image.dtype)
        result.fill(np.clip(value, lo, hi) if image.dtype.kind != "b" else value)
    return result


def _cval_per_channel(cval: Any, nb_channels: int) -> list[float]:
    """Normalise `cval` to a list of at least `nb_channels` floats."""
    if isinstance(cval, (Real, np.number, np.bool_)):
        return [float(cval)] * max(nb_channels, 1)
    values = np.asarray(cval, dtype=np.float64).reshape(-1)
    if values.size == 1:
        return [float(values[0])] * max(nb_channels, 1)
    if values.size < nb_channels:
        raise InvalidValueError(
            f"Expected argument 'cval' to be a number or to contain at least one "
            f"value per channel ({nb_channels}), got {values.size} values."
        )
    return values.tolist()


def _avoid_cv2_single_pixel_hang(arr, flags, border_mode):
    """Double a one-pixel axis before a bicubic warp with BORDER_REFLECT_101.

    OpenCV 5 never returns from that combination when the input is one pixel high
    or wide. Along such an axis every sample (inside or reflected) is that one
    pixel, so two identical pixels give exactly the same result.
    """
    if flags != cv2.INTER_CUBIC or border_mode != cv2.BORDER_REFLECT_101:
        return arr
    if arr.shape[0] == 1:
        arr = np.repeat(arr, 2, axis=0)
    if arr.shape[1] == 1:
        arr = np.repeat(arr, 2, axis=1)
    return arr


def _warp_affine_cv2(image, matrix, out_hw, flags, border_mode, cval, out=None):
    """OpenCV route; converts dtypes OpenCV lacks and chunks channels by 4.

    With `out` (see `warp_affine_routed`) the result is written there, directly
    by OpenCV where the dtype needs no conversion.
    """
    input_dtype = image.dtype
    arr = image
    if input_dtype.kind == "b" or input_dtype == np.float16:
        arr = image.astype(np.float32)
    elif input_dtype == np.int8 and flags != cv2.INTER_NEAREST:
        arr = image.astype(np.int16)
    arr = _avoid_cv2_single_pixel_hang(arr, flags, border_mode)
    if arr is image and out is not None and np.may_share_memory(out, image):
        arr = np.array(arr, order="C", copy=True)  # the source outlives the writes
    elif arr is image:
        # route: tests/perf/test_warp_perf.py::test_warp_affine_copy_for_gather
        arr = cv2util.contiguous_for_gather(arr)
    else:
        arr = cv2util.contiguous(arr)  # a converted copy is already fresh

    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    cvals = _cval_per_channel(cval, nb_channels)
    matrix_2x3 = matrix[:2]
    dsize = (out_hw[1], out_hw[0])

    dst = None
    if (
        out is not None
        and arr.dtype == input_dtype
        and nb_channels <= 4
        and out.flags["C_CONTIGUOUS"]
    ):
        # route: tests/perf/test_warp_perf.py::test_warp_affine_into_batch_rows
        dst = out.reshape(out_hw) if nb_channels == 1 else out

    def _warp(chunk, values, dst=None):
        border_value = tuple(values) + (values[-1],) * (4 - len(values))
        return cv2.warpAffine(
            chunk,
            matrix_2x3,
            dst=dst,
            dsize=dsize,
            flags=flags,
            borderMode=border_mode,
            borderValue=border_value,
        )

    if arr.ndim == 2:
        result = _warp(arr, cvals[0:1], dst)
    elif nb_channels <= 4:
        if nb_channels == 1:
            result = _warp(arr.reshape(arr.shape[0:2]), cvals[0:1], dst)
        else:
            result = _warp(arr, cvals[0:nb_channels], dst)
        if result.ndim == 2:
            result = result[:, :, np.newaxis]
    else:
        # one border value per channel needs chunks of at most 4 channels
        result = cv2util.map_channel_chunks_into(
            lambda chunk, start: _warp(chunk, cvals[start : start + chunk.shape[2]]),
            arr,
            out_hw,
        )

    if input_dtype.kind == "b":
        result = result > 0.5
    elif result.dtype != input_dtype:
        result = iadt.restore_dtypes_(result, input_dtype)
    return _store(result, out)


def _warp_affine_scipy(image, matrix, out_hw, order, mode, cval):
    """Scipy route (0.4.0 ``backend="skimage"``): spline warp, clip, restore."""
    from scipy import ndimage  # lazy: keeps `import imgaug` fast

    input_dtype = image.dtype
    if input_dtype.itemsize >= 4 and input_dtype.kind in "iuf":
        work_dtype = np.float64 if input_dtype != np.float32 else np.float32
    else:
        work_dtype = np.float32
    arr = image if image.ndim == 3 else image[:, :, np.newaxis]
    if input_dtype.kind == "b" or input_dtype == np.float16:
        arr = arr.astype(np.float32)  # scipy.ndimage supports neither
    nb_channels = arr.shape[2]

    # scipy maps output (row, col) to input (row, col): invert and swap axes
    inverse = np.linalg.inv(matrix)
    lin_rc = inverse[:2, :2][::-1, ::-1]
    offset_rc = inverse[:2, 2][::-1]

    lo, _, hi = iadt.get_value_range_of_dtype(input_dtype)
    cvals = [float(np.clip(v, lo, hi)) for v in _cval_per_channel(cval, nb_channels)]
    nd_mode = MODE_TO_NDIMAGE[mode]
    result = np.empty(tuple(out_hw) + (nb_channels,), dtype=work_dtype)
    for c in range(nb_channels):
        ndimage.affine_transform(
            arr[:, :, c],
            lin_rc,
            offset=offset_rc,
            output_shape=tuple(out_hw),
            output=result[:, :, c],
            order=order,
            mode=nd_mode,
            cval=cvals[c],
            prefilter=order > 1,
        )
    if order > 1:
        # splines overshoot; keep the input's value range (and the fill value)
        in_min, in_max = float(np.min(arr)), float(np.max(arr))
        if mode == "constant":
            in_min = min(in_min, min(cvals[:nb_channels]))
            in_max = max(in_max, max(cvals[:nb_channels]))
        np.clip(result, in_min, in_max, out=result)
    if image.ndim == 2:
        result = result[:, :, 0]
    if input_dtype.kind == "b":
        return result > 0.5
    return iadt.restore_dtypes_(result, input_dtype)
