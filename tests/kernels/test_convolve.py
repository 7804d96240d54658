"""Tests for imgaug._kernels.convolve and imgaug._kernels.motion_blur."""

import cv2
import numpy as np
import pytest

import imgaug.dtypes as iadt
from imgaug._kernels import convolve as _convolve
from imgaug._kernels import motion_blur as _motion_blur


def _random(shape, dtype=np.uint8, seed=0):
    return np.random.default_rng(seed).integers(0, 200, size=shape).astype(dtype)


class TestFilter2d:
    def test_identity_kernel(self):
        image = _random((5, 6, 3))
        kernel = np.zeros((3, 3))
        kernel[1, 1] = 1.0
        out = _convolve.filter2d(image, kernel)
        assert np.array_equal(out, image) and out is not image

    def test_2d_and_zero_sized(self):
        image = _random((5, 6))
        out = _convolve.filter2d(image, np.full((1, 3), 1 / 3))
        assert out.shape == (5, 6)
        empty = np.zeros((0, 4, 3), np.uint8)
        assert _convolve.filter2d(empty, np.ones((3, 3))).shape == (0, 4, 3)

    def test_int8_clipped(self):
        image = np.full((3, 3, 1), 100, dtype=np.int8)
        out = _convolve.filter2d(image, np.full((1, 1), 2.0))
        assert out.dtype == np.int8 and np.all(out == 127)
        out = _convolve.filter2d(-image, np.full((1, 1), 2.0))
        assert np.all(out == -128)

    def test_float16_and_bool(self):
        image = np.zeros((3, 4, 1), dtype=np.float16)
        image[1, 1] = 1.0
        out = _convolve.filter2d(image, np.full((1, 2), 0.5))
        assert out.dtype == np.float16
        mask = np.zeros((3, 6, 1), dtype=bool)
        mask[1, 2] = True
        out_bool = _convolve.filter2d(mask, np.full((1, 3), 0.4))
        assert out_bool.dtype == bool and out_bool.sum() == 0

    def test_per_channel_equals_filter2d(self):
        image = _random((6, 7, 3))
        kernel = np.array([[0, 1, 0], [1, 4, 1], [0, 1, 0]]) / 8
        whole = _convolve.filter2d(image, kernel)
        per_channel = _convolve.filter2d_per_channel(image, [kernel] * 3)
        assert np.array_equal(whole, per_channel)

    def test_per_channel_none_keeps_channel_and_input(self):
        image = _random((6, 7, 2))
        before = image.copy()
        out = _convolve.filter2d_per_channel(image, [None, np.full((1, 1), 0.5)])
        assert np.array_equal(image, before)
        assert np.array_equal(out[:, :, 0], image[:, :, 0])
        assert np.array_equal(out[:, :, 1], np.round(image[:, :, 1] / 2.0))


_WORK_DTYPES = {"bool": "float32", "float16": "float32", "int8": "int16"}


@pytest.mark.parametrize(
    "dtype",
    ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32", "float64"],
)
@pytest.mark.parametrize(
    "shape",
    [(1, 1), (1, 1, 1), (1, 1, 3), (7, 9), (7, 9, 1), (8, 5, 4), (6, 7, 5)],
)
@pytest.mark.parametrize(
    "kernel",
    [
        np.array([[-0.5, -0.5, -0.5], [-0.5, 5.0, -0.5], [-0.5, -0.5, -0.5]]),
        np.array([[-1.0, -0.5, 0.0], [-0.5, 1.0, 0.5], [0.0, 0.5, 1.0]]),
        np.full((1, 5), 0.2),
        np.linspace(-1, 1, 15 * 13).reshape(15, 13),  # > 130 taps: OpenCV's DFT
    ],
    ids=["sharpen", "emboss", "box", "large"],
)
def test_filter2d_in_place_on_copy_equals_allocating(dtype, shape, kernel):
    # filter2d filters a copy in place (dst=src): same values as cv2.filter2D
    # writing a new array (also through the DFT route), input unchanged
    image = _random(shape, seed=sum(shape)).astype(dtype)
    before = image.copy()
    work = image.astype(_WORK_DTYPES.get(dtype, dtype))
    expected = cv2.filter2D(work, -1, kernel, borderType=cv2.BORDER_REFLECT_101)
    expected = expected.reshape(shape)
    if dtype == "bool":
        expected = expected > 0.5
    elif expected.dtype != image.dtype:
        expected = iadt.restore_dtypes_(expected, image.dtype)
    out = _convolve.filter2d(image, kernel)
    assert out.dtype == image.dtype and out.shape == shape
    assert np.array_equal(out, expected)
    assert np.array_equal(image, before)


