"""Tests for imgaug.random."""

# These tests deliberately exercise numpy's legacy global RNG (lazy global seed,
# temporary_numpy_seed); its state is saved and restored around each test.
# ruff: noqa: NPY002

import copy
import pickle
import sys
from unittest import mock

import numpy as np
import pytest

import imgaug.random as iarandom
from imgaug.random import RNG
from imgaug.validation import InvalidTypeError, InvalidValueError


def _raw_generator(seed):
    return np.random.Generator(np.random.SFC64(np.random.SeedSequence(seed)))


@pytest.fixture(autouse=True)
def _restore_numpy_global_state():
    state = np.random.get_state()
    yield
    np.random.set_state(state)


@pytest.fixture
def fresh_global_rng():
    """Temporarily remove the global RNG so that lazy creation can be tested."""
    old = iarandom.GLOBAL_RNG
    iarandom.GLOBAL_RNG = None
    yield
    iarandom.GLOBAL_RNG = old


class TestConstants:
    def test_values(self):
        assert iarandom.SEED_MIN_VALUE == 0
        assert iarandom.SEED_MAX_VALUE == 2**31 - 1
        assert iarandom.BIT_GENERATOR is np.random.SFC64
        assert iarandom.SUPPORTS_NEW_NP_RNG_STYLE is True
        assert iarandom.supports_new_numpy_rng_style() is True
        assert iarandom._BIT_GENERATOR_INTERFACE is np.random.BitGenerator
        assert iarandom._NP_VERSION[0] >= 1

    def test_all_names_exist(self):
        for name in iarandom.__all__:
            assert hasattr(iarandom, name), name


class TestReproducibility:
    def test_same_seed_same_stream(self):
        a, b = RNG(123), RNG(123)
        assert np.array_equal(
            a.integers(0, 1000, size=(20,)), b.integers(0, 1000, size=(20,))
        )
        assert np.array_equal(a.random((5,)), b.random((5,)))

    def test_different_seeds_differ(self):
        assert not np.array_equal(
            RNG(1).integers(0, 10**6, size=(10,)), RNG(2).integers(0, 10**6, size=(10,))
        )

    def test_int_seed_is_sfc64_over_seed_sequence(self):
        expected = _raw_generator(7).integers(0, 1000, size=(10,), dtype="int32")
        assert np.array_equal(RNG(7).integers(0, 1000, size=(10,)), expected)
        assert isinstance(RNG(7).generator.bit_generator, np.random.SFC64)

    def test_pinned_values_rng0(self):
        # pins the platform-independent stream of RNG(0)
        assert RNG(0).integers(0, 1000, size=(5,)).tolist() == [724, 568, 353, 234, 599]
        assert RNG(0).generate_seeds_(2).tolist() == [1555378584, 1221250862]


class TestGlobalRNG:
    def test_lazy_creation_uses_numpy_legacy_seed(self, fresh_global_rng):
        np.random.seed(5)
        assert iarandom.GLOBAL_RNG is None
        rng1 = iarandom.get_global_rng()
        state1 = rng1.state
        assert iarandom.get_global_rng() is rng1
        iarandom.GLOBAL_RNG = None
        np.random.seed(5)
        rng2 = iarandom.get_global_rng()
        assert rng2 is not rng1
        assert np.array_equal(state1["state"]["state"], rng2.state["state"]["state"])

    def test_seed_without_existing_global_rng(self, fresh_global_rng):
        iarandom.seed(3)
        assert iarandom.GLOBAL_RNG is not None
        assert iarandom.get_global_rng().equals(RNG(3))

    def test_seed_reseeds_in_place(self):
        glob = iarandom.get_global_rng()
        generator = glob.generator
        sharer = RNG(None)
        glob.integers(0, 10, size=(3,))
        iarandom.seed(42)
        assert iarandom.get_global_rng() is glob
        assert glob.generator is generator
        assert glob.equals(RNG(42))
        assert sharer.generator is generator
        assert np.array_equal(
            sharer.integers(0, 10**6, size=(4,)), RNG(42).integers(0, 10**6, size=(4,))
        )

    def test_seed_clears_cache(self):
        glob = iarandom.get_global_rng()
        glob.integers(0, 2**32, dtype="uint32")
        assert glob.state["has_uint32"] == 1
        iarandom.seed(1)
        assert glob.state["has_uint32"] == 0
        assert glob.equals(RNG(1))

    def test_seed_dispatches(self):
        with mock.patch("imgaug.random._seed_np117_") as mock_117:
            iarandom.seed(1)
        mock_117.assert_called_once_with(1)

    def test_seed_bad_input(self):
        with pytest.raises(InvalidTypeError, match="entropy"):
            iarandom.seed("abc")
        with pytest.raises(InvalidValueError, match="entropy"):
            iarandom.seed(-1)
        with pytest.raises(AssertionError):
            iarandom.seed(1.5)

    def test_rng_none_wraps_global_generator(self):
        rng = RNG(None)
        assert rng.generator is iarandom.get_global_rng().generator
        assert rng.is_global_rng()
        assert not RNG(1).is_global_rng()

    def test_equals_global_rng(self):
        iarandom.seed(9)
        assert RNG(9).equals_global_rng()
        assert not RNG(8).equals_global_rng()

    def test_global_rng_replaceable(self):
        old = iarandom.GLOBAL_RNG
        try:
            new = RNG(77)
            iarandom.GLOBAL_RNG = new
            assert iarandom.get_global_rng() is new
            assert RNG(None).generator is new.generator
        finally:
            iarandom.GLOBAL_RNG = old


