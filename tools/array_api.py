#!/usr/bin/env python3
"""Runs the Array API conformance suite (data-apis/array-api-tests) against dparray.

The suite lives in ../shared/array-api-tests (beside the repository; see its ORIGIN.md);
where it is absent this step says so and succeeds. For each device (DPARRAY_DEVICE_SELECTOR
makes it the only one, hence the default) it runs the suite with pytest-json-report and
prints pass / fail / skip counts per test file. It fails when a test fails that the xfails
file (one test id or file per line, each with a `# reason`) does not list, or when a test
file cannot even be collected; listed tests that pass are reported as stale entries.

  python3 tools/array_api.py                       # CI: host:cpu and opencl:cpu, 20 examples
  python3 tools/array_api.py --max-examples 100 --table docs/array-api.md   # the docs table
  python3 tools/array_api.py array_api_tests/test_signatures.py -k sum   # part of it
"""

import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent


def find_suite():
    """$ARRAY_API_TESTS_DIR, else ../shared/array-api-tests beside the repository (or beside
    a folder above it, as for a git worktree)."""
    if os.environ.get("ARRAY_API_TESTS_DIR"):
        return Path(os.environ["ARRAY_API_TESTS_DIR"])
    for parent in TOP.parents:
        if (parent / "shared" / "array-api-tests" / "array_api_tests").is_dir():
            return parent / "shared" / "array-api-tests"
    return TOP.parent / "shared" / "array-api-tests"


SUITE = find_suite()
XFAILS = TOP / "tests" / "array_api" / "xfails.txt"
API_VERSION = "2024.12"
TABLE_BEGIN = "<!-- array-api table: begin (tools/array_api.py --table) -->"
TABLE_END = "<!-- array-api table: end -->"
FAILED = ("failed", "error")
# Examples per test in CI. The suite's time is mostly per-test overhead and failing tests
# shrinking, not examples (two files: 41 CPU s at 5 examples, 47 at 20; docs/array-api.md).
CI_MAX_EXAMPLES = 10


def read_xfails(path):
    """{test id or file: reason}; every entry must give its reason after '#'."""
    entries = {}
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        test_id, sep, reason = line.partition("#")
        if not sep or not reason.strip():
            sys.exit(f"[array_api] {path}:{n}: entry without a '# reason': {line.strip()}")
        entries[test_id.strip()] = reason.strip()
    return entries


def matches(nodeid, pattern):
    """The suite's own rule (its conftest.py): an exact id, a file, or an id without params."""
    return (
        nodeid == pattern
        or nodeid.startswith(pattern.rstrip("/") + "/")
        or (pattern.endswith(".py") and nodeid.startswith(pattern))
        or nodeid.split("::", 1)[0] == pattern
        or nodeid.split("[", 1)[0] == pattern
    )


def run_device(device, args, xfail_ids, workdir):
    """Runs the suite on one device; returns (per-test outcomes, collection errors, seconds)."""
    ids_file = workdir / "xfail_ids.txt"  # the suite reads bare ids, without reasons
    ids_file.write_text("".join(i + "\n" for i in xfail_ids))
    report = workdir / f"report-{device.replace(':', '_')}.json"
    env = dict(os.environ)
    # the suite runs in workdir: relative PYTHONPATH entries must keep naming the same folders
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(
            os.path.abspath(p) for p in env["PYTHONPATH"].split(os.pathsep) if p
        )
    env.update(
        ARRAY_API_TESTS_MODULE=args.module,
        ARRAY_API_TESTS_VERSION=API_VERSION,
        DPARRAY_DEVICE_SELECTOR=device,
        HYPOTHESIS_STORAGE_DIRECTORY=str(workdir / "hypothesis"),
    )
    cmd = [
        sys.executable, "-m", "pytest", *[str(SUITE / t) for t in args.tests or ["array_api_tests"]],
        "-q", "-p", "no:cacheprovider", "--continue-on-collection-errors",
        f"--max-examples={args.max_examples}", f"--xfails-file={ids_file}",
        "--json-report", f"--json-report-file={report}", "--json-report-omit", "log", "streams",
        *args.pytest,
    ]  # fmt: skip
    if args.derandomize:
        cmd.append("--derandomize")
    t0, c0 = time.monotonic(), _child_cpu()
    subprocess.run(
        cmd, check=False, cwd=workdir, env=env, stdout=subprocess.DEVNULL if args.quiet else None
    )
    seconds = time.monotonic() - t0
    cpu = _child_cpu() - c0
    if not report.exists():
        sys.exit(f"[array_api] pytest wrote no report on {device}")
    data = json.loads(report.read_text())
    outcomes = {t["nodeid"]: t["outcome"] for t in data.get("tests", [])}
    durations = collections.Counter()  # seconds per test file (setup + call + teardown)
    for t in data.get("tests", []):
        stages = (t.get(k) or {} for k in ("setup", "call", "teardown"))
        durations[_file(t["nodeid"])] += sum(st.get("duration", 0.0) for st in stages)

    broken = [c["nodeid"] for c in data.get("collectors", []) if c["outcome"] == "failed"]
    return outcomes, broken, seconds, cpu, durations


