"""Tests for imgaug.augmenters.meta and the leaf contract in _sampled."""

import pickle
import sys
import types
import warnings

import numpy as np
import pytest

import imgaug
import imgaug.augmenters as iaa
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables import lines, polys
from imgaug.augmentables.batches import Batch, UnnormalizedBatch, _BatchInAugmentation
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import meta
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.augmenters.base import (
    SuspiciousMultiImageShapeWarning,
    SuspiciousSingleImageShapeWarning,
)
from imgaug.validation import InvalidTypeError, InvalidValueError


# ---------------------------------------------------------------------------------
# test-only leaves
# ---------------------------------------------------------------------------------
class _AddSamples:
    __slots__ = ("values",)

    def __init__(self, values):
        self.values = values


class _AddLeaf(_SampledAugmenter):
    """Adds an int in [0, high) per row to images, shifts coordinates right by it.

    Segmentation maps get the value added to ``arr``; heatmaps are recorded only.
    """

    _KINDS = (
        "images",
        "heatmaps",
        "segmentation_maps",
        "keypoints",
        "bounding_boxes",
        "polygons",
        "line_strings",
    )
    draws = []

    def __init__(
        self,
        high=10,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.high = high

    # sampling order: value per row
    def _draw_samples(self, batch, random_state):
        _AddLeaf.draws.append(batch.nb_rows)
        values = random_state.integers(0, self.high, size=(batch.nb_rows,))
        return _AddSamples(values)

    def _augment_images_by_samples(self, images, samples):
        for i, value in enumerate(samples.values):
            images[i] = images[i] + images[i].dtype.type(value)
        return images

    def _augment_maps_by_samples(self, maps, kind, samples):
        if kind == "segmentation_maps":
            for i, value in enumerate(samples.values):
                maps[i].arr = maps[i].arr + int(value)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, value in enumerate(samples.values):
            xy = kpsois[i].to_xy_array()
            xy[:, 0] += value
            kpsois[i] = kpsois[i].fill_from_xy_array_(xy)
        return kpsois

    def get_parameters(self):
        return [self.high]


class _PixelAddLeaf(_AddLeaf):
    _KINDS = ("images",)


class _PowerLeaf(_SampledAugmenter):
    """Adds a fixed power of two to every image; no randomness."""

    _KINDS = ("images",)

    def __init__(self, value, seed=None, name=None):
        super().__init__(seed=seed, name=name)
        self.value = value

    def _augment_images_by_samples(self, images, samples):
        for i in range(len(images)):
            images[i] = images[i] + np.uint8(self.value)
        return images

    def get_parameters(self):
        return [self.value]


class _LegacyAdd(iaa.Augmenter):
    """0.4.0-style custom augmenter using the legacy per-kind hooks."""

    def _augment_images(self, images, random_state, parents, hooks):
        values = random_state.integers(0, 50, size=(len(images),))
        return [image + np.uint8(v) for image, v in zip(images, values)]

    def _augment_keypoints(self, keypoints_on_images, random_state, parents, hooks):
        values = random_state.integers(0, 50, size=(len(keypoints_on_images),))
        return [kpsoi.shift(x=int(v)) for kpsoi, v in zip(keypoints_on_images, values)]

    def get_parameters(self):
        return []


@pytest.fixture(autouse=True)
def _clear_draws():
    _AddLeaf.draws.clear()
    yield


def _img(h=4, w=5, c=3, value=0, dtype=np.uint8):
    return np.full((h, w, c), value, dtype=dtype)


def _kpsoi(x=1.0, y=2.0, shape=(4, 5, 3)):
    return KeypointsOnImage([Keypoint(x=x, y=y)], shape=shape)


def _first_x(kpsoi):
    return float(kpsoi.to_xy_array()[0, 0])


# ---------------------------------------------------------------------------------
# Augmenter.__init__
# ---------------------------------------------------------------------------------
class TestAugmenterInit:
    def test_default_name(self):
        assert iaa.Identity().name == "UnnamedIdentity"
        assert _AddLeaf().name == "Unnamed_AddLeaf"

    def test_custom_name(self):
        assert iaa.Identity(name="foo").name == "foo"

    def test_name_must_be_string(self):
        with pytest.raises(TypeError, match="name"):
            iaa.Identity(name=1)

    def test_seed_none_uses_global_rng(self):
        aug = iaa.Identity()
        assert aug.random_state.is_global_rng()
        assert aug.deterministic is False
        assert aug.activated is True

    def test_seed_int_gives_own_rng(self):
        aug = iaa.Identity(seed=3)
        assert not aug.random_state.is_global_rng()
        assert aug.random_state.equals(iarandom.RNG(3))

    def test_random_state_alias(self):
        aug = iaa.Identity(random_state=3)
        assert aug.random_state.equals(iarandom.RNG(3))

    def test_seed_and_random_state_together_fail(self):
        with pytest.raises(ValueError, match="seed"):
            iaa.Identity(seed=1, random_state=2)

    def test_deterministic_parameter_is_deprecated(self):
        with pytest.warns(ia.DeprecationWarning, match="deterministic"):
            aug = iaa.Identity(deterministic=True)
        assert aug.deterministic is True
        assert not aug.random_state.is_global_rng()

    def test_deterministic_must_be_bool(self):
        with pytest.warns(ia.DeprecationWarning):
            with pytest.raises(TypeError, match="deterministic"):
                iaa.Identity(deterministic="yes")

    def test_augmenter_is_abstract(self):
        with pytest.raises(TypeError):
            iaa.Augmenter()


# ---------------------------------------------------------------------------------
# augment() / __call__
# ---------------------------------------------------------------------------------
class TestAugment:
    def test_single_image(self):
        image = _img(value=3)
        result = _AddLeaf(high=1)(image=image)
        assert isinstance(result, np.ndarray)
        assert result.shape == image.shape
        assert np.array_equal(result, image)

    def test_single_2d_image_stays_2d(self):
        image = np.arange(6, dtype=np.uint8).reshape((2, 3))
        result = iaa.Identity()(image=image)
        assert result.shape == (2, 3)
        assert np.array_equal(result, image)

    def test_images_array_and_list(self):
        images = np.zeros((2, 4, 5, 3), dtype=np.uint8)
        result = iaa.Identity().augment(images=images)
        assert isinstance(result, np.ndarray)
        assert result.shape == (2, 4, 5, 3)
        result_list = iaa.Identity().augment(images=list(images))
        assert isinstance(result_list, list)
        assert len(result_list) == 2

    def test_does_not_mutate_input(self):
        image = _img(value=3)
        kpsoi = _kpsoi()
        _AddLeaf(high=5, seed=2)(image=image, keypoints=kpsoi)
        assert np.all(image == 3)
        assert _first_x(kpsoi) == 1.0

    def test_tuple_in_kwarg_order(self):
        image = _img()
        kps = [(1, 2)]
        result = iaa.Identity()(keypoints=kps, image=image)
        assert isinstance(result, tuple)
        assert result[0] == [(1, 2)]
        assert result[1].shape == image.shape
        result2 = iaa.Identity()(image=image, keypoints=kps)
        assert isinstance(result2[0], np.ndarray)
        assert result2[1] == [(1, 2)]

    def test_return_forms_roundtrip(self):
        images = np.zeros((2, 10, 10, 3), dtype=np.uint8)
        kps = np.float32([[[1, 2]], [[3, 4]]])
        bbs = np.float32([[[1, 2, 3, 4]], [[0, 0, 5, 5]]])
        images_aug, kps_aug, bbs_aug = _AddLeaf(high=1)(
            images=images, keypoints=kps, bounding_boxes=bbs
        )
        assert isinstance(images_aug, np.ndarray)
        assert isinstance(kps_aug, np.ndarray) and kps_aug.dtype == np.float32
        assert kps_aug.tolist() == kps.tolist()
        assert bbs_aug.tolist() == bbs.tolist()

    def test_keypoints_as_tuple_list_and_single_bbox_tuple(self):
        image = _img(h=10, w=10)
        _, kps_aug, bb_aug = iaa.Identity()(
            image=image, keypoints=[(1, 2), (3, 4)], bounding_boxes=(0, 0, 2, 2)
        )
        assert kps_aug == [(1, 2), (3, 4)]
        assert bb_aug == (0, 0, 2, 2)

    def test_return_batch(self):
        image = _img()
        batch = iaa.Identity()(image=image, return_batch=True)
        assert isinstance(batch, UnnormalizedBatch)
        assert np.array_equal(batch.images_aug[0], image)

    def test_call_is_alias_of_augment(self):
        aug = _AddLeaf(seed=1)
        aug2 = _AddLeaf(seed=1)
        image = _img()
        assert np.array_equal(aug(image=image), aug2.augment(image=image))

    def test_positional_argument_fails_with_hint(self):
        with pytest.raises(TypeError, match="named arguments"):
            iaa.Identity()(_img())

    def test_no_arguments_fail(self):
        with pytest.raises(ValueError, match="at least one"):
            iaa.Identity().augment()

    def test_unknown_argument_fails(self):
        with pytest.raises(ValueError, match="imagez"):
            iaa.Identity().augment(imagez=_img())

    def test_image_and_images_together_fail(self):
        with pytest.raises(ValueError, match="both"):
            iaa.Identity().augment(image=_img(), images=[_img()])


# ---------------------------------------------------------------------------------
# augment_* methods
# ---------------------------------------------------------------------------------
class TestAugmentMethods:
    def test_augment_image(self):
        image = _img(value=1)
        result = _AddLeaf(high=1).augment_image(image)
        assert np.array_equal(result, image)
        assert result is not image

    def test_augment_image_rejects_non_arrays_and_bad_ndim(self):
        with pytest.raises(TypeError, match="image"):
            iaa.Identity().augment_image([[1, 2]])
        with pytest.raises(ValueError, match="image"):
            iaa.Identity().augment_image(np.zeros((1, 2, 2, 3), dtype=np.uint8))

    def test_augment_image_warns_for_many_channels(self):
        with pytest.warns(SuspiciousSingleImageShapeWarning):
            iaa.Identity().augment_image(np.zeros((4, 4, 40), dtype=np.uint8))

    def test_augment_image_no_warning_for_1x1(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            iaa.Identity().augment_image(np.zeros((1, 1, 40), dtype=np.uint8))

    def test_augment_images_warns_for_3d_array_with_3_last(self):
        with pytest.warns(SuspiciousMultiImageShapeWarning):
            result = iaa.Identity().augment_images(np.zeros((4, 4, 3), dtype=np.uint8))
        assert result.shape == (4, 4, 3)

    # issue 18, item 2: the keyword entry points warn as in 0.4.0
    @pytest.mark.parametrize("call", ["augment", "__call__"])
    def test_augment_keywords_warn_like_augment_image(self, call):
        aug = iaa.Identity()
        with pytest.warns(SuspiciousSingleImageShapeWarning, match="augment"):
            result = getattr(aug, call)(image=np.zeros((3, 3, 512), dtype=np.uint8))
        assert result.shape == (3, 3, 512)
        with pytest.warns(SuspiciousMultiImageShapeWarning, match="augment"):
            result = getattr(aug, call)(images=np.zeros((4, 4, 3), dtype=np.uint8))
        assert result.shape == (4, 4, 3)
        with pytest.warns(SuspiciousMultiImageShapeWarning):
            getattr(aug, call)(images=np.zeros((4, 4, 1), np.uint8), return_batch=True)

    def test_augment_keywords_do_not_warn_where_0_4_0_does_not(self):
        aug = iaa.Identity()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            aug(image=np.zeros((1, 1, 512), dtype=np.uint8))
            aug(image=np.zeros((3, 512), dtype=np.uint8))
            aug(image=np.zeros((3, 3, 31), dtype=np.uint8))
            aug(images=[np.zeros((3, 3, 512), dtype=np.uint8)])
            aug(images=np.zeros((2, 3, 3, 512), dtype=np.uint8))
            aug(images=np.zeros((4, 4, 4), dtype=np.uint8))
            aug.augment_batch_(UnnormalizedBatch(images=np.zeros((3, 3, 3), np.uint8)))

    def test_augment_image_warns_once_through_containers(self):
        seq = iaa.Sequential([iaa.Identity(), iaa.Sometimes(1.0, iaa.Identity())])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            seq.augment_image(np.zeros((3, 3, 64), dtype=np.uint8))
            seq(image=np.zeros((3, 3, 64), dtype=np.uint8))
        categories = [w.category for w in caught]
        assert categories == [SuspiciousSingleImageShapeWarning] * 2

    def test_augment_images_containers(self):
        images = [_img(2, 2), _img(3, 3)]
        result = iaa.Identity().augment_images(images)
        assert isinstance(result, list)
        assert [r.shape for r in result] == [(2, 2, 3), (3, 3, 3)]

    def test_augment_heatmaps(self):
        heatmap = HeatmapsOnImage(np.full((2, 2), 0.5, np.float32), shape=(4, 4, 3))
        single = iaa.Identity().augment_heatmaps(heatmap)
        assert isinstance(single, HeatmapsOnImage)
        assert np.allclose(single.get_arr(), 0.5)
        many = iaa.Identity().augment_heatmaps([heatmap])
        assert isinstance(many, list) and len(many) == 1

    def test_augment_segmentation_maps(self):
        segmap = SegmentationMapsOnImage(np.ones((2, 2), np.int32), shape=(4, 4, 3))
        result = _AddLeaf(high=1).augment_segmentation_maps([segmap])
        assert isinstance(result, list)
        assert result[0].get_arr().tolist() == [[1, 1], [1, 1]]
        single = _AddLeaf(high=1).augment_segmentation_maps(segmap)
        assert isinstance(single, SegmentationMapsOnImage)

    def test_augment_keypoints(self):
        kpsoi = _kpsoi()
        aug = _AddLeaf(high=5, seed=4)
        result = aug.augment_keypoints(kpsoi)
        expected = iarandom.RNG(4).integers(0, 5, size=(1,))[0]
        assert isinstance(result, KeypointsOnImage)
        assert _first_x(result) == 1.0 + expected
        assert _first_x(kpsoi) == 1.0

    def test_augment_bounding_boxes_via_keypoints(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(10, 10, 3))
        aug = _AddLeaf(high=5, seed=4)
        expected = iarandom.RNG(4).integers(0, 5, size=(1,))[0]
        result = aug.augment_bounding_boxes([bbsoi])
        bb = result[0].bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (1 + expected, 2, 3 + expected, 4)
        assert bbsoi.bounding_boxes[0].x1 == 1

    def test_augment_polygons_and_line_strings_via_keypoints(self):
        psoi = polys.PolygonsOnImage(
            [polys.Polygon([(0, 0), (4, 0), (4, 4)])], shape=(10, 10, 3)
        )
        lsoi = lines.LineStringsOnImage(
            [lines.LineString([(0, 1), (2, 3)])], shape=(10, 10, 3)
        )
        expected = iarandom.RNG(4).integers(0, 5, size=(1,))[0]
        psoi_aug = _AddLeaf(high=5, seed=4).augment_polygons(psoi)
        lsoi_aug = _AddLeaf(high=5, seed=4).augment_line_strings([lsoi])
        assert psoi_aug.polygons[0].exterior[:, 0].tolist() == [
            0 + expected,
            4 + expected,
            4 + expected,
        ]
        assert lsoi_aug[0].line_strings[0].coords[:, 0].tolist() == [
            0 + expected,
            2 + expected,
        ]


# ---------------------------------------------------------------------------------
# augment_batch_ and augment_batches
# ---------------------------------------------------------------------------------
class TestAugmentBatch:
    def test_batch_returns_same_batch_with_aug(self):
        images = np.zeros((1, 2, 2, 1), dtype=np.uint8)
        batch = Batch(images=images, data="d")
        result = _AddLeaf(high=1).augment_batch_(batch)
        assert result is batch
        assert np.array_equal(batch.images_aug, images)
        assert batch.images_aug is not images
        assert batch.data == "d"

    def test_unnormalized_batch_returns_same_object(self):
        batch = UnnormalizedBatch(images=[np.zeros((2, 2), np.uint8)])
        result = iaa.Identity().augment_batch_(batch)
        assert result is batch
        assert result.images_aug[0].shape == (2, 2)

    def test_batch_in_augmentation_is_changed_in_place(self):
        images = [_img(value=1)]
        batch = _BatchInAugmentation(images=images)
        result = _AddLeaf(high=3, seed=1).augment_batch_(batch)
        assert result is batch
        expected = iarandom.RNG(1).integers(0, 3, size=(1,))[0]
        assert np.all(batch.images[0] == 1 + expected)

    def test_invalid_batch_type(self):
        with pytest.raises(ValueError, match="batch"):
            iaa.Identity().augment_batch_([np.zeros((1, 1, 1), np.uint8)])

    def test_augment_batch_is_deprecated(self):
        batch = Batch(images=np.zeros((1, 2, 2, 1), dtype=np.uint8))
        with pytest.warns(ia.DeprecationWarning, match="augment_batch_"):
            result = iaa.Identity().augment_batch(batch)
        assert result is batch

    def test_empty_batch_skips_augmenter(self):
        batch = _BatchInAugmentation()
        _AddLeaf().augment_batch_(batch)
        assert _AddLeaf.draws == []


class TestImagesOnlyCalls:
    """Images-only calls skip the batch objects; results must equal the batch route."""

    @staticmethod
    def _via_batch(images, seed):
        batch = UnnormalizedBatch(images=images)
        return _AddLeaf(high=50, seed=seed).augment_batch_(batch).images_aug

    @pytest.mark.parametrize(
        "call",
        [
            lambda aug, images: aug(image=images[0]),
            lambda aug, images: aug.augment(image=images[0]),
            lambda aug, images: aug.augment_image(images[0]),
        ],
        ids=["call", "augment", "augment_image"],
    )
    @pytest.mark.parametrize("shape", [(4, 5), (4, 5, 3)], ids=["2d", "3d"])
    def test_single_image_equals_batch_route(self, call, shape):
        image = np.arange(np.prod(shape), dtype=np.uint8).reshape(shape)
        expected = self._via_batch([image.copy()], seed=7)[0]
        result = call(_AddLeaf(high=50, seed=7), [image])
        assert result.shape == shape
        assert np.array_equal(result, expected)
        assert not np.shares_memory(result, image)
        assert np.array_equal(image, np.arange(image.size).reshape(shape))

    @pytest.mark.parametrize(
        "images",
        [
            [np.full((4, 5, 3), 2, np.uint8)],
            [np.full((4, 5), 2, np.uint8), np.full((3, 2, 1), 4, np.uint8)],
            np.full((2, 4, 5, 3), 2, np.uint8),
            np.full((2, 4, 5), 2, np.uint8),
        ],
        ids=["list1", "list2", "array4d", "array3d"],
    )
    @pytest.mark.parametrize("entry", ["augment_images", "augment"])
    def test_several_images_equal_batch_route(self, images, entry):
        expected = self._via_batch(images, seed=3)
        aug = _AddLeaf(high=50, seed=3)
        if entry == "augment":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SuspiciousMultiImageShapeWarning)
                result = aug(images=images)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SuspiciousMultiImageShapeWarning)
                result = aug.augment_images(images)
        assert type(result) is type(expected)
        for image_aug, image_exp, image in zip(result, expected, images, strict=True):
            assert image_aug.shape == image.shape
            assert np.array_equal(image_aug, image_exp)
            assert not np.shares_memory(image_aug, image)

    def test_identity_returns_a_copy(self):
        image = _img(value=3)
        aug = iaa.Identity()
        for result in (aug(image=image), aug.augment_images([image])[0]):
            assert np.array_equal(result, image)
            assert not np.shares_memory(result, image)

    def test_deactivated_augmenter_returns_copy(self):
        aug = _AddLeaf(high=50, seed=1)
        aug.activated = False
        image = _img(value=3)
        result = aug(image=image)
        assert np.array_equal(result, image)
        assert not np.shares_memory(result, image)
        assert _AddLeaf.draws == []

    def test_bad_single_image_still_rejected(self):
        with pytest.raises(InvalidTypeError, match="image"):
            iaa.Identity()(image=np.zeros((2, 2), dtype=object))
        with pytest.raises(InvalidValueError, match="images"):
            iaa.Identity()(image=np.zeros((1, 2, 2, 1), dtype=np.uint8))


