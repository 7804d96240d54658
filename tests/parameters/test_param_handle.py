"""Tests for the handle_* input helpers and small helpers of imgaug.parameters."""

import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug.validation import InvalidTypeError, InvalidValueError


# ------------------------------------------------------------------ _check_value_range
class TestCheckValueRange:
    def test_none_accepts_anything(self):
        assert iap._check_value_range(-1e9, "x", None) is True

    def test_tuple_inclusive(self):
        assert iap._check_value_range(0, "x", (0, 1)) is True
        assert iap._check_value_range(1, "x", (0, 1)) is True
        assert iap._check_value_range(5, "x", (0, None)) is True
        assert iap._check_value_range(-5, "x", (None, 0)) is True

    @pytest.mark.parametrize("value", [-0.001, 1.001])
    def test_tuple_violation_names_parameter(self, value):
        with pytest.raises(InvalidValueError, match="'my_arg'") as exc:
            iap._check_value_range(value, "my_arg", (0, 1))
        assert isinstance(exc.value, AssertionError)
        assert isinstance(exc.value, ValueError)

    def test_callable_is_called(self):
        seen = []
        assert iap._check_value_range(3, "x", seen.append) is True
        assert seen == [3]

    def test_callable_may_raise(self):
        def _raise(value):
            raise ValueError(f"nope {value}")

        with pytest.raises(ValueError, match="nope 3"):
            iap._check_value_range(3, "x", _raise)

    def test_unexpected_value_range(self):
        with pytest.raises(TypeError, match="Unexpected input for value_range"):
            iap._check_value_range(3, "x", "abc")


def test_assert_arg_is_stoch_param():
    iap._assert_arg_is_stoch_param("foo", iap.Deterministic(1))
    with pytest.raises(InvalidTypeError, match="'foo'") as exc:
        iap._assert_arg_is_stoch_param("foo", 1)
    assert isinstance(exc.value, AssertionError)


