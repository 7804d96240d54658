"""Benchmark of ``blend_alpha`` for uint8 and one alpha: ``cv2.addWeighted``.

The alternative is the kernel's general float path (float32 ``bg + a*(fg-bg)``,
rounded). Both agree up to 1 (``cv2.addWeighted`` rounds ``.5`` ties its own way).
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import blend as _blend
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


@pytest.mark.parametrize("alpha", [0.3, 0.75])
def test_blend_uint8_scalar_alpha(alpha):
    image_fg = _images.image_uint8()
    image_bg = np.ascontiguousarray(image_fg[::-1, ::-1])
    dtype = np.dtype(np.uint8)

    def chosen():
        return _blend.blend_alpha(image_fg, image_bg, alpha)

    def float_route():
        return _blend._blend_float(image_fg, image_bg, alpha, dtype)

    diff = np.abs(chosen().astype(np.int16) - float_route().astype(np.int16))
    assert diff.max() <= 1
    assert_not_slower(chosen, float_route, label="addWeighted vs float32")


def test_blend_uint8_scalar_alpha_batch():
    batch_fg = _images.batch_uint8()
    batch_bg = np.ascontiguousarray(batch_fg[::-1])
    alphas = np.linspace(0.1, 0.9, len(batch_fg))
    dtype = np.dtype(np.uint8)

    def chosen():
        return [
            _blend.blend_alpha(fg, bg, float(a))
            for fg, bg, a in zip(batch_fg, batch_bg, alphas)
        ]

    def float_route():
        return [
            _blend._blend_float(fg, bg, float(a), dtype)
            for fg, bg, a in zip(batch_fg, batch_bg, alphas)
        ]

    for ours, theirs in zip(chosen(), float_route()):
        assert np.abs(ours.astype(np.int16) - theirs.astype(np.int16)).max() <= 1
    assert_not_slower(chosen, float_route, label="addWeighted vs float32, 32 rows")


@pytest.mark.parametrize("nb_channels", [3, 4, 5])
def test_blend_uint8_mask(nb_channels):
    image = _images.image_uint8()
    image_fg = np.ascontiguousarray(np.dstack([image, image])[:, :, 0:nb_channels])
    image_bg = np.ascontiguousarray(image_fg[::-1, ::-1])
    height, width = image_fg.shape[0:2]
    rng = np.random.default_rng(0)
    mask = rng.random((height, width, 1), dtype=np.float32)
    dtype = np.dtype(np.uint8)

    def chosen():
        return _blend.blend_alpha(image_fg, image_bg, mask)

    def float_route():
        return _blend._blend_float(image_fg, image_bg, mask, dtype)

    # the same float32 arithmetic, ties included
    assert np.array_equal(chosen(), float_route())
    assert_not_slower(chosen, float_route, label="cv2 passes vs float32 numpy")
