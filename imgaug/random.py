"""Random number generation for imgaug: the ``RNG`` wrapper and its helpers.

Every random decision in imgaug goes through :class:`RNG`, a thin wrapper around a
:class:`numpy.random.Generator` driven by an SFC64 bit generator
(:data:`BIT_GENERATOR`). The same integer seed yields the same stream on every
platform and every supported NumPy version.

Global RNG
    :func:`get_global_rng` creates the global RNG on first use. Its seed is drawn
    from NumPy's *legacy* global generator, so ``np.random.seed(x)`` before the first
    use makes the global RNG reproducible. The global RNG lives in the module variable
    ``GLOBAL_RNG`` and is always read through :func:`get_global_rng`, so it may be
    replaced as a whole (e.g. after a process fork).

Reseeding
    :func:`seed` reseeds the global RNG *in place*: the bit-generator state of the
    existing generator is overwritten, so every object that shares the global
    generator sees the new stream. After ``seed(x)`` the global RNG is in exactly the
    state of ``RNG(x)``.

Seeds
    Integers in ``[SEED_MIN_VALUE, SEED_MAX_VALUE)`` = ``[0, 2**31 - 1)``, drawn as
    int32. An integer seed ``s`` becomes ``Generator(SFC64(SeedSequence(s)))``.

Derivation rule (multicore reproducibility depends on it; do not change it)
    To derive ``n`` child generators from a parent, draw **two** int32 seeds from the
    parent with ``parent.integers(0, 2**31 - 1, size=(2,), dtype="int32")`` (this
    advances the parent), keep the **second** one, ``s``, and create
    ``SeedSequence(s).spawn(n)``. Child ``i`` is ``Generator(SFC64(spawned[i]))``.
    Children are independent of each other and of the parent's later stream.

Caches
    SFC64 may hold one cached 32-bit half word (``state["has_uint32"]``). Wrapping an
    existing ``Generator`` or ``BitGenerator`` clears that flag, and so does
    :func:`advance_generator_`, which then draws one double. Building the state dict
    costs more than the draw, so for SFC64 the flag is read and cleared in the bit
    generator's C struct (``s[4]`` words, then ``int has_uint32``) once a probe at
    first use has confirmed that layout against the state dict; other bit generators
    or another layout go through the state dict. Both give identical streams.

Copy versus duplicate
    :meth:`RNG.copy` makes an independent generator with an identical state.
    :meth:`RNG.duplicate` returns the *same* object ``n`` times (composite stochastic
    parameters rely on this to draw sequentially from one stream).

Forked processes
    On POSIX, a hook registered with :func:`os.register_at_fork` reseeds the global
    RNG *in place* in every forked child (e.g. PyTorch ``DataLoader`` workers), so
    that children do not silently repeat the parent's stream. The child's seed is
    derived from the parent's global RNG state (read, not advanced; NumPy's legacy
    global state if the global RNG did not exist yet), a per-process fork counter
    and, if ``torch`` is already imported, ``torch.initial_seed()``. Runs therefore
    stay reproducible while siblings (and later forks) differ. Augmenters with own
    integer seeds are not touched. See :func:`_reseed_global_rng_after_fork`.

Only the NumPy >= 1.17 code paths (``*_np117*``) are used in practice; the
``*_np116*`` dispatch targets exist so that the dispatching functions keep their
0.4.0 structure and serve legacy ``RandomState`` objects passed in directly.

Examples
--------
>>> import imgaug.random as iarandom
>>> rng = iarandom.RNG(1)
>>> int(rng.integers(0, 10)) == int(iarandom.RNG(1).integers(0, 10))
True
>>> rng.random((2,)).dtype
dtype('float32')

"""

from __future__ import annotations

import copy as copylib
import numbers
import os
import sys
from typing import Any

import numpy as np

from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "SUPPORTS_NEW_NP_RNG_STYLE",
    "BIT_GENERATOR",
    "GLOBAL_RNG",
    "SEED_MIN_VALUE",
    "SEED_MAX_VALUE",
    "RNG",
    "supports_new_numpy_rng_style",
    "get_global_rng",
    "seed",
    "normalize_generator",
    "normalize_generator_",
    "convert_seed_to_generator",
    "convert_seed_sequence_to_generator",
    "create_pseudo_random_generator_",
    "create_fully_random_generator",
    "generate_seed_",
    "generate_seeds_",
    "copy_generator",
    "copy_generator_unless_global_generator",
    "reset_generator_cache_",
    "derive_generator_",
    "derive_generators_",
    "get_generator_state",
    "set_generator_state_",
    "is_generator_equal_to",
    "advance_generator_",
    "polyfill_integers",
    "polyfill_random",
    "temporary_numpy_seed",
]

_NP_VERSION = [int(part) for part in np.__version__.split(".")[0:2]]
SUPPORTS_NEW_NP_RNG_STYLE = _NP_VERSION >= [1, 17]
BIT_GENERATOR = np.random.SFC64
_BIT_GENERATOR_INTERFACE = np.random.BitGenerator

SEED_MIN_VALUE = 0
SEED_MAX_VALUE = 2**31 - 1

# The global RNG, created lazily by get_global_rng(). Always access it through that
# function: other modules (e.g. fork handling in multicore) may replace it.
GLOBAL_RNG: RNG | None = None

_TOMAXINT_HIGH = min(sys.maxsize, int(np.iinfo(np.int32).max))


def _is_integer(value: Any) -> bool:
    if type(value) is int:  # the common case, without the ABC check
        return True
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _check_count(n: Any, name: str = "n") -> int:
    if not _is_integer(n):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be an integer, got {type(n).__name__}."
        )
    if n < 0:
        raise InvalidValueError(f"Expected argument '{name}' to be >= 0, got {n}.")
    return int(n)


