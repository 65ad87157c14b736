"""Networks as chains of catalog ops: shape chaining, the max-pool routing formula, and the
fully expanded chain-rule product.

Oracles: brute force with PyTorch for the routing (``max_pool2d(return_indices=True)`` and
autograd through ``conv2d``), and ``sympy.diff`` of the whole network written out as one
scalar expression (built here, independently of the engine) for the expanded product."""
from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from derive.evaluate import Evaluator
from derive.network import ChainError, Sequential, bp_net, layer, seed_cnn
from derive.network.chain import Chain, N
from derive.network.routing import routing

import torch  # noqa: E402  (a required test dependency: a missing oracle must fail, not skip)
F = torch.nn.functional


# ------------------------------------------------------------------------- chaining
def test_builtin_shapes():
    net = seed_cnn()
    shapes = [r.out_shape for r in net.resolved]
    assert shapes == [(1, 10, 10), (1, 5, 5), (1, 5, 5), (80,), (80,), (10,), (10,)]
    assert dict(net.parameters) == {"w1cnn": (1, 1, 5, 5), "b1cnn": (1,), "w12": (80, 25),
                                    "b12": (80,), "w2": (10, 80), "b2": (10,)}
    bp = bp_net(64, 32, 16, 10)
    assert dict(bp.parameters)["w12"] == (16, 32)
    assert bp.output_shape == (10,)


@pytest.mark.parametrize("layers, names", [
    # a linear layer that expects 30 features after 25
    ([layer("a", "conv2d", kernel_size=5, out_channels=1), layer("p", "max_pool2d"),
      layer("fc", "linear", in_features=30, out_features=4)], ("'fc'", "'p'")),
    # a convolution after a linear layer: the ranks do not chain
    ([layer("fc", "linear", out_features=30), layer("conv", "conv2d", kernel_size=3,
                                                     out_channels=2)], ("'conv'", "'fc'")),
    # channels: the second convolution declares 3 input channels, the first gives 2
    ([layer("c1", "conv2d", kernel_size=3, out_channels=2),
      layer("c2", "conv2d", kernel_size=3, in_channels=3, out_channels=1)], ("'c2'", "'c1'")),
    # a window larger than what reaches it
    ([layer("c1", "conv2d", kernel_size=5, out_channels=1), layer("c2", "conv2d",
                                                                  kernel_size=11,
                                                                  out_channels=1)],
     ("'c2'", "'c1'")),
])
def test_bad_chaining_names_both_layers(layers, names):
    with pytest.raises(ChainError) as e:
        Sequential("bad", (1, 14, 14), layers, layer("E", "half_sse"))
    msg = str(e.value)
    assert "\n" not in msg
    for n in names:
        assert n in msg, msg


def test_bad_declarations():
    with pytest.raises(ValueError, match="out_channels"):
        Sequential("bad", (1, 8, 8), [layer("c", "conv2d", kernel_size=3)],
                   layer("E", "half_sse"))
    with pytest.raises(ValueError, match="'c'.*stride"):
        Sequential("bad", (1, 8, 8), [layer("c", "conv2d", kernel_size=3, stride=0,
                                            out_channels=1)], layer("E", "half_sse"))
    with pytest.raises(ValueError, match="distinct"):
        Sequential("bad", (4,), [layer("x", "sigmoid")], layer("E", "half_sse"))


# ------------------------------------------------------------------------- routing
def _first_max_offset(window: np.ndarray):
    best, at = None, None
    for a in range(window.shape[0]):
        for b in range(window.shape[1]):
            if best is None or window[a, b] > best:
                best, at = window[a, b], (a, b)
    return at