class TestInit:
    def test_from_rng_shares_generator(self):
        a = RNG(1)
        assert RNG(a).generator is a.generator

    def test_from_generator_wraps_and_resets_cache(self):
        gen = _raw_generator(1)
        gen.integers(0, 2**32, dtype="uint32")
        assert gen.bit_generator.state["has_uint32"] == 1
        rng = RNG(gen)
        assert rng.generator is gen
        assert gen.bit_generator.state["has_uint32"] == 0

    def test_from_bit_generator(self):
        bitgen = np.random.SFC64(3)
        rng = RNG(bitgen)
        assert isinstance(rng.generator, np.random.Generator)
        assert rng.generator.bit_generator is bitgen
        assert rng.equals(RNG(3))

    def test_from_seed_sequence(self):
        rng = RNG(np.random.SeedSequence(4))
        assert rng.equals(RNG(4))

    def test_from_numpy_integer(self):
        assert RNG(np.int64(4)).equals(RNG(4))

    def test_from_random_state(self):
        rs = np.random.RandomState(1)
        expected_seed = np.random.RandomState(1).randint(
            0, 2**31 - 1, size=(1,), dtype="int32"
        )[0]
        rng = RNG(rs)
        assert rng._is_new_rng_style
        assert isinstance(rng.generator, np.random.Generator)
        assert rng.equals(RNG(int(expected_seed)))

    @pytest.mark.parametrize("bad", ["1", 1.0, [1, 2], True])
    def test_bad_type(self, bad):
        with pytest.raises(InvalidTypeError, match="generator"):
            RNG(bad)

    def test_negative_seed(self):
        with pytest.raises(InvalidValueError, match="generator"):
            RNG(-5)


