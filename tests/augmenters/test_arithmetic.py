"""Tests for imgaug.augmenters.arithmetic: add/multiply kernels and augmenters."""

import pickle

import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import arithmetic
from imgaug.augmenters.arithmetic import (
    Add,
    AddElementwise,
    Multiply,
    MultiplyElementwise,
    add_elementwise,
    add_scalar,
    multiply_elementwise,
    multiply_scalar,
)

ALLOWED = ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32"]
DISALLOWED = ["uint32", "uint64", "int32", "int64", "float64"]
NUMERIC_ALLOWED = [name for name in ALLOWED if name != "bool"]
INT_ALLOWED = ["uint8", "uint16", "int8", "int16"]


def _limits(dtype):
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        info = np.finfo(dtype)
    else:
        info = np.iinfo(dtype)
    return dtype.type(info.min), dtype.type(info.max)


def _image(shape=(4, 5, 3), seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(np.uint8)


# ------------------------------------------------------------------- add_scalar
class TestAddScalar:
    def test_uint8_exact(self):
        image = np.array([[0, 1, 100, 250, 255]], dtype=np.uint8)
        assert add_scalar(image, 10).tolist() == [[10, 11, 110, 255, 255]]
        assert add_scalar(image, -10).tolist() == [[0, 0, 90, 240, 245]]

    def test_uint8_rounds_value(self):
        image = np.array([[100]], dtype=np.uint8)
        assert add_scalar(image, 2.6).tolist() == [[103]]
        assert add_scalar(image, -2.6).tolist() == [[97]]
        assert add_scalar(image, 2.5).tolist() == [[102]]  # half to even

    def test_uint8_huge_values_saturate(self):
        image = np.array([[0, 128, 255]], dtype=np.uint8)
        assert add_scalar(image, 10**6).tolist() == [[255, 255, 255]]
        assert add_scalar(image, -(10**6)).tolist() == [[0, 0, 0]]

    def test_uint8_per_channel(self):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        result = add_scalar(image, np.array([-200, 0, 200]))
        assert result[..., 0].tolist() == [[0, 0], [0, 0]]
        assert result[..., 1].tolist() == [[100, 100], [100, 100]]
        assert result[..., 2].tolist() == [[255, 255], [255, 255]]

    def test_per_channel_more_than_four_channels(self):
        image = np.full((2, 2, 6), 10, dtype=np.uint8)
        values = np.arange(6) * 50 - 100
        result = add_scalar(image, values)
        assert result[0, 0].tolist() == [0, 0, 10, 60, 110, 160]

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_saturates_at_dtype_limits(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, 0, high]], dtype=dtype)
        up = add_scalar(image, 10)
        down = add_scalar(image, -10)
        assert up.dtype == np.dtype(dtype)
        assert down.dtype == np.dtype(dtype)
        assert up.tolist() == [[int(low) + 10, 10, int(high)]]
        assert down.tolist() == [[int(low), max(int(low), -10), int(high) - 10]]

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_huge_value_clips(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, high]], dtype=dtype)
        assert add_scalar(image, 10**12).tolist() == [[int(high), int(high)]]
        assert add_scalar(image, -(10**12)).tolist() == [[int(low), int(low)]]
        assert add_scalar(image, 1e30).tolist() == [[int(high), int(high)]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float(self, dtype):
        image = np.array([[0.0, 1.5, -2.25]], dtype=dtype)
        result = add_scalar(image, 0.5)
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[0.5, 2.0, -1.75]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float_clips_to_finite_limits(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, high]], dtype=dtype)
        up = add_scalar(image, float(high))
        down = add_scalar(image, float(low))
        assert up.dtype == np.dtype(dtype)
        assert up[0, 1] == high
        assert down[0, 0] == low

    def test_bool(self):
        image = np.array([[False, True]])
        assert add_scalar(image, 1).tolist() == [[True, True]]
        assert add_scalar(image, -1).tolist() == [[False, False]]
        assert add_scalar(image, 0).tolist() == [[False, True]]
        assert add_scalar(image, 0.6).dtype == np.bool_

    @pytest.mark.parametrize("dtype", NUMERIC_ALLOWED)
    def test_per_channel_all_dtypes(self, dtype):
        image = np.full((1, 2, 3), 10, dtype=dtype)
        result = add_scalar(image, np.array([1, 2, 3]))
        assert result.dtype == np.dtype(dtype)
        assert result[0, 1].tolist() == [11, 12, 13]

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            add_scalar(np.zeros((2, 2, 3), dtype=dtype), 1)

    @pytest.mark.parametrize("dtype", ALLOWED)
    @pytest.mark.parametrize("shape", [(0, 2, 3), (2, 0, 3), (2, 2, 0), (0, 0)])
    def test_zero_sized(self, dtype, shape):
        image = np.zeros(shape, dtype=dtype)
        result = add_scalar(image, 1)
        assert result.shape == shape
        assert result.dtype == image.dtype
        assert result is not image

    def test_one_by_one_and_2d(self):
        assert add_scalar(np.array([[7]], dtype=np.uint8), 3).tolist() == [[10]]
        image = np.array([[[7, 8]]], dtype=np.uint8)
        assert add_scalar(image, np.array([1, 2])).tolist() == [[[8, 10]]]

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_does_not_modify_input(self, dtype):
        image = np.ones((3, 3, 3), dtype=dtype)
        copy = image.copy()
        add_scalar(image, 1)
        add_scalar(image, np.array([1, 0, 1]))
        assert np.array_equal(image, copy)

    def test_per_channel_errors_name_argument(self):
        with pytest.raises(ValueError, match="'value'"):
            add_scalar(np.zeros((2, 2, 3), dtype=np.uint8), np.array([1, 2]))
        with pytest.raises(ValueError, match="'value'"):
            add_scalar(np.zeros((2, 2), dtype=np.uint8), np.array([1, 2]))
        with pytest.raises(TypeError, match="'value'"):
            add_scalar(np.zeros((2, 2), dtype=np.uint8), "foo")


