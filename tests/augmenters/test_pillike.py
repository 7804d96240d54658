"""``imgaug.augmenters.pillike``: functions equal the installed Pillow, augmenters
apply them with the sampled parameters, ``Affine`` moves every augmentable kind."""

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug._kernels import lut as _lut
from imgaug._kernels import pil as _pil_kernels
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import contrast, pillike

FILTERS = {
    "filter_blur": "BLUR",
    "filter_smooth": "SMOOTH",
    "filter_smooth_more": "SMOOTH_MORE",
    "filter_edge_enhance": "EDGE_ENHANCE",
    "filter_edge_enhance_more": "EDGE_ENHANCE_MORE",
    "filter_find_edges": "FIND_EDGES",
    "filter_contour": "CONTOUR",
    "filter_emboss": "EMBOSS",
    "filter_sharpen": "SHARPEN",
    "filter_detail": "DETAIL",
}
ENHANCERS = {
    "enhance_color": ImageEnhance.Color,
    "enhance_contrast": ImageEnhance.Contrast,
    "enhance_brightness": ImageEnhance.Brightness,
    "enhance_sharpness": ImageEnhance.Sharpness,
}
FILTER_CLASSES = {
    "FilterBlur": "filter_blur",
    "FilterSmooth": "filter_smooth",
    "FilterSmoothMore": "filter_smooth_more",
    "FilterEdgeEnhance": "filter_edge_enhance",
    "FilterEdgeEnhanceMore": "filter_edge_enhance_more",
    "FilterFindEdges": "filter_find_edges",
    "FilterContour": "filter_contour",
    "FilterEmboss": "filter_emboss",
    "FilterSharpen": "filter_sharpen",
    "FilterDetail": "filter_detail",
}


