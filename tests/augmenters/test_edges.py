"""Tests for imgaug.augmenters.edges: Canny and the binary image colorizers."""

import pickle

import cv2
import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmenters import edges
from imgaug.augmenters.edges import (
    Canny,
    IBinaryImageColorizer,
    RandomColorsBinaryImageColorizer,
)

WHITE_ON_BLACK = RandomColorsBinaryImageColorizer(color_true=255, color_false=0)


def _square_image(nb_channels=3):
    image = np.zeros((20, 20, nb_channels), dtype=np.uint8)
    image[5:15, 5:15] = 200
    return image


class TestRandomColorsBinaryImageColorizer:
    def test_fixed_colors_rgb(self):
        colorizer = RandomColorsBinaryImageColorizer(color_true=[7], color_false=250)
        binary = np.array([[True, False], [False, True]])
        out = colorizer.colorize(binary, np.zeros((2, 2, 3), np.uint8), 0, None)
        assert out.dtype == np.uint8
        assert out.tolist() == [[[7] * 3, [250] * 3], [[250] * 3, [7] * 3]]

    def test_gray_is_truncated_luminance(self):
        colorizer = RandomColorsBinaryImageColorizer(color_true=201, color_false=17)
        binary = np.array([[True, False]])
        out = colorizer.colorize(binary, np.zeros((1, 2, 1), np.uint8), 0, None)
        assert out.tolist() == [[[201], [17]]]

    def test_gray_of_random_colors(self):
        colorizer = RandomColorsBinaryImageColorizer()
        binary = np.array([[True, False]])
        rgb = colorizer.colorize(
            binary, np.zeros((1, 2, 3), np.uint8), 0, iarandom.RNG(3)
        )
        gray = colorizer.colorize(
            binary, np.zeros((1, 2, 1), np.uint8), 0, iarandom.RNG(3)
        )
        weights = np.array([0.299, 0.587, 0.114])
        expected = (rgb[0].astype(np.float64) * weights).sum(axis=1).astype(np.uint8)
        assert gray[0, :, 0].tolist() == expected.tolist()

    def test_alpha_channel_kept(self):
        original = np.full((2, 2, 4), 9, dtype=np.uint8)
        original[:, :, 3] = [[1, 2], [3, 4]]
        out = WHITE_ON_BLACK.colorize(np.eye(2, dtype=bool), original, 0, None)
        assert out.shape == (2, 2, 4)
        assert out[:, :, 3].tolist() == [[1, 2], [3, 4]]
        assert (
            out[0, 0, 0:3].tolist() == [255] * 3 and out[0, 1, 0:3].tolist() == [0] * 3
        )

    def test_random_colors_vary_with_rng(self):
        colorizer = RandomColorsBinaryImageColorizer()
        binary = np.ones((1, 1), dtype=bool)
        original = np.zeros((1, 1, 3), np.uint8)
        colors = {
            tuple(colorizer.colorize(binary, original, 0, iarandom.RNG(s))[0, 0])
            for s in range(10)
        }
        assert len(colors) > 5

    @pytest.mark.parametrize(
        ("binary", "original"),
        [
            (np.zeros((2, 2, 1), bool), np.zeros((2, 2, 3), np.uint8)),
            (np.zeros((2, 2), np.uint8), np.zeros((2, 2, 3), np.uint8)),
            (np.zeros((2, 2), bool), np.zeros((2, 2, 2), np.uint8)),
            (np.zeros((2, 2), bool), np.zeros((2, 2, 3), np.float32)),
        ],
    )
    def test_bad_inputs(self, binary, original):
        with pytest.raises((ValueError, TypeError)):
            WHITE_ON_BLACK.colorize(binary, original, 0, iarandom.RNG(0))

    def test_str_and_interface(self):
        colorizer = RandomColorsBinaryImageColorizer(color_true=1, color_false=(2, 3))
        assert str(colorizer) == (
            "RandomColorsBinaryImageColorizer(color_true=Deterministic(int 1), "
            "color_false=DiscreteUniform(Deterministic(int 2), Deterministic(int 3)))"
        )
        assert isinstance(colorizer, IBinaryImageColorizer)
        with pytest.raises(TypeError):
            IBinaryImageColorizer()


