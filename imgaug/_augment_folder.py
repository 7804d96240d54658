"""``python -m imgaug augment``: augment a folder of images and its COCO file.

Copy ``k`` of the image at relative path ``p`` is augmented with
``seed_key=(seed, k, path_index(p))``, where ``path_index`` is a 64-bit hash of
the relative path: outputs depend on neither the number of workers nor the other
files of the folder, so adding images never changes existing outputs.

Every output is written to a temporary name and renamed when complete; its
augmented annotations (COCO mode) are stored under ``OUTPUT/.imgaug/`` first. A
rerun skips complete outputs (resume) and refuses an OUTPUT that holds the outputs
of another configuration. The COCO file is assembled at the end, also atomically.
"""

import concurrent.futures
import hashlib
import importlib
import json
import multiprocessing
import os
import runpy
import sys

import numpy as np

from imgaug import _coco
from imgaug._progress import Progress

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
STATE_DIR = ".imgaug"
PARTIAL_MARK = ".imgaug-partial-"
_JPEG = (".jpg", ".jpeg")


class AugmentError(Exception):
    """A problem that stops the run before anything is written (clear message)."""


# ---------------------------------------------------------------------------------
# pipelines
# ---------------------------------------------------------------------------------
_PIPELINES = {}  # spec -> augmenter, per process (workers build it once)


def load_pipeline(spec):
    """Build the augmenter named by ``spec`` (cached per process).

    ``spec`` is a Python file (``pipeline.py`` defining ``pipeline`` or
    ``augmenter``, or ``pipeline.py:name``), ``module:attribute``, a JSON or YAML
    file written by ``imgaug.augmenters.save`` (where available), or a Python
    expression over ``iaa``, ``iap`` and ``ia``.
    """
    if spec not in _PIPELINES:
        _PIPELINES[spec] = _build_pipeline(spec)
    return _PIPELINES[spec]


def _build_pipeline(spec):
    import imgaug as ia
    import imgaug.augmenters as iaa
    import imgaug.parameters as iap

    path, _, name = spec.partition(":") if spec.count(":") == 1 else (spec, "", "")
    if path.endswith(".py") and os.path.isfile(path):
        namespace = runpy.run_path(path, run_name="__imgaug_pipeline__")
        augmenter = _pick_from_namespace(namespace, name, path)
    elif os.path.splitext(spec)[1].lower() in (".json", ".yaml", ".yml"):
        load = getattr(iaa, "load", None)
        if load is None:
            raise AugmentError(
                f"Pipeline files such as {spec!r} need imgaug.augmenters.load, "
                "which this version of imgaug does not have; use a Python file."
            )
        if not os.path.isfile(spec):
            raise AugmentError(f"The pipeline file {spec!r} does not exist.")
        augmenter = load(spec)
    elif name and all(part.isidentifier() for part in path.split(".")):
        try:
            obj = importlib.import_module(path)
            for attr in name.split("."):
                obj = getattr(obj, attr)
        except (ImportError, AttributeError) as exc:
            raise AugmentError(f"Could not load the pipeline {spec!r}: {exc}") from exc
        augmenter = (
            obj() if callable(obj) and not isinstance(obj, iaa.Augmenter) else obj
        )
    else:
        scope = {"__builtins__": {}, "iaa": iaa, "iap": iap, "ia": ia}
        try:
            augmenter = eval(spec, scope)  # noqa: S307  (the user's own command line)
        except Exception as exc:
            raise AugmentError(
                f"Could not build the pipeline {spec!r} (neither a file, nor "
                f"module:attribute, nor a valid expression): {exc}"
            ) from exc
    if not isinstance(augmenter, iaa.Augmenter):
        raise AugmentError(
            f"The pipeline {spec!r} must be an imgaug augmenter, got "
            f"{type(augmenter).__name__}."
        )
    return augmenter


def _pick_from_namespace(namespace, name, path):
    import imgaug.augmenters as iaa

    if name:
        if name not in namespace:
            raise AugmentError(f"The pipeline file {path!r} defines no {name!r}.")
        return namespace[name]
    for candidate in ("pipeline", "augmenter"):
        if candidate in namespace:
            return namespace[candidate]
    found = [k for k, v in namespace.items() if isinstance(v, iaa.Augmenter)]
    if len(found) == 1:
        return namespace[found[0]]
    raise AugmentError(
        f"The pipeline file {path!r} must define 'pipeline' or 'augmenter' (or "
        f"name one as {path}:NAME); augmenters found: {found or 'none'}."
    )


