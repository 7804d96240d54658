"""Marker base class shared by every ``*OnImage`` augmentable container."""

__all__ = ["IAugmentable"]


class IAugmentable:
    """Empty marker base class of all ``*OnImage`` containers.

    Heatmaps, segmentation maps, keypoints, bounding boxes, polygons and line strings
    on an image derive from it, so that input normalization can tell such a container
    apart from a plain iterable.
    """
