"""Tests for imgaug.augmenters.geometric.ElasticTransformation."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage, _ConcavePolygonRecoverer
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import geometric as geo
from imgaug.augmenters.geometric import ElasticTransformation

SUPPORTED = ["bool", "uint8", "uint16", "uint32", "int8", "int16", "int32"]
SUPPORTED += ["float16", "float32", "float64"]
SHAPE = (32, 40, 3)
BLOB = (14, 18, 18, 22)  # y0, y1, x0, x1 -> centre (20, 16)


def _blob_image(shape=SHAPE, dtype=np.uint8):
    image = np.zeros(shape, dtype=dtype)
    y0, y1, x0, x1 = BLOB
    kind = np.dtype(dtype).kind
    image[y0:y1, x0:x1] = 1 if kind in "bf" else (100 if kind == "i" else 200)
    return image


def _centroid(arr):
    arr = np.asarray(arr, dtype=np.float64)
    if arr.ndim == 3:
        arr = arr.mean(axis=2)
    weights = np.clip(arr - 0.5 * arr.max(), 0, None)
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
    total = weights.sum()
    return ((xx + 0.5) * weights).sum() / total, ((yy + 0.5) * weights).sum() / total


def _all_kinds(shape=SHAPE):
    hm = np.zeros(shape[0:2] + (1,), dtype=np.float32)
    hm[10:20, 12:25] = 0.8
    seg = np.zeros((shape[0] // 2, shape[1] // 2, 1), dtype=np.int32)
    seg[3:9, 4:12] = 2
    return {
        "heatmaps": HeatmapsOnImage(hm, shape=shape),
        "segmentation_maps": SegmentationMapsOnImage(seg, shape=shape),
        "keypoints": KeypointsOnImage(
            [Keypoint(20, 16), Keypoint(3.5, 30.2), Keypoint(-4, 2)], shape=shape
        ),
        "bounding_boxes": BoundingBoxesOnImage([BoundingBox(5, 6, 25, 20)], shape),
        "polygons": PolygonsOnImage(
            [Polygon([(5, 5), (30, 6), (28, 25), (6, 24)])], shape=shape
        ),
        "line_strings": LineStringsOnImage(
            [LineString([(2, 2), (20, 10), (35, 28)])], shape=shape
        ),
    }


class TestInit:
    def test_defaults(self):
        aug = ElasticTransformation()
        alpha, sigma, order, cval, mode = aug.get_parameters()
        assert isinstance(alpha, iap.Uniform)
        assert (alpha.a.value, alpha.b.value) == (0.0, 40.0)
        assert isinstance(sigma, iap.Uniform)
        assert (sigma.a.value, sigma.b.value) == (4.0, 8.0)
        assert isinstance(order, iap.Deterministic) and order.value == 3
        assert isinstance(cval, iap.Deterministic) and cval.value == 0
        assert isinstance(mode, iap.Deterministic) and mode.value == "constant"
        assert isinstance(aug.polygon_recoverer, _ConcavePolygonRecoverer)
        assert aug.get_parameters()[0] is aug.alpha

    def test_class_constants(self):
        cls = ElasticTransformation
        assert cls.NB_NEIGHBOURING_KEYPOINTS == 3
        assert cls.NEIGHBOURING_KEYPOINTS_DISTANCE == 1.0
        assert cls.KEYPOINT_AUG_ALPHA_THRESH == 0.05
        assert cls.KEYPOINT_AUG_SIGMA_THRESH == 1.0
        assert cls._MAPPING_ORDER_SCIPY_CV2[5] == cls._MAPPING_ORDER_SCIPY_CV2[3]
        assert set(cls._MAPPING_MODE_SCIPY_CV2) == {
            "constant",
            "nearest",
            "reflect",
            "wrap",
        }
        aug = cls()
        assert (aug._order_heatmaps, aug._cval_heatmaps) == (3, 0.0)
        assert (aug._order_segmentation_maps, aug._cval_segmentation_maps) == (0, 0)

    def test_all_and_lists(self):
        aug = ElasticTransformation(order=ia.ALL, cval=ia.ALL, mode=ia.ALL)
        assert isinstance(aug.order, iap.Choice) and aug.order.a == [0, 1, 2, 3, 4, 5]
        assert isinstance(aug.cval, iap.Uniform)
        assert sorted(aug.mode.a) == ["constant", "nearest", "reflect", "wrap"]
        aug = ElasticTransformation(order=[0, 1], mode=("nearest", "wrap"))
        assert aug.order.a == [0, 1] and aug.mode.a == ["nearest", "wrap"]
        aug = ElasticTransformation(order=(0, 2), alpha=5, sigma=[1, 2])
        assert isinstance(aug.order, iap.DiscreteUniform)
        assert isinstance(aug.alpha, iap.Deterministic)
        assert isinstance(aug.sigma, iap.Choice)

    def test_polygon_recoverer_none_or_given(self):
        assert ElasticTransformation(polygon_recoverer=None).polygon_recoverer is None
        recoverer = _ConcavePolygonRecoverer()
        aug = ElasticTransformation(polygon_recoverer=recoverer)
        assert aug.polygon_recoverer is recoverer

    @pytest.mark.parametrize(
        "kwargs, match",
        [
            ({"alpha": -1}, "alpha"),
            ({"sigma": (-1, 2)}, "sigma"),
            ({"order": 6}, "order"),
            ({"order": 1.5}, "order"),
            ({"mode": "edge"}, "mode"),
            ({"mode": ["constant", "symmetric"]}, "mode"),
        ],
    )
    def test_invalid_arguments(self, kwargs, match):
        with pytest.raises((ValueError, TypeError), match=match):
            ElasticTransformation(**kwargs)

    def test_invalid_samples_from_parameters(self):
        aug = ElasticTransformation(alpha=iap.Deterministic(-2.0))
        with pytest.raises(ValueError, match="alpha"):
            aug(image=np.zeros((4, 4, 3), np.uint8))
        aug = ElasticTransformation(order=iap.Deterministic(7))
        with pytest.raises(ValueError, match="order"):
            aug(image=np.zeros((4, 4, 3), np.uint8))

    def test_str_and_pickle(self):
        aug = ElasticTransformation(alpha=3.0, sigma=2.0, seed=1, name="el")
        assert str(aug).startswith("ElasticTransformation(name=el, parameters=[")
        image = np.random.default_rng(0).integers(0, 255, SHAPE).astype(np.uint8)
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(image=image), restored(image=image))


class TestIdentity:
    def test_alpha_zero_changes_no_kind(self):
        image = np.random.default_rng(1).integers(0, 255, SHAPE).astype(np.uint8)
        kinds = _all_kinds()
        aug = ElasticTransformation(alpha=0, sigma=(1, 5), order=ia.ALL, seed=2)
        out = aug(image=image, **kinds)
        assert np.array_equal(out[0], image)
        hm, seg, kps, bbs, polys, lss = out[1:]
        assert np.array_equal(hm.arr_0to1, kinds["heatmaps"].arr_0to1)
        assert np.array_equal(seg.arr, kinds["segmentation_maps"].arr)
        assert np.allclose(kps.to_xy_array(), kinds["keypoints"].to_xy_array())
        assert np.allclose(bbs.to_xy_array(), kinds["bounding_boxes"].to_xy_array())
        assert np.allclose(
            polys.polygons[0].exterior, kinds["polygons"].polygons[0].exterior
        )
        assert np.allclose(lss.to_xy_array(), kinds["line_strings"].to_xy_array())

    @pytest.mark.parametrize("dtype", SUPPORTED)
    def test_alpha_zero_every_dtype(self, dtype):
        image = _blob_image((6, 7, 3), dtype)
        observed = ElasticTransformation(alpha=0)(image=image)
        assert observed.dtype == image.dtype and np.array_equal(observed, image)

    @pytest.mark.parametrize("order", [0, 1, 3])
    @pytest.mark.parametrize("mode", ["nearest", "reflect", "wrap", "constant"])
    def test_constant_image_stays_constant(self, order, mode):
        image = np.full((20, 24, 3), 123, dtype=np.uint8)
        aug = ElasticTransformation(
            alpha=30, sigma=3, order=order, mode=mode, cval=123, seed=3
        )
        assert np.all(aug(image=image) == 123)

    def test_constant_float_image(self):
        image = np.full((20, 24), 0.25, dtype=np.float32)
        aug = ElasticTransformation(alpha=30, sigma=3, mode="reflect", seed=3)
        assert np.allclose(aug(image=image), 0.25, atol=1e-6)

    def test_constant_mode_fills_with_cval(self):
        image = np.full((20, 24), 50, dtype=np.uint8)
        aug = ElasticTransformation(alpha=200, sigma=5, order=0, cval=9, seed=4)
        observed = aug(image=image)
        assert set(np.unique(observed).tolist()) == {9, 50}


class TestDisplacementField:
    def _field(self, aug, shape=(64, 80, 3), seed=5):
        batch = _BatchInAugmentation(images=[np.zeros(shape, dtype=np.uint8)])
        samples = aug._draw_samples(batch, iarandom.RNG(seed))
        return samples.field(0)

    def test_field_scales_with_alpha(self):
        one = self._field(ElasticTransformation(alpha=1.0, sigma=4.0))
        ten = self._field(ElasticTransformation(alpha=10.0, sigma=4.0))
        assert one.shape == (64, 80, 2) and one.dtype == np.float32
        assert np.allclose(ten, 10 * one, atol=1e-4)
        assert self._field(ElasticTransformation(alpha=0.0)) is None

    def test_field_statistics(self):
        disp = self._field(ElasticTransformation(alpha=20.0, sigma=6.0), (200, 200))
        disp = disp.astype(np.float64)
        stds = disp.reshape(-1, 2).std(axis=0)
        assert np.all(np.abs(disp.reshape(-1, 2).mean(axis=0)) < 0.3 * stds)
        assert stds[0] == pytest.approx(stds[1], rel=0.25)
        # larger sigma: smoother and weaker
        smooth = self._field(ElasticTransformation(alpha=20.0, sigma=12.0), (200, 200))
        assert smooth.std() < disp.std()

    def test_cache_budget_does_not_change_results(self, monkeypatch):
        image = np.random.default_rng(6).integers(0, 255, SHAPE).astype(np.uint8)
        kinds = _all_kinds()
        expected = ElasticTransformation(seed=7)(image=image, **kinds)
        monkeypatch.setattr(geo, "_ELASTIC_CACHE_BYTES", 0)
        observed = ElasticTransformation(seed=7)(image=image, **kinds)
        assert np.array_equal(observed[0], expected[0])
        assert np.array_equal(observed[1].arr_0to1, expected[1].arr_0to1)
        assert np.allclose(observed[3].to_xy_array(), expected[3].to_xy_array())

    def test_orders_above_three_are_bicubic(self):
        image = np.random.default_rng(8).integers(0, 255, SHAPE).astype(np.uint8)
        cubic = ElasticTransformation(order=3, seed=9)(image=image)
        for order in (2, 4, 5):
            observed = ElasticTransformation(order=order, seed=9)(image=image)
            assert np.array_equal(observed, cubic)


class TestAlignment:
    @pytest.mark.parametrize("seed", range(6))
    def test_keypoint_stays_on_blob(self, seed):
        image = _blob_image()
        kpsoi = KeypointsOnImage([Keypoint(20, 16)], shape=SHAPE)
        aug = ElasticTransformation(alpha=(10, 40), sigma=(4, 8), order=1, seed=seed)
        out, kps = aug(image=image, keypoints=kpsoi)
        centre = _centroid(out)
        kp = kps.keypoints[0]
        assert np.hypot(kp.x - centre[0], kp.y - centre[1]) < 1.5

    def test_keypoints_move_consistently_with_a_shift(self):
        # alpha large, sigma huge: an almost uniform shift of the whole image
        image = _blob_image((40, 40, 1))
        kpsoi = KeypointsOnImage([Keypoint(20, 16)], shape=(40, 40, 1))
        aug = ElasticTransformation(alpha=200, sigma=60, order=1, seed=1)
        out, kps = aug(image=image, keypoints=kpsoi)
        centre = _centroid(out)
        kp = kps.keypoints[0]
        assert np.hypot(kp.x - 20, kp.y - 16) > 0.5  # really moved
        assert np.hypot(kp.x - centre[0], kp.y - centre[1]) < 0.5

    @pytest.mark.parametrize("seed", range(3))
    def test_maps_follow_image_at_full_and_half_resolution(self, seed):
        image = _blob_image((32, 40), np.float32)
        full = HeatmapsOnImage(image[:, :, None].copy(), shape=(32, 40))
        half_arr = np.zeros((16, 20, 1), dtype=np.float32)
        half_arr[7:9, 9:11] = 1.0
        half = HeatmapsOnImage(half_arr, shape=(32, 40))
        seg = SegmentationMapsOnImage(
            (half_arr[:, :, 0] > 0.5).astype(np.int32), shape=(32, 40)
        )
        aug = ElasticTransformation(alpha=(10, 30), sigma=(4, 8), mode="constant")
        aug.seed_(seed)
        out, heatmaps, segmaps = aug(
            images=[image, image, image],
            heatmaps=[full, half, half],
            segmentation_maps=[seg, seg, seg],
        )
        # full resolution: same interpolation as the image (order 3), clipped
        assert np.allclose(heatmaps[0].arr_0to1[:, :, 0], np.clip(out[0], 0, 1))
        centre = np.array(_centroid(out[1]))
        half_centre = np.array(_centroid(heatmaps[1].arr_0to1)) * 2
        assert np.hypot(*(half_centre - centre)) < 1.5
        seg_arr = segmaps[2].arr[:, :, 0]
        assert set(np.unique(seg_arr).tolist()) <= {0, 1}
        if seg_arr.any():
            seg_centre = np.array(_centroid(seg_arr.astype(np.float64))) * 2
            assert np.hypot(*(seg_centre - np.array(_centroid(out[2])))) < 3.0
        assert heatmaps[1].arr_0to1.shape == (16, 20, 1)
        assert heatmaps[1].shape == (32, 40)

    def test_heatmaps_clipped_to_unit_interval(self):
        arr = np.zeros((20, 20, 1), dtype=np.float32)
        arr[5:15, 5:15] = 1.0
        heatmaps = HeatmapsOnImage(arr, shape=(20, 20, 3))
        aug = ElasticTransformation(alpha=40, sigma=2, seed=1)
        observed = aug(heatmaps=heatmaps).arr_0to1
        assert observed.min() >= 0 and observed.max() <= 1
        assert not np.array_equal(observed, arr)

    def test_bounding_box_follows_keypoints(self):
        shape = (40, 40, 3)
        bbsoi = BoundingBoxesOnImage([BoundingBox(10, 12, 25, 30)], shape=shape)
        corners = KeypointsOnImage(bbsoi.bounding_boxes[0].to_keypoints(), shape)
        aug = ElasticTransformation(alpha=20, sigma=5, seed=3)
        bbs_aug = aug(bounding_boxes=bbsoi)
        aug.seed_(3)
        kps_aug = aug(keypoints=corners).to_xy_array()
        bb = bbs_aug.bounding_boxes[0]
        assert np.allclose(
            [bb.x1, bb.y1, bb.x2, bb.y2],
            [*kps_aug.min(axis=0), *kps_aug.max(axis=0)],
        )


class TestKeypointRules:
    def _moved(self, **kwargs):
        kpsoi = KeypointsOnImage([Keypoint(10, 10), Keypoint(-3, 50)], shape=(30, 30))
        out = ElasticTransformation(seed=1, **kwargs)(keypoints=kpsoi)
        return out.to_xy_array(), kpsoi.to_xy_array()

    @pytest.mark.parametrize(
        "kwargs",
        [{"alpha": 0.05, "sigma": 5}, {"alpha": 30, "sigma": 1.0}],
    )
    def test_thresholds_leave_keypoints(self, kwargs):
        after, before = self._moved(**kwargs)
        assert np.array_equal(after, before)
        # ... while the image still changes (alpha=0.05 moves pixels by < 1/32 px,
        # below the remap resolution of OpenCV 4, so only the visible case is checked)
        if kwargs["alpha"] > 1:
            rng = np.random.default_rng(2)
            image = rng.integers(0, 255, (30, 30)).astype(np.uint8)
            aug = ElasticTransformation(seed=1, **kwargs)
            assert not np.array_equal(aug(image=image), image)

    def test_just_above_thresholds_move(self):
        after, before = self._moved(alpha=30, sigma=1.01)
        assert not np.allclose(after[0], before[0])
        assert np.array_equal(after[1], before[1])  # outside: unchanged

    def test_keypoints_only_equal_keypoints_with_image(self):
        kpsoi = _all_kinds()["keypoints"]
        image = np.zeros(SHAPE, dtype=np.uint8)
        alone = ElasticTransformation(seed=4)(keypoints=kpsoi)
        _, with_image = ElasticTransformation(seed=4)(image=image, keypoints=kpsoi)
        assert np.array_equal(alone.to_xy_array(), with_image.to_xy_array())


class TestDtypes:
    @pytest.mark.parametrize("dtype", SUPPORTED)
    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_supported_dtypes_kept(self, dtype, order):
        image = _blob_image((12, 14, 3), dtype)
        aug = ElasticTransformation(alpha=5, sigma=2, order=order, seed=5)
        observed = aug(image=image)
        assert observed.dtype == image.dtype and observed.shape == image.shape
        reference = aug(image=_blob_image((12, 14, 3), np.float64))
        if np.dtype(dtype).kind == "f":
            assert np.allclose(observed.astype(np.float64), reference, atol=1e-2)

    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    def test_64bit_ints_limited_to_orders_above_0(self, dtype):
        image = np.arange(48, dtype=dtype).reshape((4, 4, 3))
        observed = ElasticTransformation(alpha=3, sigma=2, order=1)(image=image)
        assert observed.dtype == np.dtype(dtype)
        with pytest.raises(ValueError, match=dtype):
            ElasticTransformation(alpha=3, sigma=2, order=0)(image=image)

    @pytest.mark.skipif(not hasattr(np, "float128"), reason="no float128")
    def test_float128_rejected(self):
        with pytest.raises(ValueError, match="float128"):
            ElasticTransformation()(image=np.zeros((4, 4, 3), np.float128))


class TestContainersAndShapes:
    def test_same_seed_same_output_other_seed_differs(self):
        images = np.random.default_rng(3).integers(0, 255, (3,) + SHAPE)
        images = images.astype(np.uint8)
        first = ElasticTransformation(seed=11)(images=images)
        second = ElasticTransformation(seed=11)(images=images)
        other = ElasticTransformation(seed=12)(images=images)
        assert isinstance(first, np.ndarray) and first.shape == images.shape
        assert np.array_equal(first, second)
        assert not np.array_equal(first, other)
        assert not np.array_equal(first[0], images[0])

    def test_rows_get_different_fields(self):
        images = np.repeat(_blob_image()[None], 2, axis=0)
        out = ElasticTransformation(alpha=30, sigma=4, seed=1)(images=images)
        assert not np.array_equal(out[0], out[1])

    def test_list_input_mixed_shapes(self):
        images = [_blob_image(), _blob_image((20, 24, 1)), _blob_image((10, 12))]
        out = ElasticTransformation(seed=2)(images=images)
        assert isinstance(out, list)
        assert [o.shape for o in out] == [i.shape for i in images]

    def test_no_mutation(self):
        images = np.random.default_rng(4).integers(0, 255, (2,) + SHAPE)
        images = images.astype(np.uint8)
        kinds = _all_kinds()
        before_images = images.copy()
        before_kps = kinds["keypoints"].to_xy_array()
        before_hm = kinds["heatmaps"].arr_0to1.copy()
        as_list = [images[0], images[1]]
        first = as_list[0]
        aug = ElasticTransformation(seed=5)
        aug(images=images, keypoints=[kinds["keypoints"]] * 2)
        aug(images=as_list, heatmaps=[kinds["heatmaps"]] * 2)
        assert np.array_equal(images, before_images)
        assert as_list[0] is first
        assert np.array_equal(kinds["keypoints"].to_xy_array(), before_kps)
        assert np.array_equal(kinds["heatmaps"].arr_0to1, before_hm)

    @pytest.mark.parametrize(
        "shape", [(0, 5, 3), (5, 0, 3), (0, 0), (5, 5, 0), (1, 1, 3), (1, 1), (1, 7, 3)]
    )
    @pytest.mark.parametrize("mode", ["constant", "reflect"])
    def test_zero_sized_and_tiny(self, shape, mode):
        image = np.full(shape, 50, dtype=np.uint8)
        kpsoi = KeypointsOnImage([Keypoint(0.5, 0.5)], shape=shape)
        aug = ElasticTransformation(alpha=5, sigma=2, mode=mode, cval=50, seed=1)
        out, kps = aug(image=image, keypoints=kpsoi)
        assert out.shape == shape and out.dtype == np.uint8
        assert np.all(out == 50)
        assert len(kps.keypoints) == 1

    def test_many_channels(self):
        image = np.repeat(_blob_image((20, 24, 1)), 6, axis=2)
        out = ElasticTransformation(alpha=10, sigma=3, seed=1)(image=image)
        assert out.shape == (20, 24, 6)
        assert all(np.array_equal(out[:, :, 0], out[:, :, c]) for c in range(6))


class TestPolygons:
    def test_polygons_stay_valid_with_recoverer(self):
        shape = (40, 40, 3)
        square = Polygon([(10, 10), (30, 10), (30, 30), (10, 30)])
        zigzag = Polygon([(5, 5), (20, 6), (21, 12), (22, 6), (35, 5), (20, 35)])
        psoi = PolygonsOnImage([square, zigzag], shape=shape)
        for seed in range(5):
            aug = ElasticTransformation(alpha=60, sigma=1.5, seed=seed)
            out = aug(polygons=psoi)
            assert len(out.polygons) == 2
            assert all(poly.is_valid for poly in out.polygons)

    def test_without_recoverer_points_are_only_moved(self):
        shape = (40, 40, 3)
        poly = Polygon([(10, 10), (30, 10), (30, 30), (10, 30)])
        psoi = PolygonsOnImage([poly], shape=shape)
        aug = ElasticTransformation(alpha=20, sigma=5, polygon_recoverer=None, seed=1)
        out = aug(polygons=psoi)
        aug.seed_(1)
        kps = aug(keypoints=KeypointsOnImage.from_xy_array(poly.exterior, shape))
        assert np.allclose(out.polygons[0].exterior, kps.to_xy_array())