def _image(shape=(31, 37, 3), low=0, high=256, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(low, high, size=shape).astype(np.uint8)


def _pil(func, image, *args, **kwargs):
    return np.asarray(func(Image.fromarray(image), *args, **kwargs))


IMAGES = {
    "rgb": _image(),
    "gray": _image((29, 33)),
    "rgb-low-contrast": _image((40, 50, 3), 90, 150, seed=1),
}


# ================================================================ functions vs Pillow


@pytest.mark.parametrize("label", list(IMAGES))
@pytest.mark.parametrize("threshold", [0, 1, 100, 128, 255, 256])
def test_solarize_equals_pillow(label, threshold):
    image = IMAGES[label]
    expected = _pil(ImageOps.solarize, image, threshold)
    assert np.array_equal(pillike.solarize(image, threshold), expected)
    assert np.array_equal(pillike.solarize_(image.copy(), threshold), expected)


def test_solarize_truncates_float_thresholds_as_0_4_0():
    image = np.arange(125, 131, dtype=np.uint8)[np.newaxis]
    # 0.4.0 compares with int(threshold) (Pillow with the float itself)
    assert pillike.solarize(image, 127.9).tolist() == [[125, 126, 128, 127, 126, 125]]


def test_solarize_of_other_dtypes_inverts_within_the_value_range():
    def solarize(values, dtype, **kwargs):
        return pillike.solarize(np.array([values], dtype=dtype), **kwargs)[0].tolist()

    assert solarize([0, 200, 60000], np.uint16) == [0, 65335, 5535]
    assert solarize([-5, 127, 128], np.int16) == [-5, 127, -129]
    assert solarize([0.5, 200.0], np.float32) == [0.5, -200.0]
    assert solarize([True, False], bool, threshold=1) == [False, False]
    assert solarize([3, 250], np.int32, threshold=None) == [-4, -251]


@pytest.mark.parametrize("label", list(IMAGES))
@pytest.mark.parametrize("bits", range(1, 9))
def test_posterize_equals_pillow(label, bits):
    image = IMAGES[label]
    expected = _pil(ImageOps.posterize, image, bits)
    assert np.array_equal(pillike.posterize(image, bits), expected)
    assert np.array_equal(pillike.posterize_(image.copy(), bits), expected)


def _large_images():
    yield _image((70, 80, 3))
    yield _image((70, 80))
    yield (_image((70, 80, 3), 0, 5, seed=2) * 40).astype(np.uint8)  # max < 255
    yield np.full((70, 80, 3), 13, np.uint8)


def test_equalize_equals_pillow():
    for image in [*IMAGES.values(), *_large_images()]:
        expected = _pil(ImageOps.equalize, image)
        assert np.array_equal(pillike.equalize(image), expected)
        assert np.array_equal(pillike.equalize_(image.copy()), expected)


def test_equalize_with_mask_equals_pillow():
    image = _image((40, 50, 3))
    mask = np.zeros((40, 50), dtype=np.uint8)
    mask[5:30, 10:45] = 1
    expected = np.asarray(
        ImageOps.equalize(Image.fromarray(image), mask=Image.fromarray(mask * 255))
    )
    assert np.array_equal(pillike.equalize(image, mask=mask), expected)
    assert np.array_equal(pillike.equalize(image, mask=mask.astype(bool)), expected)


@pytest.mark.parametrize("cutoff", [0, 2, 10, 49, 3.5, (1, 30)])
@pytest.mark.parametrize("ignore", [None, 5, [0, 255]])
def test_autocontrast_equals_pillow(cutoff, ignore):
    for image in [*IMAGES.values(), *_large_images()]:
        expected = _pil(ImageOps.autocontrast, image, cutoff, ignore)
        assert np.array_equal(pillike.autocontrast(image, cutoff, ignore), expected)


@pytest.mark.parametrize("func_name", list(ENHANCERS))
@pytest.mark.parametrize("factor", [0.0, 0.35, 1.0, 1.6, 2.7])
def test_enhance_functions_equal_pillow(func_name, factor):
    inputs = [*IMAGES.values(), _image((21, 23, 4), seed=3)]
    for image in inputs:
        expected = np.asarray(
            ENHANCERS[func_name](Image.fromarray(image)).enhance(factor)
        )
        observed = getattr(pillike, func_name)(image, factor)
        assert observed.dtype == np.uint8
        assert np.array_equal(observed, expected), image.shape


@pytest.mark.parametrize("func_name", list(FILTERS))
def test_filter_functions_equal_pillow(func_name):
    inputs = [*IMAGES.values(), _image((21, 23, 4), seed=3), _image((2, 9, 3))]
    for image in inputs:
        expected = _pil(
            Image.Image.filter, image, getattr(ImageFilter, FILTERS[func_name])
        )
        observed = getattr(pillike, func_name)(image)
        assert np.array_equal(observed, expected), image.shape


def _pil_transform(image, coefficients, fillcolor=None):
    size = (image.shape[1], image.shape[0])
    pil = Image.fromarray(image)
    return np.asarray(
        pil.transform(size, Image.AFFINE, coefficients, fillcolor=fillcolor)
    )


@pytest.mark.parametrize("label", ["rgb", "gray"])
def test_warp_affine_translation_equals_pillow(label):
    image = IMAGES[label]
    expected = _pil_transform(image, (1, 0, -3, 0, 1, 2))
    observed = pillike.warp_affine(image, translate_x_px=3, translate_y_px=-2)
    assert np.array_equal(observed, expected)


def test_warp_affine_scaling_equals_pillow():
    image = _image((30, 40, 3))
    # zoom x2 around the image centre (20, 15): input = (output - centre)/2 + centre
    expected = _pil_transform(image, (0.5, 0, 10, 0, 0.5, 7.5))
    assert np.array_equal(pillike.warp_affine(image, scale_x=2, scale_y=2), expected)


@pytest.mark.parametrize("angle", [20, -45, 90, 137])
def test_warp_affine_rotation_equals_image_rotate(angle):
    # Image.rotate turns counter-clockwise around the centre, warp_affine clockwise
    image = _image((40, 50, 3))
    expected = _pil(Image.Image.rotate, image, -angle, fillcolor=(3, 4, 5))
    observed = pillike.warp_affine(image, rotate_deg=angle, fillcolor=(3, 4, 5))
    # float32 (ours, 0.4.0) vs float64 (Image.rotate) coefficients
    assert np.mean(np.any(observed != expected, axis=2)) < 0.01


@pytest.mark.parametrize(("shear_x", "shear_y"), [(25, 0), (0, -15), (10, 20)])
def test_warp_affine_shears_by_tanh_of_the_angles(shear_x, shear_y):
    image = _image((40, 50, 3))
    tx, ty = np.tanh(np.deg2rad(shear_x)), np.tanh(np.deg2rad(shear_y))
    shear = np.array([[1, tx, 0], [ty, 1, 0], [0, 0, 1]])
    to_centre = np.array([[1, 0, -25], [0, 1, -20], [0, 0, 1]])
    matrix = np.linalg.inv(to_centre) @ shear @ to_centre
    expected = _pil_transform(image, tuple(np.linalg.inv(matrix)[0:2].ravel()))
    observed = pillike.warp_affine(image, shear_x_deg=shear_x, shear_y_deg=shear_y)
    assert np.mean(np.any(observed != expected, axis=2)) < 0.01


@pytest.mark.parametrize("center", [(0.0, 0.0), (1.0, 1.0), (0.25, 0.8)])
def test_warp_affine_center_is_relative(center):
    image = _image((40, 50, 3))
    centre_px = (center[0] * 50, center[1] * 40)
    expected = _pil(Image.Image.rotate, image, -12, center=centre_px)
    observed = pillike.warp_affine(image, rotate_deg=12, center=center)
    assert np.mean(np.any(observed != expected, axis=2)) < 0.01


@pytest.mark.parametrize(
    ("label", "fillcolor"),
    [
        ("rgb", None),
        ("rgb", 0),
        ("rgb", 7),
        ("rgb", 300),
        ("rgb", -1),
        ("rgb", (1, 2, 3)),
        ("rgb", (300, -5, 2)),
        ("rgb", (5,)),
        ("rgba", (1, 2, 3)),
        ("rgba", (1, 2, 3, 4)),
        ("rgba", 0x01020304),
        ("gray", 300),
        ("gray", (9,)),
    ],
)
def test_warp_affine_fillcolor_as_pillow_reads_it(label, fillcolor):
    image = {"rgb": IMAGES["rgb"], "gray": IMAGES["gray"], "rgba": _image((9, 11, 4))}
    image = image[label]
    expected = _pil_transform(image, (1, 0, -4, 0, 1, 0), fillcolor)
    observed = pillike.warp_affine(image, translate_x_px=4, fillcolor=fillcolor)
    assert np.array_equal(observed, expected)


def test_warp_affine_fills_gray_images_with_the_first_of_several_values():
    observed = pillike.warp_affine(
        IMAGES["gray"], translate_x_px=4, fillcolor=(9, 8, 7)
    )
    assert np.all(observed[:, 0:4] == 9)


def test_warp_affine_truncates_float_fill_values():
    observed = pillike.warp_affine(
        IMAGES["rgb"], translate_x_px=2, fillcolor=(9.9, 0, 3.5)
    )
    assert observed[0, 0].tolist() == [9, 0, 3]


# ================================================================ channels and shapes

ALL_FUNCTIONS = {
    "solarize": lambda im: pillike.solarize(im, 100),
    "posterize": lambda im: pillike.posterize(im, 3),
    "equalize": pillike.equalize,
    "autocontrast": lambda im: pillike.autocontrast(im, 5),
    **{name: (lambda im, n=name: getattr(pillike, n)(im, 1.7)) for name in ENHANCERS},
    **{name: getattr(pillike, name) for name in FILTERS},
    "warp_affine": lambda im: pillike.warp_affine(im, rotate_deg=17, shear_x_deg=9),
}


@pytest.mark.parametrize("name", list(ALL_FUNCTIONS))
def test_one_channel_images_equal_2d_images(name):
    image = _image((25, 27))
    func = ALL_FUNCTIONS[name]
    observed = func(image[:, :, np.newaxis])
    assert observed.shape == (25, 27, 1)
    assert np.array_equal(observed[:, :, 0], func(image))


@pytest.mark.parametrize("name", sorted(set(ALL_FUNCTIONS) - {"enhance_color"}))
@pytest.mark.parametrize("nb_channels", [2, 5])
def test_other_channel_counts_are_processed_channel_by_channel(name, nb_channels):
    image = _image((25, 27, nb_channels))
    func = ALL_FUNCTIONS[name]
    observed = func(image)
    assert observed.shape == image.shape
    for c in range(nb_channels):
        assert np.array_equal(observed[:, :, c], func(image[:, :, c])), c


def test_enhance_color_keeps_images_without_three_colour_channels():
    for shape in [(9, 10), (9, 10, 1), (9, 10, 2), (9, 10, 5)]:
        image = _image(shape)
        assert np.array_equal(pillike.enhance_color(image, 0.0), image)


@pytest.mark.parametrize("name", list(ALL_FUNCTIONS))
def test_functions_do_not_change_their_input(name):
    image = _image((20, 22, 3))
    image.flags.writeable = False  # would raise on a write
    before = image.copy()
    result = ALL_FUNCTIONS[name](image)
    assert np.array_equal(image, before)
    assert not np.shares_memory(result, image)


def test_in_place_functions_change_writeable_inputs():
    image = _image((20, 22, 3))
    for func, args in (
        (pillike.solarize_, (100,)),
        (pillike.posterize_, (2,)),
        (pillike.equalize_, ()),
    ):
        work = image.copy()
        result = func(work, *args)
        assert result is work
        assert not np.array_equal(work, image)


def test_in_place_functions_copy_read_only_inputs():
    image = _image((20, 22, 3))
    image.flags.writeable = False
    expected = pillike.solarize(image.copy(), 100)
    assert np.array_equal(pillike.solarize_(image, 100), expected)
    assert np.array_equal(pillike.posterize_(image, 2), pillike.posterize(image, 2))
    assert np.array_equal(pillike.equalize_(image), pillike.equalize(image))


@pytest.mark.parametrize("name", list(ALL_FUNCTIONS))
def test_empty_images_come_back_as_copies(name):
    for shape in [(0, 5, 3), (4, 0, 3), (4, 5, 0), (0, 0)]:
        image = np.zeros(shape, dtype=np.uint8)
        result = ALL_FUNCTIONS[name](image)
        assert result.shape == shape and result.dtype == np.uint8


@pytest.mark.parametrize("name", sorted(set(ALL_FUNCTIONS) - {"solarize"}))
@pytest.mark.parametrize("dtype", ["uint16", "int8", "float32", "bool"])
def test_uint8_only_functions_reject_other_dtypes(name, dtype):
    with pytest.raises(ValueError, match="'image'.*uint8"):
        ALL_FUNCTIONS[name](np.zeros((8, 8, 3), dtype=dtype))


@pytest.mark.parametrize("name", list(ALL_FUNCTIONS))
def test_functions_reject_bad_shapes(name):
    with pytest.raises(ValueError, match="'image'"):
        ALL_FUNCTIONS[name](np.zeros((2, 3, 4, 3), dtype=np.uint8))
    with pytest.raises(TypeError, match="'image'"):
        ALL_FUNCTIONS[name]([[1, 2]])


# ================================================================ augmenters


def _seeded(aug, seed=1):
    aug.seed_(seed)
    return aug


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Solarize", iaa.Invert),
        ("Posterize", iaa.Posterize),
        ("Autocontrast", contrast._ContrastFuncWrapper),
        ("Affine", iaa.Affine),
    ],
)
def test_base_classes_are_those_of_0_4_0(name, base):
    aug = getattr(iaa.pillike, name)()
    assert isinstance(aug, base)
    params = ", ".join(str(param) for param in aug.get_parameters())
    assert str(aug) == (
        f"{name}(name=Unnamed{name}, parameters=[{params}], deterministic=False)"
    )


