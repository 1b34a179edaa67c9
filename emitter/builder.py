"""A small StableHLO text builder.

One method emits one line and computes its result type; shapes are checked here
so a mistake points at our code rather than at `iree-compile` or XLA.
Value names are sequential (`%0`, `%1`, ...) so emission is deterministic.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

DTYPES = {"f32": np.float32, "bf16": None, "f16": np.float16, "i32": np.int32, "i1": np.bool_}


@dataclass(frozen=True)
class Value:
    name: str
    shape: tuple[int, ...]
    dtype: str

    @property
    def type(self) -> str:
        return tensor_type(self.shape, self.dtype)

    @property
    def rank(self) -> int:
        return len(self.shape)


def tensor_type(shape, dtype: str) -> str:
    return _tensor_type(tuple(shape), dtype)


@functools.lru_cache(maxsize=4096)  # a graph names few distinct types, tens of thousands of times
def _tensor_type(shape: tuple[int, ...], dtype: str) -> str:
    return "tensor<" + "".join(f"{d}x" for d in shape) + dtype + ">"


def format_float(x: float) -> str:
    """Shortest text that parses back to the same f32 (MLIR needs a '.')."""
    if not math.isfinite(x):
        bits = np.array(x, np.float32).view(np.uint32)
        return f"0x{int(bits):08X}"
    s = repr(float(np.float32(x)))
    if "." not in s:
        s = s.replace("e", ".0e") if "e" in s else s + ".0"
    return s


def _ints(xs) -> str:
    return "[" + ", ".join(str(int(x)) for x in xs) + "]"


def _array(xs) -> str:
    return "array<i64" + "".join(f", {int(x)}" if i else f": {int(x)}" for i, x in enumerate(xs)) + ">"


class EmitError(ValueError):
    pass


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise EmitError(msg)


class Builder:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self._count = 0

    # -- plumbing ----------------------------------------------------------
    def _new(self, rhs: str, shape, dtype: str) -> Value:
        v = Value(f"%{self._count}", tuple(int(d) for d in shape), dtype)
        self._count += 1
        self.lines.append(f"    {v.name} = {rhs}")
        return v

    def barrier(self, a: Value) -> Value:
        return self._new(f"stablehlo.optimization_barrier {a.name} : {a.type}", a.shape, a.dtype)

    def comment(self, text: str) -> None:
        self.lines.append(f"    // {text}")

    # -- constants ---------------------------------------------------------
    def constant(self, value, dtype: str = "f32", shape=()) -> Value:
        """A splat scalar (python number) or a dense array (numpy)."""
        if isinstance(value, np.ndarray):
            shape = value.shape
            flat = value.reshape(-1)
            fmt = format_float if dtype in ("f32", "f16", "bf16") else (lambda x: str(int(x)))
            body = "[" + ", ".join(fmt(x) for x in flat) + "]"
            if value.ndim == 0:
                body = fmt(flat[0])
        elif dtype == "i1":
            body = "true" if value else "false"
        elif dtype.startswith("i"):
            body = str(int(value))
        else:
            body = format_float(float(value))
        return self._new(f"stablehlo.constant dense<{body}> : {tensor_type(shape, dtype)}", shape, dtype)

    def full(self, value, like: Value) -> Value:
        return self.broadcast(self.constant(value, like.dtype), like.shape, ())

    def iota(self, shape, dim: int, dtype: str = "i32") -> Value:
        return self._new(f"stablehlo.iota dim = {dim} : {tensor_type(shape, dtype)}", shape, dtype)

    # -- elementwise ---------------------------------------------------------
    def _binary(self, op: str, a: Value, b: Value) -> Value:
        _check(a.shape == b.shape and a.dtype == b.dtype, f"{op}: {a.type} vs {b.type}")
        return self._new(f"stablehlo.{op} {a.name}, {b.name} : {a.type}", a.shape, a.dtype)

    def _unary(self, op: str, a: Value) -> Value:
        return self._new(f"stablehlo.{op} {a.name} : {a.type}", a.shape, a.dtype)

    def add(self, a, b):
        return self._binary("add", a, b)

    def sub(self, a, b):
        return self._binary("subtract", a, b)

    def mul(self, a, b):
        return self._binary("multiply", a, b)

    def div(self, a, b):
        return self._binary("divide", a, b)

    def max(self, a, b):
        return self._binary("maximum", a, b)

    def and_(self, a, b):
        return self._binary("and", a, b)

    def exp(self, a):
        return self._unary("exponential", a)

    def rsqrt(self, a):
        return self._unary("rsqrt", a)

    def tanh(self, a):
        return self._unary("tanh", a)

    def neg(self, a):
        return self._unary("negate", a)

    def cos(self, a):
        return self._unary("cosine", a)

    def sin(self, a):
        return self._unary("sine", a)

    def round(self, a):
        return self._unary("round_nearest_even", a)

    def logistic(self, a):
        return self._unary("logistic", a)

    def convert(self, a: Value, dtype: str) -> Value:
        if a.dtype == dtype:
            return a
        return self._new(f"stablehlo.convert {a.name} : ({a.type}) -> {tensor_type(a.shape, dtype)}", a.shape, dtype)

    def compare(self, direction: str, a: Value, b: Value) -> Value:
        _check(a.shape == b.shape and a.dtype == b.dtype, f"compare: {a.type} vs {b.type}")
        kind = "FLOAT" if a.dtype.startswith(("f", "bf")) else "SIGNED"
        return self._new(
            f"stablehlo.compare {direction}, {a.name}, {b.name}, {kind} : ({a.type}, {b.type}) -> "
            f"{tensor_type(a.shape, 'i1')}",
            a.shape,
            "i1",
        )

    def select(self, pred: Value, a: Value, b: Value) -> Value:
        _check(pred.shape == a.shape == b.shape and pred.dtype == "i1", f"select: {pred.type} {a.type} {b.type}")
        _check(a.dtype == b.dtype, f"select: {a.type} vs {b.type}")
        return self._new(
            f"stablehlo.select {pred.name}, {a.name}, {b.name} : ({pred.type}, {a.type}, {b.type}) -> {a.type}",
            a.shape,
            a.dtype,
        )

    # scalar conveniences: `x * 3.0` without spelling out the broadcast
    def scale(self, a: Value, s: float) -> Value:
        return self.mul(a, self.full(s, a))

    def offset(self, a: Value, s: float) -> Value:
        return self.add(a, self.full(s, a))

    # -- shapes --------------------------------------------------------------
    def broadcast(self, a: Value, shape, dims) -> Value:
        """broadcast_in_dim: operand dim i lands on result dim dims[i]."""
        shape = tuple(shape)
        _check(len(dims) == a.rank, f"broadcast {a.type} dims {dims}")
        for i, d in enumerate(dims):
            _check(a.shape[i] in (1, shape[d]), f"broadcast {a.type} -> {shape} dims {dims}")
        return self._new(
            f"stablehlo.broadcast_in_dim {a.name}, dims = {_ints(dims)} : ({a.type}) -> {tensor_type(shape, a.dtype)}",
            shape,
            a.dtype,
        )

    def reshape(self, a: Value, shape) -> Value:
        shape = tuple(shape)
        _check(math.prod(shape) == math.prod(a.shape), f"reshape {a.type} -> {shape}")
        if shape == a.shape:
            return a
        return self._new(f"stablehlo.reshape {a.name} : ({a.type}) -> {tensor_type(shape, a.dtype)}", shape, a.dtype)

    def transpose(self, a: Value, perm) -> Value:
        _check(sorted(perm) == list(range(a.rank)), f"transpose {a.type} perm {perm}")
        shape = tuple(a.shape[p] for p in perm)
        return self._new(
            f"stablehlo.transpose {a.name}, dims = {_ints(perm)} : ({a.type}) -> {tensor_type(shape, a.dtype)}",
            shape,
            a.dtype,
        )

    def concat(self, values: list[Value], dim: int) -> Value:
        first = values[0]
        for v in values:
            same = all(v.shape[i] == first.shape[i] for i in range(first.rank) if i != dim)
            _check(v.rank == first.rank and same and v.dtype == first.dtype, f"concat {[x.type for x in values]}")
        shape = list(first.shape)
        shape[dim] = sum(v.shape[dim] for v in values)
        names = ", ".join(v.name for v in values)
        types = ", ".join(v.type for v in values)
        return self._new(
            f"stablehlo.concatenate {names}, dim = {dim} : ({types}) -> {tensor_type(shape, first.dtype)}",
            shape,
            first.dtype,
        )

    def slice(self, a: Value, starts, limits) -> Value:
        _check(len(starts) == len(limits) == a.rank, f"slice {a.type}")
        _check(all(0 <= s <= e <= d for s, e, d in zip(starts, limits, a.shape)), f"slice {a.type} {starts}:{limits}")
        shape = tuple(e - s for s, e in zip(starts, limits))
        if shape == a.shape:
            return a
        return self._new(
            f'"stablehlo.slice"({a.name}) {{start_indices = {_array(starts)}, limit_indices = {_array(limits)}, '
            f"strides = {_array([1] * a.rank)}}} : ({a.type}) -> {tensor_type(shape, a.dtype)}",
            shape,
            a.dtype,
        )

    def dynamic_slice(self, a: Value, starts: list[Value], sizes) -> Value:
        _check(len(starts) == len(sizes) == a.rank, f"dynamic_slice {a.type}")
        _check(all(s.shape == () for s in starts), "dynamic_slice indices must be scalars")
        names = ", ".join(s.name for s in starts)
        types = ", ".join(s.type for s in starts)
        return self._new(
            f"stablehlo.dynamic_slice {a.name}, {names}, sizes = {_ints(sizes)} : ({a.type}, {types}) -> "
            f"{tensor_type(sizes, a.dtype)}",
            sizes,
            a.dtype,
        )

    # -- reductions and contractions -------------------------------------------
    def reduce(self, a: Value, dims, kind: str) -> Value:
        """Sum or max over `dims`; the init value is the identity of the op."""
        init = {"add": 0.0, "maximum": -math.inf}[kind]
        c = self.constant(init, a.dtype)
        shape = tuple(d for i, d in enumerate(a.shape) if i not in dims)
        return self._new(
            f"stablehlo.reduce({a.name} init: {c.name}) applies stablehlo.{kind} across dimensions = {_ints(dims)} : "
            f"({a.type}, {c.type}) -> {tensor_type(shape, a.dtype)}",
            shape,
            a.dtype,
        )

    def dot(self, a: Value, b: Value, contract: tuple[int, int], batch=((), ())) -> Value:
        """dot_general; result dims are batch, then a's free dims, then b's free dims."""
        (ca, cb), (ba, bb) = contract, batch
        _check(a.shape[ca] == b.shape[cb], f"dot contract {a.type} [{ca}] x {b.type} [{cb}]")
        _check(all(a.shape[i] == b.shape[j] for i, j in zip(ba, bb)), f"dot batch {a.type} x {b.type}")
        _check(a.dtype == b.dtype, f"dot {a.type} x {b.type}")
        free_a = [d for i, d in enumerate(a.shape) if i != ca and i not in ba]
        free_b = [d for i, d in enumerate(b.shape) if i != cb and i not in bb]
        shape = tuple([a.shape[i] for i in ba] + free_a + free_b)
        batching = f"batching_dims = {_ints(ba)} x {_ints(bb)}, " if ba else ""
        # HIGHEST keeps fp32 accumulation on GPUs (XLA would otherwise allow TF32)
        return self._new(
            f"stablehlo.dot_general {a.name}, {b.name}, {batching}contracting_dims = [{ca}] x [{cb}], "
            f"precision = [HIGHEST, HIGHEST] : ({a.type}, {b.type}) -> {tensor_type(shape, a.dtype)}",
            shape,
            a.dtype,
        )

    # -- indexing ------------------------------------------------------------
    def take_rows(self, table: Value, ids: Value) -> Value:
        """table[ids] for a 2-D table and integer ids of any shape (embedding lookup)."""
        _check(table.rank == 2 and ids.dtype == "i32", f"take_rows {table.type} {ids.type}")
        idx = self.reshape(ids, ids.shape + (1,))
        shape = ids.shape + (table.shape[1],)
        dnums = (
            f"#stablehlo.gather<offset_dims = [{ids.rank}], collapsed_slice_dims = [0], "
            f"start_index_map = [0], index_vector_dim = {ids.rank}>"
        )
        return self._new(
            f'"stablehlo.gather"({table.name}, {idx.name}) {{dimension_numbers = {dnums}, '
            f"slice_sizes = {_array([1, table.shape[1]])}, indices_are_sorted = false}} : "
            f"({table.type}, {idx.type}) -> {tensor_type(shape, table.dtype)}",
            shape,
            table.dtype,
        )

    def dynamic_update_slice(self, a: Value, update: Value, starts: list[Value]) -> Value:
        _check(update.rank == a.rank == len(starts) and update.dtype == a.dtype, f"dus {a.type} <- {update.type}")
        _check(all(u <= d for u, d in zip(update.shape, a.shape)), f"dus {a.type} <- {update.type}")
        names = ", ".join(s.name for s in starts)
        types = ", ".join(s.type for s in starts)
        return self._new(
            f"stablehlo.dynamic_update_slice {a.name}, {update.name}, {names} : "
            f"({a.type}, {update.type}, {types}) -> {a.type}",
            a.shape,
            a.dtype,
        )

    def scatter_rows(self, a: Value, rows: Value, index: Value) -> Value:
        """a[index[n, 0], ..., index[n, k-1], :] = rows[n, :] for every n, in one op.

        The indexed dims are a's k leading dims (the form IREE lowers directly).
        """
        n, k = index.shape
        _check(rows.shape == (n,) + a.shape[k:] and rows.dtype == a.dtype, f"scatter_rows {a.type} <- {rows.type}")
        _check(index.dtype == "i32", f"scatter_rows index {index.type}")
        dnums = (
            f"#stablehlo.scatter<update_window_dims = {_ints(range(1, rows.rank))}, "
            f"inserted_window_dims = {_ints(range(k))}, scatter_dims_to_operand_dims = {_ints(range(k))}, "
            f"index_vector_dim = 1>"
        )
        elt = tensor_type((), a.dtype)
        return self._new(
            f'"stablehlo.scatter"({a.name}, {index.name}, {rows.name}) ({{\n'
            f"    ^bb0(%old: {elt}, %new: {elt}):\n"
            f"      stablehlo.return %new : {elt}\n"
            f"    }}) {{scatter_dimension_numbers = {dnums}, indices_are_sorted = true, unique_indices = true}} : "
            f"({a.type}, {index.type}, {rows.type}) -> {a.type}",
            a.shape,
            a.dtype,
        )

    def argmax(self, a: Value) -> Value:
        """Index of the first maximum along the last axis, as i32 (ties -> lowest index)."""
        last, keep = a.rank - 1, tuple(range(a.rank - 1))
        top = self.reduce(a, [last], "maximum")
        hit = self.compare("EQ", a, self.broadcast(top, a.shape, keep))
        idx = self.iota(a.shape, last)
        cand = self.select(hit, idx, self.full(a.shape[last], idx))
        c = self.constant(a.shape[last], "i32")
        shape = a.shape[:last]
        return self._new(
            f"stablehlo.reduce({cand.name} init: {c.name}) applies stablehlo.minimum across dimensions = [{last}] : "
            f"({cand.type}, {c.type}) -> {tensor_type(shape, 'i32')}",
            shape,
            "i32",
        )

    # -- module ----------------------------------------------------------------
    def function(self, name: str, args: list[tuple[str, Value]], results: list[Value], public: bool = True) -> str:
        vis = "public" if public else "private"
        sig = ", ".join(f"{v.name}: {v.type}" for _, v in args)
        res = ", ".join(r.type for r in results)
        body = "\n".join(self.lines)
        ret = f"    return {', '.join(r.name for r in results)} : {res}"
        return f"  func.func {vis} @{name}({sig}) -> ({res}) {{\n{body}\n{ret}\n  }}\n"

    def arg(self, name: str, shape, dtype: str) -> Value:
        return Value(f"%{name}", tuple(shape), dtype)
