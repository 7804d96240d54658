"""Benchmarks of the routes of ``imgaug._kernels.pil`` and ``pillike`` helpers."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from imgaug._kernels import lut as _lut
from imgaug._kernels import pil as _pil
from imgaug.augmenters import pillike
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _kernel(name):
    size, scale, offset, kernel = _pil.FILTERS[name]
    return np.array(kernel, dtype=np.float64).reshape(size, size), scale, offset


def test_luminance():
    image = _images.image_uint8()

    def integer_route():
        rgb = image.astype(np.uint32)
        weighted = rgb[:, :, 0] * 19595 + rgb[:, :, 1] * 38470 + rgb[:, :, 2] * 7471
        return ((weighted + 32768) >> 16).astype(np.uint8)

    assert np.array_equal(_pil.luminance(image), integer_route())
    assert_not_slower(
        lambda: _pil.luminance(image), integer_route, label="cv2.transform vs uint32"
    )


@pytest.mark.parametrize("route", ["table", "cv2"])
def test_blend_images(route):
    # chosen: numpy float32 operations in place; alternatives: a gather from the
    # 65536-entry table, or the same operations through cv2 (with conversions)
    image = _images.image_uint8()
    gray = _pil.luminance(image)
    degenerate = cv2.merge([gray, gray, gray])

    def table_route():
        index = degenerate.astype(np.uint16)
        index <<= 8
        index |= image
        return _pil.blend_table(1.7).reshape(-1).take(index)

    def cv2_route():
        blended = cv2.subtract(image, degenerate, dtype=cv2.CV_32F)
        blended *= np.float32(1.7)
        blended = cv2.add(blended, degenerate, dtype=cv2.CV_32F)
        np.floor(blended, out=blended)
        return cv2.add(blended, 0.0, dtype=cv2.CV_8U)

    def chosen():
        return _pil.blend_images(degenerate, image, 1.7)

    alternative = table_route if route == "table" else cv2_route
    assert np.array_equal(chosen(), alternative())
    assert_not_slower(chosen, alternative, label=f"float32 ops vs {route}")


def test_filter_exact_route():
    image = _images.image_uint8()
    kernel_rows, scale, offset = _kernel("SMOOTH")

    def chosen():
        return _pil.apply_filter(image, "SMOOTH")

    def float32_route():
        return _pil._filter_like_float32(image, kernel_rows, scale, offset)

    assert np.array_equal(chosen()[1:-1, 1:-1], float32_route())
    assert_not_slower(chosen, float32_route, label="filter2D vs float32 emulation")


def test_filter_float32_route():
    # DETAIL: few kernel terms, a sixth of the values are ties
    image = _images.image_uint8()
    kernel_rows, scale, offset = _kernel("DETAIL")

    def chosen():
        return _pil._filter_like_float32(image, kernel_rows, scale, offset)

    def ties_route():
        return _pil._filter_recomputing_ties(image, kernel_rows, scale, offset)

    assert np.array_equal(chosen(), ties_route())
    assert_not_slower(chosen, ties_route, label="emulation vs tie recomputation")


def test_filter_ties_route():
    # SMOOTH_MORE: 25 kernel terms, one value in a hundred is a tie
    image = _images.image_uint8()
    kernel_rows, scale, offset = _kernel("SMOOTH_MORE")

    def chosen():
        return _pil._filter_recomputing_ties(image, kernel_rows, scale, offset)

    def float32_route():
        return _pil._filter_like_float32(image, kernel_rows, scale, offset)

    assert np.array_equal(chosen(), float32_route())
    assert_not_slower(chosen, float32_route, label="tie recomputation vs emulation")


def test_histograms():
    image = _images.image_uint8()

    def per_channel_copies():
        return [
            cv2.calcHist([np.ascontiguousarray(image[:, :, c])], [0], None, [256],
                         [0, 256]).reshape(256).astype(np.int64)
            for c in range(3)
        ]  # fmt: skip

    for observed, expected in zip(_pil.histograms(image), per_channel_copies()):
        assert np.array_equal(observed, expected)
    assert_not_slower(
        lambda: _pil.histograms(image),
        per_channel_copies,
        label="channel index vs channel copies",
    )


def test_solarize_uint8():
    image = _images.image_uint8()
    table = np.where(np.arange(256) >= 100, 255 - np.arange(256), np.arange(256))
    table = table.astype(np.uint8)

    def chosen():
        return pillike.solarize(image, 100)

    def lookup_table():
        return pillike._apply_table(image, table)

    assert np.array_equal(chosen(), lookup_table())
    assert_not_slower(chosen, lookup_table, label="threshold + xor vs cv2.LUT")


def test_posterize_uint8():
    image = _images.image_uint8()
    table = (np.arange(256) & 0xF0).astype(np.uint8)

    def chosen():
        return pillike.posterize(image, 4)

    def lookup_table():
        return pillike._apply_table(image, table)

    assert np.array_equal(chosen(), lookup_table())
    assert_not_slower(chosen, lookup_table, label="bitwise and vs cv2.LUT")


def test_apply_table():
    image = _images.image_uint8()
    table = (255 - np.arange(256)).astype(np.uint8)

    def chosen():
        return pillike._apply_table(image, table)

    def copy_then_in_place():
        return _lut.apply_lut(image, table)

    assert np.array_equal(chosen(), copy_then_in_place())
    assert_not_slower(chosen, copy_then_in_place, label="cv2.LUT into a new array")


def test_transform_affine():
    image = _images.image_uint8()
    coefficients = (0.94, 0.34, -40.0, -0.34, 0.94, 50.0)
    size = (image.shape[1], image.shape[0])

    def chosen():
        return _pil.transform_affine(image, coefficients, (0, 0, 0))

    def fromarray_route():
        pil = Image.fromarray(image)
        return np.asarray(pil.transform(size, Image.AFFINE, coefficients))

    assert np.array_equal(chosen(), fromarray_route())
    assert_not_slower(chosen, fromarray_route, label="RGBX buffer vs fromarray")


def test_equalize_tables_together():
    # the equalize tables of all channels in one set of numpy calls instead of
    # one set per channel
    hists = _pil.histograms(_images.image_uint8())

    def per_channel():
        return [_pil.equalize_tables([hist])[0] for hist in hists]

    def chosen():
        return _pil.equalize_tables(hists)

    assert all(np.array_equal(a, b) for a, b in zip(chosen(), per_channel()))
    assert_not_slower(chosen, per_channel, label="tables together vs per channel")


def test_autocontrast_bounds_together():
    # the bounds of all channels in one set of numpy calls instead of Pillow's
    # bin by bin removal per channel
    hists = _pil.histograms(_images.image_uint8())
    cutoffs = [(2, 2)] * len(hists)

    def per_channel_loops():
        bounds = []
        for hist in hists:
            h = hist.tolist()
            n = sum(h)
            for cut_percent, order in ((2, range(256)), (2, range(255, -1, -1))):
                cut = n * cut_percent // 100
                for i in order:
                    removed = min(cut, h[i])
                    h[i] -= removed
                    cut -= removed
                    if cut <= 0:
                        break
            used = [i for i in range(256) if h[i]]
            bounds.append((used[0], used[-1]))
        return bounds

    def chosen():
        return _pil.autocontrast_bounds(hists, cutoffs, [])

    lows, highs = chosen()
    assert list(zip(lows.tolist(), highs.tolist())) == per_channel_loops()
    assert_not_slower(chosen, per_channel_loops, label="numpy bounds vs loops")


def test_channel_tables_on_planes():
    # split, one single-table cv2.LUT per plane (in place), merge vs one cv2.LUT
    # with a (1, 256, 3) table
    image = _images.image_uint8()
    tables = _pil.equalize_tables(_pil.histograms(image))

    def chosen():
        return pillike._apply_channel_tables(image, tables)

    def per_channel_table():
        return pillike._apply_table(image, pillike._stack_tables(tables))

    assert np.array_equal(chosen(), per_channel_table())
    assert_not_slower(chosen, per_channel_table, label="planes vs (1, 256, 3) LUT")


def test_autocontrast_planes():
    # split, one affine table per plane (byte translator or OpenCV scaling),
    # merge vs one cv2.LUT with a (1, 256, 3) table
    image = _images.image_uint8()
    hists = _pil.histograms(image)
    lows, highs = _pil.autocontrast_bounds(hists, [(2, 2)] * 3, [])
    tables = [_pil.autocontrast_lut(lo, hi) for lo, hi in zip(lows, highs)]
    assert len({(lo, hi) for lo, hi in zip(lows, highs)}) > 1

    def chosen():
        return pillike.autocontrast(image, 2)

    def per_channel_table():
        _pil.histograms(image)
        return pillike._apply_table(image, pillike._stack_tables(tables))

    assert np.array_equal(chosen(), per_channel_table())
    assert_not_slower(chosen, per_channel_table, label="planes vs (1, 256, 3) LUT")
