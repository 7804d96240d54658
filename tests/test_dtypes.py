"""Tests for imgaug.dtypes."""

import warnings

import numpy as np
import pytest

import imgaug.dtypes as iadt
from imgaug.validation import InvalidTypeError, InvalidValueError

HAS_FLOAT128 = hasattr(np, "float128")


class _FakeAugmenter:
    name = "MyAug"


def test_kind_to_dtypes():
    assert iadt.KIND_TO_DTYPES == {
        "i": ["int8", "int16", "int32", "int64"],
        "u": ["uint8", "uint16", "uint32", "uint64"],
        "b": ["bool"],
        "f": ["float16", "float32", "float64", "float128"],
    }


def test_all_names_exist():
    for name in iadt.__all__:
        assert hasattr(iadt, name), name


class TestNormalize:
    @pytest.mark.parametrize(
        "value",
        ["uint8", np.uint8, np.dtype("uint8"), np.zeros((2,), np.uint8), np.uint8(3)],
    )
    def test_normalize_dtype(self, value):
        assert iadt.normalize_dtype(value) == np.dtype("uint8")

    def test_normalize_dtype_rejects_list(self):
        with pytest.raises(InvalidTypeError, match="dtype"):
            iadt.normalize_dtype(["uint8"])

    def test_normalize_dtypes(self):
        assert iadt.normalize_dtypes("int8") == [np.dtype("int8")]
        arrs = [np.zeros((1,), np.float32), "int16"]
        assert iadt.normalize_dtypes(arrs) == [np.dtype("float32"), np.dtype("int16")]
        assert iadt.normalize_dtypes(np.zeros((3, 2), np.uint16)) == [
            np.dtype("uint16")
        ]


class TestChangeDtype:
    def test_same_dtype_returns_input(self):
        arr = np.zeros((2,), np.float32)
        assert iadt.change_dtype_(arr, "float32") is arr

    def test_float_to_uint8_rounds_and_clips(self):
        arr = np.array([-3.6, 0.4, 0.6, 254.5, 300.2])
        out = iadt.change_dtype_(arr, np.uint8)
        assert out.dtype == np.uint8
        assert out.tolist() == [0, 0, 1, 254, 255]

    def test_no_round(self):
        out = iadt.change_dtype_(np.array([0.6, 1.9]), np.uint8, round=False)
        assert out.tolist() == [0, 1]

    def test_no_clip(self):
        out = iadt.change_dtype_(np.array([300], dtype=np.int16), np.uint8, clip=False)
        assert out.tolist() == [300 % 256]

    def test_int_to_smaller_int_clips(self):
        out = iadt.change_dtype_(np.array([-200, -5, 5, 300], np.int16), np.int8)
        assert out.dtype == np.int8
        assert out.tolist() == [-128, -5, 5, 127]

    def test_int64_source_is_supported(self):
        out = iadt.change_dtype_(np.array([300, -3, 15], np.int64), np.uint8)
        assert out.tolist() == [255, 0, 15]

    def test_float32_to_int32_clips_before_cast(self):
        arr = np.array([3e9, -3e9, np.inf, -np.inf, 7.0], np.float32)
        out = iadt.change_dtype_(arr, np.int32)
        assert out.dtype == np.int32
        assert out.tolist() == [2147483520, -2147483648, 2147483520, -2147483648, 7]

    def test_float64_to_uint64_upper_bound(self):
        out = iadt.change_dtype_(np.array([1e30, -5.0]), np.uint64)
        assert out[0] == np.uint64(18446744073709549568)
        assert out[1] == 0

    def test_float16_inf_to_int32(self):
        out = iadt.change_dtype_(np.array([np.inf, -np.inf], np.float16), np.int32)
        assert out.tolist() == [65504, -65504]

    def test_float_to_bool(self):
        out = iadt.change_dtype_(np.array([-1.0, 0.2, 0.7, 3.0]), bool)
        assert out.tolist() == [False, False, True, True]

    def test_int_to_bool_clips(self):
        out = iadt.change_dtype_(np.array([-3, 0, 1, 5], np.int16), bool)
        assert out.tolist() == [False, False, True, True]

    def test_float64_to_float16_clips(self):
        out = iadt.change_dtype_(np.array([1e300, -1e300, 1.5]), np.float16)
        assert out.dtype == np.float16
        assert out.tolist() == [65504.0, -65504.0, 1.5]

    def test_zero_dim(self):
        out = iadt.change_dtype_(np.array(300.4), np.uint8)
        assert out.shape == ()
        assert out == 255

    def test_rejects_non_array(self):
        with pytest.raises(InvalidTypeError, match="arr"):
            iadt.change_dtype_([1, 2], np.uint8)


