"""imgaug._kernels.channels.permute_channels"""

import numpy as np
import pytest

from imgaug._kernels.channels import permute_channels

DTYPES = [
    "bool",
    "uint8",
    "int8",
    "uint16",
    "int16",
    "uint32",
    "int32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("nb_channels", [2, 3, 4, 5, 130])
def test_equals_fancy_indexing_and_is_contiguous(dtype, nb_channels):
    rng = np.random.default_rng(0)
    image = rng.integers(0, 100, size=(4, 5, nb_channels)).astype(dtype)
    permutation = rng.permutation(nb_channels)
    observed = permute_channels(image, permutation)
    assert observed.dtype == image.dtype
    assert observed.flags.c_contiguous
    assert np.array_equal(observed, image[..., permutation])


def test_non_contiguous_input_and_zero_sized():
    image = np.arange(2 * 3 * 3, dtype=np.uint8).reshape((2, 3, 3))
    view = image[:, ::-1]
    assert np.array_equal(permute_channels(view, [1, 2, 0]), view[..., [1, 2, 0]])
    empty = np.zeros((0, 4, 3), dtype=np.uint8)
    assert permute_channels(empty, [2, 1, 0]).shape == (0, 4, 3)


def test_input_is_not_modified():
    image = np.arange(12, dtype=np.float32).reshape((2, 2, 3))
    before = image.copy()
    permute_channels(image, [2, 1, 0])
    assert np.array_equal(image, before)
