"""Tests for imgaug.augmenters.flip."""

import pickle

import numpy as np
import pytest

import imgaug.parameters as iap
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import flip
from imgaug.augmenters.meta import Augmenter

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
if hasattr(np, "float128"):
    ALL_DTYPES.append("float128")


def _values_for(dtype, shape):
    dtype = np.dtype(dtype)
    count = int(np.prod(shape))
    if dtype.kind == "b":
        return (np.arange(count) % 3 == 0).reshape(shape)
    if dtype.kind == "f":
        values = np.linspace(-1000, 1000, count)
        return values.astype(dtype).reshape(shape)
    info = np.iinfo(dtype)
    arr = (np.arange(count) % 100).astype(dtype)
    arr.flat[0] = info.max
    arr.flat[-1] = info.min
    return arr.reshape(shape)


@pytest.fixture
def image():
    return np.arange(2 * 3 * 2, dtype=np.uint8).reshape(2, 3, 2)


# ---------------------------------------------------------------------------------
# kernels
# ---------------------------------------------------------------------------------
class TestFliplr:
    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize(
        "shape", [(3, 4), (3, 4, 1), (3, 4, 3), (2, 5, 4), (2, 3, 7)]
    )
    def test_values_all_dtypes(self, dtype, shape):
        arr = _values_for(dtype, shape)
        result = flip.fliplr(arr)
        assert result.dtype == arr.dtype
        assert result.shape == arr.shape
        assert np.array_equal(result, arr[:, ::-1])
        assert result.flags["C_CONTIGUOUS"]
        assert not np.shares_memory(result, arr)

    def test_exact_small(self):
        arr = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.uint8)
        assert flip.fliplr(arr).tolist() == [[3, 2, 1], [6, 5, 4]]

    def test_float_specials_kept(self):
        arr = np.array([[np.nan, np.inf, -0.0, -np.inf]], dtype=np.float64)
        result = flip.fliplr(arr)
        assert np.array_equal(result, arr[:, ::-1], equal_nan=True)
        assert np.signbit(result[0, 1])

    @pytest.mark.parametrize("nb_channels", [5, 513, 600])
    def test_many_channels(self, nb_channels):
        arr = np.arange(2 * 3 * nb_channels, dtype=np.uint16).reshape(2, 3, nb_channels)
        assert np.array_equal(flip.fliplr(arr), arr[:, ::-1])

    def test_non_contiguous_input(self):
        base = np.arange(4 * 6 * 3, dtype=np.float32).reshape(4, 6, 3)
        view = base[::2, 1::2, ::-1]
        assert np.array_equal(flip.fliplr(view), view[:, ::-1])

    @pytest.mark.parametrize("shape", [(0, 4), (4, 0), (0, 0, 3), (3, 3, 0)])
    def test_zero_sized(self, shape):
        arr = np.zeros(shape, dtype=np.uint8)
        result = flip.fliplr(arr)
        assert result.shape == shape
        assert result is not arr

    def test_input_not_mutated(self):
        arr = np.arange(6, dtype=np.uint8).reshape(2, 3)
        before = arr.copy()
        flip.fliplr(arr)
        assert np.array_equal(arr, before)

    def test_other_itemsizes_use_numpy(self):
        arr = (np.arange(6) + 1j).reshape(2, 3).astype(np.complex128)
        assert np.array_equal(flip.fliplr(arr), arr[:, ::-1])


class TestFlipud:
    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("shape", [(3, 4), (3, 4, 1), (3, 4, 3), (2, 3, 7)])
    def test_values_all_dtypes(self, dtype, shape):
        arr = _values_for(dtype, shape)
        result = flip.flipud(arr)
        assert result.dtype == arr.dtype
        assert np.array_equal(result, arr[::-1])
        assert result.flags["C_CONTIGUOUS"]
        assert not np.shares_memory(result, arr)

    def test_exact_small(self):
        arr = np.array([[1, 2], [3, 4], [5, 6]], dtype=np.int16)
        assert flip.flipud(arr).tolist() == [[5, 6], [3, 4], [1, 2]]

    @pytest.mark.parametrize("shape", [(0, 4), (4, 0), (0, 0, 3)])
    def test_zero_sized(self, shape):
        assert flip.flipud(np.zeros(shape, dtype=np.uint8)).shape == shape


# ---------------------------------------------------------------------------------
# aliases
# ---------------------------------------------------------------------------------
def test_aliases_are_functions():
    assert not isinstance(flip.HorizontalFlip, type)
    assert not isinstance(flip.VerticalFlip, type)
    aug = flip.HorizontalFlip(0.3, name="x")
    assert isinstance(aug, flip.Fliplr)
    assert aug.name == "x"
    assert isinstance(flip.VerticalFlip(), flip.Flipud)


