"""Tests for imgaug.augmenters.segmentation: Superpixels, Voronoi, point samplers."""

import warnings

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import segmentation

INT_DTYPES = ["uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64"]


def _two_colour_image(height=24, width=32, split=16):
    image = np.zeros((height, width, 3), dtype=np.uint8)
    image[:, :split] = (200, 30, 30)
    image[:, split:] = (20, 40, 220)
    return image


def _gradient(height=8, width=12, channels=3):
    values = np.arange(height * width * channels) % 251
    return values.reshape(height, width, channels).astype(np.uint8)


# ---------------------------------------------------------------- segment_voronoi
class TestSegmentVoronoi:
    def test_two_cells_in_a_row(self):
        image = np.uint8([[0, 10, 20, 30]])
        cells = np.float64([[0.5, 0.5], [3.5, 0.5]])
        assert segmentation.segment_voronoi(image, cells).tolist() == [[5, 5, 25, 25]]

    def test_means_truncated(self):
        image = np.uint8([[0, 1, 1]])[:, :, np.newaxis]  # mean 2/3
        observed = segmentation.segment_voronoi(image, np.float64([[1.5, 0.5]]))
        assert observed[:, :, 0].tolist() == [[0, 0, 0]]

    def test_cells_of_2d_grid(self):
        image = np.zeros((4, 4, 2), dtype=np.uint8)
        image[:, :, 0] = np.arange(16).reshape(4, 4)
        image[:, :, 1] = 100
        cells = np.float64([[1.0, 1.0], [3.0, 1.0], [1.0, 3.0], [3.0, 3.0]])
        observed = segmentation.segment_voronoi(image, cells)
        # quadrants: means of [0,1,4,5], [2,3,6,7], [8,9,12,13], [10,11,14,15]
        assert observed[:, :, 0].tolist() == [
            [2, 2, 4, 4],
            [2, 2, 4, 4],
            [10, 10, 12, 12],
            [10, 10, 12, 12],
        ]
        assert np.all(observed[:, :, 1] == 100)

    def test_replace_mask(self):
        image = np.uint8([[0, 10, 20, 30]])
        cells = np.float64([[0.5, 0.5], [3.5, 0.5]])
        observed = segmentation.segment_voronoi(image, cells, np.array([False, True]))
        assert observed.tolist() == [[0, 10, 25, 25]]

    def test_nothing_to_replace_gives_a_copy(self):
        image = np.float32([[0.5, 10.7]])
        cells = np.float64([[0.5, 0.5]])
        for mask in (np.array([False]), None):
            args = (image, np.zeros((0, 2))) if mask is None else (image, cells, mask)
            observed = segmentation.segment_voronoi(*args)
            assert observed is not image
            assert observed.dtype == np.float32 and np.array_equal(observed, image)

    def test_other_dtypes_give_uint8(self):
        image = np.float32([[0.5, 10.7, 300.0, -4.0]])
        cells = np.float64([[0.5, 0.5], [3.5, 0.5]])
        observed = segmentation.segment_voronoi(image, cells)
        # means 5.6 -> 5 and 148 -> 148
        assert observed.dtype == np.uint8 and observed.tolist() == [[5, 5, 148, 148]]
        kept = segmentation.segment_voronoi(image, cells, np.array([True, False]))
        # kept pixels are clipped to [0, 255] and truncated
        assert kept.tolist() == [[5, 5, 255, 0]]

    def test_zero_sized_image(self):
        image = np.zeros((0, 4, 3), dtype=np.uint8)
        observed = segmentation.segment_voronoi(image, np.float64([[1.0, 1.0]]))
        assert observed.shape == (0, 4, 3)

    def test_input_not_modified(self):
        image = _gradient()
        before = image.copy()
        segmentation.segment_voronoi(image, np.float64([[2.0, 2.0], [9.0, 5.0]]))
        assert np.array_equal(image, before)


