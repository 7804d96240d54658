"""Tests for imgaug.augmenters.color: colorspace, temperature and quantization
functions and the colour augmenters."""

import pickle
import warnings

import cv2
import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import color
from imgaug.imgaug import DeprecationWarning as ImgaugDeprecationWarning

CV2_CODES = {
    ("RGB", "HSV"): cv2.COLOR_RGB2HSV,
    ("HSV", "RGB"): cv2.COLOR_HSV2RGB,
    ("RGB", "Lab"): cv2.COLOR_RGB2Lab,
    ("RGB", "YCrCb"): cv2.COLOR_RGB2YCrCb,
    ("YCrCb", "RGB"): cv2.COLOR_YCrCb2RGB,
    ("RGB", "HLS"): cv2.COLOR_RGB2HLS,
    ("HLS", "RGB"): cv2.COLOR_HLS2RGB,
    ("RGB", "Luv"): cv2.COLOR_RGB2Luv,
    ("Luv", "RGB"): cv2.COLOR_Luv2RGB,
    ("RGB", "YUV"): cv2.COLOR_RGB2YUV,
    ("YUV", "RGB"): cv2.COLOR_YUV2RGB,
    ("Lab", "RGB"): cv2.COLOR_Lab2RGB,
}


def _image(shape=(6, 8, 3), seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(np.uint8)


def _cvt(image, source, target):
    return cv2.cvtColor(np.ascontiguousarray(image), CV2_CODES[(source, target)])


def _all_hsv_values():
    image = np.zeros((180, 256, 3), dtype=np.uint8)
    image[:, :, 0] = np.arange(180, dtype=np.uint8)[:, np.newaxis]
    image[:, :, 1] = np.arange(256, dtype=np.uint8)[np.newaxis, :]
    image[:, :, 2] = 200
    return image


def _kinds(shape=(6, 8, 3)):
    heatmaps = HeatmapsOnImage(
        np.linspace(0, 1, shape[0] * shape[1], dtype=np.float32).reshape(shape[:2]),
        shape=shape,
    )
    kpsoi = KeypointsOnImage([Keypoint(1.5, 2.5), Keypoint(6.0, 1.0)], shape=shape)
    return heatmaps, kpsoi


class _Capture:
    """Child that records the images it receives (pickle-free, tests only)."""

    def __init__(self):
        self.images = None

    def __call__(self, images, random_state, parents, hooks):
        self.images = [np.copy(image) for image in images]
        return images


# ---------------------------------------------------------------- constants
class TestConstants:
    def test_values_and_set(self):
        assert color.CSPACE_RGB == "RGB" and color.CSPACE_CIE == "CIE"
        assert isinstance(color.CSPACE_ALL, set)
        assert color.CSPACE_ALL == {
            "RGB",
            "BGR",
            "GRAY",
            "YCrCb",
            "HSV",
            "HLS",
            "Lab",
            "Luv",
            "YUV",
            "CIE",
        }

    def test_change_colorspace_class_constants(self):
        cls = iaa.ChangeColorspace
        assert cls.COLORSPACES == {
            "RGB",
            "BGR",
            "GRAY",
            "CIE",
            "YCrCb",
            "HSV",
            "HLS",
            "Lab",
            "Luv",
        }
        assert cls.CV_VARS["RGB2HSV"] == cv2.COLOR_RGB2HSV
        assert cls.CV_VARS["BGR2CIE"] == cv2.COLOR_BGR2XYZ
        assert cls.CV_VARS["Lab2BGR"] == cv2.COLOR_Lab2BGR
        assert len(cls.CV_VARS) == 22
        assert cls.HSV == "HSV" and cls.GRAY == "GRAY"


# ---------------------------------------------------------- change_colorspace_
class TestChangeColorspace_:
    @pytest.mark.parametrize("target", ["HSV", "Lab", "YCrCb", "HLS", "Luv", "YUV"])
    def test_equals_cv2(self, target):
        image = _image()
        result = color.change_colorspace_(image.copy(), target)
        assert np.array_equal(result, _cvt(image, "RGB", target))

    def test_in_place(self):
        image = _image()
        result = color.change_colorspace_(image, "HSV")
        assert result is image

    def test_via_rgb(self):
        image = _image()
        hsv = _cvt(image, "RGB", "HSV")
        result = color.change_colorspace_(hsv.copy(), "Lab", from_colorspace="HSV")
        assert np.array_equal(result, _cvt(_cvt(hsv, "HSV", "RGB"), "RGB", "Lab"))

    def test_gray_has_three_channels(self):
        image = _image()
        result = color.change_colorspace_(image.copy(), "GRAY")
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        assert result.shape == image.shape
        assert all(np.array_equal(result[:, :, c], gray) for c in range(3))

    def test_same_space_unchanged(self):
        image = _image()
        assert np.array_equal(color.change_colorspace_(image.copy(), "RGB"), image)

    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (0, 0, 1)])
    def test_empty_unchanged(self, shape):
        image = np.zeros(shape, dtype=np.uint8)
        assert color.change_colorspace_(image, "HSV") is image

    def test_errors(self):
        with pytest.raises(ValueError, match="to_colorspace"):
            color.change_colorspace_(_image(), "XYZ")
        with pytest.raises(ValueError, match="from_colorspace"):
            color.change_colorspace_(_image(), "HSV", "GRAY")
        with pytest.raises(ValueError, match="image"):
            color.change_colorspace_(_image((4, 4, 4)), "HSV")
        with pytest.raises(ValueError):
            color.change_colorspace_(_image().astype(np.float32), "HSV")


