# ruff: noqa: E501
"""Frozen manifest of the imgaug 0.4.0 public API: names per module + signatures.

The manifest is written from ``spec/core.md`` (§1.2-1.15, §2, §3, §4, §5, §6) and
``spec/augmenters.md`` (§0, §2-§21 incl. the §21.1 namespace list and §22 aliases).

Format of ``MANIFEST[module]`` (one entry per line; an entry continues on the next
lines while its parentheses are unbalanced):

* ``Name`` -- the module must define ``Name`` (and list it in ``__all__``).
* ``Name(signature)`` -- additionally ``inspect.signature(Name)`` must have exactly
  these parameter names, kinds and defaults (defaults compared by value *and* type,
  so ``(-20, 20)`` differs from ``[-20, 20]`` and ``1`` from ``1.0``).
* ``Class.member`` / ``Class.member(signature)`` -- a member of a class in that module
  (signature without ``self``/``cls``).
* Names starting with ``_`` are private helpers the spec names explicitly; they must
  exist but are not expected in ``__all__``.
* ``STD`` expands to the standard augmenter tail
  ``seed=None, name=None, random_state="deprecated", deterministic="deprecated"``.

Not everything is built yet (the project builds augmenter families issue by issue):
``NOT_YET_IMPLEMENTED`` lists whole modules that do not exist yet, and
``NOT_YET_IMPLEMENTED_NAMES`` lists single names of partly built modules. Both are
*strict*: once a listed module/name exists, the test fails and asks to remove it from
the list, so nothing stays unchecked. Every module and name that exists is checked
completely.
"""

import ast
import importlib
import inspect
import re
import types

import cv2
import numpy as np
import pytest

STD = "seed=None, name=None, random_state='deprecated', deterministic='deprecated'"

# --------------------------------------------------------------------------------------
# Things that are not built yet (strict: remove an entry as soon as it lands)
# --------------------------------------------------------------------------------------

NOT_YET_IMPLEMENTED = {}

_LATER = "later issue"
NOT_YET_IMPLEMENTED_NAMES = {}

# --------------------------------------------------------------------------------------
# The manifest
# --------------------------------------------------------------------------------------

_CBAOI_SHIFT = "(x=0, y=0, top=None, right=None, bottom=None, left=None)"

