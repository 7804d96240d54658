"""Tests for the arithmetic / transforming wrapper parameters of imgaug.parameters."""

import warnings

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.validation import InvalidTypeError, InvalidValueError


class _Fixed(iap.StochasticParameter):
    """Returns the given array (copied) regardless of size."""

    def __init__(self, values):
        self.values = values

    def _draw_samples(self, size, random_state):
        return np.array(self.values)

    def __str__(self):
        return "Fixed()"


# ----------------------------------------------------------------------------- Clip
class TestClip:
    def test_float(self):
        param = iap.Clip(iap.DeterministicList([-2.0, 0.5, 3.0]), -1, 1)
        samples = param.draw_samples(3)
        assert samples.tolist() == [-1.0, 0.5, 1.0]
        assert samples.dtype == np.float32

    def test_only_max(self):
        samples = iap.Clip(iap.DeterministicList([-2, 5]), None, 2).draw_samples(2)
        assert samples.tolist() == [-2, 2]
        assert samples.dtype == np.int32

    def test_only_min(self):
        samples = iap.Clip(iap.DeterministicList([-2, 5]), 0).draw_samples(2)
        assert samples.tolist() == [0, 5]

    def test_no_bounds(self):
        samples = iap.Clip(iap.DeterministicList([-2, 5])).draw_samples(2)
        assert samples.tolist() == [-2, 5]

    def test_int_samples_with_float_bounds_stay_int(self):
        param = iap.Clip(iap.DeterministicList([-3, 0, 1, 2, 3]), 0.5, 2.5)
        samples = param.draw_samples(5)
        assert samples.dtype == np.int32
        assert samples.tolist() == [1, 1, 1, 2, 2]

    def test_int_samples_with_huge_bounds(self):
        param = iap.Clip(iap.DeterministicList([-3, 3]), -1e20, 1e20)
        assert param.draw_samples(2).tolist() == [-3, 3]

    def test_does_not_modify_source_values(self):
        source = iap.DeterministicList([-5, 5])
        iap.Clip(source, -1, 1).draw_samples(2)
        assert source.values.tolist() == [-5, 5]

    def test_bad_arguments(self):
        with pytest.raises(InvalidTypeError, match="'other_param'"):
            iap.Clip(1, 0, 1)
        with pytest.raises(InvalidTypeError, match="'minval'"):
            iap.Clip(iap.Deterministic(1), "a", 1)
        with pytest.raises(InvalidTypeError, match="'maxval'"):
            iap.Clip(iap.Deterministic(1), 0, [1])


# ------------------------------------------------------------------------ Discretize
class TestDiscretize:
    @pytest.mark.parametrize(
        ("dtype", "expected"),
        [(np.float16, np.int8), (np.float32, np.int16), (np.float64, np.int32)],
    )
    def test_half_bit_width(self, dtype, expected):
        values = np.array([1.4, 1.6, -2.5], dtype=dtype)
        samples = iap.Discretize(_Fixed(values)).draw_samples(3)
        assert samples.dtype == expected
        assert samples.tolist() == [1, 2, -2]

    def test_divide_of_ints_gives_int32(self):
        # Divide turns int samples into float64 -> half width is int32
        param = iap.Discretize(iap.Divide(iap.Deterministic(7), 2))
        samples = param.draw_samples(2)
        assert samples.dtype == np.int32
        assert samples.tolist() == [4, 4]

    def test_round(self):
        param = iap.Discretize(iap.DeterministicList([1.4, 1.6, -1.6]))
        assert param.draw_samples(3).tolist() == [1, 2, -2]

    def test_no_round_truncates(self):
        param = iap.Discretize(iap.DeterministicList([1.4, 1.6, -1.6]), round=False)
        assert param.draw_samples(3).tolist() == [1, 1, -1]

    @pytest.mark.parametrize("values", [[1, 2], np.uint8([1, 2])])
    def test_int_unchanged(self, values):
        source = iap.DeterministicList(values)
        samples = iap.Discretize(source).draw_samples(2)
        assert samples.tolist() == [1, 2]
        assert samples.dtype == source.values.dtype

    def test_out_of_range_clipped_not_wrapped(self):
        param = iap.Discretize(iap.DeterministicList([1e6, -1e6]))
        assert param.draw_samples(2).tolist() == [32767, -32768]

    def test_bad_other_param(self):
        with pytest.raises(InvalidTypeError, match="'other_param'"):
            iap.Discretize(1.5)


