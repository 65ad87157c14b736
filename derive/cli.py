"""The command line: ``derive list | explain | gen | verify | generate | train``.

Errors are one line on stderr; unusable input exits with 2."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .ops import CATALOG, get
from .ops.params import ParamError, parse_value


class UsageError(Exception):
    """Unusable command-line input (exit code 2)."""


def parse_params(items: list[str]) -> dict:
    out = {}
    for it in items:
        if "=" not in it:
            raise UsageError(f"parameter {it!r} must be written name=value (e.g. stride=2)")
        k, v = it.split("=", 1)
        k = k.strip()
        if not k.isidentifier():
            raise UsageError(f"parameter name {k!r} is not a valid name")
        out[k] = parse_value(v)
    return out


def _op(args):
    return get(args.op, **parse_params(args.params))


def cmd_list(args) -> int:
    for name, e in CATALOG.items():
        print(f"{name:22s} {e.summary}")
        for p in e.params:
            if p.doc.startswith("concrete") and not args.verbose:
                continue
            print(f"    {p.name:18s} = {p.default!r:10s} {p.doc}")
    return 0


def _write(text: str, out: str | None):
    if out:
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def cmd_explain(args) -> int:
    from . import explain
    op = _op(args)
    if args.format == "pdf":
        out = args.output or f"{op.name}.pdf"
        explain.pdf(op, out, lang=args.lang, concrete=args.concrete)
        print(f"wrote {out}", file=sys.stderr)
        return 0
    _write(explain.render(op, fmt=args.format, lang=args.lang, concrete=args.concrete),
           args.output)
    return 0


def cmd_gen(args) -> int:
    op = _op(args)
    if args.lang == "numpy":
        from .codegen import numpy as gen_numpy
        _write(gen_numpy.generate(op), args.output)
        return 0
    from .codegen import c as gen_c
    if args.output:
        out = Path(args.output)
        c_src, h_src = gen_c.generate(op, header_name=out.with_suffix(".h").name)
        out.with_suffix(".c").write_text(c_src, encoding="utf-8")
        out.with_suffix(".h").write_text(h_src, encoding="utf-8")
        print(f"wrote {out.with_suffix('.c')} and {out.with_suffix('.h')}", file=sys.stderr)
    else:
        c_src, h_src = gen_c.generate(op)
        sys.stdout.write(h_src + "\n" + c_src)
    return 0


def cmd_verify(args) -> int:
    from . import verify
    # the seed's 4-layer BP net is a network, not a catalog op: the verifier builds it
    op = ("bpnet", parse_params(args.params)) if args.op == "bpnet" else _op(args)
    verdict = verify.verify(op, args.formula, args.bind or [])
    print(verdict.text)
    return verdict.exit_code


def cmd_generate(args) -> int:
    from .generate import generate_all
    return generate_all(Path(args.dir), check=args.check)


def cmd_train(args) -> int:
    from .train import main as train_main
    return train_main(args)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="derive", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("list", help="the catalog and each op's parameters")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also list the optional concrete sizes (N, H, W ...)")
    p.set_defaults(fn=cmd_list)

    def op_args(p):
        p.add_argument("op", help="catalog op name (see `derive list`)")
        p.add_argument("params", nargs="*", help="hyper-parameters as name=value")

    p = sub.add_parser("explain", help="the derivation as a document")
    op_args(p)
    p.add_argument("--format", choices=["md", "tex", "pdf"], default="md")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    p.add_argument("--concrete", action="store_true",
                   help="substitute the hyper-parameter values (and sizes given as H=14 ...)")
    p.add_argument("-o", "--output")
    p.set_defaults(fn=cmd_explain)

    p = sub.add_parser("gen", help="generate a NumPy or C kernel")
    op_args(p)
    p.add_argument("--lang", choices=["numpy", "c"], default="numpy")
    p.add_argument("-o", "--output")
    p.set_defaults(fn=cmd_gen)

    p = sub.add_parser("verify", help="check a hand-written formula")
    op_args(p)
    p.add_argument("--formula", required=True)
    p.add_argument("--bind", action="append", help="bind a symbol, e.g. delta=grad_output")
    p.set_defaults(fn=cmd_verify)

    p = sub.add_parser("generate", help="regenerate generated/ for the catalog")
    p.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    p.add_argument("--dir", default="generated")
    p.set_defaults(fn=cmd_generate)

    p = sub.add_parser("train", help="derive, generate and train the seed CNN on digits")
    p.add_argument("--backend", choices=["numpy", "c"], default="c")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default="out")
    p.set_defaults(fn=cmd_train)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        return args.fn(args)
    except (ParamError, UsageError, ValueError) as e:
        print(f"derive: error: {e}", file=sys.stderr)
        return 2
    except NotImplementedError as e:
        print(f"derive: not supported: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # a file that cannot be written or read
        where = f": {e.filename}" if getattr(e, "filename", None) else ""
        print(f"derive: error: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    except RuntimeError as e:  # e.g. the PDF could not be made (no TeX engine)
        print(f"derive: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
