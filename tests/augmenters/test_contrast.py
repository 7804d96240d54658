"""Tests for imgaug.augmenters.contrast: the contrast curves, CLAHE, equalization."""

import cv2
import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import contrast
from imgaug.augmenters.contrast import (
    CLAHE,
    AllChannelsCLAHE,
    AllChannelsHistogramEqualization,
    GammaContrast,
    HistogramEqualization,
    LinearContrast,
    LogContrast,
    SigmoidContrast,
    adjust_contrast_gamma,
    adjust_contrast_linear,
    adjust_contrast_log,
    adjust_contrast_sigmoid,
)

VALUES_UINT8 = np.arange(256, dtype=np.uint8).reshape(16, 16)
UNIT = np.linspace(0, 1, 256, dtype=np.float32)


def _image(shape=(12, 14, 3), seed=0, low=0, high=256):
    return np.random.default_rng(seed).integers(low, high, size=shape).astype(np.uint8)


def _scaled(dtype, seed=1):
    """uint8-like test values in the range of `dtype` (floats in [0, 1])."""
    base = np.arange(0, 256, 5, dtype=np.float64).reshape(1, -1)
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        return (base / 255).astype(dtype)
    return np.floor(base / 255 * np.iinfo(dtype).max).astype(dtype)


# ------------------------------------------------------------------- functions
class TestAdjustContrastGamma:
    @pytest.mark.parametrize("gamma", [0.3, 1.0, 1.7, 3.0])
    def test_uint8_is_the_float32_table(self, gamma):
        expected = np.clip(UNIT ** np.float32(gamma) * 255, 0, 255).astype(np.uint8)
        result = adjust_contrast_gamma(VALUES_UINT8, gamma)
        assert result.dtype == np.uint8
        assert np.array_equal(result.ravel(), expected)

    def test_uint8_known_values(self):
        image = np.array([[0, 64, 128, 255]], dtype=np.uint8)
        assert adjust_contrast_gamma(image, 2.0).tolist() == [[0, 16, 64, 255]]
        assert adjust_contrast_gamma(image, 1.0).tolist() == image.tolist()

    def test_uint64_stays_in_range(self):
        arr = np.array([[0, 2**63, 2**64 - 1]], dtype=np.uint64)
        result = adjust_contrast_gamma(arr, 0.5)
        assert result.dtype == np.uint64
        assert result[0, 0] == 0
        assert 2**63 < result[0, 1] < 2**64 - 1
        assert result[0, 2] >= 2**64 - 2**12  # float64 precision at the top

    @pytest.mark.parametrize("dtype", ["uint16", "uint32", "int16", "int32"])
    def test_integers_relative_to_dtype_max(self, dtype):
        arr = _scaled(dtype)
        maximum = float(np.iinfo(dtype).max)
        expected = np.floor((arr / maximum) ** 1.5 * maximum)
        result = adjust_contrast_gamma(arr, 1.5)
        assert result.dtype == np.dtype(dtype)
        assert np.array_equal(result, expected.astype(dtype))

    @pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
    def test_floats_are_relative_to_one(self, dtype):
        arr = _scaled(dtype)
        result = adjust_contrast_gamma(arr, 2.0)
        assert result.dtype == np.dtype(dtype)
        expected = arr.astype(np.float64) ** 2
        assert np.allclose(result, expected, atol=1e-3 if dtype == "float16" else 1e-6)

    def test_negative_values_raise(self):
        with pytest.raises(ValueError, match="arr"):
            adjust_contrast_gamma(np.array([[-1, 5]], dtype=np.int16), 1.2)
        with pytest.raises(ValueError, match="arr"):
            adjust_contrast_gamma(np.array([[-0.1]], dtype=np.float32), 1.2)

    @pytest.mark.parametrize("dtype", ["bool", "float128"])
    def test_disallowed_dtypes(self, dtype):
        if dtype == "float128" and not hasattr(np, "float128"):
            pytest.skip("no float128")
        with pytest.raises(ValueError):
            adjust_contrast_gamma(np.zeros((2, 2), dtype=dtype), 1.2)

    def test_empty_and_no_mutation(self):
        empty = np.zeros((0, 3, 3), dtype=np.uint8)
        result = adjust_contrast_gamma(empty, 2.0)
        assert result.shape == empty.shape and result is not empty
        image = _image()
        before = image.copy()
        adjust_contrast_gamma(image, 2.0)
        assert np.array_equal(image, before)


