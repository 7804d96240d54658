"""Exact-value tests of imgaug.augmenters.blend (spec §5) and the overlay forwarders."""

import warnings

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import blend


class _FixedMaskGen(iaa.IBatchwiseMaskGenerator):
    """Mask generator returning the same mask for every row."""

    def __init__(self, mask):
        self.mask = np.asarray(mask, dtype=np.float32)

    def draw_masks(self, batch, random_state=None):
        return [self.mask.copy() for _ in range(batch.nb_rows)]


def _left_half_mask(height, width):
    mask = np.zeros((height, width), dtype=np.float32)
    mask[:, 0 : width // 2] = 1.0
    return mask


class _CallCounter(iaa.Identity):
    """Identity that counts the batches it sees."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def _augment_batch_(self, batch, random_state, parents, hooks):
        self.calls += 1
        return batch


# ---------------------------------------------------------------- blend_alpha


class TestBlendAlphaFunction:
    def test_uint8_scalar(self):
        fg = np.full((2, 3, 3), 200, dtype=np.uint8)
        bg = np.full((2, 3, 3), 100, dtype=np.uint8)
        result = iaa.blend_alpha(fg, bg, 0.25)
        assert result.dtype == np.uint8
        assert np.all(result == 125)

    def test_uint8_per_channel_vector(self):
        fg = np.full((2, 2, 3), 200, dtype=np.uint8)
        bg = np.zeros((2, 2, 3), dtype=np.uint8)
        result = iaa.blend_alpha(fg, bg, np.array([0.0, 0.5, 1.0]))
        assert result[..., 0].tolist() == [[0, 0], [0, 0]]
        assert np.all(result[..., 1] == 100)
        assert np.all(result[..., 2] == 200)

    def test_per_pixel_mask_2d_image(self):
        fg = np.full((1, 4), 100, dtype=np.uint8)
        bg = np.zeros((1, 4), dtype=np.uint8)
        alpha = np.array([[0.0, 0.25, 0.5, 1.0]])
        result = iaa.blend_alpha(fg, bg, alpha)
        assert result.shape == (1, 4)
        assert result.tolist() == [[0, 25, 50, 100]]

    def test_mask_with_one_channel_is_tiled(self):
        fg = np.full((1, 2, 3), 80, dtype=np.uint8)
        bg = np.zeros((1, 2, 3), dtype=np.uint8)
        alpha = np.array([[[0.5], [1.0]]])
        result = iaa.blend_alpha(fg, bg, alpha)
        assert result[0, 0].tolist() == [40, 40, 40]
        assert result[0, 1].tolist() == [80, 80, 80]

    def test_no_clipping_and_rounding_int16(self):
        fg = np.array([[-1000, 3]], dtype=np.int16)
        bg = np.array([[1000, 0]], dtype=np.int16)
        result = iaa.blend_alpha(fg, bg, 0.5)
        # 0.5*-1000 + 0.5*1000 = 0; 0.5*3 = 1.5 rounds to 2 (half to even)
        assert result.dtype == np.int16
        assert result.tolist() == [[0, 2]]

    def test_float32_exact(self):
        fg = np.array([[1.0, -2.0]], dtype=np.float32)
        bg = np.array([[3.0, 2.0]], dtype=np.float32)
        result = iaa.blend_alpha(fg, bg, 0.75)
        assert result.dtype == np.float32
        assert np.allclose(result, [[1.5, -1.0]])

    def test_bool_thresholded(self):
        fg = np.array([[True, True, False]])
        bg = np.array([[False, False, False]])
        result = iaa.blend_alpha(fg, bg, np.array([[0.4, 0.6, 1.0]]))
        assert result.dtype == np.bool_
        assert result.tolist() == [[False, True, False]]

    @pytest.mark.parametrize("alpha", [0.0, 0.005, 0.995, 1.0])
    def test_epsilon_shortcut_returns_copy(self, alpha):
        fg = np.full((2, 2, 3), 10, dtype=np.uint8)
        bg = np.full((2, 2, 3), 20, dtype=np.uint8)
        result = iaa.blend_alpha(fg, bg, alpha)
        expected = fg if alpha > 0.5 else bg
        assert np.array_equal(result, expected)
        assert not np.shares_memory(result, expected)

    def test_inputs_not_mutated(self):
        fg = np.full((3, 3, 3), 200, dtype=np.uint8)
        bg = np.full((3, 3, 3), 10, dtype=np.uint8)
        mask = np.full((3, 3), 0.3, dtype=np.float32)
        fg_copy, bg_copy, mask_copy = fg.copy(), bg.copy(), mask.copy()
        iaa.blend_alpha(fg, bg, mask)
        iaa.blend_alpha(fg, bg, 0.3)
        assert np.array_equal(fg, fg_copy)
        assert np.array_equal(bg, bg_copy)
        assert np.array_equal(mask, mask_copy)

    def test_uint8_scalar_matches_float_formula(self):
        rng = np.random.default_rng(0)
        fg = rng.integers(0, 256, size=(7, 9, 3), dtype=np.uint8)
        bg = rng.integers(0, 256, size=(7, 9, 3), dtype=np.uint8)
        result = iaa.blend_alpha(fg, bg, 0.3)
        expected = 0.3 * fg.astype(np.float64) + 0.7 * bg.astype(np.float64)
        assert np.max(np.abs(result.astype(np.float64) - expected)) <= 0.5 + 1e-6

    def test_shape_mismatch_raises(self):
        with pytest.raises(ValueError, match="image_fg"):
            iaa.blend_alpha(np.zeros((2, 2), np.uint8), np.zeros((2, 3), np.uint8), 0.5)

    def test_alpha_out_of_range_raises(self):
        image = np.zeros((2, 2), np.uint8)
        with pytest.raises(ValueError, match="alpha"):
            iaa.blend_alpha(image, image, np.full((2, 2), 1.5))

    def test_wrong_mask_shape_raises(self):
        image = np.zeros((2, 2, 3), np.uint8)
        with pytest.raises(ValueError, match="alpha"):
            iaa.blend_alpha(image, image, np.full((3, 2), 0.5))

    @pytest.mark.skipif(not hasattr(np, "float128"), reason="no float128")
    def test_float128_rejected(self):
        image = np.zeros((2, 2), np.float128)
        with pytest.raises(ValueError):
            iaa.blend_alpha(image, image, 0.5)


# ---------------------------------------------------------------- BlendAlpha


class TestBlendAlpha:
    def test_acceptance_add(self):
        image = np.zeros((3, 4, 3), dtype=np.uint8)
        result = iaa.BlendAlpha(0.5, iaa.Add(100))(image=image)
        assert np.all(result == 50)

    def test_acceptance_two_branches(self):
        image = np.full((3, 4, 3), 100, dtype=np.uint8)
        result = iaa.BlendAlpha(0.25, iaa.Multiply(0.5), iaa.Add(50))(image=image)
        # 0.25 * 50 + 0.75 * 150
        assert np.all(result == 125)

    def test_background_only(self):
        image = np.full((2, 2, 1), 100, dtype=np.uint8)
        result = iaa.BlendAlpha(0.75, background=iaa.Add(40))(image=image)
        # 0.75 * 100 + 0.25 * 140
        assert np.all(result == 110)

    def test_per_channel(self):
        image = np.zeros((1, 1, 3), dtype=np.uint8)
        aug = iaa.BlendAlpha([0.0, 1.0], iaa.Add(100), per_channel=True, seed=1)
        values = np.stack([aug(image=image)[0, 0] for _ in range(20)])
        assert set(np.unique(values)) == {0, 100}
        # different values across channels of one image occur
        assert any(len(set(row)) > 1 for row in values.tolist())

    def test_annotations_follow_majority_branch(self):
        image = np.zeros((4, 10, 3), dtype=np.uint8)
        kps = KeypointsOnImage([Keypoint(1.0, 2.0)], shape=image.shape)
        bbs = BoundingBoxesOnImage([BoundingBox(1, 1, 3, 3)], shape=image.shape)
        for factor, expected_x in ((0.6, 10 - 1.0), (0.4, 1.0)):
            aug = iaa.BlendAlpha(factor, iaa.Fliplr(1.0))
            _, kps_aug, bbs_aug = aug(image=image, keypoints=kps, bounding_boxes=bbs)
            assert kps_aug.keypoints[0].x == pytest.approx(expected_x)
            assert bbs_aug.bounding_boxes[0].x1 == pytest.approx(
                7.0 if factor > 0.5 else 1.0
            )

    def test_heatmaps_follow_majority_branch(self):
        arr = np.zeros((2, 4, 1), dtype=np.float32)
        arr[:, 0] = 1.0
        heatmaps = HeatmapsOnImage(arr, shape=(2, 4, 3))
        image = np.zeros((2, 4, 3), dtype=np.uint8)
        _, result = iaa.BlendAlpha(1.0, iaa.Fliplr(1.0))(image=image, heatmaps=heatmaps)
        assert result.get_arr()[:, 3, 0].tolist() == [1.0, 1.0]
        assert result.get_arr()[:, 0, 0].tolist() == [0.0, 0.0]

    @pytest.mark.parametrize(
        ("factor", "fg_calls", "bg_calls"), [(0.0, 0, 1), (1.0, 1, 0), (0.5, 1, 1)]
    )
    def test_unused_branch_is_skipped(self, factor, fg_calls, bg_calls):
        fg, bg = _CallCounter(), _CallCounter()
        iaa.BlendAlpha(factor, fg, bg)(image=np.zeros((2, 2, 3), np.uint8))
        assert (fg.calls, bg.calls) == (fg_calls, bg_calls)

    def test_branches_run_on_copies(self):
        image = np.full((2, 2, 3), 10, dtype=np.uint8)
        kps = KeypointsOnImage([Keypoint(1.0, 1.0)], shape=image.shape)
        aug = iaa.BlendAlpha(0.5, iaa.Add(50), iaa.Affine(translate_px={"x": 1}))
        aug(image=image, keypoints=kps)
        assert np.all(image == 10)
        assert kps.keypoints[0].x == 1.0

    def test_neither_branch_raises(self):
        with pytest.raises(ValueError, match="foreground"):
            iaa.BlendAlpha(0.5)

    def test_to_deterministic_covers_both_branches(self):
        aug = iaa.BlendAlpha(0.5, iaa.Add((-50, 50)), iaa.Multiply((0.5, 1.5)))
        det = aug.to_deterministic()
        assert det.foreground.deterministic and det.background.deterministic
        image = np.full((4, 4, 3), 100, dtype=np.uint8)
        assert np.array_equal(det(image=image), det(image=image))

    def test_children_lists_parameters_str(self):
        fg = iaa.Add(1)
        aug = iaa.BlendAlpha(0.3, fg, per_channel=0.5, name="b")
        lists = aug.get_children_lists()
        assert len(lists) == 1 and lists[0][0] is fg
        params = aug.get_parameters()
        assert isinstance(params[0], iap.Deterministic) and params[0].value == 0.3
        assert isinstance(params[1], iap.Binomial)
        assert str(aug).startswith("BlendAlpha(factor=Deterministic(float 0.30000000)")
        assert "name=b, foreground=Sequential(" in str(aug)

    def test_alpha_deprecated_function(self):
        with pytest.warns(ia.DeprecationWarning):
            aug = iaa.Alpha(0.5, first=iaa.Add(100))
        assert isinstance(aug, iaa.BlendAlpha)
        assert np.all(aug(image=np.zeros((2, 2, 3), np.uint8)) == 50)


# ---------------------------------------------------------------- BlendAlphaMask


class TestBlendAlphaMask:
    def test_image_blended_pixelwise(self):
        image = np.zeros((2, 4, 1), dtype=np.uint8)
        mask = np.array([[0.0, 0.5, 1.0, 0.25]] * 2)
        result = iaa.BlendAlphaMask(_FixedMaskGen(mask), iaa.Add(100))(image=image)
        assert result[..., 0].tolist() == [[0, 50, 100, 25]] * 2

    def test_keypoints_pointwise(self):
        image = np.zeros((6, 8, 3), dtype=np.uint8)
        kps = KeypointsOnImage(
            [Keypoint(1.0, 2.0), Keypoint(6.0, 2.0), Keypoint(-3.0, 1.0)],
            shape=image.shape,
        )
        aug = iaa.BlendAlphaMask(
            _FixedMaskGen(_left_half_mask(6, 8)),
            iaa.Affine(translate_px={"y": 2}),
        )
        _, result = aug(image=image, keypoints=kps)
        # left half (and the point left of the image, nearest pixel x=0) moved
        assert result.to_xy_array().tolist() == [[1.0, 4.0], [6.0, 2.0], [-3.0, 3.0]]

    def test_segmaps_binarised_per_cell(self):
        arr = np.zeros((2, 4), dtype=np.int32)
        arr[:, 3] = 2
        segmap = SegmentationMapsOnImage(arr, shape=(2, 4, 3))
        mask = np.array([[0.6, 0.6, 0.4, 0.4]] * 2)
        aug = iaa.BlendAlphaMask(_FixedMaskGen(mask), iaa.Fliplr(1.0))
        _, result = aug(image=np.zeros((2, 4, 3), np.uint8), segmentation_maps=segmap)
        # columns 0, 1 from the flipped map (class 2 in column 0), 2, 3 from input
        assert result.get_arr().tolist() == [[2, 0, 0, 2]] * 2

    def test_heatmaps_resized_mask(self):
        arr = np.zeros((2, 2, 1), dtype=np.float32)
        arr[:, 1] = 1.0
        heatmaps = HeatmapsOnImage(arr, shape=(4, 4, 3))
        aug = iaa.BlendAlphaMask(_FixedMaskGen(_left_half_mask(4, 4)), iaa.Fliplr(1.0))
        _, result = aug(image=np.zeros((4, 4, 3), np.uint8), heatmaps=heatmaps)
        # left cell from the flipped map (1.0), right cell from the input (1.0)
        assert result.get_arr()[..., 0].tolist() == [[1.0, 1.0], [1.0, 1.0]]

    @pytest.mark.parametrize(("value", "flipped"), [(0.75, True), (0.5, False)])
    def test_boxes_and_polygons_either_or(self, value, flipped):
        image = np.zeros((4, 10, 3), dtype=np.uint8)
        bbs = BoundingBoxesOnImage([BoundingBox(1, 1, 3, 3)], shape=image.shape)
        polys = PolygonsOnImage([Polygon([(1, 1), (3, 1), (3, 3)])], shape=image.shape)
        aug = iaa.BlendAlphaMask(_FixedMaskGen(np.full((4, 10), value)), iaa.Fliplr(1))
        _, bbs_aug, polys_aug = aug(image=image, bounding_boxes=bbs, polygons=polys)
        expected_x1 = 7.0 if flipped else 1.0
        assert bbs_aug.bounding_boxes[0].x1 == pytest.approx(expected_x1)
        assert polys_aug.polygons[0].xx.min() == pytest.approx(expected_x1)

    def test_wrong_mask_shape_raises(self):
        aug = iaa.BlendAlphaMask(_FixedMaskGen(np.zeros((3, 3))), iaa.Add(1))
        with pytest.raises(ValueError, match="mask_generator"):
            aug(image=np.zeros((4, 4, 3), np.uint8))

    def test_wrong_mask_count_raises(self):
        class _NoMasks(iaa.IBatchwiseMaskGenerator):
            def draw_masks(self, batch, random_state=None):
                return []

        aug = iaa.BlendAlphaMask(_NoMasks(), iaa.Add(1))
        with pytest.raises(ValueError, match="mask_generator"):
            aug(image=np.zeros((4, 4, 3), np.uint8))

    def test_mask_generator_type_checked(self):
        with pytest.raises(TypeError, match="mask_generator"):
            iaa.BlendAlphaMask(np.zeros((2, 2)), iaa.Add(1))

    def test_str_and_parameters(self):
        gen = iaa.CheckerboardMaskGen(2, 2)
        aug = iaa.BlendAlphaMask(gen, iaa.Add(1), name="m")
        assert aug.get_parameters() == [gen]
        assert str(aug).startswith("BlendAlphaMask(mask_generator=")


# ---------------------------------------------------------------- subclasses


def test_vertical_gradient_fixed_start_end():
    image = np.zeros((5, 2, 1), dtype=np.uint8)
    aug = iaa.BlendAlphaVerticalLinearGradient(
        iaa.Add(200), min_value=0.0, max_value=1.0, start_at=0.0, end_at=1.0
    )
    column = aug(image=image)[:, 0, 0]
    expected = np.round(np.linspace(0.0, 1.0, 5) * 200).astype(np.uint8)
    assert np.abs(column.astype(int) - expected.astype(int)).max() <= 1


def test_checkerboard_fixed_rows_cols():
    image = np.zeros((4, 6, 1), dtype=np.uint8)
    result = iaa.BlendAlphaCheckerboard(2, 3, iaa.Add(100))(image=image)[..., 0]
    rows = np.arange(4)[:, None] // 2
    cols = np.arange(6)[None, :] // 2
    expected = np.where((rows + cols) % 2 == 0, 100, 0)
    assert np.array_equal(result, expected)


def test_elementwise_per_pixel_values():
    image = np.zeros((20, 20, 1), dtype=np.uint8)
    result = iaa.BlendAlphaElementwise([0.0, 1.0], iaa.Add(100), seed=2)(image=image)
    assert set(np.unique(result)) == {0, 100}
    aug = iaa.BlendAlphaElementwise(0.3, iaa.Add(100))
    assert aug.factor.value == pytest.approx(0.3)


@pytest.mark.parametrize(
    "make",
    [
        lambda: iaa.BlendAlphaSimplexNoise(iaa.Add(100), seed=3),
        lambda: iaa.BlendAlphaFrequencyNoise(foreground=iaa.Add(100), seed=3),
    ],
)
def test_noise_masks_in_range_and_deterministic(make):
    image = np.zeros((32, 48, 3), dtype=np.uint8)
    first, second = make()(image=image), make()(image=image)
    assert np.array_equal(first, second)
    assert first.min() >= 0 and first.max() <= 100
    batch = _BatchInAugmentation(images=[image, image[0:10]])
    masks = make().mask_generator.draw_masks(batch, random_state=1)
    assert [mask.shape[0:2] for mask in masks] == [(32, 48), (10, 48)]
    for mask in masks:
        assert mask.dtype == np.float32
        assert 0.0 <= mask.min() and mask.max() <= 1.0


def test_some_colors_mask_selects_by_hue():
    image = np.zeros((1, 2, 3), dtype=np.uint8)
    image[0, 0] = (255, 0, 0)  # hue 0
    image[0, 1] = (0, 0, 255)  # hue 120 (OpenCV scale)
    alphas = np.zeros((4,), dtype=np.float32)
    alphas[0] = 1.0  # hue bins 0..63 opaque, 64..255 transparent
    mask = iaa.SomeColorsMaskGen.generate_mask(image, alphas, 0.0, 0, "RGB")
    assert mask.dtype == np.float32
    assert mask.tolist() == [[1.0, 0.0]]


def test_segmap_class_ids_mask():
    arr = np.array([[0, 1, 2], [2, 1, 0]], dtype=np.int32)
    segmap = SegmentationMapsOnImage(arr, shape=(2, 3, 3))
    mask = iaa.SegMapClassIdsMaskGen.generate_mask(segmap, [1, 2])
    assert mask.tolist() == [[0.0, 1.0, 1.0], [1.0, 1.0, 0.0]]
    image = np.zeros((2, 3, 3), dtype=np.uint8)
    result = iaa.BlendAlphaSegMapClassIds(2, iaa.Add(50))(
        image=image, segmentation_maps=segmap
    )[0]
    assert result[..., 0].tolist() == [[0, 0, 50], [50, 0, 0]]


def test_bounding_boxes_mask_by_label():
    bbs = BoundingBoxesOnImage(
        [BoundingBox(0, 0, 2, 1, label="a"), BoundingBox(2, 1, 4, 3, label="b")],
        shape=(3, 4, 3),
    )
    mask_a = iaa.BoundingBoxesMaskGen.generate_mask(bbs, ["a"])
    assert mask_a.tolist() == [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    mask_all = iaa.BoundingBoxesMaskGen.generate_mask(bbs, None)
    assert mask_all.sum() == 2 + 4
    image = np.zeros((3, 4, 3), dtype=np.uint8)
    result = iaa.BlendAlphaBoundingBoxes("b", iaa.Add(10))(
        image=image, bounding_boxes=bbs
    )[0]
    assert result[..., 0].tolist() == [[0, 0, 0, 0], [0, 0, 10, 10], [0, 0, 10, 10]]


# ---------------------------------------------------------------- mask generators


def test_horizontal_gradient_mask():
    mask = iaa.HorizontalLinearGradientMaskGen.generate_mask(
        (2, 10), 0.2, 0.8, 0.2, 0.6
    )
    assert mask.shape == (2, 10) and mask.dtype == np.float32
    expected = np.full((10,), 0.8, dtype=np.float32)
    expected[0:2] = 0.2
    expected[2:6] = np.linspace(0.2, 0.8, 4)
    assert np.allclose(mask[0], expected) and np.allclose(mask[1], expected)


def test_gradient_mask_reversed_is_inverted():
    forward = iaa.VerticalLinearGradientMaskGen.generate_mask(
        (6, 1), 0.0, 1.0, 0.0, 1.0
    )
    backward = iaa.VerticalLinearGradientMaskGen.generate_mask(
        (6, 1), 0.0, 1.0, 1.0, 0.0
    )
    assert np.allclose(forward[:, 0], np.linspace(0.0, 1.0, 6))
    assert np.allclose(backward, 1.0 - forward)


def test_regular_grid_mask_reflect_border():
    alphas = np.array([0.0, 1.0], dtype=np.float32)
    mask = iaa.RegularGridMaskGen.generate_mask((2, 5), 1, 2, alphas)
    # cells of width 2; one leftover column, padded (floor left 0, ceil right 1)
    # by reflection of the last cells
    assert mask.shape == (2, 5)
    assert mask[0, 0:4].tolist() == [0.0, 0.0, 1.0, 1.0]
    assert mask[0, 4] == 1.0


def test_checkerboard_mask():
    mask = iaa.CheckerboardMaskGen.generate_mask((2, 3), 2, 3)
    assert mask.tolist() == [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]


def test_invert_mask_gen():
    batch = _BatchInAugmentation(images=[np.zeros((1, 2, 1), np.uint8)])
    child = iaa.CheckerboardMaskGen(1, 2)
    assert iaa.InvertMaskGen(1.0, child).draw_masks(batch)[0].tolist() == [[0.0, 1.0]]
    assert iaa.InvertMaskGen(0.0, child).draw_masks(batch)[0].tolist() == [[1.0, 0.0]]


def test_stochastic_parameter_mask_gen_per_channel_and_range():
    batch = _BatchInAugmentation(images=[np.zeros((2, 3, 4), np.uint8)])
    gen = iaa.StochasticParameterMaskGen(iap.Uniform(0.0, 1.0), per_channel=True)
    assert gen.draw_masks(batch, random_state=1)[0].shape == (2, 3, 4)
    gen = iaa.StochasticParameterMaskGen(iap.Deterministic(2.0), per_channel=False)
    with pytest.raises(ValueError, match="parameter"):
        gen.draw_masks(batch)


# ---------------------------------------------------------------- deprecated names


@pytest.mark.parametrize(
    ("name", "cls", "kwargs"),
    [
        ("Alpha", iaa.BlendAlpha, {"factor": 0.5}),
        ("AlphaElementwise", iaa.BlendAlphaElementwise, {"factor": 0.5}),
        ("SimplexNoiseAlpha", iaa.BlendAlphaSimplexNoise, {}),
        ("FrequencyNoiseAlpha", iaa.BlendAlphaFrequencyNoise, {}),
    ],
)
def test_deprecated_aliases_map_first_second(name, cls, kwargs):
    first, second = iaa.Add(1), iaa.Add(2)
    with pytest.warns(ia.DeprecationWarning):
        aug = getattr(blend, name)(first=first, second=second, **kwargs)
    assert type(aug) is cls
    assert aug.foreground[0] is first and aug.background[0] is second


def test_overlay_module_forwards_and_warns():
    from imgaug.augmenters import overlay

    assert not hasattr(iaa, "overlay") or iaa.overlay is overlay
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        aug = overlay.Alpha(0.5, first=iaa.Add(100))
        image = overlay.blend_alpha(
            np.full((1, 1), 100, np.uint8), np.zeros((1, 1), np.uint8), 0.5
        )
    assert isinstance(aug, iaa.BlendAlpha)
    assert image.tolist() == [[50]]
    assert all(issubclass(w.category, ia.DeprecationWarning) for w in caught)
    assert len(caught) >= 3  # overlay.Alpha, blend.Alpha, overlay.blend_alpha


def test_uint8_mask_route_rounds_ties_like_the_float_route():
    from imgaug._kernels import blend as blend_kernels

    rng = np.random.default_rng(3)
    fg = rng.integers(0, 256, size=(16, 20, 3), dtype=np.uint8)
    bg = rng.integers(0, 256, size=(16, 20, 3), dtype=np.uint8)
    for mask in (np.full((16, 20), 0.5), np.round(rng.random((16, 20)) * 8) / 8):
        mask = mask.astype(np.float32)
        result = iaa.blend_alpha(fg, bg, mask)
        expected = fg * mask[..., None].astype(np.float64) + bg * (
            1.0 - mask[..., None].astype(np.float64)
        )
        assert np.array_equal(result, np.round(expected).astype(np.uint8))
        assert np.array_equal(
            result,
            blend_kernels._blend_float(fg, bg, mask[..., None], np.dtype(np.uint8)),
        )
