"""Fused pointwise uint8 leaves (imgaug.augmenters._pointwise) and their table routes.

A ``Sequential`` runs consecutive pointwise leaves (Add, Multiply, Invert,
Solarize, the contrast curves, Posterize ...) on uint8 images as one composed
table per row. Every test compares that with the children run one by one (the
fusion switched off): byte-identical images, equal RNG states, equal other kinds.
"""

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug._kernels import arith as _arith
from imgaug._kernels import invert as _invert
from imgaug._kernels import lut as _lut
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmenters import _codec, _pointwise

SHAPES = [(9, 11, 3), (9, 11, 1), (9, 11, 4), (1, 1, 3), (1, 1, 1), (7, 5)]


def _images(shape, nb_rows=3, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, size=(nb_rows, *shape), dtype=np.uint8)


def _leaf_factories(rng):
    """Random pointwise leaves (with random parameters) as zero-argument builders."""
    per_channel = float(rng.choice([0.0, 0.5, 1.0]))
    p = float(rng.choice([0.0, 0.5, 1.0]))
    low = float(rng.uniform(-60, 0))
    constant = int(rng.integers(-300, 300))
    return [
        lambda: iaa.Add((low, -low), per_channel=per_channel),
        lambda: iaa.Add(constant),
        lambda: iaa.Multiply((0.5, 1.6), per_channel=per_channel),
        lambda: iaa.Invert(p, per_channel=per_channel),
        lambda: iaa.Invert(p, min_value=10, max_value=200),
        lambda: iaa.Invert(1.0, threshold=(-10, 270), invert_above_threshold=0.5),
        lambda: iaa.Solarize(p, threshold=(32, 224), per_channel=per_channel),
        lambda: iaa.GammaContrast((0.5, 2.0), per_channel=per_channel),
        lambda: iaa.SigmoidContrast((3, 10), (0.3, 0.7), per_channel=per_channel),
        lambda: iaa.LogContrast((0.5, 1.5), per_channel=per_channel),
        lambda: iaa.LinearContrast((0.4, 1.8), per_channel=per_channel),
        lambda: iaa.Posterize((1, 8)),
        lambda: iaa.UniformColorQuantizationToNBits((2, 7)),
        lambda: iaa.UniformColorQuantization((2, 40)),
    ]


def _random_builder(seed, nb_leaves=None, seeded=True):
    """A function that builds the same random Sequential of pointwise leaves."""
    rng = np.random.default_rng(seed)
    factories = _leaf_factories(rng)
    count = nb_leaves if nb_leaves is not None else int(rng.integers(2, 6))
    picks = rng.integers(0, len(factories), size=count)
    seeds = [int(s) if seeded and rng.random() < 0.6 else None for s in picks * 7]

    def build():
        children = []
        for pick, child_seed in zip(picks, seeds, strict=True):
            child = factories[pick]()
            if child_seed is not None:
                child.seed_(child_seed + seed)
            children.append(child)
        return iaa.Sequential(children, seed=seed)

    return build


def _states(aug):
    """JSON states of the RNGs of all augmenters in a tree, plus the global one."""
    result = [_codec.rng_state_to_json(iarandom.get_global_rng().state)]
    for node in [aug, *aug.get_all_children(flat=True)]:
        result.append(_codec.rng_state_to_json(node.random_state.state))
    return result


def _run(build, call, fused, monkeypatch, expect_fused=None):
    """Build a pipeline, run ``call(aug)`` with the fusion on or off.

    Returns the result and the RNG states afterwards. `expect_fused` checks
    whether a fused run happened.
    """
    calls = []
    original = _pointwise._augment_fused_

    def spy(leaves, batch, keyed_rng):
        calls.append(len(leaves))
        return original(leaves, batch, keyed_rng)

    with monkeypatch.context() as patch:
        patch.setattr(_pointwise, "_augment_fused_", spy)
        if not fused:
            patch.setattr(_pointwise, "_FUSABLE_CLASSES", set())
        iarandom.seed(1234)
        aug = build()
        result = call(aug)
        states = _states(aug)
    if expect_fused is not None and fused:
        assert bool(calls) == expect_fused
    return result, states


