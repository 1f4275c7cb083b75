"""The typed IR: a small tree of statements and expressions, every expression typed.

Arrays never appear as values: an array operand is an ArrayRef (a parameter, a
PrivateArray or a row view of one, with the fixed leading indices of the view).
"""

from dataclasses import dataclass, field


@dataclass
class Expr:
    ty: object


@dataclass
class Const(Expr):
    value: object


@dataclass
class Var(Expr):
    name: str


@dataclass
class ArrayRef:
    """An array operand: `name` (a parameter or private array) viewed at leading `prefix` indices."""

    name: str
    ty: object  # ArrayType of the base
    prefix: tuple = ()  # index Exprs fixed by row views

    @property
    def ndim(self):
        return self.ty.ndim - len(self.prefix)


@dataclass
class Load(Expr):
    array: ArrayRef
    index: list  # full index Exprs (prefix included), already wrapped for negatives


@dataclass
class Shape(Expr):
    """array.shape[dim] of the base array (dim is a Python int)."""

    array: ArrayRef
    dim: int


@dataclass
class BinOp(Expr):
    op: str  # add sub mul truediv floordiv mod pow and or xor lshift rshift min max atan2 ...
    left: Expr
    right: Expr


@dataclass
class UnOp(Expr):
    op: str  # neg not invert
    operand: Expr


@dataclass
class Compare(Expr):
    op: str  # lt le gt ge eq ne
    left: Expr
    right: Expr


@dataclass
class Logical(Expr):
    op: str  # and / or (short-circuit, bool operands)
    left: Expr
    right: Expr


@dataclass
class Select(Expr):
    cond: Expr
    then: Expr
    orelse: Expr


@dataclass
class Cast(Expr):
    value: Expr


@dataclass
class Math(Expr):
    fn: str  # a math function name (sqrt, exp, ..., isnan)
    args: list


@dataclass
class IndexId(Expr):
    """An index-space built-in: global_id, global_range, local_id, local_range, group_id, group_range."""

    fn: str
    dim: Expr


@dataclass
class Bounds(Expr):
    """index if 0 <= index < size; else records the failing site in _oob and gives 0."""

    index: Expr
    size: Expr
    site: int


@dataclass
class Call(Expr):
    func: object  # ir.Function
    args: list  # Exprs, ArrayRefs or None (items, groups)


@dataclass
class Atomic(Expr):
    op: str  # add sub min max and or xor load store exchange cas
    array: ArrayRef
    index: list
    value: Expr = None
    order: int = 0
    scope: int = 3
    expected: ArrayRef = None  # cas: the expected array and index
    expected_index: list = None


@dataclass
class Complex(Expr):
    """complex(real, imag) or x.real / x.imag / conjugate (op: make, real, imag, conj, abs)."""

    op: str
    args: list


# Statements


@dataclass
class Stmt:
    line: int


@dataclass
class Assign(Stmt):
    name: str
    value: Expr


@dataclass
class Store(Stmt):
    array: ArrayRef
    index: list
    value: Expr


@dataclass
class If(Stmt):
    cond: Expr
    body: list
    orelse: list


@dataclass
class ForRange(Stmt):
    var: str
    start: Expr
    stop: Expr
    step: Expr
    body: list
    step_sign: int  # +1, -1 (constant step) or 0 (decided at run time)


@dataclass
class While(Stmt):
    cond: Expr
    body: list


@dataclass
class Break(Stmt):
    pass


@dataclass
class Continue(Stmt):
    pass


@dataclass
class Return(Stmt):
    value: Expr = None


@dataclass
class ExprStmt(Stmt):
    value: Expr


@dataclass
class Barrier(Stmt):
    scope: int = 2


@dataclass
class Fence(Stmt):
    order: int = 5
    scope: int = 3


@dataclass
class Print(Stmt):
    items: list  # str or Expr


@dataclass
class PrivateDecl(Stmt):
    name: str
    ty: object  # ArrayType with constant shape
    fill_zeros: bool


@dataclass
class Function:
    name: str  # a C identifier, unique in the module
    params: list  # [(name, type)]
    body: list
    ret: object  # scalar type or None
    locals: dict = field(default_factory=dict)  # scalar variables: name -> type
    is_kernel: bool = False
    callees: list = field(default_factory=list)  # Functions called (device functions)
    uses_fp64: bool = False
    uses_barrier: bool = False
    uses_print: bool = False
    source_file: str = ""