# -------------------------------------------------------------- add_elementwise
class TestAddElementwise:
    def test_uint8_exact(self):
        image = np.array([[0, 100, 250]], dtype=np.uint8)
        values = np.array([[-10, 20.4, 10]])
        assert add_elementwise(image, values).tolist() == [[0, 120, 255]]

    def test_single_channel_broadcast(self):
        image = np.zeros((1, 2, 3), dtype=np.uint8)
        values = np.array([[1, 2]])
        result = add_elementwise(image, values)
        assert result.tolist() == [[[1, 1, 1], [2, 2, 2]]]
        result = add_elementwise(image, values[:, :, np.newaxis])
        assert result.tolist() == [[[1, 1, 1], [2, 2, 2]]]

    def test_per_channel_values(self):
        image = np.zeros((1, 1, 3), dtype=np.int16)
        result = add_elementwise(image, np.array([[[1, -2, 3]]]))
        assert result.tolist() == [[[1, -2, 3]]]

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_saturates(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, high]], dtype=dtype)
        result = add_elementwise(image, np.array([[-1, 1]]))
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[int(low), int(high)]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float(self, dtype):
        image = np.array([[1.0, 2.0]], dtype=dtype)
        result = add_elementwise(image, np.array([[0.5, -4.0]]))
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[1.5, -2.0]]

    def test_bool(self):
        image = np.array([[False, True]])
        assert add_elementwise(image, np.array([[1, -1]])).tolist() == [[True, False]]

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            add_elementwise(np.zeros((2, 2), dtype=dtype), np.zeros((2, 2)))

    def test_bad_shape_names_argument(self):
        with pytest.raises(ValueError, match="'values'"):
            add_elementwise(np.zeros((2, 2, 3), dtype=np.uint8), np.zeros((3, 2)))

    def test_zero_sized(self):
        image = np.zeros((0, 3, 3), dtype=np.uint8)
        assert add_elementwise(image, np.zeros((0, 3))).shape == (0, 3, 3)

    def test_does_not_modify_input(self):
        image = np.ones((2, 2, 3), dtype=np.int16)
        add_elementwise(image, np.ones((2, 2)))
        assert np.all(image == 1)


