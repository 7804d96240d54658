"""Tests for imgaug.augmentables.heatmaps.HeatmapsOnImage."""

import sys

import cv2
import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables import heatmaps as heatmapslib
from imgaug.augmentables.heatmaps import HeatmapsOnImage


@pytest.fixture
def arr_2x2():
    return np.float32([[0.0, 0.5], [1.0, 0.25]])


@pytest.fixture
def hm_2x2(arr_2x2):
    return HeatmapsOnImage(arr_2x2, shape=(2, 2, 3))


class TestInit:
    def test_2d_input_gets_channel_axis(self, arr_2x2):
        hm = HeatmapsOnImage(arr_2x2, shape=(2, 2, 3))
        assert hm.arr_0to1.shape == (2, 2, 1)
        assert hm.arr_0to1.dtype == np.float32
        assert hm.arr_was_2d is True
        assert np.array_equal(hm.arr_0to1[:, :, 0], arr_2x2)
        assert hm.shape == (2, 2, 3)
        assert (hm.min_value, hm.max_value) == (0.0, 1.0)

    def test_3d_input(self):
        arr = np.zeros((3, 4, 2), dtype=np.float32)
        hm = HeatmapsOnImage(arr, shape=(6, 8))
        assert hm.arr_0to1.shape == (3, 4, 2)
        assert hm.arr_was_2d is False
        assert hm.shape == (6, 8)

    def test_shape_stored_as_given(self, arr_2x2):
        hm = HeatmapsOnImage(arr_2x2, shape=[2, 2])
        assert hm.shape == [2, 2]

    def test_custom_value_range_is_normalized(self):
        arr = np.float32([[-1.0, 0.0], [1.0, 0.5]])
        hm = HeatmapsOnImage(arr, shape=(2, 2), min_value=-1.0, max_value=1.0)
        assert np.allclose(hm.arr_0to1[:, :, 0], [[0.0, 0.5], [1.0, 0.75]])
        assert hm.arr_0to1.dtype == np.float32
        assert np.allclose(hm.get_arr(), arr)
        assert hm.get_arr().dtype == np.float32

    @pytest.mark.parametrize("dtype", [np.float16, np.float64, np.uint8, np.int32])
    def test_non_float32_dtype_fails(self, dtype):
        with pytest.raises(ValueError, match="float32"):
            HeatmapsOnImage(np.zeros((2, 2), dtype=dtype), shape=(2, 2))

    def test_failures_are_also_assertion_errors(self):
        with pytest.raises(AssertionError):
            HeatmapsOnImage(np.zeros((2, 2), dtype=np.float64), shape=(2, 2))

    @pytest.mark.parametrize("arr_shape", [(4,), (1, 2, 2, 1)])
    def test_wrong_ndim_fails(self, arr_shape):
        with pytest.raises(ValueError, match="arr"):
            HeatmapsOnImage(np.zeros(arr_shape, dtype=np.float32), shape=(2, 2))

    @pytest.mark.parametrize("arr_shape", [(0, 2), (2, 0), (0, 2, 1)])
    def test_zero_sized_height_or_width_fails(self, arr_shape):
        with pytest.raises(ValueError, match="height and width"):
            HeatmapsOnImage(np.zeros(arr_shape, dtype=np.float32), shape=(2, 2))

    def test_non_array_fails(self):
        with pytest.raises(TypeError, match="arr"):
            HeatmapsOnImage([[0.0, 1.0]], shape=(1, 2))

    def test_image_array_as_shape_fails(self, arr_2x2):
        with pytest.raises(TypeError, match="shape"):
            HeatmapsOnImage(arr_2x2, shape=np.zeros((2, 2, 3), dtype=np.uint8))

    @pytest.mark.parametrize("shape", [(2,), (2, 2, 3, 1)])
    def test_wrong_shape_length_fails(self, arr_2x2, shape):
        with pytest.raises(ValueError, match="shape"):
            HeatmapsOnImage(arr_2x2, shape=shape)

    @pytest.mark.parametrize(("min_value", "max_value"), [(1.0, 1.0), (1.0, 0.0)])
    def test_min_not_below_max_fails(self, arr_2x2, min_value, max_value):
        with pytest.raises(ValueError, match="min_value < max_value"):
            HeatmapsOnImage(
                arr_2x2, shape=(2, 2), min_value=min_value, max_value=max_value
            )

    def test_out_of_range_values_warn_and_are_clipped(self):
        arr = np.float32([[-0.5, 0.5], [1.5, 1.0]])
        with pytest.warns(UserWarning, match="Value range of heatmap"):
            hm = HeatmapsOnImage(arr, shape=(2, 2))
        assert np.array_equal(hm.arr_0to1[:, :, 0], [[0.0, 0.5], [1.0, 1.0]])
        assert np.array_equal(arr, np.float32([[-0.5, 0.5], [1.5, 1.0]]))

    def test_out_of_range_value_late_in_array_is_detected(self):
        # upstream only looked at the first 50 values (Appendix E 7, fixed)
        arr = np.zeros((20, 20), dtype=np.float32)
        arr[19, 19] = 2.0
        with pytest.warns(UserWarning, match="Value range of heatmap"):
            hm = HeatmapsOnImage(arr, shape=(20, 20))
        assert hm.arr_0to1.max() == 1.0

    def test_values_within_eps_do_not_warn(self):
        eps = np.finfo(np.float32).eps
        arr = np.float32([[1.0 + eps / 2, 0.0]])
        hm = HeatmapsOnImage(arr, shape=(1, 2))
        assert hm.arr_0to1.shape == (1, 2, 1)

    def test_not_iterable_and_no_len(self, hm_2x2):
        with pytest.raises(TypeError):
            len(hm_2x2)
        with pytest.raises(TypeError):
            iter(hm_2x2)


