"""Archives, not just articles: the engine over many inputs, in parallel, resumably.

A shell over the public engine (`app.core.analysis.analyze`, `app.core.loading`,
`app.core.export`, `app.core.options`), like `app.cli`: it never reaches into the engine's parts.

- `items`: what to analyse, streamed (a folder, a glob, a JSON Lines manifest).
- `engine`: the work one worker process does (the engine imported once per process).
- `ordered`: a bounded window of futures whose results come back in input order.
- `pool` / `cluster`: the two back ends, a local process pool and Dask.
- `output`: the JSON Lines output, resuming where a killed run stopped; Parquet if pyarrow is there.
- `jobs`: `keyfacts-cli --jobs N`; `command`: the `keyfacts-batch` command.
"""

from __future__ import annotations

from app.batch.items import BatchItem, iter_inputs
from app.batch.run import BatchStats, run_batch

__all__ = ["BatchItem", "BatchStats", "iter_inputs", "run_batch"]
