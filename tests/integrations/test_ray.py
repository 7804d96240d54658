"""imgaug.integrations.ray: map_batches gives the serial result."""

import numpy as np
import pytest

import imgaug.augmenters as iaa

ray = pytest.importorskip(
    "ray", reason="Ray is not installed (pip install imgaug[ray])"
)
pytest.importorskip(
    "ray.data", reason="Ray Data is not installed (pip install imgaug[ray])"
)
from imgaug.integrations.ray import BatchAugmenter, augment_dataset  # noqa: E402

SEED = 11


def _pipeline():
    return iaa.Sequential(
        [iaa.Fliplr(0.5), iaa.Affine(rotate=(-30, 30)), iaa.Add((-30, 30))]
    )


def _rows(n=8, ragged=False):
    rng = np.random.default_rng(2)
    rows = []
    for i in range(n):
        width = 10 + (i % 3 if ragged else 0)
        image = rng.integers(0, 256, (9, width, 3)).astype(np.uint8)
        rows.append({"index": i, "image": image, "label": i % 2})
    return rows


def _serial(rows, epoch=0):
    aug = _pipeline()
    return [
        aug(image=row["image"], seed_key=(SEED, epoch, row["index"])) for row in rows
    ]


@pytest.fixture(scope="module")
def ray_session():
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=100 * 1024**2,
        log_to_driver=False,
        configure_logging=False,
    )
    try:
        yield
    finally:
        ray.shutdown()


@pytest.mark.timeout(600)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::FutureWarning")
@pytest.mark.parametrize("batch_size", [1, 3])
def test_map_batches_equals_serial(ray_session, batch_size):
    rows = _rows()
    dataset = ray.data.from_items(rows, override_num_blocks=2)
    out = augment_dataset(dataset, _pipeline(), SEED, batch_size=batch_size)
    result = sorted(out.take_all(), key=lambda row: row["index"])
    for row, expected in zip(result, _serial(rows), strict=True):
        assert np.array_equal(row["image"], expected)
    assert [row["label"] for row in result] == [row["label"] for row in rows]


def test_batch_function_without_ray_workers():
    rows = _rows(5, ragged=True)
    images = np.empty(len(rows), dtype=object)
    images[:] = [row["image"] for row in rows]
    batch = {
        "index": np.array([row["index"] for row in rows]),
        "image": images,
        "label": np.array([row["label"] for row in rows]),
    }
    out = BatchAugmenter(_pipeline(), SEED, epoch=1)(batch)
    assert out["image"].dtype == object  # ragged images stay an object column
    for image, expected in zip(out["image"], _serial(rows, epoch=1)):
        assert np.array_equal(image, expected)
    assert out["label"].tolist() == batch["label"].tolist()
    same_size = {
        "index": np.arange(3),
        "data": np.stack([r["image"] for r in _rows(3)]),
    }
    stacked = BatchAugmenter(_pipeline(), SEED, kinds={"data": "image"})(same_size)
    assert stacked["data"].shape == (3, 9, 10, 3) and stacked["data"].dtype == np.uint8


def test_bad_input():
    with pytest.raises(ValueError, match="index column 'index'"):
        BatchAugmenter(_pipeline(), SEED)({"image": np.zeros((1, 4, 4, 3), np.uint8)})
    with pytest.raises(ValueError, match="int values"):
        BatchAugmenter(_pipeline(), SEED)(
            {"index": np.array([0.5]), "image": np.zeros((1, 4, 4, 3), np.uint8)}
        )
    with pytest.raises(TypeError, match="augmenter"):
        BatchAugmenter("Fliplr", SEED)
    with pytest.raises(TypeError, match="ray.data.Dataset"):
        augment_dataset([1, 2], _pipeline(), SEED)
    with pytest.raises(ValueError, match="index_column"):
        BatchAugmenter(_pipeline(), SEED, index_column="image")
