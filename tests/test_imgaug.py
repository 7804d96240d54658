"""Tests for the top-level helpers in imgaug.imgaug."""

import builtins
import importlib
import inspect
import math
import os
import subprocess
import sys
import types
import warnings

import cv2
import numpy as np
import pytest

import imgaug.imgaug as ia
import imgaug.random as iarandom

# ---------------------------------------------------------------------------
# constants, __all__
# ---------------------------------------------------------------------------


class TestConstants:
    def test_simple_constants(self):
        assert ia.ALL == "ALL"
        assert ia.IMSHOW_BACKEND_DEFAULT == "matplotlib"
        assert os.path.isdir(ia.FILE_DIR)
        assert os.path.dirname(ia.QUOKKA_FP) == ia.FILE_DIR
        assert os.path.basename(ia.QUOKKA_FP) == "quokka.jpg"
        assert os.path.basename(ia.QUOKKA_ANNOTATIONS_FP) == "quokka_annotations.json"
        assert os.path.basename(ia.QUOKKA_DEPTH_MAP_HALFRES_FP) == (
            "quokka_depth_map_halfres.png"
        )

    def test_default_font(self):
        assert ia.DEFAULT_FONT_FP is None or os.path.isfile(ia.DEFAULT_FONT_FP)

    def test_numpy_type_sets(self):
        assert np.dtype("float32").type in ia.NP_FLOAT_TYPES
        assert np.dtype("float16").type in ia.NP_FLOAT_TYPES
        assert np.dtype("int64").type in ia.NP_INT_TYPES
        assert np.dtype("uint8").type in ia.NP_UINT_TYPES
        assert np.dtype("uint8").type not in ia.NP_INT_TYPES
        assert np.dtype("bool").type not in ia.NP_UINT_TYPES

    def test_imresize_valid_interpolations(self):
        assert ia.IMRESIZE_VALID_INTERPOLATIONS == [
            "nearest",
            "linear",
            "area",
            "cubic",
            cv2.INTER_NEAREST,
            cv2.INTER_LINEAR,
            cv2.INTER_AREA,
            cv2.INTER_CUBIC,
        ]

    def test_moved_targets_are_fixed(self):
        targets = {old: (module, new) for old, module, new in ia.MOVED}
        assert targets["compute_paddings_to_reach_exponents_of"] == (
            "imgaug.augmenters.size",
            "compute_paddings_to_reach_powers_of",
        )
        assert targets["compute_paddings_for_aspect_ratio"] == (
            "imgaug.augmenters.size",
            "compute_paddings_to_reach_aspect_ratio",
        )
        assert targets["_interpolate_points"] == (
            "imgaug.augmentables.utils",
            "interpolate_points",
        )
        assert targets["Keypoint"] == ("imgaug.augmentables.kps", None)
        assert targets["BatchLoader"] == ("imgaug.multicore", None)


class TestAll:
    def test_every_name_in_all_exists(self):
        missing = [name for name in ia.__all__ if not hasattr(ia, name)]
        assert missing == []
        assert len(set(ia.__all__)) == len(ia.__all__)

    def test_all_contains_the_public_api(self):
        expected = {
            "ALL",
            "DeprecationWarning",
            "warn",
            "warn_deprecated",
            "deprecated",
            "is_np_array",
            "is_single_integer",
            "flatten",
            "caller_name",
            "seed",
            "new_random_state",
            "quokka",
            "quokka_polygons",
            "angle_between_vectors",
            "compute_line_intersection_point",
            "draw_text",
            "imresize_many_images",
            "imresize_single_image",
            "pool",
            "avg_pool",
            "max_pool",
            "min_pool",
            "median_pool",
            "draw_grid",
            "show_grid",
            "imshow",
            "do_assert",
            "HooksImages",
            "HooksHeatmaps",
            "HooksKeypoints",
            "apply_lut",
            "apply_lut_",
            "MOVED",
        }
        public_moved = {old for old, _, _ in ia.MOVED if not old.startswith("_")}
        assert expected <= set(ia.__all__)
        assert public_moved <= set(ia.__all__)

    def test_import_does_not_load_matplotlib(self):
        code = "import sys, imgaug.imgaug; print('matplotlib' in sys.modules)"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "False"


# ---------------------------------------------------------------------------
# warnings and deprecation
# ---------------------------------------------------------------------------


