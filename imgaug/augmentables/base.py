"""Marker base class shared by every ``*OnImage`` augmentable container."""

from imgaug.augmentables.utils import (
    _copy_shape,
    _normalize_shape,
    _normalize_shift_args,
    _remove_out_of_image_fraction_,
    project_coords_,
)

__all__ = ["IAugmentable"]


class IAugmentable:
    """Empty marker base class of all ``*OnImage`` containers.

    Heatmaps, segmentation maps, keypoints, bounding boxes, polygons and line strings
    on an image derive from it, so that input normalization can tell such a container
    apart from a plain iterable.
    """


class _Shiftable:
    """Private mixin: ``shift()`` with the deprecated side arguments.

    Used by bounding boxes, polygons, line strings and their containers; the class
    provides ``deepcopy()`` and ``shift_(x, y)``.
    """

    def shift(self, x=0, y=0, top=None, right=None, bottom=None, left=None):
        """Move by `x` (right) and `y` (down).

        Parameters
        ----------
        x, y : number, optional
            Shift along the x- and y-axis.
        top, right, bottom, left : None or number, optional
            Deprecated; folded into ``x = x + left - right``, ``y = y + top - bottom``.

        Returns
        -------
        same type as this object
            A shifted copy.

        """
        x, y = _normalize_shift_args(
            x, y, top=top, right=right, bottom=bottom, left=left
        )
        return self.deepcopy().shift_(x=x, y=y)


class _ImageSize:
    """Mixin: ``height``/``width`` of the image a container is placed on."""

    @property
    def height(self):
        """Get the image height (``shape[0]``)."""
        return self.shape[0]

    @property
    def width(self):
        """Get the image width (``shape[1]``)."""
        return self.shape[1]


class _CoordinatesContainer(_Shiftable, IAugmentable):
    """Private base of the coordinate-based containers (``*OnImage``).

    A subclass keeps its items in a list stored under the attribute named by
    ``_items_attr`` (e.g. ``"polygons"``) and its image shape in ``shape``. The
    methods here depend only on that, on ``to_xy_array()``/``fill_from_xy_array_()``,
    ``deepcopy()`` and the in-place variants ``shift_()`` and
    ``remove_out_of_image_fraction_()``.
    """

    _items_attr = ""

    @property
    def items(self):
        """Get or set the list of items (boxes, polygons, ...) of this container."""
        return getattr(self, self._items_attr)

    @items.setter
    def items(self, value):
        setattr(self, self._items_attr, value)

    @property
    def empty(self):
        """Get whether the container holds no items."""
        return len(getattr(self, self._items_attr)) == 0

    def _copied(self, cls, items, shape, deep):
        """Create a `cls` from `items` (``None``: own items) and `shape`.

        Only the container's own items are copied (deeply if `deep`); given items are
        used as they are.
        """
        if items is None:
            items = getattr(self, self._items_attr)
            items = [item.deepcopy() for item in items] if deep else list(items)
        shape = tuple(self.shape) if shape is None else _copy_shape(shape)
        return cls(items, shape)

    def on_(self, image):
        """Project the items onto a new image shape, in place.

        Parameters
        ----------
        image : ndarray or tuple of int
            The new image or its shape.

        Returns
        -------
        same type as this container
            This container.

        """
        on_shape = _normalize_shape(image, "image")
        if on_shape[0:2] != self.shape[0:2] and getattr(self, self._items_attr):
            xy = project_coords_(self.to_xy_array(), self.shape, on_shape)
            self.fill_from_xy_array_(xy)
        self.shape = on_shape
        return self

    def on(self, image):
        """Project the items onto a new image shape.

        Parameters
        ----------
        image : ndarray or tuple of int
            The new image or its shape.

        Returns
        -------
        same type as this container
            A projected copy.

        """
        return self.deepcopy().on_(image)

    def remove_out_of_image_fraction_(self, fraction):
        """Remove items whose out-of-image fraction is ``>= fraction``, in place.

        Parameters
        ----------
        fraction : number
            Threshold in ``[0, 1]``.

        Returns
        -------
        same type as this container
            This container.

        """
        return _remove_out_of_image_fraction_(self, fraction)

    def remove_out_of_image_fraction(self, fraction):
        """Remove items whose out-of-image fraction is ``>= fraction``.

        Parameters
        ----------
        fraction : number
            Threshold in ``[0, 1]``.

        Returns
        -------
        same type as this container
            A copy without them.

        """
        return self.deepcopy().remove_out_of_image_fraction_(fraction)

    def __getitem__(self, indices):
        return getattr(self, self._items_attr)[indices]

    def __iter__(self):
        return iter(getattr(self, self._items_attr))

    def __len__(self):
        return len(getattr(self, self._items_attr))

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        items = getattr(self, self._items_attr)
        return f"{type(self).__name__}({items}, shape={self.shape})"
