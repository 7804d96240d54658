"""`python -m imgaug augment`: folders, COCO files, workers, resume, bad input."""

import io
import json
import os
import socket
import subprocess
import sys

import imageio.v3 as iio
import numpy as np
import pytest

from imgaug import _augment_folder, _coco
from imgaug.__main__ import main
from imgaug._progress import Progress, format_seconds

PIPELINE = (
    "iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20)), "
    "iaa.Add((-20, 20))])"
)


def _make_folder(root, nb_png=3):
    rng = np.random.default_rng(0)
    (root / "sub").mkdir(parents=True)
    for i in range(nb_png):
        iio.imwrite(
            root / f"img{i}.png", rng.integers(0, 256, (24, 32, 3)).astype(np.uint8)
        )
    iio.imwrite(
        root / "sub" / "photo.jpg", rng.integers(0, 256, (20, 30, 3)).astype(np.uint8)
    )
    iio.imwrite(root / "gray.png", rng.integers(0, 256, (16, 16)).astype(np.uint8))
    return root


def _files(folder):
    """{relative path: bytes} of the outputs (state folder excluded)."""
    result = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith(".imgaug/"):
            result[rel] = path.read_bytes()
    return result


def _run(*args):
    return main(["augment", *map(str, args), "--quiet"])


@pytest.mark.timeout(300)
def test_workers_1_and_2_write_identical_files(tmp_path):
    source = _make_folder(tmp_path / "in")
    assert (
        _run(source, tmp_path / "one", "-p", PIPELINE, "--copies", 2, "--seed", 3) == 0
    )
    assert (
        _run(
            source,
            tmp_path / "two",
            "-p",
            PIPELINE,
            "--copies",
            2,
            "--seed",
            3,
            "--workers",
            2,
        )
        == 0
    )
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert sorted(one) == [
        "gray_0.png",
        "gray_1.png",
        "img0_0.png",
        "img0_1.png",
        "img1_0.png",
        "img1_1.png",
        "img2_0.png",
        "img2_1.png",
        "sub/photo_0.jpg",
        "sub/photo_1.jpg",
    ]
    assert one == two
    assert one["img0_0.png"] != one["img0_1.png"]  # copies differ
    assert iio.imread(tmp_path / "one" / "gray_0.png").shape == (16, 16)


def test_output_is_the_keyed_augmentation_of_the_input(tmp_path):
    source = _make_folder(tmp_path / "in", nb_png=1)
    _run(source, tmp_path / "out", "-p", PIPELINE, "--copies", 2, "--seed", 5)
    import imgaug.augmenters as iaa

    aug = eval(PIPELINE, {"iaa": iaa})  # noqa: S307
    image = iio.imread(source / "img0.png")
    expected = aug(image=image, seed_key=(5, 1, _augment_folder.path_index("img0.png")))
    assert np.array_equal(iio.imread(tmp_path / "out" / "img0_1.png"), expected)


def test_adding_images_does_not_change_existing_outputs(tmp_path):
    source = _make_folder(tmp_path / "in")
    _run(source, tmp_path / "a", "-p", PIPELINE)
    rng = np.random.default_rng(9)
    iio.imwrite(
        source / "aaa_new.png", rng.integers(0, 256, (8, 8, 3)).astype(np.uint8)
    )
    _run(source, tmp_path / "b", "-p", PIPELINE)
    before, after = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert after.pop("aaa_new_0.png")
    assert before == after


def test_resume_skips_complete_outputs_and_redoes_missing_ones(tmp_path, capsys):
    source = _make_folder(tmp_path / "in")
    out = tmp_path / "out"
    _run(source, out, "-p", PIPELINE, "--copies", 2)
    first = _files(out)
    (out / "img1_0.png").unlink()
    stale = out / "img2_0.png.imgaug-partial-123.png"
    stale.write_bytes(b"half")
    capsys.readouterr()
    assert _run(source, out, "-p", PIPELINE, "--copies", 2) == 0
    message = capsys.readouterr().err
    assert "1 written, 9 already present" in message
    assert _files(out) == first
    assert not stale.exists()


def test_other_settings_in_the_same_output_are_refused(tmp_path):
    source = _make_folder(tmp_path / "in")
    out = tmp_path / "out"
    _run(source, out, "-p", PIPELINE, "--seed", 1)
    with pytest.raises(SystemExit, match=r"seed: 1 -> 2"):
        _run(source, out, "-p", PIPELINE, "--seed", 2)
    with pytest.raises(SystemExit, match="pipeline differs"):
        _run(source, out, "-p", "iaa.Fliplr(0.5)", "--seed", 1)