class TestStateAndIdentity:
    def test_state_get_set(self):
        a, b = RNG(1), RNG(2)
        b.state = a.state
        assert a.equals(b)
        assert np.array_equal(
            a.integers(0, 10**6, size=(5,)), b.integers(0, 10**6, size=(5,))
        )

    def test_set_state_returns_self(self):
        a = RNG(1)
        assert a.set_state_(RNG(2).state) is a
        assert a.equals(RNG(2))

    def test_use_state_of(self):
        a, b = RNG(1), RNG(2)
        assert a.use_state_of_(b) is a
        assert a.equals(b)
        assert a.generator is not b.generator

    def test_equals_requires_rng(self):
        with pytest.raises(InvalidTypeError, match="other"):
            RNG(1).equals(_raw_generator(1))

    def test_equals_considers_cache(self):
        a, b = RNG(1), RNG(1)
        a.integers(0, 2**32, dtype="uint32")
        b.integers(0, 2**32, dtype="uint32")
        assert a.equals(b)
        b.reset_cache_()
        assert not a.equals(b)

    def test_copy_is_independent_and_identical(self):
        a = RNG(1)
        a.integers(0, 2**32, dtype="uint32")  # leaves a cached half word
        b = a.copy()
        assert b is not a
        assert b.generator is not a.generator
        assert a.equals(b)
        assert np.array_equal(
            a.integers(0, 10**6, size=(5,)), b.integers(0, 10**6, size=(5,))
        )
        a.integers(0, 10)
        assert not a.equals(b)

    def test_copy_unless_global_rng(self):
        glob = iarandom.get_global_rng()
        assert glob.copy_unless_global_rng() is glob
        other = RNG(1)
        copied = other.copy_unless_global_rng()
        assert copied is not other
        assert copied.equals(other)

    def test_duplicate_returns_same_object(self):
        a = RNG(1)
        dup = a.duplicate(3)
        assert len(dup) == 3
        assert all(item is a for item in dup)
        assert a.duplicate(0) == []

    def test_reset_cache_and_advance(self):
        a = RNG(1)
        a.integers(0, 2**32, dtype="uint32")
        assert a.reset_cache_() is a
        assert a.state["has_uint32"] == 0
        b = RNG(1)
        expected = b.copy()
        expected.generator.random()
        assert b.advance_() is b
        assert b.equals(expected)

    def test_advance_repeated_with_cached_halfwords(self):
        # advance_ keeps a view of the generator's cache flag between calls
        a, b = RNG(7), RNG(7)
        for _ in range(4):
            a.integers(0, 10)
            b.integers(0, 10)
            a.advance_()
            iarandom.advance_generator_(b.generator)
            assert a.equals(b)

    def test_advance_after_generator_replaced(self):
        a = RNG(7)
        a.advance_()
        a.generator = RNG(8).generator
        a.integers(0, 10)
        a.advance_()
        expected = RNG(8)
        expected.integers(0, 10)
        iarandom.advance_generator_(expected.generator)
        assert a.equals(expected)

    @pytest.mark.parametrize(
        "copier", [copy.deepcopy, lambda rng: pickle.loads(pickle.dumps(rng))]
    )
    def test_copies_after_advance(self, copier):
        a = RNG(5)
        a.integers(0, 10)
        a.advance_()
        b = copier(a)
        assert a.equals(b)
        a.advance_()
        b.advance_()
        assert a.equals(b)

    def test_pickle_round_trip(self):
        a = RNG(5)
        a.integers(0, 10)
        b = pickle.loads(pickle.dumps(a))
        assert a.equals(b)
        assert b.generator is not a.generator

    def test_create_fully_random(self):
        a = RNG.create_fully_random()
        b = RNG.create_fully_random()
        assert isinstance(a.generator.bit_generator, np.random.SFC64)
        assert not a.equals(b)

    def test_create_pseudo_random_advances_global(self):
        iarandom.seed(3)
        a = RNG.create_pseudo_random_()
        iarandom.seed(3)
        b = RNG.create_pseudo_random_()
        c = RNG.create_pseudo_random_()
        assert a.equals(b)
        assert not b.equals(c)
        assert not a.is_global_rng()

    def test_create_if_not_rng(self):
        a = RNG(1)
        assert RNG.create_if_not_rng_(a) is a
        assert RNG.create_if_not_rng_(1).equals(RNG(1))


