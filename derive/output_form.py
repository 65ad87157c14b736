"""Writing the forward value back as the output: ``sigmoid(x_i)`` -> ``y_i``,
``exp(x_k)/sum_j exp(x_j)`` -> ``y_k``."""
from __future__ import annotations

import sympy as sp

from .ir import ArgmaxIs, WindowMax
from .op import Op


# ---------------------------------------------------------------------------- output form
def express_in_output(expr: sp.Expr, op: Op, out_index) -> sp.Expr:
    """Write occurrences of the op's forward value as reads of its output.

    A product that contains every factor of the forward body (with the output indices matched
    by pattern) has those factors replaced by ``Y[...]`` -- ``exp(x_k)/S`` becomes ``y_k``,
    ``sigmoid(x_p)`` becomes ``y_p``."""
    body = op.formula
    if body.atoms(WindowMax) or not body.atoms(sp.Indexed):
        return expr
    wild = {i: sp.Dummy(i.name) for i in out_index}
    pattern_factors = [f.subs(wild) for f in sp.Mul.make_args(body)]
    key = max(pattern_factors, key=lambda f: len(f.free_symbols & set(wild.values())))
    Y = op.output

    def cover(e):
        if (not isinstance(e, sp.Expr) or isinstance(e, (ArgmaxIs, WindowMax, sp.Indexed))
                or e.is_Atom):
            return e
        if not e.is_Add:
            e2 = _cover_mul(e)
            if e2 is not None:
                return cover(e2)
        if e.args:
            return e.func(*[cover(a) for a in e.args])
        return e

    def _cover_mul(e):
        facs = sp.Mul.make_args(e)
        powers: dict = {}
        for f in facs:
            b, x = _base_exp(f)
            powers[b] = powers.get(b, 0) + x
        kb, kx = _base_exp(key)
        for b in list(powers):
            m = unify(kb, b, set(wild.values()))
            if m is None or any(w not in m for w in wild.values()):
                continue
            inst = {w: m[w] for w in wild.values()}
            ok = True
            need = {}
            for pf in pattern_factors:
                pb, px = _base_exp(pf)
                pb = pb.xreplace(inst)
                need[pb] = sp.sympify(need.get(pb, 0)) + px
            for pb, px in need.items():
                have = sp.sympify(powers.get(pb, 0))
                if not (px.is_number and have.is_number and
                        ((px > 0 and have >= px) or (px < 0 and have <= px))):
                    ok = False
                    break
            if not ok:
                continue
            for pb, px in need.items():
                powers[pb] = powers[pb] - px
            idx = tuple(inst[wild[i]] for i in out_index)
            res = Y[idx] if idx else Y.scalar
            for pb, px in powers.items():
                res *= pb ** px
            return res
        return None

    return cover(expr)


def _base_exp(f):
    if isinstance(f, sp.Pow):
        return f.base, f.exp
    return f, sp.S.One


def unify(pattern, expr, holes: set, bound=None):
    """Structural match of ``pattern`` against ``expr``; ``holes`` are placeholder symbols.
    Returns the binding or None."""
    bound = dict(bound or {})
    if pattern in holes:
        if pattern in bound:
            return bound if bound[pattern] == expr else None
        bound[pattern] = expr
        return bound
    if not pattern.args or not getattr(expr, "args", None):
        return bound if pattern == expr else None
    if pattern.func != expr.func or len(pattern.args) != len(expr.args):
        return None
    for a, b in zip(pattern.args, expr.args):
        bound = unify(a, b, holes, bound)
        if bound is None:
            return None
    return bound


