"""Warnings shared by all augmenters.

List of classes:

* :class:`SuspiciousMultiImageShapeWarning`
* :class:`SuspiciousSingleImageShapeWarning`

This module has no imports of its own, so :mod:`imgaug.augmenters.meta` can use it
without creating an import cycle.
"""

__all__ = ["SuspiciousMultiImageShapeWarning", "SuspiciousSingleImageShapeWarning"]


class SuspiciousMultiImageShapeWarning(UserWarning):
    """Several images were given in a shape that looks like a single image.

    Emitted e.g. when ``augment_images()`` receives a 3D array whose last axis has
    size 1 or 3: the array is read as ``(N, H, W)`` grayscale images, but it probably
    was one ``(H, W, C)`` image.
    """


class SuspiciousSingleImageShapeWarning(UserWarning):
    """A single image was given in a shape that looks like several images.

    Emitted e.g. when ``augment_image()`` receives an ``(H, W, C)`` array with a very
    large ``C``, which is more likely an ``(N, H, W)`` stack of grayscale images.
    """
