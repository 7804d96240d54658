"""Tests for SimplexNoise, FrequencyNoise and their kernels in imgaug._kernels.noise."""

import time

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import noise as knoise
from imgaug.validation import InvalidTypeError, InvalidValueError


def _neighbour_corr(noise):
    return np.corrcoef(noise[:, :-1].ravel(), noise[:, 1:].ravel())[0, 1]


def _mean_abs_gradient(noise):
    return np.abs(np.diff(noise, axis=1)).mean()


# --------------------------------------------------------------------- simplex kernel
class TestSimplexKernel:
    def test_shape_dtype_range(self):
        noise = knoise.simplex_noise_2d(7, 9, seed=1)
        assert noise.shape == (7, 9)
        assert noise.dtype == np.float32
        assert noise.min() >= -1
        assert noise.max() <= 1

    def test_deterministic_per_seed(self):
        a = knoise.simplex_noise_2d(16, 16, seed=123)
        b = knoise.simplex_noise_2d(16, 16, seed=123)
        c = knoise.simplex_noise_2d(16, 16, seed=124)
        assert np.array_equal(a, b)
        assert not np.array_equal(a, c)

    def test_prefix_consistent(self):
        # values depend only on the pixel position and the seed
        big = knoise.simplex_noise_2d(20, 30, seed=5)
        small = knoise.simplex_noise_2d(8, 11, seed=5)
        assert np.array_equal(big[:8, :11], small)

    @pytest.mark.parametrize("seed", [0, 1, 2**31 - 2, -5, 2**40])
    def test_any_integer_seed(self, seed):
        noise = knoise.simplex_noise_2d(4, 4, seed=seed)
        assert np.all(np.isfinite(noise))

    def test_statistics(self):
        noise = np.stack([knoise.simplex_noise_2d(128, 128, seed=s) for s in range(4)])
        assert abs(float(noise.mean())) < 0.02
        # spread chosen to resemble OpenSimplex on the integer grid
        assert 0.30 < float(noise.std()) < 0.40
        assert np.abs(noise).max() < 0.7
        corr = np.mean([_neighbour_corr(n) for n in noise])
        assert -0.15 < corr < 0.0

    def test_every_pixel_has_the_same_distribution(self):
        # a seed-dependent shift: no pixel (e.g. the origin) is stuck at 0
        noise = np.stack([knoise.simplex_noise_2d(3, 3, seed=s) for s in range(600)])
        per_pixel_std = noise.std(axis=0)
        assert per_pixel_std.min() > 0.25

    @pytest.mark.perf
    def test_vectorised_speed(self):  # opt-in (-m perf)
        start = time.perf_counter()
        knoise.simplex_noise_2d(512, 512, seed=0)
        assert time.perf_counter() - start < 0.8

    def test_zero_size(self):
        assert knoise.simplex_noise_2d(0, 5, seed=0).shape == (0, 5)


# ------------------------------------------------------------------- frequency kernel
class TestFrequencyKernel:
    def test_distance_to_origin_wrapped(self):
        dist = knoise.distance_to_origin_wrapped(4, 5)
        expected_rows = np.array([0, 1, 2, 1])[:, None]
        expected_cols = np.array([0, 1, 2, 2, 1])[None, :]
        assert np.allclose(dist, np.sqrt(expected_rows**2 + expected_cols**2))

    def test_normalised(self):
        rng = np.random.default_rng(0)
        noise = knoise.frequency_noise_2d(rng.random((8, 6)), rng.random((8, 6)), -2.0)
        assert noise.shape == (8, 6)
        assert noise.min() == pytest.approx(0.0)
        assert noise.max() == pytest.approx(1.0)

    def test_matches_reference_formula(self):
        # decision E.9: the imaginary part uses the original magnitude, not the
        # already-rotated real part
        rng = np.random.default_rng(1)
        mags, angles = rng.random((5, 7)), rng.random((5, 7))
        exponent = -1.5
        radius = mags * 7**2
        phase = angles * 2 * np.pi
        rows = np.minimum(np.arange(5), 5 - np.arange(5))[:, None]
        cols = np.minimum(np.arange(7), 7 - np.arange(7))[None, :]
        freq = np.sqrt(rows**2 + cols**2)
        freq[0, 0] = 1
        scale = freq**exponent
        scale[0, 0] = 0
        spectrum = radius * np.cos(phase) * scale + 1j * radius * np.sin(phase) * scale
        expected = np.fft.ifft2(spectrum).real
        expected = (expected - expected.min()) / (expected.max() - expected.min())
        assert np.allclose(knoise.frequency_noise_2d(mags, angles, exponent), expected)

    def test_negative_exponent_is_smoother(self):
        rng = np.random.default_rng(2)
        mags, angles = rng.random((64, 64)), rng.random((64, 64))
        smooth = knoise.frequency_noise_2d(mags, angles, -3.0)
        rough = knoise.frequency_noise_2d(mags, angles, 3.0)
        assert _mean_abs_gradient(smooth) < _mean_abs_gradient(rough) / 3

    def test_constant_result_gives_zeros(self):
        zeros = np.zeros((4, 4))
        noise = knoise.frequency_noise_2d(zeros, zeros, 1.0)
        assert np.array_equal(noise, np.zeros((4, 4)))


