"""derive: chain-rule gradients of CNN building blocks, derived symbolically from the forward
index formula, explained, lowered to NumPy and C, and used to check hand-written formulas."""
from .ir import Axis, Tensor, index, size, WindowMax, ArgmaxIs, sigmoid, relu, step
from .op import Op
from .formula import Formula, Term, Divides
from .autodiff import Derivation, derive_op



def load(op, lang: str = "numpy", **params):
    """A kernel object for a catalog op (by name, with PyTorch-named hyper-parameters) or for an
    :class:`Op` (with sizes to fix, by name: ``load(op, "numpy", K=3)``): ``forward(*tensors)``
    and ``backward(grad_output, *tensors)`` in the order and layout of the matching
    ``torch.nn.functional`` op."""
    from .ops import get
    if isinstance(op, str):
        op = get(op, **params)
    elif params:                 # sizes of a declared op, e.g. its tap count K=3
        op = op.bind(**params)
    if lang == "numpy":
        from .codegen.numpy import load as load_numpy
        return load_numpy(op)
    if lang == "c":
        from .codegen.cload import load as load_c
        return load_c(op)
    raise ValueError(f"lang must be 'numpy' or 'c', got {lang!r}")


__all__ = ["load", "Axis", "Tensor", "index", "size", "WindowMax", "ArgmaxIs", "sigmoid", "relu",
           "step", "Op", "Formula", "Term", "Divides", "Derivation", "derive_op"]
