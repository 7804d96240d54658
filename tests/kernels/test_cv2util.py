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


class TestContiguousForGather:
    def test_large_array_becomes_a_contiguous_copy(self):
        from imgaug._kernels import cv2util

        base = np.arange(2 * cv2util.GATHER_COPY_MIN_BYTES, dtype=np.uint8)
        arr = base.reshape(512, -1)[:, ::2]  # strided, >= the threshold
        result = cv2util.contiguous_for_gather(arr)
        assert result.flags["C_CONTIGUOUS"] and not np.shares_memory(result, base)
        assert np.array_equal(result, arr)
        contiguous = base.reshape(512, -1)
        copied = cv2util.contiguous_for_gather(contiguous)
        assert copied is not contiguous and np.array_equal(copied, contiguous)

    def test_small_array_is_only_made_contiguous(self):
        from imgaug._kernels import cv2util

        arr = np.zeros((8, 8, 3), dtype=np.uint8)
        assert cv2util.contiguous_for_gather(arr) is arr
        view = arr[:, ::2]
        result = cv2util.contiguous_for_gather(view)
        assert result.flags["C_CONTIGUOUS"] and np.array_equal(result, view)
