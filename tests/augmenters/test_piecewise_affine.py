"""Tests for imgaug.augmenters.geometric.PiecewiseAffine."""

import numpy as np
import pytest

import imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import piecewise as pw
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.geometric import PiecewiseAffine


def _image(shape=(40, 50, 3)):
    return np.random.default_rng(0).integers(0, 255, shape).astype(np.uint8)


def _fixed(jitter, **kwargs):
    aug = PiecewiseAffine(scale=0.1, **kwargs)
    aug.jitter = iap.DeterministicList(jitter)  # offsets are drawn from it
    return aug


class TestParameters:
    def test_defaults(self):
        aug = PiecewiseAffine()
        scale, nb_rows, nb_cols, order, cval, mode, absolute = aug.get_parameters()
        assert isinstance(scale, iap.Uniform)
        assert isinstance(aug.jitter, iap.Normal) and aug.jitter.scale is scale
        assert isinstance(nb_rows, iap.DiscreteUniform)
        assert isinstance(nb_cols, iap.DiscreteUniform)
        assert order.value == 1 and cval.value == 0 and mode.value == "constant"
        assert absolute is False
        assert aug.polygon_recoverer is None
        assert aug._order_heatmaps == 3 and aug._order_segmentation_maps == 0

    def test_order_all_uses_skimage_orders(self):
        assert PiecewiseAffine(order=ia.ALL).order.a == [0, 1, 3, 4, 5]

    def test_recoverer_auto(self):
        assert PiecewiseAffine(polygon_recoverer="auto").polygon_recoverer is not None

    @pytest.mark.parametrize("name", ["nb_rows", "nb_cols"])
    def test_grid_needs_two_points(self, name):
        with pytest.raises(ValueError, match=name):
            PiecewiseAffine(**{name: 1})

    def test_str(self):
        text = str(PiecewiseAffine(name="pa"))
        assert text.startswith("PiecewiseAffine(name=pa, parameters=[Uniform(")
        assert text.endswith("Deterministic(constant), False], deterministic=False)")


class TestImages:
    def test_zero_scale_is_identity(self):
        image = _image()
        assert np.array_equal(PiecewiseAffine(scale=0)(image=image), image)

    def test_equals_kernel_warp(self):
        image = _image()
        jitter = np.linspace(-0.05, 0.05, 2 * 3 * 4).astype(np.float32)
        aug = _fixed(jitter.tolist(), nb_rows=3, nb_cols=4, order=1, mode="edge")
        disp = pw.node_displacements(jitter.reshape(-1, 2), 3, 4, 40, 50, (40, 50))
        expected = pw.warp_mesh(image, disp, 1, "edge", 0)
        assert np.array_equal(aug(image=image), expected)

    def test_all_negative_offsets_still_move(self):
        # 0.4.0 skipped images whose offsets were all <= 0 (none > 0)
        image = _image()
        observed = _fixed([-0.05], nb_rows=2, nb_cols=2)(image=image)
        assert not np.array_equal(observed, image)

    def test_absolute_scale_matches_relative_on_square_images(self):
        image = _image((30, 30, 3))
        relative = PiecewiseAffine(scale=0.05, nb_rows=3, nb_cols=3, seed=2)
        absolute = PiecewiseAffine(
            scale=0.05 * 30, nb_rows=3, nb_cols=3, absolute_scale=True, seed=2
        )
        observed = absolute(image=image)
        expected = relative(image=image)
        assert np.mean(np.abs(observed.astype(int) - expected)) < 0.5

    def test_one_pixel_images_are_unchanged(self):
        for shape in [(1, 5, 3), (5, 1, 3), (1, 1, 1)]:
            image = _image(shape)
            assert np.array_equal(PiecewiseAffine(scale=0.1)(image=image), image)

    @pytest.mark.parametrize("order", [0, 1, 2, 3, 4, 5])
    def test_orders_run_and_keep_flat_images(self, order):
        image = np.full((20, 24, 3), 77, dtype=np.uint8)
        aug = PiecewiseAffine(scale=0.05, order=order, mode="edge", seed=1)
        assert np.all(aug(image=image) == 77)

    def test_mode_and_cval(self):
        # sampling positions stay inside the image (nodes are clipped), but the
        # bicubic neighbourhood of edge pixels reaches the fill
        image = np.full((20, 20, 1), 200, dtype=np.uint8)
        kwargs = {"nb_rows": 2, "nb_cols": 2, "order": 3}
        constant = _fixed([0.013], cval=0, mode="constant", **kwargs)(image=image)
        edge = _fixed([0.013], cval=0, mode="edge", **kwargs)(image=image)
        bright = _fixed([0.013], cval=255, mode="constant", **kwargs)(image=image)
        assert np.all(edge == 200)
        assert np.any(constant != 200) and np.all(constant[5:15, 5:15] == 200)
        assert np.any(bright != constant) and np.all(bright[5:15, 5:15] == 200)

    def test_bad_mode_sample(self):
        aug = PiecewiseAffine(scale=0.1, mode=iap.Deterministic("bad"))
        with pytest.raises(ValueError, match="mode"):
            aug(image=_image())

    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    def test_unsupported_dtypes(self, dtype):
        with pytest.raises(ValueError):
            PiecewiseAffine(scale=0.05)(image=_image().astype(dtype))