MANIFEST = {
    # ---------------------------------------------------------------- imgaug.imgaug
    "imgaug.imgaug": """
ALL
FILE_DIR
QUOKKA_FP
QUOKKA_ANNOTATIONS_FP
QUOKKA_DEPTH_MAP_HALFRES_FP
DEFAULT_FONT_FP
NP_FLOAT_TYPES
NP_INT_TYPES
NP_UINT_TYPES
IMSHOW_BACKEND_DEFAULT
IMRESIZE_VALID_INTERPOLATIONS
MOVED
DeprecationWarning
warn(msg, category=UserWarning, stacklevel=2)
warn_deprecated(msg, stacklevel=2)
deprecated(alt_func=None, behavior='warn', removed_version=None, comment=None)
is_np_array(val)
is_np_scalar(val)
is_single_integer(val)
is_single_float(val)
is_single_number(val)
is_iterable(val)
is_string(val)
is_single_bool(val)
is_integer_array(val)
is_float_array(val)
is_callable(val)
is_generator(val)
flatten(nested_iterable)
caller_name()
do_assert(condition, message='Assertion failed.')
seed(entropy=None, seedval=None)
normalize_random_state(random_state)
current_random_state()
new_random_state(seed=None, fully_random=False)
dummy_random_state()
copy_random_state(random_state, force_copy=False)
derive_random_state(random_state)
derive_random_states(random_state, n=1)
forward_random_state(random_state)
quokka(size=None, extract=None)
quokka_square(size=None)
quokka_heatmap(size=None, extract=None)
quokka_segmentation_map(size=None, extract=None)
quokka_keypoints(size=None, extract=None)
quokka_bounding_boxes(size=None, extract=None)
quokka_polygons(size=None, extract=None)
angle_between_vectors(v1, v2)
compute_line_intersection_point(x1, y1, x2, y2, x3, y3, x4, y4)
draw_text(img, y, x, text, color=(0, 255, 0), size=25)
imresize_many_images(images, sizes=None, interpolation=None)
imresize_single_image(image, sizes, interpolation=None)
pool(arr, block_size, func, pad_mode='constant', pad_cval=0, preserve_dtype=True, cval=None)
avg_pool(arr, block_size, pad_mode='reflect', pad_cval=128, preserve_dtype=True, cval=None)
max_pool(arr, block_size, pad_mode='edge', pad_cval=0, preserve_dtype=True, cval=None)
min_pool(arr, block_size, pad_mode='edge', pad_cval=255, preserve_dtype=True)
median_pool(arr, block_size, pad_mode='reflect', pad_cval=128, preserve_dtype=True)
draw_grid(images, rows=None, cols=None)
show_grid(images, rows=None, cols=None)
imshow(image, backend='matplotlib')
apply_lut(image, table)
apply_lut_(image, table)
HooksImages(activator=None, propagator=None, preprocessor=None, postprocessor=None)
HooksImages.is_activated(images, augmenter, parents, default)
HooksImages.is_propagating(images, augmenter, parents, default)
HooksImages.preprocess(images, augmenter, parents)
HooksImages.postprocess(images, augmenter, parents)
HooksHeatmaps
HooksKeypoints
Keypoint
KeypointsOnImage
compute_geometric_median
BoundingBox
BoundingBoxesOnImage
Polygon
PolygonsOnImage
MultiPolygon
HeatmapsOnImage
SegmentationMapsOnImage
Batch
BatchLoader
BackgroundAugmenter
pad
pad_to_aspect_ratio
pad_to_multiples_of
compute_paddings_to_reach_multiples_of
compute_paddings_for_aspect_ratio
compute_paddings_to_reach_exponents_of
_normalize_cv2_input_arr_(arr)
_assert_two_or_three_dims(shape_or_arr)
_quokka_normalize_extract(extract)
_compute_resized_shape(from_shape, to_shape)
""",
    # ---------------------------------------------------------------- imgaug.random
    "imgaug.random": """
SUPPORTS_NEW_NP_RNG_STYLE
BIT_GENERATOR
GLOBAL_RNG
SEED_MIN_VALUE
SEED_MAX_VALUE
supports_new_numpy_rng_style()
get_global_rng()
seed(entropy)
normalize_generator(generator)
normalize_generator_(generator)
convert_seed_to_generator(entropy)
convert_seed_sequence_to_generator(seed_sequence)
create_pseudo_random_generator_()
create_fully_random_generator()
generate_seed_(generator)
generate_seeds_(generator, n)
copy_generator(generator)
copy_generator_unless_global_generator(generator)
reset_generator_cache_(generator)
derive_generator_(generator)
derive_generators_(generator, n)
get_generator_state(generator)
set_generator_state_(generator, state)
is_generator_equal_to(generator, other_generator)
advance_generator_(generator)
polyfill_integers(generator, low, high=None, size=None, dtype='int32', endpoint=False)
polyfill_random(generator, size, dtype='float32', out=None)
temporary_numpy_seed(entropy=None)
RNG(generator)
RNG.state
RNG.set_state_(value)
RNG.use_state_of_(other)
RNG.is_global_rng()
RNG.equals_global_rng()
RNG.generate_seed_()
RNG.generate_seeds_(n)
RNG.reset_cache_()
RNG.derive_rng_()
RNG.derive_rngs_(n)
RNG.equals(other)
RNG.advance_()
RNG.copy()
RNG.copy_unless_global_rng()
RNG.duplicate(n)
RNG.create_fully_random()
RNG.create_pseudo_random_()
RNG.integers(low, high=None, size=None, dtype='int32', endpoint=False)
RNG.random(size, dtype='float32', out=None)
RNG.choice(a, size=None, replace=True, p=None)
RNG.bytes(length)
RNG.shuffle(x)
RNG.permutation(x)
RNG.beta(a, b, size=None)
RNG.binomial(n, p, size=None)
RNG.chisquare(df, size=None)
RNG.dirichlet(alpha, size=None)
RNG.exponential(scale=1.0, size=None)
RNG.f(dfnum, dfden, size=None)
RNG.gamma(shape, scale=1.0, size=None)
RNG.geometric(p, size=None)
RNG.gumbel(loc=0.0, scale=1.0, size=None)
RNG.hypergeometric(ngood, nbad, nsample, size=None)
RNG.laplace(loc=0.0, scale=1.0, size=None)
RNG.logistic(loc=0.0, scale=1.0, size=None)
RNG.lognormal(mean=0.0, sigma=1.0, size=None)
RNG.logseries(p, size=None)
RNG.multinomial(n, pvals, size=None)
RNG.multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)
RNG.negative_binomial(n, p, size=None)
RNG.noncentral_chisquare(df, nonc, size=None)
RNG.noncentral_f(dfnum, dfden, nonc, size=None)
RNG.normal(loc=0.0, scale=1.0, size=None)
RNG.pareto(a, size=None)
RNG.poisson(lam=1.0, size=None)
RNG.power(a, size=None)
RNG.rayleigh(scale=1.0, size=None)
RNG.standard_cauchy(size=None)
RNG.standard_exponential(size=None, dtype='float32', method='zig', out=None)
RNG.standard_gamma(shape, size=None, dtype='float32', out=None)
RNG.standard_normal(size=None, dtype='float32', out=None)
RNG.standard_t(df, size=None)
RNG.triangular(left, mode, right, size=None)
RNG.uniform(low=0.0, high=1.0, size=None)
RNG.vonmises(mu, kappa, size=None)
RNG.wald(mean, scale, size=None)
RNG.weibull(a, size=None)
RNG.zipf(a, size=None)
RNG.rand(*args)
RNG.randint(low, high=None, size=None, dtype='int32')
RNG.randn(*args)
RNG.random_integers(low, high=None, size=None)
RNG.random_sample(size)
RNG.tomaxint(size=None)
""",
    # ---------------------------------------------------------------- imgaug.parameters
    "imgaug.parameters": """
StochasticParameter()
StochasticParameter.draw_samples(size, random_state=None)
StochasticParameter.draw_sample(random_state=None)
StochasticParameter.copy()
StochasticParameter.deepcopy()
StochasticParameter.draw_distribution_graph(title=None, size=(1000, 1000), bins=100)
Deterministic(value)
DeterministicList(values)
Choice(a, replace=True, p=None)
Binomial(p)
DiscreteUniform(a, b)
Poisson(lam)
Normal(loc, scale)
TruncatedNormal(loc, scale, low=-np.inf, high=np.inf)
Laplace(loc, scale)
ChiSquare(df)
Weibull(a)
Uniform(a, b)
Beta(alpha, beta, epsilon=0.0001)
FromLowerResolution(other_param, size_percent=None, size_px=None, method='nearest', min_size=1)
Clip(other_param, minval=None, maxval=None)
Discretize(other_param, round=True)
Multiply(other_param, val, elementwise=False)
Divide(other_param, val, elementwise=False)
Add(other_param, val, elementwise=False)
Subtract(other_param, val, elementwise=False)
Power(other_param, val, elementwise=False)
Absolute(other_param)
RandomSign(other_param, p_positive=0.5)
ForceSign(other_param, positive, mode='invert', reroll_count_max=2)
Positive(other_param, mode='invert', reroll_count_max=2)
Negative(other_param, mode='invert', reroll_count_max=2)
IterativeNoiseAggregator(other_param, iterations=(1, 3), aggregation_method=['max', 'avg'])
Sigmoid(other_param, threshold=(-10, 10), activated=True, mul=1, add=0)
Sigmoid.create_for_noise(other_param, threshold=(-10, 10), activated=True)
SimplexNoise(size_px_max=(2, 16), upscale_method=['linear', 'nearest'])
FrequencyNoise(exponent=(-4, 4), size_px_max=(4, 32), upscale_method=['linear', 'nearest'])
handle_continuous_param(param, name, value_range=None, tuple_to_uniform=True, list_to_choice=True)
handle_discrete_param(param, name, value_range=None, tuple_to_uniform=True, list_to_choice=True, allow_floats=True)
handle_categorical_string_param(param, name, valid_values=None)
handle_discrete_kernel_size_param(param, name, value_range=(1, None), allow_floats=True)
handle_probability_param(param, name, tuple_to_uniform=False, list_to_choice=False)
force_np_float_dtype(val)
both_np_float_if_one_is_float(a, b)
draw_distributions_grid(params, rows=None, cols=None, graph_sizes=(350, 350), sample_sizes=None, titles=None)
show_distributions_grid(params, rows=None, cols=None, graph_sizes=(350, 350), sample_sizes=None, titles=None)
_check_value_range(value, name, value_range)
_assert_arg_is_stoch_param(arg_name, arg_value)
""",
    # ---------------------------------------------------------------- imgaug.dtypes
    "imgaug.dtypes": """
KIND_TO_DTYPES
normalize_dtype(dtype)
normalize_dtypes(dtypes)
change_dtype_(arr, dtype, clip=True, round=True)
change_dtypes_(images, dtypes, clip=True, round=True)
restore_dtypes_(images, dtypes, clip=True, round=True)
copy_dtypes_for_restore(images, force_list=False)
increase_itemsize_of_dtype(dtype, factor)
get_minimal_dtype(arrays, increase_itemsize_factor=1)
promote_array_dtypes_(arrays, dtypes=None, increase_itemsize_factor=1)
increase_array_resolutions_(arrays, factor)
get_value_range_of_dtype(dtype)
clip_(array, min_value, max_value)
clip_to_dtype_value_range_(array, dtype, validate=True, validate_values=None)
gate_dtypes(dtypes, allowed, disallowed, augmenter=None)
""",
    # ---------------------------------------------------------------- imgaug.validation
    "imgaug.validation": """
convert_iterable_to_string_of_types(iterable_var)
is_iterable_of(iterable_var, classes)
assert_is_iterable_of(iterable_var, classes)
""",
    # ---------------------------------------------------------------- imgaug.testutils
    "imgaug.testutils": """
ArgCopyingMagicMock
assert_cbaois_equal(observed, expected, max_distance=1e-4)
create_random_images(size)
create_random_keypoints(size_images, nb_keypoints_per_img)
array_equal_lists(list1, list2)
keypoints_equal(kpsois1, kpsois2, eps=0.001)
reseed(seed=0)
runtest_pickleable_uint8_img(augmenter, shape=(15, 15, 3), iterations=3)
wrap_shift_deprecation(func, *args, **kwargs)
TemporaryDirectory(suffix='', prefix='tmp', dir=None)
assertWarns(testcase, expected_warning, *args, **kwargs)
""",
    # ---------------------------------------------------------------- imgaug.data
    "imgaug.data": """
quokka(size=None, extract=None)
quokka_square(size=None)
quokka_heatmap(size=None, extract=None)
quokka_segmentation_map(size=None, extract=None)
quokka_keypoints(size=None, extract=None)
quokka_bounding_boxes(size=None, extract=None)
quokka_polygons(size=None, extract=None)
_quokka_normalize_extract(extract)
_compute_resized_shape(from_shape, to_shape)
""",
    # ---------------------------------------------------------------- imgaug.multicore
    "imgaug.multicore": """
Pool(augseq, processes=None, maxtasksperchild=None, seed=None)
Pool.pool
Pool.map_batches(batches, chunksize=None)
Pool.map_batches_async(batches, chunksize=None, callback=None, error_callback=None)
Pool.imap_batches(batches, chunksize=1, output_buffer_size=None)
Pool.imap_batches_unordered(batches, chunksize=1, output_buffer_size=None)
Pool.close()
Pool.terminate()
Pool.join()
BatchLoader(load_batch_func, queue_size=50, nb_workers=1, threaded=True)
BatchLoader.count_workers_alive()
BatchLoader.all_finished()
BatchLoader.terminate()
BackgroundAugmenter(batch_loader, augseq, queue_size=50, nb_workers='auto')
BackgroundAugmenter.all_finished()
BackgroundAugmenter.get_batch()
BackgroundAugmenter.terminate()
_Pool_initialize_worker(augseq, seed_start)
_Pool_worker(batch_idx, batch)
_Pool_starworker(inputs)
_reseed_global_local(base_seed, augseq)
_derive_seed(base_seed, offset=0)
""",
    # ---------------------------------------------------------------- augmentables
    "imgaug.augmentables.base": """
IAugmentable
""",
    "imgaug.augmentables.utils": """
copy_augmentables(augmentables)
deepcopy_fast(obj)
normalize_shape(shape)
project_coords_(coords, from_shape, to_shape)
project_coords(coords, from_shape, to_shape)
interpolate_point_pair(point_a, point_b, nb_steps)
interpolate_points(points, nb_steps, closed=True)
interpolate_points_by_max_distance(points, max_distance, closed=True)
convert_cbaois_to_kpsois(cbaois)
invert_convert_cbaois_to_kpsois_(cbaois, kpsois)
_remove_out_of_image_fraction_(cbaoi, fraction)
_normalize_shift_args(x, y, top=None, right=None, bottom=None, left=None)
""",
    "imgaug.augmentables.kps": """
compute_geometric_median(points=None, eps=1e-5, X=None)
Keypoint(x, y)
Keypoint.coords
Keypoint.x_int
Keypoint.y_int
Keypoint.xy
Keypoint.xy_int
Keypoint.project_(from_shape, to_shape)
Keypoint.project(from_shape, to_shape)
Keypoint.is_out_of_image(image)
Keypoint.compute_out_of_image_fraction(image)
Keypoint.shift_(x=0, y=0)
Keypoint.shift(x=0, y=0)
Keypoint.draw_on_image(image, color=(0, 255, 0), alpha=1.0, size=3, copy=True, raise_if_out_of_image=False)
Keypoint.generate_similar_points_manhattan(nb_steps, step_size, return_array=False)
Keypoint.coords_almost_equals(other, max_distance=1e-4)
Keypoint.almost_equals(other, max_distance=1e-4)
Keypoint.copy(x=None, y=None)
Keypoint.deepcopy(x=None, y=None)
KeypointsOnImage(keypoints, shape)
KeypointsOnImage.items
KeypointsOnImage.height
KeypointsOnImage.width
KeypointsOnImage.empty
KeypointsOnImage.on_(image)
KeypointsOnImage.on(image)
KeypointsOnImage.shift_(x=0, y=0)
KeypointsOnImage.shift(x=0, y=0)
KeypointsOnImage.draw_on_image(image, color=(0, 255, 0), alpha=1.0, size=3, copy=True, raise_if_out_of_image=False)
KeypointsOnImage.remove_out_of_image_fraction_(fraction)
KeypointsOnImage.remove_out_of_image_fraction(fraction)
KeypointsOnImage.clip_out_of_image_()
KeypointsOnImage.clip_out_of_image()
KeypointsOnImage.to_xy_array()
KeypointsOnImage.get_coords_array()
KeypointsOnImage.from_xy_array(xy, shape)
KeypointsOnImage.from_coords_array(coords, shape)
KeypointsOnImage.fill_from_xy_array_(xy)
KeypointsOnImage.to_keypoint_image(size=1)
KeypointsOnImage.from_keypoint_image(image, if_not_found_coords={'x': -1, 'y': -1}, threshold=1, nb_channels=None)
KeypointsOnImage.to_distance_maps(inverted=False)
KeypointsOnImage.from_distance_maps(distance_maps, inverted=False, if_not_found_coords={'x': -1, 'y': -1}, threshold=None, nb_channels=None)
KeypointsOnImage.to_keypoints_on_image()
KeypointsOnImage.invert_to_keypoints_on_image_(kpsoi)
KeypointsOnImage.copy(keypoints=None, shape=None)
KeypointsOnImage.deepcopy(keypoints=None, shape=None)
""",
    "imgaug.augmentables.bbs": f"""
BoundingBox(x1, y1, x2, y2, label=None)
BoundingBox.coords
BoundingBox.x1_int
BoundingBox.y1_int
BoundingBox.x2_int
BoundingBox.y2_int
BoundingBox.height
BoundingBox.width
BoundingBox.center_x
BoundingBox.center_y
BoundingBox.area
BoundingBox.contains(other)
BoundingBox.project_(from_shape, to_shape)
BoundingBox.project(from_shape, to_shape)
BoundingBox.extend_(all_sides=0, top=0, right=0, bottom=0, left=0)
BoundingBox.extend(all_sides=0, top=0, right=0, bottom=0, left=0)
BoundingBox.intersection(other, default=None)
BoundingBox.union(other)
BoundingBox.iou(other)
BoundingBox.compute_out_of_image_area(image)
BoundingBox.compute_out_of_image_fraction(image)
BoundingBox.is_fully_within_image(image)
BoundingBox.is_partly_within_image(image)
BoundingBox.is_out_of_image(image, fully=True, partly=False)
BoundingBox.clip_out_of_image_(image)
BoundingBox.clip_out_of_image(image)
BoundingBox.cut_out_of_image(*args, **kwargs)
BoundingBox.shift_(x=0, y=0)
BoundingBox.shift{_CBAOI_SHIFT}
BoundingBox.draw_label_on_image(image, color=(0, 255, 0), color_text=None, color_bg=None, alpha=1.0, size=1, size_text=20, height=30, copy=True, raise_if_out_of_image=False)
BoundingBox.draw_box_on_image(image, color=(0, 255, 0), alpha=1.0, size=1, copy=True, raise_if_out_of_image=False, thickness=None)
BoundingBox.draw_on_image(image, color=(0, 255, 0), alpha=1.0, size=1, copy=True, raise_if_out_of_image=False, thickness=None)
BoundingBox.extract_from_image(image, pad=True, pad_max=None, prevent_zero_size=True)
BoundingBox.to_keypoints()
BoundingBox.to_polygon()
BoundingBox.coords_almost_equals(other, max_distance=1e-4)
BoundingBox.almost_equals(other, max_distance=1e-4)
BoundingBox.from_point_soup(xy)
BoundingBox.copy(x1=None, y1=None, x2=None, y2=None, label=None)
BoundingBox.deepcopy(x1=None, y1=None, x2=None, y2=None, label=None)
BoundingBoxesOnImage(bounding_boxes, shape)
BoundingBoxesOnImage.items
BoundingBoxesOnImage.height
BoundingBoxesOnImage.width
BoundingBoxesOnImage.empty
BoundingBoxesOnImage.on_(image)
BoundingBoxesOnImage.on(image)
BoundingBoxesOnImage.from_xyxy_array(xyxy, shape)
BoundingBoxesOnImage.from_point_soups(xy, shape)
BoundingBoxesOnImage.to_xyxy_array(dtype=np.float32)
BoundingBoxesOnImage.to_xy_array()
BoundingBoxesOnImage.fill_from_xyxy_array_(xyxy)
BoundingBoxesOnImage.fill_from_xy_array_(xy)
BoundingBoxesOnImage.draw_on_image(image, color=(0, 255, 0), alpha=1.0, size=1, copy=True, raise_if_out_of_image=False, thickness=None)
BoundingBoxesOnImage.remove_out_of_image_(fully=True, partly=False)
BoundingBoxesOnImage.remove_out_of_image(fully=True, partly=False)
BoundingBoxesOnImage.remove_out_of_image_fraction_(fraction)
BoundingBoxesOnImage.remove_out_of_image_fraction(fraction)
BoundingBoxesOnImage.clip_out_of_image_()
BoundingBoxesOnImage.clip_out_of_image()
BoundingBoxesOnImage.cut_out_of_image
BoundingBoxesOnImage.shift_(x=0, y=0)
BoundingBoxesOnImage.shift{_CBAOI_SHIFT}
BoundingBoxesOnImage.to_keypoints_on_image()
BoundingBoxesOnImage.invert_to_keypoints_on_image_(kpsoi)
BoundingBoxesOnImage.to_polygons_on_image()
BoundingBoxesOnImage.copy(bounding_boxes=None, shape=None)
BoundingBoxesOnImage.deepcopy(bounding_boxes=None, shape=None)
""",
    "imgaug.augmentables.polys": f"""
Polygon(exterior, label=None)
Polygon.coords
Polygon.xx
Polygon.yy
Polygon.xx_int
Polygon.yy_int
Polygon.is_valid
Polygon.area
Polygon.height
Polygon.width
Polygon.project_(from_shape, to_shape)
Polygon.project(from_shape, to_shape)
Polygon.find_closest_point_index(x, y, return_distance=False)
Polygon.compute_out_of_image_area(image)
Polygon.compute_out_of_image_fraction(image)
Polygon.is_out_of_image(image, fully=True, partly=False)
Polygon.is_fully_within_image(image)
Polygon.is_partly_within_image(image)
Polygon.clip_out_of_image(image)
Polygon.cut_out_of_image(image)
Polygon.shift_(x=0, y=0)
Polygon.shift{_CBAOI_SHIFT}
Polygon.draw_on_image(image, color=(0, 255, 0), color_face=None, color_lines=None, color_points=None, alpha=1.0, alpha_face=None, alpha_lines=None, alpha_points=None, size=1, size_lines=None, size_points=None, raise_if_out_of_image=False)
Polygon.extract_from_image(image)
Polygon.change_first_point_by_coords(x, y, max_distance=1e-4, raise_if_too_far_away=True)
Polygon.change_first_point_by_index(point_idx)
Polygon.subdivide_(points_per_edge)
Polygon.subdivide(points_per_edge)
Polygon.to_shapely_polygon()
Polygon.to_shapely_line_string(closed=False, interpolate=0)
Polygon.to_bounding_box()
Polygon.to_keypoints()
Polygon.to_line_string(closed=True)
Polygon.from_shapely(polygon_shapely, label=None)
Polygon.coords_almost_equals(other, max_distance=1e-4, points_per_edge=8)
Polygon.exterior_almost_equals(other, max_distance=1e-4, points_per_edge=8)
Polygon.almost_equals(other, max_distance=1e-4, points_per_edge=8)
Polygon.copy(exterior=None, label=None)
Polygon.deepcopy(exterior=None, label=None)
PolygonsOnImage(polygons, shape)
PolygonsOnImage.items
PolygonsOnImage.empty
PolygonsOnImage.on_(image)
PolygonsOnImage.on(image)
PolygonsOnImage.draw_on_image(image, color=(0, 255, 0), color_face=None, color_lines=None, color_points=None, alpha=1.0, alpha_face=None, alpha_lines=None, alpha_points=None, size=1, size_lines=None, size_points=None, raise_if_out_of_image=False)
PolygonsOnImage.remove_out_of_image_(fully=True, partly=False)
PolygonsOnImage.remove_out_of_image(fully=True, partly=False)
PolygonsOnImage.remove_out_of_image_fraction_(fraction)
PolygonsOnImage.remove_out_of_image_fraction(fraction)
PolygonsOnImage.clip_out_of_image_()
PolygonsOnImage.clip_out_of_image()
PolygonsOnImage.shift_(x=0, y=0)
PolygonsOnImage.shift{_CBAOI_SHIFT}
PolygonsOnImage.subdivide_(points_per_edge)
PolygonsOnImage.subdivide(points_per_edge)
PolygonsOnImage.to_xy_array()
PolygonsOnImage.fill_from_xy_array_(xy)
PolygonsOnImage.to_keypoints_on_image()
PolygonsOnImage.invert_to_keypoints_on_image_(kpsoi)
PolygonsOnImage.copy(polygons=None, shape=None)
PolygonsOnImage.deepcopy(polygons=None, shape=None)
MultiPolygon(geoms)
MultiPolygon.from_shapely(geometry, label=None)
recover_psois_(psois, psois_orig, recoverer, random_state)
_ConcavePolygonRecoverer(threshold_duplicate_points=1e-4, noise_strength=1e-4, oversampling=0.01, max_segment_difference=1e-4)
_ConcavePolygonRecoverer.recover_from(new_exterior, old_polygon, random_state=0)
_convert_points_to_shapely_line_string(points, closed=False, interpolate=0)
""",
    "imgaug.augmentables.lines": f"""
LineString(coords, label=None)
LineString.length
LineString.xx
LineString.yy
LineString.xx_int
LineString.yy_int
LineString.height
LineString.width
LineString.get_pointwise_inside_image_mask(image)
LineString.compute_neighbour_distances()
LineString.compute_pointwise_distances(other, default=None)
LineString.compute_distance(other, default=None)
LineString.contains(other, max_distance=1e-4)
LineString.project_(from_shape, to_shape)
LineString.project(from_shape, to_shape)
LineString.compute_out_of_image_fraction(image)
LineString.is_fully_within_image(image, default=False)
LineString.is_partly_within_image(image, default=False)
LineString.is_out_of_image(image, fully=True, partly=False, default=True)
LineString.clip_out_of_image(image)
LineString.find_intersections_with(other)
LineString.shift_(x=0, y=0)
LineString.shift{_CBAOI_SHIFT}
LineString.draw_mask(image_shape, size_lines=1, size_points=0, raise_if_out_of_image=False)
LineString.draw_lines_heatmap_array(image_shape, alpha=1.0, size=1, antialiased=True, raise_if_out_of_image=False)
LineString.draw_points_heatmap_array(image_shape, alpha=1.0, size=1, raise_if_out_of_image=False)
LineString.draw_heatmap_array(image_shape, alpha_lines=1.0, alpha_points=1.0, size_lines=1, size_points=0, antialiased=True, raise_if_out_of_image=False)
LineString.draw_lines_on_image(image, color=(0, 255, 0), alpha=1.0, size=3, antialiased=True, raise_if_out_of_image=False)
LineString.draw_points_on_image(image, color=(0, 128, 0), alpha=1.0, size=3, copy=True, raise_if_out_of_image=False)
LineString.draw_on_image(image, color=(0, 255, 0), color_lines=None, color_points=None, alpha=1.0, alpha_lines=None, alpha_points=None, size=1, size_lines=None, size_points=None, antialiased=True, raise_if_out_of_image=False)
LineString.extract_from_image(image, size=1, pad=True, pad_max=None, antialiased=True, prevent_zero_size=True)
LineString.concatenate(other)
LineString.subdivide(points_per_edge)
LineString.to_keypoints()
LineString.to_bounding_box()
LineString.to_polygon()
LineString.to_heatmap(image_shape, size_lines=1, size_points=0, antialiased=True, raise_if_out_of_image=False)
LineString.to_segmentation_map(image_shape, size_lines=1, size_points=0, raise_if_out_of_image=False)
LineString.coords_almost_equals(other, max_distance=1e-4, points_per_edge=8)
LineString.almost_equals(other, max_distance=1e-4, points_per_edge=8)
LineString.copy(coords=None, label=None)
LineString.deepcopy(coords=None, label=None)
LineStringsOnImage(line_strings, shape)
LineStringsOnImage.items
LineStringsOnImage.empty
LineStringsOnImage.on_(image)
LineStringsOnImage.on(image)
LineStringsOnImage.from_xy_arrays(xy, shape)
LineStringsOnImage.to_xy_arrays(dtype=np.float32)
LineStringsOnImage.draw_on_image(image, color=(0, 255, 0), color_lines=None, color_points=None, alpha=1.0, alpha_lines=None, alpha_points=None, size=1, size_lines=None, size_points=None, antialiased=True, raise_if_out_of_image=False)
LineStringsOnImage.remove_out_of_image_(fully=True, partly=False)
LineStringsOnImage.remove_out_of_image(fully=True, partly=False)
LineStringsOnImage.remove_out_of_image_fraction_(fraction)
LineStringsOnImage.remove_out_of_image_fraction(fraction)
LineStringsOnImage.clip_out_of_image_()
LineStringsOnImage.clip_out_of_image()
LineStringsOnImage.shift_(x=0, y=0)
LineStringsOnImage.shift{_CBAOI_SHIFT}
LineStringsOnImage.to_xy_array()
LineStringsOnImage.fill_from_xy_array_(xy)
LineStringsOnImage.to_keypoints_on_image()
LineStringsOnImage.invert_to_keypoints_on_image_(kpsoi)
LineStringsOnImage.copy(line_strings=None, shape=None)
LineStringsOnImage.deepcopy(line_strings=None, shape=None)
""",
    "imgaug.augmentables.heatmaps": """
HeatmapsOnImage(arr, shape, min_value=0.0, max_value=1.0)
HeatmapsOnImage.get_arr()
HeatmapsOnImage.draw(size=None, cmap='jet')
HeatmapsOnImage.draw_on_image(image, alpha=0.75, cmap='jet', resize='heatmaps')
HeatmapsOnImage.invert()
HeatmapsOnImage.pad(top=0, right=0, bottom=0, left=0, mode='constant', cval=0.0)
HeatmapsOnImage.pad_to_aspect_ratio(aspect_ratio, mode='constant', cval=0.0, return_pad_amounts=False)
HeatmapsOnImage.avg_pool(block_size)
HeatmapsOnImage.max_pool(block_size)
HeatmapsOnImage.resize(sizes, interpolation='cubic')
HeatmapsOnImage.scale(*args, **kwargs)
HeatmapsOnImage.to_uint8()
HeatmapsOnImage.from_uint8(arr_uint8, shape, min_value=0.0, max_value=1.0)
HeatmapsOnImage.from_0to1(arr_0to1, shape, min_value=0.0, max_value=1.0)
HeatmapsOnImage.change_normalization(arr, source, target)
HeatmapsOnImage.copy()
HeatmapsOnImage.deepcopy()
""",
    "imgaug.augmentables.segmaps": """
SegmentationMapOnImage(*args, **kwargs)
SegmentationMapsOnImage(arr, shape, nb_classes=None)
SegmentationMapsOnImage.DEFAULT_SEGMENT_COLORS
SegmentationMapsOnImage.get_arr()
SegmentationMapsOnImage.get_arr_int(*args, **kwargs)
SegmentationMapsOnImage.draw(size=None, colors=None)
SegmentationMapsOnImage.draw_on_image(image, alpha=0.75, resize='segmentation_map', colors=None, draw_background=False, background_class_id=0, background_threshold=None)
SegmentationMapsOnImage.pad(top=0, right=0, bottom=0, left=0, mode='constant', cval=0)
SegmentationMapsOnImage.pad_to_aspect_ratio(aspect_ratio, mode='constant', cval=0, return_pad_amounts=False)
SegmentationMapsOnImage.resize(sizes, interpolation='nearest')
SegmentationMapsOnImage.scale
SegmentationMapsOnImage.copy(arr=None, shape=None)
SegmentationMapsOnImage.deepcopy(arr=None, shape=None)
""",
    "imgaug.augmentables.batches": """
DEFAULT
UnnormalizedBatch(images=None, heatmaps=None, segmentation_maps=None, keypoints=None, bounding_boxes=None, polygons=None, line_strings=None, data=None)
UnnormalizedBatch.get_column_names()
UnnormalizedBatch.to_normalized_batch()
UnnormalizedBatch.fill_from_augmented_normalized_batch_(batch_aug_norm)
UnnormalizedBatch.fill_from_augmented_normalized_batch(batch_aug_norm)
Batch(images=None, heatmaps=None, segmentation_maps=None, keypoints=None, bounding_boxes=None, polygons=None, line_strings=None, data=None)
Batch.images
Batch.heatmaps
Batch.segmentation_maps
Batch.keypoints
Batch.bounding_boxes
Batch.get_column_names()
Batch.to_normalized_batch()
Batch.to_batch_in_augmentation()
Batch.fill_from_batch_in_augmentation_(batch_in_augmentation)
Batch.deepcopy(images_unaug='DEFAULT', images_aug='DEFAULT', heatmaps_unaug='DEFAULT', heatmaps_aug='DEFAULT', segmentation_maps_unaug='DEFAULT', segmentation_maps_aug='DEFAULT', keypoints_unaug='DEFAULT', keypoints_aug='DEFAULT', bounding_boxes_unaug='DEFAULT', bounding_boxes_aug='DEFAULT', polygons_unaug='DEFAULT', polygons_aug='DEFAULT', line_strings_unaug='DEFAULT', line_strings_aug='DEFAULT')
_BatchInAugmentation(images=None, heatmaps=None, segmentation_maps=None, keypoints=None, bounding_boxes=None, polygons=None, line_strings=None, data=None)
_BatchInAugmentation.empty
_BatchInAugmentation.nb_rows
_BatchInAugmentation.columns
_BatchInAugmentation.get_column_names()
_BatchInAugmentation.get_rowwise_shapes()
_BatchInAugmentation.subselect_rows_by_indices(indices)
_BatchInAugmentation.invert_subselect_rows_by_indices_(indices, batch_subselected)
_BatchInAugmentation.propagation_hooks_ctx(augmenter, hooks, parents)
_BatchInAugmentation.apply_propagation_hooks_(augmenter, hooks, parents)
_BatchInAugmentation.invert_apply_propagation_hooks_(noned_info)
_BatchInAugmentation.to_batch_in_augmentation()
_BatchInAugmentation.fill_from_batch_in_augmentation_(batch_in_augmentation)
_BatchInAugmentation.to_batch(batch_before_aug)
_BatchInAugmentation.deepcopy()
""",
    "imgaug.augmentables.normalization": """
normalize_images(images)
invert_normalize_images(images, images_old)
normalize_heatmaps(inputs, shapes=None)
invert_normalize_heatmaps(heatmaps, heatmaps_old)
normalize_segmentation_maps(inputs, shapes=None)
invert_normalize_segmentation_maps(segmentation_maps, segmentation_maps_old)
normalize_keypoints(inputs, shapes=None)
invert_normalize_keypoints(keypoints, keypoints_old)
normalize_bounding_boxes(inputs, shapes=None)
invert_normalize_bounding_boxes(bounding_boxes, bounding_boxes_old)
normalize_polygons(inputs, shapes=None)
invert_normalize_polygons(polygons, polygons_old)
normalize_line_strings(inputs, shapes=None)
invert_normalize_line_strings(line_strings, line_strings_old)
restore_dtype_and_merge(arr, input_dtype)
find_first_nonempty(attr, parents=None)
estimate_heatmaps_norm_type
estimate_segmaps_norm_type
estimate_keypoints_norm_type
estimate_bounding_boxes_norm_type
estimate_polygons_norm_type
estimate_line_strings_norm_type
estimate_normalization_type(inputs)
_nonempty_info_to_type_str(nonempty, success, parents)
""",
    # ---------------------------------------------------------------- augmenters.base
    "imgaug.augmenters.base": """
SuspiciousMultiImageShapeWarning
SuspiciousSingleImageShapeWarning
""",
    # ---------------------------------------------------------------- augmenters.meta
    "imgaug.augmenters.meta": """
Augmenter(STD)
Augmenter.augment_batches(batches, hooks=None, background=False)
Augmenter.augment_batch(batch, hooks=None)
Augmenter.augment_batch_(batch, parents=None, hooks=None)
Augmenter.augment_image(image, hooks=None)
Augmenter.augment_images(images, parents=None, hooks=None)
Augmenter.augment_heatmaps(heatmaps, parents=None, hooks=None)
Augmenter.augment_segmentation_maps(segmaps, parents=None, hooks=None)
Augmenter.augment_keypoints(keypoints_on_images, parents=None, hooks=None)
Augmenter.augment_bounding_boxes(bounding_boxes_on_images, parents=None, hooks=None)
Augmenter.augment_polygons(polygons_on_images, parents=None, hooks=None)
Augmenter.augment_line_strings(line_strings_on_images, parents=None, hooks=None)
Augmenter.augment(return_batch=False, hooks=None, **kwargs)
Augmenter.__call__(*args, **kwargs)
Augmenter.pool(processes=None, maxtasksperchild=None, seed=None)
Augmenter.draw_grid(images, rows, cols)
Augmenter.show_grid(images, rows, cols)
Augmenter.to_deterministic(n=None)
Augmenter.reseed(random_state=None, deterministic_too=False)
Augmenter.seed_(entropy=None, deterministic_too=False)
Augmenter.localize_random_state(recursive=True)
Augmenter.localize_random_state_(recursive=True)
Augmenter.copy_random_state(source, recursive=True, matching='position', matching_tolerant=True, copy_determinism=False)
Augmenter.copy_random_state_(source, recursive=True, matching='position', matching_tolerant=True, copy_determinism=False)
Augmenter.get_parameters()
Augmenter.get_children_lists()
Augmenter.get_all_children(flat=False)
Augmenter.find_augmenters(func, parents=None, flat=True)
Augmenter.find_augmenters_by_name(name, regex=False, flat=True)
Augmenter.find_augmenters_by_names(names, regex=False, flat=True)
Augmenter.remove_augmenters(func, copy=True, identity_if_topmost=True, noop_if_topmost=None)
Augmenter.remove_augmenters_inplace(func, parents=None)
Augmenter.remove_augmenters_(func, parents=None)
Augmenter.copy()
Augmenter.deepcopy()
Augmenter._augment_batch_(batch, random_state, parents, hooks)
Augmenter._augment_images(images, random_state, parents, hooks)
Augmenter._augment_heatmaps(heatmaps, random_state, parents, hooks)
Augmenter._augment_segmentation_maps(segmaps, random_state, parents, hooks)
Augmenter._augment_keypoints(keypoints_on_images, random_state, parents, hooks)
Augmenter._augment_bounding_boxes(bounding_boxes_on_images, random_state, parents, hooks)
Augmenter._augment_polygons(polygons_on_images, random_state, parents, hooks)
Augmenter._augment_line_strings(line_strings_on_images, random_state, parents, hooks)
Augmenter._to_deterministic()
Sequential(children=None, random_order=False, STD)
Sequential.add(augmenter)
SomeOf(n=None, children=None, random_order=False, STD)
SomeOf.add(augmenter)
OneOf(children, STD)
Sometimes(p=0.5, then_list=None, else_list=None, STD)
WithChannels(channels=None, children=None, STD)
Identity(STD)
Noop(STD)
Lambda(func_images=None, func_heatmaps=None, func_segmentation_maps=None, func_keypoints=None, func_bounding_boxes='keypoints', func_polygons='keypoints', func_line_strings='keypoints', STD)
AssertLambda(func_images=None, func_heatmaps=None, func_segmentation_maps=None, func_keypoints=None, func_bounding_boxes=None, func_polygons=None, func_line_strings=None, STD)
AssertShape(shape, check_images=True, check_heatmaps=True, check_segmentation_maps=True, check_keypoints=True, check_bounding_boxes=True, check_polygons=True, check_line_strings=True, STD)
ChannelShuffle(p=1.0, channels=None, STD)
RemoveCBAsByOutOfImageFraction(fraction, STD)
ClipCBAsToImagePlanes(STD)
clip_augmented_image_(image, min_value, max_value)
clip_augmented_image(image, min_value, max_value)
clip_augmented_images_(images, min_value, max_value)
clip_augmented_images(images, min_value, max_value)
handle_children_list(lst, augmenter_name, lst_name, default='sequential')
reduce_to_nonempty(objs)
invert_reduce_to_nonempty(objs, ids, objs_reduced)
estimate_max_number_of_channels(images)
copy_arrays(arrays)
shuffle_channels(image, random_state, channels=None)
""",
    # ---------------------------------------------------------------- augmenters.arithmetic
    "imgaug.augmenters.arithmetic": """
add_scalar(image, value)
add_elementwise(image, values)
multiply_scalar(image, multiplier)
multiply_elementwise(image, multipliers)
cutout(image, x1, y1, x2, y2, fill_mode='constant', cval=0, fill_per_channel=False, seed=None)
cutout_(image, x1, y1, x2, y2, fill_mode='constant', cval=0, fill_per_channel=False, seed=None)
replace_elementwise_(image, mask, replacements)
invert(image, min_value=None, max_value=None, threshold=None, invert_above_threshold=True)
invert_(image, min_value=None, max_value=None, threshold=None, invert_above_threshold=True)
solarize(image, threshold=128)
solarize_(image, threshold=128)
compress_jpeg(image, compression)
ContrastNormalization(alpha=1.0, per_channel=False, STD)
Add(value=(-20, 20), per_channel=False, STD)
AddElementwise(value=(-20, 20), per_channel=False, STD)
AdditiveGaussianNoise(loc=0, scale=(0, 15), per_channel=False, STD)
AdditiveLaplaceNoise(loc=0, scale=(0, 15), per_channel=False, STD)
AdditivePoissonNoise(lam=(0.0, 15.0), per_channel=False, STD)
Multiply(mul=(0.8, 1.2), per_channel=False, STD)
MultiplyElementwise(mul=(0.8, 1.2), per_channel=False, STD)
Cutout(nb_iterations=1, position='uniform', size=0.2, squared=True, fill_mode='constant', cval=128, fill_per_channel=False, STD)
Dropout(p=(0.0, 0.05), per_channel=False, STD)
CoarseDropout(p=(0.02, 0.1), size_px=None, size_percent=None, per_channel=False, min_size=3, STD)
Dropout2d(p=0.1, nb_keep_channels=1, STD)
TotalDropout(p=1, STD)
ReplaceElementwise(mask, replacement, per_channel=False, STD)
SaltAndPepper(p=(0.0, 0.03), per_channel=False, STD)
ImpulseNoise(p=(0.0, 0.03), STD)
CoarseSaltAndPepper(p=(0.02, 0.1), size_px=None, size_percent=None, per_channel=False, min_size=3, STD)
Salt(p=(0.0, 0.03), per_channel=False, STD)
CoarseSalt(p=(0.02, 0.1), size_px=None, size_percent=None, per_channel=False, min_size=3, STD)
Pepper(p=(0.0, 0.05), per_channel=False, STD)
CoarsePepper(p=(0.02, 0.1), size_px=None, size_percent=None, per_channel=False, min_size=3, STD)
Invert(p=1, per_channel=False, min_value=None, max_value=None, threshold=None, invert_above_threshold=0.5, STD)
Invert.ALLOW_DTYPES_CUSTOM_MINMAX
Solarize(p=1, per_channel=False, min_value=None, max_value=None, threshold=(128 - 64, 128 + 64), invert_above_threshold=True, STD)
JpegCompression(compression=(0, 100), STD)
""",
    # ---------------------------------------------------------------- augmenters.artistic
    "imgaug.augmenters.artistic": """
stylize_cartoon(image, blur_ksize=3, segmentation_size=1.0, saturation=2.0, edge_prevalence=1.0, suppress_edges=True, from_colorspace='RGB')
Cartoon(blur_ksize=(1, 5), segmentation_size=(0.8, 1.2), saturation=(1.5, 2.5), edge_prevalence=(0.9, 1.1), from_colorspace='RGB', STD)
""",
    # ---------------------------------------------------------------- augmenters.blend
    "imgaug.augmenters.blend": """
blend_alpha(image_fg, image_bg, alpha, eps=1e-2)
BlendAlpha(factor=(0.0, 1.0), foreground=None, background=None, per_channel=False, STD)
BlendAlphaMask(mask_generator, foreground=None, background=None, STD)
BlendAlphaElementwise(factor=(0.0, 1.0), foreground=None, background=None, per_channel=False, STD)
BlendAlphaElementwise.factor
BlendAlphaSimplexNoise(foreground=None, background=None, per_channel=False, size_px_max=(2, 16), upscale_method=None, iterations=(1, 3), aggregation_method='max', sigmoid=True, sigmoid_thresh=None, STD)
BlendAlphaFrequencyNoise(exponent=(-4, 4), foreground=None, background=None, per_channel=False, size_px_max=(4, 16), upscale_method=None, iterations=(1, 3), aggregation_method=['avg', 'max'], sigmoid=0.5, sigmoid_thresh=None, STD)
BlendAlphaSomeColors(foreground=None, background=None, nb_bins=(5, 15), smoothness=(0.1, 0.3), alpha=[0.0, 1.0], rotation_deg=(0, 360), from_colorspace='RGB', STD)
BlendAlphaHorizontalLinearGradient(foreground=None, background=None, min_value=(0.0, 0.2), max_value=(0.8, 1.0), start_at=(0.0, 0.2), end_at=(0.8, 1.0), STD)
BlendAlphaVerticalLinearGradient(foreground=None, background=None, min_value=(0.0, 0.2), max_value=(0.8, 1.0), start_at=(0.0, 0.2), end_at=(0.8, 1.0), STD)
BlendAlphaRegularGrid(nb_rows, nb_cols, foreground=None, background=None, alpha=[0.0, 1.0], STD)
BlendAlphaCheckerboard(nb_rows, nb_cols, foreground=None, background=None, STD)
BlendAlphaSegMapClassIds(class_ids, foreground=None, background=None, nb_sample_classes=None, STD)
BlendAlphaBoundingBoxes(labels, foreground=None, background=None, nb_sample_labels=None, STD)
IBatchwiseMaskGenerator
IBatchwiseMaskGenerator.draw_masks(batch, random_state=None)
StochasticParameterMaskGen(parameter, per_channel)
SomeColorsMaskGen(nb_bins=(5, 15), smoothness=(0.1, 0.3), alpha=[0.0, 1.0], rotation_deg=(0, 360), from_colorspace='RGB')
SomeColorsMaskGen.generate_mask(image, binwise_alphas, sigma, rotation_bins, from_colorspace)
HorizontalLinearGradientMaskGen(min_value=(0.0, 0.2), max_value=(0.8, 1.0), start_at=(0.0, 0.2), end_at=(0.8, 1.0))
HorizontalLinearGradientMaskGen.generate_mask(shape, min_value, max_value, start_at, end_at)
VerticalLinearGradientMaskGen(min_value=(0.0, 0.2), max_value=(0.8, 1.0), start_at=(0.0, 0.2), end_at=(0.8, 1.0))
VerticalLinearGradientMaskGen.generate_mask(shape, min_value, max_value, start_at, end_at)
RegularGridMaskGen(nb_rows, nb_cols, alpha=[0.0, 1.0])
RegularGridMaskGen.generate_mask(shape, nb_rows, nb_cols, alphas)
CheckerboardMaskGen(nb_rows, nb_cols)
CheckerboardMaskGen.nb_rows
CheckerboardMaskGen.nb_cols
CheckerboardMaskGen.generate_mask(shape, nb_rows, nb_cols)
SegMapClassIdsMaskGen(class_ids, nb_sample_classes=None)
SegMapClassIdsMaskGen.generate_mask(segmap, class_ids)
BoundingBoxesMaskGen(labels=None, nb_sample_labels=None)
BoundingBoxesMaskGen.generate_mask(bbsoi, labels)
InvertMaskGen(p, child)
Alpha(factor=0, first=None, second=None, per_channel=False, STD)
AlphaElementwise(factor=0, first=None, second=None, per_channel=False, STD)
SimplexNoiseAlpha(first=None, second=None, per_channel=False, size_px_max=(2, 16), upscale_method=None, iterations=(1, 3), aggregation_method='max', sigmoid=True, sigmoid_thresh=None, STD)
FrequencyNoiseAlpha(exponent=(-4, 4), first=None, second=None, per_channel=False, size_px_max=(4, 16), upscale_method=None, iterations=(1, 3), aggregation_method=['avg', 'max'], sigmoid=0.5, sigmoid_thresh=None, STD)
""",
    # ---------------------------------------------------------------- augmenters.blur
    "imgaug.augmenters.blur": """
blur_gaussian_(image, sigma, ksize=None, backend='auto', eps=1e-3)
blur_mean_shift_(image, spatial_window_radius, color_window_radius)
GaussianBlur(sigma=(0.0, 3.0), STD)
AverageBlur(k=(1, 7), STD)
MedianBlur(k=(1, 7), STD)
BilateralBlur(d=(1, 9), sigma_color=(10, 250), sigma_space=(10, 250), STD)
MotionBlur(k=(3, 7), angle=(0, 360), direction=(-1.0, 1.0), order=1, STD)
MeanShiftBlur(spatial_radius=(5.0, 40.0), color_radius=(5.0, 40.0), STD)
""",
    # ---------------------------------------------------------------- augmenters.collections
    "imgaug.augmenters.collections": """
RandAugment(n=2, m=(6, 12), cval=128, STD)
""",
    # ---------------------------------------------------------------- augmenters.color
    "imgaug.augmenters.color": """
CSPACE_RGB
CSPACE_BGR
CSPACE_GRAY
CSPACE_YCrCb
CSPACE_HSV
CSPACE_HLS
CSPACE_Lab
CSPACE_Luv
CSPACE_YUV
CSPACE_CIE
CSPACE_ALL
change_colorspace_(image, to_colorspace, from_colorspace='RGB')
change_colorspaces_(images, to_colorspaces, from_colorspaces='RGB')
change_color_temperatures_(images, kelvins, from_colorspaces='RGB')
change_color_temperature(image, kelvin, from_colorspace='RGB')
quantize_kmeans(arr, nb_clusters, nb_max_iter=10, eps=1.0)
quantize_colors_kmeans(image, n_colors, n_max_iter=10, eps=1.0)
quantize_uniform(arr, nb_bins, to_bin_centers=True)
quantize_uniform_(arr, nb_bins, to_bin_centers=True)
quantize_uniform_to_n_bits(arr, nb_bits)
quantize_uniform_to_n_bits_(arr, nb_bits)
posterize(arr, nb_bits)
quantize_colors_uniform(image, n_colors)
InColorspace(to_colorspace, from_colorspace='RGB', children=None, STD)
WithColorspace(to_colorspace, from_colorspace='RGB', children=None, STD)
WithBrightnessChannels(children=None, to_colorspace=['YCrCb', 'HSV', 'HLS', 'Lab', 'Luv', 'YUV'], from_colorspace='RGB', STD)
MultiplyAndAddToBrightness(mul=(0.7, 1.3), add=(-30, 30), to_colorspace=['YCrCb', 'HSV', 'HLS', 'Lab', 'Luv', 'YUV'], from_colorspace='RGB', random_order=True, STD)
MultiplyBrightness(mul=(0.7, 1.3), to_colorspace=['YCrCb', 'HSV', 'HLS', 'Lab', 'Luv', 'YUV'], from_colorspace='RGB', STD)
AddToBrightness(add=(-30, 30), to_colorspace=['YCrCb', 'HSV', 'HLS', 'Lab', 'Luv', 'YUV'], from_colorspace='RGB', STD)
WithHueAndSaturation(children=None, from_colorspace='RGB', STD)
MultiplyHueAndSaturation(mul=None, mul_hue=None, mul_saturation=None, per_channel=False, from_colorspace='RGB', STD)
MultiplyHue(mul=(-3.0, 3.0), from_colorspace='RGB', STD)
MultiplySaturation(mul=(0.0, 3.0), from_colorspace='RGB', STD)
RemoveSaturation(mul=1, from_colorspace='RGB', STD)
AddToHueAndSaturation(value=None, value_hue=None, value_saturation=None, per_channel=False, from_colorspace='RGB', STD)
AddToHue(value=(-255, 255), from_colorspace='RGB', STD)
AddToSaturation(value=(-75, 75), from_colorspace='RGB', STD)
ChangeColorspace(to_colorspace, from_colorspace='RGB', alpha=1.0, STD)
ChangeColorspace.RGB
ChangeColorspace.BGR
ChangeColorspace.GRAY
ChangeColorspace.CIE
ChangeColorspace.YCrCb
ChangeColorspace.HSV
ChangeColorspace.HLS
ChangeColorspace.Lab
ChangeColorspace.Luv
ChangeColorspace.COLORSPACES
ChangeColorspace.CV_VARS
Grayscale(alpha=1, from_colorspace='RGB', STD)
ChangeColorTemperature(kelvin=(1000, 11000), from_colorspace='RGB', STD)
KMeansColorQuantization(n_colors=(2, 16), from_colorspace='RGB', to_colorspace=['RGB', 'Lab'], max_size=128, interpolation='linear', STD)
KMeansColorQuantization.n_colors
UniformColorQuantization(n_colors=(2, 16), from_colorspace='RGB', to_colorspace=None, max_size=None, interpolation='linear', STD)
UniformColorQuantization.n_colors
UniformColorQuantizationToNBits(nb_bits=(1, 8), from_colorspace='RGB', to_colorspace=None, max_size=None, interpolation='linear', STD)
Posterize(nb_bits=(1, 8), from_colorspace='RGB', to_colorspace=None, max_size=None, interpolation='linear', STD)
""",
    # ---------------------------------------------------------------- augmenters.contrast
    "imgaug.augmenters.contrast": """
adjust_contrast_gamma(arr, gamma)
adjust_contrast_sigmoid(arr, gain, cutoff)
adjust_contrast_log(arr, gain)
adjust_contrast_linear(arr, alpha)
GammaContrast(gamma=(0.7, 1.7), per_channel=False, STD)
SigmoidContrast(gain=(5, 6), cutoff=(0.3, 0.6), per_channel=False, STD)
LogContrast(gain=(0.4, 1.6), per_channel=False, STD)
LinearContrast(alpha=(0.6, 1.4), per_channel=False, STD)
AllChannelsCLAHE(clip_limit=(0.1, 8), tile_grid_size_px=(3, 12), tile_grid_size_px_min=3, per_channel=False, STD)
CLAHE(clip_limit=(0.1, 8), tile_grid_size_px=(3, 12), tile_grid_size_px_min=3, from_colorspace='RGB', to_colorspace='Lab', STD)
CLAHE.RGB
CLAHE.BGR
CLAHE.HSV
CLAHE.HLS
CLAHE.Lab
AllChannelsHistogramEqualization(STD)
HistogramEqualization(from_colorspace='RGB', to_colorspace='Lab', STD)
HistogramEqualization.RGB
HistogramEqualization.BGR
HistogramEqualization.HSV
HistogramEqualization.HLS
HistogramEqualization.Lab
""",
    # ---------------------------------------------------------------- augmenters.convolutional
    "imgaug.augmenters.convolutional": """
Convolve(matrix=None, STD)
Sharpen(alpha=(0.0, 0.2), lightness=(0.8, 1.2), STD)
Emboss(alpha=(0.0, 1.0), strength=(0.25, 1.0), STD)
EdgeDetect(alpha=(0.0, 0.75), STD)
DirectedEdgeDetect(alpha=(0.0, 0.75), direction=(0.0, 1.0), STD)
""",
    # ---------------------------------------------------------------- augmenters.debug
    "imgaug.augmenters.debug": """
draw_debug_image(images, heatmaps=None, segmentation_maps=None, keypoints=None, bounding_boxes=None, polygons=None, line_strings=None)
SaveDebugImageEveryNBatches(destination, interval, STD)
""",
    # ---------------------------------------------------------------- augmenters.edges
    "imgaug.augmenters.edges": """
IBinaryImageColorizer
IBinaryImageColorizer.colorize(image_binary, image_original, nth_image, random_state)
RandomColorsBinaryImageColorizer(color_true=(0, 255), color_false=(0, 255))
Canny(alpha=(0.0, 1.0), hysteresis_thresholds=((100 - 40, 100 + 40), (200 - 40, 200 + 40)), sobel_kernel_size=(3, 7), colorizer=None, STD)
""",
    # ---------------------------------------------------------------- augmenters.flip
    "imgaug.augmenters.flip": """
fliplr(arr)
flipud(arr)
HorizontalFlip(*args, **kwargs)
VerticalFlip(*args, **kwargs)
Fliplr(p=1, STD)
Flipud(p=1, STD)
""",
    # ---------------------------------------------------------------- augmenters.geometric
    "imgaug.augmenters.geometric": """
apply_jigsaw(arr, destinations)
apply_jigsaw_to_coords(coords, destinations, image_shape)
generate_jigsaw_destinations(nb_rows, nb_cols, max_steps, seed, connectivity=4)
Affine(scale=None, translate_percent=None, translate_px=None, rotate=None, shear=None, order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
ScaleX(scale=(0.5, 1.5), order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
ScaleY(scale=(0.5, 1.5), order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
TranslateX(percent=None, px=None, order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
TranslateY(percent=None, px=None, order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
Rotate(rotate=(-30, 30), order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
ShearX(shear=(-30, 30), order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
ShearY(shear=(-30, 30), order=1, cval=0, mode='constant', fit_output=False, backend='auto', STD)
AffineCv2(scale=1.0, translate_percent=None, translate_px=None, rotate=0.0, shear=0.0, order=cv2.INTER_LINEAR, cval=0, mode=cv2.BORDER_CONSTANT, STD)
PiecewiseAffine(scale=(0.0, 0.04), nb_rows=(2, 4), nb_cols=(2, 4), order=1, cval=0, mode='constant', absolute_scale=False, polygon_recoverer=None, STD)
PerspectiveTransform(scale=(0.0, 0.06), cval=0, mode='constant', keep_size=True, fit_output=False, polygon_recoverer='auto', STD)
ElasticTransformation(alpha=(0.0, 40.0), sigma=(4.0, 8.0), order=3, cval=0, mode='constant', polygon_recoverer='auto', STD)
ElasticTransformation.NB_NEIGHBOURING_KEYPOINTS
ElasticTransformation.NEIGHBOURING_KEYPOINTS_DISTANCE
ElasticTransformation.KEYPOINT_AUG_ALPHA_THRESH
ElasticTransformation.KEYPOINT_AUG_SIGMA_THRESH
Rot90(k=1, keep_size=True, STD)
WithPolarWarping(children, STD)
WithPolarWarping.warpPolarCoords(src, dsize, center, maxRadius, flags)
Jigsaw(nb_rows=(3, 10), nb_cols=(3, 10), max_steps=1, allow_pad=True, STD)
""",
    # ---------------------------------------------------------------- augmenters.imgcorruptlike
    "imgaug.augmenters.imgcorruptlike": """
get_corruption_names(subset='common')
apply_gaussian_noise(x, severity=1, seed=None)
apply_shot_noise(x, severity=1, seed=None)
apply_impulse_noise(x, severity=1, seed=None)
apply_speckle_noise(x, severity=1, seed=None)
apply_gaussian_blur(x, severity=1, seed=None)
apply_glass_blur(x, severity=1, seed=None)
apply_defocus_blur(x, severity=1, seed=None)
apply_motion_blur(x, severity=1, seed=None)
apply_zoom_blur(x, severity=1, seed=None)
apply_fog(x, severity=1, seed=None)
apply_frost(x, severity=1, seed=None)
apply_snow(x, severity=1, seed=None)
apply_spatter(x, severity=1, seed=None)
apply_contrast(x, severity=1, seed=None)
apply_brightness(x, severity=1, seed=None)
apply_saturate(x, severity=1, seed=None)
apply_jpeg_compression(x, severity=1, seed=None)
apply_pixelate(x, severity=1, seed=None)
apply_elastic_transform(image, severity=1, seed=None)
GaussianNoise(severity=(1, 5), STD)
ShotNoise(severity=(1, 5), STD)
ImpulseNoise(severity=(1, 5), STD)
SpeckleNoise(severity=(1, 5), STD)
GaussianBlur(severity=(1, 5), STD)
GlassBlur(severity=(1, 5), STD)
DefocusBlur(severity=(1, 5), STD)
MotionBlur(severity=(1, 5), STD)
ZoomBlur(severity=(1, 5), STD)
Fog(severity=(1, 5), STD)
Frost(severity=(1, 5), STD)
Snow(severity=(1, 5), STD)
Spatter(severity=(1, 5), STD)
Contrast(severity=(1, 5), STD)
Brightness(severity=(1, 5), STD)
Saturate(severity=(1, 5), STD)
JpegCompression(severity=(1, 5), STD)
Pixelate(severity=(1, 5), STD)
ElasticTransform(severity=(1, 5), STD)
""",
    # ---------------------------------------------------------------- augmenters.pillike
    "imgaug.augmenters.pillike": """
solarize_(image, threshold=128)
solarize(image, threshold=128)
posterize_(image, bits)
posterize(image, bits)
equalize(image, mask=None)
equalize_(image, mask=None)
autocontrast(image, cutoff=0, ignore=None)
enhance_color(image, factor)
enhance_contrast(image, factor)
enhance_brightness(image, factor)
enhance_sharpness(image, factor)
filter_blur(image)
filter_smooth(image)
filter_smooth_more(image)
filter_edge_enhance(image)
filter_edge_enhance_more(image)
filter_find_edges(image)
filter_contour(image)
filter_emboss(image)
filter_sharpen(image)
filter_detail(image)
warp_affine(image, scale_x=1.0, scale_y=1.0, translate_x_px=0, translate_y_px=0, rotate_deg=0, shear_x_deg=0, shear_y_deg=0, fillcolor=None, center=(0.5, 0.5))
Solarize(p=1.0, threshold=128, STD)
Posterize(nb_bits=(1, 8), from_colorspace='RGB', to_colorspace=None, max_size=None, interpolation='linear', STD)
Equalize(STD)
Autocontrast(cutoff=(0, 20), per_channel=False, STD)
EnhanceColor(factor=(0.0, 3.0), STD)
EnhanceContrast(factor=(0.5, 1.5), STD)
EnhanceBrightness(factor=(0.5, 1.5), STD)
EnhanceSharpness(factor=(0.0, 2.0), STD)
FilterBlur(STD)
FilterSmooth(STD)
FilterSmoothMore(STD)
FilterEdgeEnhance(STD)
FilterEdgeEnhanceMore(STD)
FilterFindEdges(STD)
FilterContour(STD)
FilterEmboss(STD)
FilterSharpen(STD)
FilterDetail(STD)
Affine(scale=1.0, translate_percent=None, translate_px=None, rotate=0.0, shear=0.0, fillcolor=0, center=(0.5, 0.5), STD)
""",
    # ---------------------------------------------------------------- augmenters.pooling
    "imgaug.augmenters.pooling": """
AveragePooling(kernel_size=(1, 5), keep_size=True, STD)
MaxPooling(kernel_size=(1, 5), keep_size=True, STD)
MinPooling(kernel_size=(1, 5), keep_size=True, STD)
MedianPooling(kernel_size=(1, 5), keep_size=True, STD)
""",
    # ---------------------------------------------------------------- augmenters.segmentation
    "imgaug.augmenters.segmentation": """
segment_voronoi(image, cell_coordinates, replace_mask=None)
Superpixels(p_replace=(0.5, 1.0), n_segments=(50, 120), max_size=128, interpolation='linear', STD)
Voronoi(points_sampler, p_replace=1.0, max_size=128, interpolation='linear', STD)
UniformVoronoi(n_points=(50, 500), p_replace=(0.5, 1.0), max_size=128, interpolation='linear', STD)
RegularGridVoronoi(n_rows=(10, 30), n_cols=(10, 30), p_drop_points=(0.0, 0.5), p_replace=(0.5, 1.0), max_size=128, interpolation='linear', STD)
RelativeRegularGridVoronoi(n_rows_frac=(0.05, 0.15), n_cols_frac=(0.05, 0.15), p_drop_points=(0.0, 0.5), p_replace=(0.5, 1.0), max_size=None, interpolation='linear', STD)
IPointsSampler
IPointsSampler.sample_points(images, random_state)
RegularGridPointsSampler(n_rows, n_cols)
RelativeRegularGridPointsSampler(n_rows_frac, n_cols_frac)
DropoutPointsSampler(other_points_sampler, p_drop)
UniformPointsSampler(n_points)
SubsamplingPointsSampler(other_points_sampler, n_points_max)
""",
    # ---------------------------------------------------------------- augmenters.size
    "imgaug.augmenters.size": """
pad(arr, top=0, right=0, bottom=0, left=0, mode='constant', cval=0)
pad_to_aspect_ratio(arr, aspect_ratio, mode='constant', cval=0, return_pad_amounts=False)
pad_to_multiples_of(arr, height_multiple, width_multiple, mode='constant', cval=0, return_pad_amounts=False)
compute_paddings_to_reach_aspect_ratio(arr, aspect_ratio)
compute_croppings_to_reach_aspect_ratio(arr, aspect_ratio)
compute_paddings_to_reach_multiples_of(arr, height_multiple, width_multiple)
compute_croppings_to_reach_multiples_of(arr, height_multiple, width_multiple)
compute_paddings_to_reach_powers_of(arr, height_base, width_base, allow_zero_exponent=False)
compute_croppings_to_reach_powers_of(arr, height_base, width_base, allow_zero_exponent=False)
Scale(*args, **kwargs)
Resize(size, interpolation='cubic', STD)
CropAndPad(px=None, percent=None, pad_mode='constant', pad_cval=0, keep_size=True, sample_independently=True, STD)
Pad(px=None, percent=None, pad_mode='constant', pad_cval=0, keep_size=True, sample_independently=True, STD)
Crop(px=None, percent=None, keep_size=True, sample_independently=True, STD)
PadToFixedSize(width, height, pad_mode='constant', pad_cval=0, position='uniform', STD)
CenterPadToFixedSize(width, height, pad_mode='constant', pad_cval=0, STD)
CropToFixedSize(width, height, position='uniform', STD)
CenterCropToFixedSize(width, height, STD)
CropToMultiplesOf(width_multiple, height_multiple, position='uniform', STD)
CenterCropToMultiplesOf(width_multiple, height_multiple, STD)
PadToMultiplesOf(width_multiple, height_multiple, pad_mode='constant', pad_cval=0, position='uniform', STD)
CenterPadToMultiplesOf(width_multiple, height_multiple, pad_mode='constant', pad_cval=0, STD)
CropToPowersOf(width_base, height_base, position='uniform', STD)
CenterCropToPowersOf(width_base, height_base, STD)
PadToPowersOf(width_base, height_base, pad_mode='constant', pad_cval=0, position='uniform', STD)
CenterPadToPowersOf(width_base, height_base, pad_mode='constant', pad_cval=0, STD)
CropToAspectRatio(aspect_ratio, position='uniform', STD)
CenterCropToAspectRatio(aspect_ratio, STD)
PadToAspectRatio(aspect_ratio, pad_mode='constant', pad_cval=0, position='uniform', STD)
CenterPadToAspectRatio(aspect_ratio, pad_mode='constant', pad_cval=0, STD)
CropToSquare(position='uniform', STD)
CenterCropToSquare(STD)
PadToSquare(pad_mode='constant', pad_cval=0, position='uniform', STD)
CenterPadToSquare(pad_mode='constant', pad_cval=0, STD)
KeepSizeByResize(children, interpolation='cubic', interpolation_heatmaps='SAME_AS_IMAGES', interpolation_segmaps='nearest', STD)
KeepSizeByResize.NO_RESIZE
KeepSizeByResize.SAME_AS_IMAGES
""",
    # ---------------------------------------------------------------- augmenters.weather
    "imgaug.augmenters.weather": """
FastSnowyLandscape(lightness_threshold=(100, 255), lightness_multiplier=(1.0, 4.0), from_colorspace='RGB', STD)
CloudLayer(intensity_mean, intensity_freq_exponent, intensity_coarse_scale, alpha_min, alpha_multiplier, alpha_size_px_max, alpha_freq_exponent, sparsity, density_multiplier, STD)
CloudLayer.draw_on_image(image, random_state)
CloudLayer.generate_maps(image, random_state)
Clouds(STD)
Fog(STD)
SnowflakesLayer(density, density_uniformity, flake_size, flake_size_uniformity, angle, speed, blur_sigma_fraction, blur_sigma_limits=(0.5, 3.75), STD)
SnowflakesLayer.draw_on_image(image, random_state)
Snowflakes(density=(0.005, 0.075), density_uniformity=(0.3, 0.9), flake_size=(0.2, 0.7), flake_size_uniformity=(0.4, 0.8), angle=(-30, 30), speed=(0.007, 0.03), STD)
RainLayer(density, density_uniformity, drop_size, drop_size_uniformity, angle, speed, blur_sigma_fraction, blur_sigma_limits=(0.5, 3.75), STD)
Rain(nb_iterations=(1, 3), drop_size=(0.01, 0.02), speed=(0.04, 0.2), STD)
""",
    # ---------------------------------------------------------------- augmenters.overlay
    "imgaug.augmenters.overlay": """
blend_alpha(*args, **kwargs)
Alpha(*args, **kwargs)
AlphaElementwise(*args, **kwargs)
SimplexNoiseAlpha(*args, **kwargs)
FrequencyNoiseAlpha(*args, **kwargs)
""",
}

