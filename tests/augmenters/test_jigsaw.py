"""Tests for imgaug.augmenters.geometric.Jigsaw.

Jigsaw is not in the generic contract suite (it raises for bounding boxes,
polygons and line strings, which those tests pass along), so the contract points
for its kinds are tested here.
"""

import copy
import pickle

import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug import multicore
from imgaug.augmentables.batches import UnnormalizedBatch
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.geometric import Jigsaw, apply_jigsaw
from tests.cases import ALL_DTYPES


def _image(shape=(12, 16, 3)):
    return (np.arange(int(np.prod(shape))).reshape(shape) % 251).astype(np.uint8)


def _cells(image, rows, cols):
    """The multiset of cells of an image, as sorted byte strings."""
    height, width = image.shape[0:2]
    ch, cw = height // rows, width // cols
    return sorted(
        image[r * ch : (r + 1) * ch, c * cw : (c + 1) * cw].tobytes()
        for r in range(rows)
        for c in range(cols)
    )


class TestParameters:
    def test_defaults(self):
        aug = Jigsaw()
        nb_rows, nb_cols, max_steps, allow_pad = aug.get_parameters()
        assert isinstance(nb_rows, iap.DiscreteUniform)
        assert isinstance(nb_cols, iap.DiscreteUniform)
        assert isinstance(max_steps, iap.Deterministic) and max_steps.value == 1
        assert allow_pad is True

    def test_str(self):
        assert str(Jigsaw(name="j")) == (
            "Jigsaw(name=j, parameters=[DiscreteUniform(Deterministic(int 3), "
            "Deterministic(int 10)), DiscreteUniform(Deterministic(int 3), "
            "Deterministic(int 10)), Deterministic(int 1), True], deterministic=False)"
        )

    @pytest.mark.parametrize(
        "kwargs", [{"nb_rows": 0}, {"nb_cols": (0, 2)}, {"max_steps": -1}]
    )
    def test_bad_values(self, kwargs):
        with pytest.raises(ValueError, match=list(kwargs)[0]):
            Jigsaw(**kwargs)


class TestImages:
    def test_cells_are_shuffled_not_changed(self):
        image = _image()
        for seed in range(5):
            observed = Jigsaw(nb_rows=3, nb_cols=4, max_steps=2, seed=seed)(image=image)
            assert observed.shape == image.shape
            assert _cells(observed, 3, 4) == _cells(image, 3, 4)

    def test_shuffles_something(self):
        image = _image()
        outputs = [
            Jigsaw(nb_rows=3, nb_cols=4, max_steps=2, seed=s)(image=image)
            for s in range(5)
        ]
        assert any(not np.array_equal(o, image) for o in outputs)

    def test_zero_steps_only_pads(self):
        image = _image((10, 15, 3))
        observed = Jigsaw(nb_rows=4, nb_cols=4, max_steps=0)(image=image)
        assert observed.shape == (12, 16, 3)
        # centred: one row above and below, the extra column on the right
        assert np.array_equal(observed[1:11, 0:15], image)
        assert not observed[0].any() and not observed[:, 15].any()

    def test_without_padding_sizes_must_divide(self):
        with pytest.raises(ValueError, match="'arr'"):
            Jigsaw(nb_rows=5, nb_cols=2, allow_pad=False)(image=_image())
        observed = Jigsaw(nb_rows=4, nb_cols=2, allow_pad=False)(image=_image())
        assert observed.shape == (12, 16, 3)

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_all_dtypes(self, dtype):
        image = _image((12, 16, 2)).astype(dtype)
        aug = Jigsaw(nb_rows=2, nb_cols=4, max_steps=3, seed=1)
        observed = aug(image=image)
        assert observed.dtype == image.dtype
        expected = Jigsaw(nb_rows=2, nb_cols=4, max_steps=3, seed=1)(
            image=image.astype(np.uint8)
        )
        assert np.array_equal(observed.astype(np.uint8), expected)

    @pytest.mark.parametrize("shape", [(0, 16, 3), (12, 0, 3), (12, 16, 0), (1, 1, 3)])
    def test_odd_shapes(self, shape):
        image = np.full(shape, 7, dtype=np.uint8)
        observed = Jigsaw(nb_rows=3, nb_cols=3, seed=2)(image=image)
        assert observed.ndim == 3 and observed.shape[2] == shape[2]

    def test_2d_images(self):
        image = _image()[:, :, 0]
        observed = Jigsaw(nb_rows=3, nb_cols=4, seed=2)(image=image)
        expected = Jigsaw(nb_rows=3, nb_cols=4, seed=2)(image=image[:, :, None])
        assert observed.ndim == 2 and np.array_equal(observed, expected[:, :, 0])


