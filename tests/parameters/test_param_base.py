"""Tests for the StochasticParameter protocol: sampling, RNG handling, operators, str,
copies, vectorised speed and the plotting helpers."""

# ruff: noqa: E501  (the exact __str__ strings read best on one line each)

import copy
import time

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.validation import InvalidTypeError


class _Counter(iap.StochasticParameter):
    """Custom parameter: returns arange values and draws one integer per call."""

    def _draw_samples(self, size, random_state):
        offset = random_state.integers(0, 1000)
        return np.arange(int(np.prod(size))).reshape(size) + offset

    def __str__(self):
        return "Counter()"


# ---------------------------------------------------------------- sampling protocol
class TestDrawSamples:
    def test_int_size_becomes_tuple(self):
        samples = iap.Deterministic(1).draw_samples(3)
        assert samples.shape == (3,)

    def test_tuple_size(self):
        samples = iap.Uniform(0, 1).draw_samples((2, 3, 4))
        assert samples.shape == (2, 3, 4)

    def test_list_size(self):
        samples = iap.Uniform(0, 1).draw_samples([2, 3])
        assert samples.shape == (2, 3)

    def test_bad_size(self):
        with pytest.raises(InvalidTypeError, match="'size'"):
            iap.Uniform(0, 1).draw_samples(None)

    def test_zero_size(self):
        assert iap.Normal(0, 1).draw_samples((0, 3)).shape == (0, 3)

    def test_same_int_seed_same_samples(self):
        param = iap.Normal(0, 1)
        a = param.draw_samples(10, random_state=123)
        b = param.draw_samples(10, random_state=123)
        assert np.array_equal(a, b)

    def test_different_seeds_differ(self):
        param = iap.Normal(0, 1)
        a = param.draw_samples(10, random_state=1)
        b = param.draw_samples(10, random_state=2)
        assert not np.array_equal(a, b)

    def test_same_rng_object_advances(self):
        param = iap.Normal(0, 1)
        rng = iarandom.RNG(5)
        a = param.draw_samples(10, random_state=rng)
        b = param.draw_samples(10, random_state=rng)
        assert not np.array_equal(a, b)

    def test_rng_advanced_exactly_once_after_draw(self):
        rng = iarandom.RNG(7)
        expected = rng.copy()
        iap.Uniform(0.0, 1.0).draw_samples(4, random_state=rng)
        expected.uniform(0.0, 1.0, size=(4,))  # constant bounds draw nothing
        expected.advance_()
        assert rng.equals(expected)

    def test_constant_leaves_the_rng_untouched(self):
        rng = iarandom.RNG(7)
        expected = rng.copy()
        samples = iap.Deterministic(1).draw_samples(4, random_state=rng)
        assert samples.tolist() == [1, 1, 1, 1]
        assert rng.equals(expected)

    def test_rng_state_after_draw_replays(self):
        rng = iarandom.RNG(7)
        replay = rng.copy()
        samples = _Counter().draw_samples(3, random_state=rng)
        offset = replay.integers(0, 1000)
        replay.advance_()
        assert np.array_equal(samples, np.arange(3) + offset)
        assert rng.equals(replay)

    def test_none_uses_global_rng(self):
        iarandom.seed(11)
        a = iap.Uniform(0, 1).draw_samples(5)
        iarandom.seed(11)
        b = iap.Uniform(0, 1).draw_samples(5, random_state=None)
        c = iap.Uniform(0, 1).draw_samples(5, random_state=iarandom.RNG(11))
        assert np.array_equal(a, b)
        assert np.array_equal(a, c)

    def test_numpy_generator_is_shared(self):
        gen = np.random.Generator(np.random.SFC64(3))
        a = iap.Uniform(0, 1).draw_samples(5, random_state=gen)
        b = iap.Uniform(0, 1).draw_samples(5, random_state=gen)
        assert not np.array_equal(a, b)

    def test_draw_sample_is_numpy_scalar(self):
        sample = iap.Deterministic(2.5).draw_sample()
        assert isinstance(sample, np.float32)
        assert sample == 2.5

    def test_draw_sample_same_seed(self):
        param = iap.Uniform(0, 1)
        assert param.draw_sample(random_state=4) == param.draw_sample(random_state=4)

    def test_base_class_is_abstract(self):
        with pytest.raises(TypeError):
            iap.StochasticParameter()

    def test_custom_subclass(self):
        samples = _Counter().draw_samples((2, 2), random_state=0)
        assert samples.shape == (2, 2)