class TestAdjustContrastSigmoid:
    @pytest.mark.parametrize(("gain", "cutoff"), [(10, 0.5), (5, 0.3), (20, 0.8)])
    def test_uint8_is_the_float32_table(self, gain, cutoff):
        gain32, cutoff32 = np.float32(gain), np.float32(cutoff)
        table = np.float32(255) / (1 + np.exp(gain32 * (cutoff32 - UNIT)))
        expected = np.clip(table, 0, 255).astype(np.uint8)
        result = adjust_contrast_sigmoid(VALUES_UINT8, gain, cutoff)
        assert np.array_equal(result.ravel(), expected)

    @pytest.mark.parametrize("dtype", ["uint16", "int16", "float32", "float64"])
    def test_other_dtypes(self, dtype):
        arr = _scaled(dtype)
        scale = 1.0 if arr.dtype.kind == "f" else float(np.iinfo(dtype).max)
        expected = scale / (1 + np.exp(10 * (0.4 - arr / scale)))
        result = adjust_contrast_sigmoid(arr, 10, 0.4)
        assert result.dtype == np.dtype(dtype)
        if arr.dtype.kind == "f":
            assert np.allclose(result, expected, atol=1e-5)
        else:
            assert np.array_equal(result, np.floor(expected).astype(dtype))


class TestAdjustContrastLog:
    @pytest.mark.parametrize("gain", [0.5, 1.0, 1.4])
    def test_uint8_is_the_float32_table(self, gain):
        table = np.float32(255) * np.float32(gain) * np.log2(np.float32(1) + UNIT)
        expected = np.clip(table, 0, 255).astype(np.uint8)
        assert np.array_equal(adjust_contrast_log(VALUES_UINT8, gain).ravel(), expected)

    def test_uint16_results_above_the_range_are_clipped(self):
        arr = np.array([[0, 30000, 65535]], dtype=np.uint16)
        result = adjust_contrast_log(arr, 1.5)
        assert result[0, 0] == 0 and result[0, 2] == 65535
        assert result[0, 1] == int(np.log2(1 + 30000 / 65535) * 65535 * 1.5)

    @pytest.mark.parametrize("dtype", ["uint32", "uint64", "int32", "int64", "bool"])
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError):
            adjust_contrast_log(np.ones((2, 2), dtype=dtype), 1.0)

    def test_float(self):
        arr = _scaled("float32")
        result = adjust_contrast_log(arr, 0.8)
        assert np.allclose(result, 0.8 * np.log2(1 + arr.astype(np.float64)), atol=1e-6)


