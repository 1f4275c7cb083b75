"""Black-Scholes call and put prices with math.erf, float64 scalars from Python floats."""

import math

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def black_scholes(item: kapi.Item, price, strike, t, rate, volatility, call, put):
    i = item.get_id(0)
    p = price[i]
    s = strike[i]
    tt = t[i]
    sig_sqrt_t = volatility * math.sqrt(tt)
    d1 = (math.log(p / s) + (rate + 0.5 * volatility * volatility) * tt) / sig_sqrt_t
    d2 = d1 - sig_sqrt_t
    n1 = 0.5 + 0.5 * math.erf(d1 / math.sqrt(2.0))
    n2 = 0.5 + 0.5 * math.erf(d2 / math.sqrt(2.0))
    e = s * math.exp(-rate * tt)
    call[i] = p * n1 - e * n2
    put[i] = e * (1.0 - n2) - p * (1.0 - n1)


def reference(price, strike, t, rate, vol):
    from math import erf

    erf_v = np.vectorize(erf)
    d1 = (np.log(price / strike) + (rate + 0.5 * vol * vol) * t) / (vol * np.sqrt(t))
    d2 = d1 - vol * np.sqrt(t)
    n1 = 0.5 + 0.5 * erf_v(d1 / np.sqrt(2))
    n2 = 0.5 + 0.5 * erf_v(d2 / np.sqrt(2))
    e = strike * np.exp(-rate * t)
    return price * n1 - e * n2, e * (1 - n2) - price * (1 - n1)


n = 100_000
rng = np.random.default_rng(7)
price = rng.uniform(10, 50, n)
strike = rng.uniform(10, 50, n)
t = rng.uniform(1, 2, n)
rate, vol = 0.1, 0.2
expect_call, expect_put = reference(price, strike, t, rate, vol)
for device in dp.get_devices():
    if not device.has_aspect_fp64:
        continue
    args = [dp.asarray(x, device=device) for x in (price, strike, t)]
    call = dp.zeros(n, device=device)
    put = dp.zeros(n, device=device)
    dpex.call_kernel(black_scholes, dpex.Range(n), *args, rate, vol, call, put)
    assert np.allclose(dp.asnumpy(call), expect_call) and np.allclose(dp.asnumpy(put), expect_put)
    print(f"{device.filter_string}: call[0] = {float(call[0]):.6f}, put[0] = {float(put[0]):.6f}")
