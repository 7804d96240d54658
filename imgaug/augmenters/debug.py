"""Augmenters and functions that help to look at what a pipeline does.

List of augmenters:

* :class:`SaveDebugImageEveryNBatches`

List of functions:

* :func:`draw_debug_image`

"""

from __future__ import annotations

import os
from abc import ABCMeta, abstractmethod

import cv2
import numpy as np

import imgaug.imgaug as ia
from imgaug.augmentables.batches import _AUGMENTABLE_NAMES
from imgaug.augmenters import meta
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["draw_debug_image", "SaveDebugImageEveryNBatches"]

_BORDER_COLOR = (255, 192, 203)  # pink
_TEXT_COLOR = (0, 0, 0)
_BACKGROUND = 255
_TITLE_HEIGHT = 24
_TEXT_SIZE = 12
_LINE_HEIGHT = 14
_MIN_CELL_WIDTH = 96

_TITLES = {
    "keypoints": "Keypoints",
    "bounding_boxes": "Bounding Boxes",
    "polygons": "Polygons",
    "line_strings": "Line Strings",
}


# --------------------------------------------------------------------------------
# draw_debug_image
# --------------------------------------------------------------------------------
def draw_debug_image(
    images,
    heatmaps=None,
    segmentation_maps=None,
    keypoints=None,
    bounding_boxes=None,
    polygons=None,
    line_strings=None,
):
    """Draw one RGB image that shows a batch: images and all their augmentables.

    The image is a grid with one row per image. The first column shows the
    images (below a title and a summary of their shapes, dtypes and value
    ranges), then one column per heatmap channel, one per segmentation map
    channel and one each for keypoints, bounding boxes, polygons and line
    strings, drawn on the images. Cells and the whole grid have a pink border.
    The exact layout is not part of the API.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: yes; tested (shown rescaled to ``0..255``: bool as 0/255,
      other dtypes by their minimum and maximum)

    Parameters
    ----------
    images : numpy.ndarray or list of numpy.ndarray
        ``(N, H, W[, C])`` array or list of ``(H, W[, C])`` images.
    heatmaps : None or list of imgaug.augmentables.heatmaps.HeatmapsOnImage, optional
        One per image.
    segmentation_maps : None or list of imgaug.augmentables.segmaps.SegmentationMapsOnImage, optional
        One per image.
    keypoints : None or list of imgaug.augmentables.kps.KeypointsOnImage, optional
        One per image.
    bounding_boxes : None or list of imgaug.augmentables.bbs.BoundingBoxesOnImage, optional
        One per image.
    polygons : None or list of imgaug.augmentables.polys.PolygonsOnImage, optional
        One per image.
    line_strings : None or list of imgaug.augmentables.lines.LineStringsOnImage, optional
        One per image.

    Returns
    -------
    numpy.ndarray
        ``(H', W', 3)`` uint8 image.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((16, 16, 3), dtype=np.uint8)
    >>> debug_image = draw_debug_image([image, image])
    >>> debug_image.ndim, debug_image.dtype.name
    (3, 'uint8')

    """  # noqa: E501
    images = _check_images(images)
    columns = {
        "heatmaps": heatmaps,
        "segmentation_maps": segmentation_maps,
        "keypoints": keypoints,
        "bounding_boxes": bounding_boxes,
        "polygons": polygons,
        "line_strings": line_strings,
    }
    for argname, values in columns.items():
        if values is not None and len(values) != len(images):
            raise InvalidValueError(
                f"Expected argument '{argname}' to contain one item per image "
                f"({len(images)}), got {len(values)}."
            )
    canvases = [_to_display_uint8(image) for image in images]
    cell_height = max([image.shape[0] for image in canvases] + [1])
    cell_width = max([image.shape[1] for image in canvases] + [_MIN_CELL_WIDTH])

    grid_columns = [("Images", canvases)]
    if heatmaps is not None:
        grid_columns += _map_columns("Heatmaps", heatmaps, canvases)
    if segmentation_maps is not None:
        grid_columns += _map_columns("SegMaps", segmentation_maps, canvases)
    for name in _AUGMENTABLE_NAMES[3:]:
        values = columns[name]
        if values is not None:
            drawn = [
                _draw_coordinates(name, value, canvas)
                for value, canvas in zip(values, canvases)
            ]
            grid_columns.append((_TITLES[name], drawn))

    summary = _summarize(images)
    summary_height = _LINE_HEIGHT * len(summary) + 8
    rendered = []
    for index, (title, cells) in enumerate(grid_columns):
        parts = [_text_cell([title], cell_width, _TITLE_HEIGHT)]
        parts.append(
            _text_cell(summary if index == 0 else [], cell_width, summary_height)
        )
        parts += [_image_cell(cell, cell_height, cell_width) for cell in cells]
        rendered.append(np.concatenate(parts, axis=0))
    grid = np.concatenate(rendered, axis=1)
    return _with_border(grid)