class TestOtherKinds:
    def test_keypoints_move_with_their_cell(self):
        image = np.zeros((12, 16, 1), dtype=np.uint8)
        image[1:3, 5:7] = 255  # inside cell (0, 1) of a 3x4 grid
        kps = KeypointsOnImage([Keypoint(6.0, 2.0), Keypoint(-1, 3)], shape=image.shape)
        for seed in range(6):
            aug = Jigsaw(nb_rows=3, nb_cols=4, max_steps=2, seed=seed)
            image_aug, kps_aug = aug(image=image, keypoints=kps)
            yy, xx = np.nonzero(image_aug[:, :, 0])
            kp = kps_aug.keypoints[0]
            assert (kp.x, kp.y) == (xx.mean() + 0.5, yy.mean() + 0.5)
            assert (kps_aug.keypoints[1].x, kps_aug.keypoints[1].y) == (-1, 3)

    def test_keypoints_shift_with_padding(self):
        kps = KeypointsOnImage([Keypoint(1.5, 1.5)], shape=(10, 15, 3))
        observed = Jigsaw(nb_rows=4, nb_cols=4, max_steps=0)(keypoints=kps)
        assert observed.to_xy_array().tolist() == [[1.5, 2.5]]
        assert observed.shape == (12, 16, 3)

    def test_maps_follow_at_image_resolution(self):
        image = _image((12, 16, 1))
        heatmap = (image.astype(np.float32) / 255.0)[::2, ::2]
        segmap = (image[:, :, 0] % 3).astype(np.int32)
        aug = Jigsaw(nb_rows=3, nb_cols=4, max_steps=2, seed=4)
        image_aug, hm_aug, seg_aug = aug(
            image=image,
            heatmaps=HeatmapsOnImage(heatmap, shape=image.shape),
            segmentation_maps=SegmentationMapsOnImage(segmap, shape=image.shape),
        )
        destinations = _destinations_of(image, image_aug, 3, 4)
        assert np.array_equal(seg_aug.arr[:, :, 0], apply_jigsaw(segmap, destinations))
        assert hm_aug.arr_0to1.shape == (6, 8, 1)
        assert hm_aug.shape == seg_aug.shape == image_aug.shape

    def test_maps_return_to_their_size_after_padding(self):
        heatmaps = HeatmapsOnImage(np.zeros((5, 7, 1), np.float32), shape=(10, 15, 3))
        segmaps = SegmentationMapsOnImage(np.zeros((10, 15), np.int32), (10, 15, 3))
        hm_aug, seg_aug = Jigsaw(nb_rows=4, nb_cols=4, max_steps=0)(
            heatmaps=heatmaps, segmentation_maps=segmaps
        )
        assert hm_aug.arr_0to1.shape == (5, 7, 1) and hm_aug.shape == (12, 16, 3)
        assert seg_aug.arr.shape == (10, 15, 1) and seg_aug.shape == (12, 16, 3)

    @pytest.mark.parametrize(
        "kind, value",
        [
            ("bounding_boxes", BoundingBoxesOnImage([BoundingBox(1, 1, 3, 3)], (8, 8))),
            ("polygons", PolygonsOnImage([Polygon([(1, 1), (3, 1), (2, 3)])], (8, 8))),
            (
                "line_strings",
                LineStringsOnImage([LineString([(1, 1), (3, 3)])], (8, 8)),
            ),
        ],
    )
    def test_unsupported_kinds_raise(self, kind, value):
        with pytest.raises(NotImplementedError, match="bounding boxes"):
            Jigsaw(nb_rows=2, nb_cols=2)(image=_image(), **{kind: value})


