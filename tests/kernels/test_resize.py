"""Tests for imgaug._kernels.resize (imresize_many_images / imresize_single_image)."""

import cv2
import numpy as np
import pytest

from imgaug._kernels import cv2util
from imgaug._kernels.resize import (
    IMRESIZE_VALID_INTERPOLATIONS,
    imresize_any_dtype,
    imresize_many_images,
    imresize_single_image,
)

NEAREST_OK = ["bool", "uint8", "uint16", "int8", "int16", "int32", "float16", "float32"]
NEAREST_OK += ["float64"]
OTHER_OK = ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32", "float64"]
ALWAYS_BAD = ["uint32", "uint64", "int64"]


def _ramp(shape, dtype=np.uint8, scale=1):
    return (np.arange(int(np.prod(shape))).reshape(shape) * scale).astype(dtype)


class TestSizes:
    def test_linear_downscale_exact_values(self):
        image = _ramp((4, 4), scale=2)
        observed = imresize_single_image(image, (2, 2), interpolation="linear")
        assert observed.tolist() == [[5, 9], [21, 25]]

    def test_nearest_upscale_exact_values(self):
        image = np.array([[0, 100], [200, 250]], dtype=np.uint8)
        observed = imresize_single_image(image, (4, 4), interpolation="nearest")
        assert observed.tolist() == [
            [0, 0, 100, 100],
            [0, 0, 100, 100],
            [200, 200, 250, 250],
            [200, 200, 250, 250],
        ]

    def test_default_interpolation_is_area_when_growing(self):
        image = _ramp((3, 5, 3), scale=7)
        observed = imresize_single_image(image, (7, 4))
        expected = cv2.resize(image, (4, 7), interpolation=cv2.INTER_AREA)
        assert np.array_equal(observed, expected)

    def test_default_interpolation_is_linear_when_shrinking(self):
        image = _ramp((8, 6, 3), scale=1)
        observed = imresize_single_image(image, (3, 4))
        expected = cv2.resize(image, (4, 3), interpolation=cv2.INTER_LINEAR)
        assert np.array_equal(observed, expected)

    def test_single_int_applies_to_both_axes(self):
        images = np.zeros((2, 4, 6, 3), dtype=np.uint8)
        assert imresize_many_images(images, 3).shape == (2, 3, 3, 3)

    def test_single_float_is_a_fraction(self):
        images = np.zeros((2, 4, 6, 3), dtype=np.uint8)
        assert imresize_many_images(images, 0.5).shape == (2, 2, 3, 3)

    def test_tuple_of_fractions_uses_python_round(self):
        images = np.zeros((1, 5, 7), dtype=np.uint8)
        # 5*0.5 = 2.5 -> 2 (round half to even), 7*0.5 = 3.5 -> 4
        assert imresize_many_images(images, (0.5, 0.5)).shape == (1, 2, 4)

    def test_mixed_int_and_float(self):
        images = np.zeros((1, 4, 6, 1), dtype=np.uint8)
        assert imresize_many_images(images, (10, 0.5)).shape == (1, 10, 3, 1)

    def test_list_sizes_accepted(self):
        images = np.zeros((1, 4, 6, 1), dtype=np.uint8)
        assert imresize_many_images(images, [2, 3]).shape == (1, 2, 3, 1)

    @pytest.mark.parametrize("sizes", [0, -1, 0.0, -0.5])
    def test_single_number_not_positive_fails(self, sizes):
        with pytest.raises(ValueError, match=">= 0"):
            imresize_many_images(np.zeros((1, 4, 4), dtype=np.uint8), sizes)

    @pytest.mark.parametrize("sizes", [(-1, 4), (4, -0.5)])
    def test_negative_tuple_entry_fails(self, sizes):
        with pytest.raises(AssertionError, match="sizes"):
            imresize_many_images(np.zeros((1, 4, 4), dtype=np.uint8), sizes)

    @pytest.mark.parametrize("sizes", [(1, 2, 3), (1,), ("a", 2)])
    def test_bad_tuple_fails(self, sizes):
        with pytest.raises(ValueError, match="sizes"):
            imresize_many_images(np.zeros((1, 4, 4), dtype=np.uint8), sizes)

    def test_none_sizes_fails(self):
        with pytest.raises(TypeError, match="sizes"):
            imresize_many_images(np.zeros((1, 4, 4), dtype=np.uint8), None)