# ---------------------------------------------------------------- point samplers
class TestRegularGridPointsSampler:
    def test_cell_centres_row_by_row(self):
        sampler = iaa.RegularGridPointsSampler(3, 4)
        points = sampler.sample_points([np.zeros((6, 8, 3))], 1)[0]
        xs, ys = [1.0, 3.0, 5.0, 7.0], [1.0, 3.0, 5.0]
        assert points.tolist() == [[x, y] for y in ys for x in xs]

    def test_counts_clipped_to_the_image_size(self):
        points = iaa.RegularGridPointsSampler(100, 100).sample_points(
            [np.zeros((2, 3, 1))], 1
        )[0]
        assert points.tolist() == [
            [0.5, 0.5],
            [1.5, 0.5],
            [2.5, 0.5],
            [0.5, 1.5],
            [1.5, 1.5],
            [2.5, 1.5],
        ]

    def test_single_row_and_column_in_the_middle(self):
        points = iaa.RegularGridPointsSampler(1, 1).sample_points(
            [np.zeros((6, 9, 3))], 1
        )[0]
        assert points.tolist() == [[4.5, 3.0]]

    def test_array_of_images_and_per_image_samples(self):
        sampler = iaa.RegularGridPointsSampler((1, 5), (1, 5))
        images = np.zeros((20, 10, 10, 3), dtype=np.uint8)
        sizes = {len(points) for points in sampler.sample_points(images, 2)}
        assert len(sizes) > 3

    def test_same_seed_same_points(self):
        sampler = iaa.RegularGridPointsSampler((1, 5), (1, 5))
        images = [np.zeros((10, 10, 3))] * 5
        first = sampler.sample_points(images, 3)
        second = sampler.sample_points(images, iarandom.RNG(3))
        assert all(np.array_equal(a, b) for a, b in zip(first, second, strict=True))

    def test_str(self):
        sampler = iaa.RegularGridPointsSampler(3, (2, 4))
        assert (
            str(sampler)
            == repr(sampler)
            == (
                "RegularGridPointsSampler(Deterministic(int 3), "
                "DiscreteUniform(Deterministic(int 2), Deterministic(int 4)))"
            )
        )


class TestRelativeRegularGridPointsSampler:
    def test_rows_and_columns_relative_to_size(self):
        sampler = iaa.RelativeRegularGridPointsSampler(0.5, 0.26)
        points = sampler.sample_points([np.zeros((6, 8, 3))], 1)[0]
        # rows round(0.5 * 6) = 3, cols round(0.26 * 8) = 2
        assert points.tolist() == [[x, y] for y in (1.0, 3.0, 5.0) for x in (2.0, 6.0)]

    def test_at_least_one_point(self):
        sampler = iaa.RelativeRegularGridPointsSampler(0.01, 0.01)
        assert sampler.sample_points([np.zeros((4, 4, 3))], 1)[0].tolist() == [
            [2.0, 2.0]
        ]

    def test_str(self):
        sampler = iaa.RelativeRegularGridPointsSampler(0.1, 0.2)
        assert str(sampler) == (
            "RelativeRegularGridPointsSampler(Deterministic(float 0.10000000), "
            "Deterministic(float 0.20000000))"
        )


