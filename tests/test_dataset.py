"""The built dataset: provenance, furniture, determinism, the committed output, the gold gate."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import SCHEMA_VERSION, __version__
from etl.evaluate import read_gold, score
from etl.pipeline import ALL_TABLES, FACT_TABLES, build, load

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds_gold.jsonl"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build(SEEDS, out)
    return out


def _texts() -> dict[str, str]:
    from etl.documents import decode

    return {p.name[:-4]: decode(p.read_bytes())[0] for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("table", FACT_TABLES)
def test_every_quote_is_the_text_at_its_offsets(built: Path, table: str) -> None:
    texts = _texts()
    df = load(built, table)
    assert len(df) > 0
    for r in df.itertuples():
        text = texts[r.doc_id]
        assert text[r.char_start:r.char_end] == r.quote
        assert r.quote in r.sentence and r.sentence in text


def test_no_fact_from_teasers(built: Path) -> None:
    texts = _texts()
    for doc_id in ("000_a7c50874b0f263fa", "003_48df2dfc749e10e2"):
        text = texts[doc_id]
        teaser_start = text.index("placeholder")
        docs = load(built, "documents").set_index("doc_id")
        assert docs.loc[doc_id, "body_end"] <= teaser_start
        for table in FACT_TABLES:
            df = load(built, table)
            rows = df[df["doc_id"] == doc_id]
            assert (rows["char_end"] <= teaser_start).all(), table
            for q in rows["sentence"]:
                assert "Bitcoin" not in q and "比特幣" not in q and "Gold prices" not in q


def test_documents_table_lists_every_file(built: Path) -> None:
    docs = load(built, "documents")
    assert sorted(docs["doc_id"]) == sorted(p.name[:-4] for p in SEEDS.glob("*.txt"))
    assert set(docs["status"]) == {"ok"}
    for r in docs.itertuples():
        assert r.doc_sha256 == hashlib.sha256((SEEDS / f"{r.doc_id}.txt").read_bytes()).hexdigest()


def test_parquet_metadata(built: Path) -> None:
    for table in ALL_TABLES:
        meta = pq.read_metadata(built / f"{table}.parquet").metadata
        assert meta[b"schema_version"].decode() == SCHEMA_VERSION
        assert meta[b"etl_version"].decode() == __version__
        # a digest of every input's "doc_id<TAB>sha256" line, in doc_id order
        lines = "".join(f"{p.name[:-4]}\t{hashlib.sha256(p.read_bytes()).hexdigest()}\n" for p in sorted(SEEDS.glob("*.txt")))
        assert meta[b"inputs_sha256"].decode() == hashlib.sha256(lines.encode()).hexdigest()


def test_fact_ids_unique(built: Path) -> None:
    for table in FACT_TABLES:
        ids = load(built, table)["fact_id"]
        assert ids.is_unique


def test_rows_read_from_one_span_get_distinct_ids(tmp_path: Path) -> None:
    # a rate that goes on ("will keep paying 25%") on the two goods of the sentence before: two rows, one quote
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Washington will raise its duty on Korean steel and aluminum to 50%. Korean mills will keep paying 25% until then.\n")
    out = tmp_path / "o"
    build(corpus, out)
    rows = load(out, "tariffs")
    kept = rows[rows["rate_pct"] == 25.0]
    assert sorted(kept["sector"]) == ["aluminum", "steel"] and kept["quote"].nunique() == 1
    assert rows["fact_id"].is_unique and len(load(out, "rejects")) == 0


def test_build_twice_same_bytes(built: Path, tmp_path: Path) -> None:
    build(SEEDS, tmp_path)
    for table in ALL_TABLES:
        assert (tmp_path / f"{table}.parquet").read_bytes() == (built / f"{table}.parquet").read_bytes(), table


def test_workers_do_not_change_bytes(built: Path, tmp_path: Path) -> None:
    build(SEEDS, tmp_path, workers=2)
    for table in ALL_TABLES:
        assert (tmp_path / f"{table}.parquet").read_bytes() == (built / f"{table}.parquet").read_bytes(), table


def test_committed_output_is_a_fresh_build(built: Path) -> None:
    for table in ALL_TABLES:
        committed = ROOT / "output" / f"{table}.parquet"
        assert committed.exists(), f"output/{table}.parquet is not committed"
        assert committed.read_bytes() == (built / f"{table}.parquet").read_bytes(), (
            f"output/{table}.parquet differs from a fresh build: run `make dataset` and commit"
        )


def test_seed_gold_scores(built: Path) -> None:
    report = score(read_gold(GOLD), built)
    assert report.total.f1 >= 0.95, report.as_dict()
    assert report.total.attr_accuracy >= 0.90, report.as_dict()


def test_an_extra_from_an_ungolded_document_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEEDS / "004_b4929eeaad865737.txt", corpus / "a.txt")
    out = tmp_path / "o"
    build(corpus, out)
    report = score([], out)
    assert report.total.n_pred > 0 and report.total.precision == 0.0
