"""Keep docs/scripts/gen_images.py working: render one augmenter into a tmp dir."""

import importlib.util
import os
import sys

import numpy as np
import pytest

_SCRIPT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "docs",
    "scripts",
    "gen_images.py",
)


@pytest.fixture(scope="module")
def gen_images():
    spec = importlib.util.spec_from_file_location("_gen_images", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_fliplr_image_is_written_once_and_reproducible(gen_images, tmp_path):
    out_dir = str(tmp_path)
    path = os.path.join(out_dir, "flip", "Fliplr.jpg")

    first = gen_images.generate(["Fliplr"], out_dir=out_dir, log=None)
    assert first == {"Fliplr": "new"}
    assert os.path.isfile(path)
    with open(path, "rb") as handle:
        data = handle.read()
    assert data[0:2] == b"\xff\xd8"  # JPEG
    image = gen_images._decode(data)
    cell_h, cell_w = gen_images.CELL_HW
    gap = gen_images.GAP
    assert image.shape == (3 * cell_h + 4 * gap, 4 * cell_w + 5 * gap, 3)
    assert image.shape[1] <= 768

    # same seed -> visually the same image -> the file is left alone
    mtime = os.stat(path).st_mtime_ns
    second = gen_images.generate(["Fliplr"], out_dir=out_dir, log=None)
    assert second == {"Fliplr": "unchanged"}
    assert os.stat(path).st_mtime_ns == mtime


def test_visible_change_rewrites_file(gen_images, tmp_path):
    path = str(tmp_path / "x" / "A.jpg")
    image = np.full((16, 16, 3), 100, dtype=np.uint8)
    assert gen_images.write_if_changed(path, image, threshold=1.0) == "new"
    assert gen_images.write_if_changed(path, image + 1, threshold=1.0) == "unchanged"
    assert gen_images.write_if_changed(path, image + 20, threshold=1.0) == "updated"
    assert abs(int(gen_images._decode(path).mean()) - 120) <= 2
    other_shape = np.full((16, 20, 3), 120, dtype=np.uint8)
    assert gen_images.write_if_changed(path, other_shape, threshold=1.0) == "updated"


def test_a_much_larger_existing_file_is_replaced(gen_images, tmp_path):
    from PIL import Image

    path = str(tmp_path / "A.jpg")
    rng = np.random.default_rng(0)
    image = rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)
    Image.fromarray(image).save(path, quality=100)  # same picture, much larger file
    assert gen_images.write_if_changed(path, image, threshold=255.0) == "updated"
    assert gen_images.write_if_changed(path, image, threshold=255.0) == "unchanged"


