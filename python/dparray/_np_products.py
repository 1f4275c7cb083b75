"""NumPy's products over dparray arrays: einsum and einsum_path, kron, vdot, matvec, vecmat
and NumPy's cross (axisa / axisb / axisc).

einsum lowers every contraction to device operations: repeated labels of one operand to
diagonal, labels no other term needs to sum, and each pairwise contraction to
transpose + reshape + matmul (BLAS on the host), in the order of a contraction path. No loop
runs over elements in Python."""

import functools
import itertools
import math
import operator

from . import _core as _c

__all__ = ["cross", "einsum", "einsum_path", "kron", "matvec", "vdot", "vecmat"]

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _queue_of(values):
    for v in values:
        if isinstance(v, _c.ndarray):
            return v.sycl_queue
    return None


def _as_arrays(values, op):
    """dparray arrays for the operands; Python scalars / sequences join the first array's queue."""
    if all(isinstance(v, _c.ndarray) for v in values):
        return list(values)
    q = _queue_of(values)
    out = []
    for v in values:
        if isinstance(v, _c.ndarray):
            out.append(v)
            continue
        try:
            out.append(_c.asarray(v, sycl_queue=q) if q is not None else _c.asarray(v))
        except (TypeError, ValueError) as e:
            raise TypeError(f"[{op}] operands must be dparray arrays or scalars: {e}") from None
    return out


# ---------------------------------------------------------------- subscripts


def _label_name(lab):
    return lab if isinstance(lab, str) else "..."


def _parse_term(term, ndim, op, k):
    """Labels of one input term; the ellipsis is returned as the marker None."""
    if term.count("...") > 1 or term.replace("...", "").count(".") > 0:
        raise ValueError(f"[{op}] invalid ellipsis in subscripts term {term!r} (operand {k})")
    parts = term.split("...")
    for ch in term.replace(".", ""):
        if ch not in _LETTERS:
            raise ValueError(
                f"[{op}] invalid subscript {ch!r} in term {term!r}: labels are letters"
            )
    if len(parts) == 1:
        labels = list(parts[0])
        if len(labels) != ndim:
            raise ValueError(
                f"[{op}] operand {k} has {ndim} dimensions but subscripts term {term!r} "
                f"names {len(labels)}"
            )
        return labels, 0
    left, right = parts
    n_ell = ndim - len(left) - len(right)
    if n_ell < 0:
        raise ValueError(
            f"[{op}] operand {k} has {ndim} dimensions but subscripts term {term!r} "
            f"names {len(left) + len(right)}"
        )
    return list(left) + [None] + list(right), n_ell


def _from_sublist(sub, op):
    """NumPy's interleaved form: a sublist of ints in [0, 52) and Ellipsis."""
    if not isinstance(sub, (list, tuple)):
        raise TypeError(f"[{op}] a sublist must be a list of ints, not {type(sub).__name__}")
    s = []
    for v in sub:
        if v is Ellipsis:
            s.append("...")
            continue
        try:
            i = operator.index(v)
        except TypeError:
            raise TypeError(f"[{op}] sublist entries must be ints or Ellipsis, not {v!r}") from None
        if not 0 <= i < 52:
            raise ValueError(f"[{op}] sublist label {i} is out of range [0, 52)")
        s.append(_LETTERS[i])
    return "".join(s)


def _split_args(args, op):
    """(subscripts string, operands) from either calling form."""
    if not args:
        raise TypeError(f"[{op}] needs subscripts and at least one operand")
    if isinstance(args[0], str):
        if len(args) < 2:
            raise ValueError(f"[{op}] needs at least one operand")
        return args[0], list(args[1:])
    if len(args) < 2:
        raise TypeError(
            f"[{op}] the first argument must be a subscripts string, or an operand followed by "
            f"its sublist; got {type(args[0]).__name__}"
        )
    ops, subs = list(args[0::2]), list(args[1::2])
    out = None
    if len(ops) > len(subs):  # a trailing output sublist
        out = ops.pop()
    terms = [_from_sublist(s, op) for s in subs]
    s = ",".join(terms)
    if out is not None:
        s += "->" + _from_sublist(out, op)
    return s, ops


