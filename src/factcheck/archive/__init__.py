"""Archives: many articles in one file (JSON Lines, Parquet), read lazily and checked at scale.

`inputs` reads archives into `Document`s (also for plain `factcheck ARCHIVE`); `plan` cuts them
into partitions; `run` checks the partitions on Dask (the optional `factcheck[archive]` extra).
"""
