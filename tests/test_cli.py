"""`python -m imgaug`: the preview grid and the augmenter listing."""

import subprocess
import sys

import imageio.v3 as iio
import numpy as np
import pytest

from imgaug.__main__ import main


def test_preview_writes_a_grid(tmp_path):
    output = tmp_path / "grid.png"
    assert (
        main(
            [
                "preview",
                "--rows",
                "2",
                "--cols",
                "3",
                "--size",
                "48",
                "--output",
                str(output),
            ]
        )
        == 0
    )
    grid = iio.imread(output)
    assert grid.ndim == 3 and grid.shape[2] == 3
    assert grid.shape[0] >= 2 * 24 and grid.shape[1] >= 3 * 40


def test_preview_is_reproducible_for_a_seed(tmp_path):
    paths = [tmp_path / f"{i}.png" for i in range(3)]
    for path, seed in zip(paths, (5, 5, 6)):
        main(["preview", "--size", "40", "--seed", str(seed), "--output", str(path)])
    first, second, other = (iio.imread(p) for p in paths)
    assert np.array_equal(first, second)
    assert not np.array_equal(first, other)


def test_preview_with_custom_pipeline_and_input(tmp_path):
    source = tmp_path / "in.png"
    iio.imwrite(source, np.full((10, 20, 3), 100, dtype=np.uint8))
    output = tmp_path / "out.png"
    main(
        [
            "preview",
            "--input",
            str(source),
            "--pipeline",
            "iaa.Add(10)",
            "--rows",
            "1",
            "--cols",
            "1",
            "--size",
            "20",
            "--output",
            str(output),
        ]
    )
    assert np.all(iio.imread(output) == 110)


def test_bad_pipeline_is_reported(tmp_path):
    with pytest.raises(SystemExit, match="pipeline"):
        main(
            [
                "preview",
                "--pipeline",
                "iaa.NoSuchThing()",
                "--output",
                str(tmp_path / "x.png"),
            ]
        )


def test_list_prints_augmenters(capsys):
    assert main(["list"]) == 0
    names = capsys.readouterr().out.split()
    assert "Affine" in names and "Sequential" in names


def test_module_runs_as_a_script(tmp_path):
    output = tmp_path / "p.jpg"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "imgaug",
            "preview",
            "--size",
            "32",
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert output.exists()
