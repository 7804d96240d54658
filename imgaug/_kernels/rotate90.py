"""Rotations by multiples of 90 degrees, for arrays and ``(N, 2)`` coordinates.

``k`` counts clockwise quarter turns on screen (y points down), as ``Rot90`` in
imgaug 0.4.0 (``np.rot90(arr, k, axes=(1, 0))``). Arrays go through OpenCV's
``rotate`` (a blocked transpose/flip) where it can move the pixels, which is 5 to
30 times faster than copying a strided ``np.rot90`` view.
"""

from __future__ import annotations

import cv2
import numpy as np

from imgaug._kernels import cv2util

__all__ = ["rot90", "rot90_coords", "rot90_shape"]

_CV2_CODES = {
    1: cv2.ROTATE_90_CLOCKWISE,
    2: cv2.ROTATE_180,
    3: cv2.ROTATE_90_COUNTERCLOCKWISE,
}
# dtypes OpenCV moves as they are, and same-size stand-ins for a few others (the
# pixels are only moved, never computed with, so a bit-identical view is exact)
_CV2_DIRECT = frozenset(
    np.dtype(name)
    for name in ("uint8", "int8", "uint16", "int16", "int32", "float32", "float64")
)
_CV2_VIEW = {
    np.dtype("bool"): np.dtype("uint8"),
    np.dtype("float16"): np.dtype("uint16"),
    np.dtype("uint32"): np.dtype("int32"),
}


def rot90(arr: np.ndarray, k: int) -> np.ndarray:
    """Rotate an ``(H, W)`` or ``(H, W, C)`` array by ``k`` clockwise quarter turns.

    Parameters
    ----------
    arr : numpy.ndarray
        Array of any dtype.
    k : int
        Number of clockwise quarter turns; any integer (taken modulo 4).

    Returns
    -------
    numpy.ndarray
        A new C-contiguous array (also for ``k % 4 == 0``).

    Examples
    --------
    >>> import numpy as np
    >>> rot90(np.array([[1, 2], [3, 4]], dtype=np.uint8), 1)
    array([[3, 1],
           [4, 2]], dtype=uint8)

    """
    k = int(k) % 4
    if k == 0:
        return np.array(arr, order="C", copy=True)
    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    dtype = arr.dtype
    work_dtype = dtype if dtype in _CV2_DIRECT else _CV2_VIEW.get(dtype)
    if work_dtype is None or arr.size == 0 or nb_channels > 4:
        # route: tests/perf/test_rotate90_perf.py::test_rot90_cv2_vs_numpy
        return np.ascontiguousarray(np.rot90(arr, k, axes=(1, 0)))
    work = cv2util.contiguous(arr)
    if work_dtype != dtype:
        work = work.view(work_dtype)
    result = cv2.rotate(work, _CV2_CODES[k])
    if arr.ndim == 3 and result.ndim == 2:
        result = result[:, :, np.newaxis]
    return result if work_dtype == dtype else result.view(dtype)


def rot90_shape(shape: tuple[int, ...], k: int) -> tuple[int, ...]:
    """Return `shape` after `k` quarter turns (height and width swapped if odd)."""
    if int(k) % 2 == 1:
        return (shape[1], shape[0]) + tuple(shape[2:])
    return tuple(shape)


def rot90_coords(xy: np.ndarray, k: int, height: int, width: int) -> np.ndarray:
    """Move ``(x, y)`` coordinates along with an image rotated by `rot90`.

    One clockwise quarter turn of an image of height ``H`` maps ``(x, y)`` to
    ``(H - y, x)``; pixel ``(x, y)`` covers ``[x, x+1) x [y, y+1)``.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(N, 2)`` coordinates on the image before rotating.
    k : int
        Number of clockwise quarter turns.
    height, width : int
        Size of the image before rotating.

    Returns
    -------
    numpy.ndarray
        ``(N, 2)`` float64 coordinates (a new array).

    Examples
    --------
    >>> import numpy as np
    >>> rot90_coords(np.array([[1.0, 0.5]]), 1, height=2, width=3)
    array([[1.5, 1. ]])

    """
    xy = np.asarray(xy, dtype=np.float64).reshape((-1, 2))
    x, y = xy[:, 0], xy[:, 1]
    k = int(k) % 4
    if k == 1:
        return np.stack([height - y, x], axis=1)
    if k == 2:
        return np.stack([width - x, height - y], axis=1)
    if k == 3:
        return np.stack([y, width - x], axis=1)
    return xy.copy()
