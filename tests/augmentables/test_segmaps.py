"""Tests for imgaug.augmentables.segmaps."""

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug._kernels.blend import blend_alpha
from imgaug.augmentables.segmaps import (
    SegmentationMapOnImage,
    SegmentationMapsOnImage,
)

COLORS = SegmentationMapsOnImage.DEFAULT_SEGMENT_COLORS


@pytest.fixture
def segmap_2x2():
    return SegmentationMapsOnImage(np.uint8([[0, 1], [2, 0]]), shape=(2, 2, 3))


class TestInit:
    @pytest.mark.parametrize(
        "dtype", [np.bool_, np.uint8, np.uint16, np.int8, np.int16, np.int32]
    )
    @pytest.mark.parametrize("ndim", [2, 3])
    def test_dtype_and_ndim_round_trip(self, dtype, ndim):
        values = np.array([[0, 1, 1], [1, 0, 1]])
        if dtype is not np.bool_:
            values = values * 3
        arr = values.astype(dtype)
        if ndim == 3:
            arr = np.stack([arr, arr[::-1]], axis=-1)
        segmap = SegmentationMapsOnImage(arr, shape=(2, 3, 3))
        assert segmap.arr.dtype == np.int32
        assert segmap.arr.ndim == 3
        assert segmap.arr.shape[0:2] == (2, 3)
        observed = segmap.get_arr()
        assert observed.dtype == np.dtype(dtype)
        assert observed.shape == arr.shape
        assert np.array_equal(observed, arr)

    def test_uint16_max_value_kept(self):
        arr = np.uint16([[65535, 0]])
        segmap = SegmentationMapsOnImage(arr, shape=(1, 2))
        assert segmap.arr[0, 0, 0] == 65535
        assert np.array_equal(segmap.get_arr(), arr)

    def test_remembers_input(self):
        segmap = SegmentationMapsOnImage(np.uint8([[0, 1]]), shape=(1, 2))
        assert segmap._input_was == (np.dtype(np.uint8), 2)

    @pytest.mark.parametrize("dtype", [np.uint32, np.uint64])
    def test_large_uint_fails(self, dtype):
        with pytest.raises(AssertionError, match="only uint8 and uint16 "):
            SegmentationMapsOnImage(np.zeros((2, 2), dtype=dtype), shape=(2, 2))

    def test_int64_fails(self):
        with pytest.raises(AssertionError, match="only int8, int16 and int32 "):
            SegmentationMapsOnImage(np.zeros((2, 2), dtype=np.int64), shape=(2, 2))

    def test_negative_values_fail(self):
        with pytest.raises(ValueError, match=">= 0"):
            SegmentationMapsOnImage(np.int32([[0, -1]]), shape=(1, 2))

    def test_negative_value_late_in_array_is_detected(self):
        # upstream only looked at the first 100 values (Appendix E 7, fixed)
        arr = np.zeros((20, 20), dtype=np.int16)
        arr[19, 19] = -3
        with pytest.raises(ValueError, match=">= 0"):
            SegmentationMapsOnImage(arr, shape=(20, 20))

    @pytest.mark.parametrize("dtype", [np.complex64, object])
    def test_other_dtypes_fail(self, dtype):
        with pytest.raises(Exception, match="bool, int or uint"):
            SegmentationMapsOnImage(np.zeros((2, 2), dtype=dtype), shape=(2, 2))

    def test_float_2d_is_deprecated_and_thresholded(self):
        arr = np.float32([[0.2, 0.7], [0.5, 0.51]])
        with pytest.warns(
            ia.DeprecationWarning, match="Got a float array as the segmentation map in"
        ):
            segmap = SegmentationMapsOnImage(arr, shape=(2, 2))
        assert np.array_equal(segmap.arr[:, :, 0], [[0, 1], [0, 1]])
        assert segmap.get_arr().dtype == np.bool_

    def test_float_3d_is_argmaxed(self):
        arr = np.zeros((1, 3, 3), dtype=np.float32)
        arr[0, 0, 2] = 1.0
        arr[0, 1, 1] = 1.0
        arr[0, 2, 0] = 1.0
        with pytest.warns(ia.DeprecationWarning):
            segmap = SegmentationMapsOnImage(arr, shape=(1, 3))
        assert np.array_equal(segmap.arr[:, :, 0], [[2, 1, 0]])
        assert segmap._input_was == (np.dtype(np.int32), 2)

    def test_nb_classes_is_deprecated(self):
        with pytest.warns(ia.DeprecationWarning, match="nb_classes"):
            SegmentationMapsOnImage(np.uint8([[0]]), shape=(1, 1), nb_classes=5)

    def test_shape_must_be_tuple(self):
        with pytest.raises(AssertionError, match="shape"):
            SegmentationMapsOnImage(np.uint8([[0]]), shape=[1, 1])

    @pytest.mark.parametrize("arr_shape", [(3,), (1, 1, 1, 1)])
    def test_wrong_ndim_fails(self, arr_shape):
        with pytest.raises(ValueError, match="arr"):
            SegmentationMapsOnImage(np.zeros(arr_shape, np.uint8), shape=(1, 1))

    def test_non_array_fails(self):
        with pytest.raises(TypeError, match="arr"):
            SegmentationMapsOnImage([[0, 1]], shape=(1, 2))

    def test_deprecated_function_name(self):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            segmap = SegmentationMapOnImage(np.uint8([[0, 1]]), shape=(1, 2))
        assert isinstance(segmap, SegmentationMapsOnImage)
        assert np.array_equal(segmap.arr[:, :, 0], [[0, 1]])

    def test_not_iterable(self, segmap_2x2):
        with pytest.raises(TypeError):
            len(segmap_2x2)
        assert not hasattr(segmap_2x2, "avg_pool")


