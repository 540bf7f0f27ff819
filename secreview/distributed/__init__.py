"""Archive scale on Dask: ``cluster`` reviews documents on the workers of a Dask cluster, ``catalog`` writes
their Parquet catalog. Needs the ``secreview[dask]`` extra; ``secreview catalog … --output X.parquet`` is the
command."""
