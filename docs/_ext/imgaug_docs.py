"""Sphinx extension of the imgaug documentation: directives and build hooks.

Everything that lists augmenters is generated from the augmenter registry
(``docs/scripts/augmenter_registry.py``), never from a hand-written list, so a new
family appears in the gallery and on its module page as soon as it is merged.

Directives
----------
``imgaug-module-summary [module]``
    The overview of a module's ``__all__``. For an augmenter module: one row per
    augmenter with its gallery picture, a link to its documentation, its summary
    line and the kinds of data it changes; then a table of the other public names.
``imgaug-module-constants [module]``
    The constants in ``__all__`` that ``automodule`` skips for lack of a docstring.
``imgaug-gallery``
    Every augmenter's picture (``images/<module>/<Name>.jpg``), one section per
    module.
``imgaug-example``
    Python code that is shown *and run* while the documentation is built. If it
    assigns ``figure`` (an RGB uint8 array), that image is shown below the code.
    Blocks of one page share their variables, in page order.

Build hooks
-----------
* The class docstring of every augmenter gets its gallery picture and the kinds it
  changes inserted after its summary line (``autodoc-process-docstring``).
* The house-style "Supported dtypes" docstring section becomes a rubric.
* ``migrating.md``: the marker ``<!-- changelog -->`` is replaced by the deviations
  listed in ``CHANGELOG.md`` (empty sections dropped).
* The performance plots are drawn from ``docs/benchmarks/results.json`` by
  ``docs/scripts/plot_benchmarks.py`` into ``docs/_generated/performance/``.
* An API page whose module cannot be imported is replaced by a short note.

A missing gallery picture is a Sphinx warning, so ``sphinx-build -W`` fails on it.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import sys
import warnings

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

DOCS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_ROOT = os.path.dirname(DOCS_DIR)
SCRIPTS_DIR = os.path.join(DOCS_DIR, "scripts")
GENERATED_DIR = os.path.join(DOCS_DIR, "_generated")
CHANGELOG_PATH = os.path.join(REPO_ROOT, "CHANGELOG.md")
BENCHMARK_JSON = os.path.join(DOCS_DIR, "benchmarks", "results.json")
if SCRIPTS_DIR not in sys.path:
    sys.path.insert(0, SCRIPTS_DIR)

import augmenter_registry as registry  # noqa: E402
import changelog  # noqa: E402
import gen_images  # noqa: E402

LOGGER = logging.getLogger(__name__)
# numpydoc also parses raw docstrings for signatures; the section it warns about
# there is the one converted by _dtypes_section_to_rubric below.
warnings.filterwarnings(
    "ignore", message="Unknown section Supported Dtypes", category=UserWarning
)

LEGEND = (
    "keypoints green, bounding box red, polygon yellow, border of the "
    "segmentation map blue"
)


# ----------------------------------------------------------------- registry
@functools.cache
def _entries():
    return tuple(registry.discover())


@functools.cache
def _entries_by_qualname():
    return {entry.qualname: entry for entry in _entries()}


@functools.cache
def _kinds(qualname):
    entry = _entries_by_qualname()[qualname]
    return gen_images.kinds_of(registry.registry_key(entry), entry.cls)


def _skip_reason(entry):
    """Why ``entry`` has no picture on purpose, or None."""
    if entry.alias_of is not None:
        return f"alias of {entry.alias_of}"
    return gen_images.SKIPPED.get(registry.registry_key(entry))


def _picture_uri(entry):
    # absolute paths in image directives are relative to the source directory
    return "/../" + entry.picture_relpath


def _has_picture(entry, directive):
    """Whether the picture exists; warns (an error under ``-W``) if it does not."""
    if os.path.isfile(entry.picture_path):
        return True
    LOGGER.warning(
        "imgaug docs: %s has no gallery picture %s (run: python "
        "docs/scripts/gen_images.py %s)",
        entry.qualname,
        entry.picture_relpath,
        registry.registry_key(entry),
        location=directive.get_location() if directive is not None else None,
    )
    return False


def _kinds_text(entry):
    kinds = _kinds(entry.qualname)
    if kinds.source == "leaf":
        others = [
            registry.KIND_LABELS[k] for k in registry.ALL_KINDS if k not in kinds.kinds
        ]
        suffix = " (other kinds pass through unchanged)" if others else ""
        return kinds.describe() + suffix
    if kinds.source == "noted":
        return f"not shown here ({kinds.note})"
    return kinds.describe()


def _parse(directive, lines, with_titles=False):
    container = nodes.container()
    content = StringList(lines, source=f"<{type(directive).__name__}>")
    if with_titles:
        nested_parse_with_titles(directive.state, content, container)
    else:
        directive.state.nested_parse(content, 0, container)
    return container.children


def _directive_module(directive):
    if directive.arguments:
        return directive.arguments[0]
    return directive.env.ref_context.get("py:module")


# --------------------------------------------------------------- directives
class ModuleSummary(SphinxDirective):
    """``.. imgaug-module-summary::`` -- overview of a module's ``__all__``."""

    optional_arguments = 1

    def run(self):
        modname = _directive_module(self)
        module = importlib.import_module(modname)
        names = list(getattr(module, "__all__", []))
        entries = [
            entry
            for entry in _entries()
            if f"imgaug.augmenters.{entry.module}" == modname
        ]
        lines = []
        if entries:
            lines += self._augmenter_table(entries)
        documented = {entry.name for entry in entries}
        others = [name for name in names if name not in documented]
        if others:
            if entries:
                lines += [".. rubric:: Other public names", ""]
            lines += [
                f".. currentmodule:: {modname}",
                "",
                ".. autosummary::",
                "   :nosignatures:",
                "",
            ]
            lines += [f"   {name}" for name in others]
            lines += [""]
        if not lines:
            return []
        return _parse(self, lines)

    def _augmenter_table(self, entries):
        lines = [
            ".. rubric:: Augmenters",
            "",
            f"Pictures: eight outputs of the shown configuration on the sample "
            f"photo ({LEGEND}); the :doc:`/gallery` shows them larger.",
            "",
            ".. list-table::",
            "   :class: imgaug-augmenter-table",
            "   :header-rows: 1",
            "   :widths: 35 65",
            "",
            "   * - Example",
            "     - Augmenter, and what it changes",
        ]
        for entry in entries:
            reason = _skip_reason(entry)
            if reason is None and _has_picture(entry, self):
                picture = [
                    f"   * - .. image:: {_picture_uri(entry)}",
                    f"          :alt: Examples of {entry.qualname}",
                    "          :width: 260px",
                    "          :loading: lazy",
                    f"          :target: #{entry.qualname}",
                ]
            else:
                picture = [f"   * - (no picture: {reason or 'missing'})"]
            summary = entry.summary or ""
            lines += picture + [
                f"     - :class:`{entry.name} <{entry.qualname}>`",
                "",
                f"       {summary}" if summary else "",
                "",
                f"       *Changes:* {_kinds_text(entry)}",
            ]
        return lines + [""]


