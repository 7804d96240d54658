"""Tests for imgaug._kernels.crop: cropping amounts, zero-size prevention, kernels."""

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug._kernels import crop as kcrop
from imgaug.validation import InvalidTypeError, InvalidValueError


# ---------------------------------------------------------------------------------
# compute_croppings_to_reach_aspect_ratio
# ---------------------------------------------------------------------------------
class TestComputeCroppingsToReachAspectRatio:
    @pytest.mark.parametrize(
        ("shape", "ratio", "expected"),
        [
            ((4, 4), 1.0, (0, 0, 0, 0)),
            ((5, 2), 1.0, (1, 0, 2, 0)),  # too high: crop 3 rows
            ((2, 5), 1.0, (0, 2, 0, 1)),  # too wide: crop 3 columns
            ((4, 4, 3), 2.0, (1, 0, 1, 0)),  # 4 - 4/2 = 2 rows
            ((4, 4), 0.5, (0, 1, 0, 1)),  # 4 - 4*0.5 = 2 columns
            ((10, 3), 0.4, (1, 0, 2, 0)),  # 10 - 7.5 = 2.5 -> floor/ceil
            ((3, 10), 2.5, (0, 2, 0, 1)),  # 10 - 7.5 = 2.5 -> 1 left, 2 right
        ],
    )
    def test_values(self, shape, ratio, expected):
        assert kcrop.compute_croppings_to_reach_aspect_ratio(shape, ratio) == expected

    def test_array_input_equals_shape_input(self):
        arr = np.zeros((7, 3, 2), dtype=np.uint8)
        assert kcrop.compute_croppings_to_reach_aspect_ratio(
            arr, 1.0
        ) == kcrop.compute_croppings_to_reach_aspect_ratio((7, 3), 1.0)

    def test_keeps_at_least_one_pixel(self):
        # width 0: would need to crop the full height; at most H-1 is removed
        assert kcrop.compute_croppings_to_reach_aspect_ratio((5, 0), 1.0) == (
            2,
            0,
            2,
            0,
        )
        # very wide image with tiny target ratio: keeps one column
        top, right, bottom, left = kcrop.compute_croppings_to_reach_aspect_ratio(
            (1, 100), 0.001
        )
        assert (top, bottom) == (0, 0)
        assert 100 - left - right == 1

    def test_result_reaches_ratio(self):
        for height, width in [(10, 30), (30, 10), (17, 23), (23, 17)]:
            top, right, bottom, left = kcrop.compute_croppings_to_reach_aspect_ratio(
                (height, width), 1.0
            )
            assert height - top - bottom == width - left - right

    def test_returns_python_ints(self):
        result = kcrop.compute_croppings_to_reach_aspect_ratio((10, 3), 0.4)
        assert all(type(v) is int for v in result)

    @pytest.mark.parametrize("ratio", [0, -1.0, "1", None])
    def test_bad_ratio_raises(self, ratio):
        with pytest.raises(InvalidValueError, match="aspect_ratio"):
            kcrop.compute_croppings_to_reach_aspect_ratio((4, 4), ratio)

    def test_zero_height_raises(self):
        with pytest.raises(InvalidValueError, match="height"):
            kcrop.compute_croppings_to_reach_aspect_ratio((0, 4), 1.0)

    def test_bad_arr_raises(self):
        with pytest.raises(InvalidTypeError, match="arr"):
            kcrop.compute_croppings_to_reach_aspect_ratio("abc", 1.0)
        with pytest.raises(InvalidValueError, match="arr"):
            kcrop.compute_croppings_to_reach_aspect_ratio((4,), 1.0)


