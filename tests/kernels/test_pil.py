"""``imgaug._kernels.pil``: every route against the installed Pillow, exactly."""

import numpy as np
import pytest
from PIL import Image, ImageFilter, ImageOps

from imgaug._kernels import pil as _pil

RNG_SEED = 3


def _random(shape, low=0, high=256, seed=RNG_SEED):
    rng = np.random.default_rng(seed)
    return rng.integers(low, high, size=shape).astype(np.uint8)


def _apply_tables(image, tables):
    channels = [image] if image.ndim == 2 else np.moveaxis(image, -1, 0)
    out = [c if t is None else t[c] for c, t in zip(channels, tables, strict=True)]
    return out[0] if image.ndim == 2 else np.stack(out, axis=-1)


# ---------------------------------------------------------------- grayscale


def test_luminance_equals_pillow_for_a_grid_of_colours():
    levels = np.concatenate([np.arange(0, 256, 5), [1, 2, 127, 128, 254, 255]])
    grid = np.stack(np.meshgrid(levels, levels, levels, indexing="ij"), axis=-1)
    image = grid.reshape(-1, len(levels), 3).astype(np.uint8)
    expected = np.asarray(Image.fromarray(image).convert("L"))
    assert np.array_equal(_pil.luminance(image), expected)


def test_luminance_ignores_alpha_and_handles_empty_images():
    image = _random((9, 11, 4))
    expected = np.asarray(Image.fromarray(image[:, :, 0:3]).convert("L"))
    assert np.array_equal(_pil.luminance(image), expected)
    assert _pil.luminance(np.zeros((0, 5, 3), np.uint8)).shape == (0, 5)


# ---------------------------------------------------------------- blending


@pytest.mark.parametrize("factor", [0.0, 0.1, 0.3, 0.5, 0.7, 1.0, 1.3, 1.7, 2.0, 2.9])
def test_blend_table_equals_image_blend_for_all_pairs(factor):
    degenerate = np.repeat(np.arange(256, dtype=np.uint8), 256).reshape(256, 256)
    image = degenerate.T.copy()
    expected = np.asarray(
        Image.blend(Image.fromarray(degenerate), Image.fromarray(image), factor)
    )
    assert np.array_equal(_pil.blend_table(factor), expected)
    assert np.array_equal(_pil.blend_images(degenerate, image, factor), expected)


# ---------------------------------------------------------------- filters


def _filter_inputs():
    yield "random", _random((37, 45, 3))
    yield "gray", _random((30, 41))
    yield "rgba", _random((25, 27, 4))
    # multiples of 16 and 6 produce exact ties for the /16, /6 and /100 kernels
    yield "ties16", (_random((33, 35, 3), 0, 17) * 15).astype(np.uint8)
    yield "ties6", (_random((33, 35, 3), 0, 43) * 6).astype(np.uint8)
    yield "ties10", (_random((33, 35, 3), 0, 26) * 10).astype(np.uint8)
    yield "constant", np.full((12, 13, 3), 77, dtype=np.uint8)


@pytest.mark.parametrize("name", sorted(_pil.FILTERS))
def test_filters_equal_pillow(name):
    for label, image in _filter_inputs():
        expected = np.asarray(Image.fromarray(image).filter(getattr(ImageFilter, name)))
        observed = _pil.apply_filter(image, name)
        assert observed.dtype == np.uint8 and observed.shape == image.shape
        assert np.array_equal(observed, expected), label


@pytest.mark.parametrize("name", ["DETAIL", "SMOOTH_MORE"])
@pytest.mark.parametrize(
    "route", [_pil._filter_like_float32, _pil._filter_recomputing_ties]
)
def test_both_routes_for_kernels_with_ties_equal_pillow(name, route):
    size, scale, offset, kernel = _pil.FILTERS[name]
    kernel_rows = np.array(kernel, dtype=np.float64).reshape(size, size)
    radius = size // 2
    for label, image in _filter_inputs():
        expected = np.asarray(Image.fromarray(image).filter(getattr(ImageFilter, name)))
        inner = route(image, kernel_rows, scale, offset)
        assert np.array_equal(inner, expected[radius:-radius, radius:-radius]), label


@pytest.mark.parametrize("name", sorted(_pil.FILTERS))
def test_filter_kernels_are_pillows(name):
    size, scale, offset, kernel = getattr(ImageFilter, name).filterargs
    assert _pil.FILTERS[name] == (size[0], scale, offset, tuple(kernel))


@pytest.mark.parametrize("name", ["SMOOTH", "BLUR", "SMOOTH_MORE", "DETAIL"])
@pytest.mark.parametrize("shape", [(1, 1, 3), (2, 2, 3), (2, 7, 3), (3, 3, 3),
                                   (4, 9, 3), (5, 5, 3), (1, 8)])  # fmt: skip
def test_filters_on_tiny_images_equal_pillow(name, shape):
    image = _random(shape)
    expected = np.asarray(Image.fromarray(image).filter(getattr(ImageFilter, name)))
    assert np.array_equal(_pil.apply_filter(image, name), expected)