def test_module_all():
    for name in flip.__all__:
        assert hasattr(flip, name)
    assert set(flip.__all__) == {
        "fliplr",
        "flipud",
        "HorizontalFlip",
        "VerticalFlip",
        "Fliplr",
        "Flipud",
    }


# ---------------------------------------------------------------------------------
# augmenters
# ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [flip.Fliplr, flip.Flipud])
class TestFlipAugmenterCommon:
    def test_is_augmenter_and_params(self, cls):
        aug = cls()
        assert isinstance(aug, Augmenter)
        params = aug.get_parameters()
        assert len(params) == 1
        assert isinstance(params[0], iap.Deterministic)
        assert params[0].value == 1
        aug = cls(0.5)
        assert isinstance(aug.get_parameters()[0], iap.Binomial)
        assert aug.name == "Unnamed" + cls.__name__

    def test_str(self, cls):
        assert str(cls(1.0, name="f")) == (
            f"{cls.__name__}(name=f, parameters=[Deterministic(int 1)], "
            "deterministic=False)"
        )

    def test_p_zero_is_identity(self, cls, image):
        result = cls(0.0)(image=image)
        assert np.array_equal(result, image)

    @pytest.mark.parametrize("p", [-0.1, 1.5, "a"])
    def test_bad_p_raises(self, cls, p):
        with pytest.raises((ValueError, TypeError), match="p"):
            cls(p)

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_all_dtypes(self, cls, dtype):
        arr = _values_for(dtype, (3, 4, 2))
        result = cls(1.0)(image=arr)
        expected = arr[:, ::-1] if cls is flip.Fliplr else arr[::-1]
        assert result.dtype == arr.dtype
        assert np.array_equal(result, expected)

    def test_same_seed_same_output(self, cls):
        images = np.arange(20 * 2 * 4, dtype=np.uint8).reshape(20, 2, 4)
        a = cls(0.5, seed=3)(images=images)
        b = cls(0.5, seed=3)(images=images)
        assert np.array_equal(a, b)

    def test_roughly_half_flipped(self, cls):
        images = np.tile(np.arange(8, dtype=np.uint8).reshape(1, 2, 4), (400, 1, 1))
        result = cls(0.5, seed=1)(images=images)
        nb_changed = sum(not np.array_equal(r, images[0]) for r in result)
        assert 150 < nb_changed < 250

    def test_images_only_equals_images_with_keypoints(self, cls):
        images = np.arange(10 * 2 * 4, dtype=np.uint8).reshape(10, 2, 4)
        kps = [KeypointsOnImage([Keypoint(0.5, 0.5)], shape=(2, 4))] * 10
        a = cls(0.5, seed=7)(images=images)
        b, _ = cls(0.5, seed=7)(images=images, keypoints=kps)
        assert np.array_equal(a, b)

    def test_images_and_keypoints_aligned(self, cls):
        # bright pixel at (x=0, y=0) of a 2x4 image, keypoint on its centre
        images = np.zeros((30, 2, 4), dtype=np.uint8)
        images[:, 0, 0] = 255
        kps = [KeypointsOnImage([Keypoint(0.5, 0.5)], shape=(2, 4))] * 30
        images_aug, kps_aug = cls(0.5, seed=2)(images=images, keypoints=kps)
        for image_aug, kpsoi in zip(images_aug, kps_aug):
            y, x = np.argwhere(image_aug == 255)[0]
            assert kpsoi.keypoints[0].x == pytest.approx(x + 0.5)
            assert kpsoi.keypoints[0].y == pytest.approx(y + 0.5)

    def test_to_deterministic(self, cls):
        images = np.arange(10 * 2 * 4, dtype=np.uint8).reshape(10, 2, 4)
        det = cls(0.5, seed=4).to_deterministic()
        assert np.array_equal(det(images=images), det(images=images))

    def test_list_and_array_input(self, cls):
        images = [
            np.arange(8, dtype=np.uint8).reshape(2, 4),
            np.arange(12, dtype=np.uint8).reshape(3, 4),
        ]
        result = cls(1.0)(images=images)
        assert isinstance(result, list)
        for res, img in zip(result, images):
            expected = img[:, ::-1] if cls is flip.Fliplr else img[::-1]
            assert np.array_equal(res, expected)
        arr = np.stack([images[0]] * 2)
        result_arr = cls(1.0)(images=arr)
        assert isinstance(result_arr, np.ndarray)
        assert result_arr.shape == arr.shape

    def test_no_mutation(self, cls, image):
        before = image.copy()
        kpsoi = KeypointsOnImage([Keypoint(1, 1)], shape=image.shape)
        cls(1.0)(image=image, keypoints=kpsoi)
        assert np.array_equal(image, before)
        assert kpsoi.keypoints[0].x == 1
        assert kpsoi.keypoints[0].y == 1

    @pytest.mark.parametrize(
        "shape", [(0, 0), (0, 1), (1, 0), (0, 1, 0), (1, 0, 0), (0, 0, 1), (1, 1, 0)]
    )
    def test_zero_sized_images(self, cls, shape):
        arr = np.zeros(shape, dtype=np.uint8)
        result = cls(1.0)(image=arr)
        assert result.shape == shape
        assert result.dtype == np.uint8

    def test_one_by_one(self, cls):
        arr = np.full((1, 1, 3), 9, dtype=np.uint8)
        assert np.array_equal(cls(1.0)(image=arr), arr)

    def test_empty_keypoints(self, cls):
        kpsoi = KeypointsOnImage([], shape=(4, 4, 3))
        result = cls(1.0)(keypoints=kpsoi)
        assert len(result.keypoints) == 0
        assert result.shape == (4, 4, 3)

    def test_pickle(self, cls):
        aug = cls(0.5, seed=1)
        images = np.arange(5 * 2 * 4, dtype=np.uint8).reshape(5, 2, 4)
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(images=images), restored(images=images))

    def test_kernel_is_patchable(self, cls, image, monkeypatch):
        calls = []
        name = "fliplr" if cls is flip.Fliplr else "flipud"
        original = getattr(flip, name)

        def spy(arr):
            calls.append(arr.shape)
            return original(arr)

        monkeypatch.setattr(flip, name, spy)
        cls(1.0)(image=image)
        assert calls == [image.shape]