class TestSolarize:
    def test_default_threshold_is_128(self):
        image = np.array([[[0, 127, 128, 255]]], dtype=np.uint8)
        assert iaa.pillike.Solarize()(image=image).tolist() == [[[0, 127, 127, 0]]]

    def test_equals_the_function_for_a_fixed_threshold(self):
        image = IMAGES["rgb"]
        observed = iaa.pillike.Solarize(threshold=77)(image=image)
        assert np.array_equal(observed, pillike.solarize(image, 77))

    def test_p_selects_images(self):
        images = np.stack([IMAGES["rgb"]] * 40)
        aug = _seeded(iaa.pillike.Solarize(p=0.5))
        observed = aug(images=images)
        changed = [not np.array_equal(o, i) for o, i in zip(observed, images)]
        assert 5 < sum(changed) < 35
        assert np.array_equal(iaa.pillike.Solarize(p=0.0)(images=images), images)

    def test_sampled_thresholds_stay_in_range(self):
        image = np.arange(256, dtype=np.uint8).reshape(16, 16, 1)
        aug = _seeded(iaa.pillike.Solarize(threshold=(100, 150)))
        for out in aug(images=[image] * 20):
            inverted = out[:, :, 0] != image[:, :, 0]
            threshold = np.flatnonzero(inverted.ravel())[0]
            assert 100 <= threshold <= 150
            assert inverted.ravel()[threshold:].all()  # all values above it

    def test_threshold_none_inverts_everything(self):
        image = IMAGES["rgb"]
        assert np.array_equal(
            iaa.pillike.Solarize(threshold=None)(image=image), 255 - image
        )

    def test_per_channel_inverts_only_the_selected_channels(self):
        aug = iaa.pillike.Solarize(threshold=0)
        aug.per_channel = iap.Deterministic(1)
        aug.p = iap.DeterministicList([1, 0, 1])
        image = IMAGES["rgb"]
        observed = aug(image=image)
        assert np.array_equal(observed[:, :, [0, 2]], 255 - image[:, :, [0, 2]])
        assert np.array_equal(observed[:, :, 1], image[:, :, 1])

    def test_invert_below_threshold(self):
        aug = iaa.pillike.Solarize(threshold=100)
        aug.invert_above_threshold = iap.Deterministic(0)
        image = np.array([[[50, 100, 200]]], dtype=np.uint8)
        assert aug(image=image).tolist() == [[[205, 100, 200]]]

    def test_other_dtypes(self):
        image = np.array([[[0.25, 200.0]]], dtype=np.float32)
        observed = iaa.pillike.Solarize(threshold=100)(image=image)
        assert observed.dtype == np.float32 and observed.tolist() == [[[0.25, -200.0]]]

    def test_parameters(self):
        aug = iaa.pillike.Solarize(p=0.3, threshold=(10, 20))
        p, per_channel, min_value, max_value, threshold, above = aug.get_parameters()
        assert isinstance(p, iap.Binomial) and np.isclose(p.p.value, 0.3)
        assert isinstance(per_channel, iap.Deterministic) and per_channel.value == 0
        assert min_value is None and max_value is None
        assert isinstance(threshold, iap.Uniform)
        assert isinstance(above, iap.Deterministic) and above.value == 1


