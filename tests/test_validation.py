"""Tests for imgaug.validation."""

import numpy as np
import pytest

import imgaug.validation as iaval
from imgaug.validation import InvalidTypeError, InvalidValueError


def test_exception_hierarchy():
    assert issubclass(InvalidValueError, ValueError)
    assert issubclass(InvalidValueError, AssertionError)
    assert issubclass(InvalidTypeError, TypeError)
    assert issubclass(InvalidTypeError, AssertionError)


def test_all_names_exist():
    for name in iaval.__all__:
        assert hasattr(iaval, name), name


class TestConvertIterableToStringOfTypes:
    def test_values(self):
        assert iaval.convert_iterable_to_string_of_types([1, "a", 2.0]) == (
            "<class 'int'>, <class 'str'>, <class 'float'>"
        )

    def test_empty(self):
        assert iaval.convert_iterable_to_string_of_types([]) == ""

    def test_generator_input(self):
        out = iaval.convert_iterable_to_string_of_types(x for x in (1, None))
        assert out == "<class 'int'>, <class 'NoneType'>"


class TestIsIterableOf:
    @pytest.mark.parametrize(
        ("value", "classes", "expected"),
        [
            ([1, 2], int, True),
            ((1, 2), int, True),
            ([1, "a"], int, False),
            ([1, "a"], (int, str), True),
            ([], int, True),
            (1, int, False),
            (None, int, False),
            (np.zeros((2,)), np.floating, True),
            ("ab", str, True),
        ],
    )
    def test_values(self, value, classes, expected):
        assert iaval.is_iterable_of(value, classes) is expected


class TestAssertIsIterableOf:
    def test_passes(self):
        assert iaval.assert_is_iterable_of([1, 2], int) is None
        assert iaval.assert_is_iterable_of([1, "a"], (int, str)) is None

    def test_non_iterable(self):
        with pytest.raises(AssertionError) as exc:
            iaval.assert_is_iterable_of(5, str)
        assert isinstance(exc.value, InvalidTypeError)
        assert "iterable of str" in str(exc.value)
        assert "non-iterable of type <class 'int'>" in str(exc.value)

    def test_wrong_items(self):
        with pytest.raises(AssertionError) as exc:
            iaval.assert_is_iterable_of([1, "a"], (int, float))
        msg = str(exc.value)
        assert "iterable of int, float" in msg
        assert "<class 'int'>, <class 'str'>" in msg