class TestCanny:
    def test_edges_drawn_in_fixed_colors(self):
        image = _square_image()
        aug = Canny(
            alpha=1.0,
            hysteresis_thresholds=((100, 100), (200, 200)),
            sobel_kernel_size=3,
            colorizer=WHITE_ON_BLACK,
        )
        out = aug(image=image)
        expected = cv2.Canny(image, 100, 200, apertureSize=3, L2gradient=True) > 0
        assert np.array_equal(out[:, :, 0] == 255, expected)
        assert expected.sum() > 0
        assert set(np.unique(out).tolist()) == {0, 255}

    def test_alpha_blends(self):
        image = _square_image()
        aug = Canny(alpha=0.5, hysteresis_thresholds=100, sobel_kernel_size=3,
                    colorizer=WHITE_ON_BLACK)  # fmt: skip
        out = aug(image=image).astype(int)
        binary = cv2.Canny(image, 100, 100, apertureSize=3, L2gradient=True) > 0
        colored = np.where(binary[:, :, None], 255, 0)
        expected = np.round(0.5 * colored + 0.5 * image)
        assert np.abs(out - expected).max() <= 1

    @pytest.mark.parametrize("kwargs", [{"alpha": 0.0}, {"sobel_kernel_size": 1},
                                        {"sobel_kernel_size": 2}])  # fmt: skip
    def test_noop_settings(self, kwargs):
        image = _square_image()
        params = {"alpha": 1.0, "sobel_kernel_size": 3, **kwargs}
        assert np.array_equal(Canny(**params)(image=image), image)

    def test_even_sobel_decremented(self):
        image = _square_image()
        kwargs = {
            "alpha": 1.0,
            "hysteresis_thresholds": 50,
            "colorizer": WHITE_ON_BLACK,
        }
        out4 = Canny(sobel_kernel_size=4, **kwargs)(image=image)
        out3 = Canny(sobel_kernel_size=3, **kwargs)(image=image)
        assert np.array_equal(out4, out3)

    def test_swapped_thresholds(self):
        image = _square_image()
        kwargs = {"alpha": 1.0, "sobel_kernel_size": 3, "colorizer": WHITE_ON_BLACK}
        swapped = Canny(
            hysteresis_thresholds=(iap.Deterministic(200), iap.Deterministic(50)),
            **kwargs,
        )(image=image)
        ordered = Canny(
            hysteresis_thresholds=(iap.Deterministic(50), iap.Deterministic(200)),
            **kwargs,
        )(image=image)
        assert np.array_equal(swapped, ordered)

    @pytest.mark.parametrize("nb_channels", [1, 4])
    def test_one_and_four_channels(self, nb_channels):
        image = _square_image(nb_channels)
        if nb_channels == 4:
            image[:, :, 3] = 77
        out = Canny(alpha=1.0, sobel_kernel_size=3, colorizer=WHITE_ON_BLACK)(
            image=image
        )
        assert out.shape == image.shape
        if nb_channels == 4:
            assert np.all(out[:, :, 3] == 77)
        assert (out[:, :, 0] == 255).sum() > 0

    def test_bad_channels_and_dtypes(self):
        with pytest.raises(ValueError, match="channels"):
            Canny()(image=np.zeros((5, 5, 2), np.uint8))
        with pytest.raises(ValueError):
            Canny()(image=np.zeros((5, 5, 3), np.float32))

    def test_custom_colorizer_called_per_image(self):
        class Recording(IBinaryImageColorizer):
            def __init__(self):
                self.calls = []

            def colorize(self, image_binary, image_original, nth_image, random_state):
                self.calls.append((nth_image, type(random_state)))
                return np.repeat(
                    (image_binary * 100).astype(np.uint8)[:, :, None], 3, axis=2
                )

        colorizer = Recording()
        aug = Canny(alpha=1.0, sobel_kernel_size=3, colorizer=colorizer)
        out = aug(images=[_square_image(), _square_image()])
        assert colorizer.calls == [(0, iarandom.RNG), (1, iarandom.RNG)]
        assert set(np.unique(out[0]).tolist()) <= {0, 100}

    def test_parameters_and_str(self):
        aug = Canny()
        alpha, thresholds, sobel, colorizer = aug.get_parameters()
        assert isinstance(alpha, iap.Uniform)
        assert isinstance(thresholds, tuple) and len(thresholds) == 2
        assert isinstance(thresholds[0], iap.DiscreteUniform)
        assert isinstance(sobel, iap.DiscreteUniform)
        assert isinstance(colorizer, RandomColorsBinaryImageColorizer)
        assert isinstance(Canny(hysteresis_thresholds=(100, 200)).hysteresis_thresholds,
                          iap.DiscreteUniform)  # fmt: skip
        text = str(Canny(alpha=0.5, name="c"))
        assert text.startswith("Canny(alpha=Deterministic(float 0.50000000), ")
        assert "colorizer=RandomColorsBinaryImageColorizer(" in text
        assert text.endswith("name=c, deterministic=False)")

    def test_bad_arguments(self):
        with pytest.raises(ValueError):
            Canny(sobel_kernel_size=8)
        with pytest.raises(ValueError):
            Canny(hysteresis_thresholds=300)
        with pytest.raises(TypeError, match="colorizer"):
            Canny(colorizer="abc")

    def test_same_seed_same_colors_and_pickle(self):
        image = _square_image()
        aug = Canny(alpha=1.0, sobel_kernel_size=3, seed=5)
        out = aug(image=image)
        assert np.array_equal(
            out, Canny(alpha=1.0, sobel_kernel_size=3, seed=5)(image=image)
        )
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(restored(image=image), aug(image=image))

    def test_uses_module_colorize_helper_only_for_builtin(self, monkeypatch):
        calls = []
        original = edges._colorize

        def spy(*args):
            calls.append(1)
            return original(*args)

        monkeypatch.setattr(edges, "_colorize", spy)
        Canny(alpha=1.0, sobel_kernel_size=3)(images=[_square_image()] * 3)
        assert len(calls) == 3