class TestDerivation:
    def test_rule_matches_documentation(self):
        parent = _raw_generator(0)
        seed_ = parent.integers(0, 2**31 - 1, size=(2,), dtype="int32")[-1]
        expected = [
            np.random.Generator(np.random.SFC64(child))
            for child in np.random.SeedSequence(int(seed_)).spawn(3)
        ]
        rng = RNG(0)
        children = rng.derive_rngs_(3)
        assert len(children) == 3
        for child, exp in zip(children, expected):
            assert isinstance(child, RNG)
            assert np.array_equal(
                child.state["state"]["state"], exp.bit_generator.state["state"]["state"]
            )
        # the parent advanced by exactly the two seed draws
        assert np.array_equal(
            rng.state["state"]["state"], parent.bit_generator.state["state"]["state"]
        )

    def test_pinned_child_values(self):
        children = RNG(0).derive_rngs_(2)
        assert children[0].integers(0, 10**6, size=(3,)).tolist() == [
            689998,
            694487,
            292766,
        ]
        assert children[1].integers(0, 10**6, size=(3,)).tolist() == [
            223235,
            163668,
            136304,
        ]
        assert RNG(0).derive_rng_().integers(0, 10**6, size=(3,)).tolist() == [
            689998,
            694487,
            292766,
        ]

    def test_children_independent_of_each_other_and_parent(self):
        parent = RNG(0)
        c1, c2 = parent.derive_rngs_(2)
        values = [
            c1.integers(0, 2**31 - 1, size=(50,)),
            c2.integers(0, 2**31 - 1, size=(50,)),
            parent.integers(0, 2**31 - 1, size=(50,)),
        ]
        for i in range(3):
            for j in range(i + 1, 3):
                assert not np.array_equal(values[i], values[j])

    def test_successive_derivations_differ(self):
        parent = RNG(0)
        a = parent.derive_rng_()
        b = parent.derive_rng_()
        assert not a.equals(b)

    def test_derivation_stable_despite_cache(self):
        # a cached half word in the parent must not change the derived seed
        a, b = RNG(2), RNG(2)
        b.integers(0, 2**32, dtype="uint32")
        b.reset_cache_()
        a.integers(0, 2**32, dtype="uint32")
        a.reset_cache_()
        assert a.derive_rng_().equals(b.derive_rng_())

    def test_module_functions(self):
        gen = _raw_generator(0)
        child = iarandom.derive_generator_(gen)
        assert isinstance(child, np.random.Generator)
        assert child.integers(0, 10**6, size=(3,), dtype="int32").tolist() == [
            689998,
            694487,
            292766,
        ]
        assert len(iarandom.derive_generators_(_raw_generator(0), n=4)) == 4
        assert iarandom.derive_generators_(_raw_generator(0), n=0) == []

    def test_dispatch(self):
        with mock.patch(
            "imgaug.random._derive_generators_np117_", return_value=["x"]
        ) as mocked:
            assert iarandom.derive_generators_(_raw_generator(0), 1) == ["x"]
        mocked.assert_called_once()
        assert mocked.call_args.kwargs == {"n": 1}

    def test_random_state_derivation(self):
        children = iarandom.derive_generators_(np.random.RandomState(1), 2)
        assert all(isinstance(c, np.random.RandomState) for c in children)

    @pytest.mark.parametrize("bad", [-1, 1.5, "2"])
    def test_bad_n(self, bad):
        with pytest.raises(AssertionError, match="'n'"):
            RNG(0).derive_rngs_(bad)


