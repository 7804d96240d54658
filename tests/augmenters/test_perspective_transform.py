"""Tests for imgaug.augmenters.geometric.PerspectiveTransform."""

import cv2
import numpy as np
import pytest

import imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels.perspective import perspective_matrix, scale_into
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.geometric import PerspectiveTransform

JITTER = [0.08, -0.05, 0.02, 0.11, -0.06, 0.03, 0.04, -0.09]


def _image(shape=(40, 60, 3)):
    rng = np.random.default_rng(0)
    return rng.integers(0, 255, shape).astype(np.uint8)


def _fixed(jitter=JITTER, **kwargs):
    aug = PerspectiveTransform(scale=0.1, **kwargs)
    aug.jitter = iap.DeterministicList(jitter)  # the corners are drawn from it
    return aug


class TestParameters:
    def test_defaults(self):
        aug = PerspectiveTransform()
        jitter, keep_size, cval, mode, fit_output = aug.get_parameters()
        assert isinstance(jitter, iap.Normal)
        assert isinstance(jitter.scale, iap.Uniform)
        assert keep_size is True and fit_output is False
        assert isinstance(cval, iap.Deterministic) and cval.value == 0
        assert isinstance(mode, iap.Deterministic) and mode.value == "constant"
        assert aug.min_width == 2 and aug.min_height == 2
        assert aug.polygon_recoverer is not None

    def test_mode_all(self):
        mode = PerspectiveTransform(mode=ia.ALL).mode
        assert isinstance(mode, iap.Choice)
        assert sorted(mode.a) == sorted([cv2.BORDER_REPLICATE, cv2.BORDER_CONSTANT])

    def test_mode_flags_and_names(self):
        assert PerspectiveTransform(mode=cv2.BORDER_REPLICATE).mode.value == 1
        assert isinstance(PerspectiveTransform(mode=["constant", 1]).mode, iap.Choice)

    @pytest.mark.parametrize("mode", ["reflect", 7, [], ["constant", "edge"]])
    def test_bad_mode(self, mode):
        with pytest.raises(ValueError, match="'mode'"):
            PerspectiveTransform(mode=mode)

    def test_bad_scale(self):
        with pytest.raises(ValueError, match="scale"):
            PerspectiveTransform(scale=-1)

    def test_str(self):
        assert str(PerspectiveTransform(name="p")).startswith(
            "PerspectiveTransform(name=p, parameters=[Normal(loc=Deterministic(int 0)"
        )