# -------------------------------------------------------- Multiply/Divide/Add/Subtract
class TestArithmetic:
    @pytest.mark.parametrize(
        ("cls", "expected"),
        [
            (iap.Multiply, [2.0, 4.0, 6.0]),
            (iap.Add, [3.0, 4.0, 5.0]),
            (iap.Subtract, [-1.0, 0.0, 1.0]),
            (iap.Divide, [0.5, 1.0, 1.5]),
        ],
    )
    def test_values(self, cls, expected):
        param = cls(iap.DeterministicList([1.0, 2.0, 3.0]), 2)
        samples = param.draw_samples(3)
        assert samples.tolist() == expected
        assert samples.dtype == np.float32

    @pytest.mark.parametrize("cls", [iap.Multiply, iap.Add, iap.Subtract])
    def test_int_int_stays_int32(self, cls):
        samples = cls(iap.Deterministic(3), 2).draw_samples(2)
        assert samples.dtype == np.int32

    @pytest.mark.parametrize("cls", [iap.Multiply, iap.Add, iap.Subtract])
    def test_float32_samples_stay_float32(self, cls):
        samples = cls(iap.Uniform(0, 1), iap.DiscreteUniform(1, 3)).draw_samples(2)
        assert samples.dtype == np.float32

    def test_divide_int_gives_float64(self):
        samples = iap.Divide(iap.Deterministic(3), 2).draw_samples(2)
        assert samples.dtype == np.float64
        assert samples.tolist() == [1.5, 1.5]

    def test_divide_by_zero_is_one(self):
        assert iap.Divide(iap.Deterministic(3.0), 0).draw_samples(2).tolist() == [3, 3]

    def test_divide_by_zero_elementwise(self):
        param = iap.Divide(
            iap.Deterministic(6.0), iap.DeterministicList([0.0, 2.0]), elementwise=True
        )
        assert param.draw_samples(2).tolist() == [6.0, 3.0]

    def test_other_param_number_is_wrapped(self):
        param = iap.Multiply(2, 3)
        assert isinstance(param.other_param, iap.Deterministic)
        assert param.draw_samples(2).tolist() == [6, 6]

    @pytest.mark.parametrize("cls", [iap.Multiply, iap.Add, iap.Subtract, iap.Divide])
    def test_not_elementwise_samples_val_once(self, cls):
        param = cls(iap.Deterministic(1.0), iap.Uniform(1, 2), elementwise=False)
        samples = param.draw_samples(50, random_state=0)
        assert len(np.unique(samples)) == 1

    @pytest.mark.parametrize("cls", [iap.Multiply, iap.Add, iap.Subtract, iap.Divide])
    def test_elementwise_samples_val_per_element(self, cls):
        param = cls(iap.Deterministic(1.0), iap.Uniform(1, 2), elementwise=True)
        samples = param.draw_samples(50, random_state=0)
        assert len(np.unique(samples)) > 40

    def test_elementwise_with_deterministic_val(self):
        param = iap.Multiply(iap.Uniform(0, 1), 2, elementwise=True)
        samples = param.draw_samples(10, random_state=0)
        assert np.all(samples < 2)

    def test_draw_order_other_then_val(self):
        param = iap.Multiply(iap.Uniform(0, 1), iap.Uniform(1, 2))
        rng = iarandom.RNG(6)
        samples = param.draw_samples(5, random_state=rng)
        replay = iarandom.RNG(6)
        base = param.other_param.draw_samples((5,), random_state=replay)
        factor = param.val.draw_sample(random_state=replay)
        replay.advance_()
        assert np.array_equal(samples, base * factor.item())
        assert rng.equals(replay)

    def test_bad_val(self):
        with pytest.raises(InvalidTypeError, match="'val'"):
            iap.Multiply(iap.Deterministic(1), "a")