class TestChangeColorspaces_:
    def test_array_and_list(self):
        images = np.stack([_image(seed=1), _image(seed=2)])
        expected = [_cvt(images[0], "RGB", "HSV"), _cvt(images[1], "RGB", "Lab")]
        as_list = color.change_colorspaces_(list(images.copy()), ["HSV", "Lab"])
        as_array = color.change_colorspaces_(images.copy(), ["HSV", "Lab"])
        assert isinstance(as_array, np.ndarray)
        for result in (as_list, as_array):
            assert np.array_equal(result[0], expected[0])
            assert np.array_equal(result[1], expected[1])

    def test_broadcast_and_per_image_sources(self):
        images = [_image(seed=1), _cvt(_image(seed=2), "RGB", "HSV")]
        result = color.change_colorspaces_(
            [image.copy() for image in images], "RGB", ["RGB", "HSV"]
        )
        assert np.array_equal(result[0], images[0])
        assert np.array_equal(result[1], _cvt(images[1], "HSV", "RGB"))

    def test_validates_before_changing(self):
        images = [_image(seed=1), _image(seed=2)]
        before = [image.copy() for image in images]
        with pytest.raises(ValueError, match="to_colorspaces"):
            color.change_colorspaces_(images, ["HSV", "nope"])
        assert all(np.array_equal(a, b) for a, b in zip(images, before, strict=True))


# ------------------------------------------------------------- temperature
class TestChangeColorTemperature:
    def test_white_pixel_gets_table_row(self):
        image = np.full((2, 2, 3), 255, dtype=np.uint8)
        assert color.change_color_temperature(image, 4000)[0, 0].tolist() == [
            255,
            209,
            163,
        ]
        # 4050 K: halfway between the 4000 K and 4100 K rows, rounded half to even
        assert color.change_color_temperature(image, 4050)[0, 0].tolist() == [
            255,
            210,
            166,
        ]

    def test_products_rounded(self):
        image = np.full((1, 1, 3), 100, dtype=np.uint8)
        # 1000 K: (255, 56, 0) / 255 -> 100 * 56 / 255 = 21.96 -> 22
        assert color.change_color_temperature(image, 1000).tolist() == [[[100, 22, 0]]]

    def test_repeated_calls_are_identical(self):
        # 0.4.0 scaled its shared table on every call; ours is stateless
        image = _image()
        first = color.change_color_temperature(image, 3500)
        color.change_color_temperature(image, 12000)
        assert np.array_equal(color.change_color_temperature(image, 3500), first)

    def test_input_unchanged_by_copying_variant(self):
        image = _image()
        before = image.copy()
        color.change_color_temperature(image, 2000)
        assert np.array_equal(image, before)

    def test_in_place_variant_and_kelvin_per_image(self):
        images = np.stack([np.full((2, 2, 3), 255, np.uint8)] * 2)
        result = color.change_color_temperatures_(images, [1000, 40000])
        assert result is images
        assert images[0, 0, 0].tolist() == [255, 56, 0]
        assert images[1, 0, 0].tolist() == [155, 188, 255]

    def test_bgr_and_other_spaces(self):
        image = _image()
        rgb = color.change_color_temperature(image, 3000)
        bgr = color.change_color_temperature(image[:, :, ::-1], 3000, "BGR")
        assert np.array_equal(bgr, rgb[:, :, ::-1])
        hsv = _cvt(image, "RGB", "HSV")
        via_hsv = color.change_color_temperature(hsv, 3000, "HSV")
        expected = _cvt(
            color.change_color_temperature(_cvt(hsv, "HSV", "RGB"), 3000), "RGB", "HSV"
        )
        assert np.array_equal(via_hsv, expected)

    def test_empty_batch_and_image(self):
        assert color.change_color_temperatures_([], 4000) == []
        image = np.zeros((0, 3, 3), dtype=np.uint8)
        assert color.change_color_temperature(image, 4000).shape == (0, 3, 3)

    def test_errors(self):
        with pytest.raises(ValueError, match="kelvin"):
            color.change_color_temperature(_image(), 999)
        with pytest.raises(ValueError, match="kelvins"):
            color.change_color_temperatures_([_image(), _image()], [4000])
        with pytest.raises(ValueError, match="images"):
            color.change_color_temperatures_([_image((3, 3, 1))], 4000)