class TestAdjustContrastLinear:
    @pytest.mark.parametrize("alpha", [0.6, 1.0, 1.5, -0.7, 2.3])
    def test_uint8_is_the_float32_table(self, alpha):
        values = np.arange(256, dtype=np.float32)
        table = np.float32(127) + np.float32(alpha) * (values - np.float32(127))
        expected = np.clip(table, 0, 255).astype(np.uint8)
        result = adjust_contrast_linear(VALUES_UINT8, alpha)
        assert np.array_equal(result.ravel(), expected)

    def test_uint8_known_values(self):
        image = np.array([[0, 100, 127, 200]], dtype=np.uint8)
        assert adjust_contrast_linear(image, 2.0).tolist() == [[0, 73, 127, 255]]

    def test_uint8_opencv_route_is_the_table_for_many_alphas(self):
        # most alphas go through cv2.convertScaleAbs/addWeighted, checked against
        # the table; any alpha must give the table's values
        values = np.arange(256, dtype=np.float32)
        image = np.tile(VALUES_UINT8, (3, 5))
        for alpha in np.random.default_rng(3).uniform(-0.5, 3.0, 300):
            table = np.float32(127) + np.float32(alpha) * (values - np.float32(127))
            expected = np.clip(table, 0, 255).astype(np.uint8)
            assert np.array_equal(adjust_contrast_linear(image, alpha), expected[image])

    @pytest.mark.parametrize("alpha", [0.83, 1.17, 1.5, 2.0])
    def test_augmenter_batch_rows_are_the_table(self, alpha):
        values = np.arange(256, dtype=np.float32)
        table = np.float32(127) + np.float32(alpha) * (values - np.float32(127))
        expected = np.clip(table, 0, 255).astype(np.uint8)
        images = np.repeat(np.tile(VALUES_UINT8, (4, 1, 1))[..., None], 3, axis=3)
        results = LinearContrast(alpha)(images=images)
        assert isinstance(results, np.ndarray)
        assert np.array_equal(results, expected[images])

    @pytest.mark.parametrize(
        ("dtype", "center"),
        [("uint16", 32767), ("uint32", 2147483647), ("int8", 0), ("int32", 0)],
    )
    def test_integer_centers_round_and_clip(self, dtype, center):
        info = np.iinfo(dtype)
        arr = np.array([[info.min, center - 3, center, center + 3, info.max]], dtype)
        result = adjust_contrast_linear(arr, 1.5)
        assert result.dtype == np.dtype(dtype)
        # +-4.5 around the centre, rounded half to even
        middle = np.round(center + 1.5 * np.array([-3.0, 0.0, 3.0])).astype(np.int64)
        assert result.tolist() == [[info.min, *middle.tolist(), info.max]]

    def test_float_center_is_zero(self):
        arr = np.array([[-1.0, 0.0, 0.25]], dtype=np.float32)
        assert adjust_contrast_linear(arr, 2.0).tolist() == [[-2.0, 0.0, 0.5]]

    @pytest.mark.parametrize("dtype", ["uint64", "int64", "bool"])
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError):
            adjust_contrast_linear(np.ones((2, 2), dtype=dtype), 1.0)


# ----------------------------------------------------------- curve augmenters
CURVES = [
    (GammaContrast, {"gamma": 1.6}, adjust_contrast_gamma, (1.6,)),
    (SigmoidContrast, {"gain": 8, "cutoff": 0.4}, adjust_contrast_sigmoid, (8, 0.4)),
    (LogContrast, {"gain": 0.7}, adjust_contrast_log, (0.7,)),
    (LinearContrast, {"alpha": 1.4}, adjust_contrast_linear, (1.4,)),
]


def _annotations(shape):
    heatmaps = HeatmapsOnImage(
        np.linspace(0, 1, 12 * 14, dtype=np.float32).reshape(12, 14, 1), shape=shape
    )
    segmaps = SegmentationMapsOnImage(
        np.arange(12 * 14, dtype=np.int32).reshape(12, 14) % 3, shape=shape
    )
    kpsoi = KeypointsOnImage.from_xy_array(np.array([[1.0, 2.0]]), shape=shape)
    return heatmaps, segmaps, kpsoi


@pytest.mark.parametrize(("cls", "kwargs", "func", "args"), CURVES)
class TestCurveAugmenters:
    def test_equals_function_on_batches_and_lists(self, cls, kwargs, func, args):
        images = np.stack([_image(seed=i) for i in range(3)])
        aug = cls(**kwargs)
        expected = [func(image, *args) for image in images]
        as_array = aug(images=images)
        as_list = aug(images=list(images))
        assert isinstance(as_array, np.ndarray)
        for i in range(3):
            assert np.array_equal(as_array[i], expected[i])
            assert np.array_equal(as_list[i], expected[i])

    def test_non_uint8_equals_function(self, cls, kwargs, func, args):
        image = _scaled("uint16").reshape(1, -1, 1).repeat(3, axis=2)
        result = cls(**kwargs)(image=image)
        assert result.dtype == np.uint16
        # the augmenter passes the float32 samples of its parameters
        assert np.array_equal(result, func(image, *np.float32(args)))

    def test_annotations_untouched(self, cls, kwargs, func, args):
        image = _image()
        heatmaps, segmaps, kpsoi = _annotations(image.shape)
        _, hm, sm, kps = cls(**kwargs)(
            image=image, heatmaps=heatmaps, segmentation_maps=segmaps, keypoints=kpsoi
        )
        assert np.array_equal(hm.arr_0to1, heatmaps.arr_0to1)
        assert np.array_equal(sm.arr, segmaps.arr)
        assert np.array_equal(kps.to_xy_array(), kpsoi.to_xy_array())

    def test_parameters(self, cls, kwargs, func, args):
        aug = cls(**kwargs)
        params = aug.get_parameters()
        assert params is aug.params1d
        assert all(isinstance(p, iap.Deterministic) for p in params)
        assert [p.value for p in params] == list(args)
        assert isinstance(aug.per_channel, iap.Deterministic)