def test_unreadable_images_are_reported_and_skipped(tmp_path, capsys):
    source = _make_folder(tmp_path / "in")
    (source / "broken.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    (source / "text.png").write_text("hello")
    good = source / "img0.png"
    (source / "truncated.png").write_bytes(good.read_bytes()[:200])
    out = tmp_path / "out"
    assert _run(source, out, "-p", PIPELINE) == 1
    err = capsys.readouterr().err
    assert "augmented 5 of 8 images" in err
    assert "skipped 3 image(s) that could not be read:" in err
    for name in ("broken.jpg", "text.png", "truncated.png"):
        assert f"  {name}: " in err
    assert sorted(_files(out)) == [
        "gray_0.png",
        "img0_0.png",
        "img1_0.png",
        "img2_0.png",
        "sub/photo_0.jpg",
    ]
    assert not [p for p in out.rglob("*") if "partial" in p.name]


def test_pipeline_from_python_file_with_lambda_and_workers(tmp_path):
    source = _make_folder(tmp_path / "in", nb_png=2)
    script = tmp_path / "pipe.py"
    script.write_text(
        "import imgaug.augmenters as iaa\n"
        "def invert(images, random_state, parents, hooks):\n"
        "    return [255 - image for image in images]\n"
        "pipeline = iaa.Sequential([iaa.Lambda(func_images=invert), iaa.Fliplr(1.0)])\n"
        "other = iaa.Identity()\n"
    )
    assert _run(source, tmp_path / "a", "-p", script, "--workers", 2) == 0
    assert _run(source, tmp_path / "b", "-p", f"{script}:other") == 0
    image = iio.imread(source / "img0.png")
    assert np.array_equal(
        iio.imread(tmp_path / "a" / "img0_0.png"), 255 - image[:, ::-1]
    )
    assert np.array_equal(iio.imread(tmp_path / "b" / "img0_0.png"), image)


def test_pipeline_from_module_attribute(tmp_path, monkeypatch):
    source = _make_folder(tmp_path / "in", nb_png=1)
    package = tmp_path / "mypipes"
    package.mkdir()
    (package / "__init__.py").write_text(
        "import imgaug.augmenters as iaa\nFLIP = iaa.Fliplr(1.0)\n"
        "def build():\n    return iaa.Flipud(1.0)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    _run(source, tmp_path / "a", "-p", "mypipes:FLIP")
    _run(source, tmp_path / "b", "-p", "mypipes:build")
    image = iio.imread(source / "img0.png")
    assert np.array_equal(iio.imread(tmp_path / "a" / "img0_0.png"), image[:, ::-1])
    assert np.array_equal(iio.imread(tmp_path / "b" / "img0_0.png"), image[::-1])


@pytest.mark.parametrize(
    ("pipeline", "match"),
    [
        ("iaa.NoSuchThing()", "Could not build the pipeline"),
        ("42", "must be an imgaug augmenter"),
        ("nosuchmodule_xyz:pipe", "Could not load the pipeline"),
        ("missing.yaml", "does not exist|does not have"),
    ],
)
def test_bad_pipelines(tmp_path, pipeline, match):
    source = _make_folder(tmp_path / "in", nb_png=1)
    with pytest.raises(SystemExit, match=match):
        _run(source, tmp_path / "out", "-p", pipeline)
    assert not (tmp_path / "out").exists()


def test_pipeline_file_without_a_pipeline(tmp_path):
    source = _make_folder(tmp_path / "in", nb_png=1)
    script = tmp_path / "pipe.py"
    script.write_text(
        "import imgaug.augmenters as iaa\na = iaa.Fliplr(1)\nb = iaa.Flipud(1)\n"
    )
    with pytest.raises(SystemExit, match="must define 'pipeline'"):
        _run(source, tmp_path / "out", "-p", script)
    with pytest.raises(SystemExit, match="defines no 'c'"):
        _run(source, tmp_path / "out", "-p", f"{script}:c")


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (["--copies", "0"], "--copies must be at least 1"),
        (["--workers", "0"], "--workers must be at least 1"),
        (["--seed", "-1"], "--seed must be >= 0"),
    ],
)
def test_bad_numbers(tmp_path, args, match):
    source = _make_folder(tmp_path / "in", nb_png=1)
    with pytest.raises(SystemExit, match=match):
        _run(source, tmp_path / "out", "-p", PIPELINE, *args)


