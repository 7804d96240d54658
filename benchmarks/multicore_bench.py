"""Throughput of background augmentation (not a test).

``python benchmarks/multicore_bench.py [--batches 50] [--batch-size 32]`` augments
``batches x batch-size`` uint8 images of 224x224x3 with a medium pipeline (flip,
affine, blur, noise, elastic; augmenters that do not exist yet are skipped with a
note) and prints images/s for

* one process (``augment_batch_`` in a loop; OpenCV with its default threads and
  single-threaded),
* ``Pool(processes=2)``: ``imap_batches`` streaming the results away (as a training
  loop does) and ``map_batches`` keeping all of them (pool started before timing;
  start-up printed),
* ``augment_batches(..., background=True)`` (includes its own pool start-up),
* a ceiling: the same number of forked processes augmenting shares of the batches
  without any data transfer (on a shared or throttled machine this is far below
  ``processes`` times one process, and the Pool cannot beat it),
* imgaug 0.4.0 (one process and ``Pool(2)``) if ``.bench/imgaug040/bin/python``
  exists, measured in the same run on the same pixels.

Target on a 2-core machine: ``Pool(2)`` >= 1.8x one process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OLD_PYTHON = ROOT / ".bench" / "imgaug040" / "bin" / "python"

# name -> (constructor name, kwargs); shared by both library versions
PIPELINE = [
    ("flip", "Fliplr", {"p": 0.5}),
    ("affine", "Affine", {"rotate": (-20, 20), "scale": (0.9, 1.1)}),
    ("blur", "GaussianBlur", {"sigma": (0.0, 1.5)}),
    ("noise", "AdditiveGaussianNoise", {"scale": (0, 0.05 * 255)}),
    ("elastic", "ElasticTransformation", {"alpha": (0, 40), "sigma": 5}),
]


def make_images(nb_batches, batch_size, seed=0):
    """Smooth deterministic images (upscaled noise), one array per batch."""
    rng = np.random.default_rng(seed)
    batches = []
    for _ in range(nb_batches):
        small = rng.integers(0, 256, size=(batch_size, 28, 28, 3), dtype=np.uint8)
        big = np.stack(
            [
                cv2.resize(img, (224, 224), interpolation=cv2.INTER_CUBIC)
                for img in small
            ]
        )
        batches.append(big)
    return batches


def build_pipeline(iaa, verbose=True):
    children = []
    for label, name, kwargs in PIPELINE:
        cls = getattr(iaa, name, None)
        if cls is None:
            if verbose:
                print(f"  note: iaa.{name} does not exist yet; '{label}' skipped")
            continue
        children.append(cls(**kwargs))
    return iaa.Sequential(children), [c.__class__.__name__ for c in children]


def _rate(nb_images, func):
    start = time.perf_counter()
    func()
    return nb_images / (time.perf_counter() - start)


def _augment_all(aug, arrays):
    from imgaug.augmentables.batches import Batch

    cv2.setNumThreads(0)
    for arr in arrays:
        aug.augment_batch_(Batch(images=arr))


def _independent_processes(aug, images, processes):
    """Ceiling: forked processes each augment a share, no data transfer at all."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    shares = [images[i::processes] for i in range(processes)]
    procs = [ctx.Process(target=_augment_all, args=(aug, share)) for share in shares]
    start = time.perf_counter()
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return sum(len(b) for b in images) / (time.perf_counter() - start)


