"""The prose of a document, in English and Chinese, and names for recognised structures.

Prose is a message catalog (``MESSAGES[lang][key]``, ``str.format`` placeholders); math goes
in as already printed LaTeX, so the formulas are the same in every language.

:func:`name_structure` reads a derived gather formula and says what it is where a known name
fits -- a full correlation with the rotated kernel, the stride-dilated upstream gradient, an
even spread over a window, the first-maximizer routing of max pooling -- from the formula's
structure (which index a read depends on, with which sign, under which conditions), never
from the op's name.
"""
from __future__ import annotations

import sympy as sp

from ..formula import Formula
from ..ir import ArgmaxIs

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "title": "The gradients of {op}",
        "intro": "This document derives, step by step, the gradient of every differentiable "
                 "input of {op} ({doc}) from its forward formula. Every formula below is printed "
                 "from the objects the derivation engine computed; every symbol is explained in "
                 "the glossary at the end.",
        "intro_concrete": "Hyper-parameters and the sizes given in the configuration are "
                          "substituted: {values}.",
        "torch": "It matches {fn}.",
        "params": "Configuration: {params}.",
        "setting": "Setting",
        "tensors_intro": "The tensors, with their indices in storage order and their shapes:",
        "col_tensor": "tensor", "col_role": "role", "col_axes": "axes (index order)",
        "col_shape": "shape", "col_symbol": "symbol", "col_meaning": "meaning",
        "col_value": "value", "col_range": "range / shape",
        "hyper_intro": "Hyper-parameters:",
        "no_hyper": "The op has no hyper-parameters.",
        "sizes_intro": "Output sizes are derived, not looked up. A window at output index {i} "
                       "must satisfy each condition below (each expression must be "
                       "non-negative); the largest such {i}, plus one, is the extent.",
        "size_cond": "{text}:",
        "size_cond_last tap inside the padded input": "the last tap lies inside the padded input",
        "size_cond_last tap overhangs the padded input by less than one stride":
            "the last tap overhangs the padded input by less than one stride (ceil mode)",
        "size_cond_first tap inside the input or its left padding":
            "the first tap lies inside the input or its left padding (ceil mode)",
        "forward": "Forward formula",
        "forward_intro": "One output element is",
        "forward_zero": "A read outside the extent of an input is zero (zero padding).",
        "forward_window": "Window positions that fall outside the input are not part of the "
                          "window (PyTorch pads max pooling with $-\\infty$); a window with no "
                          "position inside the input (possible with dilation) gives $-\\infty$, "
                          "as in PyTorch, and passes no gradient; an empty region gives 0.",
        "grad_of": "Gradient with respect to {t}",
        "chain": "Chain rule",
        "chain_intro": "The loss ${L}$ depends on ${x}$ only through the output ${y}$, so the "
                       "gradient sums over every output element; ${bar} = \\partial {L} / "
                       "\\partial {y}$ is the upstream gradient, given to the backward pass:",
        "renamed": "The indices {old} of the forward formula are renamed {new} so that they do "
                   "not clash with the indices of ${x}$.",
        "partial": "Partial derivative",
        "partial_intro": "Differentiating the forward formula turns every read of ${x}$ at "
                         "a different index into a Kronecker delta ($\\delta_{{a,b}} = 1$ when "
                         "$a = b$, else 0):",
        "partial_plain": "Differentiating the forward formula:",
        "tie_first": "The derivative of a maximum is an indicator of the maximizer. Tie rule: "
                     "when several positions of a window attain the maximum, the first one in "
                     "row-major window order receives the whole gradient and the others receive "
                     "zero, as PyTorch does; the subscript \\emph{{first}} marks this rule.",
        "tie_split": "The derivative of a maximum is an indicator of the maximizer. Tie rule: "
                     "when $m$ positions of a window attain the maximum, each receives $1/m$ of "
                     "the gradient (as jnp.max does); the subscript \\emph{{split}} marks this "
                     "rule.",
        "tie_warning": "The indicator $[x = \\max]$ that gives every tied maximizer the full "
                       "gradient is not a valid subgradient: with $m$ tied maximizers it "
                       "multiplies the gradient by $m$.",
        "elim": "Eliminating the deltas",
        "elim_intro": "Each delta is removed by solving its index equation for one summation "
                      "variable (an output index where possible, so that the result gathers):",
        "elim_step": "For {delta}: solve for ${v}$.",
        "elim_rename": "The deltas {deltas} relate indices with the same range: they set "
                       "{sets} and leave no condition.",
        "elim_eq": "The equation",
        "elim_div": "The solution is an integer only when {cond}: this divisibility condition "
                    "stays in the formula.",
        "elim_range": "The range of ${v}$ becomes a condition on the remaining indices:",
        "bracket": "The delta {delta} depends on data (a tensor read), so it cannot be solved "
                   "for a summation variable; it stays as the indicator {br}.",
        "no_elim": "There is no delta to eliminate.",
        "tighten": "Tightened bounds",
        "tighten_intro": "The conditions above, together with the reads that must stay inside "
                         "their tensors, become closed-form loop bounds, so no loop tests its "
                         "bounds element by element:",
        "tighten_none": "No loop remains and no condition is needed: the result is a single "
                        "expression per element.",
        "guards": "Conditions that do not depend on a loop variable stay as indicators:",
        "output_form": "Where the forward value reappears it is written as a read of the "
                       "output ${y}$, which the forward pass already computed.",
        "result": "Result",
        "result_intro": "The gradient in gather form:",
        "where": "where",
        "glossary": "Glossary",
        "glossary_intro": "Every symbol and index that appears in this document:",
        "gl_tensor": "tensor: {doc}; axes {axes}",
        "gl_scalar": "scalar: {doc}",
        "gl_upstream": "upstream gradient: the gradient of the loss with respect to the output "
                       "${y}$ (given to the backward pass); same shape as ${y}$",
        "gl_loss": "the scalar loss whose gradients are computed",
        "gl_prime": "renamed copy of the forward formula's index ${v}$, summed over",
        "gl_dummy": "position inside the window of the maximum (bound by the arg max)",
        "gl_extent": "extent of axis \u2018{axis}\u2019 of ${t}$",
        "gl_value": "value ${v}$",
        "gl_out_index": "output index i of the size derivation",
        # naming
        "name_full_corr": "This is a full correlation of the upstream gradient with the kernel "
                          "rotated by $180^\\circ$ (the kernel offsets {k} enter the upstream "
                          "gradient's index with the opposite sign of {h}): the transposed "
                          "convolution.",
        "name_dilated": "The condition {cond} keeps only the taps that land on an output "
                        "position: this reads the upstream gradient dilated by the stride "
                        "(${s}$ zeros inserted between neighbouring elements).",
        "name_weight_corr": "This correlates the input with the upstream gradient over "
                            "{over}: each kernel tap collects input times upstream gradient "
                            "over every window it took part in.",
        "name_reduce": "This sums the upstream gradient over {over}.",
        "name_matmul": "This is a contraction over {over} (a matrix product).",
        "name_spread": "This spreads each gradient evenly over its window: every position of "
                       "a window receives the upstream gradient divided by the window's "
                       "divisor (the denominator above).",
        "name_spread_region": "This spreads each region's gradient evenly over its pixels: "
                              "every pixel receives the upstream gradient of its region "
                              "divided by the region's size.",
        "name_argmax": "This routes each upstream gradient to the maximizer of its window "
                       "(the first one under ties); every other position receives zero.",
        "name_onehot": "The indicator {br} is the one-hot encoding of the target.",
        "name_output_form": "The result is written through the forward output ${y}$, so the "
                            "backward pass reuses it instead of recomputing it.",
        "name_elementwise": "This is elementwise: the upstream gradient times the local "
                            "derivative.",
    },
    "zh": {
        "title": "{op} 的梯度推导",
        "intro": "本文从前向公式出发，逐步推导 {op} 每个可微输入的梯度。下面的每个公式都由"
                 "推导引擎计算出的对象直接打印而来；文末的符号表解释了出现的每个符号。",
        "intro_concrete": "已代入超参数和配置中给定的尺寸：{values}。",
        "torch": "它与 {fn} 一致。",
        "params": "配置：{params}。",
        "setting": "设定",
        "tensors_intro": "张量、按存储顺序排列的下标及其形状：",
        "col_tensor": "张量", "col_role": "作用", "col_axes": "轴（下标顺序）",
        "col_shape": "形状", "col_symbol": "符号", "col_meaning": "含义",
        "col_value": "取值", "col_range": "范围 / 形状",
        "hyper_intro": "超参数：",
        "no_hyper": "该算子没有超参数。",
        "sizes_intro": "输出尺寸是推导出来的，而不是查表得到的。输出下标 {i} 处的窗口必须满足下列每个条件"
                       "（每个表达式非负）；满足条件的最大 {i} 加一即为该维的长度。",
        "size_cond": "{text}：",
        "size_cond_last tap inside the padded input": "最后一个抽头落在填充后的输入之内",
        "size_cond_last tap overhangs the padded input by less than one stride":
            "最后一个抽头超出填充后输入的部分小于一个步长（ceil 模式）",
        "size_cond_first tap inside the input or its left padding":
            "第一个抽头落在输入或其左侧填充之内（ceil 模式）",
        "forward": "前向公式",
        "forward_intro": "一个输出元素为",
        "forward_zero": "读取输入范围之外的位置得到零（零填充）。",
        "forward_window": "落在输入之外的窗口位置不属于窗口（PyTorch 的最大池化以 $-\\infty$ 填充）；"
                          "没有任何位置落在输入内的窗口（有空洞时可能出现）结果为 $-\\infty$（与 PyTorch 一致），"
                          "不传回梯度；空区域的结果为 0。",
        "grad_of": "关于 {t} 的梯度",
        "chain": "链式法则",
        "chain_intro": "损失 ${L}$ 只通过输出 ${y}$ 依赖于 ${x}$，因此梯度要对每个输出元素求和；"
                       "${bar} = \\partial {L} / \\partial {y}$ 是上游梯度，作为反向传播的输入：",
        "renamed": "前向公式中的下标 {old} 改名为 {new}，以免与 ${x}$ 的下标冲突。",
        "partial": "偏导数",
        "partial_intro": "对前向公式求导，每一次读取 ${x}$ 都变成一个克罗内克 delta"
                         "（$a = b$ 时 $\\delta_{{a,b}} = 1$，否则为 0）：",
        "partial_plain": "对前向公式求导：",
        "tie_first": "最大值的导数是最大值位置的指示函数。并列规则：当窗口中有多个位置同时取到最大值时，"
                     "按窗口的行优先顺序第一个取到最大值的位置获得全部梯度，其余位置为零，与 PyTorch "
                     "一致；下标 \\emph{{first}} 表示这一规则。",
        "tie_split": "最大值的导数是最大值位置的指示函数。并列规则：当窗口中有 $m$ 个位置同时取到最大值时，"
                     "每个位置获得梯度的 $1/m$（与 jnp.max 一致）；下标 \\emph{{split}} 表示这一规则。",
        "tie_warning": "让每个并列最大值位置都获得全部梯度的指示函数 $[x = \\max]$ 不是合法的次梯度："
                       "有 $m$ 个并列最大值时，它把梯度放大了 $m$ 倍。",
        "elim": "消去 delta",
        "elim_intro": "每个 delta 通过对一个求和变量求解其下标方程而消去（尽可能解出输出下标，使结果成为"
                      "gather 形式）：",
        "elim_step": "对 {delta}：解出 ${v}$。",
        "elim_rename": "delta {deltas} 连接取值范围相同的下标：它们令 {sets}，不产生任何条件。",
        "elim_eq": "方程",
        "elim_div": "只有在 {cond} 时解才是整数：这个整除条件保留在公式中。",
        "elim_range": "${v}$ 的取值范围变成对其余下标的条件：",
        "bracket": "delta {delta} 依赖于数据（张量的读取），无法对求和变量求解，因此保留为指示函数 {br}。",
        "no_elim": "没有需要消去的 delta。",
        "tighten": "收紧的循环边界",
        "tighten_intro": "上面的条件，加上读取必须落在张量范围内的条件，化为闭式的循环边界，循环内不再逐元素"
                         "检查边界：",
        "tighten_none": "没有剩余的循环，也不需要任何条件：每个元素的结果就是一个表达式。",
        "guards": "与循环变量无关的条件保留为指示函数：",
        "output_form": "前向值再次出现的地方写成对输出 ${y}$ 的读取，前向计算已经得到了它。",
        "result": "结果",
        "result_intro": "gather 形式的梯度：",
        "where": "其中",
        "glossary": "符号表",
        "glossary_intro": "本文中出现的每个符号和下标：",
        "gl_tensor": "张量：{doc}；轴 {axes}",
        "gl_scalar": "标量：{doc}",
        "gl_upstream": "上游梯度：损失对输出 ${y}$ 的梯度（反向传播的输入）；形状与 ${y}$ 相同",
        "gl_loss": "要求梯度的标量损失",
        "gl_prime": "前向公式下标 ${v}$ 改名后的求和副本",
        "gl_dummy": "最大值窗口内的位置（由 arg max 约束）",
        "gl_extent": "${t}$ 的轴\u201c{axis}\u201d的长度",
        "gl_value": "取值 ${v}$",
        "gl_out_index": "尺寸推导中的输出下标 i",
        "name_full_corr": "这是上游梯度与旋转 $180^\\circ$ 的卷积核的完全相关（full correlation）"
                          "（核偏移 {k} 以与 {h} 相反的符号进入上游梯度的下标），即转置卷积。",
        "name_dilated": "条件 {cond} 只保留落在输出位置上的抽头：这相当于读取按步长膨胀的上游梯度"
                        "（相邻元素之间插入 ${s}$ 个零）。",
        "name_weight_corr": "这是输入与上游梯度在 {over} 上的相关：每个卷积核抽头收集它参与过的每个窗口中"
                            "输入与上游梯度的乘积。",
        "name_reduce": "这是上游梯度在 {over} 上的求和。",
        "name_matmul": "这是对 {over} 的缩并（矩阵乘积）。",
        "name_spread": "这把每个梯度平均分配到它的窗口上：窗口中的每个位置得到上游梯度除以窗口的除数（上式的分母）。",
        "name_spread_region": "这把每个区域的梯度平均分配到该区域的像素上：每个像素得到所在区域的上游梯度"
                              "除以区域大小。",
        "name_argmax": "这把每个上游梯度传给其窗口中的最大值位置（并列时取第一个）；其余位置为零。",
        "name_onehot": "指示函数 {br} 是目标的 one-hot 编码。",
        "name_output_form": "结果通过前向输出 ${y}$ 表示，反向传播直接复用它而无需重新计算。",
        "name_elementwise": "这是逐元素的：上游梯度乘以局部导数。",
    },
}