class TestChangeDtypes:
    def test_array_single_dtype(self):
        arr = np.array([[1.4, 300.0]], np.float32)
        out = iadt.change_dtypes_(arr, "uint8")
        assert out.dtype == np.uint8
        assert out.tolist() == [[1, 255]]

    def test_array_iterable_of_same_dtype(self):
        arr = np.zeros((2, 3), np.float32)
        out = iadt.change_dtypes_(arr, [np.uint8, np.uint8])
        assert out.dtype == np.uint8

    def test_array_iterable_of_different_dtypes(self):
        with pytest.raises(AssertionError, match=r"N times the \*same\* dtype"):
            iadt.change_dtypes_(np.zeros((2, 3), np.float32), [np.uint8, np.int8])

    def test_array_iterable_wrong_length(self):
        with pytest.raises(InvalidValueError, match="dtypes"):
            iadt.change_dtypes_(np.zeros((2, 3), np.float32), [np.uint8])

    def test_list_in_place(self):
        images = [np.array([1.6]), np.array([-4.2])]
        out = iadt.change_dtypes_(images, [np.uint8, np.int8])
        assert out is images
        assert images[0].dtype == np.uint8
        assert images[1].dtype == np.int8
        assert images[0].tolist() == [2]
        assert images[1].tolist() == [-4]

    def test_list_single_dtype_broadcast(self):
        images = [np.array([1.6]), np.array([400.0])]
        iadt.change_dtypes_(images, np.uint8)
        assert [img.tolist() for img in images] == [[2], [255]]

    def test_list_wrong_length(self):
        with pytest.raises(InvalidValueError, match="dtypes"):
            iadt.change_dtypes_([np.zeros((1,))], [np.uint8, np.uint8])

    def test_bad_input(self):
        with pytest.raises(Exception, match="Expected numpy array or"):
            iadt.change_dtypes_("abc", np.uint8)

    def test_restore_is_alias(self):
        images = [np.array([1.6], np.float32)]
        dtypes = iadt.copy_dtypes_for_restore([np.zeros((1,), np.uint8)])
        out = iadt.restore_dtypes_(images, dtypes)
        assert out[0].dtype == np.uint8
        assert out[0].tolist() == [2]
        arr = iadt.restore_dtypes_(np.array([1.2, 3.7]), np.int16, round=False)
        assert arr.tolist() == [1, 3]


class TestCopyDtypesForRestore:
    def test_array(self):
        arr = np.zeros((3, 2), np.int16)
        assert iadt.copy_dtypes_for_restore(arr) == np.dtype("int16")
        assert (
            iadt.copy_dtypes_for_restore(arr, force_list=True)
            == [np.dtype("int16")] * 3
        )

    def test_list(self):
        images = [np.zeros((1,), np.uint8), np.zeros((1,), np.float32)]
        assert iadt.copy_dtypes_for_restore(images) == [
            np.dtype("uint8"),
            np.dtype("float32"),
        ]