class ModuleConstants(SphinxDirective):
    """``.. imgaug-module-constants::`` -- the undocumented data in ``__all__``.

    ``automodule`` documents module-level data only if it has a ``#:`` comment or a
    docstring; constants such as ``SEED_MAX_VALUE`` would otherwise be missing.
    Long values are not printed.
    """

    optional_arguments = 1

    def run(self):
        import inspect

        from sphinx.pycode import ModuleAnalyzer

        modname = _directive_module(self)
        module = importlib.import_module(modname)
        try:
            documented = {
                name for (_, name) in ModuleAnalyzer.for_module(modname).attr_docs
            }
        except Exception:  # noqa: BLE001  (no source: treat all as undocumented)
            documented = set()
        lines = []
        for name in getattr(module, "__all__", []):
            value = getattr(module, name, None)
            if (
                name in documented
                or inspect.isclass(value)
                or inspect.ismodule(value)
                or callable(value)
            ):
                continue
            lines += [f".. autodata:: {modname}.{name}"]
            if len(repr(value)) > 70:
                lines += ["   :no-value:"]
            lines += [""]
        if not lines:
            return []
        return _parse(self, [".. rubric:: Constants", ""] + lines)


class Gallery(SphinxDirective):
    """``.. imgaug-gallery::`` -- every augmenter's picture, one section per module."""

    def run(self):
        lines = []
        for module, entries in registry.by_module(list(_entries())).items():
            title = f"imgaug.augmenters.{module}"
            lines += [
                title,
                "-" * len(title),
                "",
                f"{len(entries)} public augmenters; parameters and details on "
                f"the module page :doc:`/api/imgaug.augmenters.{module}`.",
                "",
            ]
            without = []
            for entry in entries:
                reason = _skip_reason(entry)
                if reason is not None:
                    link = f":class:`{entry.name} <{entry.qualname}>`"
                    without.append(f"{link} ({reason})")
                    continue
                if not _has_picture(entry, self):
                    continue
                lines += [
                    f".. figure:: {_picture_uri(entry)}",
                    f"   :alt: Examples of {entry.qualname}",
                    "   :loading: lazy",
                    "   :figclass: imgaug-gallery-figure",
                    "",
                    f"   :class:`{entry.name} <{entry.qualname}>` -- changes "
                    f"{_kinds_text(entry)}",
                    "",
                ]
            if without:
                lines += ["Without a picture: " + "; ".join(without) + ".", ""]
        return _parse(self, lines, with_titles=True)


