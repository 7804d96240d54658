"""COCO annotation files for ``python -m imgaug augment`` (private).

Reads a COCO JSON file, checks it, turns the annotations of one image into imgaug
augmentables (boxes, keypoints, polygons, RLE masks as segmentation-map channels)
and writes augmented annotations back in the same forms. RLE is COCO's run-length
encoding of a column-major binary mask, uncompressed (``counts`` a list) or
compressed (``counts`` a string: 5-bit groups in characters 48..111, each run
after the second stored as the difference to the run two places before).
"""

import json
import os

import numpy as np

from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage


class CocoError(ValueError):
    """A COCO file that cannot be used (message says what and where)."""


# ---------------------------------------------------------------------------------
# loading and checking
# ---------------------------------------------------------------------------------
def load(path):
    """Load and check a COCO file; return ``(coco dict, {image id: [annotations]})``.

    Raises
    ------
    CocoError
        For unreadable JSON, missing ``images``, duplicate image ids or annotations
        whose ``image_id`` names no image (dangling ids).

    """
    try:
        with open(path, encoding="utf-8") as handle:
            coco = json.load(handle)
    except (OSError, ValueError) as exc:
        raise CocoError(f"Could not read the COCO file {path!r}: {exc}") from exc
    if not isinstance(coco, dict) or not isinstance(coco.get("images"), list):
        raise CocoError(f"The COCO file {path!r} has no 'images' list.")
    annotations = coco.get("annotations", [])
    if not isinstance(annotations, list):
        raise CocoError(f"The 'annotations' of {path!r} is not a list.")
    ids = set()
    for position, image in enumerate(coco["images"]):
        if not isinstance(image, dict) or "id" not in image or "file_name" not in image:
            raise CocoError(
                f"Image entry {position} of {path!r} needs an 'id' and a 'file_name'."
            )
        if image["id"] in ids:
            raise CocoError(f"Image id {image['id']!r} occurs twice in {path!r}.")
        ids.add(image["id"])
    by_image = {image_id: [] for image_id in ids}
    dangling = []
    for position, annotation in enumerate(annotations):
        if not isinstance(annotation, dict) or "image_id" not in annotation:
            raise CocoError(f"Annotation {position} of {path!r} has no 'image_id'.")
        if annotation["image_id"] not in by_image:
            dangling.append((position, annotation["image_id"]))
            continue
        by_image[annotation["image_id"]].append(annotation)
    if dangling:
        shown = ", ".join(f"annotation {p} -> image {i!r}" for p, i in dangling[:10])
        more = f" and {len(dangling) - 10} more" if len(dangling) > 10 else ""
        raise CocoError(
            f"{len(dangling)} annotation(s) of {path!r} refer to image ids that are "
            f"not in its 'images' list: {shown}{more}."
        )
    return coco, by_image


# ---------------------------------------------------------------------------------
# RLE
# ---------------------------------------------------------------------------------
def rle_decode(rle):
    """Return the binary mask ``(H, W)`` bool of an RLE dict (either form)."""
    height, width = (int(v) for v in rle["size"])
    counts = rle["counts"]
    if isinstance(counts, (str, bytes)):
        counts = _rle_string_to_counts(counts)
    flat = np.zeros(height * width, dtype=bool)
    ends = np.cumsum(counts)
    if len(ends) and ends[-1] != height * width:
        raise CocoError(
            f"RLE counts sum to {ends[-1]}, expected {height * width} for size "
            f"{[height, width]}."
        )
    for start, stop in zip(ends[0:-1:2], ends[1::2]):
        flat[start:stop] = True
    return flat.reshape((width, height)).T


def rle_encode(mask, compressed):
    """Encode a binary ``(H, W)`` mask as an RLE dict (string counts if compressed)."""
    height, width = mask.shape
    flat = np.asarray(mask, dtype=bool).T.reshape(-1)
    changes = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    bounds = np.concatenate([[0], changes, [flat.size]])
    counts = np.diff(bounds).tolist()
    if flat.size and flat[0]:
        counts = [0, *counts]  # runs start with zeros
    if not flat.size:
        counts = []
    encoded = _counts_to_rle_string(counts) if compressed else counts
    return {"size": [height, width], "counts": encoded}


def _counts_to_rle_string(counts):
    chars = []
    for i, count in enumerate(counts):
        value = int(count) - (int(counts[i - 2]) if i > 2 else 0)
        more = True
        while more:
            group = value & 0x1F
            value >>= 5
            more = value != -1 if group & 0x10 else value != 0
            if more:
                group |= 0x20
            chars.append(chr(group + 48))
    return "".join(chars)


def _rle_string_to_counts(text):
    if isinstance(text, bytes):
        text = text.decode("ascii")
    counts = []
    pos = 0
    while pos < len(text):
        value = 0
        shift = 0
        while True:
            group = ord(text[pos]) - 48
            pos += 1
            value |= (group & 0x1F) << shift
            shift += 5
            if not group & 0x20:
                if group & 0x10:
                    value |= -1 << shift
                break
            if pos >= len(text):
                raise CocoError("Truncated compressed RLE string.")
        if len(counts) > 2:
            value += counts[-2]
        counts.append(value)
    return counts


