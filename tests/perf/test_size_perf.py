"""Benchmarks of the sample computation of the crop/pad augmenters (size.py).

The fixed-size augmenters turn their drawn positions into crop/pad amounts with a
few Python int operations per row (``_CropAndPadSamples`` holds tuples). The
alternative is the vectorised numpy computation over ``(N,)`` arrays, which
costs a few microseconds per numpy call: with one image per call (the common
``Dataset.__getitem__`` habit) that was most of the augmenter's cost.
"""

from __future__ import annotations

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug._kernels import crop as _crop
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmenters import size as _size
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _numpy_croppings(aug, batch, random_state):
    """The vectorised route: the same croppings from (N,) arrays."""
    shapes = batch.get_rowwise_shapes()
    heights = np.array([s[0] for s in shapes], dtype=np.int64)
    widths = np.array([s[1] for s in shapes], dtype=np.int64)
    xs, ys = _size._draw_positions(aug.position, len(shapes), random_state)
    target_w = np.full(len(shapes), aug.size[0], dtype=np.int64)
    target_h = np.full(len(shapes), aug.size[1], dtype=np.int64)
    excess_x = np.where((target_w >= 0) & (widths > target_w), widths - target_w, 0)
    excess_y = np.where((target_h >= 0) & (heights > target_h), heights - target_h, 0)

    def split(totals, positions):
        first = np.clip(np.trunc(positions * totals).astype(np.int64), 0, totals)
        return first, totals - first

    left, right = split(excess_x, 1.0 - xs)
    top, bottom = split(excess_y, 1.0 - ys)
    croppings = np.stack([top, right, bottom, left], axis=1)
    return _crop.prevent_zero_size(heights, widths, croppings)


@pytest.mark.parametrize("nb_rows", [1, 32])
def test_crop_to_fixed_size_samples(nb_rows):
    aug = iaa.CropToFixedSize(width=256, height=256)
    batch = _BatchInAugmentation(images=[np.zeros((384, 512, 3), np.uint8)] * nb_rows)

    def chosen():
        return aug._draw_samples(batch, iarandom.RNG(3)).croppings

    def numpy_route():
        return _numpy_croppings(aug, batch, iarandom.RNG(3))

    assert [tuple(row) for row in numpy_route().tolist()] == chosen()
    assert_not_slower(chosen, numpy_route, label=f"crop samples, {nb_rows} rows")