# -------------------------------------------------------------- multiply_scalar
class TestMultiplyScalar:
    def test_uint8_exact_truncates(self):
        image = np.array([[0, 3, 100, 200]], dtype=np.uint8)
        assert multiply_scalar(image, 1.5).tolist() == [[0, 4, 150, 255]]
        assert multiply_scalar(image, 0.5).tolist() == [[0, 1, 50, 100]]

    def test_uint8_negative_multiplier(self):
        image = np.array([[0, 255]], dtype=np.uint8)
        assert multiply_scalar(image, -2.0).tolist() == [[0, 0]]

    def test_uint8_per_channel(self):
        image = np.full((1, 1, 4), 100, dtype=np.uint8)
        result = multiply_scalar(image, np.array([0.0, 0.5, 1.0, 3.0]))
        assert result.tolist() == [[[0, 50, 100, 255]]]

    def test_uint8_per_channel_many(self):
        image = np.full((1, 1, 7), 10, dtype=np.uint8)
        result = multiply_scalar(image, np.arange(7, dtype=np.float32))
        assert result.tolist() == [[[0, 10, 20, 30, 40, 50, 60]]]

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_saturates_at_limits(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, -1 if low < 0 else 0, 1, high]], dtype=dtype)
        result = multiply_scalar(image, 2)
        assert result.dtype == np.dtype(dtype)
        expected = [int(low), 2 * int(image[0, 1]), 2, int(high)]
        assert result.tolist() == [expected]
        result = multiply_scalar(image, 2.0)
        assert result.tolist() == [expected]

    @pytest.mark.parametrize("dtype", ["int8", "int16"])
    def test_int_negative_multiplier(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, 5, high]], dtype=dtype)
        result = multiply_scalar(image, -1)
        assert result.tolist() == [[int(high), -5, -int(high)]]

    def test_uint16_rounds(self):
        image = np.array([[3, 5]], dtype=np.uint16)
        assert multiply_scalar(image, 1.5).tolist() == [[4, 8]]  # 4.5, 7.5 -> even

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float(self, dtype):
        image = np.array([[1.0, -2.0, 0.5]], dtype=dtype)
        result = multiply_scalar(image, 2.0)
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[2.0, -4.0, 1.0]]

    def test_bool(self):
        image = np.array([[False, True]])
        assert multiply_scalar(image, 0).tolist() == [[False, False]]
        assert multiply_scalar(image, 1).tolist() == [[False, True]]
        assert multiply_scalar(image, 3.0).tolist() == [[False, True]]

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            multiply_scalar(np.zeros((2, 2, 3), dtype=dtype), 1.0)

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_zero_sized_and_no_mutation(self, dtype):
        empty = np.zeros((0, 4, 3), dtype=dtype)
        assert multiply_scalar(empty, 2.0).shape == (0, 4, 3)
        image = np.ones((2, 2, 3), dtype=dtype)
        copy = image.copy()
        multiply_scalar(image, 2.0)
        multiply_scalar(image, np.array([2.0, 0.0, 1.0]))
        assert np.array_equal(image, copy)

    def test_errors_name_argument(self):
        with pytest.raises(ValueError, match="'multiplier'"):
            multiply_scalar(np.zeros((2, 2, 3), dtype=np.uint8), [1.0, 2.0])


