"""The augmenter registry behind the gallery, the module pages and their tests.

Nothing here is a hand-written list of augmenters. The registry is derived from the
package itself:

* every public module ``imgaug.augmenters.<module>`` (a file or package of
  ``imgaug/augmenters`` whose name does not start with ``_``) is imported;
* every name in its ``__all__`` that is a subclass of ``imgaug.augmenters.Augmenter``
  is an augmenter of that module. A class listed by several modules belongs to the
  module that defines it (``cls.__module__``); a name bound to a class of another
  name (``Noop = Identity``-style aliases) is recorded as an alias and gets no
  picture of its own.

Each entry knows its picture ``images/<module>/<Name>.jpg`` (written by
``docs/scripts/gen_images.py``), its API page
``docs/api/imgaug.augmenters.<module>.rst`` and the kinds of data it changes (see
:func:`changed_kinds`).

A new family therefore shows up in the gallery, on its module page and in the tests
as soon as its module is in ``imgaug/augmenters`` with an ``__all__``.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import pkgutil

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
IMAGES_DIR = os.path.join(REPO_ROOT, "images")
API_DOCS_DIR = os.path.join(REPO_ROOT, "docs", "api")

#: All kinds of data an augmenter can change, in the order of ``Batch``.
ALL_KINDS = (
    "images",
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
)
#: How the kinds are called in the documentation.
KIND_LABELS = {
    "images": "images",
    "heatmaps": "heatmaps",
    "segmentation_maps": "segmentation maps",
    "keypoints": "keypoints",
    "bounding_boxes": "bounding boxes",
    "polygons": "polygons",
    "line_strings": "line strings",
}


@dataclasses.dataclass(frozen=True)
class Kinds:
    """The kinds of data an augmenter changes, and where that fact comes from.

    ``source`` is one of

    * ``"leaf"`` -- the class follows the leaf contract (``_SampledAugmenter``) and
      lists the kinds in ``_KINDS``; kinds not listed pass through untouched (the
      contract suite ``tests/contract`` checks this for every case);
    * ``"children"`` -- a container (it overrides ``get_children_lists``): it
      changes what its child augmenters change; ``kinds`` holds what the given
      configuration changed when it was measured, and ``note`` says so;
    * ``"measured"`` -- any other augmenter: ``kinds`` were measured by running it
      (see :func:`measure_kinds`);
    * ``"noted"`` -- an augmenter that cannot be run without user input (e.g. a
      ``Lambda``); ``note`` says what it does instead.
    """

    kinds: tuple[str, ...]
    source: str
    note: str = ""

    def describe(self) -> str:
        """Return a short English description for the documentation."""
        labels = ", ".join(KIND_LABELS[kind] for kind in self.kinds)
        if self.source == "leaf":
            return labels or "nothing"
        if self.source == "children":
            text = "whatever its child augmenters change"
            if self.note:
                text += f" ({self.note})"
            return text
        if self.source == "noted":
            return self.note
        return f"{labels or 'nothing'} (measured)"


@dataclasses.dataclass(frozen=True)
class Entry:
    """One public augmenter: ``imgaug.augmenters.<module>.<name>``."""

    module: str
    name: str
    cls: type
    #: name of the class this public name is an alias of, or None
    alias_of: str | None = None

    @property
    def qualname(self) -> str:
        """The documented, fully qualified name."""
        return f"imgaug.augmenters.{self.module}.{self.name}"

    @property
    def picture_relpath(self) -> str:
        """Path of the gallery picture relative to the repository root."""
        return f"images/{self.module}/{self.name}.jpg"

    @property
    def picture_path(self) -> str:
        """Absolute path of the gallery picture."""
        return os.path.join(REPO_ROOT, "images", self.module, self.name + ".jpg")

    @property
    def page_relpath(self) -> str:
        """Path of the module's API page relative to the repository root."""
        return f"docs/api/imgaug.augmenters.{self.module}.rst"

    @property
    def summary(self) -> str:
        """First line of the class docstring (empty if there is none)."""
        doc = self.cls.__doc__ or ""
        for line in doc.strip().splitlines():
            if line.strip():
                return line.strip()
        return ""


