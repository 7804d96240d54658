"""Augmentable data types: keypoints, boxes, polygons, line strings, heatmaps, segmaps.

Star-imports ``kps``, ``bbs``, ``polys``, ``lines``, ``heatmaps``, ``segmaps`` and
``batches`` in that order (as imgaug 0.4.0 does), plus the few helpers that 0.4.0
exposed at this level through its star-imports.
"""

# ruff: noqa: F401, F403, I001  (order mirrors imgaug 0.4.0)
from imgaug.augmentables.kps import *
from imgaug.augmentables.bbs import *
from imgaug.augmentables.polys import *
from imgaug.augmentables.lines import *
from imgaug.augmentables.heatmaps import *
from imgaug.augmentables.segmaps import *
from imgaug.augmentables.batches import *
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.utils import (
    interpolate_points,
    normalize_shape,
    project_coords,
    project_coords_,
)
from imgaug.augmentables import (
    base,
    batches,
    bbs,
    heatmaps,
    kps,
    lines,
    normalization,
    polys,
    segmaps,
    utils,
)

__all__ = (
    kps.__all__
    + bbs.__all__
    + polys.__all__
    + lines.__all__
    + heatmaps.__all__
    + segmaps.__all__
    + batches.__all__
    + [
        "IAugmentable",
        "interpolate_points",
        "normalize_shape",
        "project_coords",
        "project_coords_",
        "base",
        "batches",
        "bbs",
        "heatmaps",
        "kps",
        "lines",
        "normalization",
        "polys",
        "segmaps",
        "utils",
    ]
)
