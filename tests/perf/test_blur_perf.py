"""Benchmarks of ``blur_gaussian_`` routes (imgaug.augmenters.blur).

* ``backend="auto"`` blurs every dtype OpenCV can take (some after a
  conversion, e.g. int32 as float64) with ``cv2.GaussianBlur``, not with
  ``scipy.ndimage.gaussian_filter``. scipy is timed with a kernel of the same
  radius as OpenCV's (``truncate = radius / sigma``): the same maths, and the
  stricter comparison (the scipy backend proper reaches ``4 * sigma`` and is
  slower still).
* rows of a batch array are blurred in place (``dst=``) instead of allocating a
  result per row and copying it back.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.data
import imgaug.dtypes as iadt
import imgaug.random as iarandom
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmenters import blur as _blur
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

SIGMA = 2.0


def _cv2_ksize(sigma):
    ksize = _blur._compute_gaussian_blur_ksize(sigma)
    return ksize + 1 if ksize % 2 == 0 else ksize


def _scipy_same_kernel(image, sigma):
    """Blur with scipy, kernel radius and border handling as in the cv2 route."""
    from scipy import ndimage

    radius = _cv2_ksize(sigma) // 2
    output = np.float64 if image.dtype.kind in "iu" else image.dtype
    result = ndimage.gaussian_filter(
        image,
        (sigma, sigma, 0.0),
        mode="mirror",  # = cv2.BORDER_REFLECT_101
        truncate=radius / sigma,
        output=output,
    )
    if result.dtype != image.dtype:
        result = iadt.restore_dtypes_(result, image.dtype)
    return result


@pytest.mark.parametrize("dtype", ["uint8", "uint16", "float32", "int32"])
def test_blur_gaussian_cv2_vs_scipy(dtype):
    image = _images.image(dtype)

    def chosen():
        return _blur.blur_gaussian_(np.copy(image), SIGMA)

    def scipy_route():
        return _scipy_same_kernel(np.copy(image), SIGMA)

    diff = np.abs(chosen().astype(np.float64) - scipy_route().astype(np.float64))
    # same kernel; OpenCV's fixed-point uint8 path and rounding differ by <= 1
    tolerance = 1e-5 if image.dtype.kind == "f" else 1
    assert diff.max() <= tolerance
    assert_not_slower(chosen, scipy_route, label=f"cv2 vs scipy {dtype}")


def test_gaussian_blur_out_of_place():
    """GaussianBlur blurs the caller's batch into a new array, not a copy in place."""
    batch = _images.batch_uint8()
    aug = iaa.GaussianBlur(sigma=SIGMA)
    ksize = _cv2_ksize(SIGMA)

    def chosen():
        return aug.augment_images(batch)

    def copy_in_place_route():
        work = np.copy(batch)
        for i in range(len(work)):
            cv2.GaussianBlur(
                work[i],
                (ksize, ksize),
                sigmaX=SIGMA,
                sigmaY=SIGMA,
                dst=work[i],
                borderType=cv2.BORDER_REFLECT_101,
            )
        return work

    assert np.array_equal(chosen(), copy_in_place_route())
    assert_not_slower(chosen, copy_in_place_route, label="out of place vs in place")


def test_gaussian_blur_batch_in_place():
    """An owned batch is blurred row by row from a copy of the row into the row.

    The alternatives: blurring into a new batch array (one more batch alive) and
    letting cv2 blur the row in place (it copies the source itself).
    """
    batch = _images.batch_uint8()
    aug = iaa.GaussianBlur(sigma=SIGMA)
    samples = aug._draw_samples(_BatchInAugmentation(images=batch), iarandom.RNG(0))
    ksize = _cv2_ksize(SIGMA)
    work = np.empty_like(batch)

    def chosen():
        work[...] = batch
        return aug._augment_images_by_samples_(work, samples)

    def new_array():
        work[...] = batch
        return aug._augment_images_by_samples(work, samples)

    def cv2_in_place():
        work[...] = batch
        for i in range(len(work)):
            cv2.GaussianBlur(
                work[i],
                (ksize, ksize),
                sigmaX=SIGMA,
                sigmaY=SIGMA,
                dst=work[i],
                borderType=cv2.BORDER_REFLECT_101,
            )
        return work

    expected = np.copy(new_array())
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(cv2_in_place(), expected)
    assert_not_slower(chosen, new_array, label="in place from row copies vs new")
    assert_not_slower(chosen, cv2_in_place, label="row copies vs cv2 in place")


def test_median_blur_uint8():
    """uint8 median blur goes through cv2.medianBlur, not scipy's median_filter."""
    from scipy import ndimage

    image = _images.image_uint8()

    def chosen():
        return _blur._blur_median(image, 5)

    def scipy_route():
        return ndimage.median_filter(image, size=(5, 5, 1), mode="nearest")

    assert np.array_equal(chosen(), scipy_route())
    assert_not_slower(chosen, scipy_route, label="median cv2 vs scipy")


def test_average_blur_in_place_on_copy():
    """Box blur of a copy in place vs cv2.blur writing a new array.

    Images that come from memory (a data set held in RAM) are cold in the cache;
    copying one first (a fast streaming read) and filtering the warm copy in
    place is faster than the filter reading the cold input. Images just written
    by a previous step are warm, where the copy costs about 15 %.
    """
    # 48 photos of 384x512x3 (28 MB): more than the caches keep warm
    photo = imgaug.data.quokka(size=(384, 512))
    images = [np.roll(photo, 5 * i, axis=1) for i in range(48)]

    def chosen():
        return [_blur._blur_average(image, 5, 5) for image in images]

    def allocating_route():
        return [
            cv2.blur(image, (5, 5), borderType=cv2.BORDER_REFLECT_101)
            for image in images
        ]

    assert all(
        np.array_equal(a, b) for a, b in zip(chosen(), allocating_route(), strict=True)
    )
    assert_not_slower(chosen, allocating_route, label="in place on copy vs allocating")
