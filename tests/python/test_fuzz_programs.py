"""Differential program fuzzer against NumPy on every device (engine: fuzz_programs.py).

CI runs a fixed budget; a long campaign sets DPARRAY_FUZZ_PROGRAMS (and DPARRAY_FUZZ_SEED), or
runs `python fuzz_programs.py --programs 100000`. Programs run in child processes, so a crash is
reported (with a minimised reproducer) instead of killing pytest.
"""

import os

import fuzz_programs as fz

PROGRAMS = int(os.environ.get("DPARRAY_FUZZ_PROGRAMS", "4000"))
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