class TestPosterize:
    def test_equals_the_function(self):
        image = IMAGES["rgb"]
        for bits in (1, 3, 8):
            observed = iaa.pillike.Posterize(bits)(image=image)
            assert np.array_equal(observed, pillike.posterize(image, bits))

    def test_samples_bits_per_image(self):
        image = IMAGES["rgb"]
        outputs = _seeded(iaa.pillike.Posterize((2, 5)))(images=[image] * 30)
        bits_seen = set()
        for out in outputs:
            matches = [
                b
                for b in range(2, 6)
                if np.array_equal(out, pillike.posterize(image, b))
            ]
            assert len(matches) == 1
            bits_seen.add(matches[0])
        assert bits_seen == {2, 3, 4, 5}

    def test_quantizes_in_another_colorspace(self):
        import cv2

        image = IMAGES["rgb"]
        observed = iaa.pillike.Posterize(3, to_colorspace="HSV")(image=image)
        hsv = cv2.cvtColor(image, cv2.COLOR_RGB2HSV)
        expected = cv2.cvtColor(pillike.posterize(hsv, 3), cv2.COLOR_HSV2RGB)
        assert np.array_equal(observed, expected)

    def test_keeps_alpha(self):
        image = _image((10, 12, 4))
        observed = iaa.pillike.Posterize(1)(image=image)
        assert np.array_equal(observed[:, :, 3], image[:, :, 3])
        assert np.array_equal(
            observed[:, :, 0:3], pillike.posterize(image[:, :, 0:3], 1)
        )

    def test_max_size_quantizes_a_smaller_image(self):
        import imgaug as ia

        image = _image((40, 60, 3))
        observed = iaa.pillike.Posterize(2, max_size=20)(image=image)
        small = ia.imresize_single_image(image, (13, 20), "linear")
        expected = ia.imresize_single_image(
            pillike.posterize(small, 2), (40, 60), "linear"
        )
        assert observed.shape == image.shape
        assert np.array_equal(observed, expected)

    def test_rejects_other_dtypes(self):
        with pytest.raises(ValueError, match="float32"):
            iaa.pillike.Posterize(3)(image=np.zeros((4, 4, 3), np.float32))

    def test_parameters(self):
        aug = iaa.pillike.Posterize((1, 7), to_colorspace=["Lab", "HSV"], max_size=30)
        counts, from_cs, to_cs, max_size, interpolation = aug.get_parameters()
        assert isinstance(counts, iap.DiscreteUniform)
        assert (from_cs, to_cs, max_size, interpolation) == (
            "RGB",
            ["Lab", "HSV"],
            30,
            "linear",
        )

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"nb_bits": 0}, "nb_bits"),
            ({"nb_bits": 9}, "nb_bits"),
            ({"from_colorspace": "abc"}, "from_colorspace"),
            ({"to_colorspace": "GRAY"}, "to_colorspace"),
            ({"max_size": 0}, "max_size"),
            ({"interpolation": "abc"}, "interpolation"),
        ],
    )
    def test_bad_arguments(self, kwargs, name):
        with pytest.raises(ValueError, match=name):
            iaa.pillike.Posterize(**kwargs)