def _colorize_reference(binary, original, color_true, color_false):
    """np.where over the colours (gray: truncated luminance; alpha kept)."""
    mask = np.asarray(binary) != 0
    nb_channels = original.shape[2]
    if nb_channels == 1:
        weights = np.array([0.299, 0.587, 0.114])
        gray = [
            int(c[0] * weights[0] + c[1] * weights[1] + c[2] * weights[2])
            for c in (color_false, color_true)
        ]
        return np.where(mask, gray[1], gray[0]).astype(np.uint8)[:, :, np.newaxis]
    rgb = np.where(mask[:, :, np.newaxis], color_true, color_false).astype(np.uint8)
    if nb_channels == 4:
        rgb = np.concatenate([rgb, original[:, :, 3:4]], axis=2)
    return rgb


class TestColorizeRoute:
    @pytest.mark.parametrize("shape", [(1, 1), (4, 1), (1, 4), (5, 7), (33, 20)])
    @pytest.mark.parametrize("nb_channels", [1, 3, 4])
    @pytest.mark.parametrize("kind", ["bool", "edges", "uint8"])
    def test_bitwise_colors_equal_reference(self, shape, nb_channels, kind):
        rng = np.random.default_rng(sum(shape) + nb_channels)
        values = rng.integers(0, 256, shape).astype(np.uint8)
        binary = {
            "bool": values > 100,
            "edges": np.where(values > 100, 255, 0).astype(np.uint8),
            "uint8": np.where(values > 100, values, 0).astype(np.uint8),
        }[kind]
        original = rng.integers(0, 256, (*shape, nb_channels)).astype(np.uint8)
        for color_true, color_false in [
            ([255, 10, 30], [0, 40, 200]),
            ([0, 0, 0], [255, 255, 255]),
            ([7, 7, 7], [7, 7, 7]),
        ]:
            ct = np.array(color_true, dtype=np.uint8)
            cf = np.array(color_false, dtype=np.uint8)
            out = edges._colorize(binary, original, ct, cf)
            expected = _colorize_reference(binary, original, ct, cf)
            assert out.dtype == np.uint8
            assert np.array_equal(out, expected)

    @pytest.mark.parametrize("alpha", [0.98, 0.99, 0.995, 1.0])
    @pytest.mark.parametrize("nb_channels", [1, 3, 4])
    def test_opaque_alpha_skips_blend_with_same_result(
        self, alpha, nb_channels, monkeypatch
    ):
        rng = np.random.default_rng(nb_channels)
        images = [
            rng.integers(0, 256, (24, 30, nb_channels)).astype(np.uint8)
            for _ in range(3)
        ]
        before = [image.copy() for image in images]
        fast = Canny(alpha=alpha, sobel_kernel_size=3, seed=2)(images=images)
        monkeypatch.setattr(edges, "_OPAQUE_ALPHA", 2.0)  # always blend_alpha
        general = Canny(alpha=alpha, sobel_kernel_size=3, seed=2)(images=images)
        for out, expected, image, original in zip(
            fast, general, images, before, strict=True
        ):
            assert np.array_equal(out, expected)
            assert np.array_equal(image, original)
            assert not np.shares_memory(out, image)