@pytest.mark.parametrize("conv, pool, size", [
    (dict(kernel_size=5), dict(kernel_size=2), 14),                       # seed 003
    (dict(kernel_size=3, stride=2, padding=1, dilation=2),
     dict(kernel_size=3, stride=2, padding=1), 17),
])
def test_routing_against_brute_force(conv, pool, size):
    net = Sequential("r", (1, size, size), [layer("c", "conv2d", out_channels=1, **conv),
                                            layer("p", "max_pool2d", **pool)],
                     layer("E", "half_sse"))
    R = routing(net)
    rng = np.random.default_rng(1)
    x = torch.tensor(rng.normal(size=(1, 1, size, size)), requires_grad=True)
    w = torch.tensor(rng.normal(size=(1, 1) + (conv["kernel_size"],) * 2))
    cmap = F.conv2d(x, w, stride=conv.get("stride", 1), padding=conv.get("padding", 0),
                    dilation=conv.get("dilation", 1))
    pooled, where = F.max_pool2d(cmap, pool["kernel_size"], stride=pool.get("stride"),
                                 padding=pool.get("padding", 0), return_indices=True)
    Hc, Wc = cmap.shape[-2:]
    assert R.map_shape == (Hc, Wc)
    s, p, k = pool.get("stride", pool["kernel_size"]), pool.get("padding", 0), pool["kernel_size"]
    cm = cmap.detach().numpy()[0, 0]
    pad = p
    cpad = np.full((Hc + 2 * pad, Wc + 2 * pad), -np.inf)
    cpad[pad:pad + Hc, pad:pad + Wc] = cm
    # the receptive field's top-left pixel by autograd: the only input pixel tap (0, 0) reads
    cp = conv.get("padding", 0)
    xp = F.pad(x, (cp,) * 4)
    one = torch.zeros_like(w)
    one[0, 0, 0, 0] = 1
    probe = F.conv2d(xp, one, stride=conv.get("stride", 1), dilation=conv.get("dilation", 1))
    for r in range(pooled.shape[-2]):
        for c in range(pooled.shape[-1]):
            win = cpad[s * r:s * r + k, s * c:s * c + k]
            a, b = _first_max_offset(win)
            got = R.at((r, c), (a, b))
            assert got["map_flat"] == int(where[0, 0, r, c])
            u, v = got["map_position"]
            assert cm[u, v] == pooled[0, 0, r, c].item()
            g, = torch.autograd.grad(probe[0, 0, u, v], xp, retain_graph=True)
            pix = np.argwhere(g[0, 0].numpy() == 1)
            assert len(pix) == 1
            top_left = (pix[0][0] - cp, pix[0][1] - cp)
            assert got["input_position"] == top_left
            assert got["input_flat"] == top_left[0] * size + top_left[1]
            # the pixel a random tap multiplies at that position
            kh, kw = (int(v) for v in rng.integers(0, conv["kernel_size"], 2))
            one_t = torch.zeros_like(w)
            one_t[0, 0, kh, kw] = 1
            probe_t = F.conv2d(xp, one_t, stride=conv.get("stride", 1),
                               dilation=conv.get("dilation", 1))
            g, = torch.autograd.grad(probe_t[0, 0, u, v], xp)
            pix = np.argwhere(g[0, 0].numpy() == 1)
            want = (pix[0][0] - cp, pix[0][1] - cp)
            got_t = R.at((r, c), (a, b), (kh, kw))
            assert got_t["tap_position"] == want
            assert got_t["tap_flat"] == want[0] * size + want[1]


def test_routing_seed_example():
    # seed 003: pooled (i=3, j=4) with its maximum at (1, 0) -> (j*2+0)*10+i*2+1 in the
    # 10x10 map and (j*2+0)*14+i*2+1 in the 14x14 image (i the column, j the row)
    R = routing(seed_cnn())
    got = R.at((4, 3), (0, 1))
    assert got["map_flat"] == (4 * 2 + 0) * 10 + 3 * 2 + 1
    assert got["input_flat"] == (4 * 2 + 0) * 14 + 3 * 2 + 1


# ------------------------------------------------------------------------- expanded product
def _sig(z):
    return 1 / (1 + sp.exp(-z))


