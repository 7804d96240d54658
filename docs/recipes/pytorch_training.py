"""Train a small segmentation network on augmented samples: imgaug + PyTorch.

Every sample is a dict with an image, its segmentation mask, its boxes and their
labels. ``AugmentedDataset`` augments sample ``i`` of epoch ``e`` with randomness
keyed by ``(seed, e, i)``: the run below gives the same losses with ``num_workers``
0, 2 or 4, with the fork or spawn start method, every time.

Run it: ``python docs/recipes/pytorch_training.py`` (needs ``pip install
imgaug[torch]``; a few seconds on a laptop CPU).
"""

import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader

import imgaug.augmenters as iaa
from imgaug.integrations.torch import AugmentedDataset, collate

NB_CLASSES = 3  # background, rectangle, disc


class Shapes:
    """Synthetic data: one rectangle or disc per image, with mask, box and label."""

    def __init__(self, nb_samples, size=64, seed=0):
        self.size = size
        self.params = np.random.default_rng(seed).integers(8, size - 8, (nb_samples, 4))

    def __len__(self):
        return len(self.params)

    def __getitem__(self, index):
        cx, cy, w, h = (int(v) for v in self.params[index])
        label = 1 + index % 2
        yy, xx = np.mgrid[0 : self.size, 0 : self.size]
        if label == 1:
            mask = (abs(xx - cx) < w // 3) & (abs(yy - cy) < h // 3)
        else:
            mask = (xx - cx) ** 2 + (yy - cy) ** 2 < (w // 3) ** 2
        ys, xs = np.nonzero(mask)
        image = np.full((self.size, self.size, 3), 40, dtype=np.uint8)
        image[mask] = (200, 120, 60) if label == 1 else (60, 160, 220)
        return {
            "image": image,
            "segmentation_maps": (mask * label).astype(np.int32),
            "bounding_boxes": np.array(
                [[xs.min(), ys.min(), xs.max() + 1, ys.max() + 1]], dtype=np.float32
            ),
            "labels": np.array([label]),
        }


PIPELINE = iaa.Sequential(
    [
        iaa.Fliplr(0.5),
        iaa.Affine(rotate=(-20, 20), scale=(0.8, 1.2), translate_percent=(-0.1, 0.1)),
        iaa.Multiply((0.7, 1.3)),
        iaa.Sometimes(0.3, iaa.GaussianBlur((0.5, 1.5))),
    ]
)


def make_model():
    return torch.nn.Sequential(
        torch.nn.Conv2d(3, 16, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.Conv2d(16, 16, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.Conv2d(16, NB_CLASSES, 1),
    )


def train(epochs=3, num_workers=2, start_method=None, seed=0, nb_samples=64):
    """Train; return the mean loss of every epoch."""
    torch.manual_seed(seed)  # model initialisation
    dataset = AugmentedDataset(
        Shapes(nb_samples),
        PIPELINE,
        seed=seed,
        kinds={"labels": "bounding_box_labels"},  # labels follow their boxes
    )
    # the shuffle order from a generator of its own: the DataLoader draws seeds for
    # its workers from its `generator`, a different number of times with and without
    # (persistent) workers, so a shared generator would change the order per setup
    order = torch.Generator().manual_seed(seed)
    loader = DataLoader(
        dataset,
        batch_size=8,
        sampler=torch.utils.data.RandomSampler(dataset, generator=order),
        num_workers=num_workers,
        persistent_workers=num_workers > 0,
        multiprocessing_context=start_method if num_workers > 0 else None,
        collate_fn=collate,  # boxes and labels of different counts become lists
    )
    model = make_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for epoch in range(epochs):
        dataset.set_epoch(epoch)  # new augmentations, seen by persistent workers too
        total = 0.0
        for batch in loader:
            images = batch["image"].float().div_(255.0)  # (B, 3, H, W)
            targets = batch["segmentation_maps"].long()  # (B, H, W)
            # batch["bounding_boxes"] / batch["labels"]: lists of (N_i, 4) / (N_i,)
            loss = F.cross_entropy(model(images), targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(images)
        losses.append(total / len(dataset))
        print(f"epoch {epoch}: loss {losses[-1]:.4f}")
    return losses


if __name__ == "__main__":
    torch.set_num_threads(1)
    train()