class TestEqualize:
    def test_equals_the_function(self):
        for image in _large_images():
            assert np.array_equal(
                iaa.pillike.Equalize()(image=image), pillike.equalize(image)
            )

    @pytest.mark.parametrize("translator", [True, False])
    @pytest.mark.parametrize("nb_channels", [2, 3, 4, 5])
    def test_plane_route_equals_pillow_channel_by_channel(
        self, nb_channels, translator, monkeypatch
    ):
        if not translator:  # cv2.LUT per plane
            monkeypatch.setattr(_lut, "get_byte_translator", lambda: None)
        image = _image((31, 29, nb_channels), 0, 256)
        image[:, :, 0] = 7  # a constant channel keeps no table
        expected = np.stack(
            [
                np.asarray(ImageOps.equalize(Image.fromarray(image[:, :, c].copy())))
                for c in range(nb_channels)
            ],
            axis=-1,
        )
        observed = pillike.equalize(image)
        assert np.array_equal(observed, expected)
        assert np.array_equal(pillike.equalize_(image.copy()), expected)
        assert np.array_equal(pillike.equalize(image[:, ::-1]), expected[:, ::-1])

    def test_batch_array(self):
        images = np.stack([IMAGES["rgb"], IMAGES["rgb"][::-1]])
        observed = iaa.pillike.Equalize()(images=images)
        assert isinstance(observed, np.ndarray)
        assert np.array_equal(observed[1], pillike.equalize(images[1]))