def test_gamma_per_channel_uses_one_value_per_channel():
    image = _image(shape=(6, 7, 3))
    aug = GammaContrast(iap.DeterministicList([0.5, 1.0, 2.0]), per_channel=True)
    result = aug(image=image)
    for c, gamma in enumerate([0.5, 1.0, 2.0]):
        expected = adjust_contrast_gamma(image[:, :, c], gamma)
        assert np.array_equal(result[:, :, c], expected)


def test_per_channel_non_uint8_calls_the_function_per_channel():
    image = _scaled("float32").reshape(1, -1, 1).repeat(2, axis=2)
    aug = LinearContrast(iap.DeterministicList([0.5, 2.0]), per_channel=True)
    result = aug(image=image)
    assert np.allclose(result[:, :, 0], image[:, :, 0] * 0.5)
    assert np.allclose(result[:, :, 1], image[:, :, 1] * 2.0)


def test_without_per_channel_all_channels_share_the_value():
    image = np.repeat(_image(shape=(5, 6, 1)), 3, axis=2)
    result = LinearContrast((0.5, 2.0), seed=1)(image=image)
    assert np.array_equal(result[:, :, 0], result[:, :, 1])
    assert np.array_equal(result[:, :, 0], result[:, :, 2])


def test_per_channel_probability_samples_per_image():
    image = np.repeat(_image(shape=(5, 6, 1)), 3, axis=2)
    aug = GammaContrast((0.3, 3.0), per_channel=0.5, seed=2)
    results = aug(images=[image] * 40)
    differing = [not np.array_equal(r[:, :, 0], r[:, :, 1]) for r in results]
    assert 5 < sum(differing) < 35


def test_defaults():
    assert isinstance(GammaContrast().params1d[0], iap.Uniform)
    sigmoid = SigmoidContrast()
    assert len(sigmoid.get_parameters()) == 2
    assert isinstance(LogContrast().params1d[0], iap.Uniform)
    assert isinstance(LinearContrast().params1d[0], iap.Uniform)


def test_curve_augmenter_gates_dtypes():
    with pytest.raises(ValueError):
        LogContrast(1.0)(image=np.ones((2, 2, 1), dtype=np.uint32))
    with pytest.raises(ValueError):
        GammaContrast(1.0)(image=np.ones((2, 2, 1), dtype=bool))


def test_curve_parameter_ranges():
    with pytest.raises(ValueError, match="gain"):
        SigmoidContrast(gain=-1)
    with pytest.raises(ValueError, match="cutoff"):
        SigmoidContrast(cutoff=1.5)
    with pytest.raises(ValueError, match="gain"):
        LogContrast(gain=-0.5)
    LinearContrast(alpha=-1.0)  # negative contrast is allowed


# ------------------------------------------------------------------------ CLAHE
def _cv2_clahe(plane, clip_limit, tiles_hw):
    clahe = cv2.createCLAHE(clipLimit=clip_limit, tileGridSize=tiles_hw[::-1])
    return clahe.apply(np.ascontiguousarray(plane))


