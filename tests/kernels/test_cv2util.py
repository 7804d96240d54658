"""Tests for imgaug._kernels.cv2util."""

import cv2
import numpy as np
import pytest

from imgaug._kernels import cv2util

_SHAPES = [(h, w) for h in range(1, 6) for w in range(1, 6)] + [
    (h, w, c) for h in (1, 2, 4, 5) for w in (1, 2, 4) for c in (1, 2, 3, 4)
]


class TestIsScalarAmbiguous:
    @pytest.mark.parametrize("shape", [(1, 1), (1, 1, 1), (4, 1), (4, 1, 1)], ids=str)
    def test_ambiguous(self, shape):
        assert cv2util.is_scalar_ambiguous(np.zeros(shape, dtype=np.uint8))

    @pytest.mark.parametrize(
        "shape", [(1, 2), (1, 4), (2, 1), (3, 1), (5, 1), (1, 1, 3), (4, 1, 2)]
    )
    def test_not_ambiguous(self, shape):
        assert not cv2util.is_scalar_ambiguous(np.zeros(shape, dtype=np.uint8))

    @pytest.mark.parametrize("operation", ["add", "subtract"])
    def test_every_other_source_reads_the_scalar_as_scalar(self, operation):
        # pins the installed OpenCV: the helper covers every shape cv2 misreads
        func = getattr(cv2, operation)
        sign = 1 if operation == "add" else -1
        for shape in _SHAPES:
            src = np.full(shape, 100, dtype=np.uint8)
            if cv2util.is_scalar_ambiguous(src):
                continue
            nb_channels = shape[2] if len(shape) == 3 else 1
            values = (3.0, 5.0, 7.0, 9.0)
            expected = 100 + sign * np.array(values[:nb_channels])
            result = func(src, values)
            assert result.size == src.size, shape
            assert np.array_equal(
                result.reshape(shape), np.broadcast_to(expected, shape)
            ), shape