# --------------------------------------------------------- multiply_elementwise
class TestMultiplyElementwise:
    def test_uint8_float(self):
        image = np.array([[10, 100, 200]], dtype=np.uint8)
        values = np.array([[0.55, 1.0, 2.0]])
        assert multiply_elementwise(image, values).tolist() == [[5, 100, 255]]

    def test_uint8_int(self):
        image = np.array([[10, 100, 200]], dtype=np.uint8)
        values = np.array([[2, 0, 300]])
        assert multiply_elementwise(image, values).tolist() == [[20, 0, 255]]

    def test_bool_mask(self):
        image = np.array([[[10, 20], [30, 40]]], dtype=np.uint8)
        mask = np.array([[True, False]])
        assert multiply_elementwise(image, mask).tolist() == [[[10, 20], [0, 0]]]

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_bool_mask_all_dtypes(self, dtype):
        image = np.ones((2, 2, 3), dtype=dtype)
        mask = np.array([[True, False], [False, True]])
        result = multiply_elementwise(image, mask)
        assert result.dtype == np.dtype(dtype)
        assert result[..., 0].astype(int).tolist() == [[1, 0], [0, 1]]
        assert np.all(image == 1)

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_saturates(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[low, high]], dtype=dtype)
        result = multiply_elementwise(image, np.array([[2, 2]]))
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[int(low), int(high)]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float(self, dtype):
        image = np.array([[1.0, 2.0]], dtype=dtype)
        result = multiply_elementwise(image, np.array([[0.5, -1.5]]))
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[0.5, -3.0]]

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            multiply_elementwise(np.zeros((2, 2), dtype=dtype), np.ones((2, 2)))

    def test_bad_shape_names_argument(self):
        with pytest.raises(ValueError, match="'multipliers'"):
            multiply_elementwise(np.zeros((2, 2, 3), dtype=np.uint8), np.ones((2, 3)))


# --------------------------------------------------------------- augmenters
def _kinds(shape=(6, 8, 3)):
    heatmaps = HeatmapsOnImage(
        np.linspace(0, 1, 48, dtype=np.float32).reshape(6, 8, 1), shape=shape
    )
    segmaps = SegmentationMapsOnImage(
        np.arange(48, dtype=np.int32).reshape(6, 8) % 3, shape=shape
    )
    kpsoi = KeypointsOnImage.from_xy_array(
        np.array([[1.0, 2.0], [3.5, 4.5]]), shape=shape
    )
    return heatmaps, segmaps, kpsoi


