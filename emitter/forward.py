"""One forward for every graph kind; the kind only picks the signature and the outputs.

Internally every kind is a batch of B slots, each with T new tokens starting at its
own position over a KV cache `[B, layers, kv_heads, capacity, head_dim]`, so each
layer's keys are a contiguous `[kv_heads, capacity, head_dim]` block that attention
reads without a transpose:
decode is B=1, T=1; prefill is B=1, T=bucket; ragged is B=slots, T=1.
Attention reads the cache rows before each slot's start plus the new block, so cache
rows at or past a slot's start are never read, and all layers' new K/V are written
with one scatter at the end. A `fresh` prefill (start 0, an empty cache) reads no
cache rows: its attention is the T x T block alone; a decode with `rows` reads only the
first rows of the cache, for positions up to that many.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .builder import Builder, Value
from .config import NORM_PLACEMENTS, ModelConfig
from .weights import expected_tensors, logical_name

KINDS = ("decode", "prefill", "ragged")
FAULTS = ("skip_final_norm", "gqa_interleaved")  # deliberate bugs for the negative controls
MASKED = -3.4028234663852886e38  # finfo(f32).min, as HF masks
# one query over more than PV_ONE_BLOCK cache rows multiplies probabilities x values in blocks
# of PV_ROWS rows (see attend)
PV_ONE_BLOCK, PV_ROWS = 1024, 256
# a prompt of at least 2 x Q_ROWS queries into an empty cache attends in blocks of Q_ROWS queries,
# each over the rows up to its own last one: the causal mask hides the rest from all of its queries.
# (Over a cache, the new rows are a small part of what each query reads: not worth its compile time.)
Q_ROWS = 128


def _turn_parts(bits: int = 8, n: int = 3) -> tuple[float, ...]:
    """2*pi as n parts of `bits` significant bits (times a turn count below 2**(24 - bits), exact in
    f32) and an f32 remainder: Cody and Waite's argument reduction."""
    parts, rest = [], 2 * math.pi
    for _ in range(n):
        step = 2.0 ** (math.floor(math.log2(abs(rest))) - bits + 1)
        parts.append(round(rest / step) * step)
        rest -= parts[-1]
    return (*parts, rest)


TWO_PI_PARTS = _turn_parts()


@dataclass(frozen=True)
class Graph:
    """What to emit: kind, cache capacity, prefill bucket (T) or ragged slots (B)."""

    kind: str
    capacity: int
    bucket: int = 1
    slots: int = 1
    all_logits: bool = False
    argmax: bool = False  # also return the greedy next token(s), after the logits
    fresh: bool = False  # prefill at start 0: attention reads no cache rows
    rows: int = 0  # decode that reads only the first `rows` cache rows (positions <= rows); 0: all
    faults: tuple[str, ...] = ()

    @property
    def batch(self) -> int:
        return self.slots if self.kind == "ragged" else 1

    @property
    def tokens(self) -> int:
        return self.bucket if self.kind == "prefill" else 1

    @property
    def span(self) -> int:
        """Cache rows attention reads: all of them, the first `rows`, or none for a fresh prefill."""
        return 0 if self.fresh else self.rows or self.capacity


def make_graph(cfg: ModelConfig, kind: str, capacity: int, bucket=None, slots=None, **opts) -> Graph:
    if kind not in KINDS:
        raise ValueError(f"unknown graph kind {kind!r}; kinds: {', '.join(KINDS)}")
    if not 0 < capacity <= cfg.max_position_embeddings:
        raise ValueError(f"capacity {capacity} must be in 1..max_position_embeddings={cfg.max_position_embeddings}")
    bad = set(opts.get("faults", ())) - set(FAULTS)
    if bad:
        raise ValueError(f"unknown faults {sorted(bad)}; known: {FAULTS}")
    if opts.get("fresh") and kind != "prefill":
        raise ValueError("only prefill has a fresh (empty-cache) variant")
    if opts.get("rows") and (kind != "decode" or not 0 < opts["rows"] < capacity):
        raise ValueError(f"only decode reads fewer rows than its capacity: rows {opts['rows']}, capacity {capacity}")
    if kind == "prefill":
        if bucket is None or not 0 < bucket <= capacity:
            raise ValueError(f"prefill needs a bucket in 1..capacity={capacity}, got {bucket}")
        return Graph(kind, capacity, bucket=bucket, **opts)
    if kind == "ragged":
        if slots is None or slots < 1:
            raise ValueError(f"ragged needs slots >= 1, got {slots}")
        return Graph(kind, capacity, slots=slots, **opts)
    return Graph(kind, capacity, **opts)


