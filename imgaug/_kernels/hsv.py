"""Hue/saturation lookup tables for uint8 HSV images (no RNG, no augmentables).

OpenCV's uint8 HSV stores hue in ``[0, 179]`` (degrees / 2) and saturation and
value in ``[0, 255]``. imgaug 0.4.0 describes hue changes on a ``0..255`` scale:

* ``AddToHueAndSaturation`` converts a hue offset ``v`` to OpenCV units as
  ``int(v / 255 * 180)`` (truncated) and wraps hue around modulo 180;
* ``WithHueAndSaturation`` hands its children hue as ``int16(h / 180 * 255)``
  and maps their result ``r`` back with ``uint8((r mod 255) / 255 * 180)``.

Every such change is a function of one channel value, so it is applied as a
table per image and channel (:func:`apply_to_hsv_`).
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = [
    "apply_to_hsv_",
    "hue_from_255",
    "hue_to_255",
    "hue_offsets_to_cv2",
    "hue_tables",
    "probe_hue_saturation",
    "tables_from_probe",
]

_VALUES = np.arange(256, dtype=np.int64)


def hue_offsets_to_cv2(offsets) -> np.ndarray:
    """Convert hue offsets on the ``0..255`` scale to OpenCV hue units (truncated)."""
    offsets = np.asarray(offsets, dtype=np.float64)
    return np.trunc(offsets / 255 * 180).astype(np.int64)


def hue_tables(hue_offsets) -> np.ndarray:
    """Return ``(N, 256)`` uint8 tables adding offsets to OpenCV hue (modulo 180).

    Parameters
    ----------
    hue_offsets : array-like
        ``(N,)`` integer hue offsets in OpenCV units.

    Returns
    -------
    ndarray
        One table per offset: ``(v + offset) mod 180``.

    """
    hue_offsets = np.asarray(hue_offsets, dtype=np.int64).reshape(-1, 1)
    return np.mod(_VALUES + hue_offsets, 180).astype(np.uint8)


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


def tables_from_probe(probe_result: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the uint8 hue and saturation tables of a child's result on the probe.

    Hue is mapped back with :func:`hue_from_255`, saturation clipped to
    ``[0, 255]``; both are ``(256,)`` arrays.
    """
    hue = hue_from_255(probe_result[0, :, 0])
    saturation = np.minimum(np.maximum(probe_result[0, :, 1], 0), 255)
    return hue, saturation.astype(np.uint8)


def apply_to_hsv_(image: np.ndarray, hue_table: np.ndarray, saturation) -> np.ndarray:
    """Change hue and saturation of a uint8 HSV image in place; return it.

    Parameters
    ----------
    image : ndarray
        C-contiguous, writeable uint8 ``(H, W, 3)`` HSV image.
    hue_table : ndarray
        ``(256,)`` uint8 table for the hue channel.
    saturation : ndarray or int
        ``(256,)`` uint8 table for the saturation channel, or an offset added
        with saturation at 0 and 255.

    Returns
    -------
    ndarray
        `image`.

    """
    # planes + single-channel tables (+ a saturating add): ~25-45 % faster than
    # one cv2.LUT with a (1, 256, 3) table on the interleaved image
    # route: tests/perf/test_color_perf.py::test_hsv_planes_vs_lut
    hue, sat, value = cv2.split(image)
    cv2.LUT(hue, hue_table, dst=hue)
    if isinstance(saturation, np.ndarray):
        cv2.LUT(sat, saturation, dst=sat)
    elif saturation > 0:
        cv2.add(sat, int(saturation), dst=sat)
    elif saturation < 0:
        # a negative scalar leaves cv2.add's fast path; subtract the magnitude
        cv2.subtract(sat, -int(saturation), dst=sat)
    return cv2.merge([hue, sat, value], dst=image)
