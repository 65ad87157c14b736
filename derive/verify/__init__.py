"""Verify a hand-written index formula against the derived one.

``verify(op, formula, bind=None) -> Verdict``: ``op`` is an :class:`~derive.op.Op`, an op
name (``"conv2d"``) or ``(name, params)``, or ``"bpnet"``, seed 003's four-layer sigmoid
network (:mod:`derive.verify.network`); ``formula`` is LaTeX as people write it (see
``grammar.lark``); ``bind`` names tensors, sets and hyper-parameters (see
:mod:`derive.verify.bind`).  The verdict's ``status`` is ``right``, ``wrong`` or
``unusable`` (``exit_code`` 0 / 1 / 2) and ``text`` says why: the cases it was proved on, or
the smallest counterexample with a diagnosis, or a one-line reason (a caret under the
offending character for parse errors).

The user's text is parsed by a lark grammar and interpreted over our own tree; it is never
evaluated as Python or passed to ``sympify``.
"""
from __future__ import annotations

from .check import Budget, NotNumeric, Verdict, check
from .parse import FormulaError, parse

__all__ = ["verify", "Verdict", "FormulaError", "parse"]


def _op(op):
    from .. import ops
    if isinstance(op, str):
        return ops.get(op)
    if isinstance(op, tuple) and len(op) == 2 and isinstance(op[0], str):
        return ops.get(op[0], **dict(op[1]))
    if hasattr(op, "derive") and hasattr(op, "inputs"):
        return op
    raise FormulaError(f"op must be an Op, an op name or (name, params), got {op!r}")


def verify(op, formula: str, bind=None, *, budget: int = 400_000, max_cases: int = 4,
           trials: int = 2, diagnose: bool = True) -> Verdict:
    """Check ``formula`` against ``op``'s derived formula; never raises on bad input."""
    try:
        eq = parse(formula)
        if op == "bpnet" or (isinstance(op, tuple) and op and op[0] == "bpnet"):
            from .network import check_network
            return check_network(eq, op[1] if isinstance(op, tuple) else {}, bind)
        op = _op(op)
        return check(eq, op, bind, budget=budget, max_cases=max_cases, trials=trials,
                     diagnose=diagnose)
    except FormulaError as e:
        return Verdict("unusable", "unusable: " + e.render())
    except NotNumeric:
        return Verdict("unusable", "unusable: the formula compares values ([a = b], [a < b]) "
                                   "that are not numbers here")
    except Budget:
        return Verdict("unusable", "unusable: the formula is too expensive to check at the "
                                   "small sizes used (a range or power is too large)")
    except ValueError as e:   # ParamError and other bad input
        return Verdict("unusable", "unusable: " + str(e).splitlines()[0])
    except (ArithmeticError, TypeError, RecursionError, IndexError, KeyError,
            AttributeError) as e:
        return Verdict("unusable", f"unusable: cannot evaluate the formula "
                                   f"({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''})")
