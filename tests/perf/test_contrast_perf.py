"""Benchmarks of the uint8 routes of the contrast curves (imgaug._kernels.contrast).

* one curve: a 256-entry table built from the float32 formula and applied with
  ``cv2.LUT`` (through ``lut.apply_table``) instead of computing the curve per pixel
  in float32;
* a batch: the tables of all rows built in one vectorised call instead of one
  table-building call per row.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import contrast as _contrast
from imgaug._kernels import lut as _lut
from imgaug.augmenters import contrast as contrast_lib
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_contrast_table_uint8():
    image = _images.image_uint8()

    def chosen():
        return contrast_lib.adjust_contrast_gamma(image, 1.3)

    def float_route():
        values = image.astype(np.float32) / np.float32(255)
        np.power(values, np.float32(1.3), out=values)
        values *= np.float32(255)
        return np.clip(values, 0, 255).astype(np.uint8)

    assert np.array_equal(chosen(), float_route())
    assert_not_slower(chosen, float_route, label="gamma table vs float32 curve")


def test_contrast_batch_tables():
    gammas = np.random.default_rng(0).uniform(0.5, 2.0, size=(32, 3)).astype(np.float32)

    def chosen():
        return _contrast.gamma_tables_uint8(gammas)

    def per_row():
        return [_contrast.gamma_tables_uint8(gammas[i, 0]) for i in range(32)]

    assert np.array_equal(chosen()[:, 5, 0], per_row()[5])
    assert_not_slower(chosen, per_row, label="one vectorised call vs one per row")


def test_apply_table_into_batch_rows():
    images = _images.batch_uint8()
    table = _contrast.linear_tables_uint8(np.float32(1.2))
    out = np.empty_like(images)

    def chosen():
        for i in range(len(images)):
            _lut.apply_table(images[i], table, out=out[i])
        return out

    def copy_route():
        for i in range(len(images)):
            out[i] = _lut.apply_table(images[i], table)
        return out

    assert_not_slower(chosen, copy_route, label="LUT into rows vs LUT + copy")
