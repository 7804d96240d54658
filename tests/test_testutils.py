"""Tests for imgaug.testutils (light)."""

import os
import random
import unittest
import warnings

import numpy as np
import pytest

import imgaug.random as iarandom
import imgaug.testutils as tu
from imgaug.validation import InvalidTypeError


class _NoiseAugmenter:
    """Picklable stand-in for an augmenter: adds RNG noise to an image."""

    def __init__(self, seed):
        self.rng = iarandom.RNG(seed)

    def __call__(self, image):
        noise = self.rng.integers(0, 3, size=image.shape, dtype="uint8")
        return image + noise


class _ReseedingOnUnpickle(_NoiseAugmenter):
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.rng = iarandom.RNG(12345)


@pytest.fixture(autouse=True)
def _restore_global_python_and_numpy_state():
    np_state = np.random.get_state()  # noqa: NPY002
    py_state = random.getstate()
    yield
    np.random.set_state(np_state)  # noqa: NPY002
    random.setstate(py_state)


def test_all_names_exist():
    for name in tu.__all__:
        assert hasattr(tu, name), name


def test_arg_copying_magic_mock_records_copies():
    mock_obj = tu.ArgCopyingMagicMock()
    arg = [1, 2]
    mock_obj(arg, key={"a": [3]})
    arg.append(3)
    assert mock_obj.call_args.args[0] == [1, 2]
    assert mock_obj.call_args.kwargs == {"key": {"a": [3]}}
    mock_obj.child.method(arg)
    arg.append(4)
    assert mock_obj.child.method.call_args.args[0] == [1, 2, 3]


def test_create_random_images_uses_global_rng():
    iarandom.seed(1)
    a = tu.create_random_images((2, 4, 5, 3))
    iarandom.seed(1)
    b = tu.create_random_images((2, 4, 5, 3))
    assert a.shape == (2, 4, 5, 3)
    assert a.dtype == np.uint8
    assert np.array_equal(a, b)


def test_create_random_keypoints():
    iarandom.seed(1)
    kpsois = tu.create_random_keypoints((3, 10, 12, 3), 4)
    assert len(kpsois) == 3
    for kpsoi in kpsois:
        assert kpsoi.shape == (10, 12, 3)
        xy = kpsoi.to_xy_array()
        assert xy.shape == (4, 2)
        assert np.all((xy[:, 0] >= 0) & (xy[:, 0] < 11))
        assert np.all((xy[:, 1] >= 0) & (xy[:, 1] < 9))
    iarandom.seed(1)
    again = tu.create_random_keypoints((3, 10, 12, 3), 4)
    assert tu.keypoints_equal(kpsois, again)


def test_array_equal_lists():
    a = [np.zeros((2,)), np.ones((3,))]
    assert tu.array_equal_lists(a, [np.zeros((2,)), np.ones((3,))]) is True
    assert tu.array_equal_lists(a, [np.zeros((2,)), np.zeros((3,))]) is False
    assert tu.array_equal_lists(a, a[:1]) is False
    with pytest.raises(InvalidTypeError, match="list2"):
        tu.array_equal_lists(a, tuple(a))


def test_keypoints_equal():
    from imgaug.augmentables.kps import Keypoint, KeypointsOnImage

    kpsoi1 = KeypointsOnImage([Keypoint(x=1, y=2)], shape=(5, 5, 3))
    kpsoi2 = KeypointsOnImage([Keypoint(x=1.0005, y=2)], shape=(5, 5, 3))
    kpsoi3 = KeypointsOnImage([Keypoint(x=1.01, y=2)], shape=(5, 5, 3))
    assert tu.keypoints_equal(kpsoi1, kpsoi2)
    assert not tu.keypoints_equal(kpsoi1, kpsoi3)
    assert tu.keypoints_equal(kpsoi1, kpsoi3, eps=0.1)
    assert not tu.keypoints_equal([kpsoi1], [kpsoi1, kpsoi1])
    empty = KeypointsOnImage([], shape=(5, 5, 3))
    assert not tu.keypoints_equal(kpsoi1, empty)
    with pytest.raises(InvalidTypeError, match="kpsois2"):
        tu.keypoints_equal(kpsoi1, [kpsoi1])


