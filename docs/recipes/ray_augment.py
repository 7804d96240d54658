"""Augment a Ray Data dataset with ``map_batches``.

Run it: ``python docs/recipes/ray_augment.py`` (needs ``pip install imgaug[ray]``).
Each row carries its index; row ``i`` gets ``seed_key=(seed, epoch, i)``, so the
result does not depend on how Ray splits the data into blocks and batches.
"""

import numpy as np
import ray

import imgaug.augmenters as iaa
from imgaug.integrations.ray import augment_dataset

PIPELINE = iaa.Sequential(
    [iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20)), iaa.Multiply((0.8, 1.2))]
)


def make_rows(n=16, size=48):
    rng = np.random.default_rng(0)
    return [
        {"index": i, "image": rng.integers(0, 256, (size, size, 3)).astype(np.uint8)}
        for i in range(n)
    ]


def run(epoch=0, batch_size=4):
    """Augment the rows; return them sorted by index."""
    dataset = ray.data.from_items(make_rows())
    augmented = augment_dataset(
        dataset, PIPELINE, seed=1, epoch=epoch, batch_size=batch_size
    )
    return sorted(augmented.take_all(), key=lambda row: row["index"])


if __name__ == "__main__":
    ray.init(num_cpus=2, include_dashboard=False)
    rows = run()
    serial = [
        PIPELINE(image=r["image"], seed_key=(1, 0, r["index"])) for r in make_rows()
    ]
    same = all(np.array_equal(a["image"], b) for a, b in zip(rows, serial))
    print("Ray result equals the serial loop:", same)
    ray.shutdown()
