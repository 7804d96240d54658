"""imgaug.integrations.torch: identical samples for any DataLoader configuration."""

import copy
import multiprocessing
import pickle
import warnings

import numpy as np
import pytest

import imgaug.augmenters as iaa

torch = pytest.importorskip(
    "torch", reason="PyTorch is not installed (pip install imgaug[torch])"
)
from imgaug.integrations.torch import AugmentedDataset, collate, to_tensors  # noqa: E402

NB_SAMPLES = 8


def _pipeline():
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Affine(rotate=(-30, 30), translate_px=(-2, 2)),
            iaa.Add((-30, 30)),
        ]
    )


def _base(same_image=False):
    rng = np.random.default_rng(0)
    samples = []
    for i in range(NB_SAMPLES):
        image = rng.integers(0, 256, (16, 12 + (0 if same_image else i % 3), 3))
        samples.append(
            {
                "image": image.astype(np.uint8),
                "segmentation_maps": (image[..., 0] > 128).astype(np.int32),
                "bounding_boxes": np.array([[1, 1, 6, 7]] * (1 + i % 3), np.float32),
                "labels": np.arange(1 + i % 3),
                "keypoints": np.array([[2.0, 3.0], [5.0, 6.0]]),
                "index": i,
            }
        )
    if same_image:
        for sample in samples:
            sample["image"] = samples[0]["image"]
    return samples


def _dataset(seed=3, same_image=False):
    return AugmentedDataset(
        _base(same_image),
        _pipeline(),
        seed=seed,
        kinds={"labels": "bounding_box_labels", "index": None},
    )


def _start_methods():
    return [
        m for m in ("fork", "spawn") if m in multiprocessing.get_all_start_methods()
    ]


def _epoch_samples(loader):
    with warnings.catch_warnings():
        # py>=3.12 warns about forking a process that has threads (BLAS, torch)
        warnings.filterwarnings(
            "ignore", message=".*fork.*", category=DeprecationWarning
        )
        return [sample for batch in loader for sample in _split(batch)]


def _split(batch):
    return [
        {key: value[i] for key, value in batch.items()}
        for i in range(len(batch["index"]))
    ]


def _assert_same_samples(first, second):
    assert len(first) == len(second)
    for a, b in zip(first, second):
        assert a.keys() == b.keys()
        for key in a:
            assert torch.equal(torch.as_tensor(a[key]), torch.as_tensor(b[key])), key


def _serial(dataset):
    return [dataset[i] for i in range(len(dataset))]


@pytest.mark.parametrize(
    ("num_workers", "start_method"),
    # spawn is slow to start (every worker imports torch): one spawn case
    [(0, None), (1, "fork"), (2, "fork"), (4, "fork"), (2, "spawn")],
)
@pytest.mark.timeout(300)
# 4 workers on a 2-core machine: torch suggests fewer (we test 4 on purpose)
@pytest.mark.filterwarnings("ignore:This DataLoader will create:UserWarning")
def test_loader_equals_serial_for_any_workers(num_workers, start_method):
    if start_method is not None and start_method not in _start_methods():
        pytest.skip(f"start method {start_method} not available")
    dataset = _dataset()
    loader = torch.utils.data.DataLoader(
        dataset,
        batch_size=3,
        num_workers=num_workers,
        multiprocessing_context=start_method,
        collate_fn=collate,
    )
    _assert_same_samples(_epoch_samples(loader), _serial(_dataset()))


@pytest.mark.parametrize("start_method", _start_methods())
@pytest.mark.timeout(300)
def test_persistent_workers_follow_set_epoch(start_method):
    dataset = _dataset()
    loader = torch.utils.data.DataLoader(
        dataset,
        batch_size=4,
        num_workers=2,
        persistent_workers=True,
        multiprocessing_context=start_method,
        collate_fn=collate,
    )
    reference = _dataset()
    for epoch in (0, 1, 2):
        dataset.set_epoch(epoch)
        reference.set_epoch(epoch)
        _assert_same_samples(_epoch_samples(loader), _serial(reference))
    assert not torch.equal(dataset[0]["image"], _dataset()[0]["image"])


def test_workers_never_repeat_a_stream():
    # every index holds the same image: every augmented sample must still differ
    dataset = _dataset(same_image=True)
    loader = torch.utils.data.DataLoader(
        dataset, batch_size=2, num_workers=2, collate_fn=collate
    )
    images = [sample["image"].numpy().tobytes() for sample in _epoch_samples(loader)]
    assert len(set(images)) == NB_SAMPLES


def test_epochs_and_seeds_change_samples():
    a, b = _dataset(seed=1), _dataset(seed=2)
    first = a[0]["image"]
    assert not torch.equal(first, b[0]["image"])
    a.set_epoch(1)
    assert a.epoch == 1
    assert not torch.equal(first, a[0]["image"])
    a.set_epoch(0)
    assert torch.equal(first, a[0]["image"])


def test_seed_none_is_drawn_once_and_shared_by_workers():
    dataset = AugmentedDataset(_base(), _pipeline(), kinds={"index": None})
    assert isinstance(dataset.seed, int)
    assert AugmentedDataset(_base(), _pipeline()).seed != dataset.seed
    loader = torch.utils.data.DataLoader(
        dataset, batch_size=4, num_workers=2, collate_fn=collate
    )
    _assert_same_samples(_epoch_samples(loader), _serial(dataset))


