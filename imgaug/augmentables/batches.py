"""Batches: containers that carry one call's worth of data through augmentation.

Three classes exist, each a step in the life of a batch:

* :class:`UnnormalizedBatch` holds the user's data in whatever form it was given
  (arrays, lists of tuples, single objects, ...).
* :class:`Batch` holds the same data in normalized form (lists of ``*OnImage``
  objects, image arrays/lists) in ``<column>_unaug`` and, after augmentation, the
  results in ``<column>_aug``.
* :class:`_BatchInAugmentation` is the mutable working batch that augmenters pass to
  each other. It is created once per call and is deliberately cheap.

The columns always appear in this order: ``images``, ``heatmaps``,
``segmentation_maps``, ``keypoints``, ``bounding_boxes``, ``polygons``,
``line_strings``.

Every batch also has a ``metadata`` attribute (not a constructor argument, so the
0.4.0 signatures stay as they were): ``None`` or a dict that maps the metadata
keyword of a mixing augmenter (e.g. ``"mosaic_metadata"``, see
:mod:`imgaug.augmenters.mix`) to one entry per row (the donors of that row). It is
carried through augmentation unchanged and picked row-wise when a container
augments only some rows.
"""

from __future__ import annotations

import collections

import numpy as np

from imgaug import imgaug as ia
from imgaug.augmentables import normalization as _normalization
from imgaug.augmentables import utils as _utils
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["DEFAULT", "UnnormalizedBatch", "Batch"]

#: Sentinel for :meth:`Batch.deepcopy`: "keep the value of the copied batch".
DEFAULT = "DEFAULT"

_AUGMENTABLE_NAMES = (
    "images",
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
)
_UNAUG_NAMES = tuple(name + "_unaug" for name in _AUGMENTABLE_NAMES)
_AUG_NAMES = tuple(name + "_aug" for name in _AUGMENTABLE_NAMES)

_AugmentableColumn = collections.namedtuple(
    "_AugmentableColumn", ["name", "value", "attr_name"]
)


def _is_nonempty(value):
    """Return whether a column value holds at least one item.

    ``None`` and zero-length containers are empty. Objects without a length (e.g. a
    single ``HeatmapsOnImage`` in an unnormalized batch) count as one item.
    """
    if value is None:
        return False
    try:
        return len(value) > 0
    except TypeError:
        return True


def _get_columns(obj, suffix):
    columns = []
    for name in _AUGMENTABLE_NAMES:
        attr_name = name + suffix
        value = getattr(obj, attr_name)
        if _is_nonempty(value):
            columns.append(_AugmentableColumn(name, value, attr_name))
    return columns


def _normalize_columns(values):
    """Normalize seven raw column values (images first; their shapes feed the rest)."""
    norm = _normalization
    images = norm.normalize_images(values[0]) if values[0] is not None else None
    shapes = images
    funcs = (
        norm.normalize_heatmaps,
        norm.normalize_segmentation_maps,
        norm.normalize_keypoints,
        norm.normalize_bounding_boxes,
        norm.normalize_polygons,
        norm.normalize_line_strings,
    )
    result = [images]
    for name, func, value in zip(_AUGMENTABLE_NAMES[1:], funcs, values[1:]):
        try:
            result.append(None if value is None else func(value, shapes=shapes))
        except (InvalidTypeError, InvalidValueError) as exc:
            if f"'{name}'" in str(exc):
                raise
            raise type(exc)(f"Invalid argument '{name}': {exc}") from None
    _check_nb_rows(result)
    return result


def _check_nb_rows(values):
    """Raise unless all non-empty columns (in column order) have as many rows."""
    counts = {
        name: len(value)
        for name, value in zip(_AUGMENTABLE_NAMES, values)
        if value is not None and len(value) > 0
    }
    if len(set(counts.values())) > 1:
        raise InvalidValueError(
            "Expected all columns of the batch to contain the same number of rows "
            f"(images or augmentables), got {counts}."
        )


