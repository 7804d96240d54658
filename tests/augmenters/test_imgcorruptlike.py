"""The ImageNet-C corruptions of ``imgaug.augmenters.imgcorruptlike``."""

import pickle

import cv2
import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug import data
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import imgcorruptlike as icl

NAMES, FUNCS = icl.get_corruption_names("all")
#: corruptions whose parameters do not strengthen at every step in ImageNet-C
#: (e.g. glass blur severity 2 has one iteration, severity 1 two; saturate goes
#: from desaturating to saturating at severity 3; textures and the amount of
#: spatter are random, so two seeds on a small photo may not order them)
NOT_MONOTONIC = {"glass_blur", "saturate", "snow", "fog", "frost", "spatter"}
#: corruptions without random numbers
DETERMINISTIC = {
    "gaussian_blur",
    "defocus_blur",
    "zoom_blur",
    "contrast",
    "brightness",
    "saturate",
    "jpeg_compression",
    "pixelate",
}


@pytest.fixture(scope="module")
def photo():
    return np.ascontiguousarray(data.quokka(size=(48, 64)))


def _mad(a, b):
    return float(np.abs(a.astype(np.float64) - b.astype(np.float64)).mean())


class TestGetCorruptionNames:
    def test_subsets(self):
        common, _ = icl.get_corruption_names()
        validation, _ = icl.get_corruption_names("validation")
        every, funcs = icl.get_corruption_names("all")
        assert len(common) == 15 and len(validation) == 4
        assert every == common + validation
        assert validation == ["speckle_noise", "gaussian_blur", "spatter", "saturate"]
        assert common[0:3] == ["gaussian_noise", "shot_noise", "impulse_noise"]
        assert [f.__name__ for f in funcs] == [f"apply_{n}" for n in every]
        assert all(getattr(icl, f.__name__) is f for f in funcs)

    @pytest.mark.parametrize("subset", ["abc", None, 3])
    def test_unknown_subset_raises(self, subset):
        with pytest.raises(ValueError, match="subset"):
            icl.get_corruption_names(subset)


@pytest.mark.parametrize("name", NAMES)
class TestEveryCorruption:
    def test_every_severity_rgb_and_gray(self, name, photo):
        func = getattr(icl, f"apply_{name}")
        gray = cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY)
        for severity in range(1, 6):
            out = func(photo, severity=severity, seed=1)
            assert out.shape == photo.shape and out.dtype == np.uint8
            assert _mad(out, photo) > 0.05, severity
            out2d = func(gray, severity=severity, seed=1)
            out1 = func(gray[:, :, np.newaxis], severity=severity, seed=1)
            assert out2d.shape == gray.shape and out1.shape == gray.shape + (1,)
            assert np.array_equal(out2d, out1[:, :, 0])
            if name != "saturate":  # grey pixels have no saturation to change
                assert _mad(out2d, gray) > 0.05, severity

    def test_change_grows_with_severity(self, name, photo):
        func = getattr(icl, f"apply_{name}")
        changes = [
            np.mean(
                [_mad(func(photo, severity=s, seed=seed), photo) for seed in (0, 1)]
            )
            for s in range(1, 6)
        ]
        if name in NOT_MONOTONIC:
            assert changes[4] > changes[0]
        else:
            assert all(np.diff(changes) > 0), changes

    def test_seed_reproducible_and_input_untouched(self, name, photo):
        func = getattr(icl, f"apply_{name}")
        before = photo.copy()
        first = func(photo, severity=3, seed=7)
        assert np.array_equal(first, func(photo, severity=3, seed=7))
        assert np.array_equal(photo, before)
        assert not np.shares_memory(first, photo)
        other = func(photo, severity=3, seed=8)
        assert np.array_equal(first, other) == (name in DETERMINISTIC)

    def test_bad_inputs(self, name, photo):
        func = getattr(icl, f"apply_{name}")
        arg = "image" if name == "elastic_transform" else "x"
        for dtype in ("float32", "uint16", "int8", "bool"):
            with pytest.raises(ValueError):
                func(photo.astype(dtype), severity=1, seed=1)
        for shape in ((31, 64, 3), (48, 31), (48, 64, 2), (48, 64, 4), (0, 64, 3)):
            with pytest.raises(ValueError, match=arg):
                func(np.zeros(shape, dtype=np.uint8), severity=1, seed=1)
        with pytest.raises(TypeError, match=arg):
            func(photo.tolist(), severity=1, seed=1)
        for severity in (0, 6, -1):
            with pytest.raises(ValueError, match="severity"):
                func(photo, severity=severity, seed=1)
        for severity in (1.5, "3", True, None):
            with pytest.raises(TypeError, match="severity"):
                func(photo, severity=severity, seed=1)
        with pytest.raises(ValueError, match="seed"):
            func(photo, severity=1, seed=-1)
        with pytest.raises(TypeError, match="seed"):
            func(photo, severity=1, seed="a")


