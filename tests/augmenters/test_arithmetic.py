"""Tests for imgaug.augmenters.arithmetic: add/multiply kernels and augmenters."""

import pickle

import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug._kernels import arith as _arith
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

    # issue 18, item 1: cv2 read the scalar as a (4, 1) array for one-value images
    @pytest.mark.parametrize("shape", [(1, 1), (1, 1, 1), (4, 1), (4, 1, 1)])
    def test_one_channel_tiny_images(self, shape):
        image = np.zeros(shape, dtype=np.uint8)
        assert np.array_equal(Add(1).augment_image(image), image + 1)
        assert np.array_equal(Add(-1)(image=image + 5), image + 4)
        assert np.array_equal(Add(1)(images=[image, image])[1], image + 1)
        images = np.zeros((2,) + shape[0:2] + (1,), dtype=np.uint8)
        assert np.array_equal(Add(1)(images=images), images + 1)

    def test_one_value_images_inside_containers(self):
        from imgaug.augmenters import meta

        image = np.zeros((1, 1, 1), dtype=np.uint8)
        for aug in [
            meta.OneOf([Add(1)]),
            meta.SomeOf(1, [Add(1)]),
            meta.Sometimes(1.0, Add(1)),
            meta.WithChannels([0], Add(1)),
        ]:
            assert aug(image=image).tolist() == [[[1]]]
        rgb = np.zeros((1, 1, 3), dtype=np.uint8)
        assert meta.WithChannels([1], Add(1))(image=rgb).tolist() == [[[0, 1, 0]]]

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


# =========================================================== additive noise
# AdditiveGaussianNoise, AdditiveLaplaceNoise, AdditivePoissonNoise and their
# sampling kernels in imgaug._kernels.arith.
NOISE_CLASSES = [
    arithmetic.AdditiveGaussianNoise,
    arithmetic.AdditiveLaplaceNoise,
    arithmetic.AdditivePoissonNoise,
]


def _noise_aug(cls, strength, **kwargs):
    """An augmenter of `cls` with noise of about `strength` (std or lam)."""
    if cls is arithmetic.AdditivePoissonNoise:
        return cls(lam=strength, **kwargs)
    return cls(scale=strength, **kwargs)


def _sample_offsets(cdf, count, seed=0):
    """Sample uint8 offsets with the table route from numpy random numbers."""
    rng = np.random.default_rng(seed)
    table = _arith.build_offsets_table(cdf)
    bits = rng.integers(0, 65536, size=count, dtype=np.uint16)
    offsets, mixed = _arith.offsets_from_bits(table, bits)
    fractions = rng.random(mixed.size)
    return _arith.resolve_mixed_offsets_(offsets, mixed, bits, cdf, fractions)


def _cdf_probabilities(cdf):
    """Probabilities of the offsets -255..255 from their CDF over -255..254."""
    return np.diff(np.concatenate([[0.0], cdf, [1.0]]))


def _offsets_table_by_definition(cdf):
    """The offsets table straight from its definition (clip, buckets, steps)."""
    positions = np.clip(np.maximum.accumulate(cdf), 0.0, 1.0) * 65536
    firsts = np.ceil(positions).astype(np.intp)
    counts = np.diff(firsts, prepend=0, append=65536)
    table = np.repeat(np.arange(-255, 256, dtype=np.int16), counts)
    floors = np.floor(positions)
    table[floors[positions != floors].astype(np.intp)] = -32768
    return table


