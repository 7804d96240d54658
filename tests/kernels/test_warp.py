"""Tests for imgaug._kernels.warp (affine warping via OpenCV or scipy)."""

import numpy as np
import pytest

from imgaug._kernels.coords import translation_matrix
from imgaug._kernels.warp import (
    MODES,
    choose_backend,
    gate_warp_dtype,
    warp_affine,
    warp_affine_cv2,
)

ALL_OK = ["bool", "uint8", "uint16", "uint32", "int8", "int16", "int32"]
ALL_OK += ["float16", "float32", "float64"]
NEVER_OK = ["uint64", "int64"]
NP_PAD_MODE = {
    "edge": "edge",
    "symmetric": "symmetric",
    "reflect": "reflect",
    "wrap": "wrap",
}
ROT90_3x3 = np.array([[0.0, -1, 2], [1, 0, 0], [0, 0, 1]])  # about pixel (1, 1)


def _ramp(shape, dtype=np.uint8):
    arr = np.arange(int(np.prod(shape))).reshape(shape) % 100
    if np.dtype(dtype).kind == "b":
        return arr % 2 == 1
    return arr.astype(dtype)


class TestExactValues:
    @pytest.mark.parametrize("backend", ["auto", "cv2", "skimage"])
    def test_shift_right_by_one_constant(self, backend):
        image = _ramp((3, 3))
        observed = warp_affine(
            image, translation_matrix(1, 0), order=0, cval=0, backend=backend
        )
        assert observed.tolist() == [[0, 0, 1], [0, 3, 4], [0, 6, 7]]

    @pytest.mark.parametrize("backend", ["auto", "skimage"])
    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_rotate_90_is_exact(self, backend, order):
        image = _ramp((3, 3))
        observed = warp_affine(image, ROT90_3x3, order=order, backend=backend)
        assert np.array_equal(observed, np.rot90(image, -1))

    @pytest.mark.parametrize("mode", [m for m in MODES if m != "constant"])
    @pytest.mark.parametrize("backend", ["cv2", "skimage"])
    @pytest.mark.parametrize("shift", [1, 2])
    def test_modes_match_numpy_padding(self, mode, backend, shift):
        image = _ramp((2, 5), dtype=np.float32)
        observed = warp_affine(
            image, translation_matrix(shift, 0), order=1, mode=mode, backend=backend
        )
        expected = np.pad(image, ((0, 0), (shift, 0)), mode=NP_PAD_MODE[mode])[:, :5]
        assert np.allclose(observed, expected)

    def test_per_channel_cval(self):
        image = np.full((2, 3, 3), 9, dtype=np.uint8)
        observed = warp_affine(image, translation_matrix(1, 0), cval=[1, 2, 3])
        assert observed[:, 0].tolist() == [[1, 2, 3], [1, 2, 3]]
        assert np.all(observed[:, 1:] == 9)

    def test_per_channel_cval_more_than_four_channels(self):
        image = np.full((2, 3, 6), 9, dtype=np.uint8)
        cvals = [1, 2, 3, 4, 5, 6]
        observed = warp_affine(image, translation_matrix(1, 0), order=0, cval=cvals)
        assert observed[0, 0].tolist() == cvals
        assert np.all(observed[:, 1:] == 9)

    def test_single_channel_keeps_channel_axis(self):
        image = _ramp((3, 4, 1))
        observed = warp_affine(image, translation_matrix(1, 0), order=0)
        assert observed.shape == (3, 4, 1)
        assert np.array_equal(observed[:, 1:, 0], image[:, :-1, 0])

    def test_output_shape(self):
        image = _ramp((3, 4, 2))
        observed = warp_affine(image, np.eye(3), output_shape=(2, 6), order=0)
        assert observed.shape == (2, 6, 2)
        assert np.array_equal(observed[:, :4], image[:2])
        assert np.all(observed[:, 4:] == 0)

    def test_two_by_three_matrix_accepted(self):
        image = _ramp((3, 3))
        observed = warp_affine(image, translation_matrix(1, 0)[:2], order=0)
        assert observed[:, 0].tolist() == [0, 0, 0]

    def test_linear_half_pixel(self):
        image = np.array([[0, 100]], dtype=np.float32)
        observed = warp_affine(image, translation_matrix(0.5, 0), mode="edge")
        assert np.allclose(observed, [[0, 50]])