class TestGetArr:
    def test_returns_copy(self, segmap_2x2):
        arr = segmap_2x2.get_arr()
        arr[...] = 9
        assert segmap_2x2.arr[0, 1, 0] == 1

    def test_int32_input_returns_copy(self):
        arr = np.int32([[0, 1]])
        segmap = SegmentationMapsOnImage(arr, shape=(1, 2))
        out = segmap.get_arr()
        assert np.array_equal(out, arr)
        assert not np.shares_memory(out, segmap.arr)

    def test_values_outside_input_dtype_are_clipped(self):
        segmap = SegmentationMapsOnImage(np.uint8([[0, 1]]), shape=(1, 2))
        segmap.arr = np.int32([[[300], [1]]])
        assert np.array_equal(segmap.get_arr(), np.uint8([[255, 1]]))

    def test_2d_input_with_channels_added_fails(self, segmap_2x2):
        segmap_2x2.arr = np.zeros((2, 2, 2), dtype=np.int32)
        with pytest.raises(ValueError, match="2D"):
            segmap_2x2.get_arr()

    def test_get_arr_int_is_deprecated(self, segmap_2x2):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            arr = segmap_2x2.get_arr_int()
        assert np.array_equal(arr, segmap_2x2.get_arr())


class TestDefaultColors:
    def test_values(self):
        assert len(COLORS) == 42
        assert COLORS[0] == (0, 0, 0)
        assert COLORS[1] == (230, 25, 75)
        assert COLORS[21] == (255, 255, 255)
        assert COLORS[41] == (64, 64, 64)
        assert all(len(color) == 3 for color in COLORS)


class TestDraw:
    def test_palette_lookup(self, segmap_2x2):
        drawn = segmap_2x2.draw()
        assert len(drawn) == 1
        assert drawn[0].dtype == np.uint8
        assert drawn[0].shape == (2, 2, 3)
        expected = np.uint8([[COLORS[0], COLORS[1]], [COLORS[2], COLORS[0]]])
        assert np.array_equal(drawn[0], expected)

    def test_one_drawing_per_channel(self):
        arr = np.stack([np.uint8([[0, 1]]), np.uint8([[3, 3]])], axis=-1)
        drawn = SegmentationMapsOnImage(arr, shape=(1, 2)).draw()
        assert len(drawn) == 2
        assert np.array_equal(drawn[1], np.uint8([[COLORS[3], COLORS[3]]]))

    def test_custom_colors(self, segmap_2x2):
        colors = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
        drawn = segmap_2x2.draw(colors=colors)
        assert np.array_equal(
            drawn[0], np.uint8([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [1, 2, 3]]])
        )

    def test_too_few_colors(self, segmap_2x2):
        with pytest.raises(AssertionError, match="exceed the maximum number of 2"):
            segmap_2x2.draw(colors=[(0, 0, 0), (255, 255, 255)])

    def test_invalid_colors(self, segmap_2x2):
        with pytest.raises(ValueError, match="colors"):
            segmap_2x2.draw(colors=[1, 2, 3])

    @pytest.mark.parametrize(
        ("size", "expected_hw"),
        [(None, (2, 2)), (4, (4, 4)), (1.5, (3, 3)), (0.1, (1, 1)), ((4, 1.5), (4, 3))],
    )
    def test_size(self, segmap_2x2, size, expected_hw):
        drawn = segmap_2x2.draw(size=size)
        assert drawn[0].shape == expected_hw + (3,)

    def test_size_resizes_nearest(self, segmap_2x2):
        drawn = segmap_2x2.draw(size=(4, 4))
        expected = np.repeat(np.repeat(segmap_2x2.draw()[0], 2, 0), 2, 1)
        assert np.array_equal(drawn[0], expected)

    def test_invalid_size(self, segmap_2x2):
        with pytest.raises(TypeError, match="size"):
            segmap_2x2.draw(size="large")


