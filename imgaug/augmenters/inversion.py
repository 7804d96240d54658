"""Map annotations from the augmented frame back to the original one.

New in this library. :func:`invert_record` takes a record (a
:class:`~imgaug.augmenters.pipelines.Record` from
:func:`~imgaug.augmenters.pipelines.record`) and maps keypoints, bounding
boxes, polygons, line strings, heatmaps and segmentation maps that lie on the
augmented images (e.g. a model's predictions) back onto the original images: the
basis of test-time augmentation.

Invertible are the geometric augmenters :class:`~imgaug.augmenters.flip.Fliplr`,
:class:`~imgaug.augmenters.flip.Flipud`, the crop/pad and size family
(:class:`~imgaug.augmenters.size.CropAndPad`, ``Crop``, ``Pad``, ``Resize``, the
``*ToFixedSize``, ``*ToMultiplesOf``, ``*ToPowersOf``, ``*ToAspectRatio`` and
``*ToSquare`` augmenters, ``KeepSizeByResize``),
:class:`~imgaug.augmenters.geometric.Affine` and its shortcuts, ``AffineCv2``,
``Rot90``, ``PerspectiveTransform``, ``PiecewiseAffine``,
``ElasticTransformation`` (points are moved back with its displacement field),
``Jigsaw`` and ``pillike.Affine``. Augmenters that change only pixels are
skipped, as are the containers ``Sequential``, ``SomeOf``, ``OneOf`` and
``Sometimes`` (the record tells which children ran). Any other augmenter that ran on
a row and may have moved or removed annotations raises
:class:`NotInvertibleError` naming it.

Points are mapped back exactly (to float32 precision; ``ElasticTransformation``
within the accuracy of its forward point estimate). Bounding boxes become the
boxes around their four mapped-back corners, which is exact for flips, crops,
pads, resizes, ``Rot90`` and axis-aligned scaling/translation, and larger than the
original box after rotations or warps. Heatmaps and segmentation maps are
resampled (bilinear, resp. nearest neighbour); areas that were cropped away or
lay outside the augmented image become zero.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from imgaug._kernels import elastic as _elastic
from imgaug._kernels import jigsaw as _jigsaw
from imgaug._kernels import piecewise as _piecewise
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmenters import _recording, flip, geometric, meta, pillike, size
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.augmenters.pipelines import (
    _check_augmenter,
    _check_rows,
    _Data,
    _describe,
    _placements,
    _rows_of,
    _run_call,
)
from imgaug.validation import InvalidValueError

__all__ = ["NotInvertibleError", "invert_record"]


class NotInvertibleError(InvalidValueError):
    """An augmenter that ran on a row cannot be inverted."""


#: leaves whose point mapping is inverted
_INVERTIBLE = (
    flip.Fliplr,
    flip.Flipud,
    size._CropAndPadBase,
    size.Resize,
    geometric.Affine,
    geometric.AffineCv2,
    geometric.Rot90,
    geometric.PerspectiveTransform,
    geometric.PiecewiseAffine,
    geometric.ElasticTransformation,
    geometric.Jigsaw,
    pillike.Affine,
)
#: containers that only route rows to children (children are inverted one by one)
_ROUTING = (meta.Sequential, meta.SomeOf, meta.Sometimes)
#: leaves without samples that never change annotations
_NEUTRAL = (meta.Identity, meta.ChannelShuffle, meta.AssertLambda, meta.AssertShape)
_LAMBDA_FUNCS = (
    "func_heatmaps",
    "func_segmentation_maps",
    "func_keypoints",
    "func_bounding_boxes",
    "func_polygons",
    "func_line_strings",
)


# ---------------------------------------------------------------- transforms
class _Projective:
    """A point map that is a 3x3 matrix (flips, crops, resizes, affine, ...)."""

    def __init__(self, matrix: np.ndarray) -> None:
        self.matrix = matrix
        self.inverse_matrix = np.linalg.inv(matrix)

    @staticmethod
    def _apply(matrix: np.ndarray, xy: np.ndarray) -> np.ndarray:
        result = xy @ matrix[:2, :2].T + matrix[:2, 2]
        denom = xy @ matrix[2, :2] + matrix[2, 2]
        return result / denom[:, np.newaxis]

    def forward(self, xy: np.ndarray) -> np.ndarray:
        return self._apply(self.matrix, xy)

    def inverse(self, xy: np.ndarray) -> np.ndarray:
        return self._apply(self.inverse_matrix, xy)


def _scale_matrix(from_shape: tuple, to_shape: tuple) -> np.ndarray:
    fy = to_shape[0] / from_shape[0] if from_shape[0] > 0 else 1.0
    fx = to_shape[1] / from_shape[1] if from_shape[1] > 0 else 1.0
    return np.diag([fx, fy, 1.0])


def _fit_homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Least-squares 3x3 matrix mapping `src` to `dst` (normalized DLT)."""

    def normalizer(points):
        centre = points.mean(axis=0)
        scale = np.sqrt(2) / max(np.sqrt(((points - centre) ** 2).sum(1)).mean(), 1e-12)
        return np.array(
            [[scale, 0, -scale * centre[0]], [0, scale, -scale * centre[1]], [0, 0, 1]]
        )

    t_src, t_dst = normalizer(src), normalizer(dst)
    s = _Projective._apply(t_src, src)
    d = _Projective._apply(t_dst, dst)
    rows = []
    for (x, y), (u, v) in zip(s, d):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(rows))
    matrix = np.linalg.inv(t_dst) @ vt[-1].reshape((3, 3)) @ t_src
    return matrix / matrix[2, 2]