def _parse(subscripts, shapes, op):
    """(input label lists, output labels, label sizes). Labels are letters; ellipsis
    dimensions get labels (0, j) for the j-th broadcast dimension from the right."""
    s = subscripts.replace(" ", "")
    if s.count("->") > 1 or s.replace("->", "").count("-") or s.replace("->", "").count(">"):
        raise ValueError(f"[{op}] invalid subscripts {subscripts!r}: '->' may appear once")
    inp, arrow, outp = s.partition("->")
    terms = inp.split(",")
    if len(terms) != len(shapes):
        raise ValueError(
            f"[{op}] subscripts {subscripts!r} name {len(terms)} operands, {len(shapes)} were given"
        )
    n_ell = 0
    inputs = []
    for k, (t, shape) in enumerate(zip(terms, shapes)):
        labels, e = _parse_term(t, len(shape), op, k)
        if None in labels:
            i = labels.index(None)
            labels[i : i + 1] = [(0, e - 1 - j) for j in range(e)]
        n_ell = max(n_ell, e)
        inputs.append(labels)
    ell = [(0, n_ell - 1 - j) for j in range(n_ell)]
    if arrow:
        if outp.count("...") > 1 or outp.replace("...", "").count("."):
            raise ValueError(f"[{op}] invalid ellipsis in output subscripts {outp!r}")
        letters = outp.replace("...", "")
        for ch in letters:
            if ch not in _LETTERS:
                raise ValueError(f"[{op}] invalid subscript {ch!r} in output {outp!r}")
            if letters.count(ch) > 1:
                raise ValueError(f"[{op}] output subscript {ch!r} appears more than once")
            if not any(ch in labels for labels in inputs):
                raise ValueError(f"[{op}] output subscript {ch!r} does not appear in the input")
        if "..." in outp:
            left, right = outp.split("...")
            output = list(left) + ell + list(right)
        else:
            if n_ell:
                raise ValueError(
                    f"[{op}] output has more dimensions than subscripts given: the operands' "
                    f"'...' covers {n_ell} dimensions but the output {outp!r} has no '...'"
                )
            output = list(letters)
    else:
        counts = {}
        for labels in inputs:
            for lab in labels:
                if isinstance(lab, str):
                    counts[lab] = counts.get(lab, 0) + 1
        output = ell + sorted(lab for lab, c in counts.items() if c == 1)
    sizes = {}
    for k, (labels, shape) in enumerate(zip(inputs, shapes)):
        for lab, n in zip(labels, shape):
            m = sizes.get(lab)
            if m is None or m == 1:
                sizes[lab] = n
            elif n not in (1, m):
                raise ValueError(
                    f"[{op}] operand {k} has size {n} for subscript {_label_name(lab)!r}, "
                    f"which has size {m} elsewhere (shapes {list(shapes)})"
                )
    return inputs, output, sizes


# ---------------------------------------------------------------- paths


def _pair_cost(la, lb, keep, sizes):
    """(flops, result size, result labels) of contracting two label sets."""
    both = la | lb
    result = frozenset(lab for lab in both if lab in keep)
    flops = math.prod(sizes[lab] for lab in both)
    return flops, math.prod(sizes[lab] for lab in result), result


def _keep_after(sets, i, j, output):
    rest = [s for k, s in enumerate(sets) if k not in (i, j)]
    return set(output).union(*rest)


def _greedy_path(sets, output, sizes):
    sets = list(sets)
    path = []
    while len(sets) > 1:
        best = None
        for i, j in itertools.combinations(range(len(sets)), 2):
            keep = _keep_after(sets, i, j, output)
            flops, size, res = _pair_cost(sets[i], sets[j], keep, sizes)
            # smallest intermediate first (NumPy's greedy heuristic), then fewest flops
            key = (size, flops)
            if best is None or key < best[0]:
                best = (key, i, j, res)
        _, i, j, res = best
        path.append((i, j))
        sets = [s for k, s in enumerate(sets) if k not in (i, j)] + [res]
    return path


def _optimal_path(sets, output, sizes):
    """Exhaustive search for the fewest total flops (up to 6 operands; greedy beyond)."""
    if len(sets) > 6:
        return _greedy_path(sets, output, sizes)
    best = [math.inf, None]

    def search(sets, path, cost):
        if cost >= best[0]:
            return
        if len(sets) == 1:
            best[:] = [cost, list(path)]
            return
        for i, j in itertools.combinations(range(len(sets)), 2):
            keep = _keep_after(sets, i, j, output)
            flops, _, res = _pair_cost(sets[i], sets[j], keep, sizes)
            rest = [s for k, s in enumerate(sets) if k not in (i, j)] + [res]
            search(rest, path + [(i, j)], cost + flops)

    search(list(sets), [], 0)
    return best[1]


