"""Hygiene helpers for handing numpy arrays to OpenCV.

OpenCV wants C-contiguous memory, refuses (or silently copies) some views, and
limits the number of channels of one matrix (512 in OpenCV 4, 128 in OpenCV 5).
The helpers here hide these details from the kernels.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import cv2
import numpy as np

__all__ = [
    "normalize_cv2_input_",
    "contiguous",
    "get_max_channels",
    "is_zero_sized",
    "map_channel_chunks",
]


def normalize_cv2_input_(arr: np.ndarray) -> np.ndarray:
    """Return `arr` ready to be used as an OpenCV input or ``dst`` array.

    The array is returned as it is if it owns its memory and is C-contiguous,
    otherwise a C-contiguous copy is returned. Use this before cv2 calls that
    write into their input (``dst=arr``).

    Parameters
    ----------
    arr : numpy.ndarray
        Any array.

    Returns
    -------
    numpy.ndarray
        `arr` itself or a C-contiguous copy owning its memory.

    """
    flags = arr.flags
    if flags["OWNDATA"] and flags["C_CONTIGUOUS"]:
        return arr
    return np.array(arr, order="C", copy=True)


def contiguous(arr: np.ndarray) -> np.ndarray:
    """Return a C-contiguous version of `arr` (no copy if it already is one).

    Enough for read-only cv2 inputs; use `normalize_cv2_input_` for ``dst``.
    """
    if arr.flags["C_CONTIGUOUS"]:
        return arr
    return np.ascontiguousarray(arr)


def is_zero_sized(arr: np.ndarray) -> bool:
    """Tell whether `arr` has at least one axis of size zero."""
    return arr.size == 0


@functools.cache
def get_max_channels() -> int:
    """Return the largest channel count one OpenCV matrix may have.

    OpenCV 4 allows 512 channels, OpenCV 5 only 128. The value is probed once
    with a tiny array and cached.
    """
    for nb_channels in (512, 128):
        probe = np.zeros((1, 1, nb_channels), dtype=np.uint8)
        try:
            cv2.copyMakeBorder(probe, 0, 0, 0, 1, cv2.BORDER_REPLICATE)
        except cv2.error:
            continue
        return nb_channels
    return 4


def map_channel_chunks(
    func: Callable[[np.ndarray], np.ndarray],
    arr: np.ndarray,
    max_channels: int | None = None,
) -> np.ndarray:
    """Apply a cv2-based `func` to groups of at most `max_channels` channels.

    `func` receives contiguous ``(H, W, c)`` arrays (``c <= max_channels``) and
    may return ``(H', W', c)`` or, as cv2 does for a single channel, ``(H', W')``
    arrays; the trailing channel axis is re-added where it was dropped. For 2D
    inputs `func` is called once and its result is returned as it is.

    Parameters
    ----------
    func : callable
        Function applied to each chunk.
    arr : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    max_channels : None or int, optional
        Largest chunk size. ``None`` uses `get_max_channels`.

    Returns
    -------
    numpy.ndarray
        The chunk results concatenated along the channel axis.

    """
    if arr.ndim == 2:
        return func(contiguous(arr))
    if max_channels is None:
        max_channels = get_max_channels()
    nb_channels = arr.shape[2]
    if nb_channels <= max_channels:
        return _ensure_channel_axis(func(contiguous(arr)), 3)
    chunks = [
        _ensure_channel_axis(
            func(np.ascontiguousarray(arr[:, :, c : c + max_channels])), 3
        )
        for c in range(0, nb_channels, max_channels)
    ]
    return np.concatenate(chunks, axis=2)


def _ensure_channel_axis(result: np.ndarray, ndim: int) -> np.ndarray:
    """Re-add a trailing channel axis that cv2 dropped for one-channel inputs."""
    if ndim == 3 and result.ndim == 2:
        return result[:, :, np.newaxis]
    return result
