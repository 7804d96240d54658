"""Benchmark of the Canny colorizer route (imgaug.augmenters.edges).

The two colours are painted with two bitwise passes over the 0/255 edge mask
(``(mask & (true ^ false)) ^ false``) instead of a 3-channel ``cv2.LUT`` indexed
with the mask or ``np.where`` over the broadcast colours.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from imgaug.augmenters import edges as _edges
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_colorize_bitwise_vs_lut():
    """Colouring a binary image: bitwise ops on a 0/255 mask vs a 3-channel LUT."""
    image = _images.image_uint8()
    binary = image[:, :, 0] > 128
    color_true = np.array([255, 10, 30], dtype=np.uint8)
    color_false = np.array([0, 40, 200], dtype=np.uint8)

    def chosen():
        return _edges._colorize(binary, image, color_true, color_false)

    def lut_route():
        table = np.empty((1, 256, 3), dtype=np.uint8)
        table[0, :] = color_true
        table[0, 0] = color_false
        index = binary.view(np.uint8)
        return cv2.LUT(cv2.merge([index, index, index]), table)

    def where_route():
        return np.where(binary[:, :, np.newaxis], color_true, color_false).astype(
            np.uint8
        )

    assert np.array_equal(chosen(), where_route())
    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="bitwise vs LUT")
    assert_not_slower(chosen, where_route, label="bitwise vs where")
