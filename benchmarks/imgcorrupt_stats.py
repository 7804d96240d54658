"""Compare the statistics of our ImageNet-C corruptions with ``imagecorruptions``.

``imgaug.augmenters.imgcorruptlike`` implements the 19 corruptions itself, with its
own random streams, so outputs can only be compared statistically. For every
corruption and severity this script corrupts a few photos with several seeds in
both libraries and prints, per library, the mean and standard deviation of the
output and its PSNR to the input (averaged over photos and seeds), plus the
relative differences::

    python benchmarks/imgcorrupt_stats.py --ref-python /path/to/venv/bin/python

The reference interpreter needs ``imagecorruptions`` 1.1.2 on a stack it still runs
on (e.g. Python 3.10, numpy 1.23.5, scikit-image 0.19.3, scipy 1.10, opencv 4.8,
Pillow 9.5; install ``imagecorruptions`` with ``--no-deps``). Not run by CI.

This module is imported by both interpreters, so it imports only the standard
library and numpy at module level.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
NAMES = (
    "gaussian_noise",
    "shot_noise",
    "impulse_noise",
    "speckle_noise",
    "gaussian_blur",
    "glass_blur",
    "defocus_blur",
    "motion_blur",
    "zoom_blur",
    "fog",
    "frost",
    "snow",
    "spatter",
    "contrast",
    "brightness",
    "saturate",
    "jpeg_compression",
    "pixelate",
    "elastic_transform",
)
PHOTOS = ("chelsea", "astronaut", "coffee")


def photos(height, width):
    """A few RGB photos from scikit-image, resized with OpenCV (area)."""
    import cv2
    from skimage import data

    return [
        np.ascontiguousarray(
            cv2.resize(getattr(data, name)(), (width, height), interpolation=3)
        )
        for name in PHOTOS
    ]


def psnr(a, b):
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float("inf") if mse == 0 else float(10 * np.log10(255.0**2 / mse))


def worker(lib, out_path, names, nb_seeds, height, width):
    import warnings

    warnings.simplefilter("ignore")
    if lib == "ref":
        from imagecorruptions import corrupt

        def run(image, name, severity, seed):
            np.random.seed(seed)  # noqa: NPY002 - imagecorruptions uses it
            return corrupt(image, corruption_name=name, severity=severity)

    else:
        from imgaug.augmenters import imgcorruptlike

        def run(image, name, severity, seed):
            func = getattr(imgcorruptlike, "apply_" + name)
            return func(image, severity=severity, seed=seed)

    images = photos(height, width)
    results = {}
    for name in names:
        for severity in range(1, 6):
            means, stds, psnrs, seconds = [], [], [], 0.0
            for image in images:
                for seed in range(nb_seeds):
                    start = time.perf_counter()
                    out = np.asarray(run(image, name, severity, seed))
                    seconds += time.perf_counter() - start
                    out = np.uint8(out)
                    means.append(float(out.mean()))
                    stds.append(float(out.std()))
                    psnrs.append(min(psnr(image, out), 99.0))
            results[f"{name}/{severity}"] = {
                "mean": float(np.mean(means)),
                "std": float(np.mean(stds)),
                "psnr": float(np.mean(psnrs)),
                "ms": 1000 * seconds / len(means),
            }
    with open(out_path, "w") as f:
        json.dump(results, f)


def _rel(a, b):
    return 100.0 * (a - b) / max(abs(b), 1e-9)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--ref-python", default="/work/venv-imagecorruptions/bin/python")
    p.add_argument("--ours-python", default=sys.executable)
    p.add_argument("--only", default="", help="comma-separated corruption names")
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--size", default="128x160", help="HxW of the photos")
    p.add_argument("--tolerance", type=float, default=10.0, help="percent")
    p.add_argument("--json", default=None, help="write the rows to this file")
    p.add_argument("--worker", nargs=2, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(NAMES)
    height, width = (int(v) for v in args.size.split("x"))
    if args.worker:
        worker(args.worker[0], args.worker[1], names, args.seeds, height, width)
        return 0
    outputs = {}
    with tempfile.TemporaryDirectory(prefix="imgcorrupt-stats-") as workdir:
        for lib, python in (("ref", args.ref_python), ("ours", args.ours_python)):
            out_path = os.path.join(workdir, lib + ".json")
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
            if lib == "ours":
                env["PYTHONPATH"] = str(REPO)
            cmd = [python, str(Path(__file__).resolve()), "--worker", lib, out_path]
            cmd += ["--only", ",".join(names), "--seeds", str(args.seeds)]
            cmd += ["--size", args.size]
            proc = subprocess.run(
                cmd, cwd=workdir, env=env, capture_output=True, text=True
            )
            if proc.returncode != 0:
                print(proc.stderr[-3000:], file=sys.stderr)
                return 2
            with open(out_path) as f:
                outputs[lib] = json.load(f)
    lines = [
        "| corruption | sev | mean ref/ours (Δ%) | std ref/ours (Δ%) "
        "| PSNR ref/ours (Δ%) | ms ref/ours | within |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    rows, nb_ok = [], 0
    for key, ref in outputs["ref"].items():
        ours = outputs["ours"][key]
        name, severity = key.split("/")
        deltas = {m: _rel(ours[m], ref[m]) for m in ("mean", "std", "psnr")}
        ok = all(abs(d) <= args.tolerance for d in deltas.values())
        nb_ok += ok
        rows.append({"name": name, "severity": int(severity), "ref": ref, "ours": ours})
        lines.append(
            f"| {name} | {severity} | "
            + " | ".join(
                f"{ref[m]:.1f}/{ours[m]:.1f} ({deltas[m]:+.1f})"
                for m in ("mean", "std", "psnr")
            )
            + f" | {ref['ms']:.1f}/{ours['ms']:.1f} | {'yes' if ok else 'NO'} |"
        )
    print("\n".join(lines))
    print(f"\n{nb_ok}/{len(rows)} within {args.tolerance:g} %")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