class TestInterpolation:
    @pytest.mark.parametrize(
        ("name", "flag"),
        [
            ("nearest", cv2.INTER_NEAREST),
            ("linear", cv2.INTER_LINEAR),
            ("area", cv2.INTER_AREA),
            ("cubic", cv2.INTER_CUBIC),
        ],
    )
    def test_string_and_cv2_constant_agree(self, name, flag):
        image = _ramp((5, 6, 3), scale=3)
        by_name = imresize_single_image(image, (9, 4), interpolation=name)
        by_flag = imresize_single_image(image, (9, 4), interpolation=flag)
        expected = cv2.resize(image, (4, 9), interpolation=flag)
        assert np.array_equal(by_name, expected)
        assert np.array_equal(by_flag, expected)

    @pytest.mark.parametrize("interpolation", ["bilinear", 99, 1.0, True])
    def test_invalid_interpolation_fails(self, interpolation):
        with pytest.raises(ValueError, match="interpolation"):
            imresize_single_image(np.zeros((4, 4), np.uint8), (2, 2), interpolation)

    def test_valid_list_content(self):
        assert IMRESIZE_VALID_INTERPOLATIONS == [
            "nearest",
            "linear",
            "area",
            "cubic",
            cv2.INTER_NEAREST,
            cv2.INTER_LINEAR,
            cv2.INTER_AREA,
            cv2.INTER_CUBIC,
        ]


class TestDtypes:
    @pytest.mark.parametrize("dtype", NEAREST_OK)
    def test_nearest_keeps_dtype_and_values(self, dtype):
        image = np.zeros((2, 2), dtype=dtype)
        image[0, 1] = 1
        observed = imresize_single_image(image, (4, 4), interpolation="nearest")
        assert observed.dtype == np.dtype(dtype)
        expected = np.zeros((4, 4), dtype=dtype)
        expected[0:2, 2:4] = 1
        assert np.array_equal(observed, expected)

    @pytest.mark.parametrize("dtype", OTHER_OK)
    @pytest.mark.parametrize("interpolation", ["linear", "area", "cubic"])
    def test_other_interpolations_keep_dtype(self, dtype, interpolation):
        image = np.ones((4, 4, 2), dtype=dtype)
        observed = imresize_single_image(image, (7, 3), interpolation=interpolation)
        assert observed.dtype == np.dtype(dtype)
        assert observed.shape == (7, 3, 2)
        if observed.dtype.kind == "f":
            assert np.allclose(observed.astype(np.float64), 1.0, atol=1e-3)
        else:
            assert np.all(observed == 1)

    @pytest.mark.parametrize("interpolation", ["linear", "area", "cubic"])
    def test_int32_rejected_unless_nearest(self, interpolation):
        with pytest.raises(ValueError, match="int32"):
            imresize_single_image(np.zeros((4, 4), np.int32), (2, 2), interpolation)

    @pytest.mark.parametrize("dtype", ALWAYS_BAD + ["float128"])
    @pytest.mark.parametrize("interpolation", ["nearest", "linear"])
    def test_always_rejected(self, dtype, interpolation):
        if not hasattr(np, dtype):
            pytest.skip(f"numpy has no {dtype} here")
        with pytest.raises(ValueError, match=dtype):
            imresize_single_image(np.zeros((4, 4), dtype), (2, 2), interpolation)

    def test_bool_linear_thresholds(self):
        image = np.array([[True, False], [False, False]])
        observed = imresize_single_image(image, (4, 4), interpolation="linear")
        as_uint8 = cv2.resize(
            image.astype(np.uint8) * 255, (4, 4), interpolation=cv2.INTER_LINEAR
        )
        assert observed.dtype == np.bool_
        assert np.array_equal(observed, as_uint8 > 127)
        assert observed[0, 0]
        assert not observed[3, 3]

    def test_int8_linear_keeps_negative_values(self):
        image = np.full((3, 3), -100, dtype=np.int8)
        image[1, 1] = -128
        observed = imresize_single_image(image, (6, 6), interpolation="linear")
        expected = cv2.resize(
            image.astype(np.int16), (6, 6), interpolation=cv2.INTER_LINEAR
        )
        assert observed.dtype == np.int8
        assert np.array_equal(observed, expected.astype(np.int8))

    def test_int8_cubic_overshoot_is_clipped(self):
        image = np.full((4, 4), -128, dtype=np.int8)
        image[:, 2:] = 127
        observed = imresize_single_image(image, (4, 9), interpolation="cubic")
        assert observed.dtype == np.int8
        assert observed.min() == -128
        assert observed.max() == 127

    def test_float16_cubic_overshoot_is_clipped(self):
        limit = float(np.finfo(np.float16).max)
        image = np.full((4, 4), -limit, dtype=np.float16)
        image[:, 2:] = limit
        observed = imresize_single_image(image, (4, 9), interpolation="cubic")
        assert observed.dtype == np.float16
        assert np.all(np.isfinite(observed))

    def test_float_values_match_cv2(self):
        image = np.linspace(0, 1, 30, dtype=np.float32).reshape(5, 6)
        observed = imresize_single_image(image, (3, 3), interpolation="cubic")
        expected = cv2.resize(image, (3, 3), interpolation=cv2.INTER_CUBIC)
        assert np.array_equal(observed, expected)


