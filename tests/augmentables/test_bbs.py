"""Tests for imgaug.augmentables.bbs."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables.bbs import (
    BoundingBox,
    BoundingBoxesOnImage,
    _LabelOnImageDrawer,
)
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage

# float64 arithmetic: W - eps stays below W (as with numpy 1.x scalar promotion)
EPS = float(np.finfo(np.float32).eps)


def _xyxy(bb):
    return (bb.x1, bb.y1, bb.x2, bb.y2)


def _skimage_box(shape, bb, size, fully_within):
    """Reference outline pixels via skimage.draw.polygon_perimeter."""
    import skimage.draw

    mask = np.zeros(shape[0:2], dtype=bool)
    y1, y2, x1, x2 = bb.y1_int, bb.y2_int, bb.x1_int, bb.x2_int
    if fully_within:
        y1, y2 = np.clip([y1, y2], 0, shape[0] - 1)
        x1, x2 = np.clip([x1, x2], 0, shape[1] - 1)
    for i in range(size):
        rr, cc = skimage.draw.polygon_perimeter(
            [y1 - i, y1 - i, y2 + i, y2 + i],
            [x1 - i, x2 + i, x2 + i, x1 - i],
            shape=shape[0:2],
        )
        mask[rr, cc] = True
    return mask


@pytest.fixture
def bbsoi():
    return BoundingBoxesOnImage(
        [
            BoundingBox(1, 2, 3, 4, label="a"),
            BoundingBox(-2, 1, 2, 3),
            BoundingBox(10, 10, 12, 12, label="c"),
        ],
        shape=(6, 8, 3),
    )


class TestBoundingBoxBasics:
    def test_init_swaps_corners(self):
        bb = BoundingBox(x1=5, y1=7, x2=1, y2=2, label="x")
        assert _xyxy(bb) == (1, 2, 5, 7)
        assert bb.label == "x"

    def test_values_stored_as_given(self):
        bb = BoundingBox(1, 2.5, np.float32(3.25), 4)
        assert isinstance(bb.x1, int)
        assert bb.y1 == 2.5
        assert bb.x2.dtype == np.float32

    def test_coords(self):
        bb = BoundingBox(1, 2, 3.5, 4)
        assert bb.coords.dtype == np.float32
        assert np.array_equal(bb.coords, [[1, 2], [3.5, 4]])

    def test_int_properties_bankers_rounding(self):
        bb = BoundingBox(0.5, 1.5, 2.5, 3.5)
        assert (bb.x1_int, bb.y1_int, bb.x2_int, bb.y2_int) == (0, 2, 2, 4)
        assert all(isinstance(v, int) for v in (bb.x1_int, bb.y2_int))

    def test_size_properties(self):
        bb = BoundingBox(1, 2, 4, 8)
        assert bb.height == 6
        assert bb.width == 3
        assert bb.center_x == 2.5
        assert bb.center_y == 5
        assert bb.area == 18

    @pytest.mark.parametrize(
        ("point", "expected"),
        [
            ((1, 2), True),
            ((4, 8), True),
            ((2, 5), True),
            ((0.999, 5), False),
            ((2, 8.001), False),
            (Keypoint(4, 2), True),
            (Keypoint(4.1, 2), False),
        ],
    )
    def test_contains(self, point, expected):
        assert BoundingBox(1, 2, 4, 8).contains(point) is expected

    def test_project(self):
        bb = BoundingBox(1, 2, 3, 4)
        proj = bb.project((10, 10), (20, 30))
        assert np.allclose(_xyxy(proj), (3, 4, 9, 8))
        assert _xyxy(bb) == (1, 2, 3, 4)
        assert bb.project_((10, 10), (5, 5)) is bb
        assert np.allclose(_xyxy(bb), (0.5, 1, 1.5, 2))

    def test_project_same_shape_keeps_values(self):
        bb = BoundingBox(1.1, 2, 3, 4, label="l")
        proj = bb.project((10, 10), (10, 10, 3))
        assert _xyxy(proj) == (1.1, 2, 3, 4)
        assert proj.label == "l"

    def test_extend(self):
        bb = BoundingBox(2, 2, 4, 4)
        ext = bb.extend(all_sides=1, top=1, right=2, bottom=3, left=4)
        assert _xyxy(ext) == (2 - 5, 2 - 2, 4 + 3, 4 + 4)
        assert _xyxy(bb) == (2, 2, 4, 4)
        assert bb.extend_(all_sides=1) is bb
        assert _xyxy(bb) == (1, 1, 5, 5)


class TestBoundingBoxSetOps:
    def test_intersection(self):
        inter = BoundingBox(0, 0, 4, 4, label="a").intersection(BoundingBox(2, 1, 6, 3))
        assert _xyxy(inter) == (2, 1, 4, 3)
        assert inter.label is None

    def test_intersection_touching_is_zero_area(self):
        inter = BoundingBox(0, 0, 2, 2).intersection(BoundingBox(2, 0, 4, 2))
        assert inter is not None
        assert inter.area == 0

    def test_intersection_none(self):
        bb = BoundingBox(0, 0, 2, 2)
        assert bb.intersection(BoundingBox(3, 0, 4, 2)) is None
        assert bb.intersection(BoundingBox(0, 3, 4, 4), default="d") == "d"

    def test_union(self):
        union = BoundingBox(0, 1, 2, 3, label="x").union(BoundingBox(1, -1, 5, 2))
        assert _xyxy(union) == (0, -1, 5, 3)
        assert union.label is None

    def test_iou(self):
        bb = BoundingBox(0, 0, 2, 2)
        assert bb.iou(BoundingBox(0, 0, 2, 2)) == 1.0
        assert np.isclose(bb.iou(BoundingBox(1, 0, 3, 2)), 2 / 6)
        assert bb.iou(BoundingBox(5, 5, 6, 6)) == 0.0
        assert BoundingBox(1, 1, 1, 1).iou(BoundingBox(1, 1, 1, 1)) == 0.0


class TestBoundingBoxImagePlane:
    def test_out_of_image_area(self):
        assert BoundingBox(1, 1, 3, 3).compute_out_of_image_area((4, 4)) == 0
        assert BoundingBox(-1, 0, 3, 2).compute_out_of_image_area((4, 4)) == 2
        assert BoundingBox(5, 5, 7, 8).compute_out_of_image_area((4, 4)) == 6
        assert BoundingBox(-1, 0, 3, 2).compute_out_of_image_area(np.zeros((4, 4))) == 2

    def test_out_of_image_fraction(self):
        assert BoundingBox(1, 1, 3, 3).compute_out_of_image_fraction((4, 4)) == 0.0
        assert BoundingBox(-1, 0, 3, 2).compute_out_of_image_fraction((4, 4)) == 0.25
        assert BoundingBox(5, 5, 7, 8).compute_out_of_image_fraction((4, 4)) == 1.0

    @pytest.mark.parametrize(
        ("bb", "expected"),
        [
            (BoundingBox(1, 1, 1, 1), 0.0),
            (BoundingBox(0, 0, 0, 3), 0.0),
            (BoundingBox(4, 1, 4, 1), 1.0),
            (BoundingBox(1, -1, 3, -1), 1.0),
            (BoundingBox(3.9, 3.9, 3.9, 3.9), 0.0),
        ],
    )
    def test_out_of_image_fraction_zero_area(self, bb, expected):
        assert bb.compute_out_of_image_fraction((4, 4)) == expected

    @pytest.mark.parametrize(
        ("bb", "fully", "partly"),
        [
            (BoundingBox(0, 0, 3.99, 3.99), True, True),
            (BoundingBox(0, 0, 4, 3), False, True),  # strict x2 < W
            (BoundingBox(0, 0, 3, 4), False, True),
            (BoundingBox(-0.1, 1, 2, 2), False, True),
            (BoundingBox(4, 1, 5, 2), False, False),
            (BoundingBox(4 - 1e-3, 1, 5, 2), False, True),
            (BoundingBox(-2, -2, -0.5, 1), False, False),
            (BoundingBox(-2, -2, 0, 0), False, True),  # touches pixel (0, 0)
        ],
    )
    def test_within_image(self, bb, fully, partly):
        assert bb.is_fully_within_image((4, 4)) is fully
        assert bb.is_partly_within_image((4, 4)) is partly
        assert bb.is_out_of_image((4, 4)) is (not partly)
        assert bb.is_out_of_image((4, 4), fully=False, partly=True) is (
            partly and not fully
        )
        assert bb.is_out_of_image((4, 4), fully=True, partly=True) is (not fully)
        assert bb.is_out_of_image((4, 4), fully=False, partly=False) is False

    def test_clip_out_of_image(self):
        bb = BoundingBox(-1, 2, 7, 7, label="l")
        clipped = bb.clip_out_of_image((4, 6, 3))
        assert clipped.x1 == 0
        assert clipped.y1 == 2
        assert clipped.x2 == 6 - EPS
        assert clipped.y2 == 4 - EPS
        assert clipped.label == "l"
        assert clipped.x2 < 6
        assert _xyxy(bb) == (-1, 2, 7, 7)
        assert bb.clip_out_of_image_(np.zeros((4, 6))) is bb
        assert bb.x2 == 6 - EPS

    def test_clip_inside_unchanged(self):
        clipped = BoundingBox(1, 1, 2, 2).clip_out_of_image((4, 4))
        assert _xyxy(clipped) == (1, 1, 2, 2)

    def test_clip_zero_sized_image_fails(self):
        with pytest.raises(AssertionError, match="image"):
            BoundingBox(1, 1, 2, 2).clip_out_of_image((0, 4))

    def test_cut_out_of_image_deprecated(self):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            cut = BoundingBox(-1, 1, 2, 2).cut_out_of_image((4, 4))
        assert cut.x1 == 0

    def test_shift(self):
        bb = BoundingBox(1, 2, 3, 4)
        shifted = bb.shift(x=1, y=-2)
        assert _xyxy(shifted) == (2, 0, 4, 2)
        assert _xyxy(bb) == (1, 2, 3, 4)
        assert bb.shift_(x=0.5) is bb
        assert _xyxy(bb) == (1.5, 2, 3.5, 4)

    def test_shift_deprecated_args(self):
        bb = BoundingBox(1, 2, 3, 4)
        with pytest.warns(ia.DeprecationWarning, match="Use `x` and `y` instead"):
            shifted = bb.shift(top=1, left=2)
        assert _xyxy(shifted) == (3, 3, 5, 5)
        with pytest.warns(ia.DeprecationWarning, match="These are deprecated"):
            shifted = bb.shift(x=1, right=2, bottom=1)
        assert _xyxy(shifted) == (0, 1, 2, 3)


class TestBoundingBoxDrawBox:
    def test_size_1(self):
        image = np.zeros((5, 6, 3), dtype=np.uint8)
        drawn = BoundingBox(1, 1, 4, 3).draw_box_on_image(image)
        expected = np.zeros((5, 6, 3), dtype=np.uint8)
        expected[1, 1:5] = (0, 255, 0)
        expected[3, 1:5] = (0, 255, 0)
        expected[1:4, 1] = (0, 255, 0)
        expected[1:4, 4] = (0, 255, 0)
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)

    def test_size_2_color(self):
        image = np.zeros((6, 6, 3), dtype=np.uint8)
        drawn = BoundingBox(2, 2, 3, 3).draw_box_on_image(
            image, color=(1, 2, 3), size=2
        )
        mask = np.zeros((6, 6), dtype=bool)
        mask[1:5, 1:5] = True
        expected = np.zeros((6, 6, 3), dtype=np.uint8)
        expected[mask] = (1, 2, 3)
        assert np.array_equal(drawn, expected)

    def test_box_rounded_onto_image_edge_is_pulled_inside(self):
        # y2=3.6 rounds to 4 == H; fully inside (strict < H), so clipped to H-1
        image = np.zeros((4, 4, 1), dtype=np.uint8)
        drawn = BoundingBox(0, 0, 3.6, 3.6).draw_box_on_image(image, color=(9,))
        expected = np.zeros((4, 4, 1), dtype=np.uint8)
        expected[0, :] = 9
        expected[3, :] = 9
        expected[:, 0] = 9
        expected[:, 3] = 9
        assert np.array_equal(drawn, expected)

    def test_partly_outside_is_clipped(self):
        image = np.zeros((4, 4, 1), dtype=np.uint8)
        drawn = BoundingBox(-2, 1, 2, 6).draw_box_on_image(image, color=(9,))
        expected = np.zeros((4, 4, 1), dtype=np.uint8)
        expected[1, 0:3] = 9
        expected[1:4, 2] = 9
        assert np.array_equal(drawn, expected)

    @pytest.mark.parametrize("seed", range(4))
    def test_matches_skimage_polygon_perimeter(self, seed):
        rng = np.random.default_rng(seed)
        shape = (7, 9, 3)
        for _ in range(30):
            coords = rng.uniform(-4, 12, size=4)
            bb = BoundingBox(*coords)
            size = int(rng.integers(1, 4))
            image = np.zeros(shape, dtype=np.uint8)
            drawn = bb.draw_box_on_image(image, color=(255, 255, 255), size=size)
            expected = _skimage_box(shape, bb, size, bb.is_fully_within_image(shape))
            assert np.array_equal(drawn[..., 0] > 0, expected), (bb, size)

    def test_alpha_blend_uint8(self):
        image = np.full((3, 3, 3), 100, dtype=np.uint8)
        drawn = BoundingBox(0, 0, 2, 2).draw_box_on_image(
            image, color=(255, 0, 201), alpha=0.5
        )
        assert np.array_equal(drawn[0, 0], [177, 50, 150])
        assert np.array_equal(drawn[1, 1], [100, 100, 100])
        assert drawn.dtype == np.uint8

    def test_alpha_blend_float(self):
        image = np.full((3, 3, 3), 300.0, dtype=np.float32)
        drawn = BoundingBox(0, 0, 2, 2).draw_box_on_image(
            image, color=(100, 100, 100), alpha=0.5
        )
        assert drawn.dtype == np.float32
        assert np.allclose(drawn[0, 0], 200.0)
        assert np.allclose(drawn[2, 1], 200.0)
        assert np.allclose(drawn[1, 1], 300.0)  # untouched pixels are not clipped

    def test_alpha_blend_clips(self):
        image = np.full((3, 3, 1), 400.0, dtype=np.float64)
        drawn = BoundingBox(0, 0, 2, 2).draw_box_on_image(image, color=300, alpha=0.5)
        assert drawn[0, 0, 0] == 255.0

    def test_copy_false(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        drawn = BoundingBox(0, 0, 2, 2).draw_box_on_image(image, copy=False)
        assert drawn is image
        assert image[0, 0, 1] == 255

    def test_thickness_deprecated(self):
        image = np.zeros((6, 6, 3), dtype=np.uint8)
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            drawn = BoundingBox(2, 2, 3, 3).draw_box_on_image(image, thickness=2)
        assert np.array_equal(
            drawn, BoundingBox(2, 2, 3, 3).draw_box_on_image(image, size=2)
        )

    def test_raise_if_out_of_image(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        with pytest.raises(Exception, match="Cannot draw bounding box"):
            BoundingBox(5, 5, 6, 6).draw_box_on_image(image, raise_if_out_of_image=True)
        drawn = BoundingBox(2, 2, 6, 6).draw_box_on_image(
            image, raise_if_out_of_image=True
        )
        assert drawn[2, 2, 1] == 255
        assert np.all(BoundingBox(5, 5, 6, 6).draw_box_on_image(image) == 0)


class TestBoundingBoxDrawLabel:
    def test_label_box_geometry_and_background(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = bb.draw_label_on_image(image, color=(0, 0, 255), height=10)
        # rows y1-1-height .. y1-1 (exclusive), cols x1-size+1 .. x2+size (excl.)
        expected = np.zeros((40, 20, 3), dtype=np.uint8)
        expected[24:34, 5:11] = (0, 0, 255)
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)

    def test_size_widens_label(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = bb.draw_label_on_image(image, color=(0, 0, 255), size=3, height=10)
        expected = np.zeros((40, 20, 3), dtype=np.uint8)
        expected[24:34, 3:13] = (0, 0, 255)
        assert np.array_equal(drawn, expected)

    def test_bounds_clipped_to_last_pixel(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        bb = BoundingBox(2, 5, 15, 8, label="")
        drawn = bb.draw_label_on_image(image, color_bg=(1, 1, 1), height=30)
        # rows clipped to [0, 4), columns to [2, 9)
        expected = np.zeros((10, 10, 3), dtype=np.uint8)
        expected[0:4, 2:9] = 1
        assert np.array_equal(drawn, expected)

    def test_nothing_drawn_at_top_edge(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        drawn = BoundingBox(2, 0, 5, 5, label="abc").draw_label_on_image(image)
        assert np.all(drawn == 0)

    def test_text_colour_follows_luma(self):
        image = np.zeros((60, 60, 3), dtype=np.uint8)
        bright = BoundingBox(5, 45, 50, 55, label="XX").draw_label_on_image(
            image, color=(0, 255, 0)
        )
        region = bright[14:44, 5:51]
        colours = {tuple(p) for p in region.reshape((-1, 3)).tolist()}
        assert (0, 255, 0) in colours
        assert (0, 0, 0) in colours  # black text on bright background
        dark = BoundingBox(5, 45, 50, 55, label="XX").draw_label_on_image(
            image, color=(0, 0, 100)
        )
        colours = {tuple(p) for p in dark[14:44, 5:51].reshape((-1, 3)).tolist()}
        assert (255, 255, 255) in colours  # white text on dark background

    def test_text_drawn_with_draw_text(self):
        image = np.zeros((60, 60, 3), dtype=np.uint8)
        drawn = BoundingBox(5, 45, 50, 55, label="Hi").draw_label_on_image(
            image, color=(200, 200, 200), color_text=(10, 20, 30), size_text=15
        )
        label_arr = np.full((30, 46, 3), 200, dtype=np.uint8)
        expected_label = ia.draw_text(
            label_arr, y=2, x=2, text="Hi", color=(10, 20, 30), size=15
        )
        assert np.array_equal(drawn[14:44, 5:51], expected_label)

    def test_alpha_blend(self):
        image = np.full((40, 20, 3), 100, dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = bb.draw_label_on_image(image, color=(200, 0, 255), alpha=0.5, height=10)
        assert np.array_equal(drawn[30, 7], [150, 50, 177])
        assert np.array_equal(drawn[0, 0], [100, 100, 100])

    def test_copy_false(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = bb.draw_label_on_image(image, copy=False, height=10)
        assert drawn is image
        assert image[30, 7, 1] == 255

    def test_raise_if_out_of_image(self):
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        with pytest.raises(Exception, match="Cannot draw bounding box"):
            BoundingBox(20, 20, 30, 30, label="x").draw_label_on_image(
                image, raise_if_out_of_image=True
            )

    def test_drawer_class(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        drawer = _LabelOnImageDrawer(color=(0, 0, 255), height=10)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = drawer.draw_on_image(image, bb)
        assert np.all(drawn[24:34, 5:11] == (0, 0, 255))
        assert np.all(image == 0)
        assert drawer.draw_on_image_(image, bb) is image


class TestBoundingBoxDrawOnImage:
    def test_without_label_only_box(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38)
        assert np.array_equal(bb.draw_on_image(image), bb.draw_box_on_image(image))

    def test_with_label_box_then_label(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        drawn = bb.draw_on_image(image, color=(0, 0, 255), size=2)
        expected = bb.draw_box_on_image(image, color=(0, 0, 255), size=2)
        expected = bb.draw_label_on_image(expected, color=(0, 0, 255), size=2)
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)

    def test_thickness_deprecated(self):
        image = np.zeros((40, 20, 3), dtype=np.uint8)
        bb = BoundingBox(5, 35, 10, 38, label="")
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            drawn = bb.draw_on_image(image, thickness=2)
        assert np.array_equal(drawn, bb.draw_on_image(image, size=2))


class TestBoundingBoxExtract:
    @pytest.fixture
    def image(self):
        return np.arange(4 * 5 * 2).reshape((4, 5, 2)).astype(np.uint8)

    def test_inside(self, image):
        sub = BoundingBox(1, 1, 3, 4).extract_from_image(image)
        assert np.array_equal(sub, image[1:4, 1:3])
        sub[...] = 0
        assert image[1, 1, 0] != 0  # result is not a view

    def test_rounding(self, image):
        sub = BoundingBox(0.6, 0.4, 2.5, 2.5).extract_from_image(image)
        assert np.array_equal(sub, image[0:2, 1:2])

    def test_fully_inside_rounded_to_edge(self, image):
        # x2=4.6 -> 5 == W; the box is fully inside (4.6 < 5): clip to W-1
        sub = BoundingBox(0, 0, 4.6, 2).extract_from_image(image)
        assert np.array_equal(sub, image[0:2, 0:4])

    def test_partly_outside_padded(self, image):
        sub = BoundingBox(-2, -1, 2, 2).extract_from_image(image)
        assert sub.shape == (3, 4, 2)
        expected = np.zeros((3, 4, 2), dtype=np.uint8)
        expected[1:3, 2:4] = image[0:2, 0:2]
        assert np.array_equal(sub, expected)

    def test_bottom_right_padded(self, image):
        sub = BoundingBox(3, 2, 7, 6).extract_from_image(image)
        expected = np.zeros((4, 4, 2), dtype=np.uint8)
        expected[0:2, 0:2] = image[2:4, 3:5]
        assert np.array_equal(sub, expected)

    def test_fully_outside_padded(self, image):
        sub = BoundingBox(7, 0, 9, 3).extract_from_image(image)
        assert sub.shape == (3, 2, 2)
        assert np.all(sub == 0)

    def test_pad_max(self, image):
        sub = BoundingBox(-5, -1, 2, 2).extract_from_image(image, pad_max=1)
        expected = np.zeros((3, 3, 2), dtype=np.uint8)
        expected[1:3, 1:3] = image[0:2, 0:2]
        assert np.array_equal(sub, expected)
        sub = BoundingBox(3, 2, 9, 9).extract_from_image(image, pad_max=2)
        expected = np.zeros((4, 4, 2), dtype=np.uint8)
        expected[0:2, 0:2] = image[2:4, 3:5]
        assert np.array_equal(sub, expected)
        sub = BoundingBox(8, 0, 9, 1).extract_from_image(image, pad_max=0)
        assert sub.shape == (1, 0, 2)

    def test_prevent_zero_size(self, image):
        sub = BoundingBox(1, 1, 1, 1).extract_from_image(image)
        assert np.array_equal(sub, image[1:2, 1:2])
        sub = BoundingBox(1, 1, 1, 1).extract_from_image(image, prevent_zero_size=False)
        assert sub.shape == (0, 0, 2)

    def test_no_pad_inside(self, image):
        sub = BoundingBox(1, 1, 3, 4).extract_from_image(image, pad=False)
        assert np.array_equal(sub, image[1:4, 1:3])

    def test_no_pad_outside_gives_zeros(self, image):
        sub = BoundingBox(-1, 1, 3, 4).extract_from_image(image, pad=False)
        assert sub.shape == (1, 1, 2)
        assert np.all(sub == 0)
        assert sub.dtype == np.uint8
        sub = BoundingBox(-1, 1, 3, 4).extract_from_image(
            image, pad=False, prevent_zero_size=False
        )
        assert sub.shape == (0, 0, 2)

    def test_no_pad_full_image(self, image):
        sub = BoundingBox(0, 0, 5, 4).extract_from_image(image, pad=False)
        assert np.array_equal(sub, image)

    def test_2d_image(self):
        image = np.arange(16).reshape((4, 4))
        sub = BoundingBox(-1, 1, 2, 3).extract_from_image(image)
        assert np.array_equal(sub, [[0, 4, 5], [0, 8, 9]])
        sub = BoundingBox(-1, 1, 2, 3).extract_from_image(image, pad=False)
        assert sub.shape == (1, 1)


class TestBoundingBoxConversions:
    def test_to_keypoints(self):
        kps = BoundingBox(1, 2, 3, 4).to_keypoints()
        assert [(kp.x, kp.y) for kp in kps] == [(1, 2), (3, 2), (3, 4), (1, 4)]
        assert all(isinstance(kp, Keypoint) for kp in kps)

    def test_to_polygon(self):
        from imgaug.augmentables import polys

        poly = BoundingBox(1, 2, 3, 4, label="p").to_polygon()
        assert isinstance(poly, polys.Polygon)
        assert np.allclose(poly.exterior, [[1, 2], [3, 2], [3, 4], [1, 4]])
        assert poly.label == "p"

    @pytest.mark.parametrize(
        "other",
        [
            BoundingBox(1, 2, 3, 4.00005),
            np.float32([1, 2, 3, 4]),
            np.float32([[1, 2], [3, 4]]),
            [(1, 2), (3, 4)],
            (1, 2, 3, 4),
        ],
    )
    def test_coords_almost_equals(self, other):
        assert BoundingBox(1, 2, 3, 4).coords_almost_equals(other) is True

    def test_coords_almost_equals_false(self):
        bb = BoundingBox(1, 2, 3, 4)
        assert bb.coords_almost_equals(BoundingBox(1, 2, 3, 4.1)) is False
        assert bb.coords_almost_equals(BoundingBox(1, 2, 3, 4.1), max_distance=0.2)

    def test_coords_almost_equals_invalid(self):
        with pytest.raises(ValueError, match="Expected 'other'"):
            BoundingBox(1, 2, 3, 4).coords_almost_equals(5)
        with pytest.raises(ValueError, match="other"):
            BoundingBox(1, 2, 3, 4).coords_almost_equals([1, 2])

    def test_almost_equals_checks_label(self):
        bb = BoundingBox(1, 2, 3, 4, label="a")
        assert bb.almost_equals(BoundingBox(1, 2, 3, 4, label="a"))
        assert not bb.almost_equals(BoundingBox(1, 2, 3, 4, label="b"))
        assert not bb.almost_equals(BoundingBox(1, 2, 3, 5, label="a"))

    @pytest.mark.parametrize(
        "xy",
        [
            [(3, 5), (1, 2), (2, 9)],
            np.float32([[3, 5], [1, 2], [2, 9]]),
            np.float32([3, 5, 1, 2, 2, 9]),
        ],
    )
    def test_from_point_soup(self, xy):
        bb = BoundingBox.from_point_soup(xy)
        assert _xyxy(bb) == (1, 2, 3, 9)
        assert bb.label is None

    def test_from_point_soup_single_point(self):
        assert _xyxy(BoundingBox.from_point_soup([(2, 3)])) == (2, 3, 2, 3)

    def test_from_point_soup_empty(self):
        with pytest.raises(AssertionError, match="Expected to get at least one point"):
            BoundingBox.from_point_soup([])
        with pytest.raises(AssertionError, match="Expected to get at least one point"):
            BoundingBox.from_point_soup(np.zeros((0, 2)))

    def test_copy_and_deepcopy(self):
        label = ["mutable"]
        bb = BoundingBox(1, 2, 3, 4, label=label)
        for method in (bb.copy, bb.deepcopy):
            c = method()
            assert _xyxy(c) == (1, 2, 3, 4)
            assert c.label == label
            assert c.label is not label
            c2 = method(x1=0, y2=10, label="new")
            assert _xyxy(c2) == (0, 2, 3, 10)
            assert c2.label == "new"
            assert _xyxy(method(x1=5)) == (3, 2, 5, 4)  # re-sorted

    def test_getitem_iter(self):
        bb = BoundingBox(1, 2, 3, 4)
        assert np.array_equal(bb[0], [1, 2])
        assert bb[1, 0] == 3
        rows = list(bb)
        assert len(rows) == 2
        assert np.array_equal(rows[1], [3, 4])

    def test_str_repr(self):
        bb = BoundingBox(1, 2, 3.5, 4, label="cat")
        expected = "BoundingBox(x1=1.0000, y1=2.0000, x2=3.5000, y2=4.0000, label=cat)"
        assert str(bb) == expected
        assert repr(bb) == expected
        assert str(BoundingBox(0, 0, 1, 1)).endswith("label=None)")


class TestBoundingBoxesOnImage:
    def test_init_and_properties(self, bbsoi):
        assert bbsoi.shape == (6, 8, 3)
        assert bbsoi.height == 6
        assert bbsoi.width == 8
        assert bbsoi.items is bbsoi.bounding_boxes
        assert not bbsoi.empty
        assert BoundingBoxesOnImage([], shape=(1, 1)).empty
        assert BoundingBoxesOnImage([], shape=np.zeros((2, 3))).shape == (2, 3)

    def test_shape_list_fails(self):
        with pytest.raises(AssertionError, match="shape"):
            BoundingBoxesOnImage([], shape=[1, 2])

    def test_items_setter(self, bbsoi):
        bbs = [BoundingBox(0, 0, 1, 1)]
        bbsoi.items = bbs
        assert bbsoi.bounding_boxes is bbs

    def test_on(self, bbsoi):
        result = bbsoi.on((12, 16))
        assert result.shape == (12, 16)
        assert np.allclose(result.to_xyxy_array()[0], [2, 4, 6, 8])
        assert result.bounding_boxes[0].label == "a"
        assert bbsoi.shape == (6, 8, 3)
        assert _xyxy(bbsoi.bounding_boxes[0]) == (1, 2, 3, 4)

    def test_on_same_size(self, bbsoi):
        assert bbsoi.on_((6, 8)) is bbsoi
        assert bbsoi.shape == (6, 8)
        assert _xyxy(bbsoi.bounding_boxes[0]) == (1, 2, 3, 4)

    def test_from_xyxy_array(self):
        bbsoi = BoundingBoxesOnImage.from_xyxy_array(
            np.float32([[3, 2, 1, 4], [0, 0, 1, 1]]), shape=(5, 5)
        )
        assert [_xyxy(bb) for bb in bbsoi] == [(1, 2, 3, 4), (0, 0, 1, 1)]
        bbsoi = BoundingBoxesOnImage.from_xyxy_array(
            [[[1, 2], [3, 4]]], shape=np.zeros((5, 5))
        )
        assert [_xyxy(bb) for bb in bbsoi] == [(1, 2, 3, 4)]
        assert bbsoi.shape == (5, 5)
        assert BoundingBoxesOnImage.from_xyxy_array(np.zeros((0, 4)), (5, 5)).empty
        assert BoundingBoxesOnImage.from_xyxy_array([], (5, 5)).empty

    def test_from_xyxy_array_invalid(self):
        with pytest.raises(AssertionError, match="xyxy"):
            BoundingBoxesOnImage.from_xyxy_array(np.zeros((2, 3)), shape=(5, 5))

    def test_from_point_soups(self):
        bbsoi = BoundingBoxesOnImage.from_point_soups(
            np.float32([[0, 1, 5, 3, 2, 7], [1, 1, 1, 1, 1, 1]]), shape=(9, 9)
        )
        assert [_xyxy(bb) for bb in bbsoi] == [(0, 1, 5, 7), (1, 1, 1, 1)]
        bbsoi = BoundingBoxesOnImage.from_point_soups([[(4, 1), (2, 3)]], shape=(9, 9))
        assert [_xyxy(bb) for bb in bbsoi] == [(2, 1, 4, 3)]
        assert BoundingBoxesOnImage.from_point_soups(np.zeros((0, 4)), (9, 9)).empty

    def test_from_point_soups_invalid(self):
        with pytest.raises(AssertionError, match="xy"):
            BoundingBoxesOnImage.from_point_soups(np.zeros((2, 3)), shape=(5, 5))

    def test_to_xyxy_array(self, bbsoi):
        xyxy = bbsoi.to_xyxy_array()
        assert xyxy.dtype == np.float32
        assert np.array_equal(xyxy, [[1, 2, 3, 4], [-2, 1, 2, 3], [10, 10, 12, 12]])
        assert bbsoi.to_xyxy_array(dtype=np.int32).dtype == np.int32
        assert bbsoi.to_xyxy_array(np.float64).dtype == np.float64
        assert BoundingBoxesOnImage([], (1, 1)).to_xyxy_array().shape == (0, 4)

    def test_to_xy_array(self, bbsoi):
        xy = bbsoi.to_xy_array()
        assert xy.dtype == np.float32
        assert xy.shape == (6, 2)
        assert np.array_equal(xy[0:2], [[1, 2], [3, 4]])
        assert BoundingBoxesOnImage([], (1, 1)).to_xy_array().shape == (0, 2)

    def test_fill_from_xyxy_array(self, bbsoi):
        objs = list(bbsoi.bounding_boxes)
        result = bbsoi.fill_from_xyxy_array_([[5, 6, 1, 2], [0, 0, 1, 1], [2, 9, 3, 8]])
        assert result is bbsoi
        assert bbsoi.bounding_boxes == objs
        assert [_xyxy(bb) for bb in bbsoi] == [(1, 2, 5, 6), (0, 0, 1, 1), (2, 8, 3, 9)]
        assert bbsoi.bounding_boxes[0].label == "a"

    def test_fill_from_xyxy_array_mismatch(self, bbsoi):
        with pytest.raises(AssertionError, match="xyxy"):
            bbsoi.fill_from_xyxy_array_(np.zeros((2, 4)))

    def test_fill_from_xy_array(self, bbsoi):
        xy = bbsoi.to_xy_array() + 1
        bbsoi.fill_from_xy_array_(xy)
        assert _xyxy(bbsoi.bounding_boxes[1]) == (-1, 2, 3, 4)
        with pytest.raises(AssertionError, match="xy"):
            bbsoi.fill_from_xy_array_(np.zeros((3, 2)))

    def test_fill_empty(self):
        bbsoi = BoundingBoxesOnImage([], shape=(2, 2))
        assert bbsoi.fill_from_xy_array_(np.zeros((0, 2))) is bbsoi
        assert bbsoi.fill_from_xyxy_array_([]) is bbsoi

    def test_draw_on_image(self, bbsoi):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        drawn = bbsoi.draw_on_image(image, color=(255, 0, 0))
        expected = np.copy(image)
        for bb in bbsoi:
            expected = bb.draw_on_image(expected, color=(255, 0, 0))
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)
        assert drawn[2, 1, 0] == 255

    def test_draw_on_image_copy_false_and_thickness(self, bbsoi):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            drawn = bbsoi.draw_on_image(image, copy=False, thickness=2)
        assert drawn is image
        assert np.array_equal(image, bbsoi.draw_on_image(np.zeros_like(image), size=2))

    def test_draw_on_image_raise(self, bbsoi):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        with pytest.raises(Exception, match="Cannot draw bounding box"):
            bbsoi.draw_on_image(image, raise_if_out_of_image=True)

    def test_remove_out_of_image(self, bbsoi):
        bbs = list(bbsoi.bounding_boxes)
        assert bbsoi.remove_out_of_image().bounding_boxes[0].label == "a"
        assert len(bbsoi.remove_out_of_image()) == 2
        assert len(bbsoi.remove_out_of_image(fully=True, partly=True)) == 1
        assert len(bbsoi.remove_out_of_image(fully=False, partly=True)) == 2
        assert len(bbsoi.remove_out_of_image(fully=False, partly=False)) == 3
        assert len(bbsoi) == 3
        assert bbsoi.remove_out_of_image_() is bbsoi
        assert bbsoi.bounding_boxes == bbs[0:2]

    def test_remove_out_of_image_matches_scalar_rule(self):
        rng = np.random.default_rng(0)
        bbs = [BoundingBox(*rng.uniform(-3, 8, size=4)) for _ in range(40)]
        bbs += [BoundingBox(0, 0, 5, 4), BoundingBox(-1, -1, 0, 0)]
        for fully in (True, False):
            for partly in (True, False):
                bbsoi = BoundingBoxesOnImage(list(bbs), shape=(4, 5))
                kept = bbsoi.remove_out_of_image_(fully, partly).bounding_boxes
                expected = [
                    bb for bb in bbs if not bb.is_out_of_image((4, 5), fully, partly)
                ]
                assert kept == expected

    def test_remove_out_of_image_fraction(self, bbsoi):
        # the second box is exactly half outside: removed at fraction 0.5
        result = bbsoi.remove_out_of_image_fraction(0.51)
        assert [_xyxy(bb) for bb in result] == [(1, 2, 3, 4), (-2, 1, 2, 3)]
        result = bbsoi.remove_out_of_image_fraction(0.5)
        assert [_xyxy(bb) for bb in result] == [(1, 2, 3, 4)]
        assert len(bbsoi) == 3
        assert bbsoi.remove_out_of_image_fraction_(0.51) is bbsoi
        assert len(bbsoi) == 2

    def test_remove_out_of_image_fraction_matches_scalar_rule(self):
        rng = np.random.default_rng(1)
        bbs = [BoundingBox(*rng.uniform(-3, 8, size=4)) for _ in range(40)]
        bbs += [
            BoundingBox(1, 1, 1, 1),
            BoundingBox(5, 1, 5, 2),
            BoundingBox(0, 0, 1, 1),
        ]
        for fraction in (0.0, 0.1, 0.5, 0.9, 1.0, 1.1):
            bbsoi = BoundingBoxesOnImage(list(bbs), shape=(4, 5))
            kept = bbsoi.remove_out_of_image_fraction_(fraction).bounding_boxes
            expected = [
                bb for bb in bbs if bb.compute_out_of_image_fraction((4, 5)) < fraction
            ]
            assert kept == expected

    def test_clip_out_of_image(self, bbsoi):
        result = bbsoi.clip_out_of_image()
        assert len(result) == 2
        assert _xyxy(result.bounding_boxes[0]) == (1, 2, 3, 4)
        assert _xyxy(result.bounding_boxes[1]) == (0, 1, 2, 3)
        assert result.bounding_boxes[0].label == "a"
        assert len(bbsoi) == 3
        assert bbsoi.bounding_boxes[1].x1 == -2
        assert bbsoi.clip_out_of_image_() is bbsoi
        assert len(bbsoi) == 2

    def test_clip_out_of_image_uses_eps(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(2, 2, 10, 10)], shape=(4, 5))
        bb = bbsoi.clip_out_of_image().bounding_boxes[0]
        assert bb.x2 == 5 - EPS
        assert bb.y2 == 4 - EPS
        expected = BoundingBox(2, 2, 10, 10).clip_out_of_image((4, 5))
        assert _xyxy(bb) == _xyxy(expected)

    def test_cut_out_of_image_deprecated(self, bbsoi):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            result = bbsoi.cut_out_of_image()
        assert len(result) == 2

    def test_shift(self, bbsoi):
        result = bbsoi.shift(x=1, y=2)
        assert _xyxy(result.bounding_boxes[0]) == (2, 4, 4, 6)
        assert _xyxy(bbsoi.bounding_boxes[0]) == (1, 2, 3, 4)
        assert bbsoi.shift_(y=-1) is bbsoi
        assert _xyxy(bbsoi.bounding_boxes[0]) == (1, 1, 3, 3)

    def test_shift_deprecated(self, bbsoi):
        with pytest.warns(ia.DeprecationWarning, match="Use `x` and `y` instead"):
            result = bbsoi.shift(right=1, bottom=2)
        assert _xyxy(result.bounding_boxes[0]) == (0, 0, 2, 2)

    def test_to_keypoints_on_image(self, bbsoi):
        kpsoi = bbsoi.to_keypoints_on_image()
        assert isinstance(kpsoi, KeypointsOnImage)
        assert kpsoi.shape == bbsoi.shape
        assert len(kpsoi) == 12
        assert np.array_equal(
            kpsoi.to_xy_array()[0:4], [[1, 2], [3, 2], [3, 4], [1, 4]]
        )
        assert BoundingBoxesOnImage([], (2, 2)).to_keypoints_on_image().empty

    def test_invert_to_keypoints_on_image(self, bbsoi):
        kpsoi = bbsoi.to_keypoints_on_image()
        xy = kpsoi.to_xy_array()
        xy[0:4] = [[5, 1], [2, 2], [3, 7], [4, 0]]  # scrambled corners
        kpsoi.fill_from_xy_array_(xy)
        kpsoi.shape = (20, 20, 3)
        objs = list(bbsoi.bounding_boxes)
        assert bbsoi.invert_to_keypoints_on_image_(kpsoi) is bbsoi
        assert bbsoi.bounding_boxes == objs
        assert _xyxy(bbsoi.bounding_boxes[0]) == (2, 0, 5, 7)
        assert _xyxy(bbsoi.bounding_boxes[1]) == (-2, 1, 2, 3)
        assert bbsoi.bounding_boxes[0].label == "a"
        assert bbsoi.shape == (20, 20, 3)

    def test_keypoint_roundtrip_keeps_exact_values(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1.1, 2.2, 3.3, 4.4)], shape=(9, 9))
        bbsoi.invert_to_keypoints_on_image_(bbsoi.to_keypoints_on_image())
        assert _xyxy(bbsoi.bounding_boxes[0]) == (1.1, 2.2, 3.3, 4.4)

    def test_invert_to_keypoints_on_image_mismatch(self, bbsoi):
        with pytest.raises(AssertionError, match="kpsoi"):
            bbsoi.invert_to_keypoints_on_image_(
                KeypointsOnImage([Keypoint(0, 0)] * 11, shape=(6, 8))
            )

    def test_to_polygons_on_image(self, bbsoi):
        from imgaug.augmentables import polys

        psoi = bbsoi.to_polygons_on_image()
        assert isinstance(psoi, polys.PolygonsOnImage)
        assert psoi.shape == bbsoi.shape
        assert len(psoi.polygons) == 3
        assert psoi.polygons[0].label == "a"
        assert np.allclose(psoi.polygons[0].exterior, [[1, 2], [3, 2], [3, 4], [1, 4]])

    def test_copy(self, bbsoi):
        c = bbsoi.copy()
        assert c.bounding_boxes is not bbsoi.bounding_boxes
        assert c.bounding_boxes[0] is bbsoi.bounding_boxes[0]
        assert c.shape == bbsoi.shape
        c2 = bbsoi.copy(bounding_boxes=[], shape=(1, 2))
        assert c2.empty and c2.shape == (1, 2)

    def test_deepcopy(self, bbsoi):
        c = bbsoi.deepcopy()
        assert c.bounding_boxes[0] is not bbsoi.bounding_boxes[0]
        assert [_xyxy(bb) for bb in c] == [_xyxy(bb) for bb in bbsoi]
        assert [bb.label for bb in c] == ["a", None, "c"]
        c.bounding_boxes[0].x1 = 100
        assert bbsoi.bounding_boxes[0].x1 == 1
        assert bbsoi.deepcopy(shape=[2, 2]).shape == (2, 2)

    def test_getitem_iter_len(self, bbsoi):
        assert bbsoi[0] is bbsoi.bounding_boxes[0]
        assert bbsoi[1:] == bbsoi.bounding_boxes[1:]
        assert list(bbsoi) == bbsoi.bounding_boxes
        assert len(bbsoi) == 3

    def test_str_repr(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(5, 6))
        expected = (
            "BoundingBoxesOnImage([BoundingBox(x1=1.0000, y1=2.0000, x2=3.0000, "
            "y2=4.0000, label=None)], shape=(5, 6))"
        )
        assert str(bbsoi) == expected
        assert repr(bbsoi) == expected

    def test_pickle(self, bbsoi):
        restored = pickle.loads(pickle.dumps(bbsoi))
        assert [_xyxy(bb) for bb in restored] == [_xyxy(bb) for bb in bbsoi]
        assert [bb.label for bb in restored] == ["a", None, "c"]

    def test_non_inplace_methods_do_not_mutate(self, bbsoi):
        def state():
            return ([(_xyxy(bb), bb.label) for bb in bbsoi], bbsoi.shape, list(bbsoi))

        before = state()
        bbsoi.on((12, 12))
        bbsoi.shift(x=1)
        bbsoi.clip_out_of_image()
        bbsoi.remove_out_of_image()
        bbsoi.remove_out_of_image_fraction(0.1)
        bbsoi.to_keypoints_on_image()
        bbsoi.to_xyxy_array()
        bbsoi.draw_on_image(np.zeros((6, 8, 3), dtype=np.uint8))
        bbsoi.deepcopy()
        for bb in bbsoi:
            bb.extract_from_image(np.zeros((6, 8, 3), dtype=np.uint8))
            bb.clip_out_of_image((6, 8))
            bb.project((6, 8), (3, 3))
            bb.extend(all_sides=1)
        assert state() == before


class TestLabelChannels:
    @pytest.mark.parametrize(
        ("nb_channels", "color", "expected_text"),
        [(1, (200,), 0), (1, (100,), 255), (4, (0, 255, 0, 255), 0)],
    )
    def test_default_text_colour_per_channel_count(
        self, nb_channels, color, expected_text
    ):
        image = np.zeros((60, 60, nb_channels), dtype=np.uint8)
        bb = BoundingBox(5, 45, 50, 55, label="XX")
        drawn = bb.draw_label_on_image(image, color=color)
        region = drawn[14:44, 5:51].reshape((-1, nb_channels))
        colours = {tuple(p) for p in region.tolist()}
        assert tuple(color) in colours
        assert (expected_text,) * nb_channels in colours
