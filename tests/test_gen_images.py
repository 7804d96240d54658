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


def _cells(gen_images, grid):
    cell_h, cell_w = gen_images.CELL_HW
    gap = gen_images.GAP

    def cell(row, col):
        y, x = gap + row * (cell_h + gap), gap + col * (cell_w + gap)
        return grid[y : y + cell_h, x : x + cell_w].astype(np.int16)

    outputs = [cell(1 + i // 4, i % 4) for i in range(8)]
    return cell(0, 0), outputs


def test_registry_fliplr_cells_are_input_or_mirrored_input(gen_images):
    import imgaug.augmenters as iaa

    targets, skipped = gen_images.discover_targets(iaa)
    by_key = {t.key: t for t in targets}
    assert "Augmenter" in skipped
    target = by_key["Fliplr"]
    assert target.family == "flip"
    assert target.example.annotate
    grid = gen_images.render(target)
    assert grid.dtype == np.uint8
    input_cell, outputs = _cells(gen_images, grid)
    for output in outputs:
        same = np.abs(output - input_cell).mean() < 1
        # annotations are drawn after flipping, so in a flipped cell they sit on
        # the mirrored positions up to rounding (hence the tolerance)
        mirrored = np.abs(output - input_cell[:, ::-1]).mean() < 12
        assert same or mirrored


def test_render_flips_every_cell_with_p_1(gen_images):
    import imgaug.augmenters as iaa

    target = gen_images.Target(
        key="Fliplr",
        cls=iaa.Fliplr,
        family="flip",
        example=gen_images.Example("iaa.Fliplr(1.0)"),
    )
    input_cell, outputs = _cells(gen_images, gen_images.render(target))
    for output in outputs:
        assert np.array_equal(output, input_cell[:, ::-1])


def test_unknown_name_raises(gen_images, tmp_path):
    with pytest.raises(KeyError, match="NoSuchAugmenter"):
        gen_images.generate(["NoSuchAugmenter"], out_dir=str(tmp_path), log=None)
