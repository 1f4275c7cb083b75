"""Generates the API reference and the tables of the Sphinx site from the built package.

Called by docs/conf.py at the start of every build (it needs `import dparray` to work:
PYTHONPATH=build/NAME/pkg or the installed package). Writes, all ignored by git:

    docs/api/index.rst, docs/api/<group>.rst   one page per routine group, as NumPy's reference
    docs/api/generated/<qualname>.rst          one autodoc page per public name
    docs/api/coverage.md                       dparray against NumPy's namespace, per function
    docs/api/benchmarks.md                     tables from benchmarks/results/*.json (+ PNGs)
    docs/_generated/*.md                       snippets included by hand-written pages

    python tools/docs_api.py [--list]   prints the group of every public name
"""

import argparse
import importlib
import importlib.util
import inspect
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# Submodules documented with all of their public names, and the group each belongs to.
SUBMODULES = {
    "dparray.linalg": "linalg",
    "dparray.fft": "fft",
    "dparray.random": "random",
    "dparray.program": "program",
    "dparray.kernels": "kernels",
    "dparray.kernels.kernel_api": "kernels",
    "dparray.mpi": "scale",
}
# Submodules that need an optional package (left out of the reference without it).
OPTIONAL = {"dparray.mpi": "mpi4py"}

# (slug, title, intro) in the order of the reference's table of contents.
GROUPS = [
    ("array", "The array object", "`dparray.ndarray` (alias `usm_ndarray`) and the ufunc type."),
    (
        "creation",
        "Array creation",
        "New arrays on a device: `device=`, `usm_type=`, `sycl_queue=`.",
    ),
    ("manipulation", "Array manipulation", "Shapes, joining, splitting, tiling and padding."),
    ("indexing", "Indexing routines", "Taking, putting and index arithmetic."),
    (
        "elementwise",
        "Mathematical functions (ufuncs)",
        "Every elementwise function is a `dparray.ufunc`.",
    ),
    ("statistics", "Reductions and statistics", "Sums, means, order statistics and histograms."),
    ("sorting", "Sorting, searching and sets", "Sorts, searches, counting and set routines."),
    ("linalg", "Linear algebra", "Products and `dparray.linalg`."),
    ("fft", "Discrete Fourier transform", "`dparray.fft`."),
    (
        "random",
        "Random sampling",
        "`dparray.random`: NumPy's legacy functions, `Generator`, bit generators.",
    ),
    (
        "devices",
        "Devices and queues",
        "Platforms, devices, filter strings, queues, events and memory limits.",
    ),
    (
        "kernels",
        "Python kernels",
        "`dparray.kernels`: the numba-dpex kernel API (docs page *kernels*).",
    ),
    (
        "program",
        "OpenCL programs",
        "`dparray.program`: build and submit OpenCL C source (the role of `dpctl.program`).",
    ),
    (
        "scale",
        "MPI",
        "`dparray.mpi`: a device per MPI rank, per-rank random streams, staged device buffers.",
    ),
    ("dtypes", "Data types and constants", "Data type objects, promotion rules and constants."),
    ("io", "Input, output and printing", "`.npy` / `.npz` and text I/O, print options."),
    (
        "utilities",
        "Polynomials, windows and utilities",
        "Polynomials, window functions, error handling and type queries.",
    ),
    ("other", "Other routines", "Public names not yet sorted into a group above."),
]