# ---------------------------------------------------------------------------------
# compute_croppings_to_reach_multiples_of
# ---------------------------------------------------------------------------------
class TestComputeCroppingsToReachMultiplesOf:
    @pytest.mark.parametrize(
        ("shape", "hm", "wm", "expected"),
        [
            ((4, 4), 2, 2, (0, 0, 0, 0)),
            ((5, 8), 4, 3, (0, 1, 1, 1)),  # 5%4=1 -> (0,1); 8%3=2 -> (1,1)
            (
                (7, 7, 3),
                4,
                4,
                (1, 2, 2, 1),
            ),  # 3 each: floor top/left, ceil bottom/right
            ((5, 5), None, 2, (0, 1, 0, 0)),
            ((5, 5), 2, None, (0, 0, 1, 0)),
            ((5, 5), None, None, (0, 0, 0, 0)),
            ((0, 5), 3, 3, (0, 1, 0, 1)),  # size 0 is never cropped
            ((3, 3), 5, 5, (1, 2, 2, 1)),  # smaller than multiple -> cropped to 0
        ],
    )
    def test_values(self, shape, hm, wm, expected):
        assert kcrop.compute_croppings_to_reach_multiples_of(shape, hm, wm) == expected

    def test_array_input(self):
        arr = np.zeros((9, 10), dtype=np.float32)
        assert kcrop.compute_croppings_to_reach_multiples_of(arr, 4, 4) == (
            0,
            1,
            1,
            1,
        )

    @pytest.mark.parametrize("value", [0, -2, 1.5, "2", True])
    def test_bad_multiple_raises(self, value):
        with pytest.raises((InvalidValueError, InvalidTypeError), match="multiple"):
            kcrop.compute_croppings_to_reach_multiples_of((4, 4), value, 2)
        with pytest.raises((InvalidValueError, InvalidTypeError), match="multiple"):
            kcrop.compute_croppings_to_reach_multiples_of((4, 4), 2, value)

    def test_integral_float_accepted(self):
        assert kcrop.compute_croppings_to_reach_multiples_of((5, 5), 2.0, 2.0) == (
            0,
            1,
            1,
            0,
        )


# ---------------------------------------------------------------------------------
# compute_croppings_to_reach_powers_of
# ---------------------------------------------------------------------------------
class TestComputeCroppingsToReachPowersOf:
    @pytest.mark.parametrize(
        ("shape", "hb", "wb", "allow_zero", "expected"),
        [
            ((8, 8), 2, 2, False, (0, 0, 0, 0)),
            ((5, 10), 2, 3, False, (0, 1, 1, 0)),  # 5->4, 10->9
            ((12, 30), 2, 3, False, (2, 2, 2, 1)),  # 12->8, 30->27
            ((243, 243), 3, 3, False, (0, 0, 0, 0)),  # exact power, float log < 5
            ((125, 1000), 5, 10, False, (0, 0, 0, 0)),
            ((1, 1), 2, 2, False, (0, 0, 0, 0)),  # below base: unchanged
            ((1, 1), 2, 2, True, (0, 0, 0, 0)),  # already 2**0
            ((2, 3), 4, 4, True, (0, 1, 1, 1)),  # below base: crop to 1
            ((2, 3), 4, 4, False, (0, 0, 0, 0)),
            ((0, 0), 2, 2, True, (0, 0, 0, 0)),  # size 0: never cropped
            ((9, 9), None, 2, False, (0, 1, 0, 0)),
        ],
    )
    def test_values(self, shape, hb, wb, allow_zero, expected):
        result = kcrop.compute_croppings_to_reach_powers_of(
            shape, hb, wb, allow_zero_exponent=allow_zero
        )
        assert result == expected

    @pytest.mark.parametrize("value", [1, 0, -3, 2.5])
    def test_bad_base_raises(self, value):
        with pytest.raises((InvalidValueError, InvalidTypeError), match="base"):
            kcrop.compute_croppings_to_reach_powers_of((4, 4), value, 2)

    def test_result_is_power(self):
        for size in range(2, 70):
            top, _, bottom, _ = kcrop.compute_croppings_to_reach_powers_of(
                (size, 1), 2, None
            )
            new = size - top - bottom
            assert new & (new - 1) == 0
            assert new <= size < 2 * new


