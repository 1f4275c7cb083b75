"""Opens the built site in headless Chromium and checks it as a reader sees it.

    python tools/docs_check.py --browser /usr/bin/chromium [docs/_build/html]

Serves the site over HTTP on 127.0.0.1 and checks that the search page finds dparray.sum
after its JavaScript runs, that dparray.sum's API page renders its signature, and that every
image on a few pages loads (naturalWidth > 0, measured by a probe page in the browser).
Screenshots go to docs/_build/screenshots/. Exits non-zero naming each failed check.
"""

import argparse
import functools
import html
import http.server
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_PAGES = [
    "index.html",
    "api/generated/dparray.sum.html",
    "api/benchmarks.html",
    "guide/devices.html",
]
SHOTS = {
    "index": "index.html",
    "search-sum": "search.html?q=sum",
    "api-dparray-sum": "api/generated/dparray.sum.html",
    "benchmarks": "api/benchmarks.html",
}

# Loads each page in an iframe (same origin), waits for its images, records which loaded.
PROBE = """<!doctype html><html><body><pre id="result">pending</pre><script>
const pages = %s, out = {};
let i = 0;
function next() {
  if (i >= pages.length) { document.getElementById("result").textContent = JSON.stringify(out); return; }
  const url = pages[i++], f = document.createElement("iframe");
  f.style.width = "1200px"; f.style.height = "800px";
  f.onload = () => {
    const check = () => {
      const imgs = Array.from(f.contentDocument.images);
      if (imgs.some(im => !im.complete)) { setTimeout(check, 50); return; }
      out[url] = imgs.map(im => ({src: im.getAttribute("src"), ok: im.naturalWidth > 0}));
      f.remove(); next();
    };
    check();
  };
  f.src = url; document.body.appendChild(f);
}
next();
</script></body></html>
"""


def serve(directory):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def chromium(browser, *args, timeout=90):
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        *args,
    ]
    r = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout)
    return r.stdout


def dump_dom(browser, url, budget_ms=15000):
    return chromium(browser, f"--virtual-time-budget={budget_ms}", "--dump-dom", url)


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("site", nargs="?", default=str(ROOT / "docs" / "_build" / "html"))
    ap.add_argument("--browser", required=True)
    args = ap.parse_args()
    site = Path(args.site).resolve()
    shots = site.parent / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    probe_dir = site.parent / "probe"
    probe_dir.mkdir(exist_ok=True)
    failures = []

    def check(ok, what):
        print(f"docs check: {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            failures.append(what)

    index_js = site / "searchindex.js"
    check(
        index_js.exists() and "dparray.sum" in index_js.read_text(),
        "searchindex.js lists dparray.sum",
    )

    # Serve the build directory's parent so the probe page and the site share an origin.
    server = serve(site.parent)
    base = f"http://127.0.0.1:{server.server_address[1]}/{site.name}/"
    try:
        dom = dump_dom(args.browser, base + "search.html?q=sum")
        results = re.search(r'<ul[^>]*class="search"[^>]*>(.*?)</ul>', dom, re.DOTALL)
        hits = re.findall(r'href="([^"]*)"', results.group(1)) if results else []
        check(
            any("dparray.sum.html" in h for h in hits),
            f"search.html?q=sum lists dparray.sum after its JavaScript runs ({len(hits)} results)",
        )

        dom = dump_dom(args.browser, base + "api/generated/dparray.sum.html", 5000)
        sig = re.search(
            r'<dt class="sig sig-object py[^"]*" id="dparray\.sum">(.*?)</dt>', dom, re.DOTALL
        )
        text = html.unescape(re.sub(r"<[^>]+>", "", sig.group(1))) if sig else ""
        check(
            "sum(" in text and "keepdims" in text and "axis" in text,
            f"API page of dparray.sum renders its signature: {' '.join(text.split())[:120]!r}",
        )

        pages = [base + p for p in PROBE_PAGES if (site / p).exists()]
        (probe_dir / "probe.html").write_text(PROBE % json.dumps(pages))
        dom = dump_dom(
            args.browser, f"http://127.0.0.1:{server.server_address[1]}/probe/probe.html", 30000
        )
        m = re.search(r'<pre id="result">(.*?)</pre>', dom, re.DOTALL)
        loaded = json.loads(html.unescape(m.group(1))) if m and m.group(1) != "pending" else None
        check(
            loaded is not None and len(loaded) == len(pages),
            f"probe page visited {len(pages)} pages",
        )
        images = [(url, im) for url, ims in (loaded or {}).items() for im in ims]
        bad = [f"{url.removeprefix(base)}: {im['src']}" for url, im in images if not im["ok"]]
        check(
            images and not bad, f"{len(images)} images load" + (f"; broken: {bad}" if bad else "")
        )

        for name, page in SHOTS.items():
            if not (site / page.partition("?")[0]).exists():
                continue
            png = shots / f"{name}.png"
            chromium(
                args.browser,
                "--virtual-time-budget=10000",
                "--window-size=1280,900",
                f"--screenshot={png}",
                base + page,
            )
            check(
                png.exists() and png.stat().st_size > 1000,
                f"screenshot {png.relative_to(site.parent)}",
            )
    finally:
        server.shutdown()
    if failures:
        print(f"docs check: {len(failures)} failed")
        return 1
    print(f"docs check: passed; screenshots in {shots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