class TestNoiseOffsetKernels:
    @pytest.mark.parametrize("seed", range(20))
    def test_table_equals_its_definition(self, seed):
        # the framed positions array (no separate clip, accumulate only when the
        # CDF dips) builds the same table, also for CDFs that dip or leave [0, 1]
        rng = np.random.default_rng(seed)
        cdfs = [
            _arith.normal_offsets_cdf(rng.uniform(-300, 300), rng.uniform(0.001, 900)),
            _arith.laplace_offsets_cdf(rng.uniform(-30, 30), rng.uniform(0.01, 50)),
            _arith.signed_poisson_offsets_cdf(rng.uniform(0, 300), rng.uniform()),
            np.sort(rng.random(510)),
            np.round(np.sort(rng.random(510)) * 65536) / 65536,  # steps on edges
        ]
        dipping = np.sort(rng.random(510))
        dipping[rng.integers(0, 510, size=12)] = rng.choice([-0.1, 0.0, 0.5, 1.0, 1.2])
        cdfs.append(dipping)
        for cdf in cdfs:
            table = _arith.build_offsets_table(cdf)
            assert table.dtype == np.int16
            assert np.array_equal(table, _offsets_table_by_definition(cdf))

    def test_single_offset_table_is_constant(self):
        cdf = np.where(np.arange(-255, 255) >= 3, 1.0, 0.0)
        table = _arith.build_offsets_table(cdf)
        assert table.dtype == np.int16
        assert table.shape == (65536,)
        assert np.all(table == 3)
        assert _arith.get_constant_offset(table) == 3

    def test_step_on_a_bucket_edge_is_pure(self):
        # P(K=0) = P(K=1) = 0.5: the step lies exactly between two buckets
        cdf = np.where(np.arange(-255, 255) >= 1, 1.0, 0.0)
        cdf[255] = 0.5
        table = _arith.build_offsets_table(cdf)
        assert np.all(table[:32768] == 0)
        assert np.all(table[32768:] == 1)
        assert _arith.get_constant_offset(table) is None

    def test_step_inside_a_bucket_is_resolved_by_the_fraction(self):
        cdf = np.where(np.arange(-255, 255) >= 1, 1.0, 0.0)
        cdf[255] = 0.3  # P(K=0) = 0.3, P(K=1) = 0.7
        table = _arith.build_offsets_table(cdf)
        bucket = int(0.3 * 65536)  # 19660.8 -> bucket 19660 holds the step
        assert table[bucket - 1] == 0
        assert table[bucket] == -32768
        assert table[bucket + 1] == 1
        bits = np.array([[bucket, bucket], [0, 65535]], dtype=np.uint16)
        offsets, mixed = _arith.offsets_from_bits(table, bits)
        assert mixed.tolist() == [0, 1]
        # the step is at fraction 0.8 of the bucket
        _arith.resolve_mixed_offsets_(offsets, mixed, bits, cdf, np.array([0.7, 0.9]))
        assert offsets.tolist() == [[0, 1], [0, 1]]

    def test_cdfs(self):
        from scipy import special

        normal = _arith.normal_offsets_cdf(2.0, 3.0)
        assert normal.shape == (510,)
        assert normal[255 + 2] == pytest.approx(special.ndtr(0.5 / 3.0))
        laplace = _arith.laplace_offsets_cdf(0.0, 2.0)
        assert laplace[255] == pytest.approx(1 - 0.5 * np.exp(-0.25))
        assert laplace[254] == pytest.approx(0.5 * np.exp(-0.25))
        poisson = _cdf_probabilities(_arith.signed_poisson_offsets_cdf(3.0, 0.5))
        assert poisson[255] == pytest.approx(np.exp(-3.0))  # P(K=0)
        assert poisson[255 + 2] == pytest.approx(0.5 * 4.5 * np.exp(-3.0))
        assert np.allclose(poisson[::-1], poisson)  # symmetric
        positive = _cdf_probabilities(_arith.signed_poisson_offsets_cdf(3.0, 1.0))
        assert np.all(positive[0:255] == 0)
        # lam far above 255: almost all mass on the saturating offsets
        huge = _cdf_probabilities(_arith.signed_poisson_offsets_cdf(1000.0, 0.5))
        assert huge[0] == pytest.approx(0.5)
        assert huge[-1] == pytest.approx(0.5)

    @pytest.mark.parametrize(
        "cdf_args",
        [
            ("normal", 0.0, 7.3),
            ("normal", 0.4, 0.3),
            ("normal", 10.0, 400.0),
            ("laplace", -2.0, 5.0),
            ("poisson", 6.5, 0.5),
            ("poisson", 0.2, 0.3),
        ],
    )
    def test_sampled_frequencies_match_the_distribution(self, cdf_args):
        kind, first, second = cdf_args
        cdf = getattr(
            _arith, f"{'signed_' if kind == 'poisson' else ''}{kind}_offsets_cdf"
        )(first, second)
        count = 200_000
        offsets = _sample_offsets(cdf, count)
        assert offsets.min() >= -255
        assert offsets.max() <= 255
        observed = np.bincount(offsets.astype(np.int64) + 255, minlength=511) / count
        expected = _cdf_probabilities(cdf)
        sigma = np.sqrt(expected * (1 - expected) / count) + 1e-6
        assert np.all(np.abs(observed - expected) <= 6 * sigma)

    def test_values_from_uniforms(self):
        from scipy import special

        u = np.array([0.5, special.ndtr(1.0), 0.25, 0.75])
        normal = _arith.normal_values_from_uniforms(2.0, 3.0, u)
        assert normal.dtype == np.float32
        assert np.allclose(normal[0:2], [2.0, 5.0])
        laplace = _arith.laplace_values_from_uniforms(1.0, 2.0, u)
        assert laplace.dtype == np.float32
        assert np.allclose(
            laplace[[0, 2, 3]], [1.0, 1 + 2 * np.log(0.5), 1 - 2 * np.log(0.5)]
        )
        poisson = _arith.signed_poisson_values_from_uniforms(
            2.0, 0.5, np.array([0.5, 1e-12, 1 - 1e-12])
        )
        assert poisson.dtype == np.int32
        assert poisson[0] == 0  # P(K < 0) = 0.5 * (1 - e^-2) < 0.5 < P(K <= 0)
        assert poisson[1] < -5
        assert poisson[2] > 5

    def test_signed_poisson_values_statistics(self):
        rng = np.random.default_rng(1)
        values = _arith.signed_poisson_values_from_uniforms(
            400.0, 0.5, rng.random(100_000)
        )
        # unclipped (non-uint8 images): magnitudes around lam, both signs
        assert np.mean(np.abs(values)) == pytest.approx(400, rel=0.01)
        assert np.mean(values > 0) == pytest.approx(0.5, abs=0.01)
        assert np.std(np.abs(values)) == pytest.approx(20, rel=0.05)

    @pytest.mark.parametrize("kind", ["normal", "laplace", "poisson"])
    def test_values_round_to_the_uint8_offsets(self, kind):
        # given the same bits and fractions, every dtype gets the same noise
        args = {"normal": (1.3, 9.0), "laplace": (-0.7, 6.0), "poisson": (5.5, 0.5)}
        prefix = "signed_" if kind == "poisson" else ""
        cdf = getattr(_arith, f"{prefix}{kind}_offsets_cdf")(*args[kind])
        rng = np.random.default_rng(2)
        table = _arith.build_offsets_table(cdf)
        bits = rng.integers(0, 65536, size=(50, 40, 3), dtype=np.uint16)
        offsets, mixed = _arith.offsets_from_bits(table, bits)
        mixed_fractions = rng.random(mixed.size)
        fractions = rng.random(bits.shape)
        uniforms = _arith.get_noise_uniforms(bits, fractions, mixed, mixed_fractions)
        _arith.resolve_mixed_offsets_(offsets, mixed, bits, cdf, mixed_fractions)
        values = getattr(_arith, f"{prefix}{kind}_values_from_uniforms")(
            *args[kind], uniforms
        )
        rounded = np.clip(np.round(values.astype(np.float64)), -255, 255)
        assert np.mean(rounded != offsets) < 1e-3
        assert np.max(np.abs(rounded - offsets)) <= 1

    @pytest.mark.parametrize("shape", [(5, 4, 3), (5, 4, 1), (5, 4), (3, 2, 140)])
    @pytest.mark.parametrize("shared", [False, True])
    def test_add_offsets_saturated(self, shape, shared):
        rng = np.random.default_rng(3)
        image = rng.integers(0, 256, size=shape).astype(np.uint8)
        offsets_shape = shape[0:2] + ((1,) if shared or len(shape) == 2 else shape[2:])
        offsets = rng.integers(-300, 300, size=offsets_shape).astype(np.int16)
        broadcast = offsets if len(shape) == 3 else offsets[:, :, 0]
        expected = np.clip(image.astype(np.int32) + broadcast, 0, 255).astype(np.uint8)
        copy = image.copy()
        result = _arith.add_offsets_saturated_uint8(image, offsets)
        assert result.dtype == np.uint8
        assert np.array_equal(result, expected)
        assert np.array_equal(image, copy)
        out = np.empty_like(image)
        assert _arith.add_offsets_saturated_uint8(image, offsets, out=out) is out
        assert np.array_equal(out, expected)