# ---------------------------------------------------------------------------- Power
class TestPower:
    def test_int_int_is_float64(self):
        samples = iap.Power(iap.Deterministic(2), 3).draw_samples(2)
        assert samples.dtype == np.float64
        assert samples.tolist() == [8.0, 8.0]

    def test_float32_base(self):
        samples = iap.Power(iap.Deterministic(2.0), 3).draw_samples(2)
        assert samples.dtype == np.float32
        assert samples.tolist() == [8.0, 8.0]

    def test_int_base_float_exponent(self):
        samples = iap.Power(iap.Deterministic(4), 0.5).draw_samples(2)
        assert samples.dtype == np.float64
        assert np.allclose(samples, 2.0)

    def test_negative_base_integer_exponent(self):
        samples = iap.Power(iap.DeterministicList([-2.0, 3.0]), 3).draw_samples(2)
        assert samples.tolist() == [-8.0, 27.0]

    @pytest.mark.parametrize("exponent", [0.5, 1 / 3, 1.5, -0.7, 2.25])
    def test_negative_base_fractional_exponent_is_complex_real_part(self, exponent):
        bases = np.float64([-8.0, -2.0, -0.5, 0.0, 3.0])
        param = iap.Power(iap.DeterministicList(bases.astype(np.float32)), exponent)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # 0 ** negative
            samples = param.draw_samples(5)
            expected = np.real(np.power(bases.astype(np.complex128), exponent))
        assert samples.dtype == np.float32
        assert not np.any(np.isnan(samples[:3]))
        finite = np.isfinite(expected)
        assert np.allclose(samples[finite], expected[finite], rtol=1e-5, atol=1e-6)

    def test_elementwise_exponent(self):
        param = iap.Power(
            iap.Deterministic(2.0),
            iap.DeterministicList([1.0, 2.0, 3.0]),
            elementwise=True,
        )
        assert param.draw_samples(3).tolist() == [2.0, 4.0, 8.0]

    def test_elementwise_negative_bases(self):
        param = iap.Power(
            iap.DeterministicList([-4.0, -4.0]),
            iap.DeterministicList([0.5, 2.0]),
            elementwise=True,
        )
        samples = param.draw_samples(2)
        assert samples[0] == pytest.approx(0.0, abs=1e-6)
        assert samples[1] == pytest.approx(16.0)


# ------------------------------------------------------------------------- Absolute
def test_absolute():
    samples = iap.Absolute(iap.DeterministicList([-2, 0, 3])).draw_samples(3)
    assert samples.tolist() == [2, 0, 3]
    assert samples.dtype == np.int32


def test_absolute_requires_param():
    with pytest.raises(InvalidTypeError, match="'other_param'"):
        iap.Absolute(-1)


# ----------------------------------------------------------------------- RandomSign
class TestRandomSign:
    @pytest.mark.parametrize(("p", "sign"), [(1, 1), (0, -1)])
    def test_extremes(self, p, sign):
        source = iap.DeterministicList([-2.0, 3.0])
        samples = iap.RandomSign(source, p_positive=p).draw_samples(4)
        assert samples.tolist() == [2.0 * sign, 3.0 * sign, 2.0 * sign, 3.0 * sign]
        assert samples.dtype == np.float32

    def test_fraction_positive(self):
        param = iap.RandomSign(iap.Deterministic(1), p_positive=0.8)
        samples = param.draw_samples(20000, random_state=0)
        assert samples.dtype == np.int32
        assert (samples > 0).mean() == pytest.approx(0.8, abs=0.02)

    def test_uint_samples_rejected(self):
        param = iap.RandomSign(iap.DeterministicList(np.uint8([1, 2])))
        with pytest.raises(InvalidTypeError, match="RandomSign"):
            param.draw_samples(2)

    @pytest.mark.parametrize("p", [-0.1, 1.1, "a"])
    def test_bad_p(self, p):
        with pytest.raises(InvalidValueError, match="'p_positive'"):
            iap.RandomSign(iap.Deterministic(1), p_positive=p)

    def test_draw_order(self):
        param = iap.RandomSign(iap.Uniform(-1, 1), p_positive=0.5)
        samples = param.draw_samples(6, random_state=iarandom.RNG(2))
        replay = iarandom.RNG(2)
        values = param.other_param.draw_samples((6,), random_state=replay)
        flips = replay.binomial(1, 0.5, size=(6,))
        assert np.array_equal(samples, np.abs(values) * (2 * flips - 1))