def _assert_same(a, b):
    if isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray)
        assert a.dtype == b.dtype
        assert a.shape == b.shape
        assert np.array_equal(a, b)
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b)
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _assert_same(x, y)
    elif isinstance(a, KeypointsOnImage):
        assert np.array_equal(a.to_xy_array(), b.to_xy_array())
        assert a.shape == b.shape
    else:
        assert a == b


def _compare(build, call, monkeypatch, expect_fused=None):
    fused, fused_states = _run(build, call, True, monkeypatch, expect_fused)
    plain, plain_states = _run(build, call, False, monkeypatch)
    _assert_same(fused, plain)
    assert fused_states == plain_states
    return fused


# ------------------------------------------------------------------ fused == plain
@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("shape", SHAPES)
def test_random_pipelines_on_arrays(seed, shape, monkeypatch):
    images = _images(shape, seed=seed)
    build = _random_builder(seed)
    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)


@pytest.mark.parametrize("seed", range(20))
def test_random_pipelines_on_lists_of_mixed_shapes(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    images = [
        rng.integers(0, 256, size=shape, dtype=np.uint8)
        for shape in [(5, 6, 3), (1, 1, 1), (4, 3, 4), (8, 2, 3), (0, 4, 3), (3, 0, 1)]
    ]
    before = [image.copy() for image in images]
    build = _random_builder(seed)
    result = _compare(
        build, lambda aug: aug(images=images), monkeypatch, expect_fused=True
    )
    assert isinstance(result, list)
    _assert_same(images, before)  # the caller's images are never changed


@pytest.mark.parametrize("shape", [(0, 5, 3), (4, 0, 1), (0, 0, 4)])
def test_zero_size_images(shape, monkeypatch):
    images = np.zeros((2, *shape), dtype=np.uint8)
    for seed in range(5):
        _compare(_random_builder(seed), lambda aug: aug(images=images), monkeypatch)


@pytest.mark.parametrize("seed", range(10))
def test_single_image_calls(seed, monkeypatch):
    image = _images((16, 12, 3), nb_rows=1, seed=seed)[0]

    def call(aug):
        return [aug.augment_image(image) for _ in range(3)]

    _compare(_random_builder(seed), call, monkeypatch, expect_fused=True)


@pytest.mark.parametrize("seed", range(10))
def test_unseeded_children_share_the_global_rng(seed, monkeypatch):
    images = _images((6, 7, 3), seed=seed)
    build = _random_builder(seed, seeded=False)
    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)


@pytest.mark.parametrize("seed", range(10))
def test_other_kinds_pass_through(seed, monkeypatch):
    images = _images((10, 12, 3), seed=seed)
    kps = [KeypointsOnImage.from_xy_array([[1.5, 2.0]], shape=(10, 12, 3))] * 3

    def call(aug):
        return aug(images=images, keypoints=kps)

    _compare(_random_builder(seed), call, monkeypatch, expect_fused=True)


def test_only_other_kinds_draw_nothing(monkeypatch):
    kps = [KeypointsOnImage.from_xy_array([[1.5, 2.0]], shape=(10, 12, 3))]
    _compare(
        _random_builder(3),
        lambda aug: aug(keypoints=kps),
        monkeypatch,
        expect_fused=False,
    )


@pytest.mark.parametrize("seed", range(10))
def test_seed_key(seed, monkeypatch):
    images = _images((6, 7, 3), seed=seed)

    def call(aug):
        return [
            aug.augment(image=image, seed_key=(seed, k))
            for k, image in enumerate(images)
        ]

    _compare(_random_builder(seed), call, monkeypatch, expect_fused=True)


@pytest.mark.parametrize("seed", range(10))
def test_to_deterministic(seed, monkeypatch):
    images = _images((6, 7, 3), seed=seed)

    def call(aug):
        det = aug.to_deterministic()
        return [det(images=images), det(images=images), aug(images=images)]

    result = _compare(_random_builder(seed), call, monkeypatch, expect_fused=True)
    _assert_same(result[0], result[1])


@pytest.mark.parametrize("seed", range(10))
def test_random_order(seed, monkeypatch):
    images = _images((6, 7, 3), seed=seed)
    inner = _random_builder(seed, nb_leaves=4)

    def build():
        seq = inner()
        return iaa.Sequential(list(seq), random_order=True, seed=seed)

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)


