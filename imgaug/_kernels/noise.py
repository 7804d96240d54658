"""Noise kernels behind ``SimplexNoise`` and ``FrequencyNoise`` (private).

Pure array code: no RNG objects. Randomness enters only as arguments (an integer seed
that is hashed, or uniform fields drawn by the caller), so the same inputs always give
the same outputs.

* :func:`simplex_noise_2d` -- 2D simplex gradient noise evaluated on the integer pixel
  lattice of a whole ``(height, width)`` grid at once. Lattice gradients come from an
  integer hash of ``(i, j, seed)``, so there is no permutation table and no period.
* :func:`frequency_noise_2d` -- noise shaped in the frequency domain (``f**exponent``)
  and brought back with one inverse FFT.
* :func:`upscale_noise_uint8` -- resize a ``[0, 1]`` noise map through a uint8 image
  with OpenCV, as imgaug 0.4.0 does.
"""

from __future__ import annotations

import functools

import numpy as np

from imgaug.validation import InvalidValueError

__all__ = [
    "INTERPOLATIONS",
    "codes_to_float",
    "distance_to_origin_wrapped",
    "frequency_noise_2d",
    "simplex_noise_2d",
    "upscale_noise_codes",
    "upscale_noise_uint8",
]

# skew/unskew constants of the 2D simplex grid
_F2 = 0.5 * (np.sqrt(3.0) - 1.0)
_G2 = (3.0 - np.sqrt(3.0)) / 6.0
# Pixel (x, y) is rotated by 0.5 rad and scaled by 0.45 into lattice space. The scale
# gives the neighbour correlation (about -0.08) of OpenSimplex noise sampled on the
# integer grid (what 0.4.0 used); the rotation keeps the pixel grid incommensurate
# with the lattice. A seed-dependent shift makes every pixel's distribution the same.
_ROT_COS = float(np.cos(0.5)) * 0.45
_ROT_SIN = float(np.sin(0.5)) * 0.45
# 16 unit gradients, evenly spread over the circle (offset avoids axis alignment)
_GRAD_ANGLES = (np.arange(16) + 0.5) * (2.0 * np.pi / 16)
_GRAD_X = np.cos(_GRAD_ANGLES)
_GRAD_Y = np.sin(_GRAD_ANGLES)
# 99.204 would map the largest possible sum of corner contributions (unit gradients)
# to 1; 63.5 instead gives a standard deviation of ~0.35 (range within +-0.64), close
# to OpenSimplex's spread, which matters for thresholds applied to the noise later.
_SIMPLEX_NORM = 63.5

_HASH_MUL_I = np.uint32(0x8DA6B343)
_HASH_MUL_J = np.uint32(0xD8163841)

# cv2 constants, written out so that cv2 is imported only when resizing
_INTER_NEAREST, _INTER_LINEAR, _INTER_CUBIC, _INTER_AREA = 0, 1, 2, 3
INTERPOLATIONS = {
    "nearest": _INTER_NEAREST,
    "linear": _INTER_LINEAR,
    "area": _INTER_AREA,
    "cubic": _INTER_CUBIC,
}