def _check_metadata(metadata, nb_rows):
    """Raise unless `metadata` is None or a dict of lists with one entry per row."""
    if metadata is None:
        return
    if not isinstance(metadata, dict):
        raise InvalidTypeError(
            "Expected the batch attribute 'metadata' to be None or a dict mapping "
            f"metadata keywords to one list entry per row, got "
            f"{type(metadata).__name__}."
        )
    for key, rows in metadata.items():
        if not isinstance(rows, (list, tuple)):
            raise InvalidTypeError(
                f"Expected argument '{key}' to be a list of donor dicts (one image) "
                f"or one such list per row, got {type(rows).__name__}."
            )
        if len(rows) != nb_rows:
            raise InvalidValueError(
                f"Expected argument '{key}' to contain one list of donor dicts per "
                f"row of the batch ({nb_rows} rows), got {len(rows)} entries. For a "
                "single image, pass the list of donors itself."
            )


def _rows_of_values(values):
    """Return the number of rows of normalized column values (0 if all empty)."""
    for value in values:
        if value is not None and len(value) > 0:
            return len(value)
    return 0


_INVERT_FUNC_NAMES = tuple("invert_normalize_" + name for name in _AUGMENTABLE_NAMES)


def _check_normalized_column(name, value):
    """Raise unless `value` can be a normalized column (None, list, image array)."""
    if name == "images":
        arrays = [value] if isinstance(value, np.ndarray) else value
        if isinstance(arrays, (list, tuple)):
            for array in arrays:
                if isinstance(array, np.ndarray):
                    _normalization._check_image_dtype(array)
    if value is None or isinstance(value, (list, tuple)):
        return
    if name == "images" and isinstance(value, np.ndarray):
        return
    raise InvalidTypeError(
        f"Expected argument '{name}' of Batch to be None or a list (normalized "
        f"data; use UnnormalizedBatch for other forms), got {type(value).__name__}."
    )


