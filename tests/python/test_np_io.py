"""File I/O against NumPy on every device: .npy / .npz written by dparray and read by
NumPy and the reverse, text and raw binary files, and the unsupported options."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

DTYPES = ["bool", "int8", "uint16", "int64", "float32", "float64", "complex128"]


@pytest.mark.parametrize("dtype", DTYPES)
def test_save_read_by_numpy(device, tmp_path, dtype):
    n = (np.arange(12) % 5).astype(dtype).reshape(3, 4)
    x = dp.asarray(n, device=device)
    dp.save(tmp_path / "a", x)  # '.npy' appended, as NumPy does
    assert_same(np.load(tmp_path / "a.npy"), n)
    dp.save(tmp_path / "t.npy", x.T)  # a non-contiguous view
    assert_same(np.load(tmp_path / "t.npy"), n.T)


@pytest.mark.parametrize("dtype", ["int32", "float64", ">f8", "<c8"])
def test_load_numpy_file(device, tmp_path, dtype):
    n = np.arange(6).astype(dtype).reshape(2, 3)
    np.save(tmp_path / "n.npy", n)
    got = dp.load(tmp_path / "n.npy", device=device)
    assert got.sycl_device == device
    assert_same(got, n.astype(np.dtype(dtype).newbyteorder("=")))
    np.save(tmp_path / "f.npy", np.asfortranarray(n))
    assert_same(
        dp.load(tmp_path / "f.npy", device=device), n.astype(np.dtype(dtype).newbyteorder("="))
    )


def test_savez_roundtrip(device, tmp_path):
    a, b = np.arange(5.0), np.ones((2, 2), np.int16)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    dp.savez(tmp_path / "u.npz", x, named=y)
    dp.savez_compressed(tmp_path / "c", x, named=y)
    for f in ("u.npz", "c.npz"):
        with np.load(tmp_path / f) as z:
            assert sorted(z.files) == ["arr_0", "named"]
            assert_same(z["arr_0"], a)
            assert_same(z["named"], b)
        with dp.load(tmp_path / f, device=device) as z:
            assert sorted(z) == ["arr_0", "named"] and len(z) == 2 and "named" in z
            assert z["named"].sycl_device == device
            assert_same(z["arr_0"], a)
            assert_same(z["named"], b)
    np.savez(tmp_path / "np.npz", p=np.arange(3), q=np.eye(2))
    z = dp.load(tmp_path / "np.npz", device=device)
    assert_same(z["q"], np.eye(2))
    z.close()


def test_load_rejects(tmp_path):
    np.save(tmp_path / "a.npy", np.arange(3))
    with pytest.raises(ValueError, match=r"load.*mmap_mode"):
        dp.load(tmp_path / "a.npy", mmap_mode="r")
    np.save(tmp_path / "o.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError):  # NumPy refuses pickles by default
        dp.load(tmp_path / "o.npy")
    with pytest.raises(TypeError, match="load"):
        dp.load(tmp_path / "o.npy", allow_pickle=True)
    with pytest.raises(TypeError, match="save"):
        dp.save(tmp_path / "s.npy", ["a", "b"])


def test_text_files(device, tmp_path):
    n = np.arange(12.0).reshape(3, 4) / 7
    x = dp.asarray(n, device=device)
    dp.savetxt(tmp_path / "t.txt", x, delimiter=",", header="h")
    np.testing.assert_array_equal(np.loadtxt(tmp_path / "t.txt", delimiter=","), n)
    got = dp.loadtxt(tmp_path / "t.txt", delimiter=",", device=device)
    assert got.sycl_device == device
    assert_same(got, np.loadtxt(tmp_path / "t.txt", delimiter=","), rtol=0)
    assert_same(
        dp.loadtxt(tmp_path / "t.txt", dtype=dp.float32, delimiter=",", device=device),
        np.loadtxt(tmp_path / "t.txt", dtype=np.float32, delimiter=","),
    )
    (tmp_path / "g.txt").write_text("1,2,3\n4,,6\n")
    assert_same(
        dp.genfromtxt(tmp_path / "g.txt", delimiter=",", device=device),
        np.genfromtxt(tmp_path / "g.txt", delimiter=","),
    )
    assert_same(
        dp.genfromtxt(
            tmp_path / "g.txt", delimiter=",", filling_values=-1, dtype=int, device=device
        ),
        np.genfromtxt(tmp_path / "g.txt", delimiter=",", filling_values=-1, dtype=int),
    )
    with pytest.raises(ValueError, match="genfromtxt"):
        dp.genfromtxt(tmp_path / "g.txt", delimiter=",", usemask=True)
    with pytest.raises(TypeError, match="savetxt"):
        dp.savetxt(tmp_path / "s.txt", [["a"]])


def test_fromfile_fromregex(device, tmp_path):
    n = np.arange(10, dtype=">i4")
    n.tofile(tmp_path / "r.bin")
    assert_same(
        dp.fromfile(tmp_path / "r.bin", dtype=">i4", device=device), np.arange(10, dtype=np.int32)
    )
    assert_same(
        dp.fromfile(tmp_path / "r.bin", dtype=">i4", count=3, offset=8, device=device),
        np.arange(2, 5, dtype=np.int32),
    )
    (tmp_path / "s.txt").write_text("1 2 3 4")
    assert_same(
        dp.fromfile(tmp_path / "s.txt", dtype=dp.float64, sep=" ", device=device),
        np.fromfile(tmp_path / "s.txt", sep=" "),
    )
    (tmp_path / "re.txt").write_text("a1 b2.5\na3 b4.5\n")
    one = dp.fromregex(tmp_path / "re.txt", r"a(\d)", [("x", np.int64)], device=device)
    assert_same(one, np.fromregex(tmp_path / "re.txt", r"a(\d)", [("x", np.int64)])["x"])
    two = dp.fromregex(
        tmp_path / "re.txt", r"a(\d) b(\S+)", [("x", np.int32), ("y", np.float64)], device=device
    )
    want = np.fromregex(tmp_path / "re.txt", r"a(\d) b(\S+)", [("x", np.int32), ("y", np.float64)])
    assert sorted(two) == ["x", "y"]
    assert_same(two["x"], want["x"])
    assert_same(two["y"], want["y"])