class TestModuleFunctions:
    def test_generate_seeds(self):
        seeds = iarandom.generate_seeds_(_raw_generator(0), 4)
        assert seeds.dtype == np.int32
        assert seeds.shape == (4,)
        assert np.all((seeds >= 0) & (seeds < 2**31 - 1))
        one = iarandom.generate_seed_(_raw_generator(0))
        assert one == seeds[0]

    def test_convert_seed_to_generator(self):
        gen = iarandom.convert_seed_to_generator(5)
        assert RNG(gen).equals(RNG(5))
        seq_gen = iarandom.convert_seed_sequence_to_generator(np.random.SeedSequence(5))
        assert RNG(seq_gen).equals(RNG(5))

    def test_create_generators(self):
        assert isinstance(iarandom.create_fully_random_generator(), np.random.Generator)
        iarandom.seed(1)
        a = iarandom.create_pseudo_random_generator_()
        iarandom.seed(1)
        b = iarandom.create_pseudo_random_generator_()
        assert iarandom.is_generator_equal_to(a, b)

    def test_normalize_generator_does_not_modify_input(self):
        gen = _raw_generator(1)
        gen.integers(0, 2**32, dtype="uint32")
        out = iarandom.normalize_generator(gen)
        assert out is not gen
        assert gen.bit_generator.state["has_uint32"] == 1
        assert out.bit_generator.state["has_uint32"] == 0

    def test_normalize_generator_inplace(self):
        gen = _raw_generator(1)
        assert iarandom.normalize_generator_(gen) is gen
        assert (
            iarandom.normalize_generator_(None) is iarandom.get_global_rng().generator
        )
        assert isinstance(iarandom.normalize_generator_(3), np.random.Generator)

    def test_copy_generator(self):
        gen = _raw_generator(1)
        copied = iarandom.copy_generator(gen)
        assert copied is not gen
        assert iarandom.is_generator_equal_to(gen, copied)
        glob = iarandom.get_global_rng().generator
        assert iarandom.copy_generator_unless_global_generator(glob) is glob
        assert iarandom.copy_generator_unless_global_generator(gen) is not gen

    def test_copy_random_state(self):
        rs = np.random.RandomState(1)
        copied = iarandom.copy_generator(rs)
        assert copied is not rs
        assert copied.randint(0, 1000) == rs.randint(0, 1000)

    def test_state_functions(self):
        gen = _raw_generator(1)
        state = iarandom.get_generator_state(gen)
        gen.random()
        iarandom.set_generator_state_(gen, state)
        assert iarandom.is_generator_equal_to(gen, _raw_generator(1))

    def test_is_generator_equal_to_requires_same_class(self):
        with pytest.raises(InvalidTypeError, match="other_generator"):
            iarandom.is_generator_equal_to(_raw_generator(1), np.random.RandomState(1))
        with pytest.raises(InvalidTypeError, match="SFC64"):
            iarandom.is_generator_equal_to(
                np.random.Generator(np.random.PCG64(1)), _raw_generator(1)
            )

    def test_reset_generator_cache(self):
        gen = _raw_generator(1)
        gen.integers(0, 2**32, dtype="uint32")
        assert iarandom.reset_generator_cache_(gen) is gen
        assert gen.bit_generator.state["has_uint32"] == 0

    def test_advance_generator(self):
        gen = _raw_generator(1)
        expected = _raw_generator(1)
        expected.random()
        iarandom.advance_generator_(gen)
        assert iarandom.is_generator_equal_to(gen, expected)

    def test_polyfill_integers_new_style(self):
        out = iarandom.polyfill_integers(_raw_generator(1), 0, 10, size=(100,))
        assert out.dtype == np.int32
        assert out.min() >= 0
        assert out.max() <= 9
        inclusive = iarandom.polyfill_integers(
            _raw_generator(1), 0, 1, size=(200,), endpoint=True
        )
        assert set(inclusive.tolist()) == {0, 1}

    def test_polyfill_integers_legacy(self):
        rs = np.random.RandomState(1)
        out = iarandom.polyfill_integers(rs, 0, 1, size=(200,), endpoint=True)
        assert out.dtype == np.int32
        assert set(out.tolist()) == {0, 1}
        out = iarandom.polyfill_integers(rs, 1, size=(200,), endpoint=True)
        assert set(out.tolist()) == {0, 1}
        out = iarandom.polyfill_integers(rs, 2, size=(200,))
        assert set(out.tolist()) == {0, 1}

    def test_polyfill_random(self):
        out = iarandom.polyfill_random(_raw_generator(1), size=(5,))
        assert out.dtype == np.float32
        legacy = iarandom.polyfill_random(np.random.RandomState(1), size=(5,))
        assert legacy.dtype == np.float32
        buf = np.zeros((5,), dtype=np.float64)
        res = iarandom.polyfill_random(
            np.random.RandomState(1), size=(5,), dtype="float64", out=buf
        )
        assert res is buf
        assert np.all(buf > 0)
        with pytest.raises(InvalidValueError, match="out"):
            iarandom.polyfill_random(
                np.random.RandomState(1),
                size=(5,),
                dtype="float32",
                out=np.zeros((5,), np.float64),
            )


class TestTemporaryNumpySeed:
    def test_seeds_and_restores(self):
        np.random.seed(10)
        before = np.random.get_state()[1].copy()
        with iarandom.temporary_numpy_seed(1):
            a = np.random.randint(0, 10**6)
        assert np.array_equal(np.random.get_state()[1], before)
        with iarandom.temporary_numpy_seed(1):
            b = np.random.randint(0, 10**6)
        assert a == b
        assert a == np.random.RandomState(1).randint(0, 10**6)

    def test_restores_on_exception(self):
        np.random.seed(10)
        before = np.random.get_state()[1].copy()
        with pytest.raises(RuntimeError), iarandom.temporary_numpy_seed(3):
            raise RuntimeError("boom")
        assert np.array_equal(np.random.get_state()[1], before)

    def test_none_is_noop(self):
        np.random.seed(10)
        expected = np.random.RandomState(10).randint(0, 10**6)
        with iarandom.temporary_numpy_seed():
            value = np.random.randint(0, 10**6)
        assert value == expected


