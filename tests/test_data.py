"""The bundled sample photo and its annotations (imgaug.data, ia.quokka*)."""

import numpy as np
import pytest

import imgaug as ia
import imgaug.data as iadata
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage


def test_quokka_full_size_and_dtype():
    image = iadata.quokka()
    assert image.shape == (643, 960, 3)
    assert image.dtype == np.uint8
    assert image.flags.writeable
    assert 40 < image.mean() < 220  # a real photo, not a blank array


def test_quokka_returns_independent_copies():
    first = iadata.quokka()
    first[...] = 0
    assert iadata.quokka().max() > 0


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((32, 48), (32, 48, 3)),
        (0.1, (64, 96, 3)),
        (20, (20, 20, 3)),
        ((None, 50), (643, 50, 3)),
    ],
)
def test_quokka_size_forms(size, expected):
    assert iadata.quokka(size=size).shape == expected


def test_quokka_square_and_extract_forms():
    assert iadata.quokka_square().shape == (643, 643, 3)
    assert iadata.quokka(extract=(10, 20, 110, 70)).shape == (50, 100, 3)
    bb = BoundingBox(x1=0, y1=0, x2=30, y2=40)
    assert iadata.quokka(extract=bb).shape == (40, 30, 3)
    bbsoi = BoundingBoxesOnImage([bb], shape=(643, 960, 3))
    assert iadata.quokka(extract=bbsoi).shape == (40, 30, 3)


def test_quokka_extract_rejects_bad_values():
    with pytest.raises(ValueError, match="extract"):
        iadata.quokka(extract=BoundingBoxesOnImage([], shape=(643, 960, 3)))
    with pytest.raises(TypeError, match="Expected 'square' or tuple of four entries"):
        iadata.quokka(extract="circle")


def test_compute_resized_shape():
    assert iadata._compute_resized_shape((10, 20, 3), None) == (10, 20, 3)
    assert iadata._compute_resized_shape((10, 20, 3), (5, 0.5)) == (5, 10, 3)
    assert iadata._compute_resized_shape((10, 20, 3), 2.0) == (20, 40, 3)
    assert iadata._compute_resized_shape(np.zeros((10, 20)), (4, 4, 3)) == (4, 4, 3)
    with pytest.raises(ValueError, match="channel"):
        iadata._compute_resized_shape((10, 20, 3), (4, 4, 1))


def test_keypoints_boxes_polygons_lie_on_the_image():
    kpsoi = iadata.quokka_keypoints()
    assert kpsoi.shape == (643, 960, 3)
    assert len(kpsoi.keypoints) == 6
    assert not any(kp.is_out_of_image(kpsoi.shape) for kp in kpsoi.keypoints)
    bbsoi = iadata.quokka_bounding_boxes()
    assert len(bbsoi.bounding_boxes) == 1
    assert bbsoi.bounding_boxes[0].is_fully_within_image(bbsoi.shape)
    psoi = iadata.quokka_polygons()
    assert len(psoi.polygons) == 1
    assert psoi.polygons[0].is_valid


def test_annotations_follow_extract_and_size():
    full = iadata.quokka_keypoints()
    cut = iadata.quokka_keypoints(extract=(100, 10, 700, 610))
    assert cut.shape == (600, 600, 3)
    assert np.allclose(cut.to_xy_array(), full.to_xy_array() - [100, 10])
    half = iadata.quokka_keypoints(size=0.5)
    assert half.shape[0:2] == (322, 480)
    assert np.allclose(half.to_xy_array()[:, 0], full.to_xy_array()[:, 0] * 0.5)


def test_heatmap_is_depth_like():
    heatmap = iadata.quokka_heatmap(size=(64, 96))
    arr = heatmap.get_arr()
    assert arr.shape == (64, 96, 1)
    assert arr.dtype == np.float32
    assert 0.0 <= arr.min() < arr.max() <= 1.0
    nose_x, nose_y = iadata.quokka_keypoints(size=(64, 96)).to_xy_array()[4]
    near = arr[int(nose_y), int(nose_x), 0]
    far = arr[0:3, -3:, 0].mean()  # background corner
    assert near < far


def test_segmentation_map_marks_the_animal():
    segmap = iadata.quokka_segmentation_map()
    arr = segmap.get_arr()
    assert arr.shape == (643, 960, 1)
    assert set(np.unique(arr).tolist()) == {0, 1}
    assert arr[300, 480, 0] == 1  # face centre
    assert arr[630, 10, 0] == 0  # bottom-left background
    small = iadata.quokka_segmentation_map(size=(32, 48))
    assert small.shape == (32, 48, 3)
    assert small.get_arr().shape == (32, 48, 1)


def test_top_level_names_forward_to_data():
    assert ia.quokka(size=(8, 12)).shape == (8, 12, 3)
    assert len(ia.quokka_keypoints().keypoints) == 6