class TestDropoutPointsSampler:
    def test_drop_nothing(self):
        sampler = iaa.DropoutPointsSampler(iaa.RegularGridPointsSampler(3, 3), 0.0)
        assert len(sampler.sample_points([np.zeros((9, 9, 3))], 1)[0]) == 9

    def test_drop_everything_keeps_the_middle_point(self):
        sampler = iaa.DropoutPointsSampler(iaa.RegularGridPointsSampler(3, 4), 1.0)
        points = sampler.sample_points([np.zeros((6, 8, 3))], 1)[0]
        # index (12 - 1) // 2 = 5: second row, second column
        assert points.tolist() == [[3.0, 3.0]]

    def test_fraction_dropped(self):
        sampler = iaa.DropoutPointsSampler(iaa.RegularGridPointsSampler(20, 20), 0.3)
        kept = sampler.sample_points([np.zeros((40, 40, 3))], 1)[0]
        assert 0.6 * 400 < len(kept) < 0.8 * 400
        grid = iaa.RegularGridPointsSampler(20, 20).sample_points(
            [np.zeros((40, 40, 3))], 1
        )[0]
        assert {tuple(p) for p in kept} <= {tuple(p) for p in grid}

    def test_range_samples_one_probability_per_image(self):
        sampler = iaa.DropoutPointsSampler(
            iaa.RegularGridPointsSampler(20, 20), (0.0, 0.9)
        )
        counts = [
            len(p) for p in sampler.sample_points([np.zeros((40, 40, 3))] * 10, 2)
        ]
        assert max(counts) - min(counts) > 100

    def test_keep_parameters(self):
        grid = iaa.RegularGridPointsSampler(2, 2)
        assert str(iaa.DropoutPointsSampler(grid, 0).p_drop) == str(iap.Binomial(1))
        assert str(iaa.DropoutPointsSampler(grid, 0.2).p_drop) == str(iap.Binomial(0.8))
        assert str(iaa.DropoutPointsSampler(grid, (0.0, 0.5)).p_drop) == str(
            iap.Binomial(iap.Uniform(0.5, 1.0))
        )
        keep = iap.Deterministic(1)
        assert iaa.DropoutPointsSampler(grid, keep).p_drop is keep

    def test_str(self):
        sampler = iaa.DropoutPointsSampler(iaa.RegularGridPointsSampler(2, 3), 0)
        assert str(sampler) == (
            "DropoutPointsSampler(RegularGridPointsSampler(Deterministic(int 2), "
            "Deterministic(int 3)), Binomial(Deterministic(int 1)))"
        )


class TestUniformPointsSampler:
    def test_counts_and_integer_coordinates_in_image(self):
        sampler = iaa.UniformPointsSampler([5, 50])
        images = [np.zeros((4, 8, 3)), np.zeros((10, 3, 3))] * 10
        all_points = sampler.sample_points(images, 1)
        assert {len(p) for p in all_points} == {5, 50}
        for image, points in zip(images, all_points, strict=True):
            assert points.dtype == np.float64
            assert np.array_equal(points, np.round(points))
            assert points[:, 0].min() >= 0 and points[:, 0].max() <= image.shape[1]
            assert points[:, 1].min() >= 0 and points[:, 1].max() <= image.shape[0]

    def test_spread_over_the_image(self):
        points = iaa.UniformPointsSampler(2000).sample_points(
            [np.zeros((100, 200, 3))], 1
        )[0]
        assert abs(points[:, 0].mean() - 100) < 5
        assert abs(points[:, 1].mean() - 50) < 3

    def test_str(self):
        assert str(iaa.UniformPointsSampler(7)) == (
            "UniformPointsSampler(Deterministic(int 7))"
        )


class TestSubsamplingPointsSampler:
    def test_limits_points(self):
        grid = iaa.RegularGridPointsSampler(10, 10)
        sampler = iaa.SubsamplingPointsSampler(grid, 5)
        points = sampler.sample_points([np.zeros((20, 20, 3))], 1)[0]
        all_points = {
            tuple(p) for p in grid.sample_points([np.zeros((20, 20, 3))], 1)[0]
        }
        assert len(points) == 5 and {tuple(p) for p in points} <= all_points

    def test_fewer_points_unchanged(self):
        grid = iaa.RegularGridPointsSampler(2, 2)
        sampler = iaa.SubsamplingPointsSampler(grid, 5)
        image = np.zeros((4, 4, 3))
        assert np.array_equal(
            sampler.sample_points([image], 1)[0], grid.sample_points([image], 1)[0]
        )

    def test_zero_warns_and_removes_all(self):
        with pytest.warns(UserWarning, match="n_points_max=0"):
            sampler = iaa.SubsamplingPointsSampler(iaa.UniformPointsSampler(3), 0)
        assert sampler.sample_points([np.zeros((4, 4, 3))], 1)[0].shape == (0, 2)

    def test_str(self):
        sampler = iaa.SubsamplingPointsSampler(iaa.UniformPointsSampler(10), 5)
        assert str(sampler) == (
            "SubsamplingPointsSampler(UniformPointsSampler(Deterministic(int 10)), 5)"
        )