class TestDrawOnImage:
    def test_background_shows_image(self, segmap_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=1.0)
        assert len(mixed) == 1
        expected = np.uint8([[[100] * 3, COLORS[1]], [COLORS[2], [100] * 3]])
        assert np.array_equal(mixed[0], expected)
        assert np.all(image == 100)

    def test_draw_background(self, segmap_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=1.0, draw_background=True)
        assert np.array_equal(mixed[0], segmap_2x2.draw()[0])

    def test_other_background_class(self, segmap_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=1.0, background_class_id=2)
        assert tuple(mixed[0][1, 0]) == (100, 100, 100)
        assert tuple(mixed[0][0, 0]) == COLORS[0]

    def test_alpha_blend_uses_blend_alpha(self, segmap_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=0.5)
        expected = blend_alpha(segmap_2x2.draw()[0], image, 0.5)
        assert np.array_equal(mixed[0][0, 1], expected[0, 1])
        assert np.array_equal(mixed[0][1, 0], expected[1, 0])
        assert tuple(mixed[0][0, 0]) == (100, 100, 100)
        assert abs(int(mixed[0][0, 1, 0]) - 165) <= 1

    def test_alpha_zero_returns_image(self, segmap_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=0.0, draw_background=True)
        assert np.array_equal(mixed[0], image)

    def test_resize_segmap_to_image(self, segmap_2x2):
        image = np.zeros((4, 4, 3), dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, alpha=1.0, draw_background=True)
        assert np.array_equal(mixed[0], segmap_2x2.draw(size=(4, 4))[0])

    def test_resize_image_to_segmap(self, segmap_2x2):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        mixed = segmap_2x2.draw_on_image(image, resize="image")
        assert mixed[0].shape == (2, 2, 3)

    def test_background_threshold_is_deprecated(self, segmap_2x2):
        image = np.zeros((2, 2, 3), dtype=np.uint8)
        with pytest.warns(ia.DeprecationWarning, match="background_threshold"):
            segmap_2x2.draw_on_image(image, background_threshold=0.5)

    @pytest.mark.parametrize(
        ("kwargs", "exc", "match"),
        [
            ({"image": np.zeros((2, 2, 3), np.float32)}, ValueError, "uint8"),
            ({"image": np.zeros((2, 2), np.uint8)}, ValueError, "image"),
            (
                {"image": np.zeros((2, 2, 3), np.uint8), "alpha": -0.5},
                ValueError,
                "alpha",
            ),
            (
                {"image": np.zeros((2, 2, 3), np.uint8), "resize": "heatmaps"},
                ValueError,
                "resize",
            ),
        ],
    )
    def test_invalid_arguments(self, segmap_2x2, kwargs, exc, match):
        with pytest.raises(exc, match=match):
            segmap_2x2.draw_on_image(**kwargs)


