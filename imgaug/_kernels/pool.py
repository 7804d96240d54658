"""Block pooling (pad to a multiple of the block size, then reduce each block).

Own vectorised replacement for ``skimage.measure.block_reduce``: the padded
array is reshaped to ``(H/bh, W/bw, C/bc, bh, bw, bc)`` (a strided view, no
copy) and the pooling function is called once with ``axis=(3, 4, 5)``, just as
block_reduce calls it.
"""

from __future__ import annotations

import functools
import numbers

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import pad as _pad
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["POOL_DTYPES", "pool", "avg_pool", "max_pool", "min_pool", "median_pool"]

POOL_DTYPES = {
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

# reductions that can be computed from the bh*bw(*bc) strided slices of the padded
# array (one elementwise op per slice): ~8x faster than numpy reducing the
# non-contiguous block axes, and bit-identical (max/min exactly; mean only for
# integer/bool inputs, whose sums are exact in 64-bit integers)
# route: tests/perf/test_pool_perf.py::test_pool_slices_vs_block_reduce
_SLICE_REDUCTIONS = {
    np.max: "max",
    np.amax: "max",
    np.min: "min",
    np.amin: "min",
    np.average: "mean",
    np.mean: "mean",
}
# route: tests/perf/test_pool_perf.py::test_pool_slices_vs_block_view_at_max_slices
_MAX_SLICES = 64
# uint8 means sum block columns with a matrix product up to this many channels
# (its cost grows with the square of the channel count)
_MAX_CHANNELS_MATMUL_SUM = 4


def pool(arr, block_size, func, pad_mode="constant", pad_cval=0, preserve_dtype=True):
    """Reduce each ``block_size`` block of an array to one value.

    The array is first padded to multiples of the block size (padding split
    between both sides, larger half at the bottom/right), then `func` is applied
    to every block. ``imgaug.imgaug.pool`` wraps this function and adds the
    deprecated ``cval`` argument.

    Supported dtypes
    ----------------
    * ``bool``, ``uint8``, ``uint16``, ``uint32``, ``int8``, ``int16``,
      ``int32``, ``float16``, ``float32``, ``float64``, ``float128``: yes; fully
      tested (the result of `func` is cast back with a plain ``astype``)
    * ``uint64``, ``int64``: no (``ValueError``)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    block_size : int or tuple of int
        Block size ``b`` (same for height and width), ``(bh, bw)`` (channels
        pooled separately) or ``(bh, bw, bc)``. All values ``>= 1``.
    func : callable
        Reduction function accepting an ``axis`` tuple, e.g. ``np.average``.
    pad_mode : str, optional
        Padding mode, see ``imgaug.augmenters.size.pad``.
    pad_cval : number, optional
        Padding value for ``constant`` mode.
    preserve_dtype : bool, optional
        Cast the result back to the input dtype.

    Returns
    -------
    ndarray
        Pooled array of shape ``(ceil(H/bh), ceil(W/bw)[, ceil(C/bc)])``.

    Examples
    --------
    >>> import numpy as np
    >>> arr = np.arange(16, dtype=np.uint8).reshape(4, 4)
    >>> pool(arr, 2, np.max).tolist()
    [[5, 7], [13, 15]]

    """
    if not isinstance(arr, np.ndarray):
        raise InvalidTypeError(f"Expected 'arr' to be a numpy array, got {type(arr)}.")
    if arr.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'arr' to have shape (H, W) or (H, W, C), got {arr.shape}."
        )
    if not callable(func):
        raise InvalidTypeError(f"Expected 'func' to be callable, got {type(func)}.")
    if not isinstance(preserve_dtype, (bool, np.bool_)):
        raise InvalidTypeError(
            f"Expected 'preserve_dtype' to be a bool, got {type(preserve_dtype)}."
        )
    # checked here, not only when padding turns out to be needed
    _pad._normalize_mode(pad_mode, "pad_mode")
    _pad._normalize_cval(
        pad_cval, arr.dtype, arr.shape[2] if arr.ndim == 3 else None, "pad_cval"
    )
    if arr.size == 0:
        return np.copy(arr)
    iadt.gate_dtypes(
        arr, allowed=POOL_DTYPES["allowed"], disallowed=POOL_DTYPES["disallowed"]
    )

    block_size = _normalize_block_size(block_size, arr.ndim)
    input_dtype = arr.dtype

    if arr.shape[0] % block_size[0] == 0 and arr.shape[1] % block_size[1] == 0:
        padded = arr  # the reductions below only read it
    else:
        padded = _pad.pad_to_multiples_of(
            arr,
            height_multiple=block_size[0],
            width_multiple=block_size[1],
            mode=pad_mode,
            cval=pad_cval,
        )
    if arr.ndim == 3 and padded.shape[2] % block_size[2] != 0:
        # like block_reduce: missing channels are filled with zeros
        missing = block_size[2] - padded.shape[2] % block_size[2]
        padded = np.pad(padded, ((0, 0), (0, 0), (0, missing)), mode="constant")

    try:
        reduction = _SLICE_REDUCTIONS.get(func)
    except TypeError:  # unhashable callable
        reduction = None
    if reduction == "mean" and input_dtype.kind not in "biu":
        reduction = None
    channel_block = block_size[2] if arr.ndim == 3 else 1
    if (
        reduction == "mean"
        and preserve_dtype
        and input_dtype == np.uint8
        and channel_block == 1
        and block_size[0] * block_size[1] <= _MAX_SLICES
    ):
        # truncated uint8 means straight from uint16 block sums
        # route: tests/perf/test_pool_perf.py::test_pool_mean_uint8_vs_slices
        return _mean_uint8_truncated(padded, block_size[0], block_size[1])
    if reduction in ("max", "min") and channel_block == 1:
        # route: tests/perf/test_pool_perf.py::test_pool_rows_then_columns_vs_slices
        ufunc = np.maximum if reduction == "max" else np.minimum
        result = _reduce_rows_then_columns(padded, block_size[0], block_size[1], ufunc)
    elif reduction is not None and int(np.prod(block_size)) <= _MAX_SLICES:
        result = _reduce_slices(padded, block_size, reduction)
    else:
        # route: tests/perf/test_pool_perf.py::test_pool_block_view_vs_block_reduce
        blocks = _as_blocks(padded, block_size)
        result = func(blocks, axis=tuple(range(arr.ndim, 2 * arr.ndim)))
        if isinstance(result, np.ndarray) and np.shares_memory(result, arr):
            result = result.copy()  # a custom func may return a view of the input

    if preserve_dtype and result.dtype != input_dtype:
        result = result.astype(input_dtype)
    return result