class _Piecewise:
    """``PiecewiseAffine``: points move through the row's mesh of triangles."""

    def __init__(self, node_disp: np.ndarray, shape: tuple) -> None:
        self.node_disp = node_disp
        self.height, self.width = shape[0:2]

    def _inside(self, xy: np.ndarray) -> np.ndarray:
        return (
            (xy[:, 0] >= 0)
            & (xy[:, 0] < self.width)
            & (xy[:, 1] >= 0)
            & (xy[:, 1] < self.height)
        )

    def forward(self, xy: np.ndarray) -> np.ndarray:
        result = xy.copy()
        inside = self._inside(xy)
        if np.any(inside):
            result[inside] = (
                _piecewise.inverse_points(
                    xy[inside] - 0.5, self.node_disp, self.height, self.width
                )
                + 0.5
            )
        return result

    def inverse(self, xy: np.ndarray) -> np.ndarray:
        result = xy.copy()
        inside = self._inside(xy)
        if not np.any(inside):
            return result
        src, dst = _piecewise._triangles(self.node_disp, self.height, self.width)
        points = xy[inside] - 0.5
        moved = np.empty_like(points)
        step = max(1, (1 << 20) // len(src))
        for start in range(0, len(points), step):
            block = points[start : start + step]
            bary = _piecewise._barycentric(block, src)
            worst = np.nan_to_num(bary.min(axis=2), nan=-np.inf)
            best = np.argmax(worst, axis=1)
            weights = bary[np.arange(len(block)), best]
            moved[start : start + step] = np.einsum("nk,nkd->nd", weights, dst[best])
        result[inside] = moved + 0.5
        return result


class _Elastic:
    """``ElasticTransformation``: content at ``p`` lands at ``q = p + d(q)``."""

    def __init__(self, disp: np.ndarray, shape: tuple) -> None:
        self.disp = disp
        self.scale = np.array(disp.shape[1::-1], dtype=np.float64) / shape[1::-1]

    def _inside(self, xy: np.ndarray) -> np.ndarray:
        height, width = self.disp.shape[0:2]
        return (
            (xy[:, 0] >= 0) & (xy[:, 0] < width) & (xy[:, 1] >= 0) & (xy[:, 1] < height)
        )

    def forward(self, xy: np.ndarray) -> np.ndarray:
        points = xy * self.scale
        inside = self._inside(points)
        moved = points.copy()
        inner = points[inside]
        estimate = inner + _elastic._sample_bilinear(self.disp, inner - 0.5)
        for _ in range(8):  # fixed-point steps towards q = p + d(q)
            estimate = inner + _elastic._sample_bilinear(self.disp, estimate - 0.5)
        moved[inside] = estimate
        return moved / self.scale

    def inverse(self, xy: np.ndarray) -> np.ndarray:
        points = xy * self.scale
        inside = self._inside(points)
        result = points.copy()
        inner = points[inside]
        result[inside] = inner - _elastic._sample_bilinear(self.disp, inner - 0.5)
        return result / self.scale


class _Jigsaw:
    """``Jigsaw``: padding, then cells swap places."""

    def __init__(self, destinations: Any, paddings: tuple, shape: tuple) -> None:
        self.destinations = np.asarray(destinations)
        self.top, self.left = paddings[0], paddings[3]
        self.shape = geometric._padded_shape(shape, paddings)

    def forward(self, xy: np.ndarray) -> np.ndarray:
        points = xy + [self.left, self.top]
        return _jigsaw.apply_jigsaw_to_coords(points, self.destinations, self.shape)

    def inverse(self, xy: np.ndarray) -> np.ndarray:
        (nb_rows, nb_cols), flat = _jigsaw._grid(self.destinations)
        source_of = np.empty_like(flat)
        source_of[flat] = np.arange(len(flat))
        inverse_destinations = source_of.reshape((nb_rows, nb_cols))
        moved = _jigsaw.apply_jigsaw_to_coords(xy, inverse_destinations, self.shape)
        return moved - [self.left, self.top]


def _leaf_transform(event: Any, j: int) -> Any:
    """Return the point map of leaf `event` for its batch row `j`."""
    aug = event.augmenter
    samples = event.samples
    in_shape = tuple(event.in_shapes[j])
    if 0 in in_shape[0:2]:
        return None
    if isinstance(aug, geometric.Jigsaw):
        return _Jigsaw(samples.destinations[j], samples.paddings[j], in_shape)
    if isinstance(aug, geometric.PiecewiseAffine):
        node_disp = aug._node_displacements(samples, j, in_shape, in_shape)
        return None if node_disp is None else _Piecewise(node_disp, in_shape)
    if isinstance(aug, geometric.ElasticTransformation):
        if samples.alpha[j] <= np.float32(
            aug.KEYPOINT_AUG_ALPHA_THRESH
        ) or samples.sigma[j] <= np.float32(aug.KEYPOINT_AUG_SIGMA_THRESH):
            return None
        disp = samples.field(j)
        return None if disp is None else _Elastic(disp, in_shape)
    return _Projective(_probe_matrix(event, j, in_shape))


def _probe_matrix(event: Any, j: int, in_shape: tuple) -> np.ndarray:
    """Fit the matrix of a projective leaf from points sent through its hook."""
    height, width = in_shape[0:2]
    fractions = np.array([0.1, 0.35, 0.65, 0.9])
    src = np.stack(np.meshgrid(fractions * width, fractions * height), -1).reshape(
        -1, 2
    )
    kpsois = [KeypointsOnImage([], shape=tuple(shape)) for shape in event.in_shapes]
    kpsois[j] = KeypointsOnImage.from_xy_array(src, shape=in_shape)
    moved = event.augmenter._augment_keypoints_by_samples(kpsois, event.samples)[j]
    src = src.astype(np.float32).astype(np.float64)  # as the keypoints hold them
    dst = moved.to_xy_array().astype(np.float64)
    matrix = _fit_homography(src, dst)
    residual = np.abs(_Projective._apply(matrix, src) - dst).max()
    if residual > 1e-2:
        raise NotInvertibleError(
            f"{_describe(event.augmenter)} did not move points by one matrix "
            f"(residual {residual:.3g} px); it cannot be inverted."
        )
    return matrix


# ---------------------------------------------------------------- chains
def _is_pixel_only(aug: Any) -> bool:
    if isinstance(aug, _SampledAugmenter):
        return tuple(aug._KINDS) == ("images",)
    if isinstance(aug, _NEUTRAL):
        return True
    if type(aug) is meta.Lambda:
        return all(getattr(aug, name) is None for name in _LAMBDA_FUNCS)
    return False


def _row_transforms(recorder: Any, row: int) -> list:
    """Return the point maps applied to `row` of a replayed call, in order."""
    events = [e for e in recorder.events if e.rows is None or row in e.rows]
    children: dict = {}
    for e in events:
        if e.parent is not None:
            children.setdefault(id(e.parent), []).append(e)
    timed: list = []
    owner: dict = {}  # transform index -> event that made it

    def visit(index_event: tuple) -> float:
        """Collect the transforms of an event's subtree; return its end time."""
        index, e = index_event
        aug = e.augmenter
        kids = [(events.index(k), k) for k in children.get(id(e), [])]
        if e.rows is None and not (_is_pixel_only(aug) or isinstance(aug, _ROUTING)):
            raise NotInvertibleError(
                f"Cannot follow the rows through {_describe(aug)}; it cannot be "
                "inverted."
            )
        j = e.rows.index(row) if e.rows is not None else None
        end = float(index)
        first = len(timed)
        for kid in kids:
            end = max(end, visit(kid))
        if not _recording.units(aug):
            if isinstance(aug, _INVERTIBLE) and e.samples is not None:
                transform = _leaf_transform(e, j)
                if transform is not None:
                    timed.append((float(index), transform))
                    owner[len(timed) - 1] = e
            elif not _is_pixel_only(aug):
                raise NotInvertibleError(
                    f"{_describe(aug)} (path '{e.path}') ran on row {row} and cannot "
                    "be inverted."
                )
        elif isinstance(aug, size.KeepSizeByResize):
            inner = [k for _, k in kids]
            inner_shape = (
                tuple(inner[-1].out_shapes[inner[-1].rows.index(row)])
                if (inner and inner[-1].rows is not None)
                else tuple(e.in_shapes[j])
            )
            out_shape = tuple(e.out_shapes[j])
            if inner_shape[0:2] != out_shape[0:2]:
                end += 0.5
                matrix = _scale_matrix(inner_shape, out_shape)
                timed.append((end, _Projective(matrix)))
        elif not isinstance(aug, _ROUTING):
            moved = len(timed) > first
            if moved or tuple(e.in_shapes[j]) != tuple(e.out_shapes[j]):
                raise NotInvertibleError(
                    f"{_describe(aug)} (path '{e.path}') ran on row {row} with "
                    "children that move annotations; it cannot be inverted."
                )
        return end

    roots = [(i, e) for i, e in enumerate(events) if e.parent is None]
    for root in roots:
        visit(root)
    timed.sort(key=lambda item: item[0])
    return [transform for _, transform in timed]


def _invert_points(xy: np.ndarray, transforms: list) -> np.ndarray:
    xy = np.asarray(xy, dtype=np.float64).reshape((-1, 2))
    for transform in reversed(transforms):
        if len(xy):
            xy = transform.inverse(xy)
    return xy


def _forward_points(xy: np.ndarray, transforms: list) -> np.ndarray:
    for transform in transforms:
        xy = transform.forward(xy)
    return xy


# ---------------------------------------------------------------- kinds
def _invert_item(kind: str, item: Any, transforms: list, shape: tuple) -> Any:
    if kind in ("heatmaps", "segmentation_maps"):
        return _pull_back_map(kind, item, transforms, shape)
    item = item.deepcopy()
    if kind == "bounding_boxes":
        xyxy = item.to_xyxy_array(dtype=np.float64)
        corners = np.stack(
            [xyxy[:, [0, 1]], xyxy[:, [2, 1]], xyxy[:, [2, 3]], xyxy[:, [0, 3]]],
            axis=1,
        ).reshape((-1, 2))
        back = _invert_points(corners, transforms).reshape((-1, 4, 2))
        if len(back):
            item.fill_from_xyxy_array_(
                np.concatenate([back.min(axis=1), back.max(axis=1)], axis=1)
            )
    else:
        xy = item.to_xy_array()
        if len(xy):
            item.fill_from_xy_array_(_invert_points(xy, transforms))
    item.shape = shape
    return item


def _pull_back_map(kind: str, item: Any, transforms: list, shape: tuple) -> Any:
    """Resample a map of the augmented image onto the original image."""
    import cv2  # noqa: PLC0415  (keeps the module import light)

    heatmaps = kind == "heatmaps"
    arr = item.arr_0to1 if heatmaps else item.arr
    aug_shape = item.shape
    fy = arr.shape[0] / aug_shape[0] if aug_shape[0] > 0 else 1.0
    fx = arr.shape[1] / aug_shape[1] if aug_shape[1] > 0 else 1.0
    out_h = max(int(round(shape[0] * fy)), 1)
    out_w = max(int(round(shape[1] * fx)), 1)
    # centres of the output array's pixels, in the original image's coordinates
    grid_x = (np.arange(out_w) + 0.5) * (shape[1] / out_w)
    grid_y = (np.arange(out_h) + 0.5) * (shape[0] / out_h)
    points = np.stack(np.meshgrid(grid_x, grid_y), axis=-1).reshape((-1, 2))
    moved = _forward_points(points, transforms)
    # ... and then in the augmented array's pixel indices (centres at integers)
    map_x = (moved[:, 0] * fx - 0.5).reshape((out_h, out_w)).astype(np.float32)
    map_y = (moved[:, 1] * fy - 0.5).reshape((out_h, out_w)).astype(np.float32)
    if heatmaps:
        channels = [
            cv2.remap(
                np.ascontiguousarray(arr[:, :, c]),
                map_x,
                map_y,
                cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_CONSTANT,
                borderValue=0.0,
            )
            for c in range(arr.shape[2])
        ]
        result = np.clip(np.stack(channels, axis=-1), 0.0, 1.0).astype(np.float32)
        return type(item)(
            result, shape=shape, min_value=item.min_value, max_value=item.max_value
        )
    cols = np.floor(map_x + 0.5).astype(np.intp)
    rows = np.floor(map_y + 0.5).astype(np.intp)
    valid = (cols >= 0) & (cols < arr.shape[1]) & (rows >= 0) & (rows < arr.shape[0])
    result = np.zeros((out_h, out_w) + arr.shape[2:], dtype=arr.dtype)
    result[valid] = arr[rows[valid], cols[valid]]
    inverted = item.deepcopy()
    inverted.arr = result
    inverted.shape = shape
    return inverted


class _NoData:
    """Stands in for the data of a replay that only follows the rows."""

    kinds: tuple = ()
    metadata = None
    batch = None


def invert_record(augmenter, record, **kwargs):
    """Map annotations of augmented images back onto the original images.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline the record was made with.
    record : imgaug.augmenters.pipelines.Record or list of Record
        The record of the augmentation; its rows are matched to the rows of the
        data in order.
    **kwargs
        ``keypoints``, ``bounding_boxes``, ``polygons``, ``line_strings``,
        ``heatmaps`` and/or ``segmentation_maps`` on the *augmented* images (in
        any form that :meth:`~imgaug.augmenters.meta.Augmenter.augment` accepts);
        row ``i`` must belong to an image of the shape that row ``i`` of the
        record had after augmentation.

    Returns
    -------
    object
        The same kinds in the same forms, on the original images.

    Raises
    ------
    NotInvertibleError
        If an augmenter that cannot be inverted ran on a row (nothing is
        returned then).
    imgaug.augmenters.pipelines.ReplayError
        If the record has another number of rows than the data, a row has another
        image shape than recorded, or the pipeline is not the recorded one.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.kps import KeypointsOnImage
    >>> aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20))])
    >>> images = np.zeros((2, 16, 16, 3), dtype=np.uint8)
    >>> images_aug, rec = iaa.record(aug, images=images)
    >>> predicted = [KeypointsOnImage.from_xy_array([[4.0, 5.0]], shape=(16, 16, 3))
    ...              for _ in range(2)]
    >>> on_originals = iaa.invert_record(aug, rec, keypoints=predicted)
    >>> len(on_originals)
    2

    """
    _check_augmenter(augmenter)
    rows = _rows_of(record)
    data = _Data(augmenter, kwargs, "invert_record")
    if "images" in data.kinds:
        raise InvalidValueError(
            "invert_record() maps annotations (keypoints, bounding_boxes, polygons, "
            "line_strings, heatmaps, segmentation_maps), not images; pass image-like "
            "predictions as heatmaps."
        )
    _check_rows(data, rows, "out_shapes", "invert_record")
    transforms: list = [None] * len(rows)
    for call, placement in _placements(rows):
        _, recorder = _run_call(augmenter, call, placement, _NoData(), capture=True)
        for index, (data_row, _) in placement.items():
            transforms[data_row] = _row_transforms(recorder, index)
    outputs = {}
    for kind in data.kinds:
        values = getattr(data.batch, kind)
        outputs[kind] = [
            _invert_item(
                kind, values[i], transforms[i], tuple(row.call.shapes[row.index])
            )
            for i, row in enumerate(rows)
        ]
    batch = type(data.batch)(**outputs)
    return data.result(batch)