def augmenter_modules() -> list[str]:
    """Return the names of the public modules of ``imgaug.augmenters``, sorted."""
    import imgaug.augmenters as iaa

    return sorted(
        info.name
        for info in pkgutil.iter_modules(iaa.__path__)
        if not info.name.startswith("_")
    )


def discover() -> list[Entry]:
    """Return every public augmenter, sorted by module and then by ``__all__`` order.

    Raises ImportError if a public augmenter module cannot be imported: a broken
    family must not silently vanish from the documentation.
    """
    import imgaug.augmenters as iaa

    candidates: dict[type, list[tuple[str, str]]] = {}
    order = []
    for module_name in augmenter_modules():
        module = importlib.import_module(f"imgaug.augmenters.{module_name}")
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, iaa.Augmenter):
                if obj not in candidates:
                    order.append(obj)
                candidates.setdefault(obj, []).append((module_name, name))

    entries = []
    for cls in order:
        places = candidates[cls]
        home = cls.__module__.rsplit(".", 1)[-1]
        # a class listed by several modules belongs to the one that defines it
        if any(module_name == home for module_name, _ in places):
            places = [place for place in places if place[0] == home]
        else:
            places = places[0:1]
        for module_name, name in places:
            alias_of = None if name == cls.__name__ else cls.__name__
            entries.append(Entry(module_name, name, cls, alias_of))
    position = {}
    for module_name in augmenter_modules():
        module = importlib.import_module(f"imgaug.augmenters.{module_name}")
        for index, name in enumerate(getattr(module, "__all__", ())):
            position[(module_name, name)] = index
    entries.sort(key=lambda e: (e.module, position[(e.module, e.name)]))
    return entries


def by_module(entries=None) -> dict[str, list[Entry]]:
    """Group entries by module, modules in alphabetical order."""
    entries = discover() if entries is None else entries
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.module, []).append(entry)
    return dict(sorted(groups.items()))


# ----------------------------------------------------------------------- kinds
def is_leaf(cls) -> bool:
    """Whether ``cls`` follows the leaf contract, so that ``_KINDS`` is binding."""
    from imgaug.augmenters._sampled import _SampledAugmenter

    return issubclass(cls, _SampledAugmenter) and not cls._USES_LEGACY_HOOKS


def is_container(cls) -> bool:
    """Whether ``cls`` holds child augmenters (overrides ``get_children_lists``)."""
    import imgaug.augmenters as iaa

    return cls.get_children_lists is not iaa.Augmenter.get_children_lists


def changed_kinds(cls, make=None, note=None) -> Kinds:
    """Return the kinds of data that augmenters of class ``cls`` change.

    1. Leaves (``_SampledAugmenter`` subclasses that do not override a legacy
       ``_augment_<kind>`` hook): ``cls._KINDS``. The engine passes every other kind
       through untouched, so this is exact.
    2. Containers: the kinds of their children; the configuration ``make()``
       returns (default: ``cls()``) is measured as an example.
    3. Others: measured with :func:`measure_kinds` on the augmenter ``make()``
       returns (a zero-argument callable; default: ``cls()``), unless ``note`` is
       given: then the augmenter is not run and the note describes it (used for
       augmenters that need user callbacks or only check their input).
    """
    if is_leaf(cls):
        return Kinds(tuple(k for k in ALL_KINDS if k in cls._KINDS), "leaf")
    container = is_container(cls)
    if note is not None:
        return Kinds((), "children") if container else Kinds((), "noted", note)
    try:
        augmenter = make() if make is not None else cls()
    except Exception as err:  # noqa: BLE001  (needs arguments we cannot guess)
        if container:
            return Kinds((), "children")
        return Kinds((), "noted", f"not measured ({type(err).__name__})")
    kinds = measure_kinds(augmenter)
    if container:
        if kinds is None:
            return Kinds((), "children")
        labels = ", ".join(KIND_LABELS[kind] for kind in kinds) or "nothing"
        return Kinds(kinds, "children", f"the configuration shown changes {labels}")
    if kinds is None:
        return Kinds((), "noted", "not measured (it refused the sample data)")
    return Kinds(kinds, "measured")