class Example(SphinxDirective):
    """``.. imgaug-example::`` -- show Python code, run it, show its ``figure``."""

    has_content = True
    option_spec = {
        "alt": directives.unchanged,
        "width": directives.unchanged,
        "hide-code": directives.flag,
    }

    def run(self):
        code = "\n".join(self.content)
        namespaces = self.env.temp_data.setdefault("imgaug_example_namespaces", {})
        namespace = namespaces.setdefault(self.env.docname, {"__name__": "__main__"})
        namespace.pop("figure", None)
        counter = self.env.temp_data.get("imgaug_example_counter", 0) + 1
        self.env.temp_data["imgaug_example_counter"] = counter
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                exec(
                    compile(code, f"<{self.env.docname} example {counter}>", "exec"),
                    namespace,
                )  # noqa: S102,E501
        except Exception as err:  # noqa: BLE001  (reported as a build error)
            raise self.error(
                f"imgaug-example {counter} failed: {type(err).__name__}: {err}"
            ) from err
        result = []
        if "hide-code" not in self.options:
            block = nodes.literal_block(code, code, language="python")
            self.set_source_info(block)
            result.append(block)
        figure = namespace.get("figure")
        if figure is not None:
            name = re.sub(r"[^A-Za-z0-9]+", "-", self.env.docname) + f"-{counter}.png"
            path = os.path.join(GENERATED_DIR, "examples", name)
            _write_png(path, figure)
            image = nodes.image(
                uri=f"/_generated/examples/{name}",
                alt=self.options.get("alt", "Output of the code above"),
            )
            if "width" in self.options:
                image["width"] = self.options["width"]
            result.append(image)
        return result


def _write_png(path, array):
    import numpy as np
    from PIL import Image

    array = np.asarray(array)
    if array.dtype != np.uint8:
        raise ValueError(f"figure must be a uint8 array, got {array.dtype}")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    Image.fromarray(array).save(path, optimize=True)


# -------------------------------------------------------------------- hooks
def _augmenter_docstring(app, what, name, obj, options, lines):
    """Insert the gallery picture and the changed kinds after the summary line."""
    if what != "class":
        return
    entry = _entries_by_qualname().get(name)
    if entry is None:
        return
    block = [""]
    reason = _skip_reason(entry)
    if reason is None and _has_picture(entry, None):
        block += [
            f".. figure:: {_picture_uri(entry)}",
            f"   :alt: Examples of {entry.qualname}",
            "   :loading: lazy",
            "   :figclass: imgaug-example-figure",
            "",
            f"   Eight outputs of the configuration shown on the sample photo "
            f"({LEGEND}).",
            "",
        ]
    block += [f"**Changes:** {_kinds_text(entry)}.", ""]
    end_of_summary = len(lines)
    seen_text = False
    for index, line in enumerate(lines):
        if line.strip():
            seen_text = True
        elif seen_text:
            end_of_summary = index
            break
    lines[end_of_summary:end_of_summary] = block


