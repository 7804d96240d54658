"""Tests for the distribution classes of imgaug.parameters."""

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.validation import InvalidTypeError, InvalidValueError


def _same_seed_same_samples(param, size=(20,)):
    a = param.draw_samples(size, random_state=iarandom.RNG(42))
    b = param.draw_samples(size, random_state=iarandom.RNG(42))
    return np.array_equal(a, b)


# ---------------------------------------------------------------------- Deterministic
class TestDeterministic:
    @pytest.mark.parametrize(
        ("value", "dtype"),
        [
            (1, np.int32),
            (np.int64(3), np.int32),
            (np.uint8(4), np.int32),
            (1.5, np.float32),
        ],
    )
    def test_dtypes(self, value, dtype):
        samples = iap.Deterministic(value).draw_samples((2, 3))
        assert samples.dtype == dtype
        assert samples.shape == (2, 3)
        assert np.all(samples == value)

    def test_string(self):
        samples = iap.Deterministic("abc").draw_samples(2)
        assert samples.dtype.kind == "U"
        assert samples.tolist() == ["abc", "abc"]

    def test_from_parameter_sampled_once(self):
        param = iap.Deterministic(iap.Uniform(10, 20))
        assert 10 <= param.value < 20
        samples = param.draw_samples(5)
        assert np.all(samples == param.value)
        assert samples.dtype == np.float32

    @pytest.mark.parametrize("bad", [None, [1], (1, 2), True])
    def test_bad_value(self, bad):
        with pytest.raises(
            InvalidTypeError,
            match="Expected StochasticParameter object or number or string",
        ) as exc:
            iap.Deterministic(bad)
        assert "'value'" in str(exc.value)

    def test_samples_are_writable_copies(self):
        param = iap.Deterministic(1)
        samples = param.draw_samples(3)
        samples[0] = 9
        assert param.draw_samples(3).tolist() == [1, 1, 1]


# ------------------------------------------------------------------ DeterministicList
class TestDeterministicList:
    def test_cyclic_and_restarts_each_call(self):
        param = iap.DeterministicList([1, 2, 3])
        assert param.draw_samples(5).tolist() == [1, 2, 3, 1, 2]
        assert param.draw_samples(2).tolist() == [1, 2]

    def test_reshaped(self):
        samples = iap.DeterministicList([1, 2, 3]).draw_samples((2, 2))
        assert samples.tolist() == [[1, 2], [3, 1]]

    def test_fewer_than_values(self):
        assert iap.DeterministicList([5, 6, 7]).draw_samples(1).tolist() == [5]

    def test_dtypes(self):
        assert iap.DeterministicList([1, 2]).values.dtype == np.int32
        assert iap.DeterministicList([1.0, 2]).values.dtype == np.float32
        assert (
            iap.DeterministicList(np.float64([1.0])).draw_samples(2).dtype == np.float32
        )
        assert iap.DeterministicList(["a", "b"]).draw_samples(3).tolist() == [
            "a",
            "b",
            "a",
        ]

    def test_flattened(self):
        param = iap.DeterministicList(np.array([[1, 2], [3, 4]]))
        assert param.values.tolist() == [1, 2, 3, 4]

    def test_samples_do_not_alias_values(self):
        param = iap.DeterministicList([1, 2, 3])
        samples = param.draw_samples(2)
        samples[:] = 0
        assert param.values.tolist() == [1, 2, 3]

    def test_empty(self):
        with pytest.raises(InvalidValueError, match="'values'"):
            iap.DeterministicList([])

    def test_not_iterable(self):
        with pytest.raises(InvalidTypeError, match="'values'"):
            iap.DeterministicList(1)

    def test_int_overflow_rejected(self):
        with pytest.raises(InvalidValueError, match="int32"):
            iap.DeterministicList([2**40])