@pytest.mark.parametrize(
    ("cls", "attr", "default"),
    [(Add, "value", (-20, 20)), (Multiply, "mul", (0.8, 1.2))],
)
class TestScalarAugmenterCommon:
    def test_defaults_and_parameters(self, cls, attr, default):
        aug = cls()
        params = aug.get_parameters()
        assert len(params) == 2
        assert params[0] is getattr(aug, attr)
        assert params[1] is aug.per_channel
        assert isinstance(params[0], iap.Uniform)
        assert params[0].a.value == default[0]
        assert params[0].b.value == default[1]
        assert isinstance(params[1], iap.Deterministic)
        assert params[1].value == 0
        assert aug.name == f"Unnamed{cls.__name__}"

    def test_parameter_conversions(self, cls, attr, default):
        assert isinstance(getattr(cls(1), attr), iap.Deterministic)
        assert isinstance(getattr(cls([1, 2]), attr), iap.Choice)
        param = iap.Uniform(1, 2)
        assert getattr(cls(param), attr) is param
        assert isinstance(cls(1, per_channel=0.5).per_channel, iap.Binomial)
        assert cls(1, per_channel=True).per_channel.value == 1

    def test_bad_arguments_name_themselves(self, cls, attr, default):
        with pytest.raises((ValueError, TypeError), match=attr):
            cls("foo")
        with pytest.raises((ValueError, TypeError), match="per_channel"):
            cls(1, per_channel="foo")

    def test_same_seed_same_output(self, cls, attr, default):
        images = np.stack([_image(seed=i) for i in range(4)])
        out_a = cls(per_channel=0.5, seed=3)(images=images)
        out_b = cls(per_channel=0.5, seed=3)(images=images)
        out_c = cls(per_channel=0.5, seed=4)(images=images)
        assert np.array_equal(out_a, out_b)
        assert not np.array_equal(out_a, out_c)

    def test_deterministic_mode_repeats(self, cls, attr, default):
        aug = cls(seed=1).to_deterministic()
        image = _image()
        assert np.array_equal(aug(image=image), aug(image=image))

    def test_does_not_modify_input(self, cls, attr, default):
        images = np.stack([_image(seed=i) for i in range(3)])
        copy = images.copy()
        as_list = [image.copy() for image in images]
        cls(per_channel=0.5, seed=1)(images=images)
        cls(per_channel=0.5, seed=1)(images=as_list)
        assert np.array_equal(images, copy)
        assert np.array_equal(np.stack(as_list), copy)

    @pytest.mark.parametrize("nb_channels", [1, 3, 5])
    def test_list_equals_array(self, cls, attr, default, nb_channels):
        # uint8 arrays take a batch route, lists go row by row: same results
        images = np.stack([_image((4, 5, nb_channels), seed=i) for i in range(6)])
        out_array = cls(per_channel=0.5, seed=2)(images=images)
        out_list = cls(per_channel=0.5, seed=2)(images=list(images))
        assert isinstance(out_array, np.ndarray)
        assert isinstance(out_list, list)
        assert np.array_equal(out_array, np.stack(out_list))

    def test_other_kinds_untouched_and_same_images(self, cls, attr, default):
        image = _image((6, 8, 3))
        heatmaps, segmaps, kpsoi = _kinds()
        only_image = cls(seed=5)(image=image)
        img_aug, hm_aug, seg_aug, kps_aug = cls(seed=5)(
            image=image, heatmaps=heatmaps, segmentation_maps=segmaps, keypoints=kpsoi
        )
        assert np.array_equal(only_image, img_aug)
        assert np.array_equal(hm_aug.get_arr(), heatmaps.get_arr())
        assert np.array_equal(seg_aug.get_arr(), segmaps.get_arr())
        assert np.allclose(kps_aug.to_xy_array(), kpsoi.to_xy_array())

    def test_only_other_kinds(self, cls, attr, default):
        heatmaps, _, kpsoi = _kinds()
        hm_aug, kps_aug = cls(seed=1)(heatmaps=heatmaps, keypoints=kpsoi)
        assert np.array_equal(hm_aug.get_arr(), heatmaps.get_arr())
        assert np.allclose(kps_aug.to_xy_array(), kpsoi.to_xy_array())

    @pytest.mark.parametrize(
        "shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (0, 0, 0), (1, 1, 1), (1, 1)]
    )
    def test_zero_sized_and_tiny(self, cls, attr, default, shape):
        image = np.full(shape, 100, dtype=np.uint8)
        result = cls(per_channel=True, seed=1)(image=image)
        assert result.shape == shape
        assert result.dtype == np.uint8

    def test_mixed_channel_counts(self, cls, attr, default):
        images = [_image((3, 3, 1)), _image((4, 2, 6)), _image((2, 2))]
        results = cls(per_channel=True, seed=1)(images=images)
        assert [r.shape for r in results] == [(3, 3, 1), (4, 2, 6), (2, 2)]

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_dtypes_kept(self, cls, attr, default, dtype):
        image = np.ones((3, 3, 3), dtype=dtype)
        result = cls(per_channel=0.5, seed=1)(image=image)
        assert result.dtype == np.dtype(dtype)

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_dtypes_disallowed(self, cls, attr, default, dtype):
        with pytest.raises(ValueError, match=dtype):
            cls(seed=1)(image=np.ones((3, 3, 3), dtype=dtype))

    def test_pickle_roundtrip(self, cls, attr, default):
        aug = cls(per_channel=0.5, seed=1)
        image = _image()
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(image=image), restored(image=image))

    def test_str(self, cls, attr, default):
        text = str(cls(1, name="foo"))
        assert text.startswith(f"{cls.__name__}(name=foo, parameters=[Deterministic")


