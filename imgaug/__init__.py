"""imgaug: image augmentation for machine learning (imgaug 0.4.0 API, rebuilt).

Top-level namespace as in 0.4.0: the helpers of :mod:`imgaug.imgaug`, the augmentable
classes of :mod:`imgaug.augmentables`, and the sub-modules ``augmenters``,
``parameters``, ``dtypes``, ``random`` and ``data``. ``imgaug.multicore`` is imported
on demand, as in 0.4.0.
"""

# TEMPORARY (parallel development): each step is guarded so that one unfinished
# module does not break every other module's tests. The integrator replaces this with
# plain imports before the first release; failures are listed in _DEV_IMPORT_ERRORS.
import importlib as _importlib

__version__ = "0.5.0.dev0"
_DEV_IMPORT_ERRORS = {}


def _star(module_name):
    try:
        module = _importlib.import_module(module_name)
    except Exception as err:  # noqa: BLE001
        _DEV_IMPORT_ERRORS[module_name] = err
        return
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    globals().update({n: getattr(module, n) for n in names if hasattr(module, n)})


_star("imgaug.imgaug")
_star("imgaug.augmentables")
for _sub in ("random", "parameters", "dtypes", "augmentables", "augmenters", "data"):
    try:
        globals()[_sub] = _importlib.import_module("imgaug." + _sub)
    except Exception as _err:  # noqa: BLE001
        _DEV_IMPORT_ERRORS["imgaug." + _sub] = _err
try:
    from imgaug.imgaug import DeprecationWarning  # noqa: A004
except ImportError as _err:
    _DEV_IMPORT_ERRORS["DeprecationWarning"] = _err
