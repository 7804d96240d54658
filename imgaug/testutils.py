"""Helpers for writing tests of imgaug and of code that uses imgaug.

Augmentable classes are imported inside the functions that need them: this module
is a leaf utility and must not pull the augmentable layer in at import time.
"""

from __future__ import annotations

import copy
import pickle
import random as pyrandom
import re
import shutil
import sys
import tempfile
import warnings
from typing import Any
from unittest import mock

import numpy as np

import imgaug.random as iarandom
from imgaug.validation import InvalidTypeError

__all__ = [
    "ArgCopyingMagicMock",
    "assert_cbaois_equal",
    "create_random_images",
    "create_random_keypoints",
    "array_equal_lists",
    "keypoints_equal",
    "reseed",
    "runtest_pickleable_uint8_img",
    "wrap_shift_deprecation",
    "TemporaryDirectory",
    "assertWarns",
]


class ArgCopyingMagicMock(mock.MagicMock):
    """A ``MagicMock`` that records deep copies of the arguments of each call.

    Useful when the code under test modifies its arguments in place after the
    call: ``call_args`` then still shows the values at call time. Side effects and
    return values still receive the original objects.
    """

    def _increment_mock_call(self, /, *args: Any, **kwargs: Any) -> Any:
        # the call is recorded here (Python >= 3.8); record copies
        args = copy.deepcopy(args)
        kwargs = copy.deepcopy(kwargs)
        return super()._increment_mock_call(*args, **kwargs)


def _fail(message: str) -> None:
    raise AssertionError(message)


def assert_cbaois_equal(
    observed: Any, expected: Any, max_distance: float = 1e-4
) -> None:
    """Assert that two coordinate-based augmentables on images are equal.

    Works for ``KeypointsOnImage``, ``BoundingBoxesOnImage``, ``PolygonsOnImage``
    and ``LineStringsOnImage`` and for (nested) lists of them.

    Parameters
    ----------
    observed : object or list of object
        The observed augmentable(s).
    expected : object or list of object
        The expected augmentable(s).
    max_distance : float, optional
        Maximum distance between corresponding coordinates.

    Raises
    ------
    AssertionError
        If types, item counts, shapes or coordinates differ, or if an expected
        polygon is valid but the observed one is not.

    """
    if isinstance(observed, list) or isinstance(expected, list):
        if not (isinstance(observed, list) and isinstance(expected, list)):
            _fail(
                "Expected both 'observed' and 'expected' to be lists, got "
                f"{type(observed).__name__} and {type(expected).__name__}."
            )
        if len(observed) != len(expected):
            _fail(f"Got {len(observed)} observed but {len(expected)} expected items.")
        for observed_i, expected_i in zip(observed, expected):
            assert_cbaois_equal(observed_i, expected_i, max_distance=max_distance)
        return

    if type(observed) is not type(expected):
        _fail(
            f"Expected type {type(expected).__name__}, got {type(observed).__name__}."
        )
    if len(observed.items) != len(expected.items):
        _fail(f"Expected {len(expected.items)} items, got {len(observed.items)} items.")
    if observed.shape != expected.shape:
        _fail(f"Expected shape {expected.shape}, got shape {observed.shape}.")
    for i, (item_obs, item_exp) in enumerate(zip(observed.items, expected.items)):
        if not item_obs.coords_almost_equals(item_exp, max_distance=max_distance):
            _fail(
                f"Coordinates of item {i} differ: observed {item_obs}, "
                f"expected {item_exp}."
            )
    # validity only exists for polygons (``Polygon.is_valid``); duck-typed so that
    # this leaf module needs no import of the augmentables layer
    for i, (item_obs, item_exp) in enumerate(zip(observed.items, expected.items)):
        if getattr(item_exp, "is_valid", False) is True and not item_obs.is_valid:
            _fail(f"Expected polygon {i} to be valid, but it is not.")


def create_random_images(size: Any) -> np.ndarray:
    """Create uint8 images with uniformly random values, drawn from the global RNG.

    Parameters
    ----------
    size : tuple of int
        Shape of the array, e.g. ``(N, H, W, C)``.

    Returns
    -------
    numpy.ndarray
        The uint8 array.

    """
    rng = iarandom.get_global_rng()
    return rng.uniform(0, 255, size).astype(np.uint8)