class TestWarnings:
    def test_deprecation_warning_class(self):
        assert issubclass(ia.DeprecationWarning, Warning)
        assert not issubclass(ia.DeprecationWarning, builtins.DeprecationWarning)

    def test_warn_default_category(self):
        with pytest.warns(UserWarning, match="hello"):
            ia.warn("hello")

    def test_warn_custom_category(self):
        with pytest.warns(RuntimeWarning, match="hi"):
            ia.warn("hi", category=RuntimeWarning)

    def test_warn_deprecated_category(self):
        with pytest.warns(ia.DeprecationWarning, match="old"):
            ia.warn_deprecated("old")

    def test_stacklevel_points_at_caller_of_warning_function(self):
        def library_function():
            ia.warn("x")

        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always")
            line = inspect.currentframe().f_lineno + 1
            library_function()
        assert records[0].filename == __file__
        assert records[0].lineno == line

    def test_warn_deprecated_stacklevel(self):
        def library_function():
            ia.warn_deprecated("x")

        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always")
            line = inspect.currentframe().f_lineno + 1
            library_function()
        assert records[0].lineno == line
        assert records[0].category is ia.DeprecationWarning


class TestDeprecatedDecorator:
    def test_function_message(self):
        @ia.deprecated(
            alt_func="bar", removed_version="1.0", comment="Some comment. .."
        )
        def foo(x, y=1):
            """Add numbers."""
            return x + y

        with pytest.warns(ia.DeprecationWarning) as records:
            assert foo(1, y=2) == 3
        assert len(records) == 1
        assert str(records[0].message) == (
            "Function `foo()` is deprecated. Use `bar` instead. "
            "It will be removed in version 1.0. Some comment."
        )

    def test_minimal_message(self):
        @ia.deprecated()
        def foo():
            return 1

        with pytest.warns(
            ia.DeprecationWarning, match=r"^Function `foo\(\)` is deprecated\.$"
        ):
            assert foo() == 1

    def test_alt_func_as_first_positional_argument(self):
        @ia.deprecated("new_name")
        def foo():
            return 1

        with pytest.warns(ia.DeprecationWarning, match="Use `new_name` instead"):
            foo()

    def test_method_message(self):
        class Cls:
            @ia.deprecated(alt_func="other")
            def meth(self, value):
                return value * 2

            @classmethod
            @ia.deprecated()
            def make(cls):
                return cls

        with pytest.warns(
            ia.DeprecationWarning, match=r"Method `Cls\.meth\(\)` is deprecated"
        ):
            assert Cls().meth(2) == 4
        with pytest.warns(
            ia.DeprecationWarning, match=r"Method `Cls\.make\(\)` is deprecated"
        ):
            assert Cls.make() is Cls

    def test_behavior_raise(self):
        @ia.deprecated(behavior="raise")
        def foo():
            return 1

        with pytest.raises(ia.DeprecationWarning, match="is deprecated"):
            foo()

    def test_bad_behavior_fails(self):
        with pytest.raises(ValueError, match="behavior"):
            ia.deprecated(behavior="ignore")

    def test_wraps_and_docstring(self):
        @ia.deprecated(alt_func="bar")
        def foo():
            """Original text."""

        assert foo.__name__ == "foo"
        assert foo.__doc__.startswith("**Deprecated**. Use `bar` instead.")
        assert "Original text." in foo.__doc__

    def test_warning_attributed_to_caller(self):
        @ia.deprecated()
        def foo():
            return 1

        with warnings.catch_warnings(record=True) as records:
            warnings.simplefilter("always")
            line = inspect.currentframe().f_lineno + 1
            foo()
        assert records[0].filename == __file__
        assert records[0].lineno == line


# ---------------------------------------------------------------------------
# type checks and utilities
# ---------------------------------------------------------------------------


def _gen():
    yield 1


TYPE_CHECK_CASES = [
    # value, np_array, np_scalar, int, float, number, iterable, string, bool
    (np.zeros((2,)), True, False, False, False, False, True, False, False),
    (np.float32(1), False, True, False, True, True, False, False, False),
    (np.int64(1), False, True, True, False, True, False, False, False),
    (np.bool_(True), False, True, False, False, False, False, False, False),
    (1, False, False, True, False, True, False, False, False),
    (1.5, False, False, False, True, True, False, False, False),
    (True, False, False, False, False, False, False, False, True),
    ("a", False, False, False, False, False, True, True, False),
    ([1], False, False, False, False, False, True, False, False),
    ((1,), False, False, False, False, False, True, False, False),
    (None, False, False, False, False, False, False, False, False),
]


