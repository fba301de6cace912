"""Draw the hand-judged sample of fact rows from a build of Reuters-21578.

    python -m etl build --corpus ../shared/corpus/reuters21578 --out /tmp/r21578 --workers 2
    python eval/sample.py /tmp/r21578 > eval/reuters21578_sample.csv   # then judge each row by hand

Rows are identified by fact_id and doc_id only: no article text is stored here.
"""

import sys

import pandas as pd

TABLES = ("tariffs", "fx_rates", "treasury_holdings", "tankan", "gdp")
KEYS = {
    "tariffs": ("imposer", "target", "sector", "rate_pct"),
    "fx_rates": ("base", "quote_ccy", "rate"),
    "treasury_holdings": ("holder", "amount_usd"),
    "tankan": ("category", "value"),
    "gdp": ("country", "change_pct"),
}

out = sys.argv[1]
frames = []
for t in TABLES:
    df = pd.read_parquet(f"{out}/{t}.parquet")
    if df.empty:
        continue
    df["table"] = t
    df["key"] = df[list(KEYS[t])].astype(str).agg(" ".join, axis=1)
    frames.append(df[["fact_id", "doc_id", "table", "key", "rule"]])
rows = pd.concat(frames).sample(100, random_state=20261123).sort_values(["table", "doc_id", "fact_id"])
rows["verdict"] = ""
rows["note"] = ""
rows.to_csv(sys.stdout, index=False)