def create_random_keypoints(size_images: Any, nb_keypoints_per_img: int) -> list[Any]:
    """Create ``KeypointsOnImage`` with random integer coordinates (global RNG).

    Parameters
    ----------
    size_images : tuple of int
        Shape ``(N, H, W[, C])`` of the images; one ``KeypointsOnImage`` per image.
    nb_keypoints_per_img : int
        Number of keypoints per image.

    Returns
    -------
    list of imgaug.augmentables.kps.KeypointsOnImage
        The keypoints, with ``x`` in ``[0, W-1)`` and ``y`` in ``[0, H-1)``.

    """
    # lazy import: testutils sits below the augmentables layer
    from imgaug.augmentables.kps import Keypoint, KeypointsOnImage

    rng = iarandom.get_global_rng()
    height, width = size_images[1], size_images[2]
    shape = tuple(size_images[1:])
    result = []
    for _ in range(size_images[0]):
        xs = rng.integers(0, width - 1, size=(nb_keypoints_per_img,)).tolist()
        ys = rng.integers(0, height - 1, size=(nb_keypoints_per_img,)).tolist()
        keypoints = [Keypoint(x=x, y=y) for x, y in zip(xs, ys)]
        result.append(KeypointsOnImage(keypoints, shape=shape))
    return result


def array_equal_lists(list1: Any, list2: Any) -> bool:
    """Return whether two lists of arrays are pairwise equal.

    Parameters
    ----------
    list1 : list of numpy.ndarray
        First list.
    list2 : list of numpy.ndarray
        Second list.

    Returns
    -------
    bool
        ``True`` if both have the same length and all pairs are equal.

    Examples
    --------
    >>> import numpy as np
    >>> array_equal_lists([np.zeros((2,))], [np.zeros((2,))])
    True

    """
    for name, value in (("list1", list1), ("list2", list2)):
        if not isinstance(value, list):
            raise InvalidTypeError(
                f"Expected argument '{name}' to be a list, got {type(value).__name__}."
            )
    if len(list1) != len(list2):
        return False
    return all(np.array_equal(a, b) for a, b in zip(list1, list2))


def keypoints_equal(kpsois1: Any, kpsois2: Any, eps: float = 0.001) -> bool:
    """Return whether keypoints on images have the same coordinates (within eps).

    Parameters
    ----------
    kpsois1 : imgaug.augmentables.kps.KeypointsOnImage or list of it
        First keypoints.
    kpsois2 : imgaug.augmentables.kps.KeypointsOnImage or list of it
        Second keypoints.
    eps : float, optional
        Maximum difference per coordinate.

    Returns
    -------
    bool
        ``True`` if counts match and every coordinate differs by at most `eps`.

    """
    # lazy import: testutils sits below the augmentables layer
    from imgaug.augmentables.kps import KeypointsOnImage

    if isinstance(kpsois1, KeypointsOnImage):
        if not isinstance(kpsois2, KeypointsOnImage):
            raise InvalidTypeError(
                "Expected argument 'kpsois2' to be a KeypointsOnImage like "
                f"'kpsois1', got {type(kpsois2).__name__}."
            )
        kpsois1, kpsois2 = [kpsois1], [kpsois2]
    if len(kpsois1) != len(kpsois2):
        return False
    for kpsoi1, kpsoi2 in zip(kpsois1, kpsois2):
        if len(kpsoi1.keypoints) != len(kpsoi2.keypoints):
            return False
        xy1 = np.array([(kp.x, kp.y) for kp in kpsoi1.keypoints], dtype=np.float64)
        xy2 = np.array([(kp.x, kp.y) for kp in kpsoi2.keypoints], dtype=np.float64)
        if not np.all(np.abs(xy1 - xy2) <= eps):
            return False
    return True


def reseed(seed: int = 0) -> None:
    """Seed imgaug's global RNG, numpy's legacy global RNG and ``random``.

    Parameters
    ----------
    seed : int, optional
        The seed.

    """
    iarandom.seed(seed)
    # Deliberate: tests may rely on third-party code that uses these global RNGs.
    np.random.seed(seed)  # noqa: NPY002
    pyrandom.seed(seed)


def runtest_pickleable_uint8_img(
    augmenter: Any, shape: Any = (15, 15, 3), iterations: int = 3
) -> None:
    """Assert that an augmenter and its pickled copy produce identical outputs.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The augmenter to test.
    shape : tuple of int, optional
        Shape of the uint8 ramp image that is augmented.
    iterations : int, optional
        Number of augmentation calls per augmenter.

    """
    image = (np.arange(int(np.prod(shape))) % 256).astype(np.uint8).reshape(shape)
    augmenter_pkl = pickle.loads(pickle.dumps(augmenter, protocol=-1))
    for i in range(iterations):
        image_aug = augmenter(image=image)
        image_aug_pkl = augmenter_pkl(image=image)
        if not np.array_equal(image_aug, image_aug_pkl):
            _fail(f"Outputs of augmenter and its unpickled copy differ in call {i}.")


_DEPRECATED_SHIFT_KWARGS = ("top", "right", "bottom", "left")