# ------------------------------------------------------------------------ ForceSign
class TestForceSign:
    def test_invert_positive(self):
        source = iap.DeterministicList([-2, 0, 3])
        samples = iap.ForceSign(source, positive=True).draw_samples(3)
        assert samples.tolist() == [2, 0, 3]

    def test_invert_negative(self):
        source = iap.DeterministicList([-2.0, 0.0, 3.0])
        samples = iap.ForceSign(source, positive=False).draw_samples(3)
        assert samples.tolist() == [-2.0, 0.0, -3.0]

    @pytest.mark.parametrize("dtype", ["float32", "float64", "int8", "int32"])
    @pytest.mark.parametrize("positive", [True, False])
    def test_invert_in_place_equals_boolean_scatter(self, dtype, positive):
        # the invert mode negates with one np.where: same values, dtype and
        # signed zeros as ``samples[wrong] = -samples[wrong]``
        values = np.array([-3, -0.0, 0.0, 2, -1, 5, -7, 0.5], dtype=np.float64)
        values = np.stack([values, -values]).astype(dtype)
        param = iap.ForceSign(iap.DeterministicList(values.ravel()), positive)
        samples = param.draw_samples(values.shape)
        expected = np.array(param.other_param.draw_samples(values.shape))
        wrong = expected < 0 if positive else expected > 0
        expected[wrong] = -expected[wrong]
        assert samples.dtype == expected.dtype
        assert np.array_equal(samples, expected)
        assert np.array_equal(np.signbit(samples), np.signbit(expected))
        single = iap.ForceSign(iap.Deterministic(values.flat[0]), positive)
        assert single.draw_sample() == expected.flat[0]

    def test_reroll_replaces_wrong_values(self):
        param = iap.ForceSign(iap.Normal(0, 1), positive=True, mode="reroll")
        samples = param.draw_samples(1000, random_state=0)
        assert np.all(samples >= 0)
        # rerolled values keep the shape of the distribution: not just |x|
        assert samples.dtype == np.float32

    def test_reroll_then_flip_is_elementwise(self):
        # decision E.10: 0.4.0 replaced/flipped whole rows of a 2D request
        source = iap.DeterministicList([-1, 2, 3, 4])
        param = iap.ForceSign(source, positive=True, mode="reroll")
        assert param.draw_samples((2, 2)).tolist() == [[1, 2], [3, 4]]

    def test_reroll_count_and_draw_order(self):
        calls = []

        class _Recorder(iap.StochasticParameter):
            def _draw_samples(self, size, random_state):
                calls.append(size)
                return np.full(size, -1, dtype=np.int32)

            def __str__(self):
                return "Recorder()"

        param = iap.ForceSign(
            _Recorder(), positive=True, mode="reroll", reroll_count_max=3
        )
        assert param.draw_samples((2, 3)).tolist() == [[1, 1, 1], [1, 1, 1]]
        assert calls == [(2, 3)] * 4

    def test_numpy_bool_and_int_positive(self):
        assert iap.ForceSign(iap.Deterministic(-1), np.True_).draw_sample() == 1
        assert iap.ForceSign(iap.Deterministic(1), 0).draw_sample() == -1

    def test_positive_negative_functions(self):
        positive = iap.Positive(
            iap.Deterministic(-1), mode="reroll", reroll_count_max=1
        )
        negative = iap.Negative(iap.Deterministic(1))
        assert isinstance(positive, iap.ForceSign)
        assert positive.positive is True
        assert positive.mode == "reroll"
        assert positive.reroll_count_max == 1
        assert negative.positive is False
        assert negative.draw_samples(2).tolist() == [-1, -1]

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"positive": "yes"}, "positive"),
            ({"positive": True, "mode": "flip"}, "mode"),
            ({"positive": True, "reroll_count_max": 1.5}, "reroll_count_max"),
        ],
    )
    def test_bad_arguments(self, kwargs, name):
        with pytest.raises((InvalidTypeError, InvalidValueError), match=name):
            iap.ForceSign(iap.Deterministic(1), **kwargs)