class TestAugmentBatches:
    def test_is_generator_and_keeps_order(self):
        batches = [
            Batch(images=np.full((1, 2, 2, 1), i, np.uint8), data=i) for i in range(3)
        ]
        gen = iaa.Identity().augment_batches(batches)
        assert isinstance(gen, types.GeneratorType)
        results = list(gen)
        assert [b.data for b in results] == [0, 1, 2]
        assert [int(b.images_aug[0, 0, 0, 0]) for b in results] == [0, 1, 2]
        assert all(b.images_aug is not None for b in results)
        assert batches[0].images_aug is None

    def test_single_unnormalized_batch(self):
        batch = UnnormalizedBatch(images=[np.zeros((2, 2), np.uint8)], data="x")
        results = list(iaa.Identity().augment_batches(batch))
        assert len(results) == 1
        assert isinstance(results[0], UnnormalizedBatch)
        assert results[0] is not batch
        assert results[0].data == "x"
        assert results[0].images_aug[0].shape == (2, 2)
        assert batch.images_aug is None

    def test_generator_input(self):
        def gen():
            for i in range(2):
                yield UnnormalizedBatch(images=np.full((1, 2, 2), i, np.uint8))

        results = list(iaa.Identity().augment_batches(gen()))
        assert [int(r.images_aug[0, 0, 0]) for r in results] == [0, 1]

    def test_legacy_inputs_warn_and_return_column(self):
        aug = iaa.Identity()
        kpsois = [_kpsoi()]
        with pytest.warns(ia.DeprecationWarning):
            results = list(
                aug.augment_batches(
                    [np.zeros((2, 3, 3), np.uint8), [], kpsois, [_img()]]
                )
            )
        assert results[0].shape == (2, 3, 3)
        assert results[1] == []
        assert isinstance(results[2][0], KeypointsOnImage)
        assert isinstance(results[3], list) and results[3][0].shape == (4, 5, 3)

    def test_outer_array_rejected(self):
        with pytest.raises(TypeError, match="batches"):
            list(iaa.Identity().augment_batches(np.zeros((1, 2, 2, 3), np.uint8)))

    def test_unknown_item_rejected(self):
        with pytest.raises(TypeError, match="augment_batches"):
            list(iaa.Identity().augment_batches(["foo"]))

    def test_hooks_with_background_rejected(self):
        batch = Batch(images=np.zeros((1, 2, 2, 1), np.uint8))
        with pytest.raises(ValueError, match="background"):
            list(
                iaa.Identity().augment_batches(
                    [batch], hooks=ia.HooksImages(), background=True
                )
            )

    def test_background_uses_multicore_pool(self, monkeypatch):
        created = []

        class _FakeInnerPool:
            _processes = 2

        class _FakePool:
            def __init__(
                self, augseq, processes=None, maxtasksperchild=None, seed=None
            ):
                created.append((augseq, processes, maxtasksperchild, seed))
                self.augseq = augseq
                self.pool = _FakeInnerPool()

            def __enter__(self):
                return self

            def __exit__(self, *args):
                return False

            def imap_batches(self, batches, chunksize=1, output_buffer_size=None):
                assert isinstance(batches, types.GeneratorType)
                assert output_buffer_size == 20
                for batch in batches:
                    yield self.augseq.augment_batch_(batch)

        fake = types.ModuleType("imgaug.multicore")
        fake.Pool = _FakePool
        monkeypatch.setitem(sys.modules, "imgaug.multicore", fake)
        monkeypatch.setattr(imgaug, "multicore", fake, raising=False)

        aug = _AddLeaf(high=1)
        batches = [
            Batch(images=np.full((1, 2, 2, 1), 7, np.uint8), data="a"),
            UnnormalizedBatch(images=[np.zeros((2, 2), np.uint8)], data="b"),
        ]
        batches.insert(1, [])
        with pytest.warns(ia.DeprecationWarning):
            results = list(aug.augment_batches(batches, background=True))
        assert created == [(aug, None, None, None)]
        assert results[0].data == "a"
        assert int(results[0].images_aug[0, 0, 0, 0]) == 7
        assert results[1] == []
        assert isinstance(results[2], UnnormalizedBatch)
        assert results[2].data == "b"

    def test_pool_creates_multicore_pool(self, monkeypatch):
        calls = []
        fake = types.ModuleType("imgaug.multicore")
        fake.Pool = lambda *args, **kwargs: calls.append((args, kwargs)) or "pool"
        monkeypatch.setitem(sys.modules, "imgaug.multicore", fake)
        monkeypatch.setattr(imgaug, "multicore", fake, raising=False)
        aug = iaa.Identity()
        assert aug.pool(processes=2, maxtasksperchild=3, seed=4) == "pool"
        assert calls == [((aug,), {"processes": 2, "maxtasksperchild": 3, "seed": 4})]