class TestCoordinates:
    def _single_pixel(self, y, x, shape=(40, 50, 1)):
        image = np.zeros(shape, dtype=np.float32)
        image[y, x] = 1.0
        return image

    @pytest.mark.parametrize("seed", range(6))
    def test_keypoint_follows_its_pixel(self, seed):
        y, x = 17, 29
        image = self._single_pixel(y, x)
        kps = KeypointsOnImage([Keypoint(x + 0.5, y + 0.5)], shape=image.shape)
        aug = PiecewiseAffine(scale=0.04, nb_rows=4, nb_cols=5, seed=seed)
        image_aug, kps_aug = aug(image=image, keypoints=kps)
        weights = image_aug[:, :, 0]
        yy, xx = np.mgrid[0 : weights.shape[0], 0 : weights.shape[1]]
        cx = (weights * (xx + 0.5)).sum() / weights.sum()
        cy = (weights * (yy + 0.5)).sum() / weights.sum()
        kp = kps_aug.keypoints[0]
        assert abs(kp.x - cx) < 1.0 and abs(kp.y - cy) < 1.0

    def test_points_outside_the_image_stay(self):
        kps = KeypointsOnImage(
            [Keypoint(-2, 5), Keypoint(60, 5), Keypoint(10, 45)], shape=(40, 50, 3)
        )
        observed = PiecewiseAffine(scale=0.05, seed=1)(keypoints=kps)
        assert np.array_equal(observed.to_xy_array(), kps.to_xy_array())

    def test_points_move_against_the_node_offsets(self):
        # every node moves (clipped) by +2 px in x: content moves 2 px left
        kps = KeypointsOnImage([Keypoint(20.5, 10.5)], shape=(40, 50, 3))
        aug = _fixed([0.0, 2 / 50], nb_rows=2, nb_cols=2)
        observed = aug(keypoints=kps).to_xy_array()
        # the right column is clipped to 49 (from 50): the mesh stretches a bit
        disp = pw.node_displacements(
            np.tile([0.0, 2 / 50], (4, 1)), 2, 2, 40, 50, (40, 50)
        )
        expected = pw.inverse_points(np.array([[20.0, 10.0]]), disp, 40, 50) + 0.5
        assert np.allclose(observed, expected)
        assert observed[0, 0] < 20.5

    def test_boxes_and_polygons_move(self):
        bbs = BoundingBoxesOnImage([BoundingBox(10, 10, 30, 25)], shape=(40, 50, 3))
        psoi = PolygonsOnImage(
            [Polygon([(10, 10), (30, 10), (30, 25), (10, 25)])], shape=(40, 50, 3)
        )
        aug = PiecewiseAffine(scale=0.03, nb_rows=3, nb_cols=3, seed=5)
        bbs_aug, psoi_aug = aug(bounding_boxes=bbs, polygons=psoi)
        assert not np.allclose(bbs_aug.to_xy_array(), bbs.to_xy_array())
        assert not np.allclose(psoi_aug.to_xy_array(), psoi.to_xy_array())


class TestMaps:
    def test_heatmaps_and_segmaps_follow_the_image(self):
        image = np.zeros((40, 40, 1), dtype=np.uint8)
        image[14:22, 14:22] = 255
        heatmap = np.zeros((20, 20, 1), dtype=np.float32)
        heatmap[7:11, 7:11] = 1.0
        segmap = (heatmap[:, :, 0] > 0).astype(np.int32)
        aug = PiecewiseAffine(scale=0.05, nb_rows=3, nb_cols=3, seed=3)
        image_aug, hm_aug, seg_aug = aug(
            image=image,
            heatmaps=HeatmapsOnImage(heatmap, shape=image.shape),
            segmentation_maps=SegmentationMapsOnImage(segmap, shape=image.shape),
        )
        yy, xx = np.nonzero(image_aug[:, :, 0] > 127)
        hy, hx = np.nonzero(hm_aug.arr_0to1[:, :, 0] > 0.5)
        assert abs(2 * (hy.mean() + 0.5) - (yy.mean() + 0.5)) < 1.5
        assert abs(2 * (hx.mean() + 0.5) - (xx.mean() + 0.5)) < 1.5
        assert hm_aug.arr_0to1.min() >= 0 and hm_aug.arr_0to1.max() <= 1
        assert set(np.unique(seg_aug.arr)) <= {0, 1}
        assert hm_aug.shape == image.shape and seg_aug.arr.shape == (20, 20, 1)

    def test_same_seed_same_images_with_and_without_maps(self):
        image = _image()
        heatmaps = HeatmapsOnImage(np.zeros((20, 25, 1), np.float32), shape=image.shape)
        alone = PiecewiseAffine(scale=0.04, seed=7)(image=image)
        together, _ = PiecewiseAffine(scale=0.04, seed=7)(
            image=image, heatmaps=heatmaps
        )
        assert np.array_equal(alone, together)
