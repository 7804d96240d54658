"""Augmenters that pool blocks of pixels into one value.

Each image is cut into blocks of ``kh x kw`` pixels (padded to multiples of the
block size first) and every block is reduced to its average, maximum, minimum
or median. By default the pooled image is resized back to the input size, so
only the image content changes; with ``keep_size=False`` the images shrink and
heatmaps, segmentation maps and coordinates follow them.

List of augmenters:

* :class:`AveragePooling`
* :class:`MaxPooling`
* :class:`MinPooling`
* :class:`MedianPooling`

"""

from __future__ import annotations

from abc import abstractmethod

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import crop as _crop
from imgaug._kernels import pool as _pool
from imgaug._kernels import resize as _resize
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError

__all__ = ["AveragePooling", "MaxPooling", "MinPooling", "MedianPooling"]

# dtypes cv2.resize copies with INTER_NEAREST_EXACT
_CV2_NEAREST_DTYPES = frozenset(
    np.dtype(name) for name in ("uint8", "uint16", "int16", "float32", "float64")
)


def _compute_shape_after_pooling(image_shape, kernel_size_h, kernel_size_w):
    """Shape of an array pooled with ``(kh, kw)`` blocks (padding included).

    Height and width are rounded up to multiples of the block size and divided
    by it; shapes with a zero-sized axis stay unchanged.
    """
    if any(size == 0 for size in image_shape):
        return tuple(image_shape)
    height = -(-int(image_shape[0]) // int(kernel_size_h))
    width = -(-int(image_shape[1]) // int(kernel_size_w))
    return (height, width) + tuple(image_shape[2:])


def _resize_back(pooled, height, width, out=None):
    """Resize a pooled image to ``(height, width)`` with imresize's default.

    That is ``INTER_AREA`` when enlarging, ``INTER_LINEAR`` otherwise. Dtypes cv2
    cannot resize (32/64-bit integers, float128) go through float64. Enlarging by
    whole factors is pixel replication (what ``INTER_AREA`` computes then).
    """
    factor_y, rest_y = divmod(height, pooled.shape[0])
    factor_x, rest_x = divmod(width, pooled.shape[1])
    if rest_y == 0 and rest_x == 0 and factor_y >= 1 and factor_x >= 1:
        return _replicate(pooled, factor_y, factor_x, out)
    # dtypes cv2 cannot resize are resized back in float64
    if pooled.dtype not in _resize.FLOAT64_ROUTE_DTYPES:
        return _crop.resize_to(pooled, height, width, out=out)
    result = _resize.imresize_any_dtype(pooled, (height, width))
    if out is None:
        return result
    out[...] = result
    return out


def _replicate(pooled, factor_y, factor_x, out=None):
    """Repeat every pixel ``factor_y x factor_x`` times (a new array or `out`)."""
    height, width = pooled.shape[0] * factor_y, pooled.shape[1] * factor_x
    nb_channels = pooled.shape[2] if pooled.ndim == 3 else 1
    if pooled.dtype in _CV2_NEAREST_DTYPES and nb_channels <= 4:
        # columns with cv2 (pixel centres, exact for whole factors), rows as
        # row copies: ~2x faster than cv2.resize with INTER_AREA
        # route: tests/perf/test_pool_perf.py::test_pool_replicate_vs_area_resize
        wide = cv2.resize(
            np.ascontiguousarray(pooled),
            (width, pooled.shape[0]),
            interpolation=cv2.INTER_NEAREST_EXACT,
        ).reshape(pooled.shape[0], width, *pooled.shape[2:])
    else:
        wide = np.repeat(pooled, factor_x, axis=1)
    result = out
    if out is None or not out.flags.c_contiguous:
        result = np.empty((height, width) + pooled.shape[2:], dtype=pooled.dtype)
    rows = result.reshape(pooled.shape[0], factor_y, width, *pooled.shape[2:])
    rows[...] = wide[:, np.newaxis]
    if out is not None and result is not out:
        out[...] = result
        return out
    return result


class _PoolingSamples:
    __slots__ = ("heights", "widths")

    def __init__(self, heights, widths):
        self.heights = heights  # (N,) int, >= 1
        self.widths = widths  # (N,) int, >= 1


class _AbstractPoolingBase(_SampledAugmenter):
    """Base of the pooling augmenters: samples block sizes, pools, resizes back.

    Parameters
    ----------
    kernel_size : int or tuple or list or StochasticParameter
        Block size ``(kh, kw)`` per image, see the subclasses.
    keep_size : bool, optional
        Resize pooled images back to their input size.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    # pooled images are new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        kernel_size,
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.kernel_size = iap.handle_discrete_kernel_size_param(
            kernel_size, "kernel_size", value_range=(0, None), allow_floats=False
        )
        if not isinstance(keep_size, (bool, np.bool_)):
            raise InvalidTypeError(
                f"Expected 'keep_size' to be a bool, got {type(keep_size).__name__}."
            )
        self.keep_size = bool(keep_size)

    @abstractmethod
    def _pool_image(self, image, kernel_size_h, kernel_size_w):
        """Pool one ``(H, W, C)`` image with blocks of ``(kh, kw)``."""

    # sampling order: kernel height (N,), kernel width (N,) if it has its own
    #                 parameter (else the height is used for both)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        param_h, param_w = self.kernel_size
        heights = param_h.draw_samples((nb_rows,), random_state=random_state)
        if param_w is None:
            widths = heights
        else:
            widths = param_w.draw_samples((nb_rows,), random_state=random_state)
        heights = np.maximum(heights, 1).astype(np.int64)
        widths = np.maximum(widths, 1).astype(np.int64)
        return _PoolingSamples(heights, widths)

    def _augment_images_by_samples(self, images, samples):
        # all rows, also those with 1x1 blocks that are not pooled
        iadt.gate_dtypes(images, augmenter=self, **_pool.POOL_DTYPES)
        if self.keep_size and isinstance(images, np.ndarray):
            return self._augment_image_array_keep_size(images, samples)
        results = []
        for i, image in enumerate(images):
            kh, kw = int(samples.heights[i]), int(samples.widths[i])
            if kh < 2 and kw < 2:
                results.append(image)  # unchanged (copied by the engine if borrowed)
                continue
            # via the module global of imgaug.imgaug: patching ia.avg_pool works
            pooled = self._pool_image(image, kh, kw)
            if self.keep_size and pooled.shape[0:2] != image.shape[0:2]:
                pooled = _resize_back(pooled, image.shape[0], image.shape[1])
            results.append(pooled)
        return results

    def _augment_image_array_keep_size(self, images, samples):
        result = np.empty(images.shape, dtype=images.dtype)
        height, width = images.shape[1:3]
        for i in range(len(images)):
            kh, kw = int(samples.heights[i]), int(samples.widths[i])
            image = images[i]
            if kh < 2 and kw < 2:
                result[i] = image
                continue
            pooled = self._pool_image(image, kh, kw)
            if pooled.shape[0:2] == (height, width):
                result[i] = pooled
            else:
                # cv2 writes straight into the output row
                _resize_back(pooled, height, width, out=result[i])
        return result

    def _augment_maps_by_samples(self, maps, kind, samples):
        if self.keep_size:
            return maps
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i, augmentable in enumerate(maps):
            kh, kw = int(samples.heights[i]), int(samples.widths[i])
            if kh < 2 and kw < 2:
                continue
            arr = getattr(augmentable, attr)
            # the map is pooled in its own pixels: its array shrinks by the same
            # block size (heatmaps resized cubic, segmentation maps nearest)
            arr_shape = _compute_shape_after_pooling(arr.shape, kh, kw)
            image_shape = _compute_shape_after_pooling(augmentable.shape, kh, kw)
            augmentable = augmentable.resize(arr_shape[0:2])
            augmentable.shape = image_shape
            maps[i] = augmentable
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        if self.keep_size:
            return kpsois
        for i, kpsoi in enumerate(kpsois):
            kh, kw = int(samples.heights[i]), int(samples.widths[i])
            if kh < 2 and kw < 2:
                continue
            shape = _compute_shape_after_pooling(kpsoi.shape, kh, kw)
            kpsois[i] = kpsoi.on_(shape)
        return kpsois

    def _augment_cbaois_by_samples_as_keypoints(self, cbaois, samples):
        if self.keep_size:
            return cbaois
        return super()._augment_cbaois_by_samples_as_keypoints(cbaois, samples)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.kernel_size, self.keep_size]


class AveragePooling(_AbstractPoolingBase):
    """Replace every block of ``kh x kw`` pixels by its average.

    The image is padded to multiples of the block size (``"reflect"`` mode, split
    between both sides), reduced with ``imgaug.imgaug.avg_pool`` (the average is
    truncated to the image dtype) and, with ``keep_size``, resized back to its
    input size (``INTER_AREA`` when enlarging). Block sizes of ``1 x 1`` leave an
    image unchanged.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``,
      ``float64``, ``bool``: yes; fully tested
    * ``uint32``, ``int32``, ``float128``: yes; tested (pooled in float64 by
      ``avg_pool``, resized back in float64 with ``keep_size``)
    * ``uint64``, ``int64``: no (``ValueError``)

    Parameters
    ----------
    kernel_size : int or tuple or list or StochasticParameter
        Block size, sampled once per image: an int ``k`` gives ``k x k``; a tuple
        ``(a, b)`` of ints samples ``k`` from ``[a, b]``; a list samples one of
        its entries; a StochasticParameter is sampled; a tuple of two of these
        (e.g. ``((1, 3), [2, 4])``) samples the height and the width separately.
        Values below 1 count as 1.
    keep_size : bool, optional
        Resize the pooled image back to the input size. Without it the output
        images are ``ceil(H/kh) x ceil(W/kw)`` (array input becomes a list),
        heatmaps and segmentation maps shrink accordingly and coordinates are
        rescaled to the new image size.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 4], [8, 13]], dtype=np.uint8)[:, :, np.newaxis]
    >>> AveragePooling(2, keep_size=False)(image=image)[:, :, 0].tolist()
    [[6]]
    >>> aug = AveragePooling(((1, 3), (2, 5)))

    """

    def __init__(
        self,
        kernel_size=(1, 5),
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            kernel_size=kernel_size,
            keep_size=keep_size,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _pool_image(self, image, kernel_size_h, kernel_size_w):
        return ia.avg_pool(image, (kernel_size_h, kernel_size_w))


class MaxPooling(_AbstractPoolingBase):
    """Replace every block of ``kh x kw`` pixels by its maximum.

    Like :class:`AveragePooling`, but with ``imgaug.imgaug.max_pool`` (padding
    mode ``"edge"``). Brightens images and thickens bright details.

    Supported dtypes
    ----------------
    See :class:`AveragePooling`.

    Parameters
    ----------
    kernel_size : int or tuple or list or StochasticParameter
        See :class:`AveragePooling`.
    keep_size : bool, optional
        See :class:`AveragePooling`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 4], [8, 13]], dtype=np.uint8)[:, :, np.newaxis]
    >>> MaxPooling(2, keep_size=False)(image=image)[:, :, 0].tolist()
    [[13]]

    """

    def __init__(
        self,
        kernel_size=(1, 5),
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            kernel_size=kernel_size,
            keep_size=keep_size,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _pool_image(self, image, kernel_size_h, kernel_size_w):
        return ia.max_pool(image, (kernel_size_h, kernel_size_w))


class MinPooling(_AbstractPoolingBase):
    """Replace every block of ``kh x kw`` pixels by its minimum.

    Like :class:`AveragePooling`, but with ``imgaug.imgaug.min_pool`` (padding
    mode ``"edge"``). Darkens images and thickens dark details.

    Supported dtypes
    ----------------
    See :class:`AveragePooling`.

    Parameters
    ----------
    kernel_size : int or tuple or list or StochasticParameter
        See :class:`AveragePooling`.
    keep_size : bool, optional
        See :class:`AveragePooling`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 4], [8, 13]], dtype=np.uint8)[:, :, np.newaxis]
    >>> MinPooling(2, keep_size=False)(image=image)[:, :, 0].tolist()
    [[0]]

    """

    def __init__(
        self,
        kernel_size=(1, 5),
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            kernel_size=kernel_size,
            keep_size=keep_size,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _pool_image(self, image, kernel_size_h, kernel_size_w):
        return ia.min_pool(image, (kernel_size_h, kernel_size_w))


class MedianPooling(_AbstractPoolingBase):
    """Replace every block of ``kh x kw`` pixels by its median.

    Like :class:`AveragePooling`, but with ``imgaug.imgaug.median_pool``
    (padding mode ``"reflect"``; the median of an even number of values is the
    mean of the two middle ones, truncated to the image dtype).

    Supported dtypes
    ----------------
    See :class:`AveragePooling`.

    Parameters
    ----------
    kernel_size : int or tuple or list or StochasticParameter
        See :class:`AveragePooling`.
    keep_size : bool, optional
        See :class:`AveragePooling`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 4], [8, 13]], dtype=np.uint8)[:, :, np.newaxis]
    >>> MedianPooling(2, keep_size=False)(image=image)[:, :, 0].tolist()
    [[6]]

    """

    def __init__(
        self,
        kernel_size=(1, 5),
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            kernel_size=kernel_size,
            keep_size=keep_size,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _pool_image(self, image, kernel_size_h, kernel_size_w):
        return ia.median_pool(image, (kernel_size_h, kernel_size_w))
