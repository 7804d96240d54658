"""Benchmarks of ``pad`` routes (imgaug._kernels.pad).

* dtypes and modes OpenCV supports go through ``cv2.copyMakeBorder`` instead of
  ``np.pad`` (identical results);
* constant padding of more than four channels (one cv2 scalar holds four
  values) fills a preallocated array with numpy slices instead of ``np.pad``.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import pad as _pad
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

# realistic CropAndPad-like amounts: (top, right, bottom, left)
AMOUNTS = (16, 24, 32, 8)


def _np_pad_width(arr):
    top, right, bottom, left = AMOUNTS
    return [(top, bottom), (left, right)] + [(0, 0)] * (arr.ndim - 2)


@pytest.mark.parametrize("mode", ["constant", "edge", "reflect", "symmetric", "wrap"])
@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_pad_cv2_vs_np_pad(dtype, mode):
    image = _images.image(dtype)
    pad_width = _np_pad_width(image)

    def chosen():
        return _pad.pad(image, *AMOUNTS, mode=mode)

    def numpy_route():
        return np.pad(image, pad_width, mode=mode)

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label=f"copyMakeBorder vs np.pad {mode}")


def test_pad_cv2_vs_np_pad_2d_float():
    # heatmap-like single channel arrays
    image = _images.image("float32")[:, :, 0]
    pad_width = _np_pad_width(image)

    def chosen():
        return _pad.pad(image, *AMOUNTS, mode="constant", cval=0.0)

    def numpy_route():
        return np.pad(image, pad_width, mode="constant")

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="copyMakeBorder vs np.pad 2D")


def test_pad_constant_many_channels():
    photo = _images.image_uint8()
    image = np.ascontiguousarray(np.concatenate([photo, photo, photo[:, :, 0:2]], 2))
    pad_width = _np_pad_width(image)

    def chosen():
        return _pad.pad(image, *AMOUNTS, mode="constant", cval=7)

    def numpy_route():
        return np.pad(image, pad_width, mode="constant", constant_values=7)

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="numpy fill vs np.pad, 8 channels")


@pytest.mark.parametrize("mode", ["maximum", "minimum", "mean", "median"])
def test_pad_statistic_modes(mode):
    """Statistic modes reduce contiguous copies instead of np.pad's strided axes."""
    image = _images.image_uint8()
    top, right, bottom, left = AMOUNTS

    def chosen():
        return _pad.pad(image, top, right, bottom, left, mode=mode)

    def np_pad():
        return np.pad(image, _np_pad_width(image), mode=mode)

    assert np.array_equal(chosen(), np_pad())
    assert_not_slower(chosen, np_pad, label=f"{mode} padding vs np.pad")