# --------------------------------------------------------------------- vectorisation
def _timed(param, n=10**6):
    param.draw_samples(10, random_state=0)  # warm up lazy imports
    start = time.perf_counter()
    samples = param.draw_samples(n, random_state=0)
    return samples, time.perf_counter() - start


@pytest.mark.parametrize(
    ("param", "mean", "var", "dtype"),
    [
        (iap.Deterministic(3), 3.0, 0.0, np.int32),
        (iap.DeterministicList([1, 2]), 1.5, 0.25, np.int32),
        (iap.Choice([1, 2, 3]), 2.0, 2 / 3, np.int32),
        (iap.Binomial(0.3), 0.3, 0.21, np.int32),
        (iap.DiscreteUniform(0, 10), 5.0, 10.0, np.int32),
        (iap.Poisson(3), 3.0, 3.0, np.int32),
        (iap.Normal(1, 2), 1.0, 4.0, np.float32),
        (
            iap.TruncatedNormal(0, 1, low=0),
            np.sqrt(2 / np.pi),
            1 - 2 / np.pi,
            np.float32,
        ),
        (iap.Laplace(1, 1), 1.0, 2.0, np.float32),
        (iap.ChiSquare(3), 3.0, 6.0, np.float32),
        (iap.Weibull(1), 1.0, 1.0, np.float32),
        (iap.Uniform(0, 1), 0.5, 1 / 12, np.float32),
        (iap.Beta(2, 2), 0.5, 0.05, np.float32),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_million_samples_are_correct(param, mean, var, dtype):
    samples = param.draw_samples(10**6, random_state=0)
    assert samples.shape == (10**6,)
    assert samples.dtype == dtype
    values = samples.astype(np.float64)
    assert values.mean() == pytest.approx(mean, abs=0.01 + 0.005 * abs(mean))
    assert values.var() == pytest.approx(var, abs=0.01 + 0.02 * var)


def test_million_samples_of_composites_are_clipped():
    param = iap.Clip(iap.Normal(0, 1) * 2 + iap.Uniform(0, 1), -1, 1)
    samples = param.draw_samples(10**6, random_state=0)
    assert samples.min() >= -1
    assert samples.max() <= 1


@pytest.mark.perf
@pytest.mark.parametrize(
    "param",
    [
        iap.Normal(1, 2),
        iap.Choice([1, 2, 3]),
        iap.Beta(2, 2),
        iap.Clip(iap.Normal(0, 1) * 2 + iap.Uniform(0, 1), -1, 1),
    ],
    ids=str,
)
def test_million_samples_in_one_vectorised_call(param):
    # opt-in (-m perf): a per-sample Python loop would take tens of seconds
    _, seconds = _timed(param)
    assert seconds < 1.0, f"{param} took {seconds:.3f}s for 10**6 samples"


# ------------------------------------------------------------------------ operators
class TestOperators:
    @pytest.mark.parametrize(
        ("expr", "cls", "expected_str"),
        [
            (lambda p: p + 2, iap.Add, "Add(Deterministic(int 3), Deterministic(int 2), False)"),
            (lambda p: 2 + p, iap.Add, "Add(Deterministic(int 2), Deterministic(int 3), False)"),
            (lambda p: p - 2, iap.Subtract, "Subtract(Deterministic(int 3), Deterministic(int 2), False)"),
            (lambda p: 2 - p, iap.Subtract, "Subtract(Deterministic(int 2), Deterministic(int 3), False)"),
            (lambda p: p * 2, iap.Multiply, "Multiply(Deterministic(int 3), Deterministic(int 2), False)"),
            (lambda p: 2 * p, iap.Multiply, "Multiply(Deterministic(int 2), Deterministic(int 3), False)"),
            (lambda p: p / 2, iap.Divide, "Divide(Deterministic(int 3), Deterministic(int 2), False)"),
            (lambda p: 2 / p, iap.Divide, "Divide(Deterministic(int 2), Deterministic(int 3), False)"),
            (lambda p: p**2, iap.Power, "Power(Deterministic(int 3), Deterministic(int 2), False)"),
            (lambda p: 2**p, iap.Power, "Power(Deterministic(int 2), Deterministic(int 3), False)"),
        ],
    )  # fmt: skip
    def test_number_operand(self, expr, cls, expected_str):
        result = expr(iap.Deterministic(3))
        assert isinstance(result, cls)
        assert str(result) == expected_str

    def test_values(self):
        p = iap.Deterministic(3)
        assert (p + 2).draw_sample() == 5
        assert (2 - p).draw_sample() == -1
        assert (p * 2).draw_sample() == 6
        assert (p / 2).draw_sample() == 1.5
        assert (2 / p).draw_sample() == pytest.approx(2 / 3)
        assert (p**2).draw_sample() == 9
        assert (2**p).draw_sample() == 8

    def test_floordiv(self):
        p = iap.Deterministic(7)
        result = p // 2
        assert isinstance(result, iap.Discretize)
        assert isinstance(result.other_param, iap.Divide)
        assert result.draw_sample() == 4  # 3.5 rounded, as Discretize rounds
        reflected = 7 // iap.Deterministic(2)
        assert isinstance(reflected, iap.Discretize)
        assert str(reflected.other_param).startswith("Divide(Deterministic(int 7)")

    def test_param_operand(self):
        a, b = iap.Deterministic(1), iap.Deterministic(2)
        result = a + b
        assert isinstance(result, iap.Add)
        assert result.other_param is a
        assert result.val is b

    def test_python2_division_aliases(self):
        p = iap.Deterministic(3)
        assert isinstance(p.__div__(2), iap.Divide)
        assert isinstance(p.__rdiv__(2), iap.Divide)

    @pytest.mark.parametrize(
        "expr",
        [
            lambda p: p + "a",
            lambda p: "a" + p,
            lambda p: p - None,
            lambda p: [1] - p,
            lambda p: p * "a",
            lambda p: p / "a",
            lambda p: "a" / p,
            lambda p: p // "a",
            lambda p: p ** "a",
            lambda p: "a" ** p,
            lambda p: p + True,
            lambda p: np.array([1, 2]) + p,
        ],
    )
    def test_invalid_operand(self, expr):
        with pytest.raises(TypeError, match="Invalid datatypes") as exc:
            expr(iap.Deterministic(1))
        assert isinstance(exc.value, AssertionError)

    def test_pow_modulo_not_supported(self):
        p = iap.Deterministic(2)
        with pytest.raises(NotImplementedError):
            pow(p, 2, 3)
        with pytest.raises(NotImplementedError):
            p.__rpow__(2, 3)

    def test_numpy_scalar_operand(self):
        result = np.float32(2) + iap.Deterministic(1)
        assert isinstance(result, iap.Add)
        assert result.draw_sample() == 3


# --------------------------------------------------------------------- str and copy
@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (iap.Deterministic(1), "Deterministic(int 1)"),
        (iap.Deterministic(-7), "Deterministic(int -7)"),
        (iap.Deterministic(0.5), "Deterministic(float 0.50000000)"),
        (iap.Deterministic("abc"), "Deterministic(abc)"),
        (iap.DeterministicList([1, 2]), "DeterministicList([1, 2])"),
        (iap.DeterministicList([1.5, 2]), "DeterministicList([1.5000, 2.0000])"),
        (iap.Choice([1, 2]), "Choice(a=[1, 2], replace=True, p=None)"),
        (iap.Choice(["a", "b"], replace=False, p=[0.2, 0.8]), "Choice(a=['a', 'b'], replace=False, p=[0.2, 0.8])"),
        (iap.Choice([1, iap.Deterministic(2)]), "Choice(a=[1, Deterministic(int 2)], replace=True, p=None)"),
        (iap.Binomial(0.5), "Binomial(Deterministic(float 0.50000000))"),
        (iap.DiscreteUniform(1, 3), "DiscreteUniform(Deterministic(int 1), Deterministic(int 3))"),
        (iap.Poisson(3), "Poisson(Deterministic(int 3))"),
        (iap.Normal(0, 1), "Normal(loc=Deterministic(int 0), scale=Deterministic(int 1))"),
        (iap.TruncatedNormal(0, 1), "TruncatedNormal(loc=Deterministic(int 0), scale=Deterministic(int 1), low=Deterministic(float -inf), high=Deterministic(float inf))"),
        (iap.Laplace(0, 1.5), "Laplace(loc=Deterministic(int 0), scale=Deterministic(float 1.50000000))"),
        (iap.ChiSquare(2), "ChiSquare(df=Deterministic(int 2))"),
        (iap.Weibull(1.5), "Weibull(a=Deterministic(float 1.50000000))"),
        (iap.Uniform(0, 1), "Uniform(Deterministic(int 0), Deterministic(int 1))"),
        (iap.Beta(0.5, 2), "Beta(Deterministic(float 0.50000000), Deterministic(int 2))"),
        (iap.FromLowerResolution(iap.Deterministic(1), size_px=2), "FromLowerResolution(size_px=Deterministic(int 2), method=Deterministic(nearest), other_param=Deterministic(int 1))"),
        (iap.FromLowerResolution(iap.Deterministic(1), size_percent=0.5), "FromLowerResolution(size_percent=Deterministic(float 0.50000000), method=Deterministic(nearest), other_param=Deterministic(int 1))"),
        (iap.Clip(iap.Deterministic(1), None, 2), "Clip(Deterministic(int 1), None, 2.000000)"),
        (iap.Clip(iap.Deterministic(1), -1, None), "Clip(Deterministic(int 1), -1.000000, None)"),
        (iap.Clip(iap.Deterministic(1), 0.5, 2), "Clip(Deterministic(int 1), 0.500000, 2.000000)"),
        (iap.Clip(iap.Deterministic(1)), "Clip(Deterministic(int 1), None, None)"),
        (iap.Discretize(iap.Deterministic(1.5)), "Discretize(Deterministic(float 1.50000000), round=True)"),
        (iap.Discretize(iap.Deterministic(1), round=False), "Discretize(Deterministic(int 1), round=False)"),
        (iap.Multiply(1, 2, elementwise=True), "Multiply(Deterministic(int 1), Deterministic(int 2), True)"),
        (iap.Divide(1, 2), "Divide(Deterministic(int 1), Deterministic(int 2), False)"),
        (iap.Add(1, 2), "Add(Deterministic(int 1), Deterministic(int 2), False)"),
        (iap.Subtract(1, 2), "Subtract(Deterministic(int 1), Deterministic(int 2), False)"),
        (iap.Power(1, 2), "Power(Deterministic(int 1), Deterministic(int 2), False)"),
        (iap.Absolute(iap.Deterministic(1)), "Absolute(Deterministic(int 1))"),
        (iap.RandomSign(iap.Deterministic(1)), "RandomSign(Deterministic(int 1), 0.50)"),
        (iap.ForceSign(iap.Deterministic(1), True), "ForceSign(Deterministic(int 1), True, invert, 2)"),
        (iap.Negative(iap.Deterministic(1), mode="reroll", reroll_count_max=5), "ForceSign(Deterministic(int 1), False, reroll, 5)"),
        (iap.IterativeNoiseAggregator(iap.Deterministic(1)), "IterativeNoiseAggregator(Deterministic(int 1), DiscreteUniform(Deterministic(int 1), Deterministic(int 3)), Choice(a=['max', 'avg'], replace=True, p=None))"),
        (iap.Sigmoid(iap.Deterministic(1)), "Sigmoid(Deterministic(int 1), Uniform(Deterministic(int -10), Deterministic(int 10)), Deterministic(int 1), 1, 0)"),
        (iap.Sigmoid.create_for_noise(iap.Deterministic(1), threshold=2), "Sigmoid(Deterministic(int 1), Deterministic(int 2), Deterministic(int 1), 20, -10)"),
        (iap.SimplexNoise(), "SimplexNoise(DiscreteUniform(Deterministic(int 2), Deterministic(int 16)), Choice(a=['linear', 'nearest'], replace=True, p=None))"),
        (iap.FrequencyNoise(), "FrequencyNoise(Uniform(Deterministic(int -4), Deterministic(int 4)), DiscreteUniform(Deterministic(int 4), Deterministic(int 32)), Choice(a=['linear', 'nearest'], replace=True, p=None))"),
    ],
)  # fmt: skip
def test_str_and_repr(param, expected):
    assert str(param) == expected
    assert repr(param) == expected


