"""Benchmarks of ``pool`` (imgaug._kernels.pool) against skimage's block_reduce.

* max and min (per channel) combine the ``bh`` rows of every block row first
  (contiguous memory), then the ``bw`` columns of that result;
* uint8 means that are cast back to uint8 sum blocks in uint16 the same way and
  let ``cv2.convertScaleAbs`` truncate ``sum / n`` exactly;
* other integer means (and channel blocks) combine the ``bh*bw`` strided slices
  of the array with one elementwise ufunc each, up to ``_MAX_SLICES`` slices;
* every other reduction is called once on a strided ``(..., bh, bw, bc)`` block
  view, as ``skimage.measure.block_reduce`` does.

The block sizes divide 256, so no padding is involved and both agree exactly.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import pool as _pool
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _block_reduce(image, block_size, func):
    from skimage.measure import block_reduce

    return block_reduce(image, (block_size, block_size, 1), func)


@pytest.mark.parametrize("func", [np.max, np.min, np.average], ids=lambda f: f.__name__)
@pytest.mark.parametrize("block_size", [2, 4])
def test_pool_slices_vs_block_reduce(block_size, func):
    image = _images.image_uint8()

    def chosen():
        return _pool.pool(image, block_size, func, preserve_dtype=False)

    def skimage_route():
        return _block_reduce(image, block_size, func)

    assert np.array_equal(chosen(), skimage_route())
    assert_not_slower(
        chosen, skimage_route, label=f"slices vs block_reduce {func.__name__}"
    )


@pytest.mark.parametrize("func", [np.max, np.average], ids=lambda f: f.__name__)
def test_pool_slices_vs_block_view_at_max_slices(func):
    # block 8x8 = 64 slices = _MAX_SLICES: the slice route must still win there
    block = int(np.sqrt(_pool._MAX_SLICES))
    assert block * block == _pool._MAX_SLICES
    image = _images.image_uint8()

    def chosen():
        return _pool.pool(image, block, func, preserve_dtype=False)

    def block_view_route():
        blocks = _pool._as_blocks(image, (block, block, 1))
        return func(blocks, axis=(3, 4, 5))

    assert np.array_equal(chosen(), block_view_route())
    assert_not_slower(
        chosen, block_view_route, label=f"slices vs block view {func.__name__}"
    )


@pytest.mark.parametrize(
    ("dtype", "func"),
    [("uint8", np.median), ("float32", np.average)],
    ids=["median-uint8", "average-float32"],
)
def test_pool_block_view_vs_block_reduce(dtype, func):
    image = _images.image(dtype)

    def chosen():
        return _pool.pool(image, 2, func, preserve_dtype=False)

    def skimage_route():
        return _block_reduce(image, 2, func)

    assert np.array_equal(chosen(), skimage_route())
    assert_not_slower(
        chosen, skimage_route, label=f"block view vs block_reduce {func.__name__}"
    )


@pytest.mark.parametrize("block_size", [2, 4, 7])
def test_pool_mean_uint8_vs_slices(block_size):
    image = _images.image_uint8()

    def chosen():
        return _pool.avg_pool(image, block_size)

    def slices_route():
        padded = _pool._pad.pad_to_multiples_of(
            image, block_size, block_size, mode="reflect"
        )
        sums = _pool._reduce_slices(padded, (block_size, block_size, 1), "mean")
        return sums.astype(np.uint8)

    assert np.array_equal(chosen(), slices_route())
    assert_not_slower(chosen, slices_route, label=f"uint8 mean {block_size}")


@pytest.mark.parametrize("func", [np.max, np.min], ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", ["uint8", "float32"])
@pytest.mark.parametrize("block_size", [2, 4])
def test_pool_rows_then_columns_vs_slices(func, dtype, block_size):
    image = _images.image(dtype)
    reduction = "max" if func is np.max else "min"

    def chosen():
        return _pool.pool(image, block_size, func)

    def slices_route():
        return _pool._reduce_slices(image, (block_size, block_size, 1), reduction)

    assert np.array_equal(chosen(), slices_route())
    assert_not_slower(
        chosen, slices_route, label=f"rows/columns vs slices {reduction} {dtype}"
    )


def test_pool_replicate_vs_area_resize():
    import cv2

    from imgaug.augmenters import pooling

    pooled = _pool.avg_pool(_images.image_uint8(), 4)
    height, width = pooled.shape[0] * 4, pooled.shape[1] * 4

    def chosen():
        return pooling._replicate(pooled, 4, 4)

    def area_route():
        return cv2.resize(pooled, (width, height), interpolation=cv2.INTER_AREA)

    assert np.array_equal(chosen(), area_route())
    assert_not_slower(chosen, area_route, label="replicate vs INTER_AREA upscale")
