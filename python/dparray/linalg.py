"""dparray.linalg: the Array API linear algebra names (the products run in C++)."""

from ._core import matmul, matrix_transpose, outer, tensordot, vecdot

__all__ = ["matmul", "matrix_transpose", "outer", "tensordot", "vecdot"]