class TestAllChannelsCLAHE:
    @pytest.mark.parametrize("dtype", ["uint8", "uint16"])
    def test_equals_opencv_per_channel(self, dtype):
        image = _image(shape=(30, 40, 3)).astype(dtype) * (
            257 if dtype == "uint16" else 1
        )
        result = AllChannelsCLAHE(clip_limit=3.0, tile_grid_size_px=4)(image=image)
        assert result.dtype == np.dtype(dtype)
        for c in range(3):
            expected = _cv2_clahe(image[:, :, c], 3.0, (4, 4))
            assert np.array_equal(result[:, :, c], expected)

    def test_separate_tile_rows_and_columns(self):
        image = _image(shape=(30, 40, 1))
        aug = AllChannelsCLAHE(
            clip_limit=2.0, tile_grid_size_px=((3, 3), (6, 6)), tile_grid_size_px_min=2
        )
        expected = _cv2_clahe(image[:, :, 0], 2.0, (3, 6))
        assert np.array_equal(aug(image=image)[:, :, 0], expected)

    def test_tile_sizes_are_raised_to_the_minimum(self):
        image = _image(shape=(30, 40, 1))
        aug = AllChannelsCLAHE(clip_limit=2.0, tile_grid_size_px=1)
        expected = _cv2_clahe(image[:, :, 0], 2.0, (3, 3))
        assert np.array_equal(aug(image=image)[:, :, 0], expected)

    def test_single_tile_leaves_the_image_unchanged(self):
        image = _image(shape=(30, 40, 2))
        aug = AllChannelsCLAHE(tile_grid_size_px=1, tile_grid_size_px_min=0)
        assert np.array_equal(aug(image=image), image)

    def test_per_channel_parameters(self):
        image = _image(shape=(30, 40, 2))
        aug = AllChannelsCLAHE(
            clip_limit=iap.DeterministicList([1.0, 6.0]),
            tile_grid_size_px=4,
            per_channel=True,
        )
        result = aug(image=image)
        for c, clip_limit in enumerate([1.0, 6.0]):
            expected = _cv2_clahe(image[:, :, c], clip_limit, (4, 4))
            assert np.array_equal(result[:, :, c], expected)

    def test_parameters(self):
        aug = AllChannelsCLAHE()
        params = aug.get_parameters()
        assert isinstance(params[0], iap.Uniform)
        assert isinstance(params[1], tuple) and params[1][1] is None
        assert isinstance(params[1][0], iap.DiscreteUniform)
        assert params[2] == 3
        assert isinstance(params[3], iap.Deterministic)

    @pytest.mark.parametrize("dtype", ["int16", "float32", "bool"])
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError):
            AllChannelsCLAHE()(image=np.ones((8, 8, 1), dtype=dtype))

    def test_bad_arguments(self):
        with pytest.raises(ValueError, match="clip_limit"):
            AllChannelsCLAHE(clip_limit=0)
        with pytest.raises(TypeError, match="tile_grid_size_px_min"):
            AllChannelsCLAHE(tile_grid_size_px_min=2.5)


def _via_colorspace(image, to_code, from_code, channel, func):
    converted = cv2.cvtColor(image, to_code)
    converted[:, :, channel] = func(np.ascontiguousarray(converted[:, :, channel]))
    return cv2.cvtColor(converted, from_code)