class TestAdd:
    def test_deterministic_value(self):
        image = np.array([[[0, 100, 250]]], dtype=np.uint8)
        assert Add(10)(image=image).tolist() == [[[10, 110, 255]]]
        assert Add(-10)(image=image).tolist() == [[[0, 90, 240]]]

    def test_value_range(self):
        images = np.full((64, 2, 2, 3), 100, dtype=np.uint8)
        result = Add((-10, 10), seed=1)(images=images)
        assert result.min() >= 90
        assert result.max() <= 110
        assert len(np.unique(result[:, 0, 0, 0])) > 10

    def test_per_channel_false_same_value_in_all_channels(self):
        images = np.full((16, 2, 2, 3), 100, dtype=np.uint8)
        result = Add((-50, 50), per_channel=False, seed=1)(images=images)
        assert np.all(result == result[..., 0:1])
        assert np.all(result == result[:, 0:1, 0:1, :])

    def test_per_channel_true_values_per_channel(self):
        images = np.full((16, 2, 2, 3), 100, dtype=np.uint8)
        result = Add((-50, 50), per_channel=True, seed=1)(images=images)
        differing = [not np.all(img == img[..., 0:1]) for img in result]
        assert sum(differing) >= 14
        # one value per channel: all pixels of a channel agree
        assert np.all(result == result[:, 0:1, 0:1, :])

    def test_per_channel_probability(self):
        images = np.full((200, 1, 1, 3), 100, dtype=np.uint8)
        result = Add((-50, 50), per_channel=0.5, seed=1)(images=images)
        differing = np.mean([not np.all(img == img[..., 0:1]) for img in result])
        assert 0.35 < differing < 0.65

    def test_per_channel_image_with_fewer_channels_than_batch_max(self):
        images = [np.full((2, 2, 1), 100, np.uint8), np.full((2, 2, 5), 100, np.uint8)]
        results = Add((-50, 50), per_channel=True, seed=1)(images=images)
        assert results[0].shape == (2, 2, 1)
        assert len(np.unique(results[1][0, 0])) > 1

    def test_choice(self):
        images = np.full((50, 1, 1, 1), 100, dtype=np.uint8)
        result = Add([-5, 5], seed=1)(images=images)
        assert set(np.unique(result).tolist()) == {95, 105}

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_dtypes_saturate(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[[low, high]]], dtype=dtype)
        assert Add(10)(image=image).tolist() == [[[int(low) + 10, int(high)]]]
        assert Add(-10)(image=image).tolist() == [[[int(low), int(high) - 10]]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float_dtypes(self, dtype):
        image = np.array([[[1.0, -1.0]]], dtype=dtype)
        result = Add(0.5)(image=image)
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[[1.5, -0.5]]]

    def test_uses_add_scalar_row_by_row(self, monkeypatch):
        calls = []
        original = arithmetic.add_scalar

        def spy(image, value):
            calls.append(np.copy(value))
            return original(image, value)

        monkeypatch.setattr(arithmetic, "add_scalar", spy)
        # lists and non-uint8 arrays go row by row (uint8 arrays use a batch route)
        images = [np.zeros((2, 2, 2), dtype=np.uint8) for _ in range(3)]
        Add((0, 50), per_channel=True, seed=1)(images=images)
        Add((0, 50), per_channel=False, seed=1)(images=np.zeros((2, 2, 2, 2), np.int16))
        assert len(calls) == 5
        assert [call.shape for call in calls] == [(2,)] * 3 + [()] * 2


class TestMultiply:
    def test_deterministic_value(self):
        image = np.array([[[10, 100, 200]]], dtype=np.uint8)
        assert Multiply(1.5)(image=image).tolist() == [[[15, 150, 255]]]
        assert Multiply(0.5)(image=image).tolist() == [[[5, 50, 100]]]

    def test_value_range(self):
        images = np.full((64, 2, 2, 3), 100, dtype=np.uint8)
        result = Multiply((0.8, 1.2), seed=1)(images=images)
        assert result.min() >= 80
        assert result.max() <= 120
        assert len(np.unique(result[:, 0, 0, 0])) > 10

    def test_per_channel(self):
        images = np.full((16, 2, 2, 3), 100, dtype=np.uint8)
        same = Multiply((0.5, 1.5), per_channel=False, seed=1)(images=images)
        assert np.all(same == same[..., 0:1])
        per = Multiply((0.5, 1.5), per_channel=True, seed=1)(images=images)
        assert sum(not np.all(img == img[..., 0:1]) for img in per) >= 14
        assert np.all(per == per[:, 0:1, 0:1, :])

    def test_more_than_four_channels(self):
        image = np.full((2, 2, 7), 100, dtype=np.uint8)
        mul = iap.Choice([0.5, 1.0, 2.0])
        result = Multiply(mul, per_channel=True, seed=1)(image=image)
        assert set(np.unique(result).tolist()) <= {50, 100, 200}
        assert np.all(result == result[0:1, 0:1, :])

    @pytest.mark.parametrize("dtype", ["uint16", "int8", "int16"])
    def test_int_dtypes_saturate(self, dtype):
        low, high = _limits(dtype)
        image = np.array([[[low, 3, high]]], dtype=dtype)
        result = Multiply(2.0)(image=image)
        assert result.tolist() == [[[int(low), 6, int(high)]]]

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float_dtypes(self, dtype):
        image = np.array([[[1.0, -1.0]]], dtype=dtype)
        result = Multiply(2.0)(image=image)
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == [[[2.0, -2.0]]]