# Top-level names of the C++ core (module dparray._core) by group.
CORE = {
    "array": "ndarray usm_ndarray ufunc",
    "creation": "arange asarray empty empty_like eye full full_like ones ones_like zeros zeros_like"
    " meshgrid copy from_dlpack asnumpy tril triu",
    "manipulation": "atleast_1d atleast_2d atleast_3d broadcast_arrays broadcast_shapes broadcast_to"
    " concat concatenate expand_dims flip moveaxis permute_dims ravel repeat reshape roll squeeze"
    " stack swapaxes tile transpose unstack matrix_transpose astype",
    "indexing": "take take_along_axis diagonal",
    "elementwise": "clip round around",
    "statistics": "all any amax amin max min sum prod mean std var count_nonzero cumsum cumprod"
    " cumulative_sum cumulative_prod diff",
    "sorting": "sort argsort partition argpartition searchsorted argmax argmin nonzero isin"
    " unique_all unique_counts unique_inverse unique_values UniqueAllResult UniqueCountsResult"
    " UniqueInverseResult",
    "linalg": "dot inner outer matmul tensordot vecdot trace",
    "devices": "get_platforms get_devices get_num_devices has_accelerator_devices has_cpu_devices"
    " has_gpu_devices select_cpu_device select_default_device select_device select_gpu_device"
    " get_default_queue get_allocator_limit set_allocator_limit lsplatform Platform Device"
    " ArrayDevice Queue Event SyclDevice SyclQueue SyclEvent ExecutionPlacementError"
    " get_inflight_limits set_inflight_limits",
    "program": "Program Kernel LocalMemory BuildError",
    "random": "RandomState",
    "dtypes": "dtype can_cast promote_types result_type finfo iinfo isdtype e inf nan pi newaxis",
    "utilities": "AxisError",
}

# NumPy-namespace modules (dparray._np_*) by group; single names may override below.
MODULES = {
    "_np_creation": "creation",
    "_np_manipulation": "manipulation",
    "_np_pad": "manipulation",
    "_np_indexing": "indexing",
    "_np_elementwise": "elementwise",
    "_np_nanfunctions": "statistics",
    "_np_quantiles": "statistics",
    "_np_stats": "statistics",
    "_np_histograms": "statistics",
    "_np_sets": "sorting",
    "_np_products": "linalg",
    "_np_io": "io",
    "_np_printing": "io",
    "_np_poly": "utilities",
    "_np_window": "utilities",
    "_np_config": "utilities",
    "_np_utils": "utilities",
}
OVERRIDES = {
    "sorting": "lexsort sort_complex nanargmax nanargmin argwhere flatnonzero extract where",
}


def _names(text):
    return text.split()


def _group_of_name():
    out = {}
    for group, text in CORE.items():
        for n in _names(text):
            out[n] = group
    for group, text in OVERRIDES.items():
        for n in _names(text):
            out[n] = group
    return out


def _public(module):
    """Public names a module defines or re-exports from dparray (not stdlib imports)."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in dir(module) if not n.startswith("_")]
    out = []
    for n in names:
        obj = getattr(module, n, None)
        if inspect.ismodule(obj):
            continue
        if callable(obj) or isinstance(obj, type):
            mod = getattr(obj, "__module__", "") or ""
            if not mod.startswith("dparray"):
                continue
        elif module.__name__ != "dparray":
            continue  # module-level constants of submodules are implementation detail
        out.append(n)
    return sorted(out)


def collect():
    """[(group, qualname, obj)] for every documented public name."""
    import dparray

    by_name = _group_of_name()
    rows = []
    for n in _public(dparray):
        obj = getattr(dparray, n)
        group = by_name.get(n)
        if group is None and isinstance(obj, dparray.ufunc):
            group = "elementwise"
        elif group is None and isinstance(obj, dparray.dtype):
            group = "dtypes"
        if group is None:
            mod = (getattr(obj, "__module__", "") or "").rpartition(".")[2]
            group = MODULES.get(mod)
            if getattr(obj, "__module__", "") == "dparray.linalg":
                group = "linalg"
        rows.append((group or "other", f"dparray.{n}", obj))
    for modname, group in SUBMODULES.items():
        if modname in OPTIONAL and importlib.util.find_spec(OPTIONAL[modname]) is None:
            continue
        mod = importlib.import_module(modname)
        for n in _public(mod):
            rows.append((group, f"{modname}.{n}", getattr(mod, n)))
    return rows


def summary(qualname, obj):
    """First sentence-line of the docstring, without nanobind's signature line."""
    doc = inspect.getdoc(obj) if (callable(obj) or isinstance(obj, type)) else None
    if not doc:
        return ""
    short = qualname.rpartition(".")[2]
    lines = [ln.strip() for ln in doc.splitlines()]
    while lines and (not lines[0] or re.match(rf"(def )?{re.escape(short)}\(", lines[0])):
        lines.pop(0)
    para = []
    for ln in lines:
        if not ln:
            break
        para.append(ln)
    return " ".join(para)


