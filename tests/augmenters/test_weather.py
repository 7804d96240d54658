"""Exact-value tests of imgaug.augmenters.weather (spec §20)."""

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage


def _gradient_image(height=16, width=24):
    rng = np.random.default_rng(5)
    return rng.integers(0, 256, size=(height, width, 3), dtype=np.uint8)


def _cloud_layer(**overrides):
    kwargs = {
        "intensity_mean": 200,
        "intensity_freq_exponent": -2.0,
        "intensity_coarse_scale": 10,
        "alpha_min": 0.0,
        "alpha_multiplier": 0.5,
        "alpha_size_px_max": 4,
        "alpha_freq_exponent": -2.0,
        "sparsity": 1.0,
        "density_multiplier": 1.0,
    }
    kwargs.update(overrides)
    return iaa.CloudLayer(**kwargs)


# ---------------------------------------------------------------- FastSnowyLandscape


def test_fast_snowy_landscape_fixed_values():
    image = _gradient_image()
    aug = iaa.FastSnowyLandscape(lightness_threshold=120, lightness_multiplier=1.8)
    result = aug(image=image)
    # the same formula through OpenCV's HLS conversion, written out here
    hls = cv2.cvtColor(image, cv2.COLOR_RGB2HLS).astype(np.float64)
    lightness = hls[:, :, 1]
    hls[:, :, 1] = np.where(
        lightness < 120, np.clip(np.round(lightness * 1.8), 0, 255), lightness
    )
    expected = cv2.cvtColor(hls.astype(np.uint8), cv2.COLOR_HLS2RGB)
    assert np.array_equal(result, expected)


def test_fast_snowy_landscape_threshold_zero_is_only_the_hls_round_trip():
    image = _gradient_image()
    aug = iaa.FastSnowyLandscape(lightness_threshold=0, lightness_multiplier=3.0)
    hls = cv2.cvtColor(image, cv2.COLOR_RGB2HLS)
    assert np.array_equal(aug(image=image), cv2.cvtColor(hls, cv2.COLOR_HLS2RGB))


def test_fast_snowy_landscape_bgr():
    image = _gradient_image()
    rgb = iaa.FastSnowyLandscape(100, 2.0)(image=image[:, :, ::-1].copy())
    bgr = iaa.FastSnowyLandscape(100, 2.0, from_colorspace="BGR")(image=image)
    assert np.array_equal(bgr, rgb[:, :, ::-1])


def test_fast_snowy_landscape_rejects_other_channels_and_dtypes():
    aug = iaa.FastSnowyLandscape(100, 2.0)
    with pytest.raises(ValueError, match="3"):
        aug(image=np.zeros((4, 4, 4), np.uint8))
    with pytest.raises(ValueError):
        aug(image=np.zeros((4, 4, 3), np.float32))


# ---------------------------------------------------------------- CloudLayer


def test_cloud_layer_opaque_shows_intensity():
    image = _gradient_image()
    aug = _cloud_layer(alpha_min=1.0, alpha_multiplier=0.0)
    alpha, intensity = aug.generate_maps(image, 7)
    assert alpha.shape == intensity.shape == image.shape[0:2]
    assert np.allclose(alpha, 1.0)
    result = aug.draw_on_image(image, 7)
    expected = np.round(np.clip(intensity, 0, 255)).astype(np.uint8)
    assert np.abs(result[:, :, 0].astype(int) - expected).max() <= 1
    assert np.array_equal(result[:, :, 0], result[:, :, 2])


def test_cloud_layer_transparent_changes_nothing():
    image = _gradient_image()
    aug = _cloud_layer(alpha_min=0.0, alpha_multiplier=0.0)
    assert np.array_equal(aug(image=image), image)


def test_cloud_layer_float_formula_no_clipping():
    image = np.full((8, 8, 3), 0.5, dtype=np.float32)
    aug = _cloud_layer(intensity_mean=1000, alpha_min=0.25, alpha_multiplier=0.0)
    alpha, intensity = aug.generate_maps(image, 3)
    result = aug.draw_on_image(image, 3)
    expected = 0.75 * 0.5 + 0.25 * intensity[:, :, np.newaxis]
    assert result.dtype == np.float32
    assert np.allclose(result, expected, rtol=1e-4)
    assert result.max() > 255  # floats are not clipped


def test_cloud_layer_alpha_formula():
    image = np.zeros((12, 12, 3), dtype=np.uint8)
    aug = _cloud_layer(alpha_min=0.2, alpha_multiplier=0.6, sparsity=2.0)
    alpha, _ = aug.generate_maps(image, 11)
    # alpha = clip((0.2 + 0.6 * noise) ** 2 * 1.0, 0, 1) with noise in [0, 1]
    assert alpha.min() >= 0.2**2 - 1e-5 and alpha.max() <= 0.8**2 + 1e-5