def test_bad_folders(tmp_path):
    with pytest.raises(SystemExit, match="is not a folder"):
        _run(tmp_path / "nope", tmp_path / "out", "-p", PIPELINE)
    source = _make_folder(tmp_path / "in", nb_png=1)
    with pytest.raises(SystemExit, match="another folder than INPUT"):
        _run(source, source, "-p", PIPELINE)


def test_output_inside_input_is_not_read_back(tmp_path):
    source = _make_folder(tmp_path / "in", nb_png=1)
    _run(source, source / "aug", "-p", PIPELINE)
    _run(source, source / "aug", "-p", PIPELINE)
    assert sorted(_files(source / "aug")) == [
        "gray_0.png",
        "img0_0.png",
        "sub/photo_0.jpg",
    ]


# ------------------------------------------------------------------ COCO


def _coco_folder(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    rng = np.random.default_rng(1)
    for name in ("a.png", "b.png"):
        iio.imwrite(source / name, rng.integers(0, 256, (40, 50, 3)).astype(np.uint8))
    mask = np.zeros((40, 50), dtype=bool)
    mask[20:25, 30:34] = True
    coco = {
        "info": {"description": "test"},
        "images": [
            {"id": 7, "file_name": "a.png", "width": 50, "height": 40, "license": 1},
            {"id": 9, "file_name": "b.png", "width": 50, "height": 40},
            {"id": 10, "file_name": "missing.png", "width": 50, "height": 40},
        ],
        "annotations": [
            {
                "id": 1,
                "image_id": 7,
                "category_id": 1,
                "bbox": [10, 5, 8, 6],
                "area": 48,
                "segmentation": [[10, 5, 18, 5, 18, 11, 10, 11]],
                "keypoints": [12, 6, 2, 16, 9, 1],
                "num_keypoints": 2,
                "iscrowd": 0,
            },
            {
                "id": 2,
                "image_id": 9,
                "category_id": 2,
                "bbox": [30, 20, 4, 5],
                "area": 20,
                "segmentation": _coco.rle_encode(mask, compressed=True),
                "iscrowd": 1,
            },
            {"id": 3, "image_id": 10, "category_id": 1, "bbox": [1, 1, 2, 2]},
        ],
        "categories": [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}],
    }
    annotations = tmp_path / "instances.json"
    annotations.write_text(json.dumps(coco))
    return source, annotations


def test_coco_file_is_updated(tmp_path, capsys):
    source, annotations = _coco_folder(tmp_path)
    out = tmp_path / "out"
    code = _run(source, out, "-p", "iaa.Fliplr(1.0)", "-a", annotations, "--copies", 2)
    assert code == 1  # missing.png is reported
    assert "missing.png" in capsys.readouterr().err
    coco = json.loads((out / "instances.json").read_text())
    assert coco["info"] == {"description": "test"} and len(coco["categories"]) == 2
    assert [
        (i["id"], i["file_name"], i["source_image_id"], i["copy"])
        for i in coco["images"]
    ] == [
        (1, "a_0.png", 7, 0),
        (2, "a_1.png", 7, 1),
        (3, "b_0.png", 9, 0),
        (4, "b_1.png", 9, 1),
    ]
    assert coco["images"][0]["license"] == 1 and coco["images"][0]["width"] == 50
    anns = coco["annotations"]
    assert [(a["id"], a["image_id"]) for a in anns] == [(1, 1), (2, 2), (3, 3), (4, 4)]
    assert anns[0]["bbox"] == [32, 5, 8, 6]
    assert anns[0]["segmentation"] == [[40, 5, 32, 5, 32, 11, 40, 11]]
    assert anns[0]["keypoints"] == [38, 6, 2, 34, 9, 1]
    crowd = anns[2]["segmentation"]
    assert isinstance(crowd["counts"], str)
    expected = np.zeros((40, 50), dtype=bool)
    expected[20:25, 16:20] = True
    assert np.array_equal(_coco.rle_decode(crowd), expected)


