"""Tests for imgaug._kernels.blend (blend_alpha)."""

import numpy as np
import pytest

from imgaug._kernels.blend import _blend_float, blend_alpha, blend_uint8_mask

INT_DTYPES = ["uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64"]
FLOAT_DTYPES = ["float16", "float32", "float64"]
HAS_FLOAT128 = hasattr(np, "float128")


def _reference(fg, bg, alpha):
    compute = np.longdouble if HAS_FLOAT128 else np.float64
    result = bg.astype(compute) + np.asarray(alpha, compute) * (
        fg.astype(compute) - bg.astype(compute)
    )
    return result


class TestValues:
    def test_scalar_uint8(self):
        fg = np.full((2, 2, 3), 200, dtype=np.uint8)
        bg = np.zeros((2, 2, 3), dtype=np.uint8)
        assert np.all(blend_alpha(fg, bg, 0.25) == 50)
        assert np.all(blend_alpha(fg, bg, 0.5) == 100)

    def test_scalar_rounding(self):
        fg = np.full((1, 1), 3, dtype=np.uint8)
        bg = np.zeros((1, 1), dtype=np.uint8)
        # 3 * 0.5 = 1.5 -> 2 (round half to even)
        assert blend_alpha(fg, bg, 0.5).tolist() == [[2]]

    def test_per_channel_vector(self):
        fg = np.full((1, 1, 3), 200, dtype=np.uint8)
        bg = np.zeros((1, 1, 3), dtype=np.uint8)
        observed = blend_alpha(fg, bg, np.array([0.5, 0.25, 1.0]))
        assert observed[0, 0].tolist() == [100, 50, 200]

    def test_hw_mask(self):
        fg = np.full((1, 2, 3), 100, dtype=np.uint8)
        bg = np.full((1, 2, 3), 20, dtype=np.uint8)
        alpha = np.array([[0.0, 0.5]], dtype=np.float32)
        observed = blend_alpha(fg, bg, alpha)
        assert observed[0, 0].tolist() == [20, 20, 20]
        assert observed[0, 1].tolist() == [60, 60, 60]

    def test_hw1_and_hwc_masks(self):
        fg = np.full((1, 2, 2), 100, dtype=np.int16)
        bg = np.full((1, 2, 2), -100, dtype=np.int16)
        hw1 = np.array([[[0.25], [0.75]]])
        assert blend_alpha(fg, bg, hw1)[0].tolist() == [[-50, -50], [50, 50]]
        hwc = np.array([[[0.25, 0.5], [0.75, 1.0]]])
        assert blend_alpha(fg, bg, hwc)[0].tolist() == [[-50, 0], [50, 100]]

    def test_2d_images(self):
        fg = np.full((2, 3), 10.0, dtype=np.float32)
        bg = np.zeros((2, 3), dtype=np.float32)
        observed = blend_alpha(fg, bg, np.full((2, 3), 0.3))
        assert observed.shape == (2, 3)
        assert np.allclose(observed, 3.0)
        assert blend_alpha(fg, bg, 0.3).shape == (2, 3)

    def test_single_value_vector(self):
        fg = np.full((1, 1, 3), 200, dtype=np.uint8)
        bg = np.zeros((1, 1, 3), dtype=np.uint8)
        assert blend_alpha(fg, bg, np.array([0.5]))[0, 0].tolist() == [100] * 3

    def test_0d_array_alpha(self):
        fg = np.full((1, 1, 3), 200, dtype=np.uint8)
        bg = np.zeros((1, 1, 3), dtype=np.uint8)
        assert blend_alpha(fg, bg, np.float32(0.5))[0, 0].tolist() == [100] * 3
        assert blend_alpha(fg, bg, np.array(0.5))[0, 0].tolist() == [100] * 3


class TestShortcuts:
    def test_near_one_returns_copy_of_fg(self):
        fg = np.full((2, 2, 3), 201, dtype=np.uint8)
        bg = np.zeros((2, 2, 3), dtype=np.uint8)
        observed = blend_alpha(fg, bg, 0.995)
        assert np.array_equal(observed, fg)
        assert not np.shares_memory(observed, fg)

    def test_near_zero_returns_copy_of_bg(self):
        fg = np.full((2, 2, 3), 201, dtype=np.uint8)
        bg = np.full((2, 2, 3), 3, dtype=np.uint8)
        observed = blend_alpha(fg, bg, np.full((2, 2), 0.004))
        assert np.array_equal(observed, bg)
        assert not np.shares_memory(observed, bg)

    def test_custom_eps(self):
        fg = np.full((1, 1), 200, dtype=np.uint8)
        bg = np.zeros((1, 1), dtype=np.uint8)
        assert blend_alpha(fg, bg, 0.9, eps=0.2).tolist() == [[200]]
        assert blend_alpha(fg, bg, 0.9, eps=0.0).tolist() == [[180]]