# ---------------------------------------------------------------------------------
# hooks
# ---------------------------------------------------------------------------------
class TestHooks:
    def test_activator_deactivates_for_one_call_only(self):
        seq = iaa.Sequential([_PowerLeaf(5, name="add")])

        def activator(images, augmenter, parents, default):
            return False if augmenter.name == "add" else default

        image = _img(value=1)
        hooks = ia.HooksImages(activator=activator)
        assert np.all(seq.augment_image(image, hooks=hooks) == 1)
        assert np.all(seq.augment_image(image) == 6)
        assert seq[0].activated is True

    def test_activated_false_attribute(self):
        aug = _PowerLeaf(5)
        aug.activated = False
        assert np.all(aug(image=_img(value=1)) == 1)

    def test_activator_called_per_column_and_parents(self):
        calls = []

        def activator(values, augmenter, parents, default):
            calls.append((type(values).__name__, augmenter.name, parents))
            return default

        leaf = _AddLeaf(high=1, name="leaf")
        seq = iaa.Sequential([leaf], name="seq")
        seq.augment(image=_img(), keypoints=[_kpsoi()], hooks=ia.HooksImages(activator))
        assert calls[0] == ("list", "seq", None)
        assert calls[1] == ("list", "seq", None)
        assert calls[2][1] == "leaf" and calls[2][2] == [seq]
        assert len(calls) == 4

    def test_activator_only_for_images(self):
        def activator(values, augmenter, parents, default):
            if augmenter.name == "leaf" and isinstance(values[0], np.ndarray):
                return False
            return default

        leaf = _AddLeaf(high=5, seed=1, name="leaf")
        expected = iarandom.RNG(1).integers(0, 5, size=(1,))[0]
        image_aug, kps_aug = leaf.augment(
            image=_img(value=1),
            keypoints=[_kpsoi()],
            hooks=ia.HooksImages(activator=activator),
        )
        assert np.all(image_aug == 1)
        assert _first_x(kps_aug[0]) == 1.0 + expected

    def test_propagator_hides_columns_from_children(self):
        def propagator(values, augmenter, parents, default):
            return augmenter.name != "seq"

        seq = iaa.Sequential([_PowerLeaf(5)], name="seq")
        image = _img(value=1)
        result = seq.augment_image(image, hooks=ia.HooksImages(propagator=propagator))
        assert np.all(result == 1)
        assert np.all(seq.augment_image(image) == 6)

    def test_preprocess_and_postprocess(self):
        order = []

        def pre(images, augmenter, parents):
            order.append("pre")
            return [image + np.uint8(10) for image in images]

        def post(images, augmenter, parents):
            order.append("post")
            return [image * np.uint8(2) for image in images]

        hooks = ia.HooksImages(preprocessor=pre, postprocessor=post)
        result = _PowerLeaf(1).augment_image(_img(value=1), hooks=hooks)
        assert np.all(result == (1 + 10 + 1) * 2)
        assert order == ["pre", "post"]