def _check_entropy(entropy: Any, name: str = "entropy") -> None:
    if not _is_integer(entropy):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be an integer seed, "
            f"got {type(entropy).__name__}."
        )
    if entropy < 0:
        raise InvalidValueError(
            f"Expected argument '{name}' to be a non-negative integer seed, "
            f"got {entropy}."
        )


class RNG:
    """Random number generator wrapper used everywhere in imgaug.

    Parameters
    ----------
    generator : None or int or RNG or numpy.random.Generator or similar
        What to wrap. ``None`` wraps the global generator itself (so draws advance
        the global RNG); an int creates a new generator seeded with it; an ``RNG``
        shares that RNG's generator; a ``Generator`` is wrapped (its 32-bit cache is
        cleared); a ``BitGenerator`` is put into a new ``Generator`` (cache cleared);
        a ``SeedSequence`` seeds a new SFC64 generator; a ``RandomState`` seeds a new
        generator with a seed drawn from it.

    Examples
    --------
    >>> from imgaug.random import RNG
    >>> rng = RNG(0)
    >>> child = rng.derive_rng_()
    >>> child.integers(0, 10, size=(3,)).dtype
    dtype('int32')

    """

    def __init__(self, generator: Any) -> None:
        if isinstance(generator, RNG):
            self.generator = generator.generator
        else:
            self.generator = normalize_generator_(generator)
        self._is_new_rng_style = not isinstance(self.generator, np.random.RandomState)

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> Any:
        """Get the state of the wrapped generator (a dict for new-style generators).

        Returns
        -------
        dict or tuple
            The bit generator's state.

        """
        return get_generator_state(self.generator)

    @state.setter
    def state(self, value: Any) -> None:
        self.set_state_(value)

    def set_state_(self, value: Any) -> RNG:
        """Set the state of the wrapped generator in place.

        Parameters
        ----------
        value : dict or tuple
            A state as returned by :attr:`state`.

        Returns
        -------
        RNG
            This instance.

        """
        set_generator_state_(self.generator, value)
        return self

    def use_state_of_(self, other: RNG) -> RNG:
        """Copy the state of another RNG into this one.

        Parameters
        ----------
        other : RNG
            The RNG whose state to use.

        Returns
        -------
        RNG
            This instance.

        """
        return self.set_state_(other.state)

    def is_global_rng(self) -> bool:
        """Return whether this RNG wraps the global generator object itself."""
        return get_global_rng().generator is self.generator

    def equals_global_rng(self) -> bool:
        """Return whether this RNG's state equals that of the global RNG."""
        return get_global_rng().equals(self)

    def generate_seed_(self) -> Any:
        """Draw one seed in ``[SEED_MIN_VALUE, SEED_MAX_VALUE)`` (advances the RNG).

        Returns
        -------
        numpy.int32
            The seed.

        """
        return generate_seed_(self.generator)

    def generate_seeds_(self, n: int) -> np.ndarray:
        """Draw ``n`` seeds in ``[SEED_MIN_VALUE, SEED_MAX_VALUE)`` as int32 array.

        Parameters
        ----------
        n : int
            Number of seeds.

        Returns
        -------
        numpy.ndarray
            The seeds, shape ``(n,)``, dtype int32.

        """
        return generate_seeds_(self.generator, n)

    def reset_cache_(self) -> RNG:
        """Clear the generator's cached 32-bit half word; return this instance."""
        reset_generator_cache_(self.generator)
        return self

    def derive_rng_(self) -> RNG:
        """Derive one child RNG (advances this RNG); see the module derivation rule.

        Returns
        -------
        RNG
            The child.

        """
        return self.derive_rngs_(1)[0]

    def derive_rngs_(self, n: int) -> list[RNG]:
        """Derive ``n`` independent child RNGs (advances this RNG).

        Parameters
        ----------
        n : int
            Number of children.

        Returns
        -------
        list of RNG
            The children.

        """
        return [_wrap(gen) for gen in derive_generators_(self.generator, n)]

    def equals(self, other: RNG) -> bool:
        """Return whether another RNG has exactly the same state as this one.

        Parameters
        ----------
        other : RNG
            The RNG to compare with.

        Returns
        -------
        bool
            ``True`` if both would produce the same stream.

        """
        if not isinstance(other, RNG):
            raise InvalidTypeError(
                "Expected argument 'other' to be an imgaug.random.RNG, "
                f"got {type(other).__name__}."
            )
        return is_generator_equal_to(self.generator, other.generator)

    def advance_(self) -> RNG:
        """Move the state forward by one draw without returning a value."""
        generator = self.generator
        # every parameter draw ends here: the SFC64 cache flag's ctypes view is
        # kept per generator (building it costs more than the draw)
        # route: tests/perf/test_random_perf.py::test_advance_cached_flag
        cached = self.__dict__.get("_advance_flag")
        if cached is None or cached[0] is not generator:
            if type(generator) is not np.random.Generator:
                advance_generator_(generator)
                return self
            cached = (generator, _sfc64_cache_flag(generator.bit_generator))
            self._advance_flag = cached
        flag = cached[1]
        if flag is None:
            advance_generator_(generator)
            return self
        if flag.value:
            flag.value = 0
        generator.random()
        return self

    def __getstate__(self) -> dict:
        # the ctypes view of the cache flag is neither picklable nor copyable
        state = self.__dict__.copy()
        state.pop("_advance_flag", None)
        return state

    def copy(self) -> RNG:
        """Return an independent RNG with the same state as this one."""
        # _wrap keeps a cached 32-bit half word, so the copy's stream is identical
        return _wrap(copy_generator(self.generator))

    def copy_unless_global_rng(self) -> RNG:
        """Return this instance if it is the global RNG, otherwise a copy."""
        if self.is_global_rng():
            return self
        return self.copy()

    def duplicate(self, n: int) -> list[RNG]:
        """Return a list containing this same object ``n`` times (not copies).

        Parameters
        ----------
        n : int
            Length of the list.

        Returns
        -------
        list of RNG
            ``[self] * n``.

        """
        return [self] * n

    @classmethod
    def create_fully_random(cls) -> RNG:
        """Create an RNG seeded from operating system entropy."""
        return RNG(create_fully_random_generator())

    @classmethod
    def create_pseudo_random_(cls) -> RNG:
        """Create an RNG derived from the global RNG (advances the global RNG)."""
        return get_global_rng().derive_rng_()

    @classmethod
    def create_if_not_rng_(cls, generator: Any) -> RNG:
        """Return ``generator`` if it is an RNG, else ``RNG(generator)``."""
        if isinstance(generator, RNG):
            return generator
        return RNG(generator)

    # --------------------------------------------------------------- sampling
    def integers(
        self,
        low: Any,
        high: Any = None,
        size: Any = None,
        dtype: Any = "int32",
        endpoint: bool = False,
    ) -> Any:
        """Draw integers; see ``Generator.integers`` (int32 default)."""
        return polyfill_integers(
            self.generator,
            low=low,
            high=high,
            size=size,
            dtype=dtype,
            endpoint=endpoint,
        )

    def random(self, size: Any, dtype: Any = "float32", out: Any = None) -> Any:
        """Draw floats in ``[0, 1)``; see ``Generator.random`` (float32 default)."""
        return polyfill_random(self.generator, size=size, dtype=dtype, out=out)

    def choice(
        self, a: Any, size: Any = None, replace: bool = True, p: Any = None
    ) -> Any:
        """Draw from ``a``; see :meth:`numpy.random.Generator.choice`."""
        return self.generator.choice(a=a, size=size, replace=replace, p=p)

    def bytes(self, length: int) -> bytes:
        """Return ``length`` random bytes."""
        return self.generator.bytes(length=length)

    def shuffle(self, x: Any) -> None:
        """Shuffle ``x`` in place along its first axis."""
        self.generator.shuffle(x)

    def permutation(self, x: Any) -> Any:
        """Return a permuted copy of ``x`` or a permutation of ``arange(x)``."""
        return self.generator.permutation(x)

    def beta(self, a: Any, b: Any, size: Any = None) -> Any:
        """Draw from a beta distribution."""
        return self.generator.beta(a=a, b=b, size=size)

    def binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw from a binomial distribution."""
        return self.generator.binomial(n=n, p=p, size=size)

    def chisquare(self, df: Any, size: Any = None) -> Any:
        """Draw from a chi-square distribution."""
        return self.generator.chisquare(df=df, size=size)

    def dirichlet(self, alpha: Any, size: Any = None) -> Any:
        """Draw from a Dirichlet distribution."""
        return self.generator.dirichlet(alpha=alpha, size=size)

    def exponential(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from an exponential distribution."""
        return self.generator.exponential(scale=scale, size=size)

    def f(self, dfnum: Any, dfden: Any, size: Any = None) -> Any:
        """Draw from an F distribution."""
        return self.generator.f(dfnum=dfnum, dfden=dfden, size=size)

    def gamma(self, shape: Any, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a gamma distribution."""
        return self.generator.gamma(shape=shape, scale=scale, size=size)

    def geometric(self, p: Any, size: Any = None) -> Any:
        """Draw from a geometric distribution."""
        return self.generator.geometric(p=p, size=size)

    def gumbel(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a Gumbel distribution."""
        return self.generator.gumbel(loc=loc, scale=scale, size=size)

    def hypergeometric(
        self, ngood: Any, nbad: Any, nsample: Any, size: Any = None
    ) -> Any:
        """Draw from a hypergeometric distribution."""
        return self.generator.hypergeometric(
            ngood=ngood, nbad=nbad, nsample=nsample, size=size
        )

    def laplace(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a Laplace distribution."""
        return self.generator.laplace(loc=loc, scale=scale, size=size)

    def logistic(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a logistic distribution."""
        return self.generator.logistic(loc=loc, scale=scale, size=size)

    def lognormal(self, mean: Any = 0.0, sigma: Any = 1.0, size: Any = None) -> Any:
        """Draw from a log-normal distribution."""
        return self.generator.lognormal(mean=mean, sigma=sigma, size=size)

    def logseries(self, p: Any, size: Any = None) -> Any:
        """Draw from a logarithmic series distribution."""
        return self.generator.logseries(p=p, size=size)

    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> Any:
        """Draw from a multinomial distribution."""
        return self.generator.multinomial(n=n, pvals=pvals, size=size)

    def multivariate_normal(
        self,
        mean: Any,
        cov: Any,
        size: Any = None,
        check_valid: str = "warn",
        tol: float = 1e-8,
    ) -> Any:
        """Draw from a multivariate normal distribution."""
        return self.generator.multivariate_normal(
            mean=mean, cov=cov, size=size, check_valid=check_valid, tol=tol
        )

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> Any:
        """Draw from a negative binomial distribution."""
        return self.generator.negative_binomial(n=n, p=p, size=size)

    def noncentral_chisquare(self, df: Any, nonc: Any, size: Any = None) -> Any:
        """Draw from a noncentral chi-square distribution."""
        return self.generator.noncentral_chisquare(df=df, nonc=nonc, size=size)

    def noncentral_f(self, dfnum: Any, dfden: Any, nonc: Any, size: Any = None) -> Any:
        """Draw from a noncentral F distribution."""
        return self.generator.noncentral_f(
            dfnum=dfnum, dfden=dfden, nonc=nonc, size=size
        )

    def normal(self, loc: Any = 0.0, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a normal (Gaussian) distribution."""
        return self.generator.normal(loc=loc, scale=scale, size=size)

    def pareto(self, a: Any, size: Any = None) -> Any:
        """Draw from a Pareto II (Lomax) distribution."""
        return self.generator.pareto(a=a, size=size)

    def poisson(self, lam: Any = 1.0, size: Any = None) -> Any:
        """Draw from a Poisson distribution."""
        return self.generator.poisson(lam=lam, size=size)

    def power(self, a: Any, size: Any = None) -> Any:
        """Draw from a power distribution."""
        return self.generator.power(a=a, size=size)

    def rayleigh(self, scale: Any = 1.0, size: Any = None) -> Any:
        """Draw from a Rayleigh distribution."""
        return self.generator.rayleigh(scale=scale, size=size)

    def standard_cauchy(self, size: Any = None) -> Any:
        """Draw from a standard Cauchy distribution."""
        return self.generator.standard_cauchy(size=size)

    def standard_exponential(
        self,
        size: Any = None,
        dtype: Any = "float32",
        method: str = "zig",
        out: Any = None,
    ) -> Any:
        """Draw from the standard exponential distribution (float32 default)."""
        if self._is_new_rng_style:
            return self.generator.standard_exponential(
                size=size, dtype=dtype, method=method, out=out
            )
        return _fill_out(self.generator.standard_exponential(size=size), dtype, out)

    def standard_gamma(
        self, shape: Any, size: Any = None, dtype: Any = "float32", out: Any = None
    ) -> Any:
        """Draw from the standard gamma distribution (float32 default)."""
        if self._is_new_rng_style:
            return self.generator.standard_gamma(
                shape=shape, size=size, dtype=dtype, out=out
            )
        return _fill_out(
            self.generator.standard_gamma(shape=shape, size=size), dtype, out
        )

    def standard_normal(
        self, size: Any = None, dtype: Any = "float32", out: Any = None
    ) -> Any:
        """Draw from the standard normal distribution (float32 default)."""
        if self._is_new_rng_style:
            return self.generator.standard_normal(size=size, dtype=dtype, out=out)
        return _fill_out(self.generator.standard_normal(size=size), dtype, out)

    def standard_t(self, df: Any, size: Any = None) -> Any:
        """Draw from a Student's t distribution."""
        return self.generator.standard_t(df=df, size=size)

    def triangular(self, left: Any, mode: Any, right: Any, size: Any = None) -> Any:
        """Draw from a triangular distribution."""
        return self.generator.triangular(left=left, mode=mode, right=right, size=size)

    def uniform(self, low: Any = 0.0, high: Any = 1.0, size: Any = None) -> Any:
        """Draw from a uniform distribution over ``[low, high)``."""
        return self.generator.uniform(low=low, high=high, size=size)

    def vonmises(self, mu: Any, kappa: Any, size: Any = None) -> Any:
        """Draw from a von Mises distribution."""
        return self.generator.vonmises(mu=mu, kappa=kappa, size=size)

    def wald(self, mean: Any, scale: Any, size: Any = None) -> Any:
        """Draw from a Wald (inverse Gaussian) distribution."""
        return self.generator.wald(mean=mean, scale=scale, size=size)

    def weibull(self, a: Any, size: Any = None) -> Any:
        """Draw from a Weibull distribution."""
        return self.generator.weibull(a=a, size=size)

    def zipf(self, a: Any, size: Any = None) -> Any:
        """Draw from a Zipf distribution."""
        return self.generator.zipf(a=a, size=size)

    # ---------------------------------------------- legacy RandomState aliases
    def rand(self, *args: int) -> Any:
        """Draw floats in ``[0, 1)`` of shape ``args`` (RandomState-style alias)."""
        return self.random(size=args)

    def randint(
        self, low: Any, high: Any = None, size: Any = None, dtype: Any = "int32"
    ) -> Any:
        """Draw integers in ``[low, high)`` (RandomState-style alias)."""
        return self.integers(low=low, high=high, size=size, dtype=dtype, endpoint=False)

    def randn(self, *args: int) -> Any:
        """Draw standard normal floats of shape ``args`` (RandomState-style alias)."""
        return self.standard_normal(size=args)

    def random_integers(self, low: Any, high: Any = None, size: Any = None) -> Any:
        """Draw integers in ``[low, high]``; ``high=None`` means ``[1, low]``."""
        if high is None:
            high = low
            low = 1
        return self.integers(low=low, high=high, size=size, endpoint=True)

    def random_sample(self, size: Any) -> Any:
        """Draw float64 values in ``[0, 1)`` (RandomState-style alias)."""
        return self.uniform(0.0, 1.0, size=size)

    def tomaxint(self, size: Any = None) -> Any:
        """Draw integers in ``[0, min(sys.maxsize, int32 max)]``."""
        return self.integers(low=0, high=_TOMAXINT_HIGH, size=size, endpoint=True)


def _wrap(generator: Any) -> RNG:
    """Wrap a numpy generator in an RNG as-is (no cache reset, no validation)."""
    rng = RNG.__new__(RNG)
    rng.generator = generator
    rng._is_new_rng_style = not isinstance(generator, np.random.RandomState)
    return rng


def _fill_out(samples: Any, dtype: Any, out: Any) -> Any:
    """Cast old-style samples to ``dtype`` and copy them into ``out`` if given."""
    result = np.asarray(samples).astype(dtype)
    if out is not None:
        if out.dtype != result.dtype:
            raise InvalidValueError(
                f"Expected argument 'out' to have dtype {result.dtype.name}, "
                f"got {out.dtype.name}."
            )
        out[...] = result
        return out
    return result


# ---------------------------------------------------------------------------------
# Module functions
# ---------------------------------------------------------------------------------


def supports_new_numpy_rng_style() -> bool:
    """Return whether numpy provides ``numpy.random.Generator`` (numpy >= 1.17)."""
    return SUPPORTS_NEW_NP_RNG_STYLE


def get_global_rng() -> RNG:
    """Return the global RNG, creating it on first use.

    The seed for a newly created global RNG is drawn from numpy's legacy global
    generator, so ``np.random.seed(x)`` before the first call makes it reproducible.

    Returns
    -------
    RNG
        The global RNG.

    """
    global GLOBAL_RNG
    if GLOBAL_RNG is None:
        # Deliberate use of numpy's legacy global RNG (spec 4.1): the only entropy
        # source that users can control with np.random.seed().
        seed_ = generate_seed_(np.random)
        GLOBAL_RNG = RNG(convert_seed_to_generator(seed_))
    return GLOBAL_RNG


def seed(entropy: Any) -> None:
    """Reseed the global RNG in place.

    Afterwards the global RNG has exactly the state of ``RNG(entropy)``; objects
    that share the global generator see the new stream.

    Parameters
    ----------
    entropy : int or None
        The seed. ``None`` draws fresh entropy from the operating system.

    """
    if entropy is not None:
        _check_entropy(entropy)
    if SUPPORTS_NEW_NP_RNG_STYLE:
        _seed_np117_(entropy)
    else:
        _seed_np116_(entropy)


def _seed_np117_(entropy: Any) -> None:
    global GLOBAL_RNG
    if GLOBAL_RNG is None:
        # Nothing shares the global generator yet: create it directly from the
        # seed instead of first drawing a seed from numpy's legacy RNG.
        GLOBAL_RNG = RNG(convert_seed_to_generator(entropy))
        return
    get_global_rng().generator.bit_generator.state = BIT_GENERATOR(entropy).state


def _seed_np116_(entropy: Any) -> None:
    get_global_rng().generator.seed(entropy)


def normalize_generator(generator: Any) -> Any:
    """Turn ``generator`` into a numpy generator without modifying the input.

    Parameters
    ----------
    generator : None or int or numpy.random.Generator or similar
        See :class:`RNG` for the accepted inputs.

    Returns
    -------
    numpy.random.Generator
        The normalized generator.

    """
    return normalize_generator_(copylib.deepcopy(generator))


def normalize_generator_(generator: Any) -> Any:
    """Turn ``generator`` into a numpy generator; may modify the input (cache reset).

    Parameters
    ----------
    generator : None or int or numpy.random.Generator or similar
        See :class:`RNG` for the accepted inputs. ``None`` returns the global
        generator.

    Returns
    -------
    numpy.random.Generator
        The normalized generator.

    """
    if SUPPORTS_NEW_NP_RNG_STYLE:
        return _normalize_generator_np117_(generator)
    return _normalize_generator_np116_(generator)


def _normalize_generator_np117_(generator: Any) -> Any:
    if generator is None:
        return get_global_rng().generator
    if isinstance(generator, np.random.Generator):
        return reset_generator_cache_(generator)
    if isinstance(generator, _BIT_GENERATOR_INTERFACE):
        return reset_generator_cache_(np.random.Generator(generator))
    if isinstance(generator, np.random.SeedSequence):
        return convert_seed_sequence_to_generator(generator)
    if isinstance(generator, np.random.RandomState):
        return convert_seed_to_generator(int(generate_seed_(generator)))
    if isinstance(generator, RNG):
        return generator.generator
    _check_entropy_or_generator(generator)
    return convert_seed_to_generator(generator)


def _normalize_generator_np116_(generator: Any) -> Any:
    if generator is None:
        return get_global_rng().generator
    if isinstance(generator, np.random.RandomState):
        return generator
    if isinstance(generator, RNG):
        return generator.generator
    _check_entropy_or_generator(generator)
    return np.random.RandomState(generator)


def _check_entropy_or_generator(generator: Any) -> None:
    if not _is_integer(generator):
        raise InvalidTypeError(
            "Expected argument 'generator' to be None, an integer seed, an "
            "imgaug.random.RNG, a numpy Generator, BitGenerator, SeedSequence or "
            f"RandomState, got {type(generator).__name__}."
        )
    _check_entropy(generator, "generator")


def convert_seed_to_generator(entropy: Any) -> Any:
    """Create a new generator from an integer seed.

    Parameters
    ----------
    entropy : int
        The seed.

    Returns
    -------
    numpy.random.Generator
        ``Generator(SFC64(SeedSequence(entropy)))``.

    """
    if SUPPORTS_NEW_NP_RNG_STYLE:
        return _convert_seed_to_generator_np117(entropy)
    return _convert_seed_to_generator_np116(entropy)


def _convert_seed_to_generator_np117(entropy: Any) -> Any:
    seed_sequence = np.random.SeedSequence(entropy)
    return convert_seed_sequence_to_generator(seed_sequence)


def _convert_seed_to_generator_np116(entropy: Any) -> Any:
    return np.random.RandomState(entropy)


def convert_seed_sequence_to_generator(seed_sequence: Any) -> Any:
    """Create a new SFC64-based generator from a ``SeedSequence``.

    Parameters
    ----------
    seed_sequence : numpy.random.SeedSequence
        The seed sequence.

    Returns
    -------
    numpy.random.Generator
        The new generator.

    """
    return np.random.Generator(BIT_GENERATOR(seed_sequence))


def create_pseudo_random_generator_() -> Any:
    """Create a generator seeded from the global RNG (advances the global RNG)."""
    seed_ = generate_seed_(get_global_rng().generator)
    return convert_seed_to_generator(int(seed_))


def create_fully_random_generator() -> Any:
    """Create a generator seeded from operating system entropy."""
    if SUPPORTS_NEW_NP_RNG_STYLE:
        return np.random.Generator(BIT_GENERATOR())
    return np.random.RandomState()


def generate_seed_(generator: Any) -> Any:
    """Draw one seed in ``[SEED_MIN_VALUE, SEED_MAX_VALUE)`` from ``generator``.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The generator to draw from (advanced in place).

    Returns
    -------
    numpy.int32
        The seed.

    """
    return generate_seeds_(generator, 1)[0]


def generate_seeds_(generator: Any, n: int) -> np.ndarray:
    """Draw ``n`` seeds in ``[SEED_MIN_VALUE, SEED_MAX_VALUE)`` from ``generator``.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The generator to draw from (advanced in place).
    n : int
        Number of seeds.

    Returns
    -------
    numpy.ndarray
        int32 array of shape ``(n,)``.

    """
    n = _check_count(n)
    if n == 1 and type(generator) is np.random.Generator:
        # a scalar draw takes the same numbers from the stream, in a third the time
        seed_ = generator.integers(SEED_MIN_VALUE, SEED_MAX_VALUE, dtype=np.int32)
        return np.array([seed_], dtype=np.int32)
    return polyfill_integers(generator, SEED_MIN_VALUE, SEED_MAX_VALUE, size=(n,))


def copy_generator(generator: Any) -> Any:
    """Return an independent generator with the same state as ``generator``.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The generator to copy.

    Returns
    -------
    numpy.random.Generator or numpy.random.RandomState
        The copy.

    """
    if isinstance(generator, np.random.RandomState):
        return _copy_generator_np116(generator)
    return _copy_generator_np117(generator)


def _copy_generator_np117(generator: Any) -> Any:
    bit_generator = generator.bit_generator
    # a fixed seed avoids asking the OS for entropy; the state is overwritten anyway
    new_bit_generator = bit_generator.__class__(0)
    new_bit_generator.state = copylib.deepcopy(bit_generator.state)
    return np.random.Generator(new_bit_generator)


def _copy_generator_np116(generator: Any) -> Any:
    new_generator = np.random.RandomState(1)
    new_generator.set_state(generator.get_state())
    return new_generator


def copy_generator_unless_global_generator(generator: Any) -> Any:
    """Return ``generator`` itself if it is the global generator, else a copy."""
    if generator is get_global_rng().generator:
        return generator
    return copy_generator(generator)


# Offset of ``int has_uint32`` in numpy's SFC64 C state (after ``uint64_t s[4]``);
# None until probed, False if the probe failed (then the state dict is used).
_SFC64_FLAG_OFFSET: Any = None


def _probe_sfc64_flag_offset() -> int | bool:
    """Return the offset of SFC64's cache flag if the C layout is as expected."""
    import ctypes  # lazy: only needed once

    try:
        bit_generator = np.random.SFC64(12345)
        generator = np.random.Generator(bit_generator)
        for _ in range(8):  # a 32-bit draw leaves the other half word cached
            generator.integers(0, 1000, dtype=np.int32)
            if bit_generator.state["has_uint32"]:
                break
        state = bit_generator.state
        address = bit_generator.ctypes.state_address
        words = (ctypes.c_uint64 * 4).from_address(address)
        flag = ctypes.c_int.from_address(address + 32)
        cached = ctypes.c_uint32.from_address(address + 36)
        expected = [int(word) for word in state["state"]["state"]]
        if (
            state["has_uint32"] != 1
            or list(words) != expected
            or flag.value != 1
            or cached.value != state["uinteger"]
        ):
            return False
        flag.value = 0
        if bit_generator.state["has_uint32"] != 0:
            return False
    except Exception:  # any surprise: use the state dict
        return False
    return 32


def _sfc64_cache_flag(bit_generator: Any) -> Any:
    """Return a ctypes view of SFC64's ``has_uint32``, or None (use the state)."""
    global _SFC64_FLAG_OFFSET
    if type(bit_generator) is not np.random.SFC64:
        return None
    offset = _SFC64_FLAG_OFFSET
    if offset is None:
        offset = _SFC64_FLAG_OFFSET = _probe_sfc64_flag_offset()
    if offset is False:
        return None
    import ctypes  # already imported by the probe: a dict lookup

    return ctypes.c_int.from_address(bit_generator.ctypes.state_address + offset)


def reset_generator_cache_(generator: Any) -> Any:
    """Clear the generator's cached values in place and return it.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The generator.

    Returns
    -------
    numpy.random.Generator or numpy.random.RandomState
        The same generator.

    """
    if isinstance(generator, np.random.RandomState):
        return _reset_generator_cache_np116_(generator)
    return _reset_generator_cache_np117_(generator)


def _reset_generator_cache_np117_(generator: Any) -> Any:
    bit_generator = generator.bit_generator
    flag = _sfc64_cache_flag(bit_generator)
    if flag is not None:
        # route: tests/perf/test_random_perf.py::test_advance_sfc64
        if flag.value:
            flag.value = 0
        return generator
    state = bit_generator.state
    if state.get("has_uint32", 0):
        state["has_uint32"] = 0
        bit_generator.state = state
    return generator


def _reset_generator_cache_np116_(generator: Any) -> Any:
    state = list(generator.get_state())
    state[-2] = 0
    state[-1] = 0.0
    generator.set_state(tuple(state))
    return generator


def derive_generator_(generator: Any) -> Any:
    """Derive one child generator from ``generator`` (advances it)."""
    return derive_generators_(generator, n=1)[0]


def derive_generators_(generator: Any, n: int) -> list[Any]:
    """Derive ``n`` child generators from ``generator`` (advances it).

    See the module docstring for the exact derivation rule.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The parent generator.
    n : int
        Number of children.

    Returns
    -------
    list of numpy.random.Generator or list of numpy.random.RandomState
        The children.

    """
    n = _check_count(n)
    if isinstance(generator, np.random.RandomState):
        return _derive_generators_np116_(generator, n=n)
    return _derive_generators_np117_(generator, n=n)


def _derive_generators_np117_(generator: Any, n: int) -> list[Any]:
    # Two draws, keep the second: if the bit generator held a cached 32-bit half
    # word, the first value would come from that cache.
    seed_ = int(generate_seeds_(generator, 2)[-1])
    children = np.random.SeedSequence(seed_).spawn(n)
    return [convert_seed_sequence_to_generator(child) for child in children]


def _derive_generators_np116_(generator: Any, n: int) -> list[Any]:
    seed_ = int(generate_seed_(generator))
    return [np.random.RandomState((seed_ + i) % SEED_MAX_VALUE) for i in range(n)]


def get_generator_state(generator: Any) -> Any:
    """Return the state of ``generator`` (a dict for new-style generators)."""
    if isinstance(generator, np.random.RandomState):
        return generator.get_state()
    return generator.bit_generator.state


def set_generator_state_(generator: Any, state: Any) -> None:
    """Set the state of ``generator`` in place."""
    if isinstance(generator, np.random.RandomState):
        generator.set_state(state)
    else:
        generator.bit_generator.state = state


def is_generator_equal_to(generator: Any, other_generator: Any) -> bool:
    """Return whether two generators are in exactly the same state.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState
        The first generator.
    other_generator : numpy.random.Generator or numpy.random.RandomState
        The second generator; must be of the same class.

    Returns
    -------
    bool
        ``True`` if both would produce the same stream.

    """
    if type(generator) is not type(other_generator):
        raise InvalidTypeError(
            "Expected arguments 'generator' and 'other_generator' to be of the same "
            f"class, got {type(generator).__name__} and "
            f"{type(other_generator).__name__}."
        )
    if isinstance(generator, np.random.RandomState):
        return _is_generator_equal_to_np116(generator, other_generator)
    return _is_generator_equal_to_np117(generator, other_generator)


def _is_generator_equal_to_np117(generator: Any, other_generator: Any) -> bool:
    for name, gen in (("generator", generator), ("other_generator", other_generator)):
        if not isinstance(gen.bit_generator, BIT_GENERATOR):
            raise InvalidTypeError(
                f"Expected argument '{name}' to use bit generator "
                f"{BIT_GENERATOR.__name__}, got {type(gen.bit_generator).__name__}."
            )
    state1 = generator.bit_generator.state
    state2 = other_generator.bit_generator.state
    if state1["has_uint32"] != state2["has_uint32"]:
        return False
    if state1["has_uint32"] and state1["uinteger"] != state2["uinteger"]:
        return False
    return bool(np.array_equal(state1["state"]["state"], state2["state"]["state"]))


def _is_generator_equal_to_np116(generator: Any, other_generator: Any) -> bool:
    state1 = generator.get_state()
    state2 = other_generator.get_state()
    for value1, value2 in zip(state1, state2):
        if isinstance(value1, np.ndarray):
            if not np.array_equal(value1, value2):
                return False
        elif value1 != value2:
            return False
    return True


def advance_generator_(generator: Any) -> None:
    """Move ``generator`` forward by one draw (after clearing its cache)."""
    if type(generator) is np.random.Generator:
        _reset_generator_cache_np117_(generator)
        generator.random()
        return
    reset_generator_cache_(generator)
    if isinstance(generator, np.random.RandomState):
        generator.uniform()
    else:
        generator.random()


def polyfill_integers(
    generator: Any,
    low: Any,
    high: Any = None,
    size: Any = None,
    dtype: Any = "int32",
    endpoint: bool = False,
) -> Any:
    """Draw integers from new-style or legacy generators alike.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState or module
        Generator to draw from. Objects with ``randint`` (``RandomState``, the
        ``numpy.random`` module) are served by ``randint``, with ``endpoint``
        emulated; everything else by ``integers``.
    low : int or array-like
        Lower bound, or upper bound if ``high`` is None.
    high : None or int or array-like, optional
        Upper bound.
    size : None or int or tuple of int, optional
        Output shape.
    dtype : dtype-like, optional
        Output dtype.
    endpoint : bool, optional
        Whether ``high`` is inclusive.

    Returns
    -------
    int or numpy.ndarray
        The samples.

    """
    if type(generator) is not np.random.Generator and hasattr(generator, "randint"):
        if endpoint:
            if high is None:
                high = np.add(low, 1)
                low = 0
            else:
                high = np.add(high, 1)
        return generator.randint(low=low, high=high, size=size, dtype=dtype)
    return generator.integers(
        low=low, high=high, size=size, dtype=dtype, endpoint=endpoint
    )


def polyfill_random(
    generator: Any, size: Any, dtype: Any = "float32", out: Any = None
) -> Any:
    """Draw floats in ``[0, 1)`` from new-style or legacy generators alike.

    Parameters
    ----------
    generator : numpy.random.Generator or numpy.random.RandomState or module
        Generator to draw from.
    size : None or int or tuple of int
        Output shape.
    dtype : dtype-like, optional
        Output dtype.
    out : None or numpy.ndarray, optional
        Array to write into.

    Returns
    -------
    float or numpy.ndarray
        The samples.

    """
    if type(generator) is not np.random.Generator and hasattr(
        generator, "random_sample"
    ):
        return _fill_out(generator.random_sample(size=size), dtype, out)
    return generator.random(size=size, dtype=dtype, out=out)


class temporary_numpy_seed:  # noqa: N801  (0.4.0 name)
    """Context manager that temporarily seeds numpy's legacy global RNG.

    With ``entropy=None`` it does nothing. Otherwise the global legacy state is
    saved, ``np.random.seed(entropy)`` is called and the state is restored on exit.

    Parameters
    ----------
    entropy : None or int, optional
        The temporary seed.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.random import temporary_numpy_seed
    >>> with temporary_numpy_seed(1):
    ...     a = np.random.randint(0, 1000)
    >>> with temporary_numpy_seed(1):
    ...     b = np.random.randint(0, 1000)
    >>> a == b
    True

    """

    def __init__(self, entropy: Any = None) -> None:
        self.old_state: Any = None
        self.entropy = entropy

    def __enter__(self) -> None:
        if self.entropy is not None:
            # Deliberately touches numpy's legacy global RNG: that is this
            # context manager's whole purpose (used around third-party code).
            self.old_state = np.random.get_state()  # noqa: NPY002
            np.random.seed(self.entropy)  # noqa: NPY002

    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        if self.entropy is not None:
            np.random.set_state(self.old_state)  # noqa: NPY002


# ---------------------------------------------------------------------------------
# Fork handling: forked children must not silently share the parent's stream
# ---------------------------------------------------------------------------------

#: Number of forks started by this process (incremented in the parent right before
#: each fork, so every child sees a different value).
_FORK_COUNTER = 0

#: Tag mixed into the child entropy so it never equals a plain ``seed(x)`` stream.
_FORK_ENTROPY_TAG = 0x1A6A06F0


def _count_fork() -> None:
    global _FORK_COUNTER
    _FORK_COUNTER += 1


def _state_to_words(state: Any) -> list[int]:
    """Flatten a generator state (dict/tuple of ints and arrays) to uint32 words."""
    words: list[int] = []
    if isinstance(state, dict):
        for key in sorted(state):
            words.extend(_state_to_words(state[key]))
    elif isinstance(state, (tuple, list)):
        for item in state:
            words.extend(_state_to_words(item))
    elif isinstance(state, np.ndarray):
        if state.dtype.kind in "iub":
            arr = np.ascontiguousarray(state.astype(np.uint64, copy=False))
            words.extend(int(w) for w in arr.ravel().view(np.uint32))
    elif isinstance(state, numbers.Integral):
        value = int(state) % 2**64
        words.extend((value & 0xFFFFFFFF, value >> 32))
    return words


def _derive_fork_entropy() -> list[int]:
    """Compute the entropy for the global RNG of a freshly forked child."""
    entropy = [_FORK_ENTROPY_TAG, _FORK_COUNTER]
    if GLOBAL_RNG is not None:
        entropy.extend(_state_to_words(GLOBAL_RNG.state))
    else:
        # The global RNG would be seeded from numpy's legacy global state, which
        # the child inherited unchanged: read it (without advancing it) instead.
        entropy.extend(_state_to_words(np.random.get_state()))  # noqa: NPY002
    torch = sys.modules.get("torch")
    initial_seed = getattr(torch, "initial_seed", None)
    if initial_seed is not None:
        try:
            entropy.extend(_state_to_words(int(initial_seed())))
        except Exception:  # noqa: BLE001  (a broken torch must not break the fork)
            pass
    return entropy


def _reseed_global_rng_after_fork() -> None:
    """Reseed the global RNG in place in a forked child (``os.register_at_fork``).

    The new state is ``SFC64(SeedSequence(entropy)).state`` with ``entropy`` made
    of a fixed tag, the parent's fork counter, the parent's global RNG state and
    ``torch.initial_seed()`` if torch is imported. Reseeding happens in place, so
    augmenters created with ``seed=None`` (which share the global generator) draw
    from the new stream. Processes forked by :class:`imgaug.multicore.Pool` reseed
    explicitly on top of this.
    """
    global GLOBAL_RNG
    try:
        seed_sequence = np.random.SeedSequence(_derive_fork_entropy())
        if GLOBAL_RNG is None:
            GLOBAL_RNG = RNG(convert_seed_sequence_to_generator(seed_sequence))
        elif GLOBAL_RNG._is_new_rng_style:
            bit_generator = GLOBAL_RNG.generator.bit_generator
            bit_generator.state = BIT_GENERATOR(seed_sequence).state
        else:
            GLOBAL_RNG.generator.seed(
                int(seed_sequence.generate_state(1, np.uint32)[0])
            )
    except Exception:  # noqa: BLE001  (fork hooks must never raise)
        pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(
        before=_count_fork, after_in_child=_reseed_global_rng_after_fork
    )
