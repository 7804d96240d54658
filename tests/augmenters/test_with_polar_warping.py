"""Tests for imgaug.augmenters.geometric.WithPolarWarping."""

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug._kernels.polar import polar_geometry, warp_polar
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.geometric import WithPolarWarping

SHAPE = (30, 40, 3)


def _image(shape=SHAPE):
    return np.random.default_rng(0).integers(0, 255, shape).astype(np.uint8)


class _RecordShapes(iaa.Identity):
    """Identity that remembers the shapes its children see."""

    def __init__(self):
        super().__init__()
        self.seen = {}

    def _augment_batch_(self, batch, random_state, parents, hooks):
        for name in ("images", "heatmaps", "keypoints", "polygons"):
            values = getattr(batch, name)
            if values is not None:
                self.seen[name] = [v.shape for v in values]
        self.seen["bounding_boxes"] = batch.bounding_boxes
        return batch


class TestParameters:
    def test_children_and_description(self):
        aug = WithPolarWarping(iaa.Identity(), name="w")
        assert aug.get_parameters() == []
        assert aug.get_children_lists() == [aug.children]
        assert isinstance(aug.children, iaa.Sequential)
        assert aug.children.name == "w-then"
        assert str(aug) == (
            f"WithPolarWarping(name=w, children={aug.children}, deterministic=False)"
        )

    def test_to_deterministic_copies_children(self):
        aug = WithPolarWarping(iaa.Affine(translate_px={"x": (-5, 5)}), seed=1)
        det = aug.to_deterministic()
        assert det.children is not aug.children and det.children[0].deterministic


class TestImages:
    def test_identity_child_is_the_nearest_neighbour_round_trip(self):
        image = _image()
        observed = WithPolarWarping(iaa.Identity())(image=image)
        expected = warp_polar(warp_polar(image), inverse=True, cartesian_hw=(30, 40))
        assert np.array_equal(observed, expected)

    def test_children_see_polar_images(self):
        recorder = _RecordShapes()
        WithPolarWarping(recorder)(image=_image())
        _, _, polar_hw = polar_geometry(30, 40)
        assert recorder.seen["images"] == [polar_hw + (3,)]

    def test_translation_along_radius_zooms_out(self):
        image = np.zeros((41, 41, 1), dtype=np.uint8)
        image[18:23, 18:23] = 255  # blob around the centre
        observed = WithPolarWarping(iaa.Affine(translate_px={"x": 6}))(image=image)
        # content moves away from the centre: a hole opens in the middle
        assert observed[20, 20, 0] == 0 and observed.max() == 255

    def test_array_stays_array(self):
        images = np.stack([_image(), _image()])
        observed = WithPolarWarping(iaa.Identity())(images=images)
        assert isinstance(observed, np.ndarray) and observed.shape == images.shape

    @pytest.mark.parametrize(
        "dtype", ["bool", "uint16", "int8", "int16", "int32", "float16", "float64"]
    )
    def test_dtypes(self, dtype):
        image = (_image() > 128) if dtype == "bool" else _image().astype(dtype)
        observed = WithPolarWarping(iaa.Identity())(image=image)
        assert observed.dtype == image.dtype
        expected = WithPolarWarping(iaa.Identity())(image=image.astype(np.uint8))
        assert np.array_equal(observed.astype(np.uint8), expected)

    @pytest.mark.parametrize("dtype", ["uint32", "uint64", "int64"])
    def test_unsupported_dtypes(self, dtype):
        with pytest.raises(ValueError):
            WithPolarWarping(iaa.Identity())(image=_image().astype(dtype))

    def test_zero_sized_images_pass(self):
        image = np.zeros((0, 5, 3), dtype=np.uint8)
        assert WithPolarWarping(iaa.Identity())(image=image).shape == (0, 5, 3)


