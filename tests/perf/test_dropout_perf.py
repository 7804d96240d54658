"""Benchmarks of the mask routes of Dropout & co. (imgaug._kernels.dropout).

* mask bits: 16 random bits per value compared with a threshold, instead of a
  float32 uniform sample per value;
* zeroing with a one-channel mask: ``cv2.copyTo`` into a zeroed array instead of
  numpy broadcasting the mask over the channels;
* coarse masks: ``cv2.resize`` (nearest) instead of index maps, and zeroing the
  rectangles of the few dropped cells instead of upscaling and applying the full
  mask;
* replacing per pixel: one index per marked pixel instead of a mask tiled over the
  channels.
"""

from __future__ import annotations

import numpy as np
import pytest

import imgaug.random as iarandom
from imgaug._kernels import dropout as _dropout
from imgaug.augmenters import arithmetic
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_mask_from_bits():
    shape = (256, 256, 1)
    threshold = int(_dropout.get_thresholds(0.95))

    def chosen():
        bits = arithmetic._draw_bits_uint16(iarandom.RNG(1), shape)
        return _dropout.mask_from_bits(bits, threshold)

    def float_route():
        return iarandom.RNG(1).random(shape, dtype=np.float32) < 0.95

    assert abs(chosen().mean() - float_route().mean()) < 0.01
    assert_not_slower(chosen, float_route, label="16 bits vs float32 uniforms")


def test_zero_masked_out_pixelwise():
    image = _images.image_uint8()
    keep = np.random.default_rng(0).random(image.shape[0:2] + (1,)) > 0.05

    def chosen():
        return _dropout.zero_masked_out(image, keep)

    def numpy_route():
        return image * keep

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="cv2.copyTo vs numpy broadcast")


def test_upscale_mask_nearest():
    mask = np.random.default_rng(0).random((13, 13, 1)) > 0.5
    rows = _dropout.get_nearest_indices(13, 256)
    cols = _dropout.get_nearest_indices(13, 256)

    def chosen():
        return _dropout.upscale_mask_nearest(mask, 256, 256)

    def index_route():
        return mask[rows][:, cols]

    assert np.array_equal(chosen(), index_route())
    assert_not_slower(chosen, index_route, label="cv2.resize vs index maps")


def test_coarse_dropout_cells():
    image = _images.image_uint8()
    keep = np.ones((13, 13, 1), dtype=bool)
    keep[np.random.default_rng(0).random((13, 13, 1)) < 0.05] = False

    def chosen():
        return arithmetic._zero_cells_of_coarse_mask(image, keep, None)

    def full_mask_route():
        full = _dropout.upscale_mask_nearest(keep, 256, 256)
        return _dropout.zero_masked_out(image, full)

    assert np.array_equal(chosen(), full_mask_route())
    assert_not_slower(chosen, full_mask_route, label="cell rectangles vs full mask")


def test_replace_per_pixel():
    image = _images.image_uint8()
    mask = np.random.default_rng(0).random(image.shape[0:2]) < 0.05
    values = np.arange(int(mask.sum()) * 3, dtype=np.uint8)

    def chosen():
        return arithmetic._replace_masked_(image.copy(), mask, values)

    def tiled_route():
        result = image.copy()
        result[np.broadcast_to(mask[:, :, np.newaxis], image.shape)] = values
        return result

    assert np.array_equal(chosen(), tiled_route())
    assert_not_slower(chosen, tiled_route, label="pixel indices vs tiled mask")