@pytest.mark.timeout(300)
def test_coco_output_is_the_same_for_any_workers(tmp_path):
    source, annotations = _coco_folder(tmp_path)
    args = ["-p", PIPELINE, "-a", annotations, "--copies", 2, "--seed", 4]
    _run(source, tmp_path / "one", *args)
    _run(source, tmp_path / "two", *args, "--workers", 2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_coco_resume_reuses_recorded_annotations(tmp_path):
    source, annotations = _coco_folder(tmp_path)
    out = tmp_path / "out"
    args = ["-p", PIPELINE, "-a", annotations, "--copies", 2]
    _run(source, out, *args)
    first = (out / "instances.json").read_bytes()
    (out / "instances.json").unlink()
    (out / "b_1.png").unlink()
    _run(source, out, *args)
    assert (out / "instances.json").read_bytes() == first


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda c: c["annotations"].append({"id": 5, "image_id": 99}), "image 99"),
        (
            lambda c: c["images"].append({"id": 11, "file_name": "../x.png"}),
            r"'\.\./x\.png'",
        ),
        (lambda c: c.pop("images"), "no 'images' list"),
    ],
)
def test_bad_coco_files_stop_before_writing(tmp_path, change, match):
    source, annotations = _coco_folder(tmp_path)
    coco = json.loads(annotations.read_text())
    change(coco)
    annotations.write_text(json.dumps(coco))
    with pytest.raises(SystemExit, match=match):
        _run(source, tmp_path / "out", "-p", PIPELINE, "-a", annotations)
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ Dask scheduler


def test_unreachable_scheduler(tmp_path):
    pytest.importorskip(
        "distributed", reason="Dask is not installed (pip install imgaug[dask])"
    )
    source = _make_folder(tmp_path / "in", nb_png=1)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SystemExit, match=f"Could not reach the Dask scheduler.*{port}"):
        _run(
            source,
            tmp_path / "out",
            "-p",
            PIPELINE,
            "--scheduler",
            f"tcp://127.0.0.1:{port}",
        )


@pytest.mark.timeout(300)
def test_dask_scheduler_gives_the_serial_files(tmp_path):
    distributed = pytest.importorskip(
        "distributed", reason="Dask is not installed (pip install imgaug[dask])"
    )
    source = _make_folder(tmp_path / "in")
    _run(source, tmp_path / "serial", "-p", PIPELINE, "--copies", 2)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=":0", host="127.0.0.1"
    ) as cluster:
        _run(
            source,
            tmp_path / "dask",
            "-p",
            PIPELINE,
            "--copies",
            2,
            "--scheduler",
            cluster.scheduler_address,
        )
    assert _files(tmp_path / "serial") == _files(tmp_path / "dask")


# ------------------------------------------------------------------ progress, process


def test_progress_lines_with_rate_and_eta():
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(20, stream=stream, clock=lambda: now[0])
    for _ in range(10):
        now[0] += 0.5
        progress.update(2, skipped=1 if now[0] < 1.1 else 0)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10  # one line per tenth when not a terminal
    assert (
        lines[-1]
        == "100% [####################] 20/20 [0:05 elapsed, 3.6 img/s, ETA 0:00]"
    )
    assert "ETA 0:" in lines[4] and "img/s" in lines[4]


def test_progress_on_a_terminal_redraws_in_place():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    now = [0.0]
    stream = Tty()
    progress = Progress(100, stream=stream, clock=lambda: now[0])
    for _ in range(100):
        now[0] += 0.01  # 100 updates in one second: about ten redraws
        progress.update()
    progress.close()
    text = stream.getvalue()
    assert 9 <= text.count("\r") <= 12 and text.endswith("\n") and "\n" not in text[:-1]
    quiet = io.StringIO()
    silent = Progress(3, stream=quiet, enabled=False)
    silent.update()
    silent.close()
    assert quiet.getvalue() == ""


def test_format_seconds():
    assert [format_seconds(s) for s in (0, 59.6, 61, 3725)] == [
        "0:00",
        "1:00",
        "1:01",
        "1:02:05",
    ]


@pytest.mark.timeout(120)
def test_command_line_process(tmp_path):
    source = _make_folder(tmp_path / "in", nb_png=1)
    (source / "broken.png").write_bytes(b"nope")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([os.getcwd(), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "imgaug",
            "augment",
            str(source),
            str(tmp_path / "out"),
            "-p",
            PIPELINE,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=110,
    )
    assert done.returncode == 1, done.stderr
    assert "skipped 1 image(s)" in done.stderr and "broken.png" in done.stderr
    assert "100% [####################] 4/4" in done.stderr