def _sym(name, shape):
    arr = np.empty(shape, dtype=object)
    for idx in np.ndindex(*shape):
        arr[idx] = sp.Symbol(f"{name}{list(idx)}", real=True)
    return arr


def _tiny_cnn():
    return Sequential("tiny_cnn", (1, 6, 6), [
        layer("hc", "conv2d", {"w": "wc", "b": "bc"}, kernel_size=3, out_channels=1),
        layer("hp", "max_pool2d", kernel_size=2),
        layer("ho", "sigmoid"),
        layer("h2i", "linear", {"w": "w12", "b": "b12"}, out_features=3),
        layer("h2o", "sigmoid"),
        layer("yi", "linear", {"w": "w2", "b": "b2"}, out_features=2),
        layer("yo", "sigmoid"),
    ], loss=layer("E", "half_sse"))


def _scalar_network(name, W, x, d):
    """E of the whole network as one SymPy expression of the weight symbols W."""
    n_samples = x.shape[0]
    E = 0
    for s in range(n_samples):
        if name == "tiny_cnn":
            conv = np.empty((4, 4), dtype=object)
            for i in range(4):
                for j in range(4):
                    conv[i, j] = W["bc"][0] + sum(W["wc"][0, 0, a, b] * x[s, 0, i + a, j + b]
                                                  for a in range(3) for b in range(3))
            pooled = [sp.Max(*[conv[2 * i + a, 2 * j + b] for a in range(2) for b in range(2)])
                      for i in range(2) for j in range(2)]
            h = [_sig(v) for v in pooled]
        else:
            h = [_sig(W["b1"][o] + sum(W["w1"][o, i] * x[s, i] for i in range(x.shape[1])))
                 for o in range(W["w1"].shape[0])]
        h2 = [_sig(W["b12"][o] + sum(W["w12"][o, i] * h[i] for i in range(len(h))))
              for o in range(W["w12"].shape[0])]
        y = [_sig(W["b2"][o] + sum(W["w2"][o, i] * h2[i] for i in range(len(h2))))
             for o in range(W["w2"].shape[0])]
        E += sum((y[k] - d[s, k]) ** 2 for k in range(len(y))) / 2
    return E


def _torch_activations(net, P, x):
    """Every activation of the network, by PyTorch, in the chain's names."""
    T = {k: torch.tensor(v) for k, v in P.items()}
    h = torch.tensor(x)
    acts = {}
    for r in net.resolved:
        op = r.layer.op_name
        if op == "conv2d":
            h = F.conv2d(h, T[r.param_names["w"]], T[r.param_names["b"]])
        elif op == "max_pool2d":
            h = F.max_pool2d(h, 2)
        elif op == "sigmoid":
            h = torch.sigmoid(h)
        elif op == "linear":
            h = F.linear(h.reshape(h.shape[0], -1), T[r.param_names["w"]],
                         T[r.param_names["b"]])
        acts[r.name] = h.numpy()
    return acts


@pytest.mark.parametrize("name, params", [
    ("bp_net", ["w1", "w12", "w2", "b1"]),
    ("tiny_cnn", ["wc", "bc", "w12"]),
])
def test_expanded_product_against_sympy_diff(name, params):
    net = bp_net(3, 2, 2, 2) if name == "bp_net" else _tiny_cnn()
    ch = Chain(net)
    rng = np.random.default_rng(7)
    n_samples = 2
    x = rng.uniform(-1, 1, size=(n_samples,) + net.input_shape)
    d = np.eye(2)[rng.integers(0, 2, n_samples)]
    P = {k: rng.uniform(-1, 1, size=s) for k, s in net.parameters}
    W = {k: _sym(k, s) for k, s in net.parameters}
    E = _scalar_network(name, W, x, d)
    values = {W[k][idx]: P[k][idx] for k in P for idx in np.ndindex(*P[k].shape)}
    acts = _torch_activations(net, P, x)
    ev = Evaluator({**acts, **P, net.input_name: x, net.target_name: d}, {N: n_samples})
    for pname in params:
        f = ch.expanded(pname)
        # fully expanded: no delta left, only reads of activations, weights, data
        for t in f.terms:
            assert not any(a.base.label.name.startswith("grad_")
                           for a in t.body.atoms(sp.Indexed))
            assert all(r.var not in f.index for r in t.sums)
        shape = P[pname].shape
        idxs = list(np.ndindex(*shape))
        if len(idxs) > 4:
            idxs = [idxs[k] for k in rng.choice(len(idxs), 4, replace=False)]
        for idx in idxs:
            v = W[pname][idx]
            others = {s: sp.Float(val, 30) for s, val in values.items() if s != v}
            want = float(sp.diff(E.xreplace(others), v).xreplace(
                {v: sp.Float(values[v], 30)}).evalf(30))
            got = float(ev.formula(f, idx))
            assert got == pytest.approx(want, rel=1e-9, abs=1e-12), (pname, idx)