class TestTypeChecks:
    @pytest.mark.parametrize(
        (
            "value",
            "arr",
            "scalar",
            "integer",
            "floating",
            "number",
            "it",
            "string",
            "boolean",
        ),
        TYPE_CHECK_CASES,
    )
    def test_table(
        self, value, arr, scalar, integer, floating, number, it, string, boolean
    ):
        assert ia.is_np_array(value) is arr
        assert ia.is_np_scalar(value) is scalar
        assert ia.is_single_integer(value) is integer
        assert ia.is_single_float(value) is floating
        assert ia.is_single_number(value) is number
        assert ia.is_iterable(value) is it
        assert ia.is_string(value) is string
        assert ia.is_single_bool(value) is boolean

    def test_integer_and_float_arrays(self):
        assert ia.is_integer_array(np.zeros((1,), np.int32))
        assert ia.is_integer_array(np.zeros((1,), np.uint8))
        assert not ia.is_integer_array(np.zeros((1,), np.float32))
        assert not ia.is_integer_array(np.zeros((1,), bool))
        assert not ia.is_integer_array([1, 2])
        assert ia.is_float_array(np.zeros((1,), np.float16))
        assert not ia.is_float_array(np.zeros((1,), np.int32))
        assert not ia.is_float_array(1.0)

    def test_callable_and_generator(self):
        assert ia.is_callable(len)
        assert ia.is_callable(lambda: 1)
        assert not ia.is_callable(1)
        assert ia.is_generator(_gen())
        assert not ia.is_generator([1])
        assert not ia.is_generator(_gen)


class TestUtilities:
    def test_flatten_is_a_generator(self):
        assert ia.is_generator(ia.flatten([1, 2]))

    def test_flatten_values(self):
        arr = np.zeros((2,))
        observed = list(ia.flatten([1, [2, (3, [4])], "ab", arr]))
        assert observed[0:5] == [1, 2, 3, 4, "ab"]
        assert observed[5] is arr

    def test_flatten_non_list_yields_itself(self):
        assert list(ia.flatten(5)) == [5]
        assert list(ia.flatten("abc")) == ["abc"]
        assert list(ia.flatten([])) == []

    def test_caller_name(self):
        def some_function():
            return ia.caller_name()

        assert some_function() == "some_function"

    def test_do_assert(self):
        ia.do_assert(True)
        with pytest.raises(AssertionError, match="Assertion failed."):
            ia.do_assert(False)
        with pytest.raises(AssertionError, match="^custom$"):
            ia.do_assert(0, "custom")

    def test_assert_two_or_three_dims(self):
        ia._assert_two_or_three_dims((2, 2))
        ia._assert_two_or_three_dims(np.zeros((2, 2, 3)))
        with pytest.raises(AssertionError, match="two or three dimensions"):
            ia._assert_two_or_three_dims((2,))
        with pytest.raises(ValueError, match="two or three dimensions"):
            ia._assert_two_or_three_dims(np.zeros((1, 2, 2, 3)))

    def test_normalize_cv2_input(self):
        arr = np.zeros((4, 4, 3), np.uint8)
        assert ia._normalize_cv2_input_arr_(arr) is arr
        view = arr[:, ::2]
        normalized = ia._normalize_cv2_input_arr_(view)
        assert normalized is not view
        assert normalized.flags["C_CONTIGUOUS"]
        assert normalized.flags["OWNDATA"]
        assert np.array_equal(normalized, view)
        sliced = arr[1:3]
        assert ia._normalize_cv2_input_arr_(sliced).flags["OWNDATA"]


# ---------------------------------------------------------------------------
# seeding and deprecated RNG functions
# ---------------------------------------------------------------------------


class TestSeed:
    def test_needs_an_argument(self):
        with pytest.raises(AssertionError, match="entropy"):
            ia.seed()

    def test_forwards_positionally_looked_up_at_call_time(self, monkeypatch):
        calls = []
        monkeypatch.setattr(
            iarandom, "seed", lambda *args, **kwargs: calls.append((args, kwargs))
        )
        ia.seed(5)
        ia.seed(entropy=6)
        assert calls == [((5,), {}), ((6,), {})]

    def test_seedval_is_deprecated(self, monkeypatch):
        calls = []
        monkeypatch.setattr(iarandom, "seed", lambda *args: calls.append(args))
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            ia.seed(seedval=3)
        assert calls == [(3,)]

    def test_both_given_fails(self):
        with pytest.raises(ValueError, match="seedval"):
            ia.seed(1, seedval=2)

    def test_real_seeding_is_reproducible(self):
        ia.seed(123)
        first = iarandom.get_global_rng().integers(0, 1000, size=(5,))
        ia.seed(123)
        second = iarandom.get_global_rng().integers(0, 1000, size=(5,))
        assert np.array_equal(first, second)


