"""Lookup tables for uint8 images.

One table for all channels goes through StringZilla's byte translation where the
``fast`` extra is installed (``pip install imgaug[fast]``; 6-7x faster than
``cv2.LUT``), else through ``cv2.LUT``; per-channel tables through ``cv2.LUT``
with channel chunking. Every route gives the table's values exactly.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np

from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["apply_affine_table", "apply_lut", "apply_lut_", "apply_table"]


@functools.cache
def get_byte_translator():
    """Return ``stringzilla.translate`` if the ``fast`` extra is installed, else None.

    It maps a writable byte buffer through a 256-byte table in place, with SIMD
    shuffles: ~22 us on a 384x512x3 image where ``cv2.LUT`` takes ~145 us.
    """
    try:
        import stringzilla
    except ImportError:
        return None
    return getattr(stringzilla, "translate", None)


@functools.cache
def _writes_to_out(translate):
    """Tell whether `translate` takes ``out=`` (StringZilla 5.3): a one-pass route.

    Older versions only translate in place (5.0 and 4.x raise a SystemError for
    ``out=``), so the source is copied first.
    """
    table = memoryview(np.arange(256, dtype=np.uint8))
    out = bytearray(1)
    try:
        translate(memoryview(bytearray(b"\x07")), table, out=memoryview(out))
    except Exception:  # TypeError, SystemError, ...: no usable `out=`
        return False
    return out == bytearray(b"\x07")


def _translate_into(src, table, dst, fresh=False):
    """Write ``table[src]`` into `dst` with the byte translator; return `dst`.

    `src` and `dst` are C-contiguous uint8 arrays of the same size (`dst` may be
    `src`), `table` a C-contiguous ``(256,)`` uint8 array. `fresh` tells that
    `dst` is a new array (it cannot overlap `src`).
    """
    translate = get_byte_translator()
    flat = dst.reshape(-1)
    if dst is not src:
        if _writes_to_out(translate) and (fresh or not np.may_share_memory(src, dst)):
            # one pass from the source into `dst`: ~25 % faster than copy+translate
            # route: tests/perf/test_lut_perf.py::test_translate_out_vs_copy
            source = memoryview(src.reshape(-1))
            translate(source, memoryview(table), out=memoryview(flat))
            return dst
        np.copyto(flat, src.reshape(-1))  # copy, then translate the warm copy
    # route: tests/kernels/test_lut.py::test_byte_translator_equals_cv2_lut
    translate(memoryview(flat), memoryview(table), inplace=True)
    return dst


def apply_lut(image, table):
    """Map every pixel of a uint8 image through a lookup table (copying).

    Same as `apply_lut_`, but the input image is never modified.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 image.
    table : ndarray or list of ndarray
        See `apply_lut_`.

    Returns
    -------
    ndarray
        New image with the table applied.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 1], [2, 255]], dtype=np.uint8)
    >>> table = (255 - np.arange(256)).astype(np.uint8)
    >>> apply_lut(image, table).tolist()
    [[255, 254], [253, 0]]

    """
    return apply_lut_(np.copy(image), table)


def apply_lut_(image, table):
    """Map every pixel of a uint8 image through a lookup table, in place if possible.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (the image must be uint8)

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` uint8 image. It is changed in place if it owns
        its memory and is C-contiguous; otherwise a changed copy is returned.
    table : ndarray or list of ndarray
        One table for all channels, shape ``(256,)``, or one table per channel,
        shape ``(256, C)`` or ``(1, 256, C)``, or a list of ``C`` arrays of shape
        ``(256,)``. uint8 tables keep the image dtype; a table of another dtype
        gives an output of that dtype (always a new array).

    Returns
    -------
    ndarray
        The image with the table applied (possibly the input array).

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image)}."
        )
    if image.dtype != np.uint8:
        raise InvalidValueError(
            f"Expected 'image' to have dtype uint8, got dtype {image.dtype.name}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'image' to have shape (H, W) or (H, W, C), got {image.shape}."
        )
    nb_channels = 1 if image.ndim == 2 else image.shape[2]
    table = _normalize_table(table, nb_channels)
    if image.size == 0:
        if table.dtype != np.uint8:
            return image.astype(table.dtype)
        return image

    if table.dtype != np.uint8:
        # non-uint8 tables are rare; numpy indexing handles every table dtype
        if table.shape[0] == 1 or table.ndim == 1:
            return table.reshape(256)[image]
        return np.take_along_axis(
            table, image.reshape(-1, nb_channels), axis=0
        ).reshape(image.shape)

    # route: tests/perf/test_lut_perf.py::test_apply_lut_single_table
    image = cv2util.normalize_cv2_input_(image)
    if image.ndim == 2 or table.ndim == 1:
        single = table.reshape(256)
        if get_byte_translator() is not None:
            return _translate_into(image, np.ascontiguousarray(single), image)
        if image.ndim == 3 and nb_channels > cv2util.get_max_channels():
            for start in range(0, nb_channels, cv2util.get_max_channels()):
                stop = start + cv2util.get_max_channels()
                image[:, :, start:stop] = _lut(image[:, :, start:stop], single)
            return image
        result = cv2.LUT(image, single, dst=image)
        return _keep_shape(result, image)

    # one table per channel: cv2 wants a (1, 256, C) table with C == image channels
    # route: tests/perf/test_lut_perf.py::test_apply_lut_per_channel_tables
    max_channels = cv2util.get_max_channels()
    if nb_channels <= max_channels:
        result = cv2.LUT(image, np.ascontiguousarray(table[np.newaxis]), dst=image)
        return _keep_shape(result, image)
    for start in range(0, nb_channels, max_channels):
        stop = min(start + max_channels, nb_channels)
        image[:, :, start:stop] = _lut(
            image[:, :, start:stop],
            np.ascontiguousarray(table[np.newaxis, :, start:stop]),
        )
    return image


def apply_table(image, table, out=None):
    """Apply a uint8 table to a non-empty uint8 image, into `out` or a new array.

    The fast path of the pointwise augmenters: no validation (callers pass
    well-formed tables) and the input is never modified.

    Parameters
    ----------
    image : ndarray
        Non-empty ``(H, W)`` or ``(H, W, C)`` uint8 image.
    table : ndarray
        One uint8 table for all channels, shape ``(256,)``, or one per channel,
        shape ``(256, C)``.
    out : None or ndarray, optional
        uint8 array of the image's shape to write the result into (e.g. a row of a
        batch array). If None, a new array is returned.

    Returns
    -------
    ndarray
        `out` if given, else a new array.

    """
    if table.ndim == 1:
        if get_byte_translator() is not None:
            src = cv2util.contiguous(image)
            table = np.ascontiguousarray(table)
            if out is None:
                dst = np.empty(image.shape, dtype=np.uint8)
                return _translate_into(src, table, dst, fresh=True)
            if out.flags["C_CONTIGUOUS"]:
                return _translate_into(src, table, out)
            out[...] = _translate_into(src, table, np.empty(image.shape, np.uint8))
            return out
        # single table: a one channel view covers every channel count
        # route: tests/perf/test_lut_perf.py::test_apply_lut_single_table
        src = cv2util.contiguous(image).reshape(1, -1)
        dst = None if out is None else _flat_view_or_none(out, src.shape)
        return _finish(cv2.LUT(src, table, dst=dst), image.shape, out)
    nb_channels = table.shape[1]
    if nb_channels <= cv2util.get_max_channels():
        # route: tests/perf/test_lut_perf.py::test_apply_lut_per_channel_tables
        src = cv2util.contiguous(image)
        dst = out if out is not None and out.flags["C_CONTIGUOUS"] else None
        result = cv2.LUT(src, np.ascontiguousarray(table[np.newaxis]), dst=dst)
        return _finish(result, image.shape, out)
    if out is None:
        return apply_lut(image, table)
    out[...] = apply_lut(image, table)
    return out


def apply_affine_table(image, table, alpha, offset, out=None):
    """Apply an affine uint8 table to a non-empty uint8 image, into `out` or anew.

    `table` must be one ``(256,)`` uint8 table whose entries are (up to float32
    rounding) ``alpha * v + offset`` clipped to ``[0, 255]`` and truncated.
    With the byte translator (``fast`` extra) the table is applied as it is.
    Without it, where OpenCV's saturating scaling (``cv2.transform`` with a 1x2
    matrix, ``cv2.convertScaleAbs`` or ``cv2.addWeighted``, which round)
    reproduces the table exactly, with the offset shifted by about -0.5, the image
    goes through that (2-5x faster than ``cv2.LUT``); else through `apply_table`.
    The results are always the table's.

    Parameters
    ----------
    image : ndarray
        Non-empty ``(H, W)`` or ``(H, W, C)`` uint8 image.
    table : ndarray
        The ``(256,)`` uint8 table.
    alpha, offset : float
        Slope and offset the table was built from.
    out : None or ndarray, optional
        See `apply_table`.

    Returns
    -------
    ndarray
        `out` if given, else a new array.

    """
    if get_byte_translator() is not None:
        return apply_table(image, table, out)  # faster than any scaling route
    # the 3-channel route saves ~15 % per pixel but costs ~4 us more to check
    three_channel = (
        image.ndim == 3 and image.shape[2] == 3 and image.size >= _MIN_SIZE_3
    )
    route = _affine_route(table, float(alpha), float(offset), three_channel)
    if route is None:
        # route: tests/perf/test_lut_perf.py::test_apply_affine_table
        return apply_table(image, table, out)
    kind, beta = route
    # "transform3" works on 3-channel pixels, the other kinds on one long row
    src = cv2util.contiguous(image).reshape(
        (1, -1, 3) if kind == "transform3" else (1, -1)
    )
    dst = None if out is None else _flat_view_or_none(out, src.shape)
    # route: tests/perf/test_lut_perf.py::test_apply_affine_table
    return _finish(_scale(kind, src, float(alpha), beta, dst), image.shape, out)


#: every uint8 value once, as one contiguous row (OpenCV's vector loop) and as
#: one value per row of a strided view (its scalar loop)
_ALL_VALUES_ROW = np.arange(256, dtype=np.uint8).reshape(1, 256)
_ALL_VALUES_COLUMN = np.repeat(_ALL_VALUES_ROW.reshape(256, 1), 2, axis=1)[:, :1]
#: the same for 3-channel pixels (every channel of pixel ``v`` is ``v``); the row
#: holds every value twice, so that the first 256 pixels are in whole vector
#: blocks whatever OpenCV's block size (the scalar tail is at the end)
_ALL_PIXELS_ROW3 = np.repeat(np.tile(np.arange(256, dtype=np.uint8), 2), 3).reshape(
    1, 512, 3
)
_ALL_PIXELS_COLUMN3 = np.repeat(
    _ALL_PIXELS_ROW3[:, :256].reshape(256, 1, 3), 2, axis=1
)[:, :1]
#: the kinds tried, fastest first: for 3-channel images of at least
#: `_MIN_SIZE_3` values, and for all other images
_MIN_SIZE_3 = 3 * 65536
_KINDS_3 = ("transform3", "transform", "scale_abs", "weighted")
_KINDS = ("transform", "scale_abs", "weighted")
#: ``round(p - 0.5)`` is ``trunc(p)`` unless ``p`` is an odd integer (rounding
#: half to even); ``round(p - 0.5 + 2**-12)`` is, unless ``p``'s fraction is
#: within ``2**-12`` of 1; random slopes mostly pass the first, "round" ones
#: (1.5, 2.0, ...) the second
_ROUNDING_SHIFTS = (-0.5, -0.5 + 2.0**-12)


def _affine_route(table, alpha, offset, three_channel=False):
    """Find ``(kind, beta)`` for which `_scale` equals `table`, or None.

    The result of a pixel depends only on its value, so checking all 256 values
    through both of OpenCV's loops makes the route exact whenever it is taken
    (whatever OpenCV's float arithmetic does, e.g. fused multiply-adds).
    For large 3-channel images (`three_channel`) ``transform3`` (a diagonal 3x4
    ``cv2.transform``, whose vector loop is the fastest) is tried first.
    ``transform`` (1-channel, one read, float32 coefficients, saturating) comes
    next, then ``convertScaleAbs`` (one read; it takes absolute values, so tables
    clipped at 0 fail it), then ``addWeighted`` (two reads, saturating).
    """
    expected = table.tobytes()  # a bytes comparison is ~5x faster than array_equal
    for kind in _KINDS_3 if three_channel else _KINDS:
        if kind == "transform3":
            checks = (_ALL_PIXELS_ROW3, _ALL_PIXELS_COLUMN3)
            wanted = np.repeat(table, 3).tobytes()
            wanted = (wanted + wanted, wanted)
        else:
            checks = (_ALL_VALUES_ROW, _ALL_VALUES_COLUMN)
            wanted = (expected, expected)
        for shift in _ROUNDING_SHIFTS:
            beta = offset + shift
            for values, want in zip(checks, wanted, strict=True):
                if _scale(kind, values, alpha, beta, None).tobytes() != want:
                    break
            else:
                return kind, beta
    return None


def _scale(kind, src, alpha, beta, dst):
    """``round(alpha * src + beta)`` saturated to uint8 (`_affine_route` kinds)."""
    if kind == "transform":
        # 1-channel affine transform: dst = m[0, 0] * src + m[0, 1]
        matrix = np.array([[alpha, beta]], dtype=np.float64)
        return cv2.transform(src, matrix, dst=dst)
    if kind == "transform3":
        # 3-channel pixels, the same scale and offset for every channel
        matrix = np.array(
            [[alpha, 0.0, 0.0, beta], [0.0, alpha, 0.0, beta], [0.0, 0.0, alpha, beta]]
        )
        return cv2.transform(src, matrix, dst=dst)
    if kind == "scale_abs":
        return cv2.convertScaleAbs(src, dst=dst, alpha=alpha, beta=beta)
    return cv2.addWeighted(src, alpha, src, 0.0, beta, dst=dst)


def _flat_view_or_none(out, shape):
    """Return `out` reshaped for cv2's ``dst`` (None if that needs a copy)."""
    if not out.flags["C_CONTIGUOUS"]:
        return None
    return out.reshape(shape)


def _finish(result, shape, out):
    """Shape a cv2 result like the image; make sure it ended up in `out`."""
    result = result.reshape(shape)
    if out is None:
        return result
    if not np.may_share_memory(result, out):
        out[...] = result  # cv2 allocated (e.g. `out` was not contiguous)
    return out


def _lut(chunk, table):
    """Apply `table` to a channel chunk (a view) and return a same-shaped array."""
    result = cv2.LUT(np.ascontiguousarray(chunk), table)
    return result.reshape(chunk.shape)


def _keep_shape(result, image):
    """Return `image` if cv2 wrote into it, else `result` shaped like `image`."""
    if result is image:
        return image
    return result.reshape(image.shape)


def _normalize_table(table, nb_channels):
    """Bring `table` into shape ``(256,)`` or ``(256, C)``."""
    if isinstance(table, (list, tuple)):
        if len(table) == 0 or not all(np.ndim(t) == 1 for t in table):
            raise InvalidValueError(
                "Expected 'table' given as a list to contain one (256,) array per "
                "channel."
            )
        table = np.stack([np.asarray(t) for t in table], axis=-1)
    elif not isinstance(table, np.ndarray):
        raise InvalidTypeError(
            "Expected 'table' to be a numpy array or a list of arrays, "
            f"got {type(table)}."
        )
    if table.ndim == 3 and table.shape[0] == 1:
        table = table[0]
    if table.ndim == 2 and table.shape[1] == 1:
        table = table[:, 0]
    if table.ndim == 1 and table.shape[0] == 256:
        return table
    if table.ndim == 2 and table.shape[0] == 256:
        if table.shape[1] != nb_channels:
            raise InvalidValueError(
                f"Expected 'table' to contain one column per channel ({nb_channels}), "
                f"got {table.shape[1]}."
            )
        return table
    raise InvalidValueError(
        "Expected 'table' to have shape (256,), (256, C) or (1, 256, C), got "
        f"{table.shape}."
    )