# ---------------------------------------------------------------------------------
# determinism and seeding
# ---------------------------------------------------------------------------------
class TestDeterminism:
    def test_to_deterministic_repeats_across_calls(self):
        aug = _AddLeaf(high=100)
        det = aug.to_deterministic()
        assert det.deterministic is True
        image = _img(value=0)
        first = det(image=image)
        for _ in range(3):
            assert np.array_equal(det(image=image), first)

    def test_to_deterministic_repeats_across_kinds(self):
        det = iaa.Sequential(
            [_AddLeaf(high=100), _AddLeaf(high=100)]
        ).to_deterministic()
        image_aug = det(image=_img(value=0))
        kps_aug = det(keypoints=[_kpsoi(x=0.0)])
        assert _first_x(kps_aug[0]) == float(image_aug[0, 0, 0])

    def test_to_deterministic_n(self):
        aug = _AddLeaf(high=1000, seed=1)
        dets = aug.to_deterministic(3)
        assert isinstance(dets, list) and len(dets) == 3
        values = {int(d(image=_img(dtype=np.int32))[0, 0, 0]) for d in dets}
        assert len(values) > 1
        with pytest.raises(ValueError, match="n"):
            aug.to_deterministic(0)

    def test_to_deterministic_advances_own_rng_and_copies(self):
        aug = _AddLeaf(seed=1)
        state_before = aug.random_state.copy()
        det = aug.to_deterministic()
        assert det is not aug
        assert not aug.random_state.equals(state_before)
        assert det.random_state is not aug.random_state
        assert aug.deterministic is False

    def test_to_deterministic_converts_children(self):
        seq = iaa.Sequential(
            [iaa.Sometimes(0.5, _AddLeaf()), iaa.WithChannels(0, _AddLeaf())]
        )
        det = seq.to_deterministic()
        assert all(a.deterministic for a in [det, *det.get_all_children(flat=True)])
        assert not any(a.deterministic for a in seq.get_all_children(flat=True))

    def test_seed_reproducibility(self):
        seq1 = iaa.Sequential([_AddLeaf(high=100), _AddLeaf(high=100)])
        seq2 = iaa.Sequential([_AddLeaf(high=100), _AddLeaf(high=100)])
        seq1.seed_(5)
        seq2.seed_(5)
        images = np.zeros((8, 2, 2, 1), dtype=np.int32)
        assert np.array_equal(seq1(images=images), seq2(images=images))
        assert seq1.seed_(6) is seq1
        assert not np.array_equal(seq1(images=images), seq2(images=images))

    def test_seed_gives_children_different_rngs(self):
        seq = iaa.Sequential([_AddLeaf(), _AddLeaf()]).seed_(1)
        assert not seq[0].random_state.equals(seq[1].random_state)
        assert not seq.random_state.is_global_rng()

    def test_seed_skips_deterministic_unless_asked(self):
        det = _AddLeaf(seed=1).to_deterministic()
        rng_before = det.random_state.copy()
        det.seed_(2)
        assert det.random_state.equals(rng_before)
        det.seed_(2, deterministic_too=True)
        assert det.random_state.equals(iarandom.RNG(2))
        with pytest.raises(TypeError, match="deterministic_too"):
            det.seed_(2, deterministic_too=1)

    def test_seed_none_derives_from_global(self):
        aug = _AddLeaf()
        aug.seed_()
        assert not aug.random_state.is_global_rng()

    def test_reseed_is_deprecated(self):
        aug = _AddLeaf()
        with pytest.warns(ia.DeprecationWarning, match="seed_"):
            aug.reseed(3)
        assert aug.random_state.equals(iarandom.RNG(3))

    @staticmethod
    def _order_logging_container(make_list, log):
        def record(name):
            def func(images, random_state, parents, hooks):
                log.append(name)
                return images

            return iaa.Lambda(func_images=func)

        return iaa.Sometimes(1.0, make_list([record("a"), record("b"), record("c")]))

    @pytest.mark.parametrize(
        "make_list",
        [
            lambda children: iaa.Sequential(children, random_order=True),
            lambda children: iaa.SomeOf(2, children, random_order=True),
        ],
        ids=["Sequential", "SomeOf"],
    )
    def test_seed_reaches_a_children_list_that_is_an_augmenter(self, make_list):
        orders = []
        for global_seed in (1, 2):
            iarandom.seed(global_seed)
            log = []
            aug = self._order_logging_container(make_list, log).seed_(5)
            for _ in range(6):
                aug(image=_img())
            orders.append(log)
        # the random order comes from the seed, not from the global RNG
        assert orders[0] == orders[1]
        assert len(set(orders[0])) > 1

    def test_seed_of_children_list_keeps_the_childrens_seeds(self):
        aug = iaa.Sometimes(0.5, [_AddLeaf(), _AddLeaf()], [_AddLeaf()]).seed_(3)
        rng = iarandom.RNG(3)
        expected = [rng.derive_rng_() for _ in range(3)]  # one per child, in order
        children = [aug.then_list[0], aug.then_list[1], aug.else_list[0]]
        for child, child_rng in zip(children, expected, strict=True):
            assert child.random_state.equals(child_rng)
        assert aug.then_list.random_state.equals(rng.derive_rng_())
        assert aug.else_list.random_state.equals(rng.derive_rng_())

    def test_seed_skips_deterministic_children_list_unless_asked(self):
        aug = iaa.Sometimes(1.0, iaa.Sequential([_AddLeaf()], random_order=True))
        aug.then_list = aug.then_list.to_deterministic()
        rng_before = aug.then_list.random_state.copy()
        aug.seed_(1)
        assert aug.then_list.random_state.equals(rng_before)
        aug.seed_(1, deterministic_too=True)
        assert not aug.then_list.random_state.equals(rng_before)

    def test_to_deterministic_repeats_random_order_of_children_list(self):
        log = []
        aug = self._order_logging_container(
            lambda children: iaa.Sequential(children, random_order=True), log
        ).seed_(2)
        det = aug.to_deterministic()
        runs = []
        for _ in range(4):
            log.clear()
            det(image=_img())
            runs.append(tuple(log))
        assert len(set(runs)) == 1

    def test_localize_random_state_reaches_children_list(self):
        aug = iaa.Sometimes(0.5, iaa.Sequential([_AddLeaf()], random_order=True))
        assert aug.then_list.random_state.is_global_rng()
        aug.localize_random_state_()
        assert not aug.then_list.random_state.is_global_rng()
        assert not aug.then_list[0].random_state.is_global_rng()

    def test_localize_random_state(self):
        seq = iaa.Sequential([_AddLeaf(), _AddLeaf(seed=1)])
        localized = seq.localize_random_state()
        assert seq.random_state.is_global_rng()
        assert not localized.random_state.is_global_rng()
        assert not localized[0].random_state.is_global_rng()
        assert localized[1].random_state.equals(iarandom.RNG(1))
        assert seq.localize_random_state_(recursive=False) is seq
        assert not seq.random_state.is_global_rng()
        assert seq[0].random_state.is_global_rng()

    def test_copy_random_state_by_position(self):
        source = iaa.Sequential([_AddLeaf(seed=1), _AddLeaf(seed=2)], seed=3)
        target = iaa.Sequential([_AddLeaf(), _AddLeaf()])
        copied = target.copy_random_state(source)
        assert copied is not target
        assert target[0].random_state.is_global_rng()
        assert copied[1].random_state.equals(source[1].random_state)
        assert copied[1].random_state is not source[1].random_state
        images = np.zeros((4, 1, 1, 1), dtype=np.int32)
        assert np.array_equal(source(images=images), copied(images=images))

    def test_copy_random_state_by_name_and_determinism(self):
        source = iaa.Sequential(
            [_AddLeaf(seed=1, name="a"), _AddLeaf(seed=2, name="b")], seed=3, name="s"
        ).to_deterministic()
        target = iaa.Sequential([_AddLeaf(name="b")], name="s")
        target.copy_random_state_(source, matching="name", copy_determinism=True)
        assert target[0].random_state.equals(source[1].random_state)
        assert target[0].deterministic is True
        with pytest.raises(ValueError, match="name"):
            target.copy_random_state_(
                iaa.Sequential([], seed=1, name="s"),
                matching="name",
                matching_tolerant=False,
            )

    def test_copy_random_state_errors(self):
        target = iaa.Sequential([_AddLeaf()])
        with pytest.raises(ValueError, match="global"):
            target.copy_random_state_(iaa.Sequential([_AddLeaf()]))
        source = iaa.Sequential([_AddLeaf(seed=1), _AddLeaf(seed=2)], seed=3)
        with pytest.raises(ValueError, match="numbers"):
            target.copy_random_state_(source, matching_tolerant=False)
        with pytest.raises(ValueError, match="matching"):
            target.copy_random_state_(source, matching="foo")

    def test_copy_random_state_warns_on_duplicate_names(self):
        source = iaa.Sequential(
            [_AddLeaf(seed=1, name="a"), _AddLeaf(seed=2, name="a")]
        )
        source.seed_(1)
        target = iaa.Sequential([_AddLeaf(name="a")])
        with pytest.warns(UserWarning, match="same name"):
            target.copy_random_state_(source, matching="name")


# ---------------------------------------------------------------------------------
# children, search, removal, copies, str, pickling, grid
# ---------------------------------------------------------------------------------
def _tree():
    return iaa.Sequential(
        [
            _AddLeaf(name="a"),
            iaa.Sometimes(0.5, [_AddLeaf(name="b")], [_AddLeaf(name="c")], name="s"),
            _AddLeaf(name="d"),
        ],
        name="root",
    )