class UnnormalizedBatch:
    """A batch of user data in any accepted input form (not normalized yet).

    Every argument may be given in any form the normalization functions of
    :mod:`imgaug.augmentables.normalization` accept, e.g. images as one
    ``(N,H,W,C)`` array or a list of ``(H,W[,C])`` arrays, keypoints as ``(N,K,2)``
    arrays, lists of ``(x, y)`` tuples or ``KeypointsOnImage`` objects.

    Parameters
    ----------
    images : None or ndarray or iterable of ndarray, optional
        The images.
    heatmaps : None or ndarray or HeatmapsOnImage or iterable, optional
        The heatmaps.
    segmentation_maps : None or ndarray or SegmentationMapsOnImage or iterable
        The segmentation maps.
    keypoints : None or ndarray or tuple or KeypointsOnImage or iterable, optional
        The keypoints (also ``Keypoint`` objects).
    bounding_boxes : None or ndarray or tuple or BoundingBoxesOnImage or iterable
        The bounding boxes (also ``BoundingBox`` objects).
    polygons : None or ndarray or PolygonsOnImage or iterable, optional
        The polygons (also ``Polygon`` objects).
    line_strings : None or ndarray or LineStringsOnImage or iterable, optional
        The line strings (also ``LineString`` objects).
    data : object, optional
        Free payload that is carried along unchanged.

    Attributes
    ----------
    metadata : None or dict
        Donors of mixing augmenters (see :mod:`imgaug.augmenters.mix`): metadata
        keyword -> one list of donor dicts per row. Set it after construction.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.batches import UnnormalizedBatch
    >>> batch = UnnormalizedBatch(images=np.zeros((2, 4, 4, 3), dtype=np.uint8))
    >>> batch.get_column_names()
    ['images']

    """

    def __init__(
        self,
        images=None,
        heatmaps=None,
        segmentation_maps=None,
        keypoints=None,
        bounding_boxes=None,
        polygons=None,
        line_strings=None,
        data=None,
    ):
        self.images_unaug = images
        self.images_aug = None
        self.heatmaps_unaug = heatmaps
        self.heatmaps_aug = None
        self.segmentation_maps_unaug = segmentation_maps
        self.segmentation_maps_aug = None
        self.keypoints_unaug = keypoints
        self.keypoints_aug = None
        self.bounding_boxes_unaug = bounding_boxes
        self.bounding_boxes_aug = None
        self.polygons_unaug = polygons
        self.polygons_aug = None
        self.line_strings_unaug = line_strings
        self.line_strings_aug = None
        self.data = data
        self.metadata = None

    def get_column_names(self):
        """Return the names of all columns that contain input data.

        Returns
        -------
        list of str
            Column names such as ``"images"`` or ``"keypoints"``, in column order.

        """
        return [column.name for column in _get_columns(self, "_unaug")]

    def to_normalized_batch(self):
        """Convert this batch into a :class:`Batch` with normalized columns.

        Images are normalized first; their shapes are used to normalize all other
        columns (e.g. keypoints given as arrays need the image shapes).

        Returns
        -------
        Batch
            The normalized batch. ``data`` is shared.

        """
        filled = [name for name in _AUG_NAMES if getattr(self, name) is not None]
        if filled:
            raise InvalidValueError(
                "Expected UnnormalizedBatch to contain no augmented data before "
                f"normalization, but these attributes are already set: {filled}."
            )
        values = _normalize_columns([getattr(self, n) for n in _UNAUG_NAMES])
        batch = Batch(*values, data=self.data)
        metadata = getattr(self, "metadata", None)
        if metadata is not None:
            _check_metadata(metadata, _rows_of_values(values))
            batch.metadata = metadata
        return batch

    def fill_from_augmented_normalized_batch_(self, batch_aug_norm):
        """Write the augmented results of a normalized batch into this batch.

        Each ``<column>_aug`` value is converted back into the form in which the
        corresponding ``<column>_unaug`` input was given.

        Parameters
        ----------
        batch_aug_norm : Batch
            Normalized batch whose ``<column>_aug`` attributes are set.

        Returns
        -------
        UnnormalizedBatch
            This instance.

        """
        if not isinstance(batch_aug_norm, Batch):
            raise InvalidTypeError(
                "Expected argument 'batch_aug_norm' to be a Batch, got "
                f"{type(batch_aug_norm).__name__}."
            )
        norm = _normalization
        for unaug_name, aug_name, func_name in zip(
            _UNAUG_NAMES, _AUG_NAMES, _INVERT_FUNC_NAMES
        ):
            old = getattr(self, unaug_name)
            if old is None:
                setattr(self, aug_name, None)
                continue
            value = getattr(batch_aug_norm, aug_name)
            setattr(self, aug_name, getattr(norm, func_name)(value, old))
        return self

    def fill_from_augmented_normalized_batch(self, batch_aug_norm):
        """Return a new batch with this batch's inputs and the given results.

        Parameters
        ----------
        batch_aug_norm : Batch
            Normalized batch whose ``<column>_aug`` attributes are set.

        Returns
        -------
        UnnormalizedBatch
            New batch: same ``<column>_unaug`` values as this one, ``<column>_aug``
            converted back to the input forms, ``data`` from ``batch_aug_norm``.

        """
        if not isinstance(batch_aug_norm, Batch):
            raise InvalidTypeError(
                "Expected argument 'batch_aug_norm' to be a Batch, got "
                f"{type(batch_aug_norm).__name__}."
            )
        batch = UnnormalizedBatch(
            *[getattr(self, name) for name in _UNAUG_NAMES],
            data=batch_aug_norm.data,
        )
        batch.metadata = getattr(self, "metadata", None)
        return batch.fill_from_augmented_normalized_batch_(batch_aug_norm)


def _deprecated_unaug_property(name):
    attr_name = name + "_unaug"

    def getter(self):
        ia.warn_deprecated(
            f"Accessing Batch.{name} is deprecated. Use Batch.{attr_name} "
            f"or Batch.{name}_aug instead."
        )
        return getattr(self, attr_name)

    getter.__name__ = name
    getter.__doc__ = f"Deprecated alias of ``{attr_name}``."
    return property(getter)


