"""The one parallel clang runner of verify and lint.

A job is (key, ABI, translation unit, flags): lay the TU out for that ABI.
Jobs run on a thread pool (the threads only wait on clang processes, or on
libclang, which releases the GIL while it parses).  ``in_process`` takes the
libclang path where it can model the records (verify's generated headers);
lint reads arbitrary headers, whose unnamed records only the process path
names, so it runs clang processes.
"""

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Dict, Hashable, Iterable, List, NamedTuple, Sequence, Tuple, TypeVar

from . import clang_layout as cl


class Job(NamedTuple):
    key: Hashable
    abi: object                # an iommuabi.abis ABI
    tu: str                    # path of the translation unit
    flags: Sequence[str]


Records = Dict[str, cl.Record]


def dump(abi, tu: str, flags: Sequence[str], in_process: bool = False, clang=None) -> Records:
    """One layout: in-process through libclang when asked and it can, else
    (or for a record it does not model) one clang process."""
    if in_process:
        from . import libclang_layout as lc
        try:
            return lc.dump_target(abi, tu, flags)
        except lc.Unsupported:
            pass
    return cl.dump_target(abi, tu, flags, clang)


def workers() -> int:
    return max(2, os.cpu_count() or 2)


T = TypeVar("T")
R = TypeVar("R")


def each(fn: Callable[[T], R], items: Iterable[T]) -> List[Tuple[T, Callable[[], R]]]:
    """fn(item) for every item on the same pool (lint's clang -E runs):
    [(item, a callable that returns its result or raises its exception)],
    in the order given."""
    with ThreadPoolExecutor(max_workers=workers()) as ex:
        futs = [(item, ex.submit(fn, item)) for item in items]
    return [(item, fut.result) for item, fut in futs]


def run_jobs(jobs: Iterable[Job], in_process: bool = False, clang=None
             ) -> Tuple[Dict[Hashable, Records], Dict[Hashable, cl.ClangError]]:
    """Run every job; ({key: records}, {key: the ClangError of a job that failed}).

    A missing or broken compiler is no job's fault: its ClangError (kind
    'tool') is raised, not returned."""
    jobs = list(jobs)
    results: Dict[Hashable, Records] = {}
    failed: Dict[Hashable, cl.ClangError] = {}
    with ThreadPoolExecutor(max_workers=workers()) as ex:
        futs: List[Tuple[Hashable, object]] = [
            (j.key, ex.submit(dump, j.abi, j.tu, j.flags, in_process, clang)) for j in jobs]
        for key, fut in futs:
            try:
                results[key] = fut.result()          # type: ignore[attr-defined]
            except cl.ClangError as e:
                if e.kind == "tool":
                    raise
                failed[key] = e
    return results, failed
