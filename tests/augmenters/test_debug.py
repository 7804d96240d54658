"""Tests of imgaug.augmenters.debug (spec §11)."""

import os

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage

PINK = [255, 192, 203]


def _batch_kwargs(nb_rows=2, shape=(20, 30, 3)):
    return {
        "heatmaps": [
            HeatmapsOnImage(np.full((10, 15, 2), 0.5, np.float32), shape=shape)
        ]
        * nb_rows,
        "segmentation_maps": [
            SegmentationMapsOnImage(np.ones((20, 30), np.int32), shape=shape)
        ]
        * nb_rows,
        "keypoints": [KeypointsOnImage([Keypoint(5, 5)], shape=shape)] * nb_rows,
        "bounding_boxes": [BoundingBoxesOnImage([BoundingBox(2, 2, 9, 9)], shape)]
        * nb_rows,
        "polygons": [PolygonsOnImage([Polygon([(1, 1), (8, 1), (8, 8)])], shape)]
        * nb_rows,
        "line_strings": [LineStringsOnImage([LineString([(0, 0), (9, 9)])], shape)]
        * nb_rows,
    }


def test_draw_debug_image_images_only():
    images = np.zeros((2, 20, 30, 3), dtype=np.uint8)
    debug = iaa.draw_debug_image(images)
    assert debug.dtype == np.uint8 and debug.ndim == 3 and debug.shape[2] == 3
    # pink outer border
    assert debug[0, 0].tolist() == PINK and debug[-1, -1].tolist() == PINK
    assert debug.shape[0] > 2 * 20


def test_draw_debug_image_adds_a_column_per_kind_and_channel():
    images = [np.zeros((20, 30, 3), dtype=np.uint8)] * 2
    only_images = iaa.draw_debug_image(images)
    everything = iaa.draw_debug_image(images, **_batch_kwargs())
    # heatmaps: 2 channels, segmaps: 1, then 4 coordinate kinds -> 8 columns
    assert everything.shape[0] == only_images.shape[0]
    assert 7 * only_images.shape[1] < everything.shape[1] <= 8 * only_images.shape[1]
    # something was drawn besides black images, borders and text
    assert len(np.unique(everything.reshape(-1, 3), axis=0)) > 10


@pytest.mark.parametrize("dtype", ["bool", "uint16", "int8", "float32", "float64"])
def test_draw_debug_image_other_dtypes(dtype):
    image = np.zeros((6, 7), dtype=dtype)
    image[0, 0] = 1
    assert iaa.draw_debug_image([image]).dtype == np.uint8


def test_draw_debug_image_bad_input():
    with pytest.raises(TypeError, match="images"):
        iaa.draw_debug_image(None)
    with pytest.raises(ValueError, match="keypoints"):
        iaa.draw_debug_image(
            [np.zeros((4, 4, 3), np.uint8)],
            keypoints=_batch_kwargs(nb_rows=2)["keypoints"],
        )


def test_save_debug_image_every_n_batches(tmp_path):
    aug = iaa.SaveDebugImageEveryNBatches(str(tmp_path), 2)
    image = np.full((20, 30, 3), 100, dtype=np.uint8)
    kwargs = _batch_kwargs(nb_rows=1)
    for _ in range(5):
        result = aug(image=image, keypoints=kwargs["keypoints"][0])
        assert np.array_equal(result[0], image)
        assert result[1].to_xy_array().tolist() == [[5.0, 5.0]]
    assert sorted(os.listdir(tmp_path)) == [
        "batch_000000.png",
        "batch_000002.png",
        "batch_000004.png",
        "batch_latest.png",
    ]
    import imageio.v3 as iio

    saved = iio.imread(os.path.join(tmp_path, "batch_latest.png"))
    assert saved.dtype == np.uint8 and saved[0, 0].tolist() == PINK


def test_save_debug_image_parameters_and_bad_arguments(tmp_path):
    aug = iaa.SaveDebugImageEveryNBatches(str(tmp_path), 10)
    assert aug.get_parameters() == [
        str(tmp_path),
        "batch_{batch_id:06d}.png",
        str(tmp_path),
        "batch_latest.png",
        10,
    ]
    with pytest.raises(ValueError, match="destination"):
        iaa.SaveDebugImageEveryNBatches(str(tmp_path / "missing"), 1)
    with pytest.raises(ValueError, match="interval"):
        iaa.SaveDebugImageEveryNBatches(str(tmp_path), 0)
    with pytest.raises(TypeError, match="interval"):
        iaa.SaveDebugImageEveryNBatches(str(tmp_path), 1.5)
