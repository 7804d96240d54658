"""Benchmark of the JPEG round trip (imgaug._kernels.jpeg).

OpenCV encoding and decoding in memory instead of Pillow writing to and reading
from a buffer (0.4.0 even used a temporary file); both give the same pixels.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

from imgaug._kernels import jpeg as _jpeg
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_jpeg_round_trip_in_memory():
    from PIL import Image

    image = _images.image_uint8()

    def chosen():
        return _jpeg.jpeg_round_trip_uint8(image, 51)

    def pillow_route():
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="JPEG", quality=51)
        buffer.seek(0)
        return np.asarray(Image.open(buffer))

    assert np.array_equal(chosen(), pillow_route())
    assert_not_slower(chosen, pillow_route, label="cv2 in memory vs Pillow")