def bench_new(images, processes):
    import imgaug.augmenters as iaa
    from imgaug.augmentables.batches import Batch

    aug, names = build_pipeline(iaa)
    print(f"  pipeline: {', '.join(names)}")
    nb_images = sum(len(b) for b in images)
    batches = [Batch(images=b) for b in images]
    results = {}

    def one_process():
        for batch in batches:
            aug.augment_batch_(Batch(images=batch.images_unaug))

    aug.augment_batch_(Batch(images=images[0][:2]))  # warm-up (imports, caches)
    results["one process"] = _rate(nb_images, one_process)
    nb_threads = cv2.getNumThreads()
    cv2.setNumThreads(0)
    results["one process, cv2 single-threaded"] = _rate(nb_images, one_process)
    cv2.setNumThreads(nb_threads)

    results[f"{processes} independent processes (ceiling)"] = _independent_processes(
        aug, images, processes
    )

    start = time.perf_counter()
    with aug.pool(processes=processes, seed=1) as pool:
        startup = time.perf_counter() - start
        pool.map_batches([Batch(images=images[0][:2])])  # warm-up in workers

        def imap():
            for _ in pool.imap_batches(b for b in batches):
                pass

        cpu_before = os.times()
        results[f"Pool({processes}).imap_batches"] = _rate(nb_images, imap)
        cpu_after = os.times()
        parent_cpu = (
            cpu_after.user + cpu_after.system - cpu_before.user - cpu_before.system
        ) / len(batches)
        results[f"Pool({processes}).map_batches"] = _rate(
            nb_images, lambda: pool.map_batches(batches)
        )
    print(f"  Pool({processes}) start-up: {startup * 1000:.0f} ms")
    print(
        f"  parent CPU per batch during imap_batches: {parent_cpu * 1000:.1f} ms "
        "(transport + bookkeeping)"
    )

    def background():
        for _ in aug.augment_batches(batches, background=True):
            pass

    results["augment_batches(background=True)"] = _rate(nb_images, background)
    return results


OLD_SCRIPT = textwrap.dedent(
    """
    import ast, sys, time
    import numpy as np
    import imgaug.augmenters as iaa
    from imgaug.augmentables.batches import Batch
    path, pipeline, processes = ast.literal_eval(sys.stdin.read())
    images = list(np.load(path))
    children = [getattr(iaa, name)(**kw) for _, name, kw in pipeline
                if hasattr(iaa, name)]
    aug = iaa.Sequential(children)
    n = sum(len(b) for b in images)
    batches = [Batch(images=b) for b in images]
    out = {}
    aug.augment_batch(Batch(images=images[0][:2]))
    t = time.perf_counter()
    for b in images:
        aug.augment_batch(Batch(images=b))
    out["one process"] = n / (time.perf_counter() - t)
    with aug.pool(processes=processes, seed=1) as pool:
        pool.map_batches([Batch(images=images[0][:2])])
        t = time.perf_counter()
        for _ in pool.imap_batches(b for b in batches):
            pass
        out["Pool(%d).imap_batches" % processes] = n / (time.perf_counter() - t)
        t = time.perf_counter()
        pool.map_batches(batches)
        out["Pool(%d).map_batches" % processes] = n / (time.perf_counter() - t)
    sys.stdout.write(repr(out))
    """
)


def bench_old(images, processes):
    import ast
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "images.npy")
        np.save(path, np.stack(images))
        proc = subprocess.run(
            [str(OLD_PYTHON), "-I", "-W", "ignore", "-c", OLD_SCRIPT],
            input=repr((path, PIPELINE, processes)).encode(),
            capture_output=True,
            cwd=tmp,
            check=False,
        )
    if proc.returncode != 0:
        print("  imgaug 0.4.0 failed:", proc.stderr.decode()[-2000:])
        return {}
    return ast.literal_eval(proc.stdout.decode().strip().splitlines()[-1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    images = make_images(args.batches, args.batch_size)
    nb = args.batches * args.batch_size
    print(
        f"{args.batches} batches x {args.batch_size} images 224x224x3 uint8 "
        f"({nb} images), cpu_count={os.cpu_count()}, "
        f"loadavg={os.getloadavg()[0]:.2f}"
    )
    print("imgaug (this repo):")
    new = bench_new(images, args.processes)
    for name, value in new.items():
        print(f"  {name:<36s} {value:8.1f} images/s")
    pool_rate = new[f"Pool({args.processes}).imap_batches"]
    for name in ("one process", "one process, cv2 single-threaded"):
        print(f"  speed-up Pool.imap_batches vs {name}: {pool_rate / new[name]:.2f}x")
    ceiling = new[f"{args.processes} independent processes (ceiling)"]
    print(
        f"  ceiling speed-up of this machine right now: "
        f"{ceiling / new['one process, cv2 single-threaded']:.2f}x; "
        f"Pool.imap_batches reaches {pool_rate / ceiling:.0%} of it"
    )
    if OLD_PYTHON.exists():
        print("imgaug 0.4.0:")
        old = bench_old(images, args.processes)
        for name, value in old.items():
            print(f"  {name:<36s} {value:8.1f} images/s")
    else:
        print(f"imgaug 0.4.0: skipped ({OLD_PYTHON} missing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