def _check_path(path, n, op):
    if not path or path[0] != "einsum_path":
        raise TypeError(f"[{op}] an explicit path must start with 'einsum_path', got {path!r}")
    steps = [tuple(p) for p in path[1:]]
    m = n
    for p in steps:
        if not p or len(set(p)) != len(p) or any(not 0 <= i < m for i in p):
            raise ValueError(f"[{op}] invalid contraction {p!r} in path for {m} operands")
        m -= len(p) - 1
    if m != 1:
        raise ValueError(f"[{op}] path {path!r} does not contract all {n} operands to one")
    return steps


def _plan(sets, output, sizes, optimize, op):
    n = len(sets)
    if isinstance(optimize, (list, tuple)):
        return _check_path(list(optimize), n, op)
    if optimize is False or optimize is None:
        return [tuple(range(n))]  # NumPy's single step over every operand
    if optimize is True or optimize == "greedy":
        return _greedy_path(sets, output, sizes)
    if optimize == "optimal":
        return _optimal_path(sets, output, sizes)
    raise ValueError(
        f"[{op}] optimize must be a bool, 'greedy', 'optimal' or an explicit path, not {optimize!r}"
    )


# ---------------------------------------------------------------- execution


def _reduce_single(a, labels, keep):
    """Take diagonals of repeated labels, then sum labels not in keep."""
    while len(set(labels)) < len(labels):
        lab = next(x for x in labels if labels.count(x) > 1)
        i = labels.index(lab)
        j = labels.index(lab, i + 1)
        if a.shape[i] != a.shape[j]:  # a size-1 axis broadcasts against the other
            n = max(a.shape[i], a.shape[j])
            a = _c.broadcast_to(a, tuple(n if d in (i, j) else s for d, s in enumerate(a.shape)))
        a = _c.diagonal(a, 0, i, j)
        labels = [x for d, x in enumerate(labels) if d not in (i, j)] + [lab]
    drop = tuple(d for d, x in enumerate(labels) if x not in keep)
    if drop:
        a = _c.sum(a, axis=drop, dtype=a.dtype)
        labels = [x for x in labels if x in keep]
    return a, labels


def _broadcast(a, labels, sizes):
    shape = tuple(sizes[x] for x in labels)
    return a if tuple(a.shape) == shape else _c.broadcast_to(a, shape)


def _permute(a, labels, order):
    perm = tuple(labels.index(x) for x in order)
    return a if perm == tuple(range(len(perm))) else _c.permute_dims(a, perm)


def _contract(a, la, b, lb, keep, sizes):
    """One pairwise contraction as a (batched) matmul."""
    a, la = _reduce_single(a, la, keep | set(lb))
    b, lb = _reduce_single(b, lb, keep | set(la))
    a, b = _broadcast(a, la, sizes), _broadcast(b, lb, sizes)
    batch = [x for x in la if x in lb and x in keep]
    inner = [x for x in la if x in lb and x not in keep]
    a_only = [x for x in la if x not in lb]
    b_only = [x for x in lb if x not in la]
    nb = math.prod(sizes[x] for x in batch)
    na = math.prod(sizes[x] for x in a_only)
    nc = math.prod(sizes[x] for x in inner)
    nbo = math.prod(sizes[x] for x in b_only)
    a2 = _c.reshape(_permute(a, la, batch + a_only + inner), ((nb,) if batch else ()) + (na, nc))
    b2 = _c.reshape(_permute(b, lb, batch + inner + b_only), ((nb,) if batch else ()) + (nc, nbo))
    r = _c.matmul(a2, b2)
    labels = batch + a_only + b_only
    return _c.reshape(r, tuple(sizes[x] for x in labels)), labels


def _hashable(optimize):
    if isinstance(optimize, list):
        return tuple(tuple(p) if isinstance(p, list) else p for p in optimize)
    return optimize


@functools.lru_cache(maxsize=256)
def _cached_plan(subscripts, shapes, optimize, op):
    """Parsed subscripts and the contraction path, per (subscripts, shapes, optimize): a
    repeated call skips the parsing and path search."""
    inputs, output, sizes = _parse(subscripts, shapes, op)
    sets = [frozenset(x) for x in inputs]
    path = _plan(sets, output, sizes, optimize, op) if len(shapes) > 1 else []
    return inputs, output, sizes, path


def _common_dtype(arrays, dtype):
    if dtype is not None:
        return dtype
    return _c.result_type(*arrays) if len(arrays) > 1 else arrays[0].dtype