#: Chinese for the meanings the op declarations give (English is the source language).
ZH = {
    "batch": "批", "channel": "通道", "class": "类别", "column": "列", "element": "元素",
    "feature": "特征", "out channel": "输出通道", "out feature": "输出特征",
    "out position": "输出位置", "output": "输出", "position": "位置", "region": "区域",
    "row": "行", "sample": "样本", "tap": "抽头", "channel within group": "组内通道",
    "d": "深度", "h": "高", "w": "宽", "out d": "输出深度", "out h": "输出高", "out w": "输出宽",
    "batch index": "批下标", "batch size": "批大小", "bias": "偏置", "channels": "通道数",
    "class summed over": "求和的类别", "classes": "类别数", "desired output": "期望输出",
    "dilation": "膨胀（dilation）", "element (flat index)": "元素（展平下标）", "error": "误差",
    "image height": "图像高度", "image width": "图像宽度", "input": "输入",
    "input (logits)": "输入（logits）", "input channel": "输入通道", "input channels": "输入通道数",
    "input class": "输入类别", "input extent": "输入长度", "input feature": "输入特征",
    "input features": "输入特征数", "input position": "输入位置", "kernel extent": "卷积核长度",
    "kernel tap (offset within the window)": "卷积核抽头（窗口内偏移）",
    "length of the softmax axis": "softmax 轴的长度", "logits": "logits", "loss": "损失",
    "network output": "网络输出", "number of elements": "元素个数", "number of outputs": "输出个数",
    "number of regions": "区域个数", "offset within the window": "窗口内偏移",
    "output (probabilities)": "输出（概率）", "output channel": "输出通道",
    "output channels": "输出通道数", "output class": "输出类别", "output extent": "输出长度",
    "output feature": "输出特征", "output features": "输出特征数", "output position": "输出位置",
    "padding": "填充", "padding before": "前侧填充", "padding after": "后侧填充",
    "pixel column": "像素列", "pixel row": "像素行",
    "region label of each pixel": "每个像素的区域标签", "rows (all axes but dim)": "行数（除 dim 外的所有轴）",
    "stride": "步长", "target": "目标", "target class of each sample": "每个样本的目标类别",
    "weight": "权重", "weight (kernel)": "权重（卷积核）", "window extent": "窗口长度",
    "input channel within its group": "组内输入通道", "output channel within its group": "组内输出通道",
    "channel group": "通道组", "number of groups (groups)": "组数（groups）",
    "input channels per group": "每组输入通道数", "output channels per group": "每组输出通道数",
}


