"""Benchmarks of the convolution kernels (imgaug._kernels.convolve, motion_blur).

* all channels that share one kernel are filtered by one ``cv2.filter2D`` call
  instead of one call per channel (0.4.0 filtered channel by channel);
* motion-blur kernels come from a cache instead of being rotated per image;
* uint8 images with non-negative kernels of up to 121 taps are filtered in
  float32 and rounded back (``cv2.convertScaleAbs``) instead of by OpenCV's
  uint8 filter, which also sums in float32 but is slower;
* other images are filtered in place on a copy (``dst=`` the copy) instead of
  into a new array: faster on images that come cold from memory.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug.data
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


def test_motion_blur_kernel_build():
    """Kernels are rotated by cv2.warpAffine directly, not via the gated warp kernel."""
    from imgaug._kernels import warp as _warp

    build = _motion_blur._build_kernel.__wrapped__
    line = _motion_blur._build_line(15, 0.25)

    def chosen():
        return build(15, 37.5, 0.25, 1)

    def via_warp_kernel():
        import math

        rad = math.radians(37.5)
        cos, sin, c = math.cos(rad), math.sin(rad), 15 / 2.0 - 0.5
        matrix = np.array(
            [[cos, -sin, c - cos * c + sin * c], [sin, cos, c - sin * c - cos * c]]
        )
        rotated = _warp.warp_affine(line, matrix, order=1, mode="constant")
        kernel = rotated.astype(np.float32) / np.float32(255.0)
        return kernel / kernel.sum(dtype=np.float32)

    assert np.array_equal(chosen(), via_warp_kernel())
    assert_not_slower(chosen, via_warp_kernel, label="motion kernel cv2 vs warp kernel")


@pytest.mark.parametrize("k, angle", [(21, 8.0), (51, 15.0), (103, -10.0)])
def test_motion_blur_cropped_kernel(k, angle):
    """Long motion kernels lose their all-zero outer columns (weather streaks)."""
    noise = _images.image_uint8()[:, :, 0]
    full = _motion_blur.motion_blur_kernel(k, angle, 1.0)

    def chosen():
        return _motion_blur.apply_motion_blur(noise, k, angle, 1.0)

    def full_kernel():
        return cv2.filter2D(noise, -1, full)

    assert np.array_equal(chosen(), full_kernel())
    assert_not_slower(chosen, full_kernel, label=f"cropped vs full kernel, k={k}")


@pytest.mark.parametrize("k", [5, 7, 11])
def test_filter2d_uint8_via_float32(k):
    image = _images.image_uint8()
    kernel = _motion_blur.motion_blur_kernel(k, 23.5, 0.3)

    def chosen():
        return _convolve.filter2d(image, kernel)

    def uint8_route():
        return cv2.filter2D(image, -1, kernel, borderType=cv2.BORDER_REFLECT_101)

    assert np.array_equal(chosen(), uint8_route())
    assert_not_slower(chosen, uint8_route, label=f"float32 vs uint8 filter, k={k}")


def test_filter2d_in_place_on_copy():
    # 48 photos of 384x512x3 (28 MB): more than the caches keep warm
    photo = imgaug.data.quokka(size=(384, 512))
    images = [np.roll(photo, 5 * i, axis=1) for i in range(48)]

    def chosen():
        return [_convolve.filter2d(image, SHARPEN) for image in images]

    def allocating_route():
        return [
            cv2.filter2D(image, -1, SHARPEN, borderType=cv2.BORDER_REFLECT_101)
            for image in images
        ]

    assert all(
        np.array_equal(a, b) for a, b in zip(chosen(), allocating_route(), strict=True)
    )
    assert_not_slower(chosen, allocating_route, label="in place on copy vs allocating")