def test_filter2d_many_channels_and_views():
    image = _random((5, 6, 140), seed=3)
    kernel = np.array([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]])
    before = image.copy()
    for arr in (image, image[:, ::-1, 3:10]):
        expected = np.stack(
            [
                cv2.filter2D(np.ascontiguousarray(arr[:, :, c]), -1, kernel)
                for c in range(arr.shape[2])
            ],
            axis=2,
        )
        assert np.array_equal(_convolve.filter2d(arr, kernel), expected)
    assert np.array_equal(image, before)


class TestFloat32Route:
    """uint8 images with non-negative kernels are filtered in float32."""

    @pytest.mark.parametrize("k", [3, 5, 7, 11])
    def test_motion_blur_equals_opencv_uint8_filter(self, k):
        import imgaug.data

        image = imgaug.data.quokka(size=(96, 128))
        for angle in (0.0, 23.5, 90.0, 211.0):
            kernel = _motion_blur.motion_blur_kernel(k, angle, 0.4)
            expected = cv2.filter2D(
                image, -1, kernel, borderType=cv2.BORDER_REFLECT_101
            )
            assert np.array_equal(_convolve.filter2d(image, kernel), expected)
            assert np.array_equal(
                _convolve.filter2d_per_channel(image, [kernel] * 3), expected
            )

    def test_rounds_to_nearest_and_saturates(self):
        image = np.array([[1, 2, 200, 201]], dtype=np.uint8)
        assert _convolve.filter2d(image, np.full((1, 1), 0.5)).tolist() == [
            [0, 1, 100, 100]
        ]  # 0.5, 1.0, 100.0, 100.5: half to even, as OpenCV's uint8 filter
        assert np.all(_convolve.filter2d(image, np.full((1, 1), 2.0))[0, 2:] == 255)

    @pytest.mark.parametrize(
        "kernel",
        [
            np.array([[-1.0, -1.0, -1.0], [-1.0, 9.0, -1.0], [-1.0, -1.0, -1.0]]),
            np.full((13, 13), 1 / 169),  # large: OpenCV's own (DFT) route
        ],
        ids=["negative", "large"],
    )
    def test_other_kernels_use_opencv_uint8_filter(self, kernel):
        image = _random((20, 30, 3))
        assert not _convolve._uses_float32_route(image, kernel)
        expected = cv2.filter2D(image, -1, kernel, borderType=cv2.BORDER_REFLECT_101)
        assert np.array_equal(_convolve.filter2d(image, kernel), expected)


class TestMotionBlurKernel:
    @pytest.mark.parametrize("k", [3, 4, 7, 10])
    def test_shape_sum_and_odd(self, k):
        kernel = _motion_blur.motion_blur_kernel(k, 33.0, 0.2)
        size = k + 1 if k % 2 == 0 else k
        assert kernel.shape == (size, size) and kernel.dtype == np.float32
        assert kernel.sum() == pytest.approx(1.0, abs=1e-5)

    def test_unrotated_column(self):
        kernel = _motion_blur.motion_blur_kernel(5, 0.0, 1.0)
        # linspace(1, 0, 5) * 255 truncated: 255, 191, 127, 63, 0
        weights = np.array([255, 191, 127, 63, 0], dtype=np.float32) / 255
        assert np.allclose(kernel[:, 2], weights / weights.sum())
        assert np.count_nonzero(kernel) == 4

    def test_rotation_is_clockwise(self):
        kernel = _motion_blur.motion_blur_kernel(5, 90.0, 1.0)
        # the heavy top end moves to the right
        assert kernel[2, 4] > kernel[2, 3] > kernel[2, 1]
        assert np.count_nonzero(kernel[[0, 1, 3, 4]]) == 0

    def test_direction_clipped_and_cached(self):
        first = _motion_blur.motion_blur_kernel(7, 10.0, 3.0)
        second = _motion_blur.motion_blur_kernel(7, 10.0, 1.0)
        assert first is second
        assert not first.flags.writeable

    def test_spline_order_uses_warp_kernel(self):
        kernel = _motion_blur.motion_blur_kernel(7, 30.0, 0.0, order=5)
        assert kernel.sum() == pytest.approx(1.0, abs=1e-5)
        assert kernel[3, 3] > 0

    def test_apply(self):
        image = np.zeros((9, 9, 2), dtype=np.uint8)
        image[4, 4] = 210
        out = _motion_blur.apply_motion_blur(image, 3, 0.0, 0.0)
        assert out[3:6, 4, 0].tolist() == [70, 70, 70]
        assert np.array_equal(out[:, :, 0], out[:, :, 1])