# ---------------------------------------------------------------------------------
# annotations <-> augmentables
# ---------------------------------------------------------------------------------
def to_augmentables(annotations, shape):
    """Turn one image's annotations into ``augment()`` keyword arguments.

    Every box, keypoint, polygon and mask carries the position of its annotation
    (and part) as label, so :func:`from_augmentables` can put them back.
    """
    boxes, keypoints, polygons, masks = [], [], [], []
    for position, ann in enumerate(annotations):
        bbox = ann.get("bbox")
        if bbox is not None and len(bbox) == 4:
            x, y, w, h = (float(v) for v in bbox)
            boxes.append(BoundingBox(x, y, x + w, y + h, label=position))
        flat = ann.get("keypoints") or []
        for k in range(len(flat) // 3):
            x, y, visibility = flat[3 * k : 3 * k + 3]
            if visibility > 0:
                keypoints.append((position, k, Keypoint(float(x), float(y))))
        segmentation = ann.get("segmentation")
        if isinstance(segmentation, list):
            for part, coords in enumerate(segmentation):
                xy = np.asarray(coords, dtype=np.float32).reshape(-1, 2)
                polygons.append(Polygon(xy, label=(position, part)))
        elif isinstance(segmentation, dict):
            mask = rle_decode(segmentation)
            if mask.shape != tuple(shape[0:2]):
                raise CocoError(
                    f"The RLE mask of annotation {ann.get('id')!r} has size "
                    f"{list(mask.shape)}, but its image is {list(shape[0:2])}."
                )
            masks.append((position, mask))
    kwargs = {}
    if boxes:
        kwargs["bounding_boxes"] = BoundingBoxesOnImage(boxes, shape=shape)
    if keypoints:
        kwargs["keypoints"] = KeypointsOnImage([kp for _, _, kp in keypoints], shape)
    if polygons:
        kwargs["polygons"] = PolygonsOnImage(polygons, shape=shape)
    if masks:
        stacked = np.stack([mask for _, mask in masks], axis=-1).astype(np.uint8)
        kwargs["segmentation_maps"] = SegmentationMapsOnImage(stacked, shape=shape)
    index = {
        "keypoints": [(p, k) for p, k, _ in keypoints],
        "masks": [p for p, _ in masks],
    }
    return kwargs, index


def from_augmentables(annotations, augmented, index, shape):
    """Return the augmented annotations of one image (dropped ones left out).

    ``augmented`` maps kinds to the augmented objects of :func:`to_augmentables`'s
    keyword arguments, ``shape`` is the augmented image's shape. Boxes and
    polygons are clipped to the image; keypoints that left it become unlabeled
    (``0, 0, 0``); an annotation whose box, polygons and mask all left the image
    is dropped. ``bbox`` encloses the polygons or the mask where there are any,
    ``area`` is their area (else the box's).
    """
    height, width = shape[0:2]
    boxes = {}
    for bb in getattr(augmented.get("bounding_boxes"), "bounding_boxes", []):
        clipped = bb.clip_out_of_image(shape)
        boxes[bb.label] = clipped if clipped.area > 0 else None
    polygons = {}
    for poly in getattr(augmented.get("polygons"), "polygons", []):
        position, _ = poly.label
        parts = polygons.setdefault(position, [])
        parts.extend(part for part in poly.clip_out_of_image(shape) if part.area > 0)
    masks = {}
    if "segmentation_maps" in augmented:
        arr = augmented["segmentation_maps"].get_arr()
        for channel, position in enumerate(index["masks"]):
            masks[position] = arr[..., channel] > 0
    keypoints = {}
    if "keypoints" in augmented:
        for (position, k), kp in zip(
            index["keypoints"], augmented["keypoints"].keypoints
        ):
            inside = 0 <= kp.x < width and 0 <= kp.y < height
            keypoints[(position, k)] = (kp.x, kp.y) if inside else None

    result = []
    for position, ann in enumerate(annotations):
        out = dict(ann)
        had_shape = False
        region = None  # (x1, y1, x2, y2, area) of what is left
        segmentation = ann.get("segmentation")
        if isinstance(segmentation, list):
            had_shape = True
            parts = polygons.get(position, [])
            out["segmentation"] = [
                [round(float(v), 2) for v in part.exterior.reshape(-1)]
                for part in parts
            ]
            if parts:
                xy = np.concatenate([part.exterior for part in parts])
                area = float(sum(part.area for part in parts))
                region = (*xy.min(axis=0), *xy.max(axis=0), area)
        elif isinstance(segmentation, dict):
            had_shape = True
            mask = masks[position]
            compressed = isinstance(segmentation.get("counts"), (str, bytes))
            out["segmentation"] = rle_encode(mask, compressed)
            ys, xs = np.nonzero(mask)
            if len(xs):
                region = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1, len(xs))
        if "bbox" in ann and ann["bbox"] is not None:
            had_shape = True
            box = boxes.get(position)
            if region is None and box is not None:
                region = (box.x1, box.y1, box.x2, box.y2, box.area)
        if had_shape and region is None:
            continue  # nothing of the object is left in the image
        if region is not None:
            x1, y1, x2, y2, area = (float(v) for v in region)
            if "bbox" in ann:
                out["bbox"] = [round(v, 2) for v in (x1, y1, x2 - x1, y2 - y1)]
            if "area" in ann or had_shape:
                out["area"] = round(area, 2)
        if ann.get("keypoints"):
            flat = list(ann["keypoints"])
            for k in range(len(flat) // 3):
                if flat[3 * k + 2] > 0:
                    xy = keypoints.get((position, k))
                    if xy is None:
                        flat[3 * k : 3 * k + 3] = [0, 0, 0]
                    else:
                        flat[3 * k : 3 * k + 2] = [round(float(v), 2) for v in xy]
            out["keypoints"] = flat
            out["num_keypoints"] = sum(1 for v in flat[2::3] if v > 0)
        result.append(out)
    return result


def write_atomically(path, coco):
    """Write JSON to ``path`` through a temporary file and a rename."""
    tmp = f"{path}.imgaug-partial-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(coco, handle)
    os.replace(tmp, path)
