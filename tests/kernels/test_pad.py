"""Tests for imgaug._kernels.pad (pad, pad_to_*, compute_paddings_*)."""

import cv2
import numpy as np
import pytest

from imgaug._kernels import cv2util
from imgaug._kernels.pad import (
    PAD_MODES,
    compute_paddings_to_reach_aspect_ratio,
    compute_paddings_to_reach_multiples_of,
    compute_paddings_to_reach_powers_of,
    pad,
    pad_to_aspect_ratio,
    pad_to_multiples_of,
)

ALL_DTYPES = [
    "bool",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
]
if hasattr(np, "float128"):
    ALL_DTYPES.append("float128")

NON_CONSTANT_MODES = [mode for mode in PAD_MODES if mode != "constant"]


def _arr(shape, dtype):
    values = np.arange(int(np.prod(shape))).reshape(shape) % 7
    if np.dtype(dtype).kind == "b":
        return values % 2 == 1
    return values.astype(dtype)


def _np_pad(arr, top, right, bottom, left, mode):
    widths = [(top, bottom), (left, right)] + [(0, 0)] * (arr.ndim - 2)
    return np.pad(arr, widths, mode=mode)


class TestPadExactValues:
    def test_constant_2d(self):
        arr = np.array([[1, 2], [3, 4]], dtype=np.uint8)
        observed = pad(arr, top=1, right=2, bottom=0, left=1, cval=9)
        assert observed.tolist() == [
            [9, 9, 9, 9, 9],
            [9, 1, 2, 9, 9],
            [9, 3, 4, 9, 9],
        ]

    def test_edge(self):
        arr = np.array([[1, 2], [3, 4]], dtype=np.uint8)
        observed = pad(arr, top=1, left=1, mode="edge")
        assert observed.tolist() == [[1, 1, 2], [1, 1, 2], [3, 3, 4]]

    def test_reflect_and_symmetric(self):
        arr = np.array([[1, 2, 3]], dtype=np.int16)
        assert pad(arr, left=2, mode="reflect").tolist() == [[3, 2, 1, 2, 3]]
        assert pad(arr, left=2, mode="symmetric").tolist() == [[2, 1, 1, 2, 3]]

    def test_wrap(self):
        arr = np.array([[1, 2, 3]], dtype=np.float32)
        assert pad(arr, right=4, mode="wrap").tolist() == [[1, 2, 3, 1, 2, 3, 1]]

    def test_linear_ramp(self):
        arr = np.array([[10, 10]], dtype=np.uint8)
        observed = pad(arr, left=2, mode="linear_ramp", cval=0)
        assert observed.tolist() == [[0, 5, 10, 10]]

    @pytest.mark.parametrize(
        ("mode", "expected"),
        [("maximum", 5), ("minimum", 1), ("mean", 3), ("median", 3)],
    )
    def test_statistic_modes(self, mode, expected):
        arr = np.array([[1, 3, 5]], dtype=np.uint8)
        observed = pad(arr, left=1, mode=mode)
        assert observed.tolist() == [[expected, 1, 3, 5]]

    def test_3d_per_channel_cval(self):
        arr = np.zeros((1, 1, 3), dtype=np.uint8)
        observed = pad(arr, top=1, cval=(10, 20, 30))
        assert observed[0, 0].tolist() == [10, 20, 30]
        assert observed[1, 0].tolist() == [0, 0, 0]

    def test_3d_scalar_cval_fills_all_channels(self):
        arr = np.zeros((1, 1, 3), dtype=np.uint8)
        assert pad(arr, left=1, cval=7)[0, 0].tolist() == [7, 7, 7]

    @pytest.mark.parametrize("nb_channels", [5, 9])
    def test_many_channels_per_channel_cval(self, nb_channels):
        arr = np.zeros((2, 2, nb_channels), dtype=np.float32)
        cval = list(range(1, nb_channels + 1))
        observed = pad(arr, 1, 1, 1, 1, cval=cval)
        assert observed.shape == (4, 4, nb_channels)
        assert observed[0, 0].tolist() == cval
        assert observed[3, 3].tolist() == cval
        assert observed[1, 1].tolist() == [0] * nb_channels

    def test_linear_ramp_per_channel_cval(self):
        arr = np.full((1, 1, 2), 100, dtype=np.uint8)
        observed = pad(arr, left=2, mode="linear_ramp", cval=[0, 200])
        assert observed[0, :, 0].tolist() == [0, 50, 100]
        assert observed[0, :, 1].tolist() == [200, 150, 100]

    @pytest.mark.parametrize(
        ("border", "mode"),
        [
            (cv2.BORDER_CONSTANT, "constant"),
            (cv2.BORDER_REPLICATE, "edge"),
            (cv2.BORDER_REFLECT_101, "reflect"),
            (cv2.BORDER_REFLECT, "symmetric"),
            (cv2.BORDER_WRAP, "wrap"),
        ],
    )
    def test_cv2_border_constants_as_mode(self, border, mode):
        arr = _arr((3, 4, 3), np.uint8)
        assert np.array_equal(
            pad(arr, 1, 2, 3, 4, mode=border, cval=5),
            pad(arr, 1, 2, 3, 4, mode=mode, cval=5),
        )