_WRITTEN = set()


def _write(path, text):
    """Writes text unless the file already holds it (keeps mtimes for incremental builds)."""
    _WRITTEN.add(path)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def _rst_escape(text):
    """A plain-text summary as reStructuredText: `code` spans as literals, markup escaped."""
    sys.path.insert(0, str(DOCS / "_ext"))
    from docstring_markup import convert_line

    return convert_line(text)


def _kind(obj):
    if isinstance(obj, type):
        return "class"
    if callable(obj):
        return "function"
    return "data"


def _page(qualname, obj, canonical):
    """Text of one autodoc page; aliases point at the name they alias."""
    title = qualname
    # Orphans: one entry per group page in the navigation instead of hundreds of pages.
    head = f":orphan:\n\n{title}\n{'=' * len(title)}\n\n"
    mod, _, name = qualname.rpartition(".")
    head += f".. currentmodule:: {mod}\n\n"
    if canonical and canonical != qualname:
        return head + f".. py:data:: {name}\n\n   Alias of :py:obj:`{canonical}`.\n"
    kind = _kind(obj)
    if kind == "class":
        # A __signature__ property (instances' signatures) hides the constructor's.
        args = "()" if isinstance(obj.__dict__.get("__signature__"), property) else ""
        return head + f".. autoclass:: {name}{args}\n   :members:\n   :undoc-members:\n"
    if kind == "function":
        return head + f".. autofunction:: {name}\n"
    return (
        head + f".. py:data:: {name}\n   :value: {obj!r}\n\n   A constant of dparray's namespace.\n"
    )


def _canonical(rows):
    """{id(obj): qualname} choosing, among the names of one object, the one in its own module."""
    names = {}
    for _, q, o in rows:
        if callable(o) or isinstance(o, type):
            names.setdefault(id(o), []).append((q, o))
    out = {}
    for key, cands in names.items():
        o = cands[0][1]
        own, mod = getattr(o, "__name__", None), getattr(o, "__module__", "")
        named = [q for q, _ in cands if q.rpartition(".")[2] == own]
        home = [q for q in named if q.rpartition(".")[0] == mod]
        out[key] = (home or named or [cands[0][0]])[0]
    return out


def write_api(out):
    rows = collect()
    gen = out / "generated"
    gen.mkdir(parents=True, exist_ok=True)
    seen = _canonical(rows)
    index = [
        "API reference",
        "=============",
        "",
        "One page per routine group, as NumPy's reference. Each function's page is its",
        "docstring (also shown by ``help()`` and the ``_core.pyi`` typing stub): parameters,",
        "returns, errors, device and queue behaviour, differences from NumPy, and examples.",
        "The examples assume ``import dparray as dp`` and ``import numpy as np``; the test",
        "suite runs every one of them (``tests/python/test_docstrings.py``).",
        "",
        ".. toctree::",
        "   :maxdepth: 1",
        "",
    ]
    counts = {}
    for slug, title, intro in GROUPS:
        members = [(q, o) for g, q, o in rows if g == slug]
        if not members:
            continue
        counts[slug] = len(members)
        index.append(f"   {slug}")
        lines = [title, "=" * len(title), "", intro, "", ".. list-table::", "   :widths: 35 65", ""]
        for q, o in members:
            lines.append(f"   * - :py:obj:`{q.removeprefix('dparray.')} <{q}>`")
            lines.append(f"     - {_rst_escape(summary(q, o)) or ' '}")
        _write(out / f"{slug}.rst", "\n".join(lines) + "\n")
        for q, o in members:
            canonical = seen.get(id(o)) if (callable(o) or isinstance(o, type)) else None
            _write(gen / f"{q}.rst", _page(q, o, canonical))
    index += ["   coverage", "   benchmarks", ""]
    _write(out / "index.rst", "\n".join(index) + "\n")
    return counts