class TestIncreaseItemsize:
    @pytest.mark.parametrize(
        ("dtype", "factor", "expected"),
        [
            ("uint8", 2, "uint16"),
            ("int8", 4, "int32"),
            ("int16", 1, "int16"),
            ("float16", 2, "float32"),
            ("uint8", 8, "uint64"),
        ],
    )
    def test_values(self, dtype, factor, expected):
        assert iadt.increase_itemsize_of_dtype(dtype, factor) == np.dtype(expected)

    def test_impossible(self):
        with pytest.raises(TypeError, match="Unable to create a numpy dtype matching"):
            iadt.increase_itemsize_of_dtype("int64", 2)

    def test_bool_rejected(self):
        with pytest.raises(InvalidValueError, match="bool"):
            iadt.increase_itemsize_of_dtype(bool, 2)

    @pytest.mark.parametrize("factor", [3, 0, 2.0, True])
    def test_bad_factor(self, factor):
        with pytest.raises(AssertionError, match="factor"):
            iadt.increase_itemsize_of_dtype("uint8", factor)


class TestMinimalDtype:
    def test_promotion(self):
        assert iadt.get_minimal_dtype(["uint8", "int8"]) == np.dtype("int16")
        arrs = [np.zeros((1,), np.uint8), np.zeros((1,), np.float16)]
        assert iadt.get_minimal_dtype(arrs) == np.dtype("float16")
        assert iadt.get_minimal_dtype([np.zeros((1,), np.int8)]) == np.dtype("int8")

    def test_increase_factor(self):
        assert iadt.get_minimal_dtype(
            ["uint8", "int8"], increase_itemsize_factor=2
        ) == np.dtype("int32")

    def test_empty(self):
        with pytest.raises(InvalidValueError, match="arrays"):
            iadt.get_minimal_dtype([])

    def test_promote_array_dtypes(self):
        arrays = [np.array([1], np.uint8), np.array([-1], np.int8)]
        out = iadt.promote_array_dtypes_(arrays)
        assert [a.dtype for a in out] == [np.dtype("int16")] * 2
        assert [a.tolist() for a in out] == [[1], [-1]]

    def test_promote_array_dtypes_given_dtypes(self):
        arrays = [np.array([1.7], np.float32)]
        out = iadt.promote_array_dtypes_(arrays, dtypes=["float32", "float64"])
        assert out[0].dtype == np.float64

    def test_increase_array_resolutions(self):
        arrays = [np.array([255], np.uint8), np.array([1.5], np.float16)]
        out = iadt.increase_array_resolutions_(arrays, 2)
        assert [a.dtype for a in out] == [np.dtype("uint16"), np.dtype("float32")]
        arr = iadt.increase_array_resolutions_(np.zeros((3, 2), np.int8), 2)
        assert arr.dtype == np.int16


class TestValueRange:
    @pytest.mark.parametrize(
        ("dtype", "expected"),
        [
            ("uint8", (0, 127.5, 255)),
            ("uint16", (0, 32767.5, 65535)),
            ("int8", (-128, -0.5, 127)),
            ("int32", (-(2**31), -0.5, 2**31 - 1)),
            ("bool", (0, None, 1)),
        ],
    )
    def test_int_like(self, dtype, expected):
        assert iadt.get_value_range_of_dtype(dtype) == expected

    def test_float(self):
        finfo = np.finfo(np.float16)
        assert iadt.get_value_range_of_dtype(np.float16) == (finfo.min, 0.0, finfo.max)

    def test_unsupported(self):
        with pytest.raises(Exception, match="Cannot estimate value range"):
            iadt.get_value_range_of_dtype(np.complex64)