_DTYPES_HEADER = "supported dtypes"


def _dtypes_section_to_rubric(app, what, name, obj, options, lines):
    """Turn the house-style "Supported dtypes" section into a rubric.

    numpydoc knows only the standard sections and drops unknown ones, so the block
    is rewritten into reStructuredText before numpydoc parses the docstring.
    """
    for i in range(len(lines) - 1):
        underline = lines[i + 1].strip()
        if (
            lines[i].strip().lower() == _DTYPES_HEADER
            and underline
            and set(underline) == {"-"}
        ):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            lines[i : i + 2] = [f"{indent}.. rubric:: Supported dtypes", ""]
            return


def _fill_migrating_page(app, docname, source):
    if docname == "migrating":
        text = changelog.changelog_markdown(CHANGELOG_PATH)
        source[0] = source[0].replace("<!-- changelog -->", text)


def _draw_performance_plots(app):
    import plot_benchmarks

    plot_benchmarks.plot(BENCHMARK_JSON, os.path.join(GENERATED_DIR, "performance"))


def _viewcode_stays_in_imgaug(app, modname, attribute):
    """Link "[source]" only into imgaug's own modules.

    Names that imgaug re-exports from other packages (e.g. NumPy's ``SFC64`` in
    ``imgaug.random``) would otherwise get a link to a source page that viewcode
    cannot write for compiled modules.
    """
    try:
        value = importlib.import_module(modname)
        for part in attribute.split("."):
            value = getattr(value, part)
        home = getattr(value, "__module__", None) or modname
    except Exception:  # noqa: BLE001  (let viewcode decide)
        return None
    return home if home.split(".")[0] == "imgaug" else modname


def _api_modules():
    api_dir = os.path.join(DOCS_DIR, "api")
    return sorted(
        name[: -len(".rst")]
        for name in os.listdir(api_dir)
        if name.startswith("imgaug.") and name.endswith(".rst")
    )


@functools.cache
def _missing_modules(mocked=()):
    """Modules of the API pages that cannot be imported, with their error.

    Imported with the optional libraries of ``autodoc_mock_imports`` mocked (as
    autodoc does), so the integrations' pages build without PyTorch, Dask or Ray.
    """
    from sphinx.ext.autodoc.mock import mock

    missing = {}
    for name in _api_modules():
        try:
            with mock(list(mocked)):
                importlib.import_module(name)
        except Exception as err:  # noqa: BLE001  (any import problem hides the page)
            missing[name] = f"{type(err).__name__}: {err}"
    return missing


def _stub_missing_module_pages(app, docname, source):
    """Replace the page of a module that cannot be imported by a short note."""
    if not docname.startswith("api/"):
        return
    name = docname[len("api/") :]
    missing = _missing_modules(tuple(app.config.autodoc_mock_imports))
    if name in missing:
        LOGGER.warning("imgaug docs: %s is not importable (%s)", name, missing[name])
        source[0] = "\n".join(
            [
                name,
                "=" * len(name),
                "",
                ".. note::",
                "",
                "   This module could not be imported when these pages were built,",
                "   so its reference is missing here.",
                "",
            ]
        )


def setup(app):
    """Register the directives and hooks."""
    app.add_directive("imgaug-module-summary", ModuleSummary)
    app.add_directive("imgaug-module-constants", ModuleConstants)
    app.add_directive("imgaug-gallery", Gallery)
    app.add_directive("imgaug-example", Example)
    app.connect("builder-inited", _draw_performance_plots)
    app.connect("viewcode-follow-imported", _viewcode_stays_in_imgaug)
    app.connect("source-read", _stub_missing_module_pages)
    app.connect("source-read", _fill_migrating_page)
    # before numpydoc's own autodoc-process-docstring handler (priority 500)
    app.connect("autodoc-process-docstring", _dtypes_section_to_rubric, priority=400)
    app.connect("autodoc-process-docstring", _augmenter_docstring, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