# ---------------------------------------------------------------------------------
# prevent_zero_size
# ---------------------------------------------------------------------------------
class TestPreventZeroSize:
    def test_no_change_when_enough_remains(self):
        result = kcrop.prevent_zero_size([10], [10], [[2, 3, 4, 5]])
        assert result.tolist() == [[2, 3, 4, 5]]
        assert result.dtype == np.int32

    def test_exactly_full_crop(self):
        # H=4, top+bottom=4 -> regain 1 -> top gets it
        assert kcrop.prevent_zero_size([4], [4], [[2, 0, 2, 0]]).tolist() == [
            [1, 0, 2, 0]
        ]
        # W=4, left+right=4 -> regain 1 -> right gets it
        assert kcrop.prevent_zero_size([4], [4], [[0, 2, 0, 2]]).tolist() == [
            [0, 1, 0, 2]
        ]

    def test_over_crop_split(self):
        # H=4, 3+3=6 -> remaining -2 -> regain 3 -> top 2, bottom 1
        assert kcrop.prevent_zero_size([4], [4], [[3, 0, 3, 1]]).tolist() == [
            [1, 0, 2, 1]
        ]

    def test_one_sided_crop_moves_regain(self):
        # only the bottom crops: everything is given back there
        assert kcrop.prevent_zero_size([4], [4], [[0, 0, 10, 0]]).tolist() == [
            [0, 0, 3, 0]
        ]
        assert kcrop.prevent_zero_size([4], [4], [[10, 0, 0, 0]]).tolist() == [
            [3, 0, 0, 0]
        ]
        assert kcrop.prevent_zero_size([4], [4], [[0, 0, 0, 9]]).tolist() == [
            [0, 0, 0, 3]
        ]
        assert kcrop.prevent_zero_size([4], [4], [[0, 9, 0, 0]]).tolist() == [
            [0, 3, 0, 0]
        ]

    def test_always_one_pixel_left(self):
        rng = np.random.default_rng(0)
        heights = rng.integers(1, 10, 200)
        widths = rng.integers(1, 10, 200)
        crops = rng.integers(0, 12, (200, 4))
        result = kcrop.prevent_zero_size(heights, widths, crops)
        assert (result >= 0).all()
        assert (result <= crops).all()
        assert (heights - result[:, 0] - result[:, 2] >= 1).all()
        assert (widths - result[:, 1] - result[:, 3] >= 1).all()
        ok = (heights - crops[:, 0] - crops[:, 2] >= 1) & (
            widths - crops[:, 1] - crops[:, 3] >= 1
        )
        assert np.array_equal(result[ok], crops[ok])

    # issue 18, item 9: only the zero-sized axis is left alone (as in 0.4.0)
    def test_zero_sized_axes_not_cropped(self):
        result = kcrop.prevent_zero_size(
            [0, 5, 0, 0],
            [5, 0, 2, 0],
            [[1, 1, 1, 1], [1, 1, 1, 1], [0, 2, 0, 0]] + [[1] * 4],
        )
        assert result.tolist() == [[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 0], [0] * 4]

    def test_input_not_mutated(self):
        crops = np.array([[3, 0, 3, 0]])
        kcrop.prevent_zero_size([4], [4], crops)
        assert crops.tolist() == [[3, 0, 3, 0]]


# ---------------------------------------------------------------------------------
# project_amounts
# ---------------------------------------------------------------------------------
class TestProjectAmounts:
    def test_same_shape_unchanged(self):
        assert kcrop.project_amounts((1, 2, 3, 4), (10, 10, 3), (10, 10)) == (
            1,
            2,
            3,
            4,
        )

    def test_half_size_odd_amounts_split(self):
        # 3 image px on a half-size map = 1.5: top/left round down, bottom/right up
        assert kcrop.project_amounts((3, 3, 3, 3), (10, 10), (5, 5)) == (1, 2, 2, 1)

    def test_double_size(self):
        assert kcrop.project_amounts((1, 2, 3, 4), (5, 5), (10, 10)) == (2, 4, 6, 8)

    def test_axes_independent(self):
        assert kcrop.project_amounts((2, 2, 2, 2), (4, 8), (2, 16)) == (1, 4, 1, 4)


# ---------------------------------------------------------------------------------
# crop / crop_and_pad / resize_to
# ---------------------------------------------------------------------------------
class TestCrop:
    def test_values_and_view(self):
        arr = np.arange(20).reshape(4, 5)
        result = kcrop.crop(arr, 1, 1, 2, 2)
        assert result.tolist() == [[7, 8]]
        assert np.shares_memory(result, arr)

    def test_no_amounts_returns_input(self):
        arr = np.zeros((2, 2))
        assert kcrop.crop(arr) is arr

    def test_zero_sized_arrays_cropped_along_their_other_axes(self):
        arr = np.zeros((0, 4, 3), dtype=np.uint8)
        assert kcrop.crop(arr, 0, 1, 0, 2).shape == (0, 1, 3)
        assert kcrop.crop(np.zeros((3, 5, 0)), 1, 1, 1, 1).shape == (1, 3, 0)


