"""Differential program fuzzer against NumPy on every device (engine: fuzz_programs.py).

CI runs a fixed budget; a long campaign sets DPARRAY_FUZZ_PROGRAMS (and DPARRAY_FUZZ_SEED), or
runs `python fuzz_programs.py --programs 100000`. Programs run in child processes, so a crash is
reported (with a minimised reproducer) instead of killing pytest.
"""

import os
import re

import fuzz_programs as fz
import pytest

PROGRAMS = int(os.environ.get("DPARRAY_FUZZ_PROGRAMS", "400"))
SEED = int(os.environ.get("DPARRAY_FUZZ_SEED", "0"))


def test_random_programs_match_numpy(device):
    c = fz.Campaign(device.filter_string, PROGRAMS, SEED, max_failures=8).run_isolated()
    print(c.summary())
    assert c.ran == PROGRAMS or c.failures
    report = "\n\n".join(f"---- program seed {seed} ----\n{text}" for seed, text in c.failures)
    assert not c.failures, f"{len(c.failures)} programs differ from NumPy:\n\n{report}"


def test_divergence_table_is_documented():
    # Every deliberate divergence the fuzzer avoids is named with its reason.
    assert all(d.why and len(d.why) > 40 for d in fz.DIVERGENCES.values())


def test_minimiser_keeps_the_failure():
    # A program whose third op differs: ddmin must shrink it to the ops that matter.
    ops = [
        fz.Op("v0 = xp.arange(6, **P)", "create", target="v0"),
        fz.Op("v1 = xp.ones(3, **P)", "create", target="v1"),
        fz.Op("v2 = v0 + 1 if xp is np else v0 + 2", "binary", ("v0",), "v2"),
        fz.Op("v3 = v1 * 2", "binary", ("v1",), "v3"),
    ]
    m = fz.run_program(ops, "host")
    assert m is not None and m.category == "value"
    small = fz.minimise(ops, "host", m.signature)
    assert [o.target for o in small] == ["v0", "v2"]


# Programs the fuzzer (or issue 6) found, replayed on every device as fixed regressions.
REGRESSIONS = {
    # issue 6, item 10: astype keeps the source layout (NumPy's order='K'), so a later reshape
    # copies exactly where NumPy copies and a write does not reach the astype result
    "astype-keeps-layout": [
        "v0 = xp.reshape(xp.arange(6, **P), (2, 3))",
        "v1 = v0.T.astype('float32')",
        "v2 = xp.reshape(v1, (6,))",
        "v2[0] = 100",
    ],
    # issue 6, item 10: float32 tanh reaches 1.0 on every device, as NumPy
    "tanh-reaches-one": [
        "v0 = xp.asarray([10.0, 20.0, 40.0], dtype='float32', **P)",
        "v1 = xp.tanh(v0)",
        "v2 = xp.equal(v1, 1.0)",
        "v3 = xp.trunc(v1)",
    ],
    # issue 6, item 8: an out-of-range index array with an empty result raises
    "empty-result-index-error": [
        "v0 = xp.ones((3, 4, 5), **P)",
        "v1 = v0[None, 0, [4], :0]",
    ],
}


def _op(code):
    """An Op from one statement: `vN = ...` defines vN, `vN[...] = ...` writes vN."""
    lhs = code.split(" = ")[0]
    target = lhs if "[" not in lhs else None
    writes = lhs.split("[")[0] if target is None else None
    reads = tuple(sorted(set(re.findall(r"\bv\d+\b", code)) - {target}))
    return fz.Op(code, "regression", reads, target, writes, exact="tanh" not in code)


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regression_programs(device, name):
    ops = [_op(c) for c in REGRESSIONS[name]]
    m = fz.run_program(ops, device.filter_string)
    assert m is None, fz.snippet(ops, device.filter_string, m)