# --------------------------------------------------------------------- upscale kernel
class TestUpscaleKernel:
    @pytest.mark.parametrize(
        "method", ["nearest", "linear", "area", "cubic", 0, 1, 2, 3]
    )
    def test_methods(self, method):
        noise = np.linspace(0, 1, 16).reshape(4, 4)
        out = knoise.upscale_noise_uint8(noise, 8, 6, method)
        assert out.shape == (8, 6)
        assert out.dtype == np.float32
        assert out.min() >= 0
        assert out.max() <= 1
        assert np.allclose(out * 255, np.round(out * 255), atol=1e-3)

    def test_nearest_values(self):
        noise = np.array([[0.0, 1.0]])
        out = knoise.upscale_noise_uint8(noise, 2, 4, "nearest")
        assert out.tolist() == [[0, 0, 1, 1], [0, 0, 1, 1]]

    def test_zero_size(self):
        assert knoise.upscale_noise_uint8(np.zeros((2, 2)), 0, 3, "linear").shape == (
            0,
            3,
        )

    @pytest.mark.parametrize("method", ["lanczos", 7, None])
    def test_bad_method(self, method):
        with pytest.raises(InvalidValueError, match="upscale_method"):
            knoise.upscale_noise_uint8(np.zeros((2, 2)), 4, 4, method)


# ------------------------------------------------------------------------ SimplexNoise
class TestSimplexNoise:
    @pytest.mark.parametrize("size", [(10, 12), (10, 12, 1), (10, 12, 3), (3, 40)])
    def test_shape_dtype_range(self, size):
        noise = iap.SimplexNoise().draw_samples(size, random_state=0)
        assert noise.shape == size
        assert noise.dtype == np.float32
        assert noise.min() >= 0
        assert noise.max() <= 1

    def test_same_seed(self):
        param = iap.SimplexNoise()
        a = param.draw_samples((16, 16, 2), random_state=iarandom.RNG(3))
        b = param.draw_samples((16, 16, 2), random_state=iarandom.RNG(3))
        assert np.array_equal(a, b)

    def test_channels_differ(self):
        noise = iap.SimplexNoise(size_px_max=32).draw_samples((16, 16, 2))
        assert not np.array_equal(noise[..., 0], noise[..., 1])

    def test_full_resolution_not_quantised(self):
        param = iap.SimplexNoise(size_px_max=100, upscale_method="nearest")
        noise = param.draw_samples((20, 20), random_state=0)
        assert not np.allclose(noise * 255, np.round(noise * 255))
        replay = iarandom.RNG(0)
        param.upscale_method.draw_samples((1,), random_state=replay)
        seed = int(replay.generate_seed_())
        expected = (knoise.simplex_noise_2d(20, 20, seed) + 1.0) / 2
        assert np.allclose(noise, expected)

    def test_upscaled_noise_is_blocky_with_nearest(self):
        param = iap.SimplexNoise(size_px_max=4, upscale_method="nearest")
        noise = param.draw_samples((16, 16), random_state=0)
        assert len(np.unique(noise)) <= 16
        assert np.allclose(noise * 255, np.round(noise * 255), atol=1e-3)

    def test_small_size_px_max_is_smoother(self):
        coarse = iap.SimplexNoise(size_px_max=4, upscale_method="linear")
        fine = iap.SimplexNoise(size_px_max=64, upscale_method="linear")
        a = coarse.draw_samples((64, 64), random_state=1)
        b = fine.draw_samples((64, 64), random_state=1)
        assert _mean_abs_gradient(a) < _mean_abs_gradient(b) / 2

    def test_draw_order(self):
        param = iap.SimplexNoise(size_px_max=(2, 8), upscale_method=["linear", "cubic"])
        rng = iarandom.RNG(17)
        noise = param.draw_samples((12, 10), random_state=rng)
        replay = iarandom.RNG(17)
        method = param.upscale_method.draw_samples((1,), random_state=replay)[0]
        seed = replay.generate_seed_()
        size_px_max = param.size_px_max.draw_sample(random_state=replay)
        replay.advance_()
        h_small = max(int(12 * size_px_max / 12), 1)
        w_small = max(int(10 * size_px_max / 12), 1)
        raw = knoise.simplex_noise_2d(h_small, w_small, int(seed))
        expected = knoise.upscale_noise_uint8(
            np.clip((raw + 1) / 2, 0, 1), 12, 10, str(method)
        )
        assert np.array_equal(noise, expected)
        assert rng.equals(replay)

    def test_zero_sized(self):
        noise = iap.SimplexNoise().draw_samples((0, 5, 2))
        assert noise.shape == (0, 5, 2)
        assert noise.dtype == np.float32

    @pytest.mark.parametrize("size", [(4,), (2, 4, 4, 1)])
    def test_bad_size(self, size):
        with pytest.raises(InvalidValueError, match=r"\(H, W\) or \(H, W, C\)"):
            iap.SimplexNoise().draw_samples(size)

    def test_upscale_method_forms(self):
        assert iap.SimplexNoise(upscale_method="ALL").upscale_method.a == [
            "nearest",
            "linear",
            "area",
            "cubic",
        ]
        assert iap.SimplexNoise(upscale_method="cubic").upscale_method.value == "cubic"
        src = iap.Deterministic("area")
        assert iap.SimplexNoise(upscale_method=src).upscale_method is src

    @pytest.mark.parametrize(
        ("kwargs", "error", "name"),
        [
            ({"size_px_max": 0}, InvalidValueError, "size_px_max"),
            ({"size_px_max": 10001}, InvalidValueError, "size_px_max"),
            ({"upscale_method": "lanczos"}, InvalidValueError, "upscale_method"),
            ({"upscale_method": ["linear", 1]}, InvalidValueError, "upscale_method"),
            ({"upscale_method": 1}, InvalidTypeError, "upscale_method"),
        ],
    )
    def test_bad_arguments(self, kwargs, error, name):
        with pytest.raises(error, match=name):
            iap.SimplexNoise(**kwargs)