# --------------------------------------------------------------------------- Choice
class TestChoice:
    def test_values_from_a(self):
        samples = iap.Choice([1, 5, 9]).draw_samples(200, random_state=1)
        assert set(samples.tolist()) == {1, 5, 9}

    def test_p(self):
        samples = iap.Choice([1, 5, 9], p=[0.0, 1.0, 0.0]).draw_samples(50)
        assert np.all(samples == 5)

    def test_p_frequencies(self):
        samples = iap.Choice([0, 1], p=[0.2, 0.8]).draw_samples(20000, random_state=2)
        assert samples.mean() == pytest.approx(0.8, abs=0.02)

    def test_without_replacement(self):
        samples = iap.Choice([1, 2, 3, 4], replace=False).draw_samples(
            4, random_state=3
        )
        assert sorted(samples.tolist()) == [1, 2, 3, 4]

    @pytest.mark.parametrize(
        ("a", "dtype"),
        [
            ([1, 2], np.int32),
            (np.int64([1, 2]), np.int32),
            (np.uint64([1, 2]), np.uint32),
            ([1.5, 2.5], np.float32),
            (np.float16([1, 2]), np.float16),
            (np.int8([1, 2]), np.int8),
        ],
    )
    def test_dtypes(self, a, dtype):
        assert iap.Choice(a).draw_samples(4).dtype == dtype

    def test_large_ints_not_wrapped(self):
        samples = iap.Choice([2**40]).draw_samples(2)
        assert samples.tolist() == [2**40, 2**40]

    def test_strings(self):
        samples = iap.Choice(["a", "b"]).draw_samples((2, 3), random_state=0)
        assert samples.shape == (2, 3)
        assert set(samples.ravel().tolist()) <= {"a", "b"}

    def test_shape(self):
        assert iap.Choice([1, 2]).draw_samples((2, 3, 4)).shape == (2, 3, 4)

    def test_nested_parameters(self):
        param = iap.Choice([iap.Deterministic(1), 2, iap.Uniform(10, 11)])
        samples = param.draw_samples((30, 2), random_state=4)
        assert samples.shape == (30, 2)
        assert samples.dtype == np.float32
        values = samples.ravel()
        in_range = (values == 1) | (values == 2) | ((values >= 10) & (values < 11))
        assert np.all(in_range)
        assert np.any(values == 1)
        assert np.any(values == 2)
        assert np.any(values >= 10)

    def test_nested_int_parameters_stay_int(self):
        param = iap.Choice([iap.Deterministic(1), 2])
        assert param.draw_samples(10).dtype == np.int32

    def test_nested_values_substituted_in_order(self):
        param = iap.Choice([iap.DeterministicList([1, 2, 3, 4])])
        assert param.draw_samples(6).tolist() == [1, 2, 3, 4, 1, 2]

    def test_nested_equal_strings_share_draws(self):
        # decision E.11: parameters are keyed by str(), so both entries are one
        # group and take consecutive values of a single draw
        param = iap.Choice(
            [iap.DeterministicList([1, 2, 3]), iap.DeterministicList([1, 2, 3])]
        )
        assert param.draw_samples(7, random_state=5).tolist() == [1, 2, 3, 1, 2, 3, 1]

    def test_nested_draw_order(self):
        nested = iap.Uniform(0, 1)
        param = iap.Choice([nested, 5], p=[0.5, 0.5])
        rng = iarandom.RNG(9)
        samples = param.draw_samples(10, random_state=rng)
        replay = iarandom.RNG(9)
        indices = replay.choice(2, 10, replace=True, p=[0.5, 0.5])
        nb_nested = int((indices == 0).sum())
        nested_values = nested.draw_samples(nb_nested, random_state=replay)
        replay.advance_()
        expected = np.full(10, 5, dtype=np.float32)
        expected[indices == 0] = nested_values
        assert np.array_equal(samples, expected)
        assert rng.equals(replay)

    def test_same_seed(self):
        assert _same_seed_same_samples(iap.Choice([1, 2, 3]))
        assert _same_seed_same_samples(iap.Choice([1, iap.Normal(0, 1)]))

    def test_not_iterable(self):
        with pytest.raises(InvalidTypeError, match="Expected a to be an iterable"):
            iap.Choice(1)

    def test_empty(self):
        with pytest.raises(InvalidValueError, match="non-empty"):
            iap.Choice([])

    def test_p_not_iterable(self):
        with pytest.raises(InvalidTypeError, match="Expected p to be"):
            iap.Choice([1, 2], p=0.5)

    def test_p_wrong_length(self):
        with pytest.raises(InvalidValueError, match="Expected lengths of"):
            iap.Choice([1, 2], p=[1.0])