class TestTree:
    def test_get_children_lists(self):
        tree = _tree()
        assert tree.get_children_lists() == [tree]
        assert _AddLeaf().get_children_lists() == []
        sometimes = tree[1]
        assert sometimes.get_children_lists() == [
            sometimes.then_list,
            sometimes.else_list,
        ]

    def test_get_all_children(self):
        tree = _tree()
        flat = [aug.name for aug in tree.get_all_children(flat=True)]
        # children lists (then/else Sequentials) are containers, not children
        assert flat == ["a", "s", "b", "c", "d"]
        nested = tree.get_all_children()
        assert [nested[0].name, nested[1].name] == ["a", "s"]
        assert isinstance(nested[2], list)
        assert [aug.name for aug in nested[2]] == ["b", "c"]
        assert nested[3].name == "d"

    def test_find_augmenters(self):
        tree = _tree()
        found = tree.find_augmenters(lambda aug, parents: aug.name in ("root", "b"))
        assert [a.name for a in found] == ["root", "b"]
        parents_of_b = []
        tree.find_augmenters(
            lambda aug, parents: aug.name == "b" and parents_of_b.extend(parents)
        )
        assert [p.name for p in parents_of_b] == ["root", "s"]

    def test_find_augmenters_by_name(self):
        tree = _tree()
        assert [a.name for a in tree.find_augmenters_by_name("c")] == ["c"]
        found = tree.find_augmenters_by_names(["a", "d"])
        assert [a.name for a in found] == ["a", "d"]
        regex = tree.find_augmenters_by_name("[bc]$", regex=True)
        assert [a.name for a in regex] == ["b", "c"]
        nested = tree.find_augmenters_by_name("b", flat=False)
        assert isinstance(nested[0], list)

    def test_remove_augmenters(self):
        tree = _tree()
        removed = tree.remove_augmenters(lambda aug, parents: aug.name in ("a", "b"))
        assert [a.name for a in removed.get_all_children(flat=True)] == ["s", "c", "d"]
        assert len(tree) == 3
        assert len(tree[1].then_list) == 1

    def test_remove_augmenters_topmost(self):
        tree = _tree()
        result = tree.remove_augmenters(lambda aug, parents: True)
        assert isinstance(result, iaa.Identity)
        assert (
            tree.remove_augmenters(lambda a, p: True, identity_if_topmost=False) is None
        )
        with pytest.raises(ValueError, match="copy"):
            tree.remove_augmenters(lambda a, p: True, copy=False)
        with pytest.warns(ia.DeprecationWarning, match="noop_if_topmost"):
            assert (
                tree.remove_augmenters(lambda a, p: True, noop_if_topmost=False) is None
            )

    def test_remove_augmenters_in_place(self):
        tree = _tree()
        assert tree.remove_augmenters(lambda a, p: a.name == "d", copy=False) is tree
        assert len(tree) == 2
        tree.remove_augmenters_(lambda a, p: a.name == "c")
        assert len(tree[1].else_list) == 0
        with pytest.warns(ia.DeprecationWarning, match="remove_augmenters_"):
            tree.remove_augmenters_inplace(lambda a, p: a.name == "a")
        assert [a.name for a in tree] == ["s"]

    def test_copy_and_deepcopy(self):
        tree = _tree()
        shallow = tree.copy()
        assert shallow is not tree
        assert shallow[0] is tree[0]
        deep = tree.deepcopy()
        assert deep[0] is not tree[0]
        assert deep[0].name == "a"

    def test_str_formats(self):
        leaf = _AddLeaf(high=7, name="x")
        assert str(leaf) == "_AddLeaf(name=x, parameters=[7], deterministic=False)"
        assert repr(leaf) == str(leaf)
        seq = iaa.Sequential([leaf], name="seq")
        assert str(seq) == (
            "Sequential(name=seq, random_order=False, children=[" + str(leaf) + "], "
            "deterministic=False)"
        )
        some = iaa.SomeOf(2, [leaf], name="so")
        assert str(some) == (
            "SomeOf(name=so, n=2, random_order=False, augmenters=[" + str(leaf) + "], "
            "deterministic=False)"
        )
        sometimes = iaa.Sometimes(1.0, name="st")
        assert str(sometimes) == (
            "Sometimes(p=Deterministic(int 1), name=st, then_list=None, "
            "else_list=None, deterministic=False)"
        )
        wc = iaa.WithChannels([0], name="wc")
        assert str(wc).startswith("WithChannels(channels=[0], name=wc, children=Seq")

    def test_pickle_roundtrip(self):
        seq = iaa.Sequential(
            [_AddLeaf(high=100), iaa.Sometimes(0.5, _AddLeaf(high=100))], seed=1
        )
        seq.seed_(3)
        loaded = pickle.loads(pickle.dumps(seq))
        images = np.zeros((6, 2, 2, 1), dtype=np.int32)
        for _ in range(2):
            assert np.array_equal(seq(images=images), loaded(images=images))

    def test_pickle_assert_augmenters(self):
        aug = iaa.AssertShape((None, 4, 5, 3))
        loaded = pickle.loads(pickle.dumps(aug))
        assert loaded(image=_img()).shape == (4, 5, 3)


class TestGrid:
    def test_draw_grid_layout(self):
        aug = _PowerLeaf(1)
        images = [np.zeros((2, 3, 3), np.uint8), np.full((3, 2, 1), 5, np.uint8)]
        grid = aug.draw_grid(images, rows=2, cols=3)
        assert grid.shape == (3 * 2 * 2, 3 * 3, 3)
        assert grid.dtype == np.uint8
        # row 0 of image 0, col 0: the 2x3 image plus 1, zeros below it
        assert np.all(grid[0:2, 0:3] == 1)
        assert np.all(grid[2:3, 0:3] == 0)
        # row 0 of image 1 (grid row 1), col 2: grayscale broadcast to 3 channels
        assert np.all(grid[3:6, 6:8] == 6)
        assert np.all(grid[3:6, 8:9] == 0)

    def test_draw_grid_array_inputs(self):
        aug = iaa.Identity()
        assert aug.draw_grid(np.zeros((2, 2), np.uint8), 1, 2).shape == (2, 4, 3)
        assert aug.draw_grid(np.zeros((2, 2, 3), np.uint8), 2, 1).shape == (4, 2, 3)
        assert aug.draw_grid(np.zeros((2, 2, 2, 3), np.uint8), 1, 1).shape == (4, 2, 3)
        with pytest.raises(TypeError, match="images"):
            aug.draw_grid("abc", 1, 1)

    def test_draw_grid_uses_same_samples_per_cell_position(self):
        aug = _AddLeaf(high=100, seed=2)
        images = [np.zeros((1, 1, 1), np.uint8), np.zeros((1, 1, 1), np.uint8)]
        grid = aug.draw_grid(images, rows=1, cols=4)
        assert np.array_equal(grid[0], grid[1])
        assert len(set(grid[0, :, 0].tolist())) > 1

    def test_show_grid_calls_imshow(self, monkeypatch):
        shown = []
        monkeypatch.setattr(ia, "imshow", lambda image: shown.append(image.shape))
        iaa.Identity().show_grid(np.zeros((2, 2, 3), np.uint8), 1, 1)
        assert shown == [(2, 2, 3)]


# ---------------------------------------------------------------------------------
# legacy custom augmenters
# ---------------------------------------------------------------------------------
class TestLegacyCustomAugmenter:
    def test_images_only(self):
        aug = _LegacyAdd(seed=1)
        result = aug(images=[_img(value=0)] * 3)
        expected = iarandom.RNG(1).integers(0, 50, size=(3,))
        assert [int(r[0, 0, 0]) for r in result] == expected.tolist()

    def test_columns_share_samples(self):
        aug = _LegacyAdd(seed=1)
        image_aug, kps_aug = aug(image=_img(value=0), keypoints=[_kpsoi(x=0.0)])
        assert _first_x(kps_aug[0]) == float(image_aug[0, 0, 0])

    def test_bounding_boxes_default_unchanged(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(5, 5, 3))
        result = _LegacyAdd(seed=1).augment_bounding_boxes(bbsoi)
        assert result.bounding_boxes[0].x1 == 1

    def test_subclass_of_sampled_leaf_overriding_legacy_hook(self):
        class _Plus1(_AddLeaf):
            def _augment_images(self, images, random_state, parents, hooks):
                images = super()._augment_images(images, random_state, parents, hooks)
                return [image + np.uint8(1) for image in images]

        assert _Plus1._USES_LEGACY_HOOKS is True
        assert _AddLeaf._USES_LEGACY_HOOKS is False
        aug = _Plus1(high=20, seed=3)
        image_aug, kps_aug = aug(image=_img(value=0), keypoints=[_kpsoi(x=0.0)])
        assert _first_x(kps_aug[0]) + 1 == float(image_aug[0, 0, 0])

    # issue 18, item 6: the base get_parameters() raises, as in 0.4.0
    def test_base_get_parameters_raises_not_implemented(self):
        class _DefersToBase(iaa.Augmenter):
            def get_parameters(self):
                return super().get_parameters()

        aug = _DefersToBase()
        with pytest.raises(NotImplementedError):
            aug.get_parameters()
        with pytest.raises(NotImplementedError):
            str(aug)
        with pytest.raises(NotImplementedError):
            iaa.Augmenter.get_parameters(iaa.Identity())

    def test_deterministic_legacy_augmenter(self):
        det = _LegacyAdd().to_deterministic()
        images = [_img(value=0)] * 4
        first = det(images=images)
        second = det(images=images)
        assert all(np.array_equal(a, b) for a, b in zip(first, second))