#: Family modules star-imported into ``imgaug.augmenters`` (spec §21), in 0.4.0 order.
STAR_FAMILIES = (
    "base arithmetic artistic blend blur collections color contrast convolutional "
    "debug edges flip geometric meta pooling segmentation size weather"
).split()
#: Sub-modules that must be reachable as ``iaa.<name>`` but are not star-imported.
SUBMODULE_ONLY = ("imgcorruptlike", "pillike")

#: Exact values the spec fixes for module-level constants.
CONSTANT_VALUES = {
    ("imgaug.imgaug", "ALL"): "ALL",
    ("imgaug.imgaug", "IMSHOW_BACKEND_DEFAULT"): "matplotlib",
    ("imgaug.imgaug", "IMRESIZE_VALID_INTERPOLATIONS"): [
        "nearest",
        "linear",
        "area",
        "cubic",
        cv2.INTER_NEAREST,
        cv2.INTER_LINEAR,
        cv2.INTER_AREA,
        cv2.INTER_CUBIC,
    ],
    ("imgaug.random", "SEED_MIN_VALUE"): 0,
    ("imgaug.random", "SEED_MAX_VALUE"): 2**31 - 1,
    ("imgaug.random", "SUPPORTS_NEW_NP_RNG_STYLE"): True,
    ("imgaug.random", "BIT_GENERATOR"): np.random.SFC64,
    ("imgaug.augmentables.batches", "DEFAULT"): "DEFAULT",
    ("imgaug.dtypes", "KIND_TO_DTYPES"): {
        "i": ["int8", "int16", "int32", "int64"],
        "u": ["uint8", "uint16", "uint32", "uint64"],
        "b": ["bool"],
        "f": ["float16", "float32", "float64", "float128"],
    },
    ("imgaug.augmenters.color", "CSPACE_RGB"): "RGB",
    ("imgaug.augmenters.color", "CSPACE_BGR"): "BGR",
    ("imgaug.augmenters.color", "CSPACE_GRAY"): "GRAY",
    ("imgaug.augmenters.color", "CSPACE_YCrCb"): "YCrCb",
    ("imgaug.augmenters.color", "CSPACE_HSV"): "HSV",
    ("imgaug.augmenters.color", "CSPACE_HLS"): "HLS",
    ("imgaug.augmenters.color", "CSPACE_Lab"): "Lab",
    ("imgaug.augmenters.color", "CSPACE_Luv"): "Luv",
    ("imgaug.augmenters.color", "CSPACE_YUV"): "YUV",
    ("imgaug.augmenters.color", "CSPACE_CIE"): "CIE",
    ("imgaug.augmenters.color", "CSPACE_ALL"): {
        "RGB",
        "BGR",
        "GRAY",
        "YCrCb",
        "HSV",
        "HLS",
        "Lab",
        "Luv",
        "YUV",
        "CIE",
    },
    (
        "imgaug.augmenters.geometric",
        "ElasticTransformation.NB_NEIGHBOURING_KEYPOINTS",
    ): 3,
    (
        "imgaug.augmenters.geometric",
        "ElasticTransformation.NEIGHBOURING_KEYPOINTS_DISTANCE",
    ): 1.0,
    (
        "imgaug.augmenters.geometric",
        "ElasticTransformation.KEYPOINT_AUG_ALPHA_THRESH",
    ): 0.05,
    (
        "imgaug.augmenters.geometric",
        "ElasticTransformation.KEYPOINT_AUG_SIGMA_THRESH",
    ): 1.0,
    ("imgaug.imgaug", "NP_INT_TYPES"): {np.int8, np.int16, np.int32, np.int64},
    ("imgaug.imgaug", "NP_UINT_TYPES"): {np.uint8, np.uint16, np.uint32, np.uint64},
    ("imgaug.imgaug", "NP_FLOAT_TYPES"): {np.float16, np.float32, np.float64}
    | ({np.float128} if hasattr(np, "float128") else set()),
    ("imgaug.augmenters.size", "KeepSizeByResize.NO_RESIZE"): "NO_RESIZE",
    ("imgaug.augmenters.size", "KeepSizeByResize.SAME_AS_IMAGES"): "SAME_AS_IMAGES",
}