def avg_pool(arr, block_size, pad_mode="reflect", pad_cval=128, preserve_dtype=True):
    """Average pooling (``np.average`` per block), see `pool`.

    Examples
    --------
    >>> import numpy as np
    >>> avg_pool(np.array([[1, 2], [3, 5]], dtype=np.uint8), 2).tolist()
    [[2]]

    """
    return pool(arr, block_size, np.average, pad_mode, pad_cval, preserve_dtype)


def max_pool(arr, block_size, pad_mode="edge", pad_cval=0, preserve_dtype=True):
    """Max pooling (``np.max`` per block), see `pool`."""
    return pool(arr, block_size, np.max, pad_mode, pad_cval, preserve_dtype)


def min_pool(arr, block_size, pad_mode="edge", pad_cval=255, preserve_dtype=True):
    """Min pooling (``np.min`` per block), see `pool`."""
    return pool(arr, block_size, np.min, pad_mode, pad_cval, preserve_dtype)


def median_pool(arr, block_size, pad_mode="reflect", pad_cval=128, preserve_dtype=True):
    """Median pooling (``np.median`` per block), see `pool`."""
    return pool(arr, block_size, np.median, pad_mode, pad_cval, preserve_dtype)


def _normalize_block_size(block_size, ndim):
    if isinstance(block_size, numbers.Integral) and not isinstance(block_size, bool):
        values = [int(block_size), int(block_size)]
    elif isinstance(block_size, (tuple, list)):
        values = list(block_size)
        if len(values) not in (2, 3) or not all(
            isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in values
        ):
            raise InvalidValueError(
                "Expected 'block_size' to be an int or a tuple of two or three ints, "
                f"got {block_size!r}."
            )
        values = [int(v) for v in values]
    else:
        raise InvalidTypeError(
            "Expected 'block_size' to be an int or a tuple of two or three ints, "
            f"got {type(block_size)}."
        )
    if not all(v >= 1 for v in values):
        raise InvalidValueError(
            f"Expected all values of 'block_size' to be >= 1, got {block_size!r}."
        )
    if len(values) == 3 and ndim == 2:
        raise InvalidValueError(
            "Expected 'block_size' to have two values for a 2D array, got "
            f"{block_size!r}."
        )
    if len(values) == 2 and ndim == 3:
        values.append(1)
    return tuple(values)


