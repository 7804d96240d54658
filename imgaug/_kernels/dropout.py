"""Per-pixel 0/1 masks from random bits, and zeroing/replacing masked values (private).

The mask of ``Dropout``, ``CoarseDropout``, ``ReplaceElementwise`` & co. is a
``Binomial(p)`` sample per pixel (and channel). Instead of drawing a float per value
and comparing it with ``p``, every value gets 16 random bits (one of 65536 equally
likely buckets, see ``imgaug._kernels.arith``) and is 1 if ``bits < round(p *
65536)``: the same distribution up to ``p``'s rounding to 1/65536, at a fraction of
the cost. Coarse masks are drawn at low resolution and upscaled by nearest
neighbour, as ``FromLowerResolution`` does.

Pure array code: the random bits come from the caller.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from imgaug._kernels import cv2util

__all__ = [
    "BUCKETS",
    "get_nearest_edges",
    "get_nearest_indices",
    "get_thresholds",
    "mask_from_bits",
    "upscale_mask_nearest",
    "zero_cells_",
    "zero_masked_out",
]

#: Number of equally likely buckets of the 16 random bits of a mask value.
BUCKETS = 65536

# dtypes cv2.copyTo handles (with a one channel uint8 mask)
_COPY_TO_DTYPES = frozenset(
    np.dtype(name)
    for name in ("uint8", "uint16", "int8", "int16", "int32", "float32", "float64")
)


def get_thresholds(probabilities: Any) -> np.ndarray:
    """Return ``round(p * 65536)`` per probability, clipped to ``[0, 65536]``.

    A value is 1 where its 16 random bits are below the threshold: never for 0,
    always for 65536.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    return np.clip(np.round(probabilities * BUCKETS), 0, BUCKETS).astype(np.int64)


def mask_from_bits(bits: np.ndarray, threshold: int) -> np.ndarray:
    """Return ``bits < threshold`` for uint16 `bits` and ``1 <= threshold < 65536``."""
    return bits < np.uint16(threshold)


def get_nearest_indices(src_size: int, dst_size: int) -> np.ndarray:
    """Return the source index of every destination index (nearest neighbour).

    The rule of OpenCV's ``INTER_NEAREST`` (which ``FromLowerResolution`` uses):
    ``min(floor(x * (1 / (dst_size / src_size))), src_size - 1)``.
    """
    scale = 1.0 / (dst_size / src_size)
    indices = np.floor(np.arange(dst_size) * scale).astype(np.intp)
    return np.minimum(indices, src_size - 1)


def get_nearest_edges(src_size: int, dst_size: int) -> np.ndarray:
    """Return where the block of each source index starts/ends in the destination.

    Source index ``k`` covers destination indices ``edges[k]:edges[k + 1]``.
    """
    indices = get_nearest_indices(src_size, dst_size)
    return np.searchsorted(indices, np.arange(src_size + 1), side="left")


def upscale_mask_nearest(mask: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize a bool ``(h, w, C)`` mask to ``(height, width, C)`` (nearest neighbour).

    The same pixel mapping as ``imresize_many_images(..., interpolation="nearest")``
    (OpenCV ``INTER_NEAREST``, see `get_nearest_indices`).
    """
    if mask.shape[0:2] == (height, width):
        return mask

    def resize(chunk: np.ndarray) -> np.ndarray:
        return cv2.resize(chunk, (width, height), interpolation=cv2.INTER_NEAREST)

    # route: tests/perf/test_dropout_perf.py::test_upscale_mask_nearest
    resized = cv2util.map_channel_chunks(resize, mask.view(np.uint8))
    return resized.view(bool)


def zero_cells_(
    image: np.ndarray,
    cells: np.ndarray,
    row_edges: np.ndarray,
    col_edges: np.ndarray,
) -> np.ndarray:
    """Set the image areas of some low-resolution mask cells to zero, in place.

    Parameters
    ----------
    image : ndarray
        ``(H, W, C)`` image, changed in place.
    cells : ndarray
        ``(K, 2)`` int array of ``(row, column)`` cells (all channels) or ``(K, 3)``
        of ``(row, column, channel)`` cells of the low-resolution mask.
    row_edges, col_edges : ndarray
        See `get_nearest_edges`.

    Returns
    -------
    ndarray
        The image.

    """
    if cells.shape[1] == 2:
        for row, col in cells.tolist():
            image[
                row_edges[row] : row_edges[row + 1], col_edges[col] : col_edges[col + 1]
            ] = 0
        return image
    for row, col, channel in cells.tolist():
        image[
            row_edges[row] : row_edges[row + 1],
            col_edges[col] : col_edges[col + 1],
            channel,
        ] = 0
    return image


def zero_masked_out(
    image: np.ndarray, keep: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    """Set the values of `image` to zero where `keep` is False; new array or `out`.

    Parameters
    ----------
    image : ndarray
        Non-empty ``(H, W, C)`` image.
    keep : ndarray
        bool mask of shape ``(H, W, 1)`` (one value per pixel) or ``(H, W, C)``.
    out : None or ndarray, optional
        C-contiguous array of the image's shape and dtype to write into.

    Returns
    -------
    ndarray
        `out` if given, else a new array.

    """
    nb_channels = image.shape[2]
    if keep.shape[2] == 1 and nb_channels > 1:
        if image.dtype in _COPY_TO_DTYPES and nb_channels <= cv2util.get_max_channels():
            # a zeroed output and cv2.copyTo with a one channel mask: ~30x faster
            # than numpy broadcasting the mask over the channels
            # route: tests/perf/test_dropout_perf.py::test_zero_masked_out_pixelwise
            result = np.zeros(image.shape, image.dtype) if out is None else out
            if out is not None:
                result.fill(0)
            mask = keep.reshape(keep.shape[0:2]).view(np.uint8)
            cv2.copyTo(cv2util.contiguous(image), mask, result)
            return result
    # masks of the image's shape (numpy is as fast as cv2.multiply by 0/1 here)
    if out is None:
        return np.multiply(image, keep, dtype=image.dtype)
    np.multiply(image, keep, out=out, dtype=image.dtype)
    return out