class TestFliplrAugmentables:
    def test_image_exact(self):
        arr = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.uint8)
        assert flip.Fliplr(1.0)(image=arr).tolist() == [[3, 2, 1], [6, 5, 4]]

    def test_keypoints(self):
        kpsoi = KeypointsOnImage(
            [Keypoint(0, 0), Keypoint(1.5, 2), Keypoint(4, 1)], (3, 4)
        )
        result = flip.Fliplr(1.0)(keypoints=kpsoi)
        assert result.to_xy_array().tolist() == [[4, 0], [2.5, 2], [0, 1]]
        assert result.shape == (3, 4)

    def test_bounding_boxes(self):
        bbsoi = BoundingBoxesOnImage(
            [BoundingBox(1, 2, 3, 4, label="a")], shape=(5, 10)
        )
        result = flip.Fliplr(1.0)(bounding_boxes=bbsoi)
        bb = result.bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (7, 2, 9, 4)
        assert bb.label == "a"

    def test_polygons_and_line_strings(self):
        poly = Polygon([(1, 1), (4, 1), (4, 3)])
        psoi = PolygonsOnImage([poly], shape=(5, 10))
        lsoi = LineStringsOnImage([LineString([(0, 0), (2, 3)])], shape=(5, 10))
        psoi_aug, lsoi_aug = flip.Fliplr(1.0)(polygons=psoi, line_strings=lsoi)
        assert psoi_aug.polygons[0].exterior.tolist() == [[9, 1], [6, 1], [6, 3]]
        assert lsoi_aug.line_strings[0].coords.tolist() == [[10, 0], [8, 3]]

    def test_heatmaps_own_resolution(self):
        arr = np.array([[0.0, 0.5, 1.0]], dtype=np.float32)
        hm = HeatmapsOnImage(arr, shape=(2, 6, 3))
        result = flip.Fliplr(1.0)(heatmaps=hm)
        assert result.get_arr().tolist() == [[1.0, 0.5, 0.0]]
        assert result.shape == (2, 6, 3)

    def test_segmaps(self):
        arr = np.array([[0, 1, 2], [3, 4, 5]], dtype=np.int32)
        segmap = SegmentationMapsOnImage(arr, shape=(2, 3))
        result = flip.Fliplr(1.0)(segmentation_maps=segmap)
        assert result.get_arr().tolist() == [[2, 1, 0], [5, 4, 3]]

    def test_all_kinds_same_rows(self):
        nb_rows = 20
        images = np.zeros((nb_rows, 2, 4), dtype=np.uint8)
        images[:, :, 0] = 255
        hms = [
            HeatmapsOnImage(np.float32([[1.0, 0.0], [1.0, 0.0]]), shape=(2, 4))
            for _ in range(nb_rows)
        ]
        segmaps = [
            SegmentationMapsOnImage(np.int32([[1, 0, 0, 0]] * 2), shape=(2, 4))
            for _ in range(nb_rows)
        ]
        images_aug, hms_aug, segmaps_aug = flip.Fliplr(0.5, seed=5)(
            images=images, heatmaps=hms, segmentation_maps=segmaps
        )
        flipped = [bool(img[0, 3] == 255) for img in images_aug]
        assert 0 < sum(flipped) < nb_rows
        for was_flipped, hm, segmap in zip(flipped, hms_aug, segmaps_aug):
            assert bool(hm.get_arr()[0, 1] == 1.0) == was_flipped
            assert bool(segmap.get_arr()[0, 3] == 1) == was_flipped