class TestClip:
    def test_in_place(self):
        arr = np.array([0, 100, 200], np.uint8)
        out = iadt.clip_(arr, 50, 150)
        assert out is arr
        assert arr.tolist() == [50, 100, 150]

    def test_bounds_outside_dtype_range_ignored(self):
        arr = np.array([-5, 0, 5], np.int8)
        assert iadt.clip_(arr, -1000, 1000).tolist() == [-5, 0, 5]
        assert iadt.clip_(arr, None, 3).tolist() == [-5, 0, 3]

    def test_int32_stays_int32(self):
        arr = np.array([-5, 0, 2**31 - 1], np.int32)
        out = iadt.clip_(arr, 0, 100)
        assert out.dtype == np.int32
        assert out.tolist() == [0, 0, 100]

    def test_uint32_with_huge_bound(self):
        arr = np.array([0, 10], np.int32)
        out = iadt.clip_(arr, 0, np.iinfo(np.uint32).max)
        assert out.tolist() == [0, 10]

    def test_float_bounds_on_int_array(self):
        out = iadt.clip_(np.array([0, 5, 10], np.uint8), 0.5, 9.5)
        assert out.tolist() == [1, 5, 9]

    def test_float(self):
        arr = np.array([-1.5, 0.5, 2.5], np.float16)
        out = iadt.clip_(arr, 0.0, 1.0)
        assert out.dtype == np.float16
        assert out.tolist() == [0.0, 0.5, 1.0]

    def test_zero_dim_out_of_place(self):
        arr = np.array(5, np.int32)
        out = iadt.clip_(arr, 0, 3)
        assert isinstance(out, np.ndarray)
        assert out.dtype == np.int32
        assert int(out) == 3
        assert int(arr) == 5

    # issue 18, item 5: numpy scalars are accepted as in 0.4.0
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (np.int8(-10), -1),
            (np.uint8(200), 10),
            (np.int32(7), 7),
            (np.float16(100), 10.0),
            (np.float32(-3.5), -1.0),
            (np.float64(5.5), 5.5),
        ],
    )
    def test_numpy_scalars(self, value, expected):
        out = iadt.clip_(value, -1, 10)
        assert isinstance(out, np.generic)
        assert out.dtype == value.dtype
        assert out == expected

    def test_numpy_scalar_bool_and_64bit(self):
        assert iadt.clip_(np.bool_(False), 1, 1) == np.True_
        with pytest.raises(ValueError, match="forbidden dtype"):
            iadt.clip_(np.int64(3), 0, 1)

    def test_read_only_out_of_place(self):
        arr = np.array([0, 100, 200], np.uint8)
        arr.flags.writeable = False
        out = iadt.clip_(arr, 50, 150)
        assert out.tolist() == [50, 100, 150]
        assert arr.tolist() == [0, 100, 200]
        converted = iadt.change_dtype_(arr, np.int8)
        assert converted.tolist() == [0, 100, 127]

    def test_bool(self):
        arr = np.array([True, False])
        assert iadt.clip_(arr, 0, 1).tolist() == [True, False]
        assert iadt.clip_(np.array([True, False]), 1, 1).tolist() == [True, True]
        assert iadt.clip_(np.array([True, False]), 0, 0).tolist() == [False, False]

    @pytest.mark.parametrize("dtype", [np.int64, np.uint64])
    def test_rejects_64bit_ints(self, dtype):
        with pytest.raises(ValueError, match="forbidden dtype"):
            iadt.clip_(np.zeros((2,), dtype), 0, 1)

    def test_clip_to_dtype_value_range(self):
        arr = np.array([-5.0, 300.0])
        with pytest.raises(AssertionError, match="Minimum value of array is outside"):
            iadt.clip_to_dtype_value_range_(arr.copy(), np.uint8)
        with pytest.raises(AssertionError, match="Maximum value of array is outside"):
            iadt.clip_to_dtype_value_range_(np.array([5.0, 300.0]), np.uint8)
        out = iadt.clip_to_dtype_value_range_(arr.copy(), np.uint8, validate=False)
        assert out.tolist() == [0.0, 255.0]

    def test_clip_to_dtype_value_range_partial_validation(self):
        arr = np.array([5.0, 300.0])
        out = iadt.clip_to_dtype_value_range_(arr, np.uint8, validate=1)
        assert out.tolist() == [5.0, 255.0]

    def test_clip_to_dtype_value_range_given_values(self):
        arr = np.array([5.0, 300.0])
        out = iadt.clip_to_dtype_value_range_(
            arr, np.uint8, validate_values=(5.0, 10.0)
        )
        assert out.tolist() == [5.0, 255.0]
        with pytest.raises(AssertionError, match="Maximum"):
            iadt.clip_to_dtype_value_range_(arr, np.uint8, validate_values=(5.0, 400.0))

    def test_clip_to_dtype_value_range_empty(self):
        out = iadt.clip_to_dtype_value_range_(np.zeros((0,)), np.uint8)
        assert out.shape == (0,)


