"""Tests for the Affine family in imgaug.augmenters.geometric."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import geometric as geo
from imgaug.augmenters.geometric import (
    Affine,
    AffineCv2,
    Rotate,
    ScaleX,
    ScaleY,
    ShearX,
    ShearY,
    TranslateX,
    TranslateY,
)

SUPPORTED = ["bool", "uint8", "uint16", "uint32", "int8", "int16", "int32"]
SUPPORTED += ["float16", "float32", "float64"]
SHAPE = (10, 20, 3)  # coordinate tests: centre (10, 5)


def _ramp(shape, dtype=np.uint8):
    arr = np.arange(int(np.prod(shape))).reshape(shape) % 100
    if np.dtype(dtype).kind == "b":
        return arr % 2 == 1
    return arr.astype(dtype)


def _kps(*xy, shape=SHAPE):
    return KeypointsOnImage([Keypoint(x=x, y=y) for x, y in xy], shape=shape)


def _aug_xy(aug, *xy, shape=SHAPE):
    return aug(keypoints=_kps(*xy, shape=shape)).to_xy_array()


def _reference_matrix(shape, sx=1.0, sy=1.0, tx=0.0, ty=0.0, rot=0.0, shx=0.0,
                      shy=0.0, shift=0.0):  # fmt: skip
    """Independent 0.4.0-style composition with explicit quarter rotations."""

    def affine(scale=(1.0, 1.0), rotation=0.0, shear=0.0, translation=(0.0, 0.0)):
        return np.array(
            [
                [
                    scale[0] * np.cos(rotation),
                    -scale[1] * np.sin(rotation + shear),
                    translation[0],
                ],
                [
                    scale[0] * np.sin(rotation),
                    scale[1] * np.cos(rotation + shear),
                    translation[1],
                ],
                [0, 0, 1],
            ]
        )

    h, w = shape[0:2]
    cx, cy = w / 2 - shift, h / 2 - shift
    to_topleft = affine(translation=(-cx, -cy))
    to_center = affine(translation=(cx, cy))
    half_pi = 3.141592 / 2
    main = affine((sx, sy), np.deg2rad(rot), np.deg2rad(shx), (tx, ty))
    shear_y = affine(rotation=half_pi) @ affine(shear=np.deg2rad(shy))
    shear_y = shear_y @ affine(rotation=-half_pi)
    return to_center @ main @ shear_y @ to_topleft


def _apply(matrix, xy):
    xy = np.asarray(xy, dtype=np.float64)
    return (matrix[:2, :2] @ xy.T).T + matrix[:2, 2]


# ------------------------------------------------------------------------------
# parameters
# ------------------------------------------------------------------------------
class TestAffineParameters:
    def test_defaults_when_everything_is_none(self):
        aug = Affine()
        scale, translate, rotate, shear = aug.get_parameters()[0:4]
        assert isinstance(scale, tuple)
        assert isinstance(scale[0], iap.Uniform)
        assert translate[2] == "percent"
        assert isinstance(translate[0], iap.Uniform)
        assert isinstance(translate[1], iap.Uniform)
        assert isinstance(rotate, iap.Uniform)
        assert rotate.a.value == -15 and rotate.b.value == 15
        assert aug._shear_param_type == "dict"
        assert isinstance(shear[1], iap.Uniform)

    def test_missing_parameters_are_neutral(self):
        aug = Affine(rotate=10)
        scale, translate, rotate, shear = aug.get_parameters()[0:4]
        assert isinstance(scale, iap.Deterministic) and scale.value == 1.0
        assert translate[1] is None and translate[2] == "px"
        assert translate[0].value == 0
        assert rotate.value == 10
        assert shear.value == 0

    def test_get_parameters_order(self):
        aug = Affine(rotate=1, order=0, cval=3, mode="edge", fit_output=True)
        params = aug.get_parameters()
        assert len(params) == 9
        assert params[4].value == 0
        assert params[5].value == 3
        assert params[6].value == "edge"
        assert params[7] == "auto"
        assert params[8] is True
        assert "Affine(" in str(aug)

    def test_map_constants(self):
        aug = Affine(rotate=1)
        assert aug._order_heatmaps == 3
        assert aug._order_segmentation_maps == 0
        assert aug._mode_heatmaps == aug._mode_segmentation_maps == "constant"
        assert aug._cval_heatmaps == aug._cval_segmentation_maps == 0

    def test_dicts(self):
        aug = Affine(scale={"y": 2}, translate_px={"x": 3}, shear={"y": 4})
        assert aug.scale[0].value == 1.0 and aug.scale[1].value == 2
        assert aug.translate[0].value == 3 and aug.translate[1].value == 0
        assert aug.shear[0].value == 0 and aug.shear[1].value == 4

    def test_shear_param_types(self):
        assert Affine(shear=5)._shear_param_type == "single-number"
        assert Affine(shear=(1, 2))._shear_param_type == "other"
        assert Affine(shear=[1, 2])._shear_param_type == "other"
        assert Affine(shear=iap.Deterministic(1))._shear_param_type == "other"

    def test_all_handlers(self):
        aug = Affine(rotate=1, order=ia.ALL, cval=ia.ALL, mode=ia.ALL)
        assert aug.order.a == [0, 1, 3]
        assert isinstance(aug.cval, iap.Uniform)
        assert sorted(aug.mode.a) == sorted(
            ["constant", "edge", "symmetric", "reflect", "wrap"]
        )
        assert Affine(rotate=1, order=ia.ALL, backend="skimage").order.a == [
            0,
            1,
            3,
            4,
            5,
        ]

    def test_lists_become_choices(self):
        aug = Affine(rotate=[1, 2], order=[0, 1], mode=["edge", "wrap"], cval=[1, 2])
        for param in (aug.rotate, aug.order, aug.mode, aug.cval):
            assert isinstance(param, iap.Choice)

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"scale": 0}, "scale"),
            ({"scale": {"z": 1}}, "scale"),
            ({"scale": {}}, "scale"),
            ({"scale": "a"}, "scale"),
            ({"translate_percent": 0.1, "translate_px": 1}, "translate"),
            ({"translate_px": 1.5}, "translate_px"),
            ({"translate_px": {"x": 1.5}}, r"translate_px\['x'\]"),
            ({"translate_percent": {"q": 1}}, "translate_percent"),
            ({"rotate": "a"}, "rotate"),
            ({"shear": {"x": "a"}}, r"shear\['x'\]"),
            ({"order": 6}, "order"),
            ({"order": [0, 7]}, "order"),
            ({"order": "linear"}, "order"),
            ({"order": 4, "backend": "cv2"}, "order"),
            ({"mode": "mirror"}, "mode"),
            ({"mode": 1}, "mode"),
            ({"cval": "a"}, "cval"),
            ({"backend": "pil"}, "backend"),
            ({"fit_output": "yes"}, "fit_output"),
        ],
    )
    def test_errors_name_the_argument(self, kwargs, name):
        with pytest.raises((ValueError, TypeError)) as excinfo:
            Affine(**kwargs)
        assert isinstance(excinfo.value, AssertionError)  # old except clauses
        assert excinfo.match(name)


# ------------------------------------------------------------------------------
# images
# ------------------------------------------------------------------------------
class TestAffineImages:
    def test_translate_px_x(self):
        image = np.zeros((3, 3, 1), dtype=np.uint8)
        image[1, 0] = 255
        observed = Affine(translate_px={"x": 1})(image=image)
        expected = np.zeros((3, 3, 1), dtype=np.uint8)
        expected[1, 1] = 255
        assert np.array_equal(observed, expected)

    def test_translate_px_y_negative(self):
        image = _ramp((3, 3, 1))
        observed = Affine(translate_px={"y": -1}, order=0)(image=image)
        assert observed[:, :, 0].tolist() == [[3, 4, 5], [6, 7, 8], [0, 0, 0]]

    def test_translate_percent(self):
        image = _ramp((3, 4, 1))
        observed = Affine(translate_percent={"x": 0.25}, order=0)(image=image)
        assert np.array_equal(observed[:, 1:], image[:, :-1])
        assert np.all(observed[:, 0] == 0)

    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_rotate_90_on_3x3(self, order):
        image = _ramp((3, 3, 1))
        observed = Affine(rotate=90, order=order)(image=image)
        assert observed[:, :, 0].tolist() == [[6, 3, 0], [7, 4, 1], [8, 5, 2]]

    def test_rotate_minus_90_and_180(self):
        image = _ramp((3, 3, 1))
        ccw = Affine(rotate=-90, order=0)(image=image)[:, :, 0]
        half = Affine(rotate=180, order=0)(image=image)[:, :, 0]
        assert np.array_equal(ccw, np.rot90(image[:, :, 0], 1))
        assert np.array_equal(half, image[::-1, ::-1, 0])

    def test_scale_around_centre(self):
        image = np.zeros((5, 5, 1), dtype=np.uint8)
        image[2, 2] = 200
        observed = Affine(scale=3, order=0)(image=image)[:, :, 0]
        expected = np.zeros((5, 5), dtype=np.uint8)
        expected[1:4, 1:4] = 200
        assert np.array_equal(observed, expected)

    def test_cval_and_mode(self):
        image = np.full((3, 3, 3), 100, dtype=np.uint8)
        image[:, 0] = 50
        filled = Affine(translate_px={"x": 1}, cval=7)(image=image)
        assert np.all(filled[:, 0] == 7)
        edged = Affine(translate_px={"x": 1}, mode="edge")(image=image)
        assert np.all(edged[:, 0:2] == 50)

    def test_cval_truncated_for_integer_images_as_in_040(self):
        image = np.full((3, 3, 3), 50, dtype=np.uint8)
        observed = Affine(translate_px={"x": 1}, cval=100.9)(image=image)
        assert np.all(observed[:, 0] == 100)

    def test_stochastic_cval_is_per_channel(self):
        image = np.full((4, 4, 3), 100, dtype=np.uint8)
        aug = Affine(translate_px={"x": 1}, cval=(0.0, 255.0), seed=2)
        observed = aug(images=[image] * 8)
        fills = np.array([img[0, 0] for img in observed])
        assert np.all(np.array([img[:, 0] for img in observed]) == fills[:, None])
        # channels of one image get their own sample
        assert np.any(fills[:, 0] != fills[:, 1])

    def test_stochastic_cval_first_value_for_four_channels(self):
        image = np.full((4, 4, 4), 100, dtype=np.uint8)
        aug = Affine(translate_px={"x": 1}, cval=(0, 255), seed=3)
        observed = aug(images=[image] * 4)
        for img in observed:
            assert len(set(img[:, 0].ravel().tolist())) == 1

    def test_float_image_keeps_fractional_cval(self):
        image = np.ones((3, 3, 1), dtype=np.float32)
        observed = Affine(translate_px={"x": 1}, cval=0.25)(image=image)
        assert np.allclose(observed[:, 0], 0.25)

    @pytest.mark.parametrize("order", [2, 4, 5])
    def test_spline_orders(self, order):
        image = _ramp((4, 5, 3))
        observed = Affine(translate_px={"x": 1}, order=order)(image=image)
        assert np.array_equal(observed[:, 1:], image[:, :-1])

    def test_skimage_backend(self):
        image = _ramp((3, 3, 1))
        observed = Affine(rotate=90, order=1, backend="skimage")(image=image)
        assert observed[:, :, 0].tolist() == [[6, 3, 0], [7, 4, 1], [8, 5, 2]]

    def test_identity_returns_equal_image(self):
        image = _ramp((4, 4, 3))
        assert np.array_equal(Affine(rotate=0)(image=image), image)

    def test_many_channels(self):
        image = _ramp((3, 4, 7))
        observed = Affine(translate_px={"x": 1}, order=0)(image=image)
        assert np.array_equal(observed[:, 1:], image[:, :-1])

    def test_2d_image(self):
        image = _ramp((3, 3))
        observed = Affine(rotate=90, order=0)(image=image)
        assert observed.shape == (3, 3)
        assert np.array_equal(observed, np.rot90(image, -1))

    def test_array_in_array_out(self):
        images = np.stack([_ramp((3, 3, 1))] * 2)
        observed = Affine(rotate=90, order=0)(images=images)
        assert isinstance(observed, np.ndarray)
        assert observed.shape == (2, 3, 3, 1)

    def test_list_in_list_out(self):
        images = [_ramp((3, 3, 1)), _ramp((4, 2, 1))]
        observed = Affine(translate_px={"x": 1}, order=0)(images=images)
        assert isinstance(observed, list)
        assert [img.shape for img in observed] == [(3, 3, 1), (4, 2, 1)]


class TestAffineDtypes:
    @pytest.mark.parametrize("dtype", SUPPORTED)
    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_supported_keep_dtype_shape_values(self, dtype, order):
        image = _ramp((4, 5, 3), dtype=dtype)
        observed = Affine(translate_px={"x": 1}, order=order)(image=image)
        assert observed.dtype == np.dtype(dtype)
        assert observed.shape == image.shape
        assert np.array_equal(observed[:, 1:], image[:, :-1])
        assert np.all(observed[:, 0] == 0)

    @pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "float32"])
    def test_negative_values(self, dtype):
        image = np.full((3, 3, 1), -20, dtype=dtype)
        observed = Affine(translate_px={"x": 1}, cval=-30)(image=image)
        assert observed[:, :, 0].tolist() == [[-30, -20, -20]] * 3

    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    def test_disallowed_dtypes_raise(self, dtype):
        image = np.zeros((3, 3, 1), dtype=dtype)
        with pytest.raises(ValueError, match=dtype):
            Affine(rotate=10)(image=image)

    def test_cv2_backend_rejects_uint32(self):
        image = np.zeros((3, 3, 1), dtype=np.uint32)
        with pytest.raises(ValueError, match="uint32"):
            Affine(rotate=10, backend="cv2")(image=image)

    def test_cv2_backend_int32_nearest_only(self):
        image = _ramp((3, 3, 1), dtype=np.int32)
        observed = Affine(rotate=90, order=0, backend="cv2")(image=image)
        assert observed.dtype == np.int32
        with pytest.raises(ValueError, match="int32"):
            Affine(rotate=90, order=1, backend="cv2")(image=image)


# ------------------------------------------------------------------------------
# coordinates
# ------------------------------------------------------------------------------
class TestAffineCoordinates:
    def test_translate_px(self):
        observed = _aug_xy(Affine(translate_px={"x": 2, "y": -1}), (3, 4))
        assert np.allclose(observed, [[5, 3]])

    def test_translate_percent(self):
        observed = _aug_xy(Affine(translate_percent={"x": 0.1, "y": 0.2}), (3, 4))
        assert np.allclose(observed, [[5, 6]])

    def test_rotate_90_clockwise_around_image_centre(self):
        observed = _aug_xy(Affine(rotate=90), (15, 5), (10, 7))
        assert np.allclose(observed, [[10, 10], [8, 5]])

    def test_scale(self):
        observed = _aug_xy(Affine(scale=2), (15, 5), (10, 7))
        assert np.allclose(observed, [[20, 5], [10, 9]])
        observed = _aug_xy(Affine(scale={"x": 3}), (11, 6))
        assert np.allclose(observed, [[13, 6]])

    def test_shear_x_single_number(self):
        observed = _aug_xy(Affine(shear=30), (10, 9))
        assert np.allclose(observed, [[8, 5 + 4 * np.cos(np.pi / 6)]], atol=1e-4)

    def test_shear_y(self):
        observed = _aug_xy(Affine(shear={"y": 30}), (14, 5))
        assert np.allclose(observed, [[10 + 4 * np.cos(np.pi / 6), 7]], atol=1e-4)

    def test_combined_matches_reference_composition(self):
        aug = Affine(
            scale={"x": 1.2, "y": 0.8},
            translate_px={"x": 3, "y": -2},
            rotate=25,
            shear={"x": 10, "y": -7},
        )
        xy = np.array([[0, 0], [3.5, 8.25], [19, 9], [12, 1]])
        observed = _aug_xy(aug, *xy.tolist())
        matrix = _reference_matrix(SHAPE, 1.2, 0.8, 3, -2, 25, 10, -7)
        assert np.allclose(observed, _apply(matrix, xy), atol=1e-3)

    def test_same_sample_for_both_axes_without_dict(self):
        aug = Affine(translate_percent=(-0.2, 0.2), seed=1)
        observed = aug(keypoints=[_kps((10, 5))] * 5)
        for kpsoi in observed:
            dx, dy = kpsoi.to_xy_array()[0] - [10, 5]
            assert np.isclose(dx / 20, dy / 10, atol=1e-5)

    def test_bounding_boxes(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(10, 2, 15, 8)], shape=SHAPE)
        observed = Affine(rotate=90)(bounding_boxes=bbsoi)
        bb = observed.bounding_boxes[0]
        assert np.allclose([bb.x1, bb.y1, bb.x2, bb.y2], [7, 5, 13, 10], atol=1e-4)

    def test_polygons_and_line_strings(self):
        psoi = PolygonsOnImage([Polygon([(1, 1), (5, 1), (5, 4)])], shape=SHAPE)
        lsoi = LineStringsOnImage([LineString([(1, 1), (5, 2)])], shape=SHAPE)
        aug = Affine(translate_px={"x": 2, "y": 1})
        psoi_aug, lsoi_aug = aug(polygons=psoi, line_strings=lsoi)
        assert np.allclose(psoi_aug.polygons[0].exterior, [[3, 2], [7, 2], [7, 5]])
        assert np.allclose(lsoi_aug.line_strings[0].coords, [[3, 2], [7, 3]])

    def test_not_clipped_or_removed(self):
        observed = _aug_xy(Affine(translate_px={"x": 30}), (15, 5))
        assert np.allclose(observed, [[45, 5]])

    def test_empty_and_zero_sized(self):
        aug = Affine(rotate=45)
        assert aug(keypoints=_kps()).keypoints == []
        zero = aug(keypoints=_kps((1, 1), shape=(0, 5, 3)))
        assert np.allclose(zero.to_xy_array(), [[1, 1]])


# ------------------------------------------------------------------------------
# fit_output
# ------------------------------------------------------------------------------
class TestFitOutput:
    def test_rotate_90_swaps_size_and_equals_rot90(self):
        image = _ramp((10, 20, 3))
        observed = Affine(rotate=90, order=0, fit_output=True)(image=image)
        assert observed.shape == (20, 10, 3)
        assert np.array_equal(observed, np.rot90(image, -1))

    def test_scale_enlarges(self):
        image = _ramp((4, 5, 1))
        observed = Affine(scale=2, fit_output=True)(image=image)
        assert observed.shape == (7, 9, 1)

    def test_maps_and_coordinates_follow(self):
        image = np.zeros(SHAPE, dtype=np.uint8)
        heatmap = HeatmapsOnImage(np.zeros((5, 10, 1), np.float32), shape=SHAPE)
        segmap = SegmentationMapsOnImage(np.zeros((10, 20), np.int32), shape=SHAPE)
        aug = Affine(rotate=90, fit_output=True)
        image_aug, hm_aug, sm_aug, kps_aug = aug(
            image=image,
            heatmaps=heatmap,
            segmentation_maps=segmap,
            keypoints=_kps((15, 5)),
        )
        assert image_aug.shape == (20, 10, 3)
        assert hm_aug.shape == sm_aug.shape == kps_aug.shape == (20, 10, 3)
        assert hm_aug.arr_0to1.shape == (10, 5, 1)
        assert sm_aug.arr.shape == (20, 10, 1)
        # the point follows the image content: pixel (row 4, col 14) -> (14, 4)
        assert np.allclose(kps_aug.to_xy_array(), [[5, 15]])

    @pytest.mark.parametrize("rotate", [90, 45, 30, -63])
    def test_keypoint_stays_on_its_pixel(self, rotate):
        image = np.zeros((10, 20, 1), dtype=np.uint8)
        image[2, 5] = 255
        kpsoi = KeypointsOnImage([Keypoint(5.5, 2.5)], shape=image.shape)
        aug = Affine(rotate=rotate, order=0, fit_output=True)
        image_aug, kps_aug = aug(image=image, keypoints=kpsoi)
        rows, cols = np.nonzero(image_aug[..., 0])
        centre = np.array([cols.mean() + 0.5, rows.mean() + 0.5])
        assert np.abs(kps_aug.to_xy_array()[0] - centre).max() <= 0.75

    def test_array_input_becomes_list_if_shapes_differ(self):
        images = np.stack([_ramp((4, 6, 1))] * 2)
        aug = Affine(rotate=iap.DeterministicList([0, 90]), fit_output=True)
        observed = aug(images=images)
        assert isinstance(observed, list)
        assert [img.shape for img in observed] == [(4, 6, 1), (6, 4, 1)]

    def test_array_stays_array_if_shapes_agree(self):
        images = np.stack([_ramp((4, 6, 1))] * 2)
        observed = Affine(rotate=90, fit_output=True)(images=images)
        assert isinstance(observed, np.ndarray)
        assert observed.shape == (2, 6, 4, 1)


# ------------------------------------------------------------------------------
# maps
# ------------------------------------------------------------------------------
class TestAffineMaps:
    def test_segmap_matches_nearest_image_warp(self):
        mask = np.zeros((20, 20), dtype=np.int32)
        mask[4:9, 11:16] = 3
        image = (mask[:, :, None] * 50).astype(np.uint8)
        segmap = SegmentationMapsOnImage(mask, shape=image.shape)
        aug = Affine(rotate=33, translate_px={"x": 2}, order=0, cval=0)
        image_aug, segmap_aug = aug(image=image, segmentation_maps=segmap)
        assert set(np.unique(segmap_aug.arr).tolist()) <= {0, 3}
        assert np.array_equal(segmap_aug.arr[:, :, 0] > 0, image_aug[:, :, 0] > 0)

    def test_segmap_ignores_image_cval_and_mode(self):
        segmap = SegmentationMapsOnImage(np.full((4, 4), 2, np.int32), shape=(4, 4, 3))
        aug = Affine(translate_px={"x": 1}, cval=9, mode="edge")
        observed = aug(segmentation_maps=segmap)
        assert np.all(observed.arr[:, 0] == 0)
        assert np.all(observed.arr[:, 1:] == 2)

    def test_heatmap_at_half_resolution_aligned(self):
        image = np.zeros((40, 40, 1), dtype=np.float32)
        image[8:12, 24:28] = 1.0
        heatmap = HeatmapsOnImage(image[::2, ::2].copy(), shape=image.shape)
        aug = Affine(rotate=40, translate_px={"x": 4, "y": -2}, scale=1.1)
        image_aug, hm_aug = aug(image=image, heatmaps=heatmap)
        y_img, x_img = np.unravel_index(np.argmax(image_aug[:, :, 0]), (40, 40))
        y_hm, x_hm = np.unravel_index(np.argmax(hm_aug.arr_0to1[:, :, 0]), (20, 20))
        assert abs(2 * y_hm + 0.5 - y_img) <= 2
        assert abs(2 * x_hm + 0.5 - x_img) <= 2

    def test_heatmap_cubic_is_clipped(self):
        arr = np.zeros((8, 8, 1), dtype=np.float32)
        arr[2:6, 2:6] = 1.0
        heatmap = HeatmapsOnImage(arr, shape=(8, 8, 3))
        observed = Affine(rotate=30, cval=255, mode="edge")(heatmaps=heatmap)
        assert observed.arr_0to1.min() >= 0.0
        assert observed.arr_0to1.max() <= 1.0
        assert observed.arr_0to1[0, 0, 0] == 0.0  # constant 0, not the image cval

    def test_translate_px_scales_with_map_resolution(self):
        arr = np.zeros((5, 10, 1), dtype=np.float32)
        arr[2, 2] = 1.0
        heatmap = HeatmapsOnImage(arr, shape=SHAPE)
        observed = Affine(translate_px={"x": 4}, order=0)(heatmaps=heatmap)
        assert np.argmax(observed.arr_0to1[2, :, 0]) == 4


# ------------------------------------------------------------------------------
# contract-style behaviour
# ------------------------------------------------------------------------------
class TestAffineContract:
    def test_blob_and_keypoint_stay_together(self):
        for seed in range(5):
            image = np.zeros((40, 40, 1), dtype=np.uint8)
            image[24:27, 11:14] = 255
            kpsoi = _kps((12.5, 25.5), shape=image.shape)
            aug = Affine(
                scale=(0.8, 1.2),
                translate_percent=(-0.1, 0.1),
                rotate=(-45, 45),
                shear=(-15, 15),
                seed=seed,
            )
            image_aug, kps_aug = aug(image=image, keypoints=kpsoi)
            weights = image_aug[:, :, 0].astype(np.float64)
            yy, xx = np.mgrid[0:40, 0:40]
            cx = (weights * (xx + 0.5)).sum() / weights.sum()
            cy = (weights * (yy + 0.5)).sum() / weights.sum()
            kx, ky = kps_aug.to_xy_array()[0]
            assert abs(cx - kx) <= 1.0 and abs(cy - ky) <= 1.0

    def test_same_seed_same_output(self):
        image = _ramp((16, 16, 3))
        a = Affine(rotate=(-30, 30), scale=(0.8, 1.2), cval=(0, 255), seed=5)
        b = Affine(rotate=(-30, 30), scale=(0.8, 1.2), cval=(0, 255), seed=5)
        assert np.array_equal(a(images=[image] * 3), b(images=[image] * 3))

    def test_other_kinds_do_not_change_images(self):
        image = _ramp((16, 16, 3))
        a = Affine(rotate=(-30, 30), mode=ia.ALL, order=ia.ALL, seed=7)
        b = Affine(rotate=(-30, 30), mode=ia.ALL, order=ia.ALL, seed=7)
        only = a(image=image)
        both, _ = b(image=image, keypoints=_kps((3, 3), shape=image.shape))
        assert np.array_equal(only, both)

    def test_to_deterministic_aligns_calls(self):
        aug = Affine(translate_px=(-5, 5), seed=3).to_deterministic()
        image = np.zeros((11, 11, 1), dtype=np.uint8)
        image[5, 5] = 255
        image_aug = aug(image=image)
        kps_aug = aug(keypoints=_kps((5.5, 5.5), shape=image.shape))
        y, x = np.unravel_index(np.argmax(image_aug[:, :, 0]), (11, 11))
        assert np.allclose(kps_aug.to_xy_array(), [[x + 0.5, y + 0.5]])

    def test_no_mutation_of_inputs(self):
        image = _ramp((8, 8, 3))
        images = np.stack([image] * 2)
        kpsoi = _kps((1, 2), shape=image.shape)
        heatmap = HeatmapsOnImage(np.full((8, 8, 1), 0.5, np.float32), shape=(8, 8, 3))
        before = (images.copy(), kpsoi.to_xy_array(), heatmap.arr_0to1.copy())
        Affine(rotate=20)(images=images, keypoints=[kpsoi] * 2, heatmaps=[heatmap] * 2)
        assert np.array_equal(images, before[0])
        assert np.array_equal(kpsoi.to_xy_array(), before[1])
        assert np.array_equal(heatmap.arr_0to1, before[2])

    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (0, 0, 0)])
    def test_zero_sized_images(self, shape):
        image = np.zeros(shape, dtype=np.uint8)
        observed = Affine(rotate=30, fit_output=True)(image=image)
        assert observed.shape == shape

    def test_one_by_one_image(self):
        image = np.full((1, 1, 3), 9, dtype=np.uint8)
        observed = Affine(rotate=45, scale=1.5, order=0)(image=image)
        assert observed.tolist() == [[[9, 9, 9]]]

    def test_pickle(self):
        aug = Affine(rotate=(-20, 20), seed=1)
        clone = pickle.loads(pickle.dumps(aug))
        image = _ramp((8, 8, 3))
        assert np.array_equal(aug(image=image), clone(image=image))


# ------------------------------------------------------------------------------
# shortcuts
# ------------------------------------------------------------------------------
class TestShortcuts:
    def test_scale_x_and_y(self):
        assert np.allclose(_aug_xy(ScaleX(2.0), (12, 7)), [[14, 7]])
        assert np.allclose(_aug_xy(ScaleY(2.0), (12, 7)), [[12, 9]])

    def test_translate_x_and_y(self):
        assert np.allclose(_aug_xy(TranslateX(px=3), (1, 1)), [[4, 1]])
        assert np.allclose(_aug_xy(TranslateX(percent=0.1), (1, 1)), [[3, 1]])
        assert np.allclose(_aug_xy(TranslateY(px=-1), (1, 1)), [[1, 0]])
        assert np.allclose(_aug_xy(TranslateY(percent=0.5), (1, 1)), [[1, 6]])

    def test_translate_defaults(self):
        aug = TranslateX()
        assert aug.translate[2] == "percent"
        assert isinstance(aug.translate[0], iap.Uniform)
        assert aug.translate[0].a.value == -0.25
        assert aug.translate[1].value == 0
        with pytest.raises(ValueError, match="translate"):
            TranslateY(percent=0.1, px=1)

    def test_rotate(self):
        assert np.allclose(_aug_xy(Rotate(90), (15, 5)), [[10, 10]])
        assert Rotate().rotate.a.value == -30

    def test_shear_x_and_y(self):
        assert np.allclose(
            _aug_xy(ShearX(30), (10, 9)), _aug_xy(Affine(shear={"x": 30}), (10, 9))
        )
        assert np.allclose(
            _aug_xy(ShearY(30), (14, 5)), [[10 + 4 * np.cos(np.pi / 6), 7]], atol=1e-4
        )

    @pytest.mark.parametrize(
        "cls", [ScaleX, ScaleY, TranslateX, TranslateY, Rotate, ShearX, ShearY]
    )
    def test_forward_common_arguments(self, cls):
        aug = cls(order=0, cval=5, mode="edge", fit_output=True, backend="cv2")
        assert isinstance(aug, Affine)
        assert aug.order.value == 0 and aug.cval.value == 5
        assert aug.mode.value == "edge"
        assert aug.fit_output is True and aug.backend == "cv2"
        assert aug.name == f"Unnamed{cls.__name__}"


# ------------------------------------------------------------------------------
# AffineCv2
# ------------------------------------------------------------------------------
def _affine_cv2(**kwargs):
    with pytest.warns(ia.DeprecationWarning, match="AffineCv2"):
        return AffineCv2(**kwargs)


class TestAffineCv2:
    def test_deprecated(self):
        aug = _affine_cv2(rotate=10)
        assert len(aug.get_parameters()) == 7

    def test_rotate_90_on_3x3(self):
        image = _ramp((3, 3, 1))
        observed = _affine_cv2(rotate=90, order="nearest")(image=image)
        assert observed[:, :, 0].tolist() == [[6, 3, 0], [7, 4, 1], [8, 5, 2]]

    def test_keypoints_use_pixel_centre_of_image(self):
        observed = _aug_xy(_affine_cv2(rotate=90), (15, 5))
        assert np.allclose(observed, [[9, 10]])

    def test_translate_fraction_and_px(self):
        assert np.allclose(_aug_xy(_affine_cv2(translate_px=2), (1, 1)), [[3, 3]])
        aug = _affine_cv2(translate_percent={"x": 0.12})
        assert np.allclose(_aug_xy(aug, (1, 1)), [[3, 1]])  # round(0.12 * 20) = 2

    def test_translate_image_cval_mode(self):
        image = np.full((3, 3, 3), 100, dtype=np.uint8)
        observed = _affine_cv2(translate_px={"x": 1}, cval=7)(image=image)
        assert np.all(observed[:, 0] == 7) and np.all(observed[:, 1:] == 100)
        image[:, 0] = 50
        edged = _affine_cv2(translate_px={"x": 1}, mode="replicate")(image=image)
        assert np.all(edged[:, 0:2] == 50)

    def test_maps(self):
        segmap = SegmentationMapsOnImage(np.full((4, 4), 2, np.int32), shape=(4, 4, 3))
        heatmap = HeatmapsOnImage(np.ones((4, 4, 1), np.float32), shape=(4, 4, 3))
        aug = _affine_cv2(translate_px={"x": 1}, cval=9, order="cubic")
        sm_aug, hm_aug = aug(segmentation_maps=segmap, heatmaps=heatmap)
        assert np.all(sm_aug.arr[:, 0] == 0) and np.all(sm_aug.arr[:, 1:] == 2)
        assert np.all(hm_aug.arr_0to1[:, 0] == 0)
        assert hm_aug.arr_0to1.max() <= 1.0

    def test_all_and_lists(self):
        aug = _affine_cv2(order=ia.ALL, mode=ia.ALL, cval=ia.ALL)
        assert isinstance(aug.order, iap.Choice) and len(aug.order.a) == 4
        assert isinstance(aug.mode, iap.Choice) and len(aug.mode.a) == 5
        assert isinstance(aug.cval, iap.DiscreteUniform)
        image = _ramp((6, 6, 3))
        observed = _affine_cv2(
            rotate=(-20, 20), order=ia.ALL, mode=["wrap", "reflect_101"]
        )(images=[image] * 4)
        assert all(img.shape == (6, 6, 3) for img in observed)

    @pytest.mark.parametrize(
        ("kwargs", "name"),
        [
            ({"order": "area"}, "order"),
            ({"order": 99}, "order"),
            ({"mode": "edge"}, "mode"),
            ({"cval": 300}, "cval"),
        ],
    )
    def test_errors_name_the_argument(self, kwargs, name):
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(ValueError, match=name):
                AffineCv2(**kwargs)

    def test_neutral_is_noop(self):
        image = _ramp((4, 4, 3))
        assert np.array_equal(_affine_cv2()(image=image), image)


def test_module_exports():
    for name in geo.__all__:
        assert hasattr(geo, name)
