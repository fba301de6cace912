"""newsfacts ETL: numeric facts from news articles into validated Parquet tables."""

__version__ = "0.1.0"

#: version of the data contract (SPEC.md) the tables follow
SCHEMA_VERSION = "1.0.0"