class TestGateDtypes:
    def test_allowed_silent(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            iadt.gate_dtypes(np.zeros((1,), np.uint8), ["uint8"], ["float32"])
            iadt.gate_dtypes(np.dtype("uint8"), ["uint8"], [])
            iadt.gate_dtypes([np.zeros((1,), np.uint8), "uint8"], ["uint8"], [])
            iadt.gate_dtypes([], ["uint8"], [])

    def test_disallowed_raises(self):
        with pytest.raises(ValueError) as exc:
            iadt.gate_dtypes(np.zeros((1,), np.float32), ["uint8"], ["float32", "int8"])
        assert (
            str(exc.value)
            == "Got dtype 'float32', which is a forbidden dtype (float32, int8)."
        )

    def test_disallowed_raises_with_augmenter(self):
        with pytest.raises(ValueError) as exc:
            iadt.gate_dtypes(
                np.float32, ["uint8"], ["float32"], augmenter=_FakeAugmenter()
            )
        assert str(exc.value) == (
            "Got dtype 'float32' in augmenter 'MyAug' (class '_FakeAugmenter'), "
            "which is a forbidden dtype (float32)."
        )

    def test_unknown_warns(self):
        with pytest.warns(UserWarning) as record:
            iadt.gate_dtypes(np.zeros((1,), np.int16), ["uint8"], ["float32"])
        assert str(record[0].message) == (
            "Got dtype 'int16', which was neither explicitly allowed (uint8), nor "
            "explicitly disallowed (float32). Generated outputs may contain errors."
        )

    def test_unknown_warns_with_augmenter(self):
        with pytest.warns(
            UserWarning, match="in augmenter 'MyAug' \\(class '_FakeAugmenter'\\)"
        ):
            iadt.gate_dtypes([np.int16], ["uint8"], [], augmenter=_FakeAugmenter())

    def test_list_mixed(self):
        arrays = [np.zeros((1,), np.uint8), np.zeros((1,), np.int64)]
        with pytest.raises(ValueError, match="'int64'"):
            iadt.gate_dtypes(arrays, ["uint8"], ["int64"])

    def test_list_of_allowed_arrays_then_unknown_or_forbidden(self):
        allowed = [np.zeros((1,), np.uint8), np.zeros((1,), np.float32)]
        iadt.gate_dtypes(allowed, ["uint8", "float32"], ["int64"])
        with pytest.warns(UserWarning, match="'int16'"):
            iadt.gate_dtypes(allowed + [np.int16], ["uint8", "float32"], [])
        with pytest.raises(ValueError, match="'int64'"):
            iadt.gate_dtypes(
                allowed + [np.zeros((1,), np.int64)], ["uint8", "float32"], ["int64"]
            )

    def test_float128_name_is_tolerated(self):
        allowed = ["uint8", "float128"]
        iadt.gate_dtypes(np.zeros((1,), np.uint8), allowed, ["float16"])
        if HAS_FLOAT128:
            iadt.gate_dtypes(np.zeros((1,), np.float128), allowed, ["float16"])

    def test_unresolvable_names_skipped(self):
        iadt.gate_dtypes(np.uint8, ["uint8", "float2048"], ["nonsense-dtype"])

    def test_empty_allowed(self):
        with pytest.raises(AssertionError, match="allowed"):
            iadt.gate_dtypes(np.uint8, [], ["uint8"])

    def test_overlap(self):
        with pytest.raises(AssertionError, match="both arguments"):
            iadt.gate_dtypes(np.uint8, ["uint8", "int8"], ["int8"])

    def test_non_string_names(self):
        with pytest.raises(TypeError, match="allowed"):
            iadt.gate_dtypes(np.uint8, [np.uint8], [])

    def test_cache_hit_returns_same_result(self):
        allowed = ["uint8", "int16"]
        for _ in range(3):
            iadt.gate_dtypes(np.zeros((1,), np.int16), allowed, [])
        with pytest.raises(ValueError, match="forbidden"):
            iadt.gate_dtypes(np.zeros((1,), np.int8), allowed, ["int8"])