def _reduce_slices(arr, block_size, reduction):
    """Reduce blocks by combining the strided slices ``arr[i::bh, j::bw, ...]``."""
    offsets = np.ndindex(*block_size)
    slices = [
        arr[tuple(slice(o, None, b) for o, b in zip(offset, block_size))]
        for offset in offsets
    ]
    if reduction == "mean":
        acc_dtype = np.uint64 if arr.dtype.kind == "u" else np.int64
        acc = slices[0].astype(acc_dtype)
        for view in slices[1:]:
            acc += view
        # same as np.mean: exact sum as float64 divided by the count
        return acc.astype(np.float64) / len(slices)
    ufunc = np.maximum if reduction == "max" else np.minimum
    acc = slices[0].copy()
    for view in slices[1:]:
        ufunc(acc, view, out=acc)
    return acc


def _reduce_rows_then_columns(arr, block_h, block_w, ufunc, acc_dtype=None):
    """Reduce ``block_h x block_w`` blocks of a padded array with a binary ufunc.

    First the `block_h` rows of every block row are combined (contiguous memory,
    one ufunc call per row offset), then the `block_w` columns of that result.
    Channels are reduced separately. `acc_dtype` is the dtype of the result.
    """
    blocks_h, blocks_w = arr.shape[0] // block_h, arr.shape[1] // block_w
    acc_dtype = acc_dtype or arr.dtype
    rows = arr.reshape(blocks_h, block_h, -1)
    acc = _combine([rows[:, i] for i in range(block_h)], ufunc, acc_dtype)
    columns = acc.reshape(blocks_h, blocks_w, block_w, -1)
    result = _combine([columns[:, :, j] for j in range(block_w)], ufunc, acc_dtype)
    return result.reshape((blocks_h, blocks_w) + arr.shape[2:])


def _combine(views, ufunc, dtype):
    """Combine equally shaped views with a binary ufunc into a new array."""
    if len(views) == 1:
        return views[0].astype(dtype)
    result = ufunc(views[0], views[1], dtype=dtype)
    for view in views[2:]:
        ufunc(result, view, out=result)
    return result


def _mean_uint8_truncated(arr, block_h, block_w):
    """uint8 block means truncated to integers, exactly like ``mean().astype(uint8)``.

    Sums are exact (at most 64 * 255, in uint16 and float32). With ``n`` values
    per block, ``floor(s / n) = round(s / n + 0.5 / n - 0.5)`` without ties (the
    fractional part stays within ``0.5 - 0.5 / n`` of an integer), which
    ``cv2.convertScaleAbs`` computes and saturates to uint8 in one pass.
    """
    blocks_h, blocks_w = arr.shape[0] // block_h, arr.shape[1] // block_w
    nb_channels = arr.shape[2] if arr.ndim == 3 else 1
    if nb_channels > _MAX_CHANNELS_MATMUL_SUM:
        sums = _reduce_rows_then_columns(arr, block_h, block_w, np.add, np.uint16)
    else:
        rows = arr.reshape(blocks_h, block_h, -1)
        sums = _combine([rows[:, i] for i in range(block_h)], np.add, np.uint16)
        # the block_w columns of each block as one product with a 0/1 matrix:
        # the strided per-column route iterates over only nb_channels values
        # route: tests/perf/test_pool_perf.py::test_pool_mean_uint8_vs_slices
        selector = _column_selector(block_w, nb_channels)
        sums = sums.reshape(blocks_h * blocks_w, block_w * nb_channels)
        sums = sums.astype(np.float32) @ selector
    count = block_h * block_w
    flat = cv2.convertScaleAbs(
        sums.reshape(blocks_h, -1), alpha=1.0 / count, beta=0.5 / count - 0.5
    )
    return flat.reshape((blocks_h, blocks_w) + arr.shape[2:])


@functools.lru_cache(maxsize=64)
def _column_selector(block_w, nb_channels):
    """0/1 matrix summing ``block_w`` pixels of ``nb_channels`` values per channel."""
    selector = np.tile(np.eye(nb_channels, dtype=np.float32), (block_w, 1))
    selector.setflags(write=False)
    return selector


def _as_blocks(arr, block_size):
    """View `arr` as ``(H/bh, W/bw[, C/bc], bh, bw[, bc])`` blocks (no copy)."""
    shape = []
    for size, block in zip(arr.shape, block_size):
        shape.extend((size // block, block))
    reshaped = arr.reshape(shape)
    ndim = arr.ndim
    order = tuple(range(0, 2 * ndim, 2)) + tuple(range(1, 2 * ndim, 2))
    return reshaped.transpose(order)
