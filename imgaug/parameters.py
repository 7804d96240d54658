"""Stochastic parameters: the random variables that augmenters draw their values from.

Every augmenter argument that may vary between images (an angle, a probability, a
kernel size, ...) is turned into a :class:`StochasticParameter` by one of the
``handle_*_param`` helpers. A parameter produces arrays of samples with
:meth:`StochasticParameter.draw_samples`; all distributions are sampled with one
vectorised NumPy call per request.

Contents

* base class: :class:`StochasticParameter` (sampling protocol, arithmetic operators,
  string form, histogram plot)
* input helpers: :func:`handle_continuous_param`, :func:`handle_discrete_param`,
  :func:`handle_categorical_string_param`, :func:`handle_discrete_kernel_size_param`,
  :func:`handle_probability_param`, :func:`force_np_float_dtype`,
  :func:`both_np_float_if_one_is_float`
* distributions: :class:`Deterministic`, :class:`DeterministicList`, :class:`Choice`,
  :class:`Binomial`, :class:`DiscreteUniform`, :class:`Poisson`, :class:`Normal`,
  :class:`TruncatedNormal`, :class:`Laplace`, :class:`ChiSquare`, :class:`Weibull`,
  :class:`Uniform`, :class:`Beta`, :class:`FromLowerResolution`
* wrappers: :class:`Clip`, :class:`Discretize`, :class:`Multiply`, :class:`Divide`,
  :class:`Add`, :class:`Subtract`, :class:`Power`, :class:`Absolute`,
  :class:`RandomSign`, :class:`ForceSign`, :func:`Positive`, :func:`Negative`,
  :class:`IterativeNoiseAggregator`, :class:`Sigmoid`
* noise: :class:`SimplexNoise`, :class:`FrequencyNoise`
* plotting: :func:`draw_distributions_grid`, :func:`show_distributions_grid`

Randomness and draw order
    ``draw_samples(size, random_state)`` wraps ``random_state`` in an
    :class:`imgaug.random.RNG` (``None`` = the global RNG, an ``RNG`` is shared, an
    int seeds a new generator), draws, and then advances that RNG once. Composite
    parameters draw their children sequentially from the same RNG, in the order
    written in each class's ``# sampling order:`` comment. Hence drawing twice with
    one RNG object gives different values, while drawing twice with the same integer
    seed gives identical values.

Examples
--------
>>> import imgaug.parameters as iap
>>> param = iap.Uniform(0, 1) * 2
>>> print(str(param).replace("Deterministic", "Det"))
Multiply(Uniform(Det(int 0), Det(int 1)), Det(int 2), False)
>>> samples = param.draw_samples((3,), random_state=1)
>>> samples.dtype, bool(((0 <= samples) & (samples < 2)).all())
(dtype('float32'), True)
>>> bool((samples == param.draw_samples((3,), random_state=1)).all())
True

"""

from __future__ import annotations

import copy as copylib
import numbers
from abc import ABCMeta, abstractmethod
from typing import Any

import numpy as np

import imgaug.random as iarandom
from imgaug._kernels import noise as _noise
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "StochasticParameter",
    "Deterministic",
    "DeterministicList",
    "Choice",
    "Binomial",
    "DiscreteUniform",
    "Poisson",
    "Normal",
    "TruncatedNormal",
    "Laplace",
    "ChiSquare",
    "Weibull",
    "Uniform",
    "Beta",
    "FromLowerResolution",
    "Clip",
    "Discretize",
    "Multiply",
    "Divide",
    "Add",
    "Subtract",
    "Power",
    "Absolute",
    "RandomSign",
    "ForceSign",
    "Positive",
    "Negative",
    "IterativeNoiseAggregator",
    "Sigmoid",
    "SimplexNoise",
    "FrequencyNoise",
    "handle_continuous_param",
    "handle_discrete_param",
    "handle_categorical_string_param",
    "handle_discrete_kernel_size_param",
    "handle_probability_param",
    "force_np_float_dtype",
    "both_np_float_if_one_is_float",
    "draw_distributions_grid",
    "show_distributions_grid",
]

# imgaug.ALL (defined in imgaug.imgaug, a higher layer) is this string
_ALL = "ALL"
_UPSCALE_METHODS = ("nearest", "linear", "area", "cubic")
# imgaug.imgaug.IMRESIZE_VALID_INTERPOLATIONS (a higher layer); the ints are
# cv2.INTER_NEAREST, INTER_LINEAR, INTER_CUBIC and INTER_AREA
_RESIZE_METHODS = _UPSCALE_METHODS + (0, 1, 2, 3)


# --------------------------------------------------------------------------------
# small type helpers (imgaug.imgaug has public equivalents, but lives above us)
# --------------------------------------------------------------------------------
def _is_single_integer(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_single_float(value: Any) -> bool:
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, numbers.Integral)
        and not isinstance(value, bool)
    )