def wrap_shift_deprecation(func: Any, *args: Any, **kwargs: Any) -> Any:
    """Call ``func()`` and check the deprecation warning of old ``shift()`` kwargs.

    Parameters
    ----------
    func : callable
        Function without arguments that performs the ``shift()`` call.
    *args
        Ignored; accepted for signature compatibility.
    **kwargs
        The keyword arguments that `func` passes to ``shift()``. If any of
        ``top``, ``right``, ``bottom``, ``left`` is among them, a deprecation
        warning is expected.

    Returns
    -------
    object
        The result of ``func()``.

    """
    if not any(name in kwargs for name in _DEPRECATED_SHIFT_KWARGS):
        return func()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func()
    if not caught:
        _fail("Expected a deprecation warning for top/right/bottom/left, got none.")
    expected_text = "These are deprecated. Use `x` and `y` instead."
    if expected_text not in str(caught[-1].message):
        _fail(
            f"Expected the last warning to contain {expected_text!r}, got "
            f"{str(caught[-1].message)!r}."
        )
    return result


class TemporaryDirectory:
    """Context manager that creates a temporary directory and removes it on exit.

    Parameters
    ----------
    suffix : str, optional
        Suffix of the directory name.
    prefix : str, optional
        Prefix of the directory name.
    dir : None or str, optional
        Parent directory; the system default if None.

    Examples
    --------
    >>> import os
    >>> with TemporaryDirectory() as dirpath:
    ...     os.path.isdir(dirpath)
    True

    """

    def __init__(self, suffix: str = "", prefix: str = "tmp", dir: Any = None) -> None:
        self.name = tempfile.mkdtemp(suffix, prefix, dir)

    def cleanup(self) -> None:
        """Remove the directory and its contents."""
        shutil.rmtree(self.name, ignore_errors=True)

    def __enter__(self) -> str:
        return self.name

    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        self.cleanup()


def _is_subtype(expected: Any, basetype: type) -> bool:
    """Return whether `expected` is a subclass (or tuple of them) of `basetype`."""
    if isinstance(expected, tuple):
        return all(_is_subtype(item, basetype) for item in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class _BaseTestCaseContext:
    """Base of the assertion contexts: knows the test case and how to fail."""

    def __init__(self, test_case: Any) -> None:
        self.test_case = test_case
        self.msg: Any = None

    def _raiseFailure(self, standard_msg: str) -> None:  # noqa: N802  (0.4.0 name)
        formatter = getattr(self.test_case, "_formatMessage", None)
        message = formatter(self.msg, standard_msg) if formatter else standard_msg
        failure = getattr(self.test_case, "failureException", AssertionError)
        raise failure(message)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """Shared logic of the context-manager and callable forms of an assertion."""

    _base_type: type = BaseException
    _base_type_str = "an exception type or tuple of exception types"

    def __init__(self, expected: Any, test_case: Any, expected_regex: Any = None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = (
            re.compile(expected_regex) if expected_regex is not None else None
        )
        self.obj_name: Any = None

    def handle(self, name: str, args: Any, kwargs: Any) -> Any:
        """Run the assertion as context manager (no args) or on a callable."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f"{name}() arg 1 must be {self._base_type_str}")
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError(
                    f"{next(iter(kwargs))!r} is an invalid keyword argument for "
                    f"{name}() used as a context manager"
                )
            return self
        callable_obj, *call_args = args
        self.obj_name = getattr(callable_obj, "__name__", str(callable_obj))
        with self:
            callable_obj(*call_args, **kwargs)
        return None


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """Context that checks that a warning of a given category is emitted."""

    _base_type = Warning
    _base_type_str = "a warning type or tuple of warning types"

    def __enter__(self) -> _AssertWarnsContext:
        # forget warnings already shown once, so that they can trigger again
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, tb: Any) -> None:
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return  # an unrelated exception propagates unchanged
        expected_name = getattr(self.expected, "__name__", str(self.expected))
        first_match = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if first_match is None:
                first_match = message
            if self.expected_regex is not None and not self.expected_regex.search(
                str(message)
            ):
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first_match is not None and self.expected_regex is not None:
            self._raiseFailure(
                f'"{self.expected_regex.pattern}" does not match "{first_match}"'
            )
        if self.obj_name:
            self._raiseFailure(f"{expected_name} not triggered by {self.obj_name}")
        self._raiseFailure(f"{expected_name} not triggered")


def assertWarns(testcase: Any, expected_warning: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
    """Assert that a warning is emitted (like ``unittest.TestCase.assertWarns``).

    Parameters
    ----------
    testcase : unittest.TestCase
        The test case (used for failure formatting).
    expected_warning : type or tuple of type
        The expected warning category or categories.
    *args
        Empty for the context-manager form; otherwise a callable and its
        positional arguments.
    **kwargs
        Keyword arguments of the callable, or ``msg`` in the context-manager form.

    Returns
    -------
    None or _AssertWarnsContext
        The context manager if no callable was given.

    """
    context = _AssertWarnsContext(expected_warning, testcase)
    return context.handle("assertWarns", args, kwargs)