@pytest.mark.parametrize("seed", range(10))
def test_nested_in_sometimes_and_someof(seed, monkeypatch):
    images = _images((6, 7, 3), nb_rows=6, seed=seed)
    first = _random_builder(seed)
    second = _random_builder(seed + 100)

    def build():
        return iaa.Sequential(
            [
                iaa.Sometimes(0.5, first(), second(), seed=seed),
                iaa.SomeOf((1, 2), [first(), second(), iaa.Fliplr(0.5)], seed=seed),
                iaa.OneOf([first(), second()], seed=seed + 1),
            ],
            seed=seed,
        )

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)


def test_runs_are_split_by_other_children(monkeypatch):
    images = _images((6, 7, 3))

    def build():
        return iaa.Sequential(
            [
                iaa.Add((-20, 20)),
                iaa.Multiply((0.8, 1.2)),
                iaa.Fliplr(0.5),
                iaa.GammaContrast((0.5, 2.0)),
                iaa.Add(10),
                iaa.Crop(px=(0, 2)),
                iaa.Invert(0.5),
            ],
            seed=3,
        )

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)


@pytest.mark.parametrize("as_list", [False, True])
def test_owned_batches_take_the_tables_in_place(as_list, monkeypatch):
    """After a leaf that made new arrays the batch owns them: tables go in place."""
    images = _images((6, 7, 3))
    images = list(images) if as_list else images
    before = [np.copy(image) for image in images]
    modes = []
    original = _pointwise.apply_row_tables

    def spy(images, tables_per_leaf, in_place=False):
        modes.append(in_place)
        return original(images, tables_per_leaf, in_place=in_place)

    def build():
        return iaa.Sequential(
            [
                iaa.Add((-20, 20)),
                iaa.Multiply((0.8, 1.2)),
                iaa.Fliplr(1.0),
                iaa.GammaContrast((0.5, 2.0)),
                iaa.Invert(0.5),
                iaa.Solarize(0.5, threshold=(100, 200)),
            ],
            seed=8,
        )

    monkeypatch.setattr(_pointwise, "apply_row_tables", spy)
    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)
    assert False in modes and True in modes  # a borrowed run, then an owned one
    for image, original_image in zip(images, before, strict=True):
        assert np.array_equal(image, original_image)


def test_inactive_children(monkeypatch):
    images = _images((6, 7, 3))

    def build():
        seq = iaa.Sequential(
            [iaa.Add((-20, 20)), iaa.Invert(1.0), iaa.GammaContrast((0.5, 2.0))],
            seed=4,
        )
        seq[1].activated = False
        return seq

    result = _compare(
        build, lambda aug: aug(images=images), monkeypatch, expect_fused=True
    )
    assert not np.array_equal(result, 255 - images)


def test_leaf_without_tables_inside_a_run(monkeypatch):
    """Colour conversions and downscaling are not tables: that leaf runs itself."""
    images = _images((20, 24, 3))
    images_rgba = _images((20, 24, 4))

    def build():
        return iaa.Sequential(
            [
                iaa.Add((-20, 20)),
                iaa.Posterize(3, to_colorspace=iaa.CSPACE_HSV),
                iaa.LinearContrast((0.5, 1.5)),
                iaa.UniformColorQuantizationToNBits((2, 4), max_size=10),
                iaa.Invert(0.5),
            ],
            seed=5,
        )

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=True)
    _compare(build, lambda aug: aug(images=images_rgba), monkeypatch)


def test_errors_are_the_same():
    """Posterize rejects two channels, fused or not."""
    images = _images((5, 5, 2))
    seq = iaa.Sequential([iaa.Add(3), iaa.Posterize(3)])
    with pytest.raises(ValueError, match="channel"):
        seq(images=images)


def test_hooks_fall_back(monkeypatch):
    images = _images((6, 7, 3))

    def call(aug):
        hooks = ia.HooksImages(
            activator=lambda images, augmenter, parents, default: (
                default if augmenter.name != "off" else False
            )
        )
        return aug.augment_images(images, hooks=hooks)

    def build():
        seq = _random_builder(1, nb_leaves=4)()
        seq[1].name = "off"
        return seq

    _compare(build, call, monkeypatch, expect_fused=False)