# name, args, kwargs, expected dtype (None = not checked)
_SAMPLING_CASES = [
    ("beta", (1.0, 2.0), {"size": (3,)}, np.float64),
    ("binomial", (10, 0.5), {"size": (3,)}, np.int64),
    ("chisquare", (2.0,), {"size": (3,)}, np.float64),
    ("dirichlet", ([1.0, 2.0],), {"size": (3,)}, np.float64),
    ("exponential", (), {"scale": 2.0, "size": (3,)}, np.float64),
    ("f", (2.0, 3.0), {"size": (3,)}, np.float64),
    ("gamma", (2.0,), {"scale": 1.5, "size": (3,)}, np.float64),
    ("geometric", (0.5,), {"size": (3,)}, np.int64),
    ("gumbel", (), {"loc": 1.0, "scale": 2.0, "size": (3,)}, np.float64),
    ("hypergeometric", (5, 5, 3), {"size": (3,)}, np.int64),
    ("laplace", (), {"loc": 1.0, "scale": 2.0, "size": (3,)}, np.float64),
    ("logistic", (), {"loc": 1.0, "scale": 2.0, "size": (3,)}, np.float64),
    ("lognormal", (), {"mean": 1.0, "sigma": 0.5, "size": (3,)}, np.float64),
    ("logseries", (0.5,), {"size": (3,)}, np.int64),
    ("multinomial", (5, [0.5, 0.5]), {"size": (3,)}, np.int64),
    (
        "multivariate_normal",
        ([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]]),
        {"size": (3,)},
        np.float64,
    ),
    ("negative_binomial", (5, 0.5), {"size": (3,)}, np.int64),
    ("noncentral_chisquare", (2.0, 1.0), {"size": (3,)}, np.float64),
    ("noncentral_f", (2.0, 3.0, 1.0), {"size": (3,)}, np.float64),
    ("normal", (), {"loc": 1.0, "scale": 2.0, "size": (3,)}, np.float64),
    ("pareto", (2.0,), {"size": (3,)}, np.float64),
    ("poisson", (), {"lam": 3.0, "size": (3,)}, np.int64),
    ("power", (2.0,), {"size": (3,)}, np.float64),
    ("rayleigh", (), {"scale": 2.0, "size": (3,)}, np.float64),
    ("standard_cauchy", (), {"size": (3,)}, np.float64),
    ("standard_t", (3.0,), {"size": (3,)}, np.float64),
    ("triangular", (0.0, 0.5, 1.0), {"size": (3,)}, np.float64),
    ("uniform", (), {"low": 1.0, "high": 2.0, "size": (3,)}, np.float64),
    ("vonmises", (0.0, 1.0), {"size": (3,)}, np.float64),
    ("wald", (1.0, 1.0), {"size": (3,)}, np.float64),
    ("weibull", (2.0,), {"size": (3,)}, np.float64),
    ("zipf", (2.0,), {"size": (3,)}, np.int64),
    ("choice", ([1, 2, 3],), {"size": (3,), "replace": True, "p": None}, np.int64),
]


