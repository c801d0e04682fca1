"""The model's matrix products through numpy's OpenBLAS on one thread, where numpy has one.

thinc multiplies with the BLIS it bundles. Most of a run's CPU is in those products (the
embedding layers of tok2vec and of the NER, and the parser's precomputed hidden layer), and on
the x86-64 machines this was measured on (AMD EPYC, 2 cores) BLIS computes them about three
times slower than the OpenBLAS numpy's wheels ship: the development corpus checks about a
quarter faster end to end with the same reports, byte for byte. The products differ only in
float rounding (about 1e-6 relative), far below what moves a statistical decision.

OpenBLAS starts a thread per core and spins them between calls, which doubled the CPU time of
a run and fights `--jobs` workers for the cores: it is set to one thread first, and the switch
is made only when that worked. Where numpy has no OpenBLAS (macOS Accelerate, a build without
it), thinc keeps BLIS and nothing changes. The transition loop of the
parser and the NER (spaCy's own CBlas calls) is BLIS either way.

The thread count is the process's: a program that imports factcheck as a library and wants
numpy's products on several threads sets them back after loading the model.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_info, threadpool_limits  # type: ignore[import-untyped]  # no py.typed marker


def use_openblas(nlp: Language) -> bool:
    """Every component model of `nlp` multiplies through numpy (one OpenBLAS thread), if it can; True if it does."""
    ops = _numpy_ops()
    if ops is None:
        return False
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return True


@lru_cache(maxsize=1)
def _numpy_ops() -> NumpyOps | None:
    """thinc's numpy ops without BLIS, once OpenBLAS runs on one thread; None where it cannot."""
    return NumpyOps(use_blis=False) if one_openblas_thread() else None


def one_openblas_thread() -> bool:
    """Set the OpenBLAS numpy loaded to one thread; True when it now runs on one.

    threadpoolctl (scikit-learn's) finds the BLAS libraries loaded in the process, whatever
    their build's symbol names, and sets their thread count: the limit stays for the process."""
    import numpy  # noqa: F401  (loads its BLAS, if it was not yet)

    if not _openblas_pools():
        return False
    threadpool_limits(limits=1, user_api="blas")
    return all(pool["num_threads"] == 1 for pool in _openblas_pools())


def _openblas_pools() -> list[dict]:
    return [pool for pool in threadpool_info() if pool.get("internal_api") == "openblas"]