class TestGetArr:
    def test_2d_round_trip(self, hm_2x2, arr_2x2):
        arr = hm_2x2.get_arr()
        assert arr.shape == (2, 2)
        assert arr.dtype == np.float32
        assert np.array_equal(arr, arr_2x2)

    def test_3d_round_trip(self):
        arr = np.float32(np.arange(12).reshape((2, 3, 2)) / 11)
        hm = HeatmapsOnImage(arr, shape=(2, 3))
        assert np.array_equal(hm.get_arr(), arr)

    def test_returns_copy(self, hm_2x2):
        arr = hm_2x2.get_arr()
        arr[...] = 0.5
        assert hm_2x2.arr_0to1[1, 0, 0] == 1.0

    def test_value_range_restored(self):
        arr = np.float32([[10.0, 20.0], [15.0, 12.5]])
        hm = HeatmapsOnImage(arr, shape=(2, 2), min_value=10.0, max_value=20.0)
        assert np.allclose(hm.arr_0to1[:, :, 0], [[0.0, 1.0], [0.5, 0.25]])
        assert np.allclose(hm.get_arr(), arr)


class TestToFromUint8:
    def test_to_uint8(self, hm_2x2):
        arr = hm_2x2.to_uint8()
        assert arr.dtype == np.uint8
        assert arr.shape == (2, 2, 1)
        assert np.array_equal(arr[:, :, 0], [[0, 128], [255, 64]])

    def test_from_uint8(self):
        arr = np.uint8([[0, 255], [51, 102]])
        hm = HeatmapsOnImage.from_uint8(arr, shape=(2, 2))
        assert hm.arr_0to1.dtype == np.float32
        assert np.allclose(hm.arr_0to1[:, :, 0], [[0.0, 1.0], [0.2, 0.4]])
        assert hm.arr_was_2d is True

    def test_from_uint8_with_range(self):
        arr = np.uint8([[0, 255]])
        hm = HeatmapsOnImage.from_uint8(arr, shape=(1, 2), min_value=-2, max_value=2)
        assert (hm.min_value, hm.max_value) == (-2, 2)
        assert np.allclose(hm.get_arr(), [[-2.0, 2.0]])

    def test_from_0to1_does_not_rescale(self):
        arr = np.float32([[0.0, 0.5, 1.0]])
        hm = HeatmapsOnImage.from_0to1(arr, shape=(1, 3), min_value=-1.0, max_value=3.0)
        assert np.array_equal(hm.arr_0to1[:, :, 0], arr)
        assert (hm.min_value, hm.max_value) == (-1.0, 3.0)
        assert np.allclose(hm.get_arr(), [[-1.0, 1.0, 3.0]])