class TestContainers:
    def test_empty_list_is_returned(self):
        images = []
        assert imresize_many_images(images, (2, 2)) is images

    def test_array_in_array_out(self):
        images = np.zeros((3, 4, 4, 3), dtype=np.uint8)
        observed = imresize_many_images(images, (2, 5))
        assert isinstance(observed, np.ndarray)
        assert observed.shape == (3, 2, 5, 3)

    def test_3d_array_is_a_batch_of_grayscale_images(self):
        images = np.stack([_ramp((4, 4), scale=2), _ramp((4, 4), scale=2)[::-1]])
        observed = imresize_many_images(images, (2, 2), interpolation="linear")
        assert observed.shape == (2, 2, 2)
        assert observed[0].tolist() == [[5, 9], [21, 25]]

    def test_list_of_equal_shapes_returns_list(self):
        images = [_ramp((4, 4, 3)), _ramp((4, 4, 3)) + 1]
        observed = imresize_many_images(images, (2, 2))
        assert isinstance(observed, list)
        assert len(observed) == 2
        for image_in, image_out in zip(images, observed):
            assert np.array_equal(image_out, imresize_single_image(image_in, (2, 2)))

    def test_list_of_different_shapes(self):
        images = [np.zeros((4, 4, 3), np.uint8), np.zeros((6, 2), np.uint8)]
        observed = imresize_many_images(images, 0.5)
        assert [image.shape for image in observed] == [(2, 2, 3), (3, 1)]

    def test_list_of_different_dtypes(self):
        images = [np.zeros((4, 4), np.uint8), np.ones((4, 4), np.float32)]
        observed = imresize_many_images(images, (2, 2))
        assert [image.dtype for image in observed] == [np.uint8, np.float32]

    def test_same_size_returns_copy(self):
        images = _ramp((2, 4, 4, 3))
        observed = imresize_many_images(images, (4, 4))
        assert observed is not images
        assert not np.shares_memory(observed, images)
        assert np.array_equal(observed, images)

    def test_input_not_modified(self):
        images = _ramp((2, 4, 4, 3))
        before = images.copy()
        imresize_many_images(images, (8, 3))
        assert np.array_equal(images, before)

    def test_non_contiguous_input(self):
        image = _ramp((6, 8, 3), scale=3)[:, ::2]
        observed = imresize_single_image(image, (3, 2), interpolation="linear")
        expected = cv2.resize(np.ascontiguousarray(image), (2, 3))
        assert np.array_equal(observed, expected)

    @pytest.mark.parametrize("ndim", [1, 2, 5])
    def test_bad_array_ndim_fails(self, ndim):
        with pytest.raises(ValueError, match="images"):
            imresize_many_images(np.zeros((2,) * ndim, dtype=np.uint8), (1, 1))

    def test_list_with_non_array_fails(self):
        with pytest.raises(TypeError, match="images"):
            imresize_many_images([np.zeros((2, 2), np.uint8), "x"], (1, 1))


class TestZeroSizes:
    def test_zero_target_gives_zeros(self):
        images = np.ones((2, 4, 4, 3), dtype=np.uint16)
        observed = imresize_many_images(images, (0, 3))
        assert observed.shape == (2, 0, 3, 3)
        assert observed.dtype == np.uint16

    def test_zero_channels_gives_zeros(self):
        images = np.ones((2, 4, 4, 0), dtype=np.float32)
        observed = imresize_many_images(images, (2, 3))
        assert observed.shape == (2, 2, 3, 0)

    def test_zero_sized_input_same_size_is_copied(self):
        images = np.zeros((1, 0, 4, 3), dtype=np.uint8)
        assert imresize_many_images(images, (0, 4)).shape == (1, 0, 4, 3)

    def test_zero_sized_input_needing_resize_fails(self):
        images = np.zeros((1, 0, 4, 3), dtype=np.uint8)
        with pytest.raises(AssertionError, match="height and/or width"):
            imresize_many_images(images, (2, 2))


