"""Networks as chains of catalog ops: declaration, derivation through the chain, the
max-pool routing, and the generated training step.

* :mod:`.sequential` -- ``Sequential`` / ``layer``: the declaration, shapes resolved and
  checked through the chain;
* :mod:`.builtin` -- seed 003's 4-layer sigmoid BP net and one-kernel CNN;
* :mod:`.chain` -- the delta recursion and the fully expanded chain-rule product;
* :mod:`.routing` -- max-pool routing as closed-form flat indices;
* :mod:`.step` -- the generated training step (the layers' NumPy or C kernels, chained);
* :mod:`.cstep` -- the generated C training step (one C function per step);
* :mod:`.document` -- the explanation of a network's derivation (Markdown, LaTeX).
"""
from .sequential import ChainError, Layer, Sequential, layer
from .builtin import bp_net, seed_cnn

__all__ = ["Sequential", "Layer", "layer", "ChainError", "bp_net", "seed_cnn"]
