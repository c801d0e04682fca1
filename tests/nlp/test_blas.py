"""The model's matrix products through OpenBLAS (nlp/blas.py): same annotations as with thinc's
BLIS, one OpenBLAS thread, and BLIS kept where numpy has no OpenBLAS."""

from __future__ import annotations

from types import SimpleNamespace

import numpy
import pytest
from thinc.api import Linear, Model, NumpyOps

from factcheck.nlp import blas

SENTENCES = [
    "Bolt will invest up to $2 billion in Cirrus, the company said on Monday.",
    "Acme Corp. agreed to buy Dynamo Labs for $450 million in cash and stock.",
    "Jane Roe, the chief executive of Acme, said the deal would close in March.",
    "Cirrus Cloud is now available to customers of Bolt in Europe and Japan.",
    "Revenue rose 12% to $3.1 billion, while net income fell to $410 million.",
]


def models(nlp) -> list[Model]:
    return [c.model for _name, c in nlp.components if isinstance(getattr(c, "model", None), Model)]


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def set_ops(nlp, ops) -> None:
    for model in models(nlp):
        for node in model.walk():
            node.ops = ops


@pytest.fixture
def openblas(checker):
    if blas._numpy_ops() is None:
        pytest.skip("numpy has no OpenBLAS here: thinc keeps BLIS")
    return checker.pipeline.nlp


def test_every_model_multiplies_through_openblas_on_one_thread(openblas):
    assert all(not node.ops.use_blis for model in models(openblas) for node in model.walk())
    assert blas.one_openblas_thread()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_annotations_are_those_blis_gives(openblas, sentence):
    ours = annotations(openblas(sentence))
    try:
        set_ops(openblas, NumpyOps())  # thinc's default: BLIS
        theirs = annotations(openblas(sentence))
    finally:
        set_ops(openblas, blas._numpy_ops())
    assert ours == theirs


@pytest.mark.parametrize(("shape", "trans1", "trans2"), [((40, 96, 288), False, False), ((7, 288, 96), True, False), ((300, 96, 384), False, True)])
def test_the_products_are_blis_products_up_to_rounding(shape, trans1, trans2):
    rows, inner, columns = shape
    rng = numpy.random.default_rng(19)
    x = rng.standard_normal((inner, rows) if trans1 else (rows, inner), dtype=numpy.float32)
    y = rng.standard_normal((columns, inner) if trans2 else (inner, columns), dtype=numpy.float32)
    with_blis = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    without = NumpyOps(use_blis=False).gemm(x, y, trans1=trans1, trans2=trans2)
    assert numpy.allclose(with_blis, without, rtol=1e-5, atol=1e-4)


def test_without_openblas_thinc_keeps_blis(monkeypatch):
    monkeypatch.setattr(blas, "threadpool_info", lambda: [{"internal_api": "mkl", "user_api": "blas", "num_threads": 2}])
    blas._numpy_ops.cache_clear()
    try:
        model = Linear(2, 3)
        assert blas.use_openblas(SimpleNamespace(components=[("linear", SimpleNamespace(model=model)), ("ruler", SimpleNamespace(model=None))])) is False
        assert model.ops.use_blis
    finally:
        blas._numpy_ops.cache_clear()


def test_openblas_is_set_to_one_thread_through_threadpoolctl(openblas):
    from threadpoolctl import threadpool_info

    pools = [p for p in threadpool_info() if p["internal_api"] == "openblas"]
    assert pools and all(p["num_threads"] == 1 for p in pools)