def test_only_random_corruptions_create_an_rng(photo, monkeypatch):
    created = []
    original = icl._make_rng

    def counting_make_rng(seed):
        created.append(seed)
        return original(seed)

    monkeypatch.setattr(icl, "_make_rng", counting_make_rng)
    for name in sorted(DETERMINISTIC):
        getattr(icl, f"apply_{name}")(photo, severity=2, seed=3)
    assert created == []
    icl.apply_gaussian_noise(photo, severity=2, seed=3)
    assert created == [3]


def test_seed_none_uses_the_global_rng(photo):
    import imgaug.random as iarandom

    iarandom.seed(5)
    first = icl.apply_gaussian_noise(photo, severity=2)
    iarandom.seed(5)
    assert np.array_equal(first, icl.apply_gaussian_noise(photo, severity=2))


class TestValues:
    """Exact or near-exact values against direct formulas (no random numbers)."""

    def test_contrast_is_exact(self, photo):
        for severity, factor in enumerate((0.4, 0.3, 0.2, 0.1, 0.05), start=1):
            x = photo / 255.0
            means = np.mean(x, axis=(0, 1), keepdims=True)
            expected = np.uint8(np.clip((x - means) * factor + means, 0, 1) * 255)
            assert np.array_equal(icl.apply_contrast(photo, severity), expected)

    def test_gaussian_blur_matches_scipy(self, photo):
        expected = np.uint8(
            np.clip(
                ndimage.gaussian_filter(photo / 255.0, (3, 3, 0), mode="nearest"), 0, 1
            )
            * 255
        )
        observed = icl.apply_gaussian_blur(photo, severity=3)
        assert np.abs(observed.astype(int) - expected).max() <= 1

    def test_defocus_blur_uses_the_disk_kernel(self, photo):
        kernel = np.zeros((17, 17), np.float32)
        yy, xx = np.mgrid[-8:9, -8:9]
        kernel[yy**2 + xx**2 <= 36] = 1
        kernel /= kernel.sum()
        kernel = cv2.GaussianBlur(kernel, (3, 3), sigmaX=0.5)
        x = photo / 255.0
        expected = np.stack(
            [cv2.filter2D(x[:, :, c], -1, kernel) for c in range(3)], axis=2
        )
        expected = np.uint8(np.clip(expected, 0, 1) * 255)
        observed = icl.apply_defocus_blur(photo, severity=3)
        assert np.abs(observed.astype(int) - expected).max() <= 1

    def test_jpeg_equals_pillow(self, photo):
        import io

        buffer = io.BytesIO()
        Image.fromarray(photo).save(buffer, format="JPEG", quality=15)
        expected = np.asarray(Image.open(buffer))
        assert np.array_equal(icl.apply_jpeg_compression(photo, severity=3), expected)

    def test_pixelate_equals_pillow(self, photo):
        small = Image.fromarray(photo).resize((19, 14), Image.Resampling.BOX)
        expected = np.asarray(small.resize((64, 48), Image.Resampling.BOX))
        assert np.array_equal(icl.apply_pixelate(photo, severity=4), expected)

    def test_brightness_adds_to_grey(self):
        grey = np.full((32, 32), 100, dtype=np.uint8)
        # HSV value + 0.3 on a grey image: 100 + 76.5, truncated
        assert np.all(icl.apply_brightness(grey, severity=3) == 176)

    def test_impulse_noise_fraction(self):
        image = np.full((200, 200, 3), 128, dtype=np.uint8)
        out = icl.apply_impulse_noise(image, severity=5, seed=3)
        assert abs(np.mean(out == 0) - 0.135) < 0.01
        assert abs(np.mean(out == 255) - 0.135) < 0.01
        assert set(np.unique(out)) == {0, 128, 255}

    def test_shot_noise_is_poisson(self):
        image = np.full((200, 200, 3), 128, dtype=np.uint8)
        out = icl.apply_shot_noise(image, severity=1, seed=3).astype(np.float64)
        lam = 128 / 255 * 60
        # k / 60 * 255, truncated: mean about 128 - 0.5, std 255 / 60 * sqrt(lam)
        assert abs(out.mean() - (128 - 0.5)) < 0.5
        assert abs(out.std() - 255 / 60 * np.sqrt(lam)) < 0.3

    def test_gaussian_noise_std(self):
        image = np.full((200, 200, 3), 128, dtype=np.uint8)
        out = icl.apply_gaussian_noise(image, severity=3, seed=3).astype(np.float64)
        assert abs(out.std() - 0.18 * 255) < 0.5
        assert abs(out.mean() - 127.5) < 0.5

    def test_spatter_mud_darkens_to_brown(self):
        image = np.full((64, 64, 3), 255, dtype=np.uint8)
        outs = [icl.apply_spatter(image, severity=5, seed=s) for s in range(5)]
        muddy = np.concatenate([o[o[:, :, 0] < 128] for o in outs])
        assert len(muddy) > 0
        assert np.all(muddy[:, 0] >= muddy[:, 2])  # brown: red above blue

    def test_frost_blends_texture(self):
        black = np.zeros((40, 40, 3), dtype=np.uint8)
        out = icl.apply_frost(black, severity=1, seed=0).astype(np.float64)
        # 0.4 * texture with means between 78 and 215 per channel
        assert 25 < out.mean() < 90
        assert out[:, :, 2].mean() >= out[:, :, 0].mean()

    def test_large_image_frost_and_fog(self):
        image = np.full((700, 1000, 3), 90, dtype=np.uint8)
        assert icl.apply_frost(image, severity=2, seed=1).shape == image.shape
        assert icl.apply_fog(image, severity=2, seed=1).shape == image.shape