# Counts of the other implementations by the same rule (dpnp's), as they publish them.
PEERS = {"dpnp": 467, "CuPy": 458}


def documented_differences():
    """Function names quoted in semantics.md's "Known differences from NumPy" section."""
    text = (DOCS / "semantics.md").read_text()
    m = re.search(
        r"^## Known differences from NumPy\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL
    )
    return set(re.findall(r"`([a-z_][a-z0-9_]*)[(`]", m.group(1))) if m else set()


def write_coverage(out):
    sys.path.insert(0, str(ROOT / "tools"))
    import numpy as np
    import numpy_coverage

    rows = numpy_coverage.coverage()
    differs = documented_differences()
    have = sum(r["dparray"] for r in rows)
    total = sum(r["numpy"] for r in rows)
    md = ["# Comparison with NumPy, dpnp and CuPy", ""]
    md.append(
        f"Generated from `tools/numpy_coverage.py` at build time against NumPy {np.__version__}."
        " A name counts by dpnp's rule: a callable, lower-case, non-class, non-dunder member of"
        " `numpy`, `numpy.ndarray`, `numpy.linalg`, `numpy.fft` or `numpy.random`. Behaviours"
        " that differ from NumPy are listed in [semantics](../semantics.md); the functions it"
        " names there are marked *differs* below."
    )
    md += ["", "| namespace | dparray | NumPy |", "|---|---|---|"]
    for r in rows:
        md.append(f"| `{r['area']}` | {r['dparray']} | {r['numpy']} |")
    md.append(f"| **total** | **{have}** | **{total}** |")
    md += ["", "| implementation | names of NumPy's namespace |", "|---|---|"]
    md.append(f"| dparray | {have} of {total} |")
    for peer, n in PEERS.items():
        md.append(f"| {peer} | {n} (published count, same rule) |")
    for r in rows:
        md += ["", f"## `{r['area']}`", "", "| function | dparray |", "|---|---|"]
        missing = set(r["missing"])
        theirs = {
            "numpy": np,
            "numpy.ndarray": np.ndarray,
            "numpy.linalg": np.linalg,
            "numpy.fft": np.fft,
            "numpy.random": np.random,
        }[r["area"]]
        ours = r["area"].replace("numpy", "dparray")
        for n in sorted(numpy_coverage.counted(theirs)):
            if n in missing:
                md.append(f"| `{n}` | not supported |")
            elif n in differs and r["area"] == "numpy":
                link = "[differs](../semantics.md#known-differences-from-numpy)"
                md.append(f"| {{py:obj}}`{n} <{ours}.{n}>` | supported; {link} |")
            else:
                md.append(f"| {{py:obj}}`{n} <{ours}.{n}>` | supported |")
    _write(out / "coverage.md", "\n".join(md) + "\n")
    return have, total


def _fmt(v):
    if isinstance(v, float):
        return f"{v:.3g}"
    if isinstance(v, (list, tuple)):
        return "×".join(str(x) for x in v) if all(isinstance(x, int) for x in v) else str(v)
    return str(v).replace("|", "\\|")