#: ``imgaug.<name>`` that are the real augmentable classes (step 2 of spec §1.2
#: overwrites the deprecated forwarders of ``imgaug.imgaug``).
TOP_LEVEL_FROM_AUGMENTABLES = "kps bbs polys lines heatmaps segmaps batches".split()
TOP_LEVEL_SUBMODULES = ("augmenters", "parameters", "dtypes", "random", "augmentables")

# --------------------------------------------------------------------------------------
# Manifest parsing
# --------------------------------------------------------------------------------------

_EVAL_NS = {"np": np, "cv2": cv2, "UserWarning": UserWarning}


class _Entry:
    __slots__ = ("module", "qualname", "signature")

    def __init__(self, module, qualname, signature):
        self.module = module
        self.qualname = qualname  # "Name" or "Class.member"
        self.signature = signature  # None or the text in parentheses

    @property
    def is_member(self):
        return "." in self.qualname

    @property
    def is_private(self):
        return self.qualname.split(".")[0].startswith("_")

    @property
    def id(self):
        return f"{self.module}:{self.qualname}"


def _split_entries(text):
    """Split manifest text into entries; an entry spans lines until its parens close."""
    entries, current, depth = [], "", 0
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        current = f"{current} {line}" if current else line
        depth = current.count("(") - current.count(")")
        if depth == 0:
            entries.append(current)
            current = ""
    assert current == "", f"unbalanced manifest entry: {current!r}"
    return entries