def test_assert_cbaois_equal_keypoints():
    from imgaug.augmentables.kps import Keypoint, KeypointsOnImage

    kpsoi = KeypointsOnImage([Keypoint(x=1, y=2)], shape=(5, 5, 3))
    close = KeypointsOnImage([Keypoint(x=1 + 1e-5, y=2)], shape=(5, 5, 3))
    far = KeypointsOnImage([Keypoint(x=1.5, y=2)], shape=(5, 5, 3))
    other_shape = KeypointsOnImage([Keypoint(x=1, y=2)], shape=(6, 5, 3))
    tu.assert_cbaois_equal(kpsoi, close)
    tu.assert_cbaois_equal([kpsoi], [close])
    tu.assert_cbaois_equal(kpsoi, far, max_distance=1.0)
    with pytest.raises(AssertionError, match="item 0"):
        tu.assert_cbaois_equal(kpsoi, far)
    with pytest.raises(AssertionError, match="shape"):
        tu.assert_cbaois_equal(kpsoi, other_shape)
    with pytest.raises(AssertionError, match="lists"):
        tu.assert_cbaois_equal([kpsoi], kpsoi)
    with pytest.raises(AssertionError, match="items"):
        tu.assert_cbaois_equal(kpsoi, KeypointsOnImage([], shape=(5, 5, 3)))


def test_reseed_seeds_all_three():
    tu.reseed(3)
    values = (
        iarandom.get_global_rng().integers(0, 10**6),
        np.random.randint(0, 10**6),  # noqa: NPY002
        random.randint(0, 10**6),
    )
    tu.reseed(3)
    again = (
        iarandom.get_global_rng().integers(0, 10**6),
        np.random.randint(0, 10**6),  # noqa: NPY002
        random.randint(0, 10**6),
    )
    assert values == again
    tu.reseed(3)
    assert iarandom.get_global_rng().equals(iarandom.RNG(3))


def test_runtest_pickleable_uint8_img():
    tu.runtest_pickleable_uint8_img(_NoiseAugmenter(1), shape=(4, 4, 3))
    with pytest.raises(AssertionError, match="differ"):
        tu.runtest_pickleable_uint8_img(_ReseedingOnUnpickle(1), shape=(4, 4, 3))


def _warn_shift():
    warnings.warn(
        "Got top. These are deprecated. Use `x` and `y` instead.", stacklevel=1
    )
    return 7


def test_wrap_shift_deprecation():
    assert tu.wrap_shift_deprecation(lambda: 5, x=1) == 5
    assert tu.wrap_shift_deprecation(_warn_shift, top=1) == 7
    with pytest.raises(AssertionError, match="deprecation warning"):
        tu.wrap_shift_deprecation(lambda: 5, left=1)

    def other_warning():
        warnings.warn("something else", stacklevel=1)

    with pytest.raises(AssertionError, match="These are deprecated"):
        tu.wrap_shift_deprecation(other_warning, bottom=1)


def test_temporary_directory():
    with tu.TemporaryDirectory(prefix="iatest") as dirpath:
        assert os.path.isdir(dirpath)
        assert os.path.basename(dirpath).startswith("iatest")
        with open(os.path.join(dirpath, "f.txt"), "w") as fh:
            fh.write("x")
    assert not os.path.exists(dirpath)


class TestAssertWarns(unittest.TestCase):
    def test_context_manager_form(self):
        with tu.assertWarns(self, UserWarning) as ctx:
            warnings.warn("hello", UserWarning, stacklevel=1)
        assert str(ctx.warning) == "hello"

    def test_callable_form(self):
        def func(a, b=0):
            warnings.warn(f"value {a + b}", UserWarning, stacklevel=1)

        assert tu.assertWarns(self, UserWarning, func, 1, b=2) is None

    def test_not_triggered(self):
        with pytest.raises(AssertionError, match="UserWarning not triggered"):
            with tu.assertWarns(self, UserWarning):
                pass
        with pytest.raises(AssertionError, match="not triggered by noop"):

            def noop():
                return None

            tu.assertWarns(self, UserWarning, noop)

    def test_wrong_category(self):
        with pytest.raises(AssertionError, match="not triggered"):
            with tu.assertWarns(self, DeprecationWarning):
                warnings.warn("x", UserWarning, stacklevel=1)

    def test_bad_expected(self):
        with pytest.raises(TypeError, match="warning type"):
            tu.assertWarns(self, ValueError)

    def test_helpers(self):
        assert tu._is_subtype(UserWarning, Warning)
        assert tu._is_subtype((UserWarning, DeprecationWarning), Warning)
        assert not tu._is_subtype(ValueError, Warning)
        assert not tu._is_subtype("x", Warning)
