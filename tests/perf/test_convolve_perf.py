"""Benchmarks of the convolution kernels (imgaug._kernels.convolve, motion_blur).

* all channels that share one kernel are filtered by one ``cv2.filter2D`` call
  instead of one call per channel (0.4.0 filtered channel by channel);
* motion-blur kernels come from a cache instead of being rotated per image.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from imgaug._kernels import convolve as _convolve
from imgaug._kernels import motion_blur as _motion_blur
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

SHARPEN = np.array([[-0.5, -0.5, -0.5], [-0.5, 5.0, -0.5], [-0.5, -0.5, -0.5]])


def test_filter2d_whole_image_vs_per_channel():
    image = _images.image_uint8()

    def chosen():
        return _convolve.filter2d(image, SHARPEN)

    def per_channel():
        return _convolve.filter2d_per_channel(image, [SHARPEN] * image.shape[2])

    assert np.array_equal(chosen(), per_channel())
    assert_not_slower(chosen, per_channel, label="filter2D whole image vs channels")


def test_motion_blur_kernel_cache():
    def chosen():
        return _motion_blur.motion_blur_kernel(15, 37.5, 0.25)

    def uncached():
        return _motion_blur._build_kernel.__wrapped__(15, 37.5, 0.25, 1)

    assert np.array_equal(chosen(), uncached())
    assert_not_slower(chosen, uncached, label="cached vs rebuilt motion kernel")


def test_motion_blur_vs_per_channel_filter():
    image = _images.image_uint8()
    kernel = _motion_blur.motion_blur_kernel(7, 30.0, 0.5)

    def chosen():
        return _motion_blur.apply_motion_blur(image, 7, 30.0, 0.5)

    def per_channel():
        return np.dstack(
            [cv2.filter2D(np.ascontiguousarray(image[:, :, c]), -1, kernel)
             for c in range(image.shape[2])]
        )  # fmt: skip

    assert np.array_equal(chosen(), per_channel())
    assert_not_slower(chosen, per_channel, label="motion blur whole image")