def msg(lang: str, key: str, **kw) -> str:
    table = MESSAGES.get(lang, MESSAGES["en"])
    text = table.get(key, MESSAGES["en"].get(key))
    if text is None:
        raise KeyError(f"no message {key!r}")
    return text.format(**kw) if kw else text.replace("{{", "{").replace("}}", "}")


def tr(lang: str, text: str) -> str:
    """A declared meaning in the document's language (English when no translation is known)."""
    if lang == "zh":
        return ZH.get(text, text)
    return text


# ---------------------------------------------------------------------------- naming
def _reads(expr, base_name):
    return [r for r in sp.sympify(expr).atoms(sp.Indexed) if r.base.label.name == base_name]


def _top_factors(body):
    return sp.Mul.make_args(body)


def name_structure(formula: Formula, upstream: str, inputs: dict, output: str) -> list[tuple]:
    """``[(message key, {placeholder: SymPy object or text})]`` naming what the derived
    formula computes, read off its structure.

    * a read of the upstream gradient whose index depends on the gradient's free index ``h``
      and on a summation variable ``k`` with opposite signs, multiplied by a read of another
      input at ``k`` -> full correlation with the kernel rotated by 180 degrees;
    * a divisibility condition ``s | e`` -> the upstream gradient dilated by the stride;
    * upstream gradient over a divisor without tensor reads of real data -> an even spread
      over the window (or over a region when the divisor counts label matches);
    * a tie-rule indicator -> the maximizer routing;
    * a product of the upstream gradient read at summation variables only and another read
      -> a correlation (when another read mixes a summation and a free index) or a
      contraction (a matrix product);
    * only the upstream gradient, summed -> a reduction;
    * an equality guard against a data read -> one-hot of the target.
    """
    out: list[tuple] = []
    free = set(formula.index)
    data_names = set(inputs)
    seen = set()

    def add(key, **kw):
        if key not in seen:
            seen.add(key)
            out.append((key, kw))

    for t in formula.terms:
        sums = {r.var for r in t.sums}
        body = t.body
        g_reads = _reads(body, upstream)
        other_reads = [r for r in body.atoms(sp.Indexed)
                       if r.base.label.name in data_names and not _inside_argmax(r, body)]
        for g in g_reads:
            # every (free index, kernel offset) pair in the read's index expressions: all of
            # opposite sign means the kernel is read back to front in every dimension
            pairs = []
            for e in g.indices:
                e = sp.expand(e)
                for h in free & e.free_symbols:
                    for k in sums & e.free_symbols:
                        if any(k in sp.sympify(i).free_symbols for r in other_reads
                               for i in r.indices):
                            pairs.append((h, k, _coeff_sign(e, h) * _coeff_sign(e, k)))
            if pairs and all(sign < 0 for _, _, sign in pairs):
                add("name_full_corr", k=[k for _, k, _ in pairs], h=[h for h, _, _ in pairs])
        for d in t.divides:
            add("name_dilated", cond=d, s=d.modulus)
        if body.atoms(ArgmaxIs):
            add("name_argmax")
        num, den = sp.fraction(sp.together(body))
        if g_reads and den != 1 and not [r for r in den.atoms(sp.Indexed)
                                         if inputs.get(r.base.label.name) == "real"]:
            if den.atoms(sp.Sum) and any(isinstance(a, sp.KroneckerDelta)
                                         for a in den.atoms(sp.KroneckerDelta)):
                add("name_spread_region")
            elif not body.atoms(ArgmaxIs) and not [r for r in num.atoms(sp.Indexed)
                                                     if r.base.label.name != upstream]:
                add("name_spread", div=den)
        plain = [f for f in _top_factors(body) if isinstance(f, sp.Indexed)]
        if g_reads and sums and all(set(g.indices) <= (sums | free) for g in g_reads) and \
                len(plain) == len(sp.Mul.make_args(body)):
            rest = [f for f in plain if f.base.label.name != upstream]
            mixed = any(any(sp.sympify(i).free_symbols & sums and
                            sp.sympify(i).free_symbols & free and not sp.sympify(i).is_Symbol
                            for i in r.indices) for r in rest)
            shared = [r.var for r in t.sums]
            if not rest:
                add("name_reduce", over=shared)
            elif mixed:
                add("name_weight_corr", over=shared)
            elif all(all(sp.sympify(i).is_Symbol for i in r.indices) for r in rest):
                add("name_matmul", over=shared)
        for gd in t.guards:
            if isinstance(gd, sp.Equality) and (gd.lhs.atoms(sp.Indexed) or
                                                gd.rhs.atoms(sp.Indexed)):
                add("name_onehot", br=gd)
    if any(r.base.label.name == output for t in formula.terms for r in t.body.atoms(sp.Indexed)):
        add("name_output_form")
    if (len(formula.terms) == 1 and not formula.terms[0].sums and not formula.terms[0].divides
            and not seen and all(set(g.indices) == set(formula.index)
                                 for g in _reads(formula.terms[0].body, upstream))
            and _reads(formula.terms[0].body, upstream)):
        add("name_elementwise")
    return out


def _inside_argmax(read, body):
    return any(read in a.atoms(sp.Indexed) for a in body.atoms(ArgmaxIs))


def _coeff_sign(e, v):
    c = sp.expand(e).coeff(v)
    if c == 0:
        return 0
    if c.is_positive:
        return 1
    if c.is_negative:
        return -1
    return 0