@pytest.mark.parametrize("cls", NOISE_CLASSES)
class TestAdditiveNoiseCommon:
    def test_is_add_elementwise_with_value_and_per_channel(self, cls):
        aug = cls()
        assert isinstance(aug, AddElementwise)
        assert aug.get_parameters() == [aug.value, aug.per_channel]
        assert isinstance(aug.per_channel, iap.Deterministic)
        assert aug.per_channel.value == 0
        assert aug.name == f"Unnamed{cls.__name__}"
        assert cls._IMAGES_OUT_OF_PLACE

    def test_str(self, cls):
        text = str(cls(name="foo"))
        assert text.startswith(f"{cls.__name__}(name=foo, parameters=[")

    def test_zero_strength_is_identity(self, cls):
        image = _image((6, 7, 3))
        for per_channel in (False, True):
            result = _noise_aug(cls, 0, per_channel=per_channel, seed=1)(image=image)
            assert np.array_equal(result, image)

    def test_noise_changes_pixels_differently(self, cls):
        image = np.full((16, 16, 3), 128, dtype=np.uint8)
        result = _noise_aug(cls, 10, seed=1)(image=image)
        assert len(np.unique(result[..., 0])) > 5
        assert np.all(result == result[..., 0:1])  # per_channel=False

    def test_per_channel(self, cls):
        image = np.full((16, 16, 3), 128, dtype=np.uint8)
        result = _noise_aug(cls, 10, per_channel=True, seed=1)(image=image)
        assert np.mean(result[..., 0] != result[..., 1]) > 0.5
        images = np.full((100, 4, 4, 3), 128, dtype=np.uint8)
        results = _noise_aug(cls, 10, per_channel=0.5, seed=1)(images=images)
        differing = np.mean([not np.all(img == img[..., 0:1]) for img in results])
        assert 0.35 < differing < 0.65

    def test_strength_sampled_per_image(self, cls):
        images = np.full((20, 8, 8, 1), 128, dtype=np.uint8)
        results = _noise_aug(cls, [0, 20], seed=2)(images=images)
        stds = [float(np.std(img.astype(np.float64))) for img in results]
        assert min(stds) == 0.0
        assert max(stds) > 5.0

    def test_same_seed_same_output(self, cls):
        images = np.stack([_image((8, 8, 3), seed=i) for i in range(4)])
        out_a = _noise_aug(cls, 10, per_channel=0.5, seed=3)(images=images)
        out_b = _noise_aug(cls, 10, per_channel=0.5, seed=3)(images=images)
        out_c = _noise_aug(cls, 10, per_channel=0.5, seed=4)(images=images)
        assert np.array_equal(out_a, out_b)
        assert not np.array_equal(out_a, out_c)

    def test_deterministic_mode_repeats(self, cls):
        aug = _noise_aug(cls, 10, seed=1).to_deterministic()
        image = _image((8, 8, 3))
        assert np.array_equal(aug(image=image), aug(image=image))

    def test_does_not_modify_or_share_input(self, cls):
        images = np.stack([_image((5, 6, 3), seed=i) for i in range(3)])
        copy = images.copy()
        as_list = [image.copy() for image in images]
        out_array = _noise_aug(cls, 10, per_channel=0.5, seed=1)(images=images)
        out_list = _noise_aug(cls, 10, per_channel=0.5, seed=1)(images=as_list)
        assert np.array_equal(images, copy)
        assert np.array_equal(np.stack(as_list), copy)
        assert not np.may_share_memory(out_array, images)
        assert not any(np.may_share_memory(a, b) for a, b in zip(out_list, as_list))

    @pytest.mark.parametrize("nb_channels", [1, 3, 5])
    def test_list_equals_array(self, cls, nb_channels):
        images = np.stack([_image((4, 5, nb_channels), seed=i) for i in range(6)])
        out_array = _noise_aug(cls, 10, per_channel=0.5, seed=2)(images=images)
        out_list = _noise_aug(cls, 10, per_channel=0.5, seed=2)(images=list(images))
        assert isinstance(out_array, np.ndarray)
        assert isinstance(out_list, list)
        assert np.array_equal(out_array, np.stack(out_list))

    @pytest.mark.parametrize(
        "shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (0, 0, 0), (1, 1, 1), (1, 1)]
    )
    def test_zero_sized_and_tiny(self, cls, shape):
        image = np.full(shape, 100, dtype=np.uint8)
        result = _noise_aug(cls, 10, per_channel=True, seed=1)(image=image)
        assert result.shape == shape
        assert result.dtype == np.uint8
        # a list: an (N, 1, 1) array of 2D images looks like one image (warns)
        batch = [np.zeros(shape, dtype=np.uint8)] * 2
        assert _noise_aug(cls, 10, seed=1)(images=batch)[1].shape == shape
        batch = np.zeros((2,) + shape + (1,) * (3 - len(shape)), dtype=np.uint8)
        assert _noise_aug(cls, 10, seed=1)(images=batch).shape == batch.shape

    def test_mixed_shapes(self, cls):
        shapes = [(3, 3, 1), (4, 2, 6), (2, 2), (2, 2, 130)]
        images = [np.full(shape, 128, dtype=np.uint8) for shape in shapes]
        for per_channel in (False, True):
            aug = _noise_aug(cls, 20, per_channel=per_channel, seed=1)
            results = aug(images=images)
            assert [r.shape for r in results] == shapes
            for result in (results[1], results[3]):
                same = np.all(result == result[..., 0:1])
                assert same != per_channel

    @pytest.mark.parametrize("dtype", ALLOWED)
    def test_dtypes_kept(self, cls, dtype):
        image = np.ones((3, 3, 3), dtype=dtype)
        result = _noise_aug(cls, 5, per_channel=0.5, seed=1)(image=image)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == image.shape

    @pytest.mark.parametrize("dtype", DISALLOWED)
    def test_dtypes_disallowed(self, cls, dtype):
        with pytest.raises(ValueError, match=dtype):
            _noise_aug(cls, 5, seed=1)(image=np.ones((3, 3, 3), dtype=dtype))

    @pytest.mark.parametrize("dtype", ["uint16", "int16", "float32"])
    def test_other_dtypes_get_the_uint8_noise(self, cls, dtype):
        image = np.full((2, 16, 16, 3), 128, dtype=np.uint8)
        expected = _noise_aug(cls, 10, per_channel=0.5, seed=4)(images=image)
        result = _noise_aug(cls, 10, per_channel=0.5, seed=4)(
            images=image.astype(dtype)
        )
        diff = np.abs(np.round(result.astype(np.float64)) - expected)
        assert np.mean(diff > 0) < 0.002
        assert diff.max() <= 1

    def test_other_kinds_untouched_and_same_images(self, cls):
        image = _image((6, 8, 3))
        heatmaps, segmaps, kpsoi = _kinds()
        only_image = _noise_aug(cls, 10, seed=5)(image=image)
        img_aug, hm_aug, seg_aug, kps_aug = _noise_aug(cls, 10, seed=5)(
            image=image, heatmaps=heatmaps, segmentation_maps=segmaps, keypoints=kpsoi
        )
        assert np.array_equal(only_image, img_aug)
        assert np.array_equal(hm_aug.get_arr(), heatmaps.get_arr())
        assert np.array_equal(seg_aug.get_arr(), segmaps.get_arr())
        assert np.allclose(kps_aug.to_xy_array(), kpsoi.to_xy_array())

    def test_pickle_roundtrip(self, cls):
        aug = _noise_aug(cls, 10, per_channel=0.5, seed=1)
        image = _image((6, 6, 3))
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(image=image), restored(image=image))

    def test_replaced_value_parameter_is_sampled_generically(self, cls):
        aug = cls(seed=1)
        aug.value = iap.Deterministic(7)
        image = np.full((3, 4, 3), 100, dtype=np.uint8)
        assert np.all(aug(image=image) == 107)
        assert np.all(aug(images=[image])[0] == 107)

    def test_bad_arguments_name_themselves(self, cls):
        name = "lam" if cls is arithmetic.AdditivePoissonNoise else "scale"
        with pytest.raises((ValueError, TypeError), match=name):
            _noise_aug(cls, -1)
        with pytest.raises((ValueError, TypeError), match=name):
            _noise_aug(cls, "foo")
        with pytest.raises((ValueError, TypeError), match="per_channel"):
            _noise_aug(cls, 1, per_channel="foo")

    def test_offsets_tables_kept_across_calls(self, cls, monkeypatch):
        built = []
        build = _arith.build_offsets_table

        def counting_build(cdf):
            built.append(cdf)
            return build(cdf)

        monkeypatch.setattr(_arith, "build_offsets_table", counting_build)
        arithmetic._get_offsets_table.cache_clear()
        image = np.full((8, 9, 3), 128, dtype=np.uint8)
        aug = _noise_aug(cls, 10, seed=4)
        first = aug(images=[image, image])
        second = aug(image=image)
        assert len(built) == 1  # one table for both rows and both calls
        arithmetic._get_offsets_table.cache_clear()
        assert np.array_equal(_noise_aug(cls, 10, seed=4)(images=[image])[0], first[0])
        assert len(built) == 2
        assert not np.array_equal(second, first[0])  # new seeds, same table


class TestAdditiveGaussianNoise:
    def test_cached_offsets_tables_are_read_only(self):
        table, cdf, _ = arithmetic._get_offsets_table(arithmetic._GaussianNoise, (0, 3))
        assert not table.flags.writeable
        assert not cdf.flags.writeable

    def test_parameters(self):
        aug = arithmetic.AdditiveGaussianNoise()
        assert isinstance(aug.value, iap.Normal)
        assert isinstance(aug.value.loc, iap.Deterministic)
        assert aug.value.loc.value == 0
        assert isinstance(aug.value.scale, iap.Uniform)
        assert (aug.value.scale.a.value, aug.value.scale.b.value) == (0, 15)
        aug = arithmetic.AdditiveGaussianNoise(
            loc=(1, 2), scale=[1, 2], per_channel=0.5
        )
        assert isinstance(aug.value.loc, iap.Uniform)
        assert isinstance(aug.value.scale, iap.Choice)
        assert isinstance(aug.per_channel, iap.Binomial)
        with pytest.raises((ValueError, TypeError), match="loc"):
            arithmetic.AdditiveGaussianNoise(loc="foo")

    def test_loc_without_scale_is_exact(self):
        image = np.array([[[0, 100, 250]]], dtype=np.uint8)
        aug = arithmetic.AdditiveGaussianNoise(loc=10, scale=0)
        assert aug(image=image).tolist() == [[[10, 110, 255]]]
        aug = arithmetic.AdditiveGaussianNoise(loc=-10.4, scale=0)
        assert aug(image=image).tolist() == [[[0, 90, 240]]]
        int16 = np.array([[[0, -30000]]], dtype=np.int16)
        aug = arithmetic.AdditiveGaussianNoise(loc=1000, scale=0)
        assert aug(image=int16).tolist() == [[[1000, -29000]]]

    @pytest.mark.parametrize("per_channel", [False, True])
    def test_statistics(self, per_channel):
        images = np.full((4, 64, 64, 3), 128, dtype=np.uint8)
        aug = arithmetic.AdditiveGaussianNoise(
            loc=3, scale=10, per_channel=per_channel, seed=1
        )
        noise = aug(images=images).astype(np.float64) - 128
        assert noise.mean() == pytest.approx(3, abs=0.3)
        assert noise.std() == pytest.approx(10, abs=0.3)

    def test_float_images_get_continuous_noise(self):
        image = np.full((64, 64, 1), 0.5, dtype=np.float32)
        aug = arithmetic.AdditiveGaussianNoise(scale=0.05, seed=1)
        noise = aug(image=image).astype(np.float64) - 0.5
        assert noise.std() == pytest.approx(0.05, rel=0.05)
        assert abs(noise.mean()) < 0.005

    def test_uint8_saturates(self):
        image = np.array([[[0, 255]]], dtype=np.uint8)
        assert arithmetic.AdditiveGaussianNoise(loc=500, scale=1)(
            image=image
        ).tolist() == [[[255, 255]]]
        assert arithmetic.AdditiveGaussianNoise(loc=-500, scale=1)(
            image=image
        ).tolist() == [[[0, 0]]]

    def test_negative_sampled_scale_raises(self):
        aug = arithmetic.AdditiveGaussianNoise(scale=iap.Deterministic(-1))
        with pytest.raises(ValueError, match="scale"):
            aug(image=np.zeros((2, 2, 1), dtype=np.uint8))