def einsum(*operands, out=None, dtype=None, order="K", casting="safe", optimize=False):
    """Einstein summation over dparray arrays (numpy.einsum).

    The subscripts name each operand's axes with letters; a letter shared by operands
    multiplies along that axis, a letter left out of the output is summed over, and a
    letter repeated within one operand takes a diagonal. ``'ij,jk->ik'`` is a matrix
    product, ``'ii->i'`` a diagonal, ``'ij->'`` a sum.

    Parameters
    ----------
    *operands : str and ndarrays, or alternating ndarrays and sublists
        Either a subscripts string followed by the operands, or NumPy's interleaved form
        ``einsum(op0, sublist0, op1, sublist1, ..., [sublistout])`` with sublists of ints
        in ``[0, 52)`` and ``Ellipsis``. The string holds comma-separated input terms,
        optionally ``'->'`` and the output term; ``'...'`` stands for broadcast dimensions
        (right-aligned). Without ``'->'`` the output is the ellipsis dimensions, then the
        letters that appear once, in alphabetical order (capitals first). Python scalars
        and sequences are converted onto the first array's queue.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    dtype : dtype, optional
        Dtype to compute in and return; every operand must cast to it under `casting`.
        Default ``result_type`` of the operands.
    order : {'K', 'C', 'F', 'A'}, optional
        Accepted for NumPy compatibility; the layout of the result is dparray's choice.
    casting : {'no', 'equiv', 'safe', 'same_kind', 'unsafe'}, optional
        Rule for casting the operands to `dtype`. Default ``'safe'``.
    optimize : bool, {'greedy', 'optimal'} or list, optional
        Contraction order for three or more operands: False (the default) contracts left
        to right, True or ``'greedy'`` picks the pair with the smallest intermediate at each
        step, ``'optimal'`` searches every order (up to 6 operands, greedy beyond), or an
        explicit path ``['einsum_path', (i, j), ...]`` as ``einsum_path`` returns.

    Returns
    -------
    ndarray
        The result on the operands' device, or `out`. A pure transpose or diagonal of one
        operand may be a view of it; a full contraction gives a 0-d array.

    Raises
    ------
    ValueError
        If the subscripts are malformed, name the wrong number of operands or dimensions, a
        letter has different sizes, an output letter is not in the input, `order` or
        `casting` is not valid, the path is not valid, or `out` has the wrong shape.
    TypeError
        If an operand cannot be converted, an operand does not cast to `dtype` under
        `casting`, an explicit path does not start with ``'einsum_path'``, or `out` is not a
        dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    einsum_path, matmul, tensordot

    Notes
    -----
    Every step runs as device operations on the operands' queue, asynchronously: repeated
    letters become ``diagonal`` views, letters no later term needs are summed, and each
    pairwise contraction is a transpose and reshape into one batched ``matmul`` (OpenBLAS
    on the host, generated GEMM kernels on OpenCL devices). No loop runs over elements in
    Python. The parsed subscripts and path are cached per (subscripts, shapes,
    `optimize`). A 0-d array is returned where NumPy returns a scalar.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6), (2, 3))
    >>> b = dp.reshape(dp.arange(12), (3, 4))
    >>> dp.einsum("ij,jk->ik", a, b)
    array([[20, 23, 26, 29],
           [56, 68, 80, 92]])
    >>> dp.einsum("ij->", a)
    array(15)
    >>> dp.einsum("ii", dp.reshape(dp.arange(9), (3, 3)))  # the trace
    array(12)
    >>> dp.einsum("ji", a)
    array([[0, 3],
           [1, 4],
           [2, 5]])
    >>> dp.einsum("...j,j", a, dp.asarray([1, 1, 1]))
    array([ 3, 12])
    >>> dp.einsum(a, [0, 1], b, [1, 2])
    array([[20, 23, 26, 29],
           [56, 68, 80, 92]])
    """
    op = "einsum"
    subscripts, ops = _split_args(operands, op)
    if order not in ("K", "C", "F", "A"):
        raise ValueError(f"[{op}] order must be 'K', 'C', 'F' or 'A', not {order!r}")
    if casting not in ("no", "equiv", "safe", "same_kind", "unsafe"):
        raise ValueError(f"[{op}] invalid casting {casting!r}")
    arrays = _as_arrays(ops, op)  # the device operations check that the queues agree
    inputs, output, sizes, path = _cached_plan(
        subscripts, tuple(tuple(a.shape) for a in arrays), _hashable(optimize), op
    )
    rt = _common_dtype(arrays, dtype)
    if dtype is not None:
        for a in arrays:
            if not _c.can_cast(a.dtype, dtype, casting):
                raise TypeError(
                    f"[{op}] cannot cast {a.dtype} to {dtype} under casting={casting!r}"
                )
    arrays = [a if a.dtype == rt else _c.astype(a, rt) for a in arrays]
    terms = list(zip(arrays, inputs))
    for step in path:  # each step contracts its operands left to right, pairwise
        picked = [terms[i] for i in step]
        terms = [t for k, t in enumerate(terms) if k not in step]
        rest = set(output).union(*(set(t[1]) for t in terms))
        a, la = picked[0]
        if len(picked) == 1:
            a, la = _reduce_single(a, la, rest)
        for n, (b, lb) in enumerate(picked[1:], start=2):
            keep = rest.union(*(set(t[1]) for t in picked[n:]))
            a, la = _contract(a, la, b, lb, keep, sizes)
        terms.append((a, la))
    a, labels = terms[0]
    a, labels = _reduce_single(a, labels, set(output))
    a = _broadcast(a, labels, sizes)
    r = _permute(a, labels, output)
    if r.dtype != rt:
        r = _c.astype(r, rt)
    if out is not None:
        if not isinstance(out, _c.ndarray):
            raise TypeError(f"[{op}] out must be a dparray.ndarray, not {type(out).__name__}")
        if tuple(out.shape) != tuple(r.shape):
            raise ValueError(f"[{op}] out has shape {out.shape}, the result has {r.shape}")
        out[...] = r
        return out
    return r


