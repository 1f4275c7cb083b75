"""dparray.program: OpenCL C programs from source, kernels and launches (dpctl.program)."""

import ctypes

import numpy as np
import pytest

import dparray as dp

OPENCL = [d for d in dp.get_devices() if d.filter_string.startswith("opencl")]
pytestmark = pytest.mark.skipif(not OPENCL, reason="no OpenCL device")

SRC = """
__kernel void axpy(__global float* y, __global const float* x, float a) {
  size_t i = get_global_id(0);
  y[i] = a * x[i] + y[i];
}
__kernel void row_sum(__global const int* x, __global int* out, __local int* tmp) {
  int l = get_local_id(0);
  tmp[l] = x[get_global_id(0)];
  barrier(CLK_LOCAL_MEM_FENCE);
  if (l == 0) {
    int s = 0;
    for (int k = 0; k < (int)get_local_size(0); ++k) s += tmp[k];
    out[get_group_id(0)] = s;
  }
}
"""


@pytest.fixture(params=OPENCL, ids=lambda d: d.filter_string)
def queue(request):
    return dp.Queue(request.param)


def test_build_and_kernels(queue):
    prog = dp.program.create_program_from_source(queue, SRC)
    assert prog.has_kernel("axpy") and not prog.has_kernel("nope")
    k = prog.get_kernel("axpy")
    assert k.name == "axpy" and k.num_args == 3
    with pytest.raises(ValueError, match="nope"):
        prog.get_kernel("nope")


def test_submit_typed_scalars(queue):
    k = dp.program.create_program_from_source(queue, SRC).get_kernel("axpy")
    x = dp.arange(64, dtype="float32", sycl_queue=queue)
    y = dp.ones(64, dtype="float32", sycl_queue=queue)
    ev = dp.program.submit(queue, k, [y, x, np.float32(2)], [64])
    ev.wait()
    expected = 2 * np.arange(64, dtype=np.float32) + 1
    np.testing.assert_array_equal(dp.asnumpy(y), expected)
    dp.program.submit(queue, k, [y, x, ctypes.c_float(1)], [64], [16])
    dp.program.submit(queue, k, [y, x, (0.5, "float32")], 64)
    np.testing.assert_array_equal(dp.asnumpy(y), expected + 1.5 * np.arange(64))


def test_local_memory(queue):
    k = dp.program.create_program_from_source(queue, SRC).get_kernel("row_sum")
    x = dp.arange(256, dtype="int32", sycl_queue=queue)
    out = dp.empty(4, dtype="int32", sycl_queue=queue)
    dp.program.submit(queue, k, [x, out, dp.program.LocalMemory(64 * 4)], [256], [64])
    np.testing.assert_array_equal(dp.asnumpy(out), np.arange(256).reshape(4, 64).sum(axis=1))


def test_errors(queue):
    k = dp.program.create_program_from_source(queue, SRC).get_kernel("axpy")
    y = dp.ones(8, dtype="float32", sycl_queue=queue)
    with pytest.raises(TypeError, match="without a dtype"):
        dp.program.submit(queue, k, [y, y, 2.0], [8])
    with pytest.raises(ValueError, match="takes 3 arguments"):
        dp.program.submit(queue, k, [y, y], [8])
    with pytest.raises(ValueError, match="does not divide"):
        dp.program.submit(queue, k, [y, y, np.float32(1)], [8], [3])
    with pytest.raises(dp.BuildError, match="undeclared_thing"):
        dp.program.create_program_from_source(queue, "__kernel void f() { undeclared_thing; }")


def test_host_queue_is_rejected():
    with pytest.raises(ValueError, match="not an OpenCL device"):
        dp.program.create_program_from_source(dp.Queue("host"), SRC)
