"""Compile a checkpoint's graphs on a backend and run them: prefill in buckets, decode, ragged."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from .backends import CacheGroup, Function, make_backend
from .config import ModelConfig, load_config
from .forward import function_text, make_graph
from .prepare import cache_dir
from .weights import align, stage

DEFAULT_BUCKETS = (16, 64, 256)
# decode variants that read only the first 256, 1024, 4096, ... cache rows (those up to half the
# capacity): attention costs about what the position needs, not what the capacity allows. Each
# copies its rows out of the cache first (see forward), so a variant past half the capacity
# would cost about what the full read does.
DECODE_ROWS = tuple(256 << 2 * i for i in range(6))


def decode_rows(capacity: int) -> tuple[int, ...]:
    return tuple(n for n in DECODE_ROWS if 2 * n <= capacity)


class LimitError(ValueError):
    """A request beyond the compiled limits (context capacity, slots)."""


def plan(cfg: ModelConfig, tensors, capacity: int, buckets, slots: int, all_logits=False, argmax=True, faults=()):
    """The functions and cache groups a Model compiles: decode, over all cache rows and over the
    first DECODE_ROWS rows; prefill per bucket for a prompt into an empty cache (attention over the
    new block only); extend, the largest bucket over the cache, for chunks after the first; ragged
    over the slots' cache."""
    dtypes = {n: t.dtype for n, t in tensors.items()}
    weights = tuple(tensors)
    L, kvh, d, c = cfg.num_hidden_layers, cfg.num_key_value_heads, cfg.head_dim, capacity
    groups = [CacheGroup("single", (L, kvh, c, d))]
    scalar = ((), "i32")
    specs = [(f"decode_{n}", "decode", {"argmax": argmax, "rows": n}, (scalar, scalar)) for n in decode_rows(c)]
    specs.append(("decode", "decode", {"argmax": argmax}, (scalar, scalar)))
    for t in buckets:
        opts = {"bucket": t, "all_logits": all_logits}
        specs.append((f"prefill_{t}", "prefill", opts | {"fresh": True}, (((t,), "i32"), scalar, scalar)))
    if buckets:
        t = max(buckets)
        opts = {"bucket": t, "all_logits": all_logits}
        specs.append((f"extend_{t}", "prefill", opts, (((t,), "i32"), scalar, scalar)))
    if slots:
        groups.append(CacheGroup("slots", (slots, L, kvh, c, d)))
        vec = ((slots,), "i32")
        specs.append(("ragged", "ragged", {"slots": slots, "argmax": argmax}, (vec, vec, vec)))
    functions = []
    for name, kind, opts, inputs in specs:
        g = make_graph(cfg, kind, c, faults=faults, **opts)
        text = function_text(cfg, g, name, dtypes)
        outputs = 2 if opts.get("argmax") else 1  # logits, then the greedy token(s)
        functions.append(Function(name, text, "slots" if kind == "ragged" else "single", weights, inputs, outputs))
    return functions, groups