class TestAutocontrast:
    def test_equals_the_function(self):
        image = IMAGES["rgb-low-contrast"]
        observed = iaa.pillike.Autocontrast(cutoff=5)(image=image)
        assert np.array_equal(observed, pillike.autocontrast(image, 5))

    def test_per_channel_cutoffs(self):
        image = _image((60, 70, 3), 40, 200)
        aug = _seeded(iaa.pillike.Autocontrast(cutoff=[0, 30], per_channel=True))
        seen = set()
        for out in aug(images=[image] * 10):
            for c in range(3):
                matches = [
                    cutoff
                    for cutoff in (0, 30)
                    if np.array_equal(
                        out[:, :, c], pillike.autocontrast(image[:, :, c], cutoff)
                    )
                ]
                assert len(matches) == 1
                seen.add(matches[0])
        assert seen == {0, 30}

    def test_per_channel_on_one_channel_images(self):
        image = IMAGES["rgb-low-contrast"][:, :, 0:1]
        observed = iaa.pillike.Autocontrast(cutoff=5, per_channel=True)(image=image)
        assert np.array_equal(observed, pillike.autocontrast(image, 5))

    @pytest.mark.parametrize(
        "shape", [(1, 1), (1, 1, 1), (23, 17), (23, 17, 1), (23, 17, 2), (23, 17, 3),
                  (23, 17, 4), (23, 17, 5)]
    )  # fmt: skip
    def test_routes_equal_pillow_channel_by_channel(self, shape):
        # one map for all channels, planes (2-4 channels), stacked tables (5);
        # the cutoffs give different bounds per channel and cover both the
        rng = np.random.default_rng(5)
        for cutoff in (0, 2, 10, (1, 30)):
            image = rng.integers(0, 256, shape).astype(np.uint8)
            if len(shape) == 3 and shape[2] > 1:
                image[:, :, 1] //= 3
            expected = np.empty_like(image)
            for c in range(1 if image.ndim == 2 else shape[2]):
                plane = image if image.ndim == 2 else image[:, :, c]
                pil = ImageOps.autocontrast(Image.fromarray(plane.copy()), cutoff)
                if image.ndim == 2:
                    expected = np.asarray(pil)
                else:
                    expected[:, :, c] = np.asarray(pil)
            assert np.array_equal(pillike.autocontrast(image, cutoff), expected)

    def test_same_bounds_in_all_channels_use_one_map(self):
        image = np.repeat(_image((30, 40, 1), 40, 200), 3, axis=2)
        gray = pillike.autocontrast(image[:, :, 0], 2)
        observed = pillike.autocontrast(image, 2)
        assert all(np.array_equal(observed[:, :, c], gray) for c in range(3))

    @pytest.mark.parametrize("translator", [True, False])
    def test_stretch_equals_the_table(self, translator, monkeypatch):
        # with and without the byte translator (OpenCV scaling or cv2.LUT)
        if not translator:
            monkeypatch.setattr(_lut, "get_byte_translator", lambda: None)
        image = _image((50, 60), 0, 256)
        for low, high in [(0, 255), (3, 250), (10, 11), (0, 1), (100, 101), (17, 93)]:
            table = _pil_kernels.autocontrast_lut(low, high)
            assert np.array_equal(pillike._stretch(image, low, high), table[image])
            plane = image.copy()
            assert pillike._stretch(plane, low, high, dst=plane) is plane
            assert np.array_equal(plane, table[image])

    def test_parameters(self):
        (cutoff,) = iaa.pillike.Autocontrast((2, 9)).get_parameters()
        assert isinstance(cutoff, iap.DiscreteUniform)
        with pytest.raises(ValueError, match="cutoff"):
            iaa.pillike.Autocontrast(cutoff=50)