class TestChangeNormalization:
    def test_tuples(self):
        arr = np.float32([0.0, 0.5, 1.0])
        result = HeatmapsOnImage.change_normalization(arr, (0.0, 1.0), (-1.0, 1.0))
        assert np.allclose(result, [-1.0, 0.0, 1.0])

    def test_heatmaps_as_ranges(self):
        source = HeatmapsOnImage(
            np.zeros((1, 1), np.float32), (1, 1), min_value=0.0, max_value=10.0
        )
        target = HeatmapsOnImage(np.zeros((1, 1), np.float32), (1, 1))
        arr = np.float32([0.0, 5.0, 10.0])
        result = HeatmapsOnImage.change_normalization(arr, source, target)
        assert np.allclose(result, [0.0, 0.5, 1.0])

    def test_same_range_returns_copy(self):
        arr = np.float32([0.25, 0.75])
        result = HeatmapsOnImage.change_normalization(arr, (0.0, 1.0), (0.0, 1.0))
        assert np.array_equal(result, arr)
        assert result is not arr
        assert not np.shares_memory(result, arr)

    @pytest.mark.parametrize(
        ("source", "exc"),
        [
            ([0.0, 1.0], TypeError),
            ((0.0, 1.0, 2.0), ValueError),
            ((1.0, 0.0), ValueError),
        ],
    )
    def test_invalid_source(self, source, exc):
        with pytest.raises(exc, match="source"):
            HeatmapsOnImage.change_normalization(np.zeros((1,)), source, (0.0, 1.0))

    def test_invalid_target(self):
        with pytest.raises(ValueError, match="target"):
            HeatmapsOnImage.change_normalization(np.zeros((1,)), (0.0, 1.0), (2.0, 2.0))


class TestInvert:
    def test_values_and_range(self):
        arr = np.float32([[0.0, 2.0], [4.0, 1.0]])
        hm = HeatmapsOnImage(arr, shape=(2, 2), min_value=0.0, max_value=4.0)
        inv = hm.invert()
        assert np.allclose(inv.get_arr(), [[4.0, 2.0], [0.0, 3.0]])
        assert (inv.min_value, inv.max_value) == (0.0, 4.0)
        assert inv.arr_was_2d is True
        assert inv.get_arr().shape == (2, 2)
        assert np.array_equal(hm.get_arr(), arr)


class TestPad:
    def test_constant(self, hm_2x2):
        padded = hm_2x2.pad(top=1, left=2, cval=0.5)
        assert padded.arr_0to1.shape == (3, 4, 1)
        expected = np.float32(
            [[0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.0, 0.5], [0.5, 0.5, 1.0, 0.25]]
        )
        assert np.array_equal(padded.arr_0to1[:, :, 0], expected)
        assert padded.shape == (2, 2, 3)
        assert padded.get_arr().shape == (3, 4)
        assert hm_2x2.arr_0to1.shape == (2, 2, 1)

    def test_edge_mode(self, hm_2x2):
        padded = hm_2x2.pad(right=1, bottom=1, mode="edge")
        expected = np.float32([[0.0, 0.5, 0.5], [1.0, 0.25, 0.25], [1.0, 0.25, 0.25]])
        assert np.array_equal(padded.arr_0to1[:, :, 0], expected)

    def test_keeps_value_range(self):
        hm = HeatmapsOnImage(
            np.float32([[2.0]]), shape=(1, 1), min_value=0.0, max_value=4.0
        )
        padded = hm.pad(left=1)
        assert (padded.min_value, padded.max_value) == (0.0, 4.0)
        assert np.allclose(padded.get_arr(), [[0.0, 2.0]])

    def test_pad_to_aspect_ratio(self, hm_2x2):
        padded, amounts = hm_2x2.pad_to_aspect_ratio(2.0, return_pad_amounts=True)
        assert amounts == (0, 1, 0, 1)
        assert padded.arr_0to1.shape == (2, 4, 1)
        assert np.array_equal(padded.arr_0to1[:, 1:3, 0], hm_2x2.arr_0to1[:, :, 0])
        assert np.all(padded.arr_0to1[:, [0, 3], 0] == 0.0)
        only = hm_2x2.pad_to_aspect_ratio(0.5)
        assert isinstance(only, HeatmapsOnImage)
        assert only.arr_0to1.shape == (4, 2, 1)