class TestCropAndPad:
    def test_crop_then_pad(self):
        arr = np.arange(9, dtype=np.uint8).reshape(3, 3)
        result = kcrop.crop_and_pad(arr, (1, 0, 0, 0), (0, 0, 0, 1))
        assert result.tolist() == [[0, 3, 4, 5], [0, 6, 7, 8]]

    def test_pad_mode_and_cval(self):
        arr = np.array([[1, 2]], dtype=np.uint8)
        assert kcrop.crop_and_pad(
            arr, (0, 0, 0, 0), (0, 1, 0, 1), pad_mode="edge"
        ).tolist() == [[1, 1, 2, 2]]
        assert kcrop.crop_and_pad(
            arr, (0, 0, 0, 0), (0, 1, 0, 0), pad_cval=9
        ).tolist() == [[1, 2, 9]]

    def test_crop_only_returns_copy(self):
        arr = np.arange(9, dtype=np.uint8).reshape(3, 3)
        result = kcrop.crop_and_pad(arr, (1, 1, 1, 1), (0, 0, 0, 0))
        assert result.tolist() == [[4]]
        assert not np.shares_memory(result, arr)

    def test_nothing_returns_copy(self):
        arr = np.arange(4, dtype=np.uint8).reshape(2, 2)
        result = kcrop.crop_and_pad(arr, (0, 0, 0, 0), (0, 0, 0, 0))
        assert np.array_equal(result, arr)
        assert result is not arr
        assert not np.shares_memory(result, arr)

    def test_keep_size(self):
        arr = np.full((4, 4, 3), 7, dtype=np.uint8)
        result = kcrop.crop_and_pad(arr, (1, 1, 1, 1), (0, 0, 0, 0), keep_size=True)
        assert result.shape == (4, 4, 3)
        assert (result == 7).all()

    def test_keep_size_matches_imresize(self):
        rng = np.random.default_rng(1)
        arr = rng.integers(0, 255, (9, 11, 3)).astype(np.uint8)
        result = kcrop.crop_and_pad(arr, (1, 0, 2, 3), (0, 2, 0, 0), keep_size=True)
        tmp = np.pad(arr[1:7, 3:11], ((0, 0), (0, 2), (0, 0)))
        expected = ia.imresize_single_image(tmp, (9, 11))
        assert np.array_equal(result, expected)


class TestResizeTo:
    @pytest.mark.parametrize(
        "dtype",
        ["uint8", "uint16", "int8", "int16", "float16", "float32", "float64", "bool"],
    )
    @pytest.mark.parametrize("target", [(12, 14), (5, 4), (12, 4)])
    def test_equals_imresize_single_image(self, dtype, target):
        rng = np.random.default_rng(2)
        arr = (rng.random((8, 9, 3)) * 100).astype(dtype)
        view = arr[1:7, 2:8]  # strided view
        result = kcrop.resize_to(view, *target)
        expected = ia.imresize_single_image(np.ascontiguousarray(view), target)
        assert result.dtype == arr.dtype
        assert np.array_equal(result, expected)

    @pytest.mark.parametrize("shape", [(6, 7), (6, 7, 1), (6, 7, 4), (6, 7, 6)])
    def test_channels_and_out(self, shape):
        rng = np.random.default_rng(3)
        arr = rng.integers(0, 255, shape).astype(np.uint8)
        expected = ia.imresize_single_image(arr, (9, 10))
        out = np.zeros((2, 9, 10) + shape[2:], dtype=np.uint8)
        result = kcrop.resize_to(arr, 9, 10, out=out[1])
        assert np.array_equal(out[1], expected)
        assert np.array_equal(result, expected)
        assert (out[0] == 0).all()

    def test_disallowed_dtype_raises(self):
        with pytest.raises(ValueError, match="int32"):
            kcrop.resize_to(np.zeros((4, 4), dtype=np.int32), 5, 5)