class TestAddElementwiseAugmenter:
    def test_parameters(self):
        aug = AddElementwise()
        assert isinstance(aug.value, iap.Uniform)
        assert aug.get_parameters() == [aug.value, aug.per_channel]

    def test_values_differ_per_pixel(self):
        image = np.full((8, 8, 3), 100, dtype=np.uint8)
        result = AddElementwise((-20, 20), seed=1)(image=image)
        assert len(np.unique(result[..., 0])) > 10
        assert np.all(result == result[..., 0:1])
        assert result.min() >= 80
        assert result.max() <= 120

    def test_per_channel(self):
        image = np.full((8, 8, 3), 100, dtype=np.uint8)
        result = AddElementwise((-20, 20), per_channel=True, seed=1)(image=image)
        assert not np.all(result == result[..., 0:1])

    def test_normal_scale_resampled_per_image(self):
        # the scale of the noise is drawn once per image, not once per batch
        images = np.full((6, 16, 16, 1), 128, dtype=np.uint8)
        value = iap.Normal(0, iap.Choice([0.0, 20.0]))
        result = AddElementwise(value, seed=3)(images=images)
        stds = [float(np.std(img.astype(np.float64))) for img in result]
        assert min(stds) == 0.0
        assert max(stds) > 5.0

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_dtypes_kept(self, dtype):
        image = np.ones((3, 3, 2), dtype=dtype)
        assert AddElementwise((-1, 1), seed=1)(image=image).dtype == np.dtype(dtype)

    def test_same_seed_and_zero_sized(self):
        images = np.stack([_image(seed=i) for i in range(2)])
        assert np.array_equal(
            AddElementwise(seed=1)(images=images), AddElementwise(seed=1)(images=images)
        )
        empty = np.zeros((0, 4, 3), dtype=np.uint8)
        assert AddElementwise(seed=1)(image=empty).shape == (0, 4, 3)


class TestMultiplyElementwiseAugmenter:
    def test_parameters(self):
        aug = MultiplyElementwise()
        assert isinstance(aug.mul, iap.Uniform)
        assert aug.get_parameters() == [aug.mul, aug.per_channel]

    def test_values_differ_per_pixel(self):
        image = np.full((8, 8, 3), 100, dtype=np.uint8)
        result = MultiplyElementwise((0.8, 1.2), seed=1)(image=image)
        assert len(np.unique(result[..., 0])) > 10
        assert np.all(result == result[..., 0:1])
        assert result.min() >= 80
        assert result.max() <= 120

    def test_binomial_is_a_mask(self):
        image = np.full((10, 10, 3), 7, dtype=np.uint8)
        result = MultiplyElementwise(iap.Binomial(0.5), seed=1)(image=image)
        assert set(np.unique(result).tolist()) == {0, 7}
        assert np.all(result == result[..., 0:1])

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_dtypes_kept(self, dtype):
        image = np.ones((3, 3, 2), dtype=dtype)
        aug = MultiplyElementwise((0.5, 1.5), per_channel=0.5, seed=1)
        assert aug(image=image).dtype == np.dtype(dtype)