class TestPooling:
    def test_avg_pool(self):
        arr = np.float32(
            [
                [0.0, 0.2, 1.0, 1.0],
                [0.4, 0.2, 0.0, 0.0],
                [0.5, 0.5, 0.1, 0.3],
                [0.5, 0.5, 0.3, 0.1],
            ]
        )
        pooled = HeatmapsOnImage(arr, shape=(4, 4)).avg_pool(2)
        assert pooled.arr_0to1.shape == (2, 2, 1)
        assert np.allclose(pooled.arr_0to1[:, :, 0], [[0.2, 0.5], [0.5, 0.2]])
        assert pooled.shape == (4, 4)
        assert pooled.arr_0to1.dtype == np.float32

    def test_max_pool(self):
        arr = np.float32(
            [
                [0.0, 0.2, 1.0, 1.0],
                [0.4, 0.2, 0.0, 0.0],
                [0.5, 0.5, 0.1, 0.3],
                [0.5, 0.6, 0.3, 0.1],
            ]
        )
        pooled = HeatmapsOnImage(arr, shape=(4, 4)).max_pool(2)
        assert np.allclose(pooled.arr_0to1[:, :, 0], [[0.4, 1.0], [0.6, 0.3]])

    def test_max_pool_pads_non_divisible(self):
        arr = np.float32([[0.1, 0.2, 0.9]])
        pooled = HeatmapsOnImage(arr, shape=(1, 3)).max_pool((1, 2))
        assert np.allclose(pooled.arr_0to1[:, :, 0], [[0.2, 0.9]])


class TestResize:
    def test_nearest_exact(self, hm_2x2):
        resized = hm_2x2.resize((4, 4), interpolation="nearest")
        expected = np.repeat(np.repeat(hm_2x2.arr_0to1[:, :, 0], 2, 0), 2, 1)
        assert np.array_equal(resized.arr_0to1[:, :, 0], expected)
        assert resized.shape == (2, 2, 3)
        assert resized.get_arr().shape == (4, 4)

    def test_relative_size(self, hm_2x2):
        resized = hm_2x2.resize(2.0, interpolation="nearest")
        assert resized.arr_0to1.shape == (4, 4, 1)

    def test_cubic_is_clipped(self):
        arr = np.zeros((4, 4), dtype=np.float32)
        arr[1:3, 1:3] = 1.0
        resized = HeatmapsOnImage(arr, shape=(4, 4)).resize((11, 13))
        assert resized.arr_0to1.shape == (11, 13, 1)
        assert resized.arr_0to1.min() >= 0.0
        assert resized.arr_0to1.max() <= 1.0
        unclipped = ia.imresize_single_image(arr, (11, 13), interpolation="cubic")
        assert unclipped.min() < 0.0 or unclipped.max() > 1.0

    def test_multichannel(self):
        arr = np.zeros((2, 2, 3), dtype=np.float32)
        arr[..., 1] = 1.0
        resized = HeatmapsOnImage(arr, shape=(2, 2)).resize((3, 5), "linear")
        assert resized.arr_0to1.shape == (3, 5, 3)
        assert np.allclose(resized.arr_0to1[..., 1], 1.0)

    def test_scale_is_deprecated_alias(self, hm_2x2):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            scaled = hm_2x2.scale((4, 4), interpolation="nearest")
        expected = hm_2x2.resize((4, 4), interpolation="nearest")
        assert np.array_equal(scaled.arr_0to1, expected.arr_0to1)


class TestDraw:
    def test_grayscale(self, hm_2x2):
        drawn = hm_2x2.draw(cmap=None)
        assert len(drawn) == 1
        assert drawn[0].dtype == np.uint8
        assert drawn[0].shape == (2, 2, 3)
        for c in range(3):
            assert np.array_equal(drawn[0][:, :, c], [[0, 128], [255, 64]])

    def test_jet_matches_matplotlib(self, hm_2x2):
        matplotlib = pytest.importorskip("matplotlib")

        cmap = matplotlib.colormaps["jet"]
        values = hm_2x2.to_uint8()[:, :, 0].astype(np.float32) / 255.0
        expected = np.clip(cmap(values)[:, :, 0:3] * 255, 0, 255).astype(np.uint8)
        drawn = hm_2x2.draw()
        assert np.array_equal(drawn[0], expected)
        assert tuple(drawn[0][0, 0]) == (0, 0, 127)

    def test_colormap_object(self, hm_2x2):
        matplotlib = pytest.importorskip("matplotlib")

        drawn_obj = hm_2x2.draw(cmap=matplotlib.colormaps["viridis"])
        drawn_name = hm_2x2.draw(cmap="viridis")
        assert np.array_equal(drawn_obj[0], drawn_name[0])

    def test_one_drawing_per_channel(self):
        arr = np.zeros((2, 3, 2), dtype=np.float32)
        arr[..., 1] = 1.0
        drawn = HeatmapsOnImage(arr, shape=(2, 3)).draw(cmap=None)
        assert len(drawn) == 2
        assert np.all(drawn[0] == 0)
        assert np.all(drawn[1] == 255)

    def test_size_uses_nearest(self, hm_2x2):
        drawn = hm_2x2.draw(size=(4, 6), cmap=None)
        assert drawn[0].shape == (4, 6, 3)
        assert set(np.unique(drawn[0])) == {0, 64, 128, 255}
        assert np.array_equal(drawn[0][0:2, 0:3, 0], np.zeros((2, 3)))

    def test_invalid_cmap_type(self, hm_2x2):
        with pytest.raises(TypeError, match="cmap"):
            hm_2x2.draw(cmap=5)

    def test_without_matplotlib(self, hm_2x2, monkeypatch):
        heatmapslib._colormap_lut.cache_clear()
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        try:
            drawn = hm_2x2.draw(cmap="jet")
            gray = np.arange(256, dtype=np.uint8).reshape((256, 1))
            lut = cv2.applyColorMap(gray, cv2.COLORMAP_JET).reshape((256, 3))[:, ::-1]
            assert np.array_equal(drawn[0], lut[hm_2x2.to_uint8()[:, :, 0]])
            with pytest.raises(ImportError, match="matplotlib"):
                hm_2x2.draw(cmap="viridis")
        finally:
            heatmapslib._colormap_lut.cache_clear()


