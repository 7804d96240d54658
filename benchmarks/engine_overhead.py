"""Per-call overhead of the augmentation engine (no real pixel work).

``python benchmarks/engine_overhead.py [--profile]`` times ``seq(image=img)`` for a
``Sequential`` of five Identity-like leaves on one 64x64x3 uint8 image, plus a few
variants (leaves that draw nothing, several kinds per call, ``augment_batch_`` on a
prepared ``_BatchInAugmentation``). The leaves use the real leaf contract
(``_SampledAugmenter``): each draws one sample per batch from a stochastic
parameter, then returns the images unchanged, so the numbers measure only the
engine (normalization, copies, hooks, dispatch, sampling).

Target: <= 200 us per call for the first case (imgaug 0.4.0 needed ~1300 us).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import timeit

import numpy as np

import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters._sampled import _SampledAugmenter


class _DrawingIdentity(_SampledAugmenter):
    """Leaf that draws one value per row and leaves the images unchanged."""

    _KINDS = ("images", "keypoints")

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.value = iap.Uniform(0.0, 1.0)

    def _draw_samples(self, batch, random_state):
        return self.value.draw_samples((batch.nb_rows,), random_state=random_state)

    def _augment_images_by_samples(self, images, samples):
        return images

    def _augment_keypoints_by_samples(self, kpsois, samples):
        return kpsois

    def get_parameters(self):
        return [self.value]


class _SilentIdentity(_SampledAugmenter):
    """Leaf that draws nothing and leaves the images unchanged."""

    _KINDS = ("images",)

    def _augment_images_by_samples(self, images, samples):
        return images

    def get_parameters(self):
        return []


def _time(func, number):
    best = min(timeit.repeat(func, number=number, repeat=5))
    return best / number * 1e6


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="cProfile case 1")
    parser.add_argument("--number", type=int, default=2000)
    args = parser.parse_args(argv)

    image = np.random.default_rng(0).integers(0, 255, (64, 64, 3)).astype(np.uint8)
    kpsoi = KeypointsOnImage(
        [Keypoint(x=10, y=12), Keypoint(x=30, y=5)], shape=image.shape
    )
    seq = iaa.Sequential([_DrawingIdentity(seed=i) for i in range(5)])
    seq_silent = iaa.Sequential([_SilentIdentity(seed=i) for i in range(5)])

    def prepared_batch():
        batch = _BatchInAugmentation(images=[image.copy()])
        return seq.augment_batch_(batch)

    cases = [
        ("seq(image=img), 5 drawing leaves", lambda: seq(image=image)),
        ("seq(image=img), 5 silent leaves", lambda: seq_silent(image=image)),
        ("seq(image=img, keypoints=kpsoi)", lambda: seq(image=image, keypoints=kpsoi)),
        ("seq.augment_image(img)", lambda: seq.augment_image(image)),
        ("seq.augment_batch_(_BatchInAugmentation)", prepared_batch),
        ("iaa.Identity()(image=img)", lambda: iaa.Identity()(image=image)),
    ]
    for label, func in cases:
        func()  # warm up
        print(f"{_time(func, args.number):9.1f} us  {label}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.number):
            seq(image=image)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
