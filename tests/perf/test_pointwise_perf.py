"""Benchmarks of fused pointwise leaves (imgaug.augmenters._pointwise).

A ``Sequential`` of pointwise uint8 leaves (here Add + LinearContrast, the
brightness/contrast pair) runs as one composed table per row instead of one pass
per leaf.
"""

from __future__ import annotations

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmenters import _pointwise
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_fused_sequential(monkeypatch):
    image = _images.image_uint8()
    fused = iaa.Sequential([iaa.Add((-25, 25)), iaa.LinearContrast((0.8, 1.2))])
    plain = fused.deepcopy()

    def plain_route():
        with monkeypatch.context() as patch:
            patch.setattr(_pointwise, "_FUSABLE_CLASSES", set())
            return plain.augment_image(image)

    assert np.array_equal(fused.augment_image(image), plain_route())
    assert_not_slower(
        lambda: fused.augment_image(image), plain_route, label="fused vs one by one"
    )
