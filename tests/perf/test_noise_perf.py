"""Benchmark of the frequency-noise kernel's route for large fields.

Fields above 64x64 cells are computed in float32 with a real inverse FFT of the
spectrum's Hermitian half (``cv2.polarToCart`` for the complex values); the
alternative is the float64 complex ``numpy.fft.ifft2`` route used for small fields.
Cloud layers draw such a field at full image resolution.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import noise as _noise
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _float64_route(magnitudes, angles, exponent):
    height, width = magnitudes.shape
    radius = magnitudes.astype(np.float64) * float(max(height, width) ** 2)
    phase = angles.astype(np.float64) * (2.0 * np.pi)
    freq = _noise.distance_to_origin_wrapped(height, width)
    freq[0, 0] = 1.0
    scale = freq**exponent
    scale[0, 0] = 0.0
    noise = np.fft.ifft2(
        radius * np.cos(phase) * scale + 1j * radius * np.sin(phase) * scale
    ).real
    return (noise - noise.min()) / (noise.max() - noise.min())


@pytest.mark.parametrize("shape", [(256, 256), (384, 512)])
def test_frequency_noise_large_field(shape):
    rng = np.random.default_rng(0)
    magnitudes = rng.random(shape, dtype=np.float32)
    angles = rng.random(shape, dtype=np.float32)

    def chosen():
        return _noise.frequency_noise_2d(magnitudes, angles, -2.0)

    def float64_route():
        return _float64_route(magnitudes, angles, -2.0)

    assert np.abs(chosen() - float64_route()).max() < 1e-4
    assert_not_slower(chosen, float64_route, label="float32 rfft vs float64 ifft2")
