"""The Dask engine: chunks of documents extracted on a Dask cluster.

``etl build --engine dask`` starts a ``LocalCluster`` (one single-threaded
worker process per ``--workers``) or connects to ``--scheduler``. Each chunk
of catalog entries is one task running :func:`etl.pipeline.process_entries`;
results come back to the client in document order, with a bounded number of
chunks in flight, and are written by the same table writers as the local
engine, so the bytes are the same. Workers read the files by path: on a
cluster, the corpus (and the cache folder) must be on a file system every
worker sees at the same path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from etl.catalog import Entry
from etl.errors import EtlError


def _client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EtlError("--engine dask needs Dask: pip install '.[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as e:
            raise EtlError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=50)
    return Client(cluster), cluster


def dask_results(chunks: Iterator[list[Entry]], workers: int, cache: str | None,
                 scheduler: str | None) -> Iterator[Any]:
    from etl.pipeline import WINDOW, ordered, process_entries

    client, cluster = _client(workers, scheduler)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        yield from ordered(lambda c: client.submit(process_entries, c, cache, pure=False), chunks, window=WINDOW * n)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