# -------------------------------------------------------- IterativeNoiseAggregator
class TestIterativeNoiseAggregator:
    @pytest.mark.parametrize(
        ("method", "expected"), [("min", 1.0), ("max", 3.0), ("avg", 2.0)]
    )
    def test_methods(self, method, expected):
        sequence = _Sequence([1.0, 3.0])
        param = iap.IterativeNoiseAggregator(
            sequence, iterations=2, aggregation_method=method
        )
        samples = param.draw_samples((2, 2))
        assert samples.shape == (2, 2)
        assert np.allclose(samples, expected)
        assert sequence.calls == 2

    def test_single_iteration_passes_through(self):
        param = iap.IterativeNoiseAggregator(
            iap.DeterministicList([1.0, 3.0]), iterations=1, aggregation_method="max"
        )
        assert param.draw_samples(2).tolist() == [1.0, 3.0]

    def test_avg_dtype_float32(self):
        param = iap.IterativeNoiseAggregator(iap.Deterministic(1), 3, "avg")
        samples = param.draw_samples(4)
        assert samples.dtype == np.float32
        assert samples.tolist() == [1.0, 1.0, 1.0, 1.0]

    def test_draw_order(self):
        noise = iap.Uniform(0, 1)
        param = iap.IterativeNoiseAggregator(
            noise, iterations=(1, 4), aggregation_method="ALL"
        )
        rng = iarandom.RNG(12)
        samples = param.draw_samples((3, 3), random_state=rng)
        replay = iarandom.RNG(12)
        method = param.aggregation_method.draw_sample(random_state=replay)
        iterations = param.iterations.draw_sample(random_state=replay)
        draws = [
            noise.draw_samples((3, 3), random_state=replay) for _ in range(iterations)
        ]
        replay.advance_()
        reduce = {"min": np.min, "max": np.max, "avg": np.mean}[str(method)]
        assert np.allclose(samples, reduce(np.stack(draws), axis=0))
        assert rng.equals(replay)

    def test_iterations_forms(self):
        base = iap.Deterministic(1)
        assert isinstance(
            iap.IterativeNoiseAggregator(base, 5).iterations, iap.Deterministic
        )
        assert isinstance(
            iap.IterativeNoiseAggregator(base, [1, 5]).iterations, iap.Choice
        )
        assert isinstance(
            iap.IterativeNoiseAggregator(base, (1, 5)).iterations, iap.DiscreteUniform
        )
        src = iap.Deterministic(2)
        assert iap.IterativeNoiseAggregator(base, src).iterations is src

    def test_aggregation_forms(self):
        base = iap.Deterministic(1)
        param = iap.IterativeNoiseAggregator(base, aggregation_method="ALL")
        assert param.aggregation_method.a == ["min", "max", "avg"]
        param = iap.IterativeNoiseAggregator(base, aggregation_method="min")
        assert param.aggregation_method.value == "min"
        param = iap.IterativeNoiseAggregator(base, aggregation_method=["min", "avg"])
        assert param.aggregation_method.a == ["min", "avg"]

    @pytest.mark.parametrize("iterations", [0, 10001, [0, 2], (1, 2, 3), (1.0, 2.0)])
    def test_bad_iterations(self, iterations):
        with pytest.raises(InvalidValueError, match="iterations"):
            iap.IterativeNoiseAggregator(iap.Deterministic(1), iterations=iterations)

    def test_bad_iterations_type(self):
        with pytest.raises(InvalidTypeError, match="Expected iterations to be"):
            iap.IterativeNoiseAggregator(iap.Deterministic(1), iterations=1.5)

    @pytest.mark.parametrize("method", ["mean", ["max", "median"], []])
    def test_bad_aggregation_method(self, method):
        with pytest.raises(InvalidValueError, match="aggregation_method"):
            iap.IterativeNoiseAggregator(
                iap.Deterministic(1), aggregation_method=method
            )

    def test_bad_aggregation_method_type(self):
        with pytest.raises(InvalidTypeError, match="Expected aggregation_method to be"):
            iap.IterativeNoiseAggregator(iap.Deterministic(1), aggregation_method=1)