class Batch:
    """Normalized data before (``*_unaug``) and after (``*_aug``) augmentation.

    Parameters
    ----------
    images : None or (N,H,W,C) ndarray or list of (H,W,C) ndarray, optional
        The images.
    heatmaps : None or list of HeatmapsOnImage, optional
        The heatmaps, one per image.
    segmentation_maps : None or list of SegmentationMapsOnImage, optional
        The segmentation maps, one per image.
    keypoints : None or list of KeypointsOnImage, optional
        The keypoints, one container per image.
    bounding_boxes : None or list of BoundingBoxesOnImage, optional
        The bounding boxes, one container per image.
    polygons : None or list of PolygonsOnImage, optional
        The polygons, one container per image.
    line_strings : None or list of LineStringsOnImage, optional
        The line strings, one container per image.
    data : object, optional
        Free payload that is carried along unchanged.

    Attributes
    ----------
    metadata : None or dict
        Donors of mixing augmenters (see :mod:`imgaug.augmenters.mix`): metadata
        keyword -> one list of donor dicts per row. Set it after construction.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.batches import Batch
    >>> batch = Batch(images=np.zeros((1, 2, 2, 3), dtype=np.uint8))
    >>> batch.images_aug is None
    True

    """

    def __init__(
        self,
        images=None,
        heatmaps=None,
        segmentation_maps=None,
        keypoints=None,
        bounding_boxes=None,
        polygons=None,
        line_strings=None,
        data=None,
    ):
        values = (images, heatmaps, segmentation_maps, keypoints)
        values += (bounding_boxes, polygons, line_strings)
        for name, value in zip(_AUGMENTABLE_NAMES, values, strict=True):
            _check_normalized_column(name, value)
        self.images_unaug = images
        self.images_aug = None
        self.heatmaps_unaug = heatmaps
        self.heatmaps_aug = None
        self.segmentation_maps_unaug = segmentation_maps
        self.segmentation_maps_aug = None
        self.keypoints_unaug = keypoints
        self.keypoints_aug = None
        self.bounding_boxes_unaug = bounding_boxes
        self.bounding_boxes_aug = None
        self.polygons_unaug = polygons
        self.polygons_aug = None
        self.line_strings_unaug = line_strings
        self.line_strings_aug = None
        self.data = data
        self.metadata = None

    images = _deprecated_unaug_property("images")
    heatmaps = _deprecated_unaug_property("heatmaps")
    segmentation_maps = _deprecated_unaug_property("segmentation_maps")
    keypoints = _deprecated_unaug_property("keypoints")
    bounding_boxes = _deprecated_unaug_property("bounding_boxes")

    def get_column_names(self):
        """Return the names of all columns that contain input data.

        Returns
        -------
        list of str
            Column names, in column order.

        """
        return [column.name for column in _get_columns(self, "_unaug")]

    def to_normalized_batch(self):
        """Return this batch (it is already normalized).

        Returns
        -------
        Batch
            This instance.

        """
        return self

    def to_batch_in_augmentation(self):
        """Create the working batch for augmentation from copies of the inputs.

        Returns
        -------
        _BatchInAugmentation
            Batch holding copies of all ``<column>_unaug`` values (``data`` is not
            passed on).

        """
        copy = _utils.copy_augmentables
        values = [getattr(self, name) for name in _UNAUG_NAMES]
        _check_nb_rows(values)
        batch = _BatchInAugmentation(
            *[None if value is None else copy(value) for value in values]
        )
        return batch._take_metadata_(getattr(self, "metadata", None))

    def _to_batch_in_augmentation_borrowing_images(self):
        """Like :meth:`to_batch_in_augmentation`, but images are borrowed.

        Used by the augmenters' entry points, which make sure that the caller's
        images are copied before anything writes into them (see
        ``_BatchInAugmentation.borrow_images_``).
        """
        copy = _utils.copy_augmentables
        values = [getattr(self, name) for name in _UNAUG_NAMES[1:]]
        _check_nb_rows([self.images_unaug, *values])
        batch = _BatchInAugmentation(
            None, *[None if value is None else copy(value) for value in values]
        )
        batch.borrow_images_(self.images_unaug)
        metadata = getattr(self, "metadata", None)
        if metadata is not None:
            batch._take_metadata_(metadata)
        return batch

    def fill_from_batch_in_augmentation_(self, batch_in_augmentation):
        """Set all ``<column>_aug`` attributes from a working batch.

        Parameters
        ----------
        batch_in_augmentation : _BatchInAugmentation
            The augmented working batch.

        Returns
        -------
        Batch
            This instance.

        """
        if not isinstance(batch_in_augmentation, _BatchInAugmentation):
            raise InvalidTypeError(
                "Expected argument 'batch_in_augmentation' to be a "
                f"_BatchInAugmentation, got {type(batch_in_augmentation).__name__}."
            )
        for name, aug_name in zip(_AUGMENTABLE_NAMES, _AUG_NAMES):
            setattr(self, aug_name, getattr(batch_in_augmentation, name))
        return self

    def deepcopy(
        self,
        images_unaug=DEFAULT,
        images_aug=DEFAULT,
        heatmaps_unaug=DEFAULT,
        heatmaps_aug=DEFAULT,
        segmentation_maps_unaug=DEFAULT,
        segmentation_maps_aug=DEFAULT,
        keypoints_unaug=DEFAULT,
        keypoints_aug=DEFAULT,
        bounding_boxes_unaug=DEFAULT,
        bounding_boxes_aug=DEFAULT,
        polygons_unaug=DEFAULT,
        polygons_aug=DEFAULT,
        line_strings_unaug=DEFAULT,
        line_strings_aug=DEFAULT,
    ):
        """Return a deep copy, optionally replacing some attributes.

        Every argument left at :data:`DEFAULT` keeps (a deep copy of) the current
        value; any other argument is deep-copied and used instead.

        Returns
        -------
        Batch
            The copy. ``data`` is deep-copied as well.

        """
        replacements = {
            "images_unaug": images_unaug,
            "images_aug": images_aug,
            "heatmaps_unaug": heatmaps_unaug,
            "heatmaps_aug": heatmaps_aug,
            "segmentation_maps_unaug": segmentation_maps_unaug,
            "segmentation_maps_aug": segmentation_maps_aug,
            "keypoints_unaug": keypoints_unaug,
            "keypoints_aug": keypoints_aug,
            "bounding_boxes_unaug": bounding_boxes_unaug,
            "bounding_boxes_aug": bounding_boxes_aug,
            "polygons_unaug": polygons_unaug,
            "polygons_aug": polygons_aug,
            "line_strings_unaug": line_strings_unaug,
            "line_strings_aug": line_strings_aug,
        }
        deepcopy = _utils.deepcopy_fast
        batch = Batch(data=deepcopy(self.data))
        for attr_name, value in replacements.items():
            if isinstance(value, str) and value == DEFAULT:
                value = getattr(self, attr_name)
            setattr(batch, attr_name, deepcopy(value))
        batch.metadata = deepcopy(getattr(self, "metadata", None))
        return batch


