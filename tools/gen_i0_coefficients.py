"""Chebyshev coefficients of the two smooth factors i0 is evaluated from (scalar_math.h's i0r,
cl/dp_math.cl's dp_i0r), computed with mpmath at 60 digits:
  [0, 8]:   e^-x I0(x)           in t = x / 4 - 1
  [8, inf): sqrt(x) e^-x I0(x)   in t = 16 / x - 1
f ~ c0 / 2 + sum_j c_j T_j(t). Prints the two C initialiser lists (usage: python3 this.py)."""

import mpmath as mp

mp.mp.dps = 60
N = 60  # nodes; the printed coefficients stop where they fall below 1e-18 of c0


def cheb(f, n=N):
    th = [mp.pi * (k + mp.mpf(1) / 2) / n for k in range(n)]
    vals = [f(mp.cos(t)) for t in th]
    return [2 * mp.fsum(v * mp.cos(j * t) for v, t in zip(vals, th)) / n for j in range(n)]


def small(t):
    x = 4 * (t + 1)
    return mp.exp(-x) * mp.besseli(0, x)


def large(t):
    x = 16 / (t + 1)
    return mp.sqrt(x) * mp.exp(-x) * mp.besseli(0, x)


for name, f in (("kI0Small", small), ("kI0Large", large)):
    c = cheb(f)
    keep = [v for v in c]
    while abs(keep[-1]) < abs(c[0]) * mp.mpf("1e-18"):
        keep.pop()
    print(f"// {name}: {len(keep)} terms")
    print(",\n".join(mp.nstr(v, 21, min_fixed=1, max_fixed=0) for v in keep))