# ---------------------------------------------------------------- quantization
class TestQuantizeUniform:
    def test_values(self):
        arr = np.array([[0, 100, 127, 128, 200, 255]], dtype=np.uint8)
        assert color.quantize_uniform(arr, 2).tolist() == [[64, 64, 64, 192, 192, 192]]
        assert color.quantize_uniform(arr, 3, to_bin_centers=False).tolist() == [
            [0, 85, 85, 85, 171, 171]
        ]
        assert color.quantize_uniform(arr, 256).tolist() == arr.tolist()

    def test_copy_and_in_place(self):
        arr = _image()
        before = arr.copy()
        result = color.quantize_uniform(arr, 5)
        assert np.array_equal(arr, before) and not np.shares_memory(result, arr)
        in_place = color.quantize_uniform_(arr, 5)
        assert in_place is arr and np.array_equal(arr, result)

    def test_read_only_input_gives_new_array(self):
        arr = _image()
        arr.flags.writeable = False
        assert np.array_equal(
            color.quantize_uniform_(arr, 4), color.quantize_uniform(arr, 4)
        )

    @pytest.mark.parametrize("nb_bins", [2, 4, 8, 16, 32, 64, 128])
    @pytest.mark.parametrize("centers", [True, False])
    def test_power_of_two_route_equals_table(self, nb_bins, centers):
        arr = np.arange(256, dtype=np.uint8).reshape((16, 16))
        table = color._quantize.uniform_table(nb_bins, centers)
        assert np.array_equal(color.quantize_uniform(arr, nb_bins, centers), table[arr])

    def test_255_bins(self):
        arr = np.arange(256, dtype=np.uint8)[np.newaxis]
        assert len(np.unique(color.quantize_uniform(arr, 255, False))) == 255

    def test_deprecated_alias(self):
        arr = _image()
        with pytest.warns(ImgaugDeprecationWarning):
            result = color.quantize_colors_uniform(arr, 6)
        assert np.array_equal(result, color.quantize_uniform(arr, 6))

    def test_errors(self):
        with pytest.raises(ValueError, match="nb_bins"):
            color.quantize_uniform(_image(), 1)
        with pytest.raises(ValueError):
            color.quantize_uniform(_image().astype(np.int16), 4)


class TestQuantizeToNBits:
    @pytest.mark.parametrize("nb_bits", range(1, 9))
    def test_keeps_upper_bits(self, nb_bits):
        arr = np.arange(256, dtype=np.uint8).reshape((16, 16, 1))
        mask = (0xFF << (8 - nb_bits)) & 0xFF
        expected = arr & np.uint8(mask)
        assert np.array_equal(color.quantize_uniform_to_n_bits(arr, nb_bits), expected)
        assert np.array_equal(color.posterize(arr, nb_bits), expected)
        work = arr.copy()
        assert color.quantize_uniform_to_n_bits_(work, nb_bits) is work
        assert np.array_equal(work, expected)

    def test_posterize_copies(self):
        arr = _image()
        before = arr.copy()
        color.posterize(arr, 2)
        assert np.array_equal(arr, before)


class TestQuantizeKMeans:
    def test_two_colors(self):
        arr = np.array([[0, 10, 200, 210]], dtype=np.uint8)
        assert color.quantize_kmeans(arr, 2).tolist() == [[5, 5, 205, 205]]

    def test_centres_are_truncated_means(self):
        arr = np.array([[[0, 0, 0], [1, 0, 0], [200, 201, 0], [200, 200, 0]]], np.uint8)
        result = color.quantize_kmeans(arr, 2)
        assert result[0, 0].tolist() == [0, 0, 0]  # mean 0.5 -> 0
        assert result[0, 2].tolist() == [200, 200, 0]  # mean 200.5 -> 200

    def test_at_most_k_colors_and_deterministic(self):
        image = _image((32, 32, 3), seed=4)
        result = color.quantize_kmeans(image, 5)
        assert len(np.unique(result.reshape(-1, 3), axis=0)) <= 5
        assert np.array_equal(result, color.quantize_kmeans(image, 5))

    def test_not_more_clusters_than_pixels(self):
        image = _image((2, 2, 3))
        result = color.quantize_kmeans(image, 4)
        assert np.array_equal(result, image) and result is not image

    def test_does_not_touch_the_global_rng(self):
        before = iarandom.get_global_rng().copy()
        color.quantize_kmeans(_image((16, 16, 3)), 3)
        assert iarandom.get_global_rng().equals(before)

    def test_deprecated_alias(self):
        image = _image((16, 16, 3))
        with pytest.warns(ImgaugDeprecationWarning):
            result = color.quantize_colors_kmeans(image, 3)
        assert np.array_equal(result, color.quantize_kmeans(image, 3))


