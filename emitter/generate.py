"""`emitter generate`: greedy text generation on a real checkpoint, streamed."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from .runtime import LimitError, Model

MIN_CAPACITY = 256


def load_tokenizer(ckpt: Path):
    from tokenizers import Tokenizer

    path = ckpt / "tokenizer.json"
    if not path.exists():
        raise ValueError(f"{ckpt}: no tokenizer.json")
    return Tokenizer.from_file(str(path))


def chat_prompt(ckpt: Path, prompt: str) -> str | None:
    """The checkpoint's chat template applied to one user turn, or None when it has none."""
    cfg_path = ckpt / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text()) if cfg_path.exists() else {}
    template = cfg.get("chat_template")
    if template is None and (ckpt / "chat_template.jinja").exists():
        template = (ckpt / "chat_template.jinja").read_text()
    if not template:
        return None
    import jinja2

    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True)

    def raise_exception(message):
        raise ValueError(message)

    env.globals["raise_exception"] = raise_exception
    special = {k: cfg.get(k) for k in ("bos_token", "eos_token")}
    special = {k: v["content"] if isinstance(v, dict) else (v or "") for k, v in special.items()}
    messages = [{"role": "user", "content": prompt}]
    return env.from_string(template).render(messages=messages, add_generation_prompt=True, **special)


def stop_ids(ckpt: Path, cfg) -> set[int]:
    ids = set(cfg.eos_token_ids) - {None}
    gen = ckpt / "generation_config.json"
    if gen.exists():
        eos = json.loads(gen.read_text()).get("eos_token_id")
        ids |= set(eos if isinstance(eos, list) else [eos]) - {None}
    return ids


def pick_capacity(needed: int, limit: int) -> int:
    capacity = MIN_CAPACITY
    while capacity < needed:
        capacity *= 2
    return min(capacity, limit)


def generate(args) -> int:
    from .prepare import resolve_checkpoint

    if not args.prompt:
        raise LimitError("empty prompt")
    ckpt = resolve_checkpoint(args.ckpt)
    tok = load_tokenizer(ckpt)
    text = chat_prompt(ckpt, args.prompt) if args.chat else None
    if args.chat and text is None:
        print("emitter generate: the checkpoint has no chat template; using the raw prompt", file=sys.stderr)
    ids = tok.encode(text, add_special_tokens=False).ids if text else tok.encode(args.prompt).ids
    from .config import load_config

    cfg = load_config(ckpt)
    needed = len(ids) + args.max_new_tokens
    if needed > cfg.max_position_embeddings:
        raise LimitError(
            f"prompt ({len(ids)} tokens) + max new tokens ({args.max_new_tokens}) exceed the model's context "
            f"max_position_embeddings={cfg.max_position_embeddings}"
        )
    capacity = args.capacity or pick_capacity(needed, cfg.max_position_embeddings)
    if needed > capacity:
        raise LimitError(f"prompt ({len(ids)} tokens) + max new tokens ({args.max_new_tokens}) exceed --capacity {capacity}")
    t0 = time.perf_counter()
    model = Model(ckpt, backend=args.backend, capacity=capacity, config=cfg, weights=args.weights)
    what = ", ".join([cfg.model_type, args.backend] + ([f"{args.weights} weights"] if args.weights else []))
    print(f"[{what}, capacity {capacity}: ready in {time.perf_counter() - t0:.1f} s]", file=sys.stderr)
    stop = set() if args.ignore_eos else stop_ids(ckpt, cfg)
    out: list[int] = []
    shown = ""
    t_start = time.perf_counter()
    t_first = None
    for token in model.generate(ids, args.max_new_tokens, stop):
        if t_first is None:
            t_first = time.perf_counter()
        if token in stop:
            break
        out.append(token)
        now = tok.decode(out)
        sys.stdout.write(now[len(shown) :])
        sys.stdout.flush()
        shown = now
    t_end = time.perf_counter()
    print(file=sys.stdout)
    steps = max(len(out) - 1, 0)
    prefill_s = t_first - t_start
    decode_rate = f"{steps / (t_end - t_first):.1f}" if steps and t_end > t_first else "-"
    print(f"[prefill {len(ids)} tokens: {len(ids) / prefill_s:.1f} tok/s; decode {steps} tokens: {decode_rate} tok/s]",
          file=sys.stderr)  # fmt: skip
    return 0
