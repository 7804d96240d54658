"""The built documentation: every picture and internal link resolves.

The site is built by ``.ci/run`` (``sphinx-build -W -b html docs docs/_build/html``)
before the test suite runs. The checks on the built site run if it exists, or
wherever the environment variable ``IMGAUG_DOCS_HTML`` names it (then a missing
site is an error, not a skip); ``.ci/run`` sets it. The checker itself is tested on
a small handmade site in any case.
"""

import importlib.util
import os
import re
import sys

import pytest

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SCRIPTS = os.path.join(_REPO, "docs", "scripts")
_DEFAULT_SITE = os.path.join(_REPO, "docs", "_build", "html")


def _load(name):
    if _SCRIPTS not in sys.path:
        sys.path.insert(0, _SCRIPTS)
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(_SCRIPTS, name + ".py")
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def check_links():
    return _load("check_links")


@pytest.fixture(scope="module")
def site():
    path = os.environ.get("IMGAUG_DOCS_HTML")
    if path:
        assert os.path.isfile(os.path.join(path, "index.html")), (
            f"IMGAUG_DOCS_HTML={path} holds no built site"
        )
        return path
    if not os.path.isfile(os.path.join(_DEFAULT_SITE, "index.html")):
        pytest.skip(
            "documentation not built (sphinx-build -b html docs docs/_build/html)"
        )
    return _DEFAULT_SITE


# ------------------------------------------------------------ the checker
def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_checker_finds_broken_pictures_links_and_anchors(check_links, tmp_path):
    _write(tmp_path / "_images" / "a.jpg", "x")
    _write(
        tmp_path / "index.html",
        '<html><body><h1 id="top">t</h1>'
        '<img src="_images/a.jpg"><img src="_images/missing.jpg">'
        '<img srcset="_images/a.jpg 1x, _images/b.jpg 2x">'
        '<a href="sub/page.html#there">ok</a><a href="sub/page.html#nowhere">bad</a>'
        '<a href="#top">self</a><a href="https://example.org/x">external</a>'
        '<a href="../outside.html">out</a><a href="sub/">dir</a>'
        "</body></html>",
    )
    _write(tmp_path / "sub" / "page.html", '<p id="there">p</p>')
    _write(tmp_path / "sub" / "index.html", '<p><a name="old">a</a></p>')
    problems = check_links.find_broken(str(tmp_path))
    assert len(problems) == 4, problems
    joined = "\n".join(problems)
    assert "_images/missing.jpg: no such file" in joined
    assert "_images/b.jpg: no such file" in joined
    assert "sub/page.html#nowhere: no element with id 'nowhere'" in joined
    assert "../outside.html: points outside the site" in joined


def test_checker_needs_a_built_site(check_links, tmp_path):
    assert "no index.html" in check_links.find_broken(str(tmp_path))[0]


# --------------------------------------------------------- the built site
def test_every_picture_and_internal_link_resolves(check_links, site):
    problems = check_links.find_broken(site)
    assert problems == [], "\n".join(problems[:50])


def test_every_augmenter_is_on_its_module_page_with_its_picture(site):
    registry = _load("augmenter_registry")
    gen_images = _load("gen_images")
    missing = []
    for module, entries in registry.by_module().items():
        path = os.path.join(site, "api", f"imgaug.augmenters.{module}.html")
        if not os.path.isfile(path):
            missing.append(f"no page {path}")
            continue
        with open(path, encoding="utf-8") as handle:
            page = handle.read()
        for entry in entries:
            if f'id="{entry.qualname}"' not in page:
                missing.append(f"{entry.qualname}: not documented on its page")
            if registry.needs_no_picture(entry, gen_images.SKIPPED):
                continue
            alt = f'alt="Examples of {entry.qualname}"'
            if page.count(alt) < 2:  # the summary table and the class docs
                missing.append(f"{entry.qualname}: picture missing on its page")
    assert missing == [], "\n".join(missing)


def test_gallery_shows_every_picture(site):
    registry = _load("augmenter_registry")
    gen_images = _load("gen_images")
    with open(os.path.join(site, "gallery.html"), encoding="utf-8") as handle:
        gallery = handle.read()
    shown = set(re.findall(r'alt="Examples of ([\w.]+)"', gallery))
    expected = {
        entry.qualname
        for entry in registry.discover()
        if not registry.needs_no_picture(entry, gen_images.SKIPPED)
    }
    assert shown == expected


def test_migrating_page_lists_the_changelog(site):
    with open(os.path.join(site, "migrating.html"), encoding="utf-8") as handle:
        page = handle.read()
    assert "Every documented deviation" in page
    assert "Fixed upstream quirks" in page