def einsum_path(*operands, optimize="greedy", einsum_call=False):
    """Contraction order for an einsum, and a report of its cost (numpy.einsum_path).

    Parameters
    ----------
    *operands : str and ndarrays, or alternating ndarrays and sublists
        The subscripts and operands, as for ``einsum``. Only the operands' shapes are
        read.
    optimize : bool, {'greedy', 'optimal'}, list or tuple, optional
        ``'greedy'`` (the default) or True: the pair with the smallest intermediate at each
        step; ``'optimal'``: the fewest total operations over every order (up to 6
        operands, greedy beyond); False: one step over every operand; an explicit path is
        checked and returned. NumPy's ``(strategy, memory_limit)`` pair is accepted, and
        the memory limit ignored.
    einsum_call : bool, optional
        Accepted for NumPy compatibility; ignored.

    Returns
    -------
    path : list
        ``['einsum_path', (i, j), ...]``: at each step the operands at those positions are
        contracted, leave the list, and their result joins its end. It can be passed as
        ``einsum(..., optimize=path)`` (and to NumPy's einsum).
    string : str
        A printable report in NumPy's format: the complete contraction, naive and
        optimised scaling and FLOP counts, the theoretical speed-up, the largest
        intermediate, and one row per step.

    Raises
    ------
    ValueError
        If the subscripts are malformed or do not match the operands, or a given path is
        not valid.
    TypeError
        If an operand cannot be converted or an explicit path does not start with
        ``'einsum_path'``.

    See Also
    --------
    einsum

    Notes
    -----
    Runs on the host only (nothing is computed on a device). The greedy heuristic is
    dparray's own: it matches NumPy's on common chains but may choose differently on large
    networks.

    Examples
    --------
    >>> a, b, c = dp.ones((2, 3)), dp.ones((3, 4)), dp.ones((4, 2))
    >>> path, report = dp.einsum_path("ij,jk,kl->il", a, b, c)
    >>> path
    ['einsum_path', (1, 2), (0, 1)]
    >>> print(report)  # doctest: +ELLIPSIS
      Complete contraction:  ij,jk,kl->il
    ...
    >>> dp.einsum("ij,jk,kl->il", a, b, c, optimize=path)
    array([[12., 12.],
           [12., 12.]])
    """
    op = "einsum_path"
    if isinstance(optimize, (list, tuple)) and optimize and optimize[0] == "einsum_path":
        pass
    elif isinstance(optimize, tuple) and len(optimize) == 2:  # NumPy's (strategy, memory limit)
        optimize = optimize[0]
    subscripts, ops = _split_args(operands, op)
    arrays = _as_arrays(ops, op)
    inputs, output, sizes = _parse(subscripts, [tuple(a.shape) for a in arrays], op)
    sets = [frozenset(x) for x in inputs]
    if len(arrays) == 1:
        steps = [(0,)]
    else:
        steps = _plan(sets, output, sizes, optimize, op)
    path = ["einsum_path"] + [tuple(p) for p in steps]
    return path, _describe(subscripts, inputs, output, sizes, steps)


def _term_str(labels):
    s, in_ell = [], False
    for x in labels:
        if isinstance(x, str):
            s.append(x)
            in_ell = False
        elif not in_ell:
            s.append("...")
            in_ell = True
    return "".join(s)