class TestDeprecatedRandomFunctions:
    @pytest.mark.parametrize(
        ("function", "args", "kwargs", "target", "expected_args", "expected_kwargs"),
        [
            (
                "normalize_random_state",
                ("rs",),
                {},
                "normalize_generator_",
                ("rs",),
                {},
            ),
            ("current_random_state", (), {}, "get_global_rng", (), {}),
            (
                "copy_random_state",
                ("rs",),
                {},
                "copy_generator_unless_global_generator",
                ("rs",),
                {},
            ),
            (
                "copy_random_state",
                ("rs",),
                {"force_copy": True},
                "copy_generator",
                ("rs",),
                {},
            ),
            ("derive_random_state", ("rs",), {}, "derive_generator_", ("rs",), {}),
            (
                "derive_random_states",
                ("rs",),
                {"n": 3},
                "derive_generators_",
                ("rs",),
                {"n": 3},
            ),
            ("forward_random_state", ("rs",), {}, "advance_generator_", ("rs",), {}),
        ],
    )
    def test_forwarding(
        self,
        monkeypatch,
        function,
        args,
        kwargs,
        target,
        expected_args,
        expected_kwargs,
    ):
        calls = []

        def fake(*a, **k):
            calls.append((a, k))
            return "result"

        monkeypatch.setattr(iarandom, target, fake)
        with pytest.warns(ia.DeprecationWarning, match="is deprecated") as records:
            assert getattr(ia, function)(*args, **kwargs) == "result"
        assert len(records) == 1
        assert calls == [(expected_args, expected_kwargs)]

    def test_new_random_state_with_seed(self):
        with pytest.warns(ia.DeprecationWarning):
            rng = ia.new_random_state(5)
        assert isinstance(rng, iarandom.RNG)
        assert np.array_equal(
            rng.integers(0, 1000, size=(4,)),
            iarandom.RNG(5).integers(0, 1000, size=(4,)),
        )

    @pytest.mark.parametrize(
        ("fully_random", "target"),
        [(True, "create_fully_random"), (False, "create_pseudo_random_")],
    )
    def test_new_random_state_without_seed(self, monkeypatch, fully_random, target):
        monkeypatch.setattr(iarandom.RNG, target, classmethod(lambda cls: "made"))
        with pytest.warns(ia.DeprecationWarning):
            assert ia.new_random_state(fully_random=fully_random) == "made"

    def test_dummy_random_state(self):
        with pytest.warns(ia.DeprecationWarning):
            rng = ia.dummy_random_state()
        assert np.array_equal(
            rng.integers(0, 1000, size=(4,)),
            iarandom.RNG(1).integers(0, 1000, size=(4,)),
        )

    def test_current_random_state_is_global(self):
        with pytest.warns(ia.DeprecationWarning):
            assert ia.current_random_state() is iarandom.get_global_rng()


# ---------------------------------------------------------------------------
# geometry
# ---------------------------------------------------------------------------


class TestGeometry:
    @pytest.mark.parametrize(
        ("v1", "v2", "expected"),
        [
            ((1, 0), (0, 1), math.pi / 2),
            ((1, 0), (2, 0), 0.0),
            ((1, 0), (-3, 0), math.pi),
            ((1, 1), (1, 0), math.pi / 4),
            ((0, 0), (1, 0), math.pi / 2),
            ((1, 0, 0), (0, 0, 5), math.pi / 2),
        ],
    )
    def test_angle_between_vectors(self, v1, v2, expected):
        observed = ia.angle_between_vectors(np.float32(v1), np.float32(v2))
        assert np.isclose(observed, expected, atol=1e-6)

    def test_line_intersection(self):
        assert ia.compute_line_intersection_point(0, 0, 2, 2, 0, 2, 2, 0) == (1.0, 1.0)
        x, y = ia.compute_line_intersection_point(0, 0, 1, 0, 5, -1, 5, 1)
        assert (x, y) == (5.0, 0.0)

    def test_line_intersection_outside_segments(self):
        x, y = ia.compute_line_intersection_point(0, 0, 1, 1, 10, 0, 11, -1)
        assert np.isclose(x, 5.0)
        assert np.isclose(y, 5.0)

    def test_parallel_and_identical_lines(self):
        assert ia.compute_line_intersection_point(0, 0, 1, 0, 0, 1, 1, 1) is False
        assert ia.compute_line_intersection_point(0, 0, 1, 1, 2, 2, 3, 3) is False


# ---------------------------------------------------------------------------
# kernels re-exported or wrapped by imgaug.imgaug
# ---------------------------------------------------------------------------


