"""Lookup tables for uint8 images (``cv2.LUT`` with channel chunking)."""

from __future__ import annotations

import cv2
import numpy as np

from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["apply_lut", "apply_lut_"]


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