# ------------------------------------------------------------ WithColorspace
class TestWithColorspace:
    def test_children_see_converted_images(self):
        capture = _Capture()
        image = _image()
        aug = iaa.WithColorspace("HSV", children=iaa.Lambda(func_images=capture))
        result = aug(image=image)
        assert np.array_equal(capture.images[0], _cvt(image, "RGB", "HSV"))
        assert np.array_equal(result, _cvt(_cvt(image, "RGB", "HSV"), "HSV", "RGB"))

    def test_child_changes_hue(self):
        image = _image()
        aug = iaa.WithColorspace("HSV", children=iaa.WithChannels(0, iaa.Add(10)))
        hsv = _cvt(image, "RGB", "HSV")
        hsv[:, :, 0] = np.clip(hsv[:, :, 0].astype(int) + 10, 0, 255)
        assert np.array_equal(aug(image=image), _cvt(hsv, "HSV", "RGB"))

    def test_annotations_go_through_children(self):
        image = _image()
        heatmaps, kpsoi = _kinds(image.shape)
        aug = iaa.WithColorspace("YCrCb", children=iaa.Fliplr(1.0))
        _, heatmaps_aug, kps_aug = aug(image=image, heatmaps=heatmaps, keypoints=kpsoi)
        assert kps_aug.keypoints[0].x == pytest.approx(8 - 1.5)
        assert np.array_equal(heatmaps_aug.arr_0to1, heatmaps.arr_0to1[:, ::-1])

    def test_description(self):
        aug = iaa.WithColorspace("HSV", children=iaa.Identity(), name="W")
        assert aug.get_parameters() == ["HSV", "RGB"]
        assert str(aug) == (
            "WithColorspace(from_colorspace=RGB, to_colorspace=HSV, name=W, "
            f"children=[{aug.children}], deterministic=False)"
        )
        assert aug.children.name == "W-then"
        assert aug.get_children_lists() == [aug.children]

    def test_to_deterministic_converts_children(self):
        aug = iaa.WithColorspace("HSV", children=iaa.Add((-50, 50)))
        det = aug.to_deterministic()
        assert det.children is not aug.children
        assert all(child.deterministic for child in det.children)
        image = _image()
        assert np.array_equal(det(image=image), det(image=image))

    def test_gray_target_rejected(self):
        with pytest.raises(ValueError, match="to_colorspace"):
            iaa.WithColorspace("GRAY")

    def test_in_colorspace_is_deprecated_alias(self):
        with pytest.warns(ImgaugDeprecationWarning):
            aug = iaa.InColorspace("HSV", children=iaa.Add(5))
        assert isinstance(aug, iaa.WithColorspace) and aug.to_colorspace == "HSV"


# ------------------------------------------------------- brightness channels
class TestWithBrightnessChannels:
    @pytest.mark.parametrize(
        "space, channel",
        [("YCrCb", 0), ("HSV", 2), ("HLS", 1), ("Lab", 0), ("Luv", 0), ("YUV", 0)],
    )
    def test_children_get_brightness_channel(self, space, channel):
        capture = _Capture()
        image = _image()
        aug = iaa.WithBrightnessChannels(
            iaa.Lambda(func_images=capture), to_colorspace=space
        )
        result = aug(image=image)
        converted = _cvt(image, "RGB", space)
        assert capture.images[0].shape == image.shape[:2] + (1,)
        assert np.array_equal(capture.images[0][:, :, 0], converted[:, :, channel])
        assert np.array_equal(result, _cvt(converted, space, "RGB"))

    @pytest.mark.parametrize("space", ["YCrCb", "HSV", "HLS", "Lab", "Luv", "YUV"])
    def test_add_via_table_exact(self, space):
        image = _image()
        channel = iaa.WithBrightnessChannels._CSPACE_TO_CHANNEL_ID[space]
        converted = _cvt(image, "RGB", space)
        values = converted[:, :, channel].astype(int)
        converted[:, :, channel] = np.clip(values + 30, 0, 255)
        expected = _cvt(converted, space, "RGB")
        aug = iaa.AddToBrightness(30, to_colorspace=space)
        assert np.array_equal(aug(image=image), expected)

    def test_colorspace_sampled_per_image(self):
        aug = iaa.WithBrightnessChannels(iaa.Add(0), to_colorspace=["HSV", "Lab"])
        assert isinstance(aug.to_colorspace, iap.Choice)
        aug = iaa.WithBrightnessChannels(to_colorspace=ia.ALL)
        assert sorted(aug.to_colorspace.a) == sorted(
            ["YCrCb", "HSV", "HLS", "Lab", "Luv", "YUV"]
        )

    def test_children_must_keep_shape(self):
        aug = iaa.WithBrightnessChannels(
            iaa.Lambda(func_images=lambda images, *_: [i[1:] for i in images]),
            to_colorspace="HSV",
        )
        with pytest.raises(ValueError, match="Children of WithBrightnessChannels"):
            aug(image=_image())

    def test_description(self):
        aug = iaa.WithBrightnessChannels(iaa.Identity(), to_colorspace="HSV", name="B")
        assert str(aug) == (
            "WithBrightnessChannels(to_colorspace=Deterministic(HSV), "
            f"from_colorspace=RGB, name=B, children={aug.children}, "
            "deterministic=False)"
        )
        params = aug.get_parameters()
        assert params[1] == "RGB" and params[0].value == "HSV"