# ------------------------------------------------------------ handle_continuous_param
class TestHandleContinuousParam:
    def test_number(self):
        param = iap.handle_continuous_param(1.5, "x")
        assert isinstance(param, iap.Deterministic)
        assert param.value == 1.5

    def test_int_stays_int(self):
        param = iap.handle_continuous_param(2, "x")
        assert str(param) == "Deterministic(int 2)"

    def test_numpy_scalar(self):
        param = iap.handle_continuous_param(np.float32(0.25), "x")
        assert isinstance(param, iap.Deterministic)

    def test_tuple_to_uniform(self):
        param = iap.handle_continuous_param((1, 2.5), "x")
        assert isinstance(param, iap.Uniform)
        assert param.a.value == 1
        assert param.b.value == 2.5

    def test_list_to_choice(self):
        param = iap.handle_continuous_param([1, 2.5, 3], "x")
        assert isinstance(param, iap.Choice)
        assert param.a == [1, 2.5, 3]

    def test_generator_and_set_to_choice(self):
        param = iap.handle_continuous_param((v for v in [1, 2]), "x")
        assert param.a == [1, 2]
        assert sorted(iap.handle_continuous_param({3, 4}, "x").a) == [3, 4]

    def test_array_to_choice(self):
        param = iap.handle_continuous_param(np.float32([0.5, 1.5]), "x")
        assert isinstance(param, iap.Choice)

    def test_param_unchanged_and_not_range_checked(self):
        src = iap.Deterministic(-100)
        assert iap.handle_continuous_param(src, "x", value_range=(0, 1)) is src

    def test_value_range_number(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.handle_continuous_param(-1, "scale", value_range=(0, None))

    def test_value_range_tuple_both_ends(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.handle_continuous_param((0, 2), "scale", value_range=(0, 1))
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.handle_continuous_param((-1, 1), "scale", value_range=(0, 1))

    def test_value_range_list_every_value(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.handle_continuous_param([0.5, 0.6, 7], "scale", value_range=(0, 1))

    def test_value_range_array_every_value(self):
        with pytest.raises(InvalidValueError, match="'scale'"):
            iap.handle_continuous_param(np.array([0.5, -3.0]), "scale", (0, 1))

    def test_value_range_callable(self):
        seen = []
        iap.handle_continuous_param((1, 2), "x", value_range=seen.append)
        assert seen == [1, 2]

    @pytest.mark.parametrize("bad", [(1,), (1, 2, 3), (1, "a"), (1, None)])
    def test_bad_tuple(self, bad):
        with pytest.raises(InvalidValueError, match="'foo'") as exc:
            iap.handle_continuous_param(bad, "foo")
        assert isinstance(exc.value, AssertionError)

    def test_bad_list(self):
        with pytest.raises(InvalidValueError, match="'foo'"):
            iap.handle_continuous_param([1, "a"], "foo")

    def test_empty_list(self):
        with pytest.raises(InvalidValueError, match="'foo'"):
            iap.handle_continuous_param([], "foo")

    def test_tuple_disabled(self):
        with pytest.raises(InvalidTypeError, match="'foo'") as exc:
            iap.handle_continuous_param((1, 2), "foo", tuple_to_uniform=False)
        assert "StochasticParameter" in str(exc.value)
        assert "tuple" not in str(exc.value).split("got")[0]

    def test_list_disabled(self):
        with pytest.raises(InvalidTypeError, match="'foo'"):
            iap.handle_continuous_param([1, 2], "foo", list_to_choice=False)

    @pytest.mark.parametrize("bad", ["abc", None, True, {"a": 1}.items, object()])
    def test_bad_types(self, bad):
        with pytest.raises((InvalidTypeError, InvalidValueError), match="'foo'"):
            iap.handle_continuous_param(bad, "foo")


# -------------------------------------------------------------- handle_discrete_param
class TestHandleDiscreteParam:
    def test_int(self):
        param = iap.handle_discrete_param(3, "k")
        assert str(param) == "Deterministic(int 3)"

    def test_float_truncated(self):
        param = iap.handle_discrete_param(3.7, "k")
        assert str(param) == "Deterministic(int 3)"

    def test_float_not_allowed(self):
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_param(3.7, "k", allow_floats=False)

    def test_tuple(self):
        param = iap.handle_discrete_param((1.9, 4), "k")
        assert isinstance(param, iap.DiscreteUniform)
        assert (
            str(param) == "DiscreteUniform(Deterministic(int 1), Deterministic(int 4))"
        )

    def test_tuple_floats_not_allowed(self):
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_param((1.5, 4), "k", allow_floats=False)

    def test_list(self):
        param = iap.handle_discrete_param([1, 2.9], "k")
        assert isinstance(param, iap.Choice)
        assert param.a == [1, 2]

    def test_list_floats_not_allowed(self):
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_param([1, 2.5], "k", allow_floats=False)

    def test_param(self):
        src = iap.Poisson(1)
        assert iap.handle_discrete_param(src, "k") is src

    def test_value_range(self):
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_param(0, "k", value_range=(1, None))
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_param((0, 3), "k", value_range=(1, None))
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_param([1, 0], "k", value_range=(1, None))

    def test_disabled_forms(self):
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_param((1, 2), "k", tuple_to_uniform=False)
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_param([1, 2], "k", list_to_choice=False)

    def test_bad_type(self):
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_param("3", "k")


# ---------------------------------------------------- handle_categorical_string_param
class TestHandleCategoricalStringParam:
    def test_all(self):
        param = iap.handle_categorical_string_param("ALL", "mode", ["a", "b"])
        assert isinstance(param, iap.Choice)
        assert param.a == ["a", "b"]

    def test_all_from_tuple_valid_values(self):
        param = iap.handle_categorical_string_param("ALL", "mode", ("a", "b"))
        assert param.a == ["a", "b"]

    def test_all_without_valid_values_is_a_string(self):
        param = iap.handle_categorical_string_param("ALL", "mode")
        assert isinstance(param, iap.Deterministic)
        assert param.value == "ALL"

    def test_string(self):
        param = iap.handle_categorical_string_param("a", "mode", ["a", "b"])
        assert str(param) == "Deterministic(a)"

    def test_string_not_valid(self):
        with pytest.raises(InvalidValueError, match="'mode'") as exc:
            iap.handle_categorical_string_param("c", "mode", ["a", "b"])
        assert "a, b" in str(exc.value)
        assert isinstance(exc.value, AssertionError)

    def test_list(self):
        param = iap.handle_categorical_string_param(["a", "b"], "mode", ["a", "b", "c"])
        assert isinstance(param, iap.Choice)
        assert param.a == ["a", "b"]

    def test_list_with_non_strings_lists_type_names(self):
        with pytest.raises(InvalidTypeError, match="'mode'") as exc:
            iap.handle_categorical_string_param(["a", False], "mode")
        assert "str, bool" in str(exc.value)
        assert isinstance(exc.value, AssertionError)

    def test_list_with_invalid_values(self):
        with pytest.raises(InvalidValueError, match="mode") as exc:
            iap.handle_categorical_string_param(["a", "x"], "mode", ["a", "b"])
        assert "a, b" in str(exc.value)
        assert "a, x" in str(exc.value)

    def test_param(self):
        src = iap.Deterministic("a")
        assert iap.handle_categorical_string_param(src, "mode", ["b"]) is src

    def test_bad_type_message_with_valid_values(self):
        with pytest.raises(InvalidTypeError) as exc:
            iap.handle_categorical_string_param(1, "mode", ["a"])
        assert (
            "Expected parameter 'mode' to be imgaug.ALL, a string, a list of strings "
            "or StochasticParameter" in str(exc.value)
        )

    def test_bad_type_message_without_valid_values(self):
        with pytest.raises(InvalidTypeError) as exc:
            iap.handle_categorical_string_param(1, "mode")
        assert (
            "Expected parameter 'mode' to be a string, a list of strings or "
            "StochasticParameter" in str(exc.value)
        )

    def test_array_does_not_crash_on_all_comparison(self):
        with pytest.raises(InvalidTypeError, match="'mode'"):
            iap.handle_categorical_string_param(np.array(["a"]), "mode", ["a"])


# -------------------------------------------------- handle_discrete_kernel_size_param
class TestHandleDiscreteKernelSizeParam:
    def test_number(self):
        ph, pw = iap.handle_discrete_kernel_size_param(3, "k")
        assert str(ph) == "Deterministic(int 3)"
        assert pw is None

    def test_float_number(self):
        ph, pw = iap.handle_discrete_kernel_size_param(3.5, "k")
        assert str(ph) == "Deterministic(int 3)"
        assert pw is None

    def test_float_number_not_allowed(self):
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_kernel_size_param(3.5, "k", allow_floats=False)

    def test_tuple_of_ints(self):
        ph, pw = iap.handle_discrete_kernel_size_param((1, 5), "k")
        assert isinstance(ph, iap.DiscreteUniform)
        assert pw is None

    def test_tuple_of_floats(self):
        ph, pw = iap.handle_discrete_kernel_size_param((1.0, 5.0), "k")
        assert str(ph) == "DiscreteUniform(Deterministic(int 1), Deterministic(int 5))"
        assert pw is None

    def test_tuple_of_params(self):
        a, b = iap.Deterministic(1), iap.Deterministic(2)
        ph, pw = iap.handle_discrete_kernel_size_param((a, b), "k")
        assert ph is a
        assert pw is b

    def test_tuple_of_ranges(self):
        ph, pw = iap.handle_discrete_kernel_size_param(((1, 3), [5, 7]), "k")
        assert isinstance(ph, iap.DiscreteUniform)
        assert isinstance(pw, iap.Choice)
        assert pw.a == [5, 7]

    def test_tuple_mixed_names_subparameter_in_error(self):
        with pytest.raises(InvalidValueError, match=r"'k\[1\]'"):
            iap.handle_discrete_kernel_size_param(((1, 3), 0), "k")

    def test_tuple_wrong_length(self):
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_kernel_size_param((1, 2, 3), "k")

    def test_value_range(self):
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_kernel_size_param(0, "k")
        with pytest.raises(InvalidValueError, match="'k'"):
            iap.handle_discrete_kernel_size_param((0, 3), "k")

    def test_list(self):
        ph, pw = iap.handle_discrete_kernel_size_param([1, 3.0], "k")
        assert isinstance(ph, iap.Choice)
        assert ph.a == [1, 3]
        assert pw is None

    def test_param(self):
        src = iap.Deterministic(3)
        assert iap.handle_discrete_kernel_size_param(src, "k") == (src, None)

    def test_bad_type(self):
        with pytest.raises(InvalidTypeError, match="'k'"):
            iap.handle_discrete_kernel_size_param("3", "k")


# ------------------------------------------------------------ handle_probability_param
class TestHandleProbabilityParam:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (True, 1),
            (False, 0),
            (0, 0),
            (1, 1),
            (0.0, 0),
            (1.0, 1),
            (np.bool_(True), 1),
        ],
    )
    def test_deterministic_values(self, value, expected):
        param = iap.handle_probability_param(value, "p")
        assert isinstance(param, iap.Deterministic)
        assert param.value == expected
        assert str(param) == f"Deterministic(int {expected})"

    @pytest.mark.parametrize(("value", "expected"), [(1e-7, 0), (1 - 1e-7, 1)])
    def test_near_zero_or_one(self, value, expected):
        param = iap.handle_probability_param(value, "p")
        assert isinstance(param, iap.Deterministic)
        assert param.value == expected

    def test_float(self):
        param = iap.handle_probability_param(0.25, "p")
        assert isinstance(param, iap.Binomial)
        assert param.p.value == 0.25

    @pytest.mark.parametrize("value", [-0.1, 1.1, 2, float("nan")])
    def test_out_of_range(self, value):
        with pytest.raises(InvalidValueError, match="'p'") as exc:
            iap.handle_probability_param(value, "p")
        assert isinstance(exc.value, AssertionError)

    def test_tuple_enabled(self):
        param = iap.handle_probability_param((0.1, 0.4), "p", tuple_to_uniform=True)
        assert isinstance(param, iap.Binomial)
        assert isinstance(param.p, iap.Uniform)

    def test_tuple_enabled_out_of_range(self):
        with pytest.raises(InvalidValueError, match="'p'"):
            iap.handle_probability_param((0.1, 1.4), "p", tuple_to_uniform=True)

    def test_list_enabled(self):
        param = iap.handle_probability_param([0.1, 0.4], "p", list_to_choice=True)
        assert isinstance(param, iap.Binomial)
        assert isinstance(param.p, iap.Choice)

    def test_list_enabled_out_of_range(self):
        with pytest.raises(InvalidValueError, match="'p'"):
            iap.handle_probability_param([0.1, -1], "p", list_to_choice=True)

    def test_tuple_disabled(self):
        with pytest.raises(InvalidTypeError, match="Expected ") as exc:
            iap.handle_probability_param((0.1, 0.4), "p")
        assert "'p'" in str(exc.value)

    def test_list_disabled(self):
        with pytest.raises(InvalidTypeError, match="'p'"):
            iap.handle_probability_param([0.1, 0.4], "p")

    def test_param(self):
        src = iap.Uniform(0, 1)
        assert iap.handle_probability_param(src, "p") is src

    def test_bad_type(self):
        with pytest.raises(InvalidTypeError, match="Expected .*'per_channel'"):
            iap.handle_probability_param("yes", "per_channel")


# ---------------------------------------------------------------- float dtype helpers
class TestForceNpFloatDtype:
    def test_float_unchanged(self):
        arr = np.zeros((2,), dtype=np.float32)
        assert iap.force_np_float_dtype(arr) is arr

    def test_int_to_float64(self):
        out = iap.force_np_float_dtype(np.int32([1, 2]))
        assert out.dtype == np.float64
        assert np.array_equal(out, [1.0, 2.0])


class TestBothNpFloatIfOneIsFloat:
    def test_both_float(self):
        a, b = np.float16([1]), np.float32([2])
        ra, rb = iap.both_np_float_if_one_is_float(a, b)
        assert ra is a
        assert rb is b

    def test_first_float(self):
        ra, rb = iap.both_np_float_if_one_is_float(np.float32([1]), np.int32([2]))
        assert ra.dtype == np.float32
        assert rb.dtype == np.float64

    def test_second_float(self):
        ra, rb = iap.both_np_float_if_one_is_float(np.int8([1]), np.float16([2]))
        assert ra.dtype == np.float64
        assert rb.dtype == np.float16

    def test_neither_float(self):
        ra, rb = iap.both_np_float_if_one_is_float(np.int8([1]), np.uint16([2]))
        assert ra.dtype == np.float64
        assert rb.dtype == np.float64

    def test_numpy_scalars(self):
        ra, rb = iap.both_np_float_if_one_is_float(np.int32(2), np.float32(1))
        assert ra.dtype == np.float64
        assert rb.dtype == np.float32
