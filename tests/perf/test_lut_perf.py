"""Benchmarks of ``imgaug._kernels.lut.apply_lut``: ``cv2.LUT`` vs numpy indexing."""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import lut as _lut
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _gamma_table(gamma):
    values = 255.0 * (np.arange(256) / 255.0) ** gamma
    return np.clip(np.round(values), 0, 255).astype(np.uint8)


def test_apply_lut_single_table():
    image = _images.image_uint8()
    table = _gamma_table(0.7)

    def chosen():
        return _lut.apply_lut(image, table)

    def take_route():
        return np.take(table, image)

    def indexing_route():
        return table[image]

    expected = indexing_route()
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(take_route(), expected)
    assert_not_slower(chosen, take_route, label="cv2.LUT vs np.take")
    assert_not_slower(chosen, indexing_route, label="cv2.LUT vs table[i]")


def test_apply_lut_single_table_in_place():
    image = _images.image_uint8()
    table = _gamma_table(1.4)
    work = np.empty_like(image)

    def chosen():
        work[...] = image
        return _lut.apply_lut_(work, table)

    def take_route():
        work[...] = image
        np.take(table, image, out=work)
        return work

    expected = np.copy(take_route())
    assert np.array_equal(chosen(), expected)
    assert_not_slower(chosen, take_route, label="cv2.LUT vs np.take")


def test_apply_lut_per_channel_tables():
    image = _images.image_uint8()
    tables = np.stack([_gamma_table(g) for g in (0.6, 1.0, 1.5)], axis=-1)

    def chosen():
        return _lut.apply_lut(image, tables)

    def take_along_route():
        flat = image.reshape(-1, 3)
        return np.take_along_axis(tables, flat, axis=0).reshape(image.shape)

    def per_channel_take_route():
        result = np.empty_like(image)
        for c in range(3):
            np.take(tables[:, c], image[:, :, c], out=result[:, :, c])
        return result

    expected = take_along_route()
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(per_channel_take_route(), expected)
    assert_not_slower(chosen, take_along_route, label="vs take_along_axis")
    assert_not_slower(chosen, per_channel_take_route, label="vs np.take per c")


def test_apply_affine_table():
    image = _images.image_uint8()
    alpha = float(np.float32(1.13))
    offset = 127.0 * (1.0 - alpha)  # LinearContrast: clipped at 0 (addWeighted)
    table = np.clip(np.arange(256, dtype=np.float32) * alpha + offset, 0, 255)
    table = table.astype(np.uint8)

    def chosen():
        return _lut.apply_affine_table(image, table, alpha, offset)

    def lut_route():
        return _lut.apply_table(image, table)

    assert _lut._affine_route(table, alpha, offset) is not None
    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="OpenCV scaling vs cv2.LUT")


def test_translate_out_vs_copy(monkeypatch):
    """StringZilla's ``out=``: one pass instead of copy + in-place translation."""
    if _lut.get_byte_translator() is None:
        pytest.skip("the fast extra (stringzilla) is not installed")
    image = _images.image_uint8()
    table = _gamma_table(0.8)

    def chosen():
        return _lut.apply_table(image, table)

    def copy_route():
        out = np.empty_like(image)
        np.copyto(out, image)
        _lut.get_byte_translator()(
            memoryview(out.reshape(-1)), memoryview(table), inplace=True
        )
        return out

    assert np.array_equal(chosen(), copy_route())
    assert_not_slower(chosen, copy_route, label="translate out= vs copy+translate")
