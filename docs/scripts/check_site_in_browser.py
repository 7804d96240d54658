"""Open the built documentation in headless Chromium and check every picture loaded.

Usage (after building the site into ``docs/_build/html``)::

    apt-get install -y chromium chromium-driver      # Debian's packages, once
    python docs/scripts/check_site_in_browser.py docs/_build/html

The site is served from ``127.0.0.1`` by a throw-away ``http.server`` thread and
opened in headless Chromium through ``chromedriver``, spoken to directly with the
W3C WebDriver protocol (plain HTTP on the loopback interface; no Selenium needed).
For each page (default: the landing page, the module page of
``imgaug.augmenters.geometric`` and the gallery) the script

* scrolls every ``<img>`` into view (the pictures are lazy-loaded) and waits until
  it finished loading,
* fails the page if any picture has ``naturalWidth == 0`` (did not load),
* writes ``<out>/<page>.png`` (the first screen) and ``<out>/<page>-full.png`` (the
  whole page, cut at ``--max-height`` pixels).

Screenshots go to ``docs/_build/screenshots`` unless ``--out`` says otherwise
(``docs/_build`` is git-ignored). The exit code is 1 if a picture did not load.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_PAGES = ("index.html", "api/imgaug.augmenters.geometric.html", "gallery.html")
DEFAULT_OUT = os.path.join(REPO_ROOT, "docs", "_build", "screenshots")

#: resolves with [[src, complete, naturalWidth, naturalHeight], ...] after scrolling
#: every picture into view and waiting for it (10 s at most per picture)
_LOAD_ALL_IMAGES_JS = """
const done = arguments[arguments.length - 1];
const wait = (img) => new Promise((resolve) => {
  if (img.complete && img.naturalWidth > 0) { resolve(); return; }
  const timer = setTimeout(resolve, 10000);
  const finish = () => { clearTimeout(timer); resolve(); };
  img.addEventListener('load', finish, {once: true});
  img.addEventListener('error', finish, {once: true});
});
(async () => {
  for (const img of Array.from(document.images)) {
    img.scrollIntoView({block: 'center'});
    await wait(img);
  }
  window.scrollTo(0, 0);
  done(Array.from(document.images).map(
    (img) => [img.currentSrc || img.src, img.complete, img.naturalWidth,
              img.naturalHeight]));
})();
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(site_dir):
    """Serve ``site_dir`` on 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=site_dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002  (base class signature)
        pass


class WebDriver:
    """Minimal W3C WebDriver client for one chromedriver session."""

    def __init__(self, chromedriver, chromium, width, height):
        self.port = _free_port()
        self.process = subprocess.Popen(
            [chromedriver, f"--port={self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        self._wait_until_ready()
        capabilities = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": chromium,
                        "args": [
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            f"--window-size={width},{height}",
                        ],
                    },
                }
            }
        }
        self.session = self._call("POST", "/session", capabilities)["sessionId"]
        self._call("POST", self._path("/timeouts"), {"script": 600000})

    def _wait_until_ready(self, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self._call("GET", "/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        raise RuntimeError("chromedriver did not start")

    def _path(self, suffix):
        return f"/session/{self.session}{suffix}"

    def _call(self, method, path, payload=None):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=900) as response:
            body = json.loads(response.read().decode() or "{}")
        value = body.get("value", body)
        if isinstance(value, dict) and value.get("error"):
            raise RuntimeError(f"{value['error']}: {value.get('message')}")
        return value

    def open(self, url):
        """Navigate and wait for the ``load`` event."""
        self._call("POST", self._path("/url"), {"url": url})

    def execute_async(self, script):
        """Run an async script; returns what it passes to its callback."""
        return self._call(
            "POST", self._path("/execute/async"), {"script": script, "args": []}
        )

    def execute(self, script):
        """Run a synchronous script and return its result."""
        return self._call(
            "POST", self._path("/execute/sync"), {"script": script, "args": []}
        )

    def screenshot(self):
        """PNG bytes of the visible part of the page."""
        data = self._call("GET", self._path("/screenshot"))
        return base64.b64decode(data)

    def full_page_screenshot(self, max_height):
        """PNG bytes of the whole page (through the DevTools protocol)."""
        width = self.execute("return document.documentElement.scrollWidth;")
        height = self.execute("return document.documentElement.scrollHeight;")
        height = min(int(height), max_height)
        params = {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        }
        result = self._call(
            "POST",
            self._path("/goog/cdp/execute"),
            {"cmd": "Page.captureScreenshot", "params": params},
        )
        return base64.b64decode(result["data"])

    def quit(self):
        """End the session and chromedriver."""
        try:
            self._call("DELETE", self._path(""))
        finally:
            self.process.terminate()
            self.process.wait(timeout=20)


def check_page(driver, base_url, page, out_dir, max_height):
    """Open one page; returns ``(images, failed)`` and writes its screenshots."""
    driver.open(base_url + page)
    images = driver.execute_async(_LOAD_ALL_IMAGES_JS)
    failed = [src for src, complete, width, _ in images if not complete or width == 0]
    stem = page.replace("/", "_").removesuffix(".html")
    with open(os.path.join(out_dir, stem + ".png"), "wb") as handle:
        handle.write(driver.screenshot())
    with open(os.path.join(out_dir, stem + "-full.png"), "wb") as handle:
        handle.write(driver.full_page_screenshot(max_height))
    return images, failed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="built HTML directory (docs/_build/html)")
    parser.add_argument("--pages", nargs="*", default=list(DEFAULT_PAGES))
    parser.add_argument("--out", default=DEFAULT_OUT, help="screenshot directory")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument(
        "--chromedriver", default=shutil.which("chromedriver") or "chromedriver"
    )
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--max-height", type=int, default=8000)
    args = parser.parse_args(argv)

    os.makedirs(args.out, exist_ok=True)
    all_failed = 0
    with serve(os.path.abspath(args.site)) as base_url:
        driver = WebDriver(args.chromedriver, args.chromium, args.width, args.height)
        try:
            for page in args.pages:
                images, failed = check_page(
                    driver, base_url, page, args.out, args.max_height
                )
                all_failed += len(failed)
                loaded = len(images) - len(failed)
                print(f"{page}: {loaded}/{len(images)} pictures loaded")
                for src in failed:
                    print(f"  not loaded: {src}")
        finally:
            driver.quit()
    print(f"screenshots in {args.out}")
    return 1 if all_failed else 0


if __name__ == "__main__":
    sys.exit(main())