class TestDrawOnImage:
    def test_exact_blend(self, hm_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        mixed = hm_2x2.draw_on_image(image, alpha=0.5, cmap=None)
        assert len(mixed) == 1
        expected = np.float64([[0, 128], [255, 64]]) * 0.5 + 50
        assert np.array_equal(mixed[0][:, :, 0], expected.astype(np.uint8))
        assert mixed[0].dtype == np.uint8
        assert np.all(image == 100)

    def test_alpha_zero_and_one(self, hm_2x2):
        image = np.full((2, 2, 3), 100, dtype=np.uint8)
        assert np.array_equal(hm_2x2.draw_on_image(image, alpha=0.0)[0], image)
        only_hm = hm_2x2.draw_on_image(image, alpha=1.0)[0]
        assert np.array_equal(only_hm, hm_2x2.draw()[0])

    def test_resize_heatmaps_to_image(self, hm_2x2):
        image = np.zeros((4, 6, 3), dtype=np.uint8)
        mixed = hm_2x2.draw_on_image(image, alpha=1.0, cmap=None)
        assert mixed[0].shape == (4, 6, 3)

    def test_resize_image_to_heatmaps(self, hm_2x2):
        image = np.zeros((4, 6, 3), dtype=np.uint8)
        mixed = hm_2x2.draw_on_image(image, resize="image")
        assert mixed[0].shape == (2, 2, 3)

    @pytest.mark.parametrize(
        ("image", "exc", "match"),
        [
            (np.zeros((2, 2, 3), dtype=np.float32), ValueError, "uint8"),
            (np.zeros((2, 2), dtype=np.uint8), ValueError, "image"),
            (np.zeros((2, 2, 4), dtype=np.uint8), ValueError, "image"),
            ([[0]], TypeError, "image"),
        ],
    )
    def test_invalid_image(self, hm_2x2, image, exc, match):
        with pytest.raises(exc, match=match):
            hm_2x2.draw_on_image(image)

    def test_invalid_alpha(self, hm_2x2):
        with pytest.raises(ValueError, match="alpha"):
            hm_2x2.draw_on_image(np.zeros((2, 2, 3), np.uint8), alpha=1.5)

    def test_invalid_resize(self, hm_2x2):
        with pytest.raises(ValueError, match="resize"):
            hm_2x2.draw_on_image(np.zeros((2, 2, 3), np.uint8), resize="both")


class TestCopy:
    @pytest.mark.parametrize("method", ["copy", "deepcopy"])
    def test_independent_copy(self, method):
        hm = HeatmapsOnImage(
            np.float32([[1.0, 3.0]]), shape=(1, 2, 3), min_value=1.0, max_value=3.0
        )
        cp = getattr(hm, method)()
        assert cp is not hm
        assert isinstance(cp, HeatmapsOnImage)
        assert not np.shares_memory(cp.arr_0to1, hm.arr_0to1)
        assert np.array_equal(cp.arr_0to1, hm.arr_0to1)
        assert (cp.min_value, cp.max_value, cp.shape) == (1.0, 3.0, (1, 2, 3))
        assert cp.arr_was_2d is True
        cp.arr_0to1[...] = 0.0
        assert hm.arr_0to1[0, 1, 0] == 1.0