def _describe(subscripts, inputs, output, sizes, steps):
    """NumPy's einsum_path report: naive vs optimised scaling and FLOPs, and each step."""
    all_labels = set().union(*map(set, inputs))
    n_terms = len(inputs)
    inner = bool(all_labels - set(output))
    naive = math.prod(sizes[x] for x in all_labels) * (max(n_terms - 1, 1) + inner)
    sets = [list(x) for x in inputs]
    total, largest, worst = 0, math.prod(sizes[x] for x in output), 0
    rows = []
    for step in steps:
        picked = [sets[i] for i in step]
        sets = [s for k, s in enumerate(sets) if k not in step]
        keep = set(output).union(*map(set, sets))
        both = set().union(*map(set, picked))
        result = [x for x in output if x in both] + sorted(
            (x for x in both if x in keep and x not in output), key=str
        )
        contracted = bool(both - keep)
        total += math.prod(sizes[x] for x in both) * (max(len(step) - 1, 1) + contracted)
        largest = max(largest, math.prod(sizes[x] for x in result))
        worst = max(worst, len(both))
        sets.append(result)
        current = ",".join(_term_str(p) for p in picked) + "->" + _term_str(result)
        remaining = ",".join(_term_str(s) for s in sets) + "->" + _term_str(output)
        rows.append(f"{len(both):>4}    {current:>24}{remaining:>40}")
    total = max(total, 1)
    lines = [
        f"  Complete contraction:  {','.join(map(_term_str, inputs))}->{_term_str(output)}",
        f"         Naive scaling:  {len(all_labels)}",
        f"     Optimized scaling:  {worst}",
        f"      Naive FLOP count:  {naive:.3e}",
        f"  Optimized FLOP count:  {total:.3e}",
        f"   Theoretical speedup:  {naive / total:.3f}",
        f"  Largest intermediate:  {largest:.3e} elements",
        "-" * 74,
        f"{'scaling':<8}{'current':>24}{'remaining':>41}",
        "-" * 74,
    ] + rows
    return "\n".join(lines)


# ---------------------------------------------------------------- other products


def _pair(a, b, op):
    a, b = _as_arrays([a, b], op)  # the device operations check that the queues agree
    return a, b


def kron(a, b):
    """Kronecker product of two arrays (numpy.kron).

    The result is the block array whose block ``(i, j, ...)`` is ``a[i, j, ...] * b``. The
    operand with fewer dimensions is padded with leading size-one dimensions.

    Parameters
    ----------
    a : ndarray or scalar
        First operand.
    b : ndarray or scalar
        Second operand. Python scalars and sequences are converted onto the other
        operand's queue.

    Returns
    -------
    ndarray
        The product, of shape ``a.shape * b.shape`` elementwise (after padding), dtype
        ``result_type(a, b)``.

    Raises
    ------
    TypeError
        If an operand cannot be converted to a dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    outer, multiply

    Notes
    -----
    One broadcast ``multiply`` of reshaped views and a ``reshape``, asynchronous on the
    operands' queue.

    Examples
    --------
    >>> dp.kron(dp.asarray([1, 10]), dp.asarray([1, 2, 3]))
    array([ 1,  2,  3, 10, 20, 30])
    >>> dp.kron(dp.eye(2, dtype=dp.int64), dp.asarray([[1, 2], [3, 4]]))
    array([[1, 2, 0, 0],
           [3, 4, 0, 0],
           [0, 0, 1, 2],
           [0, 0, 3, 4]])
    """
    a, b = _pair(a, b, "kron")
    nd = max(a.ndim, b.ndim)
    sa = (1,) * (nd - a.ndim) + tuple(a.shape)
    sb = (1,) * (nd - b.ndim) + tuple(b.shape)
    # interleave: a's axes at even positions, b's at odd ones
    a2 = _c.reshape(a, tuple(v for n in sa for v in (n, 1)))
    b2 = _c.reshape(b, tuple(v for n in sb for v in (1, n)))
    return _c.reshape(_c.multiply(a2, b2), tuple(x * y for x, y in zip(sa, sb)))