class TestChannels:
    def test_one_channel_axis_is_kept(self):
        image = _ramp((4, 4, 1))
        observed = imresize_single_image(image, (2, 3))
        assert observed.shape == (2, 3, 1)

    @pytest.mark.parametrize("nb_channels", [5, 129, 600])
    def test_many_channels_match_channelwise_resize(self, nb_channels):
        rng = np.random.default_rng(0)
        image = rng.integers(0, 255, size=(3, 4, nb_channels)).astype(np.uint8)
        observed = imresize_single_image(image, (5, 2), interpolation="linear")
        expected = np.stack(
            [
                cv2.resize(image[:, :, c], (2, 5), interpolation=cv2.INTER_LINEAR)
                for c in range(nb_channels)
            ],
            axis=-1,
        )
        assert observed.shape == (5, 2, nb_channels)
        assert np.array_equal(observed, expected)

    def test_chunk_leaving_a_single_channel(self):
        nb_channels = cv2util.get_max_channels() + 1
        image = np.ones((2, 2, nb_channels), dtype=np.float32)
        observed = imresize_single_image(image, (3, 3))
        assert observed.shape == (3, 3, nb_channels)
        assert np.allclose(observed, 1.0)


class TestSingleImage:
    def test_2d_in_2d_out(self):
        assert imresize_single_image(np.zeros((4, 6), np.uint8), 0.5).shape == (2, 3)

    def test_3d_in_3d_out(self):
        observed = imresize_single_image(np.zeros((4, 6, 2), np.uint8), (1, 1))
        assert observed.shape == (1, 1, 2)

    @pytest.mark.parametrize("shape", [(4,), (1, 4, 4, 3)])
    def test_bad_ndim_fails(self, shape):
        with pytest.raises(ValueError, match="image"):
            imresize_single_image(np.zeros(shape, np.uint8), (2, 2))

    def test_not_an_array_fails(self):
        with pytest.raises(TypeError, match="image"):
            imresize_single_image([[1, 2]], (2, 2))

    @pytest.mark.parametrize("sizes", [(4, 6), 1.0, (1.0, 6), 4.0 / 4.0])
    @pytest.mark.parametrize("dtype", ["uint8", "bool", "int8", "float16", "float64"])
    def test_same_size_is_a_copy_like_the_batch_route(self, sizes, dtype):
        image = (np.arange(4 * 6 * 2).reshape(4, 6, 2) % 2).astype(dtype)
        observed = imresize_single_image(image, sizes, interpolation="linear")
        expected = imresize_many_images(image[np.newaxis], sizes, "linear")[0]
        assert observed.dtype == expected.dtype
        assert np.array_equal(observed, expected)
        assert not np.shares_memory(observed, image)

    def test_same_size_keeps_the_checks(self):
        with pytest.raises(ValueError, match="uint32"):
            imresize_single_image(np.zeros((4, 4), np.uint32), (4, 4), "linear")
        with pytest.raises(ValueError, match="interpolation"):
            imresize_single_image(np.zeros((4, 4), np.uint8), (4, 4), "bogus")
        with pytest.raises(ValueError, match="sizes"):
            imresize_single_image(np.zeros((4, 4), np.uint8), (4, -4), "linear")
        int32 = np.arange(16, dtype=np.int32).reshape(4, 4)
        assert np.array_equal(imresize_single_image(int32, 1.0, "nearest"), int32)


def test_area_with_more_than_four_channels_equals_per_group_results():
    rng = np.random.default_rng(0)
    image = rng.integers(0, 255, size=(7, 9, 6), dtype=np.uint8)
    observed = imresize_single_image(image, (10, 13), interpolation="area")
    expected = np.concatenate(
        [
            imresize_single_image(image[..., c : c + 3], (10, 13), interpolation="area")
            for c in (0, 3)
        ],
        axis=2,
    )
    assert observed.shape == (10, 13, 6)
    assert np.array_equal(observed, expected)


class TestAnyDtype:
    @pytest.mark.parametrize("dtype", ["uint32", "int32", "uint64", "int64"])
    def test_wide_integers_resized_as_float64(self, dtype):
        image = (np.arange(4 * 6 * 2).reshape(4, 6, 2) * 1000).astype(dtype)
        observed = imresize_any_dtype(image, (7, 5), interpolation="linear")
        expected = imresize_single_image(
            image.astype(np.float64), (7, 5), interpolation="linear"
        )
        assert observed.dtype.name == dtype
        assert np.array_equal(observed, np.round(expected).astype(dtype))

    def test_clipped_to_the_dtype_range(self):
        image = np.zeros((4, 4), dtype=np.uint32)
        image[1:3, 1:3] = np.iinfo(np.uint32).max
        # cubic interpolation overshoots beyond the maximum
        observed = imresize_any_dtype(image, (9, 9), interpolation="cubic")
        assert observed.max() == np.iinfo(np.uint32).max

    @pytest.mark.parametrize("dtype", ["uint8", "float32", "bool", "int8"])
    def test_other_dtypes_like_imresize_single_image(self, dtype):
        image = (np.arange(5 * 7).reshape(5, 7) % 3).astype(dtype)
        assert np.array_equal(
            imresize_any_dtype(image, (9, 4)), imresize_single_image(image, (9, 4))
        )
