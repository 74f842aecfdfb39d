"""How a corpus is spread over processes and machines.

- ``pool``: every core of one machine. Worker processes run
  ``pipeline.extract_document``; the parent reads the corpus, asks the store
  once per batch what is already there, and is the only writer.
- ``writer``: the parent's batched store writes (many documents in one
  transaction; a batch that fails is stored again one document at a time,
  so one document's failure stays that document's error).
- ``columns``: the Parquet schema of documents, claims and errors, shared by
  ``marsad export --format parquet`` and the Dask engine.
- ``distributed``: the Dask engine (``marsad extract --engine dask``):
  shards of the corpus become partitions of a ``dask.bag``, extracted on a
  ``dask.distributed`` cluster into partitioned Parquet, which
  ``marsad load`` brings into a store.
"""