def _is_single_number(value: Any) -> bool:
    return _is_single_integer(value) or _is_single_float(value)


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_iterable(value: Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _type_name(value: Any) -> str:
    return type(value).__name__


def _all_numbers(values: Any, integers_only: bool = False) -> bool:
    """Return whether every item of ``values`` is a (real, non-bool) number."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        return values.dtype.kind != "f" or not integers_only
    check = _is_single_integer if integers_only else _is_single_number
    return all(check(value) for value in values)


def _as_sequence(values: Any, name: str) -> Any:
    """Keep lists and 1D arrays; turn other iterables (sets, generators) into lists."""
    if isinstance(values, np.ndarray) and values.ndim != 1:
        raise InvalidValueError(
            f"Expected parameter '{name}' given as an array to be 1-dimensional, got "
            f"shape {values.shape}."
        )
    if isinstance(values, list | np.ndarray):
        return values
    return list(values)


def _check_not_nan(values: Any, name: str) -> None:
    """Reject NaN: it passes every unbounded range check and poisons all samples."""
    if isinstance(values, numbers.Number):
        is_nan = values != values
    elif isinstance(values, np.ndarray):
        is_nan = values.dtype.kind == "f" and bool(np.isnan(values).any())
    else:
        is_nan = any(value != value for value in values)
    if is_nan:
        raise InvalidValueError(
            f"Expected parameter '{name}' to not contain NaN, got {values!r}."
        )


def _check_flag(value: Any, name: str) -> None:
    """Accept bools (also numpy bools and the ints 0/1) for a boolean argument."""
    if not isinstance(value, numbers.Integral | np.bool_) or value not in (0, 1):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a bool, got {_type_name(value)}."
        )


#: The size of one row's samples. Numpy's generators take the same numbers from
#: the stream for a scalar draw as for an array of one value, so parameters draw
#: this size as a scalar: one call into numpy instead of its array set-up.
# route: tests/perf/test_parameters_perf.py::test_one_row_draws
_ONE_ROW = (1,)


def _normalize_size(size: Any) -> tuple:
    kind = type(size)
    if kind is tuple:
        return size
    if kind is int:
        return (size,)
    if _is_single_integer(size):
        return (int(size),)
    if isinstance(size, tuple):
        return size
    if isinstance(size, str | bytes):
        raise InvalidTypeError(
            f"Expected argument 'size' to be an int or a tuple of ints, got {size!r}."
        )
    try:
        return tuple(size)
    except TypeError:
        raise InvalidTypeError(
            "Expected argument 'size' to be an int or a tuple of ints, got "
            f"{_type_name(size)}."
        ) from None


def _as_python_scalar(value: Any) -> Any:
    """Turn a numpy scalar into a Python scalar (weak dtype promotion with arrays)."""
    return value.item() if isinstance(value, np.generic) else value


# --------------------------------------------------------------------------------
# input-handling helpers
# --------------------------------------------------------------------------------
def _check_value_range(value: Any, name: str, value_range: Any) -> bool:
    """Check ``value`` against ``value_range`` (None, ``(lo, hi)`` or a callable)."""
    if value_range is None:
        return True
    if isinstance(value_range, tuple):
        if len(value_range) != 2:
            raise InvalidValueError(
                f"Expected value_range for parameter '{name}' to be a tuple of two "
                f"bounds (None allowed), got {len(value_range)} entries."
            )
        low, high = value_range
        if (low is not None and not low <= value) or (
            high is not None and not value <= high
        ):
            raise InvalidValueError(
                f"Parameter '{name}' is outside of the expected value range "
                f"({low} <= x <= {high}), got {value!r}."
            )
        return True
    if callable(value_range):
        value_range(value)
        return True
    raise InvalidTypeError(
        f"Unexpected input for value_range of parameter '{name}', got {value_range!r}."
    )


def _assert_arg_is_stoch_param(arg_name: str, arg_value: Any) -> None:
    if not isinstance(arg_value, StochasticParameter):
        raise InvalidTypeError(
            f"Expected '{arg_name}' to be a StochasticParameter, got type "
            f"{_type_name(arg_value)}."
        )


def _check_all_in_range(values: Any, name: str, value_range: Any) -> None:
    if value_range is None:
        return
    if isinstance(values, np.ndarray) and isinstance(value_range, tuple):
        if values.size > 0:
            _check_value_range(values.min(), name, value_range)
            _check_value_range(values.max(), name, value_range)
        return
    for value in values:
        _check_value_range(value, name, value_range)


def _check_tuple_of_two(param: tuple, name: str, integers_only: bool = False) -> None:
    kind = "integers" if integers_only else "numbers"
    if len(param) != 2 or not _all_numbers(param, integers_only):
        raise InvalidValueError(
            f"Expected parameter '{name}' given as a tuple to contain exactly two "
            f"{kind}, got {param!r}."
        )


def handle_continuous_param(
    param, name, value_range=None, tuple_to_uniform=True, list_to_choice=True
):
    """Turn a user-facing continuous argument into a :class:`StochasticParameter`.

    Parameters
    ----------
    param : number or tuple of number or list of number or StochasticParameter
        A number becomes :class:`Deterministic`, a tuple ``(a, b)``
        :class:`Uniform` ``(a, b)`` (if `tuple_to_uniform`), any other iterable of
        numbers :class:`Choice` (if `list_to_choice`). A StochasticParameter is
        returned unchanged (not range-checked).
    name : str
        Argument name, used in error messages.
    value_range : None or tuple of (number or None) or callable, optional
        Inclusive ``(min, max)`` bounds for every number, a callable that raises on
        bad values, or None for no check.
    tuple_to_uniform, list_to_choice : bool, optional
        Whether tuples / lists are accepted.

    Returns
    -------
    StochasticParameter
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> str(iap.handle_continuous_param((0, 1.5), "scale", value_range=(0, None)))
    'Uniform(Deterministic(int 0), Deterministic(float 1.50000000))'

    """
    if _is_single_number(param):
        _check_not_nan(param, name)
        _check_value_range(param, name, value_range)
        return Deterministic(param)
    if tuple_to_uniform and isinstance(param, tuple):
        _check_tuple_of_two(param, name)
        _check_not_nan(param, name)
        _check_value_range(param[0], name, value_range)
        _check_value_range(param[1], name, value_range)
        return Uniform(param[0], param[1])
    if (
        list_to_choice
        and not isinstance(param, tuple | str | dict | StochasticParameter)
        and _is_iterable(param)
    ):
        param = _as_sequence(param, name)
        if not _all_numbers(param) or len(param) == 0:
            raise InvalidValueError(
                f"Expected parameter '{name}' given as a list to be a non-empty list "
                f"of numbers, got {param!r}."
            )
        _check_not_nan(param, name)
        _check_all_in_range(param, name, value_range)
        return Choice(param)
    if isinstance(param, StochasticParameter):
        return param
    accepted = "a number"
    if tuple_to_uniform:
        accepted += ", a tuple of two numbers"
    if list_to_choice:
        accepted += ", a list of numbers"
    raise InvalidTypeError(
        f"Expected parameter '{name}' to be {accepted} or a StochasticParameter, "
        f"got {_type_name(param)}."
    )


def handle_discrete_param(
    param,
    name,
    value_range=None,
    tuple_to_uniform=True,
    list_to_choice=True,
    allow_floats=True,
):
    """Turn a user-facing integer argument into a :class:`StochasticParameter`.

    Parameters
    ----------
    param : int or tuple of int or list of int or StochasticParameter
        An int (or float if `allow_floats`, truncated by ``int()``) becomes
        :class:`Deterministic`, a tuple ``(a, b)`` :class:`DiscreteUniform` (both
        ends inclusive), any other iterable :class:`Choice` of ints. A
        StochasticParameter is returned unchanged.
    name : str
        Argument name, used in error messages.
    value_range : None or tuple of (number or None) or callable, optional
        See :func:`handle_continuous_param`.
    tuple_to_uniform, list_to_choice : bool, optional
        Whether tuples / lists are accepted.
    allow_floats : bool, optional
        Whether floats are accepted (and truncated to ints).

    Returns
    -------
    StochasticParameter
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> str(iap.handle_discrete_param((1, 3), "k"))
    'DiscreteUniform(Deterministic(int 1), Deterministic(int 3))'

    """
    if _is_single_integer(param) or (allow_floats and _is_single_float(param)):
        _check_not_nan(param, name)
        _check_value_range(param, name, value_range)
        return Deterministic(int(param))
    if tuple_to_uniform and isinstance(param, tuple):
        _check_tuple_of_two(param, name, integers_only=not allow_floats)
        _check_not_nan(param, name)
        _check_value_range(param[0], name, value_range)
        _check_value_range(param[1], name, value_range)
        return DiscreteUniform(int(param[0]), int(param[1]))
    if (
        list_to_choice
        and not isinstance(param, tuple | str | dict | StochasticParameter)
        and _is_iterable(param)
    ):
        param = _as_sequence(param, name)
        if not _all_numbers(param, integers_only=not allow_floats) or len(param) == 0:
            kind = "numbers" if allow_floats else "integers"
            raise InvalidValueError(
                f"Expected parameter '{name}' given as a list to be a non-empty list "
                f"of {kind}, got {param!r}."
            )
        _check_not_nan(param, name)
        _check_all_in_range(param, name, value_range)
        return Choice([int(value) for value in param])
    if isinstance(param, StochasticParameter):
        return param
    kind = "number" if allow_floats else "integer"
    accepted = f"an {kind}" if kind == "integer" else "a number"
    if tuple_to_uniform:
        accepted += f", a tuple of two {kind}s"
    if list_to_choice:
        accepted += f", a list of {kind}s"
    raise InvalidTypeError(
        f"Expected parameter '{name}' to be {accepted} or a StochasticParameter, "
        f"got {_type_name(param)}."
    )


def handle_categorical_string_param(param, name, valid_values=None):
    """Turn a user-facing string argument into a :class:`StochasticParameter`.

    Parameters
    ----------
    param : imgaug.ALL or str or list of str or StochasticParameter
        ``imgaug.ALL`` (with `valid_values`) becomes :class:`Choice` over all valid
        values, a string :class:`Deterministic`, a list of strings :class:`Choice`.
        A StochasticParameter is returned unchanged.
    name : str
        Argument name, used in error messages.
    valid_values : None or iterable of str, optional
        Allowed strings; None allows any string.

    Returns
    -------
    StochasticParameter
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> str(iap.handle_categorical_string_param("ALL", "mode", ["a", "b"]))
    "Choice(a=['a', 'b'], replace=True, p=None)"

    """
    if valid_values is not None and isinstance(param, str) and param == _ALL:
        return Choice(list(valid_values))
    if _is_string(param):
        if valid_values is not None and param not in valid_values:
            raise InvalidValueError(
                f"Expected parameter '{name}' to be one of: "
                f"{', '.join(str(v) for v in valid_values)}. Got: {param}."
            )
        return Deterministic(param)
    if isinstance(param, list):
        if not all(_is_string(value) for value in param):
            raise InvalidTypeError(
                f"Expected list provided for parameter '{name}' to only contain "
                f"strings, got types: {', '.join(_type_name(v) for v in param)}."
            )
        if len(param) == 0:
            raise InvalidValueError(
                f"Expected list provided for parameter '{name}' to be non-empty."
            )
        if valid_values is not None and not all(v in valid_values for v in param):
            raise InvalidValueError(
                f"Expected list provided for parameter '{name}' to only contain the "
                f"following allowed strings: {', '.join(valid_values)}. Got strings: "
                f"{', '.join(param)}."
            )
        return Choice(param)
    if isinstance(param, StochasticParameter):
        return param
    all_str = " imgaug.ALL," if valid_values is not None else ""
    raise InvalidTypeError(
        f"Expected parameter '{name}' to be{all_str} a string, a list of strings or "
        f"StochasticParameter, got {_type_name(param)}."
    )


def handle_discrete_kernel_size_param(
    param, name, value_range=(1, None), allow_floats=True
):
    """Turn a kernel-size argument into ``(param_height_or_both, param_width_or_None)``.

    Parameters
    ----------
    param : int or tuple or list of int or StochasticParameter
        A number gives ``(Deterministic, None)``, a tuple of two ints (or two floats
        if `allow_floats`) ``(DiscreteUniform, None)``, a tuple of two
        StochasticParameters both of them, any other 2-tuple one discrete parameter
        per axis (height, width), a list ``(Choice, None)`` and a StochasticParameter
        ``(param, None)``.
    name : str
        Argument name, used in error messages.
    value_range : None or tuple of (number or None) or callable, optional
        See :func:`handle_continuous_param`.
    allow_floats : bool, optional
        Whether floats are accepted (and truncated to ints).

    Returns
    -------
    tuple of (StochasticParameter, StochasticParameter or None)
        Parameter for the height (or both axes) and for the width.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> for p in iap.handle_discrete_kernel_size_param(((1, 3), 5), "k"):
    ...     print(p)
    DiscreteUniform(Deterministic(int 1), Deterministic(int 3))
    Deterministic(int 5)

    """
    if _is_single_integer(param) or (allow_floats and _is_single_float(param)):
        _check_not_nan(param, name)
        _check_value_range(param, name, value_range)
        return Deterministic(int(param)), None
    if isinstance(param, tuple):
        if len(param) != 2:
            raise InvalidValueError(
                f"Expected parameter '{name}' given as a tuple to contain exactly two "
                f"entries, got {len(param)}."
            )
        if all(_is_single_integer(v) for v in param) or (
            allow_floats and all(_is_single_float(v) for v in param)
        ):
            _check_not_nan(param, name)
            _check_value_range(param[0], name, value_range)
            _check_value_range(param[1], name, value_range)
            return DiscreteUniform(int(param[0]), int(param[1])), None
        if all(isinstance(v, StochasticParameter) for v in param):
            return param[0], param[1]
        return (
            handle_discrete_param(
                param[0],
                f"{name}[0]",
                value_range=value_range,
                allow_floats=allow_floats,
            ),
            handle_discrete_param(
                param[1],
                f"{name}[1]",
                value_range=value_range,
                allow_floats=allow_floats,
            ),
        )
    if not isinstance(param, str | dict | StochasticParameter) and _is_iterable(param):
        param = _as_sequence(param, name)
        if not _all_numbers(param, integers_only=not allow_floats) or len(param) == 0:
            raise InvalidValueError(
                f"Expected parameter '{name}' given as a list to be a non-empty list "
                f"of {'numbers' if allow_floats else 'integers'}, got {param!r}."
            )
        _check_not_nan(param, name)
        _check_all_in_range(param, name, value_range)
        return Choice([int(value) for value in param]), None
    if isinstance(param, StochasticParameter):
        return param, None
    raise InvalidTypeError(
        f"Expected parameter '{name}' to be an int, a tuple of two ints, a tuple of "
        "two parameters/ranges (height, width), a list of ints or a "
        f"StochasticParameter, got {_type_name(param)}."
    )


def handle_probability_param(param, name, tuple_to_uniform=False, list_to_choice=False):
    """Turn a probability argument into a :class:`StochasticParameter` of 0s and 1s.

    Parameters
    ----------
    param : bool or number or tuple of number or list of number or StochasticParameter
        ``True``/``False``/``0``/``1`` become :class:`Deterministic` ``(int)``, a
        number in ``[0, 1]`` :class:`Binomial` (within 1e-6 of 0 or 1:
        Deterministic), a tuple ``(a, b)`` ``Binomial(Uniform(a, b))`` (if
        `tuple_to_uniform`), an iterable ``Binomial(Choice(...))`` (if
        `list_to_choice`). A StochasticParameter is returned unchanged.
    name : str
        Argument name, used in error messages.
    tuple_to_uniform, list_to_choice : bool, optional
        Whether tuples / lists are accepted.

    Returns
    -------
    StochasticParameter
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> print(iap.handle_probability_param(True, "p"))
    Deterministic(int 1)
    >>> print(iap.handle_probability_param(0.5, "p"))
    Binomial(Deterministic(float 0.50000000))

    """
    eps = 1e-6
    if isinstance(param, bool | np.bool_):
        return Deterministic(int(param))
    if _is_single_number(param):
        if not 0.0 <= param <= 1.0:
            raise InvalidValueError(
                f"Expected probability of parameter '{name}' to be in the interval "
                f"[0.0, 1.0], got {param!r}."
            )
        if param in (0, 1) or -eps < param < eps or 1.0 - eps < param < 1.0 + eps:
            return Deterministic(int(np.round(param)))
        return Binomial(param)
    if tuple_to_uniform and isinstance(param, tuple):
        _check_tuple_of_two(param, name)
        for value in param:
            _check_probability(value, name)
        return Binomial(Uniform(param[0], param[1]))
    if (
        list_to_choice
        and not isinstance(param, str | dict | StochasticParameter)
        and _is_iterable(param)
    ):
        param = _as_sequence(param, name)
        if not _all_numbers(param) or len(param) == 0:
            raise InvalidValueError(
                f"Expected parameter '{name}' given as a list to be a non-empty list "
                f"of probabilities, got {param!r}."
            )
        for value in param:
            _check_probability(value, name)
        return Binomial(Choice(param))
    if isinstance(param, StochasticParameter):
        return param
    accepted = "boolean or number"
    if tuple_to_uniform:
        accepted += " or tuple of two numbers"
    if list_to_choice:
        accepted += " or list of numbers"
    raise InvalidTypeError(
        f"Expected {accepted} or StochasticParameter for parameter '{name}', "
        f"got {_type_name(param)}."
    )


def _check_probability(value: Any, name: str) -> None:
    if not 0.0 <= value <= 1.0:
        raise InvalidValueError(
            f"Expected probabilities of parameter '{name}' to be in the interval "
            f"[0.0, 1.0], got {value!r}."
        )


def force_np_float_dtype(val):
    """Return `val` unchanged if it has a float dtype, else cast to float64.

    Parameters
    ----------
    val : numpy.ndarray or numpy.generic
        Array or numpy scalar.

    Returns
    -------
    numpy.ndarray or numpy.generic
        Float version of `val`.

    """
    if not isinstance(val, np.ndarray | np.generic):
        raise InvalidTypeError(
            f"Expected argument 'val' to be a numpy array or scalar, got "
            f"{_type_name(val)}."
        )
    if val.dtype.kind == "f":
        return val
    return val.astype(np.float64)


def both_np_float_if_one_is_float(a, b):
    """Cast the non-float side(s) of ``(a, b)`` to float64.

    If exactly one input has a float dtype, the other one becomes float64; if none
    has, both become float64; if both have, both are returned unchanged.

    Parameters
    ----------
    a, b : numpy.ndarray or numpy.generic
        Arrays or numpy scalars.

    Returns
    -------
    tuple
        The (possibly cast) inputs.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.parameters as iap
    >>> a, b = iap.both_np_float_if_one_is_float(np.int32(2), np.float32(1))
    >>> a.dtype, b.dtype
    (dtype('float64'), dtype('float32'))

    """
    a = a if hasattr(a, "dtype") else np.asarray(a)
    b = b if hasattr(b, "dtype") else np.asarray(b)
    for argname, value in (("a", a), ("b", b)):
        if value.dtype.kind not in "biuf":
            raise InvalidTypeError(
                f"Expected argument '{argname}' to be numeric, got dtype "
                f"{value.dtype.name}."
            )
    a_float = a.dtype.kind == "f"
    b_float = b.dtype.kind == "f"
    if a_float and b_float:
        return a, b
    if a_float:
        return a, b.astype(np.float64)
    if b_float:
        return a.astype(np.float64), b
    return a.astype(np.float64), b.astype(np.float64)


# --------------------------------------------------------------------------------
# base class
# --------------------------------------------------------------------------------
class StochasticParameter(metaclass=ABCMeta):
    """Base class of all stochastic parameters.

    Subclasses implement ``_draw_samples(self, size, random_state)``, where `size`
    is always a tuple and `random_state` always an :class:`imgaug.random.RNG`, and
    ``__str__``. Numbers and parameters combine with ``+ - * / // **`` into new
    parameters (:class:`Add`, :class:`Subtract`, :class:`Multiply`, :class:`Divide`,
    :class:`Discretize` of :class:`Divide`, :class:`Power`).

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> param = iap.Deterministic(2) ** iap.Deterministic(3)
    >>> param.draw_sample(random_state=0).item()
    8.0

    """

    # let numpy defer to our reflected operators (``array + param`` raises cleanly)
    __array_ufunc__ = None

    def draw_sample(self, random_state=None):
        """Draw one sample.

        Parameters
        ----------
        random_state : None or int or imgaug.random.RNG or numpy Generator, optional
            RNG to draw from; see :meth:`draw_samples`.

        Returns
        -------
        numpy.generic
            The sample (``draw_samples(1, random_state)[0]``).

        """
        return self.draw_samples(1, random_state=random_state)[0]

    def draw_samples(self, size, random_state=None):
        """Draw an array of samples.

        Parameters
        ----------
        size : int or tuple of int
            Output shape; an int ``n`` means ``(n,)``.
        random_state : None or int or imgaug.random.RNG or numpy Generator, optional
            ``None`` uses the global RNG, an RNG is used (and advanced) in place, an
            int seeds a new generator (same int -> same samples).

        Returns
        -------
        numpy.ndarray
            Samples of shape `size`.

        """
        if isinstance(random_state, iarandom.RNG):
            rng = random_state
        else:
            try:
                rng = iarandom.RNG(random_state)
            except (InvalidTypeError, InvalidValueError) as exc:
                raise type(exc)(f"Invalid argument 'random_state': {exc}") from None
        samples = self._draw_samples(_normalize_size(size), rng)
        rng.advance_()
        return samples

    @abstractmethod
    def _draw_samples(self, size, random_state):
        raise NotImplementedError(
            f"{type(self).__name__} does not implement _draw_samples()."
        )

    # ---------------------------------------------------------------- operators
    def _check_operand(self, other: Any, template: str) -> None:
        if not (_is_single_number(other) or isinstance(other, StochasticParameter)):
            raise InvalidTypeError(
                "Invalid datatypes in: "
                + template.format(_type_name(other))
                + ". Expected the other operand to be a number or a "
                "StochasticParameter."
            )

    def __add__(self, other):
        self._check_operand(other, "StochasticParameter + {}")
        return Add(self, other)

    def __radd__(self, other):
        self._check_operand(other, "{} + StochasticParameter")
        return Add(other, self)

    def __sub__(self, other):
        self._check_operand(other, "StochasticParameter - {}")
        return Subtract(self, other)

    def __rsub__(self, other):
        self._check_operand(other, "{} - StochasticParameter")
        return Subtract(other, self)

    def __mul__(self, other):
        self._check_operand(other, "StochasticParameter * {}")
        return Multiply(self, other)

    def __rmul__(self, other):
        self._check_operand(other, "{} * StochasticParameter")
        return Multiply(other, self)

    def __truediv__(self, other):
        self._check_operand(other, "StochasticParameter / {}")
        return Divide(self, other)

    def __rtruediv__(self, other):
        self._check_operand(other, "{} / StochasticParameter")
        return Divide(other, self)

    # Python 2 names, kept because 0.4.0 defined them
    __div__ = __truediv__
    __rdiv__ = __rtruediv__

    def __floordiv__(self, other):
        self._check_operand(other, "StochasticParameter // {}")
        return Discretize(Divide(self, other))

    def __rfloordiv__(self, other):
        self._check_operand(other, "{} // StochasticParameter")
        return Discretize(Divide(other, self))

    def __pow__(self, other, z=None):
        if z is not None:
            raise NotImplementedError(
                "Modulo power is not supported by StochasticParameter."
            )
        self._check_operand(other, "StochasticParameter ** {}")
        return Power(self, other)

    def __rpow__(self, other, z=None):
        if z is not None:
            raise NotImplementedError(
                "Modulo power is not supported by StochasticParameter."
            )
        self._check_operand(other, "{} ** StochasticParameter")
        return Power(other, self)

    # ---------------------------------------------------------------- misc
    def __str__(self):
        # unique per instance: Choice keys nested parameters by str()
        return object.__repr__(self)

    def __repr__(self):
        return self.__str__()

    def copy(self):
        """Return a shallow copy of this parameter (``copy.copy``)."""
        return copylib.copy(self)

    def deepcopy(self):
        """Return a deep copy of this parameter (``copy.deepcopy``)."""
        return copylib.deepcopy(self)

    def draw_distribution_graph(self, title=None, size=(1000, 1000), bins=100):
        """Plot a histogram of samples of this parameter (needs matplotlib).

        Parameters
        ----------
        title : None or False or str, optional
            Plot title; None uses ``str(self)`` (wrapped every 50 characters),
            False shows no title.
        size : tuple of int, optional
            Shape of the sample array to draw (from the global RNG).
        bins : int, optional
            Number of histogram bins. Bar heights are normalised to sum to 1.

        Returns
        -------
        numpy.ndarray
            RGB image of the plot, uint8, shape ``(H, W, 3)``.

        """
        # matplotlib is an optional dependency: import only here. The Agg canvas
        # renders off-screen and leaves pyplot's global state alone.
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        if title is not None and title is not False and not isinstance(title, str):
            raise InvalidTypeError(
                f"Expected argument 'title' to be None, False or a str, got "
                f"{_type_name(title)}."
            )
        points = np.asarray(self.draw_samples(size)).ravel()
        fig = Figure()
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_subplot(111)
        heights, edges = np.histogram(points, bins=bins)
        total = heights.sum()
        heights = heights / total if total > 0 else heights.astype(np.float64)
        ax.bar(
            edges[:-1],
            heights,
            width=np.diff(edges),
            align="edge",
            color="blue",
            alpha=0.75,
        )
        if title is None:
            title = str(self)
        if title is not False:
            lines = [title[i : i + 50] for i in range(0, len(title), 50)]
            ax.set_title("\n".join(lines))
        fig.tight_layout(pad=0)
        canvas.draw()
        return np.ascontiguousarray(np.asarray(canvas.buffer_rgba())[..., 0:3])


# --------------------------------------------------------------------------------
# distributions
# --------------------------------------------------------------------------------
class Deterministic(StochasticParameter):
    """Parameter that always returns the same value.

    Parameters
    ----------
    value : number or str or StochasticParameter
        The value. A StochasticParameter is sampled once, here, from the global RNG.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Deterministic(2).draw_samples(3)
    array([2, 2, 2], dtype=int32)

    """

    def __init__(self, value):
        super().__init__()
        if isinstance(value, StochasticParameter):
            self.value = value.draw_sample()
        elif _is_single_number(value) or _is_string(value):
            self.value = value
        else:
            raise InvalidTypeError(
                "Expected StochasticParameter object or number or string as "
                f"argument 'value', got {_type_name(value)}."
            )

    def draw_sample(self, random_state=None):
        """Return the value as a numpy scalar (int32/float32 for numbers)."""
        value = self.value
        kind = type(value)
        if kind is int:
            return np.int32(value)
        if kind is float:
            return np.float32(value)
        return self._draw_samples((1,), None)[0]

    def draw_samples(self, size, random_state=None):
        """Return an array of `size` filled with the value.

        A constant needs no randomness, so unlike other parameters the RNG is
        neither used nor advanced (constants sit in every augmenter's hot path).
        """
        return self._draw_samples(_normalize_size(size), None)

    def _draw_samples(self, size, random_state):
        value = self.value
        kind = type(value)
        if kind is int or kind is float:
            # fill() converts (and rejects) Python numbers exactly as np.full does
            samples = np.empty(size, dtype=np.int32 if kind is int else np.float32)
            samples.fill(value)
            return samples
        if kind is not bool and isinstance(value, np.integer):
            return np.full(size, value, dtype=np.int32)
        if isinstance(value, np.floating):
            return np.full(size, value, dtype=np.float32)
        return np.full(size, value)

    def __str__(self):
        if _is_single_integer(self.value):
            return f"Deterministic(int {int(self.value):d})"
        if _is_single_float(self.value):
            return f"Deterministic(float {float(self.value):.8f})"
        return f"Deterministic({self.value})"


class DeterministicList(StochasticParameter):
    """Parameter that returns the values of a list in order, repeating it cyclically.

    Every call starts again at the first value.

    Parameters
    ----------
    values : iterable
        Non-empty list or array (flattened; ints stored as int32, floats float32).

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.DeterministicList([1, 2, 3]).draw_samples((2, 4))
    array([[1, 2, 3, 1],
           [2, 3, 1, 2]], dtype=int32)

    """

    def __init__(self, values):
        super().__init__()
        if isinstance(values, str) or not _is_iterable(values):
            raise InvalidTypeError(
                "Expected argument 'values' to be an iterable, got "
                f"{_type_name(values)}."
            )
        arr = np.array(values).flatten()
        if arr.size == 0:
            raise InvalidValueError("Expected argument 'values' to not be empty.")
        if arr.dtype.kind not in "biufU":
            raise InvalidTypeError(
                "Expected argument 'values' to contain numbers or strings, got "
                f"values of dtype {arr.dtype.name}."
            )
        if arr.dtype.kind == "i":
            info = np.iinfo(np.int32)
            if arr.min() < info.min or arr.max() > info.max:
                raise InvalidValueError(
                    "Expected integer 'values' to fit into int32, got values in "
                    f"[{arr.min()}, {arr.max()}]."
                )
            arr = arr.astype(np.int32)
        elif arr.dtype.kind == "f":
            arr = arr.astype(np.float32)
        self.values = arr

    def _draw_samples(self, size, random_state):
        nb_requested = int(np.prod(size))
        reps = -(-nb_requested // self.values.size)  # ceil division
        # np.tile returns a new array, so callers may modify the samples in place
        return np.tile(self.values, reps)[:nb_requested].reshape(size)

    def __str__(self):
        if self.values.dtype.kind == "f":
            values = ", ".join(f"{float(value):.4f}" for value in self.values)
            return f"DeterministicList([{values}])"
        return f"DeterministicList({self.values.tolist()})"


def _downcast_to_32bit(samples: np.ndarray) -> np.ndarray:
    """Downcast >32-bit int/uint/float samples to 32 bit (ints only if they fit)."""
    dtype = samples.dtype
    if dtype.itemsize <= 4 or dtype.kind not in "iuf":
        return samples
    if dtype.kind == "f":
        return samples.astype(np.float32)
    target = np.dtype(np.int32 if dtype.kind == "i" else np.uint32)
    if samples.size > 0:
        info = np.iinfo(target)
        if samples.min() < info.min or samples.max() > info.max:
            return samples  # keep 64 bit rather than wrap around
    return samples.astype(target)


class Choice(StochasticParameter):
    """Parameter that picks values from a list.

    Parameters
    ----------
    a : iterable
        Values to choose from. Entries may be StochasticParameters; a chosen one is
        replaced by a sample of it. Nested parameters are identified by ``str()``,
        so parameters with identical strings share their draws.
    replace : bool, optional
        Whether to sample with replacement.
    p : None or iterable of float, optional
        Probability of each entry of `a` (same length); None means uniform.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> param = iap.Choice([5, 7, 9], p=[0.0, 1.0, 0.0])
    >>> param.draw_samples(3, random_state=0)
    array([7, 7, 7], dtype=int32)

    """

    def __init__(self, a, replace=True, p=None):
        super().__init__()
        if not _is_iterable(a) or isinstance(a, str | dict):
            raise InvalidTypeError(
                f"Expected a to be an iterable (e.g. list), got {_type_name(a)}."
            )
        if not hasattr(a, "__getitem__"):
            a = list(a)  # sets, generators: numpy needs a sequence
        if len(a) == 0:
            raise InvalidValueError("Expected a to be a non-empty iterable, got [].")
        _check_flag(replace, "replace")
        self.a = a
        self.replace = replace
        if p is not None:
            if not _is_iterable(p):
                raise InvalidTypeError(
                    f"Expected p to be None or an iterable, got {_type_name(p)}."
                )
            if len(p) != len(a):
                raise InvalidValueError(
                    "Expected lengths of a and p to be identical, got "
                    f"{len(a)} and {len(p)} (arguments 'a' and 'p')."
                )
        self.p = p

    def _has_nested_params(self) -> bool:
        a = self.a
        if isinstance(a, np.ndarray) and a.dtype != object:
            return False
        return any(isinstance(value, StochasticParameter) for value in a)

    # sampling order: chosen indices, then every chosen nested parameter in order of a
    def _draw_samples(self, size, random_state):
        if not self._has_nested_params():
            samples = random_state.choice(self.a, size, replace=self.replace, p=self.p)
            return _downcast_to_32bit(np.asarray(samples))
        return self._draw_samples_nested(size, random_state)

    def _draw_samples_nested(self, size: tuple, random_state) -> np.ndarray:
        a = list(self.a)
        nb_samples = int(np.prod(size))
        # choosing among len(a) indices consumes the stream exactly like choosing
        # among the entries of a
        indices = random_state.choice(
            len(a), nb_samples, replace=self.replace, p=self.p
        )
        # key every entry: nested parameters by str(), plain values by position
        keys = [str(v) if isinstance(v, StochasticParameter) else None for v in a]
        counts = np.bincount(indices, minlength=len(a))
        key_counts: dict = {}
        for idx, key in enumerate(keys):
            if key is not None:
                key_counts[key] = key_counts.get(key, 0) + int(counts[idx])
        values = {}
        for idx, key in enumerate(keys):
            if key is not None and key_counts[key] > 0:
                # a later parameter with the same key overwrites the earlier draws
                values[key] = np.asarray(
                    a[idx].draw_samples(key_counts[key], random_state=random_state)
                ).reshape(-1)
        # group ids: one per distinct key, plain values get their own id
        key_ids = {key: i for i, key in enumerate(dict.fromkeys(values))}
        plain_values = np.asarray([v for v, key in zip(a, keys) if key is None])
        entry_group = np.full(len(a), -1, dtype=np.int64)
        entry_plain = np.zeros(len(a), dtype=np.int64)
        nb_plain = 0
        for idx, key in enumerate(keys):
            if key is None:
                entry_plain[idx] = nb_plain
                nb_plain += 1
            elif key in key_ids:
                entry_group[idx] = key_ids[key]
        dtypes = [v.dtype for v in values.values()]
        if plain_values.size > 0:
            dtypes.append(plain_values.dtype)
        try:
            dtype = np.result_type(*dtypes)
        except TypeError:
            dtype = np.dtype(object)
        result = np.empty(nb_samples, dtype=dtype)
        groups = entry_group[indices]
        is_plain = groups == -1
        if is_plain.any():
            result[is_plain] = plain_values[entry_plain[indices[is_plain]]]
        for key, group_id in key_ids.items():
            mask = groups == group_id
            result[mask] = values[key][: int(mask.sum())]
        return _downcast_to_32bit(result.reshape(size))

    def __str__(self):
        return f"Choice(a={self.a}, replace={self.replace}, p={self.p})"


class Binomial(StochasticParameter):
    """Parameter of coin flips: 1 with probability `p`, else 0.

    Parameters
    ----------
    p : number or tuple of number or list of number or StochasticParameter
        Probability of a 1, sampled once per call (see
        :func:`handle_continuous_param`); must lie in ``[0, 1]``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Binomial(1.0).draw_samples(3)
    array([1, 1, 1], dtype=int32)

    """

    def __init__(self, p):
        super().__init__()
        self.p = handle_continuous_param(p, "p")

    # sampling order: p, coin flips
    def _draw_samples(self, size, random_state):
        p = self.p.draw_sample(random_state=random_state)
        if not 0 <= p <= 1.0:
            raise InvalidValueError(
                f"Expected probability p to be in the interval [0.0, 1.0], got {p!r}."
            )
        if size == _ONE_ROW:
            return np.array([random_state.binomial(1, p)], dtype=np.int32)
        return random_state.binomial(1, p, size).astype(np.int32)

    def __str__(self):
        return f"Binomial({self.p})"


class DiscreteUniform(StochasticParameter):
    """Parameter of integers drawn uniformly from ``[a, b]`` (both inclusive).

    Parameters
    ----------
    a, b : int or tuple of int or list of int or StochasticParameter
        Bounds, each sampled once per call (see :func:`handle_discrete_param`);
        swapped if ``a > b``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> samples = iap.DiscreteUniform(1, 3).draw_samples(100, random_state=0)
    >>> sorted(set(samples.tolist())), samples.dtype
    ([1, 2, 3], dtype('int32'))

    """

    def __init__(self, a, b):
        super().__init__()
        self.a = handle_discrete_param(a, "a")
        self.b = handle_discrete_param(b, "b")

    # sampling order: a, b, values
    def _draw_samples(self, size, random_state):
        a = int(self.a.draw_sample(random_state=random_state))
        b = int(self.b.draw_sample(random_state=random_state))
        if a > b:
            a, b = b, a
        elif a == b:
            return np.full(size, a, dtype=np.int32)
        if size == _ONE_ROW:
            value = random_state.integers(a, b + 1, dtype=np.int32)
            return np.array([value], dtype=np.int32)
        return random_state.integers(a, b + 1, size, dtype=np.int32)

    def __str__(self):
        return f"DiscreteUniform({self.a}, {self.b})"


class Poisson(StochasticParameter):
    """Parameter following a Poisson distribution.

    Parameters
    ----------
    lam : number or tuple of number or list of number or StochasticParameter
        Expected value, sampled once per call; negative values count as 0.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Poisson(0).draw_samples(2)
    array([0, 0], dtype=int32)

    """

    def __init__(self, lam):
        super().__init__()
        self.lam = handle_continuous_param(lam, "lam")

    # sampling order: lam, values
    def _draw_samples(self, size, random_state):
        lam = max(self.lam.draw_sample(random_state=random_state), 0)
        return random_state.poisson(lam=lam, size=size).astype(np.int32)

    def __str__(self):
        return f"Poisson({self.lam})"


def _check_scale(scale: Any, cls_name: str) -> None:
    if not scale >= 0:
        raise InvalidValueError(
            f"Expected sampled scale of {cls_name} to be >= 0, got {scale!r}."
        )


class Normal(StochasticParameter):
    """Parameter following a normal (Gaussian) distribution.

    Parameters
    ----------
    loc : number or tuple of number or list of number or StochasticParameter
        Mean, sampled once per call.
    scale : number or tuple of number or list of number or StochasticParameter
        Standard deviation (>= 0), sampled once per call; 0 returns `loc`.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Normal(1.5, 0).draw_samples(2)
    array([1.5, 1.5], dtype=float32)

    """

    def __init__(self, loc, scale):
        super().__init__()
        self.loc = handle_continuous_param(loc, "loc")
        self.scale = handle_continuous_param(scale, "scale", value_range=(0, None))

    # sampling order: loc, scale, values
    def _draw_samples(self, size, random_state):
        loc = self.loc.draw_sample(random_state=random_state)
        scale = self.scale.draw_sample(random_state=random_state)
        _check_scale(scale, "Normal")
        if scale == 0:
            return np.full(size, loc, dtype=np.float32)
        if size == _ONE_ROW:
            return np.array([random_state.normal(loc, scale)], dtype=np.float32)
        return random_state.normal(loc, scale, size=size).astype(np.float32)

    def __str__(self):
        return f"Normal(loc={self.loc}, scale={self.scale})"


def _sample_truncated_std_normal(uniform: np.ndarray, a: float, b: float) -> np.ndarray:
    """Map uniform ``[0, 1)`` samples to a standard normal truncated to ``[a, b]``.

    Inverse-CDF sampling in log space, on the lower tail (an interval in the upper
    tail is mirrored), so that even intervals far out in a tail stay accurate.
    """
    from scipy import special  # lazy: keeps `import imgaug` fast

    mirror = a > 0
    low, high = (-b, -a) if mirror else (a, b)
    log_low = special.log_ndtr(low)
    log_high = special.log_ndtr(high)
    # log of Phi(high) - u * (Phi(high) - Phi(low)), finite for u in [0, 1)
    ratio = np.expm1(log_low - log_high)
    log_p = log_high + np.log1p(uniform * ratio)
    samples = np.clip(special.ndtri_exp(log_p), low, high)
    return -samples if mirror else samples


class TruncatedNormal(StochasticParameter):
    """Parameter following a normal distribution truncated to ``[low, high]``.

    Parameters
    ----------
    loc : number or tuple of number or list of number or StochasticParameter
        Mean of the untruncated distribution, sampled once per call.
    scale : number or tuple of number or list of number or StochasticParameter
        Standard deviation of the untruncated distribution (>= 0); 0 returns `loc`.
    low, high : number or tuple of number or list of number or StochasticParameter
        Bounds, sampled once per call; swapped if ``low > high``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> samples = iap.TruncatedNormal(0, 1, low=-0.5, high=0.5).draw_samples(50)
    >>> bool((abs(samples) <= 0.5).all()), samples.dtype
    (True, dtype('float32'))

    """

    def __init__(self, loc, scale, low=-np.inf, high=np.inf):
        super().__init__()
        self.loc = handle_continuous_param(loc, "loc")
        self.scale = handle_continuous_param(scale, "scale", value_range=(0, None))
        self.low = handle_continuous_param(low, "low")
        self.high = handle_continuous_param(high, "high")

    # sampling order: loc, scale, low, high, seed (values come from RNG(seed))
    def _draw_samples(self, size, random_state):
        loc = float(self.loc.draw_sample(random_state=random_state))
        scale = float(self.scale.draw_sample(random_state=random_state))
        low = float(self.low.draw_sample(random_state=random_state))
        high = float(self.high.draw_sample(random_state=random_state))
        seed = random_state.generate_seed_()
        _check_scale(scale, "TruncatedNormal")
        if low > high:
            low, high = high, low
        if scale == 0:
            return np.full(size, loc, dtype=np.float32)
        uniform = iarandom.RNG(int(seed)).random(size, dtype=np.float64)
        std = _sample_truncated_std_normal(
            uniform, (low - loc) / scale, (high - loc) / scale
        )
        return np.clip(std * scale + loc, low, high).astype(np.float32)

    def __str__(self):
        return (
            f"TruncatedNormal(loc={self.loc}, scale={self.scale}, "
            f"low={self.low}, high={self.high})"
        )


class Laplace(StochasticParameter):
    """Parameter following a Laplace distribution (peaked at `loc`).

    Parameters
    ----------
    loc : number or tuple of number or list of number or StochasticParameter
        Location, sampled once per call.
    scale : number or tuple of number or list of number or StochasticParameter
        Scale (>= 0), sampled once per call; 0 returns `loc`.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Laplace(0, 1).draw_samples(4).dtype
    dtype('float32')

    """

    def __init__(self, loc, scale):
        super().__init__()
        self.loc = handle_continuous_param(loc, "loc")
        self.scale = handle_continuous_param(scale, "scale", value_range=(0, None))

    # sampling order: loc, scale, values
    def _draw_samples(self, size, random_state):
        loc = self.loc.draw_sample(random_state=random_state)
        scale = self.scale.draw_sample(random_state=random_state)
        _check_scale(scale, "Laplace")
        if scale == 0:
            return np.full(size, loc, dtype=np.float32)
        return random_state.laplace(loc, scale, size=size).astype(np.float32)

    def __str__(self):
        return f"Laplace(loc={self.loc}, scale={self.scale})"


class ChiSquare(StochasticParameter):
    """Parameter following a chi-square distribution.

    Parameters
    ----------
    df : int or tuple of int or list of int or StochasticParameter
        Degrees of freedom (>= 1), sampled once per call.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> bool((iap.ChiSquare(2).draw_samples(20) >= 0).all())
    True

    """

    def __init__(self, df):
        super().__init__()
        self.df = handle_discrete_param(df, "df", value_range=(1, None))

    # sampling order: df, values
    def _draw_samples(self, size, random_state):
        df = self.df.draw_sample(random_state=random_state)
        if not df >= 1:
            raise InvalidValueError(
                f"Expected sampled df of ChiSquare to be >= 1, got {df!r}."
            )
        return random_state.chisquare(df, size=size).astype(np.float32)

    def __str__(self):
        return f"ChiSquare(df={self.df})"


class Weibull(StochasticParameter):
    """Parameter following a Weibull distribution.

    Parameters
    ----------
    a : number or tuple of number or list of number or StochasticParameter
        Shape parameter (>= 0.0001), sampled once per call.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Weibull(1.5).draw_samples(3).dtype
    dtype('float32')

    """

    def __init__(self, a):
        super().__init__()
        self.a = handle_continuous_param(a, "a", value_range=(0.0001, None))

    # sampling order: a, values
    def _draw_samples(self, size, random_state):
        a = self.a.draw_sample(random_state=random_state)
        if not a > 0:
            raise InvalidValueError(
                f"Expected sampled a of Weibull to be > 0, got {a!r}."
            )
        return random_state.weibull(a, size=size).astype(np.float32)

    def __str__(self):
        return f"Weibull(a={self.a})"


class Uniform(StochasticParameter):
    """Parameter of floats drawn uniformly from ``[a, b)``.

    Parameters
    ----------
    a, b : number or tuple of number or list of number or StochasticParameter
        Bounds, each sampled once per call; swapped if ``a > b``; equal bounds
        return that value.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> samples = iap.Uniform(-1, 1).draw_samples(100, random_state=0)
    >>> samples.dtype, bool(((-1 <= samples) & (samples < 1)).all())
    (dtype('float32'), True)

    """

    def __init__(self, a, b):
        super().__init__()
        self.a = handle_continuous_param(a, "a")
        self.b = handle_continuous_param(b, "b")

    # sampling order: a, b, values
    def _draw_samples(self, size, random_state):
        a = self.a.draw_sample(random_state=random_state)
        b = self.b.draw_sample(random_state=random_state)
        if a > b:
            a, b = b, a
        elif a == b:
            return np.full(size, a, dtype=np.float32)
        if size == _ONE_ROW:
            value = np.float32(random_state.uniform(a, b))
            # as below: the largest float32 below b is the one just below b32
            b32 = np.float32(b)
            if value >= b32:
                value = np.nextafter(b32, np.float32(a))
            return np.array([value], dtype=np.float32)
        samples = random_state.uniform(a, b, size).astype(np.float32)
        # rounding to float32 may produce b itself; keep the interval half-open
        top = np.nextafter(np.float32(b), np.float32(a))
        return np.minimum(samples, top, out=samples)

    def __str__(self):
        return f"Uniform({self.a}, {self.b})"


def _draw_arcsine(size, random_state):
    """Beta(0.5, 0.5) samples as ``sin(pi/2 * U)**2`` with ``U ~ U[0, 1)``.

    The arcsine law exactly (the salt/pepper value distribution), in float32:
    ~18x faster than numpy's rejection sampler for these shapes.
    """
    # route: tests/perf/test_parameters_perf.py::test_beta_arcsine
    samples = random_state.random(size, dtype=np.float32)
    samples *= np.float32(np.pi / 2)
    np.sin(samples, out=samples)
    return np.square(samples, out=samples)


class Beta(StochasticParameter):
    """Parameter following a beta distribution (values in ``[0, 1]``).

    Parameters
    ----------
    alpha, beta : number or tuple of number or list of number or StochasticParameter
        Shape parameters, sampled once per call; values below `epsilon` are raised
        to `epsilon`.
    epsilon : number, optional
        Smallest allowed shape value.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> samples = iap.Beta(0.5, 0.5).draw_samples(20)
    >>> bool(((0 <= samples) & (samples <= 1)).all())
    True

    """

    def __init__(self, alpha, beta, epsilon=0.0001):
        super().__init__()
        self.alpha = handle_continuous_param(alpha, "alpha")
        self.beta = handle_continuous_param(beta, "beta")
        if not _is_single_number(epsilon):
            raise InvalidTypeError(
                "Expected argument 'epsilon' to be a number, got "
                f"{_type_name(epsilon)}."
            )
        if not epsilon > 0:
            raise InvalidValueError(
                f"Expected argument 'epsilon' to be > 0, got {epsilon!r}."
            )
        self.epsilon = epsilon

    # sampling order: alpha, beta, values
    def _draw_samples(self, size, random_state):
        alpha = max(self.alpha.draw_sample(random_state=random_state), self.epsilon)
        beta = max(self.beta.draw_sample(random_state=random_state), self.epsilon)
        if alpha == 0.5 and beta == 0.5:
            return _draw_arcsine(size, random_state)
        return random_state.beta(alpha, beta, size=size).astype(np.float32)

    def __str__(self):
        return f"Beta({self.alpha}, {self.beta})"


class FromLowerResolution(StochasticParameter):
    """Sample another parameter at a lower resolution and upscale the result.

    Produces coarse, blocky samples (e.g. the rectangular drop areas of
    ``CoarseDropout``). Only sizes ``(H, W, C)`` and ``(N, H, W, C)`` are supported.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter sampled at shape ``(1, h, w, C)`` per image.
    size_percent : None or number or tuple of number or StochasticParameter, optional
        Low-resolution size as a fraction of ``(H, W)``; a tuple samples uniformly.
    size_px : None or int or tuple of int or StochasticParameter, optional
        Low-resolution size in pixels; a tuple samples discretely uniformly. Used if
        `size_percent` is None; one of the two is required.
    method : str or int or StochasticParameter, optional
        Upscaling interpolation (see ``imgaug.imgaug.imresize_many_images``).
    min_size : int, optional
        Smallest low-resolution height/width.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> param = iap.FromLowerResolution(iap.Binomial(0.5), size_px=2)
    >>> param.draw_samples((4, 4, 1), random_state=0).shape
    (4, 4, 1)

    """

    def __init__(
        self, other_param, size_percent=None, size_px=None, method="nearest", min_size=1
    ):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        self.other_param = other_param
        if size_percent is not None:
            self.size_method = "percent"
            self.size_px = None
            self.size_percent = self._handle_size(size_percent, "size_percent")
        else:
            if size_px is None:
                raise InvalidValueError(
                    "Expected either 'size_percent' or 'size_px' to be provided, got "
                    "neither of them."
                )
            self.size_method = "px"
            self.size_percent = None
            self.size_px = self._handle_size(size_px, "size_px")
        if _is_string(method) or _is_single_integer(method):
            if method not in _RESIZE_METHODS:
                raise InvalidValueError(
                    f"Expected argument 'method' to be one of {list(_RESIZE_METHODS)}, "
                    f"got {method!r}."
                )
            self.method = Deterministic(method)
        elif isinstance(method, StochasticParameter):
            self.method = method
        else:
            raise InvalidTypeError(
                "Expected argument 'method' to be a string, an int or a "
                f"StochasticParameter, got {_type_name(method)}."
            )
        if not _is_single_integer(min_size) or min_size < 1:
            raise InvalidValueError(
                f"Expected argument 'min_size' to be an int >= 1, got {min_size!r}."
            )
        self.min_size = min_size

    @staticmethod
    def _handle_size(value: Any, name: str) -> StochasticParameter:
        is_px = name == "size_px"
        single = _is_single_integer(value) if is_px else _is_single_number(value)
        if single:
            _check_value_range(value, name, (0, None))
            return Deterministic(value)
        if isinstance(value, StochasticParameter):
            return value
        if _is_iterable(value) and not isinstance(value, str):
            if len(value) != 2 or not _all_numbers(value):
                raise InvalidValueError(
                    f"Expected argument '{name}' given as an iterable to contain "
                    f"exactly two numbers, got {value!r}."
                )
            _check_all_in_range(value, name, (0, None))
            if is_px:
                return DiscreteUniform(value[0], value[1])
            return Uniform(value[0], value[1])
        kind = "int" if is_px else "int, float"
        raise InvalidTypeError(
            f"Expected {kind}, tuple of two {kind}s or StochasticParameter for "
            f"'{name}', got {_type_name(value)}."
        )

    # sampling order: sizes (N, 2), methods (N,), then other_param once per image
    def _draw_samples(self, size, random_state):
        if len(size) == 3:
            nb_images = 1
            height, width, nb_channels = size
        elif len(size) == 4:
            nb_images, height, width, nb_channels = size
        else:
            raise InvalidValueError(
                "FromLowerResolution can only generate samples of shape (H, W, C) "
                f"or (N, H, W, C), requested was {size!r}."
            )
        if self.size_method == "percent":
            fractions = self.size_percent.draw_samples(
                (nb_images, 2), random_state=random_state
            )
            hw_px = (fractions * np.array([height, width])).astype(np.int32)
        else:
            hw_px = self.size_px.draw_samples((nb_images, 2), random_state=random_state)
        methods = self.method.draw_samples((nb_images,), random_state=random_state)

        # upward reference forced by the spec (upscaling uses the public resize
        # function); imported here so that imgaug.parameters stays low in the layers
        import imgaug.imgaug as ia

        result = None
        for i in range(nb_images):
            method = _as_python_scalar(methods[i])
            h_small = max(int(hw_px[i, 0]), self.min_size)
            w_small = max(int(hw_px[i, 1]), self.min_size)
            samples = self.other_param.draw_samples(
                (1, h_small, w_small, nb_channels), random_state=random_state
            )
            samples = _to_resizable_dtype(samples, method == "nearest")
            upscaled = ia.imresize_many_images(
                samples, (height, width), interpolation=method
            )
            if result is None:
                result = np.zeros(
                    (nb_images, height, width, nb_channels), dtype=upscaled.dtype
                )
            result[i] = upscaled[0]
        if result is None:
            result = np.zeros((nb_images, height, width, nb_channels), np.float32)
        if len(size) == 3:
            return result[0]
        return result

    def __str__(self):
        if self.size_method == "percent":
            return (
                f"FromLowerResolution(size_percent={self.size_percent}, "
                f"method={self.method}, other_param={self.other_param})"
            )
        return (
            f"FromLowerResolution(size_px={self.size_px}, method={self.method}, "
            f"other_param={self.other_param})"
        )


def _to_resizable_dtype(samples: np.ndarray, nearest: bool) -> np.ndarray:
    """Convert samples to a dtype the resize function accepts for the method.

    Non-nearest interpolation turns integer samples into float32, so that e.g. cubic
    upscaling of 0/1 coin flips yields smooth instead of hard edges.
    """
    kind = samples.dtype.kind
    if kind == "f":
        return samples.astype(np.float32, copy=False)
    if kind in "iu" and nearest:
        target = np.dtype(np.int32 if kind == "i" else np.uint16)
        info = np.iinfo(target)
        return np.clip(samples, info.min, info.max).astype(target, copy=False)
    if kind in "iu":
        return samples.astype(np.float32)
    if kind == "b":
        return samples
    raise InvalidTypeError(
        "Expected samples of other_param in FromLowerResolution to be of a bool, "
        f"int, uint or float dtype, got {samples.dtype.name}."
    )


# --------------------------------------------------------------------------------
# arithmetic / transforming wrappers
# --------------------------------------------------------------------------------
class Clip(StochasticParameter):
    """Clip the samples of another parameter to ``[minval, maxval]``.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are clipped.
    minval, maxval : None or number, optional
        Bounds; None means unbounded. Integer samples stay integers (a float bound
        is rounded towards the inside of the interval).

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Clip(iap.Deterministic(5), None, 2).draw_samples(2)
    array([2, 2], dtype=int32)

    """

    def __init__(self, other_param, minval=None, maxval=None):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        for name, value in (("minval", minval), ("maxval", maxval)):
            if value is not None and not _is_single_number(value):
                raise InvalidTypeError(
                    f"Expected argument '{name}' to be None or a number, got "
                    f"{_type_name(value)}."
                )
            if value is not None:
                _check_not_nan(value, name)
        self.other_param = other_param
        self.minval = minval
        self.maxval = maxval

    def _draw_samples(self, size, random_state):
        samples = self.other_param.draw_samples(size, random_state=random_state)
        if self.minval is None and self.maxval is None:
            return samples
        minval, maxval = self.minval, self.maxval
        if samples.dtype.kind in "iu":
            info = np.iinfo(samples.dtype)
            if minval is not None:
                minval = min(max(int(np.ceil(minval)), info.min), info.max)
            if maxval is not None:
                maxval = max(min(int(np.floor(maxval)), info.max), info.min)
        samples = np.asarray(samples)
        return np.clip(samples, minval, maxval, out=samples)

    def __str__(self):
        minval = "None" if self.minval is None else f"{float(self.minval):.6f}"
        maxval = "None" if self.maxval is None else f"{float(self.maxval):.6f}"
        return f"Clip({self.other_param}, {minval}, {maxval})"


class Discretize(StochasticParameter):
    """Convert the float samples of another parameter to integers.

    Float samples are optionally rounded and then cast to a signed integer dtype of
    half their bit width (float16 -> int8, float32 -> int16, float64 -> int32),
    clipped to that dtype's range. Integer and bool samples pass unchanged.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are discretized.
    round : bool, optional
        Round to the nearest integer before casting (else truncate).

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Discretize(iap.Deterministic(1.7)).draw_samples(2)
    array([2, 2], dtype=int16)

    """

    def __init__(self, other_param, round=True):  # noqa: A002  (0.4.0 name)
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        _check_flag(round, "round")
        self.other_param = other_param
        self.round = round

    def _draw_samples(self, size, random_state):
        samples = np.asarray(
            self.other_param.draw_samples(size, random_state=random_state)
        )
        kind = samples.dtype.kind
        if kind in "uib":
            return samples
        if kind != "f":
            raise InvalidTypeError(
                "Expected samples of other_param in Discretize to be of a bool, int, "
                f"uint or float dtype, got {samples.dtype.name}."
            )
        bits = max(8 * samples.dtype.itemsize // 2, 8)
        dtype = np.dtype(f"int{min(bits, 64)}")
        if self.round:
            samples = np.round(samples)
        info = np.iinfo(dtype)
        samples = np.clip(samples, info.min, info.max)
        return samples.astype(dtype)

    def __str__(self):
        return f"Discretize({self.other_param}, round={self.round})"


class _ArithmeticParameter(StochasticParameter):
    """Shared logic of Multiply, Divide, Add, Subtract and Power."""

    def __init__(self, other_param, val, elementwise=False):
        super().__init__()
        self.other_param = handle_continuous_param(other_param, "other_param")
        self.val = handle_continuous_param(val, "val")
        _check_flag(elementwise, "elementwise")
        self.elementwise = elementwise

    # sampling order: other_param, then val
    def _draw_samples(self, size, random_state):
        samples = self.other_param.draw_samples(size, random_state=random_state)
        if self.elementwise and not isinstance(self.val, Deterministic):
            values = self.val.draw_samples(size, random_state=random_state)
            return self._combine(samples, values, True)
        value = self.val.draw_sample(random_state=random_state)
        return self._combine(samples, value, False)

    def _combine(self, samples, values, elementwise):
        raise NotImplementedError

    def __str__(self):
        return (
            f"{type(self).__name__}({self.other_param}, {self.val}, {self.elementwise})"
        )


class Multiply(_ArithmeticParameter):
    """Multiply the samples of a parameter with a value.

    Parameters
    ----------
    other_param : number or tuple of number or list of number or StochasticParameter
        Parameter (or value, see :func:`handle_continuous_param`) to multiply.
    val : number or tuple of number or list of number or StochasticParameter
        Factor; sampled once per call, or once per element if `elementwise` is set
        and `val` is not :class:`Deterministic`.
    elementwise : bool, optional
        Whether to sample `val` per element.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Multiply(iap.Deterministic(2), 3).draw_samples(2)
    array([6, 6], dtype=int32)

    """

    def _combine(self, samples, values, elementwise):
        if not elementwise:
            values = _as_python_scalar(values)
        return np.multiply(samples, values)


class Divide(_ArithmeticParameter):
    """Divide the samples of a parameter by a value (results are floats).

    Zero divisors are replaced by 1. Integer samples become float64.

    Parameters
    ----------
    other_param : number or tuple of number or list of number or StochasticParameter
        Dividend parameter (or value).
    val : number or tuple of number or list of number or StochasticParameter
        Divisor; sampled once per call, or per element if `elementwise` is set and
        `val` is not :class:`Deterministic`.
    elementwise : bool, optional
        Whether to sample `val` per element.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Divide(iap.Deterministic(3), 0).draw_samples(2)
    array([3., 3.])

    """

    def _combine(self, samples, values, elementwise):
        samples = force_np_float_dtype(np.asarray(samples))
        if elementwise:
            values = np.array(values)
            values[values == 0] = 1
            return np.divide(samples, force_np_float_dtype(values))
        if values == 0:
            values = 1
        return samples / float(values)


class Add(_ArithmeticParameter):
    """Add a value to the samples of a parameter.

    Parameters
    ----------
    other_param : number or tuple of number or list of number or StochasticParameter
        Parameter (or value) to add to.
    val : number or tuple of number or list of number or StochasticParameter
        Summand; sampled once per call, or per element if `elementwise` is set and
        `val` is not :class:`Deterministic`.
    elementwise : bool, optional
        Whether to sample `val` per element.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> (iap.Deterministic(1) + 2).draw_samples(2)
    array([3, 3], dtype=int32)

    """

    def _combine(self, samples, values, elementwise):
        if not elementwise:
            values = _as_python_scalar(values)
        return np.add(samples, values)


class Subtract(_ArithmeticParameter):
    """Subtract a value from the samples of a parameter.

    Parameters
    ----------
    other_param : number or tuple of number or list of number or StochasticParameter
        Parameter (or value) to subtract from.
    val : number or tuple of number or list of number or StochasticParameter
        Subtrahend; sampled once per call, or per element if `elementwise` is set
        and `val` is not :class:`Deterministic`.
    elementwise : bool, optional
        Whether to sample `val` per element.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> (10 - iap.Deterministic(1)).draw_samples(2)
    array([9, 9], dtype=int32)

    """

    def _combine(self, samples, values, elementwise):
        if not elementwise:
            values = _as_python_scalar(values)
        return np.subtract(samples, values)


def _real_power(base: np.ndarray, exponent: Any) -> np.ndarray:
    """Return the real part of the principal complex power ``base ** exponent``.

    Equals ``|base|**e * cos(pi*e)`` for negative bases (so fractional exponents give
    a real number instead of NaN) and the ordinary power otherwise; computed without
    complex arrays.
    """
    result = np.power(np.abs(base), exponent)
    negative = base < 0
    if np.any(negative):
        cos_term = np.cos(np.pi * np.asarray(exponent, dtype=np.float64))
        if cos_term.ndim > 0:
            cos_term = np.broadcast_to(cos_term, result.shape)[negative]
        result = np.asarray(result)
        result[negative] = result[negative] * cos_term
    return result


class Power(_ArithmeticParameter):
    """Raise the samples of a parameter to a power.

    If exactly one of samples and exponent is a float, the other one becomes
    float64; if neither is, both become float64 (so ``int ** int`` gives float64).
    Negative bases with fractional exponents yield the real part of the complex
    result instead of NaN.

    Parameters
    ----------
    other_param : number or tuple of number or list of number or StochasticParameter
        Base parameter (or value).
    val : number or tuple of number or list of number or StochasticParameter
        Exponent; sampled once per call, or per element if `elementwise` is set
        and `val` is not :class:`Deterministic`.
    elementwise : bool, optional
        Whether to sample `val` per element.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Power(iap.Deterministic(-8.0), 2).draw_samples(2)
    array([64., 64.], dtype=float32)

    """

    def _combine(self, samples, values, elementwise):
        samples, values = both_np_float_if_one_is_float(np.asarray(samples), values)
        dtype = samples.dtype
        result = _real_power(samples, values)
        return np.asarray(result).astype(dtype, copy=False)


class Absolute(StochasticParameter):
    """Take the absolute value of the samples of another parameter.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are made non-negative.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Absolute(iap.Deterministic(-2)).draw_samples(2)
    array([2, 2], dtype=int32)

    """

    def __init__(self, other_param):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        self.other_param = other_param

    def _draw_samples(self, size, random_state):
        samples = self.other_param.draw_samples(size, random_state=random_state)
        return np.absolute(samples)

    def __str__(self):
        return f"Absolute({self.other_param})"


class RandomSign(StochasticParameter):
    """Give the absolute samples of another parameter a random sign.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter with int or float samples.
    p_positive : number, optional
        Probability of a positive sign, in ``[0, 1]``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.RandomSign(iap.Deterministic(2), p_positive=0).draw_samples(2)
    array([-2, -2], dtype=int32)

    """

    def __init__(self, other_param, p_positive=0.5):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        if not _is_single_number(p_positive) or not 0 <= p_positive <= 1:
            raise InvalidValueError(
                "Expected argument 'p_positive' to be a number in [0, 1], got "
                f"{p_positive!r}."
            )
        self.other_param = other_param
        self.p_positive = p_positive

    # sampling order: samples, coin flips
    def _draw_samples(self, size, random_state):
        samples = self.other_param.draw_samples(size, random_state=random_state)
        if samples.dtype.kind not in "fi":
            raise InvalidTypeError(
                "Expected samples of other_param in RandomSign to be of a float or "
                f"signed int dtype, got {samples.dtype.name}."
            )
        coinflips = random_state.binomial(1, self.p_positive, size=size)
        signs = coinflips.astype(np.int8) * 2 - 1
        return np.absolute(samples) * signs

    def __str__(self):
        return f"RandomSign({self.other_param}, {float(self.p_positive):.2f})"


class ForceSign(StochasticParameter):
    """Force the samples of another parameter to be positive or negative.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples get the wanted sign.
    positive : bool
        True makes samples ``>= 0``, False ``<= 0``.
    mode : {"invert", "reroll"}, optional
        ``"invert"`` flips the sign of wrong samples; ``"reroll"`` redraws the full
        array up to `reroll_count_max` times and takes replacements for the wrong
        elements from it, then flips the remaining wrong ones.
    reroll_count_max : int, optional
        Maximum number of redraws in ``"reroll"`` mode.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.ForceSign(iap.Deterministic(-3), positive=True).draw_samples(2)
    array([3, 3], dtype=int32)

    """

    def __init__(self, other_param, positive, mode="invert", reroll_count_max=2):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        is_int_like = isinstance(positive, numbers.Integral | np.bool_)
        if not is_int_like or positive not in (True, False):
            raise InvalidTypeError(
                f"Expected argument 'positive' to be a bool, got {positive!r}."
            )
        if mode not in ("invert", "reroll"):
            raise InvalidValueError(
                f"Expected argument 'mode' to be 'invert' or 'reroll', got {mode!r}."
            )
        if not _is_single_integer(reroll_count_max) or reroll_count_max < 0:
            raise InvalidValueError(
                "Expected argument 'reroll_count_max' to be an int >= 0, got "
                f"{reroll_count_max!r}."
            )
        self.other_param = other_param
        self.positive = bool(positive)
        self.mode = mode
        self.reroll_count_max = reroll_count_max

    def _wrong(self, samples: np.ndarray) -> np.ndarray:
        return samples < 0 if self.positive else samples > 0

    # sampling order: samples, then each reroll
    def _draw_samples(self, size, random_state):
        samples = np.asarray(
            self.other_param.draw_samples(size, random_state=random_state)
        )
        wrong = self._wrong(samples)
        if self.mode == "reroll":
            # element-wise replacement (0.4.0 only replaced along axis 0; fixed)
            count = 0
            while count < self.reroll_count_max and wrong.any():
                rerolled = self.other_param.draw_samples(
                    size, random_state=random_state
                )
                samples[wrong] = np.asarray(rerolled)[wrong]
                wrong = self._wrong(samples)
                count += 1
        if wrong.any():
            # one select (4x faster than a boolean gather and scatter)
            samples = np.where(wrong, -samples, samples)
        return samples

    def __str__(self):
        return (
            f"ForceSign({self.other_param}, {self.positive}, {self.mode}, "
            f"{int(self.reroll_count_max):d})"
        )


def Positive(other_param, mode="invert", reroll_count_max=2):  # noqa: N802
    """Return a :class:`ForceSign` that makes samples positive.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are made ``>= 0``.
    mode : {"invert", "reroll"}, optional
        See :class:`ForceSign`.
    reroll_count_max : int, optional
        See :class:`ForceSign`.

    Returns
    -------
    ForceSign
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> str(iap.Positive(iap.Deterministic(-1)))
    'ForceSign(Deterministic(int -1), True, invert, 2)'

    """
    return ForceSign(
        other_param=other_param,
        positive=True,
        mode=mode,
        reroll_count_max=reroll_count_max,
    )


def Negative(other_param, mode="invert", reroll_count_max=2):  # noqa: N802
    """Return a :class:`ForceSign` that makes samples negative.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are made ``<= 0``.
    mode : {"invert", "reroll"}, optional
        See :class:`ForceSign`.
    reroll_count_max : int, optional
        See :class:`ForceSign`.

    Returns
    -------
    ForceSign
        The parameter.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> iap.Negative(iap.Deterministic(4)).draw_samples(1)
    array([-4], dtype=int32)

    """
    return ForceSign(
        other_param=other_param,
        positive=False,
        mode=mode,
        reroll_count_max=reroll_count_max,
    )


def _handle_string_list_param(
    value: Any, name: str, valid: tuple, all_choice: list
) -> StochasticParameter:
    """Handle ``imgaug.ALL`` / str / list of str / parameter with validation."""
    if isinstance(value, str) and value == _ALL:
        return Choice(list(all_choice))
    if _is_string(value):
        if value not in valid:
            raise InvalidValueError(
                f"Expected {name} to be one of {', '.join(valid)}, got {value!r}."
            )
        return Deterministic(value)
    if isinstance(value, list):
        if len(value) == 0 or not all(_is_string(v) for v in value):
            raise InvalidValueError(
                f"Expected {name} given as a list to be a non-empty list of strings, "
                f"got {value!r}."
            )
        invalid = [v for v in value if v not in valid]
        if invalid:
            raise InvalidValueError(
                f"Expected {name} to only contain {', '.join(valid)}, got "
                f"{', '.join(invalid)}."
            )
        return Choice(value)
    if isinstance(value, StochasticParameter):
        return value
    raise InvalidTypeError(
        f"Expected {name} to be imgaug.ALL, a string, a list of strings or a "
        f"StochasticParameter, got {_type_name(value)}."
    )


class IterativeNoiseAggregator(StochasticParameter):
    """Combine several draws of a (noise) parameter element-wise.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter drawn `iterations` times at the requested size.
    iterations : int or tuple of int or list of int or StochasticParameter, optional
        Number of draws, in ``[1, 10000]``; a tuple samples discretely uniformly, a
        list picks from it.
    aggregation_method : imgaug.ALL or str or list or StochasticParameter, optional
        ``"min"``, ``"max"`` or ``"avg"``; ``imgaug.ALL`` picks among all three.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> param = iap.IterativeNoiseAggregator(iap.Uniform(0, 1), 3, "max")
    >>> param.draw_samples((2, 2)).dtype
    dtype('float32')

    """

    def __init__(
        self,
        other_param,
        iterations=(1, 3),
        aggregation_method=["max", "avg"],  # noqa: B006  (0.4.0 default; never mutated)
    ):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        self.other_param = other_param
        self.iterations = self._handle_iterations(iterations)
        self.aggregation_method = _handle_string_list_param(
            aggregation_method,
            "aggregation_method",
            ("min", "max", "avg"),
            ["min", "max", "avg"],
        )

    @staticmethod
    def _handle_iterations(iterations: Any) -> StochasticParameter:
        if isinstance(iterations, StochasticParameter):
            return iterations
        if _is_single_integer(iterations):
            values = [iterations]
        elif isinstance(iterations, list) or (
            _is_iterable(iterations) and not isinstance(iterations, str)
        ):
            values = list(iterations)
            if not values or not all(_is_single_integer(v) for v in values):
                raise InvalidValueError(
                    "Expected iterations given as an iterable to contain only ints, "
                    f"got {iterations!r}."
                )
            if not isinstance(iterations, list) and len(values) != 2:
                raise InvalidValueError(
                    "Expected iterations given as a tuple to contain exactly two "
                    f"ints, got {iterations!r}."
                )
        else:
            raise InvalidTypeError(
                "Expected iterations to be int or tuple of two ints or list of ints "
                f"or StochasticParameter, got {_type_name(iterations)}."
            )
        if not all(1 <= v <= 10000 for v in values):
            raise InvalidValueError(
                f"Expected iterations to be in the interval [1, 10000], got {values}."
            )
        if _is_single_integer(iterations):
            return Deterministic(iterations)
        if isinstance(iterations, list):
            return Choice(iterations)
        return DiscreteUniform(values[0], values[1])

    # sampling order: aggregation method, iterations, then every iteration
    def _draw_samples(self, size, random_state):
        return _as_float_noise(self._draw_samples_maybe_codes(size, random_state))

    def _draw_samples_maybe_codes(self, size, random_state):
        method = self.aggregation_method.draw_sample(random_state=random_state)
        iterations = int(self.iterations.draw_sample(random_state=random_state))
        if iterations < 1:
            raise InvalidValueError(
                f"Expected to sample at least one iteration, got {iterations}."
            )
        noises = [
            _draw_noise_maybe_codes(self.other_param, size, random_state)
            for _ in range(iterations)
        ]
        if method != "avg" and all(isinstance(n, _NoiseCodes) for n in noises):
            # codes / 255 is increasing in the codes: the min/max of the codes
            reduce = np.minimum if method == "min" else np.maximum
            codes = noises[0].codes
            for noise in noises[1:]:
                codes = reduce(codes, noise.codes)
            return _NoiseCodes(codes)
        result = None
        for noise in map(_as_float_noise, noises):
            if method == "avg":
                if result is None:
                    result = np.zeros(size, dtype=np.float32)
                result += noise
            elif result is None:
                result = noise
            elif method == "min":
                result = np.minimum(result, noise)
            else:
                result = np.maximum(result, noise)
        if method == "avg":
            result = result / iterations
        return result

    def __str__(self):
        return (
            f"IterativeNoiseAggregator({self.other_param}, {self.iterations}, "
            f"{self.aggregation_method})"
        )


class Sigmoid(StochasticParameter):
    """Apply a sigmoid to the samples of another parameter (e.g. to sharpen noise).

    If the sampled `activated` is ``> 0.5``, returns
    ``1 / (1 + exp(-(x * mul + add - threshold)))``, else the samples as floats.

    Parameters
    ----------
    other_param : StochasticParameter
        Parameter whose samples are transformed.
    threshold : number or tuple or list or StochasticParameter, optional
        Shift of the sigmoid, sampled once per call (higher -> more values near 0).
    activated : bool or number or StochasticParameter, optional
        Probability that the sigmoid is applied (see
        :func:`handle_probability_param`).
    mul : number, optional
        Factor (> 0) applied to the samples first.
    add : number, optional
        Offset added after `mul`.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> param = iap.Sigmoid(iap.Deterministic(0.0), threshold=0)
    >>> param.draw_samples(2)
    array([0.5, 0.5], dtype=float32)

    """

    def __init__(self, other_param, threshold=(-10, 10), activated=True, mul=1, add=0):
        super().__init__()
        _assert_arg_is_stoch_param("other_param", other_param)
        self.other_param = other_param
        self.threshold = handle_continuous_param(threshold, "threshold")
        self.activated = handle_probability_param(activated, "activated")
        if not _is_single_number(mul) or not mul > 0:
            raise InvalidValueError(
                f"Expected argument 'mul' to be a number > 0, got {mul!r}."
            )
        if not _is_single_number(add):
            raise InvalidTypeError(
                f"Expected argument 'add' to be a number, got {_type_name(add)}."
            )
        _check_not_nan(add, "add")
        self.mul = mul
        self.add = add

    @staticmethod
    def create_for_noise(other_param, threshold=(-10, 10), activated=True):
        """Create a sigmoid suited to noise in ``[0, 1]`` (``mul=20, add=-10``).

        Parameters
        ----------
        other_param : StochasticParameter
            Noise parameter.
        threshold : number or tuple or list or StochasticParameter, optional
            See :class:`Sigmoid`.
        activated : bool or number or StochasticParameter, optional
            See :class:`Sigmoid`.

        Returns
        -------
        Sigmoid
            The parameter.

        """
        return Sigmoid(other_param, threshold, activated, mul=20, add=-10)

    # sampling order: samples, activated, threshold
    def _draw_samples(self, size, random_state):
        result = _draw_noise_maybe_codes(self.other_param, size, random_state)
        activated = self.activated.draw_sample(random_state=random_state)
        threshold = _as_python_scalar(
            self.threshold.draw_sample(random_state=random_state)
        )
        if isinstance(result, _NoiseCodes):
            if activated > 0.5:
                # route: tests/perf/test_parameters_perf.py::test_sigmoid_of_noise_codes
                return result.map_values(lambda x: self._activate(x, threshold))
            return result.to_float()
        result = np.asarray(result)
        if result.dtype.kind != "f":
            result = result.astype(np.float32)
        if activated > 0.5:
            return self._activate(result, threshold)
        return result

    def _activate(self, values, threshold):
        return _stable_sigmoid(values * self.mul + (self.add - threshold))

    def __str__(self):
        return (
            f"Sigmoid({self.other_param}, {self.threshold}, {self.activated}, "
            f"{self.mul}, {self.add})"
        )


def _stable_sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function ``1 / (1 + exp(-z))`` without overflow warnings.

    For very negative `z`, ``exp(-z)`` overflows to ``inf`` (silenced) and the
    result is exactly 0. Four in-place passes, ~3x faster than a ``np.where`` of
    two branches on noise masks.
    """
    out = np.negative(z, dtype=np.result_type(z, np.float16))
    with np.errstate(over="ignore"):
        np.exp(out, out=out)
    out += 1
    return np.reciprocal(out, out=out)


def _downscaled_size(height: int, width: int, size_px_max: int, min_px: int):
    """Low-resolution size whose longer side is at most `size_px_max` pixels."""
    maxlen = max(height, width)
    h_small, w_small = height, width
    if maxlen > size_px_max:
        factor = size_px_max / maxlen
        h_small = int(height * factor)
        w_small = int(width * factor)
    return max(h_small, min_px), max(w_small, min_px)


def _check_noise_size(size: tuple, cls_name: str) -> tuple:
    if len(size) not in (2, 3):
        raise InvalidValueError(
            f"Expected requested noise of {cls_name} to have shape (H, W) or "
            f"(H, W, C), got shape {size!r}."
        )
    height, width = int(size[0]), int(size[1])
    nb_channels = 1 if len(size) == 2 else int(size[2])
    return height, width, nb_channels


def _stack_channels(channels: list, size: tuple) -> np.ndarray:
    if len(size) == 2:
        return channels[0]
    if not channels:
        return np.zeros(size, dtype=np.float32)
    return np.stack(channels, axis=-1)


def _as_float_noise(noise):
    return noise.to_float() if isinstance(noise, _NoiseCodes) else noise


def _finish_noise_as_codes(noise_0to1, height: int, width: int, method: Any):
    """Return the upscaled noise as `_NoiseCodes` (float32 where it is not resized)."""
    if noise_0to1.shape == (height, width):
        return noise_0to1.astype(np.float32)
    if height == 0 or width == 0:
        return _noise.upscale_noise_uint8(
            noise_0to1, height, width, _as_python_scalar(method)
        )
    return _NoiseCodes(
        _noise.upscale_noise_codes(noise_0to1, height, width, _as_python_scalar(method))
    )


class _NoiseCodes:
    """A 2D noise map ``codes / 255`` kept as its uint8 codes.

    Upscaled simplex and frequency noise only takes these 256 values, so the
    noise parameters built on them (the min/max of `IterativeNoiseAggregator`,
    `Sigmoid`) can work on the codes: a uint8 min/max, and a 256-entry table
    computed with the float32 arithmetic they would apply to every pixel.
    """

    __slots__ = ("codes",)

    def __init__(self, codes: np.ndarray):
        self.codes = codes

    def to_float(self) -> np.ndarray:
        return _noise.codes_to_float(self.codes)

    def map_values(self, function) -> np.ndarray:
        """``function(codes / 255)`` of an elementwise float32 `function`, by table."""
        import cv2  # lazy: keeps `import imgaug.parameters` light

        table = function(_noise.codes_to_float(np.arange(256, dtype=np.uint8)))
        return cv2.LUT(self.codes, np.ascontiguousarray(table, dtype=np.float32))


def _draw_noise_maybe_codes(param, size: tuple, random_state):
    """``param.draw_samples(size, random_state)``, as `_NoiseCodes` where it can be.

    The noise parameters themselves (not subclasses, which may override their
    draws) return codes for 2D sizes; everything else (and every other size) goes
    through `draw_samples`.
    """
    size = _normalize_size(size)
    if (
        type(param) not in (SimplexNoise, FrequencyNoise, IterativeNoiseAggregator)
        or len(size) != 2
        or not isinstance(random_state, iarandom.RNG)
    ):
        return param.draw_samples(size, random_state=random_state)
    samples = param._draw_samples_maybe_codes(size, random_state)
    random_state.advance_()  # as draw_samples does
    return samples


class SimplexNoise(StochasticParameter):
    """Smooth 2D gradient noise in ``[0, 1]`` (simplex-noise blobs).

    Per channel, the noise is generated at a low resolution (longer side at most
    `size_px_max`) and upscaled to the requested ``(H, W)``.

    Parameters
    ----------
    size_px_max : int or tuple of int or list of int or StochasticParameter, optional
        Maximum side length of the low-resolution noise, in ``[1, 10000]``; smaller
        values give larger blobs.
    upscale_method : imgaug.ALL or str or list of str or StochasticParameter, optional
        Interpolation for upscaling: ``"nearest"``, ``"linear"``, ``"area"`` or
        ``"cubic"``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> noise = iap.SimplexNoise().draw_samples((8, 8))
    >>> noise.shape, noise.dtype, bool(((0 <= noise) & (noise <= 1)).all())
    ((8, 8), dtype('float32'), True)

    """

    def __init__(
        self,
        size_px_max=(2, 16),
        upscale_method=["linear", "nearest"],  # noqa: B006  (0.4.0 default)
    ):
        super().__init__()
        self.size_px_max = handle_discrete_param(
            size_px_max, "size_px_max", value_range=(1, 10000)
        )
        self.upscale_method = _handle_string_list_param(
            upscale_method, "upscale_method", _UPSCALE_METHODS, list(_UPSCALE_METHODS)
        )

    # sampling order (per channel): upscale method, seed, size_px_max
    def _draw_samples(self, size, random_state):
        height, width, nb_channels = _check_noise_size(size, "SimplexNoise")
        channels = [
            _as_float_noise(self._draw_channel(height, width, random_state))
            for _ in range(nb_channels)
        ]
        return _stack_channels(channels, size)

    def _draw_samples_maybe_codes(self, size, random_state):
        height, width, _ = _check_noise_size(size, "SimplexNoise")
        return self._draw_channel(height, width, random_state)

    def _draw_channel(self, height: int, width: int, random_state):
        method = self.upscale_method.draw_samples((1,), random_state=random_state)[0]
        seed = int(random_state.generate_seed_())
        size_px_max = int(self.size_px_max.draw_sample(random_state=random_state))
        h_small, w_small = _downscaled_size(height, width, size_px_max, 1)
        noise = _noise.simplex_noise_2d(h_small, w_small, seed)
        noise_0to1 = np.clip((noise + 1.0) / 2, 0.0, 1.0)
        return _finish_noise_as_codes(noise_0to1, height, width, method)

    def __str__(self):
        return f"SimplexNoise({self.size_px_max}, {self.upscale_method})"


class FrequencyNoise(StochasticParameter):
    """Noise in ``[0, 1]`` shaped in the frequency domain.

    Random frequency components are weighted by ``f**exponent`` and transformed back
    with an inverse FFT: negative exponents give large smooth blobs, positive ones
    fine grain. Generated per channel at a low resolution (longer side at most
    `size_px_max`, at least 4 px) and upscaled.

    Parameters
    ----------
    exponent : number or tuple or list or StochasticParameter, optional
        Frequency weighting exponent, sampled per channel.
    size_px_max : int or tuple of int or list of int or StochasticParameter, optional
        Maximum side length of the low-resolution noise, in ``[1, 10000]``.
    upscale_method : imgaug.ALL or str or list of str or StochasticParameter, optional
        Interpolation for upscaling: ``"nearest"``, ``"linear"``, ``"area"`` or
        ``"cubic"``.

    Examples
    --------
    >>> import imgaug.parameters as iap
    >>> noise = iap.FrequencyNoise(exponent=-2).draw_samples((16, 16, 2))
    >>> noise.shape, noise.dtype
    ((16, 16, 2), dtype('float32'))

    """

    def __init__(
        self,
        exponent=(-4, 4),
        size_px_max=(4, 32),
        upscale_method=["linear", "nearest"],  # noqa: B006  (0.4.0 default)
    ):
        super().__init__()
        self.exponent = handle_continuous_param(exponent, "exponent")
        self.size_px_max = handle_discrete_param(
            size_px_max, "size_px_max", value_range=(1, 10000)
        )
        self.upscale_method = _handle_string_list_param(
            upscale_method, "upscale_method", _UPSCALE_METHODS, list(_UPSCALE_METHODS)
        )

    # sampling order (per channel): size_px_max, magnitude field, phase field,
    # exponent, upscale method
    def _draw_samples(self, size, random_state):
        height, width, nb_channels = _check_noise_size(size, "FrequencyNoise")
        channels = [
            _as_float_noise(self._draw_channel(height, width, random_state))
            for _ in range(nb_channels)
        ]
        return _stack_channels(channels, size)

    def _draw_samples_maybe_codes(self, size, random_state):
        height, width, _ = _check_noise_size(size, "FrequencyNoise")
        return self._draw_channel(height, width, random_state)

    def _draw_channel(self, height: int, width: int, random_state):
        size_px_max = int(self.size_px_max.draw_sample(random_state=random_state))
        h_small, w_small = _downscaled_size(height, width, size_px_max, 4)
        magnitudes = random_state.random(size=(h_small, w_small))
        angles = random_state.random(size=(h_small, w_small))
        exponent = float(self.exponent.draw_sample(random_state=random_state))
        noise_0to1 = _noise.frequency_noise_2d(magnitudes, angles, exponent)
        method = self.upscale_method.draw_sample(random_state=random_state)
        return _finish_noise_as_codes(noise_0to1, height, width, method)

    def __str__(self):
        return (
            f"FrequencyNoise({self.exponent}, {self.size_px_max}, "
            f"{self.upscale_method})"
        )


# --------------------------------------------------------------------------------
# plotting helpers
# --------------------------------------------------------------------------------
def draw_distributions_grid(
    params, rows=None, cols=None, graph_sizes=(350, 350), sample_sizes=None, titles=None
):
    """Draw the histograms of several parameters as one grid image.

    Parameters
    ----------
    params : list of StochasticParameter
        Parameters to plot (see :meth:`StochasticParameter.draw_distribution_graph`).
    rows, cols : None or int, optional
        Grid layout, as in ``imgaug.imgaug.draw_grid``.
    graph_sizes : tuple of int, optional
        ``(height, width)`` every plot is resized to.
    sample_sizes : None or list of tuple of int, optional
        Sample shape per parameter; None uses the default of
        ``draw_distribution_graph``.
    titles : None or False or list of (None or False or str), optional
        Title per parameter; None uses each parameter's string, False disables all.

    Returns
    -------
    numpy.ndarray
        RGB uint8 grid image.

    """
    if not isinstance(params, list | tuple) or not all(
        isinstance(param, StochasticParameter) for param in params
    ):
        raise InvalidTypeError(
            "Expected argument 'params' to be a list of StochasticParameters, got "
            f"{_type_name(params)}."
        )
    for argname, value in (("sample_sizes", sample_sizes), ("titles", titles)):
        exempt = (None,) if argname == "sample_sizes" else (None, False)
        if not any(value is v for v in exempt) and (
            not isinstance(value, list | tuple) or len(value) != len(params)
        ):
            raise InvalidValueError(
                f"Expected argument '{argname}' to be None or a list with one entry "
                f"per parameter ({len(params)}), got {value!r}."
            )
    if not (
        isinstance(graph_sizes, tuple)
        and len(graph_sizes) == 2
        and all(_is_single_integer(v) and v > 0 for v in graph_sizes)
    ):
        raise InvalidValueError(
            "Expected argument 'graph_sizes' to be a tuple (height, width) of two "
            f"ints > 0, got {graph_sizes!r}."
        )
    if titles is None:
        titles = [None] * len(params)
    elif titles is False:
        titles = [False] * len(params)
    if sample_sizes is None:
        images = [
            param.draw_distribution_graph(title=title)
            for param, title in zip(params, titles)
        ]
    else:
        images = [
            param.draw_distribution_graph(size=size_i, title=title)
            for param, size_i, title in zip(params, sample_sizes, titles)
        ]
    # upward reference forced by the spec (resize + grid helpers of imgaug.imgaug)
    import imgaug.imgaug as ia

    images_rs = ia.imresize_many_images(images, sizes=graph_sizes)
    return ia.draw_grid(images_rs, rows=rows, cols=cols)


def show_distributions_grid(
    params, rows=None, cols=None, graph_sizes=(350, 350), sample_sizes=None, titles=None
):
    """Show the grid of :func:`draw_distributions_grid` in a window.

    Parameters
    ----------
    params : list of StochasticParameter
        See :func:`draw_distributions_grid`.
    rows, cols : None or int, optional
        See :func:`draw_distributions_grid`.
    graph_sizes : tuple of int, optional
        See :func:`draw_distributions_grid`.
    sample_sizes : None or list of tuple of int, optional
        See :func:`draw_distributions_grid`.
    titles : None or False or list of (None or False or str), optional
        See :func:`draw_distributions_grid`.

    """
    # upward reference forced by the spec (imshow lives in imgaug.imgaug)
    import imgaug.imgaug as ia

    ia.imshow(
        draw_distributions_grid(
            params,
            rows=rows,
            cols=cols,
            graph_sizes=graph_sizes,
            sample_sizes=sample_sizes,
            titles=titles,
        )
    )
