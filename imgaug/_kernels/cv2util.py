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
    "DTYPES_INTERPOLATED",
    "DTYPES_NEAREST",
    "normalize_cv2_input_",
    "contiguous",
    "get_max_channels",
    "is_zero_sized",
    "is_scalar_ambiguous",
    "map_channel_chunks",
    "map_channel_chunks_into",
]

#: ``gate_dtypes`` lists of the cv2 resampling routes (``resize``, ``warpAffine``)
#: with nearest-neighbour interpolation: values are only copied, so int32 works.
DTYPES_NEAREST = {
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
#: The same for every other interpolation (bool, int8 and float16 are converted
#: to a cv2 dtype by the caller; int32 is not supported).
DTYPES_INTERPOLATED = {
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
    "disallowed": ["uint32", "int32", "uint64", "int64", "float128"],
}


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


#: Sources at least this large are copied before a warp reads them (see below).
GATHER_COPY_MIN_BYTES = 1 << 18


def contiguous_for_gather(arr: np.ndarray) -> np.ndarray:
    """Return `arr` C-contiguous for an OpenCV warp; large arrays as a fresh copy.

    Warps (``warpAffine``, ``warpPerspective``, ``remap``) read their source along
    rotated or displaced lines. From memory that is not in the cache (a dataset
    held in RAM, the rows of a large batch) that read is latency bound; one
    sequential copy first runs at memory bandwidth and leaves the source in the
    cache: ~1.9x faster warps of 384x512x3 images from RAM, ~5 % slower for
    images already in the cache. Arrays under `GATHER_COPY_MIN_BYTES` are only
    made contiguous. The values are unchanged.
    """
    if arr.nbytes < GATHER_COPY_MIN_BYTES:
        return contiguous(arr)
    return np.array(arr, order="C", copy=True)


def is_zero_sized(arr: np.ndarray) -> bool:
    """Tell whether `arr` has at least one axis of size zero."""
    return arr.size == 0


def is_scalar_ambiguous(arr: np.ndarray) -> bool:
    """Tell whether cv2 may misread a scalar operand next to `arr`.

    cv2 passes a Python number or tuple to ``cv2.add``/``subtract``/``multiply``/
    ``absdiff`` as a 4x1 array. Next to a one-channel 1x1 or 4x1 matrix it cannot
    tell that array from an image: OpenCV 4 raises (4x1), OpenCV 5 broadcasts
    the 1x1 source to 4x1 or adds the four values elementwise (4x1). Such
    sources need another route.
    """
    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    return nb_channels == 1 and arr.shape[0:2] in ((1, 1), (4, 1))


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


def map_channel_chunks_into(
    func: Callable[[np.ndarray, int], np.ndarray],
    arr: np.ndarray,
    out_hw: tuple[int, int],
    chunk_size: int = 4,
) -> np.ndarray:
    """Apply `func` to channel chunks of `arr` and collect the results in one array.

    For cv2 calls that take one border value per channel (at most four), so
    that many-channel arrays have to be processed in chunks of four.

    Parameters
    ----------
    func : callable
        Called as ``func(chunk, start)`` with a contiguous ``(H, W, c)`` chunk
        (``c <= chunk_size``) starting at channel `start`; returns ``(H', W', c)``
        or ``(H', W')`` values.
    arr : numpy.ndarray
        ``(H, W, C)`` array.
    out_hw : tuple of int
        ``(H', W')`` of the results.
    chunk_size : int, optional
        Largest number of channels per call.

    Returns
    -------
    numpy.ndarray
        ``(H', W', C)`` array of the dtype of `arr`.

    """
    out_hw = tuple(out_hw)
    nb_channels = arr.shape[2]
    result = np.empty(out_hw + (nb_channels,), dtype=arr.dtype)
    for start in range(0, nb_channels, chunk_size):
        chunk = np.ascontiguousarray(arr[:, :, start : start + chunk_size])
        size = chunk.shape[2]
        result[:, :, start : start + size] = func(chunk, start).reshape(
            out_hw + (size,)
        )
    return result


def _ensure_channel_axis(result: np.ndarray, ndim: int) -> np.ndarray:
    """Re-add a trailing channel axis that cv2 dropped for one-channel inputs."""
    if ndim == 3 and result.ndim == 2:
        return result[:, :, np.newaxis]
    return result