class TestIPointsSampler:
    def test_abstract(self):
        with pytest.raises(TypeError):
            iaa.IPointsSampler()

    def test_custom_sampler_in_voronoi_sees_the_downscaled_image(self):
        seen = []

        class Recorder(iaa.IPointsSampler):
            def sample_points(self, images, random_state):
                seen.append(images[0].copy())
                return [np.float64([[1.0, 1.0]])]

        image = _gradient(40, 20)
        iaa.Voronoi(Recorder(), max_size=10)(image=image)
        assert seen[0].shape == (10, 5, 3)
        assert np.array_equal(seen[0], ia.imresize_single_image(image, (10, 5)))


# ---------------------------------------------------------------- Voronoi
class TestVoronoi:
    def test_regular_grid_equals_segment_voronoi(self):
        image = _gradient(8, 12)
        aug = iaa.RegularGridVoronoi(2, 3, p_drop_points=0, p_replace=1)
        points = iaa.RegularGridPointsSampler(2, 3).sample_points([image], 1)[0]
        expected = segmentation.segment_voronoi(image, points)
        assert np.array_equal(aug(image=image), expected)

    def test_no_replacement_without_downscaling_is_identity(self):
        image = _gradient()
        aug = iaa.Voronoi(iaa.RegularGridPointsSampler(2, 2), p_replace=0)
        assert np.array_equal(aug(image=image), image)

    def test_no_replacement_with_downscaling_still_resizes(self):
        image = _gradient(40, 40)
        aug = iaa.Voronoi(iaa.RegularGridPointsSampler(2, 2), p_replace=0, max_size=10)
        small = ia.imresize_single_image(image, (10, 10), interpolation="linear")
        expected = ia.imresize_single_image(small, (40, 40), interpolation="linear")
        assert np.array_equal(aug(image=image), expected)

    def test_downscaled_segmentation_resized_back(self):
        image = np.zeros((40, 40, 3), dtype=np.uint8)
        image[:, 20:] = 200
        image[5, 5] = 100  # left cell mean 100/(20*40) -> 0.06 -> 0
        aug = iaa.Voronoi(iaa.RegularGridPointsSampler(1, 2), max_size=10)
        observed = aug(image=image)
        assert observed.shape == image.shape
        # the 10x10 copy has two clean halves; linear upscaling blurs the edge
        assert np.all(observed[:, :18] == 0) and np.all(observed[:, 22:] == 200)

    def test_p_replace_per_cell(self):
        image = _gradient(20, 20)
        aug = iaa.Voronoi(
            iaa.RegularGridPointsSampler(4, 4), p_replace=0.5, max_size=None, seed=1
        )
        observed = aug(image=image)
        unchanged = np.all(observed == image, axis=2)
        assert 0.2 < unchanged.mean() < 0.8

    def test_points_sampler_must_be_a_sampler(self):
        with pytest.raises(TypeError, match="points_sampler"):
            iaa.Voronoi(iaa.Fliplr())

    def test_get_parameters(self):
        sampler = iaa.UniformPointsSampler(10)
        aug = iaa.Voronoi(sampler, p_replace=0.5, max_size=64, interpolation="cubic")
        params = aug.get_parameters()
        assert params[0] is sampler
        assert isinstance(params[1], iap.Binomial)
        assert params[2:] == [64, "cubic"]

    def test_subclasses_build_their_samplers(self):
        uniform = iaa.UniformVoronoi((10, 20))
        assert isinstance(uniform.points_sampler, iaa.UniformPointsSampler)
        grid = iaa.RegularGridVoronoi(4, 5, p_drop_points=0.25)
        assert isinstance(grid.points_sampler, iaa.DropoutPointsSampler)
        inner = grid.points_sampler.other_points_sampler
        assert isinstance(inner, iaa.RegularGridPointsSampler)
        assert str(grid.points_sampler.p_drop) == str(iap.Binomial(0.75))
        relative = iaa.RelativeRegularGridVoronoi(0.1, 0.2)
        inner = relative.points_sampler.other_points_sampler
        assert isinstance(inner, iaa.RelativeRegularGridPointsSampler)
        assert relative.max_size is None
        assert uniform.max_size == grid.max_size == 128

    def test_str(self):
        aug = iaa.RegularGridVoronoi(10, 12)
        assert str(aug) == (
            "RegularGridVoronoi(name=UnnamedRegularGridVoronoi, parameters=["
            "DropoutPointsSampler(RegularGridPointsSampler(Deterministic(int 10), "
            "Deterministic(int 12)), Binomial(Uniform(Deterministic(float "
            "0.50000000), Deterministic(float 1.00000000)))), Binomial(Uniform("
            "Deterministic(float 0.50000000), Deterministic(float 1.00000000))), "
            "128, linear], deterministic=False)"
        )

    @pytest.mark.parametrize("dtype", ["uint16", "float32", "bool", "int8"])
    def test_only_uint8(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            iaa.UniformVoronoi(10)(image=np.zeros((4, 4, 3), dtype=dtype))

    def test_keypoints_untouched(self):
        kps = KeypointsOnImage([Keypoint(1.5, 2.5)], shape=(8, 12, 3))
        _, kps_aug = iaa.UniformVoronoi(20)(image=_gradient(), keypoints=kps)
        assert kps_aug.to_xy_array().tolist() == [[1.5, 2.5]]

    def test_same_seed_same_output_and_deterministic_copies(self):
        images = [_gradient(16, 16)] * 3
        first = iaa.UniformVoronoi((5, 30), seed=4)(images=images)
        second = iaa.UniformVoronoi((5, 30), seed=4)(images=images)
        assert all(np.array_equal(a, b) for a, b in zip(first, second, strict=True))
        det = iaa.UniformVoronoi((5, 30), seed=4).to_deterministic()
        repeated = det(images=images)
        assert all(
            np.array_equal(a, b)
            for a, b in zip(repeated, det(images=images), strict=True)
        )


# ---------------------------------------------------------------- Superpixels
class TestSuperpixels:
    def test_no_flags_leaves_image_unchanged(self):
        image = _gradient(40, 40)
        observed = iaa.Superpixels(p_replace=0, max_size=10)(image=image)
        assert np.array_equal(observed, image)

    def test_regions_filled_with_their_rounded_mean(self):
        image = np.zeros((20, 40, 3), dtype=np.uint8)
        image[:, :20] = 10
        image[:, 20:] = 100
        image[5, 3] = 250  # left half mean (10 * 399 + 250) / 400 = 10.6 -> 11
        observed = iaa.Superpixels(p_replace=1.0, n_segments=2)(image=image)
        assert np.all(observed[:, :20] == 11) and np.all(observed[:, 20:] == 100)

    def test_follows_colour_edges(self):
        image = _two_colour_image()
        observed = iaa.Superpixels(p_replace=1.0, n_segments=8)(image=image)
        assert np.array_equal(observed, image)

    def test_flag_of_segment_i_is_flag_i_modulo_n(self, monkeypatch):
        # 16 equal segments in raster order, flags [1, 0, 0] cycled: with n=3 the
        # segments 0, 3, 6, 9, 12, 15 are filled (i % 3 == 0)
        labels = np.repeat(np.repeat(np.arange(16).reshape(4, 4), 2, 0), 2, 1)
        labels = labels.astype(np.int32)
        monkeypatch.setattr(
            segmentation._segment, "slic_labels", lambda image, n, c, **kw: labels
        )
        image = np.arange(64, dtype=np.uint8).reshape(8, 8, 1) * 3
        aug = iaa.Superpixels(p_replace=iap.DeterministicList([1, 0, 0]), n_segments=3)
        observed = aug(image=image)[:, :, 0]
        for index in range(16):
            mask = labels == index
            region = image[:, :, 0][mask]
            if index % 3 == 0:
                assert np.all(observed[mask] == np.round(region.mean()))
            else:
                assert np.array_equal(observed[mask], region)

    def test_downscaled_to_max_size_and_back(self, monkeypatch):
        shapes = []
        original = segmentation._segment.slic_labels

        def recording(image, n, compactness, **kwargs):
            shapes.append(image.shape)
            assert compactness == 10 and kwargs == {"tolerance": 0.02}
            return original(image, n, compactness, **kwargs)

        monkeypatch.setattr(segmentation._segment, "slic_labels", recording)
        image = np.full((60, 30, 3), 77, dtype=np.uint8)
        observed = iaa.Superpixels(1.0, 10, max_size=20)(image=image)
        assert shapes == [(20, 10, 3)]
        assert observed.shape == image.shape and np.all(observed == 77)

    def test_n_segments_sampled_per_image(self):
        aug = iaa.Superpixels(p_replace=1.0, n_segments=(2, 50), seed=2)
        from imgaug.augmentables.batches import _BatchInAugmentation

        batch = _BatchInAugmentation(images=[np.zeros((8, 8, 3))] * 30)
        samples = aug._draw_samples(batch, aug.random_state)
        assert samples.n_segments.min() >= 2 and samples.n_segments.max() <= 50
        assert len(set(samples.n_segments.tolist())) > 5
        assert [len(f) for f in samples.replace_flags] == samples.n_segments.tolist()

    def test_p_replace_tuple_is_one_probability_per_image(self):
        aug = iaa.Superpixels(p_replace=(0.0, 1.0), n_segments=400, seed=3)
        from imgaug.augmentables.batches import _BatchInAugmentation

        batch = _BatchInAugmentation(images=[np.zeros((8, 8, 3))] * 10)
        samples = aug._draw_samples(batch, aug.random_state)
        fractions = [flags.mean() for flags in samples.replace_flags]
        assert max(fractions) - min(fractions) > 0.3

    @pytest.mark.parametrize("dtype", ["bool", *INT_DTYPES])
    def test_supported_dtypes(self, dtype):
        image = _two_colour_image().astype(np.float64) / 255
        if dtype == "bool":
            image = image > 0.5
        else:
            info = np.iinfo(dtype)
            image = image * (info.max // 2) if info.min < 0 else image * info.max
        image = image.astype(dtype)
        for max_size in (None, 8):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                observed = iaa.Superpixels(1.0, 6, max_size=max_size)(image=image)
            assert observed.dtype.name == dtype and observed.shape == image.shape
            if max_size is None:
                # the regions follow the colour edge: values are kept (64-bit
                # integers up to float64 precision)
                assert np.allclose(observed, image, rtol=1e-14, atol=0)

    @pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
    def test_floats_rejected(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            iaa.Superpixels()(image=np.zeros((4, 4, 3), dtype=dtype))

    def test_get_parameters_and_str(self):
        aug = iaa.Superpixels()
        params = aug.get_parameters()
        assert str(params[0]) == str(iap.Binomial(iap.Uniform(0.5, 1.0)))
        assert str(params[1]) == str(iap.DiscreteUniform(50, 120))
        assert params[2:] == [128, "linear"]
        assert str(aug) == (
            "Superpixels(name=UnnamedSuperpixels, parameters=[Binomial(Uniform("
            "Deterministic(float 0.50000000), Deterministic(float 1.00000000))), "
            "DiscreteUniform(Deterministic(int 50), Deterministic(int 120)), 128, "
            "linear], deterministic=False)"
        )

    def test_heatmaps_untouched(self):
        from imgaug.augmentables.heatmaps import HeatmapsOnImage

        heatmap = HeatmapsOnImage(np.full((8, 12, 1), 0.5, np.float32), (8, 12, 3))
        _, hm_aug = iaa.Superpixels(1.0, 4)(image=_gradient(), heatmaps=heatmap)
        assert np.array_equal(hm_aug.get_arr(), heatmap.get_arr())

    def test_array_input_stays_array(self):
        images = np.stack([_two_colour_image()] * 2)
        observed = iaa.Superpixels(1.0, 8)(images=images)
        assert isinstance(observed, np.ndarray) and np.array_equal(observed, images)
