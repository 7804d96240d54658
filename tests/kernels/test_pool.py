"""Tests for imgaug._kernels.pool."""

import numpy as np
import pytest

from imgaug._kernels.pad import pad_to_multiples_of
from imgaug._kernels.pool import avg_pool, max_pool, median_pool, min_pool, pool

ALLOWED = [
    "bool",
    "uint8",
    "uint16",
    "uint32",
    "int8",
    "int16",
    "int32",
    "float16",
    "float32",
    "float64",
]
if hasattr(np, "float128"):
    ALLOWED.append("float128")


class TestExactValues:
    def test_max_divisible(self):
        arr = np.arange(16, dtype=np.uint8).reshape(4, 4)
        assert pool(arr, 2, np.max).tolist() == [[5, 7], [13, 15]]

    def test_average_truncates_back_to_uint8(self):
        arr = np.array([[1, 2], [3, 5]], dtype=np.uint8)
        # mean 2.75 is cast back with astype -> 2
        assert avg_pool(arr, 2).tolist() == [[2]]

    def test_average_without_preserve_dtype(self):
        arr = np.array([[1, 2], [3, 5]], dtype=np.uint8)
        observed = avg_pool(arr, 2, preserve_dtype=False)
        assert observed.dtype == np.float64
        assert observed.tolist() == [[2.75]]

    def test_avg_pool_reflect_padding(self):
        # 3x3 with block 2: pad to 4x4, top/left 0, bottom/right 1 (reflect)
        arr = np.array([[0, 2, 4], [6, 8, 10], [12, 14, 16]], dtype=np.uint8)
        # padded: [[0,2,4,2],[6,8,10,8],[12,14,16,14],[6,8,10,8]]
        assert avg_pool(arr, 2).tolist() == [[4, 6], [10, 12]]

    def test_max_pool_edge_padding(self):
        arr = np.array([[1, 9, 3]], dtype=np.uint8)
        # height 1 -> pad 1 at the bottom; width 3 -> pad 1 on the right (edge)
        assert max_pool(arr, 2).tolist() == [[9, 3]]

    def test_min_pool_edge_padding(self):
        arr = np.array([[5, 9, 3]], dtype=np.uint8)
        assert min_pool(arr, 2).tolist() == [[5, 3]]

    def test_min_pool_constant_cval(self):
        arr = np.array([[5, 9, 3]], dtype=np.uint8)
        assert min_pool(arr, (1, 2), pad_mode="constant", pad_cval=1).tolist() == [
            [5, 1]
        ]

    def test_median_pool(self):
        arr = np.array([[1, 2, 100], [3, 4, 100], [100, 100, 100]], dtype=np.uint8)
        assert median_pool(arr, 3).tolist() == [[100]]
        arr = np.array([[1, 7], [3, 4]], dtype=np.uint8)
        assert median_pool(arr, 2).tolist() == [[3]]

    def test_constant_padding_with_cval(self):
        arr = np.zeros((1, 1), dtype=np.uint8)
        assert pool(arr, 2, np.max, pad_mode="constant", pad_cval=7).tolist() == [[7]]

    def test_3d_two_tuple_pools_channels_separately(self):
        arr = np.zeros((2, 2, 2), dtype=np.uint8)
        arr[..., 0] = [[1, 2], [3, 4]]
        arr[..., 1] = [[10, 20], [30, 40]]
        observed = max_pool(arr, (2, 2))
        assert observed.shape == (1, 1, 2)
        assert observed[0, 0].tolist() == [4, 40]

    def test_3d_three_tuple_pools_over_channels(self):
        arr = np.arange(2 * 2 * 4, dtype=np.uint8).reshape(2, 2, 4)
        observed = pool(arr, (2, 2, 2), np.max)
        assert observed.shape == (1, 1, 2)
        assert observed[0, 0].tolist() == [13, 15]

    def test_channel_blocks_padded_with_zeros(self):
        arr = np.full((1, 1, 3), 10, dtype=np.uint8)
        observed = pool(arr, (1, 1, 2), np.min)
        assert observed[0, 0].tolist() == [10, 0]

    def test_block_size_one_is_identity(self):
        arr = np.arange(12, dtype=np.int16).reshape(3, 4)
        assert np.array_equal(pool(arr, 1, np.average), arr)

    def test_custom_func_receives_axis_tuple(self):
        arr = np.arange(16, dtype=np.int32).reshape(4, 4)
        seen = {}

        def func(blocks, axis):
            seen["axis"] = axis
            seen["shape"] = blocks.shape
            return np.sum(blocks, axis=axis)

        observed = pool(arr, 2, func)
        assert seen == {"axis": (2, 3), "shape": (2, 2, 2, 2)}
        assert observed.tolist() == [[10, 18], [42, 50]]