def vdot(a, b, /):
    """Dot product of two arrays, flattened, conjugating the first (numpy.vdot).

    Parameters
    ----------
    a : ndarray or scalar
        First operand, flattened; conjugated when complex.
    b : ndarray or scalar
        Second operand, flattened; it must have as many elements as `a`.

    Returns
    -------
    ndarray
        ``sum(conj(a.ravel()) * b.ravel())`` as a 0-d array (NumPy returns a scalar).

    Raises
    ------
    ValueError
        If `a` and `b` have different sizes.
    TypeError
        If an operand cannot be converted to a dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    vecdot, dot, inner

    Notes
    -----
    ``vecdot`` of the flattened operands, asynchronous on their queue.

    Examples
    --------
    >>> dp.vdot(dp.asarray([1 + 2j, 3 + 4j]), dp.asarray([5 + 6j, 7 + 8j]))
    array(70.-8.j)
    >>> dp.vdot(dp.asarray([[1, 4], [5, 6]]), dp.asarray([[4, 1], [2, 2]]))
    array(30)
    """
    a, b = _pair(a, b, "vdot")
    if a.size != b.size:
        raise ValueError(f"[vdot] vectors have different lengths: {a.size} and {b.size}")
    return _c.vecdot(_c.reshape(a, (-1,)), _c.reshape(b, (-1,)))


def matvec(x1, x2, /, *, out=None):
    """Matrix-vector product over stacks (NumPy 2.2's matvec).

    ``matvec(x1, x2)[..., i] = sum(x1[..., i, :] * x2[..., :])``; the stack dimensions
    broadcast.

    Parameters
    ----------
    x1 : ndarray
        Matrices, shape ``(..., m, n)``.
    x2 : ndarray
        Vectors, shape ``(..., n)``.
    out : ndarray, optional
        Array to write the result into (keyword only); its shape must be the result's.

    Returns
    -------
    ndarray
        The products, shape ``(..., m)`` with the broadcast stack dimensions; `out` when
        given.

    Raises
    ------
    ValueError
        If `x1` is not at least 2-D or `x2` at least 1-D, the core dimensions differ, the
        stacks do not broadcast, or `out` has the wrong shape.
    TypeError
        If an operand cannot be converted or `out` is not a dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    vecmat, matmul, vecdot

    Notes
    -----
    One batched ``matmul`` on the operands' queue (OpenBLAS on the host for float and
    complex dtypes, a generated GEMM kernel on OpenCL devices), asynchronous. NumPy's
    gufunc arguments (``axes``, ``dtype``, ``casting``, ...) are not taken.

    Examples
    --------
    >>> dp.matvec(dp.asarray([[1, 2], [3, 4]]), dp.asarray([1, 1]))
    array([3, 7])
    >>> dp.matvec(dp.ones((2, 3)), dp.ones((4, 3))).shape
    (4, 2)
    """
    a, v = _pair(x1, x2, "matvec")
    if a.ndim < 2 or v.ndim < 1:
        raise ValueError(
            f"[matvec] needs a matrix (..., m, n) and a vector (..., n), got shapes "
            f"{a.shape} and {v.shape}"
        )
    if a.shape[-1] != v.shape[-1]:
        raise ValueError(
            f"[matvec] mismatch in core dimension: x1 has shape {a.shape}, x2 has {v.shape}"
        )
    r = _c.matmul(a, _c.expand_dims(v, axis=-1))[..., 0]
    return _store(r, out, "matvec")


def vecmat(x1, x2, /, *, out=None):
    """Vector-matrix product over stacks (NumPy 2.2's vecmat).

    ``vecmat(x1, x2)[..., j] = sum(conj(x1[..., :]) * x2[..., :, j])``: complex vectors are
    conjugated. The stack dimensions broadcast.

    Parameters
    ----------
    x1 : ndarray
        Vectors, shape ``(..., n)``; conjugated when complex.
    x2 : ndarray
        Matrices, shape ``(..., n, m)``.
    out : ndarray, optional
        Array to write the result into (keyword only); its shape must be the result's.

    Returns
    -------
    ndarray
        The products, shape ``(..., m)`` with the broadcast stack dimensions; `out` when
        given.

    Raises
    ------
    ValueError
        If `x1` is not at least 1-D or `x2` at least 2-D, the core dimensions differ, the
        stacks do not broadcast, or `out` has the wrong shape.
    TypeError
        If an operand cannot be converted or `out` is not a dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    matvec, matmul, vecdot

    Notes
    -----
    One batched ``matmul`` on the operands' queue (OpenBLAS on the host for float and
    complex dtypes, a generated GEMM kernel on OpenCL devices), asynchronous. NumPy's
    gufunc arguments (``axes``, ``dtype``, ``casting``, ...) are not taken.

    Examples
    --------
    >>> dp.vecmat(dp.asarray([1, 1]), dp.asarray([[1, 2], [3, 4]]))
    array([4, 6])
    >>> dp.vecmat(dp.asarray([1j, 1]), dp.asarray([[1, 2], [3, 4]]))
    array([3.-1.j, 4.-2.j])
    """
    v, a = _pair(x1, x2, "vecmat")
    if a.ndim < 2 or v.ndim < 1:
        raise ValueError(
            f"[vecmat] needs a vector (..., n) and a matrix (..., n, m), got shapes "
            f"{v.shape} and {a.shape}"
        )
    if a.shape[-2] != v.shape[-1]:
        raise ValueError(
            f"[vecmat] mismatch in core dimension: x1 has shape {v.shape}, x2 has {a.shape}"
        )
    if v.dtype in (_c.complex64, _c.complex128):
        v = _c.conj(v)
    r = _c.matmul(_c.expand_dims(v, axis=-2), a)[..., 0, :]
    return _store(r, out, "vecmat")


