"""imgaug.integrations.dask: any scheduler gives the serial result."""

import socket

import numpy as np
import pytest

import imgaug.augmenters as iaa

dask = pytest.importorskip(
    "dask", reason="Dask is not installed (pip install imgaug[dask])"
)
da = pytest.importorskip(
    "dask.array", reason="dask.array missing (pip install imgaug[dask])"
)
db = pytest.importorskip(
    "dask.bag", reason="dask.bag missing (pip install imgaug[dask])"
)
from imgaug.integrations.dask import augment_array, augment_bag, connect  # noqa: E402

SEED = 7


def _pipeline():
    return iaa.Sequential(
        [iaa.Fliplr(0.5), iaa.Affine(rotate=(-30, 30)), iaa.Add((-30, 30))]
    )


def _stack(n=10):
    rng = np.random.default_rng(1)
    return rng.integers(0, 256, (n, 12, 14, 3)).astype(np.uint8)


def _serial_stack(images, epoch=0):
    aug = _pipeline()
    return np.stack(
        [aug(image=img, seed_key=(SEED, epoch, i)) for i, img in enumerate(images)]
    )


def _samples(n=6):
    images = _stack(n)
    return [
        {"index": i, "image": images[i], "keypoints": np.array([[1.0 + i, 2.0]])}
        for i in range(n)
    ]


def _assert_same_samples(first, second):
    assert len(first) == len(second)
    for a, b in zip(first, second):
        assert a.keys() == b.keys()
        for key in a:
            assert np.array_equal(a[key], b[key]), key


@pytest.fixture(scope="module")
def local_cluster():
    distributed = pytest.importorskip("distributed", reason="pip install imgaug[dask]")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port (tests run in parallel)
        host="127.0.0.1",
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.mark.parametrize("chunk", [1, 3, 10])
def test_array_equals_serial_for_any_chunking(chunk):
    images = _stack()
    lazy = augment_array(
        da.from_array(images, chunks=(chunk, 6, 7, 3)), _pipeline(), SEED
    )
    assert lazy.chunks[0] == da.from_array(images, chunks=(chunk, -1, -1, -1)).chunks[0]
    assert lazy.chunks[1:] == ((12,), (14,), (3,))
    assert np.array_equal(lazy.compute(scheduler="threads"), _serial_stack(images))
    assert np.array_equal(lazy.compute(scheduler="sync"), _serial_stack(images))


def test_array_epochs_differ():
    images = _stack(4)
    array = da.from_array(images, chunks=2)
    first = augment_array(array, _pipeline(), SEED, epoch=0).compute(scheduler="sync")
    second = augment_array(array, _pipeline(), SEED, epoch=1).compute(scheduler="sync")
    assert np.array_equal(second, _serial_stack(images, epoch=1))
    assert not np.array_equal(first, second)


@pytest.mark.timeout(300)
def test_local_cluster_equals_serial(local_cluster):
    images = _stack()
    lazy = augment_array(
        da.from_array(images, chunks=(3, 12, 14, 3)), _pipeline(), SEED
    )
    assert np.array_equal(local_cluster.compute(lazy).result(), _serial_stack(images))
    bag = augment_bag(db.from_sequence(_samples(), npartitions=3), _pipeline(), SEED)
    serial = augment_bag(db.from_sequence(_samples(), npartitions=1), _pipeline(), SEED)
    _assert_same_samples(
        local_cluster.compute(bag).result(), serial.compute(scheduler="sync")
    )
    workers = local_cluster.run(lambda: 1)
    assert len(workers) == 2


@pytest.mark.timeout(300)
def test_bag_processes_scheduler_equals_serial():
    bag = augment_bag(db.from_sequence(_samples(), npartitions=3), _pipeline(), SEED)
    expected = augment_bag(
        db.from_sequence(_samples(), npartitions=1), _pipeline(), SEED
    )
    _assert_same_samples(
        bag.compute(scheduler="processes", num_workers=2),
        expected.compute(scheduler="sync"),
    )


def test_bag_matches_augment_per_sample():
    samples = _samples(3)
    out = augment_bag(db.from_sequence(samples), _pipeline(), SEED, epoch=2).compute(
        scheduler="sync"
    )
    for sample, result in zip(samples, out):
        expected = _pipeline()(
            image=sample["image"], seed_key=(SEED, 2, sample["index"])
        )
        assert np.array_equal(result["image"], expected)
        assert result["index"] == sample["index"]


def test_bag_without_index_fails_clearly():
    bag = augment_bag(db.from_sequence([{"image": _stack(1)[0]}]), _pipeline(), SEED)
    with pytest.raises(ValueError, match="'index'.*index_key"):
        bag.compute(scheduler="sync")
    with pytest.raises(TypeError, match="dicts"):
        augment_bag(db.from_sequence([1]), _pipeline(), SEED).compute(scheduler="sync")
    with pytest.raises(ValueError, match="index_key"):
        augment_bag(db.from_sequence([]), _pipeline(), SEED, index_key="image")


def test_array_rejects_shape_changes_and_bad_input():
    lazy = augment_array(da.from_array(_stack(2)), iaa.Resize(0.5), SEED)
    with pytest.raises(ValueError, match="keeps the image shape"):
        lazy.compute(scheduler="sync")
    with pytest.raises(TypeError, match="dask.array"):
        augment_array(_stack(2), _pipeline(), SEED)
    with pytest.raises(TypeError, match="augmenter"):
        augment_array(da.from_array(_stack(2)), "Fliplr", SEED)
    with pytest.raises(ValueError, match="seed"):
        augment_array(da.from_array(_stack(2)), _pipeline(), -1)


@pytest.mark.timeout(120)
def test_unreachable_scheduler_is_a_clear_error():
    pytest.importorskip("distributed", reason="pip install imgaug[dask]")
    with socket.socket() as sock:  # a free local port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ConnectionError, match=f"127.0.0.1:{port}"):
        connect(f"tcp://127.0.0.1:{port}", timeout=1)
