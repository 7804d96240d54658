"""Polar warping of arrays and coordinates (``WithPolarWarping``), private kernels.

An ``(H, W)`` array is unrolled around its centre ``(W/2, H/2)`` with the radius
``R = sqrt((H/2)^2 + (W/2)^2)`` into a polar array of ``round(R * pi)`` rows
(angle) by ``round(R)`` columns (distance), with OpenCV's ``warpPolar`` and
nearest-neighbour sampling as in imgaug 0.4.0, and rolled back up afterwards.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util
from imgaug.validation import InvalidValueError

__all__ = [
    "DTYPES",
    "MAX_SIDE",
    "polar_coords",
    "polar_geometry",
    "warp_polar",
]

#: ``gate_dtypes`` lists of `warp_polar`.
DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "int8",
        "int16",
        "int32",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint32", "uint64", "int64", "float128"],
}

#: OpenCV's remapping handles sides below this length only.
MAX_SIDE = 32767

_FLAGS = cv2.WARP_FILL_OUTLIERS | cv2.WARP_POLAR_LINEAR  # nearest neighbour


def polar_geometry(height, width):
    """Return ``(center, radius, polar_hw)`` of the polar warp of a plane.

    Examples
    --------
    >>> polar_geometry(30, 40)
    ((20.0, 15.0), 25.0, (79, 25))

    """
    center = (width / 2.0, height / 2.0)
    radius = math.sqrt((height / 2.0) ** 2 + (width / 2.0) ** 2)
    # round() halves to even, like OpenCV's cvRound
    return center, radius, (int(round(radius * math.pi)), int(round(radius)))


def _check_side(shape):
    if max(shape[0:2]) >= MAX_SIDE:
        raise InvalidValueError(
            f"Expected arrays with sides below {MAX_SIDE} pixels for polar warping "
            f"(an OpenCV limit), got shape {shape}."
        )


def warp_polar(arr, inverse=False, cartesian_hw=None):
    """Warp a non-empty ``(H, W[, C])`` array into polar form or back.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int8``, ``int16``, ``int32``, ``float32``,
      ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``float16``: yes; fully tested (2)
    * ``uint32``, ``uint64``, ``int64``, ``float128``: no (callers gate with
      `DTYPES`)

    - (1) As uint8 (``0``/``255``), then ``> 128``.
    - (2) As float32.

    Parameters
    ----------
    arr : numpy.ndarray
        Cartesian array (``inverse=False``) or polar array (``inverse=True``).
    inverse : bool, optional
        Roll a polar array back up.
    cartesian_hw : None or tuple of int, optional
        With `inverse`: height and width of the cartesian array to restore.

    Returns
    -------
    numpy.ndarray
        New array of the input's dtype; polar arrays have the size
        `polar_geometry` gives for the cartesian size.

    """
    height, width = cartesian_hw if inverse else arr.shape[0:2]
    center, radius, polar_hw = polar_geometry(height, width)
    _check_side(arr.shape)
    _check_side(polar_hw if not inverse else (height, width))
    input_dtype = arr.dtype
    work = arr
    if input_dtype.kind == "b":
        work = arr.astype(np.uint8) * np.uint8(255)
    elif input_dtype == np.float16:
        work = arr.astype(np.float32)
    if inverse:
        dsize, flags = (width, height), _FLAGS | cv2.WARP_INVERSE_MAP
    else:
        dsize, flags = (polar_hw[1], polar_hw[0]), _FLAGS

    def _warp(chunk):
        return cv2.warpPolar(chunk, dsize, center, radius, flags)

    result = cv2util.map_channel_chunks(_warp, work)
    if arr.ndim == 3 and result.ndim == 2:
        result = result[:, :, np.newaxis]
    if input_dtype.kind == "b":
        return result > 128
    if result.dtype != input_dtype:
        return iadt.restore_dtypes_(result, input_dtype)
    return result


def polar_coords(xy, dsize, center, max_radius, flags):
    """Map ``(N, 2)`` coordinates like ``cv2.warpPolar`` maps pixels.

    Without ``cv2.WARP_INVERSE_MAP`` cartesian ``(x, y)`` become polar
    ``(rho, phi)`` with ``rho = K * |p - c|`` (``K = W / max_radius``; with
    ``cv2.WARP_POLAR_LOG`` ``rho = W / log(max_radius) * log|p - c|``) and
    ``phi = H / (2 pi) * angle(p - c)``, angle in ``[0, 2 pi)``; with the flag the
    other way round. ``(W, H) = dsize`` is the size of the polar image.

    Examples
    --------
    >>> import cv2
    >>> import numpy as np
    >>> xy = np.float32([[25.0, 15.0]])
    >>> polar_coords(xy, (25, 79), (20.0, 15.0), 25.0, 0)
    array([[5., 0.]], dtype=float32)

    """
    xy = np.asarray(xy, dtype=np.float32).reshape((-1, 2))
    width, height = dsize
    k_angle = height / (2.0 * math.pi)
    log = bool(flags & cv2.WARP_POLAR_LOG)
    k_mag = width / (math.log(max_radius) if log else max_radius)
    cx, cy = center
    if flags & cv2.WARP_INVERSE_MAP:
        rho = xy[:, 0].astype(np.float64) / k_mag
        mag = np.exp(rho) if log else rho
        angle = xy[:, 1].astype(np.float64) / k_angle
        result = np.stack([cx + mag * np.cos(angle), cy + mag * np.sin(angle)], 1)
        return result.astype(np.float32)
    if len(xy) == 0:
        return np.zeros((0, 2), dtype=np.float32)
    mag, angle = cv2.cartToPolar(
        np.ascontiguousarray(xy[:, 0] - np.float32(cx)),
        np.ascontiguousarray(xy[:, 1] - np.float32(cy)),
    )
    mag = mag.reshape(-1).astype(np.float64)
    if log:
        with np.errstate(divide="ignore"):
            mag = np.log(mag)
    rho = k_mag * mag
    phi = k_angle * angle.reshape(-1).astype(np.float64)
    return np.stack([rho, phi], axis=1).astype(np.float32)
