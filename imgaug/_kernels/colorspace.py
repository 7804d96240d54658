"""Colorspace conversion of uint8 images through OpenCV (no RNG, no augmentables).

The public ``imgaug.augmenters.color.change_colorspace_`` and the colour-dependent
contrast augmenters (``CLAHE``, ``HistogramEqualization``) both convert through
:func:`convert_`; the names are the ``CSPACE_*`` strings of imgaug 0.4.0.

OpenCV converts from RGB or BGR to every other space directly and from every other
space back to RGB or BGR; any other pair goes through RGB (two conversions). uint8
HSV/HLS hue is in ``[0, 179]``, Lab/Luv are scaled to uint8 by OpenCV.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = [
    "CSPACE_ALL",
    "INTENSITY_CHANNEL",
    "conversion_codes",
    "convert",
    "convert_",
]

CSPACE_RGB = "RGB"
CSPACE_BGR = "BGR"
CSPACE_GRAY = "GRAY"
CSPACE_YCrCb = "YCrCb"
CSPACE_HSV = "HSV"
CSPACE_HLS = "HLS"
CSPACE_Lab = "Lab"
CSPACE_Luv = "Luv"
CSPACE_YUV = "YUV"
CSPACE_CIE = "CIE"
CSPACE_ALL = frozenset(
    {
        CSPACE_RGB,
        CSPACE_BGR,
        CSPACE_GRAY,
        CSPACE_YCrCb,
        CSPACE_HSV,
        CSPACE_HLS,
        CSPACE_Lab,
        CSPACE_Luv,
        CSPACE_YUV,
        CSPACE_CIE,
    }
)

#: the channel that carries brightness/intensity in each 3-channel space
INTENSITY_CHANNEL = {
    CSPACE_YCrCb: 0,
    CSPACE_HSV: 2,
    CSPACE_HLS: 1,
    CSPACE_Lab: 0,
    CSPACE_Luv: 0,
    CSPACE_YUV: 0,
}

# OpenCV's name of each space in its COLOR_<A>2<B> constants
_CV2_NAMES = {
    CSPACE_RGB: "RGB",
    CSPACE_BGR: "BGR",
    CSPACE_GRAY: "GRAY",
    CSPACE_YCrCb: "YCrCb",
    CSPACE_HSV: "HSV",
    CSPACE_HLS: "HLS",
    CSPACE_Lab: "Lab",
    CSPACE_Luv: "Luv",
    CSPACE_YUV: "YUV",
    CSPACE_CIE: "XYZ",
}


def _direct_code(from_space: str, to_space: str) -> int:
    name = f"COLOR_{_CV2_NAMES[from_space]}2{_CV2_NAMES[to_space]}"
    return getattr(cv2, name)


def _build_codes() -> dict[tuple[str, str], tuple[int, ...]]:
    codes: dict[tuple[str, str], tuple[int, ...]] = {}
    others = sorted(CSPACE_ALL - {CSPACE_RGB, CSPACE_BGR})
    for src in (CSPACE_RGB, CSPACE_BGR):
        for dst in CSPACE_ALL - {src}:
            codes[(src, dst)] = (_direct_code(src, dst),)
    for src in others:
        if src == CSPACE_GRAY:
            continue  # 0.4.0 never converts *from* gray
        for dst in (CSPACE_RGB, CSPACE_BGR):
            codes[(src, dst)] = (_direct_code(src, dst),)
        for dst in others:
            if dst != src:
                codes[(src, dst)] = codes[(src, CSPACE_RGB)] + codes[(CSPACE_RGB, dst)]
    return codes


_CODES = _build_codes()


def conversion_codes(from_space: str, to_space: str) -> tuple[int, ...]:
    """Return the ``cv2.cvtColor`` codes that convert `from_space` to `to_space`.

    An empty tuple means "same space". Raises ``KeyError`` for unknown pairs
    (callers validate the names first).
    """
    if from_space == to_space:
        return ()
    return _CODES[(from_space, to_space)]


def convert_(image: np.ndarray, from_space: str, to_space: str) -> np.ndarray:
    """Convert a uint8 ``(H,W,3)`` image between two colorspaces.

    Converts in place where OpenCV can (same-size 3-channel results), otherwise
    returns a new array. A gray result is tiled back to three channels, so the
    output is always ``(H,W,3)`` uint8. Zero-sized images come back unchanged.
    """
    if image.size == 0:
        return image
    codes = conversion_codes(from_space, to_space)
    if not codes:
        return image
    if not image.flags["C_CONTIGUOUS"]:
        image = np.ascontiguousarray(image)
    result = image
    for code in codes:
        if result is image and result.flags["WRITEABLE"]:
            result = cv2.cvtColor(result, code, dst=result)
        else:
            result = cv2.cvtColor(result, code)
    if result.ndim == 2:
        result = np.repeat(result[:, :, np.newaxis], 3, axis=2)
    return result


def convert(image: np.ndarray, from_space: str, to_space: str) -> np.ndarray:
    """Like :func:`convert_`, but never writes into `image`.

    Returns a new ``(H,W,3)`` uint8 array (the same space gives a copy, a gray
    result is tiled to three channels). Zero-sized images come back as copies.
    """
    if image.size == 0:
        return np.copy(image)
    codes = conversion_codes(from_space, to_space)
    if not codes:
        return np.copy(image)
    result = cv2.cvtColor(np.ascontiguousarray(image), codes[0])
    for code in codes[1:]:
        result = cv2.cvtColor(result, code)
    if result.ndim == 2:
        # same values as tiling, one cv2 pass
        result = cv2.cvtColor(result, cv2.COLOR_GRAY2RGB)
    return result
