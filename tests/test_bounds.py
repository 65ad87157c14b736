"""derive.codegen.bounds.holds: a condition it reports as holding on a box holds at every point
of the box (checked by enumeration at concrete sizes), and the conditions of the max-pooling
gradient visited from the upstream side are decided as expected."""
from __future__ import annotations

import itertools

import sympy as sp
from hypothesis import given, settings, strategies as st

from derive.codegen.bounds import holds

H = sp.Symbol("H", integer=True, positive=True)
u, k = sp.symbols("u k", integer=True)


def test_decides_the_max_pool_conditions():
    ext = sp.floor((H - 3) / 2) + 1                 # 3x3 window, stride 2, no padding
    box = {u: (0, ext - 1), k: (0, 2)}
    h = 2 * u + k                                   # the element a window position adds to
    assert holds(sp.Ge(h, 0), box)
    assert holds(sp.Lt(h, H), box)                  # needs floor((H-3)/2) <= (H-3)/2
    assert holds(sp.Ge(k, sp.Max(0, h - 2 * sp.floor((H - 3) / 2))), box)
    assert holds(sp.Le(k, sp.Min(2, h)), box)
    # with padding 1 the element can fall outside: not shown
    assert not holds(sp.Ge(h - 1, 0), box)
    assert not holds(sp.Lt(h + 1, H), box)
    assert holds(sp.And(sp.Ge(h, 0), sp.Le(k, 2)), box)
    assert not holds(sp.Gt(k, 0), box)


def test_floor_and_ceiling_at_their_worst():
    # 2 floor(H/2) <= H <= 2 ceiling(H/2), with equality only for even H
    assert holds(sp.Le(2 * sp.floor(H / 2), H), {})
    assert not holds(sp.Ge(2 * sp.floor(H / 2), H), {})
    assert holds(sp.Ge(2 * sp.ceiling(H / 2), H), {})
    assert not holds(sp.Le(2 * sp.ceiling(H / 2), H), {})


@st.composite
def conditions(draw):
    a, b, c = (draw(st.integers(-3, 3)) for _ in range(3))
    q = draw(st.integers(1, 3))
    lo = draw(st.integers(-2, 2))
    e = a * u + b * k + c + draw(st.integers(-2, 2)) * sp.floor((H + lo) / q)
    rel = draw(st.sampled_from([sp.Ge, sp.Gt, sp.Le, sp.Lt]))
    other = draw(st.integers(-3, 3)) * H
    if draw(st.booleans()):
        other = sp.Max(other, draw(st.integers(-3, 3)))
    return rel(e, other), q


@settings(max_examples=300, deadline=None)
@given(conditions(), st.integers(1, 3))
def test_what_holds_holds_everywhere(cq, klen):
    cond, q = cq
    ext = sp.floor(H / q) + 1
    box = {u: (0, ext - 1), k: (0, klen)}
    if not holds(cond, box):
        return
    for Hv in range(1, 12):
        uhi = int(ext.subs(H, Hv)) - 1
        for uv, kv in itertools.product(range(0, uhi + 1), range(0, klen + 1)):
            assert bool(cond.subs({H: Hv, u: uv, k: kv})), (cond, Hv, uv, kv)