def test_str_of_custom_subclass_without_str_is_unique():
    class _NoStr(iap.StochasticParameter):
        def _draw_samples(self, size, random_state):
            return np.zeros(size)

    a, b = _NoStr(), _NoStr()
    assert str(a) != str(b)
    assert repr(a) == str(a)


class TestCopy:
    def test_copy_is_shallow(self):
        param = iap.Uniform(0, 1)
        copied = param.copy()
        assert copied is not param
        assert copied.a is param.a

    def test_deepcopy_is_independent(self):
        param = iap.Uniform(0, 1)
        copied = param.deepcopy()
        copied.a.value = 5
        assert param.a.value == 0
        assert str(copied) == "Uniform(Deterministic(int 5), Deterministic(int 1))"

    def test_copy_module_works(self):
        param = iap.Choice([1, 2])
        assert str(copy.deepcopy(param)) == str(param)


def test_pickle_round_trip():
    import pickle

    param = iap.Sigmoid.create_for_noise(
        iap.IterativeNoiseAggregator(iap.SimplexNoise(), iterations=2)
    )
    restored = pickle.loads(pickle.dumps(param))
    assert str(restored) == str(param)
    assert np.array_equal(
        restored.draw_samples((4, 4), random_state=3),
        param.draw_samples((4, 4), random_state=3),
    )


