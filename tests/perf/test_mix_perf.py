"""Benchmarks of the routes of the mixing augmenters (``imgaug.augmenters.mix``).

* masked paste: ``cv2.copyTo`` into the output view vs ``np.copyto(where=...)``;
* MixUp of uint8 images: ``cv2.addWeighted`` vs the float32 blend;
* HistogramMatching of uint8: one lookup table per channel vs the general path
  (float64 values mapped through ``searchsorted``);
* PixelDistributionAdaptation of uint8: ``cv2.transform`` (rounds and saturates)
  vs the float64 matrix product.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import blend as _blend
from imgaug._kernels import lut as _lut
from imgaug._kernels import mix as _mix
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_paste_masked_cv2_copy_to():
    image = _images.image_uint8()
    patch = np.ascontiguousarray(image[::-1, ::-1])
    height, width = image.shape[0:2]
    yy, xx = np.mgrid[0:height, 0:width]
    mask = (yy - height / 2) ** 2 + (xx - width / 2) ** 2 < (height / 3) ** 2
    rect = (0, height, 0, width)

    def chosen():
        return _mix.paste_(image.copy(), rect, patch, mask)

    def numpy_route():
        out = image.copy()
        np.copyto(out, patch, where=mask[:, :, np.newaxis])
        return out

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="cv2.copyTo vs np.copyto(where)")


def test_mixup_uint8_add_weighted():
    image_fg = _images.image_uint8()
    image_bg = np.ascontiguousarray(image_fg[::-1])
    dtype = np.dtype(np.uint8)

    def chosen():
        return _blend._blend_uint8_scalar(image_fg, image_bg, 0.4)

    def float_route():
        return _blend._blend_float(image_fg, image_bg, 0.4, dtype)

    diff = np.abs(chosen().astype(np.int16) - float_route().astype(np.int16))
    assert diff.max() <= 1
    assert_not_slower(chosen, float_route, label="addWeighted vs float32")


def test_histogram_matching_uint8_lut():
    image = _images.image_uint8()
    reference = np.ascontiguousarray(255 - image[::-1])
    histograms = [_mix.value_histogram(reference[:, :, c]) for c in range(3)]

    def chosen():
        tables = [
            _mix.match_channel_table_uint8(image[:, :, c], histograms[c], 0.8)
            for c in range(3)
        ]
        return _lut.apply_lut(image, np.stack(tables, axis=-1))

    def general_route():
        channels = [
            _mix.match_channel(image[:, :, c].astype(np.float32), histograms[c], 0.8)
            for c in range(3)
        ]
        return np.clip(np.round(np.stack(channels, axis=-1)), 0, 255).astype(np.uint8)

    assert np.array_equal(chosen(), general_route())
    assert_not_slower(chosen, general_route, label="LUT vs sorted float values")


def test_pda_uint8_cv2_transform():
    image = _images.image_uint8()
    matrix = np.array([[0.9, 0.1, 0.0], [0.05, 0.8, 0.1], [0.0, 0.2, 1.1]])
    offset = np.array([5.0, -3.0, 10.0])

    def chosen():
        return _mix.apply_affine(image, matrix, offset)

    def numpy_route():
        pixels = image.reshape(-1, 3).astype(np.float64) @ matrix + offset
        result = np.clip(np.round(pixels), 0, 255).astype(np.uint8)
        return result.reshape(image.shape)

    diff = np.abs(chosen().astype(np.int16) - numpy_route().astype(np.int16))
    assert diff.max() <= 1
    assert_not_slower(chosen, numpy_route, label="cv2.transform vs float64")