class TestAdditiveLaplaceNoise:
    def test_parameters(self):
        aug = arithmetic.AdditiveLaplaceNoise()
        assert isinstance(aug.value, iap.Laplace)
        assert aug.value.loc.value == 0
        assert (aug.value.scale.a.value, aug.value.scale.b.value) == (0, 15)

    def test_statistics(self):
        images = np.full((4, 64, 64, 3), 128, dtype=np.uint8)
        aug = arithmetic.AdditiveLaplaceNoise(loc=-2, scale=5, per_channel=True, seed=1)
        noise = aug(images=images).astype(np.float64) - 128
        assert noise.mean() == pytest.approx(-2, abs=0.2)
        assert noise.std() == pytest.approx(5 * np.sqrt(2), rel=0.05)
        # heavier tails than a normal distribution of the same std
        assert np.median(np.abs(noise + 2)) == pytest.approx(5 * np.log(2), abs=0.6)

    def test_loc_without_scale_is_exact(self):
        image = np.array([[[0, 100, 250]]], dtype=np.uint8)
        aug = arithmetic.AdditiveLaplaceNoise(loc=-3, scale=0)
        assert aug(image=image).tolist() == [[[0, 97, 247]]]


class TestAdditivePoissonNoise:
    def test_parameters(self):
        aug = arithmetic.AdditivePoissonNoise()
        assert isinstance(aug.value, iap.RandomSign)
        assert isinstance(aug.value.other_param, iap.Poisson)
        lam = aug.value.other_param.lam
        assert isinstance(lam, iap.Uniform)
        assert (lam.a.value, lam.b.value) == (0.0, 15.0)

    def test_statistics(self):
        images = np.full((4, 64, 64, 3), 128, dtype=np.uint8)
        aug = arithmetic.AdditivePoissonNoise(lam=4, per_channel=True, seed=1)
        noise = aug(images=images).astype(np.float64) - 128
        assert np.all(noise == np.round(noise))
        assert noise.mean() == pytest.approx(0, abs=0.1)
        assert np.abs(noise).mean() == pytest.approx(4, abs=0.1)
        assert noise.std() == pytest.approx(np.sqrt(4 + 16), rel=0.03)
        assert np.mean(noise == 0) == pytest.approx(np.exp(-4), abs=0.005)

    def test_p_positive_of_the_value_parameter(self):
        aug = arithmetic.AdditivePoissonNoise(lam=5, seed=1)
        aug.value.p_positive = 1.0
        image = np.full((16, 16, 1), 100, dtype=np.uint8)
        result = aug(image=image)
        assert result.min() >= 100
        assert result.max() > 105


# ================================================================== cutout
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage  # noqa: E402
from imgaug.augmentables.lines import LineString, LineStringsOnImage  # noqa: E402
from imgaug.augmentables.polys import Polygon, PolygonsOnImage  # noqa: E402
from imgaug.augmenters.arithmetic import (  # noqa: E402
    CoarseDropout,
    CoarsePepper,
    CoarseSalt,
    CoarseSaltAndPepper,
    ContrastNormalization,
    Cutout,
    Dropout,
    Dropout2d,
    ImpulseNoise,
    Invert,
    JpegCompression,
    Pepper,
    ReplaceElementwise,
    Salt,
    SaltAndPepper,
    Solarize,
    TotalDropout,
    compress_jpeg,
    cutout,
    cutout_,
    invert,
    invert_,
    replace_elementwise_,
    solarize,
    solarize_,
)
from imgaug.augmenters.contrast import LinearContrast  # noqa: E402