class TestFlipudAugmentables:
    def test_image_exact(self):
        arr = np.array([[1, 2], [3, 4], [5, 6]], dtype=np.uint8)
        assert flip.Flipud(1.0)(image=arr).tolist() == [[5, 6], [3, 4], [1, 2]]

    def test_keypoints(self):
        kpsoi = KeypointsOnImage(
            [Keypoint(0, 0), Keypoint(1.5, 2), Keypoint(4, 3)], (3, 4)
        )
        result = flip.Flipud(1.0)(keypoints=kpsoi)
        assert result.to_xy_array().tolist() == [[0, 3], [1.5, 1], [4, 0]]

    def test_bounding_boxes(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(10, 5))
        bb = flip.Flipud(1.0)(bounding_boxes=bbsoi).bounding_boxes[0]
        assert (bb.x1, bb.y1, bb.x2, bb.y2) == (1, 6, 3, 8)

    def test_polygons_and_line_strings(self):
        psoi = PolygonsOnImage([Polygon([(1, 1), (4, 1), (4, 3)])], shape=(5, 10))
        lsoi = LineStringsOnImage([LineString([(0, 0), (2, 3)])], shape=(5, 10))
        psoi_aug, lsoi_aug = flip.Flipud(1.0)(polygons=psoi, line_strings=lsoi)
        assert psoi_aug.polygons[0].exterior.tolist() == [[1, 4], [4, 4], [4, 2]]
        assert lsoi_aug.line_strings[0].coords.tolist() == [[0, 5], [2, 2]]

    def test_heatmaps_and_segmaps(self):
        hm = HeatmapsOnImage(np.float32([[0.0], [1.0]]), shape=(4, 4))
        segmap = SegmentationMapsOnImage(np.int32([[1, 2], [3, 4]]), shape=(2, 2))
        hm_aug, segmap_aug = flip.Flipud(1.0)(heatmaps=hm, segmentation_maps=segmap)
        assert hm_aug.get_arr().tolist() == [[1.0], [0.0]]
        assert segmap_aug.get_arr().tolist() == [[3, 4], [1, 2]]


@pytest.mark.parametrize("cls", [flip.Fliplr, flip.Flipud])
@pytest.mark.parametrize("nb_channels", [1, 3, 5])
@pytest.mark.parametrize("dtype", ["uint8", "int16", "float32", "float64", "bool"])
def test_array_batches_are_flipped_into_a_new_array(cls, nb_channels, dtype):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 2, size=(4, 3, 5, nb_channels)).astype(dtype)
    images_before = images.copy()
    aug = cls(iap.DeterministicList([1, 0, 1, 1]))
    observed = aug(images=images)
    axis = 2 if cls is flip.Fliplr else 1
    expected = images_before.copy()
    expected[[0, 2, 3]] = np.flip(images_before[[0, 2, 3]], axis=axis)
    assert observed.dtype == images.dtype
    assert np.array_equal(observed, expected)
    assert np.array_equal(images, images_before)
    assert not np.may_share_memory(observed, images)


class _NotDeterministic(iap.StochasticParameter):
    """Wraps a parameter so that the flips take their general sampling route."""

    def __init__(self, other):
        super().__init__()
        self.other = other

    def _draw_samples(self, size, random_state):
        return self.other.draw_samples(size, random_state=random_state)


@pytest.mark.parametrize("cls", [flip.Fliplr, flip.Flipud])
@pytest.mark.parametrize(
    "value", [0, 1, 0.0, 1.0, 0.4999999999, 0.5, 0.7, np.float32(0.5)]
)
@pytest.mark.parametrize("nb_rows", [0, 1, 3])
def test_constant_p_rows_equal_general_route(cls, value, nb_rows):
    from imgaug.augmentables.batches import _BatchInAugmentation
    from imgaug.random import RNG

    images = [np.zeros((2, 3, 1), dtype=np.uint8)] * nb_rows
    batch = _BatchInAugmentation(images=images)
    aug = cls(0)
    aug.p = iap.Deterministic(value)
    rng = RNG(1)
    fast = aug._draw_samples(batch, rng)
    aug.p = _NotDeterministic(iap.Deterministic(value))
    general = aug._draw_samples(batch, RNG(1))
    assert fast.rows.dtype == general.rows.dtype
    assert fast.rows.tolist() == general.rows.tolist()
    assert rng.equals(RNG(1))  # a constant draws nothing