class _PropagationHooksContext:
    """Context manager: hide non-propagating columns on enter, restore on exit."""

    __slots__ = ("batch", "augmenter", "hooks", "parents", "noned_info")

    def __init__(self, batch, augmenter, hooks, parents):
        self.batch = batch
        self.augmenter = augmenter
        self.hooks = hooks
        self.parents = parents
        self.noned_info = None

    def __enter__(self):
        self.noned_info = self.batch.apply_propagation_hooks_(
            self.augmenter, self.hooks, self.parents
        )
        return self.batch

    def __exit__(self, exc_type, exc_value, traceback):
        self.batch.invert_apply_propagation_hooks_(self.noned_info)
        return False


def _may_share_memory(array, source, row=None):
    """Whether `array` may share memory with the borrowed `source` (row `row`)."""
    if isinstance(source, np.ndarray):
        return np.may_share_memory(array, source)
    if row is not None:
        return np.may_share_memory(array, source[row])
    return any(np.may_share_memory(array, image) for image in source)


class _BatchInAugmentation:
    """The mutable working batch passed between augmenters during one call.

    Attributes are the bare column names (``images``, ``heatmaps``, ...) plus
    ``data``. Columns are ``None`` or normalized values (an image array or list, or a
    list of ``*OnImage`` objects with one entry per row).

    Parameters
    ----------
    images, heatmaps, segmentation_maps, keypoints : object, optional
        Normalized column values.
    bounding_boxes, polygons, line_strings : object, optional
        Normalized column values.
    data : object, optional
        Free payload.

    Attributes
    ----------
    metadata : None or dict
        Donors of mixing augmenters, one entry per row (see :class:`Batch`). Never
        changed by augmenters.

    """

    __slots__ = (*_AUGMENTABLE_NAMES, "data", "metadata", "_images_source")

    def __init__(
        self,
        images=None,
        heatmaps=None,
        segmentation_maps=None,
        keypoints=None,
        bounding_boxes=None,
        polygons=None,
        line_strings=None,
        data=None,
    ):
        self.images = images
        self.heatmaps = heatmaps
        self.segmentation_maps = segmentation_maps
        self.keypoints = keypoints
        self.bounding_boxes = bounding_boxes
        self.polygons = polygons
        self.line_strings = line_strings
        self.data = data
        self.metadata = None
        # the caller's images while they are borrowed (see own_images_), else None
        self._images_source = None

    def _take_metadata_(self, metadata):
        """Attach the metadata of the batch this one was made from; return self."""
        if metadata is not None:
            _check_metadata(metadata, self.nb_rows)
            self.metadata = metadata
        return self

    def borrow_images_(self, images):
        """Use the caller's images without copying them up front.

        Augmenters that only read their input (and build new arrays) then save a
        full copy of the batch; any code about to write into ``images`` calls
        :meth:`own_images_` first, and the public entry points call it before
        returning, so the caller's arrays are never modified or returned.

        Parameters
        ----------
        images : None or numpy.ndarray or list of numpy.ndarray
            Normalized images of the caller.

        Returns
        -------
        _BatchInAugmentation
            This instance.

        """
        if isinstance(images, list):
            images = list(images)  # the container is ours, the arrays are not
            self._images_source = list(images)
        else:
            self._images_source = images
        self.images = images
        return self

    def own_images_(self):
        """Copy the images that may still share memory with the caller's arrays.

        Returns
        -------
        _BatchInAugmentation
            This instance; afterwards ``images`` may be changed in place.

        """
        source = self._images_source
        if source is None:
            return self
        self._images_source = None
        images = self.images
        if images is None:
            return self
        if isinstance(images, np.ndarray):
            if _may_share_memory(images, source):
                self.images = images.copy()
            return self
        self.images = [
            np.copy(image) if _may_share_memory(image, source, row) else image
            for row, image in enumerate(images)
        ]
        return self

    @property
    def owns_images(self):
        """Whether ``images`` are this batch's own, free to be written into.

        False while they are (or may share memory with) the caller's arrays, see
        :meth:`borrow_images_`.
        """
        return self._images_source is None

    def note_images_replaced_(self):
        """Stop borrowing if no image shares memory with the caller's arrays.

        Called after an augmenter replaced ``images`` by arrays of its own (e.g.
        one that reads its input and returns new arrays): the batch then owns its
        images without a copy. Images that still share memory stay borrowed.

        Returns
        -------
        _BatchInAugmentation
            This instance.

        """
        source = self._images_source
        images = self.images
        if source is None or images is None:
            return self
        if isinstance(images, np.ndarray):
            shared = _may_share_memory(images, source)
        elif isinstance(source, list) and len(source) != len(images):
            shared = True  # rows no longer line up with the source
        else:
            shared = any(
                _may_share_memory(image, source, row)
                for row, image in enumerate(images)
            )
        if not shared:
            self._images_source = None
        return self

    @property
    def empty(self):
        """Whether the batch has no rows."""
        return self.nb_rows == 0

    @property
    def nb_rows(self):
        """Number of rows: the length of the first column that is not ``None``."""
        for name in _AUGMENTABLE_NAMES:
            value = getattr(self, name)
            if value is not None:
                return len(value)
        return 0

    @property
    def columns(self):
        """List of ``_AugmentableColumn(name, value, attr_name)``, non-empty only."""
        return _get_columns(self, "")

    def get_column_names(self):
        """Return the names of all non-empty columns.

        Returns
        -------
        list of str
            Column names, in column order.

        """
        return [column.name for column in _get_columns(self, "")]

    def get_rowwise_shapes(self):
        """Return for every row the shape of the image (or image-like) it belongs to.

        For each row the shape of the first column that has an item for it is used:
        an image array gives ``arr.shape[1:]`` for all rows, other items give their
        ``.shape`` (for maps and coordinates that is the *image* shape).

        Returns
        -------
        list of tuple of int
            One shape per row.

        """
        nb_rows = self.nb_rows
        shapes = [None] * nb_rows
        missing = nb_rows
        for name in _AUGMENTABLE_NAMES:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, np.ndarray):
                # an image array: every row has the same shape
                shape = value.shape[1:]
                return [shape if found is None else found for found in shapes]
            for i, item in enumerate(value[:nb_rows]):
                if shapes[i] is None and item is not None:
                    shapes[i] = item.shape
                    missing -= 1
            if missing <= 0:
                break
        return shapes

    def subselect_rows_by_indices(self, indices):
        """Return a new batch holding only the given rows.

        Parameters
        ----------
        indices : iterable of int
            Row indices to keep, in the wanted order.

        Returns
        -------
        _BatchInAugmentation
            New batch; arrays are indexed (copied), lists are picked. A column
            without selected rows becomes ``None``. ``data`` is shared.

        """
        indices = np.asarray(indices, dtype=np.intp).reshape(-1)
        selected = []
        for name in _AUGMENTABLE_NAMES:
            value = getattr(self, name)
            if value is None or len(indices) == 0:
                selected.append(None)
            elif isinstance(value, np.ndarray):
                selected.append(value[indices])
            else:
                selected.append([value[i] for i in indices])
        batch = _BatchInAugmentation(*selected, data=self.data)
        if self.metadata is not None:
            batch.metadata = {
                key: [rows[i] for i in indices] for key, rows in self.metadata.items()
            }
        source = self._images_source
        if source is not None and isinstance(selected[0], list):
            # picked (not copied) images stay borrowed, row for row
            if isinstance(source, np.ndarray):
                batch._images_source = source
            else:
                batch._images_source = [source[i] for i in indices]
        return batch

    def invert_subselect_rows_by_indices_(self, indices, batch_subselected):
        """Write the rows of a sub-selected batch back into this batch.

        Parameters
        ----------
        indices : iterable of int
            The indices that were used for :meth:`subselect_rows_by_indices`.
        batch_subselected : _BatchInAugmentation
            The (augmented) sub-selected batch.

        Returns
        -------
        _BatchInAugmentation
            This instance. An image array stays an array only if the written rows
            keep its shape and dtype; otherwise the column becomes a list.

        """
        indices = np.asarray(indices, dtype=np.intp).reshape(-1)
        if len(indices) == 0:
            return self
        for name in _AUGMENTABLE_NAMES:
            sub = getattr(batch_subselected, name)
            if sub is None:
                continue
            value = getattr(self, name)
            if value is None:
                continue
            if name == "images" and isinstance(value, np.ndarray):
                value = self.own_images_().images  # rows are written into it
            if isinstance(value, np.ndarray):
                same = (
                    isinstance(sub, np.ndarray)
                    and sub.shape[1:] == value.shape[1:]
                    and sub.dtype == value.dtype
                )
                if same:
                    value[indices] = sub
                    continue
                value = list(value)
                setattr(self, name, value)
            for i, index in enumerate(indices):
                value[index] = sub[i]
        return self

    def propagation_hooks_ctx(self, augmenter, hooks, parents):
        """Return a context manager that applies propagation hooks for children.

        Parameters
        ----------
        augmenter : imgaug.augmenters.meta.Augmenter
            The augmenter whose children are about to run.
        hooks : None or imgaug.imgaug.HooksImages
            The hooks.
        parents : list of imgaug.augmenters.meta.Augmenter
            The parents of ``augmenter``.

        Returns
        -------
        object
            A context manager; entering yields this batch with non-propagating
            columns set to ``None``, leaving restores them.

        """
        return _PropagationHooksContext(self, augmenter, hooks, parents)

    def apply_propagation_hooks_(self, augmenter, hooks, parents):
        """Set columns to ``None`` for which the hooks forbid propagation.

        Parameters
        ----------
        augmenter : imgaug.augmenters.meta.Augmenter
            The augmenter asking.
        hooks : None or imgaug.imgaug.HooksImages
            The hooks.
        parents : list of imgaug.augmenters.meta.Augmenter
            The parents of ``augmenter``.

        Returns
        -------
        None or list of tuple
            ``None`` if ``hooks`` is ``None``, else ``(attr_name, old_value)`` for
            every column that was set to ``None``.

        """
        if hooks is None:
            return None
        noned_info = []
        for column in self.columns:
            propagating = hooks.is_propagating(
                column.value, augmenter=augmenter, parents=parents, default=True
            )
            if not propagating:
                setattr(self, column.attr_name, None)
                noned_info.append((column.attr_name, column.value))
        return noned_info

    def invert_apply_propagation_hooks_(self, noned_info):
        """Restore the columns hidden by :meth:`apply_propagation_hooks_`.

        Parameters
        ----------
        noned_info : None or list of tuple
            The return value of :meth:`apply_propagation_hooks_`.

        Returns
        -------
        _BatchInAugmentation
            This instance.

        """
        if noned_info is None:
            return self
        for attr_name, value in noned_info:
            setattr(self, attr_name, value)
        return self

    def to_batch_in_augmentation(self):
        """Return this instance (it already is a working batch)."""
        return self

    def fill_from_batch_in_augmentation_(self, batch_in_augmentation):
        """Take over the column values of another working batch.

        Parameters
        ----------
        batch_in_augmentation : _BatchInAugmentation
            Source batch.

        Returns
        -------
        _BatchInAugmentation
            This instance.

        """
        if batch_in_augmentation is self:
            return self
        for name in _AUGMENTABLE_NAMES:
            setattr(self, name, getattr(batch_in_augmentation, name))
        self.metadata = batch_in_augmentation.metadata
        self._images_source = batch_in_augmentation._images_source
        return self

    def to_batch(self, batch_before_aug):
        """Combine this batch's results with the inputs of the original batch.

        Parameters
        ----------
        batch_before_aug : Batch
            The normalized batch before augmentation.

        Returns
        -------
        Batch
            New batch with ``<column>_unaug`` and ``data`` of ``batch_before_aug``
            and ``<column>_aug`` from this batch.

        """
        batch = Batch(
            *[getattr(batch_before_aug, name) for name in _UNAUG_NAMES],
            data=batch_before_aug.data,
        )
        batch.metadata = getattr(batch_before_aug, "metadata", None)
        return batch.fill_from_batch_in_augmentation_(self)

    def deepcopy(self):
        """Return a copy with copied columns and deep-copied ``data``.

        Returns
        -------
        _BatchInAugmentation
            The copy.

        """
        copy = _utils.copy_augmentables
        values = [getattr(self, name) for name in _AUGMENTABLE_NAMES]
        batch = _BatchInAugmentation(
            *[None if value is None else copy(value) for value in values],
            data=_utils.deepcopy_fast(self.data),
        )
        batch.metadata = self.metadata  # donors are read-only: shared
        return batch