@pytest.mark.parametrize(
    ("cls_name", "func_name"),
    [
        ("EnhanceColor", "enhance_color"),
        ("EnhanceContrast", "enhance_contrast"),
        ("EnhanceBrightness", "enhance_brightness"),
        ("EnhanceSharpness", "enhance_sharpness"),
    ],
)
class TestEnhance:
    def test_equals_the_function(self, cls_name, func_name):
        image = IMAGES["rgb"]
        aug = getattr(iaa.pillike, cls_name)(factor=0.6)
        assert np.array_equal(aug(image=image), getattr(pillike, func_name)(image, 0.6))

    def test_samples_one_factor_per_image(self, cls_name, func_name):
        image = IMAGES["rgb"]
        aug = _seeded(getattr(iaa.pillike, cls_name)(factor=[0.2, 1.8]))
        func = getattr(pillike, func_name)
        seen = set()
        for out in aug(images=[image] * 12):
            matches = [f for f in (0.2, 1.8) if np.array_equal(out, func(image, f))]
            assert len(matches) == 1
            seen.add(matches[0])
        assert seen == {0.2, 1.8}

    def test_parameters(self, cls_name, func_name):
        (factor,) = getattr(iaa.pillike, cls_name)(factor=(0.1, 0.9)).get_parameters()
        assert isinstance(factor, iap.Uniform)
        with pytest.raises(ValueError, match="factor"):
            getattr(iaa.pillike, cls_name)(factor=-0.5)


@pytest.mark.parametrize("cls_name", list(FILTER_CLASSES))
def test_filter_augmenters_equal_their_functions(cls_name):
    image = IMAGES["rgb"]
    aug = getattr(iaa.pillike, cls_name)()
    expected = getattr(pillike, FILTER_CLASSES[cls_name])(image)
    assert np.array_equal(aug(image=image), expected)
    assert aug.get_parameters() == []
    assert type(aug).__module__ == "imgaug.augmenters.pillike"


