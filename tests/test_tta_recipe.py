"""Keep docs/recipes/test_time_augmentation.py working."""

import importlib.util
import os
import sys

import numpy as np
import pytest

_PATH = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "docs",
    "recipes",
    "test_time_augmentation.py",
)


@pytest.fixture(scope="module")
def recipe():
    spec = importlib.util.spec_from_file_location("_recipe_tta", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_tta_average_lands_on_the_original_prediction(recipe):
    image = recipe.demo_image()
    direct_heatmaps, direct_xy = recipe._bright_spot_model([image])
    heatmap, xy = recipe.predict_with_tta(recipe._bright_spot_model, image)
    assert heatmap.shape == image.shape[0:2]
    assert np.abs(xy - direct_xy[0]).max() < 1.0
    inside = heatmap[32:48, 72:93].mean()
    outside = np.concatenate([heatmap[:25].ravel(), heatmap[55:].ravel()]).mean()
    assert inside > 0.9 and outside < 0.05


def test_tta_copies_really_differ(recipe):
    import imgaug.augmenters as iaa

    image = recipe.demo_image()
    copies, _ = iaa.record(recipe.make_tta_pipeline(0), images=[image] * 8)
    shapes = {copy.shape for copy in copies}
    assert len(shapes) > 1