def _check_images(images):
    if images is None:
        raise InvalidTypeError(
            "Expected argument 'images' of draw_debug_image to be an array or a "
            "list of arrays, got None."
        )
    if isinstance(images, np.ndarray):
        if images.ndim not in (3, 4):
            raise InvalidValueError(
                "Expected argument 'images' of draw_debug_image to have shape "
                f"(N, H, W) or (N, H, W, C), got {images.shape}."
            )
        return list(images)
    images = list(images)
    for i, image in enumerate(images):
        if not isinstance(image, np.ndarray) or image.ndim not in (2, 3):
            raise InvalidValueError(
                f"Expected 'images[{i}]' of draw_debug_image to be an (H, W) or "
                f"(H, W, C) array, got {getattr(image, 'shape', type(image))}."
            )
    return images


def _to_display_uint8(image):
    """Return an ``(H, W, 3)`` uint8 version of an image for drawing."""
    if image.dtype != np.uint8:
        if image.dtype.kind == "b":
            image = image.astype(np.uint8) * 255
        elif image.size == 0:
            image = np.zeros(image.shape, dtype=np.uint8)
        else:
            values = image.astype(np.float64)
            low = float(np.nanmin(values)) if np.isfinite(values).any() else 0.0
            high = float(np.nanmax(values)) if np.isfinite(values).any() else 0.0
            values = np.nan_to_num(values, nan=low, posinf=high, neginf=low)
            scale = 255.0 / (high - low) if high > low else 0.0
            image = np.clip(np.round((values - low) * scale), 0, 255).astype(np.uint8)
    if image.ndim == 3 and image.shape[2] == 0:
        image = np.zeros(image.shape[0:2] + (3,), dtype=np.uint8)
    return np.ascontiguousarray(meta._to_rgb_cell(image))


def _map_columns(title, maps, canvases):
    """One column per channel of heatmaps or segmentation maps."""
    nb_channels = max(
        [(m.arr_0to1 if title == "Heatmaps" else m.arr).shape[2] for m in maps] + [0]
    )
    columns = []
    for channel in range(nb_channels):
        cells = []
        for item, canvas in zip(maps, canvases):
            cells.append(_draw_map_channel(item, channel, canvas))
        suffix = f" ({channel})" if nb_channels > 1 else ""
        columns.append((title + suffix, cells))
    return columns


def _draw_map_channel(item, channel, canvas):
    if canvas.size == 0:
        return canvas
    drawn = item.draw_on_image(canvas)
    if channel < len(drawn):
        return drawn[channel]
    return canvas


def _draw_coordinates(name, value, canvas):
    if canvas.size == 0 or value is None:
        return canvas
    return value.draw_on_image(canvas)


def _summarize(images):
    shapes = sorted({str(tuple(image.shape)) for image in images})
    dtypes = sorted({image.dtype.name for image in images})
    lines = [f"{len(images)} image(s)"]
    lines.append(
        "shapes: " + ", ".join(shapes[0:3]) + (" ..." if len(shapes) > 3 else "")
    )
    lines.append("dtypes: " + ", ".join(dtypes))
    nonempty = [image for image in images if image.size > 0]
    if nonempty:
        low = min(float(np.min(image)) for image in nonempty)
        high = max(float(np.max(image)) for image in nonempty)
        lines.append(f"values: {low:.4g} to {high:.4g}")
    return lines


def _text_cell(lines, width, height):
    cell = np.full((height, width, 3), _BACKGROUND, dtype=np.uint8)
    for i, line in enumerate(lines):
        y = 4 + i * _LINE_HEIGHT
        if y + _LINE_HEIGHT > height:
            break
        cell = ia.draw_text(cell, y, 4, line, color=_TEXT_COLOR, size=_TEXT_SIZE)
    return _with_border(cell[1:-1, 1:-1])


def _image_cell(image, height, width):
    """Fit `image` into a ``height x width`` cell (keeping its aspect ratio)."""
    cell = np.zeros((height, width, 3), dtype=np.uint8)
    img_h, img_w = image.shape[0:2]
    if img_h > 0 and img_w > 0:
        factor = min(height / img_h, width / img_w, 1.0)
        new_h = max(1, int(round(img_h * factor)))
        new_w = max(1, int(round(img_w * factor)))
        if (new_h, new_w) != (img_h, img_w):
            image = cv2.resize(image, (new_w, new_h), interpolation=cv2.INTER_AREA)
        top = (height - new_h) // 2
        left = (width - new_w) // 2
        cell[top : top + new_h, left : left + new_w] = image
    return _with_border(cell[1:-1, 1:-1]) if height > 2 and width > 2 else cell


def _with_border(image):
    """Add a 1 px pink border around an ``(H, W, 3)`` uint8 image."""
    return cv2.copyMakeBorder(
        np.ascontiguousarray(image),
        1,
        1,
        1,
        1,
        cv2.BORDER_CONSTANT,
        value=_BORDER_COLOR,
    )