# ------------------------------------------------------------------------- Binomial
class TestBinomial:
    def test_values_and_dtype(self):
        samples = iap.Binomial(0.5).draw_samples((100, 2), random_state=0)
        assert samples.dtype == np.int32
        assert set(samples.ravel().tolist()) == {0, 1}

    @pytest.mark.parametrize("p", [0, 1])
    def test_extremes(self, p):
        assert np.all(iap.Binomial(p).draw_samples(100) == p)

    def test_stochastic_p(self):
        param = iap.Binomial(iap.Choice([0.0, 1.0]))
        results = {int(param.draw_samples(20, random_state=s).sum()) for s in range(20)}
        assert results == {0, 20}

    def test_draw_order(self):
        param = iap.Binomial(iap.Uniform(0.2, 0.8))
        samples = param.draw_samples(10, random_state=iarandom.RNG(3))
        replay = iarandom.RNG(3)
        p = param.p.draw_sample(random_state=replay)
        expected = replay.binomial(1, p, (10,))
        assert np.array_equal(samples, expected)

    def test_p_out_of_range_at_sampling(self):
        with pytest.raises(InvalidValueError, match="probability p"):
            iap.Binomial(1.5).draw_samples(2)


# ------------------------------------------------------------------ DiscreteUniform
class TestDiscreteUniform:
    def test_inclusive(self):
        samples = iap.DiscreteUniform(-1, 2).draw_samples(500, random_state=0)
        assert samples.dtype == np.int32
        assert set(samples.tolist()) == {-1, 0, 1, 2}

    def test_swapped(self):
        samples = iap.DiscreteUniform(3, 1).draw_samples(300, random_state=0)
        assert set(samples.tolist()) == {1, 2, 3}

    def test_equal(self):
        samples = iap.DiscreteUniform(4, 4).draw_samples(3)
        assert samples.tolist() == [4, 4, 4]
        assert samples.dtype == np.int32

    def test_float_bounds_truncated(self):
        samples = iap.DiscreteUniform(1.9, 2.9).draw_samples(100, random_state=0)
        assert set(samples.tolist()) == {1, 2}

    def test_same_seed(self):
        assert _same_seed_same_samples(iap.DiscreteUniform(0, 100))


# -------------------------------------------------------------------------- Poisson
class TestPoisson:
    def test_mean_and_dtype(self):
        samples = iap.Poisson(4).draw_samples(20000, random_state=0)
        assert samples.dtype == np.int32
        assert samples.min() >= 0
        assert samples.mean() == pytest.approx(4, abs=0.1)

    def test_negative_lam_is_zero(self):
        assert np.all(iap.Poisson(iap.Deterministic(-2)).draw_samples(10) == 0)