class TestMultiplyAndAddToBrightness:
    def test_children(self):
        aug = iaa.MultiplyAndAddToBrightness(mul=1.0, add=0)
        assert [type(child) for child in aug.children] == [iaa.Identity, iaa.Identity]
        aug = iaa.MultiplyAndAddToBrightness(mul=(0.5, 1.5), add=5)
        assert isinstance(aug.children[0], iaa.Multiply)
        assert isinstance(aug.children[1], iaa.Add)
        assert aug.children.random_order is True
        assert iaa.MultiplyBrightness().children.random_order is False
        assert isinstance(iaa.MultiplyBrightness().children[1], iaa.Identity)
        assert isinstance(iaa.AddToBrightness().children[0], iaa.Identity)

    def test_description(self):
        aug = iaa.MultiplyAndAddToBrightness(mul=1.0, add=0, to_colorspace="Lab")
        assert str(aug) == (
            f"MultiplyAndAddToBrightness(mul={aug.children[0]}, "
            f"add={aug.children[1]}, to_colorspace=Deterministic(Lab), "
            "from_colorspace=RGB, random_order=True, "
            "name=UnnamedMultiplyAndAddToBrightness, deterministic=False)"
        )

    def test_seed_also_seeds_children(self):
        image = _image((8, 8, 3))
        outputs = []
        for global_seed in (1, 2):
            iarandom.seed(global_seed)
            outputs.append(iaa.MultiplyAndAddToBrightness(seed=7)(image=image))
        assert np.array_equal(outputs[0], outputs[1])

    def test_reseeding_covers_the_random_order(self):
        images = np.stack([_image(seed=i) for i in range(6)])
        aug_a = iaa.MultiplyAndAddToBrightness(mul=0.5, add=60).seed_(4)
        aug_b = iaa.MultiplyAndAddToBrightness(mul=0.5, add=60).seed_(4)
        for _ in range(4):
            assert np.array_equal(aug_a(images=images), aug_b(images=images))

    def test_multiply_exact(self):
        image = _image()
        ycrcb = _cvt(image, "RGB", "YCrCb")
        ycrcb[:, :, 0] = np.clip(ycrcb[:, :, 0].astype(np.float32) * 1.5, 0, 255)
        aug = iaa.MultiplyBrightness(1.5, to_colorspace="YCrCb")
        assert np.array_equal(aug(image=image), _cvt(ycrcb, "YCrCb", "RGB"))


# ------------------------------------------------------- hue and saturation
class TestWithHueAndSaturation:
    def test_children_get_int16_hue_and_saturation(self):
        capture = _Capture()
        image = _all_hsv_values()
        aug = iaa.WithHueAndSaturation(
            iaa.Lambda(func_images=capture), from_colorspace="HSV"
        )
        result = aug(image=image)
        received = capture.images[0]
        assert received.dtype == np.int16 and received.shape == (180, 256, 2)
        hue = np.arange(180)
        assert np.array_equal(received[:, 0, 0], (hue / 180 * 255).astype(np.int16))
        assert np.array_equal(received[0, :, 1], np.arange(256))
        # identity children: hue loses precision in the round trip (as in 0.4.0)
        expected_hue = ((hue / 180 * 255).astype(int) % 255 / 255 * 180).astype(int)
        assert np.array_equal(result[:, 0, 0], expected_hue)
        assert result[1, 0, 0] == 0  # 1 -> 1.4 -> 1 -> 0.7 -> 0
        assert np.array_equal(result[:, :, 1:], image[:, :, 1:])

    def test_results_wrap_hue_and_clip_saturation(self):
        values = np.arange(-300, 300, dtype=np.int16)

        def replace(images, random_state, parents, hooks):
            result = np.zeros((1, len(values), 2), dtype=np.int16)
            result[0, :, 0] = values
            result[0, :, 1] = values
            return [result]

        image = np.zeros((1, len(values), 3), dtype=np.uint8)
        aug = iaa.WithHueAndSaturation(
            iaa.Lambda(func_images=replace), from_colorspace="HSV"
        )
        result = aug(image=image)
        expected_hue = (np.mod(values, 255) / 255 * 180).astype(np.uint8)
        assert np.array_equal(result[0, :, 0], expected_hue)
        assert np.array_equal(result[0, :, 1], np.clip(values, 0, 255))

    def test_array_stays_array(self):
        images = np.stack([_image(seed=1), _image(seed=2)])
        result = iaa.WithHueAndSaturation(iaa.Fliplr(1.0))(images=images)
        assert isinstance(result, np.ndarray) and result.shape == images.shape

    @pytest.mark.parametrize(
        "make",
        [
            lambda: iaa.MultiplyHueAndSaturation((0.5, 1.5), per_channel=0.5, seed=2),
            lambda: iaa.MultiplyHueAndSaturation(seed=2),
            lambda: iaa.WithHueAndSaturation(
                iaa.Sometimes(0.5, iaa.WithChannels(0, iaa.Add((-60, 60))))
            ).seed_(2),
        ],
    )
    def test_tables_equal_general_path(self, make, monkeypatch):
        images = np.stack([_image((10, 12, 3), seed=i) for i in range(5)])
        by_tables = make()(images=images)
        monkeypatch.setattr(color, "_is_pointwise", lambda augmenter: False)
        assert np.array_equal(make()(images=images), by_tables)

    def test_description(self):
        aug = iaa.WithHueAndSaturation(iaa.Identity(), name="H")
        assert aug.get_parameters() == ["RGB"]
        assert str(aug) == (
            f"WithHueAndSaturation(from_colorspace=RGB, name=H, "
            f"children=[{aug.children}], deterministic=False)"
        )