# ---------------------------------------------------------------------------------
# leaf contract (_SampledAugmenter)
# ---------------------------------------------------------------------------------
class TestSampledAugmenter:
    def test_other_kinds_do_not_change_images(self):
        images = np.zeros((5, 3, 3, 1), dtype=np.uint8)
        a = _AddLeaf(high=50, seed=4)
        b = _AddLeaf(high=50, seed=4)
        only = a(images=images)
        with_kps, _ = b(images=images, keypoints=[_kpsoi(shape=(3, 3, 1))] * 5)
        assert np.array_equal(only, with_kps)
        assert np.array_equal(a(images=images), b(images=images))

    def test_all_kinds_in_a_row_use_that_rows_sample(self):
        nb_rows = 6
        images = np.zeros((nb_rows, 8, 8, 1), dtype=np.uint8)
        kpsois = [_kpsoi(x=0.0, shape=(8, 8, 1)) for _ in range(nb_rows)]
        bbsois = [
            BoundingBoxesOnImage([BoundingBox(0, 0, 1, 1)], shape=(8, 8, 1))
            for _ in range(nb_rows)
        ]
        segmaps = [
            SegmentationMapsOnImage(np.zeros((8, 8), np.int32), shape=(8, 8, 1))
            for _ in range(nb_rows)
        ]
        aug = _AddLeaf(high=50, seed=1)
        images_aug, kps_aug, bbs_aug, segmaps_aug = aug(
            images=images,
            keypoints=kpsois,
            bounding_boxes=bbsois,
            segmentation_maps=segmaps,
        )
        expected = iarandom.RNG(1).integers(0, 50, size=(nb_rows,))
        assert images_aug[:, 0, 0, 0].tolist() == expected.tolist()
        assert [_first_x(k) for k in kps_aug] == expected.astype(float).tolist()
        assert [b.bounding_boxes[0].x1 for b in bbs_aug] == expected.tolist()
        assert [int(s.get_arr()[0, 0]) for s in segmaps_aug] == expected.tolist()
        assert _AddLeaf.draws == [nb_rows]

    def test_no_draw_if_no_kind_present(self):
        aug = _PixelAddLeaf(seed=1)
        state = aug.random_state.copy()
        kps_aug = aug(keypoints=[_kpsoi()])
        assert _first_x(kps_aug[0]) == 1.0
        assert _AddLeaf.draws == []
        assert aug.random_state.equals(state)

    def test_pixel_only_leaf_leaves_other_kinds_alone(self):
        aug = _PixelAddLeaf(high=10, seed=1)
        image_aug, kps_aug = aug(image=_img(value=0), keypoints=[_kpsoi()])
        assert _first_x(kps_aug[0]) == 1.0
        assert _AddLeaf.draws == [1]

    def test_missing_hook_raises_not_implemented(self):
        class _OnlyImages(_SampledAugmenter):
            _KINDS = ("images", "keypoints")

            def _augment_images_by_samples(self, images, samples):
                return images

            def get_parameters(self):
                return []

        aug = _OnlyImages()
        assert aug(image=_img()).shape == (4, 5, 3)
        with pytest.raises(NotImplementedError, match="_augment_keypoints_by_samples"):
            aug(keypoints=[_kpsoi()])

    def test_unknown_kind_rejected_at_class_creation(self):
        with pytest.raises(TypeError, match="_KINDS"):

            class _Bad(_SampledAugmenter):
                _KINDS = ("pictures",)

                def get_parameters(self):
                    return []

    def test_legacy_single_kind_hook_uses_samples(self):
        aug = _AddLeaf(high=30, seed=5)
        rng = iarandom.RNG(5)
        result = aug._augment_keypoints([_kpsoi(x=0.0)], rng, [], None)
        assert _first_x(result[0]) == float(
            iarandom.RNG(5).integers(0, 30, size=(1,))[0]
        )

    def test_polygon_recoverer_is_called(self, monkeypatch):
        calls = []

        def fake_recover(psois, psois_orig, recoverer, random_state):
            calls.append((len(psois), len(psois_orig), recoverer))
            return psois

        monkeypatch.setattr(polys, "recover_psois_", fake_recover)
        aug = _AddLeaf(high=5, seed=1)
        aug.polygon_recoverer = "recoverer"
        psoi = polys.PolygonsOnImage(
            [polys.Polygon([(0, 0), (4, 0), (4, 4)])], shape=(10, 10, 3)
        )
        aug.augment_polygons([psoi])
        assert calls == [(1, 1, "recoverer")]


# ---------------------------------------------------------------------------------
# containers
# ---------------------------------------------------------------------------------
class TestSequential:
    def test_children_argument(self):
        leaf = _AddLeaf()
        assert list(iaa.Sequential()) == []
        assert list(iaa.Sequential(leaf)) == [leaf]
        assert list(iaa.Sequential((leaf, leaf))) == [leaf, leaf]
        with pytest.raises(TypeError, match="children"):
            iaa.Sequential([leaf, "x"])
        with pytest.raises(TypeError, match="children"):
            iaa.Sequential(5)
        with pytest.raises(TypeError, match="random_order"):
            iaa.Sequential([], random_order="yes")

    def test_applies_children_in_order(self):
        def record(name):
            def func(images, random_state, parents, hooks):
                log.append(name)
                return images

            return iaa.Lambda(func_images=func)

        log = []
        seq = iaa.Sequential([record("a"), record("b"), record("c")])
        seq(image=_img())
        assert log == ["a", "b", "c"]

    def test_random_order(self):
        log = []

        def record(name):
            def func(images, random_state, parents, hooks):
                log.append(name)
                return images

            return iaa.Lambda(func_images=func)

        seq = iaa.Sequential([record("a"), record("b")], random_order=True, seed=1)
        orders = set()
        for _ in range(20):
            log.clear()
            seq(images=[_img(), _img()])
            orders.add(tuple(log))
        assert orders == {("a", "b"), ("b", "a")}

    def test_add_and_parameters(self):
        seq = iaa.Sequential(random_order=True)
        leaf = _AddLeaf()
        seq.add(leaf)
        assert list(seq) == [leaf]
        assert seq.get_parameters() == [True]

    def test_sequence_of_sums(self):
        seq = iaa.Sequential([_PowerLeaf(1), _PowerLeaf(2), _PowerLeaf(4)])
        assert np.all(seq(image=_img()) == 7)


def _bits_applied(images):
    return [bin(int(image[0, 0, 0])).count("1") for image in images]


class TestSomeOf:
    def _children(self):
        return [_PowerLeaf(1), _PowerLeaf(2), _PowerLeaf(4)]

    def test_n_modes(self):
        children = self._children()
        assert iaa.SomeOf(2, children).n_mode == "deterministic"
        assert iaa.SomeOf(None, children).n_mode == "None"
        aug = iaa.SomeOf((1, None), children)
        assert aug.n_mode == "(int,None)" and aug.n == (1, None)
        aug = iaa.SomeOf([0, 2], children)
        assert aug.n_mode == "stochastic" and isinstance(aug.n, iap.DiscreteUniform)
        param = iap.Deterministic(1)
        aug = iaa.SomeOf(param, children)
        assert aug.n is param and aug.get_parameters() == [param]
        with pytest.raises(TypeError, match="'n'"):
            iaa.SomeOf("two", children)

    def test_zero_to_two_children_per_image(self):
        aug = iaa.SomeOf((0, 2), self._children(), seed=2)
        images = np.zeros((300, 1, 1, 1), dtype=np.uint8)
        counts = _bits_applied(aug(images=images))
        assert set(counts) == {0, 1, 2}
        values = {int(image[0, 0, 0]) for image in aug(images=images)}
        assert values == {0, 1, 2, 3, 4, 5, 6}

    def test_exactly_n(self):
        images = np.zeros((50, 1, 1, 1), dtype=np.uint8)
        assert set(_bits_applied(iaa.SomeOf(2, self._children())(images=images))) == {2}
        assert set(
            _bits_applied(iaa.SomeOf(None, self._children())(images=images))
        ) == {3}
        assert set(_bits_applied(iaa.SomeOf(5, self._children())(images=images))) == {3}
        assert set(_bits_applied(iaa.SomeOf(0, self._children())(images=images))) == {0}

    def test_at_least_n(self):
        images = np.zeros((200, 1, 1, 1), dtype=np.uint8)
        counts = _bits_applied(iaa.SomeOf((1, None), self._children())(images=images))
        assert set(counts) == {1, 2, 3}

    def test_keeps_keypoints_aligned_per_row(self):
        aug = iaa.SomeOf(1, [_AddLeaf(high=1), _AddLeaf(high=1)], seed=1)
        images = np.zeros((6, 2, 2, 1), np.uint8)
        kpsois = [_kpsoi(x=float(i), shape=(2, 2, 1)) for i in range(6)]
        _, kps_aug = aug(images=images, keypoints=kpsois)
        assert [_first_x(k) for k in kps_aug] == [float(i) for i in range(6)]

    def test_rows_with_changed_shapes_become_list(self):
        def grow(images, random_state, parents, hooks):
            return [np.zeros((5, 5, 1), np.uint8) for _ in images]

        aug = iaa.SomeOf(1, [iaa.Lambda(func_images=grow), iaa.Identity()], seed=3)
        result = aug(images=np.zeros((10, 2, 2, 1), dtype=np.uint8))
        shapes = {image.shape for image in result}
        assert isinstance(result, list)
        assert shapes == {(5, 5, 1), (2, 2, 1)}

    def test_oneof(self):
        aug = iaa.OneOf(self._children())
        assert aug.n == 1 and aug.random_order is False
        images = np.zeros((60, 1, 1, 1), dtype=np.uint8)
        values = [int(image[0, 0, 0]) for image in aug(images=images)]
        assert set(values) == {1, 2, 4}

    def test_random_order(self):
        aug = iaa.SomeOf(None, [_PowerLeaf(1)], random_order=True)
        assert aug.random_order is True
        assert np.all(aug(image=_img()) == 1)