class TestOtherKinds:
    def test_keypoints_round_trip(self):
        kps = KeypointsOnImage(
            [Keypoint(5, 5), Keypoint(20, 15), Keypoint(39.5, 29.5), Keypoint(-3, 4)],
            shape=SHAPE,
        )
        observed = WithPolarWarping(iaa.Identity())(keypoints=kps)
        assert np.allclose(observed.to_xy_array(), kps.to_xy_array(), atol=1e-2)
        assert observed.shape == SHAPE

    def test_children_see_polar_coordinates(self):
        recorder = _RecordShapes()
        kps = KeypointsOnImage([Keypoint(25, 15)], shape=SHAPE)
        WithPolarWarping(recorder)(keypoints=kps)
        _, _, polar_hw = polar_geometry(30, 40)
        assert recorder.seen["keypoints"] == [polar_hw + (3,)]

    def test_radial_translation_moves_keypoint_outwards(self):
        kps = KeypointsOnImage([Keypoint(20, 15), Keypoint(30, 15)], shape=SHAPE)
        aug = WithPolarWarping(iaa.Affine(translate_px={"x": 5}))
        observed = aug(keypoints=kps).to_xy_array()
        # K = polar width / radius = 25 / 25: 5 polar px are 5 px
        assert np.allclose(observed, [[25, 15], [35, 15]], atol=1e-3)

    def test_keypoint_on_blob(self):
        image = np.zeros(SHAPE, dtype=np.uint8)
        image[6:10, 28:32] = 255
        kps = KeypointsOnImage([Keypoint(30, 8)], shape=SHAPE)
        aug = WithPolarWarping(iaa.Affine(translate_px={"x": -3, "y": 4}))
        image_aug, kps_aug = aug(image=image, keypoints=kps)
        yy, xx = np.nonzero(image_aug[:, :, 0] > 127)
        kp = kps_aug.keypoints[0]
        assert (
            abs(kp.x - (xx.mean() + 0.5)) < 1.5 and abs(kp.y - (yy.mean() + 0.5)) < 1.5
        )

    def test_bounding_boxes_take_the_polygon_detour(self):
        recorder = _RecordShapes()
        bbs = BoundingBoxesOnImage(
            [BoundingBox(5, 5, 15, 12, label="cat"), BoundingBox(20, 10, 30, 20)],
            shape=SHAPE,
        )
        observed = WithPolarWarping([recorder])(bounding_boxes=bbs)
        assert recorder.seen["bounding_boxes"] is None
        assert len(recorder.seen["polygons"]) == 1
        assert [bb.label for bb in observed.bounding_boxes] == ["cat", None]
        assert np.allclose(observed.to_xy_array(), bbs.to_xy_array(), atol=1e-2)
        assert observed.shape == SHAPE

    def test_bounding_boxes_next_to_polygons(self):
        bbs = BoundingBoxesOnImage([BoundingBox(5, 5, 15, 12)], shape=SHAPE)
        psoi = PolygonsOnImage(
            [Polygon([(2, 2), (10, 3), (6, 9)], label="tri")], shape=SHAPE
        )
        bbs_aug, psoi_aug = WithPolarWarping(iaa.Identity())(
            bounding_boxes=bbs, polygons=psoi
        )
        assert len(bbs_aug.bounding_boxes) == 1
        assert [p.label for p in psoi_aug.polygons] == ["tri"]
        assert np.allclose(psoi_aug.to_xy_array(), psoi.to_xy_array(), atol=1e-2)

    def test_line_strings_and_maps(self):
        lsoi = LineStringsOnImage([LineString([(3, 3), (30, 20)])], shape=SHAPE)
        heatmaps = HeatmapsOnImage(np.ones((15, 20, 1), np.float32), shape=SHAPE)
        segmaps = SegmentationMapsOnImage(np.ones((30, 40), np.int32), shape=SHAPE)
        ls_aug, hm_aug, seg_aug = WithPolarWarping(iaa.Identity())(
            line_strings=lsoi, heatmaps=heatmaps, segmentation_maps=segmaps
        )
        assert np.allclose(ls_aug.to_xy_array(), lsoi.to_xy_array(), atol=1e-2)
        assert hm_aug.arr_0to1.shape == (15, 20, 1) and hm_aug.shape == SHAPE
        assert seg_aug.arr.shape == (30, 40, 1) and seg_aug.shape == SHAPE
        # the centre survives the round trip
        assert hm_aug.arr_0to1[7, 10, 0] == 1.0 and seg_aug.arr[15, 20, 0] == 1

    def test_warp_polar_coords_classmethod(self):
        xy = np.float32([[25.0, 15.0]])
        polar = WithPolarWarping.warpPolarCoords(
            xy, (25, 79), (20.0, 15.0), 25.0, cv2.WARP_POLAR_LINEAR
        )
        back = WithPolarWarping.warpPolarCoords(
            polar,
            (25, 79),
            (20.0, 15.0),
            25.0,
            cv2.WARP_POLAR_LINEAR | cv2.WARP_INVERSE_MAP,
        )
        assert np.allclose(polar, [[5.0, 0.0]]) and np.allclose(back, xy)
