"""Hue/saturation lookup tables for uint8 HSV images (no RNG, no augmentables).

OpenCV's uint8 HSV stores hue in ``[0, 179]`` (degrees / 2) and saturation and
value in ``[0, 255]``. imgaug 0.4.0 describes hue changes on a ``0..255`` scale:

* ``AddToHueAndSaturation`` converts a hue offset ``v`` to OpenCV units as
  ``int(v / 255 * 180)`` (truncated) and wraps hue around modulo 180;
* ``WithHueAndSaturation`` hands its children hue as ``int16(h / 180 * 255)``
  and maps their result ``r`` back with ``uint8((r mod 255) / 255 * 180)``.

Every such change is a function of one channel value, so it is applied as one
``(256, 3)`` table per image (hue, saturation, identity for value) through a
single ``cv2.LUT`` pass.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "add_tables",
    "hue_from_255",
    "hue_to_255",
    "hue_offsets_to_cv2",
    "probe_hue_saturation",
    "tables_from_probe",
]

_VALUES = np.arange(256, dtype=np.int64)


def hue_offsets_to_cv2(offsets) -> np.ndarray:
    """Convert hue offsets on the ``0..255`` scale to OpenCV hue units (truncated)."""
    offsets = np.asarray(offsets, dtype=np.float64)
    return np.trunc(offsets / 255 * 180).astype(np.int64)


def add_tables(hue_offsets, saturation_offsets) -> np.ndarray:
    """Return ``(N, 256, 3)`` uint8 tables adding offsets to hue and saturation.

    Parameters
    ----------
    hue_offsets : array-like
        ``(N,)`` integer hue offsets in OpenCV units; hue wraps modulo 180.
    saturation_offsets : array-like
        ``(N,)`` integer saturation offsets; saturation is clipped to
        ``[0, 255]``.

    Returns
    -------
    ndarray
        One table per image; channel 2 (value) is the identity.

    """
    hue_offsets = np.asarray(hue_offsets, dtype=np.int64).reshape(-1, 1)
    saturation_offsets = np.asarray(saturation_offsets, dtype=np.int64).reshape(-1, 1)
    tables = np.empty((len(hue_offsets), 256, 3), dtype=np.uint8)
    tables[:, :, 0] = np.mod(_VALUES + hue_offsets, 180)
    # maximum/minimum instead of np.clip: ~50 us less per call on these small arrays
    tables[:, :, 1] = np.minimum(np.maximum(_VALUES + saturation_offsets, 0), 255)
    tables[:, :, 2] = _VALUES
    return tables


def hue_to_255(hue: np.ndarray) -> np.ndarray:
    """Rescale OpenCV hue (uint8) to the int16 ``0..255`` scale (truncated)."""
    return _HUE_TO_255[hue]


def hue_from_255(hue: np.ndarray) -> np.ndarray:
    """Map int hue on the ``0..255`` scale (any range, wraps) to OpenCV's uint8."""
    wrapped = np.mod(hue, 255).astype(np.float64)
    return (wrapped / 255 * 180).astype(np.uint8)


_HUE_TO_255 = (_VALUES.astype(np.float64) / 180 * 255).astype(np.int16)


def probe_hue_saturation() -> np.ndarray:
    """Return the ``(1, 256, 2)`` int16 image a hue/saturation child sees for 0..255.

    Channel 0 holds every OpenCV hue value rescaled with :func:`hue_to_255`,
    channel 1 every saturation value. Children that change pixels one by one turn
    it into the lookup table of their change (see :func:`tables_from_probe`).
    """
    probe = np.empty((1, 256, 2), dtype=np.int16)
    probe[0, :, 0] = _HUE_TO_255
    probe[0, :, 1] = _VALUES
    return probe


def tables_from_probe(probe_result: np.ndarray) -> np.ndarray:
    """Return the uint8 ``(256, 3)`` HSV table of a child's result on the probe.

    Hue is mapped back with :func:`hue_from_255`, saturation clipped to
    ``[0, 255]``; value stays unchanged.
    """
    table = np.empty((256, 3), dtype=np.uint8)
    table[:, 0] = hue_from_255(probe_result[0, :, 0])
    table[:, 1] = np.minimum(np.maximum(probe_result[0, :, 1], 0), 255)
    table[:, 2] = _VALUES
    return table