class TestAffine:
    def test_images_equal_warp_affine(self):
        image = IMAGES["rgb"]
        aug = iaa.pillike.Affine(
            scale={"x": 0.9, "y": 1.1},
            translate_percent={"x": 0.1, "y": -0.2},
            rotate=15,
            shear={"x": 5, "y": -8},
            fillcolor=40,
            center=(0.3, 0.6),
        )
        expected = pillike.warp_affine(
            image,
            scale_x=0.9,
            scale_y=1.1,
            translate_x_px=0.1 * 37,
            translate_y_px=-0.2 * 31,
            rotate_deg=15,
            shear_x_deg=5,
            shear_y_deg=-8,
            fillcolor=(40, 40, 40),
            center=(0.3, 0.6),
        )
        assert np.array_equal(aug(image=image), expected)

    def test_rotation_is_clockwise(self):
        image = np.zeros((21, 21, 1), dtype=np.uint8)
        image[10, 15] = 255  # right of the centre
        observed = iaa.pillike.Affine(rotate=90)(image=image)
        assert np.argwhere(observed[:, :, 0] == 255).tolist() == [[15, 10]]  # below

    def test_keypoint_on_a_blob_stays_aligned(self):
        image = np.zeros((40, 50, 3), dtype=np.uint8)
        image[10:14, 30:34] = 255
        kpsoi = KeypointsOnImage([Keypoint(32.0, 12.0)], shape=image.shape)
        aug = iaa.pillike.Affine(
            scale=(0.8, 1.2),
            translate_px=(-4, 4),
            rotate=(-40, 40),
            shear=(-15, 15),
            center="uniform",
        )
        _seeded(aug, 3)
        for _ in range(10):
            det = aug.to_deterministic()
            out, kps = det(image=image, keypoints=kpsoi)
            ys, xs = np.nonzero(out[:, :, 0] > 127)
            if len(xs) == 0:
                continue
            centre = (xs.mean() + 0.5, ys.mean() + 0.5)
            kp = kps.keypoints[0]
            assert np.hypot(kp.x - centre[0], kp.y - centre[1]) < 1.0

    def test_segmentation_maps_follow_the_image_exactly(self):
        labels = _image((30, 40), 0, 5).astype(np.int32)
        image = np.repeat(labels.astype(np.uint8)[:, :, np.newaxis], 3, axis=2)
        segmap = SegmentationMapsOnImage(labels, shape=image.shape)
        aug = iaa.pillike.Affine(rotate=(-30, 30), scale=(0.8, 1.2), shear=(-10, 10))
        _seeded(aug, 5)
        for _ in range(3):
            out, seg = aug(image=image, segmentation_maps=segmap)
            assert np.array_equal(seg.get_arr(), out[:, :, 0].astype(np.int32))

    def test_maps_at_half_resolution_stay_aligned(self):
        image = np.zeros((40, 60, 3), dtype=np.uint8)
        image[8:16, 36:44] = 255
        heat = np.zeros((20, 30, 1), dtype=np.float32)
        heat[4:8, 18:22] = 1.0
        heatmaps = HeatmapsOnImage(heat, shape=image.shape)
        segmap = SegmentationMapsOnImage(
            (heat[:, :, 0] > 0.5).astype(np.int32), image.shape
        )
        aug = iaa.pillike.Affine(rotate=25, translate_px={"x": -5, "y": 6}, scale=1.1)
        out, hm, seg = aug(image=image, heatmaps=heatmaps, segmentation_maps=segmap)
        ys, xs = np.nonzero(out[:, :, 0] > 127)
        centre = np.array([xs.mean() + 0.5, ys.mean() + 0.5])
        for arr in (hm.get_arr()[:, :, 0], seg.get_arr().astype(np.float32)):
            weights = np.clip(arr, 0, None)
            yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
            map_centre = np.array(
                [
                    ((xx + 0.5) * weights).sum() / weights.sum() * 2,
                    ((yy + 0.5) * weights).sum() / weights.sum() * 2,
                ]
            )
            assert np.linalg.norm(map_centre - centre) < 2.0
        assert hm.shape == image.shape and hm.get_arr().shape == (20, 30, 1)

    def test_bounding_boxes_follow_their_corners(self):
        image = np.zeros((40, 50, 3), dtype=np.uint8)
        bbsoi = BoundingBoxesOnImage([BoundingBox(10, 12, 20, 25)], shape=image.shape)
        aug = iaa.pillike.Affine(translate_px={"x": 3, "y": -2})
        _, bbsoi_aug = aug(image=image, bounding_boxes=bbsoi)
        bb = bbsoi_aug.bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (13, 10, 23, 23)

    def test_fillcolor_is_sampled_per_channel(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8) + 1
        aug = _seeded(iaa.pillike.Affine(translate_px={"x": 5}, fillcolor=(100, 200)))
        fills = np.array([out[0, 0] for out in aug(images=[image] * 10)])
        assert np.all((fills >= 100) & (fills <= 200))
        assert len(np.unique(fills)) > 3

    def test_center_names(self):
        image = _image((20, 30, 3))
        observed = iaa.pillike.Affine(rotate=90, center="left-top")(image=image)
        expected = pillike.warp_affine(
            image, rotate_deg=90, fillcolor=(0, 0, 0), center=(0, 0)
        )
        assert np.array_equal(observed, expected)

    def test_parameters(self):
        aug = iaa.pillike.Affine(rotate=(-5, 5), fillcolor=7, center="uniform")
        scale, translate, rotate, shear, cval, center = aug.get_parameters()
        assert isinstance(rotate, iap.Uniform)
        assert isinstance(cval, iap.Deterministic) and cval.value == 7
        assert isinstance(center[0], iap.Uniform)
        assert "Affine" in str(aug)
        assert isinstance(aug, iaa.Affine)