class TestAugmenters:
    CLASSES = [
        "GaussianNoise",
        "ShotNoise",
        "ImpulseNoise",
        "SpeckleNoise",
        "GaussianBlur",
        "GlassBlur",
        "DefocusBlur",
        "MotionBlur",
        "ZoomBlur",
        "Fog",
        "Frost",
        "Snow",
        "Spatter",
        "Contrast",
        "Brightness",
        "Saturate",
        "JpegCompression",
        "Pixelate",
        "ElasticTransform",
    ]

    def test_classes_map_to_their_functions(self):
        assert len(self.CLASSES) == 19
        for name, func_name in zip(self.CLASSES, NAMES_BY_CLASS, strict=True):
            cls = getattr(icl, name)
            assert cls._FUNC_NAME == func_name
            assert cls.__module__ == "imgaug.augmenters.imgcorruptlike"
            assert getattr(iaa, name, None) is not cls  # not star-imported

    def test_parameters_and_str(self):
        aug = icl.GaussianNoise()
        (severity,) = aug.get_parameters()
        assert isinstance(severity, iap.DiscreteUniform)
        assert severity.a.value == 1 and severity.b.value == 5
        fixed = icl.Fog(severity=3, name="fog")
        assert isinstance(fixed.get_parameters()[0], iap.Deterministic)
        assert fixed.get_parameters()[0].value == 3
        assert "fog" in str(fixed) and "Fog" in str(fixed)
        assert isinstance(icl.Snow(severity=[1, 4]).severity, iap.Choice)

    @pytest.mark.parametrize("severity", [0, 6, (0, 3), (1, 6), [2, 7], 1.5, "a"])
    def test_bad_severity(self, severity):
        with pytest.raises((ValueError, TypeError), match="severity"):
            icl.Contrast(severity=severity)

    def test_calls_module_function_with_sampled_severity_and_seed(
        self, monkeypatch, photo
    ):
        calls = []

        def fake(image, severity=1, seed=None):
            calls.append((severity, seed))
            return np.full_like(image, severity)

        monkeypatch.setattr(icl, "apply_contrast", fake)
        aug = icl.Contrast(severity=(2, 4), seed=1)
        out = aug(images=[photo] * 20)
        severities = [c[0] for c in calls]
        assert set(severities) <= {2, 3, 4} and len(set(severities)) == 3
        assert len({c[1] for c in calls}) == 20  # one seed per image
        assert all(int(o[0, 0, 0]) == s for o, s in zip(out, severities, strict=True))

    def test_images_of_a_batch_get_different_noise(self, photo):
        out = icl.GaussianNoise(severity=2, seed=3)(images=np.stack([photo, photo]))
        assert isinstance(out, np.ndarray) and out.shape == (2,) + photo.shape
        assert not np.array_equal(out[0], out[1])

    def test_seeded_augmenter_repeats(self, photo):
        a, b = icl.Spatter(seed=4), icl.Spatter(seed=4)
        assert np.array_equal(a(image=photo), b(image=photo))
        restored = pickle.loads(pickle.dumps(a))
        assert np.array_equal(a(image=photo), restored(image=photo))

    def test_zero_sized_images_pass_and_small_raise(self):
        aug = icl.Brightness(severity=1)
        empty = np.zeros((0, 40, 3), dtype=np.uint8)
        assert aug(image=empty).shape == empty.shape
        with pytest.raises(ValueError):
            aug(image=np.zeros((20, 40, 3), dtype=np.uint8))

    def test_other_kinds_pass_through(self, photo):
        kps = KeypointsOnImage([Keypoint(5, 6)], shape=photo.shape)
        _, kps_aug = icl.ZoomBlur(severity=2)(image=photo, keypoints=kps)
        assert kps_aug.to_xy_array().tolist() == [[5.0, 6.0]]

    def test_elastic_transform_images_only(self, photo):
        aug = icl.ElasticTransform(severity=2, seed=1)
        out = aug(image=photo)
        assert out.shape == photo.shape and _mad(out, photo) > 0
        kps = KeypointsOnImage([Keypoint(5, 6)], shape=photo.shape)
        with pytest.raises(ValueError, match="ElasticTransformation"):
            aug(image=photo, keypoints=kps)
        with pytest.raises(AssertionError):  # 0.4.0 raised AssertionError
            aug(image=photo, keypoints=kps)


NAMES_BY_CLASS = [
    "apply_gaussian_noise",
    "apply_shot_noise",
    "apply_impulse_noise",
    "apply_speckle_noise",
    "apply_gaussian_blur",
    "apply_glass_blur",
    "apply_defocus_blur",
    "apply_motion_blur",
    "apply_zoom_blur",
    "apply_fog",
    "apply_frost",
    "apply_snow",
    "apply_spatter",
    "apply_contrast",
    "apply_brightness",
    "apply_saturate",
    "apply_jpeg_compression",
    "apply_pixelate",
    "apply_elastic_transform",
]