def test_filters_work_channel_by_channel():
    image = _random((14, 15, 7))
    observed = _pil.apply_filter(image, "DETAIL")
    for c in range(7):
        assert np.array_equal(
            observed[:, :, c], _pil.apply_filter(image[:, :, c], "DETAIL")
        )


def test_filter_does_not_change_its_input():
    image = _random((10, 12, 3))
    before = image.copy()
    _pil.apply_filter(image, "SHARPEN")
    _pil.apply_filter(image, "SMOOTH_MORE")
    assert np.array_equal(image, before)


def test_filter_emboss_weights_the_row_below_first():
    # EMBOSS = pixel - its upper-left neighbour in Pillow's notation, which reads
    # the kernel rows bottom-up: the result is pixel - lower-left neighbour + 128
    image = np.zeros((5, 5), dtype=np.uint8)
    image[3, 1] = 100
    observed = _pil.apply_filter(image, "EMBOSS")
    assert observed[2, 2] == 28  # 0 - 100 + 128
    assert observed[1, 0] == 0  # border pixel: copied


# ---------------------------------------------------------------- histograms


def _histogram_inputs():
    yield _random((47, 61, 3))
    yield _random((30, 40))
    yield _random((64, 80, 3), 60, 160)
    yield np.full((20, 30, 3), 7, dtype=np.uint8)
    yield (_random((33, 41, 3), 0, 4) * 40).astype(np.uint8)
    yield np.array([[0, 50, 50, 100]], dtype=np.uint8)  # too few pixels
    yield np.tile(np.array([0, 0, 50, 50, 100, 100, 100, 200], np.uint8), (40, 1))


def test_equalize_table_equals_pillow():
    for image in _histogram_inputs():
        tables = [_pil.equalize_table(hist) for hist in _pil.histograms(image)]
        expected = np.asarray(ImageOps.equalize(Image.fromarray(image)))
        assert np.array_equal(_apply_tables(image, tables), expected)


def test_equalize_table_with_mask_equals_pillow():
    image = _random((30, 40, 3))
    mask = np.zeros((30, 40), dtype=np.uint8)
    mask[5:20, 10:35] = 255
    tables = [_pil.equalize_table(hist) for hist in _pil.histograms(image, mask)]
    expected = np.asarray(
        ImageOps.equalize(Image.fromarray(image), mask=Image.fromarray(mask))
    )
    assert np.array_equal(_apply_tables(image, tables), expected)


@pytest.mark.parametrize("cutoff", [0, 1, 2, 10, 30, 49, 2.5, (3, 20), (0, 7)])
@pytest.mark.parametrize("ignore", [None, 0, [3, 7, 128]])
def test_autocontrast_table_equals_pillow(cutoff, ignore):
    cut = cutoff if isinstance(cutoff, tuple) else (cutoff, cutoff)
    ignored = (
        [] if ignore is None else ([ignore] if isinstance(ignore, int) else ignore)
    )
    for image in _histogram_inputs():
        tables = [
            _pil.autocontrast_table(hist, cut, ignored)
            for hist in _pil.histograms(image)
        ]
        expected = np.asarray(
            ImageOps.autocontrast(Image.fromarray(image), cutoff, ignore)
        )
        assert np.array_equal(_apply_tables(image, tables), expected)