# ------------------------------------------------------------------------- plotting
class TestDrawDistributionGraph:
    def test_returns_rgb_image(self):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        image = iap.Normal(0, 1).draw_distribution_graph(size=(1000,), bins=20)
        assert image.ndim == 3
        assert image.shape[2] == 3
        assert image.dtype == np.uint8
        assert image.shape[0] > 100
        assert image.shape[1] > 100
        # the bars are blue with alpha 0.75 on white: some pixels are bluish
        bluish = (image[..., 2] > 200) & (image[..., 0] < 120)
        assert bluish.sum() > 100

    def test_title_false_and_custom(self):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        param = iap.Uniform(0, 1)
        no_title = param.draw_distribution_graph(title=False, size=(200,))
        custom = param.draw_distribution_graph(title="x" * 120, size=(200,))
        assert no_title.shape == custom.shape
        assert not np.array_equal(no_title, custom)

    def test_constant_distribution(self):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        image = iap.Deterministic(1).draw_distribution_graph(size=(50,))
        assert image.dtype == np.uint8


class TestDistributionsGrid:
    def test_draw_grid(self):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        params = [iap.Normal(0, 1), iap.Uniform(0, 1), iap.Poisson(2)]
        grid = iap.draw_distributions_grid(
            params,
            rows=1,
            graph_sizes=(60, 80),
            sample_sizes=[(100,), (100,), (100,)],
            titles=False,
        )
        assert grid.dtype == np.uint8
        assert grid.shape == (60, 240, 3)

    def test_default_titles(self):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        grid = iap.draw_distributions_grid([iap.Uniform(0, 1)], graph_sizes=(40, 50))
        assert grid.shape == (40, 50, 3)

    def test_show_grid_uses_imshow(self, monkeypatch):
        pytest.importorskip("matplotlib", reason="matplotlib is an optional extra")
        import imgaug.imgaug as ia

        shown = []
        monkeypatch.setattr(
            ia, "imshow", lambda image, *args, **kwargs: shown.append(image)
        )
        iap.show_distributions_grid(
            [iap.Uniform(0, 1)], graph_sizes=(30, 40), sample_sizes=[(50,)]
        )
        assert len(shown) == 1
        assert shown[0].shape == (30, 40, 3)
