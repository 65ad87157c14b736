"""derive: chain-rule gradients of CNN building blocks, derived symbolically from the forward
index formula, explained, lowered to NumPy and C, and used to check hand-written formulas."""
from .ir import Axis, Tensor, index, size, WindowMax, ArgmaxIs, sigmoid, relu, step
from .op import Op
from .formula import Formula, Term, Divides
from .autodiff import Derivation, derive_op

__all__ = ["Axis", "Tensor", "index", "size", "WindowMax", "ArgmaxIs", "sigmoid", "relu",
           "step", "Op", "Formula", "Term", "Divides", "Derivation", "derive_op"]
