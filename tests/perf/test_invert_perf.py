"""Benchmarks of the uint8 inversion routes (imgaug._kernels.invert).

* full range without threshold: ``cv2.bitwise_not`` instead of a reversed table
  through ``cv2.LUT``;
* full range with a threshold (``Solarize``): a ``cv2.threshold`` mask XORed into
  the image instead of a thresholded table through ``cv2.LUT``.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from imgaug._kernels import invert as _invert
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_invert_uint8_full_range():
    image = _images.image_uint8()
    table = _invert.invert_tables_uint8(0, 255)

    def chosen():
        return _invert.invert_full_range_uint8(image)

    def lut_route():
        return cv2.LUT(image, table)

    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="bitwise_not vs cv2.LUT")


def test_invert_uint8_threshold():
    image = _images.image_uint8()
    table = _invert.invert_tables_uint8(0, 255, 128.0, True)

    def chosen():
        return _invert.invert_full_range_uint8(image, 128.0, True)

    def lut_route():
        return cv2.LUT(image, table)

    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="threshold + xor vs cv2.LUT")


def test_solarize_uint8_translator():
    """With the byte translator a thresholded table beats threshold + xor."""
    from imgaug._kernels import lut as _lut

    if _lut.get_byte_translator() is None:
        pytest.skip("the fast extra (stringzilla) is not installed")
    image = _images.image_uint8()
    table = _invert.invert_tables_uint8(0, 255, 128.0, True)

    def chosen():
        return _lut.apply_table(image, table)

    def threshold_xor_route():
        return _invert.invert_full_range_uint8(image, 128.0, True)

    assert np.array_equal(chosen(), threshold_xor_route())
    assert_not_slower(chosen, threshold_xor_route, label="translator vs threshold+xor")


def test_invert_uint8_translator():
    """With the byte translator the reversed table is not slower than bitwise NOT."""
    from imgaug._kernels import lut as _lut

    if _lut.get_byte_translator() is None:
        pytest.skip("the fast extra (stringzilla) is not installed")
    image = _images.image_uint8()
    table = _invert.invert_tables_uint8(0, 255)

    def chosen():
        return _lut.apply_table(image, table)

    def bitwise_not_route():
        return _invert.invert_full_range_uint8(image)

    assert np.array_equal(chosen(), bitwise_not_route())
    assert_not_slower(chosen, bitwise_not_route, label="translator vs bitwise_not")