def _sample_batch(nb_rows, size=(64, 96)):
    """The sample photo and all six annotation kinds, ``nb_rows`` times.

    The coordinate-based annotations get one extra item that lies partly outside
    the image, so that augmenters that clip or remove such items show it.
    """
    import numpy as np

    import imgaug.augmentables as ia_aug
    import imgaug.data as iadata

    shape = size + (3,)
    image = iadata.quokka(size=size)
    heatmap = iadata.quokka_heatmap(size=size)
    segmap = iadata.quokka_segmentation_map(size=size)
    height, width = size
    outside = [(-0.2 * width, 0.3 * height), (0.3 * width, -0.2 * height)]
    kps = iadata.quokka_keypoints().on(shape)
    kps = kps.deepcopy(keypoints=kps.keypoints + [ia_aug.Keypoint(*outside[0])])
    bbs = iadata.quokka_bounding_boxes().on(shape)
    bbs = bbs.deepcopy(
        bounding_boxes=bbs.bounding_boxes
        + [ia_aug.BoundingBox(-0.2 * width, -0.2 * height, 0.3 * width, 0.3 * height)]
    )
    polys = iadata.quokka_polygons().on(shape)
    outside_poly = ia_aug.Polygon(
        [(-0.2 * width, -0.2 * height), (0.3 * width, -0.1 * height), (0.1, 0.3)]
    )
    polys = polys.deepcopy(polygons=polys.polygons + [outside_poly])
    line_string = ia_aug.LineString(
        [(-0.2 * width, 0.5 * height), (0.5 * width, 0.5 * height), (width, height)]
    )
    lss = ia_aug.LineStringsOnImage([line_string], shape=shape)
    return {
        "images": np.stack([image] * nb_rows),
        "heatmaps": [heatmap] * nb_rows,
        "segmentation_maps": [segmap] * nb_rows,
        "keypoints": [kps] * nb_rows,
        "bounding_boxes": [bbs] * nb_rows,
        "polygons": [polys] * nb_rows,
        "line_strings": [lss] * nb_rows,
    }


def _same(kind, before, after) -> bool:
    import numpy as np

    if kind == "images":
        before, after = np.asarray(before), np.asarray(after)
        return before.shape == after.shape and np.array_equal(before, after)
    if len(before) != len(after):
        return False
    for old, new in zip(before, after):
        if kind in ("heatmaps", "segmentation_maps"):
            old_arr, new_arr = old.get_arr(), new.get_arr()
            if old_arr.shape != new_arr.shape or not np.allclose(old_arr, new_arr):
                return False
        elif kind == "keypoints":
            old_xy, new_xy = old.to_xy_array(), new.to_xy_array()
            if old_xy.shape != new_xy.shape or not np.allclose(old_xy, new_xy):
                return False
        else:
            if len(old.items) != len(new.items):
                return False
            for old_item, new_item in zip(old.items, new.items):
                old_coords, new_coords = old_item.coords, new_item.coords
                if old_coords.shape != new_coords.shape or not np.allclose(
                    old_coords, new_coords
                ):
                    return False
        if tuple(old.shape) != tuple(new.shape):
            return False
    return True