class TestKernelWrappers:
    def test_imresize_single_image_uses_module_global(self, monkeypatch):
        calls = []

        def fake(images, sizes, interpolation=None):
            calls.append((images.shape, sizes, interpolation))
            return images

        monkeypatch.setattr(ia, "imresize_many_images", fake)
        ia.imresize_single_image(np.zeros((4, 5, 3), np.uint8), (2, 2), "cubic")
        assert calls == [((1, 4, 5, 3), (2, 2), "cubic")]

    def test_imresize_single_image_values(self):
        image = (np.arange(16).reshape(4, 4) * 2).astype(np.uint8)
        observed = ia.imresize_single_image(image, (2, 2), interpolation="linear")
        assert observed.tolist() == [[5, 9], [21, 25]]

    def test_imresize_single_image_bad_input(self):
        with pytest.raises(ValueError, match="image"):
            ia.imresize_single_image(np.zeros((1, 2, 2, 1), np.uint8), (1, 1))
        with pytest.raises(TypeError, match="image"):
            ia.imresize_single_image([[0]], (1, 1))

    def test_imresize_many_images(self):
        observed = ia.imresize_many_images([np.zeros((4, 4, 3), np.uint8)], 0.5)
        assert isinstance(observed, list)
        assert observed[0].shape == (2, 2, 3)

    @pytest.mark.parametrize(
        ("function", "func", "pad_mode", "pad_cval"),
        [
            ("avg_pool", np.average, "reflect", 128),
            ("max_pool", np.max, "edge", 0),
            ("min_pool", np.min, "edge", 255),
            ("median_pool", np.median, "reflect", 128),
        ],
    )
    def test_pool_functions_call_pool(
        self, monkeypatch, function, func, pad_mode, pad_cval
    ):
        calls = []

        def fake(arr, block_size, func, pad_mode, pad_cval, preserve_dtype):
            calls.append((block_size, func, pad_mode, pad_cval, preserve_dtype))
            return "pooled"

        monkeypatch.setattr(ia, "pool", fake)
        assert getattr(ia, function)(np.zeros((2, 2), np.uint8), 2) == "pooled"
        assert calls == [(2, func, pad_mode, pad_cval, True)]

    def test_pool_values(self):
        arr = np.array([[1, 2], [3, 5]], dtype=np.uint8)
        assert ia.avg_pool(arr, 2).tolist() == [[2]]
        assert ia.max_pool(arr, 2).tolist() == [[5]]
        assert ia.min_pool(arr, 2).tolist() == [[1]]
        assert ia.median_pool(arr, 2).tolist() == [[2]]
        assert ia.pool(arr, 2, np.sum, preserve_dtype=False).tolist() == [[11]]

    def test_pool_cval_is_deprecated(self):
        arr = np.zeros((1, 1), np.uint8)
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            observed = ia.pool(arr, 2, np.max, cval=9)
        assert observed.tolist() == [[9]]

    @pytest.mark.parametrize("function", ["avg_pool", "max_pool"])
    def test_avg_and_max_pool_cval_is_deprecated(self, function):
        arr = np.full((1, 1), 100, np.uint8)
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            observed = getattr(ia, function)(arr, 2, pad_mode="constant", cval=200)
        expected = getattr(ia, function)(arr, 2, pad_mode="constant", pad_cval=200)
        assert np.array_equal(observed, expected)

    def test_apply_lut_wrappers(self):
        image = np.array([[0, 10]], dtype=np.uint8)
        table = (255 - np.arange(256)).astype(np.uint8)
        observed = ia.apply_lut(image, table)
        assert observed.tolist() == [[255, 245]]
        assert image.tolist() == [[0, 10]]
        assert ia.apply_lut_(image, table) is image
        assert image.tolist() == [[255, 245]]

    def test_apply_lut_uses_module_global(self, monkeypatch):
        seen = []
        monkeypatch.setattr(
            ia, "apply_lut_", lambda image, table: seen.append(image) or image
        )
        image = np.zeros((2, 2), np.uint8)
        ia.apply_lut(image, np.arange(256, dtype=np.uint8))
        assert len(seen) == 1
        assert seen[0] is not image

    def test_draw_text(self):
        image = np.zeros((20, 40, 3), np.uint8)
        observed = ia.draw_text(image, 2, 2, "A", size=12)
        assert observed[..., 1].max() > 0
        assert image.max() == 0


# ---------------------------------------------------------------------------
# grids and display
# ---------------------------------------------------------------------------


def _grid_images():
    a = np.full((2, 3, 1), 1, dtype=np.uint8)
    b = np.full((3, 2, 1), 2, dtype=np.uint8)
    c = np.full((1, 1, 1), 3, dtype=np.uint8)
    return [a, b, c]


