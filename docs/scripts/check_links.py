"""Check that every picture and internal link of the built HTML site resolves.

Usage (after ``sphinx-build -b html docs docs/_build/html``)::

    python docs/scripts/check_links.py docs/_build/html

Every ``.html`` file is parsed; every ``src`` of ``img``/``script``/``source``, every
``href`` of ``a``/``link`` and every ``srcset`` entry that is not an external URL
(``http:``, ``https:``, ``mailto:``, ``data:``, ``//...``) must name an existing
file inside the site, and a ``#fragment`` pointing into an HTML page must name an
element ``id`` (or an ``<a name>``) of that page. The exit code is 1 if anything is
broken; each problem is printed as ``<page>: <attribute> <url>: <reason>``.

``tests/test_docs_site.py`` runs :func:`find_broken` on the built site.
"""

from __future__ import annotations

import html.parser
import os
import sys
import urllib.parse

_EXTERNAL_SCHEMES = ("http", "https", "mailto", "data", "javascript", "ftp", "tel")
_URL_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "script": ("src",),
    "source": ("src", "srcset"),
    "a": ("href",),
    "link": ("href",),
}


class _PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []  # (tag, attribute, url)
        self.anchors = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.anchors.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.anchors.add(attrs["name"])
        for attribute in _URL_ATTRIBUTES.get(tag, ()):
            value = attrs.get(attribute)
            if not value:
                continue
            if attribute == "srcset":
                for candidate in value.split(","):
                    candidate = candidate.strip()
                    if candidate:
                        self.urls.append((tag, attribute, candidate.split()[0]))
            else:
                self.urls.append((tag, attribute, value))

    handle_startendtag = handle_starttag


def parse_page(path):
    """Return ``(urls, anchors)`` of one HTML file."""
    parser = _PageParser()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    parser.close()
    return parser.urls, parser.anchors


def _is_external(url):
    parsed = urllib.parse.urlsplit(url)
    return parsed.scheme in _EXTERNAL_SCHEMES or url.startswith("//")


def html_files(site_dir):
    """All ``.html`` files below ``site_dir``, sorted."""
    found = []
    for root, _, files in os.walk(site_dir):
        found += [os.path.join(root, name) for name in files if name.endswith(".html")]
    return sorted(found)


def find_broken(site_dir):
    """Return a list of problems (empty if every picture and internal link resolves)."""
    site_dir = os.path.abspath(site_dir)
    if not os.path.isfile(os.path.join(site_dir, "index.html")):
        return [f"{site_dir}: no index.html (is this a built HTML site?)"]
    pages = {path: parse_page(path) for path in html_files(site_dir)}
    problems = []
    for page, (urls, _) in pages.items():
        relpage = os.path.relpath(page, site_dir)
        for tag, attribute, url in urls:
            if _is_external(url):
                continue
            parsed = urllib.parse.urlsplit(url)
            path = urllib.parse.unquote(parsed.path)
            if path:
                target = os.path.normpath(os.path.join(os.path.dirname(page), path))
            else:
                target = page
            where = f"{relpage}: {tag} {attribute} {url}"
            if not target.startswith(site_dir + os.sep) and target != site_dir:
                problems.append(f"{where}: points outside the site")
                continue
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            if not os.path.isfile(target):
                problems.append(f"{where}: no such file")
                continue
            if parsed.fragment and target.endswith(".html"):
                if target not in pages:
                    pages[target] = parse_page(target)
                fragment = urllib.parse.unquote(parsed.fragment)
                if fragment not in pages[target][1]:
                    problems.append(f"{where}: no element with id {fragment!r}")
    return problems


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python docs/scripts/check_links.py <built html dir>")
        return 2
    problems = find_broken(argv[0])
    for problem in problems:
        print(problem)
    pages = len(html_files(argv[0]))
    print(f"{len(problems)} broken links or pictures in {pages} pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