class TestMultiplyHueAndSaturation:
    def test_children_names_and_defaults(self):
        aug = iaa.MultiplyHueAndSaturation()
        hue, saturation = aug.children
        assert hue.name == "None-WithChannelsHue" and hue.channels == [0]
        assert hue.children[0].name == "None-MultiplyHue"
        assert saturation.name == "None-WithChannelsSaturation"
        assert saturation.children[0].name == "None-MultiplySaturation"
        assert str(hue.children[0].mul) == (
            "Uniform(Deterministic(float 0.50000000), Deterministic(float 1.50000000))"
        )
        joint = iaa.MultiplyHueAndSaturation(mul=1.5, per_channel=True, name="X")
        assert [child.name for child in joint.children] == ["X-Multiply"]
        assert joint.children[0].per_channel.value == 1
        assert str(joint).startswith(
            "WithHueAndSaturation(from_colorspace=RGB, name=X,"
        )

    def test_exclusive_arguments(self):
        with pytest.raises(ValueError, match="mul_hue"):
            iaa.MultiplyHueAndSaturation(mul=1.0, mul_hue=1.0)
        with pytest.raises(ValueError, match="mul_saturation"):
            iaa.MultiplyHueAndSaturation(mul=1.0, mul_saturation=1.0)

    def test_saturation_exact(self):
        image = _all_hsv_values()
        result = iaa.MultiplySaturation(1.5, from_colorspace="HSV")(image=image)
        expected = np.clip(np.round(np.arange(256) * 1.5), 0, 255)
        assert np.array_equal(result[0, :, 1], expected)
        assert np.array_equal(result[:, :, 2], image[:, :, 2])

    def test_remove_saturation(self):
        image = np.array([[[100, 150, 200]]], dtype=np.uint8)
        assert iaa.RemoveSaturation(1.0)(image=image).tolist() == [[[200, 200, 200]]]
        mul = iaa.RemoveSaturation(0.25).children[0].children[0].mul
        assert isinstance(mul, iap.Subtract)
        assert mul.draw_sample() == pytest.approx(0.75)

    def test_hue_negative_wraps(self):
        image = _all_hsv_values()
        result = iaa.MultiplyHue(-1.0, from_colorspace="HSV")(image=image)
        scaled = (np.arange(180) / 180 * 255).astype(np.int64)
        expected = (np.mod(-scaled, 255) / 255 * 180).astype(np.uint8)
        assert np.array_equal(result[:, 0, 0], expected)

    def test_seed_also_seeds_children(self):
        image = _image((8, 8, 3))
        outputs = []
        for global_seed in (1, 2):
            iarandom.seed(global_seed)
            outputs.append(iaa.MultiplyHueAndSaturation(seed=7)(image=image))
        assert np.array_equal(outputs[0], outputs[1])


class TestAddToHueAndSaturation:
    @pytest.mark.parametrize("value", [-255, -200, -37, -1, 0, 1, 20, 37, 255])
    def test_tables_on_all_values(self, value):
        image = _all_hsv_values()
        aug = iaa.AddToHueAndSaturation(
            value_hue=value, value_saturation=value, from_colorspace="HSV"
        )
        result = aug(image=image)
        shift = int(value / 255 * 180)
        assert np.array_equal(result[:, 0, 0], (np.arange(180) + shift) % 180)
        assert np.array_equal(result[0, :, 1], np.clip(np.arange(256) + value, 0, 255))
        assert np.array_equal(result[:, :, 2], image[:, :, 2])

    def test_rgb_round_trip(self):
        image = _image()
        hsv = _cvt(image, "RGB", "HSV")
        hsv[:, :, 0] = (hsv[:, :, 0].astype(int) + 14) % 180
        hsv[:, :, 1] = np.clip(hsv[:, :, 1].astype(int) + 20, 0, 255)
        assert np.array_equal(
            iaa.AddToHueAndSaturation(20)(image=image), _cvt(hsv, "HSV", "RGB")
        )

    def test_per_channel_uses_second_column(self):
        image = _all_hsv_values()
        aug = iaa.AddToHueAndSaturation(
            iap.DeterministicList([30, -40]), per_channel=True, from_colorspace="HSV"
        )
        result = aug(image=image)
        assert result[10, 0, 0] == 10 + int(30 / 255 * 180)
        assert result[0, 100, 1] == 60
        aug = iaa.AddToHueAndSaturation(
            iap.DeterministicList([30, -40]), per_channel=False, from_colorspace="HSV"
        )
        assert aug(image=image)[0, 100, 1] == 130

    def test_sampled_floats_truncated(self):
        image = _all_hsv_values()
        aug = iaa.AddToHueAndSaturation(
            value_saturation=iap.Deterministic(10.7), from_colorspace="HSV"
        )
        assert aug(image=image)[0, 50, 1] == 60

    def test_parameters_and_defaults(self):
        aug = iaa.AddToHueAndSaturation()
        value, value_hue, value_saturation, per_channel, from_colorspace = (
            aug.get_parameters()
        )
        assert value is None and from_colorspace == "RGB"
        assert (
            str(value_hue)
            == "DiscreteUniform(Deterministic(int -40), Deterministic(int 40))"
        )
        assert str(value_saturation) == str(value_hue)
        assert per_channel.value == 0 and aug.backend == "cv2"
        hue_only = iaa.AddToHue().get_parameters()
        assert hue_only[2] is None and hue_only[1].a.value == -255
        saturation_only = iaa.AddToSaturation().get_parameters()
        assert saturation_only[1] is None and saturation_only[2].b.value == 75

    def test_exclusive_arguments(self):
        with pytest.raises(ValueError, match="value_hue"):
            iaa.AddToHueAndSaturation(value=1, value_hue=2)

    def test_sampled_values_out_of_range(self):
        aug = iaa.AddToHueAndSaturation(value_hue=iap.Deterministic(300))
        with pytest.raises(ValueError, match="value_hue"):
            aug(image=_image())