def _parse_manifest():
    parsed = {}
    for module, text in MANIFEST.items():
        entries = []
        for raw in _split_entries(text):
            match = re.fullmatch(r"([A-Za-z_][\w.]*)(\(.*\))?", raw)
            assert match, f"bad manifest entry in {module}: {raw!r}"
            sig = match.group(2)
            if sig is not None:
                sig = sig.replace("STD", STD)
            entries.append(_Entry(module, match.group(1), sig))
        names = [e.qualname for e in entries]
        assert len(names) == len(set(names)), f"duplicate entries in {module}"
        parsed[module] = entries
    return parsed


ENTRIES = _parse_manifest()
ALL_ENTRIES = [entry for entries in ENTRIES.values() for entry in entries]


def _expected_parameters(signature_text):
    """Parse ``"(a, b=1, *args, **kwargs)"`` into ``[(name, kind, default), ...]``."""
    tree = ast.parse(f"def _f{signature_text}:\n    pass")
    args = tree.body[0].args
    empty = inspect.Parameter.empty
    result = []

    def default_value(node):
        return eval(compile(ast.Expression(node), "<manifest>", "eval"), _EVAL_NS)

    positional = args.posonlyargs + args.args
    defaults = [empty] * (len(positional) - len(args.defaults)) + [
        default_value(d) for d in args.defaults
    ]
    for arg, default in zip(positional, defaults):
        result.append((arg.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default))
    if args.vararg is not None:
        result.append((args.vararg.arg, inspect.Parameter.VAR_POSITIONAL, empty))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        value = empty if default is None else default_value(default)
        result.append((arg.arg, inspect.Parameter.KEYWORD_ONLY, value))
    if args.kwarg is not None:
        result.append((args.kwarg.arg, inspect.Parameter.VAR_KEYWORD, empty))
    return result


