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
it, no /proc to find it in), thinc keeps BLIS and nothing changes. The transition loop of the
parser and the NER (spaCy's own CBlas calls) is BLIS either way.

The thread count is the process's: a program that imports factcheck as a library and wants
numpy's products on several threads sets them back after loading the model.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from thinc.api import Model, NumpyOps

# The names OpenBLAS exports its thread setting under: numpy's wheels build it with a
# "scipy_" prefix and a "64_" suffix (64-bit integers); a system OpenBLAS has the plain one.
_SET_THREADS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_", "openblas_set_num_threads")
_GET_THREADS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads", "openblas_get_num_threads64_", "openblas_get_num_threads")
_MAPS = Path("/proc/self/maps")


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
    """Set the OpenBLAS numpy loaded to one thread; True when it now runs on one."""
    for library in _loaded_openblas():
        try:
            handle = ctypes.CDLL(library)  # the library already loaded: dlopen hands back the same one
        except OSError:
            continue
        setter = next((getattr(handle, name) for name in _SET_THREADS if hasattr(handle, name)), None)
        getter = next((getattr(handle, name) for name in _GET_THREADS if hasattr(handle, name)), None)
        if setter is None or getter is None:
            continue
        setter.argtypes, setter.restype, getter.restype = [ctypes.c_int], None, ctypes.c_int
        setter(1)
        return getter() == 1
    return False


def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries mapped into this process (numpy is imported by now)."""
    import numpy  # noqa: F401  (loads its BLAS, if it was not yet)

    try:
        maps = _MAPS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    fields = (line.split(maxsplit=5) for line in maps.splitlines())
    paths = (f[5] for f in fields if len(f) == 6 and f[5].startswith("/"))  # address, perms, offset, device, inode, path
    return list(dict.fromkeys(p for p in paths if "openblas" in Path(p).name.lower()))