def _destinations_of(image, image_aug, rows, cols):
    """Recover the destinations from unique cells (test helper)."""
    ch, cw = image.shape[0] // rows, image.shape[1] // cols
    dest = np.zeros((rows, cols), dtype=int)
    for i in range(rows * cols):
        r, c = divmod(i, cols)
        cell = image[r * ch : (r + 1) * ch, c * cw : (c + 1) * cw]
        for j in range(rows * cols):
            r2, c2 = divmod(j, cols)
            if np.array_equal(
                image_aug[r2 * ch : (r2 + 1) * ch, c2 * cw : (c2 + 1) * cw], cell
            ):
                dest[r, c] = j
    return dest


class TestContract:
    def _batch(self):
        images = np.stack([_image(), _image()[::-1].copy()])
        kps = [KeypointsOnImage([Keypoint(3.5, 2.5)], shape=images.shape[1:])] * 2
        return images, kps

    def test_same_seed_same_output_and_kinds_do_not_matter(self):
        images, kps = self._batch()
        alone = Jigsaw(seed=5)(images=images)
        together, _ = Jigsaw(seed=5)(images=images, keypoints=kps)
        again = Jigsaw(seed=5)(images=images)
        assert len(alone) == len(together) == 2
        for x, y, z in zip(alone, together, again):
            assert np.array_equal(x, y) and np.array_equal(x, z)

    def test_to_deterministic_aligns_images_and_keypoints(self):
        image = np.zeros((12, 16, 1), dtype=np.uint8)
        image[4:6, 9:11] = 255
        kps = KeypointsOnImage([Keypoint(10.0, 5.0)], shape=image.shape)
        # grids whose cell boundaries never cut the blob
        det = Jigsaw(nb_rows=[2, 3], nb_cols=[2, 4], max_steps=3, seed=1)
        det = det.to_deterministic()
        first = det(image=image)
        assert np.array_equal(det(image=image), first)
        kps_aug = det(keypoints=kps)
        yy, xx = np.nonzero(first[:, :, 0])
        assert kps_aug.keypoints[0].x == xx.mean() + 0.5
        assert kps_aug.keypoints[0].y == yy.mean() + 0.5

    def test_pickle_and_pool(self):
        images, kps = self._batch()
        aug = Jigsaw(seed=3)
        restored = pickle.loads(pickle.dumps(aug))
        expected = aug(images=images)
        observed = restored(images=images)
        assert all(np.array_equal(x, y) for x, y in zip(expected, observed))
        batches = [UnnormalizedBatch(images=images, keypoints=kps) for _ in range(2)]
        results = []
        for processes in (1, 2):
            with multicore.Pool(Jigsaw(), processes=processes, seed=4) as pool:
                results.append(pool.map_batches(batches))
        for first, second in zip(*results):
            assert all(
                np.array_equal(x, y)
                for x, y in zip(first.images_aug, second.images_aug)
            )

    def test_no_mutation_and_no_aliasing(self):
        images, kps = self._batch()
        before = images.copy()
        before_kps = copy.deepcopy(kps)
        images_aug, _ = Jigsaw(max_steps=0, nb_rows=2, nb_cols=2)(
            images=images, keypoints=kps
        )
        assert np.array_equal(images, before)
        assert kps[0].to_xy_array().tolist() == before_kps[0].to_xy_array().tolist()
        for image_aug in images_aug:
            assert not np.shares_memory(image_aug, images)

    def test_list_and_array_inputs_agree(self):
        images, _ = self._batch()
        as_array = Jigsaw(seed=8)(images=images)
        as_list = Jigsaw(seed=8)(images=list(images))
        assert isinstance(as_list, list)
        assert all(np.array_equal(x, y) for x, y in zip(as_array, as_list))
