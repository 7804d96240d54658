"""Pointwise add and multiply kernels for images (private).

Two families of routes:

* ``uint8``: the result of adding/multiplying one value (or one value per
  channel) depends only on the pixel value, so it is a 256-entry table. Adding is
  done with OpenCV's saturating ``cv2.add`` (a scalar with rounded integer values
  gives exactly the table result and is ~7x faster than ``cv2.LUT``); multiplying
  truncates, which ``cv2.multiply`` (rounding) cannot do, so it uses a table.
  Elementwise operations compute in a small integer/float type and clip.
* all other dtypes: the value is clipped to the range of a wider dtype of its own
  kind, image and value are promoted to a common dtype (integer ones with twice
  the itemsize, so that results never wrap around), combined, and the result is
  rounded and clipped back to the input dtype (``iadt.restore_dtypes_``).

Additive noise (``AdditiveGaussianNoise`` & co.) is sampled by inversion: every
value has a uniform number ``u = (bits + v) / 65536`` made of 16 random bits (one
of 65536 equally likely buckets) and a fraction ``v``. A ``uint8`` image needs
only the *integer* offset, clipped to ``[-255, 255]`` (larger offsets saturate the
same way); a table of the offsets' CDF over the buckets gives it from the bits
alone, except for the few buckets that contain a CDF step, whose values get their
fraction and are resolved exactly. Other dtypes compute the value from the full
``u`` with the inverse CDF, so that given the same bits and fractions they receive
the same noise as ``uint8`` (before rounding and clipping). This is exact up to
float64 precision, and for ``uint8`` several times faster than float samples.

Everything here is pure array code: no randomness, no augmentables.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util
from imgaug._kernels import lut as _lut
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "normalize_scalar_value",
    "normalize_elementwise_values",
    "add_offsets_uint8",
    "add_table_index_uint8",
    "add_tables_uint8",
    "get_add_tables_by_offset",
    "multiply_tables_uint8",
    "add_uint8",
    "multiply_uint8",
    "add_widened",
    "multiply_widened",
    "add_elementwise_uint8",
    "multiply_elementwise_uint8",
    "add_elementwise_widened",
    "multiply_elementwise_widened",
    "NOISE_BUCKETS",
    "normal_offsets_cdf",
    "laplace_offsets_cdf",
    "signed_poisson_offsets_cdf",
    "build_offsets_table",
    "get_constant_offset",
    "offsets_from_bits",
    "resolve_mixed_offsets_",
    "get_noise_uniforms",
    "normal_values_from_uniforms",
    "laplace_values_from_uniforms",
    "signed_poisson_values_from_uniforms",
    "add_offsets_saturated_uint8",
]

_VALUE_KINDS = "uif"


# --------------------------------------------------------------------- arguments
def normalize_scalar_value(
    value: Any, image: np.ndarray, argname: str
) -> tuple[np.ndarray, bool]:
    """Return `value` as a numeric array and whether it holds one value per channel.

    A number, numpy scalar or one-element array gives a 0-d array. A 1D array
    (or list) with more than one element must have one entry per channel of the
    3D `image`.
    """
    arr = np.asarray(value)
    if arr.dtype.kind == "b":
        arr = arr.astype(np.int64)
    if arr.dtype.kind not in _VALUE_KINDS:
        raise InvalidTypeError(
            f"Expected '{argname}' to be a number or an array of numbers, got "
            f"{type(value).__name__} with dtype {arr.dtype.name}."
        )
    if arr.size == 1:
        return arr.reshape(()), False
    if arr.ndim != 1:
        raise InvalidValueError(
            f"Expected '{argname}' to be a number or a 1D array with one value per "
            f"channel, got an array of shape {arr.shape}."
        )
    if image.ndim != 3:
        raise InvalidValueError(
            f"Expected a 3D (H,W,C) image when '{argname}' holds one value per "
            f"channel, got an image of shape {image.shape}."
        )
    if arr.shape[0] != image.shape[2]:
        raise InvalidValueError(
            f"Expected '{argname}' to hold one value per image channel "
            f"({image.shape[2]}), got {arr.shape[0]} values."
        )
    return arr, True


def normalize_elementwise_values(
    values: Any, image: np.ndarray, argname: str
) -> np.ndarray:
    """Return `values` as an array that broadcasts against `image`.

    Accepted shapes are ``(H, W)``, ``(H, W, 1)`` and ``(H, W, C)``; a single
    channel is broadcast over all channels (no copy).
    """
    arr = np.asarray(values)
    if arr.dtype.kind not in _VALUE_KINDS + "b":
        raise InvalidTypeError(
            f"Expected '{argname}' to be an array of numbers, got dtype "
            f"{arr.dtype.name}."
        )
    height, width = image.shape[0:2]
    if arr.ndim not in (2, 3) or arr.shape[0:2] != (height, width):
        raise InvalidValueError(
            f"Expected '{argname}' to have shape (H,W), (H,W,1) or (H,W,C) "
            f"matching the image shape {image.shape}, got {arr.shape}."
        )
    if image.ndim == 2:
        if arr.ndim == 3:
            if arr.shape[2] != 1:
                raise InvalidValueError(
                    f"Expected '{argname}' to have shape (H,W) or (H,W,1) for a "
                    f"2D image of shape {image.shape}, got {arr.shape}."
                )
            arr = arr[:, :, 0]
        return arr
    if arr.ndim == 2:
        return arr[:, :, np.newaxis]
    if arr.shape[2] not in (1, image.shape[2]):
        raise InvalidValueError(
            f"Expected '{argname}' to have 1 or {image.shape[2]} channels, got "
            f"shape {arr.shape}."
        )
    return arr


# ------------------------------------------------------------------ uint8 tables
def add_offsets_uint8(values: Any) -> np.ndarray:
    """Round values and clip them to ``[-255, 255]`` (int16), the uint8 offsets."""
    values = np.asarray(values)
    if values.dtype.kind == "b":
        values = values.astype(np.int16)
    if values.dtype.kind == "f":
        values = np.round(values)
    if values.dtype.kind == "f" or values.dtype == np.int64:
        # the same as np.clip (also for NaN) with ~5x less call overhead; np.clip
        # also takes the bounds for small integer dtypes that cannot hold them
        return np.minimum(np.maximum(values, -255), 255).astype(np.int16)
    return np.clip(values, -255, 255).astype(np.int16)


def add_table_index_uint8(value: Any) -> int:
    """Return the row of `get_add_tables_by_offset` that adds one value.

    The same offset as `add_offsets_uint8` (plus 255), without array steps:
    Python's ``round`` rounds half to even, as ``np.round`` does.
    """
    number = float(value)
    if not math.isfinite(number):
        return int(add_offsets_uint8(value)) + 255
    return min(max(round(number), -255), 255) + 255


def add_tables_uint8(values: Any) -> np.ndarray:
    """Build uint8 addition tables: values of shape ``S`` give tables ``(256, *S)``.

    Entry ``[v, ...]`` is ``clip(v + round(value), 0, 255)``.
    """
    offsets = add_offsets_uint8(values)
    # rows of the precomputed tables of all 511 offsets
    tables = get_add_tables_by_offset()[offsets + np.int16(255)]
    axes = (offsets.ndim, *range(offsets.ndim))  # the table axis first
    return np.ascontiguousarray(tables.transpose(axes))


@functools.cache
def get_add_tables_by_offset() -> np.ndarray:
    """All 511 uint8 addition tables, row ``k + 255`` adds ``k`` (read-only)."""
    base = np.arange(256, dtype=np.int16)
    offsets = np.arange(-255, 256, dtype=np.int16)[:, np.newaxis]
    tables = np.clip(base + offsets, 0, 255).astype(np.uint8)
    tables.flags.writeable = False
    return tables


def multiply_tables_uint8(multipliers: Any) -> np.ndarray:
    """Build uint8 multiplication tables: shape ``S`` gives tables ``(256, *S)``.

    Entry ``[v, ...]`` is ``v * multiplier`` computed in float32, clipped to
    ``[0, 255]`` and truncated.
    """
    multipliers = np.asarray(multipliers, dtype=np.float32)
    base = np.arange(256, dtype=np.float32).reshape((256,) + (1,) * multipliers.ndim)
    return np.clip(base * multipliers, 0, 255).astype(np.uint8)


# -------------------------------------------------------------- uint8 pointwise
def add_uint8(image: np.ndarray, value: np.ndarray, out: Any = None) -> np.ndarray:
    """Add one value or one value per channel to a non-empty uint8 image.

    Values are rounded and clipped to ``[-255, 255]``; the sum saturates at 0 and
    255. `out` may be a C-contiguous uint8 array of the image's shape (possibly
    the image itself) to write into and return; otherwise a new array is
    returned.
    """
    offsets = add_offsets_uint8(value)
    if offsets.ndim == 1 and np.all(offsets == offsets[0]):
        offsets = offsets[0]
    if offsets.ndim == 0:
        offset = int(offsets)
        if offset == 0:
            return _copy_into(image, out)
        if _lut.get_byte_translator() is not None:
            # one translation pass beats cv2.add/subtract (~11 vs ~17 us in cache)
            # route: tests/perf/test_arithmetic_perf.py::test_add_uint8_translator
            return _lut.apply_table(
                image, get_add_tables_by_offset()[offset + 255], out
            )
        src = cv2util.contiguous(image).reshape(1, -1)
        if cv2util.is_scalar_ambiguous(src):
            # a one-value image: cv2 would read the scalar as a (4, 1) array
            return _lut.apply_table(image, add_tables_uint8(offset), out)
        # one channel (1, N) view of all values: any channel count in one cv2 call
        # saturating cv2.add, ~7 us vs ~50 us for cv2.LUT on 256x256x3
        # route: tests/perf/test_arithmetic_perf.py::test_add_uint8_scalar
        # (negative offsets: cv2.subtract of the magnitude, cv2.add is 5x slower)
        # route: tests/perf/test_arithmetic_perf.py::test_add_uint8_scalar_negative
        dst = None if out is None else out.reshape(src.shape)
        operation = cv2.add if offset > 0 else cv2.subtract
        result = operation(src, (float(abs(offset)), 0.0, 0.0, 0.0), dst=dst)
        return _lut._finish(result, image.shape, out)
    nb_channels = offsets.shape[0]
    if nb_channels <= 4:
        # cv2 scalars hold up to four values: add the positive part, then
        # subtract the negative part (a mixed-sign cv2.add is ~3x slower)
        # route: tests/perf/test_arithmetic_perf.py::test_add_uint8_per_channel
        # route: test_arithmetic_perf.py::test_add_uint8_per_channel_mixed_signs
        padding = (0.0,) * (4 - nb_channels)
        positive = tuple(float(max(v, 0)) for v in offsets) + padding
        negative = tuple(float(max(-v, 0)) for v in offsets) + padding
        result = cv2util.contiguous(image)
        if any(positive):
            result = cv2.add(result, positive, dst=out)
        if any(negative):
            result = cv2.subtract(result, negative, dst=out)
        return _lut._finish(result, image.shape, out)
    table = np.clip(np.arange(256, dtype=np.int16)[:, np.newaxis] + offsets, 0, 255)
    return _lut.apply_table(image, table.astype(np.uint8), out)


def multiply_uint8(
    image: np.ndarray, multiplier: np.ndarray, out: Any = None
) -> np.ndarray:
    """Multiply a non-empty uint8 image by one value or one value per channel.

    Products are computed in float32, clipped to ``[0, 255]`` and truncated: a
    256-entry table per channel (for one multiplier through OpenCV's scaling
    where that gives the table's values, see `lut.apply_affine_table`). See
    `add_uint8` for `out`.
    """
    multiplier = np.asarray(multiplier, dtype=np.float32)
    if multiplier.ndim == 1 and np.all(multiplier == multiplier[0]):
        multiplier = multiplier[0]
    if multiplier.ndim == 0 and multiplier == 1.0:
        return _copy_into(image, out)
    table = multiply_tables_uint8(multiplier)
    if multiplier.ndim == 0:
        # route: tests/perf/test_arithmetic_perf.py::test_multiply_uint8_scalar
        return _lut.apply_affine_table(image, table, multiplier, 0.0, out)
    # route: tests/perf/test_arithmetic_perf.py::test_multiply_uint8_per_channel
    return _lut.apply_table(image, table, out)


def _copy_into(image: np.ndarray, out: Any) -> np.ndarray:
    if out is None:
        return np.copy(image)
    if out is not image:
        out[...] = image
    return out


# -------------------------------------------------------- uint8 elementwise ops
def add_elementwise_uint8(image: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Add an array of values to a uint8 image (values broadcast to the image).

    Float values are rounded; values are clipped to ``[-255, 255]``, the sum is
    computed in int16 and clipped to ``[0, 255]``.
    """
    offsets = add_offsets_uint8(values)
    result = np.add(image, offsets, dtype=np.int16)
    np.clip(result, 0, 255, out=result)
    return result.astype(np.uint8)


def multiply_elementwise_uint8(image: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Multiply a uint8 image by an array of multipliers (broadcast to the image).

    Float multipliers are used as float32, integer ones are clipped to
    ``[-255, 255]`` (which never changes a clipped product) and multiplied in
    int32; the product is clipped to ``[0, 255]`` and truncated.
    """
    if values.dtype.kind == "f":
        result = np.multiply(image, values, dtype=np.float32)
    else:
        multipliers = np.clip(values, -255, 255).astype(np.int32)
        result = np.multiply(image, multipliers, dtype=np.int32)
    np.clip(result, 0, 255, out=result)
    return result.astype(np.uint8)


# ------------------------------------------------------- other dtypes: widened
def _clip_value_to_kind(
    value: np.ndarray, itemsize: int, validate: int | None = None
) -> tuple[np.ndarray, np.dtype]:
    """Clip `value` to the range of the dtype of its kind with `itemsize` bytes.

    With `validate`, the first `validate` values must already lie in that range.
    Returns the clipped value (never the input object) and that dtype.
    """
    if value.dtype.kind == "b":
        value = value.astype(np.int64)
    target = np.dtype(f"{value.dtype.kind}{itemsize}")
    low, _, high = iadt.get_value_range_of_dtype(target)
    own_low, _, own_high = iadt.get_value_range_of_dtype(value.dtype)
    low, high = max(low, own_low), min(high, own_high)
    if value.size == 0:
        return value, target
    if validate is not None:
        first = value.flat[0:validate]
        first_min, first_max = first.min(), first.max()
        if first_min < low or first_max > high:
            raise InvalidValueError(
                f"Expected values to lie in the value range of {target.name} "
                f"[{low}, {high}], got values from {first_min} to {first_max}."
            )
    return np.clip(value, value.dtype.type(low), value.dtype.type(high)), target


def _combine_widened(
    image: np.ndarray,
    value: np.ndarray,
    ufunc: Any,
    itemsize: int,
    validate: int | None = None,
) -> np.ndarray:
    """Apply ``ufunc(image, value)`` in a promoted dtype, restore the image dtype."""
    value, target = _clip_value_to_kind(value, itemsize, validate)
    work_dtype = np.promote_types(image.dtype, target)
    if work_dtype.kind in "iu" and work_dtype.itemsize < 8:
        # sums/products of two n-byte ints need 2n bytes to never wrap around
        work_dtype = np.dtype(f"{work_dtype.kind}{2 * work_dtype.itemsize}")
    result = image.astype(work_dtype)  # always a new array
    with np.errstate(over="ignore"):
        # float overflow gives +-inf, clipped by the restore (or kept for float32)
        ufunc(result, value.astype(work_dtype, copy=False), out=result)
    return iadt.restore_dtypes_(result, image.dtype)


def _multiplier_itemsize(image: np.ndarray, multiplier: np.ndarray) -> int:
    return max(image.dtype.itemsize, 2 if multiplier.dtype.kind == "f" else 1)


def add_widened(image: np.ndarray, value: Any) -> np.ndarray:
    """Add a value (or per-channel values) to a non-uint8 image; new array.

    The value is clipped to the range of the dtype of its kind with twice the
    image's itemsize, the addition happens in the promoted dtype of the image and
    that dtype, and the result is rounded and clipped back to the image dtype.
    """
    value = np.asarray(value)
    return _combine_widened(image, value, np.add, 2 * image.dtype.itemsize)


def multiply_widened(image: np.ndarray, multiplier: Any) -> np.ndarray:
    """Multiply a non-uint8 image by a value (or per-channel values); new array.

    Like `add_widened`, but the multiplier dtype has
    ``max(image itemsize, 2 if float else 1)`` bytes.
    """
    multiplier = np.asarray(multiplier)
    itemsize = _multiplier_itemsize(image, multiplier)
    return _combine_widened(image, multiplier, np.multiply, itemsize)


def add_elementwise_widened(image: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Add an array of values to a non-uint8 image; see `add_widened`.

    The first 100 values must lie in the value range the values are clipped to.
    """
    itemsize = 2 * image.dtype.itemsize
    return _combine_widened(image, values, np.add, itemsize, validate=100)


def multiply_elementwise_widened(image: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Multiply a non-uint8 image by an array of values; see `multiply_widened`.

    The first 100 values must lie in the value range the values are clipped to.
    """
    itemsize = _multiplier_itemsize(image, values)
    return _combine_widened(image, values, np.multiply, itemsize, validate=100)


# ------------------------------------------------------------ uint8 batch rows
def add_rows_uint8(
    images: np.ndarray, values: np.ndarray, per_channel: np.ndarray, out: Any = None
) -> np.ndarray:
    """Add per-row values to the rows of a ``(N,H,W,C)`` uint8 array.

    `values` has shape ``(N, >=C)``; row ``i`` uses ``values[i, :C]`` if
    ``per_channel[i]`` else ``values[i, 0]``. Same results as `add_uint8` row by
    row, with the offsets rounded for all rows in one vectorised step. The
    results go to `out` (a C-contiguous uint8 array of the same shape; may be
    `images` itself for an in-place update) or to a new array.
    """
    nb_channels = images.shape[3]
    offsets = add_offsets_uint8(values[:, 0:nb_channels])
    if out is None:
        out = np.empty(images.shape, dtype=np.uint8)
    for i, row in enumerate(images):
        row_offsets = (
            offsets[i] if per_channel[i] and nb_channels > 1 else offsets[i, 0]
        )
        # route: tests/perf/test_arithmetic_perf.py::test_add_rows_uint8_batch
        add_uint8(row, row_offsets, out=out[i])
    return out


def multiply_rows_uint8(
    images: np.ndarray,
    multipliers: np.ndarray,
    per_channel: np.ndarray,
    out: Any = None,
) -> np.ndarray:
    """Multiply the rows of a ``(N,H,W,C)`` uint8 array by per-row values.

    Like `add_rows_uint8`, with the tables of all rows built in one step.
    """
    nb_channels = images.shape[3]
    multipliers = np.asarray(multipliers[:, 0:nb_channels], dtype=np.float32)
    tables = multiply_tables_uint8(multipliers)  # (256, N, C)
    if out is None:
        out = np.empty(images.shape, dtype=np.uint8)
    for i, row in enumerate(images):
        if per_channel[i] and nb_channels > 1:
            _lut.apply_table(row, tables[:, i, :], out=out[i])
        else:
            # as for a single image (OpenCV scaling or one cv2.LUT call)
            # route: tests/perf/test_arithmetic_perf.py::test_multiply_rows_uint8_batch
            multiply_uint8(row, multipliers[i, 0], out=out[i])
    return out


# ------------------------------------------------------------- uint8 noise offsets
#: Number of equally likely buckets of an offsets table (16 random bits per pixel).
NOISE_BUCKETS = 65536
# table entry of buckets that contain a CDF step (resolved pixel by pixel)
_MIXED = -32768
# the offsets a uint8 pixel can receive; larger ones saturate the same way
_OFFSETS = np.arange(-255, 256, dtype=np.int16)
# offset K is <= k exactly when the unrounded value is below k + 0.5 (k < 255)
_STEP_POSITIONS = np.arange(-255, 255, dtype=np.float64) + 0.5


def normal_offsets_cdf(loc: float, scale: float) -> np.ndarray:
    """Return ``P(K <= k)`` for ``k = -255..254`` of ``K = round(N(loc, scale))``.

    `scale` must be > 0. Offsets beyond ``[-255, 255]`` count as the bound.
    """
    from scipy import special  # lazy: keeps `import imgaug` fast

    return special.ndtr((_STEP_POSITIONS - loc) / scale)


def laplace_offsets_cdf(loc: float, scale: float) -> np.ndarray:
    """Return ``P(K <= k)`` for ``k = -255..254`` of ``K = round(Laplace(loc, scale))``.

    `scale` must be > 0.
    """
    scaled = (_STEP_POSITIONS - loc) / scale
    half_tail = 0.5 * np.exp(-np.abs(scaled))
    return np.where(scaled < 0, half_tail, 1.0 - half_tail)


def signed_poisson_offsets_cdf(lam: float, p_positive: float) -> np.ndarray:
    """Return ``P(K <= k)`` for ``k = -255..254`` of ``K = S * Poisson(lam)``.

    ``S`` is +1 with probability `p_positive`, else -1; `lam` must be >= 0.
    """
    from scipy import special  # lazy: keeps `import imgaug` fast

    below = special.pdtr(np.arange(255, dtype=np.float64), lam)  # P(X <= j)
    pmf = np.diff(below, prepend=0.0)  # j = 0..254
    tail = special.pdtrc(254.0, lam)  # P(X >= 255)
    probs = np.empty(511, dtype=np.float64)
    probs[0] = (1.0 - p_positive) * tail
    probs[1:255] = (1.0 - p_positive) * pmf[:0:-1]  # k = -254..-1
    probs[255] = pmf[0]
    probs[256:510] = p_positive * pmf[1:]  # k = 1..254
    probs[510] = p_positive * tail
    return np.cumsum(probs[:-1])


def build_offsets_table(cdf: np.ndarray) -> np.ndarray:
    """Tabulate the offsets ``-255..255`` with CDF `cdf` over 65536 buckets.

    `cdf` holds ``P(K <= k)`` for ``k = -255..254``. Bucket ``j`` covers the
    uniform numbers ``[j, j + 1) / 65536``; its entry is the offset all of them
    map to, or -32768 if a step of the CDF lies inside the bucket.
    """
    # positions of the steps in buckets, framed by 0 and NOISE_BUCKETS: scaling by
    # 2**16 is exact, so this equals clipping and accumulating the CDF first
    positions = np.empty(cdf.size + 2, dtype=np.float64)
    positions[0] = 0.0
    np.multiply(cdf, NOISE_BUCKETS, out=positions[1:-1])
    positions[-1] = NOISE_BUCKETS
    if (positions[1:] < positions[:-1]).any():  # rare: a CDF that dips
        np.maximum.accumulate(positions, out=positions)
    np.minimum(positions, NOISE_BUCKETS, out=positions)
    ceils = np.ceil(positions)
    firsts = ceils.astype(np.intp)  # first bucket past each step
    table = _OFFSETS.repeat(firsts[1:] - firsts[:-1])
    # a step strictly inside a bucket makes the bucket mixed
    mixed = firsts[ceils != positions]
    mixed -= 1
    table[mixed] = _MIXED
    return table


def get_constant_offset(table: np.ndarray) -> int | None:
    """Return the offset of a table that has only one, else None."""
    first, last = int(table[0]), int(table[-1])
    if first == last and first != _MIXED:
        return first  # tables are sorted apart from the mixed entries
    return None


def offsets_from_bits(
    table: np.ndarray, bits: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Look up uint16 random `bits` in an offsets table.

    Returns the int16 offsets (shape of `bits`) and the flat indices of the
    pixels whose bucket is mixed; see `resolve_mixed_offsets_`.
    """
    offsets = np.take(table, bits)
    return offsets, np.flatnonzero(offsets == _MIXED)


def resolve_mixed_offsets_(
    offsets: np.ndarray,
    mixed: np.ndarray,
    bits: np.ndarray,
    cdf: np.ndarray,
    uniforms: np.ndarray,
) -> np.ndarray:
    """Resolve the mixed pixels of `offsets` in place and return `offsets`.

    `uniforms` holds one float64 number in ``[0, 1)`` per mixed pixel; together
    with the pixel's bucket it is the pixel's position in the CDF.
    """
    if mixed.size == 0:
        return offsets
    position = (bits.reshape(-1)[mixed] + uniforms) / NOISE_BUCKETS
    resolved = np.searchsorted(cdf, position, side="right") + _OFFSETS[0]
    offsets.reshape(-1)[mixed] = resolved
    return offsets


def get_noise_uniforms(
    bits: np.ndarray,
    fractions: np.ndarray,
    mixed: np.ndarray,
    mixed_fractions: np.ndarray,
) -> np.ndarray:
    """Return the float64 uniform numbers ``(bits + fraction) / 65536``.

    The values at the flat indices `mixed` use `mixed_fractions` (the fractions
    the uint8 route resolved them with), all others `fractions` (shape of
    `bits`; overwritten).
    """
    fractions.reshape(-1)[mixed] = mixed_fractions
    fractions += bits
    fractions *= 1.0 / NOISE_BUCKETS
    # u == 0 (probability 2**-69) would map to an infinite value
    np.maximum(fractions, 2.0**-70, out=fractions)
    return fractions


def normal_values_from_uniforms(
    loc: float, scale: float, uniforms: np.ndarray
) -> np.ndarray:
    """Map uniform numbers in ``(0, 1)`` to ``N(loc, scale)`` samples (float32)."""
    from scipy import special  # lazy: keeps `import imgaug` fast

    values = special.ndtri(uniforms)
    values *= scale
    values += loc
    return values.astype(np.float32)


def laplace_values_from_uniforms(
    loc: float, scale: float, uniforms: np.ndarray
) -> np.ndarray:
    """Map uniform numbers in ``(0, 1)`` to ``Laplace(loc, scale)`` samples."""
    lower = uniforms < 0.5
    # log(2u) below the median, -log(2 - 2u) above it
    values = np.where(lower, 2.0 * uniforms, 2.0 - 2.0 * uniforms)
    np.log(values, out=values)
    np.negative(values, out=values, where=~lower)
    values *= scale
    values += loc
    return values.astype(np.float32)


def _signed_poisson_support(lam: float) -> tuple[int, int]:
    """Return magnitudes ``[low, high]`` outside which Poisson(lam) has no mass."""
    spread = 40.0 * np.sqrt(lam) + 50.0  # tails beyond are below 1e-100
    return max(int(lam - spread), 0), int(lam + spread) + 1


def signed_poisson_values_from_uniforms(
    lam: float, p_positive: float, uniforms: np.ndarray
) -> np.ndarray:
    """Map uniform numbers to samples of ``S * Poisson(lam)`` (int32).

    ``S`` is +1 with probability `p_positive`, else -1; `lam` must be > 0.
    The uniform numbers are inverted through the CDF of the signed values,
    which is ordered as in `signed_poisson_offsets_cdf`.
    """
    from scipy import special  # lazy: keeps `import imgaug` fast

    low, high = _signed_poisson_support(lam)
    magnitudes = np.arange(low, high + 1, dtype=np.float64)
    below_low = special.pdtr(low - 1, lam) if low > 0 else 0.0
    pmf = np.diff(special.pdtr(magnitudes, lam), prepend=below_low)
    # outcomes ascending: -high..-low, then low..high (magnitude 0 only once)
    if low == 0:
        outcomes = np.concatenate([-magnitudes[:0:-1], magnitudes])
        negative = (1.0 - p_positive) * pmf[:0:-1]
        positive = np.concatenate([pmf[0:1], p_positive * pmf[1:]])
    else:
        outcomes = np.concatenate([-magnitudes[::-1], magnitudes])
        negative = (1.0 - p_positive) * pmf[::-1]
        positive = p_positive * pmf
    probs = np.concatenate([negative, positive])
    cdf = np.cumsum(probs[:-1])
    index = np.searchsorted(cdf, uniforms, side="right")
    return outcomes[index].astype(np.int32)


def add_offsets_saturated_uint8(
    image: np.ndarray, offsets: np.ndarray, out: Any = None
) -> np.ndarray:
    """Add int16 offsets to a non-empty uint8 image, saturating at 0 and 255.

    `offsets` has the image's height and width and either one channel (used for
    all channels) or as many as the image. See `add_uint8` for `out`.
    """
    height, width = image.shape[0:2]
    nb_channels = image.shape[2] if image.ndim == 3 else 1
    if offsets.size != image.size:
        plane = np.ascontiguousarray(offsets.reshape(height, width))
        if nb_channels <= cv2util.get_max_channels():
            # cv2.merge: ~5 us for three 224x224 planes, np.repeat ~60 us
            offsets = cv2.merge([plane] * nb_channels)
        else:
            offsets = np.repeat(plane[:, :, np.newaxis], nb_channels, axis=2)
    # a one channel (H, W*C) view of both: any channel count in one cv2 call
    # route: tests/perf/test_arithmetic_perf.py::test_add_offsets_saturated_uint8
    src = cv2util.contiguous(image).reshape(height, -1)
    noise = np.ascontiguousarray(offsets).reshape(src.shape)
    dst = None if out is None else out.reshape(src.shape)
    result = cv2.add(src, noise, dst=dst, dtype=cv2.CV_8U)
    return _lut._finish(result, image.shape, out)