class _Sequence(iap.StochasticParameter):
    """Returns values[i] (filled) on the i-th call, cycling."""

    def __init__(self, values):
        self.values = values
        self.calls = 0

    def _draw_samples(self, size, random_state):
        value = self.values[self.calls % len(self.values)]
        self.calls += 1
        return np.full(size, value, dtype=np.float32)

    def __str__(self):
        return f"Sequence({self.values})"


# -------------------------------------------------------------------------- Sigmoid
class TestSigmoid:
    def test_formula(self):
        values = np.float32([-1.0, 0.0, 0.5, 2.0])
        param = iap.Sigmoid(iap.DeterministicList(values), threshold=0.5, mul=2, add=1)
        samples = param.draw_samples(4)
        expected = 1 / (1 + np.exp(-(values.astype(np.float64) * 2 + 1 - 0.5)))
        assert samples.dtype == np.float32
        assert np.allclose(samples, expected, atol=1e-6)

    def test_not_activated_returns_floats(self):
        param = iap.Sigmoid(iap.DeterministicList([1, 2]), activated=False)
        samples = param.draw_samples(2)
        assert samples.dtype == np.float32
        assert samples.tolist() == [1.0, 2.0]

    def test_extreme_inputs_no_overflow_warning(self):
        param = iap.Sigmoid(iap.DeterministicList([-1e4, 1e4]), threshold=0)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            samples = param.draw_samples(2)
        assert samples.tolist() == [0.0, 1.0]

    def test_create_for_noise(self):
        param = iap.Sigmoid.create_for_noise(iap.Deterministic(0.5), threshold=0)
        assert param.mul == 20
        assert param.add == -10
        assert param.draw_samples(1).tolist() == [0.5]

    def test_draw_order(self):
        param = iap.Sigmoid(iap.Uniform(0, 1), threshold=(-1, 1), activated=0.5)
        rng = iarandom.RNG(21)
        samples = param.draw_samples(4, random_state=rng)
        replay = iarandom.RNG(21)
        values = param.other_param.draw_samples((4,), random_state=replay)
        activated = param.activated.draw_sample(random_state=replay)
        threshold = param.threshold.draw_sample(random_state=replay)
        replay.advance_()
        if activated > 0.5:
            expected = 1 / (1 + np.exp(-(values.astype(np.float64) - threshold)))
        else:
            expected = values
        assert np.allclose(samples, expected, atol=1e-6)
        assert rng.equals(replay)

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [({"mul": 0}, "mul"), ({"mul": "a"}, "mul"), ({"add": None}, "add")],
    )
    def test_bad_arguments(self, kwargs, name):
        with pytest.raises((InvalidTypeError, InvalidValueError), match=name):
            iap.Sigmoid(iap.Deterministic(1), **kwargs)

    def test_bad_activated(self):
        with pytest.raises(InvalidValueError, match="'activated'"):
            iap.Sigmoid(iap.Deterministic(1), activated=2)
