"""Contrast curves: uint8 lookup tables and the formulas for other dtypes (private).

Every curve of ``imgaug.augmenters.contrast`` maps a pixel value to a new value
independently of its neighbours:

* ``uint8``: the curve is a 256-entry table. The table builders take arrays of
  parameters of any shape ``S`` and return all tables at once, shape ``(256, *S)``,
  so a batch of rows (or of rows and channels) needs one vectorised call. The
  formulas and their float precision follow imgaug 0.4.0: gamma, sigmoid and log
  work on ``v / 255``, linear on ``v`` around the centre 127, all in float32, and
  the results are clipped and truncated.
* other dtypes: the same curves relative to the dtype's value range (the
  scikit-image ``exposure.adjust_*`` definitions that 0.4.0 called), computed in
  float32 for float16/float32 images and in float64 otherwise. A parameter may be
  a scalar or one value per channel (a ``(C,)`` array broadcast over the last
  axis).

Pure array code: no randomness, no augmentables.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug.validation import InvalidValueError

__all__ = [
    "gamma_tables_uint8",
    "sigmoid_tables_uint8",
    "log_tables_uint8",
    "linear_tables_uint8",
    "linear_affine_uint8",
    "adjust_gamma_other",
    "adjust_sigmoid_other",
    "adjust_log_other",
    "adjust_linear_other",
    "clahe_plane",
    "equalize_plane",
]

#: pixel values of a uint8 table divided by 255, as 0.4.0 built them
_UNIT_VALUES = np.linspace(0, 1.0, num=256, dtype=np.float32)
#: centre of the uint8 linear contrast (``int`` of the value range centre 127.5)
_LINEAR_CENTER_UINT8 = np.float32(127)
_LINEAR_OFFSETS = np.arange(256, dtype=np.float32) - _LINEAR_CENTER_UINT8
#: ``log2(1 + v/255)`` of the uint8 log curve
_LOG_VALUES = np.log2(np.float32(1) + _UNIT_VALUES)


def _column(values: np.ndarray, params: np.ndarray) -> np.ndarray:
    """Reshape the 256 table inputs so they broadcast against `params`."""
    return values.reshape((256,) + (1,) * params.ndim)


def _to_uint8_table(table: np.ndarray) -> np.ndarray:
    """Clip float table values to ``[0, 255]`` (in place) and truncate them to uint8.

    ``fmax``/``fmin`` also map NaN to 0 (and infinities to the bounds), as
    ``nan_to_num`` followed by a clip would, in two ufunc calls instead of five.
    """
    np.fmax(table, np.float32(0), out=table)
    np.fmin(table, np.float32(255), out=table)
    return table.astype(np.uint8)


# ----------------------------------------------------------------- uint8 tables
def gamma_tables_uint8(gamma: Any) -> np.ndarray:
    """Tables ``255 * (v/255) ** gamma`` (float32, truncated) for gammas of shape S."""
    gamma = np.asarray(gamma, dtype=np.float32)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        table = np.power(_column(_UNIT_VALUES, gamma), gamma)
        table *= np.float32(255)
    return _to_uint8_table(table)


def sigmoid_tables_uint8(gain: Any, cutoff: Any) -> np.ndarray:
    """Tables ``255 / (1 + exp(gain * (cutoff - v/255)))`` (float32, truncated)."""
    gain = np.asarray(gain, dtype=np.float32)
    cutoff = np.asarray(cutoff, dtype=np.float32)
    if gain.shape != cutoff.shape:
        gain, cutoff = np.broadcast_arrays(gain, cutoff)
    with np.errstate(over="ignore"):
        table = np.exp(gain * (cutoff - _column(_UNIT_VALUES, gain)))
    table += np.float32(1)
    np.divide(np.float32(255), table, out=table)
    return _to_uint8_table(table)


def log_tables_uint8(gain: Any) -> np.ndarray:
    """Tables ``255 * gain * log2(1 + v/255)`` (float32, truncated)."""
    gain = np.asarray(gain, dtype=np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        table = (np.float32(255) * gain) * _column(_LOG_VALUES, gain)
    return _to_uint8_table(table)


def linear_tables_uint8(alpha: Any) -> np.ndarray:
    """Tables ``127 + alpha * (v - 127)`` (float32, clipped, truncated)."""
    alpha = np.asarray(alpha, dtype=np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        table = alpha * _column(_LINEAR_OFFSETS, alpha)
        table += _LINEAR_CENTER_UINT8
    return _to_uint8_table(table)


def linear_affine_uint8(alpha: Any) -> tuple[float, float]:
    """``(slope, offset)`` of `linear_tables_uint8`'s table for one `alpha`.

    For `imgaug._kernels.lut.apply_affine_table`: ``127 + alpha * (v - 127)`` is
    ``alpha * v + 127 * (1 - alpha)``.
    """
    alpha = float(np.float32(alpha))
    return alpha, 127.0 - 127.0 * alpha


# ------------------------------------------------------------------ other dtypes
def _work_dtype(dtype: np.dtype) -> type:
    """float32 for float16/float32 images, float64 for everything else."""
    if dtype.kind == "f" and dtype.itemsize <= 4:
        return np.float32
    return np.float64


def _check_non_negative(arr: np.ndarray, name: str) -> None:
    if arr.dtype.kind in "if" and arr.size > 0 and arr.min() < 0:
        raise InvalidValueError(
            f"Expected '{name}' to contain only values >= 0 for this contrast "
            f"function (got a minimum of {arr.min()!r} in a {arr.dtype.name} array); "
            "rescale the values first."
        )


def _relative(arr: np.ndarray, work: type) -> tuple[np.ndarray, Any]:
    """Return ``arr / scale`` in `work` precision and ``scale``.

    ``scale`` is the maximum of the dtype (1.0 for floats), as in scikit-image's
    ``dtype_limits(clip_negative=True)``.
    """
    scale = 1.0 if arr.dtype.kind == "f" else float(np.iinfo(arr.dtype).max)
    values = arr.astype(work)
    if scale != 1.0:
        values /= work(scale)
    return values, work(scale)


def _truncate_to_dtype(result: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Cast float results back: ints are clipped to their range and truncated."""
    if dtype.kind == "f":
        return result.astype(dtype)
    return iadt.change_dtype_(result, dtype, clip=True, round=False)


