"""Augmentable data types: keypoints, boxes, polygons, line strings, heatmaps, segmaps."""

# ruff: noqa: F401, F403
from imgaug.augmentables.kps import *
from imgaug.augmentables.bbs import *
from imgaug.augmentables.polys import *
from imgaug.augmentables.lines import *
from imgaug.augmentables.heatmaps import *
from imgaug.augmentables.segmaps import *
from imgaug.augmentables.batches import *