class TestDtypes:
    @pytest.mark.parametrize("dtype", ALL_OK)
    @pytest.mark.parametrize("order", [0, 1, 2, 3, 4, 5])
    def test_keeps_dtype_and_shape_and_values_under_integer_shift(self, dtype, order):
        image = _ramp((4, 5, 3), dtype=dtype)
        observed = warp_affine(image, translation_matrix(1, 0), order=order)
        assert observed.dtype == np.dtype(dtype)
        assert observed.shape == (4, 5, 3)
        if image.dtype.kind == "f":  # splines are exact up to float rounding
            assert np.allclose(observed[:, 1:], image[:, :-1], atol=1e-3)
            assert np.allclose(observed[:, 0], 0, atol=1e-3)
        else:
            assert np.array_equal(observed[:, 1:], image[:, :-1])
            assert np.all(observed[:, 0] == 0)

    @pytest.mark.parametrize(
        "dtype", ["int8", "int16", "int32", "float16", "float32", "float64"]
    )
    def test_negative_values_and_negative_cval(self, dtype):
        image = np.full((2, 3), -5, dtype=dtype)
        observed = warp_affine(image, translation_matrix(1, 0), order=1, cval=-7)
        assert observed.dtype == np.dtype(dtype)
        assert observed.tolist() == [[-7, -5, -5], [-7, -5, -5]]

    @pytest.mark.parametrize("dtype", ["uint16", "int32", "uint32", "float64"])
    def test_large_values_survive_scipy_route(self, dtype):
        info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
        value = int(info.max) - 3 if info else 1e300
        image = np.full((3, 3), value, dtype=dtype)
        observed = warp_affine(image, np.eye(3) @ translation_matrix(1, 0), order=4)
        assert observed[0, 2] == image[0, 0]

    def test_bool_linear_thresholds(self):
        image = np.zeros((1, 4), dtype=bool)
        image[0, 2:] = True
        # output x=2 samples x=1.4 (0.4 -> False), x=3 samples 2.4 (1.0 -> True)
        observed = warp_affine(image, translation_matrix(0.6, 0), mode="edge")
        assert observed.tolist() == [[False, False, False, True]]

    def test_spline_overshoot_is_clipped_to_input_range(self):
        image = np.zeros((8, 8), dtype=np.float32)
        image[3:5, 3:5] = 1.0
        observed = warp_affine(
            image, translation_matrix(0.5, 0.5), order=5, mode="edge"
        )
        assert observed.min() >= 0.0
        assert observed.max() <= 1.0

    def test_uint8_cubic_saturates(self):
        image = np.zeros((6, 6), dtype=np.uint8)
        image[2:4, 2:4] = 255
        observed = warp_affine(image, translation_matrix(0.5, 0.5), order=3)
        assert observed.dtype == np.uint8

    @pytest.mark.parametrize("dtype", NEVER_OK)
    @pytest.mark.parametrize("backend", ["auto", "cv2", "skimage"])
    def test_disallowed(self, dtype, backend):
        with pytest.raises(ValueError, match=dtype):
            warp_affine(np.zeros((2, 2), dtype=dtype), np.eye(3), backend=backend)

    def test_cv2_backend_rejects_uint32_and_int32_interpolation(self):
        with pytest.raises(ValueError, match="uint32"):
            warp_affine(np.zeros((2, 2), np.uint32), np.eye(3), backend="cv2")
        with pytest.raises(ValueError, match="int32"):
            warp_affine(np.zeros((2, 2), np.int32), np.eye(3), order=1, backend="cv2")
        observed = warp_affine(np.ones((2, 2), np.int32), np.eye(3), order=0)
        assert observed.dtype == np.int32


class TestRoutes:
    @pytest.mark.parametrize(
        ("dtype", "order", "expected"),
        [
            ("uint8", 1, "cv2"),
            ("uint8", 2, "skimage"),
            ("uint8", 5, "skimage"),
            ("int32", 0, "cv2"),
            ("int32", 1, "skimage"),
            ("uint32", 0, "skimage"),
            ("bool", 3, "cv2"),
            ("float64", 4, "skimage"),
        ],
    )
    def test_choose_backend_auto(self, dtype, order, expected):
        assert choose_backend(np.dtype(dtype), order) == expected

    def test_choose_backend_forced(self):
        assert choose_backend(np.uint8, 1, "skimage") == "skimage"
        assert choose_backend(np.uint8, 4, "cv2") == "cv2"
        with pytest.raises(ValueError, match="backend"):
            choose_backend(np.uint8, 1, "pil")

    @pytest.mark.parametrize("order", [0, 1])
    @pytest.mark.parametrize("mode", MODES)
    def test_cv2_and_scipy_agree_for_orders_0_and_1(self, order, mode):
        rng = np.random.default_rng(0)
        image = rng.random((9, 11, 2)).astype(np.float32)
        angle = np.deg2rad(17)
        matrix = np.array(
            [
                [np.cos(angle), -np.sin(angle), 1.3],
                [np.sin(angle), np.cos(angle), -0.6],
                [0, 0, 1],
            ]
        )
        a = warp_affine(image, matrix, order=order, mode=mode, cval=0.5)
        b = warp_affine(
            image, matrix, order=order, mode=mode, cval=0.5, backend="skimage"
        )
        # OpenCV quantises coordinates to 1/32 px for linear interpolation
        assert np.max(np.abs(a - b)) < 0.05
        assert np.mean(np.abs(a - b)) < 0.01

    def test_gate_warp_dtype(self):
        gate_warp_dtype(np.uint32, 1)
        with pytest.raises(ValueError):
            gate_warp_dtype(np.uint32, 1, backend="cv2")