@pytest.mark.parametrize("dtype", [np.float32, np.uint16, np.int16])
def test_non_uint8_falls_back(dtype, monkeypatch):
    images = (_images((6, 7, 3)) // 2).astype(dtype)

    def build():
        return iaa.Sequential(
            [iaa.Add((-20, 20)), iaa.Multiply((0.8, 1.2)), iaa.Invert(0.5)], seed=2
        )

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=False)


def test_mixed_dtypes_in_a_list_fall_back(monkeypatch):
    images = [_images((6, 7, 3), nb_rows=1)[0], np.zeros((4, 4, 3), np.float32)]

    def build():
        return iaa.Sequential([iaa.Add((-20, 20)), iaa.Invert(0.5)], seed=2)

    _compare(build, lambda aug: aug(images=images), monkeypatch, expect_fused=False)


def test_subclasses_are_not_fused(monkeypatch):
    class MyAdd(iaa.Add):
        def _augment_images_by_samples(self, images, samples):
            return [image // 2 for image in images]

    images = _images((6, 7, 3))
    seq = iaa.Sequential([MyAdd(5), MyAdd(7)])
    assert np.array_equal(seq(images=images), images // 2 // 2)


def test_record_and_replay(monkeypatch):
    """Recording patches the leaves: they run one by one (and replay the same)."""
    images = _images((6, 7, 3))

    def call(aug):
        images_aug, record = iaa.record(aug, images=images)
        return images_aug, iaa.replay(aug, record, images=images)

    result = _compare(_random_builder(8), call, monkeypatch, expect_fused=False)
    _assert_same(result[0], result[1])


# ------------------------------------------------------------------ the protocol
@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("shape", SHAPES)
def test_tables_equal_the_images_hook(seed, shape):
    """Each leaf's tables give exactly what its images hook gives."""
    rng = np.random.default_rng(seed)
    images = _images(shape if len(shape) == 3 else (*shape, 1), seed=seed)
    from imgaug.augmentables.batches import _BatchInAugmentation

    for factory in _leaf_factories(rng):
        leaf = factory()
        leaf.seed_(seed)
        batch = _BatchInAugmentation(images=images)
        samples = leaf._draw_samples(batch, leaf.random_state)
        tables = leaf._pointwise_tables(samples, images)
        expected = leaf._augment_images_by_samples(images.copy(), samples)
        assert np.array_equal(_pointwise.apply_row_tables(images, [tables]), expected)


def test_compose_tables():
    rng = np.random.default_rng(0)
    image = rng.integers(0, 256, size=(5, 6, 3), dtype=np.uint8)
    single = [rng.integers(0, 256, 256).astype(np.uint8) for _ in range(2)]
    per_channel = [rng.integers(0, 256, (256, 3)).astype(np.uint8) for _ in range(2)]

    def apply(table, img):
        if table.ndim == 1:
            return table[img]
        return np.stack([table[img[..., c], c] for c in range(3)], axis=-1)

    for first in [None, single[0], per_channel[0]]:
        for second in [None, single[1], per_channel[1]]:
            composed = _pointwise.compose_tables(first, second)
            expected = image
            for table in (first, second):
                if table is not None:
                    expected = apply(table, expected)
            if composed is None:
                assert first is None and second is None
            else:
                assert np.array_equal(apply(composed, image), expected)


def test_apply_row_tables_without_changes_returns_the_input():
    images = _images((3, 3, 3))
    assert _pointwise.apply_row_tables(images, [[None] * 3, [None] * 3]) is images
    assert _pointwise.apply_row_tables(images, []) is images


# ------------------------------------------------------- byte translator routes
@pytest.fixture(params=["translator", "no-translator"])
def translator(request, monkeypatch):
    if request.param == "translator":
        if _lut.get_byte_translator() is None:
            pytest.skip("the fast extra (stringzilla) is not installed")
    else:
        monkeypatch.setattr(_lut, "get_byte_translator", lambda: None)
    return request.param


@pytest.mark.parametrize(
    "shape", [(1, 1), (1, 1, 1), (5, 7, 1), (5, 7, 3), (4, 3, 4), (3, 2, 5)]
)
def test_add_uint8_routes_equal_the_table(translator, shape):
    image = np.random.default_rng(1).integers(0, 256, shape, dtype=np.uint8)
    values = np.arange(256)
    for offset in [-300, -255, -254, -17, -1, 1, 3, 128, 255, 400]:
        expected = np.clip(values + max(-255, min(255, offset)), 0, 255)[image]
        result = _arith.add_uint8(image, np.array(offset))
        assert np.array_equal(result, expected.astype(np.uint8))
        out = np.zeros_like(image)
        assert _arith.add_uint8(image, np.array(float(offset) + 0.2), out=out) is out
        assert np.array_equal(out, expected)


def test_add_tables_uint8_equal_the_formula():
    values = np.array([[-300.0, -12.5, -0.5, 0.4, 7.6, 255.0, 1e9]])
    tables = _arith.add_tables_uint8(values)
    assert tables.shape == (256, 1, 7)
    offsets = np.clip(np.round(values), -255, 255)
    expected = np.clip(np.arange(256)[:, None, None] + offsets, 0, 255)
    assert np.array_equal(tables, expected)
    integer = _arith.add_tables_uint8(np.array([-3, 300], dtype=np.int16))
    assert np.array_equal(integer[:, 0], np.clip(np.arange(256) - 3, 0, 255))
    assert np.array_equal(integer[:, 1], np.full(256, 255))


@pytest.mark.parametrize("shape", [(1, 1, 1), (5, 7, 1), (5, 7, 3), (4, 3, 4)])
@pytest.mark.parametrize("threshold", [None, -5.5, 0, 1.7, 128, 200.9, 256, 300])
@pytest.mark.parametrize("above", [True, False])
def test_solarize_routes_equal_the_table(translator, shape, threshold, above):
    images = np.random.default_rng(2).integers(0, 256, (2, *shape), dtype=np.uint8)
    aug = iaa.Invert(1.0, threshold=threshold, invert_above_threshold=above)
    expected = _invert.invert_tables_uint8(0, 255, threshold, above)[images]
    assert np.array_equal(aug(images=images), expected)
    assert np.array_equal(aug(images=list(images))[1], expected[1])


@pytest.mark.parametrize("shape", [(1, 1), (5, 7), (6, 5, 3)])
def test_translator_without_out_argument(shape, monkeypatch):
    """StringZilla without ``out=``: copy, then translate in place."""
    if _lut.get_byte_translator() is None:
        pytest.skip("the fast extra (stringzilla) is not installed")
    monkeypatch.setattr(_lut, "_writes_to_out", lambda translate: False)
    image = np.random.default_rng(3).integers(0, 256, shape, dtype=np.uint8)
    table = ((np.arange(256) * 5 + 1) % 256).astype(np.uint8)
    assert np.array_equal(_lut.apply_table(image, table), table[image])


def test_translator_into_overlapping_out():
    image = np.random.default_rng(3).integers(0, 256, (6, 5, 3), dtype=np.uint8)
    table = (255 - np.arange(256)).astype(np.uint8)
    expected = table[image]
    same_memory = image.view()
    assert _lut.apply_table(image, table, out=same_memory) is same_memory
    assert np.array_equal(image, expected)


@pytest.mark.parametrize(
    "dtype", [np.float64, np.float32, np.float16, np.int64, np.int32, np.uint8, bool]
)
def test_add_table_index_equals_the_offsets(dtype):
    raw = np.array(
        [-1e12, -300, -255.5, -254.5, -2.5, -1.5, -0.5, 0, 0.5, 1.5, 2.5, 7.49, 254.5]
        + [255.5, 256, 1e12, 2**40]
    )
    if np.dtype(dtype).kind in "iub":
        info = np.iinfo(dtype) if dtype is not bool else None
        raw = raw if info is None else np.clip(raw, info.min, info.max)
    with np.errstate(over="ignore"):  # float16: large values become inf
        values = raw.astype(dtype)
    expected = _arith.add_offsets_uint8(values).astype(int) + 255
    result = [_arith.add_table_index_uint8(value) for value in values]
    assert result == expected.tolist()
    tables = _arith.get_add_tables_by_offset()
    assert np.array_equal(tables[result].T, _arith.add_tables_uint8(values))


def test_add_table_index_of_non_finite_values():
    with np.errstate(invalid="ignore"):
        for value in [np.inf, -np.inf, np.nan]:
            expected = int(_arith.add_offsets_uint8(np.float64(value))) + 255
            assert _arith.add_table_index_uint8(value) == expected
