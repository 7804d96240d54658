"""Benchmarks of the segmentation kernels (imgaug._kernels.segment).

* ``slic_labels`` is an own vectorised SLIC; the alternative is scikit-image's
  ``slic`` with the same parameters (0.4.0's route), on the 128 px copy that
  ``Superpixels`` segments by default;
* inside it, the nearest of the four candidate centres is found as one integer
  ``min`` over float bit patterns whose lowest bits hold the candidate slot,
  instead of ``argmin`` along the short candidate axis;
* the centre update runs ``np.bincount`` over pixels in pixel-major order:
  in block order, long runs of the same label serialise its additions.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import segment as _segment
from imgaug.imgaug import imresize_single_image
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _small_photo():
    return imresize_single_image(_images.image_uint8(), (128, 128), "linear")


def test_slic_own_vs_skimage():
    from skimage.segmentation import slic

    image = _small_photo()

    def chosen():
        return _segment.slic_labels(image, 100)

    def skimage_route():
        return slic(image, n_segments=100, compactness=10, start_label=0)

    # same kind of result: about the requested number of connected segments
    assert abs(int(chosen().max()) + 1 - 100) < 40
    assert_not_slower(chosen, skimage_route, label="own SLIC vs skimage slic")


def _distances():
    rng = np.random.default_rng(0)
    return rng.random((150, 4, 121)).astype(np.float32) * 1000


def test_slic_packed_argmin():
    distances = _distances()
    slot_ids = np.arange(4, dtype=np.int32)[np.newaxis, :, np.newaxis]

    def chosen():
        keys = distances.copy().view(np.int32)
        keys &= ~np.int32(3)
        keys |= slot_ids
        return keys.min(axis=1) & np.int32(3)

    def argmin_route():
        return distances.copy().argmin(axis=1)

    # equal except where two distances agree in all but the 2 lowest bits
    assert np.mean(chosen() != argmin_route()) < 1e-3
    assert_not_slower(chosen, argmin_route, label="packed min vs argmin")


def test_bincount_pixel_major():
    nb_labels, block_size = 150, 121
    labels = np.repeat(np.arange(nb_labels), block_size)  # block order: runs
    values = np.random.default_rng(1).random((6, labels.size))
    values_pixel_major = np.ascontiguousarray(
        values.reshape(6, nb_labels, block_size).transpose(0, 2, 1)
    ).reshape(6, -1)

    def chosen():
        labels_pixel_major = labels.reshape(nb_labels, block_size).T.reshape(-1)
        return [
            np.bincount(labels_pixel_major, weights=row, minlength=nb_labels)
            for row in values_pixel_major
        ]

    def block_major_route():
        return [np.bincount(labels, weights=row, minlength=nb_labels) for row in values]

    for a, b in zip(chosen(), block_major_route(), strict=True):
        assert np.allclose(a, b)
    assert_not_slower(chosen, block_major_route, label="bincount pixel-major")
