"""Tests for imgaug._kernels.draw (draw_text)."""

import os

import numpy as np
import pytest

from imgaug._kernels import draw
from imgaug._kernels.draw import DEFAULT_FONT_FP, draw_text


def _changed(before, after):
    diff = before != after
    if diff.ndim == 3:
        diff = diff.any(axis=2)
    return diff


class TestDrawText:
    def test_draws_in_requested_color_only(self):
        image = np.zeros((30, 60, 3), dtype=np.uint8)
        observed = draw_text(image, 5, 5, "Hi", color=(0, 255, 0), size=15)
        assert observed.dtype == np.uint8
        assert observed[..., 1].max() == 255
        assert observed[..., 0].max() == 0
        assert observed[..., 2].max() == 0

    def test_position_is_top_left_y_then_x(self):
        image = np.zeros((40, 80, 3), dtype=np.uint8)
        observed = draw_text(image, 10, 20, "H", size=15)
        rows, cols = np.nonzero(_changed(image, observed))
        assert rows.size > 0
        assert rows.min() >= 10
        assert cols.min() >= 20
        assert rows.max() < 10 + 20
        assert cols.max() < 20 + 20

    def test_input_not_modified_and_output_writeable(self):
        image = np.full((20, 40, 3), 7, dtype=np.uint8)
        before = image.copy()
        observed = draw_text(image, 0, 0, "A", size=12)
        assert np.array_equal(image, before)
        assert observed.flags["WRITEABLE"]
        assert not np.shares_memory(observed, image)

    def test_same_result_on_repeat(self):
        image = np.zeros((20, 40, 3), dtype=np.uint8)
        first = draw_text(image, 1, 1, "Ab", size=14)
        second = draw_text(image, 1, 1, "Ab", size=14)
        assert np.array_equal(first, second)

    def test_float32_matches_uint8_and_keeps_untouched_values(self):
        image = np.full((20, 40, 3), 10.25, dtype=np.float32)
        observed = draw_text(image, 2, 2, "A", color=(255, 0, 100), size=14)
        reference = draw_text(
            np.full((20, 40, 3), 10, np.uint8), 2, 2, "A", color=(255, 0, 100), size=14
        )
        assert observed.dtype == np.float32
        changed = reference != 10
        assert changed.any()
        assert np.array_equal(observed[changed], reference[changed].astype(np.float32))
        assert np.all(observed[~changed] == np.float32(10.25))

    def test_float32_out_of_range_is_clipped_before_drawing(self):
        image = np.full((20, 40, 3), 400.0, dtype=np.float32)
        image[:, :, 1] = -50.0
        observed = draw_text(image, 2, 2, "A", color=(0, 0, 0), size=14)
        reference = draw_text(
            np.dstack([np.full((20, 40), v, np.uint8) for v in (255, 0, 255)]),
            2,
            2,
            "A",
            color=(0, 0, 0),
            size=14,
        )
        changed = image.clip(0, 255).astype(np.uint8) != reference
        assert changed.any()
        assert np.array_equal(observed[changed], reference[changed].astype(np.float32))

    def test_grayscale_and_channel_variants_match_rgb(self):
        rgb = np.zeros((20, 40, 3), dtype=np.uint8)
        rgb_drawn = draw_text(rgb, 2, 3, "Ag", color=(200, 100, 50), size=14)
        gray = draw_text(np.zeros((20, 40), np.uint8), 2, 3, "Ag", color=200, size=14)
        one = draw_text(
            np.zeros((20, 40, 1), np.uint8), 2, 3, "Ag", color=(200,), size=14
        )
        four = draw_text(
            np.zeros((20, 40, 4), np.uint8),
            2,
            3,
            "Ag",
            color=(200, 100, 50, 9),
            size=14,
        )
        five = draw_text(
            np.zeros((20, 40, 5), np.uint8), 2, 3, "Ag", color=200, size=14
        )
        assert gray.shape == (20, 40)
        assert one.shape == (20, 40, 1)
        assert np.array_equal(gray, rgb_drawn[..., 0])
        assert np.array_equal(one[..., 0], rgb_drawn[..., 0])
        assert np.array_equal(four[..., 0:3], rgb_drawn)
        assert five.shape == (20, 40, 5)
        assert all(np.array_equal(five[..., c], gray) for c in range(5))

    def test_text_outside_image_changes_nothing(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        assert np.array_equal(draw_text(image, 50, 50, "A"), image)

    def test_zero_sized_image(self):
        image = np.zeros((0, 10, 3), dtype=np.uint8)
        assert draw_text(image, 0, 0, "A").shape == (0, 10, 3)

    @pytest.mark.parametrize("dtype", ["uint16", "float64", "int32", "bool"])
    def test_other_dtypes_fail(self, dtype):
        with pytest.raises(ValueError, match="uint8 or float32"):
            draw_text(np.zeros((10, 10, 3), dtype), 0, 0, "A")

    def test_color_length_mismatch_fails(self):
        with pytest.raises(ValueError, match="color"):
            draw_text(np.zeros((10, 10, 3), np.uint8), 0, 0, "A", color=(1, 2))

    def test_bad_color_type_fails(self):
        with pytest.raises(TypeError, match="color"):
            draw_text(np.zeros((10, 10, 3), np.uint8), 0, 0, "A", color="red")

    def test_not_an_array_fails(self):
        with pytest.raises(TypeError, match="img"):
            draw_text([[0]], 0, 0, "A")

    def test_bad_ndim_fails(self):
        with pytest.raises(ValueError, match="img"):
            draw_text(np.zeros((1, 10, 10, 3), np.uint8), 0, 0, "A")


class TestFont:
    def test_default_font_path_is_none_or_a_file(self):
        assert DEFAULT_FONT_FP is None or os.path.isfile(DEFAULT_FONT_FP)

    def test_pillow_default_font_fallback(self, monkeypatch):
        monkeypatch.setattr(draw, "DEFAULT_FONT_FP", None)
        image = np.zeros((30, 60, 3), dtype=np.uint8)
        observed = draw.draw_text(image, 2, 2, "Hi", size=15)
        assert observed[..., 1].max() > 0

    def test_missing_font_file_falls_back(self, monkeypatch, tmp_path):
        monkeypatch.setattr(draw, "DEFAULT_FONT_FP", str(tmp_path / "missing.ttf"))
        image = np.zeros((30, 60, 3), dtype=np.uint8)
        assert draw.draw_text(image, 2, 2, "Hi", size=15)[..., 1].max() > 0

    def test_larger_size_draws_more_pixels(self):
        image = np.zeros((60, 120, 3), dtype=np.uint8)
        small = (draw_text(image, 0, 0, "Hi", size=10)[..., 1] > 0).sum()
        large = (draw_text(image, 0, 0, "Hi", size=30)[..., 1] > 0).sum()
        assert large > small