class Forward:
    def __init__(self, b: Builder, cfg: ModelConfig, w: dict[str, Value], g: Graph):
        self.b, self.cfg, self.w, self.g = b, cfg, w, g

    def weight(self, key: str, layer: int | None = None) -> Value:
        return self.b.convert(self.w[logical_name(self.cfg, key, layer)], "f32")

    # -- building blocks ---------------------------------------------------------
    def linear(self, x: Value, key: str, layer: int, bias: str | None = None) -> Value:
        b = self.b
        y = self.project(x, self.weight(key, layer))
        if bias and self.cfg.attention_bias:
            y = b.add(y, b.broadcast(self.weight(bias, layer), y.shape, (y.rank - 1,)))
        return y

    def project(self, x: Value, w: Value) -> Value:
        """x @ W.T for a weight W [out, in]. One row is written W @ x, the weight on the left: IREE
        then packs W for it in the same layout as for several rows, one copy for every graph kind."""
        b = self.b
        if all(n == 1 for n in x.shape[:-1]):
            return b.reshape(b.dot(w, x, (1, x.rank - 1)), x.shape[:-1] + w.shape[:1])
        return b.dot(x, w, (x.rank - 1, 1))

    def rms_norm(self, x: Value, w: Value) -> Value:
        b, last = self.b, x.rank - 1
        mean = b.scale(b.reduce(b.mul(x, x), [last], "add"), 1.0 / x.shape[last])
        inv = b.rsqrt(b.offset(mean, self.cfg.rms_norm_eps))
        y = b.mul(x, b.broadcast(inv, x.shape, tuple(range(last))))
        if self.cfg.norm_weight_offset:
            w = b.offset(w, self.cfg.norm_weight_offset)
        return b.mul(y, b.broadcast(w, x.shape, (last,)))

    def norm_seam(self, x: Value, seam: str, layer: int) -> Value:
        name = NORM_PLACEMENTS[self.cfg.norm_placement].get(seam)
        return self.rms_norm(x, self.weight(name, layer)) if name else x

    def rope(self, x: Value, cos: Value, sin: Value) -> Value:
        """HF half-split rotation: x * cos + rotate_half(x) * sin; x is [B, T, heads, D]."""
        b, d = self.b, x.shape[-1]
        lo = b.slice(x, (0, 0, 0, 0), x.shape[:3] + (d // 2,))
        hi = b.slice(x, (0, 0, 0, d // 2), x.shape)
        rotated = b.concat([b.neg(hi), lo], 3)
        cos, sin = (b.broadcast(t, x.shape, (0, 1, 3)) for t in (cos, sin))
        return b.add(b.mul(x, cos), b.mul(rotated, sin))

    def rope_tables(self, positions: Value, rope) -> tuple[Value, Value]:
        """cos/sin [B, T, D] for positions [B, T]: f32 angles as HF computes them."""
        b = self.b
        inv = b.constant(rope.inv_freq(self.cfg.head_dim))
        half = positions.shape + (inv.shape[0],)
        angles = b.mul(b.broadcast(b.convert(positions, "f32"), half, (0, 1)), b.broadcast(inv, half, (2,)))
        hi, lo = self.less_turns(angles)
        cos, sin = b.cos(hi), b.sin(hi)  # of hi + lo, to first order in lo (|lo| < 2e-7)
        cos, sin = b.sub(cos, b.mul(lo, sin)), b.add(sin, b.mul(lo, cos))
        return b.concat([cos, cos], 2), b.concat([sin, sin], 2)

    def less_turns(self, x: Value) -> tuple[Value, Value]:
        """x less its nearest whole number of turns, as an unevaluated f32 sum hi + lo. IREE's CPU
        sine and cosine reduce large arguments coarsely (an error of 4e-5 at 1300 radians, 2e-4 at
        8000), HF's torch kernels are exact to the f32 angle. Cody and Waite's reduction: 2 pi in
        parts whose products with the turn count are exact, each subtracted with its rounding
        error kept (Knuth's two-sum), so hi + lo is the reduced angle to ~1e-12."""
        b = self.b
        turns = b.round(b.scale(x, 1 / (2 * math.pi)))
        first, *middle, last = TWO_PI_PARTS
        hi, lo = b.sub(x, b.scale(turns, first)), None  # exact (Sterbenz)
        for part in middle:
            y = b.neg(b.scale(turns, part))
            s = b.add(hi, y)
            back = b.sub(s, hi)
            err = b.add(b.sub(hi, b.sub(s, back)), b.sub(y, back))
            hi, lo = s, err if lo is None else b.add(lo, err)
        return hi, b.sub(lo, b.scale(turns, last))

    def softcap(self, x: Value, cap: float | None) -> Value:
        if not cap:
            return x
        return self.b.scale(self.b.tanh(self.b.scale(x, 1.0 / cap)), cap)

    def activation(self, x: Value) -> Value:
        b = self.b
        if self.cfg.hidden_act == "silu":
            return b.mul(x, b.logistic(x))
        # tanh-approximated GELU, as torch's gelu(approximate="tanh")
        inner = b.scale(b.add(x, b.scale(b.mul(b.mul(x, x), x), 0.044715)), math.sqrt(2.0 / math.pi))
        return b.mul(b.scale(x, 0.5), b.offset(b.tanh(inner), 1.0))

    # -- attention -------------------------------------------------------------------
    def masks(self, start: Value) -> dict[str, Value]:
        """Visibility [B, T, S+T] per layer type: cached rows before start, then the causal new block."""
        b, (bsz, t, c) = self.b, (self.g.batch, self.g.tokens, self.g.span)
        qi, kj = b.iota((bsz, t, t), 1), b.iota((bsz, t, t), 2)
        new = b.compare("LE", kj, qi)
        window = self.cfg.sliding_window
        near = b.and_(new, b.compare("LT", b.sub(qi, kj), b.full(window, qi))) if window else None
        if c:
            row = b.iota((bsz, t, c), 2)
            first = b.broadcast(start, (bsz, t, c), (0,))
            old = b.compare("LT", row, first)
            new = b.concat([old, new], 2)
            if window:
                query_pos = b.add(first, b.iota((bsz, t, c), 1))
                old_near = b.and_(old, b.compare("LT", b.sub(query_pos, row), b.full(window, row)))
                near = b.concat([old_near, near], 2)
        return {"full_attention": new, **({"sliding_attention": near} if window else {})}

    def attention(self, h: Value, layer: int, kv_old: list, tables, mask: Value):
        """kv_old: the layer's cache rows, [(K, V)] for all slots or one (K, V) per slot."""
        b, cfg = self.b, self.cfg
        bsz, t = h.shape[:2]
        heads, kvh, d, g = cfg.num_attention_heads, cfg.num_key_value_heads, cfg.head_dim, cfg.kv_groups
        q = self.linear(h, "q", layer, "q_bias")
        k = self.linear(h, "k", layer, "k_bias")
        v = self.linear(h, "v", layer, "v_bias")
        if cfg.qk_norm == "full":
            q = self.rms_norm(q, self.weight("q_norm", layer))
            k = self.rms_norm(k, self.weight("k_norm", layer))
        q = b.reshape(q, (bsz, t, heads, d))  # (B, T, H, D)
        k = b.reshape(k, (bsz, t, kvh, d))  # (B, T, KVH, D)
        v = b.reshape(v, (bsz, t, kvh, d))
        if cfg.qk_norm == "head":
            q = self.rms_norm(q, self.weight("q_norm", layer))
            k = self.rms_norm(k, self.weight("k_norm", layer))
        if tables is not None:
            q, k = self.rope(q, *tables), self.rope(k, *tables)
        if "gqa_interleaved" in self.g.faults:
            q = b.transpose(b.reshape(q, (bsz, t, g, kvh, d)), (0, 1, 3, 2, 4))
        # query head h reads kv head h // G
        q = b.transpose(b.reshape(q, (bsz, t, kvh, g, d)), (0, 2, 1, 3, 4))  # (B, KVH, T, G, D)
        k = b.transpose(k, (0, 2, 1, 3))  # (B, KVH, T, D)
        v = b.transpose(v, (0, 2, 1, 3))
        if len(kv_old) == 1:
            out = self.attend(q, k, v, *kv_old[0], mask)
        else:  # KVH == 1: each slot attends to its own cache, B single-sequence attentions, since
            # IREE's data tiling fails on the batched form there (e.g. Gemma-3-270m); with KVH > 1 the
            # batched form compiles in half the time and runs faster (one packing of all slots' K/V).
            # Each slot's rows are sliced from the cache itself: slices of a per-layer slab of all
            # slots make IREE copy the whole cache around the in-place row update.
            def slot(x: Value, s: int) -> Value:
                return b.slice(x, (s,) + (0,) * (x.rank - 1), (s + 1,) + x.shape[1:])

            parts = [self.attend(*(slot(x, s) for x in (q, k, v)), *kv_old[s], slot(mask, s)) for s in range(bsz)]
            out = b.concat(parts, 0)  # (B, KVH, T, G, D)
        out = b.reshape(b.transpose(out, (0, 2, 1, 3, 4)), (bsz, t, heads * d))  # (B, T, H*D)
        return self.linear(out, "o", layer), k, v

    def attend(self, q: Value, k: Value, v: Value, k_old: Value, v_old: Value, mask: Value) -> Value:
        """q (B, KVH, T, G, D) over the cache (B, KVH, S, D) and the new rows (B, KVH, T, D).
        The cache parts are None when the graph reads no cache rows (S = 0)."""
        b, (bsz, kvh, t, g, d) = self.b, q.shape
        if k_old is not None or t < 2 * Q_ROWS or t % Q_ROWS:
            return self.attend_block(q, k, v, k_old, v_old, mask)
        parts = []
        for lo in range(0, t, Q_ROWS):  # queries lo..hi-1 see rows 0..hi-1 (skipped: all masked)
            hi = lo + Q_ROWS
            qi = b.slice(q, (0, 0, lo, 0, 0), (bsz, kvh, hi, g, d))
            ki, vi = (b.slice(x, (0,) * 4, (bsz, kvh, hi, d)) for x in (k, v))
            mi = b.slice(mask, (0, lo, 0), (bsz, hi, hi))
            # unfused from the slices: IREE's CPU data tiling packs a sliced operand inside the
            # matmul dispatch and exceeds its 32 KB stack (as with one query over 1024+ rows)
            qi, ki, vi = (b.barrier(x) for x in (qi, ki, vi))
            parts.append(self.attend_block(qi, ki, vi, None, None, mi, defer=True))
        return b.concat(parts, 2)  # (B, KVH, T, G, D)

    def attend_block(self, q: Value, k: Value, v: Value, k_old: Value, v_old: Value, mask: Value, defer=False) -> Value:
        """attend() for queries that may see every new row before them: one softmax over S + T'.
        `defer`: normalize after P x V (what a long prompt's query blocks do: ~1/4 less attention time
        at 512 tokens on iree-cpu). Not for ragged: on iree-cpu it let NaN in idle slots reach active ones."""
        b, cfg, dims = self.b, self.cfg, ((0, 1), (0, 1))
        scores = b.dot(q, k, (4, 3), dims)  # (B, KVH, T, G, S+T)
        if k_old is not None:
            scores = b.concat([b.dot(q, k_old, (4, 3), dims), scores], 4)
        scale = (cfg.query_pre_attn_scalar or q.shape[4]) ** -0.5
        scores = self.softcap(b.scale(scores, scale), cfg.attn_logit_softcapping)
        scores = b.select(b.broadcast(mask, scores.shape, (0, 2, 4)), scores, b.full(MASKED, scores))
        top = b.broadcast(b.reduce(scores, [4], "maximum"), scores.shape, (0, 1, 2, 3))
        e = b.exp(b.sub(scores, top))
        total = b.reduce(e, [4], "add")
        if defer:  # divide the (T, G, D) output rather than the (T, G, S+T) probabilities
            return b.div(self.weigh(e, v, k_old, v_old), b.broadcast(total, q.shape, (0, 1, 2, 3)))
        return self.weigh(b.div(e, b.broadcast(total, e.shape, (0, 1, 2, 3))), v, k_old, v_old)

    def weigh(self, probs: Value, v: Value, k_old: Value, v_old: Value) -> Value:
        b, dims = self.b, ((0, 1), (0, 1))
        if k_old is None:
            return b.dot(probs, v, (4, 2), dims)  # (B, KVH, T, G, D)
        c = k_old.shape[2]
        p_old = b.slice(probs, (0,) * 5, probs.shape[:4] + (c,))
        p_new = b.slice(probs, (0, 0, 0, 0, c), probs.shape)
        if probs.shape[2] == 1 and c > PV_ONE_BLOCK:
            # IREE's CPU data tiling packs one query's probabilities inside the P x V dispatch, on
            # the stack and as one vector: past 1024 cache rows that exceeds its 32 KB stack and
            # 16 KB vector limits. Blocks of PV_ROWS rows as one more batch dimension, then summed.
            (bsz, kvh, t, g, _), d = p_old.shape, v_old.shape[3]
            n = c // PV_ROWS
            pb = b.reshape(b.slice(p_old, (0,) * 5, p_old.shape[:4] + (n * PV_ROWS,)), (bsz, kvh, t, g, n, PV_ROWS))
            vb = b.reshape(b.slice(v_old, (0,) * 4, (bsz, kvh, n * PV_ROWS, d)), (bsz, kvh, n, PV_ROWS, d))
            old = b.reduce(b.dot(pb, vb, (5, 3), ((0, 1, 4), (0, 1, 2))), [2], "add")  # (B, KVH, N, T, G, D) summed
            if c % PV_ROWS:  # the last rows
                rest = b.slice(p_old, (0, 0, 0, 0, n * PV_ROWS), p_old.shape), b.slice(v_old, (0, 0, n * PV_ROWS, 0), v_old.shape)
                old = b.add(old, b.dot(*rest, (4, 2), dims))
        else:
            old = b.dot(p_old, v_old, (4, 2), dims)
        return b.add(old, b.dot(p_new, v, (4, 2), dims))  # (B, KVH, T, G, D)

    def mlp(self, h: Value, layer: int) -> Value:
        gate = self.activation(self.linear(h, "gate", layer))
        return self.linear(self.b.mul(gate, self.linear(h, "up", layer)), "down", layer)

    # -- the model ---------------------------------------------------------------------
    def __call__(self, tokens: Value, start: Value, k_cache: Value, v_cache: Value):
        """tokens [B, T], start [B], caches [B, L, KVH, C, D] -> hidden [B, T, H], new caches."""
        b, cfg = self.b, self.cfg
        bsz, t = tokens.shape
        x = b.convert(b.take_rows(self.w[logical_name(cfg, "embed")], tokens), "f32")  # (B, T, H)
        if cfg.embed_scale:
            x = b.scale(x, math.sqrt(cfg.hidden_size))
        positions = b.add(b.broadcast(start, (bsz, t), (0,)), b.iota((bsz, t), 1))  # (B, T)
        tables = {rope: self.rope_tables(positions, rope) for rope in dict.fromkeys(cfg.ropes) if rope}
        masks = self.masks(start)
        span = self.g.span
        if self.g.rows:  # the first rows of every layer, one copy per cache behind a barrier: sliced inside
            # the attention dispatches, IREE's CPU data tiling packs them in place and exceeds its stack and
            # vector limits (see attend): over 1024 rows on AVX2, already over 256 on AVX-512 (69632 of 32768
            # stack bytes at SmolLM2's head size; test_iree_compiles_the_decode_variants_for_avx2_and_avx512)
            first = (bsz, cfg.num_hidden_layers, cfg.num_key_value_heads, span, cfg.head_dim)
            k_old, v_old = (b.barrier(b.slice(c, (0,) * 5, first)) for c in (k_cache, v_cache))
        else:
            k_old, v_old = k_cache, v_cache
        # attention over all slots at once, or (one KV head, several slots) one slot at a time: see attention()
        groups = [(0, bsz)] if bsz == 1 or cfg.num_key_value_heads > 1 else [(s, s + 1) for s in range(bsz)]
        new_k, new_v = [], []
        for i in range(cfg.num_hidden_layers):
            b.comment(f"layer {i}: {cfg.layer_types[i]}{'' if cfg.ropes[i] else ', no RoPE'}")
            kv_old = [  # per group of slots: (K, V) rows of layer i, (slots, KVH, S, D)
                [self.cache_rows(c, s0, s1, i) if span else None for c in (k_old, v_old)] for s0, s1 in groups
            ]
            h = self.norm_seam(x, "attn_in", i)
            rope = cfg.ropes[i]
            a, k, v = self.attention(h, i, kv_old, tables[rope] if rope else None, masks[cfg.layer_types[i]])
            x = b.add(x, self.norm_seam(a, "attn_out", i))
            m = self.mlp(self.norm_seam(x, "mlp_in", i), i)
            x = b.add(x, self.norm_seam(m, "mlp_out", i))
            new_k.append(b.reshape(k, (bsz, 1) + k.shape[1:]))  # (B, 1, KVH, T, D)
            new_v.append(b.reshape(v, (bsz, 1) + v.shape[1:]))
        if "skip_final_norm" not in self.g.faults:
            x = self.rms_norm(x, self.weight("final_norm"))
        b.comment("write all layers' new K/V rows at (slot, start): one update per cache")
        k_cache = self.write_rows(k_cache, b.concat(new_k, 1), start)  # rows (B, L, KVH, T, D)
        v_cache = self.write_rows(v_cache, b.concat(new_v, 1), start)
        return x, k_cache, v_cache

    def cache_rows(self, cache: Value, s0: int, s1: int, layer: int) -> Value:
        """Slots s0..s1-1 of the cache (or of its first rows), one layer: (slots, KVH, S, D)."""
        view = cache.shape[2:]
        return self.b.reshape(self.b.slice(cache, (s0, layer, 0, 0, 0), (s1, layer + 1) + view), (s1 - s0,) + view)

    def write_rows(self, cache: Value, rows: Value, start: Value) -> Value:
        b = self.b
        bsz, n_layers, kvh, t, d = rows.shape
        if bsz == 1:  # one sequence: a block of T rows at its start
            zero = b.constant(0, "i32")
            return b.dynamic_update_slice(cache, rows, [zero, zero, zero, b.reshape(start, ()), zero])
        assert t == 1, "several slots write one row each"
        # one scatter of every (slot, layer, kv head) row: index vectors (b, l, h, start[b])
        grid = (bsz, n_layers, kvh, 1)
        index = b.concat([b.iota(grid, 0), b.iota(grid, 1), b.iota(grid, 2), b.broadcast(start, grid, (0,))], 3)
        n = bsz * n_layers * kvh
        return b.scatter_rows(cache, b.reshape(rows, (n, d)), b.reshape(index, (n, 4)))

    def logits(self, x: Value) -> Value:
        head = self.w[logical_name(self.cfg, "embed" if self.cfg.tie_word_embeddings else "lm_head")]
        y = self.project(x, self.b.convert(head, "f32"))
        return self.softcap(y, self.cfg.final_logit_softcapping)


def emit(cfg: ModelConfig, kind: str, *, capacity: int, bucket=None, slots=None, weight_dtypes=None, **opts) -> str:
    """StableHLO text of one graph kind; weights are the leading function arguments."""
    g = make_graph(cfg, kind, capacity, bucket, slots, **opts)
    return module_text(cfg, g, function_text(cfg, g, "main", weight_dtypes))


def module_text(cfg: ModelConfig, g: Graph, *functions: str) -> str:
    dims = (
        f"layers={cfg.num_hidden_layers} hidden={cfg.hidden_size} heads={cfg.num_attention_heads} "
        f"kv_heads={cfg.num_key_value_heads} head_dim={cfg.head_dim} vocab={cfg.vocab_size}"
    )
    head = f"// {cfg.model_type} {g.kind}: capacity={g.capacity} bucket={g.bucket} slots={g.slots}; {dims}\n"
    return head + f"module @{cfg.model_type}_{g.kind} {{\n" + "\n".join(functions) + "}\n"


def function_text(cfg: ModelConfig, g: Graph, name: str, weight_dtypes=None, public=True) -> str:
    """The graph as one func.func: (weights..., inputs..., k_cache, v_cache) -> (logits, [next token,] caches)."""
    b = Builder()
    dtypes = weight_dtypes or {}
    weights = {
        n: b.arg(n, shape, dtypes.get(n, cfg.dtype) if isinstance(dtypes, dict) else dtypes)
        for n, shape in expected_tensors(cfg).items()
    }
    bsz, t, c = g.batch, g.tokens, g.capacity
    cache = (bsz, cfg.num_hidden_layers, cfg.num_key_value_heads, c, cfg.head_dim)
    single = cache[1:]
    if g.kind == "decode":
        inputs = [b.arg("token", (), "i32"), b.arg("position", (), "i32")]
    elif g.kind == "prefill":
        inputs = [b.arg("tokens", (t,), "i32"), b.arg("start", (), "i32"), b.arg("length", (), "i32")]
    else:
        inputs = [b.arg("tokens", (bsz,), "i32"), b.arg("positions", (bsz,), "i32"), b.arg("active", (bsz,), "i32")]
    caches = [b.arg(n, cache if g.kind == "ragged" else single, "f32") for n in ("k_cache", "v_cache")]
    fwd = Forward(b, cfg, weights, g)
    tokens = b.reshape(inputs[0], (bsz, t))
    start = b.reshape(inputs[1], (bsz,))
    k_cache, v_cache = (b.reshape(x, cache) for x in caches)
    x, k_cache, v_cache = fwd(tokens, start, k_cache, v_cache)
    if g.kind == "prefill" and not g.all_logits:
        last = b.sub(inputs[2], b.constant(1, "i32"))
        zero = b.constant(0, "i32")
        x = b.dynamic_slice(x, [zero, last, zero], (1, 1, cfg.hidden_size))
    if g.kind == "ragged":
        out = fwd.logits(b.reshape(x, (bsz, cfg.hidden_size)))  # (B, V)
        # idle slots return zeros, so nothing of theirs is observable
        active = b.compare("NE", inputs[2], b.full(0, inputs[2]))
        out = b.select(b.broadcast(active, out.shape, (0,)), out, b.full(0.0, out))
    elif g.kind == "prefill" and g.all_logits:
        out = fwd.logits(b.reshape(x, (t, cfg.hidden_size)))  # (T, V)
    else:
        out = fwd.logits(b.reshape(x, (cfg.hidden_size,)))  # (V,)
    outs = [out, b.argmax(out)] if g.argmax else [out]
    k_cache, v_cache = (b.reshape(x, caches[0].shape) for x in (k_cache, v_cache))
    args = [("weight", w) for w in weights.values()] + [("input", x) for x in inputs + caches]
    return b.function(name, args, [*outs, k_cache, v_cache], public=public)
