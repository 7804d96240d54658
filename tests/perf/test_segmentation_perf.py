"""Benchmarks of the segmentation kernels (imgaug._kernels.segment).

* ``slic_labels`` is an own vectorised SLIC; the alternative is scikit-image's
  ``slic`` with the same parameters (0.4.0's route), on the 128 px copy that
  ``Superpixels`` segments by default;
* inside it, the nearest of the four candidate centres is found as one integer
  ``min`` over float bit patterns whose lowest bits hold the candidate slot,
  instead of ``argmin`` along the short candidate axis;
* the centre sums are updated with the pixels that changed their segment
  only, instead of being recomputed from all pixels each iteration;
* ``segment_means`` sums each channel with its own ``bincount`` instead of one
  ``bincount`` over interleaved (label, channel) bins.
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


def test_slic_incremental_sums():
    rng = np.random.default_rng(1)
    nb_labels, nb_pixels = 150, 150 * 121
    values = rng.random((6, nb_pixels))
    labels = rng.integers(0, nb_labels, nb_pixels)
    labels_new = labels.copy()
    moved = rng.choice(nb_pixels, nb_pixels // 20, replace=False)  # 5 % move
    labels_new[moved] = rng.integers(0, nb_labels, len(moved))
    sums = np.stack(
        [np.bincount(labels, weights=row, minlength=nb_labels) for row in values]
    )
    offsets = (np.arange(6) * nb_labels)[:, np.newaxis]

    def chosen():
        changed = np.flatnonzero(labels_new != labels)
        index = np.concatenate([labels_new[changed], labels[changed]])
        part = values[:, changed]
        return sums + np.bincount(
            (offsets + index).reshape(-1),
            weights=np.concatenate([part, -part], axis=1).reshape(-1),
            minlength=sums.size,
        ).reshape(sums.shape)

    def full_route():
        return np.stack(
            [
                np.bincount(labels_new, weights=row, minlength=nb_labels)
                for row in values
            ]
        )

    assert np.allclose(chosen(), full_route())
    assert_not_slower(chosen, full_route, label="incremental vs full sums")


def test_segment_means_per_channel():
    image = _small_photo()
    labels = _segment.slic_labels(image, 100)
    nb_labels = int(labels.max()) + 1

    def chosen():
        return _segment.segment_means(image, labels, nb_labels)

    def interleaved_route():
        flat = labels.reshape(-1).astype(np.intp)
        counts = np.bincount(flat, minlength=nb_labels)
        index = (flat[:, np.newaxis] * 3 + np.arange(3)).reshape(-1)
        sums = np.bincount(
            index, weights=image.reshape(-1).astype(np.float64), minlength=nb_labels * 3
        ).reshape(nb_labels, 3)
        return sums / np.maximum(counts, 1)[:, np.newaxis]

    assert np.array_equal(chosen(), interleaved_route())
    assert_not_slower(chosen, interleaved_route, label="per-channel vs interleaved")