# ----------------------------------------------------- ChangeColorspace/Grayscale
class TestChangeColorspace:
    def test_full_conversion(self):
        image = _image()
        assert np.array_equal(
            iaa.ChangeColorspace("HSV")(image=image), _cvt(image, "RGB", "HSV")
        )

    def test_alpha_blends_converted_over_input(self):
        image = _image()
        result = iaa.ChangeColorspace("HSV", alpha=0.25)(image=image)
        expected = 0.25 * _cvt(image, "RGB", "HSV") + 0.75 * image.astype(np.float64)
        assert np.max(np.abs(result - expected)) <= 0.5 + 1e-6

    def test_unchanged_cases(self):
        image = _image()
        assert np.array_equal(
            iaa.ChangeColorspace("HSV", alpha=0.0)(image=image), image
        )
        assert np.array_equal(iaa.ChangeColorspace("RGB")(image=image), image)

    def test_target_sampled_per_image(self):
        images = np.stack([_image(seed=1)] * 20)
        result = iaa.ChangeColorspace(["HSV", "Lab"], seed=1)(images=images)
        hsv, lab = _cvt(images[0], "RGB", "HSV"), _cvt(images[0], "RGB", "Lab")
        matches = [np.array_equal(r, hsv) for r in result]
        assert any(matches) and not all(matches)
        assert all(np.array_equal(r, hsv) or np.array_equal(r, lab) for r in result)

    def test_parameters(self):
        aug = iaa.ChangeColorspace("HSV")
        target, alpha = aug.get_parameters()
        assert target.value == "HSV" and alpha.value == 1.0
        assert aug.eps == 0.001 and aug.from_colorspace == "RGB"
        assert isinstance(
            iaa.ChangeColorspace(["HSV", "Lab"]).to_colorspace, iap.Choice
        )

    def test_errors(self):
        with pytest.raises(ValueError, match="to_colorspace"):
            iaa.ChangeColorspace("abc")
        with pytest.raises(ValueError, match="from_colorspace"):
            iaa.ChangeColorspace("HSV", from_colorspace="GRAY")
        with pytest.raises(ValueError, match="alpha"):
            iaa.ChangeColorspace("HSV", alpha=1.5)


class TestGrayscale:
    def test_full(self):
        image = _image()
        result = iaa.Grayscale(1.0)(image=image)
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        assert all(np.array_equal(result[:, :, c], gray) for c in range(3))
        assert iaa.Grayscale()(image=np.array([[[255, 0, 0]]], np.uint8)).tolist() == [
            [[76, 76, 76]]
        ]

    def test_bgr(self):
        image = _image()
        result = iaa.Grayscale(1.0, from_colorspace="BGR")(image=image[:, :, ::-1])
        assert np.array_equal(result, iaa.Grayscale(1.0)(image=image))

    def test_blend(self):
        image = _image()
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)[:, :, np.newaxis].astype(float)
        result = iaa.Grayscale(0.5)(image=image)
        expected = 0.5 * gray + 0.5 * image
        assert np.max(np.abs(result - expected)) <= 0.5 + 1e-6

    def test_parameters(self):
        target, alpha = iaa.Grayscale().get_parameters()
        assert target.value == "GRAY" and alpha.value == 1
        assert isinstance(iaa.Grayscale((0.0, 1.0)).alpha, iap.Uniform)

    def test_new_arrays(self):
        image = _image()
        result = iaa.Grayscale(1.0)(image=image)
        assert not np.shares_memory(result, image)


class TestChangeColorTemperatureAugmenter:
    def test_equals_function(self):
        image = _image()
        aug = iaa.ChangeColorTemperature(3000)
        assert np.array_equal(
            aug(image=image), color.change_color_temperature(image, 3000)
        )

    def test_parameters(self):
        aug = iaa.ChangeColorTemperature()
        kelvin, from_colorspace = aug.get_parameters()
        assert (
            str(kelvin) == "Uniform(Deterministic(int 1000), Deterministic(int 11000))"
        )
        assert from_colorspace == "RGB"

    def test_errors(self):
        with pytest.raises(ValueError, match="kelvin"):
            iaa.ChangeColorTemperature(500)
        aug = iaa.ChangeColorTemperature(iap.Deterministic(90000))
        with pytest.raises(ValueError, match="kelvin"):
            aug(image=_image())


