"""derive.codegen.bounds.holds: a condition it reports as holding on a box holds at every point
of the box (checked by enumeration at concrete sizes), and the conditions of the max-pooling
gradient visited from the upstream side are decided as expected.  ``tighten`` keeps the value
of a bound at every point of the box, and makes the window bounds of unpadded pooling
constant."""
from __future__ import annotations

import itertools

import sympy as sp
from hypothesis import given, settings, strategies as st

from derive.codegen.bounds import holds, tighten

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


def test_tightens_unpadded_window_bounds():
    ext = sp.floor((H - 3) / 2) + 1                 # 3x3 window, stride 2, no padding
    box = {u: (0, ext - 1)}
    assert tighten(sp.Max(0, -2 * u), box) == 0
    assert tighten(sp.Min(2, H - 2 * u - 1), box) == 2
    # padding 1: both arguments decide somewhere, nothing goes
    pad = {u: (0, sp.floor((H - 1) / 2))}
    assert tighten(sp.Max(0, 1 - 2 * u), pad) == sp.Max(0, 1 - 2 * u)
    assert tighten(sp.Min(2, H - 2 * u), pad) == sp.Min(2, H - 2 * u)
    # inside other expressions, and with one of three arguments left out
    assert tighten(1 + sp.Max(0, -u, -2 * u), box) == 1
    assert tighten(sp.Min(2, H - 2 * u - 1, H), box) == 2


@st.composite
def bounds(draw):
    f = draw(st.sampled_from([sp.Max, sp.Min]))
    args = [draw(st.integers(-3, 3)) * u + draw(st.integers(-2, 2)) * sp.floor(H / 2)
            + draw(st.integers(-3, 3)) * H + draw(st.integers(-3, 3))
            for _ in range(draw(st.integers(2, 3)))]
    return f(*args)


@settings(max_examples=300, deadline=None)
@given(bounds(), st.integers(1, 3))
def test_tightened_bounds_keep_their_value(e, q):
    ext = sp.floor(H / q) + 1
    box = {u: (0, ext - 1)}
    t = tighten(e, box)
    for Hv in range(1, 12):
        for uv in range(0, int(ext.subs(H, Hv))):
            at = {H: Hv, u: uv}
            assert e.subs(at) == t.subs(at), (e, t, Hv, uv)