class TestDrawGrid:
    def test_exact_layout(self):
        observed = ia.draw_grid(_grid_images())
        expected = np.zeros((6, 6, 1), dtype=np.uint8)
        expected[0:2, 0:3] = 1
        expected[0:3, 3:5] = 2
        expected[3:4, 0:1] = 3
        assert observed.dtype == np.uint8
        assert np.array_equal(observed, expected)

    def test_rows_only(self):
        observed = ia.draw_grid(_grid_images(), rows=1)
        assert observed.shape == (3, 9, 1)
        assert observed[0, 6, 0] == 3
        assert observed[0:3, 3:5, 0].tolist() == [[2, 2]] * 3

    def test_cols_only(self):
        observed = ia.draw_grid(_grid_images(), cols=1)
        assert observed.shape == (9, 3, 1)
        assert observed[6, 0, 0] == 3
        assert observed[3:6, 0:2, 0].tolist() == [[2, 2]] * 3

    # issue 18, item 11: as in 0.4.0, given rows decide and cols is ignored
    def test_rows_and_cols(self):
        observed = ia.draw_grid(_grid_images(), rows=2, cols=3)
        assert np.array_equal(observed, ia.draw_grid(_grid_images(), rows=2))
        assert observed.shape == (6, 6, 1)
        assert observed[3, 0, 0] == 3
        assert observed[0:3, 3:5, 0].tolist() == [[2, 2]] * 3

    @pytest.mark.parametrize(
        ("nb_images", "rows", "cols", "expected_shape"),
        [
            (14, 2, 6, (8, 28, 3)),
            (14, 3, 6, (12, 20, 3)),
            (3, 1, 1, (4, 12, 3)),
            (3, 5, 1, (20, 4, 3)),
            (14, None, 20, (4, 80, 3)),
        ],
    )
    def test_rows_decide_the_columns(self, nb_images, rows, cols, expected_shape):
        images = np.arange(nb_images, dtype=np.uint8).reshape(-1, 1, 1, 1)
        images = np.tile(images, (1, 4, 4, 3))
        observed = ia.draw_grid(images, rows=rows, cols=cols)
        assert observed.shape == expected_shape
        grid_cols = expected_shape[1] // 4
        for i in range(nb_images):
            row, col = divmod(i, grid_cols)
            assert np.all(observed[row * 4 : row * 4 + 4, col * 4 : col * 4 + 4] == i)

    def test_array_input(self):
        images = np.arange(4 * 2 * 2 * 3, dtype=np.float32).reshape(4, 2, 2, 3)
        observed = ia.draw_grid(images)
        assert observed.dtype == np.float32
        assert observed.shape == (4, 4, 3)
        assert np.array_equal(observed[2:4, 2:4], images[3])

    def test_single_image(self):
        image = np.full((2, 3, 3), 7, np.uint8)
        assert np.array_equal(ia.draw_grid([image]), image)

    def test_dtype_mismatch_fails(self):
        images = _grid_images()
        images[1] = images[1].astype(np.float32)
        with pytest.raises(ValueError, match="dtype"):
            ia.draw_grid(images)

    def test_channel_mismatch_fails(self):
        images = [np.zeros((2, 2, 1), np.uint8), np.zeros((2, 2, 3), np.uint8)]
        with pytest.raises(ValueError, match="channels"):
            ia.draw_grid(images)

    def test_empty_fails(self):
        with pytest.raises(ValueError, match="at least one"):
            ia.draw_grid([])

    def test_2d_image_fails(self):
        with pytest.raises(ValueError, match="3D"):
            ia.draw_grid([np.zeros((2, 2), np.uint8)])

    def test_3d_array_fails(self):
        with pytest.raises(ValueError, match="4D"):
            ia.draw_grid(np.zeros((2, 2, 3), np.uint8))

    def test_non_iterable_fails(self):
        with pytest.raises(TypeError, match="images"):
            ia.draw_grid(5)


