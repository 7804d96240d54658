"""Tests for imgaug.augmenters.size."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import crop as kcrop
from imgaug._kernels import pad as kpad
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import flip, meta, size

ALL_DTYPES = [
    "bool",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
]
RESIZABLE_DTYPES = [
    "bool",
    "uint8",
    "uint16",
    "int8",
    "int16",
    "float16",
    "float32",
    "float64",
]
NOT_RESIZABLE_DTYPES = ["uint32", "uint64", "int32", "int64"]


def _arange_image(height, width, channels=None, dtype=np.uint8):
    shape = (height, width) if channels is None else (height, width, channels)
    return (np.arange(int(np.prod(shape))) % 200 + 1).reshape(shape).astype(dtype)


def _kps(xy, shape):
    return KeypointsOnImage([Keypoint(x, y) for x, y in xy], shape=shape)


# ---------------------------------------------------------------------------------
# module level: names, re-exports, deprecated Scale
# ---------------------------------------------------------------------------------
def test_all_names_exist():
    for name in size.__all__:
        assert hasattr(size, name), name
    assert len(size.__all__) == 35


def test_pad_functions_are_reexported_kernels():
    assert size.pad is kpad.pad
    assert size.pad_to_aspect_ratio is kpad.pad_to_aspect_ratio
    assert size.pad_to_multiples_of is kpad.pad_to_multiples_of
    assert size.compute_paddings_to_reach_powers_of is (
        kpad.compute_paddings_to_reach_powers_of
    )
    assert size.compute_croppings_to_reach_aspect_ratio is (
        kcrop.compute_croppings_to_reach_aspect_ratio
    )


def test_compute_functions_via_size_module():
    arr = np.zeros((5, 8), dtype=np.uint8)
    assert size.compute_paddings_to_reach_aspect_ratio(arr, 2.0) == (0, 1, 0, 1)
    assert size.compute_croppings_to_reach_aspect_ratio(arr, 1.0) == (0, 2, 0, 1)
    assert size.compute_paddings_to_reach_multiples_of(arr, 4, 3) == (1, 1, 2, 0)
    assert size.compute_croppings_to_reach_multiples_of(arr, 4, 3) == (0, 1, 1, 1)
    assert size.compute_paddings_to_reach_powers_of(arr, 2, 3) == (1, 1, 2, 0)
    assert size.compute_croppings_to_reach_powers_of(arr, 2, 3) == (0, 3, 1, 2)


def test_scale_is_deprecated_resize():
    with pytest.warns(ia.DeprecationWarning, match="Resize"):
        aug = size.Scale(2)
    assert isinstance(aug, size.Resize)
    assert aug(image=np.zeros((4, 4, 3), dtype=np.uint8)).shape == (2, 2, 3)


# ---------------------------------------------------------------------------------
# argument handlers
# ---------------------------------------------------------------------------------
class TestHandlePositionParameter:
    def test_uniform(self):
        px, py = size._handle_position_parameter("uniform")
        assert isinstance(px, iap.Uniform)
        assert isinstance(py, iap.Uniform)
        assert px is not py

    def test_normal(self):
        px, py = size._handle_position_parameter("normal")
        assert isinstance(px, iap.Clip)
        samples = px.draw_samples((500,), random_state=1)
        assert samples.min() >= 0.0
        assert samples.max() <= 1.0
        assert 0.4 < samples.mean() < 0.6

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("center", (0.5, 0.5)),
            ("left-top", (0.0, 0.0)),
            ("center-top", (0.5, 0.0)),
            ("right-top", (1.0, 0.0)),
            ("left-center", (0.0, 0.5)),
            ("center-center", (0.5, 0.5)),
            ("right-bottom", (1.0, 1.0)),
            ("left-bottom", (0.0, 1.0)),
        ],
    )
    def test_named(self, name, expected):
        px, py = size._handle_position_parameter(name)
        assert isinstance(px, iap.Deterministic)
        assert (px.value, py.value) == expected

    def test_tuple_and_parameter(self):
        param = iap.Uniform(0.2, 0.3)
        px, py = size._handle_position_parameter((0.25, param))
        assert px.value == 0.25
        assert py is param
        single = iap.Uniform(0, 1)
        assert size._handle_position_parameter(single) is single

    @pytest.mark.parametrize(
        "value", ["top-left", "foo", (0.5, 1.5), (0.1,), (0.1, "a"), 0.5, None]
    )
    def test_bad_values_raise(self, value):
        with pytest.raises((ValueError, TypeError), match="position"):
            size._handle_position_parameter(value)


class TestHandlePadMode:
    def test_all(self):
        param = size._handle_pad_mode_param(ia.ALL)
        assert isinstance(param, iap.Choice)
        assert set(param.a) == set(kpad.PAD_MODES)

    def test_string_and_list(self):
        assert size._handle_pad_mode_param("edge").value == "edge"
        param = size._handle_pad_mode_param(["edge", "wrap"])
        assert isinstance(param, iap.Choice)

    @pytest.mark.parametrize("value", ["foo", ["edge", "foo"], 1, None])
    def test_bad_values_raise(self, value):
        with pytest.raises((ValueError, TypeError), match="pad_mode"):
            size._handle_pad_mode_param(value)


def test_pad_cval_floats_become_ints():
    assert size._handle_pad_cval_param(2.7).value == 2
    param = size._handle_pad_cval_param((1.5, 4.2))
    assert isinstance(param, iap.DiscreteUniform)
    assert (param.a.value, param.b.value) == (1, 4)


# ---------------------------------------------------------------------------------
# CropAndPad
# ---------------------------------------------------------------------------------
class TestCropAndPadArguments:
    def test_default_is_percent(self):
        aug = size.CropAndPad()
        assert aug.mode == "percent"
        assert isinstance(aug.all_sides, iap.Uniform)
        assert aug.all_sides.a.value == -0.1
        assert aug.all_sides.b.value == 0.1
        assert aug.keep_size is True
        assert aug.sample_independently is True

    def test_px_int(self):
        aug = size.CropAndPad(px=3)
        assert aug.mode == "px"
        assert isinstance(aug.all_sides, iap.Deterministic)
        assert aug.all_sides.value == 3
        assert aug.top is None

    def test_px_tuple_of_two(self):
        aug = size.CropAndPad(px=(-2, 3))
        assert isinstance(aug.all_sides, iap.DiscreteUniform)

    def test_px_tuple_of_four(self):
        param = iap.Deterministic(5)
        aug = size.CropAndPad(px=(1, (2, 3), [4, 5], param))
        assert aug.all_sides is None
        assert aug.top.value == 1
        assert isinstance(aug.right, iap.DiscreteUniform)
        assert isinstance(aug.bottom, iap.Choice)
        assert aug.left is param

    def test_px_parameter_used_per_side(self):
        param = iap.DiscreteUniform(0, 3)
        aug = size.CropAndPad(px=param)
        assert aug.all_sides is None
        assert aug.top is param and aug.left is param

    def test_percent_forms(self):
        aug = size.CropAndPad(percent=(0.1, (0.0, 0.2), [0.1, 0.3], -0.5))
        assert aug.mode == "percent"
        assert aug.top.value == 0.1
        assert isinstance(aug.right, iap.Uniform)
        assert isinstance(aug.bottom, iap.Choice)
        assert aug.left.value == -0.5

    def test_get_parameters(self):
        aug = size.CropAndPad(px=(1, 2, 3, 4), pad_mode="edge", pad_cval=7)
        params = aug.get_parameters()
        assert params[0] is None
        assert [p.value for p in params[1:5]] == [1, 2, 3, 4]
        assert params[5].value == "edge"
        assert params[6].value == 7
        assert params[5] is aug.pad_mode

    def test_noop_mode_of_handler(self):
        result = size.CropAndPad._handle_px_and_percent_args(None, None)
        assert result == ("noop", None, None, None, None, None)

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"px": 1, "percent": 0.1}, "px"),
            ({"px": 1.5}, "px"),
            ({"px": (1, 2, 3)}, "px"),
            ({"px": (1.0, 2)}, "px"),
            ({"px": [1, 2]}, "px"),
            ({"px": (1, 2, [], 4)}, "px"),
            ({"px": (1, 2, "a", 4)}, "px"),
            ({"percent": -1.0}, "percent"),
            ({"percent": (-1.5, 0.2)}, "percent"),
            ({"percent": (0.1, 0.2, [0.1, -2.0], 0.0)}, "percent"),
            ({"percent": "a"}, "percent"),
            ({"pad_mode": "foo"}, "pad_mode"),
            ({"pad_cval": "a"}, "pad_cval"),
        ],
    )
    def test_bad_arguments_raise(self, kwargs, match):
        with pytest.raises((ValueError, TypeError), match=match):
            size.CropAndPad(**kwargs)


class TestCropAndPadImages:
    @pytest.mark.parametrize(
        ("px", "expected"),
        [
            ((1, 0, 0, 0), [[0, 0, 0], [1, 2, 3], [4, 5, 6]]),
            ((0, 1, 0, 0), [[1, 2, 3, 0], [4, 5, 6, 0]]),
            ((0, 0, 1, 0), [[1, 2, 3], [4, 5, 6], [0, 0, 0]]),
            ((0, 0, 0, 1), [[0, 1, 2, 3], [0, 4, 5, 6]]),
            ((-1, 0, 0, 0), [[4, 5, 6]]),
            ((0, -1, 0, 0), [[1, 2], [4, 5]]),
            ((0, 0, -1, 0), [[1, 2, 3]]),
            ((0, 0, 0, -1), [[2, 3], [5, 6]]),
            ((-1, 1, 0, -2), [[6, 0]]),
        ],
    )
    def test_px_per_side_exact(self, px, expected):
        arr = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.uint8)
        result = size.CropAndPad(px=px, keep_size=False)(image=arr)
        assert result.tolist() == expected

    def test_px_int_all_sides(self):
        arr = np.array([[5]], dtype=np.uint8)
        result = size.CropAndPad(px=1, pad_cval=2, keep_size=False)(image=arr)
        assert result.tolist() == [[2, 2, 2], [2, 5, 2], [2, 2, 2]]

    def test_px_list_side(self):
        arr = np.ones((2, 2), dtype=np.uint8)
        aug = size.CropAndPad(px=(0, 0, 0, [1, 3]), keep_size=False, seed=1)
        widths = {aug(image=arr).shape[1] for _ in range(30)}
        assert widths == {3, 5}

    def test_px_tuple_range_sampled_per_side(self):
        arr = np.ones((2, 2), dtype=np.uint8)
        aug = size.CropAndPad(px=(0, 2), keep_size=False, seed=2)
        images = aug(images=[arr] * 100)
        shapes = {image.shape for image in images}
        heights = {s[0] for s in shapes}
        assert heights == {2, 3, 4, 5, 6}
        assert any(s[0] != s[1] for s in shapes)

    def test_sample_independently_false(self):
        arr = np.ones((2, 2), dtype=np.uint8)
        aug = size.CropAndPad(
            px=(0, 3), keep_size=False, sample_independently=False, seed=3
        )
        images = aug(images=[arr] * 40)
        assert all(image.shape[0] == image.shape[1] for image in images)
        for image in images:
            amount = (image.shape[0] - 2) // 2
            assert image[amount : amount + 2, amount : amount + 2].all()
        assert len({image.shape for image in images}) > 1

    def test_percent_exact(self):
        arr = np.ones((4, 8), dtype=np.uint8)
        aug = size.CropAndPad(percent=(0.25, 0.25, 0, -0.25), keep_size=False)
        result = aug(image=arr)
        # top: round(4*0.25)=1 pad; right: round(8*0.25)=2 pad; left: 2 crop
        assert result.shape == (5, 8)
        assert result[0].tolist() == [0] * 8
        assert result[1:].tolist() == [[1] * 6 + [0, 0]] * 4

    def test_percent_rounding(self):
        arr = np.ones((10, 10), dtype=np.uint8)
        # 10 * 0.15 = 1.5 -> rounds to even: 2; 10 * 0.25 = 2.5 -> 2
        result = size.CropAndPad(percent=(0.15, 0.25, 0, 0), keep_size=False)(image=arr)
        assert result.shape == (12, 12)

    def test_pad_modes(self):
        arr = np.array([[1, 2, 3]], dtype=np.uint8)
        aug = size.CropAndPad(px=(0, 1, 0, 1), pad_mode="edge", keep_size=False)
        assert aug(image=arr).tolist() == [[1, 1, 2, 3, 3]]
        aug = size.CropAndPad(px=(0, 2, 0, 0), pad_mode="reflect", keep_size=False)
        assert aug(image=arr).tolist() == [[1, 2, 3, 2, 1]]

    def test_pad_mode_sampled_per_image(self):
        arr = np.array([[1, 2, 3]], dtype=np.uint8)
        aug = size.CropAndPad(
            px=(0, 1, 0, 0), pad_mode=["edge", "constant"], keep_size=False, seed=4
        )
        last = {int(image[0, -1]) for image in aug(images=[arr] * 40)}
        assert last == {0, 3}

    def test_pad_mode_all(self):
        arr = np.array([[1, 2, 3]], dtype=np.uint8)
        aug = size.CropAndPad(
            px=(0, 1, 0, 0), pad_mode=ia.ALL, pad_cval=9, keep_size=False, seed=5
        )
        last = {int(image[0, -1]) for image in aug(images=[arr] * 100)}
        assert {9, 3, 1, 2} <= last

    def test_pad_cval_sampled_per_image(self):
        arr = np.array([[1]], dtype=np.uint8)
        aug = size.CropAndPad(px=(0, 1, 0, 0), pad_cval=(5, 7), keep_size=False, seed=6)
        values = {int(image[0, 1]) for image in aug(images=[arr] * 60)}
        assert values == {5, 6, 7}

    def test_crop_never_removes_everything(self):
        arr = _arange_image(3, 3)
        result = size.CropAndPad(px=-5, keep_size=False)(image=arr)
        assert result.shape == (1, 1)
        # H=3, 5+5 -> remaining -7 -> regain 8 -> 4 each -> crop 1 top, 1 bottom
        assert result.tolist() == [[arr[1, 1]]]

    def test_crop_big_one_sided(self):
        arr = _arange_image(4, 4)
        result = size.CropAndPad(px=(0, 0, -10, 0), keep_size=False)(image=arr)
        assert result.tolist() == [arr[0].tolist()]

    def test_keep_size_crop_uses_area_like_imresize(self):
        arr = _arange_image(6, 6, 3)
        result = size.CropAndPad(px=(-1, 0, 0, 0))(image=arr)
        expected = ia.imresize_single_image(arr[1:], (6, 6))
        assert result.shape == arr.shape
        assert np.array_equal(result, expected)

    def test_keep_size_pad(self):
        arr = _arange_image(6, 6, 3)
        result = size.CropAndPad(px=(0, 0, 2, 0), pad_cval=0)(image=arr)
        expected = ia.imresize_single_image(
            np.pad(arr, ((0, 2), (0, 0), (0, 0))), (6, 6)
        )
        assert np.array_equal(result, expected)

    def test_keep_size_list_input(self):
        images = [_arange_image(6, 6, 3), _arange_image(5, 7, 1)]
        result = size.CropAndPad(px=(-1, 1, 0, 0))(images=images)
        assert isinstance(result, list)
        assert [r.shape for r in result] == [(6, 6, 3), (5, 7, 1)]

    def test_array_input_stays_array_if_shapes_agree(self):
        images = np.ones((3, 4, 4, 3), dtype=np.uint8)
        result = size.CropAndPad(px=(1, 0, 0, 0), keep_size=False)(images=images)
        assert isinstance(result, np.ndarray)
        assert result.shape == (3, 5, 4, 3)
        result = size.CropAndPad(px=(0, 2), keep_size=False, seed=1)(images=images)
        assert isinstance(result, list)

    def test_2d_image(self):
        arr = _arange_image(4, 4)
        result = size.CropAndPad(px=(0, 0, 0, 1), keep_size=False)(image=arr)
        assert result.shape == (4, 5)

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_dtypes_keep_size_false(self, dtype):
        arr = np.zeros((3, 3), dtype=dtype)
        arr[1, 1] = 1
        result = size.CropAndPad(px=(-1, 1, 0, 0), keep_size=False)(image=arr)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == (2, 4)
        assert result[0, 1] == 1
        assert result.sum() == 1

    @pytest.mark.parametrize("dtype", RESIZABLE_DTYPES)
    def test_dtypes_keep_size_true(self, dtype):
        arr = np.ones((4, 4, 3), dtype=dtype)
        result = size.CropAndPad(px=(-1, 0, 0, 0))(image=arr)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == (4, 4, 3)
        # cv2's area interpolation may be off by one float64 ulp
        assert np.allclose(result.astype(np.float64), 1.0)

    @pytest.mark.parametrize("dtype", NOT_RESIZABLE_DTYPES)
    def test_dtypes_keep_size_true_disallowed(self, dtype):
        arr = np.ones((4, 4, 3), dtype=dtype)
        with pytest.raises(ValueError, match=dtype):
            size.CropAndPad(px=(-1, 0, 0, 0))(image=arr)
        # deterministic: raised even if no row changes
        with pytest.raises(ValueError, match=dtype):
            size.CropAndPad(px=0)(image=arr)

    @pytest.mark.parametrize(
        "shape", [(0, 0), (0, 1), (1, 0), (0, 1, 0), (1, 0, 0), (0, 0, 1), (2, 2, 0)]
    )
    @pytest.mark.parametrize("keep_size", [True, False])
    def test_zero_sized_images(self, shape, keep_size):
        arr = np.zeros(shape, dtype=np.uint8)
        result = size.CropAndPad(px=(-1, 0, 0, 0), keep_size=keep_size)(image=arr)
        if keep_size:
            assert result.shape == shape
        else:
            # only an axis of size zero is left uncropped (one pixel always stays)
            height = shape[0] - 1 if shape[0] > 1 else shape[0]
            assert result.shape == (height,) + shape[1:]
        result = size.CropAndPad(px=(1, 0, 0, 0), keep_size=keep_size)(image=arr)
        if keep_size:
            assert result.shape == shape
        else:
            assert result.shape == (shape[0] + 1,) + shape[1:]

    @pytest.mark.parametrize("keep_size", [True, False])
    def test_one_by_one(self, keep_size):
        arr = np.full((1, 1, 3), 7, dtype=np.uint8)
        result = size.CropAndPad(px=(-3, -3, 0, 0), keep_size=keep_size)(image=arr)
        assert result.tolist() == [[[7, 7, 7]]]

    def test_no_mutation(self):
        arr = _arange_image(5, 5, 3)
        before = arr.copy()
        images = np.stack([arr, arr])
        images_before = images.copy()
        size.CropAndPad(px=(-1, 1, -1, 1))(image=arr)
        size.CropAndPad(px=(-1, 1, -1, 1), keep_size=False)(images=images)
        assert np.array_equal(arr, before)
        assert np.array_equal(images, images_before)

    def test_unchanged_rows_are_not_views_of_input(self):
        arr = _arange_image(3, 3)
        result = size.CropAndPad(px=0, keep_size=False)(image=arr)
        assert np.array_equal(result, arr)
        assert not np.shares_memory(result, arr)


class TestCropAndPadOtherKinds:
    def test_keypoints_keep_size_false(self):
        kpsoi = _kps([(1, 1), (0, 3)], shape=(4, 4, 3))
        result = size.CropAndPad(px=(1, 0, 0, -1), keep_size=False)(keypoints=kpsoi)
        assert result.to_xy_array().tolist() == [[0, 2], [-1, 4]]
        assert result.shape == (5, 3, 3)

    def test_keypoints_keep_size_true(self):
        kpsoi = _kps([(1, 1)], shape=(4, 4))
        result = size.CropAndPad(px=(1, 0, 0, -1))(keypoints=kpsoi)
        xy = result.to_xy_array()
        assert xy[0, 0] == pytest.approx(0.0)
        assert xy[0, 1] == pytest.approx(2 * 4 / 5)
        assert result.shape == (4, 4)

    def test_keypoints_keep_size_scaling(self):
        kpsoi = _kps([(3, 2)], shape=(4, 8))
        # crop 2 left, 2 right -> width 4 -> x=1 -> back to width 8 -> x=2
        result = size.CropAndPad(px=(0, -2, 0, -2))(keypoints=kpsoi)
        assert result.to_xy_array().tolist() == [[2, 2]]

    def test_bounding_boxes(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 1, 3, 2)], shape=(4, 4))
        result = size.CropAndPad(px=(2, 0, 0, -1), keep_size=False)(
            bounding_boxes=bbsoi
        )
        bb = result.bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (0, 3, 2, 4)
        assert result.shape == (6, 3)

    def test_polygons_and_line_strings(self):
        psoi = PolygonsOnImage([Polygon([(1, 1), (3, 1), (3, 3)])], shape=(4, 4))
        lsoi = LineStringsOnImage([LineString([(0, 0), (2, 2)])], shape=(4, 4))
        psoi_aug, lsoi_aug = size.Pad(px=(1, 0, 0, 2), keep_size=False)(
            polygons=psoi, line_strings=lsoi
        )
        assert psoi_aug.polygons[0].exterior.tolist() == [[3, 2], [5, 2], [5, 4]]
        assert lsoi_aug.line_strings[0].coords.tolist() == [[2, 1], [4, 3]]
        assert psoi_aug.shape == (5, 6)

    def test_polygons_keep_size(self):
        psoi = PolygonsOnImage([Polygon([(0, 0), (4, 0), (4, 4)])], shape=(4, 4))
        result = size.Pad(px=(0, 4, 0, 0))(polygons=psoi)
        # padded to width 8, projected back: x halves
        assert result.polygons[0].exterior.tolist() == [[0, 0], [2, 0], [2, 4]]
        assert result.shape == (4, 4)

    def test_heatmaps_same_size(self):
        arr = np.float32([[0.5, 1.0], [0.25, 0.0]])
        hm = HeatmapsOnImage(arr, shape=(2, 2))
        result = size.CropAndPad(px=(1, 0, 0, -1), pad_cval=200, keep_size=False)(
            heatmaps=hm
        )
        assert result.get_arr().tolist() == [[0.0], [1.0], [0.0]]
        assert result.shape == (3, 1)

    def test_heatmaps_lower_resolution(self):
        hm = HeatmapsOnImage(np.ones((2, 2), dtype=np.float32), shape=(4, 4))
        result = size.CropAndPad(px=(2, 0, 0, -2), keep_size=False)(heatmaps=hm)
        # image: pad top 2, crop left 2 -> map: pad top 1, crop left 1
        assert result.get_arr().tolist() == [[0.0], [1.0], [1.0]]
        assert result.shape == (6, 2)

    def test_heatmaps_keep_size(self):
        hm = HeatmapsOnImage(np.ones((4, 4), dtype=np.float32), shape=(8, 8))
        result = size.CropAndPad(px=(-2, 0, 0, 0))(heatmaps=hm)
        assert result.arr_0to1.shape == (4, 4, 1)
        assert result.shape == (8, 8)
        assert np.allclose(result.get_arr(), 1.0)

    def test_segmaps(self):
        segmap = SegmentationMapsOnImage(np.int32([[1, 2], [3, 4]]), shape=(2, 2))
        result = size.CropAndPad(px=(0, 1, -1, 0), keep_size=False)(
            segmentation_maps=segmap
        )
        assert result.get_arr().tolist() == [[1, 2, 0]]
        assert result.shape == (1, 3)

    def test_segmaps_keep_size_nearest(self):
        arr = np.int32([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]])
        segmap = SegmentationMapsOnImage(arr, shape=(4, 4))
        result = size.CropAndPad(px=(0, -2, 0, 0))(segmentation_maps=segmap)
        assert set(np.unique(result.get_arr()).tolist()) == {1, 3}
        assert result.get_arr().shape == (4, 4)

    def test_images_and_maps_aligned(self):
        image = np.zeros((8, 8), dtype=np.uint8)
        image[0, 0] = 255
        segarr = np.zeros((8, 8), dtype=np.int32)
        segarr[0, 0] = 1
        aug = size.CropAndPad(px=(0, 3), keep_size=False, seed=9)
        images = [image] * 20
        segmaps = [SegmentationMapsOnImage(segarr, shape=(8, 8)) for _ in range(20)]
        kps = [_kps([(0.5, 0.5)], shape=(8, 8)) for _ in range(20)]
        images_aug, segmaps_aug, kps_aug = aug(
            images=images, segmentation_maps=segmaps, keypoints=kps
        )
        for img, segmap, kpsoi in zip(images_aug, segmaps_aug, kps_aug):
            assert np.array_equal(img == 255, segmap.get_arr() == 1)
            y, x = np.argwhere(img == 255)[0]
            assert kpsoi.to_xy_array().tolist() == [[x + 0.5, y + 0.5]]
            assert kpsoi.shape == img.shape == segmap.shape

    def test_images_only_equals_with_keypoints(self):
        images = np.stack([_arange_image(6, 6, 3)] * 8)
        kps = [_kps([(1, 1)], shape=(6, 6, 3))] * 8
        a = size.CropAndPad(px=(-2, 2), seed=11)(images=images)
        b, _ = size.CropAndPad(px=(-2, 2), seed=11)(images=images, keypoints=kps)
        assert np.array_equal(a, b)

    def test_same_seed_same_output(self):
        images = [_arange_image(6, 6, 3)] * 8
        a = size.CropAndPad(percent=(-0.3, 0.3), keep_size=False, seed=3)(images=images)
        b = size.CropAndPad(percent=(-0.3, 0.3), keep_size=False, seed=3)(images=images)
        assert all(np.array_equal(x, y) for x, y in zip(a, b))

    def test_to_deterministic_aligns_calls(self):
        det = size.CropAndPad(px=(-2, 2), keep_size=False, seed=2).to_deterministic()
        image = _arange_image(6, 6, 3)
        kpsoi = _kps([(1, 1)], shape=image.shape)
        image_aug = det(image=image)
        kps_aug = det(keypoints=kpsoi)
        assert kps_aug.shape == image_aug.shape

    def test_keypoints_not_mutated(self):
        kpsoi = _kps([(1, 1)], shape=(4, 4))
        size.CropAndPad(px=(1, 0, 0, -1))(keypoints=kpsoi)
        assert kpsoi.to_xy_array().tolist() == [[1, 1]]
        assert kpsoi.shape == (4, 4)

    def test_empty_keypoints(self):
        kpsoi = KeypointsOnImage([], shape=(4, 4))
        result = size.CropAndPad(px=(1, 0, 0, 0), keep_size=False)(keypoints=kpsoi)
        assert result.shape == (5, 4)
        assert len(result.keypoints) == 0

    def test_pickle(self):
        aug = size.CropAndPad(px=(-2, 2), seed=1)
        images = np.stack([_arange_image(6, 6, 3)] * 3)
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(images=images), restored(images=images))

    def test_kernel_is_patchable(self, monkeypatch):
        calls = []
        original = size.pad

        def spy(arr, *args, **kwargs):
            calls.append(arr.shape)
            return original(arr, *args, **kwargs)

        monkeypatch.setattr(size, "pad", spy)
        size.CropAndPad(px=(1, 0, 0, 0))(image=np.zeros((2, 2), dtype=np.uint8))
        assert calls == [(2, 2, 1)]


# ---------------------------------------------------------------------------------
# Pad / Crop
# ---------------------------------------------------------------------------------
class TestPad:
    def test_default(self):
        aug = size.Pad()
        assert isinstance(aug.all_sides, iap.Uniform)
        assert (aug.all_sides.a.value, aug.all_sides.b.value) == (0.0, 0.1)

    def test_exact(self):
        arr = np.array([[1, 2]], dtype=np.uint8)
        result = size.Pad(px=(1, 0, 0, 1), pad_cval=5, keep_size=False)(image=arr)
        assert result.tolist() == [[5, 5, 5], [5, 1, 2]]

    def test_only_pads(self):
        aug = size.Pad(px=(0, 3), keep_size=False, seed=1)
        images = aug(images=[np.ones((3, 3), dtype=np.uint8)] * 20)
        assert all(img.shape[0] >= 3 and img.shape[1] >= 3 for img in images)

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"px": -1}, "px"),
            ({"px": (0, -1)}, "px"),
            ({"px": (0, 0, [1, -1], 0)}, "px"),
            ({"percent": -0.1}, "percent"),
            ({"percent": (0.1, 0.1, 0.1, (-0.1, 0.2))}, "percent"),
            ({"px": "a"}, "px"),
        ],
    )
    def test_negative_values_raise(self, kwargs, match):
        with pytest.raises((ValueError, TypeError), match=match):
            size.Pad(**kwargs)

    def test_parameter_passed_unchanged(self):
        param = iap.Deterministic(2)
        assert size.Pad(px=param).top is param


class TestCrop:
    def test_default(self):
        aug = size.Crop()
        assert aug.mode == "percent"
        assert (aug.all_sides.a.value, aug.all_sides.b.value) == (0.0, -0.1)

    def test_values_negated(self):
        aug = size.Crop(px=(0, 16))
        assert isinstance(aug.all_sides, iap.DiscreteUniform)
        assert (aug.all_sides.a.value, aug.all_sides.b.value) == (0, -16)
        aug = size.Crop(px=(1, (2, 3), [4, 5], 6))
        assert aug.top.value == -1
        assert (aug.right.a.value, aug.right.b.value) == (-2, -3)
        assert aug.left.value == -6

    def test_parameter_multiplied(self):
        param = iap.Deterministic(2)
        aug = size.Crop(px=param)
        assert isinstance(aug.top, iap.Multiply)
        images = aug(
            images=[np.ones((6, 6), dtype=np.uint8)],
        )
        assert aug.get_parameters()[1] is aug.top
        result = size.Crop(px=param, keep_size=False)(image=np.ones((6, 6), np.uint8))
        assert result.shape == (2, 2)
        assert images[0].shape == (6, 6)

    def test_exact(self):
        arr = _arange_image(3, 4)
        result = size.Crop(px=(1, 1, 0, 2), keep_size=False)(image=arr)
        assert result.tolist() == arr[1:, 2:3].tolist()

    def test_percent_exact(self):
        arr = _arange_image(4, 4)
        result = size.Crop(percent=(0.25, 0, 0, 0.5), keep_size=False)(image=arr)
        assert result.tolist() == arr[1:, 2:].tolist()

    def test_keep_size_default(self):
        arr = _arange_image(8, 8, 3)
        result = size.Crop(px=(0, 3))(image=arr)
        assert result.shape == (8, 8, 3)

    def test_no_pad_arguments(self):
        with pytest.raises(TypeError):
            size.Crop(px=1, pad_mode="edge")

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"px": -1}, "px"),
            ({"px": (0, -1)}, "px"),
            ({"percent": (0.1, 0.1, 0.1, [-0.1])}, "percent"),
            ({"percent": 1.0}, "percent"),  # -1.0 is not > -1
        ],
    )
    def test_bad_values_raise(self, kwargs, match):
        with pytest.raises((ValueError, TypeError), match=match):
            size.Crop(**kwargs)

    # issue 18, item 9: an axis of size zero does not stop the other one's crop
    @pytest.mark.parametrize(
        ("shape", "px", "expected", "xy"),
        [
            ((0, 2), (0, 1, 0, 0), (0, 1), (0.5, 0.5)),
            ((0, 2), (1, 1, 1, 1), (0, 1), (-0.5, 0.5)),
            ((2, 0), (1, 1, 1, 1), (1, 0), (0.5, 0.5)),
            ((0, 5, 1), (0, 1, 0, 2), (0, 2, 1), (-1.5, 0.5)),
            ((5, 0, 3), (3, 0, 0, 0), (2, 0, 3), (0.5, -2.5)),
            ((3, 5, 0), (1, 1, 1, 1), (1, 3, 0), (-0.5, -0.5)),
        ],
    )
    def test_zero_sized_axis_other_axis_cropped(self, shape, px, expected, xy):
        image = np.zeros(shape, dtype=np.uint8)
        kpsoi = _kps([(0.5, 0.5)], shape=shape)
        aug = size.Crop(px=px, keep_size=False)
        image_aug, kps_aug = aug(image=image, keypoints=kpsoi)
        assert image_aug.shape == expected
        assert kps_aug.shape == expected
        assert kps_aug.to_xy_array().tolist() == [list(xy)]

    def test_zero_sized_axis_keep_size(self):
        # the shape is kept; coordinates are scaled along the axis with pixels
        image = np.zeros((0, 4, 3), dtype=np.uint8)
        kpsoi = _kps([(1.5, 0.5)], shape=image.shape)
        aug = size.Crop(px=(1, 1, 1, 1), keep_size=True)
        image_aug, kps_aug = aug(image=image, keypoints=kpsoi)
        assert image_aug.shape == (0, 4, 3)
        assert kps_aug.shape == (0, 4, 3)
        assert kps_aug.to_xy_array().tolist() == [[1.0, 0.5]]

    def test_crop_px_batch(self):
        images = np.stack([_arange_image(16, 16, 3)] * 4)
        result = size.Crop(px=(0, 16), keep_size=False, seed=1)(images=images)
        assert all(img.shape[0] >= 1 and img.shape[1] >= 1 for img in result)


# ---------------------------------------------------------------------------------
# Resize
# ---------------------------------------------------------------------------------
class TestResize:
    def test_int(self):
        result = size.Resize(2)(image=np.zeros((4, 6, 3), dtype=np.uint8))
        assert result.shape == (2, 2, 3)

    def test_float(self):
        result = size.Resize(0.5)(image=np.zeros((4, 6, 3), dtype=np.uint8))
        assert result.shape == (2, 3, 3)

    def test_float_minimum_one(self):
        result = size.Resize(0.01)(image=np.zeros((4, 6), dtype=np.uint8))
        assert result.shape == (1, 1)

    def test_tuple_int(self):
        aug = size.Resize((2, 4), seed=1)
        assert isinstance(aug.size, iap.DiscreteUniform)
        shapes = {img.shape for img in aug(images=[np.zeros((8, 8), np.uint8)] * 30)}
        assert shapes == {(2, 2), (3, 3), (4, 4)}

    def test_tuple_float(self):
        aug = size.Resize((0.5, 1.0))
        assert isinstance(aug.size, iap.Uniform)

    def test_list(self):
        aug = size.Resize([2, 5], seed=2)
        assert isinstance(aug.size, iap.Choice)
        shapes = {img.shape for img in aug(images=[np.zeros((8, 8), np.uint8)] * 30)}
        assert shapes == {(2, 2), (5, 5)}

    def test_array_in_list_out_when_sizes_differ(self):
        images = np.zeros((20, 8, 8, 3), dtype=np.uint8)
        result = size.Resize([2, 5], seed=2)(images=images)
        assert isinstance(result, list)
        result = size.Resize(3)(images=images)
        assert isinstance(result, np.ndarray)
        assert result.shape == (20, 3, 3, 3)

    @pytest.mark.parametrize("value", ["keep", {}, []])
    def test_keep(self, value):
        arr = _arange_image(3, 5, 3)
        aug = size.Resize(value)
        assert aug.size.value == "keep"
        assert np.array_equal(aug(image=arr), arr)

    def test_dict_height_width(self):
        aug = size.Resize({"height": 2, "width": 3})
        assert aug.size_order == "HW"
        assert aug(image=np.zeros((4, 4), np.uint8)).shape == (2, 3)
        aug = size.Resize({"height": 2})
        assert aug(image=np.zeros((4, 5), np.uint8)).shape == (2, 5)
        aug = size.Resize({"width": 0.5})
        assert aug(image=np.zeros((4, 6), np.uint8)).shape == (4, 3)

    def test_dict_keep_aspect_ratio(self):
        aug = size.Resize({"height": 4, "width": "keep-aspect-ratio"})
        assert aug(image=np.zeros((2, 6, 3), np.uint8)).shape == (4, 12, 3)
        aug = size.Resize({"height": "keep-aspect-ratio", "width": 3})
        assert aug(image=np.zeros((2, 6), np.uint8)).shape == (1, 3)
        aug = size.Resize({"height": 0.5, "width": "keep-aspect-ratio"})
        assert aug(image=np.zeros((4, 6), np.uint8)).shape == (2, 3)

    def test_dict_shorter_longer(self):
        aug = size.Resize({"shorter-side": 4, "longer-side": "keep-aspect-ratio"})
        assert aug.size_order == "SL"
        assert aug(image=np.zeros((8, 16), np.uint8)).shape == (4, 8)
        assert aug(image=np.zeros((16, 8), np.uint8)).shape == (8, 4)
        aug = size.Resize({"shorter-side": 4, "longer-side": 6})
        # tie: the width counts as the shorter side
        assert aug(image=np.zeros((8, 8), np.uint8)).shape == (6, 4)
        aug = size.Resize({"longer-side": 4})
        assert aug(image=np.zeros((6, 8), np.uint8)).shape == (6, 4)

    def test_get_parameters(self):
        aug = size.Resize({"height": 2, "width": 3}, interpolation="nearest")
        params = aug.get_parameters()
        assert isinstance(params[0], tuple)
        assert params[0][0].value == 2
        assert params[1].value == "nearest"
        assert params[2] == "HW"
        assert size.Resize(2).get_parameters()[2] == "HW"

    def test_interpolation_forms(self):
        assert isinstance(
            size.Resize(2, interpolation=ia.ALL).interpolation, iap.Choice
        )
        assert size.Resize(2, interpolation=1).interpolation.value == 1
        assert isinstance(
            size.Resize(2, interpolation=["linear", "cubic"]).interpolation, iap.Choice
        )
        param = iap.Deterministic("area")
        assert size.Resize(2, interpolation=param).interpolation is param

    def test_nearest_exact(self):
        arr = np.array([[1, 2], [3, 4]], dtype=np.uint8)
        result = size.Resize(4, interpolation="nearest")(image=arr)
        assert result.tolist() == [
            [1, 1, 2, 2],
            [1, 1, 2, 2],
            [3, 3, 4, 4],
            [3, 3, 4, 4],
        ]

    def test_matches_imresize(self):
        arr = _arange_image(5, 7, 3)
        result = size.Resize({"height": 9, "width": 4}, interpolation="cubic")(
            image=arr
        )
        expected = ia.imresize_single_image(arr, (9, 4), interpolation="cubic")
        assert np.array_equal(result, expected)

    @pytest.mark.parametrize(
        ("value", "exc"),
        [
            (0, ValueError),
            (-1, ValueError),
            ((0, 2), ValueError),
            ((1, 2, 3), ValueError),
            ([1, 0.5], ValueError),
            ([0, 1], ValueError),
            ({"foo": 1}, ValueError),
            ({"height": 2, "foo": 1}, ValueError),
            ({"height": "keep-aspect-ratio", "width": "keep-aspect-ratio"}, ValueError),
            ("abc", ValueError),
            (None, ValueError),
            ({"height": {"height": 2}}, ValueError),
        ],
    )
    def test_bad_size_raises(self, value, exc):
        with pytest.raises(exc, match="size"):
            size.Resize(value)

    def test_bad_interpolation_raises(self):
        with pytest.raises(TypeError, match="interpolation"):
            size.Resize(2, interpolation=None)

    def test_heatmaps(self):
        hm = HeatmapsOnImage(np.ones((2, 2), dtype=np.float32), shape=(4, 4, 3))
        result = size.Resize({"height": 8, "width": 2})(heatmaps=hm)
        assert result.arr_0to1.shape == (4, 1, 1)
        assert result.shape == (8, 2, 3)
        assert np.allclose(result.get_arr(), 1.0)

    def test_segmaps_nearest(self):
        segmap = SegmentationMapsOnImage(np.int32([[1, 2], [3, 4]]), shape=(2, 2))
        result = size.Resize(4, interpolation="cubic")(segmentation_maps=segmap)
        assert result.get_arr().tolist() == [
            [1, 1, 2, 2],
            [1, 1, 2, 2],
            [3, 3, 4, 4],
            [3, 3, 4, 4],
        ]
        assert result.shape == (4, 4)

    def test_coordinates(self):
        kpsoi = _kps([(1, 1), (2, 3)], shape=(4, 4, 3))
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 1, 2, 2)], shape=(4, 4, 3))
        kps_aug, bbs_aug = size.Resize({"height": 8, "width": 2})(
            keypoints=kpsoi, bounding_boxes=bbsoi
        )
        assert kps_aug.to_xy_array().tolist() == [[0.5, 2], [1, 6]]
        assert kps_aug.shape == (8, 2, 3)
        bb = bbs_aug.bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (0.5, 2, 1, 4)

    def test_images_and_keypoints_same_size(self):
        images = [np.zeros((8, 8, 3), np.uint8)] * 10
        kps = [_kps([(4, 4)], shape=(8, 8, 3))] * 10
        images_aug, kps_aug = size.Resize((2, 12), seed=3)(images=images, keypoints=kps)
        for img, kpsoi in zip(images_aug, kps_aug):
            assert kpsoi.shape == img.shape
            assert kpsoi.to_xy_array().tolist() == [[img.shape[1] / 2] * 2]

    @pytest.mark.parametrize("dtype", RESIZABLE_DTYPES)
    def test_dtypes(self, dtype):
        arr = np.ones((4, 4, 3), dtype=dtype)
        result = size.Resize(2, interpolation="linear")(image=arr)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == (2, 2, 3)

    def test_int32_only_nearest(self):
        arr = np.ones((4, 4), dtype=np.int32)
        assert size.Resize(2, interpolation="nearest")(image=arr).dtype == np.int32
        with pytest.raises(ValueError, match="int32"):
            size.Resize(2, interpolation="cubic")(image=arr)

    def test_same_seed_same_output(self):
        images = [_arange_image(6, 6, 3)] * 6
        a = size.Resize((0.5, 1.5), interpolation=ia.ALL, seed=5)(images=images)
        b = size.Resize((0.5, 1.5), interpolation=ia.ALL, seed=5)(images=images)
        assert all(np.array_equal(x, y) for x, y in zip(a, b))


# ---------------------------------------------------------------------------------
# fixed-size padding and cropping
# ---------------------------------------------------------------------------------
class TestPadToFixedSize:
    @pytest.mark.parametrize(
        ("position", "expected"),
        [
            ("center", (1, 2, 1, 1)),  # (top, right, bottom, left)
            ("left-top", (2, 0, 0, 3)),
            ("right-bottom", (0, 3, 2, 0)),
            ((0.5, 0.0), (2, 2, 0, 1)),
        ],
    )
    def test_positions(self, position, expected):
        arr = np.array([[5]], dtype=np.uint8)
        result = size.PadToFixedSize(width=4, height=3, position=position)(image=arr)
        top, right, bottom, left = expected
        assert result.shape == (3, 4)
        assert result[top, left] == 5
        assert result.sum() == 5

    def test_larger_images_unchanged(self):
        arr = _arange_image(5, 6, 3)
        result = size.PadToFixedSize(width=4, height=3)(image=arr)
        assert np.array_equal(result, arr)

    def test_one_axis(self):
        arr = _arange_image(2, 2)
        result = size.PadToFixedSize(width=None, height=4, position="center")(image=arr)
        assert result.shape == (4, 2)
        assert np.array_equal(result[1:3], arr)

    def test_pad_mode_and_cval(self):
        arr = np.array([[1, 2]], dtype=np.uint8)
        aug = size.PadToFixedSize(
            width=4, height=None, pad_mode="edge", position="center"
        )
        assert aug(image=arr).tolist() == [[1, 1, 2, 2]]
        aug = size.PadToFixedSize(width=3, height=None, pad_cval=9, position="left-top")
        assert aug(image=arr).tolist() == [[9, 1, 2]]

    def test_uniform_positions_vary(self):
        arr = np.array([[5]], dtype=np.uint8)
        aug = size.PadToFixedSize(width=5, height=1, seed=1)
        lefts = {int(np.argmax(img[0])) for img in aug(images=[arr] * 50)}
        # left = int((1 - x) * 4) with x in [0, 1): 4 only for x == 0 exactly
        assert lefts == {0, 1, 2, 3}

    def test_coordinates_and_maps(self):
        kpsoi = _kps([(0.5, 0.5)], shape=(2, 2))
        hm = HeatmapsOnImage(np.ones((1, 1), dtype=np.float32), shape=(2, 2))
        segmap = SegmentationMapsOnImage(np.int32([[1, 1], [1, 1]]), shape=(2, 2))
        aug = size.PadToFixedSize(width=6, height=4, pad_cval=7, position="left-top")
        kps_aug, hm_aug, seg_aug = aug(
            keypoints=kpsoi, heatmaps=hm, segmentation_maps=segmap
        )
        assert kps_aug.to_xy_array().tolist() == [[4.5, 2.5]]
        assert kps_aug.shape == (4, 6)
        # heatmap at half resolution: pad 2 left, 1 top; padded with zeros
        assert hm_aug.get_arr().tolist() == [[0, 0, 0], [0, 0, 1]]
        assert hm_aug.shape == (4, 6)
        assert seg_aug.get_arr()[2:, 4:].tolist() == [[1, 1], [1, 1]]
        assert seg_aug.get_arr().sum() == 4

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_dtypes(self, dtype):
        arr = np.ones((2, 2), dtype=dtype)
        result = size.PadToFixedSize(width=3, height=3)(image=arr)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == (3, 3)

    def test_zero_sized(self):
        arr = np.zeros((0, 2, 3), dtype=np.uint8)
        assert size.PadToFixedSize(width=2, height=2)(image=arr).shape == (2, 2, 3)

    def test_get_parameters(self):
        aug = size.PadToFixedSize(width=3, height=None, pad_mode="edge", pad_cval=2)
        params = aug.get_parameters()
        assert params[0:2] == [3, None]
        assert params[2].value == "edge"
        assert params[3].value == 2
        assert isinstance(params[4], tuple)
        assert aug.size == (3, None)

    def test_center_variant(self):
        aug = size.CenterPadToFixedSize(width=4, height=1)
        assert aug.position[0].value == 0.5
        result = aug(image=np.array([[5]], dtype=np.uint8))
        assert result.tolist() == [[0, 5, 0, 0]]

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"width": -1, "height": 2},
            {"width": 2.5, "height": 2},
            {"width": 1, "height": "a"},
        ],
    )
    def test_bad_sizes_raise(self, kwargs):
        with pytest.raises(ValueError, match="width|height"):
            size.PadToFixedSize(**kwargs)


class TestCropToFixedSize:
    @pytest.mark.parametrize(
        ("position", "rows", "cols"),
        [
            ("center", slice(1, 3), slice(1, 3)),
            ("left-top", slice(3, 5), slice(3, 5)),
            ("right-bottom", slice(0, 2), slice(0, 2)),
            ((0.0, 1.0), slice(0, 2), slice(3, 5)),
        ],
    )
    def test_positions(self, position, rows, cols):
        arr = _arange_image(5, 5)
        result = size.CropToFixedSize(width=2, height=2, position=position)(image=arr)
        assert result.tolist() == arr[rows, cols].tolist()

    def test_smaller_images_unchanged(self):
        arr = _arange_image(2, 3, 3)
        result = size.CropToFixedSize(width=4, height=4)(image=arr)
        assert np.array_equal(result, arr)

    def test_coordinates_and_maps(self):
        kpsoi = _kps([(3.5, 3.5)], shape=(4, 4))
        hm = HeatmapsOnImage(np.float32([[0.0, 0.5], [0.25, 1.0]]), shape=(4, 4))
        aug = size.CropToFixedSize(width=2, height=2, position="left-top")
        kps_aug, hm_aug = aug(keypoints=kpsoi, heatmaps=hm)
        assert kps_aug.to_xy_array().tolist() == [[1.5, 1.5]]
        assert kps_aug.shape == (2, 2)
        assert hm_aug.get_arr().tolist() == [[1.0]]

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_dtypes(self, dtype):
        arr = np.ones((4, 4, 3), dtype=dtype)
        result = size.CropToFixedSize(width=2, height=3)(image=arr)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == (3, 2, 3)

    def test_array_stays_array(self):
        images = np.zeros((5, 6, 6, 3), dtype=np.uint8)
        result = size.CropToFixedSize(width=3, height=3)(images=images)
        assert isinstance(result, np.ndarray)
        assert result.shape == (5, 3, 3, 3)

    def test_array_batch_crops_are_stacked_copies(self):
        # crop views of an array batch are stacked directly (one copy)
        images = np.arange(2 * 6 * 6 * 3, dtype=np.uint8).reshape((2, 6, 6, 3))
        aug = size.CropToFixedSize(width=3, height=4, position="left-top")
        result = aug.augment_images(images)
        assert result.flags["C_CONTIGUOUS"]
        assert not np.shares_memory(result, images)
        assert np.array_equal(result, images[:, 2:, 3:])

    def test_array_batch_of_different_crops_gives_list_of_copies(self):
        images = np.arange(2 * 6 * 6, dtype=np.uint8).reshape((2, 6, 6, 1))
        aug = size.CropAndPad(
            px=(0, iap.DeterministicList([-1, -3]), 0, 0), keep_size=False
        )
        result = aug.augment_images(images)
        assert isinstance(result, list)
        assert [image.shape for image in result] == [(6, 5, 1), (6, 3, 1)]
        for image, source in zip(result, images):
            assert not np.shares_memory(image, images)
            assert np.array_equal(image, source[:, : image.shape[1]])

    def test_zero_target_keeps_one_pixel(self):
        arr = _arange_image(3, 3)
        assert size.CropToFixedSize(width=0, height=0)(image=arr).shape == (1, 1)

    # issue 18, item 9: the axis that has pixels is cropped (as in 0.4.0)
    @pytest.mark.parametrize(
        ("shape", "expected", "xy"),
        [
            ((0, 2), (0, 1), (-0.5, 0.5)),
            ((0, 2, 3), (0, 1, 3), (-0.5, 0.5)),
            ((2, 0), (1, 0), (0.5, -0.5)),
            ((0, 0), (0, 0), (0.5, 0.5)),
            ((3, 5, 0), (1, 1, 0), (-3.5, -1.5)),
        ],
    )
    def test_zero_sized_axis_other_axis_cropped(self, shape, expected, xy):
        image = np.zeros(shape, dtype=np.uint8)
        kpsoi = _kps([(0.5, 0.5)], shape=shape)
        aug = size.CropToFixedSize(1, 1, position="left-top")  # keeps bottom-right
        image_aug, kps_aug = aug(image=image, keypoints=kpsoi)
        assert image_aug.shape == expected
        assert kps_aug.shape == expected
        assert kps_aug.to_xy_array().tolist() == [list(xy)]
        assert size.CropToFixedSize(1, 1)(image=image).shape == expected

    def test_get_parameters_and_center(self):
        aug = size.CropToFixedSize(width=3, height=4, position="center")
        params = aug.get_parameters()
        assert params[0:2] == [3, 4]
        assert params[2][0].value == 0.5
        aug = size.CenterCropToFixedSize(width=2, height=2)
        assert aug.position[1].value == 0.5
        arr = _arange_image(5, 5)
        assert aug(image=arr).tolist() == arr[1:3, 1:3].tolist()


class TestMultiplesPowersAspectRatio:
    def test_crop_to_multiples_of(self):
        arr = _arange_image(7, 5)
        aug = size.CropToMultiplesOf(
            width_multiple=2, height_multiple=3, position="center"
        )
        result = aug(image=arr)
        assert result.tolist() == arr[0:6, 0:4].tolist()
        assert aug.get_parameters()[0:2] == [2, 3]
        center = size.CenterCropToMultiplesOf(width_multiple=2, height_multiple=3)
        assert np.array_equal(center(image=arr), result)

    def test_crop_to_multiples_of_none(self):
        arr = _arange_image(7, 5)
        result = size.CropToMultiplesOf(width_multiple=None, height_multiple=4)(
            image=arr
        )
        assert result.shape == (4, 5)

    def test_pad_to_multiples_of(self):
        arr = _arange_image(5, 6)
        aug = size.PadToMultiplesOf(
            width_multiple=4, height_multiple=4, position="center"
        )
        result = aug(image=arr)
        assert result.shape == (8, 8)
        assert np.array_equal(result[1:6, 1:7], arr)
        params = aug.get_parameters()
        assert params[0:2] == [4, 4]
        assert params[2].value == "constant"
        assert isinstance(size.CenterPadToMultiplesOf(2, 2), size.PadToMultiplesOf)

    def test_crop_and_pad_to_powers_of(self):
        arr = _arange_image(5, 9)
        assert size.CropToPowersOf(2, 2)(image=arr).shape == (4, 8)
        assert size.PadToPowersOf(2, 2)(image=arr).shape == (8, 16)
        assert size.CropToPowersOf(3, None)(image=arr).shape == (5, 9)
        assert size.CropToPowersOf(None, 3)(image=arr).shape == (3, 9)
        center = size.CenterCropToPowersOf(2, 2)(image=arr)
        assert center.tolist() == arr[0:4, 0:8].tolist()
        center = size.CenterPadToPowersOf(2, 2)(image=arr)
        assert np.array_equal(center[1:6, 3:12], arr)
        assert size.CropToPowersOf(2, 3).get_parameters()[0:2] == [2, 3]
        assert size.PadToPowersOf(2, 3).get_parameters()[0:2] == [2, 3]

    def test_aspect_ratio(self):
        arr = _arange_image(3, 4)
        assert size.CropToAspectRatio(2.0)(image=arr).shape == (2, 4)
        assert size.PadToAspectRatio(2.0)(image=arr).shape == (3, 6)
        result = size.CenterPadToAspectRatio(2.0)(image=arr)
        assert np.array_equal(result[:, 1:5], arr)
        result = size.CenterCropToAspectRatio(2.0)(image=arr)
        assert result.tolist() == arr[0:2].tolist()
        assert size.CropToAspectRatio(2.0).get_parameters()[0] == 2.0
        assert size.PadToAspectRatio(2.0).get_parameters()[0] == 2.0

    def test_square(self):
        arr = _arange_image(3, 6)
        assert size.CropToSquare()(image=arr).shape == (3, 3)
        assert size.PadToSquare()(image=arr).shape == (6, 6)
        assert size.CenterCropToSquare()(image=arr).tolist() == arr[:, 1:4].tolist()
        result = size.CenterPadToSquare(pad_cval=9)(image=arr)
        assert np.array_equal(result[1:4], arr)
        assert (result[0] == 9).all()
        assert size.CropToSquare().aspect_ratio == 1.0

    def test_zero_sized(self):
        arr = np.zeros((0, 4, 3), dtype=np.uint8)
        assert size.CropToAspectRatio(1.0)(image=arr).shape == (0, 4, 3)
        assert size.CropToSquare()(image=arr).shape == (0, 4, 3)
        assert size.PadToSquare()(image=arr).shape == (4, 4, 3)
        assert size.PadToMultiplesOf(3, 3)(image=arr).shape == (3, 6, 3)

    def test_rowwise_targets(self):
        images = [_arange_image(5, 5), _arange_image(7, 3)]
        result = size.PadToMultiplesOf(4, 4)(images=images)
        assert [img.shape for img in result] == [(8, 8), (8, 4)]
        kps = [_kps([(0, 0)], shape=(5, 5)), _kps([(0, 0)], shape=(7, 3))]
        images_aug, kps_aug = size.PadToMultiplesOf(4, 4, seed=1)(
            images=images, keypoints=kps
        )
        for img, kpsoi in zip(images_aug, kps_aug):
            assert kpsoi.shape == img.shape
            x, y = kpsoi.to_xy_array()[0].astype(int)
            assert img[y, x] == 1

    @pytest.mark.parametrize(
        ("factory", "match"),
        [
            (lambda: size.CropToMultiplesOf(0, 2), "width_multiple"),
            (lambda: size.PadToMultiplesOf(2, -1), "height_multiple"),
            (lambda: size.CropToPowersOf(1, 2), "width_base"),
            (lambda: size.PadToPowersOf(2, 1.5), "height_base"),
            (lambda: size.CropToAspectRatio(0), "aspect_ratio"),
            (lambda: size.PadToAspectRatio(-1.0), "aspect_ratio"),
            (lambda: size.CropToSquare(position="foo"), "position"),
        ],
    )
    def test_bad_arguments_raise(self, factory, match):
        with pytest.raises((ValueError, TypeError), match=match):
            factory()


# ---------------------------------------------------------------------------------
# KeepSizeByResize
# ---------------------------------------------------------------------------------
class TestKeepSizeByResize:
    def test_images_restored(self):
        arr = _arange_image(4, 4, 3)
        aug = size.KeepSizeByResize(size.Crop(px=1, keep_size=False))
        result = aug(image=arr)
        expected = ia.imresize_single_image(arr[1:3, 1:3], (4, 4), "cubic")
        assert np.array_equal(result, expected)

    def test_array_stays_array(self):
        images = np.zeros((3, 4, 4, 3), dtype=np.uint8)
        aug = size.KeepSizeByResize(size.Crop(px=(0, 1), keep_size=False))
        result = aug(images=images)
        assert isinstance(result, np.ndarray)
        assert result.shape == images.shape

    def test_no_resize(self):
        arr = _arange_image(4, 4, 3)
        aug = size.KeepSizeByResize(
            size.Crop(px=1, keep_size=False),
            interpolation=size.KeepSizeByResize.NO_RESIZE,
        )
        assert aug(image=arr).shape == (2, 2, 3)

    def test_maps_and_coordinates(self):
        hm = HeatmapsOnImage(np.ones((4, 4), dtype=np.float32), shape=(8, 8))
        segmap = SegmentationMapsOnImage(np.ones((8, 8), dtype=np.int32), shape=(8, 8))
        kpsoi = _kps([(4, 4)], shape=(8, 8))
        aug = size.KeepSizeByResize(size.Crop(px=(0, 0, 0, 4), keep_size=False))
        hm_aug, seg_aug, kps_aug = aug(
            heatmaps=hm, segmentation_maps=segmap, keypoints=kpsoi
        )
        assert hm_aug.arr_0to1.shape == (4, 4, 1)
        assert hm_aug.shape == (8, 8)
        assert seg_aug.get_arr().shape == (8, 8)
        assert seg_aug.shape == (8, 8)
        assert kps_aug.to_xy_array().tolist() == [[0, 4]]
        assert kps_aug.shape == (8, 8)

    def test_interpolation_samples(self):
        aug = size.KeepSizeByResize(
            [],
            interpolation=["nearest", "cubic"],
            interpolation_segmaps="SAME_AS_IMAGES",
        )
        images, heatmaps, segmaps = aug._draw_samples(50, aug.random_state)
        assert set(images) == {"nearest", "cubic"}
        assert list(heatmaps) == list(images)
        assert list(segmaps) == list(images)

    def test_str_parameters_children(self):
        child = size.Crop(px=1)
        aug = size.KeepSizeByResize(child, name="k")
        assert aug.get_children_lists() == [aug.children]
        assert isinstance(aug.children, meta.Sequential)
        assert aug.children[0] is child
        params = aug.get_parameters()
        assert params[0].value == "cubic"
        assert params[1].value == "SAME_AS_IMAGES"
        assert str(aug).startswith(
            "KeepSizeByResize(interpolation=Deterministic(cubic), "
            "interpolation_heatmaps=Deterministic(SAME_AS_IMAGES), name=k, children="
        )
        assert str(aug).endswith("deterministic=False)")

    def test_to_deterministic(self):
        aug = size.KeepSizeByResize(flip.Fliplr(0.5), seed=1)
        det = aug.to_deterministic()
        assert det.children.deterministic
        images = [_arange_image(3, 3, 3)] * 10
        assert all(
            np.array_equal(a, b) for a, b in zip(det(images=images), det(images=images))
        )

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"interpolation": "foo"},
            {"interpolation": "SAME_AS_IMAGES"},
            {"interpolation_heatmaps": ["linear", "bar"]},
            {"interpolation_segmaps": []},
        ],
    )
    def test_bad_interpolation_raises(self, kwargs):
        with pytest.raises(ValueError, match="interpolation"):
            size.KeepSizeByResize([], **kwargs)


@pytest.mark.parametrize("nb_channels", [5, 600])
def test_many_channels(nb_channels):
    def augment_one(aug, image):
        # a list: augment(image=...) warns for many channels, as in 0.4.0
        return aug(images=[image])[0]

    arr = np.ones((6, 6, nb_channels), dtype=np.uint8)
    arr[0] = 3
    result = augment_one(size.CropAndPad(px=(-1, 1, 0, 0), pad_mode="edge"), arr)
    assert result.shape == arr.shape
    assert (result == 1).all()
    assert augment_one(size.Resize(3), arr).shape == (3, 3, nb_channels)
    assert augment_one(size.PadToSquare(), arr[:3]).shape == (6, 6, nb_channels)
    crop = size.CropToFixedSize(width=6, height=5, position="right-bottom")
    assert (augment_one(crop, arr)[0] == 3).all()


@pytest.mark.parametrize("shape", [(0, 5, 3), (5, 0, 3), (0, 0, 3)])
def test_resize_passes_zero_sized_images_through(shape):
    image = np.zeros(shape, dtype=np.uint8)
    kpsoi = KeypointsOnImage([], shape=shape)
    image_aug, kpsoi_aug = size.Resize(12)(image=image, keypoints=kpsoi)
    assert image_aug.shape == shape
    assert kpsoi_aug.shape == shape
