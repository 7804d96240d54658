"""Benchmarks of the elastic deformation routes (imgaug._kernels.elastic).

* ``remap`` hands every array below OpenCV's size limit to ``cv2.remap``, also
  dtypes it converts first; the alternative is ``scipy.ndimage.map_coordinates``
  (0.4.0's fallback). Orders 0 and 1 agree up to OpenCV's 1/32 px positions;
  order 3 differs by design (bicubic convolution vs cubic B-spline).
* the float32 maps go to ``cv2.remap`` as they are for nearest and bicubic, and
  are converted with ``cv2.convertMaps(..., CV_16SC2)`` (as 0.4.0 did for all
  orders) for bilinear, where that is faster (1/32 px fixed-point positions
  either way, rounded slightly differently). Timed with one OpenCV thread, as in
  busy pool workers; with two threads the formats are within timing noise.
* the noise is drawn as uint16 and mapped to ``[-1, 1]`` after the (linear) blur
  instead of drawing float uniforms; both give uniform noise.
* both axes of the field are blurred in one 2-channel ``GaussianBlur`` call.
* array batches are remapped straight into one preallocated output array
  (``dst=``) instead of stacking per-row results.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from imgaug._kernels import elastic as el
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

ALPHA, SIGMA = 30.0, 6.0


def _field(height=_images.SIZE, width=_images.SIZE, seed=0):
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 65536, el.noise_shape(height, width, SIGMA), np.uint16)
    return el.displacement_field(noise, ALPHA, SIGMA)


@pytest.mark.parametrize("order", [0, 1, 3])
@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_remap_cv2_vs_scipy(dtype, order):
    image = _images.image(dtype)
    disp = _field()
    assert el.choose_backend(image.shape) == "cv2"

    def chosen():
        return el.remap(image, disp, order)

    def scipy_route():
        return el.remap(image, disp, order, backend="scipy")

    ours = chosen().astype(np.float64)
    theirs = scipy_route().astype(np.float64)
    scale = 1.0 if dtype == "float32" else 255.0
    diff = np.abs(ours - theirs)
    if order == 0:
        assert np.mean(diff > 0) <= 0.02  # ties and 1/32 px positions
    elif order == 1:
        assert diff.mean() <= 0.01 * scale
    else:
        assert diff.mean() <= 0.02 * scale
    assert_not_slower(chosen, scipy_route, label=f"cv2 vs scipy {dtype} order {order}")


@pytest.fixture
def single_cv2_thread():
    """Time as in pool workers (one busy core each); threads blur the difference."""
    before = cv2.getNumThreads()
    cv2.setNumThreads(1)
    yield
    cv2.setNumThreads(before)


@pytest.mark.parametrize("order", [0, 1, 3])
def test_map_format(order, single_cv2_thread):
    image = _images.image_uint8()
    disp = _field()
    flags = el.ORDER_TO_CV2[order]

    def chosen():
        return el.remap(image, disp, order)

    def other_format():
        maps = el._pixel_grid(*image.shape[0:2]) - disp
        if order == 1:  # the kernel converts for bilinear: try float maps
            return cv2.remap(image, maps, None, flags, borderMode=cv2.BORDER_CONSTANT)
        map1, map2 = cv2.convertMaps(
            maps, None, cv2.CV_16SC2, nninterpolation=order == 0
        )
        return cv2.remap(image, map1, map2, flags, borderMode=cv2.BORDER_CONSTANT)

    # positions round to 1/32 px slightly differently: a few levels at edges
    diff = np.abs(chosen().astype(np.int16) - other_format())
    assert np.mean(diff > 1) <= 0.01
    if order > 0:
        assert diff.max() <= 4
    assert_not_slower(chosen, other_format, label=f"map format order {order}")


def test_uint16_noise_vs_float_noise():
    shape = el.noise_shape(_images.SIZE, _images.SIZE, SIGMA)
    rng = np.random.default_rng(1)

    def chosen():
        noise = rng.integers(0, 65536, shape, dtype=np.uint16)
        return el.displacement_field(noise, ALPHA, SIGMA)

    def float_noise():
        noise = rng.random(shape, dtype=np.float32)
        noise *= 2
        noise -= 1
        return el.displacement_field(noise, ALPHA, SIGMA)

    # the same distribution: equal standard deviations of the fields
    assert np.std(chosen()) == pytest.approx(np.std(float_noise()), rel=0.1)
    assert_not_slower(chosen, float_noise, label="uint16 vs float32 noise")


def test_two_channel_blur_vs_two_blurs():
    shape = el.noise_shape(_images.SIZE, _images.SIZE, SIGMA)
    noise = np.random.default_rng(2).uniform(-1, 1, shape).astype(np.float32)
    planes = [np.ascontiguousarray(noise[:, :, c]) for c in range(2)]
    ksize = el.compute_ksize(SIGMA)

    def chosen():
        return cv2.GaussianBlur(noise, (ksize, ksize), SIGMA, sigmaY=SIGMA)

    def two_blurs():
        return [
            cv2.GaussianBlur(p, (ksize, ksize), SIGMA, sigmaY=SIGMA) for p in planes
        ]

    joint, separate = chosen(), two_blurs()
    for c in range(2):
        assert np.allclose(joint[:, :, c], separate[c], atol=1e-6)
    assert_not_slower(chosen, two_blurs, label="one 2-channel blur vs two")


def test_batch_into_preallocated_array():
    images = _images.batch_uint8()
    fields = [_field(seed=i) for i in range(len(images))]

    def chosen():
        out = np.empty_like(images)
        for i, image in enumerate(images):
            el.remap(image, fields[i], 1, out=out[i])
        return out

    def stacked():
        return np.stack(
            [el.remap(image, fields[i], 1) for i, image in enumerate(images)]
        )

    assert np.array_equal(chosen(), stacked())
    assert_not_slower(chosen, stacked, label="dst= rows vs np.stack")