# --------------------------------------------------------------------------- Normal
class TestNormal:
    def test_moments(self):
        samples = iap.Normal(3, 0.5).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        assert samples.mean() == pytest.approx(3, abs=0.02)
        assert samples.std() == pytest.approx(0.5, abs=0.02)

    def test_scale_zero(self):
        samples = iap.Normal(2, 0).draw_samples(3)
        assert samples.tolist() == [2.0, 2.0, 2.0]
        assert samples.dtype == np.float32

    def test_negative_scale(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.Normal(0, -1)

    def test_negative_sampled_scale(self):
        with pytest.raises(InvalidValueError, match="scale"):
            iap.Normal(0, iap.Deterministic(-1)).draw_samples(2)

    def test_same_seed(self):
        assert _same_seed_same_samples(iap.Normal(0, 1))


# ------------------------------------------------------------------ TruncatedNormal
class TestTruncatedNormal:
    def test_within_bounds(self):
        samples = iap.TruncatedNormal(0, 1, low=-0.5, high=1.0).draw_samples(
            5000, random_state=0
        )
        assert samples.dtype == np.float32
        assert samples.min() >= -0.5
        assert samples.max() <= 1.0

    def test_swapped_bounds(self):
        samples = iap.TruncatedNormal(0, 1, low=1.0, high=-0.5).draw_samples(1000)
        assert samples.min() >= -0.5
        assert samples.max() <= 1.0

    @pytest.mark.parametrize(
        ("loc", "scale", "low", "high"),
        [
            (0, 1, -1, 2),
            (5, 2, 0, 4),
            (0, 1, 6, 7),  # deep in the upper tail
            (0, 1, -40, -39),  # very deep in the lower tail
            (0, 1, 8, np.inf),
            (10, 3, -np.inf, np.inf),
        ],
    )
    def test_moments_match_scipy(self, loc, scale, low, high):
        from scipy import stats

        samples = iap.TruncatedNormal(loc, scale, low=low, high=high).draw_samples(
            50000, random_state=1
        )
        dist = stats.truncnorm((low - loc) / scale, (high - loc) / scale, loc, scale)
        values = samples.astype(np.float64)
        assert values.mean() == pytest.approx(dist.mean(), abs=0.02 * dist.std() + 1e-3)
        assert values.std() == pytest.approx(dist.std(), rel=0.03)
        assert np.all(np.isfinite(values))

    def test_scale_zero(self):
        samples = iap.TruncatedNormal(1.5, 0, low=0, high=1).draw_samples(3)
        assert samples.tolist() == [1.5, 1.5, 1.5]

    def test_equal_bounds(self):
        samples = iap.TruncatedNormal(0, 1, low=0.5, high=0.5).draw_samples(3)
        assert np.allclose(samples, 0.5)

    def test_same_seed(self):
        assert _same_seed_same_samples(iap.TruncatedNormal(0, 1, low=0))

    def test_draw_order_consumes_seed(self):
        # loc, scale, low, high, one seed, then the final advance: the RNG stream
        # of the caller is the one of 0.4.0 whatever the truncnorm algorithm
        param = iap.TruncatedNormal(0, 1)
        rng = iarandom.RNG(4)
        param.draw_samples(5, random_state=rng)
        replay = iarandom.RNG(4)
        for child in (param.loc, param.scale, param.low, param.high):
            child.draw_sample(random_state=replay)
        replay.generate_seed_()
        replay.advance_()
        assert rng.equals(replay)

    def test_negative_scale(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.TruncatedNormal(0, -1)


# -------------------------------------------------------------------------- Laplace
class TestLaplace:
    def test_moments(self):
        samples = iap.Laplace(1, 2).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        assert np.median(samples) == pytest.approx(1, abs=0.05)
        assert samples.var() == pytest.approx(8, rel=0.05)

    def test_scale_zero(self):
        assert iap.Laplace(3, 0).draw_samples(2).tolist() == [3.0, 3.0]

    def test_negative_scale(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.Laplace(0, -1)


# ------------------------------------------------------------------------ ChiSquare
class TestChiSquare:
    def test_mean(self):
        samples = iap.ChiSquare(4).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        assert samples.min() >= 0
        assert samples.mean() == pytest.approx(4, abs=0.1)

    def test_df_below_one(self):
        with pytest.raises(InvalidValueError, match="'df'"):
            iap.ChiSquare(0)


# -------------------------------------------------------------------------- Weibull
class TestWeibull:
    def test_mean(self):
        samples = iap.Weibull(2).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        # mean of Weibull(a=2) is Gamma(1.5) = sqrt(pi)/2
        assert samples.mean() == pytest.approx(np.sqrt(np.pi) / 2, abs=0.02)

    def test_a_too_small(self):
        with pytest.raises(InvalidValueError, match="'a'"):
            iap.Weibull(0)


# -------------------------------------------------------------------------- Uniform
class TestUniform:
    def test_half_open_range(self):
        samples = iap.Uniform(-2, 3).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        assert samples.min() >= -2
        assert samples.max() < 3
        assert samples.mean() == pytest.approx(0.5, abs=0.05)

    def test_swapped(self):
        samples = iap.Uniform(3, -2).draw_samples(1000)
        assert samples.min() >= -2
        assert samples.max() < 3

    def test_equal(self):
        samples = iap.Uniform(1.5, 1.5).draw_samples(3)
        assert samples.tolist() == [1.5, 1.5, 1.5]
        assert samples.dtype == np.float32

    def test_upper_bound_excluded_after_float32_rounding(self):
        b = float(np.nextafter(np.float32(1.0), np.float32(2.0)))
        samples = iap.Uniform(1.0, b).draw_samples(1000, random_state=0)
        assert np.all(samples < np.float32(b))
        assert np.all(samples >= 1.0)

    def test_draw_order(self):
        param = iap.Uniform(iap.Uniform(0, 1), iap.Uniform(2, 3))
        samples = param.draw_samples(4, random_state=iarandom.RNG(8))
        replay = iarandom.RNG(8)
        a = param.a.draw_sample(random_state=replay)
        b = param.b.draw_sample(random_state=replay)
        expected = replay.uniform(a, b, (4,)).astype(np.float32)
        assert np.array_equal(samples, expected)

    def test_same_seed(self):
        assert _same_seed_same_samples(iap.Uniform(0, 1))


# ----------------------------------------------------------------------------- Beta
class TestBeta:
    def test_range_and_mean(self):
        samples = iap.Beta(2, 6).draw_samples(20000, random_state=0)
        assert samples.dtype == np.float32
        assert samples.min() >= 0
        assert samples.max() <= 1
        assert samples.mean() == pytest.approx(0.25, abs=0.01)

    def test_arcsine_shape_matches_beta_law(self):
        # Beta(0.5, 0.5) is drawn as sin(pi/2 * U)**2: its CDF is
        # (2 / pi) * arcsin(sqrt(x)); compare with numpy's beta sampler too
        samples = iap.Beta(0.5, 0.5).draw_samples((200, 100), random_state=1)
        assert samples.shape == (200, 100)
        assert samples.dtype == np.float32
        assert samples.min() >= 0
        assert samples.max() <= 1
        grid = np.linspace(0.05, 0.95, 19)
        empirical = np.searchsorted(np.sort(samples.ravel()), grid) / samples.size
        expected = 2 / np.pi * np.arcsin(np.sqrt(grid))
        assert np.abs(empirical - expected).max() < 0.01
        reference = np.random.default_rng(1).beta(0.5, 0.5, 20000)
        assert samples.mean() == pytest.approx(reference.mean(), abs=0.01)
        assert samples.std() == pytest.approx(reference.std(), abs=0.01)

    @pytest.mark.parametrize(
        ("alpha", "beta", "arcsine"),
        [(0.5, 0.5, True), (0.5, 0.6, False), (0.4, 0.5, False), (2, 2, False)],
    )
    def test_arcsine_route_only_for_half_shapes(
        self, monkeypatch, alpha, beta, arcsine
    ):
        calls = []
        original = iap._draw_arcsine

        def recording(size, random_state):
            calls.append(size)
            return original(size, random_state)

        monkeypatch.setattr(iap, "_draw_arcsine", recording)
        samples = iap.Beta(alpha, beta).draw_samples(5, random_state=4)
        assert samples.shape == (5,)
        assert samples.dtype == np.float32
        assert calls == ([(5,)] if arcsine else [])

    def test_epsilon_floor(self):
        samples = iap.Beta(0, 0).draw_samples(100, random_state=0)
        assert np.all((samples >= 0) & (samples <= 1))

    def test_epsilon_must_be_number(self):
        with pytest.raises(InvalidTypeError, match="'epsilon'"):
            iap.Beta(1, 1, epsilon="a")


# -------------------------------------------------------------- FromLowerResolution
class TestFromLowerResolution:
    def test_blocky_nearest_px(self):
        param = iap.FromLowerResolution(iap.Binomial(0.5), size_px=2)
        samples = param.draw_samples((8, 8, 1), random_state=3)
        assert samples.shape == (8, 8, 1)
        assert samples.dtype == np.int32
        blocks = samples[::4, ::4, 0]
        assert np.array_equal(
            np.kron(blocks, np.ones((4, 4), dtype=np.int32)), samples[..., 0]
        )

    def test_percent(self):
        param = iap.FromLowerResolution(iap.Uniform(0, 1), size_percent=0.25)
        samples = param.draw_samples((2, 8, 8, 3), random_state=1)
        assert samples.shape == (2, 8, 8, 3)
        assert samples.dtype == np.float32
        blocks = samples[0, ::4, ::4, 0]
        assert len(np.unique(samples[0, :, :, 0])) == len(np.unique(blocks))

    def test_percent_and_px_ranges(self):
        param_pct = iap.FromLowerResolution(iap.Binomial(0.5), size_percent=(0.1, 0.5))
        param_px = iap.FromLowerResolution(iap.Binomial(0.5), size_px=(2, 4))
        assert isinstance(param_pct.size_percent, iap.Uniform)
        assert isinstance(param_px.size_px, iap.DiscreteUniform)
        assert param_pct.size_method == "percent"
        assert param_px.size_method == "px"
        assert param_px.draw_samples((3, 10, 10, 1)).shape == (3, 10, 10, 1)

    def test_cubic_gives_floats(self):
        param = iap.FromLowerResolution(iap.Binomial(0.5), size_px=3, method="cubic")
        samples = param.draw_samples((9, 9, 1), random_state=0)
        assert samples.dtype == np.float32

    def test_min_size(self):
        param = iap.FromLowerResolution(iap.Uniform(0, 1), size_px=1, min_size=4)
        samples = param.draw_samples((8, 8, 1), random_state=0)
        assert len(np.unique(samples)) > 1

    def test_same_seed(self):
        param = iap.FromLowerResolution(iap.Binomial(0.5), size_px=(2, 4))
        assert _same_seed_same_samples(param, size=(2, 8, 8, 1))

    @pytest.mark.parametrize("size", [(4,), (4, 4), (1, 2, 3, 4, 5)])
    def test_bad_size(self, size):
        param = iap.FromLowerResolution(iap.Binomial(0.5), size_px=2)
        with pytest.raises(
            InvalidValueError,
            match="FromLowerResolution can only generate samples of shape",
        ):
            param.draw_samples(size)

    def test_neither_size(self):
        with pytest.raises(InvalidValueError, match="'size_percent' or 'size_px'"):
            iap.FromLowerResolution(iap.Binomial(0.5))

    def test_other_param_must_be_parameter(self):
        with pytest.raises(InvalidTypeError, match="'other_param'"):
            iap.FromLowerResolution(0.5, size_px=2)

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"size_px": 2.5}, "size_px"),
            ({"size_px": (1, 2, 3)}, "size_px"),
            ({"size_percent": "a"}, "size_percent"),
            ({"size_px": 2, "method": 1.5}, "method"),
            ({"size_px": 2, "min_size": 0}, "min_size"),
        ],
    )
    def test_bad_arguments(self, kwargs, name):
        with pytest.raises((InvalidTypeError, InvalidValueError), match=name):
            iap.FromLowerResolution(iap.Binomial(0.5), **kwargs)
