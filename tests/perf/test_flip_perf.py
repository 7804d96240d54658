"""Benchmarks of the flip routes (imgaug.augmenters.flip).

* ``fliplr`` runs ``cv2.flip`` on a view with a cv2 dtype of the same item
  size (bool as uint8, float16 as uint16, ...): it moves whole pixels, while
  copying a reversed numpy view moves single elements;
* ``flipud`` copies the reversed rows with numpy (row-wise memcpy); the
  alternative is ``cv2.flip`` around the x-axis.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmenters import flip as _flip
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

DTYPES = ["bool", "uint8", "int16", "float16", "float32", "float64"]
_SAME_SIZE_CV2 = {1: np.uint8, 2: np.uint16, 4: np.int32, 8: np.float64}


@pytest.mark.parametrize("dtype", DTYPES)
def test_fliplr_cv2_vs_numpy(dtype):
    image = _images.image(dtype)

    def chosen():
        return _flip.fliplr(image)

    def numpy_route():
        return np.ascontiguousarray(image[:, ::-1])

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label=f"cv2.flip vs numpy {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
def test_flipud_numpy_vs_cv2(dtype):
    image = _images.image(dtype)
    view = image.view(_SAME_SIZE_CV2[image.dtype.itemsize])

    def chosen():
        return _flip.flipud(image)

    def cv2_route():
        return cv2.flip(view, 0).view(image.dtype)

    assert np.array_equal(chosen(), cv2_route())
    assert_not_slower(chosen, cv2_route, label=f"numpy vs cv2.flip {dtype}")


def test_fliplr_batch_rows():
    # Fliplr flips the rows of a batch one by one (images[i] = fliplr(images[i]))
    batch = _images.batch_uint8()
    work = np.empty_like(batch)

    def chosen():
        work[...] = batch
        for i in range(len(work)):
            work[i] = _flip.fliplr(work[i])
        return work

    def numpy_route():
        work[...] = batch[:, :, ::-1]
        return work

    expected = np.copy(numpy_route())
    assert np.array_equal(chosen(), expected)
    assert_not_slower(chosen, numpy_route, label="per-row cv2.flip vs numpy batch")


def test_draw_constant_p():
    # Fliplr(1) per call: a constant p answers without drawing an array
    from imgaug.augmentables.batches import _BatchInAugmentation
    from imgaug.random import RNG

    aug = _flip.Fliplr(1.0)
    batch = _BatchInAugmentation(images=[_images.image_uint8()])
    rng = RNG(1)

    def chosen():
        return aug._draw_samples(batch, rng)

    def array_route():
        coin = aug.p.draw_samples((batch.nb_rows,), random_state=rng)
        return np.flatnonzero(coin >= 0.5)

    assert chosen().rows.tolist() == array_route().tolist()
    assert_not_slower(chosen, array_route, label="constant p vs drawn array")


@pytest.mark.parametrize("aug_class", [iaa.Fliplr, iaa.Flipud])
def test_flip_in_place_batch(aug_class):
    # an owned batch is flipped row by row in place (cv2.flip swaps mirrored
    # pixels/rows) instead of into a new batch array
    batch = _images.batch_uint8()
    aug = aug_class(1.0)
    samples = _flip._FlipSamples(np.arange(len(batch)))
    work = np.empty_like(batch)

    def chosen():
        work[...] = batch
        return aug._augment_images_by_samples_(work, samples)

    def new_array():
        work[...] = batch
        return aug._augment_images_by_samples(work, samples)

    expected = np.copy(new_array())
    assert np.array_equal(chosen(), expected)
    assert_not_slower(chosen, new_array, label=f"{aug_class.__name__} in place")
