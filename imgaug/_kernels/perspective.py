"""Four-point perspective transforms (``PerspectiveTransform``), private kernels.

A transform is described by a ``(4, 2)`` jitter: the absolute values (modulo 1)
are relative offsets of the four corners of a quadrilateral inside the image,
which is then warped to fill an upright rectangle (its size is the longer of the
opposite edges). The same jitter gives the same transform on arrays of any size,
so maps at their own resolution and coordinates use the matrix of their plane.

All maths runs in float32 with OpenCV's ``getPerspectiveTransform`` and
``warpPerspective``, the way imgaug 0.4.0 did it, so that sizes and matrices
come out identical.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util

__all__ = [
    "DTYPES",
    "apply_perspective",
    "perspective_matrix",
    "scale_into",
    "warp_perspective",
]

#: ``gate_dtypes`` lists of `warp_perspective`.
DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "int8",
        "int16",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float128"],
}

# the smallest output side; thinner quadrilaterals are widened symmetrically
_MIN_SIDE = 2


# corner coordinates measured from the far side of the image (1 - offset)
_FROM_FAR_SIDE = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=bool)
_NEXT_CORNER = [1, 2, 3, 0]


def _edges(quad: np.ndarray) -> list[float]:
    """Lengths of the top, right, bottom and left edge (float32 maths)."""
    diff = quad - quad[_NEXT_CORNER]
    return np.sqrt((diff * diff).sum(axis=1)).tolist()


def _order_corners(points: np.ndarray) -> np.ndarray:
    """Top-left (min x+y), top-right (min y-x), bottom-right, bottom-left."""
    sums = points.sum(axis=1)
    diffs = points[:, 1] - points[:, 0]
    order = [sums.argmin(), diffs.argmin(), sums.argmax(), diffs.argmax()]
    return points[order]


def perspective_matrix(
    jitter: np.ndarray, height: int, width: int, fit_output: bool = False
) -> tuple[np.ndarray, int, int]:
    """Return the transform of a jitter for an array of the given size.

    Parameters
    ----------
    jitter : numpy.ndarray
        ``(4, 2)`` samples; ``abs(jitter) % 1`` are the ``(x, y)`` offsets of the
        top-left, top-right, bottom-right and bottom-left corners, relative to
        the width/height and measured inwards from the respective image corner.
    height, width : int
        Size of the array (or coordinate plane) to transform.
    fit_output : bool, optional
        Transform the whole image instead of the quadrilateral: the output is
        shifted and sized to contain all of it.

    Returns
    -------
    matrix : numpy.ndarray
        ``(3, 3)`` float64 matrix from input to output ``(x, y)``.
    height, width : int
        Size of the output.

    Examples
    --------
    >>> import numpy as np
    >>> matrix, height, width = perspective_matrix(np.zeros((4, 2)), 4, 6)
    >>> (height, width), bool(np.allclose(matrix, np.eye(3)))
    ((4, 6), True)

    """
    # route: tests/perf/test_perspective_perf.py::test_matrix_vectorised_edges
    rel = np.mod(np.abs(np.asarray(jitter, dtype=np.float32)), np.float32(1))
    points = np.where(_FROM_FAR_SIDE, np.float32(1) - rel, rel)
    points *= np.array([width, height], dtype=np.float32)
    quad = _order_corners(points)  # top-left, top-right, bottom-right, bottom-left
    top, right, bottom, left = _edges(quad)
    # the shorter of two opposite edges must span at least _MIN_SIDE pixels
    while min(bottom, top) < _MIN_SIDE:
        quad[[0, 3], 0] -= 0.5
        quad[[1, 2], 0] += 0.5
        top, right, bottom, left = _edges(quad)
    while min(right, left) < _MIN_SIDE:
        quad[[0, 1], 1] -= 0.5
        quad[[2, 3], 1] += 0.5
        top, right, bottom, left = _edges(quad)
    out_w = int(max(bottom, top))
    out_h = int(max(right, left))
    dst = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, dst)
    if fit_output:
        image_corners = np.array(
            [[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32
        )
        moved = cv2.perspectiveTransform(image_corners[np.newaxis], matrix)[0]
        moved = np.round(moved - moved.min(axis=0)).astype(np.float32)
        matrix = cv2.getPerspectiveTransform(image_corners, moved)
        out_w, out_h = int(moved[:, 0].max()), int(moved[:, 1].max())
    return matrix, out_h, out_w


def scale_into(
    matrix: np.ndarray,
    from_hw: tuple[int, int],
    to_hw: tuple[int, int],
    pixel_centres: bool = True,
) -> np.ndarray:
    """Follow a transform by scaling its ``from_hw`` output plane to ``to_hw``.

    ``PerspectiveTransform(keep_size=True)`` warps straight into the input size
    with this matrix (one interpolation instead of a warp and a resize).

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(3, 3)`` transform.
    from_hw, to_hw : tuple of int
        Output size of `matrix` and the size to scale to.
    pixel_centres : bool, optional
        Scale pixel-index positions (arrays: centres at integers) instead of
        continuous coordinates (keypoints).

    Returns
    -------
    numpy.ndarray
        ``(3, 3)`` float64 matrix.

    Examples
    --------
    >>> import numpy as np
    >>> scale_into(np.eye(3), (2, 4), (4, 8), pixel_centres=False)[:2]
    array([[2., 0., 0.],
           [0., 2., 0.]])

    """
    scale_y = to_hw[0] / from_hw[0]
    scale_x = to_hw[1] / from_hw[1]
    shift_x = 0.5 * scale_x - 0.5 if pixel_centres else 0.0
    shift_y = 0.5 * scale_y - 0.5 if pixel_centres else 0.0
    scaling = np.array([[scale_x, 0.0, shift_x], [0.0, scale_y, shift_y], [0, 0, 1.0]])
    return scaling @ np.asarray(matrix, dtype=np.float64)


def warp_perspective(
    arr: np.ndarray,
    matrix: np.ndarray,
    out_hw: tuple[int, int],
    interpolation: int = cv2.INTER_LINEAR,
    border_mode: int = cv2.BORDER_CONSTANT,
    cval: Any = 0,
) -> np.ndarray:
    """Warp an ``(H, W)`` or ``(H, W, C)`` array with a perspective matrix.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``, ``float16``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no (callers gate
      with `DTYPES`)

    - (1) Warped as float32; bool results are ``> 0.5``.
    - (2) Warped as int16.

    Parameters
    ----------
    arr : numpy.ndarray
        Array to warp.
    matrix : numpy.ndarray
        ``(3, 3)`` matrix from input to output ``(x, y)``.
    out_hw : tuple of int
        Output height and width.
    interpolation : int, optional
        ``cv2.INTER_*`` flag.
    border_mode : int, optional
        ``cv2.BORDER_*`` flag.
    cval : number or sequence of number, optional
        Fill value(s), up to three (0.4.0 sampled three per image): arrays with up
        to four channels get ``(cval[0], cval[1], cval[2], 0)``, larger ones give
        channel ``c`` the value ``cval[min(c, 2)]``.

    Returns
    -------
    numpy.ndarray
        New array of the input's dtype.

    """
    input_dtype = arr.dtype
    work = arr
    if input_dtype.kind == "b" or input_dtype == np.float16:
        work = arr.astype(np.float32)
    elif input_dtype == np.int8:
        work = arr.astype(np.int16)
    if work is arr:
        # route: tests/perf/test_warp_perf.py::test_warp_affine_copy_for_gather
        work = cv2util.contiguous_for_gather(work)
    else:
        work = cv2util.contiguous(work)  # a converted copy is already fresh
    values = np.atleast_1d(np.asarray(cval, dtype=np.float64)).tolist()
    nb_channels = 1 if work.ndim == 2 else work.shape[2]
    dsize = (int(out_hw[1]), int(out_hw[0]))

    def _warp(chunk, fill):
        return cv2.warpPerspective(
            chunk,
            matrix,
            dsize,
            flags=interpolation,
            borderMode=border_mode,
            borderValue=tuple(fill) + (0.0,) * (4 - len(fill)),
        )

    def _fill(channel):
        return values[min(channel, len(values) - 1, 2)]

    if work.ndim == 2 or nb_channels <= 4:
        result = _warp(work, [_fill(c) for c in range(min(nb_channels, 3))])
        if work.ndim == 3 and result.ndim == 2:
            result = result[:, :, np.newaxis]
    else:
        result = cv2util.map_channel_chunks_into(
            lambda chunk, start: _warp(
                chunk, [_fill(start + c) for c in range(chunk.shape[2])]
            ),
            work,
            tuple(out_hw),
        )
    if input_dtype.kind == "b":
        return result > 0.5
    if result.dtype != input_dtype:
        return iadt.restore_dtypes_(result, input_dtype)
    return result


def apply_perspective(xy: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Transform ``(N, 2)`` coordinates with a perspective matrix (float64 result)."""
    xy = np.asarray(xy, dtype=np.float32).reshape((-1, 2))
    if len(xy) == 0:
        return np.zeros((0, 2), dtype=np.float64)
    moved = cv2.perspectiveTransform(xy[np.newaxis], matrix)[0]
    return moved.astype(np.float64)