def _pillow_autocontrast_bounds(hist, cutoff, ignore):
    """Pillow's loops over one histogram (``ImageOps.autocontrast``), transcribed."""
    h = [int(v) for v in hist]
    for value in ignore:
        h[value] = 0
    n = sum(h)
    for cut_percent, order in (
        (cutoff[0], range(256)),
        (cutoff[1], range(255, -1, -1)),
    ):
        cut = int(n * cut_percent // 100)
        for i in order:
            if cut > h[i]:
                cut -= h[i]
                h[i] = 0
            else:
                h[i] -= cut
                cut = 0
            if cut <= 0:
                break
    used = [i for i in range(256) if h[i]]
    if not used or used[-1] <= used[0]:
        return None
    return used[0], used[-1]


def test_autocontrast_bounds_equal_pillows_loops_on_random_histograms():
    rng = np.random.default_rng(11)
    for _ in range(400):
        nb_channels = int(rng.integers(1, 5))
        kind = int(rng.integers(0, 4))
        if kind == 0:
            hists = rng.integers(0, 50, (nb_channels, 256))
        elif kind == 1:  # sparse
            hists = rng.integers(0, 50, (nb_channels, 256))
            hists *= rng.random((nb_channels, 256)) < 0.05
        elif kind == 2:  # a few values
            hists = np.zeros((nb_channels, 256), dtype=np.int64)
            hists[:, rng.integers(0, 256, 3)] = rng.integers(0, 5, (nb_channels, 3))
        else:
            hists = rng.integers(0, 3, (nb_channels, 256))
        choices = [0, 1, 2, 10, 30, 49, 50, 70, 100, 2.5]
        cutoffs = [tuple(rng.choice(choices, 2).tolist()) for _ in range(nb_channels)]
        ignore = [int(v) for v in rng.integers(0, 256, int(rng.integers(0, 3)))]
        lows, highs = _pil.autocontrast_bounds(list(hists), cutoffs, ignore)
        for c in range(nb_channels):
            expected = _pillow_autocontrast_bounds(hists[c], cutoffs[c], ignore)
            if expected is None:
                assert lows[c] == -1
            else:
                assert (lows[c], highs[c]) == expected


def test_autocontrast_lut_is_cached_and_read_only():
    table = _pil.autocontrast_lut(10, 200)
    assert _pil.autocontrast_lut(10, 200) is table
    assert not table.flags.writeable
    assert (table[10], table[200], table[0], table[255]) == (0, 255, 0, 255)


def test_equalize_tables_of_several_channels_equal_single_channel_tables():
    # one constant channel (no table), one normal, one with only two values
    image = _random((40, 50, 3))
    image[:, :, 0] = 9
    image[:, :, 2] = np.where(image[:, :, 2] > 127, 200, 20)
    hists = _pil.histograms(image)
    together = _pil.equalize_tables(hists)
    assert together[0] is None
    for hist, table in zip(hists, together):
        single = _pil.equalize_table(hist)
        assert (single is None) == (table is None)
        if table is not None:
            assert np.array_equal(table, single)
    expected = np.asarray(ImageOps.equalize(Image.fromarray(image)))
    assert np.array_equal(_apply_tables(image, together), expected)


def test_histograms_count_values_where_the_mask_is_set():
    image = np.array([[[0, 5], [1, 5], [1, 6]], [[255, 7], [1, 7], [0, 7]]], np.uint8)
    mask = np.array([[1, 1, 0], [1, 0, 0]], dtype=np.uint8)
    first, second = _pil.histograms(image, mask)
    assert first.dtype == np.int64 and first.shape == (256,)
    assert (first[0], first[1], first[255], first.sum()) == (1, 1, 1, 3)
    assert (second[5], second[7], second.sum()) == (2, 1, 3)
    (gray,) = _pil.histograms(image[:, :, 0])
    assert gray.sum() == 6


# ---------------------------------------------------------------- affine warps


def _pil_transform(image, coefficients, fill):
    size = (image.shape[1], image.shape[0])
    pil = Image.fromarray(image)
    return np.asarray(pil.transform(size, Image.AFFINE, coefficients, fillcolor=fill))


def _random_coefficients(rng):
    angle = rng.uniform(-np.pi, np.pi)
    inv_scale = 1.0 / rng.uniform(0.3, 3.0)
    cos, sin = np.cos(angle) * inv_scale, np.sin(angle) * inv_scale
    return (cos, sin, rng.uniform(-60, 60), -sin, cos, rng.uniform(-60, 60))


@pytest.mark.parametrize("shape", [(60, 80, 3), (60, 80, 4), (60, 80)])
def test_transform_affine_equals_pillow(shape):
    rng = np.random.default_rng(11)
    image = _random(shape)
    for _ in range(10):
        coefficients = _random_coefficients(rng)
        fill = tuple(
            int(v)
            for v in rng.integers(0, 256, size=3 if len(shape) == 2 else shape[2])
        )
        pil_fill = fill[0] if len(shape) == 2 else fill
        observed = _pil.transform_affine(
            image, coefficients, fill[: 1 if len(shape) == 2 else None]
        )
        assert observed.shape == image.shape and observed.dtype == np.uint8
        assert np.array_equal(observed, _pil_transform(image, coefficients, pil_fill))


def test_transform_affine_of_other_channel_counts_and_int32():
    coefficients = (0.9, 0.2, 3.0, -0.2, 0.9, 5.0)
    many = _random((20, 30, 6))
    fill = (1, 2, 3, 4, 5, 6)
    observed = _pil.transform_affine(many, coefficients, fill)
    for c in range(6):
        expected = _pil_transform(
            np.ascontiguousarray(many[:, :, c]), coefficients, fill[c]
        )
        assert np.array_equal(observed[:, :, c], expected)
    labels = np.random.default_rng(2).integers(-3, 10**6, (20, 30, 2)).astype(np.int32)
    observed = _pil.transform_affine(labels, coefficients, (0, 0))
    assert observed.dtype == np.int32
    for c in range(2):
        expected = np.asarray(
            Image.fromarray(np.ascontiguousarray(labels[:, :, c])).transform(
                (30, 20), Image.AFFINE, coefficients, fillcolor=0
            )
        )
        assert np.array_equal(observed[:, :, c], expected)


def test_transform_affine_does_not_change_its_input():
    image = _random((20, 30, 3))
    image.flags.writeable = False
    before = image.copy()
    result = _pil.transform_affine(
        image[:, ::-1], (1.0, 0.0, 2.0, 0.0, 1.0, 0.0), (9, 9, 9)
    )
    assert np.array_equal(image, before)
    assert result.flags.writeable and not np.shares_memory(result, image)
    assert np.array_equal(result[:, 0:28], image[:, ::-1][:, 2:30])


def test_blend_row_is_a_row_of_the_table():
    for factor in (0.0, 0.37, 1.0, 2.2):
        table = _pil.blend_table(factor)
        for degenerate in (0, 1, 127, 200, 255):
            assert np.array_equal(_pil.blend_row(degenerate, factor), table[degenerate])