class TestPadRoutes:
    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("mode", ["edge", "reflect", "symmetric", "wrap"])
    @pytest.mark.parametrize("shape", [(3, 2), (3, 2, 1), (3, 2, 3), (1, 1, 5)])
    def test_matches_numpy_pad(self, dtype, mode, shape):
        arr = _arr(shape, dtype)
        observed = pad(arr, 4, 1, 2, 5, mode=mode)
        assert observed.dtype == arr.dtype
        assert np.array_equal(observed, _np_pad(arr, 4, 1, 2, 5, mode))

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("shape", [(3, 2), (3, 2, 1), (3, 2, 4), (2, 2, 6)])
    def test_constant_matches_numpy_pad(self, dtype, shape):
        arr = _arr(shape, dtype)
        observed = pad(arr, 2, 0, 1, 3, mode="constant", cval=1)
        widths = [(2, 1), (3, 0)] + [(0, 0)] * (arr.ndim - 2)
        expected = np.pad(arr, widths, mode="constant", constant_values=1)
        assert observed.dtype == arr.dtype
        assert np.array_equal(observed, expected)

    @pytest.mark.parametrize("dtype", ["uint8", "int16", "float32", "float64", "bool"])
    @pytest.mark.parametrize("mode", ["maximum", "minimum", "mean", "median"])
    def test_statistic_modes_match_numpy(self, dtype, mode):
        arr = _arr((3, 4, 2), dtype)
        observed = pad(arr, 1, 2, 3, 0, mode=mode)
        assert np.array_equal(observed, _np_pad(arr, 1, 2, 3, 0, mode))

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("mode", ["maximum", "minimum", "mean", "median"])
    @pytest.mark.parametrize(
        "amounts", [(1, 2, 3, 0), (0, 0, 2, 0), (0, 3, 0, 1), (4, 4, 4, 4)]
    )
    @pytest.mark.parametrize("shape", [(5, 6, 3), (4, 3), (1, 1, 2), (6, 5, 7)])
    def test_statistic_modes_equal_numpy_exactly(self, dtype, mode, amounts, shape):
        # the fast statistic route (reductions over contiguous copies) must give
        # np.pad's values, incl. rounded means/medians and corners from the rows
        rng = np.random.default_rng(sum(shape) + len(mode))
        values = rng.integers(0, 200, size=shape)
        if np.dtype(dtype).kind == "b":
            arr = values % 2 == 1
        elif np.dtype(dtype).kind == "f":
            arr = (values / 7.0).astype(dtype)
        else:
            arr = values.astype(dtype)
        if dtype == "bool" and mode == "median":
            pytest.skip("np.median does not support bool arrays")
        observed = pad(arr, *amounts, mode=mode)
        expected = _np_pad(arr, *amounts, mode)
        assert observed.dtype == expected.dtype
        if np.dtype(dtype).kind == "f":
            assert np.allclose(observed, expected, rtol=1e-6, atol=0)
        else:
            assert np.array_equal(observed, expected)

    def test_many_channels_beyond_cv2_limit(self):
        nb_channels = cv2util.get_max_channels() * 2 + 3
        arr = _arr((3, 3, nb_channels), np.uint8)
        for mode in ("edge", "reflect"):
            observed = pad(arr, 2, 1, 0, 3, mode=mode)
            assert np.array_equal(observed, _np_pad(arr, 2, 1, 0, 3, mode))
        observed = pad(arr, 1, 1, 1, 1, cval=3)
        assert observed.shape == (5, 5, nb_channels)
        assert np.all(observed[0] == 3)

    def test_pad_larger_than_array(self):
        arr = _arr((2, 3), np.uint8)
        for mode in ("reflect", "symmetric", "wrap", "edge"):
            assert np.array_equal(
                pad(arr, 7, 8, 9, 10, mode=mode), _np_pad(arr, 7, 8, 9, 10, mode)
            )


