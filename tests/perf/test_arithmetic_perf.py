"""Benchmarks of the uint8 routes of Add / Multiply (imgaug._kernels.arith).

* scalar add: saturating ``cv2.add`` on a one channel view, instead of a
  ``cv2.LUT`` table or numpy widening to int16;
* per-channel add (<= 4 channels): ``cv2.add`` with a per-channel scalar;
* negative offsets: ``cv2.subtract`` of the magnitude (``cv2.add`` with a negative
  scalar leaves its fast path);
* multiply: a 256-entry table through ``cv2.LUT`` instead of numpy float32
  (``cv2.multiply`` rounds, 0.4.0 truncates, so it is no alternative); for one
  multiplier ``cv2.convertScaleAbs(alpha=m, beta=-0.5)`` (``round(p - 0.5)``),
  taken only when it equals the table on all 256 values (~2x faster than
  ``cv2.LUT``);
* batches: rows of an ``(N, H, W, C)`` array changed in place with values
  prepared for all rows at once, instead of one public-kernel call per row.
* additive noise on uint8 (AdditiveGaussianNoise, -LaplaceNoise, -PoissonNoise):
  integer offsets looked up from 16 random bits per value in a 65536-bucket
  table of the offsets' CDF, instead of float32 samples rounded and added; the
  bits come four per raw 64 bit word; one-channel noise is spread over the
  channels with ``cv2.merge`` and added with one saturating ``cv2.add``.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import arith as _arith
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmenters import arithmetic as _arithmetic
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


# ---------------------------------------------------------------- alternatives
def _numpy_add(image, offsets):
    """Widen to int16, add, clip, narrow: the obvious numpy route."""
    result = image.astype(np.int16)
    result += np.asarray(offsets, dtype=np.int16)
    np.clip(result, 0, 255, out=result)
    return result.astype(np.uint8)


def _numpy_multiply(image, multipliers):
    """Float32 product, clipped and truncated: the obvious numpy route."""
    result = image.astype(np.float32)
    result *= np.asarray(multipliers, dtype=np.float32)
    np.clip(result, 0, 255, out=result)
    return result.astype(np.uint8)


def _lut_per_channel(image, tables):
    return cv2.LUT(image, np.ascontiguousarray(tables[np.newaxis]))


# ----------------------------------------------------------------- single image
def test_add_uint8_scalar():
    image = _images.image_uint8()
    value = np.array(23.4)

    def chosen():
        return _arith.add_uint8(image, value)

    def lut_route():
        return cv2.LUT(image, _arith.add_tables_uint8(value))

    def numpy_route():
        return _numpy_add(image, 23)

    expected = numpy_route()
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(lut_route(), expected)
    assert_not_slower(chosen, lut_route, label="cv2.add vs cv2.LUT")
    assert_not_slower(chosen, numpy_route, label="cv2.add vs numpy")


def test_add_uint8_scalar_negative():
    image = _images.image_uint8()
    value = np.array(-41.0)

    def chosen():
        return _arith.add_uint8(image, value)

    def lut_route():
        return cv2.LUT(image, _arith.add_tables_uint8(value))

    def numpy_route():
        return _numpy_add(image, -41)

    def subtract_route():
        # same saturating result as adding the negative value
        return cv2.subtract(image.reshape(1, -1), (41.0, 0.0, 0.0, 0.0)).reshape(
            image.shape
        )

    expected = numpy_route()
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(subtract_route(), expected)
    assert_not_slower(chosen, lut_route, label="cv2.add vs cv2.LUT")
    assert_not_slower(chosen, numpy_route, label="cv2.add vs numpy")
    # the kernel now takes the subtract route; it differs from the bare cv2 call
    # only by its Python argument handling (a few us)


def test_add_uint8_per_channel():
    image = _images.image_uint8()
    values = np.array([12.0, -20.0, 31.0])

    def chosen():
        return _arith.add_uint8(image, values)

    def lut_route():
        return _lut_per_channel(image, _arith.add_tables_uint8(values))

    def numpy_route():
        return _numpy_add(image, [12, -20, 31])

    expected = numpy_route()
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(lut_route(), expected)
    assert_not_slower(chosen, lut_route, label="cv2.add vs cv2.LUT")
    assert_not_slower(chosen, numpy_route, label="cv2.add vs numpy")


def test_add_uint8_per_channel_mixed_signs():
    image = _images.image_uint8()
    values = np.array([12.0, -20.0, 31.0])

    def chosen():
        return _arith.add_uint8(image, values)

    def split_route():
        # each channel gets either an addition or a subtraction: order is free
        result = cv2.add(image, (12.0, 0.0, 31.0, 0.0))
        return cv2.subtract(result, (0.0, 20.0, 0.0, 0.0), dst=result)

    def numpy_route():
        return _numpy_add(image, [12, -20, 31])

    assert np.array_equal(chosen(), split_route())
    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="add+subtract vs numpy")


def test_multiply_uint8_scalar():
    image = _images.image_uint8()
    value = np.array(1.3)

    def chosen():
        return _arith.multiply_uint8(image, value)

    def numpy_route():
        return _numpy_multiply(image, 1.3)

    def lut_route():
        return _arith._lut.apply_table(image, _arith.multiply_tables_uint8(value))

    assert np.array_equal(chosen(), numpy_route())
    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, numpy_route, label="convertScaleAbs vs numpy")
    assert_not_slower(chosen, lut_route, label="convertScaleAbs vs cv2.LUT")


def test_multiply_uint8_per_channel():
    image = _images.image_uint8()
    values = np.array([0.7, 1.1, 1.6])

    def chosen():
        return _arith.multiply_uint8(image, values)

    def numpy_route():
        return _numpy_multiply(image, values)

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="LUT vs numpy")


# ------------------------------------------------------------------ batch rows
def _row_values(values, per_channel, i):
    return values[i, 0:3] if per_channel[i] else values[i, 0]


@pytest.fixture
def batch_setup():
    batch = _images.batch_uint8()
    rng = np.random.default_rng(1)
    per_channel = np.arange(len(batch)) % 2 == 0
    return batch, rng, per_channel


def test_add_rows_uint8_batch(batch_setup):
    batch, rng, per_channel = batch_setup
    values = rng.uniform(-40, 40, size=(len(batch), 3))
    work = np.empty_like(batch)

    def chosen():
        # out of place: the batch is read once and written once to a new array
        return _arith.add_rows_uint8(batch, values, per_channel)

    def per_row_route():
        # what Add does for lists: one public-kernel call per row
        rows = [
            _arithmetic.add_scalar(batch[i], _row_values(values, per_channel, i))
            for i in range(len(batch))
        ]
        return np.stack(rows)

    def numpy_route():
        work[...] = batch
        offsets = _arith.add_offsets_uint8(values)
        offsets[~per_channel, 1:] = offsets[~per_channel, 0:1]
        work[...] = _numpy_add(batch, offsets[:, np.newaxis, np.newaxis, :])
        return work

    expected = np.copy(numpy_route())
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(per_row_route(), expected)
    assert_not_slower(chosen, per_row_route, label="batch vs per row")
    assert_not_slower(chosen, numpy_route, label="batch vs numpy")


def test_multiply_rows_uint8_batch(batch_setup):
    batch, rng, per_channel = batch_setup
    values = rng.uniform(0.5, 1.5, size=(len(batch), 3)).astype(np.float32)
    work = np.empty_like(batch)

    def chosen():
        # out of place: the batch is read once and written once to a new array
        return _arith.multiply_rows_uint8(batch, values, per_channel)

    def per_row_route():
        # what Multiply does for lists: one public-kernel call per row
        rows = [
            _arithmetic.multiply_scalar(batch[i], _row_values(values, per_channel, i))
            for i in range(len(batch))
        ]
        return np.stack(rows)

    def numpy_route():
        work[...] = batch
        multipliers = np.array(values)
        multipliers[~per_channel, 1:] = multipliers[~per_channel, 0:1]
        work[...] = _numpy_multiply(batch, multipliers[:, np.newaxis, np.newaxis, :])
        return work

    expected = np.copy(numpy_route())
    assert np.array_equal(chosen(), expected)
    assert np.array_equal(per_row_route(), expected)
    assert_not_slower(chosen, per_row_route, label="batch vs per row")
    assert_not_slower(chosen, numpy_route, label="batch vs numpy")


# -------------------------------------------------------------- additive noise
def _noise_setup(aug):
    """Return a batch, the samples `aug` draws for it, and a float32 noise route.

    The float route is what the noise costs when drawn as float32 samples: per
    row one draw of the row's shape, rounded, added with a saturating cv2.add.
    """
    batch = _images.batch_uint8()
    samples = aug._draw_samples(_BatchInAugmentation(images=batch), iarandom.RNG(1))
    return batch, samples


def _float_noise_route(batch, samples, draw):
    out = np.empty_like(batch)
    for i, row in enumerate(batch):
        rng = iarandom.RNG(int(samples.seeds[i]))
        size = row.shape if samples.per_channel[i] else row.shape[0:2] + (1,)
        noise = draw(samples.arguments[i], size, rng)
        np.rint(noise, out=noise)
        if noise.shape != row.shape:
            noise = cv2.merge([noise[:, :, 0]] * row.shape[2])
        cv2.add(row, noise, dst=out[i], dtype=cv2.CV_8U)
    return out


def _draw_normal(arguments, size, rng):
    loc, scale = arguments
    return rng.standard_normal(size, dtype=np.float32) * np.float32(scale) + loc


def _draw_laplace(arguments, size, rng):
    loc, scale = arguments
    values = rng.standard_exponential(size, dtype=np.float32)
    negative = rng.integers(0, 2, size=size, dtype=np.uint8).view(bool)
    np.negative(values, out=values, where=negative)
    return values * np.float32(scale) + np.float32(loc)


def _draw_signed_poisson(arguments, size, rng):
    lam, p_positive = arguments
    values = rng.poisson(lam, size=size).astype(np.float32)
    np.negative(values, out=values, where=rng.random(size) >= p_positive)
    return values


def _noise_std(result, batch):
    # the photo has few saturated pixels: the std of the change is the noise's
    return float(np.std(result.astype(np.float32) - batch))


@pytest.mark.parametrize(
    ("aug", "draw"),
    [
        (iaa.AdditiveGaussianNoise(scale=12.75, per_channel=True), _draw_normal),
        (iaa.AdditiveGaussianNoise(scale=(0, 12.75)), _draw_normal),
        (iaa.AdditiveLaplaceNoise(scale=(0, 12.75), per_channel=True), _draw_laplace),
        (iaa.AdditivePoissonNoise(lam=(0, 15), per_channel=True), _draw_signed_poisson),
    ],
    ids=["gaussian", "gaussian_shared_channels", "laplace", "poisson"],
)
def test_noise_offsets_uint8(aug, draw):
    batch, samples = _noise_setup(aug)

    def chosen():
        return _arithmetic._augment_images_with_noise(batch, samples)

    def float_route():
        return _float_noise_route(batch, samples, draw)

    # different random routes: compare the strength of the noise
    assert _noise_std(chosen(), batch) == pytest.approx(
        _noise_std(float_route(), batch), rel=0.03
    )
    assert_not_slower(chosen, float_route, label="offset table vs float32 samples")


def test_gaussian_noise_vs_add_elementwise_normal():
    # the augmenter as a whole against its 0.4.0 definition, AddElementwise(Normal)
    batch = _images.batch_uint8()
    # (a fixed scale: the mean strength of a random one varies from batch to batch)
    noise = iaa.AdditiveGaussianNoise(scale=12.75, per_channel=0.5, seed=1)
    generic = iaa.AddElementwise(iap.Normal(0, 12.75), per_channel=0.5, seed=1)
    assert _noise_std(noise(images=batch), batch) == pytest.approx(
        _noise_std(generic(images=batch), batch), rel=0.03
    )
    assert_not_slower(
        lambda: noise(images=batch),
        lambda: generic(images=batch),
        label="AdditiveGaussianNoise vs AddElementwise(Normal)",
    )


def test_draw_bits_uint16():
    size = (_images.SIZE, _images.SIZE, 3)
    rng = iarandom.RNG(1)

    def chosen():
        return _arithmetic._draw_bits_uint16(rng, size)

    def integers_route():
        return rng.integers(0, 65536, size=size, dtype=np.uint16)

    bits = chosen()
    assert bits.dtype == np.uint16
    assert bits.shape == size
    assert abs(float(bits.mean()) - 32767.5) < 500
    assert_not_slower(chosen, integers_route, label="random_raw vs integers")


def test_add_offsets_saturated_uint8():
    image = _images.image_uint8()
    offsets = (
        np.random.default_rng(1)
        .integers(-40, 40, size=image.shape[0:2] + (1,))
        .astype(np.int16)
    )
    out = np.empty_like(image)

    def chosen():
        return _arith.add_offsets_saturated_uint8(image, offsets, out=out)

    def numpy_route():
        result = np.add(image, offsets, dtype=np.int16)
        np.clip(result, 0, 255, out=result)
        out[...] = result
        return out

    expected = np.copy(numpy_route())
    assert np.array_equal(chosen(), expected)
    assert_not_slower(chosen, numpy_route, label="cv2.merge+cv2.add vs numpy")


@pytest.mark.parametrize("offset", [17, -17])
def test_add_uint8_translator(offset, monkeypatch):
    """With the byte translator one table pass beats cv2.add / cv2.subtract."""
    from imgaug._kernels import lut as _lut

    if _lut.get_byte_translator() is None:
        pytest.skip("the fast extra (stringzilla) is not installed")
    image = _images.image_uint8()
    value = np.array(offset)
    translator = _lut.get_byte_translator()
    use_translator = [True]  # both routes pay for the same switch
    monkeypatch.setattr(
        _lut, "get_byte_translator", lambda: translator if use_translator[0] else None
    )

    def chosen():
        use_translator[0] = True
        return _arith.add_uint8(image, value)

    def cv2_route():
        use_translator[0] = False
        return _arith.add_uint8(image, value)

    assert np.array_equal(chosen(), cv2_route())
    assert_not_slower(chosen, cv2_route, label="translator vs cv2.add/subtract")
