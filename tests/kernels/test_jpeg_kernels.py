"""Tests for imgaug._kernels.jpeg."""

import numpy as np

from imgaug._kernels import jpeg as _jpeg


def test_quality_mapping_is_monotone_and_bounded():
    qualities = [_jpeg.get_jpeg_quality(c) for c in range(101)]
    assert qualities[0] == 100 and qualities[-1] == 2
    assert all(a >= b for a, b in zip(qualities, qualities[1:]))


def test_quality_of_python_numbers_equals_numpys_maths():
    # Python ints/floats take a plain-Python route; numpy scalars numpy's maths
    values = [c / 8 for c in range(801)] + list(range(101)) + [50.5, 0.5, 99.99]
    for compression in values:
        expected = int(np.clip(np.round(1 + 99 * (1 - compression / 101)), 1, 100))
        observed = _jpeg.get_jpeg_quality(compression)
        assert type(observed) is int and observed == expected
        for numpy_type in (np.float32, np.float64):
            number = numpy_type(compression)
            expected = int(np.clip(np.round(1 + 99 * (1 - number / 101)), 1, 100))
            assert _jpeg.get_jpeg_quality(number) == expected


def test_round_trip_shapes_and_no_mutation():
    yy, xx = np.mgrid[0:16, 0:24]
    smooth = (yy * 8 + xx * 4).astype(np.uint8)
    for shape in ((16, 24), (16, 24, 1), (16, 24, 3)):
        image = np.ascontiguousarray(
            np.broadcast_to(smooth.reshape(16, 24, 1), (16, 24, 3))
        )
        image = image[..., 0] if len(shape) == 2 else image[..., 0 : shape[2]].copy()
        before = image.copy()
        result = _jpeg.jpeg_round_trip_uint8(image, 90)
        assert result.shape == shape and result.dtype == np.uint8
        assert np.array_equal(image, before)
        assert np.abs(result.astype(int) - image).mean() < 3


def test_colour_channels_are_not_swapped():
    image = np.zeros((16, 16, 3), dtype=np.uint8)
    image[..., 0] = 220  # red
    result = _jpeg.jpeg_round_trip_uint8(image, 95)
    assert result[..., 0].mean() > 200 and result[..., 2].mean() < 20


def test_decoding_without_rgb_flag_gives_the_same_pixels(monkeypatch):
    yy, xx = np.mgrid[0:16, 0:24]
    image = np.stack([yy * 10, xx * 7, yy * xx], axis=-1).astype(np.uint8)
    direct = _jpeg.jpeg_round_trip_uint8(image, 60)
    monkeypatch.setattr(_jpeg, "_IMREAD_COLOR_RGB", None)  # OpenCV < 4.11
    assert np.array_equal(_jpeg.jpeg_round_trip_uint8(image, 60), direct)