class TestCval:
    @pytest.mark.parametrize(
        ("dtype", "cval", "expected"),
        [
            ("uint8", 300, 255),
            ("uint8", -5, 0),
            ("uint8", 1.6, 2),
            ("uint8", 2.5, 2),
            ("int8", 200, 127),
            ("int8", -200, -128),
            ("uint16", 70000, 65535),
            ("int32", 2**40, 2**31 - 1),
            ("uint64", 2**64 + 5, 2**64 - 1),
            ("int64", -(2**70), -(2**63)),
            ("bool", 2, True),
            ("bool", 0.2, False),
            ("uint8", float("inf"), 255),
        ],
    )
    def test_cval_is_clipped_and_rounded(self, dtype, cval, expected):
        arr = np.zeros((1, 1), dtype=dtype)
        observed = pad(arr, left=1, cval=cval)
        assert observed.dtype == np.dtype(dtype)
        assert observed[0, 0] == expected

    def test_float16_cval_clipped(self):
        observed = pad(np.zeros((1, 1), np.float16), left=1, cval=1e10)
        assert observed[0, 0] == np.finfo(np.float16).max

    @pytest.mark.parametrize(
        ("dtype", "cval", "expected"),
        [
            ("float32", float("inf"), np.finfo(np.float32).max),
            ("float32", -1e300, np.finfo(np.float32).min),
            ("float32", np.float64(1e300), np.finfo(np.float32).max),
            ("float64", float("-inf"), np.finfo(np.float64).min),
            ("float32", 5, 5.0),
        ],
    )
    def test_float_cval_clipped_to_finite_range(self, dtype, cval, expected):
        observed = pad(np.zeros((1, 1), dtype), left=1, cval=cval)
        assert observed.dtype == np.dtype(dtype)
        assert observed[0, 0] == expected

    def test_float_nan_cval_kept(self):
        assert np.isnan(pad(np.zeros((1, 1), np.float32), left=1, cval=np.nan)[0, 0])

    # issue 18, item 10: no detour through float64
    @pytest.mark.skipif(not hasattr(np, "float128"), reason="no float128")
    def test_float128_cval_keeps_precision(self):
        cval = np.float128(1) + np.float128(2) ** -60
        arr = np.zeros((1, 1), np.float128)
        assert pad(arr, left=1, cval=cval)[0, 0] == cval
        assert pad(arr[..., None], left=1, cval=[cval])[0, 0, 0] == cval
        assert pad(arr, left=1, cval=np.array(cval))[0, 0] == cval

    def test_numpy_scalar_and_0d_cval(self):
        arr = np.zeros((1, 1, 2), np.uint8)
        assert pad(arr, left=1, cval=np.uint8(4))[0, 0].tolist() == [4, 4]
        assert pad(arr, left=1, cval=np.array(5))[0, 0].tolist() == [5, 5]
        assert pad(arr, left=1, cval=np.array([6, 7]))[0, 0].tolist() == [6, 7]

    def test_per_channel_cval_clipped(self):
        arr = np.zeros((1, 1, 2), np.uint8)
        assert pad(arr, left=1, cval=(-1, 999))[0, 0].tolist() == [0, 255]

    def test_wrong_cval_length_fails(self):
        with pytest.raises(ValueError, match="cval"):
            pad(np.zeros((2, 2, 3), np.uint8), left=1, cval=(1, 2))

    def test_nan_cval_for_int_fails(self):
        with pytest.raises(ValueError, match="cval"):
            pad(np.zeros((2, 2), np.uint8), left=1, cval=float("nan"))

    def test_non_numeric_cval_fails(self):
        with pytest.raises(TypeError, match="cval"):
            pad(np.zeros((2, 2), np.uint8), left=1, cval="a")