def measure_kinds(augmenter, nb_rows=8, seeds=(1, 2, 3)) -> tuple[str, ...] | None:
    """Return the kinds that ``augmenter`` changed on the sample batch.

    The augmenter is run three times (seeds 1, 2, 3) on ``nb_rows`` copies of the
    sample photo with a heatmap, a segmentation map, keypoints, bounding boxes,
    polygons and a line string; a kind counts as changed if any output differs
    from its input. This only shows what the given configuration did on this input.
    Returns None if every run raised an exception.
    """
    import warnings

    batch = _sample_batch(nb_rows)
    changed = set()
    ran = False
    for seed in seeds:
        aug = augmenter.deepcopy()
        aug.seed_(seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                result = aug.augment(return_batch=True, **batch)
            except Exception:  # noqa: BLE001  (e.g. refuses some kinds)
                continue
        ran = True
        for kind in ALL_KINDS:
            after = getattr(result, kind + "_aug")
            if after is None or not _same(kind, batch[kind], after):
                changed.add(kind)
    if not ran:
        return None
    return tuple(kind for kind in ALL_KINDS if kind in changed)


# ------------------------------------------------------------------ checks
def page_path(module: str, docs_api_dir: str = API_DOCS_DIR) -> str:
    """Return the path of the API page of ``imgaug.augmenters.<module>``."""
    return os.path.join(docs_api_dir, f"imgaug.augmenters.{module}.rst")


def page_problem(module: str, docs_api_dir: str = API_DOCS_DIR) -> str | None:
    """Return why the module page would not list the module's augmenters, or None.

    A module page lists every augmenter of the module (with its picture and kinds)
    through ``.. imgaug-module-summary:: imgaug.augmenters.<module>`` and documents
    each one through ``.. automodule:: imgaug.augmenters.<module>``.
    """
    path = page_path(module, docs_api_dir)
    shown = _display_path(path)
    if not os.path.isfile(path):
        return f"no module page {shown}"
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    qualified = f"imgaug.augmenters.{module}"
    for directive in ("imgaug-module-summary", "automodule"):
        if f".. {directive}:: {qualified}" not in text.replace("\r", ""):
            return f"{shown} lacks '.. {directive}:: {qualified}'"
    return None


def _display_path(path):
    """``path`` relative to the repository if it is inside, else as it is."""
    relative = os.path.relpath(path, REPO_ROOT)
    return path if relative.startswith("..") else relative


def find_problems(
    entries=None,
    images_dir: str = IMAGES_DIR,
    docs_api_dir: str = API_DOCS_DIR,
    skipped=(),
) -> list[str]:
    """Return every augmenter without its picture or without its module page.

    ``skipped`` holds registry keys or names that get no picture on purpose
    (``SKIPPED`` of ``gen_images.py``); aliases never need one.
    """
    entries = discover() if entries is None else entries
    problems = []
    for module in sorted({entry.module for entry in entries}):
        problem = page_problem(module, docs_api_dir)
        if problem:
            problems.append(problem)
    for entry in entries:
        if entry.alias_of is not None or needs_no_picture(entry, skipped):
            continue
        path = os.path.join(images_dir, entry.module, entry.name + ".jpg")
        if not os.path.isfile(path):
            problems.append(
                f"{entry.qualname} has no picture {entry.picture_relpath} "
                f"(python docs/scripts/gen_images.py {registry_key(entry)})"
            )
    return problems


def registry_key(entry: Entry) -> str:
    """Return the name ``gen_images.py`` uses: ``Name`` or ``<module>.Name``.

    Augmenters reachable as ``imgaug.augmenters.<Name>`` use their bare name; those
    only in a sub-module (``pillike``, ``imgcorruptlike``) are prefixed by it.
    """
    import imgaug.augmenters as iaa

    if getattr(iaa, entry.name, None) is entry.cls:
        return entry.name
    return f"{entry.module}.{entry.name}"


def needs_no_picture(entry: Entry, skipped) -> bool:
    """Whether ``entry`` is excluded from pictures (alias or in ``skipped``)."""
    if entry.alias_of is not None:
        return True
    return registry_key(entry) in skipped or entry.name in skipped