# ---------------------------------------------------------------------- FrequencyNoise
class TestFrequencyNoise:
    @pytest.mark.parametrize("size", [(10, 12), (10, 12, 1), (10, 12, 3), (2, 2)])
    def test_shape_dtype_range(self, size):
        noise = iap.FrequencyNoise().draw_samples(size, random_state=0)
        assert noise.shape == size
        assert noise.dtype == np.float32
        assert noise.min() >= 0
        assert noise.max() <= 1

    def test_full_resolution_spans_zero_to_one(self):
        param = iap.FrequencyNoise(exponent=-2, size_px_max=64)
        noise = param.draw_samples((16, 16), random_state=0)
        assert noise.min() == pytest.approx(0.0)
        assert noise.max() == pytest.approx(1.0)

    def test_same_seed(self):
        param = iap.FrequencyNoise()
        a = param.draw_samples((16, 16, 2), random_state=iarandom.RNG(3))
        b = param.draw_samples((16, 16, 2), random_state=iarandom.RNG(3))
        assert np.array_equal(a, b)

    def test_exponent_controls_smoothness(self):
        smooth = iap.FrequencyNoise(exponent=-4, size_px_max=64)
        rough = iap.FrequencyNoise(exponent=4, size_px_max=64)
        a = smooth.draw_samples((64, 64), random_state=2)
        b = rough.draw_samples((64, 64), random_state=2)
        assert _mean_abs_gradient(a) < _mean_abs_gradient(b) / 3

    def test_draw_order(self):
        param = iap.FrequencyNoise(exponent=(-2, 2), size_px_max=(4, 8))
        rng = iarandom.RNG(19)
        noise = param.draw_samples((10, 10), random_state=rng)
        replay = iarandom.RNG(19)
        size_px_max = param.size_px_max.draw_sample(random_state=replay)
        h_small = w_small = max(int(10 * size_px_max / 10), 4)
        mags = replay.random(size=(h_small, w_small))
        angles = replay.random(size=(h_small, w_small))
        exponent = param.exponent.draw_sample(random_state=replay)
        method = param.upscale_method.draw_sample(random_state=replay)
        replay.advance_()
        raw = knoise.frequency_noise_2d(mags, angles, float(exponent))
        if raw.shape != (10, 10):
            expected = knoise.upscale_noise_uint8(raw, 10, 10, str(method))
        else:
            expected = raw.astype(np.float32)
        assert np.array_equal(noise, expected)
        assert rng.equals(replay)

    def test_zero_sized(self):
        assert iap.FrequencyNoise().draw_samples((5, 0)).shape == (5, 0)

    def test_bad_size(self):
        with pytest.raises(InvalidValueError, match=r"\(H, W\) or \(H, W, C\)"):
            iap.FrequencyNoise().draw_samples((4,))

    @pytest.mark.parametrize(
        ("kwargs", "error", "name"),
        [
            ({"exponent": "a"}, InvalidTypeError, "exponent"),
            ({"size_px_max": 0}, InvalidValueError, "size_px_max"),
            ({"upscale_method": "bicubic"}, InvalidValueError, "upscale_method"),
        ],
    )
    def test_bad_arguments(self, kwargs, error, name):
        with pytest.raises(error, match=name):
            iap.FrequencyNoise(**kwargs)