class TestImages:
    def test_zero_scale_is_identity(self):
        image = _image()
        assert np.array_equal(PerspectiveTransform(scale=0)(image=image), image)

    def test_fixed_jitter_equals_manual_warp(self):
        image = _image()
        jitter = np.array(JITTER, dtype=np.float32).reshape((4, 2))
        matrix, height, width = perspective_matrix(jitter, 40, 60)
        expected = cv2.warpPerspective(image, matrix, (width, height))
        observed = _fixed(keep_size=False)(image=image)
        assert np.array_equal(observed, expected)
        # keep_size: one warp straight into the input size ...
        folded = scale_into(matrix, (height, width), (40, 60))
        kept = _fixed()(image=image)
        assert np.array_equal(kept, cv2.warpPerspective(image, folded, (60, 40)))
        # ... close to 0.4.0's warp + resize (on smooth content)
        yy, xx = np.mgrid[0:40, 0:60]
        smooth = np.dstack([xx * 4, yy * 6, xx + yy]).astype(np.uint8)
        two_steps = ia.imresize_single_image(
            cv2.warpPerspective(smooth, matrix, (width, height)), (40, 60)
        )
        one_step = _fixed()(image=smooth).astype(int)
        assert np.abs(one_step - two_steps)[2:-2, 2:-2].mean() < 1.0

    def test_keep_size_false_gives_lists(self):
        images = np.stack([_image(), _image()])
        assert isinstance(_fixed(keep_size=False)(images=images), list)
        assert isinstance(_fixed()(images=images), np.ndarray)

    def test_fit_output_keeps_everything(self):
        image = np.full((40, 60, 1), 200, dtype=np.uint8)
        observed = _fixed(keep_size=False, fit_output=True)(image=image)
        assert observed.shape[0] >= 40 * 0.9 and observed.shape[1] >= 60 * 0.9
        # the whole image is inside: about as many bright pixels as before
        assert abs(int((observed > 100).sum()) - 40 * 60) < 0.1 * 40 * 60

    def test_cval_and_replicate(self):
        image = np.full((20, 30, 3), 100, dtype=np.uint8)
        constant = _fixed(keep_size=False, fit_output=True, cval=7)(image=image)
        replicate = _fixed(keep_size=False, fit_output=True, mode="replicate")(
            image=image
        )
        assert np.any(constant == 7)
        assert np.all(replicate == 100)

    @pytest.mark.parametrize(
        "dtype", ["bool", "uint16", "int8", "int16", "float16", "float32", "float64"]
    )
    def test_dtypes_follow_uint8(self, dtype):
        image = (_image() // 2).astype(np.uint8)
        if dtype == "bool":
            image = image > 64
        expected = _fixed(keep_size=False)(image=image.astype(np.uint8))
        observed = _fixed(keep_size=False)(image=image.astype(dtype))
        assert observed.dtype == np.dtype(dtype)
        diff = np.abs(observed.astype(np.float64) - expected.astype(np.float64))
        # uint8 and int16 use fixed-point weights, floats exact ones: small differences
        assert np.mean(diff > 3) < 0.01

    @pytest.mark.parametrize("dtype", ["uint32", "int32", "int64", "uint64"])
    def test_unsupported_dtypes(self, dtype):
        with pytest.raises(ValueError):
            PerspectiveTransform(scale=0.05)(image=_image().astype(dtype))


class TestMapsAndCoordinates:
    def test_maps_use_their_own_resolution(self):
        image = np.zeros((40, 60, 1), dtype=np.uint8)
        image[16:24, 26:34] = 255
        heatmap = np.zeros((20, 30, 1), dtype=np.float32)
        heatmap[8:12, 13:17] = 1.0
        segmap = (heatmap[:, :, 0] > 0.5).astype(np.int32)
        aug = _fixed(keep_size=False)
        image_aug, hm_aug, seg_aug = aug(
            image=image,
            heatmaps=HeatmapsOnImage(heatmap, shape=image.shape),
            segmentation_maps=SegmentationMapsOnImage(segmap, shape=image.shape),
        )
        assert hm_aug.shape == image_aug.shape and seg_aug.shape == image_aug.shape
        yy, xx = np.nonzero(image_aug[:, :, 0] > 127)
        hy, hx = np.nonzero(hm_aug.arr_0to1[:, :, 0] > 0.5)
        scale = np.array(image_aug.shape[0:2]) / np.array(hm_aug.arr_0to1.shape[0:2])
        assert abs((hy.mean() + 0.5) * scale[0] - (yy.mean() + 0.5)) < 1.5
        assert abs((hx.mean() + 0.5) * scale[1] - (xx.mean() + 0.5)) < 1.5
        assert set(np.unique(seg_aug.arr)) <= {0, 1}

    def test_maps_keep_size(self):
        heatmaps = HeatmapsOnImage(np.zeros((20, 30, 1), np.float32), shape=(40, 60, 3))
        observed = _fixed()(heatmaps=heatmaps)
        assert observed.arr_0to1.shape == (20, 30, 1) and observed.shape == (40, 60, 3)

    def test_keypoints_follow_matrix(self):
        jitter = np.array(JITTER, dtype=np.float32).reshape((4, 2))
        matrix, height, width = perspective_matrix(jitter, 40, 60)
        kps = KeypointsOnImage([Keypoint(30, 20), Keypoint(-5, 3)], shape=(40, 60, 3))
        expected = cv2.perspectiveTransform(np.float32([[[30, 20], [-5, 3]]]), matrix)[
            0
        ]
        observed = _fixed(keep_size=False)(keypoints=kps)
        assert np.allclose(observed.to_xy_array(), expected, atol=1e-4)
        assert observed.shape == (height, width, 3)
        kept = _fixed()(keypoints=kps)
        assert kept.shape == (40, 60, 3)
        assert np.allclose(
            kept.to_xy_array(), expected * [60 / width, 40 / height], atol=1e-3
        )

    def test_keypoint_on_blob(self):
        image = np.zeros((40, 60, 1), dtype=np.uint8)
        image[10:14, 40:44] = 255
        kps = KeypointsOnImage([Keypoint(42, 12)], shape=image.shape)
        image_aug, kps_aug = _fixed()(image=image, keypoints=kps)
        yy, xx = np.nonzero(image_aug[:, :, 0] > 127)
        kp = kps_aug.keypoints[0]
        assert abs(kp.x - (xx.mean() + 0.5)) < 1 and abs(kp.y - (yy.mean() + 0.5)) < 1

    def test_polygons_are_recovered(self):
        poly = Polygon([(10, 10), (50, 10), (50, 30), (10, 30)])
        psoi = PolygonsOnImage([poly], shape=(40, 60, 3))
        observed = _fixed()(polygons=psoi)
        assert observed.polygons[0].is_valid

    def test_to_deterministic_aligns_calls(self):
        image = np.zeros((30, 30, 1), dtype=np.uint8)
        image[5:9, 20:24] = 255
        kps = KeypointsOnImage([Keypoint(22, 7)], shape=image.shape)
        det = PerspectiveTransform(scale=(0.05, 0.15), seed=4).to_deterministic()
        image_aug = det(image=image)
        kps_aug = det(keypoints=kps)
        yy, xx = np.nonzero(image_aug[:, :, 0] > 127)
        assert abs(kps_aug.keypoints[0].x - (xx.mean() + 0.5)) < 1
        assert abs(kps_aug.keypoints[0].y - (yy.mean() + 0.5)) < 1
        assert np.array_equal(det(image=image), image_aug)
