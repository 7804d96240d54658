"""Augment an image stack and a bag of annotated samples with Dask.

Run it: ``python docs/recipes/dask_augment.py`` (needs ``pip install
imgaug[dask]``). It starts a ``LocalCluster`` with two worker processes; with a
real cluster pass its address to ``distributed.Client`` (or use
``imgaug.integrations.dask.connect(address)``). The results equal a serial loop.
"""

import dask.array as da
import dask.bag as db
import distributed
import numpy as np

import imgaug.augmenters as iaa
from imgaug.integrations.dask import augment_array, augment_bag

PIPELINE = iaa.Sequential(
    [iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20)), iaa.Multiply((0.8, 1.2))]
)


def make_images(n=32, size=64):
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (n, size, size, 3)).astype(np.uint8)


def run(scheduler=None):
    """Augment both ways; return ``(augmented stack, augmented samples)``."""
    images = make_images()
    # 1. a stack (N, H, W, C): image i gets seed_key=(seed, epoch, i), any chunking
    stack = da.from_array(images, chunks=(8, -1, -1, -1))
    stack_aug = augment_array(stack, PIPELINE, seed=1, epoch=0)
    # 2. a bag of samples that carry their index (and boxes that move along)
    samples = [
        {"index": i, "image": image, "bounding_boxes": np.array([[8, 8, 40, 40]])}
        for i, image in enumerate(images)
    ]
    bag_aug = augment_bag(db.from_sequence(samples, npartitions=4), PIPELINE, seed=1)
    if scheduler is None:
        with (
            distributed.LocalCluster(n_workers=2, threads_per_worker=1) as cluster,
            distributed.Client(cluster) as client,
        ):
            return client.compute(stack_aug).result(), client.compute(bag_aug).result()
    return stack_aug.compute(scheduler=scheduler), bag_aug.compute(scheduler=scheduler)


if __name__ == "__main__":
    stack_aug, samples_aug = run()
    serial = np.stack(
        [PIPELINE(image=img, seed_key=(1, 0, i)) for i, img in enumerate(make_images())]
    )
    print("cluster result equals the serial loop:", np.array_equal(stack_aug, serial))
    print("first augmented box:", samples_aug[0]["bounding_boxes"])