def _store(r, out, op):
    if out is None:
        return r
    if not isinstance(out, _c.ndarray):
        raise TypeError(f"[{op}] out must be a dparray.ndarray, not {type(out).__name__}")
    if tuple(out.shape) != tuple(r.shape):
        raise ValueError(f"[{op}] out has shape {out.shape}, the result has {r.shape}")
    out[...] = r
    return out


_axis = _c._normalize_axis  # AxisError / TypeError naming op and the argument


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """Cross product of 3-element (or 2-element) vectors (numpy.cross).

    Parameters
    ----------
    a : ndarray or scalar
        First operand; its vectors (of 2 or 3 components) lie along `axisa`.
    b : ndarray or scalar
        Second operand; its vectors (of 2 or 3 components) lie along `axisb`. The other
        dimensions broadcast with `a`'s.
    axisa : int, optional
        Axis of `a`'s vectors. Default -1.
    axisb : int, optional
        Axis of `b`'s vectors. Default -1.
    axisc : int, optional
        Axis of the result's vectors. Default -1.
    axis : int, optional
        If given, overrides `axisa`, `axisb` and `axisc`.

    Returns
    -------
    ndarray
        The cross products, dtype ``result_type(a, b)``. A 2-component vector is taken
        with a zero third component; two 2-component vectors give only the z component
        (without the vector axis).

    Raises
    ------
    ValueError
        If a vector has neither 2 nor 3 components, or the other dimensions do not
        broadcast.
    IndexError
        If an axis is out of range (NumPy raises its AxisError, a subclass).
    TypeError
        If an axis is not an integer or an operand cannot be converted.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    linalg.cross : the Array API's version (3-vectors, one `axis`).

    Notes
    -----
    Elementwise products of the component views, stacked; asynchronous on the operands'
    queue. NumPy 2 deprecates 2-component vectors (with a DeprecationWarning); dparray
    accepts them without a warning.

    Examples
    --------
    >>> dp.cross(dp.asarray([1, 2, 3]), dp.asarray([4, 5, 6]))
    array([-3,  6, -3])
    >>> dp.cross(dp.asarray([[1, 0, 0], [0, 1, 0]]), dp.asarray([0, 0, 1]))
    array([[ 0, -1,  0],
           [ 1,  0,  0]])
    >>> x = dp.asarray([[1, 0], [0, 1], [0, 0]])
    >>> dp.cross(x, dp.asarray([[0, 0], [0, 0], [1, 1]]), axis=0)
    array([[ 0,  1],
           [-1,  0],
           [ 0,  0]])
    """
    a, b = _pair(a, b, "cross")
    if axis is not None:
        axisa = axisb = axisc = axis
    a = _c.moveaxis(a, _axis(axisa, a.ndim, "cross", "axisa"), -1)
    b = _c.moveaxis(b, _axis(axisb, b.ndim, "cross", "axisb"), -1)
    na, nb = a.shape[-1], b.shape[-1]
    if na not in (2, 3) or nb not in (2, 3):
        raise ValueError(
            f"[cross] incompatible dimensions for cross product (dimension must be 2 or 3), "
            f"got {na} and {nb}"
        )
    a0, a1 = a[..., 0], a[..., 1]
    b0, b1 = b[..., 0], b[..., 1]
    z = a0 * b1 - a1 * b0
    if na == 2 and nb == 2:
        return z
    if na == 3 and nb == 3:
        a2, b2 = a[..., 2], b[..., 2]
        c = _c.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, z], axis=-1)
    elif na == 2:  # a2 = 0
        b2 = b[..., 2]
        c = _c.stack([a1 * b2, -(a0 * b2), z], axis=-1)
    else:  # b2 = 0
        a2 = a[..., 2]
        c = _c.stack([-(a2 * b1), a2 * b0, z], axis=-1)
    return _c.moveaxis(c, -1, _axis(axisc, c.ndim, "cross", "axisc"))
