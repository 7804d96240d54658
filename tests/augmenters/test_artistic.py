"""Tests for imgaug.augmenters.artistic: stylize_cartoon and Cartoon."""

import cv2
import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug.augmenters import artistic
from imgaug.augmenters.artistic import Cartoon, stylize_cartoon


def _scene(height=60, width=80):
    """Smooth coloured regions with a little noise, so that edges are clear."""
    rng = np.random.default_rng(0)
    image = np.zeros((height, width, 3), dtype=np.uint8)
    image[:, :] = (60, 120, 180)
    image[10 : height // 2, 10 : width // 2] = (200, 60, 40)
    image[height // 2 :, width // 2 :] = (30, 160, 60)
    noise = rng.integers(-4, 5, size=image.shape)
    return np.clip(image.astype(np.int64) + noise, 0, 255).astype(np.uint8)


class TestStylizeCartoon:
    def test_no_op_settings_only_darken_edges(self):
        image = _scene()
        out = stylize_cartoon(
            image, blur_ksize=1, segmentation_size=0, saturation=1.0,
            suppress_edges=False,
        )  # fmt: skip
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        edges = cv2.Canny(gray, 200, 200) > 100
        assert np.array_equal(out[edges], np.zeros_like(out[edges]))
        assert np.array_equal(out[~edges], image[~edges])

    def test_edge_prevalence_threshold(self):
        image = _scene()
        kwargs = {"blur_ksize": 1, "segmentation_size": 0, "saturation": 1.0,
                  "suppress_edges": False}  # fmt: skip
        few = stylize_cartoon(image, edge_prevalence=0.5, **kwargs)
        many = stylize_cartoon(image, edge_prevalence=2.0, **kwargs)
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        for out, threshold in ((few, 254), (many, 100)):
            edges = cv2.Canny(gray, threshold, threshold) > 100
            assert np.array_equal(out.sum(axis=2) == 0, edges | (image.sum(2) == 0))

    def test_saturation_truncates(self):
        image = _scene()
        out = stylize_cartoon(
            image, blur_ksize=1, segmentation_size=0, saturation=0.5,
            edge_prevalence=0.01, suppress_edges=False,
        )  # fmt: skip
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        edges = cv2.Canny(gray, 254, 254) > 100
        darkened = image.copy()
        darkened[edges] = 0
        hsv = cv2.cvtColor(darkened, cv2.COLOR_RGB2HSV)
        hsv[:, :, 1] = (hsv[:, :, 1] * 0.5).astype(np.uint8)
        assert np.array_equal(out, cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB))

    def test_median_blur_and_mean_shift(self):
        image = _scene()
        out = stylize_cartoon(
            image, blur_ksize=4, segmentation_size=0.5, saturation=1.0,
            edge_prevalence=0.01, suppress_edges=False,
        )  # fmt: skip
        blurred = cv2.medianBlur(image, 5)
        segmented = cv2.pyrMeanShiftFiltering(blurred, sp=5, sr=10)
        edges = cv2.Canny(cv2.cvtColor(segmented, cv2.COLOR_RGB2GRAY), 254, 254) > 100
        segmented[edges] = 0
        assert np.array_equal(out, segmented)

    def test_suppress_edges_removes_isolated_and_dense_pixels(self):
        edges = np.zeros((12, 12), dtype=np.uint8)
        edges[9, 2] = 255  # isolated: removed (5x5 support < 3)
        edges[5:10, 5:10] = 255  # dense block: interior removed (3x3 sum >= 8)
        edges[2, 6:11] = 255  # thin line: kept
        out = artistic._suppress_edges(edges)
        assert out[9, 2] == 0
        assert out[7, 7] == 0
        assert np.all(out[2, 7:10] == 255)

    def test_large_images_use_laplacian(self, monkeypatch):
        calls = []
        original = cv2.Laplacian

        def spy(*args, **kwargs):
            calls.append(1)
            return original(*args, **kwargs)

        monkeypatch.setattr(artistic.cv2, "Laplacian", spy)
        image = cv2.resize(_scene(), (420, 100))
        out = stylize_cartoon(image, segmentation_size=0)
        assert calls == [1] and out.shape == image.shape
        stylize_cartoon(_scene(), segmentation_size=0)
        assert calls == [1]

    @pytest.mark.parametrize("size", [(60, 80), (60, 420)])
    def test_zero_edge_prevalence_draws_fewest_edges(self, size):
        image = cv2.resize(_scene(), (size[1], size[0]))
        kwargs = {"blur_ksize": 1, "segmentation_size": 0, "saturation": 1.0}
        zero = stylize_cartoon(image, edge_prevalence=0.0, **kwargs)
        tiny = stylize_cartoon(image, edge_prevalence=1e-6, **kwargs)
        assert np.array_equal(zero, tiny)

    def test_bgr_equals_flipped_rgb(self):
        image = _scene()
        out_rgb = stylize_cartoon(image)
        out_bgr = stylize_cartoon(image[:, :, ::-1].copy(), from_colorspace="BGR")
        assert np.array_equal(out_bgr[:, :, ::-1], out_rgb)

    def test_input_not_mutated_and_empty(self):
        image = _scene()
        before = image.copy()
        stylize_cartoon(image)
        assert np.array_equal(image, before)
        assert stylize_cartoon(np.zeros((0, 5, 3), np.uint8)).shape == (0, 5, 3)

    @pytest.mark.parametrize(
        ("image", "kwargs"),
        [
            (np.zeros((5, 5, 1), np.uint8), {}),
            (np.zeros((5, 5, 3), np.float32), {}),
            (np.zeros((5, 5, 3), np.uint8), {"from_colorspace": "XYZ"}),
        ],
    )
    def test_bad_inputs(self, image, kwargs):
        with pytest.raises(ValueError):
            stylize_cartoon(image, **kwargs)


class TestCartoon:
    def test_fixed_parameters_equal_function(self):
        image = _scene()
        aug = Cartoon(blur_ksize=3, segmentation_size=1.0, saturation=2.0,
                      edge_prevalence=1.0)  # fmt: skip
        assert np.array_equal(aug(image=image), stylize_cartoon(image))

    def test_parameters(self):
        aug = Cartoon()
        params = aug.get_parameters()
        assert all(isinstance(p, iap.Uniform) for p in params[0:4])
        assert params[4] == "RGB"
        assert str(aug).startswith("Cartoon(name=UnnamedCartoon, parameters=[Uniform(")

    def test_patchable_module_function(self, monkeypatch):
        calls = []

        def fake(image, **kwargs):
            calls.append(kwargs["from_colorspace"])
            return image

        monkeypatch.setattr(artistic, "stylize_cartoon", fake)
        Cartoon(from_colorspace="BGR")(image=_scene())
        assert calls == ["BGR"]

    @pytest.mark.parametrize(
        "kwargs",
        [{"blur_ksize": -1}, {"saturation": -0.5}, {"from_colorspace": "abc"},
         {"from_colorspace": 5}],
    )  # fmt: skip
    def test_bad_arguments(self, kwargs):
        with pytest.raises((ValueError, TypeError)):
            Cartoon(**kwargs)
