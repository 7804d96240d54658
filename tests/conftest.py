"""Shared fixtures: every test starts from the same global seed."""

import numpy as np
import pytest
from hypothesis import settings

# property tests run the same examples every time (CI must not flake on a new draw)
settings.register_profile("imgaug", derandomize=True, database=None, deadline=None)
settings.load_profile("imgaug")


@pytest.fixture(autouse=True)
def _reseed_global_rng():
    """Reseed imgaug's global RNG before each test so results never depend on order."""
    import imgaug.random as iarandom

    if hasattr(iarandom, "seed"):
        iarandom.seed(0)
    yield


@pytest.fixture
def image_uint8():
    """A small deterministic (8, 10, 3) uint8 image with a gradient per channel."""
    h, w = 8, 10
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.stack([xx * 20, yy * 30, (xx + yy) * 10], axis=-1)
    return np.clip(img, 0, 255).astype(np.uint8)