def test_expanded_product_seed_form():
    """Seed 003's product for w1 of the BP net: sums over the batch and both layers' units,
    (yo - d) yo (1 - yo) w2 h2o (1 - h2o) w12 ho (1 - ho) x."""
    ch = Chain(bp_net(4, 3, 3, 2))
    f = ch.expanded("w1")
    assert len(f.terms) == 1
    t = f.terms[0]
    assert [(r.lo, r.hi) for r in t.sums][1:] == [(0, 2), (0, 1)]
    names = sorted(a.base.label.name for a in t.body.atoms(sp.Indexed))
    assert names == sorted(["d", "yo", "h2o", "ho", "w12", "w2", "x"])
    tex = ch.latex(f)
    assert r"\sum_{n=0}^{N - 1}" in tex


def test_seed_cnn_document_has_both_forms(tmp_path):
    import shutil
    from derive.network import document
    ch = Chain(seed_cnn())
    md = document.markdown(ch, appendix=False)
    tex = document.latex(ch)
    for text in (md, tex):
        assert "delta recursion" in text and "expanded chain-rule product" in text
        assert "routing" in text
    # every weight's expanded product is printed, with all its sums
    for w in ("w1cnn", "w12", "w2"):
        assert f"`{w}`" in md
    assert r"\sum_{n=0}^{N - 1}" in tex
    if shutil.which("pdflatex"):
        from derive.explain.pdf import compile_tex
        compile_tex(tex, tmp_path / "seed_cnn.pdf")
        assert (tmp_path / "seed_cnn.pdf").stat().st_size > 10000


def test_expanded_product_with_names_that_shadow_op_tensors():
    """Layers named like the ops' own tensors (y, w, x2) keep their identity in the chain."""
    net = Sequential("shadow", (3,), [layer("y", "linear", out_features=2),
                                      layer("x2", "sigmoid"),
                                      layer("w", "linear", out_features=2)],
                     layer("E", "half_sse"))
    ch = Chain(net)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(2, 3))
    d = rng.normal(size=(2, 2))
    P = {k: rng.normal(size=s) for k, s in net.parameters}
    T = {k: torch.tensor(v, requires_grad=True) for k, v in P.items()}
    y = F.linear(torch.tensor(x), T["w_y"], T["b_y"])
    x2 = torch.sigmoid(y)
    w = F.linear(x2, T["w_w"], T["b_w"])
    (0.5 * ((w - torch.tensor(d)) ** 2).sum()).backward()
    acts = {"y": y.detach().numpy(), "x2": x2.detach().numpy(), "w": w.detach().numpy()}
    ev = Evaluator({**acts, **P, "x": x, "d": d}, {N: 2})
    for pname in P:
        f = ch.expanded(pname)
        got = np.array([float(ev.formula(f, idx)) for idx in np.ndindex(*P[pname].shape)])
        np.testing.assert_allclose(got, T[pname].grad.numpy().ravel(), rtol=1e-12, atol=1e-14)
