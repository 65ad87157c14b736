"""The built-in networks of seed 003, declared from the catalog.

* :func:`bp_net` -- the plain 4-layer sigmoid BP net ``x -> hi/ho -> h2i/h2o -> yi/yo``
  with weights ``w1, w12, w2`` and the loss ``E = 1/2 sum_k (yo[k] - d[k])^2``;
* :func:`seed_cnn` -- the one-kernel CNN: 14x14 -> 5x5 convolution (no padding) -> 10x10 ->
  2x2 max pool -> 5x5 = 25 -> sigmoid -> linear 25->80 -> sigmoid -> linear 80->10 ->
  sigmoid -> ``half_sse``.

Tensor names follow the seed (``hicnn`` is the pooled map, ``hocnn`` its sigmoid, ``w1cnn``
the kernel); weights use PyTorch's layout ``w[out, in]``.
"""
from __future__ import annotations

from .sequential import Sequential, layer

__all__ = ["bp_net", "seed_cnn", "BUILTIN"]


def bp_net(inputs: int = 64, hidden1: int = 32, hidden2: int = 16, outputs: int = 10,
           bias: bool = True) -> Sequential:
    """input -> hidden -> hidden -> output, every layer sigmoid, half sum of squared errors."""
    return Sequential("bp_net", (inputs,), [
        layer("hi", "linear", {"w": "w1", "b": "b1"}, out_features=hidden1, bias=bias),
        layer("ho", "sigmoid"),
        layer("h2i", "linear", {"w": "w12", "b": "b12"}, out_features=hidden2, bias=bias),
        layer("h2o", "sigmoid"),
        layer("yi", "linear", {"w": "w2", "b": "b2"}, out_features=outputs, bias=bias),
        layer("yo", "sigmoid"),
    ], loss=layer("E", "half_sse"))


def seed_cnn(size: int = 14, kernel: int = 5, pool: int = 2, hidden: int = 80,
             outputs: int = 10, bias: bool = True) -> Sequential:
    """Seed 003's CNN with one convolution kernel."""
    return Sequential("seed_cnn", (1, size, size), [
        layer("temphicnn", "conv2d", {"w": "w1cnn", "b": "b1cnn"}, kernel_size=kernel,
              out_channels=1, bias=bias),
        layer("hicnn", "max_pool2d", kernel_size=pool),
        layer("hocnn", "sigmoid"),
        layer("h2i", "linear", {"w": "w12", "b": "b12"}, out_features=hidden, bias=bias),
        layer("h2o", "sigmoid"),
        layer("yi", "linear", {"w": "w2", "b": "b2"}, out_features=outputs, bias=bias),
        layer("yo", "sigmoid"),
    ], loss=layer("E", "half_sse"))


BUILTIN = {"bp_net": bp_net, "seed_cnn": seed_cnn}