class TestPadGeneral:
    def test_nothing_to_pad_returns_copy(self):
        arr = _arr((2, 2), np.uint8)
        observed = pad(arr)
        assert observed is not arr
        assert not np.shares_memory(observed, arr)
        assert np.array_equal(observed, arr)

    @pytest.mark.parametrize("mode", PAD_MODES)
    def test_always_new_array_and_input_unchanged(self, mode):
        arr = _arr((3, 3, 2), np.uint8)
        before = arr.copy()
        observed = pad(arr, 1, 1, 1, 1, mode=mode)
        assert not np.shares_memory(observed, arr)
        assert np.array_equal(arr, before)

    def test_non_contiguous_input(self):
        arr = _arr((4, 6, 3), np.uint8)[:, ::2]
        assert np.array_equal(
            pad(arr, 1, 1, 1, 1, mode="edge"), _np_pad(arr, 1, 1, 1, 1, "edge")
        )

    @pytest.mark.parametrize("mode", PAD_MODES)
    @pytest.mark.parametrize("shape", [(0, 3), (3, 0, 2), (0, 0, 3), (2, 2, 0)])
    def test_zero_sized_axes_use_constant(self, mode, shape):
        arr = np.zeros(shape, dtype=np.uint8)
        observed = pad(arr, 1, 2, 1, 0, mode=mode, cval=4)
        expected_shape = (shape[0] + 2, shape[1] + 2) + shape[2:]
        assert observed.shape == expected_shape
        assert np.all(observed == 4)

    def test_float_amounts_that_are_integers_accepted(self):
        assert pad(np.zeros((1, 1), np.uint8), top=1.0).shape == (2, 1)

    @pytest.mark.parametrize("name", ["top", "right", "bottom", "left"])
    def test_negative_amount_fails(self, name):
        with pytest.raises(ValueError, match=name):
            pad(np.zeros((2, 2), np.uint8), **{name: -1})

    def test_fractional_amount_fails(self):
        with pytest.raises(TypeError, match="top"):
            pad(np.zeros((2, 2), np.uint8), top=1.5)

    @pytest.mark.parametrize("shape", [(2,), (1, 2, 2, 1)])
    def test_bad_ndim_fails(self, shape):
        with pytest.raises(ValueError, match="arr"):
            pad(np.zeros(shape, np.uint8), top=1)

    @pytest.mark.parametrize("mode", ["foo", 99, None])
    def test_bad_mode_fails(self, mode):
        with pytest.raises(ValueError, match="mode"):
            pad(np.zeros((2, 2), np.uint8), top=1, mode=mode)

    def test_not_an_array_fails(self):
        with pytest.raises(TypeError, match="arr"):
            pad([[1]], top=1)


class TestComputePaddingsToReachAspectRatio:
    @pytest.mark.parametrize(
        ("shape", "ratio", "expected"),
        [
            ((4, 4), 1.0, (0, 0, 0, 0)),
            ((4, 2), 1.0, (0, 1, 0, 1)),
            ((4, 3), 1.0, (0, 1, 0, 0)),
            ((2, 4), 1.0, (1, 0, 1, 0)),
            ((3, 4), 1.0, (0, 0, 1, 0)),
            ((4, 4), 2.0, (0, 2, 0, 2)),
            ((4, 4), 0.5, (2, 0, 2, 0)),
            ((4, 4, 3), 1.5, (0, 1, 0, 1)),
            ((0, 4), 1.0, (1, 0, 3, 0)),
            ((4, 0), 1.0, (0, 3, 0, 1)),
            ((0, 0), 1.0, (0, 1, 1, 0)),
        ],
    )
    def test_values(self, shape, ratio, expected):
        assert compute_paddings_to_reach_aspect_ratio(shape, ratio) == expected

    def test_array_input(self):
        arr = np.zeros((4, 2, 3), np.uint8)
        assert compute_paddings_to_reach_aspect_ratio(arr, 1.0) == (0, 1, 0, 1)

    @pytest.mark.parametrize("ratio", [0, -1.0, "a"])
    def test_bad_ratio_fails(self, ratio):
        with pytest.raises(ValueError, match="aspect_ratio"):
            compute_paddings_to_reach_aspect_ratio((4, 4), ratio)

    def test_bad_shape_fails(self):
        with pytest.raises(ValueError, match="arr"):
            compute_paddings_to_reach_aspect_ratio((4,), 1.0)
        with pytest.raises(TypeError, match="arr"):
            compute_paddings_to_reach_aspect_ratio(4, 1.0)

    def test_returns_python_ints(self):
        amounts = compute_paddings_to_reach_aspect_ratio((3, 7), 1.3)
        assert all(type(v) is int for v in amounts)


