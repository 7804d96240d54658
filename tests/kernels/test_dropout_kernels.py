"""Tests for imgaug._kernels.dropout (bit masks, nearest upscaling, zeroing)."""

import cv2
import numpy as np
import pytest

from imgaug._kernels import dropout as _dropout


def test_thresholds():
    thresholds = _dropout.get_thresholds([0.0, 1e-6, 0.5, 1.0, 1.5, -1])
    assert thresholds.tolist() == [0, 0, 32768, 65536, 65536, 0]


def test_mask_from_bits_probability():
    bits = np.arange(65536, dtype=np.uint16)
    for threshold in (1, 1000, 32768, 65535):
        assert _dropout.mask_from_bits(bits, threshold).sum() == threshold


@pytest.mark.parametrize("src", [1, 2, 3, 7, 19, 26, 64])
@pytest.mark.parametrize("dst", [1, 5, 19, 30, 384, 512, 1001])
def test_nearest_indices_equal_opencv(src, dst):
    source = np.arange(src, dtype=np.uint16).reshape(1, src)
    expected = cv2.resize(source, (dst, 1), interpolation=cv2.INTER_NEAREST)[0]
    assert np.array_equal(_dropout.get_nearest_indices(src, dst), expected)
    edges = _dropout.get_nearest_edges(src, dst)
    assert edges[0] == 0 and edges[-1] == dst
    for k in range(src):
        assert np.all(expected[edges[k] : edges[k + 1]] == k)


def test_upscale_mask_equals_opencv():
    mask = np.random.default_rng(0).random((7, 9, 3)) > 0.5
    result = _dropout.upscale_mask_nearest(mask, 40, 31)
    expected = cv2.resize(
        mask.view(np.uint8), (31, 40), interpolation=cv2.INTER_NEAREST
    )
    assert result.dtype == bool and np.array_equal(result, expected.astype(bool))
    assert _dropout.upscale_mask_nearest(mask, 7, 9) is mask


def test_zero_cells_equals_the_upscaled_mask():
    rng = np.random.default_rng(1)
    image = rng.integers(1, 256, (23, 41, 3)).astype(np.uint8)
    keep = rng.random((4, 6, 1)) > 0.3
    row_edges = _dropout.get_nearest_edges(4, 23)
    col_edges = _dropout.get_nearest_edges(6, 41)
    cells = np.argwhere(~keep)[:, 0:2]
    result = _dropout.zero_cells_(image.copy(), cells, row_edges, col_edges)
    expected = image * _dropout.upscale_mask_nearest(keep, 23, 41)
    assert np.array_equal(result, expected)
    keep3 = rng.random((4, 6, 3)) > 0.3
    result3 = _dropout.zero_cells_(
        image.copy(), np.argwhere(~keep3), row_edges, col_edges
    )
    assert np.array_equal(result3, image * _dropout.upscale_mask_nearest(keep3, 23, 41))


DTYPES = [
    "bool",
    "uint8",
    "uint16",
    "int8",
    "int16",
    "int32",
    "float16",
    "float32",
    "float64",
    "uint64",
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("nb_channels", [1, 3, 5])
@pytest.mark.parametrize("depth", ["pixel", "channel"])
def test_zero_masked_out_routes(dtype, nb_channels, depth):
    rng = np.random.default_rng(2)
    image = (rng.random((9, 11, nb_channels)) * 100 + 1).astype(dtype)
    keep = rng.random((9, 11, 1 if depth == "pixel" else nb_channels)) > 0.4
    expected = np.where(keep, image, np.zeros_like(image))
    result = _dropout.zero_masked_out(image, keep)
    assert result.dtype == image.dtype and np.array_equal(result, expected)
    out = np.full_like(image, 7)
    assert _dropout.zero_masked_out(image, keep, out=out) is out
    assert np.array_equal(out, expected)
