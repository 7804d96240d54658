"""Keep the docs recipes working: docs/recipes/detection_mosaic.py without PyTorch.

The dataset's ``sample()`` (numpy) is exercised here; the tensor conversion and the
DataLoader part run too when PyTorch happens to be installed.
"""

import importlib.util
import os
import sys

import numpy as np
import pytest

_RECIPES = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "recipes"
)


@pytest.fixture(scope="module")
def recipe():
    path = os.path.join(_RECIPES, "detection_mosaic.py")
    spec = importlib.util.spec_from_file_location("_recipe_detection_mosaic", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def _load(record):
    """A grey image with one bright square per class id in `record`."""
    (height, width), classes = record
    image = np.full((height, width, 3), 40, dtype=np.uint8)
    boxes = []
    for i, class_id in enumerate(classes):
        x1, y1 = 10 + 60 * i, 20 + 30 * i
        image[y1 : y1 + 50, x1 : x1 + 50] = 100 + 40 * class_id
        boxes.append((x1, y1, x1 + 50, y1 + 50, class_id))
    return image, boxes


RECORDS = [((200 + 10 * i, 260 - 5 * i), [i % 3, (i + 1) % 3]) for i in range(8)]


def test_sample_is_a_mosaic_with_aligned_boxes(recipe):
    dataset = recipe.MosaicMixUpDataset(RECORDS, _load, size=256, mixup_p=0.0)
    assert len(dataset) == 8
    for index in range(4):
        image, targets = dataset.sample(index)
        assert image.shape == (256, 256, 3) and image.dtype == np.uint8
        assert targets.dtype == np.float32 and targets.shape[1] == 5
        assert len(targets) > 0
        assert set(targets[:, 0].tolist()) <= {0.0, 1.0, 2.0}
        assert np.all(targets[:, 1:] >= 0) and np.all(targets[:, 1:] <= 256)
        for class_id, x1, y1, x2, y2 in targets:
            region = image[int(y1) + 2 : int(y2) - 2, int(x1) + 2 : int(x2) - 2]
            if region.size:  # boxes lie on the squares of their class
                colour = 100 + 40 * class_id
                assert np.mean(np.abs(region.astype(int) - colour) <= 2) > 0.9


def test_sample_is_reproducible_and_changes_with_the_epoch(recipe):
    dataset = recipe.MosaicMixUpDataset(RECORDS, _load, size=128, mixup_p=0.5, seed=3)
    first = [dataset.sample(i) for i in range(3)]
    again = [dataset.sample(i) for i in (2, 0, 1)]  # any order: per-item seeds
    for (image_a, targets_a), (image_b, targets_b) in zip(
        first, [again[1], again[2], again[0]], strict=True
    ):
        assert np.array_equal(image_a, image_b)
        assert np.array_equal(targets_a, targets_b)
    dataset.set_epoch(1)
    assert not all(np.array_equal(first[i][0], dataset.sample(i)[0]) for i in range(3))


def test_mixup_blends_two_mosaics(recipe):
    dataset = recipe.MosaicMixUpDataset(RECORDS, _load, size=128, mixup_p=1.0)
    plain = recipe.MosaicMixUpDataset(RECORDS, _load, size=128, mixup_p=0.0)
    image, targets = dataset.sample(0)
    image_plain, targets_plain = plain.sample(0)
    assert image.shape == image_plain.shape
    assert len(targets) >= len(targets_plain)  # both mosaics' boxes are kept


def test_tensors_and_collate_with_torch(recipe):
    torch = pytest.importorskip("torch")
    dataset = recipe.MosaicMixUpDataset(RECORDS, _load, size=64)
    items = [dataset[i] for i in range(2)]
    images, targets = recipe.collate(items)
    assert images.shape == (2, 3, 64, 64) and images.dtype == torch.float32
    assert targets.shape[1] == 6