def _same_value(a, b):
    """Equality that also distinguishes types (tuple vs list, int vs float vs bool)."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_value(a[k], b[k]) for k in a)
    if isinstance(a, float) and np.isnan(a):
        return np.isnan(b)
    return a == b


def _actual_parameters(obj, is_member_function):
    sig = inspect.signature(obj)
    params = list(sig.parameters.values())
    if is_member_function:
        assert params and params[0].name in ("self", "cls"), (
            f"expected a self/cls parameter first, got {sig}"
        )
        params = params[1:]
    kinds = {
        inspect.Parameter.POSITIONAL_ONLY: inspect.Parameter.POSITIONAL_OR_KEYWORD,
    }
    return [(p.name, kinds.get(p.kind, p.kind), p.default) for p in params]


def _format(params):
    parts = []
    for name, kind, default in params:
        if kind == inspect.Parameter.VAR_POSITIONAL:
            parts.append(f"*{name}")
        elif kind == inspect.Parameter.VAR_KEYWORD:
            parts.append(f"**{name}")
        elif default is inspect.Parameter.empty:
            parts.append(name)
        else:
            parts.append(f"{name}={default!r}")
    return "(" + ", ".join(parts) + ")"


def _check_signature(obj, signature_text, is_member_function, label):
    expected = _expected_parameters(signature_text)
    actual = _actual_parameters(obj, is_member_function)
    ok = len(expected) == len(actual) and all(
        e[0] == a[0] and e[1] == a[1] and _same_value(e[2], a[2])
        for e, a in zip(expected, actual)
    )
    assert ok, (
        f"signature of {label} differs from the 0.4.0 spec:\n"
        f"  expected {_format(expected)}\n"
        f"  actual   {_format(actual)}"
    )


# --------------------------------------------------------------------------------------
# Helpers for the not-yet-implemented bookkeeping
# --------------------------------------------------------------------------------------


def _import(module_name):
    """Import a module; return ``(module, error)``."""
    try:
        return importlib.import_module(module_name), None
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return None, err
        raise


def _lookup(module, qualname):
    obj = module
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _has(module, qualname):
    try:
        _lookup(module, qualname)
    except AttributeError:
        return False
    return True


def _module_or_skip(module_name):
    module, err = _import(module_name)
    if module_name in NOT_YET_IMPLEMENTED:
        if module is None:
            pytest.skip(f"{module_name}: {NOT_YET_IMPLEMENTED[module_name]}")
        return module
    assert module is not None, f"{module_name} cannot be imported: {err}"
    return module


def _get_or_skip(module, entry):
    """Return the object for ``entry``; skip if it is declared as not yet built."""
    nyi_module = entry.module in NOT_YET_IMPLEMENTED
    nyi_names = NOT_YET_IMPLEMENTED_NAMES.get(entry.module, {})
    top = entry.qualname.split(".")[0]
    declared = nyi_module or entry.qualname in nyi_names or top in nyi_names
    present = _has(module, entry.qualname)
    if declared and not present:
        reason = NOT_YET_IMPLEMENTED.get(entry.module) or nyi_names.get(
            entry.qualname, nyi_names.get(top)
        )
        pytest.skip(f"{entry.id}: {reason}")
    assert present, f"{entry.id} is missing (0.4.0 public API)"
    return _lookup(module, entry.qualname)


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------


def test_manifest_is_well_formed():
    for entry in ALL_ENTRIES:
        if entry.signature is not None:
            _expected_parameters(entry.signature)  # parses, defaults evaluate
    for module, names in NOT_YET_IMPLEMENTED_NAMES.items():
        assert module in MANIFEST
        known = {e.qualname for e in ENTRIES[module]}
        assert set(names) <= known, sorted(set(names) - known)
    assert set(NOT_YET_IMPLEMENTED) <= set(MANIFEST)
    assert not set(NOT_YET_IMPLEMENTED) & set(NOT_YET_IMPLEMENTED_NAMES)


@pytest.mark.parametrize("module_name", sorted(NOT_YET_IMPLEMENTED))
def test_not_yet_implemented_modules_are_really_missing(module_name):
    module, _ = _import(module_name)
    assert module is None, (
        f"{module_name} exists now: remove it from NOT_YET_IMPLEMENTED (and list the "
        "names it still lacks in NOT_YET_IMPLEMENTED_NAMES)"
    )


@pytest.mark.parametrize(
    "module_name, qualname",
    sorted(
        (module, name)
        for module, names in NOT_YET_IMPLEMENTED_NAMES.items()
        for name in names
    ),
)
def test_not_yet_implemented_names_are_really_missing(module_name, qualname):
    module, _ = _import(module_name)
    assert module is not None, f"{module_name} cannot be imported"
    assert not _has(module, qualname), (
        f"{module_name}.{qualname} exists now: remove it from "
        "NOT_YET_IMPLEMENTED_NAMES so that it is checked"
    )


@pytest.mark.parametrize("module_name", sorted(MANIFEST))
def test_module_importable(module_name):
    _module_or_skip(module_name)


@pytest.mark.parametrize("entry", ALL_ENTRIES, ids=[e.id for e in ALL_ENTRIES])
def test_public_name(entry):
    module = _module_or_skip(entry.module)
    obj = _get_or_skip(module, entry)
    if not entry.is_member and not entry.is_private:
        exported = getattr(module, "__all__", None)
        assert exported is not None, f"{entry.module} defines no __all__"
        assert entry.qualname in exported, (
            f"{entry.qualname} is missing in {entry.module}.__all__"
        )
    if entry.signature is None:
        return
    if entry.is_member:
        owner = _lookup(module, entry.qualname.rsplit(".", 1)[0])
        raw = inspect.getattr_static(owner, entry.qualname.rsplit(".", 1)[1])
        if isinstance(raw, staticmethod):
            _check_signature(raw.__func__, entry.signature, False, entry.id)
        elif isinstance(raw, classmethod):
            _check_signature(raw.__func__, entry.signature, True, entry.id)
        elif isinstance(raw, property):
            pytest.fail(f"{entry.id} is a property, the spec describes a method")
        else:
            _check_signature(obj, entry.signature, True, entry.id)
    else:
        assert callable(obj), f"{entry.id} is not callable"
        _check_signature(obj, entry.signature, False, entry.id)


@pytest.mark.parametrize("module_name", sorted(MANIFEST))
def test_all_lists_only_manifest_names(module_name):
    """``__all__`` holds 0.4.0 public names only (no ``np``, no private helpers)."""
    module = _module_or_skip(module_name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{module_name} defines no __all__"
    public = {e.qualname for e in ENTRIES[module_name] if not e.is_member}
    assert len(exported) == len(set(exported)), "duplicates in __all__"
    extra = sorted(set(exported) - public)
    assert extra == [], f"{module_name}.__all__ has names outside the manifest: {extra}"
    missing_objects = [n for n in exported if not hasattr(module, n)]
    assert missing_objects == [], f"__all__ names not defined: {missing_objects}"


@pytest.mark.parametrize(
    "key", sorted(CONSTANT_VALUES), ids=[f"{m}:{n}" for m, n in sorted(CONSTANT_VALUES)]
)
def test_constant_values(key):
    module_name, qualname = key
    module = _module_or_skip(module_name)
    entry = next(e for e in ENTRIES[module_name] if e.qualname == qualname)
    value = _get_or_skip(module, entry)
    expected = CONSTANT_VALUES[key]
    if isinstance(expected, type):
        assert value is expected
    else:
        assert _same_value(value, expected), f"{qualname} = {value!r}, not {expected!r}"


def test_signature_checker_detects_differences():
    def f(a, b=(1, 2), *, c=1.0):
        return a

    _check_signature(f, "(a, b=(1, 2), *, c=1.0)", False, "f")
    for wrong in ("(a, b=[1, 2], *, c=1.0)", "(a, b=(1, 2), *, c=1)", "(a, b, c)"):
        with pytest.raises(AssertionError):
            _check_signature(f, wrong, False, "f")


# ---------------------------------------------------------------- top-level namespace


def _top_level_cases():
    cases = []
    for entry in ENTRIES["imgaug.imgaug"]:
        if not entry.is_member and not entry.is_private:
            cases.append(("imgaug.imgaug", entry.qualname))
    for sub in TOP_LEVEL_FROM_AUGMENTABLES:
        module = f"imgaug.augmentables.{sub}"
        for entry in ENTRIES[module]:
            if not entry.is_member and not entry.is_private:
                cases.append((module, entry.qualname))
    return cases


@pytest.mark.parametrize(
    "source, name", _top_level_cases(), ids=[f"{s}:{n}" for s, n in _top_level_cases()]
)
def test_top_level_namespace(source, name):
    """``imgaug.<name>``: imgaug.imgaug names, overwritten by augmentables (spec §1.2)."""
    import imgaug

    assert hasattr(imgaug, name), f"imgaug.{name} is missing"
    overwriting = [
        f"imgaug.augmentables.{sub}"
        for sub in TOP_LEVEL_FROM_AUGMENTABLES
        if any(e.qualname == name for e in ENTRIES[f"imgaug.augmentables.{sub}"])
    ]
    expected_source = overwriting[-1] if overwriting else "imgaug.imgaug"
    if source != expected_source:
        return  # the other source's object is the one checked
    expected = getattr(importlib.import_module(expected_source), name)
    assert getattr(imgaug, name) is expected, (
        f"imgaug.{name} should be {expected_source}.{name}"
    )


def test_top_level_submodules_and_version():
    import imgaug

    for sub in TOP_LEVEL_SUBMODULES:
        assert isinstance(getattr(imgaug, sub, None), types.ModuleType), sub
        assert getattr(imgaug, sub) is importlib.import_module(f"imgaug.{sub}")
    assert isinstance(imgaug.__version__, str)
    assert (
        imgaug.DeprecationWarning
        is importlib.import_module("imgaug.imgaug").DeprecationWarning
    )
    assert issubclass(imgaug.DeprecationWarning, Warning)
    assert imgaug.DeprecationWarning is not DeprecationWarning


def test_augmentables_package_star_exports():
    """``imgaug.augmentables`` re-exports kps, bbs, polys, lines, heatmaps, segmaps, batches."""
    import imgaug.augmentables as augmentables

    for sub in TOP_LEVEL_FROM_AUGMENTABLES:
        module = importlib.import_module(f"imgaug.augmentables.{sub}")
        for entry in ENTRIES[f"imgaug.augmentables.{sub}"]:
            if entry.is_member or entry.is_private:
                continue
            assert getattr(augmentables, entry.qualname, None) is getattr(
                module, entry.qualname
            ), f"imgaug.augmentables.{entry.qualname}"


# ---------------------------------------------------------------- iaa namespace


def _iaa_cases():
    cases = []
    for family in STAR_FAMILIES:
        module = f"imgaug.augmenters.{family}"
        for entry in ENTRIES[module]:
            if not entry.is_member and not entry.is_private:
                cases.append(entry)
    return cases


@pytest.mark.parametrize("entry", _iaa_cases(), ids=[e.id for e in _iaa_cases()])
def test_iaa_namespace(entry):
    """Every public name of a star-imported family is ``iaa.<name>`` (spec §21.1)."""
    import imgaug.augmenters as iaa

    module = _module_or_skip(entry.module)
    obj = _get_or_skip(module, entry)
    assert getattr(iaa, entry.qualname, None) is obj, (
        f"iaa.{entry.qualname} is not {entry.id}"
    )


@pytest.mark.parametrize("family", STAR_FAMILIES + list(SUBMODULE_ONLY))
def test_iaa_submodule_attribute(family):
    import imgaug.augmenters as iaa

    module = _module_or_skip(f"imgaug.augmenters.{family}")
    if family == "collections":
        return  # 0.4.0 quirk: iaa.collections is the stdlib module there
    assert getattr(iaa, family, None) is module


@pytest.mark.parametrize("family", SUBMODULE_ONLY)
def test_submodule_only_families_do_not_shadow(family):
    """``imgcorruptlike``/``pillike`` names never replace the top-level ones."""
    import imgaug.augmenters as iaa

    module = _module_or_skip(f"imgaug.augmenters.{family}")
    for entry in ENTRIES[f"imgaug.augmenters.{family}"]:
        if entry.is_member or not _has(module, entry.qualname):
            continue
        assert getattr(iaa, entry.qualname, None) is not _lookup(
            module, entry.qualname
        ), f"iaa.{entry.qualname} is shadowed by {family}"


def test_iaa_augmenter_classes_are_augmenters():
    import imgaug.augmenters as iaa

    for entry in _iaa_cases():
        module, _ = _import(entry.module)
        if module is None or not _has(module, entry.qualname):
            continue
        obj = _lookup(module, entry.qualname)
        if isinstance(obj, type) and entry.qualname[0].isupper():
            if issubclass(obj, Warning):
                continue
            is_aug = issubclass(obj, iaa.Augmenter)
            helper = entry.qualname.endswith(
                ("MaskGen", "MaskGenerator", "Sampler", "Colorizer")
            )
            assert is_aug != helper, f"{entry.id}: augmenter={is_aug}"


#: Public MOVED forwarders of spec core.md §1.15: old name -> (module, new name).
MOVED_PUBLIC = {
    "Keypoint": ("imgaug.augmentables.kps", None),
    "KeypointsOnImage": ("imgaug.augmentables.kps", None),
    "compute_geometric_median": ("imgaug.augmentables.kps", None),
    "BoundingBox": ("imgaug.augmentables.bbs", None),
    "BoundingBoxesOnImage": ("imgaug.augmentables.bbs", None),
    "Polygon": ("imgaug.augmentables.polys", None),
    "PolygonsOnImage": ("imgaug.augmentables.polys", None),
    "MultiPolygon": ("imgaug.augmentables.polys", None),
    "HeatmapsOnImage": ("imgaug.augmentables.heatmaps", None),
    "SegmentationMapsOnImage": ("imgaug.augmentables.segmaps", None),
    "Batch": ("imgaug.augmentables.batches", None),
    "BatchLoader": ("imgaug.multicore", None),
    "BackgroundAugmenter": ("imgaug.multicore", None),
    "pad": ("imgaug.augmenters.size", None),
    "pad_to_aspect_ratio": ("imgaug.augmenters.size", None),
    "pad_to_multiples_of": ("imgaug.augmenters.size", None),
    "compute_paddings_to_reach_multiples_of": ("imgaug.augmenters.size", None),
    "compute_paddings_for_aspect_ratio": (
        "imgaug.augmenters.size",
        "compute_paddings_to_reach_aspect_ratio",
    ),
}


def test_moved_table():
    """``imgaug.imgaug.MOVED`` lists the public forwarders with their targets."""
    import imgaug.imgaug as ia_module

    table = {old: (module, new) for old, module, new in ia_module.MOVED}
    for old, (module, new) in MOVED_PUBLIC.items():
        assert old in table, old
        assert table[old][0] == module, (old, table[old])
        assert (table[old][1] or old) == (new or old), (old, table[old])
        assert callable(getattr(ia_module, old)), old
    # every listed target that is not a known upstream quirk resolves
    for old, module, new in ia_module.MOVED:
        target_module, _ = _import(module)
        if target_module is not None and old in MOVED_PUBLIC:
            assert hasattr(target_module, new or old), (old, module, new)


def test_data_files_exist():
    import os

    import imgaug.imgaug as ia_module

    assert os.path.isdir(ia_module.FILE_DIR)
    for name in ("QUOKKA_FP", "QUOKKA_ANNOTATIONS_FP", "QUOKKA_DEPTH_MAP_HALFRES_FP"):
        path = getattr(ia_module, name)
        assert os.path.isfile(path), name
        assert os.path.dirname(os.path.abspath(path)) == os.path.abspath(
            ia_module.FILE_DIR
        ), name
    assert os.path.isfile(ia_module.DEFAULT_FONT_FP)
    assert os.path.basename(ia_module.DEFAULT_FONT_FP) == "DejaVuSans.ttf"


def test_default_font_ships_with_the_package():
    import os

    import imgaug.imgaug as ia_module

    assert os.path.dirname(os.path.abspath(ia_module.DEFAULT_FONT_FP)) == (
        os.path.abspath(ia_module.FILE_DIR)
    )