class TestCLAHE:
    def test_lab_lightness_only(self):
        image = _image(shape=(30, 40, 3))
        result = CLAHE(clip_limit=4.0, tile_grid_size_px=5)(image=image)
        expected = _via_colorspace(
            image,
            cv2.COLOR_RGB2Lab,
            cv2.COLOR_Lab2RGB,
            0,
            lambda plane: _cv2_clahe(plane, 4.0, (5, 5)),
        )
        assert np.array_equal(result, expected)

    def test_bgr_to_hsv(self):
        image = _image(shape=(30, 40, 3))
        aug = CLAHE(
            clip_limit=2.0,
            tile_grid_size_px=4,
            from_colorspace="BGR",
            to_colorspace="HSV",
        )
        expected = _via_colorspace(
            image,
            cv2.COLOR_BGR2HSV,
            cv2.COLOR_HSV2BGR,
            2,
            lambda plane: _cv2_clahe(plane, 2.0, (4, 4)),
        )
        assert np.array_equal(aug(image=image), expected)

    def test_gray_and_alpha_images(self):
        gray = _image(shape=(30, 40, 1))
        aug = CLAHE(clip_limit=3.0, tile_grid_size_px=3)
        expected = _cv2_clahe(gray[:, :, 0], 3.0, (3, 3))
        assert np.array_equal(aug(image=gray)[:, :, 0], expected)
        assert np.array_equal(aug(image=gray[:, :, 0]), expected)
        rgba = _image(shape=(30, 40, 4))
        result = aug(image=rgba)
        assert np.array_equal(result[:, :, 3], rgba[:, :, 3])
        assert np.array_equal(result[:, :, 0:3], aug(image=rgba[:, :, 0:3].copy()))

    def test_other_channel_counts_warn_and_go_channelwise(self):
        image = _image(shape=(30, 40, 2))
        aug = CLAHE(clip_limit=3.0, tile_grid_size_px=3)
        with pytest.warns(UserWarning, match="2 channels"):
            result = aug(image=image)
        for c in range(2):
            assert np.array_equal(
                result[:, :, c], _cv2_clahe(image[:, :, c], 3.0, (3, 3))
            )

    def test_input_not_modified_and_readonly_input(self):
        image = _image(shape=(30, 40, 3))
        image.flags.writeable = False
        before = image.copy()
        CLAHE()(images=[image])
        assert np.array_equal(image, before)

    def test_parameters_and_child(self):
        aug = CLAHE(name="c")
        assert isinstance(aug.all_channel_clahe, AllChannelsCLAHE)
        assert aug.all_channel_clahe.name == "c_AllChannelsCLAHE"
        params = aug.get_parameters()
        assert params[0] is aug.all_channel_clahe.clip_limit
        assert params[3:] == ["RGB", "Lab"]
        assert (CLAHE.RGB, CLAHE.BGR, CLAHE.HSV, CLAHE.HLS, CLAHE.Lab) == (
            "RGB",
            "BGR",
            "HSV",
            "HLS",
            "Lab",
        )

    def test_bad_colorspaces(self):
        with pytest.raises(ValueError, match="from_colorspace"):
            CLAHE(from_colorspace="YUV")
        with pytest.raises(ValueError, match="to_colorspace"):
            CLAHE(to_colorspace="RGB")
        with pytest.raises(ValueError):
            CLAHE()(image=np.zeros((5, 5, 3), dtype=np.uint16))


class TestHistogramEqualization:
    def test_all_channels_equals_opencv(self):
        image = _image(shape=(20, 30, 3), high=120)
        result = AllChannelsHistogramEqualization()(image=image)
        for c in range(3):
            expected = cv2.equalizeHist(np.ascontiguousarray(image[:, :, c]))
            assert np.array_equal(result[:, :, c], expected)
        assert AllChannelsHistogramEqualization().get_parameters() == []

    def test_lightness_of_lab(self):
        image = _image(shape=(20, 30, 3), high=120)
        expected = _via_colorspace(
            image, cv2.COLOR_RGB2Lab, cv2.COLOR_Lab2RGB, 0, cv2.equalizeHist
        )
        assert np.array_equal(HistogramEqualization()(image=image), expected)

    def test_hls(self):
        image = _image(shape=(20, 30, 3), high=120)
        expected = _via_colorspace(
            image, cv2.COLOR_RGB2HLS, cv2.COLOR_HLS2RGB, 1, cv2.equalizeHist
        )
        result = HistogramEqualization(to_colorspace="HLS")(image=image)
        assert np.array_equal(result, expected)

    def test_gray(self):
        image = _image(shape=(20, 30, 1), high=120)
        expected = cv2.equalizeHist(np.ascontiguousarray(image[:, :, 0]))
        assert np.array_equal(HistogramEqualization()(image=image)[:, :, 0], expected)

    def test_parameters_and_child(self):
        aug = HistogramEqualization(name="h")
        assert aug.get_parameters() == ["RGB", "Lab"]
        child = aug.all_channel_histogram_equalization
        assert child.name == "h_AllChannelsHistogramEqualization"

    @pytest.mark.parametrize(
        "cls", [AllChannelsHistogramEqualization, HistogramEqualization]
    )
    def test_uint8_only(self, cls):
        with pytest.raises(ValueError):
            cls()(image=np.zeros((4, 4, 3), dtype=np.float32))


def test_module_names():
    assert set(contrast.__all__) == {
        "adjust_contrast_gamma",
        "adjust_contrast_sigmoid",
        "adjust_contrast_log",
        "adjust_contrast_linear",
        "GammaContrast",
        "SigmoidContrast",
        "LogContrast",
        "LinearContrast",
        "AllChannelsCLAHE",
        "CLAHE",
        "AllChannelsHistogramEqualization",
        "HistogramEqualization",
    }