def _child_cpu():
    """CPU seconds (user + system) used by finished child processes: a wall-clock time a
    loaded machine cannot inflate (the suite runs mostly one thread)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _file(nodeid):
    return nodeid.split("::", 1)[0].rsplit("/", 1)[-1]


def per_file(outcomes):
    counts = collections.defaultdict(collections.Counter)
    for nodeid, outcome in outcomes.items():
        counts[_file(nodeid)][outcome] += 1
    return counts


def cell(c):
    passed, failed = c["passed"] + c["xpassed"], c["failed"] + c["error"] + c["xfailed"]
    return f"{passed} / {failed} / {c['skipped']}"


def table(results, args):
    """A Markdown table: per test file and device, passed / failed / skipped."""
    devices = list(results)
    files = sorted({f for r in results.values() for f in per_file(r[0])})
    head = "| test file | " + " | ".join(f"{d} pass / fail / skip" for d in devices) + " |"
    rows = [head, "|---|" + "---|" * len(devices)]
    counts = {d: per_file(results[d][0]) for d in devices}
    for f in files:
        rows.append(f"| {f} | " + " | ".join(cell(counts[d][f]) for d in devices) + " |")
    totals = []
    for d in devices:
        c = sum(counts[d].values(), collections.Counter())
        passed, failed = c["passed"] + c["xpassed"], c["failed"] + c["error"] + c["xfailed"]
        share = 100.0 * passed / max(1, passed + failed)
        totals.append(f"**{cell(c)}** ({share:.1f} % of run tests pass)")
    rows.append("| **all** | " + " | ".join(totals) + " |")
    broken = {d: results[d][1] for d in devices if results[d][1]}
    note = [
        f"\n`--max-examples={args.max_examples}`"
        + (", `--derandomize`" if args.derandomize else "")
        + f", ARRAY_API_TESTS_VERSION={API_VERSION}; "
        + ", ".join(f"{d}: {results[d][2]:.0f} s ({results[d][3]:.0f} CPU s)" for d in devices)
        + ". A failed count includes tests listed in tests/array_api/xfails.txt."
    ]
    for d, files_ in broken.items():
        note.append(f"Not collected on {d}: " + ", ".join(files_) + ".")
    return "\n".join(rows) + "\n" + "\n".join(note) + "\n"


def write_table(path, text):
    path = Path(path)
    old = path.read_text() if path.exists() else ""
    block = f"{TABLE_BEGIN}\n{text}{TABLE_END}"
    if TABLE_BEGIN in old and TABLE_END in old:
        new = re.sub(re.escape(TABLE_BEGIN) + ".*?" + re.escape(TABLE_END), lambda _: block,
                     old, flags=re.DOTALL)  # fmt: skip
    else:
        new = old + ("\n" if old else "") + block + "\n"
    path.write_text(new)


def prune(path, results):
    """Drops the xfails entries whose tests all passed on every device run."""
    outcomes = [o for r in results.values() for o in r[0].items()]
    kept, dropped = [], []
    for line in Path(path).read_text().splitlines(keepends=True):
        entry = line.partition("#")[0].strip()
        hits = [o for n, o in outcomes if entry and matches(n, entry)]
        if hits and all(o in ("passed", "xpassed") for o in hits):
            dropped.append(entry)
        else:
            kept.append(line)
    Path(path).write_text("".join(kept))
    for entry in dropped:
        print(f"[array_api] pruned from {path}: {entry}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--devices", default="host:cpu,opencl:cpu",
                   help="DPARRAY_DEVICE_SELECTOR values, comma-separated")  # fmt: skip
    p.add_argument("--max-examples", type=int, default=20)
    p.add_argument("--module", default="dparray", help="the module under test")
    p.add_argument("--derandomize", action="store_true", help="fixed examples (CI)")
    p.add_argument(
        "--ci",
        action="store_true",
        help=f"CI settings: --max-examples {CI_MAX_EXAMPLES} --derandomize, short tracebacks",
    )
    p.add_argument("--xfails", default=str(XFAILS))
    p.add_argument("--prune", action="store_true", help="drop xfails entries that now pass")
    p.add_argument("--table", help="write the per-file table into this Markdown file")
    p.add_argument("--quiet", action="store_true", help="hide pytest's own output")
    args, rest = p.parse_known_args()
    # suite paths select tests; everything else goes to pytest, in order (-k EXPR, -x, ...)
    args.tests = [a for a in rest if a.startswith("array_api_tests")]
    args.pytest = [a for a in rest if not a.startswith("array_api_tests")]
    if args.ci:
        args.max_examples, args.derandomize = CI_MAX_EXAMPLES, True
        args.pytest = ["--tb=short", *args.pytest]

    if not (SUITE / "array_api_tests").is_dir():
        print(f"[array_api] conformance suite not found at {SUITE}: step skipped")
        return 0
    import importlib

    module = importlib.import_module(args.module)
    # The suite's array strategies (hypothesis.extra.array_api) cannot draw a single array
    # without these; every test would fail for that one reason.
    missing = [n for n in ("finfo", "iinfo") if not hasattr(module, n)]
    if missing:
        print(f"[array_api] {args.module} lacks {', '.join(missing)}, which the suite needs to "
              "generate any array: step skipped")  # fmt: skip
        return 0
    names = [d.filter_string for d in module.get_devices()]
    visible = set(names) | {n.rsplit(":", 1)[0] for n in names}
    xfails = read_xfails(args.xfails)
    results, bad = {}, False
    with tempfile.TemporaryDirectory(prefix="dparray-array-api-") as tmp:
        for device in [d.strip() for d in args.devices.split(",") if d.strip()]:
            if device not in visible:
                print(f"[array_api] {device}: no such device here: skipped")
                continue
            outcomes, broken, seconds, cpu, durations = run_device(
                device, args, list(xfails), Path(tmp)
            )
            results[device] = (outcomes, broken, seconds, cpu)
            c = collections.Counter(outcomes.values())
            print(f"[array_api] {device}: {dict(sorted(c.items()))} in {seconds:.0f} s "
                  f"({cpu:.0f} CPU s)")  # fmt: skip
            for f, fc in sorted(per_file(outcomes).items()):
                print(f"  {f:45s} pass/fail/skip {cell(fc):16s} {durations[f]:7.1f} s")
            unexpected = [n for n, o in outcomes.items() if o in FAILED]
            unexpected += [f"{n} (not collected)" for n in broken
                           if not any(matches(n, x) for x in xfails)]  # fmt: skip
            stale = [n for n, o in outcomes.items() if o == "xpassed"]
            for n in stale:
                print(f"[array_api] {device}: listed in xfails but passes: {n}")
            for n in unexpected:
                print(f"[array_api] {device}: UNEXPECTED FAILURE {n}")
            bad |= bool(unexpected)
            if args.table:  # after each device, so that a long run leaves its part
                write_table(args.table, table(results, args))
    if args.prune:
        prune(args.xfails, results)
    if args.table:
        print(f"[array_api] table written to {args.table}")
    print("[array_api] " + ("FAILED: failures not in " + args.xfails if bad else "ok"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