class TestPadResize:
    def test_pad_constant(self, segmap_2x2):
        padded = segmap_2x2.pad(top=1, right=1, cval=3)
        expected = np.uint8([[3, 3, 3], [0, 1, 3], [2, 0, 3]])
        assert np.array_equal(padded.get_arr(), expected)
        assert padded.get_arr().dtype == np.uint8
        assert padded.shape == (2, 2, 3)
        assert segmap_2x2.arr.shape == (2, 2, 1)

    # issue 18, item 4: 0.4.0 documents cval as a number
    @pytest.mark.parametrize("cval", [3.0, np.float32(3), np.float64(3), np.int16(3)])
    def test_pad_integral_float_cval(self, segmap_2x2, cval):
        expected = segmap_2x2.pad(top=1, right=1, cval=3).get_arr()
        padded = segmap_2x2.pad(top=1, right=1, cval=cval)
        assert np.array_equal(padded.get_arr(), expected)
        assert padded.get_arr().dtype == np.uint8
        by_ratio = segmap_2x2.pad_to_aspect_ratio(0.5, cval=cval)
        assert np.array_equal(
            by_ratio.get_arr(), segmap_2x2.pad_to_aspect_ratio(0.5, cval=3).get_arr()
        )

    def test_pad_edge(self, segmap_2x2):
        padded = segmap_2x2.pad(left=1, mode="edge")
        assert np.array_equal(padded.get_arr(), [[0, 0, 1], [2, 2, 0]])

    def test_pad_to_aspect_ratio(self, segmap_2x2):
        padded, amounts = segmap_2x2.pad_to_aspect_ratio(
            0.5, cval=1, return_pad_amounts=True
        )
        assert amounts == (1, 0, 1, 0)
        assert np.array_equal(padded.get_arr(), [[1, 1], [0, 1], [2, 0], [1, 1]])
        only = segmap_2x2.pad_to_aspect_ratio(2.0)
        assert isinstance(only, SegmentationMapsOnImage)
        assert only.arr.shape == (2, 4, 1)

    def test_resize_nearest(self, segmap_2x2):
        resized = segmap_2x2.resize((4, 4))
        expected = np.repeat(np.repeat(segmap_2x2.get_arr(), 2, 0), 2, 1)
        assert np.array_equal(resized.get_arr(), expected)
        assert resized.get_arr().dtype == np.uint8
        assert resized.shape == (2, 2, 3)

    def test_resize_relative(self, segmap_2x2):
        assert segmap_2x2.resize(0.5).arr.shape == (1, 1, 1)

    def test_resize_multichannel(self):
        arr = np.stack([np.int16([[0, 1]]), np.int16([[2, 3]])], axis=-1)
        resized = SegmentationMapsOnImage(arr, shape=(1, 2)).resize((2, 4))
        assert resized.get_arr().shape == (2, 4, 2)
        assert resized.get_arr().dtype == np.int16
        assert np.array_equal(resized.get_arr()[..., 1], [[2, 2, 3, 3], [2, 2, 3, 3]])

    def test_scale_is_deprecated_alias(self, segmap_2x2):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            scaled = segmap_2x2.scale((4, 4))
        assert np.array_equal(scaled.arr, segmap_2x2.resize((4, 4)).arr)

    def test_bool_input_kept_through_pad(self):
        segmap = SegmentationMapsOnImage(np.array([[True, False]]), shape=(1, 2))
        padded = segmap.pad(left=1)
        assert padded.get_arr().dtype == np.bool_
        assert np.array_equal(padded.get_arr(), [[False, True, False]])


class TestCopy:
    def test_copy_shares_array_and_keeps_input_was(self, segmap_2x2):
        cp = segmap_2x2.copy()
        assert cp.arr is segmap_2x2.arr
        assert cp._input_was == segmap_2x2._input_was
        assert cp.shape == segmap_2x2.shape

    def test_copy_with_replacements(self, segmap_2x2):
        new_arr = np.zeros((3, 3, 1), dtype=np.int32)
        cp = segmap_2x2.copy(arr=new_arr, shape=(3, 3, 3))
        assert cp.arr is new_arr
        assert cp.shape == (3, 3, 3)
        assert cp.get_arr().dtype == np.uint8
        assert cp.get_arr().shape == (3, 3)

    def test_deepcopy(self, segmap_2x2):
        cp = segmap_2x2.deepcopy()
        assert not np.shares_memory(cp.arr, segmap_2x2.arr)
        assert np.array_equal(cp.arr, segmap_2x2.arr)
        assert cp._input_was == (np.dtype(np.uint8), 2)
        cp.arr[...] = 0
        assert segmap_2x2.arr[0, 1, 0] == 1

    def test_deepcopy_with_replacements(self, segmap_2x2):
        new_arr = np.ones((1, 1, 1), dtype=np.int32)
        cp = segmap_2x2.deepcopy(arr=new_arr, shape=(1, 1))
        assert not np.shares_memory(cp.arr, new_arr)
        assert cp.shape == (1, 1)
        assert cp._input_was == segmap_2x2._input_was