def write_benchmarks(out, res=ROOT / "benchmarks" / "results"):
    md = ["# Benchmarks", ""]
    md.append(
        "Tables regenerated at build time from `benchmarks/results/*.json` (written by the"
        " scripts in `benchmarks/`; times in seconds, ratios above 1 mean dparray is faster)."
    )
    files = sorted(res.glob("*.json")) if res.is_dir() else []
    if not files:
        md += [
            "",
            (
                "No results in `benchmarks/results/` when this site was built: run e.g."
                " `python benchmarks/bench_core.py` and rebuild."
            ),
        ]
    img = out / "img"
    for f in files:
        try:
            data = json.loads(f.read_text())
        except (OSError, ValueError) as e:
            md += ["", f"## {f.stem}", "", f"Skipped: {f.name} could not be read ({e})."]
            continue
        md += ["", f"## {f.stem}", ""]
        if isinstance(data, dict):
            scalars = {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
            if scalars:
                md.append(", ".join(f"{k}: {_fmt(v)}" for k, v in scalars.items()))
                md.append("")
            table = next(
                (
                    v
                    for v in data.values()
                    if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
                ),
                None,
            )
        else:
            table = (
                data if isinstance(data, list) and all(isinstance(x, dict) for x in data) else None
            )
        if table:
            cols = []
            for row in table:
                cols += [k for k, v in row.items() if k not in cols and not isinstance(v, dict)]
            md.append("| " + " | ".join(cols) + " |")
            md.append("|" + "---|" * len(cols))
            for row in table:
                md.append("| " + " | ".join(_fmt(row.get(c, "")) for c in cols) + " |")
        png = f.with_suffix(".png")
        if png.exists():
            img.mkdir(exist_ok=True)
            _WRITTEN.add(img / png.name)
            shutil.copy(png, img / png.name)
            md += ["", f"![{f.stem} benchmark plot](img/{png.name})"]
    _write(out / "benchmarks.md", "\n".join(md) + "\n")
    return len(files)


# Where each runtime variable is read and what it does (docs/guide/environment.md).
ENV_READ = re.compile(r"(?:getenv|environ(?:\.get)?|environ\[)\s*\(?\s*\"(DPARRAY_[A-Z0-9_]+)\"")


def runtime_variables():
    """{variable: [files]} for every DPARRAY_* variable read by the library's sources."""
    found = {}
    for base in ("src", "python/dparray"):
        for p in sorted((ROOT / base).rglob("*")):
            if p.suffix not in (".cpp", ".h", ".py") or not p.is_file():
                continue
            for var in ENV_READ.findall(p.read_text(errors="replace")):
                found.setdefault(var, []).append(str(p.relative_to(ROOT)))
    return found


def write_env_table(out):
    lines = ["| variable | read in |", "|---|---|"]
    for var, files in sorted(runtime_variables().items()):
        where = ", ".join(f"`{f}`" for f in sorted(set(files)))
        lines.append(f"| `{var}` | {where} |")
    _write(out / "env_table.md", "\n".join(lines) + "\n")


# Pages other parts of the project add; linked from the installation guide when present.
RELATED = [
    ("wheel", "Building and installing the wheel"),
    ("cluster-staging", "Staging dparray onto cluster nodes"),
    ("scale-out", "MPI and Dask: running on many nodes"),
    ("opencl-cpu", "The OpenCL CPU device"),
    ("memory", "Memory and allocators"),
    ("fusion", "Fusion of elementwise expressions"),
]


def write_related(out):
    lines = [
        f"- [{title}](../{slug}.md)" for slug, title in RELATED if (DOCS / f"{slug}.md").exists()
    ]
    if not lines:
        lines = ["- (no further pages in this checkout)"]
    _write(out / "related.md", "\n".join(lines) + "\n")


def generate():
    api = DOCS / "api"
    api.mkdir(exist_ok=True)
    snippets = DOCS / "_generated"
    snippets.mkdir(exist_ok=True)
    counts = write_api(api)
    write_coverage(api)
    write_benchmarks(api)
    write_env_table(snippets)
    write_related(snippets)
    for d in (api, snippets):  # names that went away since the last build
        for p in d.rglob("*"):
            if p.is_file() and p not in _WRITTEN:
                p.unlink()
    return counts


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--list", action="store_true", help="print each public name's group")
    args = ap.parse_args()
    if args.list:
        for group, q, _ in collect():
            print(f"{group:<14} {q}")
        return 0
    for slug, n in generate().items():
        print(f"{slug:<14} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