def test_cloud_layer_rejects_integer_dtypes():
    with pytest.raises(ValueError):
        _cloud_layer()(image=np.zeros((4, 4, 3), np.uint16))


def test_cloud_layer_parameters_order():
    params = _cloud_layer().get_parameters()
    assert len(params) == 9
    assert params[0].value == 200
    assert params[3] == 4 and params[8] == 10


def test_clouds_and_fog_structure():
    clouds = iaa.Clouds()
    assert isinstance(clouds, iaa.SomeOf) and len(clouds) == 2
    assert not clouds.random_order
    assert all(isinstance(layer, iaa.CloudLayer) for layer in clouds)
    assert clouds[1].alpha_size_px_max == (64, 128)
    fog = iaa.Fog()
    assert isinstance(fog, iaa.CloudLayer)
    assert fog.intensity_coarse_scale == 2
    assert fog.alpha_multiplier.value == pytest.approx(0.3)


def test_clouds_brighten_dark_images_and_keep_keypoints():
    image = np.zeros((32, 32, 3), dtype=np.uint8)
    kps = KeypointsOnImage([Keypoint(3.0, 4.0)], shape=image.shape)
    result, kps_aug = iaa.Clouds(seed=1)(image=image, keypoints=kps)
    assert result.mean() > 10
    assert kps_aug.to_xy_array().tolist() == [[3.0, 4.0]]


# ---------------------------------------------------------------- snow and rain


def _snow_layer(**overrides):
    kwargs = {
        "density": 0.05,
        "density_uniformity": 0.5,
        "flake_size": 0.5,
        "flake_size_uniformity": 0.5,
        "angle": 0,
        "speed": 0.02,
        "blur_sigma_fraction": 0.001,
    }
    kwargs.update(overrides)
    return iaa.SnowflakesLayer(**kwargs)


def _rain_layer(**overrides):
    kwargs = {
        "density": 0.1,
        "density_uniformity": 0.9,
        "drop_size": 0.02,
        "drop_size_uniformity": 0.3,
        "angle": 0,
        "speed": 0.1,
        "blur_sigma_fraction": 0.001,
    }
    kwargs.update(overrides)
    return iaa.RainLayer(**kwargs)


def test_snowflakes_only_brighten():
    image = _gradient_image(40, 40)
    result = _snow_layer(seed=2)(image=image)
    assert np.all(result >= image)
    assert np.any(result > image)


@pytest.mark.parametrize("make", [_snow_layer, _rain_layer])
def test_layers_without_flakes_change_nothing(make):
    image = _gradient_image(20, 20)
    assert np.array_equal(make(density=0.0)(image=image), image)


@pytest.mark.parametrize(
    ("density", "expected"), [(0.0, 0.0), (0.1, 0.1), (0.5, 0.5), (1.0, 1.0)]
)
def test_layer_salt_mask_probability(density, expected):
    layer = _rain_layer(density=density)
    mask = layer._draw_salt_mask((200, 300), iarandom.RNG(3))
    assert mask.shape == (200, 300)
    assert mask.dtype == bool
    assert mask.mean() == pytest.approx(expected, abs=0.005)


def test_rain_blends_towards_a_light_gray():
    image = np.zeros((40, 40, 3), dtype=np.uint8)
    result = _rain_layer(seed=4)(image=image)
    assert result.max() > 0
    assert result.max() <= 240  # c is in 110..239, the noise opacity at most 1
    assert np.array_equal(result[:, :, 0], result[:, :, 1])


@pytest.mark.parametrize("make", [_snow_layer, _rain_layer])
def test_layers_gray_images(make):
    image = _gradient_image(20, 20)[:, :, 0:1]
    assert make(seed=1)(image=image).shape == (20, 20, 1)


@pytest.mark.parametrize("make", [_snow_layer, _rain_layer])
def test_layers_reject_float_and_four_channels(make):
    with pytest.raises(ValueError):
        make()(image=np.zeros((8, 8, 3), np.float32))
    with pytest.raises(ValueError):
        make()(image=np.zeros((8, 8, 4), np.uint8))


def test_snow_and_rain_structure():
    snow = iaa.Snowflakes()
    assert isinstance(snow, iaa.SomeOf) and len(snow) == 3
    assert all(isinstance(layer, iaa.SnowflakesLayer) for layer in snow)
    assert snow[0] is not snow[1]
    rain = iaa.Rain(nb_iterations=2)
    assert len(rain) == 3 and all(isinstance(layer, iaa.RainLayer) for layer in rain)
    assert rain.n == 2 and rain.get_parameters() == [rain.n]
    params = snow[0].get_parameters()
    assert params[-2:] == [(0.5, 3.75), (8, 8)]


def test_weather_deterministic_with_seed():
    image = _gradient_image(32, 32)
    for make in (iaa.Clouds, iaa.Fog, iaa.Snowflakes, iaa.Rain):
        assert np.array_equal(make(seed=3)(image=image), make(seed=3)(image=image))
