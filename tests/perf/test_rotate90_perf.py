"""Benchmarks of the Rot90 routes (imgaug._kernels.rotate90).

``rot90`` hands dtypes OpenCV can move (directly or as a same-size view) to
``cv2.rotate``, a blocked transpose/flip; the alternative is copying the strided
``np.rot90`` view into a new contiguous array.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import rotate90
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


@pytest.mark.parametrize("k", [1, 2, 3])
@pytest.mark.parametrize("dtype", ["uint8", "float32", "bool", "float16"])
def test_rot90_cv2_vs_numpy(dtype, k):
    image = _images.image(dtype)

    def chosen():
        return rotate90.rot90(image, k)

    def numpy_route():
        return np.ascontiguousarray(np.rot90(image, k, axes=(1, 0)))

    assert np.array_equal(chosen(), numpy_route())
    assert_not_slower(chosen, numpy_route, label=f"cv2.rotate vs numpy {dtype} k={k}")
