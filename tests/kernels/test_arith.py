"""Tests for imgaug._kernels.arith (uint8 routes, widened routes, helpers)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imgaug._kernels import arith
from imgaug.validation import InvalidTypeError, InvalidValueError


def _image(shape, seed=0, dtype=np.uint8):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(dtype)


def _ref_add_uint8(image, value):
    """Numpy reference: round, clip to [-255, 255], add in int64, clip."""
    offsets = np.clip(np.round(np.asarray(value, dtype=np.float64)), -255, 255)
    return np.clip(image.astype(np.int64) + offsets.astype(np.int64), 0, 255).astype(
        np.uint8
    )


def _ref_multiply_uint8(image, multiplier):
    """Numpy reference: float32 product, clip to [0, 255], truncate."""
    product = image.astype(np.float32) * np.asarray(multiplier, dtype=np.float32)
    return np.clip(product, 0, 255).astype(np.uint8)


class TestTables:
    def test_add_tables_scalar(self):
        table = arith.add_tables_uint8(10)
        assert table.shape == (256,)
        assert table.dtype == np.uint8
        assert table[0] == 10
        assert table[245] == 255
        assert table[255] == 255

    def test_add_tables_rounds_half_to_even(self):
        assert arith.add_tables_uint8(0.5)[0] == 0
        assert arith.add_tables_uint8(1.5)[0] == 2
        assert arith.add_tables_uint8(-0.6)[1] == 0

    def test_add_tables_per_channel(self):
        table = arith.add_tables_uint8(np.array([-300, 0, 300]))
        assert table.shape == (256, 3)
        assert table[255].tolist() == [0, 255, 255]
        assert table[10].tolist() == [0, 10, 255]

    def test_add_offsets_clip(self):
        offsets = arith.add_offsets_uint8(np.array([-1000.0, 2.4, 1000]))
        assert offsets.dtype == np.int16
        assert offsets.tolist() == [-255, 2, 255]

    def test_add_offsets_bool(self):
        assert arith.add_offsets_uint8(np.array([True, False])).tolist() == [1, 0]

    def test_multiply_tables_truncate(self):
        table = arith.multiply_tables_uint8(1.5)
        assert table[3] == 4  # 4.5 truncated
        assert table[200] == 255
        assert arith.multiply_tables_uint8(-1.0)[100] == 0

    def test_multiply_tables_per_channel(self):
        table = arith.multiply_tables_uint8(np.array([0.5, 2.0]))
        assert table.shape == (256, 2)
        assert table[3].tolist() == [1, 6]


class TestAddUint8:
    @pytest.mark.parametrize("shape", [(3, 4), (3, 4, 1), (3, 4, 3), (3, 4, 7)])
    def test_scalar(self, shape):
        image = _image(shape)
        result = arith.add_uint8(image, np.array(37.6))
        assert result.shape == shape
        assert np.array_equal(result, _ref_add_uint8(image, 37.6))

    @pytest.mark.parametrize("nb_channels", [2, 3, 4, 5, 9])
    def test_per_channel_mixed_signs(self, nb_channels):
        image = _image((5, 6, nb_channels))
        values = np.linspace(-200, 200, nb_channels)
        result = arith.add_uint8(image, values)
        assert np.array_equal(result, _ref_add_uint8(image, values))

    def test_per_channel_equal_values(self):
        image = _image((3, 3, 3))
        values = np.array([5.0, 5.0, 5.0])
        assert np.array_equal(
            arith.add_uint8(image, values), _ref_add_uint8(image, 5.0)
        )

    def test_zero_value_returns_new_array(self):
        image = _image((3, 3, 3))
        result = arith.add_uint8(image, np.array(0.2))
        assert np.array_equal(result, image)
        assert result is not image

    def test_does_not_modify_input_without_out(self):
        image = _image((4, 4, 3))
        copy = image.copy()
        arith.add_uint8(image, np.array(50))
        arith.add_uint8(image, np.array([1, -2, 3]))
        assert np.array_equal(image, copy)

    @pytest.mark.parametrize("value", [np.array(9), np.array([1, -2, 3]), 0])
    def test_out_is_written_and_returned(self, value):
        batch = _image((2, 4, 5, 3))
        expected = _ref_add_uint8(batch[1], value)
        row = batch[1]
        result = arith.add_uint8(row, np.asarray(value), out=row)
        assert result is row
        assert np.array_equal(batch[1], expected)

    def test_out_non_contiguous(self):
        image = _image((4, 5, 3))
        out = np.zeros((4, 10, 3), dtype=np.uint8)[:, ::2]
        result = arith.add_uint8(image, np.array(7), out=out)
        assert result is out
        assert np.array_equal(out, _ref_add_uint8(image, 7))

    def test_non_contiguous_input(self):
        image = _image((6, 8, 3))[::2, ::2]
        assert np.array_equal(
            arith.add_uint8(image, np.array(-9)), _ref_add_uint8(image, -9)
        )

    # cv2 reads a scalar next to a one-channel 1x1 or 4x1 matrix as a 4x1 array
    @pytest.mark.parametrize(
        "shape", [(1, 1), (1, 1, 1), (4, 1), (4, 1, 1), (1, 4), (1, 1, 3), (1, 1, 4)]
    )
    @pytest.mark.parametrize("value", [1, -3, 300, [2, -1, 5, 7]])
    def test_tiny_images(self, shape, value):
        nb_channels = shape[2] if len(shape) == 3 else 1
        if isinstance(value, list):
            if len(shape) == 2 or nb_channels == 1:
                return  # per-channel values need a channel axis of that size
            value = value[:nb_channels]
        image = np.full(shape, 100, dtype=np.uint8)
        expected = _ref_add_uint8(image, value)
        assert np.array_equal(arith.add_uint8(image, np.array(value)), expected)
        out = np.zeros(shape, dtype=np.uint8)
        assert arith.add_uint8(image, np.array(value), out=out) is out
        assert np.array_equal(out, expected)
        rows = image[np.newaxis] if image.ndim == 3 else image[np.newaxis, ..., None]
        values = np.resize(np.array(value, dtype=np.float64), (1, rows.shape[3]))
        per_channel = np.array([np.ndim(value) > 0])
        result = arith.add_rows_uint8(rows, values, per_channel)
        assert np.array_equal(result, _ref_add_uint8(rows, values[0]))

    @settings(max_examples=60, deadline=None)
    @given(
        height=st.integers(1, 5),
        width=st.integers(1, 5),
        nb_channels=st.integers(1, 6),
        per_channel=st.booleans(),
        seed=st.integers(0, 2**16),
        values=st.lists(st.floats(-400, 400, allow_nan=False), min_size=6, max_size=6),
    )
    def test_route_equals_numpy_reference(
        self, height, width, nb_channels, per_channel, seed, values
    ):
        image = _image((height, width, nb_channels), seed=seed)
        value = np.array(values[:nb_channels]) if per_channel else np.array(values[0])
        result = arith.add_uint8(image, value)
        assert np.array_equal(result, _ref_add_uint8(image, value))
        # the explicit table route gives the same result
        table = arith.add_tables_uint8(value)
        if table.ndim == 1:
            via_table = table[image]
        else:
            via_table = np.take_along_axis(
                table, image.reshape(-1, nb_channels).astype(np.intp), axis=0
            ).reshape(image.shape)
        assert np.array_equal(result, via_table)


class TestMultiplyUint8:
    @pytest.mark.parametrize("shape", [(3, 4), (3, 4, 1), (3, 4, 3), (3, 4, 6)])
    def test_scalar(self, shape):
        image = _image(shape)
        result = arith.multiply_uint8(image, np.array(1.37))
        assert np.array_equal(result, _ref_multiply_uint8(image, 1.37))

    def test_exact_small(self):
        image = np.array([[0, 3, 100, 200]], dtype=np.uint8)
        assert arith.multiply_uint8(image, np.array(1.5)).tolist() == [[0, 4, 150, 255]]

    def test_one_returns_copy(self):
        image = _image((2, 2, 3))
        result = arith.multiply_uint8(image, np.array(1.0))
        assert np.array_equal(result, image)
        assert result is not image

    def test_out(self):
        batch = _image((2, 3, 3, 3))
        expected = _ref_multiply_uint8(batch[0], [0.5, 1.0, 2.0])
        row = batch[0]
        result = arith.multiply_uint8(row, np.array([0.5, 1.0, 2.0]), out=row)
        assert result is row
        assert np.array_equal(batch[0], expected)

    @settings(max_examples=60, deadline=None)
    @given(
        nb_channels=st.integers(1, 6),
        per_channel=st.booleans(),
        seed=st.integers(0, 2**16),
        values=st.lists(st.floats(-2, 5, allow_nan=False), min_size=6, max_size=6),
    )
    def test_route_equals_numpy_reference(self, nb_channels, per_channel, seed, values):
        image = _image((3, 4, nb_channels), seed=seed)
        value = np.array(values[:nb_channels]) if per_channel else np.array(values[0])
        result = arith.multiply_uint8(image, value)
        assert np.array_equal(result, _ref_multiply_uint8(image, value))

    def test_opencv_route_taken_only_when_it_equals_the_table(self):
        from imgaug._kernels import lut

        def route(multiplier):
            table = arith.multiply_tables_uint8(multiplier)
            return lut._affine_route(table, multiplier, 0.0)

        assert route(float(np.float32(1.07))) == ("transform", -0.5)
        # 1.5 gives odd integer products (round half to even differs at -0.5)
        assert route(1.5) == ("transform", -0.5 + 2.0**-12)
        # the table clips to zero (cv2.transform saturates)
        assert route(-1.0) == ("transform", -0.5)

    @pytest.mark.parametrize(
        "multiplier", [1.07, 0.83, 1.3, 1.5, 2.25, 0.0, -0.7, 300.0]
    )
    @pytest.mark.parametrize("layout", ["contiguous", "strided", "out", "out_strided"])
    def test_every_value_and_layout_equals_reference(self, multiplier, layout):
        values = np.tile(np.arange(256, dtype=np.uint8), 9)[:2301]
        image = values.reshape(59, 13, 3)
        if layout in ("strided", "out_strided"):
            image = values[:2300].reshape(23, 25, 4)[:, :, :3]
        expected = _ref_multiply_uint8(image, multiplier)
        before = image.copy()
        if layout.startswith("out"):
            out = np.zeros((2,) + image.shape, dtype=np.uint8)[1]
            if layout == "out_strided":
                out = np.zeros(image.shape[:2] + (4,), dtype=np.uint8)[:, :, :3]
            result = arith.multiply_uint8(image, np.array(multiplier), out=out)
            assert result is out
        else:
            result = arith.multiply_uint8(image, np.array(multiplier))
        assert np.array_equal(result, expected)
        assert np.array_equal(image, before)

    @settings(max_examples=200, deadline=None)
    @given(multiplier=st.floats(0, 4, allow_nan=False, width=32))
    def test_any_multiplier_equals_reference_on_all_values(self, multiplier):
        image = np.arange(256, dtype=np.uint8).reshape(16, 16)
        result = arith.multiply_uint8(image, np.array(multiplier))
        assert np.array_equal(result, _ref_multiply_uint8(image, multiplier))


class TestElementwiseUint8:
    def test_add_rounds_and_clips(self):
        image = np.array([[0, 10, 250]], dtype=np.uint8)
        values = np.array([[-5.0, 2.5, 3.5]])  # rounding half to even: 2, 4
        assert arith.add_elementwise_uint8(image, values).tolist() == [[0, 12, 254]]

    def test_add_large_values(self):
        image = np.array([[0, 255]], dtype=np.uint8)
        values = np.array([[100000, -100000]])
        assert arith.add_elementwise_uint8(image, values).tolist() == [[255, 0]]

    def test_multiply_float_truncates(self):
        image = np.array([[3, 100, 200]], dtype=np.uint8)
        values = np.array([[1.5, 0.999, 2.0]])
        assert arith.multiply_elementwise_uint8(image, values).tolist() == [
            [4, 99, 255]
        ]

    def test_multiply_large_ints_do_not_wrap(self):
        image = np.array([[0, 1, 255, 255]], dtype=np.uint8)
        values = np.array([[100000, 1000, 200, -3]])
        assert arith.multiply_elementwise_uint8(image, values).tolist() == [
            [0, 255, 255, 0]
        ]


class TestWidened:
    def test_add_int16_saturates(self):
        image = np.array([[32000, -32000]], dtype=np.int16)
        assert arith.add_widened(image, 1000).tolist() == [[32767, -31000]]
        assert arith.add_widened(image, -1000).tolist() == [[31000, -32768]]

    def test_add_value_clipped_to_double_itemsize(self):
        image = np.array([[0, 100]], dtype=np.int8)
        # int values clip to int16, then the sum clips to int8
        assert arith.add_widened(image, 10**9).tolist() == [[127, 127]]
        assert arith.add_widened(image, -(10**9)).tolist() == [[-128, -128]]

    def test_add_rounds_float_values(self):
        image = np.array([[10]], dtype=np.uint16)
        assert arith.add_widened(image, 0.6).tolist() == [[11]]
        assert arith.add_widened(image, 0.5).tolist() == [[10]]  # half to even

    def test_add_per_channel(self):
        image = np.zeros((1, 1, 3), dtype=np.int16)
        result = arith.add_widened(image, np.array([1, -2, 3]))
        assert result.tolist() == [[[1, -2, 3]]]

    def test_add_float32(self):
        image = np.array([[1.5, -2.0]], dtype=np.float32)
        result = arith.add_widened(image, 0.25)
        assert result.dtype == np.float32
        assert result.tolist() == [[1.75, -1.75]]

    def test_add_float32_clips_to_finite_range(self):
        image = np.array([[np.finfo(np.float32).max]], dtype=np.float32)
        result = arith.add_widened(image, 1e38)
        assert result[0, 0] == np.finfo(np.float32).max

    def test_add_bool(self):
        image = np.array([[False, True]])
        assert arith.add_widened(image, 1).tolist() == [[True, True]]
        assert arith.add_widened(image, -1).tolist() == [[False, False]]
        assert arith.add_widened(image, 0.4).tolist() == [[False, True]]

    def test_add_returns_new_array(self):
        image = np.array([[1, 2]], dtype=np.int16)
        result = arith.add_widened(image, 0)
        assert result is not image
        assert image.tolist() == [[1, 2]]

    def test_multiply_uint16(self):
        image = np.array([[100, 60000]], dtype=np.uint16)
        assert arith.multiply_widened(image, 2.0).tolist() == [[200, 65535]]
        assert arith.multiply_widened(image, -1).tolist() == [[0, 0]]

    def test_multiply_int8_uses_float16_multiplier(self):
        # the float multiplier becomes float16 (1.1 -> 1.0996), as in 0.4.0
        image = np.array([[100, -100]], dtype=np.int8)
        assert arith.multiply_widened(image, 1.1).tolist() == [[110, -110]]
        assert arith.multiply_widened(image, 2).tolist() == [[127, -128]]

    def test_multiply_float16_computes_in_float16(self):
        # float multipliers of float16 images stay float16: overflow gives inf
        image = np.array([[60000.0, 2.0]], dtype=np.float16)
        result = arith.multiply_widened(image, 2.0)
        assert result.dtype == np.float16
        assert np.isinf(result[0, 0])
        assert result[0, 1] == 4.0

    def test_add_float16_clips_to_finite_range(self):
        image = np.array([[60000.0]], dtype=np.float16)
        result = arith.add_widened(image, 60000.0)
        assert result.dtype == np.float16
        assert result[0, 0] == np.finfo(np.float16).max

    def test_multiply_float32_may_overflow_to_inf(self):
        image = np.array([[3e38]], dtype=np.float32)
        result = arith.multiply_widened(image, 10.0)
        assert result.dtype == np.float32
        assert np.isinf(result[0, 0])

    def test_multiply_per_channel(self):
        image = np.full((1, 1, 3), 10, dtype=np.int16)
        result = arith.multiply_widened(image, np.array([0.5, 1.0, -2.0]))
        assert result.tolist() == [[[5, 10, -20]]]

    def test_elementwise_add(self):
        image = np.array([[10, -10]], dtype=np.int16)
        values = np.array([[-20.4, 32767.0]])
        result = arith.add_elementwise_widened(image, values)
        assert result.tolist() == [[-10, 32757]]

    def test_elementwise_validates_first_values(self):
        image = np.zeros((1, 2), dtype=np.int8)
        with pytest.raises(ValueError, match="value range of int16"):
            arith.add_elementwise_widened(image, np.array([[40000, 0]]))

    def test_elementwise_multiply(self):
        image = np.array([[10, 20]], dtype=np.uint16)
        values = np.array([[1.5, -1.0]])
        assert arith.multiply_elementwise_widened(image, values).tolist() == [[15, 0]]


class TestNormalizeValues:
    def test_scalar_forms(self):
        image = np.zeros((2, 2, 3), dtype=np.uint8)
        for value in (3, 3.0, np.float32(3), np.array([3]), [3]):
            arr, per_channel = arith.normalize_scalar_value(value, image, "value")
            assert arr.shape == ()
            assert per_channel is False

    def test_per_channel(self):
        image = np.zeros((2, 2, 3), dtype=np.uint8)
        arr, per_channel = arith.normalize_scalar_value([1, 2, 3], image, "value")
        assert arr.tolist() == [1, 2, 3]
        assert per_channel is True

    def test_per_channel_errors_name_argument(self):
        image3 = np.zeros((2, 2, 3), dtype=np.uint8)
        with pytest.raises(InvalidValueError, match="'mul'.*3.*2 values"):
            arith.normalize_scalar_value([1, 2], image3, "mul")
        with pytest.raises(InvalidValueError, match="'value'"):
            arith.normalize_scalar_value([1, 2], np.zeros((2, 2)), "value")
        with pytest.raises(InvalidValueError, match="'value'"):
            arith.normalize_scalar_value(np.ones((2, 2)), image3, "value")
        with pytest.raises(InvalidTypeError, match="'value'"):
            arith.normalize_scalar_value("a", image3, "value")

    def test_elementwise_shapes(self):
        image = np.zeros((2, 3, 4), dtype=np.uint8)
        assert arith.normalize_elementwise_values(
            np.zeros((2, 3)), image, "values"
        ).shape == (2, 3, 1)
        assert arith.normalize_elementwise_values(
            np.zeros((2, 3, 1)), image, "values"
        ).shape == (2, 3, 1)
        assert arith.normalize_elementwise_values(
            np.zeros((2, 3, 4)), image, "values"
        ).shape == (2, 3, 4)
        image2d = np.zeros((2, 3), dtype=np.uint8)
        assert arith.normalize_elementwise_values(
            np.zeros((2, 3, 1)), image2d, "values"
        ).shape == (2, 3)

    @pytest.mark.parametrize("shape", [(3, 3), (2, 3, 2), (2, 3, 4, 1), (6,)])
    def test_elementwise_bad_shapes(self, shape):
        image = np.zeros((2, 3, 3), dtype=np.uint8)
        with pytest.raises(InvalidValueError, match="'multipliers'"):
            arith.normalize_elementwise_values(np.zeros(shape), image, "multipliers")


class TestRowsUint8:
    @pytest.mark.parametrize("nb_channels", [1, 3, 5])
    def test_add_rows_equal_row_by_row(self, nb_channels):
        rng = np.random.default_rng(1)
        images = _image((6, 3, 4, nb_channels), seed=2)
        values = rng.uniform(-300, 300, size=(6, nb_channels)).astype(np.float32)
        values[0] = 0.2  # a zero offset
        per_channel = np.array([True, False, True, False, True, False])
        expected = [
            arith.add_uint8(img, values[i] if per_channel[i] else values[i, 0])
            for i, img in enumerate(images)
        ]
        result = arith.add_rows_uint8(images, values, per_channel, out=images)
        assert result is images
        assert np.array_equal(images, np.stack(expected))

    @pytest.mark.parametrize("nb_channels", [1, 3, 5])
    def test_multiply_rows_equal_row_by_row(self, nb_channels):
        rng = np.random.default_rng(1)
        images = _image((6, 3, 4, nb_channels), seed=2)
        values = rng.uniform(-0.5, 2.5, size=(6, nb_channels)).astype(np.float32)
        values[0] = 1.0
        per_channel = np.array([True, False, True, False, True, False])
        expected = [
            _ref_multiply_uint8(img, values[i] if per_channel[i] else values[i, 0])
            for i, img in enumerate(images)
        ]
        result = arith.multiply_rows_uint8(images, values, per_channel, out=images)
        assert result is images
        assert np.array_equal(images, np.stack(expected))