class TestSamplingMethods:
    @pytest.mark.parametrize(
        ("name", "args", "kwargs", "dtype"),
        _SAMPLING_CASES,
        ids=[c[0] for c in _SAMPLING_CASES],
    )
    def test_matches_numpy_generator(self, name, args, kwargs, dtype):
        observed = getattr(RNG(3), name)(*args, **kwargs)
        expected = getattr(_raw_generator(3), name)(*args, **kwargs)
        assert np.array_equal(observed, expected)
        assert observed.dtype == dtype

    @pytest.mark.parametrize(("name", "args", "kwargs", "dtype"), _SAMPLING_CASES[:5])
    def test_forwards_keyword_arguments(self, name, args, kwargs, dtype):
        rng = RNG(3)
        with mock.patch.object(rng, "generator") as gen:
            getattr(rng, name)(*args, **kwargs)
        method = getattr(gen, name)
        method.assert_called_once()
        assert method.call_args.args == ()
        assert set(kwargs).issubset(method.call_args.kwargs)

    def test_integers_defaults(self):
        rng = RNG(3)
        out = rng.integers(0, 10, size=(50,))
        assert out.dtype == np.int32
        assert out.max() <= 9
        assert rng.integers(0, 1, size=(50,), endpoint=True).max() == 1
        assert rng.integers(0, 10, size=(2,), dtype="uint8").dtype == np.uint8
        assert rng.integers(5, size=(50,)).max() <= 4
        expected = _raw_generator(3).integers(0, 10, size=(50,), dtype="int32")
        assert np.array_equal(RNG(3).integers(0, 10, size=(50,)), expected)

    def test_random_defaults(self):
        out = RNG(3).random((4,))
        assert out.dtype == np.float32
        assert np.array_equal(
            out, _raw_generator(3).random(size=(4,), dtype=np.float32)
        )
        assert RNG(3).random((4,), dtype="float64").dtype == np.float64
        buf = np.zeros((4,), dtype=np.float32)
        RNG(3).random((4,), out=buf)
        assert np.array_equal(buf, out)

    @pytest.mark.parametrize(
        ("name", "args"),
        [
            ("standard_exponential", ()),
            ("standard_gamma", (2.0,)),
            ("standard_normal", ()),
        ],
    )
    def test_standard_float32_defaults(self, name, args):
        out = getattr(RNG(3), name)(*args, size=(4,))
        assert out.dtype == np.float32
        expected = getattr(_raw_generator(3), name)(*args, size=(4,), dtype=np.float32)
        assert np.array_equal(out, expected)
        out64 = getattr(RNG(3), name)(*args, size=(4,), dtype="float64")
        assert out64.dtype == np.float64

    def test_bytes(self):
        assert RNG(3).bytes(5) == _raw_generator(3).bytes(5)
        assert len(RNG(3).bytes(5)) == 5

    def test_shuffle_in_place(self):
        arr = np.arange(10)
        assert RNG(3).shuffle(arr) is None
        expected = np.arange(10)
        _raw_generator(3).shuffle(expected)
        assert np.array_equal(arr, expected)

    def test_permutation(self):
        arr = np.arange(10)
        out = RNG(3).permutation(arr)
        assert np.array_equal(arr, np.arange(10))
        assert np.array_equal(out, _raw_generator(3).permutation(arr))
        assert sorted(RNG(3).permutation(5).tolist()) == [0, 1, 2, 3, 4]

    def test_shuffle_passes_positionally(self):
        rng = RNG(3)
        with mock.patch.object(rng, "generator") as gen:
            rng.shuffle([1, 2])
            rng.permutation(3)
        gen.shuffle.assert_called_once_with([1, 2])
        gen.permutation.assert_called_once_with(3)

    def test_integers_forwards_to_polyfill(self):
        rng = RNG(3)
        with mock.patch("imgaug.random.polyfill_integers") as mocked:
            rng.integers(1, 5)
        mocked.assert_called_once_with(
            rng.generator, low=1, high=5, size=None, dtype="int32", endpoint=False
        )

    def test_random_forwards_to_polyfill(self):
        rng = RNG(3)
        with mock.patch("imgaug.random.polyfill_random") as mocked:
            rng.random((2,))
        mocked.assert_called_once_with(
            rng.generator, size=(2,), dtype="float32", out=None
        )


class TestLegacyAliases:
    def test_rand(self):
        out = RNG(3).rand(2, 3)
        assert out.shape == (2, 3)
        assert out.dtype == np.float32
        assert np.array_equal(out, RNG(3).random((2, 3)))

    def test_randint(self):
        out = RNG(3).randint(0, 5, size=(100,))
        assert out.dtype == np.int32
        assert set(out.tolist()) == {0, 1, 2, 3, 4}
        assert np.array_equal(out, RNG(3).integers(0, 5, size=(100,)))

    def test_randn(self):
        out = RNG(3).randn(4)
        assert out.shape == (4,)
        assert out.dtype == np.float32

    def test_random_integers(self):
        out = RNG(3).random_integers(1, 3, size=(100,))
        assert set(out.tolist()) == {1, 2, 3}
        out = RNG(3).random_integers(2, size=(100,))
        assert set(out.tolist()) == {1, 2}

    def test_random_sample(self):
        out = RNG(3).random_sample((3,))
        assert out.dtype == np.float64
        assert np.array_equal(out, _raw_generator(3).uniform(0.0, 1.0, size=(3,)))

    def test_tomaxint(self):
        out = RNG(3).tomaxint(size=(20,))
        assert out.shape == (20,)
        assert np.all(out >= 0)
        assert np.all(out <= min(sys.maxsize, 2**31 - 1))