class TestEdgeCases:
    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (0, 0)])
    def test_zero_sized(self, shape):
        image = np.zeros(shape, dtype=np.uint8)
        observed = warp_affine(image, translation_matrix(1, 0))
        assert observed.shape == shape
        assert observed is not image

    def test_one_by_one(self):
        image = np.full((1, 1, 3), 7, dtype=np.uint8)
        assert warp_affine(image, np.eye(3)).tolist() == [[[7, 7, 7]]]
        shifted = warp_affine(image, translation_matrix(1, 0), cval=2)
        assert shifted.tolist() == [[[2, 2, 2]]]

    def test_does_not_mutate_and_accepts_views(self):
        base = _ramp((6, 8, 3))
        view = base[::2, ::2]  # not contiguous
        before = base.copy()
        observed = warp_affine(view, translation_matrix(1, 0), order=0)
        assert np.array_equal(base, before)
        assert np.array_equal(observed[:, 1:], view[:, :-1])

    def test_read_only_input(self):
        image = _ramp((3, 3))
        image.flags.writeable = False
        observed = warp_affine(image, translation_matrix(1, 0), order=0)
        assert observed.flags.writeable

    def test_many_channels(self):
        image = _ramp((3, 4, 130))
        observed = warp_affine(image, translation_matrix(1, 0), order=0)
        assert np.array_equal(observed[:, 1:], image[:, :-1])

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"order": 6}, "order"),
            ({"order": True}, "order"),
            ({"mode": "mirror"}, "mode"),
            ({"matrix": np.eye(2)}, "matrix"),
            ({"cval": [1, 2]}, "cval"),
            ({"backend": "pil"}, "backend"),
        ],
    )
    def test_bad_arguments_name_argument(self, kwargs, name):
        args = {"image": _ramp((3, 3, 3)), "matrix": np.eye(3) * 1.0}
        args["matrix"] = translation_matrix(1, 0)
        args.update(kwargs)
        with pytest.raises(ValueError, match=name):
            warp_affine(**args)

    def test_order_5_with_cv2_rejected(self):
        with pytest.raises(ValueError, match="order"):
            warp_affine(_ramp((3, 3)), np.eye(3), order=5, backend="cv2")

    def test_not_an_array(self):
        with pytest.raises(TypeError, match="image"):
            warp_affine([[1, 2]], np.eye(3))


class TestWarpAffineCv2:
    def test_lanczos_and_border_flags(self):
        import cv2

        image = np.full((4, 4, 3), 50, dtype=np.uint8)
        observed = warp_affine_cv2(
            image,
            translation_matrix(1, 0),
            (4, 4),
            cv2.INTER_LANCZOS4,
            cv2.BORDER_CONSTANT,
            [1, 2, 3],
        )
        assert observed[0, 0].tolist() == [1, 2, 3]
        assert np.all(observed[:, 2:] == 50)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("shape", [(1, 7, 3), (7, 1, 3), (1, 1, 3), (1, 5)])
def test_bicubic_reflect_on_one_pixel_axes_returns(shape):
    # OpenCV 5 hangs in warpAffine(INTER_CUBIC, BORDER_REFLECT_101) on such inputs
    image = np.arange(int(np.prod(shape)), dtype=np.uint8).reshape(shape) * 10
    rotate = np.array([[0.98, 0.17, 0.3], [-0.17, 0.98, 0.2], [0.0, 0.0, 1.0]])
    observed = warp_affine(image, rotate, order=3, mode="reflect")
    assert observed.shape == image.shape
    if shape[0] == 1 and shape[1] == 1:
        assert np.array_equal(observed, image)
    doubled = warp_affine(
        np.repeat(np.repeat(image, 2, axis=0), 1, axis=1),
        rotate,
        order=3,
        mode="reflect",
    )
    if shape[0] == 1 and shape[1] > 1:
        assert np.array_equal(observed[0], doubled[0])