# ------------------------------------------------------- quantization augmenters
class TestQuantizationAugmenters:
    def test_uniform_equals_function(self):
        image = _image()
        assert np.array_equal(
            iaa.UniformColorQuantization(5)(image=image),
            color.quantize_uniform(image, 5),
        )

    def test_posterize_equals_bits(self):
        image = _image()
        expected = color.quantize_uniform_to_n_bits(image, 3)
        assert np.array_equal(iaa.Posterize(3)(image=image), expected)
        assert np.array_equal(
            iaa.UniformColorQuantizationToNBits(3)(image=image), expected
        )
        assert issubclass(iaa.Posterize, iaa.UniformColorQuantizationToNBits)

    def test_alpha_kept_and_gray(self):
        rgba = _image((6, 8, 4))
        result = iaa.UniformColorQuantization(3, to_colorspace="HSV")(image=rgba)
        assert np.array_equal(result[:, :, 3], rgba[:, :, 3])
        expected = _cvt(
            color.quantize_uniform(_cvt(rgba[:, :, :3], "RGB", "HSV"), 3), "HSV", "RGB"
        )
        assert np.array_equal(result[:, :, :3], expected)
        gray = _image((6, 8, 1))
        result = iaa.UniformColorQuantization(3, to_colorspace="HSV")(image=gray)
        assert np.array_equal(result, color.quantize_uniform(gray, 3))

    def test_downscaled_pipeline(self):
        image = _image((30, 40, 3))
        result = iaa.UniformColorQuantization(4, max_size=10)(image=image)
        small = cv2.resize(image, (10, 7), interpolation=cv2.INTER_LINEAR)
        expected = cv2.resize(
            color.quantize_uniform(small, 4), (40, 30), interpolation=cv2.INTER_LINEAR
        )
        assert np.array_equal(result, expected)

    def test_kmeans_colors_and_property(self):
        image = _image((20, 20, 3))
        aug = iaa.KMeansColorQuantization(4, to_colorspace="RGB")
        result = aug(image=image)
        assert len(np.unique(result.reshape(-1, 3), axis=0)) <= 4
        assert aug.n_colors is aug.counts
        assert iaa.UniformColorQuantization(3).n_colors is not None

    def test_parameters(self):
        params = iaa.KMeansColorQuantization().get_parameters()
        assert (
            str(params[0])
            == "DiscreteUniform(Deterministic(int 2), Deterministic(int 16))"
        )
        assert params[1:] == ["RGB", ["RGB", "Lab"], 128, "linear"]
        params = iaa.Posterize().get_parameters()
        assert (
            str(params[0])
            == "DiscreteUniform(Deterministic(int 1), Deterministic(int 8))"
        )
        assert params[1:] == ["RGB", None, None, "linear"]

    def test_counts_clipped_to_range(self):
        aug = iaa.UniformColorQuantizationToNBits(iap.Deterministic(20))
        image = _image()
        assert np.array_equal(aug(image=image), image)  # clipped to 8 bits

    def test_errors(self):
        with pytest.raises(ValueError, match="n_colors"):
            iaa.KMeansColorQuantization(n_colors=1)
        with pytest.raises(ValueError, match="nb_bits"):
            iaa.Posterize(9)
        with pytest.raises(ValueError, match="to_colorspace"):
            iaa.UniformColorQuantization(to_colorspace="GRAY")
        with pytest.raises(ValueError, match="interpolation"):
            iaa.KMeansColorQuantization(interpolation="abc")
        with pytest.raises(ValueError, match="images"):
            iaa.KMeansColorQuantization(2)(image=_image((4, 4, 2)))


# ------------------------------------------------------------------ common
@pytest.mark.parametrize(
    "make",
    [
        lambda: iaa.Grayscale((0.0, 1.0)),
        lambda: iaa.AddToHueAndSaturation((-30, 30)),
        lambda: iaa.MultiplySaturation((0.5, 1.5)),
        lambda: iaa.AddToBrightness((-30, 30)),
        lambda: iaa.ChangeColorTemperature(),
        lambda: iaa.UniformColorQuantization(),
        lambda: iaa.KMeansColorQuantization(),
    ],
)
def test_leaves_keep_annotations(make):
    image = _image()
    heatmaps, kpsoi = _kinds(image.shape)
    _, heatmaps_aug, kps_aug = make()(image=image, heatmaps=heatmaps, keypoints=kpsoi)
    assert np.array_equal(heatmaps_aug.arr_0to1, heatmaps.arr_0to1)
    assert np.array_equal(kps_aug.to_xy_array(), kpsoi.to_xy_array())


def test_pickle_keeps_shared_order_rng():
    aug = iaa.MultiplyAndAddToBrightness(seed=1)
    images = np.stack([_image(seed=i) for i in range(3)])
    aug(images=images)
    restored = pickle.loads(pickle.dumps(aug))
    assert np.array_equal(aug(images=images), restored(images=images))


def test_no_deprecation_warnings_from_normal_use():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        iaa.MultiplyHueAndSaturation(seed=1)(image=_image())
        iaa.AddToBrightness(seed=1)(image=_image())


@pytest.mark.parametrize(
    "make",
    [
        lambda: iaa.MultiplySaturation((0.5, 1.5), seed=4),
        lambda: iaa.AddToBrightness((-30, 30), seed=4),
        lambda: iaa.WithColorspace("HSV", children=iaa.Add(10)),
    ],
)
def test_hooks_take_the_general_path_with_equal_results(make):
    images = [_image(seed=i) for i in range(3)]
    default = ia.HooksImages(
        propagator=lambda images, augmenter, parents, default: default
    )
    assert all(
        np.array_equal(a, b)
        for a, b in zip(
            make().augment_images(images, hooks=default),
            make()(images=images),
            strict=True,
        )
    )
    blocked = ia.HooksImages(
        propagator=lambda images, augmenter, parents, default: False
    )
    result = make().augment_images(images, hooks=blocked)
    assert all(np.array_equal(a, b) for a, b in zip(result, images, strict=True))