# --------------------------------------------------------------------------------
# saving debug images
# --------------------------------------------------------------------------------
class _IImageDestination(metaclass=ABCMeta):
    """Where debug images go: notified of every batch, receives drawn images."""

    @abstractmethod
    def on_batch(self, batch):
        """Be notified of a new batch (before any image of it is received)."""

    @abstractmethod
    def receive(self, image):
        """Receive one debug image."""


class _MultiDestination(_IImageDestination):
    """Forward everything to several destinations."""

    def __init__(self, destinations):
        self.destinations = destinations

    def on_batch(self, batch):
        for destination in self.destinations:
            destination.on_batch(batch)

    def receive(self, image):
        for destination in self.destinations:
            destination.receive(image)


class _FolderImageDestination(_IImageDestination):
    """Write images into a folder; the filename may contain ``{batch_id}``."""

    def __init__(self, folder_path, filename_pattern="batch_{batch_id:06d}.png"):
        self.folder_path = folder_path
        self.filename_pattern = filename_pattern
        self._batch_id = -1

    def on_batch(self, batch):
        self._batch_id += 1

    def receive(self, image):
        import imageio  # lazy: only needed when saving

        filename = self.filename_pattern.format(batch_id=max(self._batch_id, 0))
        imageio.imwrite(os.path.join(self.folder_path, filename), image)


class _IBatchwiseSchedule(metaclass=ABCMeta):
    """Decides per batch whether a debug image is drawn."""

    @abstractmethod
    def on_batch(self, batch):
        """Return whether to draw a debug image of this batch."""


class _EveryNBatchesSchedule(_IBatchwiseSchedule):
    """Draw for the first batch and then every `interval` batches."""

    def __init__(self, interval):
        self.interval = interval
        self._batch_id = -1

    def on_batch(self, batch):
        self._batch_id += 1
        return self._batch_id % self.interval == 0


class _SaveDebugImage(meta.Augmenter):
    """Draw debug images of batches on a schedule and send them to a destination."""

    _BORROWS_IMAGES = True  # only reads the images

    def __init__(
        self,
        destination,
        schedule,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.destination = destination
        self.schedule = schedule

    def _augment_batch_(self, batch, random_state, parents, hooks):
        save = self.schedule.on_batch(batch)
        self.destination.on_batch(batch)
        if save:
            self.destination.receive(_draw_batch(batch))
        return batch

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return []


def _draw_batch(batch):
    """`draw_debug_image` of a working batch (black images if it has none)."""
    images = batch.images
    if images is None:
        images = [
            np.zeros(tuple(shape[0:2]) + (3,), dtype=np.uint8)
            for shape in batch.get_rowwise_shapes()
        ]
    kwargs = {
        name: getattr(batch, name)
        for name in _AUGMENTABLE_NAMES[1:]
        if getattr(batch, name) is not None
    }
    return draw_debug_image(images, **kwargs)


class SaveDebugImageEveryNBatches(_SaveDebugImage):
    """Save a debug image of the batch every `interval` batches.

    The image (see :func:`draw_debug_image`) shows the batch as it arrives at
    this augmenter, i.e. augmented by everything before it in a pipeline. It is
    written to ``<destination>/batch_<id>.png`` (``id`` counts every batch this
    augmenter sees, starting at 0) and to ``<destination>/batch_latest.png``.
    The batch itself passes unchanged.

    Supported dtypes
    ----------------
    See :func:`draw_debug_image` (images are only read).

    Parameters
    ----------
    destination : str
        Path of an existing folder.
    interval : int
        Save the first batch and then every `interval` batches (``>= 1``).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import tempfile
    >>> import imgaug.augmenters as iaa
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     aug = iaa.SaveDebugImageEveryNBatches(folder, 100)
    ...     aug.get_parameters()[4]
    100

    """

    def __init__(
        self,
        destination,
        interval,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if not ia.is_single_integer(interval) or isinstance(interval, bool):
            raise InvalidTypeError(
                f"Expected argument 'interval' to be an int, got {interval!r}."
            )
        if interval < 1:
            raise InvalidValueError(
                f"Expected argument 'interval' to be at least 1, got {interval}."
            )
        if isinstance(destination, (str, os.PathLike)):
            if not os.path.isdir(destination):
                raise InvalidValueError(
                    "Expected argument 'destination' to be the path of an existing "
                    f"folder, got {destination!r}."
                )
            destination = _MultiDestination(
                [
                    _FolderImageDestination(destination),
                    _FolderImageDestination(
                        destination, filename_pattern="batch_latest.png"
                    ),
                ]
            )
        elif not isinstance(destination, _IImageDestination):
            raise InvalidTypeError(
                "Expected argument 'destination' to be a folder path, got "
                f"{type(destination).__name__}."
            )
        super().__init__(
            destination=destination,
            schedule=_EveryNBatchesSchedule(int(interval)),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def get_parameters(self):
        """Return the folders and filename patterns of both files and `interval`."""
        params = []
        destinations = getattr(self.destination, "destinations", [self.destination])
        for destination in destinations:
            params += [
                getattr(destination, "folder_path", None),
                getattr(destination, "filename_pattern", None),
            ]
        return [*params, self.schedule.interval]
