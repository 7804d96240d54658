"""Realistic inputs for the micro benchmarks: the sample photo at 256x256.

Random noise is the worst case for interpolation and blurring differences and
not what augmentation pipelines see, so the benchmarks use the bundled photo.
Every function returns a fresh, writeable, C-contiguous array.
"""

from __future__ import annotations

import functools

import numpy as np

import imgaug.data

__all__ = ["BATCH_SIZE", "SIZE", "batch_uint8", "image", "image_uint8"]

#: Height and width of the benchmark images.
SIZE = 256
#: Number of images in a benchmark batch.
BATCH_SIZE = 32


@functools.cache
def _photo() -> np.ndarray:
    photo = imgaug.data.quokka(size=(SIZE, SIZE))
    photo.setflags(write=False)
    return photo


def image_uint8() -> np.ndarray:
    """Return the ``(256, 256, 3)`` uint8 sample photo."""
    return np.array(_photo(), copy=True)


def image(dtype) -> np.ndarray:
    """Return the sample photo in `dtype`.

    Floats are scaled to ``[0, 1]``, bool is ``photo > 127``, wider integers are
    scaled so that the values use a good part of the dtype's range.
    """
    dtype = np.dtype(dtype)
    photo = _photo()
    if dtype.kind == "b":
        return photo > 127
    if dtype.kind == "f":
        return (photo / 255.0).astype(dtype)
    if dtype == np.uint8:
        return np.array(photo, copy=True)
    if dtype == np.int8:
        return (photo.astype(np.int16) - 128).astype(np.int8)
    # 16 bit and wider: spread the 8 bit values over 16 bits
    return (photo.astype(np.int64) * 257).astype(dtype)


def batch_uint8(nb_images: int = BATCH_SIZE) -> np.ndarray:
    """Return ``nb_images`` differently shifted copies of the photo, (N,H,W,3)."""
    photo = _photo()
    rows = [np.roll(photo, shift=7 * i, axis=1) for i in range(nb_images)]
    return np.ascontiguousarray(np.stack(rows))