def test_tensors_layout_and_dtypes():
    sample = _dataset()[1]
    assert sample["image"].dtype == torch.uint8
    assert sample["image"].shape == (3, 16, 13)
    assert sample["segmentation_maps"].shape == (16, 13)
    assert sample["segmentation_maps"].dtype == torch.int32
    assert sample["bounding_boxes"].dtype == torch.float32
    assert sample["bounding_boxes"].shape == (2, 4)
    assert sample["labels"].tolist() == [0, 1]
    assert sample["keypoints"].dtype == torch.float64
    assert sample["index"] == 1


def test_to_tensors_forms():
    image2d = np.zeros((4, 5), np.uint16)
    out = to_tensors(
        {
            "image": image2d,
            "heatmaps": np.zeros((4, 5, 2), np.float32),
            "polygons": [np.zeros((3, 2), np.float32)],
            "name": "x",
        }
    )
    assert out["image"].shape == (1, 4, 5) and out["image"].dtype == torch.int64
    assert out["heatmaps"].shape == (2, 4, 5)
    assert isinstance(out["polygons"], list) and out["polygons"][0].shape == (3, 2)
    assert out["name"] == "x"
    flipped = np.zeros((4, 5, 3), np.uint8)[:, ::-1]  # negative strides
    image, label = to_tensors((flipped, 3))
    assert image.shape == (3, 4, 5) and label == 3
    assert to_tensors(np.zeros((2, 2, 1), np.uint8)).shape == (1, 2, 2)


def test_collate_stacks_equal_shapes_and_lists_the_rest():
    dataset = _dataset()
    batch = collate([dataset[0], dataset[3]])  # same image size, 1 box each
    assert batch["image"].shape == (2, 3, 16, 12)
    assert batch["index"].tolist() == [0, 3]
    batch = collate([dataset[0], dataset[1]])  # different sizes and box counts
    assert isinstance(batch["image"], list) and len(batch["image"]) == 2
    assert [len(b) for b in batch["bounding_boxes"]] == [1, 2]
    pairs = collate([(torch.zeros(2), "a"), (torch.ones(2), "b")])
    assert pairs[0].shape == (2, 2) and pairs[1] == ["a", "b"]
    with pytest.raises(ValueError, match="at least one sample"):
        collate([])


def test_classification_tuples():
    base = [(np.full((6, 6, 3), i, np.uint8), i) for i in range(4)]
    dataset = AugmentedDataset(base, iaa.Fliplr(0.5), seed=0)
    image, label = dataset[2]
    assert image.shape == (3, 6, 6) and label == 2
    images, labels = collate([dataset[0], dataset[1]])
    assert images.shape == (2, 3, 6, 6) and labels.tolist() == [0, 1]


def test_numpy_output_and_negative_index():
    dataset = AugmentedDataset(_base(), _pipeline(), seed=1, to_tensors=False)
    last = dataset[-1]
    assert isinstance(last["image"], np.ndarray)
    assert np.array_equal(last["image"], dataset[NB_SAMPLES - 1]["image"])


def test_pickle_and_copy_keep_configuration_but_not_shared_epoch():
    dataset = _dataset()
    dataset.set_epoch(4)
    for clone in (pickle.loads(pickle.dumps(dataset)), copy.deepcopy(dataset)):
        assert clone.epoch == 4 and clone.seed == dataset.seed
        assert torch.equal(clone[2]["image"], dataset[2]["image"])
        clone.set_epoch(5)
        assert dataset.epoch == 4


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"augmenter": "Fliplr"}, TypeError, "augmenter"),
        ({"dataset": 3}, TypeError, "dataset"),
        ({"seed": -1}, ValueError, "seed"),
        ({"seed": 1.5}, TypeError, "seed"),
        ({"kinds": {"x": "nope"}}, ValueError, "kinds"),
    ],
)
def test_bad_arguments(kwargs, error, match):
    arguments = {"dataset": _base(), "augmenter": _pipeline(), "seed": 0, **kwargs}
    with pytest.raises(error, match=match):
        AugmentedDataset(**arguments)


def test_bad_epoch_and_index():
    dataset = _dataset()
    with pytest.raises(ValueError, match="epoch"):
        dataset.set_epoch(-1)
    with pytest.raises(IndexError):
        dataset[NB_SAMPLES]
    with pytest.raises(TypeError, match="int index"):
        dataset[[0, 1]]


@pytest.mark.skipif("spawn" not in _start_methods(), reason="needs spawn")
@pytest.mark.filterwarnings("ignore:Got pickle error:UserWarning")  # torch's hint
def test_unpicklable_pipeline_fails_clearly_with_spawn():
    aug = iaa.Sequential(
        [iaa.Lambda(func_images=lambda images, *a: images, name="Mine")]
    )
    dataset = AugmentedDataset(_base(), aug, seed=0)
    loader = torch.utils.data.DataLoader(
        dataset, num_workers=1, multiprocessing_context="spawn", collate_fn=collate
    )
    with pytest.raises(
        TypeError, match="cannot be pickled for DataLoader workers.*Mine"
    ):
        next(iter(loader))
    assert dataset[0]["image"].shape[0] == 3  # fine in the main process