class TestSometimes:
    def test_about_half_of_1000_images(self):
        aug = iaa.Sometimes(0.5, _PowerLeaf(1), seed=1)
        images = np.zeros((1000, 1, 1, 1), dtype=np.uint8)
        fraction = np.mean(aug(images=images)[:, 0, 0, 0])
        assert 0.44 < fraction < 0.56

    def test_then_and_else(self):
        aug = iaa.Sometimes(0.5, [_PowerLeaf(1)], [_PowerLeaf(2)], seed=1)
        values = aug(images=np.zeros((200, 1, 1, 1), dtype=np.uint8))[:, 0, 0, 0]
        assert set(values.tolist()) == {1, 2}

    def test_p_extremes(self):
        images = np.zeros((20, 1, 1, 1), dtype=np.uint8)
        assert np.all(iaa.Sometimes(1.0, _PowerLeaf(1))(images=images) == 1)
        assert np.all(iaa.Sometimes(0.0, _PowerLeaf(1))(images=images) == 0)

    def test_children_lists_and_names(self):
        aug = iaa.Sometimes(0.5, _PowerLeaf(1))
        assert aug.then_list.name == "UnnamedSometimes-then"
        assert aug.else_list is None
        assert aug.get_children_lists() == [aug.then_list]
        assert isinstance(aug.get_parameters()[0], iap.Binomial)


class TestWithChannels:
    def test_only_selected_channels_change(self):
        aug = iaa.WithChannels([0, 2], _PowerLeaf(8))
        result = aug(image=_img(value=1))
        assert result[0, 0].tolist() == [9, 1, 9]

    def test_channels_argument(self):
        assert iaa.WithChannels(1).channels == [1]
        assert iaa.WithChannels(None).channels is None
        assert iaa.WithChannels((0, 1)).channels == [0, 1]
        with pytest.raises(TypeError, match="channels"):
            iaa.WithChannels("x")
        with pytest.raises(TypeError, match="channels"):
            iaa.WithChannels([0.5])

    def test_all_channels_and_empty_channels(self):
        assert np.all(iaa.WithChannels(None, _PowerLeaf(2))(image=_img()) == 2)
        assert np.all(iaa.WithChannels([], _PowerLeaf(2))(image=_img()) == 0)

    def test_array_input_stays_array(self):
        images = np.zeros((2, 2, 2, 3), dtype=np.uint8)
        result = iaa.WithChannels([1], _PowerLeaf(3))(images=images)
        assert isinstance(result, np.ndarray)
        assert result[:, :, :, 1].min() == 3
        assert result[:, :, :, 0].max() == 0

    def test_keypoints_kept_if_less_than_half_of_channels(self):
        kpsoi = _kpsoi(x=0.0, shape=(4, 5, 3))
        leaf = _AddLeaf(high=5, seed=1)
        expected = iarandom.RNG(1).integers(0, 5, size=(1,))[0]
        assert expected > 0
        aug = iaa.WithChannels([0], leaf)
        _, kps_aug = aug(image=_img(), keypoints=[kpsoi])
        assert _first_x(kps_aug[0]) == 0.0
        aug2 = iaa.WithChannels([0, 1], _AddLeaf(high=5, seed=1))
        _, kps_aug2 = aug2(image=_img(), keypoints=[kpsoi])
        assert _first_x(kps_aug2[0]) == float(expected)

    def test_children_must_keep_shape_and_dtype(self):
        def grow(images, random_state, parents, hooks):
            return [np.zeros((9, 9, 1), np.uint8) for _ in images]

        def to_float(images, random_state, parents, hooks):
            return [image.astype(np.float32) for image in images]

        with pytest.raises(ValueError, match="height/width"):
            iaa.WithChannels([0], iaa.Lambda(func_images=grow))(image=_img())

        def to_two_channels(images, random_state, parents, hooks):
            return [np.concatenate([image, image], axis=2) for image in images]

        with pytest.raises(ValueError, match="dtype"):
            iaa.WithChannels([0], iaa.Lambda(func_images=to_float))(image=_img())
        with pytest.raises(ValueError, match="channels"):
            iaa.WithChannels([0], iaa.Lambda(func_images=to_two_channels))(
                images=np.zeros((1, 4, 5, 3), np.uint8)
            )

    def test_children_and_parameters(self):
        aug = iaa.WithChannels([0], [_PowerLeaf(1)])
        assert aug.children.name == "UnnamedWithChannels-then"
        assert aug.get_children_lists() == [aug.children]
        assert aug.get_parameters() == [[0]]


# ---------------------------------------------------------------------------------
# simple meta leaves
# ---------------------------------------------------------------------------------
class TestIdentityNoop:
    def test_identity(self):
        image = _img(value=4)
        kpsoi = _kpsoi()
        image_aug, kps_aug = iaa.Identity()(image=image, keypoints=kpsoi)
        assert np.array_equal(image_aug, image)
        assert _first_x(kps_aug) == 1.0
        assert iaa.Identity().get_parameters() == []

    def test_noop_is_identity(self):
        assert issubclass(iaa.Noop, iaa.Identity)
        assert iaa.Noop().name == "UnnamedNoop"
        assert np.array_equal(iaa.Noop()(image=_img(value=2)), _img(value=2))


class TestLambda:
    def test_func_images_and_keypoints(self):
        def func_images(images, random_state, parents, hooks):
            assert isinstance(random_state, iarandom.RNG)
            return [image + np.uint8(1) for image in images]

        def func_keypoints(kpsois, random_state, parents, hooks):
            return [kpsoi.shift(x=2) for kpsoi in kpsois]

        aug = iaa.Lambda(func_images=func_images, func_keypoints=func_keypoints)
        image_aug, kps_aug = aug(image=_img(), keypoints=[_kpsoi()])
        assert np.all(image_aug == 1)
        assert _first_x(kps_aug[0]) == 3.0

    def test_bounding_boxes_default_via_keypoints(self):
        aug = iaa.Lambda(
            func_keypoints=lambda kpsois, rs, p, h: [k.shift(x=1) for k in kpsois]
        )
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(9, 9, 3))
        result = aug.augment_bounding_boxes(bbsoi)
        assert result.bounding_boxes[0].x1 == 2
        assert result.bounding_boxes[0].x2 == 4

    def test_custom_bounding_box_func_result_is_sorted(self):
        def func(bbsois, random_state, parents, hooks):
            for bbsoi in bbsois:
                bbsoi.bounding_boxes[0].x1 = 8
            return bbsois

        aug = iaa.Lambda(func_bounding_boxes=func)
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(9, 9, 3))
        bb = aug.augment_bounding_boxes(bbsoi).bounding_boxes[0]
        assert (bb.x1, bb.x2) == (3, 8)

    def test_none_funcs_leave_data_unchanged(self):
        aug = iaa.Lambda(func_bounding_boxes=None)
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(9, 9, 3))
        assert aug.augment_bounding_boxes(bbsoi).bounding_boxes[0].x1 == 1

    def test_wrong_return_type_fails(self):
        aug = iaa.Lambda(func_keypoints=lambda kpsois, rs, p, h: "nope")
        with pytest.raises(TypeError, match="func_keypoints"):
            aug(keypoints=[_kpsoi()])
        aug = iaa.Lambda(func_heatmaps=lambda hms, rs, p, h: [1])
        heatmap = HeatmapsOnImage(np.zeros((2, 2), np.float32), shape=(2, 2))
        with pytest.raises(TypeError, match="func_heatmaps"):
            aug(heatmaps=[heatmap])

    def test_columns_get_same_random_state(self):
        seen = []

        def func_images(images, random_state, parents, hooks):
            seen.append(random_state.integers(0, 10**6))
            return images

        def func_keypoints(kpsois, random_state, parents, hooks):
            seen.append(random_state.integers(0, 10**6))
            return kpsois

        aug = iaa.Lambda(func_images=func_images, func_keypoints=func_keypoints)
        aug(image=_img(), keypoints=[_kpsoi()])
        aug(image=_img(), keypoints=[_kpsoi()])
        assert seen[0] == seen[1]
        assert seen[2] == seen[3]
        assert seen[0] != seen[2]


class TestAssertLambda:
    def test_passes_and_returns_unchanged(self):
        aug = iaa.AssertLambda(
            func_images=lambda images, rs, p, h: len(images) == 1,
            func_keypoints=lambda kpsois, rs, p, h: True,
        )
        image_aug, kps_aug = aug(image=_img(value=3), keypoints=[_kpsoi()])
        assert np.all(image_aug == 3)
        assert _first_x(kps_aug[0]) == 1.0

    def test_fails(self):
        aug = iaa.AssertLambda(func_keypoints=lambda kpsois, rs, p, h: False)
        with pytest.raises(AssertionError, match="Input keypoints did not fulfill"):
            aug(keypoints=[_kpsoi()])

    def test_bounding_boxes_not_checked_by_default(self):
        aug = iaa.AssertLambda(func_keypoints=lambda kpsois, rs, p, h: False)
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(9, 9, 3))
        assert aug.augment_bounding_boxes(bbsoi).bounding_boxes[0].x1 == 1


class TestAssertShape:
    def test_valid_shapes(self):
        aug = iaa.AssertShape((2, (3, 5), [5, 6], None))
        images = np.zeros((2, 4, 5, 3), dtype=np.uint8)
        assert aug(images=images).shape == (2, 4, 5, 3)
        assert aug.shape == (2, (3, 5), [5, 6], None)

    @pytest.mark.parametrize(
        "shape",
        [
            (3, None, None, None),
            (None, 5, None, None),
            (None, (5, 9), None, None),
            (None, None, [1, 2], None),
            (None, None, None, 1),
        ],
    )
    def test_invalid_images(self, shape):
        with pytest.raises(AssertionError, match="AssertShape"):
            iaa.AssertShape(shape)(images=np.zeros((2, 4, 5, 3), dtype=np.uint8))

    def test_keypoints_compare_image_shape(self):
        aug = iaa.AssertShape((1, 4, 5, 99))
        assert _first_x(aug(keypoints=[_kpsoi(shape=(4, 5, 3))])[0]) == 1.0
        with pytest.raises(AssertionError, match="height"):
            aug(keypoints=[_kpsoi(shape=(3, 5, 3))])

    def test_heatmaps_compare_array_shape(self):
        heatmap = HeatmapsOnImage(np.zeros((2, 3), np.float32), shape=(8, 8, 3))
        assert iaa.AssertShape((1, 2, 3, 1))(heatmaps=[heatmap])[0].shape == (8, 8, 3)
        with pytest.raises(AssertionError):
            iaa.AssertShape((1, 8, 8, 1))(heatmaps=[heatmap])

    def test_check_flags(self):
        aug = iaa.AssertShape((5, None, None, None), check_keypoints=False)
        assert _first_x(aug(keypoints=[_kpsoi()])[0]) == 1.0

    def test_invalid_shape_argument(self):
        with pytest.raises(ValueError, match="shape"):
            iaa.AssertShape((1, 2, 3))
        with pytest.raises(TypeError, match="entry 1"):
            iaa.AssertShape((1, "x", 3, 3))


