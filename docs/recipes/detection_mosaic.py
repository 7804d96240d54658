"""YOLO-style detection training data: Mosaic + MixUp inside a PyTorch Dataset.

The dataset picks the donors (imgaug's mixing augmenters never do). Donors and all
augmentation randomness of an item come from a generator seeded with
``(seed, epoch, index)``: every epoch sees new combinations, and an item looks the
same whichever DataLoader worker builds it. ``sample(index)`` returns numpy arrays
and works without PyTorch; ``__getitem__`` converts them to tensors.
"""

from __future__ import annotations

import numpy as np

import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage

try:  # PyTorch is only needed for the tensors and the DataLoader
    import torch
    from torch.utils.data import Dataset
except ImportError:
    torch = None
    Dataset = object


class MosaicMixUpDataset(Dataset):
    """Detection samples as 4-image mosaics, sometimes mixed with a second mosaic.

    Parameters
    ----------
    records : sequence
        One entry per image, turned into ``(image, boxes)`` by `load`.
    load : callable
        ``load(record) -> (HxWx3 uint8 image, list of (x1, y1, x2, y2, class_id))``.
    size : int
        Height and width of the training images.
    mixup_p : float
        Probability of mixing a sample with a second mosaic (YOLO: ~0.1-0.2).
    seed : int
        Seed of the donor choice and of the augmentation.

    """

    def __init__(self, records, load, size=640, mixup_p=0.15, seed=0):
        self.records = records
        self.load = load
        self.size = size
        self.mixup_p = mixup_p
        self.seed = seed
        self.epoch = 0
        # mosaic of the image and three donors, then the usual geometric jitter
        self.mosaic = iaa.Sequential(
            [
                iaa.Mosaic(
                    target_size=(size, size), center_range=(0.25, 0.75), cval=114
                ),
                iaa.Fliplr(0.5),
                iaa.Affine(scale=(0.5, 1.5), translate_percent=(-0.1, 0.1), cval=114),
                iaa.ClipCBAsToImagePlanes(),
            ]
        )
        # YOLO draws the mixing weight from Beta(32, 32): close to 0.5
        self.mixup = iaa.MixUp(alpha=32.0)

    def set_epoch(self, epoch):
        """Call at the start of every epoch (new donor combinations)."""
        self.epoch = epoch

    def __len__(self):
        return len(self.records)

    def _load(self, index):
        image, boxes = self.load(self.records[index])
        bbsoi = BoundingBoxesOnImage(
            [BoundingBox(x1, y1, x2, y2, label=int(c)) for x1, y1, x2, y2, c in boxes],
            shape=image.shape,
        )
        return image, bbsoi

    def _mosaic(self, index, rng):
        image, bbsoi = self._load(index)
        donors = []
        for other in rng.integers(0, len(self), size=3):
            donor_image, donor_boxes = self._load(int(other))
            donors.append({"image": donor_image, "bounding_boxes": donor_boxes})
        return self.mosaic(image=image, bounding_boxes=bbsoi, mosaic_metadata=donors)

    def sample(self, index):
        """Return ``(image (H, W, 3) uint8, targets (N, 5) float32)`` of one item.

        ``targets`` rows are ``(class_id, x1, y1, x2, y2)`` in pixels.
        """
        rng = np.random.default_rng([self.seed, self.epoch, index])
        self.mosaic.seed_(int(rng.integers(2**31)))
        self.mixup.seed_(int(rng.integers(2**31)))
        image, bbsoi = self._mosaic(index, rng)
        if rng.random() < self.mixup_p:
            other_image, other_boxes = self._mosaic(int(rng.integers(len(self))), rng)
            image, bbsoi = self.mixup(
                image=image,
                bounding_boxes=bbsoi,
                mixup_metadata=[{"image": other_image, "bounding_boxes": other_boxes}],
            )
        targets = np.array(
            [(bb.label, bb.x1, bb.y1, bb.x2, bb.y2) for bb in bbsoi.bounding_boxes],
            dtype=np.float32,
        ).reshape(-1, 5)
        return image, targets

    def __getitem__(self, index):
        image, targets = self.sample(index)
        image = torch.from_numpy(np.ascontiguousarray(image.transpose(2, 0, 1)))
        return image.float().div_(255.0), torch.from_numpy(targets)


def collate(batch):
    """Stack images; concatenate targets with the image index in front (YOLO)."""
    images = torch.stack([image for image, _ in batch])
    targets = [
        torch.cat([torch.full((len(t), 1), float(i)), t], dim=1)
        for i, (_, t) in enumerate(batch)
    ]
    return images, torch.cat(targets)


if __name__ == "__main__":  # a quick look with synthetic data
    rng = np.random.default_rng(0)

    def load_synthetic(record):
        height, width = record
        image = np.full((height, width, 3), 60, dtype=np.uint8)
        x1, y1 = width // 4, height // 4
        image[y1 : 3 * y1, x1 : 3 * x1] = 200
        return image, [(x1, y1, 3 * x1, 3 * y1, 0)]

    records = [(int(h), int(w)) for h, w in rng.integers(200, 480, size=(16, 2))]
    dataset = MosaicMixUpDataset(records, load_synthetic, size=320)
    image, targets = dataset.sample(0)
    print(image.shape, targets)
    if torch is not None:
        from torch.utils.data import DataLoader

        loader = DataLoader(dataset, batch_size=4, collate_fn=collate, num_workers=2)
        images, targets = next(iter(loader))
        print(images.shape, targets.shape)