class TestDtypes:
    @pytest.mark.parametrize("dtype", INT_DTYPES)
    @pytest.mark.parametrize("alpha", [0.3, "mask"])
    def test_integer_dtypes(self, dtype, alpha):
        info = np.iinfo(dtype)
        fg = np.array([[info.max, info.min, 10]], dtype=dtype)
        bg = np.array([[info.min, info.max, 20]], dtype=dtype)
        alpha_value = np.array([[0.3, 0.7, 0.5]]) if alpha == "mask" else alpha
        observed = blend_alpha(fg, bg, alpha_value)
        expected = np.round(_reference(fg, bg, alpha_value))
        assert observed.dtype == np.dtype(dtype)
        tolerance = 1 if np.dtype(dtype).itemsize < 8 else 2**12
        diff = np.abs(observed.astype(np.longdouble) - expected.astype(np.longdouble))
        assert np.all(diff <= tolerance)
        assert observed[0, 2] == (15 if alpha == "mask" else 17)

    @pytest.mark.parametrize("dtype", FLOAT_DTYPES)
    def test_float_dtypes(self, dtype):
        fg = np.array([[1.0, -4.0, 1000.0]], dtype=dtype)
        bg = np.array([[0.0, 4.0, -1000.0]], dtype=dtype)
        observed = blend_alpha(fg, bg, 0.25)
        assert observed.dtype == np.dtype(dtype)
        assert np.allclose(observed.astype(np.float64), [[0.25, 2.0, -500.0]])

    def test_float64_extreme_values_stay_finite(self):
        big = np.finfo(np.float64).max
        fg = np.array([[big]], dtype=np.float64)
        bg = np.array([[-big]], dtype=np.float64)
        observed = blend_alpha(fg, bg, 0.5)
        if HAS_FLOAT128:
            assert observed[0, 0] == 0.0
        assert observed.dtype == np.float64

    @pytest.mark.parametrize(
        ("alpha", "expected"),
        [(0.6, [True, True, False]), (0.4, [True, False, False])],
    )
    def test_bool(self, alpha, expected):
        fg = np.array([[True, True, False]])
        bg = np.array([[True, False, False]])
        observed = blend_alpha(fg, bg, alpha)
        assert observed.dtype == np.bool_
        assert observed[0].tolist() == expected

    def test_bool_no_shortcut_needed(self):
        fg = np.array([[True]])
        bg = np.array([[False]])
        assert blend_alpha(fg, bg, 1.0).tolist() == [[True]]
        assert blend_alpha(fg, bg, 0.0).tolist() == [[False]]

    def test_mixed_itemsize_same_kind_promotes(self):
        fg = np.full((1, 1), 1000, dtype=np.uint16)
        bg = np.zeros((1, 1), dtype=np.uint8)
        observed = blend_alpha(fg, bg, 0.5)
        assert observed.dtype == np.uint16
        assert observed.tolist() == [[500]]
        assert blend_alpha(fg, bg, 1.0).dtype == np.uint16

    @pytest.mark.skipif(not HAS_FLOAT128, reason="numpy has no float128 here")
    def test_float128_rejected(self):
        arr = np.zeros((2, 2), dtype=np.float128)
        with pytest.raises(ValueError, match="float128"):
            blend_alpha(arr, arr, 0.5)


