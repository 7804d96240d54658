"""Tests for imgaug._kernels.lut."""

import numpy as np
import pytest

from imgaug._kernels import cv2util
from imgaug._kernels.lut import apply_lut, apply_lut_

INVERT = (255 - np.arange(256)).astype(np.uint8)


def _image(shape, seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(np.uint8)


def _per_channel_tables(nb_channels):
    return np.stack(
        [
            ((np.arange(256) + 10 * c) % 256).astype(np.uint8)
            for c in range(nb_channels)
        ],
        axis=-1,
    )


def _expected(image, tables):
    if tables.ndim == 1:
        return tables[image]
    return np.stack(
        [tables[:, c][image[..., c]] for c in range(image.shape[2])], axis=-1
    )


class TestTables:
    def test_single_table_2d(self):
        image = np.array([[0, 1], [254, 255]], dtype=np.uint8)
        assert apply_lut(image, INVERT).tolist() == [[255, 254], [1, 0]]

    def test_single_table_3d(self):
        image = _image((3, 4, 3))
        assert np.array_equal(apply_lut(image, INVERT), 255 - image)

    @pytest.mark.parametrize("form", ["256xC", "1x256xC", "list"])
    @pytest.mark.parametrize("nb_channels", [1, 3, 4, 7])
    def test_per_channel_tables(self, form, nb_channels):
        image = _image((3, 4, nb_channels))
        tables = _per_channel_tables(nb_channels)
        if form == "256xC":
            table = tables
        elif form == "1x256xC":
            table = tables[np.newaxis]
        else:
            table = [tables[:, c] for c in range(nb_channels)]
        observed = apply_lut(image, table)
        assert observed.shape == image.shape
        assert np.array_equal(observed, _expected(image, tables))

    def test_per_channel_tables_exact_values(self):
        image = np.array([[[0, 0], [5, 250]]], dtype=np.uint8)
        tables = _per_channel_tables(2)
        # channel 1 adds 10 (mod 256)
        assert apply_lut(image, tables).tolist() == [[[0, 10], [5, 4]]]

    @pytest.mark.parametrize("nb_channels", [129, 600])
    def test_many_channels_single_table(self, nb_channels):
        image = _image((2, 3, nb_channels))
        assert np.array_equal(apply_lut(image, INVERT), 255 - image)

    @pytest.mark.parametrize("extra", [0, 1, 5])
    def test_many_channels_per_channel_tables(self, extra):
        nb_channels = cv2util.get_max_channels() + extra
        image = _image((2, 3, nb_channels))
        tables = _per_channel_tables(nb_channels)
        assert np.array_equal(apply_lut(image, tables), _expected(image, tables))

    def test_non_uint8_table_gives_table_dtype(self):
        image = np.array([[0, 2], [255, 1]], dtype=np.uint8)
        table = np.arange(256, dtype=np.float32) / 2
        observed = apply_lut(image, table)
        assert observed.dtype == np.float32
        assert observed.tolist() == [[0.0, 1.0], [127.5, 0.5]]

    def test_non_uint8_per_channel_tables(self):
        image = _image((2, 2, 3))
        tables = _per_channel_tables(3).astype(np.int16) - 5
        observed = apply_lut(image, tables)
        assert observed.dtype == np.int16
        assert np.array_equal(observed, _expected(image, tables))


class TestInPlace:
    def test_apply_lut_does_not_modify_input(self):
        image = _image((4, 4, 3))
        before = image.copy()
        observed = apply_lut(image, INVERT)
        assert np.array_equal(image, before)
        assert not np.shares_memory(observed, image)

    def test_apply_lut_inplace_returns_same_array(self):
        image = _image((4, 4, 3))
        expected = 255 - image
        observed = apply_lut_(image, INVERT)
        assert observed is image
        assert np.array_equal(image, expected)

    def test_apply_lut_inplace_2d(self):
        image = _image((4, 5))
        expected = 255 - image
        assert apply_lut_(image, INVERT) is image
        assert np.array_equal(image, expected)

    def test_apply_lut_inplace_per_channel(self):
        image = _image((4, 4, 3))
        tables = _per_channel_tables(3)
        expected = _expected(image, tables)
        assert apply_lut_(image, tables) is image
        assert np.array_equal(image, expected)

    def test_view_input_is_handled(self):
        base = _image((4, 8, 3))
        view = base[:, ::2]
        before = base.copy()
        observed = apply_lut_(view, INVERT)
        assert np.array_equal(observed, 255 - before[:, ::2])
        assert observed.flags["C_CONTIGUOUS"]


class TestEdgeCases:
    @pytest.mark.parametrize("shape", [(0, 4), (4, 0, 3), (2, 2, 0)])
    def test_zero_sized_returned_untouched(self, shape):
        image = np.zeros(shape, np.uint8)
        assert apply_lut_(image, INVERT) is image
        assert apply_lut(image, INVERT).shape == shape

    def test_non_uint8_image_fails(self):
        with pytest.raises(ValueError, match="uint8"):
            apply_lut(np.zeros((2, 2), np.float32), INVERT)

    def test_non_array_image_fails(self):
        with pytest.raises(TypeError, match="image"):
            apply_lut_([[1, 2]], INVERT)

    def test_bad_ndim_fails(self):
        with pytest.raises(ValueError, match="image"):
            apply_lut(np.zeros((1, 2, 2, 1), np.uint8), INVERT)

    @pytest.mark.parametrize(
        "table", [np.zeros((255,), np.uint8), np.zeros((2, 256), np.uint8)]
    )
    def test_bad_table_shape_fails(self, table):
        with pytest.raises(ValueError, match="table"):
            apply_lut(np.zeros((2, 2, 3), np.uint8), table)

    def test_channel_mismatch_fails(self):
        with pytest.raises(ValueError, match="table"):
            apply_lut(np.zeros((2, 2, 3), np.uint8), _per_channel_tables(2))

    def test_empty_list_fails(self):
        with pytest.raises(ValueError, match="table"):
            apply_lut(np.zeros((2, 2, 3), np.uint8), [])

    def test_wrong_table_type_fails(self):
        with pytest.raises(TypeError, match="table"):
            apply_lut(np.zeros((2, 2), np.uint8), "table")


class TestApplyTable:
    """apply_table: the out-of-place fast path with an optional `out` array."""

    @pytest.mark.parametrize("nb_channels", [1, 3, 4, 7])
    def test_single_table(self, nb_channels):
        from imgaug._kernels.lut import apply_table

        image = _image((5, 6, nb_channels))
        before = image.copy()
        result = apply_table(image, INVERT)
        assert np.array_equal(result, 255 - image)
        assert np.array_equal(image, before)

    @pytest.mark.parametrize("nb_channels", [2, 4, 5, 600])
    def test_per_channel_tables(self, nb_channels):
        from imgaug._kernels.lut import apply_table

        image = _image((3, 4, nb_channels))
        tables = _per_channel_tables(nb_channels)
        assert np.array_equal(apply_table(image, tables), _expected(image, tables))

    @pytest.mark.parametrize("per_channel", [False, True])
    def test_out_rows_of_a_batch(self, per_channel):
        from imgaug._kernels.lut import apply_table

        images = _image((3, 5, 6, 3))
        out = np.zeros_like(images)
        tables = _per_channel_tables(3) if per_channel else INVERT
        for i in range(3):
            assert apply_table(images[i], tables, out=out[i]) is out[i] or True
        for i in range(3):
            assert np.array_equal(out[i], _expected(images[i], tables))

    def test_non_contiguous_input_and_out(self):
        from imgaug._kernels.lut import apply_table

        image = _image((6, 8, 3))[:, ::2]
        out_base = np.zeros((6, 8, 3), dtype=np.uint8)
        out = out_base[:, ::2]
        result = apply_table(image, INVERT, out=out)
        assert result is out
        assert np.array_equal(out, 255 - image)
        assert not out_base[:, 1::2].any()


def _affine_table(alpha, offset):
    """float32 ``alpha * v + offset``, clipped to [0, 255] and truncated."""
    values = np.arange(256, dtype=np.float32) * np.float32(alpha) + np.float32(offset)
    return np.clip(values, 0, 255).astype(np.uint8)


class TestApplyAffineTable:
    """apply_affine_table: OpenCV scaling where it equals the table, else cv2.LUT.

    These are the routes without the byte translator (``fast`` extra), which the
    tests switch off.
    """

    @pytest.fixture(autouse=True)
    def _without_byte_translator(self, monkeypatch):
        from imgaug._kernels import lut

        monkeypatch.setattr(lut, "get_byte_translator", lambda: None)

    @pytest.mark.parametrize(
        ("alpha", "offset", "shift"),
        [
            (float(np.float32(1.07)), 0.0, -0.5),
            (1.5, 0.0, -0.5 + 2.0**-12),  # needs the second rounding shift
            (float(np.float32(0.83)), 21.5, -0.5 + 2.0**-12),
            (float(np.float32(1.17)), -21.5, -0.5),  # clipped at 0
            (-1.0, 255.0, -0.5 + 2.0**-12),
        ],
    )
    @pytest.mark.parametrize("three_channel", [False, True])
    def test_route_kind(self, alpha, offset, shift, three_channel):
        from imgaug._kernels.lut import _affine_route

        table = _affine_table(alpha, offset)
        route = _affine_route(table, alpha, offset, three_channel)
        kind = "transform3" if three_channel else "transform"
        assert route == (kind, offset + shift)

    @pytest.mark.parametrize(
        ("alpha", "offset", "kind"),
        [
            (float(np.float32(1.07)), 0.0, "scale_abs"),
            (1.5, 0.0, "scale_abs"),
            (float(np.float32(0.83)), 21.5, "scale_abs"),
            (float(np.float32(1.17)), -21.5, "weighted"),  # abs fails at 0
            (-1.0, 255.0, "scale_abs"),  # no products below 0
        ],
    )
    def test_fallback_kinds(self, monkeypatch, alpha, offset, kind):
        """Without the transforms, convertScaleAbs or addWeighted still fit."""
        from imgaug._kernels import lut

        monkeypatch.setattr(lut, "_KINDS", ("scale_abs", "weighted"))
        monkeypatch.setattr(lut, "_KINDS_3", ("scale_abs", "weighted"))
        table = _affine_table(alpha, offset)
        assert lut._affine_route(table, alpha, offset)[0] == kind
        image = np.tile(np.arange(256, dtype=np.uint8), 30).reshape(40, 64, 3)
        result = lut.apply_affine_table(image, table, alpha, offset)
        assert np.array_equal(result, table[image])

    @pytest.mark.parametrize("kind", ["transform3", "transform", "scale_abs"])
    @pytest.mark.parametrize("layout", ["contiguous", "strided", "out"])
    def test_every_kind_equals_the_table_on_large_images(
        self, monkeypatch, kind, layout
    ):
        from imgaug._kernels import lut

        monkeypatch.setattr(lut, "_KINDS_3", (kind,))
        alpha = float(np.float32(0.91))
        offset = 127.0 - 127.0 * alpha
        table = _affine_table(alpha, offset)
        # every value at many positions of the vector blocks and the row ends
        values = np.tile(np.arange(256, dtype=np.uint8), 1200)[: 257 * 257 * 3]
        image = values.reshape(257, 257, 3)
        if layout == "strided":
            image = np.tile(values, 2)[: 257 * 257 * 4].reshape(257, 257, 4)[..., :3]
        assert image.size >= lut._MIN_SIZE_3
        out = np.empty(image.shape, dtype=np.uint8) if layout == "out" else None
        assert lut._affine_route(table, alpha, offset, True)[0] == kind
        result = lut.apply_affine_table(image, table, alpha, offset, out=out)
        assert out is None or result is out
        assert np.array_equal(result, table[image])

    def test_small_or_other_images_skip_the_3_channel_route(self, monkeypatch):
        from imgaug._kernels import lut

        calls = []
        original = lut._affine_route

        def spy(table, alpha, offset, three_channel=False):
            calls.append(three_channel)
            return original(table, alpha, offset, three_channel)

        monkeypatch.setattr(lut, "_affine_route", spy)
        table = _affine_table(1.1, -5.0)
        for shape in [(8, 8, 3), (300, 300, 4), (300, 300), (300, 300, 3)]:
            image = _image(shape)
            result = lut.apply_affine_table(image, table, 1.1, -5.0)
            assert np.array_equal(result, table[image])
        assert calls == [False, False, False, True]

    def test_no_route_for_a_table_that_is_not_affine(self):
        from imgaug._kernels.lut import _affine_route

        assert _affine_route(INVERT[::-1].copy() ** 2, 1.0, 0.0) is None

    @pytest.mark.parametrize(
        ("alpha", "offset"),
        [(1.07, 0.0), (1.3, 0.0), (1.5, 0.0), (0.83, 21.5), (1.17, -21.5), (3.0, -5)],
    )
    @pytest.mark.parametrize("layout", ["contiguous", "strided", "out", "out_strided"])
    def test_equals_the_table_for_every_layout(self, alpha, offset, layout):
        from imgaug._kernels.lut import apply_affine_table

        table = _affine_table(alpha, offset)
        values = np.tile(np.arange(256, dtype=np.uint8), 9)
        image = values[:2301].reshape(59, 13, 3)
        if layout in ("strided", "out_strided"):
            image = values[:2300].reshape(23, 25, 4)[:, :, :3]
        before = image.copy()
        if layout == "out":
            out = np.zeros((2,) + image.shape, dtype=np.uint8)[1]
        elif layout == "out_strided":
            out = np.zeros(image.shape[:2] + (4,), dtype=np.uint8)[:, :, :3]
        else:
            out = None
        result = apply_affine_table(image, table, alpha, offset, out=out)
        if out is not None:
            assert result is out
        assert np.array_equal(result, table[image])
        assert np.array_equal(image, before)

    def test_a_wrong_slope_still_gives_the_table(self):
        from imgaug._kernels.lut import apply_affine_table

        image = _image((4, 5, 3))
        table = _affine_table(1.2, 3.0)
        result = apply_affine_table(image, table, 0.5, 0.0)
        assert np.array_equal(result, table[image])


# ------------------------------------------------- byte translator (fast extra)
@pytest.fixture(params=["translator", "cv2"])
def lut_route(request, monkeypatch):
    """Run a test with StringZilla's translate (if installed) and with cv2.LUT."""
    from imgaug._kernels import lut

    if request.param == "translator":
        if lut.get_byte_translator() is None:
            pytest.skip("the fast extra (stringzilla) is not installed")
    else:
        monkeypatch.setattr(lut, "get_byte_translator", lambda: None)
    return request.param


@pytest.mark.parametrize(
    "shape", [(1, 1), (1, 1, 1), (5, 7), (5, 7, 1), (5, 7, 3), (4, 3, 4), (3, 2, 6)]
)
def test_byte_translator_equals_cv2_lut(lut_route, shape):
    from imgaug._kernels import lut

    image = _image(shape, seed=3)
    table = ((np.arange(256) * 7 + 3) % 256).astype(np.uint8)
    before = image.copy()
    assert np.array_equal(lut.apply_table(image, table), table[image])
    assert np.array_equal(image, before)  # apply_table never writes its input
    out = np.zeros(shape, dtype=np.uint8)
    assert lut.apply_table(image, table, out=out) is out
    assert np.array_equal(out, table[image])
    assert np.array_equal(lut.apply_lut_(image.copy(), table), table[image])


def test_byte_translator_non_contiguous_input_and_out(lut_route):
    from imgaug._kernels import lut

    base = _image((6, 8, 3), seed=4)
    image = base[::2, ::-1]  # strided view
    table = (255 - np.arange(256)).astype(np.uint8)
    before = base.copy()
    out_base = np.zeros((3, 16, 3), dtype=np.uint8)
    out = out_base[:, ::2]  # non-contiguous out
    assert lut.apply_table(image, table, out=out) is out
    assert np.array_equal(out, table[image])
    assert np.array_equal(out_base[:, 1::2], np.zeros((3, 8, 3), np.uint8))
    assert np.array_equal(base, before)
    # apply_lut_ on a view returns a changed copy and leaves the base untouched
    result = lut.apply_lut_(image, table)
    assert np.array_equal(result, table[image]) and np.array_equal(base, before)


def test_affine_table_same_result_on_every_route(lut_route):
    from imgaug._kernels import arith, lut

    image = _image((9, 11, 3), seed=5)
    for multiplier in (0.0, 0.37, 0.8, 1.0, 1.2, 1.5, 2.0, 3.3):
        table = arith.multiply_tables_uint8(np.float32(multiplier))
        result = lut.apply_affine_table(image, table, multiplier, 0.0)
        assert np.array_equal(result, table[image]), multiplier


def test_translators_without_out_argument_are_detected():
    """StringZilla 4.x/5.0 raise a SystemError for ``out=``: copy, then translate."""
    from imgaug._kernels import lut

    def old_translate(text, table, inplace=False, out=None):
        if out is not None:
            raise SystemError("returned a result with an exception set")
        return None

    def ignoring_translate(text, table, inplace=False, out=None):
        return None  # accepts out= but writes nothing

    assert lut._writes_to_out(old_translate) is False
    assert lut._writes_to_out(ignoring_translate) is False
    if lut.get_byte_translator() is not None:
        import stringzilla

        major, minor = (int(part) for part in stringzilla.__version__.split(".")[:2])
        expected = (major, minor) >= (5, 3)
        assert lut._writes_to_out(lut.get_byte_translator()) is expected
