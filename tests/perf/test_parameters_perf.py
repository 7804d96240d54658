"""Benchmarks of the sampling routes (imgaug.parameters).

``Beta(0.5, 0.5)`` is drawn by the arcsine transform of float32 uniforms.
Noise maps that are upscaled uint8 codes stay codes through the min/max of
``IterativeNoiseAggregator`` and a ``Sigmoid`` (a 256-entry table).

One image per call means one row of samples per parameter: ``Uniform``,
``Normal``, ``Binomial`` and ``DiscreteUniform`` then draw a scalar (numpy takes
the same numbers from the stream as for an array of one) instead of going through
numpy's array set-up; ``Deterministic`` fills an empty array instead of
``np.full``.
"""

from __future__ import annotations

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _array_route(param, generator):
    """The draws of `param` for size (1,) through numpy's array calls."""
    for name in ("a", "b", "loc", "scale", "p"):  # the bounds, as the chosen route
        if hasattr(param, name):
            getattr(param, name).draw_sample()
    if isinstance(param, iap.Uniform):
        samples = generator.uniform(-10.0, 10.0, (1,)).astype(np.float32)
        top = np.nextafter(np.float32(10.0), np.float32(-10.0))
        return np.minimum(samples, top, out=samples)
    if isinstance(param, iap.Normal):
        return generator.normal(0.0, 2.0, size=(1,)).astype(np.float32)
    if isinstance(param, iap.Binomial):
        return generator.binomial(1, np.float32(0.3), (1,)).astype(np.int32)
    return generator.integers(-3, 9, (1,), dtype=np.int32)


@pytest.mark.parametrize(
    "param",
    [
        iap.Uniform(-10.0, 10.0),
        iap.Normal(0.0, 2.0),
        iap.Binomial(0.3),
        iap.DiscreteUniform(-3, 8),
    ],
    ids=["Uniform", "Normal", "Binomial", "DiscreteUniform"],
)
def test_one_row_draws(param):
    rng = iarandom.RNG(3)
    generator = iarandom.RNG(3).generator

    def chosen():
        return param._draw_samples((1,), rng)

    def array_route():
        return _array_route(param, generator)

    for _ in range(20):
        assert np.array_equal(chosen(), array_route())
    assert_not_slower(chosen, array_route, label=f"one row {type(param).__name__}")


def test_deterministic_fill():
    param = iap.Deterministic(3)

    def chosen():
        return param._draw_samples((1,), None)

    def full_route():
        return np.full((1,), 3, dtype=np.int32)

    assert np.array_equal(chosen(), full_route())
    assert_not_slower(chosen, full_route, label="Deterministic")


def test_sigmoid_of_noise_codes():
    # BlendAlphaSimplexNoise's mask: the max of upscaled simplex noise through a
    # sigmoid. The chosen route keeps the noise as uint8 codes (uint8 max, one
    # 256-entry float32 table); the alternative runs the same float32 maths per
    # pixel (what a size with a channel axis takes).
    param = iap.Sigmoid.create_for_noise(
        iap.IterativeNoiseAggregator(
            iap.SimplexNoise(), iterations=3, aggregation_method="max"
        ),
        threshold=2.5,
    )
    height, width = 256, 256

    def chosen():
        return param.draw_samples((height, width), random_state=5)

    def float_route():
        return param.draw_samples((height, width, 1), random_state=5)[:, :, 0]

    assert np.array_equal(chosen(), float_route())
    assert_not_slower(chosen, float_route, label="noise codes vs float32 per pixel")


def test_beta_arcsine():
    # Beta(0.5, 0.5) (salt and pepper values, rain and snow drops): the arcsine
    # transform of float32 uniforms against numpy's beta sampler, same law
    size = (20000,)
    rng_chosen, rng_numpy = iarandom.RNG(2), iarandom.RNG(2)

    def chosen():
        return iap._draw_arcsine(size, rng_chosen)

    def numpy_route():
        return rng_numpy.generator.beta(0.5, 0.5, size).astype(np.float32)

    assert abs(float(chosen().mean()) - float(numpy_route().mean())) < 0.02
    assert_not_slower(chosen, numpy_route, label="arcsine transform vs numpy beta")