class TestShow:
    def test_show_grid_calls_imshow(self, monkeypatch):
        shown = []
        monkeypatch.setattr(ia, "imshow", lambda image: shown.append(image))
        ia.show_grid(_grid_images(), cols=3)
        assert len(shown) == 1
        assert np.array_equal(shown[0], ia.draw_grid(_grid_images(), cols=3))

    def test_bad_backend_fails(self):
        with pytest.raises(AssertionError, match="backend"):
            ia.imshow(np.zeros((2, 2, 3), np.uint8), backend="pil")

    def test_matplotlib_missing_warns(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
        with pytest.warns(UserWarning, match="matplotlib is not installed"):
            ia.imshow(np.zeros((2, 2, 3), np.uint8))

    def test_show_grid_headless_matplotlib_missing(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
        with pytest.warns(UserWarning, match="not shown"):
            ia.show_grid(_grid_images())

    def test_non_interactive_matplotlib_backend_warns(self):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        before = plt.get_fignums()
        with pytest.warns(UserWarning, match="non-interactive"):
            ia.imshow(np.zeros((2, 2, 3), np.uint8))
        assert plt.get_fignums() == before

    def test_matplotlib_figure_setup(self, monkeypatch):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        figures = []
        monkeypatch.setattr(ia, "_matplotlib_is_interactive", lambda module: True)
        monkeypatch.setattr(plt, "show", lambda: figures.append(plt.gcf()))
        ia.imshow(np.zeros((192, 960, 3), np.uint8))
        ia.imshow(np.zeros((96, 96), np.uint8))
        try:
            assert len(figures) == 2
            assert tuple(figures[0].get_size_inches()) == (10.0, 2.0)
            assert tuple(figures[1].get_size_inches()) == (6.0, 1.0)
            assert figures[0].get_dpi() == 96
            assert figures[1].axes[0].images[0].get_cmap().name == "gray"
        finally:
            for figure in figures:
                plt.close(figure)

    def test_cv2_without_display_warns(self, monkeypatch):
        monkeypatch.setattr(ia, "_has_display", lambda: False)
        with pytest.warns(UserWarning, match="no display"):
            ia.imshow(np.zeros((2, 2, 3), np.uint8), backend="cv2")

    def test_cv2_error_warns(self, monkeypatch):
        def fail(*args, **kwargs):
            raise cv2.error("no GUI")

        monkeypatch.setattr(ia, "_has_display", lambda: True)
        monkeypatch.setattr(cv2, "namedWindow", fail)
        with pytest.warns(UserWarning, match="OpenCV cannot open a window"):
            ia.imshow(np.zeros((2, 2, 3), np.uint8), backend="cv2")

    @pytest.mark.parametrize("nb_channels", [3, 4])
    def test_cv2_shows_bgr(self, monkeypatch, nb_channels):
        shown = []
        monkeypatch.setattr(ia, "_has_display", lambda: True)
        monkeypatch.setattr(cv2, "namedWindow", lambda *args: None)
        monkeypatch.setattr(
            cv2, "imshow", lambda name, image: shown.append((name, image))
        )
        monkeypatch.setattr(cv2, "waitKey", lambda *args: -1)
        monkeypatch.setattr(cv2, "destroyWindow", lambda *args: None)
        image = np.zeros((1, 1, nb_channels), np.uint8)
        image[0, 0, 0:3] = [1, 2, 3]
        ia.imshow(image, backend="cv2")
        name, shown_image = shown[0]
        assert name == "imgaug-default-window"
        assert shown_image[0, 0, 0:3].tolist() == [3, 2, 1]
        assert shown_image.shape == image.shape


# ---------------------------------------------------------------------------
# hooks
# ---------------------------------------------------------------------------


class TestHooks:
    def test_defaults(self):
        hooks = ia.HooksImages()
        images = [np.zeros((1, 1, 3), np.uint8)]
        assert hooks.is_activated(images, None, [], default=True) is True
        assert hooks.is_activated(images, None, [], default=False) is False
        assert hooks.is_propagating(images, None, [], default=True) is True
        assert hooks.preprocess(images, None, []) is images
        assert hooks.postprocess(images, None, []) is images

    def test_callables_receive_arguments(self):
        calls = []

        def activator(images, augmenter, parents, default):
            calls.append(("activator", images, augmenter, parents, default))
            return False

        def propagator(images, augmenter, parents, default):
            calls.append(("propagator", images, augmenter, parents, default))
            return False

        def preprocessor(images, augmenter, parents):
            calls.append(("pre", images, augmenter, parents))
            return "pre"

        def postprocessor(images, augmenter, parents):
            calls.append(("post", images, augmenter, parents))
            return "post"

        hooks = ia.HooksImages(activator, propagator, preprocessor, postprocessor)
        assert (
            hooks.is_activated("img", augmenter="aug", parents=["p"], default=True)
            is False
        )
        assert (
            hooks.is_propagating("img", augmenter="aug", parents=None, default=True)
            is False
        )
        assert hooks.preprocess("img", augmenter="aug", parents=[]) == "pre"
        assert hooks.postprocess("img", augmenter="aug", parents=[]) == "post"
        assert calls == [
            ("activator", "img", "aug", ["p"], True),
            ("propagator", "img", "aug", None, True),
            ("pre", "img", "aug", []),
            ("post", "img", "aug", []),
        ]

    def test_attributes_and_subclasses(self):
        hooks = ia.HooksKeypoints(activator=len)
        assert hooks.activator is len
        assert hooks.propagator is None
        assert issubclass(ia.HooksHeatmaps, ia.HooksImages)
        assert issubclass(ia.HooksKeypoints, ia.HooksImages)


# ---------------------------------------------------------------------------
# MOVED forwarders and sample data
# ---------------------------------------------------------------------------


def _fake_module(name, attribute):
    module = types.ModuleType(name)

    def target(*args, **kwargs):
        return ("called", name, attribute, args, kwargs)

    setattr(module, attribute, target)
    return module


def _target(module_name, attribute):
    return getattr(importlib.import_module(module_name), attribute)


class TestMoved:
    @pytest.mark.parametrize(
        ("old", "module", "new"), ia.MOVED, ids=[m[0] for m in ia.MOVED]
    )
    def test_forwarder_warns_and_forwards(self, monkeypatch, old, module, new):
        new = new or old
        monkeypatch.setitem(sys.modules, module, _fake_module(module, new))
        with pytest.warns(ia.DeprecationWarning) as records:
            observed = getattr(ia, old)(1, key=2)
        assert len(records) == 1
        message = str(records[0].message)
        assert "is deprecated" in message
        assert f"imgaug.imgaug.{old}" in message
        assert f"{module}.{new}" in message
        assert observed == ("called", module, new, (1,), {"key": 2})

    def test_forwarders_are_named_functions(self):
        for old, _, _ in ia.MOVED:
            forwarder = getattr(ia, old)
            assert forwarder.__name__ == old
            assert forwarder.__module__ == "imgaug.imgaug"
            assert "Deprecated" in forwarder.__doc__

    def test_real_interpolate_point_pair(self):
        target = _target("imgaug.augmentables.utils", "interpolate_point_pair")
        with pytest.warns(ia.DeprecationWarning):
            observed = ia._interpolate_point_pair((0, 0), (4, 0), 3)
        assert observed == target((0, 0), (4, 0), 3)

    def test_real_keypoint(self):
        keypoint_cls = _target("imgaug.augmentables.kps", "Keypoint")
        with pytest.warns(ia.DeprecationWarning):
            keypoint = ia.Keypoint(x=1, y=2)
        assert isinstance(keypoint, keypoint_cls)
        assert (keypoint.x, keypoint.y) == (1, 2)

    def test_real_pad(self):
        _target("imgaug.augmenters.size", "pad")
        with pytest.warns(ia.DeprecationWarning):
            observed = ia.pad(np.zeros((1, 1), np.uint8), top=1, cval=3)
        assert observed.tolist() == [[3], [0]]

    def test_real_compute_paddings_to_reach_exponents_of(self):
        _target("imgaug.augmenters.size", "compute_paddings_to_reach_powers_of")
        with pytest.warns(ia.DeprecationWarning):
            observed = ia.compute_paddings_to_reach_exponents_of((5, 8), 2, 2)
        assert observed == (1, 0, 2, 0)


class TestQuokka:
    @pytest.mark.parametrize(
        ("name", "kwargs"),
        [
            ("quokka", {"size": (4, 5), "extract": "square"}),
            ("quokka_square", {"size": 0.1}),
            ("quokka_heatmap", {"size": None, "extract": None}),
            ("quokka_segmentation_map", {"size": (3, 3), "extract": None}),
            ("quokka_keypoints", {"size": 0.5, "extract": "square"}),
            ("quokka_bounding_boxes", {"size": None, "extract": None}),
            ("quokka_polygons", {"size": (10, 10), "extract": "square"}),
        ],
    )
    def test_forward_without_warning(self, monkeypatch, name, kwargs):
        data = importlib.import_module("imgaug.data")
        calls = []
        monkeypatch.setattr(data, name, lambda **kw: calls.append(kw) or "data")
        assert getattr(ia, name)(**kwargs) == "data"
        assert calls == [kwargs]

    def test_positional_arguments(self, monkeypatch):
        data = importlib.import_module("imgaug.data")
        calls = []
        monkeypatch.setattr(data, "quokka", lambda **kw: calls.append(kw) or "data")
        ia.quokka((2, 2), "square")
        assert calls == [{"size": (2, 2), "extract": "square"}]

    def test_private_forwarders(self, monkeypatch):
        data = importlib.import_module("imgaug.data")
        monkeypatch.setattr(
            data, "_quokka_normalize_extract", lambda extract: ("bb", extract)
        )
        monkeypatch.setattr(
            data, "_compute_resized_shape", lambda a, b: ("shape", a, b)
        )
        assert ia._quokka_normalize_extract("square") == ("bb", "square")
        assert ia._compute_resized_shape((1, 2), 3) == ("shape", (1, 2), 3)

    def test_real_quokka(self):
        quokka = _target("imgaug.data", "quokka")
        observed = ia.quokka(size=(6, 8))
        assert observed.shape == (6, 8, 3)
        assert observed.dtype == np.uint8
        assert np.array_equal(observed, quokka(size=(6, 8)))