def _mix32(h: np.ndarray) -> np.ndarray:
    """Scramble uint32 values (xorshift-multiply finaliser; wraps modulo 2**32)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x7FEB352D)
    h = h ^ (h >> np.uint32(15))
    h = h * np.uint32(0x846CA68B)
    return h ^ (h >> np.uint32(16))


def _seed_hashes(seed: int) -> np.ndarray:
    """Map any integer seed to three well-mixed uint32 values (no overflow warnings)."""
    value = (int(seed) * 0x9E3779B1 + 0x7F4A7C15) & 0xFFFFFFFF
    first = _mix32(np.array([value], dtype=np.uint32))
    return _mix32(first ^ np.array([0, 0x68E31DA4, 0xB5297A4D], dtype=np.uint32))


def _gradient_index(i: np.ndarray, j: np.ndarray, offset: np.uint32) -> np.ndarray:
    # float -> int64 -> uint32 wraps negative lattice indices in a defined way
    iu = i.astype(np.int64).astype(np.uint32)
    ju = j.astype(np.int64).astype(np.uint32)
    return _mix32((iu * _HASH_MUL_I) ^ (ju * _HASH_MUL_J) ^ offset) >> np.uint32(28)


def simplex_noise_2d(height: int, width: int, seed: int) -> np.ndarray:
    """Evaluate 2D simplex noise on the pixel grid ``(0..height-1, 0..width-1)``.

    Parameters
    ----------
    height, width : int
        Size of the grid.
    seed : int
        Any integer; selects the lattice gradients.

    Returns
    -------
    numpy.ndarray
        float32 array of shape ``(height, width)`` with values in ``[-1, 1]``
        (mean ~0, standard deviation ~0.2).

    """
    rows = np.arange(height, dtype=np.float64)[:, np.newaxis]
    cols = np.arange(width, dtype=np.float64)[np.newaxis, :]
    hashes = _seed_hashes(seed)
    offset = hashes[0]
    shift_x, shift_y = hashes[1:].astype(np.float64) * (256.0 / 2.0**32)
    xs = cols * _ROT_COS - rows * _ROT_SIN + shift_x
    ys = cols * _ROT_SIN + rows * _ROT_COS + shift_y
    skew = (xs + ys) * _F2
    i = np.floor(xs + skew)
    j = np.floor(ys + skew)
    unskew = (i + j) * _G2
    x0 = xs - (i - unskew)
    y0 = ys - (j - unskew)
    # the middle corner is (i+1, j) below the diagonal x0 > y0, else (i, j+1)
    step_i = (x0 > y0).astype(np.float64)
    step_j = 1.0 - step_i
    corners = (
        (i, j, x0, y0),
        (i + step_i, j + step_j, x0 - step_i + _G2, y0 - step_j + _G2),
        (i + 1.0, j + 1.0, x0 - 1.0 + 2.0 * _G2, y0 - 1.0 + 2.0 * _G2),
    )
    total = np.zeros((height, width), dtype=np.float64)
    for ci, cj, dx, dy in corners:
        falloff = np.maximum(0.5 - dx * dx - dy * dy, 0.0)
        falloff *= falloff
        falloff *= falloff
        grad = _gradient_index(ci, cj, offset)
        total += falloff * (_GRAD_X[grad] * dx + _GRAD_Y[grad] * dy)
    total *= _SIMPLEX_NORM
    return np.clip(total, -1.0, 1.0).astype(np.float32)


def distance_to_origin_wrapped(height: int, width: int) -> np.ndarray:
    """Return the wrap-around distance of every cell to ``(0, 0)`` (FFT frequencies).

    Parameters
    ----------
    height, width : int
        Size of the grid.

    Returns
    -------
    numpy.ndarray
        float64 array ``sqrt(min(y, h-y)**2 + min(x, w-x)**2)``.

    """
    ys = np.arange(height, dtype=np.float64)
    xs = np.arange(width, dtype=np.float64)
    ys = np.minimum(ys, height - ys)[:, np.newaxis]
    xs = np.minimum(xs, width - xs)[np.newaxis, :]
    return np.sqrt(ys * ys + xs * xs)


def frequency_noise_2d(
    magnitudes: np.ndarray, angles: np.ndarray, exponent: float
) -> np.ndarray:
    """Build noise from random frequency components weighted by ``f**exponent``.

    Parameters
    ----------
    magnitudes, angles : numpy.ndarray
        Uniform ``[0, 1)`` fields of identical 2D shape ``(h, w)``, drawn by the
        caller. They become the magnitude (scaled by ``max(h, w)**2``) and the phase
        (scaled by ``2*pi``) of every frequency component.
    exponent : float
        Frequency weighting; negative values emphasise low frequencies (smooth
        noise), positive values high frequencies.

    Returns
    -------
    numpy.ndarray
        Array of shape ``(h, w)``, min-max normalised to ``[0, 1]`` (all zeros if
        the result is constant): float64, or float32 for fields of more than
        ``_LARGE_FIELD`` cells (computed in float32 with a real inverse FFT; the
        values agree to about ``1e-5``).

    """
    height, width = magnitudes.shape
    if height * width > _LARGE_FIELD:
        # route: tests/perf/test_noise_perf.py::test_frequency_noise_large_field
        noise = _real_part_of_ifft2_float32(magnitudes, angles, float(exponent))
    else:
        radius = magnitudes.astype(np.float64) * float(max(height, width) ** 2)
        phase = angles.astype(np.float64) * (2.0 * np.pi)
        freq = distance_to_origin_wrapped(height, width)
        freq[0, 0] = 1.0  # avoid 0**negative; the DC component is zeroed below
        scale = freq ** float(exponent)
        scale[0, 0] = 0.0
        spectrum = np.empty((height, width), dtype=np.complex128)
        spectrum.real = radius * np.cos(phase) * scale
        spectrum.imag = radius * np.sin(phase) * scale
        noise = np.fft.ifft2(spectrum).real
    low = noise.min()
    span = noise.max() - low
    if not np.isfinite(span) or span <= 0:
        return np.zeros((height, width), dtype=noise.dtype)
    noise -= low
    noise /= span
    return noise


#: fields with more cells than this take the float32 real-FFT route
_LARGE_FIELD = 64 * 64


@functools.lru_cache(maxsize=16)
def _log_frequencies_float32(height: int, width: int) -> np.ndarray:
    """Return ``log(f)`` of `distance_to_origin_wrapped` (``0`` at the origin)."""
    freq = distance_to_origin_wrapped(height, width)
    freq[0, 0] = 1.0
    log_freq = np.log(freq).astype(np.float32)
    log_freq.flags.writeable = False
    return log_freq


def _mirrored_half_plane(field: np.ndarray, half: int) -> np.ndarray:
    """Return ``field[(-y) % h, (-x) % w]`` for ``x < half``: ``(h, half)``."""
    import cv2  # lazy: keeps `import imgaug.parameters` light

    height, width = field.shape
    mirrored = np.empty((height, half), dtype=field.dtype)
    # for y, x >= 1 that is field[h - y, w - x], i.e. the flipped field shifted
    flipped = cv2.flip(np.ascontiguousarray(field), -1)
    mirrored[1:, 1:] = flipped[0 : height - 1, 0 : half - 1]
    mirrored[0, 1:] = field[0, : width - half : -1]
    mirrored[1:, 0] = field[:0:-1, 0]
    mirrored[0, 0] = field[0, 0]
    return mirrored


def _real_part_of_ifft2_float32(
    magnitudes: np.ndarray, angles: np.ndarray, exponent: float
) -> np.ndarray:
    """``real(ifft2(spectrum))`` in float32, up to a positive factor.

    The real part of the inverse FFT of any spectrum ``S`` is the inverse FFT of
    its Hermitian part ``(S[k] + conj(S[-k])) / 2``, whose half-plane a real
    inverse FFT needs. The weights ``f**exponent`` are symmetric (``f[k] ==
    f[-k]``), so only the half-plane and its mirror image of the random fields
    are used. Constant factors (``max(h, w)**2``, ``1/2``) are dropped: the
    caller normalises the result to ``[0, 1]``.
    """
    import cv2  # lazy: keeps `import imgaug.parameters` light
    import scipy.fft  # lazy: heavy import, large fields only

    height, width = magnitudes.shape
    half = width // 2 + 1
    # f**exponent as exp(exponent * log f), scaled so that its maximum is 1
    # (no overflow for large exponents)
    weights = _log_frequencies_float32(height, width)[:, 0:half] * np.float32(exponent)
    weights -= weights.max()
    np.exp(weights, out=weights)
    weights[0, 0] = 0.0
    # the fields at k (half-plane) and at -k
    magnitudes = magnitudes.astype(np.float32, copy=False)
    angles = angles.astype(np.float32, copy=False)
    two_pi = np.float32(2.0 * np.pi)
    real, imag = cv2.polarToCart(
        np.ascontiguousarray(magnitudes[:, 0:half]),
        np.ascontiguousarray(angles[:, 0:half]) * two_pi,
    )
    real_mirror, imag_mirror = cv2.polarToCart(
        _mirrored_half_plane(magnitudes, half),
        _mirrored_half_plane(angles, half) * two_pi,
    )
    spectrum = np.empty((height, half), dtype=np.complex64)
    real += real_mirror
    real *= weights
    imag -= imag_mirror
    imag *= weights
    spectrum.real = real
    spectrum.imag = imag
    return scipy.fft.irfft2(spectrum, s=(height, width))


def _interpolation_flag(method) -> int:
    if isinstance(method, str | np.str_):
        flag = INTERPOLATIONS.get(str(method))
        if flag is not None:
            return flag
    elif (
        isinstance(method, int | np.integer) and int(method) in INTERPOLATIONS.values()
    ):
        return int(method)
    raise InvalidValueError(
        "Expected upscale_method to be one of 'nearest', 'linear', 'area', 'cubic' "
        f"or the matching cv2.INTER_* constant, got {method!r}."
    )


def upscale_noise_codes(noise_0to1: np.ndarray, height: int, width: int, method):
    """Resize a ``[0, 1]`` noise map to ``(height, width)`` as uint8 codes.

    The noise is quantised to ``codes = uint8(noise * 255)`` (truncated) and resized
    with OpenCV; ``codes / 255`` is the upscaled noise (see `upscale_noise_uint8`).

    Parameters
    ----------
    noise_0to1 : numpy.ndarray
        Non-empty 2D float array with values in ``[0, 1]``.
    height, width : int
        Target size, both ``>= 1`` (may also be smaller than the input).
    method : str or int
        ``"nearest"``, ``"linear"``, ``"area"``, ``"cubic"`` or a matching
        ``cv2.INTER_*`` constant.

    Returns
    -------
    numpy.ndarray
        uint8 array of shape ``(height, width)``.

    """
    flag = _interpolation_flag(method)
    import cv2  # lazy: keeps `import imgaug.parameters` light

    as_uint8 = np.ascontiguousarray((noise_0to1 * 255).astype(np.uint8))
    return cv2.resize(as_uint8, (int(width), int(height)), interpolation=flag)


def upscale_noise_uint8(noise_0to1: np.ndarray, height: int, width: int, method):
    """Resize a ``[0, 1]`` noise map to ``(height, width)`` via a uint8 image.

    `upscale_noise_codes` as float32 ``codes / 255`` (multiples of 1/255); here
    `noise_0to1` may be empty and the size may contain 0 (then zeros).
    """
    if height == 0 or width == 0 or noise_0to1.size == 0:
        _interpolation_flag(method)
        return np.zeros((height, width), dtype=np.float32)
    return codes_to_float(upscale_noise_codes(noise_0to1, height, width, method))


def codes_to_float(codes: np.ndarray) -> np.ndarray:
    """``codes / 255`` as float32 (the same 256 values as float64 division, cast)."""
    return np.divide(codes, np.float32(255.0), dtype=np.float32)