class TestMatchesBlockReduce:
    @pytest.mark.parametrize("func", [np.average, np.max, np.min, np.median, np.mean])
    @pytest.mark.parametrize("shape", [(5, 7), (5, 7, 3), (1, 9, 5)])
    @pytest.mark.parametrize("block_size", [2, 3, (2, 3), (3, 1)])
    @pytest.mark.parametrize(
        "dtype", ["uint8", "float32", "int16", "bool", "uint32", "int8"]
    )
    def test_same_as_skimage(self, func, shape, block_size, dtype):
        from skimage.measure import block_reduce

        rng = np.random.default_rng(1)
        arr = (rng.random(shape) * 200).astype(dtype)
        observed = pool(arr, block_size, func, pad_mode="reflect", preserve_dtype=False)
        bs = (block_size, block_size) if isinstance(block_size, int) else block_size
        padded = pad_to_multiples_of(arr, bs[0], bs[1], mode="reflect")
        expected = block_reduce(padded, tuple(bs) + (1,) * (arr.ndim - 2), func)
        assert observed.dtype == expected.dtype
        assert np.array_equal(observed, expected)


class TestSliceRoute:
    @pytest.mark.parametrize("func", [np.average, np.max, np.min])
    @pytest.mark.parametrize("block_size", [(9, 8), (8, 8, 2)])
    def test_large_blocks_use_numpy_reduction_with_same_result(self, func, block_size):
        from skimage.measure import block_reduce

        arr = (
            np.random.default_rng(2).integers(0, 255, size=(17, 20, 4)).astype(np.uint8)
        )
        observed = pool(arr, block_size, func, pad_mode="edge", preserve_dtype=False)
        padded = pad_to_multiples_of(arr, block_size[0], block_size[1], mode="edge")
        expected = block_reduce(
            padded, tuple(block_size) + (1,) * (3 - len(block_size)), func
        )
        assert np.array_equal(observed, expected)

    def test_mean_of_integers_is_exact(self):
        arr = np.full((3, 3), np.iinfo(np.uint32).max, dtype=np.uint32)
        observed = avg_pool(arr, 3, preserve_dtype=False)
        assert observed.dtype == np.float64
        assert observed[0, 0] == float(np.iinfo(np.uint32).max)