class TestChannelShuffle:
    def test_exact_permutations_at_seed(self):
        aug = iaa.ChannelShuffle(1.0, seed=7)
        image = np.arange(4, dtype=np.uint8).reshape((1, 1, 4))
        images = [image] * 3
        result = aug(images=images)
        rng = iarandom.RNG(7)
        iap.Deterministic(1).draw_samples((3,), random_state=rng)
        expected = [rng.permutation(4).tolist() for _ in range(3)]
        assert [r.flatten().tolist() for r in result] == expected

    def test_p_zero_and_2d(self):
        image = np.arange(3, dtype=np.uint8).reshape((1, 1, 3))
        assert iaa.ChannelShuffle(0.0)(image=image).flatten().tolist() == [0, 1, 2]
        gray = np.arange(4, dtype=np.uint8).reshape((2, 2))
        assert np.array_equal(iaa.ChannelShuffle(1.0)(image=gray), gray)

    def test_subset_of_channels(self):
        aug = iaa.ChannelShuffle(1.0, channels=[0, 1], seed=1)
        image = np.arange(3, dtype=np.uint8).reshape((1, 1, 3))
        results = {tuple(aug(image=image).flatten().tolist()) for _ in range(20)}
        assert results == {(0, 1, 2), (1, 0, 2)}

    def test_channels_argument(self):
        assert iaa.ChannelShuffle(channels=ia.ALL).channels == "ALL"
        with pytest.raises(TypeError, match="channels"):
            iaa.ChannelShuffle(channels=(0, 1))
        aug = iaa.ChannelShuffle(1.0, channels=[0, 5])
        with pytest.raises(ValueError, match="channels"):
            aug(image=_img())

    def test_parameters_and_other_kinds(self):
        aug = iaa.ChannelShuffle(0.5, channels=[0, 1])
        params = aug.get_parameters()
        assert isinstance(params[0], iap.Binomial)
        assert params[1] == [0, 1]
        assert _first_x(aug(keypoints=[_kpsoi()])[0]) == 1.0

    def test_float_images_keep_dtype(self):
        image = np.arange(3, dtype=np.float32).reshape((1, 1, 3))
        result = iaa.ChannelShuffle(1.0, seed=2)(image=image)
        assert result.dtype == np.float32
        assert sorted(result.flatten().tolist()) == [0.0, 1.0, 2.0]


def test_shuffle_channels_function():
    image = np.arange(5, dtype=np.uint8).reshape((1, 1, 5))
    result = meta.shuffle_channels(image, iarandom.RNG(3))
    assert result.flatten().tolist() == iarandom.RNG(3).permutation(5).tolist()
    partial = meta.shuffle_channels(image, iarandom.RNG(3), channels=[1, 3])
    assert partial.flatten()[[0, 2, 4]].tolist() == [0, 2, 4]
    assert sorted(partial.flatten()[[1, 3]].tolist()) == [1, 3]
    gray = np.zeros((2, 2), np.uint8)
    assert meta.shuffle_channels(gray, 1) is gray


class TestCBAAugmenters:
    def test_remove_cbas_by_out_of_image_fraction(self):
        kpsoi = KeypointsOnImage(
            [Keypoint(x=1, y=1), Keypoint(x=20, y=1)], shape=(5, 5, 3)
        )
        bbsoi = BoundingBoxesOnImage(
            [BoundingBox(0, 0, 2, 2), BoundingBox(3, 3, 9, 9)], shape=(5, 5, 3)
        )
        aug = iaa.RemoveCBAsByOutOfImageFraction(0.5)
        kps_aug, bbs_aug = aug(keypoints=kpsoi, bounding_boxes=bbsoi)
        assert len(kps_aug.keypoints) == 1
        assert len(bbs_aug.bounding_boxes) == 1
        assert bbs_aug.bounding_boxes[0].x2 == 2
        assert len(kpsoi.keypoints) == 2
        assert aug.get_parameters() == [0.5]
        with pytest.raises(TypeError, match="fraction"):
            iaa.RemoveCBAsByOutOfImageFraction("half")

    def test_clip_cbas_to_image_planes(self):
        kpsoi = KeypointsOnImage(
            [Keypoint(x=1, y=1), Keypoint(x=20, y=1)], shape=(5, 5, 3)
        )
        bbsoi = BoundingBoxesOnImage([BoundingBox(3, 3, 9, 9)], shape=(5, 5, 3))
        kps_aug, bbs_aug = iaa.ClipCBAsToImagePlanes()(
            keypoints=kpsoi, bounding_boxes=bbsoi
        )
        assert len(kps_aug.keypoints) == 1
        assert bbs_aug.bounding_boxes[0].x2 < 5
        assert bbs_aug.bounding_boxes[0].x1 == 3
        assert iaa.ClipCBAsToImagePlanes().get_parameters() == []


# ---------------------------------------------------------------------------------
# module functions
# ---------------------------------------------------------------------------------
class TestModuleFunctions:
    def test_handle_children_list(self):
        leaf = _AddLeaf()
        seq = meta.handle_children_list(None, "p", "then")
        assert isinstance(seq, iaa.Sequential) and len(seq) == 0
        assert seq.name == "p-then"
        assert meta.handle_children_list(None, "p", "then", default=None) is None
        existing = iaa.Sequential([leaf])
        assert meta.handle_children_list(existing, "p", "then") is existing
        wrapped = meta.handle_children_list(leaf, "p", "else")
        assert list(wrapped) == [leaf] and wrapped.name == "p-else"
        assert list(meta.handle_children_list([leaf], "p", "x")) == [leaf]
        assert meta.handle_children_list([], "p", "x", default=None) is None
        with pytest.raises(TypeError, match="then"):
            meta.handle_children_list([leaf, 1], "p", "then")
        with pytest.raises(TypeError, match="then"):
            meta.handle_children_list(3, "p", "then")

    def test_reduce_to_nonempty_and_invert(self):
        kpsois = [_kpsoi(), KeypointsOnImage([], shape=(2, 2)), _kpsoi(x=5.0)]
        reduced, ids = meta.reduce_to_nonempty(kpsois)
        assert ids == [0, 2]
        assert reduced == [kpsois[0], kpsois[2]]
        new = [_kpsoi(x=7.0), _kpsoi(x=8.0)]
        inverted = meta.invert_reduce_to_nonempty(kpsois, ids, new)
        assert inverted == [new[0], kpsois[1], new[1]]
        assert kpsois[0] is not new[0]

    def test_estimate_max_number_of_channels(self):
        assert meta.estimate_max_number_of_channels(np.zeros((1, 2, 2, 5))) == 5
        images = [np.zeros((2, 2)), np.zeros((2, 2, 3))]
        assert meta.estimate_max_number_of_channels(images) == 3
        assert meta.estimate_max_number_of_channels([]) is None
        with pytest.raises(ValueError, match="images"):
            meta.estimate_max_number_of_channels(np.zeros((2, 2, 2)))

    def test_copy_arrays(self):
        arr = np.zeros((2, 2))
        copied = meta.copy_arrays(arr)
        assert copied is not arr and np.array_equal(copied, arr)
        copied_list = meta.copy_arrays([arr])
        assert isinstance(copied_list, list) and copied_list[0] is not arr

    def test_clip_augmented_functions_are_deprecated(self):
        image = np.array([[0, 5, 10]], dtype=np.int16)
        with pytest.warns(ia.DeprecationWarning):
            clipped = meta.clip_augmented_image(image, 2, 8)
        assert clipped.tolist() == [[2, 5, 8]]
        assert image.tolist() == [[0, 5, 10]]
        with pytest.warns(ia.DeprecationWarning):
            assert meta.clip_augmented_image_(image.copy(), 2, 8).tolist() == [
                [2, 5, 8]
            ]
        images = [image.copy()]
        with pytest.warns(ia.DeprecationWarning):
            result = meta.clip_augmented_images(images, 2, 8)
        assert result[0].tolist() == [[2, 5, 8]]
        assert images[0].tolist() == [[0, 5, 10]]
        with pytest.warns(ia.DeprecationWarning):
            result = meta.clip_augmented_images_(np.stack([image]), 2, 8)
        assert result.tolist() == [[[2, 5, 8]]]


def test_iaa_namespace_exposes_meta_and_base():
    for name in meta.__all__:
        assert getattr(iaa, name) is getattr(meta, name)
    assert iaa.SuspiciousMultiImageShapeWarning is SuspiciousMultiImageShapeWarning
    assert issubclass(SuspiciousSingleImageShapeWarning, UserWarning)
    assert iaa.meta is meta


def test_with_channels_rejects_missing_channel_indices():
    aug = iaa.WithChannels([0, 1], iaa.Identity())
    with pytest.raises(ValueError, match="channels"):
        aug(image=np.zeros((4, 4, 1), dtype=np.uint8))
