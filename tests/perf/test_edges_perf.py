"""Benchmark of the Canny colorizer route (imgaug.augmenters.edges).

The two colours are painted by one 3-channel ``cv2.LUT`` indexed with the edge
mask instead of ``np.where`` over the broadcast colours.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug.augmenters import edges as _edges
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_colorize_lut_vs_where():
    image = _images.image_uint8()
    binary = image[:, :, 0] > 128
    color_true = np.array([255, 10, 30], dtype=np.uint8)
    color_false = np.array([0, 40, 200], dtype=np.uint8)

    def chosen():
        return _edges._colorize(binary, image, color_true, color_false)

    def where_route():
        return np.where(binary[:, :, np.newaxis], color_true, color_false).astype(
            np.uint8
        )

    assert np.array_equal(chosen(), where_route())
    assert_not_slower(chosen, where_route, label="LUT vs where")
