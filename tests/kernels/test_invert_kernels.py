"""Tests for imgaug._kernels.invert."""

import numpy as np
import pytest

from imgaug._kernels import invert as _invert

VALUES = np.arange(256, dtype=np.uint8)


def test_tables_without_threshold():
    assert np.array_equal(_invert.invert_tables_uint8(0, 255), 255 - VALUES)
    table = _invert.invert_tables_uint8(10, 100)
    expected = np.clip(100 - np.abs(VALUES.astype(int) - 10), 10, 100)
    assert np.array_equal(table, expected)


def test_vectorised_thresholds():
    thresholds = np.array([[0.0, 100.9, 256.0]])
    above = np.array([[True, False, True]])
    tables = _invert.invert_tables_uint8(0, 255, thresholds, above)
    assert tables.shape == (1, 3, 256)
    assert np.array_equal(tables[0, 0], 255 - VALUES)
    expected_below = np.where(VALUES < 100, 255 - VALUES, VALUES)
    assert np.array_equal(tables[0, 1], expected_below)
    assert np.array_equal(tables[0, 2], VALUES)


@pytest.mark.parametrize(
    "threshold", [-3.5, -0.5, 0, 0.99, 1, 77.5, 128, 254.9, 255, 256, 1e6]
)
@pytest.mark.parametrize("above", [True, False])
def test_full_range_cv2_route_equals_the_table(threshold, above):
    image = np.tile(VALUES, (3, 1)).reshape(3, 256, 1)
    table = _invert.invert_tables_uint8(0, 255, threshold, above)
    expected = table[image]
    result = _invert.invert_full_range_uint8(image, threshold, above)
    assert np.array_equal(result, expected)
    out = np.empty_like(image)
    assert _invert.invert_full_range_uint8(image, threshold, above, out=out) is out
    assert np.array_equal(out, expected)


def test_full_range_in_place():
    image = np.array([[1, 2], [3, 4]], dtype=np.uint8)
    result = _invert.invert_full_range_uint8(image, out=image)
    assert result is image and image.tolist() == [[254, 253], [252, 251]]


@pytest.mark.parametrize("above", [True, False])
def test_full_range_threshold_in_place_and_input_untouched(above):
    """The mask is written into `out` unless `out` is the image itself."""
    image = np.tile(VALUES, (3, 1)).reshape(3, 128, 2)
    expected = _invert.invert_tables_uint8(0, 255, 100, above)[image]
    before = image.copy()
    assert np.array_equal(_invert.invert_full_range_uint8(image, 100, above), expected)
    assert np.array_equal(image, before)
    result = _invert.invert_full_range_uint8(image, 100, above, out=image)
    assert result is image and np.array_equal(image, expected)


def test_other_dtypes():
    ints = np.array([-128, -1, 0, 127], dtype=np.int8)
    assert _invert.invert_other(ints, -128, 127, True).tolist() == [127, 0, -1, -128]
    clipped = _invert.invert_other(ints, -10, 20, False)
    assert clipped.tolist() == [20, 11, 10, -10]
    floats = np.array([0.25, 2.0], dtype=np.float32)
    assert _invert.invert_other(floats, 0.0, 1.0, False).tolist() == [0.75, 0.0]
    thresholded = _invert.invert_other(floats, 0.0, 1.0, False, 1.0, False)
    assert thresholded.tolist() == [0.75, 2.0]