def test_noise_pipeline_as_used_by_blend_augmenters():
    noise = iap.SimplexNoise(
        size_px_max=(2, 16),
        upscale_method=iap.Choice(["nearest", "linear", "cubic"], p=[0.05, 0.6, 0.35]),
    )
    mask = iap.Sigmoid.create_for_noise(
        iap.IterativeNoiseAggregator(
            noise, iterations=(1, 3), aggregation_method="max"
        ),
        threshold=iap.Normal(0.0, 5.0),
        activated=True,
    )
    samples = mask.draw_samples((32, 32, 3), random_state=7)
    assert samples.shape == (32, 32, 3)
    assert samples.dtype == np.float32
    assert samples.min() >= 0
    assert samples.max() <= 1


# ------------------------------------------------------------------- noise codes
class TestNoiseAsCodes:
    """2D draws keep upscaled noise as uint8 codes; (H, W, 1) draws use floats."""

    @staticmethod
    def _params():
        methods = ["max", "min", "avg"]
        return [
            iap.SimplexNoise(),
            iap.FrequencyNoise(),
            iap.IterativeNoiseAggregator(
                iap.SimplexNoise(), iterations=(1, 3), aggregation_method=methods
            ),
            iap.Sigmoid.create_for_noise(
                iap.IterativeNoiseAggregator(
                    iap.SimplexNoise(), iterations=(1, 3), aggregation_method=methods
                ),
                activated=0.5,
            ),
            iap.Sigmoid.create_for_noise(
                iap.IterativeNoiseAggregator(
                    iap.FrequencyNoise(), iterations=(1, 3), aggregation_method=methods
                )
            ),
        ]

    @pytest.mark.parametrize("shape", [(37, 53), (4, 3), (1, 1), (0, 5)])
    def test_same_values_as_float_route(self, shape):
        for index, param in enumerate(self._params()):
            for seed in range(12):
                as_2d = param.draw_samples(shape, random_state=seed)
                as_3d = param.draw_samples((*shape, 1), random_state=seed)[:, :, 0]
                assert as_2d.dtype == as_3d.dtype == np.float32, index
                assert np.array_equal(as_2d, as_3d), (index, seed)

    def test_same_stream_as_float_route(self):
        # the RNG is advanced as draw_samples advances it, draw after draw
        for param in self._params():
            rng_2d, rng_3d = iarandom.RNG(7), iarandom.RNG(7)
            for _ in range(4):
                as_2d = param.draw_samples((20, 30), random_state=rng_2d)
                as_3d = param.draw_samples((20, 30, 1), random_state=rng_3d)
                assert np.array_equal(as_2d, as_3d[:, :, 0])

    def test_codes_are_upscaled_quantised_noise(self):
        noise = np.array([[0.0, 1.0], [0.5, 0.25]])
        codes = iap._finish_noise_as_codes(noise, 4, 4, "nearest")
        assert isinstance(codes, iap._NoiseCodes)
        assert codes.codes.dtype == np.uint8
        assert codes.codes[0].tolist() == [0, 0, 255, 255]
        assert np.array_equal(codes.to_float(), codes.codes / np.float32(255))
        doubled = codes.map_values(lambda x: x * 2)
        assert doubled.dtype == np.float32
        assert np.array_equal(doubled, codes.to_float() * 2)

    def test_unresized_noise_stays_float(self):
        noise = np.array([[0.0, 1.0], [0.5, 0.25]])
        result = iap._finish_noise_as_codes(noise, 2, 2, "nearest")
        assert result.dtype == np.float32
        assert result.tolist() == [[0.0, 1.0], [0.5, 0.25]]

    def test_subclasses_keep_their_own_draws(self):
        class Halved(iap.SimplexNoise):
            def _draw_samples(self, size, random_state):
                return super()._draw_samples(size, random_state) / 2

        param = iap.Sigmoid.create_for_noise(
            iap.IterativeNoiseAggregator(Halved(), iterations=2)
        )
        as_2d = param.draw_samples((30, 40), random_state=1)
        as_3d = param.draw_samples((30, 40, 1), random_state=1)[:, :, 0]
        assert np.array_equal(as_2d, as_3d)
        halved = Halved().draw_samples((30, 40), random_state=2)
        assert halved.max() <= 0.5
