"""Benchmarks of the weather augmenters' routes (imgaug.augmenters.weather).

* blending towards a target image: three OpenCV passes of the float32
  arithmetic instead of numpy's (cloud and rain layers);
* the cloud opacity formula as a 256-entry table on the uint8-quantised noise
  instead of ``clip((a + b*noise) ** s * d)`` per pixel;
* bicubic upscaling of 8x8 grids as two matrix products instead of
  ``cv2.resize``;
* channel tiling with ``cv2.merge`` instead of a numpy broadcast copy;
* the salt pixels of a snow/rain layer gated through their flat indices;
* their salt mask from 16 random bits per pixel instead of a float draw.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from imgaug.augmenters import weather
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_blend_towards():
    image = _images.image_uint8()
    target = np.full_like(image, 200)
    alpha = np.linspace(0, 1, image.shape[0] * image.shape[1], dtype=np.float32)
    alpha = alpha.reshape(image.shape[0:2])

    def chosen():
        return weather._blend_towards(image, target, alpha)

    def numpy_route():
        result = image.astype(np.float32)
        result += alpha[:, :, np.newaxis] * (target.astype(np.float32) - result)
        return np.clip(np.round(result), 0, 255).astype(np.uint8)

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label="cv2 passes vs float32 numpy")


def test_cloud_alpha_table():
    rng = np.random.default_rng(0)
    small = rng.integers(0, 256, size=(6, 8), dtype=np.uint8)
    noise = cv2.resize(small, (256, 256), interpolation=cv2.INTER_CUBIC) / 255.0
    noise = noise.astype(np.float32)

    def chosen():
        return weather._cloud_alpha(noise, 0.1, 0.7, 0.9, 0.8)

    def per_pixel():
        alpha = np.float32(0.1) + np.float32(0.7) * noise
        np.power(alpha, np.float32(0.9), out=alpha)
        alpha *= np.float32(0.8)
        return np.clip(alpha, 0.0, 1.0)

    assert np.abs(chosen() - per_pixel()).max() < 1e-5
    assert_not_slower(chosen, per_pixel, label="opacity table vs per-pixel power")


def test_upscale_grid_cubic():
    grid = np.random.default_rng(1).normal(200, 10, size=(8, 8)).astype(np.float32)
    weather._upscale_grid_cubic(grid, 384, 512)  # matrices cached

    def chosen():
        return weather._upscale_grid_cubic(grid, 384, 512)

    def resize():
        return cv2.resize(grid, (512, 384), interpolation=cv2.INTER_CUBIC)

    assert np.abs(chosen() - resize()).max() < 1e-3
    assert_not_slower(chosen, resize, label="matrix products vs cv2.resize")


def test_tile_channels():
    plane = _images.image_uint8()[:, :, 0]
    shape = plane.shape + (3,)

    def chosen():
        return weather._tile_channels(plane, shape)

    def broadcast_copy():
        return np.ascontiguousarray(np.broadcast_to(plane[:, :, np.newaxis], shape))

    assert np.array_equal(chosen(), broadcast_copy())
    assert_not_slower(chosen, broadcast_copy, label="cv2.merge vs broadcast copy")


def test_salt_gate_by_indices():
    """Gating the salt pixels through their flat indices (take/put) instead of
    a boolean gather and a boolean scatter with the salt mask."""
    rng = np.random.default_rng(0)
    height, width = 380, 507  # a rain layer's noise resolution at 384x512
    mask = rng.random((height, width)) < 0.1
    values = (np.abs(rng.beta(0.5, 0.5, int(np.count_nonzero(mask))) - 0.5) + 0.5) * 255
    gate = rng.random((height, width)).astype(np.float32) * 1.2 - 0.1

    def chosen():
        salt = np.flatnonzero(mask)
        gated = np.clip(np.round(values), 0, 255).astype(np.float32)
        gated *= np.clip(gate.ravel().take(salt), 0.0, 1.0)
        noise = np.zeros(height * width, dtype=np.uint8)
        noise.put(salt, gated.astype(np.uint8))
        return noise.reshape(height, width)

    def boolean_route():
        gated = np.clip(np.round(values), 0, 255).astype(np.float32)
        gated *= np.clip(gate[mask], 0.0, 1.0)
        noise = np.zeros((height, width), dtype=np.uint8)
        noise[mask] = gated.astype(np.uint8)
        return noise

    assert np.array_equal(chosen(), boolean_route())
    assert_not_slower(chosen, boolean_route, label="take/put vs boolean masks")


def test_salt_mask_from_bits():
    """A rain/snow layer's salt mask: 16 random bits per pixel against the
    probability (steps of 2**-16) instead of a float32 draw per pixel."""
    from imgaug import random as iarandom
    from imgaug.augmenters import arithmetic

    shape = (380, 507)
    rng_bits, rng_floats = iarandom.RNG(0), iarandom.RNG(0)
    threshold = round(0.1 * 65536)

    def chosen():
        return arithmetic._draw_bits_uint16(rng_bits, shape) < np.uint16(threshold)

    def float_route():
        return rng_floats.random(shape) < 0.1

    assert abs(chosen().mean() - float_route().mean()) < 0.005
    assert_not_slower(chosen, float_route, label="salt mask from bits vs floats")