ALL_DTYPE_NAMES = [
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


def _all_kinds(shape):
    heatmaps, segmaps, kpsoi = _kinds(shape)
    bbsoi = BoundingBoxesOnImage([BoundingBox(1, 1, 4, 5)], shape=shape)
    psoi = PolygonsOnImage([Polygon([(1, 1), (5, 1), (3, 4)])], shape=shape)
    lsoi = LineStringsOnImage([LineString([(0, 0), (6, 5)])], shape=shape)
    return {
        "heatmaps": heatmaps,
        "segmentation_maps": segmaps,
        "keypoints": kpsoi,
        "bounding_boxes": bbsoi,
        "polygons": psoi,
        "line_strings": lsoi,
    }


class TestCutoutKernel:
    def test_constant_fill_truncates_and_clips_coordinates(self):
        image = np.zeros((4, 6), dtype=np.uint8)
        result = cutout_(image, -2.5, 1.9, 3.7, 10, cval=5)
        assert result is image
        expected = np.zeros((4, 6), dtype=np.uint8)
        expected[1:4, 0:3] = 5
        assert np.array_equal(result, expected)

    def test_empty_area_is_a_no_op(self):
        image = np.ones((3, 3, 2), dtype=np.uint8)
        assert np.array_equal(cutout_(image, 2, 0, 2, 3, cval=9), np.ones((3, 3, 2)))
        assert np.array_equal(cutout_(image, 5, 5, 9, 9, cval=9), np.ones((3, 3, 2)))

    def test_cval_per_channel_is_repeated_and_cut(self):
        image = np.zeros((2, 2, 5), dtype=np.uint8)
        result = cutout(image, 0, 0, 2, 2, cval=[1, 2], fill_per_channel=True)
        assert result[0, 0].tolist() == [1, 2, 1, 2, 1]
        result = cutout(image, 0, 0, 2, 2, cval=[1, 2, 3, 4, 5, 6], fill_per_channel=1)
        assert result[1, 1].tolist() == [1, 2, 3, 4, 5]
        result = cutout(image, 0, 0, 2, 2, cval=[7, 2], fill_per_channel=0.4)
        assert result[1, 1].tolist() == [7] * 5
        assert image.sum() == 0  # cutout copies

    @pytest.mark.parametrize(
        ("dtype", "cval", "expected"),
        [
            ("uint8", 300, 255),
            ("uint8", -5, 0),
            ("int8", 200, 127),
            ("uint16", 12.9, 12),
            ("float32", 0.25, 0.25),
            ("bool", 0.7, True),
            ("bool", 0.3, True),
            ("bool", 0.0, False),
        ],
    )
    def test_constant_fill_values_per_dtype(self, dtype, cval, expected):
        image = np.zeros((2, 3, 1), dtype=dtype)
        result = cutout_(image, 0, 0, 2, 1, cval=cval)
        assert result[0, 0, 0] == expected
        assert result[0, 2, 0] == 0

    @pytest.mark.parametrize("dtype", ALL_DTYPE_NAMES)
    def test_gaussian_fill_stays_in_the_dtype_range(self, dtype):
        image = np.zeros((40, 40, 2), dtype=dtype)
        result = cutout_(image, 0, 0, 40, 40, fill_mode="gaussian", seed=1)
        assert result.dtype == np.dtype(dtype)
        values = result.astype(np.float64)
        if np.dtype(dtype).kind in "fb":
            low, center, high = 0.0, 0.5, 1.0
        else:
            info = np.iinfo(dtype)
            low, high = float(info.min), float(info.max)
            center = (low + high) / 2
        assert values.min() >= low and values.max() <= high
        if dtype != "bool":
            spread = (high - low) / 6
            assert abs(values.mean() - center) < 0.1 * spread
            assert 0.6 * spread < values.std() < 1.1 * spread
        # one noise value per pixel unless fill_per_channel
        assert np.array_equal(result[:, :, 0], result[:, :, 1])

    def test_gaussian_fill_per_channel_and_seeds(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        a = cutout(
            image, 0, 0, 10, 10, fill_mode="gaussian", fill_per_channel=True, seed=3
        )
        b = cutout(
            image, 0, 0, 10, 10, fill_mode="gaussian", fill_per_channel=True, seed=3
        )
        assert np.array_equal(a, b)
        assert not np.array_equal(a[:, :, 0], a[:, :, 1])

    def test_bad_fill_mode(self):
        with pytest.raises(ValueError, match="fill_mode"):
            cutout_(np.zeros((2, 2), np.uint8), 0, 0, 1, 1, fill_mode="x")


class TestCutout:
    def test_rows_of_one_image(self):
        # one image per call takes the single-row shortcut: same rows as np.repeat
        from imgaug.augmentables.batches import _BatchInAugmentation
        from imgaug.random import RNG

        image = np.zeros((30, 40, 3), dtype=np.uint8)
        for iterations in (0, 1, 3):
            aug = Cutout(nb_iterations=iterations)
            batch = _BatchInAugmentation(images=[image])
            rows = aug._draw_samples(batch, RNG(1)).rows
            expected = np.repeat(np.arange(1), iterations)
            assert rows.dtype == expected.dtype
            assert np.array_equal(rows, expected)
            two = aug._draw_samples(_BatchInAugmentation(images=[image] * 2), RNG(1))
            assert two.rows.tolist() == [0] * iterations + [1] * iterations

    @pytest.mark.parametrize(
        "dtype", ["uint8", "int8", "uint16", "int32", "uint32", "float32", "bool"]
    )
    def test_numpy_scalar_fill_equals_the_array_route(self, dtype):
        image = np.zeros((2, 2, 3), dtype=dtype)
        for cval in (np.int32(300), np.int32(-3), np.float32(-5.5), np.float64(0.7)):
            scalar = arithmetic._get_constant_fill(image, cval, False)
            via_array = arithmetic._get_constant_fill(image, np.array([cval]), False)
            assert scalar.dtype == via_array.dtype and scalar == via_array

    def test_fixed_position_and_size(self):
        image = np.zeros((20, 40, 3), dtype=np.uint8)
        aug = Cutout(position=(0.5, 0.5), size=0.2, cval=50)
        result = aug(image=image)
        # square of 0.2 * 20 = 4 px centred on (20, 10)
        expected = np.zeros_like(image)
        expected[8:12, 18:22] = 50
        assert np.array_equal(result, expected)

    def test_not_squared_uses_the_width(self):
        image = np.zeros((20, 40, 1), dtype=np.uint8)
        result = Cutout(position="left-top", size=0.5, squared=False, cval=9)(
            image=image
        )
        expected = np.zeros_like(image)
        expected[0:5, 0:10] = 9
        assert np.array_equal(result, expected)

    def test_iterations_and_noop(self):
        image = np.zeros((20, 20, 1), dtype=np.uint8)
        assert np.array_equal(Cutout(nb_iterations=0)(image=image), image)
        result = Cutout(nb_iterations=5, size=0.1, cval=1, seed=2)(image=image)
        assert 4 <= result.sum() <= 5 * 4

    def test_cval_all_and_fill_mode_list(self):
        aug = Cutout(cval="ALL", fill_mode=["constant", "gaussian"])
        assert isinstance(aug.cval, iap.Uniform)
        assert isinstance(aug.fill_mode, iap.Choice)

    def test_annotations_untouched(self):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        kinds = _all_kinds(image.shape)
        out = Cutout(size=0.5, cval=200)(image=image, **kinds)
        assert out[0].max() == 200
        assert np.array_equal(out[1].arr_0to1, kinds["heatmaps"].arr_0to1)
        assert np.array_equal(out[3].to_xy_array(), kinds["keypoints"].to_xy_array())

    def test_parameters(self):
        aug = Cutout()
        params = aug.get_parameters()
        assert isinstance(params[0], iap.Deterministic) and params[0].value == 1
        assert isinstance(params[1], tuple)
        assert isinstance(params[2], iap.Deterministic)
        assert params[4].value == "constant"
        assert params[5].value == 128


# ================================================================ dropout
class TestDropout:
    def test_zero_and_one(self):
        image = _image(shape=(10, 12, 3)) | 1
        assert np.array_equal(Dropout(0)(image=image), image)
        assert not Dropout(1.0)(image=image).any()

    @pytest.mark.parametrize("per_channel", [False, True])
    def test_fraction_and_per_channel(self, per_channel):
        image = np.full((100, 100, 3), 9, dtype=np.uint8)
        result = Dropout(0.3, per_channel=per_channel, seed=1)(image=image)
        assert abs((result == 0).mean() - 0.3) < 0.02
        same_across_channels = np.array_equal(result[:, :, 0], result[:, :, 1])
        assert same_across_channels != per_channel

    def test_parameter_conversions(self):
        assert Dropout(0.25).mul.p.value == 0.75
        tuple_param = Dropout((0.1, 0.3)).mul.p
        assert isinstance(tuple_param, iap.Uniform)
        assert np.isclose(tuple_param.a.value, 0.7) and np.isclose(
            tuple_param.b.value, 0.9
        )
        assert isinstance(Dropout([0.1, 0.2]).mul.p, iap.Subtract)
        keep = iap.Binomial(0.4)
        assert Dropout(keep).mul is keep
        assert isinstance(Dropout(), MultiplyElementwise)

    @pytest.mark.parametrize("p", [(0.5, 0.2), (0.3, 0.3), -0.1, 1.5, [0.2, 2.0]])
    def test_bad_probabilities(self, p):
        with pytest.raises(ValueError, match="'p'"):
            Dropout(p=p)

    def test_stochastic_parameter_is_the_keep_mask(self):
        image = np.full((20, 20, 1), 5, dtype=np.uint8)
        keep_all = Dropout(iap.Deterministic(1))(image=image)
        assert np.array_equal(keep_all, image)
        drop_all = Dropout(iap.Choice([0]))(image=image)
        assert not drop_all.any()

    @pytest.mark.parametrize("dtype", ["bool", "uint16", "int8", "float16", "float32"])
    def test_other_dtypes(self, dtype):
        image = np.ones((30, 30, 2), dtype=dtype)
        result = Dropout(0.5, seed=3)(image=image)
        assert result.dtype == np.dtype(dtype)
        assert 0.3 < (result == 0).mean() < 0.7
        assert set(np.unique(result.astype(np.float64)).tolist()) == {0.0, 1.0}

    def test_many_channels_per_channel(self):
        image = np.full((10, 10, 6), 3, dtype=np.uint8)
        result = Dropout(0.5, per_channel=True, seed=5)(image=image)
        assert 0.3 < (result == 0).mean() < 0.7
        assert not np.array_equal(result[:, :, 4], result[:, :, 5])

    def test_rows_differ_and_repeat_with_seed(self):
        images = np.full((4, 10, 10, 1), 3, dtype=np.uint8)
        a = Dropout(0.5, seed=9)(images=images)
        b = Dropout(0.5, seed=9)(images=list(images))
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
        assert not np.array_equal(a[0], a[1])


class TestCoarseDropout:
    def test_blocks_follow_the_nearest_upscaling(self):
        image = np.full((30, 40, 1), 8, dtype=np.uint8)
        result = CoarseDropout(0.5, size_px=5, seed=1)(image=image)
        dropped = result[:, :, 0] == 0
        rows = arithmetic._dropout.get_nearest_indices(5, 30)
        cols = arithmetic._dropout.get_nearest_indices(5, 40)
        for value in np.unique(rows):
            for col_value in np.unique(cols):
                block = dropped[np.ix_(rows == value, cols == col_value)]
                assert block.all() or not block.any()
        assert 0.1 < dropped.mean() < 0.9

    def test_cell_rectangles_equal_the_full_mask(self, monkeypatch):
        image = _image(shape=(31, 45, 3)) | 1
        for per_channel in (False, True):
            kwargs = {"size_px": (3, 9), "per_channel": per_channel, "seed": 4}
            few = CoarseDropout(0.2, **kwargs)(images=[image] * 3)
            monkeypatch.setattr(arithmetic, "_MAX_DROPPED_CELLS", -1)
            full = CoarseDropout(0.2, **kwargs)(images=[image] * 3)
            monkeypatch.undo()
            for a, b in zip(few, full, strict=True):
                assert np.array_equal(a, b)

    def test_size_parameters(self):
        assert CoarseDropout().mul.size_px.a.value == 3
        both = CoarseDropout(size_px=4, size_percent=0.5)
        assert both.mul.size_method == "px"
        percent = CoarseDropout(size_percent=0.1, min_size=2)
        assert percent.mul.size_method == "percent" and percent.mul.min_size == 2
        with pytest.raises(ValueError, match="min_size"):
            CoarseDropout(min_size=0)

    def test_size_percent_resolution(self):
        image = np.full((40, 40, 1), 8, dtype=np.uint8)
        result = CoarseDropout(0.5, size_percent=0.1, seed=2)(image=image)
        # 4x4 cells of 10x10 pixels
        blocks = (result[:, :, 0] == 0).reshape(4, 10, 4, 10)
        assert np.all(blocks.all(axis=(1, 3)) | ~blocks.any(axis=(1, 3)))


class TestMultiplyElementwiseMasks:
    def test_lower_resolution_with_other_method_uses_generic_path(self):
        mul = iap.FromLowerResolution(iap.Binomial(0.5), size_px=3, method="linear")
        image = np.full((12, 12, 1), 5, dtype=np.uint8)
        result = MultiplyElementwise(mul, seed=1)(image=image)
        assert set(np.unique(result).tolist()) <= {0, 5}

    def test_probability_outside_unit_interval_raises(self):
        aug = MultiplyElementwise(iap.Binomial(iap.Deterministic(1.5)))
        with pytest.raises(ValueError, match="probabilities"):
            aug(image=np.zeros((3, 3, 1), dtype=np.uint8))


class TestDropout2d:
    def test_keeps_at_least_nb_keep_channels(self):
        image = np.full((4, 4, 5), 7, dtype=np.uint8)
        for seed in range(5):
            result = Dropout2d(1.0, nb_keep_channels=2, seed=seed)(image=image)
            kept = [c for c in range(5) if result[:, :, c].any()]
            assert len(kept) == 2
            assert all(result[:, :, c].min() == 7 for c in kept)

    def test_negative_keep_counts_as_zero(self):
        assert Dropout2d(nb_keep_channels=-3).nb_keep_channels == 0

    def test_probability_zero_and_fraction(self):
        image = np.full((2, 2, 3), 7, dtype=np.uint8)
        assert np.array_equal(Dropout2d(0.0)(image=image), image)
        results = Dropout2d(0.5, nb_keep_channels=0, seed=1)(images=[image] * 200)
        dropped = np.mean([[not r[:, :, c].any() for c in range(3)] for r in results])
        assert 0.4 < dropped < 0.6

    def test_fully_dropped_rows_lose_their_annotations(self):
        image = np.full((6, 8, 3), 7, dtype=np.uint8)
        kinds = _all_kinds(image.shape)
        out = Dropout2d(1.0, nb_keep_channels=0)(image=image, **kinds)
        assert not out[0].any()
        assert not out[1].arr_0to1.any()
        assert not out[2].arr.any()
        for container in out[3:]:
            assert len(container.items) == 0
        # the caller's objects are untouched
        assert len(kinds["keypoints"].items) == 2

    def test_partly_dropped_rows_keep_their_annotations(self):
        image = np.full((6, 8, 3), 7, dtype=np.uint8)
        kinds = _all_kinds(image.shape)
        out = Dropout2d(1.0, nb_keep_channels=1)(image=image, **kinds)
        assert np.array_equal(out[1].arr_0to1, kinds["heatmaps"].arr_0to1)
        assert len(out[3].items) == 2

    def test_without_images(self):
        kpsoi = _all_kinds((6, 8, 3))["keypoints"]
        assert len(Dropout2d(1.0, nb_keep_channels=0)(keypoints=kpsoi).items) == 0
        assert len(Dropout2d(0.0, nb_keep_channels=0)(keypoints=kpsoi).items) == 2

    def test_parameters(self):
        aug = Dropout2d(p=0.2, nb_keep_channels=2)
        params = aug.get_parameters()
        assert isinstance(params[0], iap.Binomial) and np.isclose(
            params[0].p.value, 0.8
        )
        assert params[1] == 2


class TestTotalDropout:
    @pytest.mark.parametrize("dtype", ["bool", "uint8", "int16", "float64"])
    def test_drops_everything(self, dtype):
        image = np.ones((6, 8, 3), dtype=dtype)
        kinds = _all_kinds(image.shape)
        out = TotalDropout(1.0)(image=image, **kinds)
        assert out[0].dtype == np.dtype(dtype) and not out[0].any()
        assert not out[1].arr_0to1.any() and not out[2].arr.any()
        assert all(len(container.items) == 0 for container in out[3:])

    def test_keeps_everything(self):
        image = np.ones((6, 8, 3), dtype=np.uint8)
        kinds = _all_kinds(image.shape)
        out = TotalDropout(0.0)(image=image, **kinds)
        assert np.array_equal(out[0], image)
        assert len(out[3].items) == 2

    def test_rows_are_dropped_independently(self):
        images = np.ones((100, 2, 2, 1), dtype=np.uint8)
        result = TotalDropout(0.5, seed=3)(images=images)
        dropped = (result.reshape(100, -1) == 0).all(axis=1)
        assert 30 < dropped.sum() < 70
        assert TotalDropout(0.3).get_parameters()[0].p.value == 0.7


# ===================================================== replace elementwise
class TestReplaceElementwiseKernel:
    def test_rounds_clips_and_keeps_order(self):
        image = np.zeros((2, 3), dtype=np.uint8)
        mask = np.array([[1, 0, 1], [0, 0.7, 0.2]])
        result = replace_elementwise_(image, mask, [1.5, -4, 300.2])
        assert result is image
        assert result.tolist() == [[2, 0, 0], [0, 255, 0]]

    def test_pixel_mask_repeats_over_channels_in_pixel_order(self):
        image = np.zeros((2, 2, 2), dtype=np.int16)
        mask = np.array([[[1], [0]], [[0], [1]]], dtype=bool)
        result = replace_elementwise_(image, mask, [1, 2, 3, 4])
        assert result[0, 0].tolist() == [1, 2]
        assert result[1, 1].tolist() == [3, 4]
        assert result[0, 1].tolist() == [0, 0]
        single = replace_elementwise_(np.zeros((2, 2, 3), np.uint8), mask[:, :, 0], 9)
        assert single[1, 1].tolist() == [9, 9, 9]

    def test_channel_mask(self):
        image = np.zeros((1, 2, 2), dtype=np.float32)
        mask = np.array([[[True, False], [False, True]]])
        result = replace_elementwise_(image, mask, [0.25, 0.5])
        assert result.tolist() == [[[0.25, 0.0], [0.0, 0.5]]]

    def test_bool_and_float16(self):
        image = np.zeros((1, 3), dtype=bool)
        result = replace_elementwise_(image, np.ones((1, 3)), [0.2, 0.6, 5])
        assert result.tolist() == [[False, True, True]]
        half = replace_elementwise_(
            np.zeros((1, 2), np.float16), np.ones((1, 2)), [1, 1e6]
        )
        assert half.tolist() == [[1.0, np.finfo(np.float16).max]]

    def test_non_contiguous_and_readonly_images(self):
        base = np.zeros((4, 4, 3), dtype=np.uint8)
        view = base[:, ::2]
        mask = np.ones((4, 2), dtype=bool)
        result = replace_elementwise_(view, mask, 5)
        assert result.min() == 5
        readonly = np.zeros((2, 2), dtype=np.uint8)
        readonly.flags.writeable = False
        assert replace_elementwise_(readonly, np.ones((2, 2)), 3).min() == 3
        assert readonly.max() == 0

    def test_count_mismatch(self):
        with pytest.raises(ValueError, match="replacements"):
            replace_elementwise_(np.zeros((2, 2), np.uint8), np.ones((2, 2)), [1, 2])


class TestReplaceElementwise:
    def test_all_and_nothing(self):
        image = _image(shape=(5, 6, 3))
        assert (
            ReplaceElementwise(1.0, 77)(image=image).tolist()
            == np.full((5, 6, 3), 77).tolist()
        )
        assert np.array_equal(ReplaceElementwise(0, 77)(image=image), image)

    def test_per_pixel_values_are_shared_by_the_channels(self):
        image = np.zeros((30, 30, 3), dtype=np.uint8)
        result = ReplaceElementwise(0.5, (10, 250), seed=1)(image=image)
        assert np.array_equal(result[:, :, 0], result[:, :, 2])
        assert 0.4 < (result[:, :, 0] > 0).mean() < 0.6
        assert len(np.unique(result)) > 50

    def test_per_channel(self):
        image = np.zeros((30, 30, 3), dtype=np.uint8)
        result = ReplaceElementwise(0.5, 100, per_channel=True, seed=1)(image=image)
        assert not np.array_equal(result[:, :, 0], result[:, :, 1])

    def test_generic_mask_parameter(self):
        image = np.zeros((10, 10, 2), dtype=np.uint8)
        result = ReplaceElementwise(iap.Choice([0.0, 1.0]), 5, seed=2)(image=image)
        assert 0.2 < (result == 5).mean() < 0.8
        assert np.array_equal(result[:, :, 0], result[:, :, 1])

    def test_parameters(self):
        aug = ReplaceElementwise((0.1, 0.2), [1, 2])
        mask, replacement, per_channel = aug.get_parameters()
        assert isinstance(mask, iap.Binomial) and isinstance(mask.p, iap.Uniform)
        assert isinstance(replacement, iap.Choice)
        assert isinstance(per_channel, iap.Deterministic)


class TestSaltAndPepperFamily:
    def test_salt_is_bright_and_pepper_dark(self):
        image = np.full((40, 40, 1), 128, dtype=np.uint8)
        salt = Salt(1.0, seed=1)(image=image)
        pepper = Pepper(1.0, seed=1)(image=image)
        assert salt.min() >= 127 and salt.mean() > 180
        assert pepper.max() <= 128 and pepper.mean() < 75
        both = SaltAndPepper(1.0, seed=1)(image=image)
        assert (both < 64).mean() > 0.2 and (both > 191).mean() > 0.2

    def test_impulse_noise_is_per_channel(self):
        aug = ImpulseNoise(0.5)
        assert aug.per_channel.value == 1
        image = np.full((30, 30, 3), 128, dtype=np.uint8)
        result = ImpulseNoise(0.5, seed=2)(image=image)
        assert not np.array_equal(result[:, :, 0], result[:, :, 1])

    @pytest.mark.parametrize("cls", [CoarseSaltAndPepper, CoarseSalt, CoarsePepper])
    def test_coarse_variants_use_lower_resolution_masks(self, cls):
        aug = cls(0.5, size_px=4, seed=3)
        assert isinstance(aug.mask, iap.FromLowerResolution)
        assert isinstance(aug.mask.other_param, iap.Binomial)
        image = np.full((40, 40, 1), 128, dtype=np.uint8)
        changed = (aug(image=image) != 128)[:, :, 0]
        cells = changed.reshape(4, 10, 4, 10).any(axis=(1, 3))
        assert 0 < cells.sum() < 16
        # whole 10x10 cells are replaced (individual values may stay 128)
        assert changed.reshape(4, 10, 4, 10).any(axis=(1, 3)).sum() == cells.sum()
        assert (changed.reshape(4, 10, 4, 10).mean(axis=(1, 3))[cells] > 0.9).all()

    def test_default_coarse_size(self):
        mask = CoarseSalt().mask
        assert mask.size_method == "px"
        assert mask.size_px.a.value == 3 and mask.size_px.b.value == 8
        assert mask.min_size == 3


# ================================================================= invert
class TestInvertKernel:
    def test_uint8_full_range(self):
        image = np.array([[0, 1, 128, 255]], dtype=np.uint8)
        assert invert(image).tolist() == [[255, 254, 127, 0]]

    @pytest.mark.parametrize(
        ("threshold", "above", "inverted"),
        [
            (100.7, True, lambda v: v >= 100),
            (100.7, False, lambda v: v < 100),
            (-0.5, True, lambda v: v >= 0),
            (300, True, lambda v: v < 0),
            (0.5, False, lambda v: v < 0),
        ],
    )
    def test_uint8_threshold_uses_its_int(self, threshold, above, inverted):
        values = np.arange(256, dtype=np.uint8).reshape(16, 16)
        result = invert(values, threshold=threshold, invert_above_threshold=above)
        expected = np.where(inverted(values.astype(int)), 255 - values, values)
        assert np.array_equal(result, expected)

    def test_uint8_custom_range(self):
        values = np.arange(256, dtype=np.int64)
        result = invert(values.astype(np.uint8), min_value=20, max_value=200)
        expected = np.clip(200 - np.abs(values - 20), 20, 200)
        assert np.array_equal(result, expected)

    @pytest.mark.parametrize(
        "dtype", ["uint16", "uint32", "uint64", "int8", "int32", "int64"]
    )
    def test_integers_full_range(self, dtype):
        info = np.iinfo(dtype)
        image = np.array([info.min, 0, 5, info.max], dtype=dtype)
        result = invert(image)
        expected = [info.max - (v - info.min) for v in image.tolist()]
        assert result.dtype == np.dtype(dtype)
        assert result.tolist() == expected

    @pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
    def test_floats_full_range_negate(self, dtype):
        image = np.array([-1.5, 0.0, 0.25], dtype=dtype)
        assert invert(image).tolist() == [1.5, -0.0, -0.25]

    def test_bool(self):
        assert invert(np.array([True, False])).tolist() == [False, True]

    @pytest.mark.parametrize("dtype", ["uint16", "int16", "int32", "float32"])
    def test_custom_range_clips_first(self, dtype):
        image = np.array([0, 10, 30, 90, 200], dtype=dtype)
        result = invert(image, min_value=10, max_value=100)
        assert result.tolist() == [100, 100, 80, 20, 10]

    def test_threshold_other_dtypes(self):
        image = np.array([0.1, 0.5, 0.9], dtype=np.float32)
        result = invert(image, min_value=0.0, max_value=1.0, threshold=0.5)
        assert np.allclose(result, [0.1, 0.5, 0.1])
        below = invert(
            image,
            min_value=0.0,
            max_value=1.0,
            threshold=0.5,
            invert_above_threshold=False,
        )
        assert np.allclose(below, [0.9, 0.5, 0.9])

    def test_in_place_and_copy(self):
        image = np.array([[0, 10]], dtype=np.uint8)
        assert invert_(image) is image and image.tolist() == [[255, 245]]
        copy_source = np.array([[0, 10]], dtype=np.uint8)
        assert invert(copy_source).tolist() == [[255, 245]]
        assert copy_source.tolist() == [[0, 10]]
        readonly = np.array([[0, 10]], dtype=np.uint8)
        readonly.flags.writeable = False
        assert invert_(readonly, threshold=5).tolist() == [[0, 245]]

    def test_custom_range_checks(self):
        image = np.zeros((2, 2), dtype=np.uint8)
        with pytest.raises(ValueError, match="min_value"):
            invert(image, min_value=-1)
        with pytest.raises(ValueError, match="max_value"):
            invert(image, max_value=256)
        with pytest.raises(ValueError, match="min_value"):
            invert(image, min_value=10, max_value=10)
        for dtype in ("bool", "uint64", "int64", "float64"):
            with pytest.raises(ValueError):
                invert(np.zeros((2, 2), dtype=dtype), min_value=0, max_value=1)

    def test_solarize(self):
        image = np.array([[0, 127, 128, 255]], dtype=np.uint8)
        assert solarize(image).tolist() == [[0, 127, 127, 0]]
        assert solarize_(image, threshold=200).tolist() == [[0, 127, 128, 0]]

    def test_empty(self):
        empty = np.zeros((0, 2, 3), dtype=np.uint8)
        assert invert(empty).shape == empty.shape


class TestInvert:
    def test_probability(self):
        image = np.array([[[0], [100]]], dtype=np.uint8)
        assert Invert(1.0)(image=image).tolist() == [[[255], [155]]]
        assert Invert(0.0)(image=image).tolist() == image.tolist()
        results = Invert(0.5, seed=1)(images=[image] * 100)
        inverted = sum(int(r[0, 0, 0] == 255) for r in results)
        assert 30 < inverted < 70

    def test_per_channel_selects_channels(self):
        image = np.zeros((2, 2, 3), dtype=np.uint8)
        aug = Invert(iap.DeterministicList([1, 0, 1]), per_channel=True)
        assert aug(image=image)[0, 0].tolist() == [255, 0, 255]
        float_image = np.zeros((2, 2, 3), dtype=np.float32) + 0.5
        assert aug(image=float_image)[0, 0].tolist() == [-0.5, 0.5, -0.5]

    def test_threshold_and_side(self):
        image = np.array([[[10], [200]]], dtype=np.uint8)
        above = Invert(1.0, threshold=100, invert_above_threshold=True)(image=image)
        below = Invert(1.0, threshold=100, invert_above_threshold=False)(image=image)
        assert above.tolist() == [[[10], [55]]]
        assert below.tolist() == [[[245], [200]]]

    def test_custom_range_per_channel_uint8(self):
        image = np.array([[[30, 30]]], dtype=np.uint8)
        aug = Invert(
            iap.DeterministicList([1, 0]), per_channel=True, min_value=20, max_value=100
        )
        assert aug(image=image).tolist() == [[[90, 30]]]

    def test_non_uint8_threshold(self):
        image = np.array([[[100], [1000]]], dtype=np.uint16)
        result = Invert(1.0, threshold=500)(image=image)
        assert result.tolist() == [[[100], [64535]]]

    def test_parameters(self):
        aug = Invert(min_value=1, max_value=5)
        p, per_channel, min_value, max_value, threshold, above = aug.get_parameters()
        assert p.value == 1 and per_channel.value == 0
        assert (min_value, max_value, threshold) == (1, 5, None)
        assert isinstance(above, iap.Binomial)
        assert np.dtype("uint8") in Invert.ALLOW_DTYPES_CUSTOM_MINMAX
        assert np.dtype("float64") not in Invert.ALLOW_DTYPES_CUSTOM_MINMAX
        with pytest.raises(ValueError, match="min_value"):
            Invert(min_value=10, max_value=5)
        with pytest.raises(ValueError):
            Invert(min_value=0, max_value=1)(image=np.zeros((2, 2, 1), np.float64))

    def test_solarize_defaults(self):
        aug = Solarize()
        assert isinstance(aug.threshold, iap.Uniform)
        assert (aug.threshold.a.value, aug.threshold.b.value) == (64, 192)
        assert aug.invert_above_threshold.value == 1
        image = np.array([[[10], [250]]], dtype=np.uint8)
        assert Solarize(1.0, threshold=200)(image=image).tolist() == [[[10], [5]]]


# =================================================================== JPEG
def _pil_jpeg(image, quality):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="JPEG", quality=quality)
    buffer.seek(0)
    return np.asarray(Image.open(buffer))


class TestCompressJpeg:
    @pytest.mark.parametrize(("compression", "quality"), [(0, 100), (50, 51), (95, 7)])
    def test_equals_pillow_at_the_mapped_quality(self, compression, quality):
        image = _image(shape=(24, 40, 3)) // 2
        image[5:15, 5:25] = (250, 10, 10)  # colour structure for the chroma channels
        assert np.array_equal(
            compress_jpeg(image, compression), _pil_jpeg(image, quality)
        )

    def test_gray_shapes(self):
        gray = _image(shape=(24, 40, 1))
        result = compress_jpeg(gray, 60)
        assert result.shape == (24, 40, 1)
        assert np.array_equal(result[:, :, 0], _pil_jpeg(gray[:, :, 0], 41))
        assert compress_jpeg(gray[:, :, 0], 60).shape == (24, 40)

    def test_stronger_compression_loses_more(self):
        image = _image(shape=(32, 32, 3))
        errors = [
            np.abs(compress_jpeg(image, c).astype(int) - image).mean()
            for c in (0, 50, 99)
        ]
        assert errors[0] < errors[1] < errors[2]

    def test_quality_mapping(self):
        quality = arithmetic._jpeg.get_jpeg_quality
        assert [quality(c) for c in (0, 1, 50, 99, 100)] == [100, 99, 51, 3, 2]

    def test_bad_inputs(self):
        with pytest.raises(ValueError, match="image"):
            compress_jpeg(np.zeros((4, 4, 3), dtype=np.float32), 50)
        with pytest.raises(ValueError, match="image"):
            compress_jpeg(np.zeros((4, 4, 2), dtype=np.uint8), 50)
        with pytest.raises(ValueError, match="compression"):
            compress_jpeg(np.zeros((4, 4, 3), dtype=np.uint8), 101)
        assert compress_jpeg(np.zeros((0, 4, 3), dtype=np.uint8), 50).shape == (0, 4, 3)


class TestJpegCompression:
    def test_truncates_the_sampled_compression(self):
        image = _image(shape=(16, 16, 3))
        result = JpegCompression(compression=60.9)(image=image)
        assert np.array_equal(result, compress_jpeg(image, 60))
        assert JpegCompression(compression=60.9).get_parameters()[0].value == 60.9

    def test_range_check(self):
        with pytest.raises(ValueError, match="compression"):
            JpegCompression(compression=150)


# ===================================================== ContrastNormalization
def test_contrast_normalization_is_a_deprecated_linear_contrast():
    import imgaug.imgaug as ia

    with pytest.warns(ia.DeprecationWarning, match="LinearContrast"):
        aug = ContrastNormalization((0.5, 1.5), per_channel=True, name="cn", seed=1)
    assert isinstance(aug, LinearContrast)
    assert aug.name == "cn"
    assert isinstance(aug.params1d[0], iap.Uniform)
    assert aug.per_channel.value == 1