class TestUint8Routes:
    def test_scalar_route_close_to_float_route(self):
        # cv2.addWeighted may round exact .5 ties differently from the float path
        rng = np.random.default_rng(0)
        fg = rng.integers(0, 256, size=(16, 16, 3)).astype(np.uint8)
        bg = rng.integers(0, 256, size=(16, 16, 3)).astype(np.uint8)
        for alpha in (0.1, 0.33, 0.5, 0.77, 0.9):
            scalar = blend_alpha(fg, bg, alpha)
            as_mask = blend_alpha(fg, bg, np.full((16, 16), alpha))
            diff = np.abs(scalar.astype(np.int16) - as_mask.astype(np.int16))
            assert diff.max() <= 1
            assert np.mean(diff) < 0.03

    @pytest.mark.parametrize("nb_channels", [1, 5, 600])
    def test_scalar_route_any_channel_count(self, nb_channels):
        fg = np.full((2, 3, nb_channels), 200, dtype=np.uint8)
        bg = np.full((2, 3, nb_channels), 100, dtype=np.uint8)
        observed = blend_alpha(fg, bg, 0.5)
        assert observed.shape == (2, 3, nb_channels)
        assert np.all(observed == 150)

    @pytest.mark.parametrize("nb_channels", [1, 3, 4, 5, 600])
    @pytest.mark.parametrize("mask_channels", ["none", "one", "all"])
    def test_mask_route_equals_float_route(self, nb_channels, mask_channels):
        # the OpenCV passes do the float32 arithmetic of the general path, so
        # every pixel (.5 ties from alpha 0.5 and odd differences included) agrees
        rng = np.random.default_rng(nb_channels)
        shape = (9, 7, nb_channels)
        fg = rng.integers(0, 256, size=shape).astype(np.uint8)
        bg = rng.integers(0, 256, size=shape).astype(np.uint8)
        alpha = rng.random((9, 7, nb_channels if mask_channels == "all" else 1))
        alpha[0:3] = 0.5
        if mask_channels == "none":
            alpha = alpha[:, :, 0]
        expected = _blend_float(fg, bg, np.reshape(alpha, (9, 7, -1)), fg.dtype)
        assert np.array_equal(blend_alpha(fg, bg, alpha), expected)
        assert np.array_equal(blend_uint8_mask(fg, bg, alpha), expected)

    def test_mask_route_2d_images(self):
        fg = np.array([[10, 11], [200, 255]], dtype=np.uint8)
        bg = np.array([[0, 0], [100, 0]], dtype=np.uint8)
        alpha = np.array([[0.5, 0.5], [0.25, 1.0]], dtype=np.float32)
        # 5.0, 5.5 -> 6 (half to even), 125.0, 255.0
        assert blend_uint8_mask(fg, bg, alpha).tolist() == [[5, 6], [125, 255]]

    def test_non_contiguous_inputs(self):
        fg = np.full((4, 8, 3), 200, dtype=np.uint8)[:, ::2]
        bg = np.zeros((4, 8, 3), dtype=np.uint8)[:, 1::2]
        assert np.all(blend_alpha(fg, bg, 0.5) == 100)


class TestGeneral:
    def test_inputs_not_modified(self):
        fg = np.full((2, 2, 3), 200, dtype=np.uint8)
        bg = np.full((2, 2, 3), 10, dtype=np.uint8)
        alpha = np.full((2, 2), 0.5)
        copies = (fg.copy(), bg.copy(), alpha.copy())
        blend_alpha(fg, bg, alpha)
        blend_alpha(fg, bg, 0.3)
        for arr, copy in zip((fg, bg, alpha), copies):
            assert np.array_equal(arr, copy)

    @pytest.mark.parametrize("shape", [(0, 3, 3), (2, 0), (2, 2, 0)])
    def test_zero_sized(self, shape):
        fg = np.zeros(shape, np.uint8)
        observed = blend_alpha(fg, fg, 0.5)
        assert observed.shape == shape
        assert observed is not fg

    def test_shape_mismatch_fails(self):
        with pytest.raises(ValueError, match="same shape"):
            blend_alpha(np.zeros((2, 2), np.uint8), np.zeros((2, 3), np.uint8), 0.5)

    def test_kind_mismatch_fails(self):
        with pytest.raises(ValueError, match="dtype kind"):
            blend_alpha(np.zeros((2, 2), np.uint8), np.zeros((2, 2), np.int8), 0.5)

    @pytest.mark.parametrize("alpha", [-0.1, 1.1, np.array([0.5, 1.5, 0.5])])
    def test_alpha_out_of_range_fails(self, alpha):
        arr = np.zeros((2, 2, 3), np.uint8)
        with pytest.raises(ValueError, match="alpha"):
            blend_alpha(arr, arr, alpha)

    @pytest.mark.parametrize(
        "alpha",
        [np.zeros((2,)), np.zeros((3, 2)), np.zeros((2, 2, 2)), np.zeros((1, 2, 2, 1))],
    )
    def test_alpha_bad_shape_fails(self, alpha):
        arr = np.zeros((2, 2, 3), np.uint8)
        with pytest.raises(ValueError, match="alpha"):
            blend_alpha(arr, arr, alpha)

    def test_alpha_bad_type_fails(self):
        arr = np.zeros((2, 2, 3), np.uint8)
        with pytest.raises(TypeError, match="alpha"):
            blend_alpha(arr, arr, np.array(["a"]))

    def test_bad_image_fails(self):
        with pytest.raises(TypeError, match="image_fg"):
            blend_alpha([[1]], np.zeros((1, 1), np.uint8), 0.5)
        with pytest.raises(ValueError, match="image_bg"):
            blend_alpha(np.zeros((1, 1), np.uint8), np.zeros((1,), np.uint8), 0.5)