def _cells(gen_images, grid):
    cell_h, cell_w = gen_images.CELL_HW
    gap = gen_images.GAP

    def cell(row, col):
        y, x = gap + row * (cell_h + gap), gap + col * (cell_w + gap)
        return grid[y : y + cell_h, x : x + cell_w].astype(np.int16)

    outputs = [cell(1 + i // 4, i % 4) for i in range(8)]
    return cell(0, 0), outputs


def test_registry_fliplr_cells_are_input_or_mirrored_input(gen_images, monkeypatch):
    targets, skipped = gen_images.discover_targets()
    by_key = {t.key: t for t in targets}
    assert skipped["Augmenter"] == "abstract base class"
    target = by_key["Fliplr"]
    assert target.family == "flip"
    assert gen_images.passes_annotations(target)
    # without the drawn annotations every output is the input or its mirror image
    monkeypatch.setattr(gen_images, "_draw_annotations", lambda image, _: image)
    grid = gen_images.render(target)
    assert grid.dtype == np.uint8
    input_cell, outputs = _cells(gen_images, grid)
    flipped = 0
    for output in outputs:
        if np.array_equal(output, input_cell[:, ::-1]):
            flipped += 1
        else:
            assert np.array_equal(output, input_cell)
    assert 0 < flipped < 8  # Fliplr(0.5) with a fixed seed


def _fliplr_1(gen_images):
    import imgaug.augmenters as iaa

    return gen_images.Target(
        key="Fliplr",
        cls=iaa.Fliplr,
        family="flip",
        example=gen_images.Example("iaa.Fliplr(1.0)"),
    )


def test_annotations_go_through_geometric_augmenters(gen_images):
    image, annotations, images_aug, rows = gen_images.augment_sample_raw(
        _fliplr_1(gen_images), nb_images=2
    )
    width = image.shape[1]
    for image_aug, row in zip(images_aug, rows):
        assert np.array_equal(image_aug, image[:, ::-1])
        xy = annotations["keypoints"].to_xy_array()
        xy_aug = row["keypoints"].to_xy_array()
        assert np.allclose(xy_aug[:, 0], width - xy[:, 0])
        assert np.allclose(xy_aug[:, 1], xy[:, 1])
        box, box_aug = annotations["bounding_boxes"][0], row["bounding_boxes"][0]
        assert np.isclose(box_aug.x1, width - box.x2)
        poly = annotations["polygons"][0].coords
        poly_aug = row["polygons"][0].coords
        assert np.allclose(poly_aug[:, 0], width - poly[:, 0])
        segmap = annotations["segmentation_maps"].get_arr()
        assert np.array_equal(row["segmentation_maps"].get_arr(), segmap[:, ::-1])


def test_image_only_augmenters_get_their_annotations_drawn_unchanged(gen_images):
    import imgaug.augmenters as iaa

    target = gen_images.Target(
        key="Add",
        cls=iaa.Add,
        family="arithmetic",
        example=gen_images.Example("iaa.Add(50)"),
    )
    assert not gen_images.passes_annotations(target)
    image, annotations, images_aug, rows = gen_images.augment_sample_raw(target, 1)
    assert not np.array_equal(images_aug[0], image)
    for kind, value in annotations.items():
        assert rows[0][kind] is not value  # a copy
        if kind == "segmentation_maps":
            assert np.array_equal(rows[0][kind].get_arr(), value.get_arr())
        else:
            assert np.allclose(rows[0][kind].to_xy_array(), value.to_xy_array())


def test_drawn_annotations_are_visible_in_their_colours(gen_images):
    _, outputs = gen_images.augment_sample(_fliplr_1(gen_images), nb_images=1)
    output = outputs[0]
    for color in (
        gen_images.KEYPOINT_COLOR,
        gen_images.BOX_COLOR,
        gen_images.POLYGON_COLOR,
        gen_images.SEGMAP_COLOR,
    ):
        assert np.all(output == np.uint8(color), axis=-1).sum() > 10, color


def test_render_flips_every_cell_with_p_1(gen_images, monkeypatch):
    monkeypatch.setattr(gen_images, "_draw_annotations", lambda image, _: image)
    input_cell, outputs = _cells(gen_images, gen_images.render(_fliplr_1(gen_images)))
    for output in outputs:
        assert np.array_equal(output, input_cell[:, ::-1])


def test_overview_picks_modules_round_robin(gen_images):
    targets, _ = gen_images.discover_targets()
    picked = gen_images.overview_targets(targets, count=12)
    families = sorted({t.family for t in targets})
    first = [t.family for t in picked[0 : len(families)]]
    assert sorted(first) == families[0 : len(first)] or len(set(first)) == len(first)
    assert len({t.key for t in picked}) == len(picked)


def test_readme_table_is_written_between_the_markers(gen_images, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        f"top\n{gen_images.README_START}\nold\n{gen_images.README_END}\nbottom\n"
    )
    assert gen_images.update_readme(str(readme))
    text = readme.read_text()
    assert "old" not in text and text.startswith("top\n") and text.endswith("bottom\n")
    entries = gen_images.readme_table_entries()
    assert 0 < len(entries) <= gen_images.README_TABLE_SIZE
    for entry in entries:
        assert f'src="{entry.picture_relpath}"' in text
    assert not gen_images.update_readme(str(readme))  # unchanged the second time


def test_unknown_name_raises(gen_images, tmp_path):
    with pytest.raises(KeyError, match="NoSuchAugmenter"):
        gen_images.generate(["NoSuchAugmenter"], out_dir=str(tmp_path), log=None)