class TestUint8MeanRoute:
    """uint8 means (preserve_dtype) come from uint16 block sums, truncated by cv2."""

    @pytest.mark.parametrize("shape", [(5, 7), (5, 7, 3), (1, 9, 5), (16, 16, 2)])
    @pytest.mark.parametrize("block_size", [2, 3, (2, 5), (8, 8), (1, 7), (7, 1)])
    def test_equals_truncated_float_mean(self, shape, block_size):
        from skimage.measure import block_reduce

        rng = np.random.default_rng(3)
        arr = rng.integers(0, 256, size=shape).astype(np.uint8)
        observed = avg_pool(arr, block_size)
        bs = (block_size, block_size) if isinstance(block_size, int) else block_size
        padded = pad_to_multiples_of(arr, bs[0], bs[1], mode="reflect")
        expected = block_reduce(padded, tuple(bs) + (1,) * (arr.ndim - 2), np.mean)
        assert observed.dtype == np.uint8
        assert np.array_equal(observed, expected.astype(np.uint8))

    @pytest.mark.parametrize("count", [2, 3, 4, 6, 9, 16, 25, 49, 64])
    def test_every_remainder_of_the_block_sum(self, count):
        # one block row of width `count` per possible sum: floor(s / count) for
        # every s in [0, 255 * count], including exact multiples
        sums = np.arange(255 * count + 1)
        arr = np.zeros((len(sums), count), dtype=np.uint8)
        for column in range(count):
            arr[:, column] = np.clip(sums - 255 * column, 0, 255)
        observed = avg_pool(arr, (1, count))[:, 0]
        assert np.array_equal(observed, sums // count)

    def test_saturated_blocks(self):
        arr = np.full((8, 8, 3), 255, dtype=np.uint8)
        assert np.all(avg_pool(arr, 8) == 255)

    def test_channel_blocks_use_other_route(self):
        arr = np.arange(2 * 2 * 4, dtype=np.uint8).reshape(2, 2, 4)
        # blocks over 2 channels: means of 8 values each
        expected = [[[np.mean(arr[:, :, 0:2]), np.mean(arr[:, :, 2:4])]]]
        assert avg_pool(arr, (2, 2, 2)).tolist() == np.uint8(expected).tolist()


class TestDtypes:
    @pytest.mark.parametrize("dtype", ALLOWED)
    @pytest.mark.parametrize("function", [avg_pool, max_pool, min_pool, median_pool])
    def test_dtype_preserved(self, dtype, function):
        arr = np.zeros((4, 4, 2), dtype=dtype)
        arr[0, 0, 0] = 1
        observed = function(arr, 2)
        assert observed.dtype == np.dtype(dtype)
        assert observed.shape == (2, 2, 2)
        if function is max_pool:
            assert observed[0, 0, 0] == 1
        if function is min_pool:
            assert observed[0, 0, 0] == 0

    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    def test_rejected_dtypes(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            pool(np.zeros((2, 2), dtype), 2, np.max)

    def test_int8_large_pad_cval_clipped(self):
        arr = np.zeros((1, 1), np.int8)
        assert pool(arr, 2, np.max, pad_cval=255).tolist() == [[127]]

    def test_bool_average(self):
        arr = np.array([[True, True], [True, False]])
        assert avg_pool(arr, 2, preserve_dtype=False).tolist() == [[0.75]]
        assert avg_pool(arr, 2).tolist() == [[True]]


class TestBlockSizeValidation:
    @pytest.mark.parametrize("block_size", [0, -1, (0, 2), (2, -1), (2, 2, 0)])
    def test_values_below_one_fail(self, block_size):
        with pytest.raises(ValueError, match="block_size"):
            pool(np.zeros((4, 4, 3), np.uint8), block_size, np.max)

    @pytest.mark.parametrize("block_size", [(2,), (1, 2, 3, 4), (2.0, 2), (2, "a")])
    def test_malformed_tuples_fail(self, block_size):
        with pytest.raises(ValueError, match="block_size"):
            pool(np.zeros((4, 4, 3), np.uint8), block_size, np.max)

    @pytest.mark.parametrize("block_size", [2.0, "2", None])
    def test_wrong_type_fails(self, block_size):
        with pytest.raises(TypeError, match="block_size"):
            pool(np.zeros((4, 4), np.uint8), block_size, np.max)

    def test_three_values_on_2d_fail(self):
        with pytest.raises(ValueError, match="block_size"):
            pool(np.zeros((4, 4), np.uint8), (2, 2, 1), np.max)


class TestGeneral:
    @pytest.mark.parametrize("shape", [(0, 4), (4, 0, 3), (2, 2, 0)])
    def test_empty_returns_copy(self, shape):
        arr = np.zeros(shape, np.uint8)
        observed = pool(arr, 2, np.max)
        assert observed.shape == shape
        assert observed is not arr

    def test_input_not_modified(self):
        arr = np.arange(25, dtype=np.uint8).reshape(5, 5)
        before = arr.copy()
        avg_pool(arr, 2)
        max_pool(arr, 3)
        assert np.array_equal(arr, before)

    def test_non_contiguous_input(self):
        arr = np.arange(64, dtype=np.uint8).reshape(8, 8)[:, ::2]
        expected = pool(np.ascontiguousarray(arr), 2, np.max)
        assert np.array_equal(pool(arr, 2, np.max), expected)

    @pytest.mark.parametrize("shape", [(4,), (2, 2, 2, 2)])
    def test_bad_ndim_fails(self, shape):
        with pytest.raises(ValueError, match="arr"):
            pool(np.zeros(shape, np.uint8), 2, np.max)

    def test_func_not_callable_fails(self):
        with pytest.raises(TypeError, match="func"):
            pool(np.zeros((2, 2), np.uint8), 2, "max")

    def test_result_shape_is_ceil(self):
        assert avg_pool(np.zeros((7, 10, 3), np.uint8), (3, 4)).shape == (3, 3, 3)