class Model:
    """A checkpoint compiled for one backend, with its KV caches resident on the device.

    `capacity` is the cache length (max context). `weights="bf16"|"f16"` stores the weight
    matrices narrowed (a converted copy in the cache directory); compute stays f32.

    A prompt at position 0 runs in the smallest prefill bucket that holds it; what does not
    fit, or a prompt that continues an existing cache, runs in chunks of the largest bucket
    over the cache (`extend`), and the last rows before capacity, where no chunk fits, one
    decode step per token.
    """

    def __init__(
        self,
        ckpt: str | Path,
        backend: str = "iree-cpu",
        capacity: int | None = None,
        buckets=DEFAULT_BUCKETS,
        slots: int = 0,
        all_logits: bool = False,
        argmax: bool = True,
        config: ModelConfig | None = None,
        faults: tuple[str, ...] = (),
        weights: str | None = None,
    ):
        self.ckpt = Path(ckpt)
        self.cfg = config or load_config(self.ckpt)
        self.tensors = align(self.cfg, self.ckpt)
        if weights:  # matrices stored narrowed (bf16 / f16), widened to f32 inside each matmul
            self.tensors = stage(self.tensors, cache_dir() / "weights", narrow=weights)
        cfg = self.cfg
        self.capacity = capacity or min(cfg.max_position_embeddings, 2048)
        self.buckets = tuple(sorted(b for b in set(buckets) if b <= self.capacity))
        self.slots = slots
        self.all_logits = all_logits  # prefill graphs return every position's logits (for tests)
        self.decode_rows = decode_rows(self.capacity)
        self.functions, groups = plan(cfg, self.tensors, self.capacity, self.buckets, slots, all_logits, argmax, faults)
        t0 = time.perf_counter()
        self.backend = make_backend(backend, self.tensors, self.functions, groups)
        self.compile_seconds = time.perf_counter() - t0
        self.groups = {g.name: g for g in groups}

    # -- cache -------------------------------------------------------------------
    def reset(self, group: str = "single") -> None:
        shape = self.groups[group].shape
        self.backend.set_cache(group, np.zeros(shape, np.float32), np.zeros(shape, np.float32))

    def get_cache(self, group: str = "single"):
        return self.backend.get_cache(group)

    def set_cache(self, k, v, group: str = "single") -> None:
        self.backend.set_cache(group, k, v)

    # -- steps ---------------------------------------------------------------------
    def check_room(self, start: int, n: int) -> None:
        if n < 1:
            raise LimitError("empty prompt: nothing to prefill")
        if start < 0 or start + n > self.capacity:
            raise LimitError(
                f"{n} tokens at position {start} exceed the context capacity {self.capacity} "
                f"(max_position_embeddings {self.cfg.max_position_embeddings})"
            )

    def prefill(self, tokens, start: int = 0, all_logits: bool = False) -> np.ndarray:
        """Run `tokens` at positions start.. over the cache; last-position logits [V] (or all [n, V])."""
        tokens = np.asarray(tokens, np.int32).reshape(-1)
        self.check_room(start, len(tokens))
        self._check_ids(tokens)
        outs, done = [], 0
        while done < len(tokens):
            pos, left = start + done, len(tokens) - done
            if pos == 0 and self.buckets:  # an empty cache: the smallest bucket that holds the prompt, else the largest
                bucket = next((b for b in self.buckets if b >= left), self.buckets[-1])
                name = f"prefill_{bucket}"
            elif self.buckets and pos + self.buckets[-1] <= self.capacity:
                bucket = self.buckets[-1]
                name = f"extend_{bucket}"
            else:  # no chunk fits before capacity (or no buckets): one token at a time
                out = self.decode(int(tokens[done]), pos)
                outs.append(out[None] if all_logits else out)
                done += 1
                continue
            n = min(left, bucket)
            chunk = np.zeros(bucket, np.int32)
            chunk[:n] = tokens[done : done + n]
            out = self.backend.call(name, chunk, np.int32(pos), np.int32(n))
            if self.all_logits:
                out = out[:n] if all_logits else out[n - 1]
            elif all_logits:
                raise ValueError("all-position logits need a Model built with all_logits=True")
            outs.append(out)
            done += n
        return np.concatenate(outs) if all_logits else outs[-1]

    def decode_function(self, position: int) -> str:
        """The decode that reads the fewest cache rows holding positions 0..position-1."""
        return next((f"decode_{n}" for n in self.decode_rows if position <= n), "decode")

    def decode(self, token: int, position: int) -> np.ndarray:
        self.check_room(position, 1)
        self._check_ids([token])
        return self.backend.call(self.decode_function(position), np.int32(token), np.int32(position))

    def decode_argmax(self, token: int, position: int) -> int:
        self.check_room(position, 1)
        return int(self.backend.call(self.decode_function(position), np.int32(token), np.int32(position), output=1))

    def ragged(self, tokens, positions, active, argmax: bool = False) -> np.ndarray:
        if not self.slots:
            raise LimitError("this model was compiled without ragged slots (slots=0)")
        tokens, positions, active = (np.asarray(x, np.int32).reshape(self.slots) for x in (tokens, positions, active))
        busy = active != 0
        if np.any(positions[busy] >= self.capacity) or np.any(positions < 0):
            raise LimitError(f"a slot's position {positions.max()} is beyond the context capacity {self.capacity}")
        self._check_ids(tokens[busy])
        return self.backend.call("ragged", tokens, positions, active, output=1 if argmax else 0)

    def _check_ids(self, ids) -> None:
        ids = np.asarray(ids)
        if ids.size and (ids.min() < 0 or ids.max() >= self.cfg.vocab_size):
            raise LimitError(f"token id out of range 0..{self.cfg.vocab_size - 1}")

    def generate(self, prompt, max_new_tokens: int, stop=()):
        """Greedy continuation; yields token ids. The cache is reset first."""
        prompt = list(prompt)
        self.check_room(0, len(prompt) + max_new_tokens - 1 if max_new_tokens else len(prompt))
        self.reset()
        token = int(np.argmax(self.prefill(prompt)))
        pos = len(prompt)
        for i in range(max_new_tokens):
            yield token
            if token in stop or i == max_new_tokens - 1:
                return
            token = self.decode_argmax(token, pos)
            pos += 1