class TestComputePaddingsToReachMultiplesOf:
    @pytest.mark.parametrize(
        ("shape", "multiples", "expected"),
        [
            ((4, 4), (2, 2), (0, 0, 0, 0)),
            ((5, 8), (4, 3), (1, 1, 2, 0)),
            ((5, 5), (None, 4), (0, 2, 0, 1)),
            ((5, 5), (4, None), (1, 0, 2, 0)),
            ((0, 3), (4, 4), (2, 1, 2, 0)),
            ((1, 1), (1, 1), (0, 0, 0, 0)),
        ],
    )
    def test_values(self, shape, multiples, expected):
        assert compute_paddings_to_reach_multiples_of(shape, *multiples) == expected

    @pytest.mark.parametrize("multiple", [0, -2])
    def test_bad_multiple_fails(self, multiple):
        with pytest.raises(ValueError, match="height_multiple"):
            compute_paddings_to_reach_multiples_of((4, 4), multiple, 2)

    def test_fractional_multiple_fails(self):
        with pytest.raises(TypeError, match="width_multiple"):
            compute_paddings_to_reach_multiples_of((4, 4), 2, 2.5)


class TestComputePaddingsToReachPowersOf:
    @pytest.mark.parametrize(
        ("shape", "bases", "allow_zero", "expected"),
        [
            ((4, 4), (2, 2), False, (0, 0, 0, 0)),
            ((5, 9), (2, 3), False, (1, 0, 2, 0)),
            ((1, 1), (2, 3), False, (0, 1, 1, 1)),
            ((1, 1), (2, 3), True, (0, 1, 1, 1)),
            ((0, 0), (2, 3), False, (1, 2, 1, 1)),
            ((0, 0), (2, 3), True, (0, 1, 1, 0)),
            ((10, 3), (None, 3), False, (0, 0, 0, 0)),
            ((125, 243), (5, 3), False, (0, 0, 0, 0)),
            ((126, 1000), (5, 10), False, (249, 0, 250, 0)),
        ],
    )
    def test_values(self, shape, bases, allow_zero, expected):
        observed = compute_paddings_to_reach_powers_of(
            shape, *bases, allow_zero_exponent=allow_zero
        )
        assert observed == expected

    @pytest.mark.parametrize("base", [0, 1])
    def test_bad_base_fails(self, base):
        with pytest.raises(ValueError, match="width_base"):
            compute_paddings_to_reach_powers_of((4, 4), 2, base)


class TestPadTo:
    def test_pad_to_aspect_ratio(self):
        arr = np.ones((4, 2), np.uint8)
        observed = pad_to_aspect_ratio(arr, 1.0, cval=5)
        assert observed.tolist() == [[5, 1, 1, 5]] * 4

    def test_pad_to_aspect_ratio_return_amounts(self):
        arr = np.ones((4, 2, 3), np.uint8)
        observed, amounts = pad_to_aspect_ratio(arr, 1.0, return_pad_amounts=True)
        assert observed.shape == (4, 4, 3)
        assert amounts == (0, 1, 0, 1)

    def test_pad_to_multiples_of(self):
        arr = np.array([[1, 2, 3]], dtype=np.uint8)
        observed, amounts = pad_to_multiples_of(
            arr, 2, 2, mode="edge", return_pad_amounts=True
        )
        assert amounts == (0, 1, 1, 0)
        assert observed.tolist() == [[1, 2, 3, 3], [1, 2, 3, 3]]

    def test_pad_to_multiples_of_constant(self):
        arr = np.ones((1, 1), np.float32)
        observed = pad_to_multiples_of(arr, 3, None, cval=0.5)
        assert observed[:, 0].tolist() == [0.5, 1.0, 0.5]