# ---------------------------------------------------------------------------------
# planning
# ---------------------------------------------------------------------------------
def path_index(relpath):
    """Return the sample index of an input file: a 64-bit hash of its path."""
    digest = hashlib.blake2b(relpath.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def output_relpath(relpath, copy):
    """Where copy ``copy`` of ``relpath`` goes, relative to OUTPUT."""
    stem, ext = os.path.splitext(relpath)
    return f"{stem}_{copy}{ext}"


def find_images(input_dir, exclude=None):
    """Sorted relative (``/``-separated) paths of the images below ``input_dir``."""
    found = []
    for root, dirs, files in os.walk(input_dir):
        dirs[:] = sorted(
            d
            for d in dirs
            if d != STATE_DIR and (exclude is None or os.path.join(root, d) != exclude)
        )
        for name in files:
            if name.lower().endswith(IMAGE_EXTENSIONS) and PARTIAL_MARK not in name:
                rel = os.path.relpath(os.path.join(root, name), input_dir)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def _checked_relpath(file_name):
    """Return a COCO ``file_name`` as a relative path inside INPUT, or raise."""
    relpath = str(file_name).replace("\\", "/")
    parts = relpath.split("/")
    if os.path.isabs(relpath) or ".." in parts or relpath in ("", "."):
        raise AugmentError(
            f"COCO file_name {file_name!r} must be a path relative to INPUT "
            "without '..'."
        )
    return relpath


def _check_manifest(output_dir, manifest):
    """Write the run's manifest, or refuse an OUTPUT made with another one."""
    path = os.path.join(output_dir, STATE_DIR, "run.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            previous = json.load(handle)
        changed = [k for k in manifest if previous.get(k) != manifest[k]]
        if changed:
            details = "; ".join(
                f"{k} differs"
                if k == "pipeline"
                else f"{k}: {previous.get(k)!r} -> {manifest[k]!r}"
                for k in changed
            )
            raise AugmentError(
                f"{output_dir!r} holds the outputs of a run with other settings "
                f"({details}). Use another OUTPUT folder or delete it."
            )
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    _coco.write_atomically(path, manifest)


def _remove_partial_files(output_dir):
    for root, _, files in os.walk(output_dir):
        for name in files:
            if PARTIAL_MARK in name:
                os.remove(os.path.join(root, name))


# ---------------------------------------------------------------------------------
# the work on one image (runs in workers)
# ---------------------------------------------------------------------------------
def _read_image(path):
    import imageio.v3 as iio

    with open(path, "rb") as handle:  # decoders that fail must not leak the file
        data = handle.read()
    ext = os.path.splitext(path)[1].lower()
    image = np.asarray(iio.imread(data, index=0, extension=ext))
    if image.ndim not in (2, 3) or image.size == 0:
        raise ValueError(f"not a single 2D image (array shape {image.shape})")
    return image


def _write_image(path, image):
    import imageio.v3 as iio

    ext = os.path.splitext(path)[1].lower()
    tmp = f"{path}{PARTIAL_MARK}{os.getpid()}{ext}"
    kwargs = {"quality": 95} if ext in _JPEG else {}
    iio.imwrite(tmp, image, extension=ext, **kwargs)
    os.replace(tmp, path)


def _sidecar_path(settings, out_rel):
    return os.path.join(settings["output"], STATE_DIR, "annotations", out_rel + ".json")


def _is_complete(settings, out_rel):
    if not os.path.exists(os.path.join(settings["output"], out_rel)):
        return False
    return not settings["coco"] or os.path.exists(_sidecar_path(settings, out_rel))


def process_image(task, settings):
    """Augment all copies of one image; return a small status dict.

    ``task`` is ``{"relpath", "annotations"}`` (annotations ``None`` without a
    COCO file). Unreadable images are reported, never raised; errors of the
    pipeline itself propagate.
    """
    relpath = task["relpath"]
    pending = [
        copy
        for copy in range(settings["copies"])
        if not _is_complete(settings, output_relpath(relpath, copy))
    ]
    result = {"relpath": relpath, "written": len(pending), "error": None}
    if not pending:
        return result
    try:
        image = _read_image(os.path.join(settings["input"], relpath))
    except Exception as exc:  # noqa: BLE001  (any decoder error: report, go on)
        result.update(written=0, error=f"{type(exc).__name__}: {exc}")
        return result
    augmenter = load_pipeline(settings["pipeline"])
    index = path_index(relpath)
    annotations = task["annotations"]
    if annotations is not None:
        kwargs, ann_index = _coco.to_augmentables(annotations, image.shape)
    for copy in pending:
        out_rel = output_relpath(relpath, copy)
        key = (settings["seed"], copy, index)
        if annotations is None:
            image_aug = augmenter.augment(image=image, seed_key=key)
        else:
            outputs = augmenter.augment(image=image, **kwargs, seed_key=key)
            outputs = outputs if kwargs else (outputs,)
            image_aug = outputs[0]
            augmented = dict(zip(kwargs, outputs[1:]))
            record = {
                "height": int(image_aug.shape[0]),
                "width": int(image_aug.shape[1]),
                "annotations": _coco.from_augmentables(
                    annotations, augmented, ann_index, image_aug.shape
                ),
            }
            sidecar = _sidecar_path(settings, out_rel)
            os.makedirs(os.path.dirname(sidecar), exist_ok=True)
            _coco.write_atomically(sidecar, record)
        target = os.path.join(settings["output"], out_rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        _write_image(target, image_aug)
    return result


def _init_worker(settings):
    load_pipeline(settings["pipeline"])  # fail early, once per worker


# ---------------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------------
def _run_serial(tasks, settings):
    for task in tasks:
        yield process_image(task, settings)


def _run_processes(tasks, settings, workers):
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(settings,),
    ) as pool:
        futures = [pool.submit(process_image, task, settings) for task in tasks]
        try:
            for future in concurrent.futures.as_completed(futures):
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _run_dask(tasks, settings, address):
    from imgaug.integrations._samples import require
    from imgaug.integrations.dask import connect

    distributed = require("distributed", "dask")
    client = connect(address)
    try:
        futures = client.map(process_image, tasks, settings=settings, pure=False)
        for future in distributed.as_completed(futures):
            yield future.result()
    finally:
        client.close()


def _assemble_coco(coco, tasks, settings, unreadable):
    images, annotations = [], []
    for task in tasks:
        if task["relpath"] in unreadable:
            continue
        source = task["image"]
        for copy in range(settings["copies"]):
            out_rel = output_relpath(task["relpath"], copy)
            with open(_sidecar_path(settings, out_rel), encoding="utf-8") as handle:
                record = json.load(handle)
            image_id = len(images) + 1
            entry = dict(source)
            entry.update(
                id=image_id,
                file_name=out_rel,
                width=record["width"],
                height=record["height"],
                source_image_id=source["id"],
                copy=copy,
            )
            images.append(entry)
            for ann in record["annotations"]:
                annotations.append(
                    {**ann, "id": len(annotations) + 1, "image_id": image_id}
                )
    out = {k: v for k, v in coco.items() if k not in ("images", "annotations")}
    out.update(images=images, annotations=annotations)
    return out


def run(args, stream=None):
    """Run ``augment`` with parsed arguments; return the exit code.

    0: every output written; 1: done, but some images could not be read (listed
    with their errors); setup problems raise :class:`AugmentError`.
    """
    stream = sys.stderr if stream is None else stream
    input_dir = os.path.abspath(args.input)
    output_dir = os.path.abspath(args.output)
    if not os.path.isdir(input_dir):
        raise AugmentError(f"INPUT {args.input!r} is not a folder.")
    if output_dir == input_dir:
        raise AugmentError("OUTPUT must be another folder than INPUT.")
    for name in ("copies", "workers"):
        if getattr(args, name) < 1:
            raise AugmentError(f"--{name} must be at least 1.")
    if args.seed < 0:
        raise AugmentError("--seed must be >= 0.")
    spec = args.pipeline
    file_part = spec.partition(":")[0] if spec.count(":") == 1 else spec
    if os.path.isfile(file_part):
        spec = os.path.abspath(file_part) + spec[len(file_part) :]
    augmenter = load_pipeline(spec)

    coco = None
    if args.annotations:
        coco, by_image = _coco.load(args.annotations)
        tasks = [
            {
                "relpath": _checked_relpath(image["file_name"]),
                "annotations": by_image[image["id"]],
                "image": image,
            }
            for image in coco["images"]
        ]
    else:
        tasks = [
            {"relpath": rel, "annotations": None}
            for rel in find_images(input_dir, exclude=output_dir)
        ]
    settings = {
        "input": input_dir,
        "output": output_dir,
        "pipeline": spec,
        "seed": int(args.seed),
        "copies": int(args.copies),
        "coco": coco is not None,
    }
    os.makedirs(output_dir, exist_ok=True)
    _check_manifest(
        output_dir,
        {
            "seed": settings["seed"],
            "copies": settings["copies"],
            "pipeline": str(augmenter),
            "annotations": os.path.basename(args.annotations or "") or None,
        },
    )
    _remove_partial_files(output_dir)

    work = [{k: v for k, v in t.items() if k != "image"} for t in tasks]
    if args.scheduler:
        results = _run_dask(work, settings, args.scheduler)
    elif args.workers > 1 and len(work) > 1:
        results = _run_processes(work, settings, args.workers)
    else:
        results = _run_serial(work, settings)
    progress = Progress(
        len(work) * settings["copies"], stream=stream, enabled=not args.quiet
    )
    unreadable = {}
    written = 0
    for result in results:
        written += result["written"]
        if result["error"] is not None:
            unreadable[result["relpath"]] = result["error"]
        progress.update(
            settings["copies"], skipped=settings["copies"] - result["written"]
        )
    progress.close()

    if coco is not None:
        out_path = os.path.join(output_dir, os.path.basename(args.annotations))
        _coco.write_atomically(
            out_path, _assemble_coco(coco, tasks, settings, unreadable)
        )
    total = len(work) * settings["copies"]
    present = total - written - len(unreadable) * settings["copies"]
    print(
        f"augmented {len(work) - len(unreadable)} of {len(work)} images x "
        f"{settings['copies']} copies into {args.output}: {written} written, "
        f"{present} already present",
        file=stream,
    )
    if unreadable:
        print(
            f"skipped {len(unreadable)} image(s) that could not be read:",
            file=stream,
        )
        for relpath, error in sorted(unreadable.items()):
            print(f"  {relpath}: {error}", file=stream)
        return 1
    return 0