def adjust_gamma_other(arr: np.ndarray, gamma: Any) -> np.ndarray:
    """``scale * (arr / scale) ** gamma`` for non-uint8 arrays (new array)."""
    _check_non_negative(arr, "arr")
    work = _work_dtype(arr.dtype)
    values, scale = _relative(arr, work)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        np.power(values, np.asarray(gamma, dtype=work), out=values)
    values *= scale
    return _truncate_to_dtype(values, arr.dtype)


def adjust_sigmoid_other(arr: np.ndarray, gain: Any, cutoff: Any) -> np.ndarray:
    """``scale / (1 + exp(gain * (cutoff - arr / scale)))`` for non-uint8 arrays."""
    _check_non_negative(arr, "arr")
    work = _work_dtype(arr.dtype)
    values, scale = _relative(arr, work)
    gain = np.asarray(gain, dtype=work)
    cutoff = np.asarray(cutoff, dtype=work)
    np.subtract(cutoff, values, out=values)
    values *= gain
    with np.errstate(over="ignore"):
        np.exp(values, out=values)
    values += work(1)
    np.divide(scale, values, out=values)
    return _truncate_to_dtype(values, arr.dtype)


def adjust_log_other(arr: np.ndarray, gain: Any) -> np.ndarray:
    """``scale * gain * log2(1 + arr / scale)`` for non-uint8 arrays (new array)."""
    _check_non_negative(arr, "arr")
    work = _work_dtype(arr.dtype)
    values, scale = _relative(arr, work)
    values += work(1)
    np.log2(values, out=values)
    with np.errstate(over="ignore", invalid="ignore"):
        values *= np.asarray(gain, dtype=work) * scale
    return _truncate_to_dtype(values, arr.dtype)


def _linear_center(dtype: np.dtype) -> float:
    """0.4.0's centre: ``int`` of the value range centre for ints, 0.0 for floats."""
    if dtype.kind == "f":
        return 0.0
    _, center, _ = iadt.get_value_range_of_dtype(dtype)
    return float(int(center))


def adjust_linear_other(arr: np.ndarray, alpha: Any) -> np.ndarray:
    """``center + alpha * (arr - center)``, rounded and clipped (non-uint8 arrays)."""
    work = _work_dtype(arr.dtype)
    center = work(_linear_center(arr.dtype))
    values = arr.astype(work)
    values -= center
    with np.errstate(over="ignore", invalid="ignore"):
        values *= np.asarray(alpha, dtype=work)
    values += center
    return iadt.restore_dtypes_(values, arr.dtype)


# --------------------------------------------------------- histogram-based curves
def clahe_plane(
    plane: np.ndarray, clip_limit: float, tile_grid_size_hw: tuple[int, int]
) -> np.ndarray:
    """Apply OpenCV's CLAHE to one contiguous uint8/uint16 ``(H, W)`` plane.

    `tile_grid_size_hw` is the number of tiles ``(rows, columns)``; a grid of one
    tile in both directions leaves the plane unchanged (as in 0.4.0).
    """
    tiles_h, tiles_w = (max(int(value), 1) for value in tile_grid_size_hw)
    if tiles_h == 1 and tiles_w == 1:
        return plane
    clahe = cv2.createCLAHE(
        clipLimit=float(clip_limit), tileGridSize=(tiles_w, tiles_h)
    )
    return clahe.apply(plane)


def equalize_plane(plane: np.ndarray) -> np.ndarray:
    """Equalize the histogram of one contiguous uint8 ``(H, W)`` plane (OpenCV)."""
    return cv2.equalizeHist(plane)
