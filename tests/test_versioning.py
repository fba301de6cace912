"""Versioning: etl diff, the git textconv driver, datapackage.json and the changelog."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.cli import main
from etl.diff import Side, diff, diff_frames
from etl.package import bump, schema_change, sha256_file, table_schema
from etl.pipeline import ALL_TABLES, FACT_TABLES, build, load

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# An article written for this test (not from any source).
NEW_ARTICLE = """Ottawa widens steel duties

OTTAWA, March 4 (Test Wire) - Canada said on Tuesday it would impose a 25% tariff on steel
imports from China from April 1, 2025. Separately, the dollar rose to 151.20 yen.
"""


def _corpus(tmp: Path, extra: bool) -> Path:
    c = tmp / ("corpus_plus" if extra else "corpus")
    if c.exists():
        return c
    shutil.copytree(SEEDS, c)
    if extra:
        (c / "zz_test_article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return c


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("versions")
    a, b, c = tmp / "a", tmp / "b", tmp / "c"
    build(_corpus(tmp, False), a)
    build(_corpus(tmp, False), b)
    shutil.copytree(a, c)  # c continues from a: the next version of the same dataset
    build(_corpus(tmp, True), c)
    return {"a": a, "same": b, "plus": c}


def test_identical_builds_no_change_exit_0(builds: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(builds["a"]), str(builds["same"])]) == 0
    out = capsys.readouterr().out
    assert "tariffs: 0 added, 0 removed, 0 changed" in out


def test_one_added_article_lists_exactly_its_rows(builds: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    diffs = {d.table: d for d in diff(Side(str(builds["a"])), Side(str(builds["plus"])))}
    for table in FACT_TABLES:
        new_rows = load(builds["plus"], table)
        expected = set(new_rows.loc[new_rows["doc_id"] == "zz_test_article", "fact_id"])
        d = diffs[table]
        assert set(d.added.index) == expected, table
        assert len(d.removed) == 0 and not d.changed, table
    assert list(diffs["documents"].added.index) == ["zz_test_article"]
    assert len(diffs["tariffs"].added) >= 1  # the test article does carry a tariff
    assert main(["diff", str(builds["a"]), str(builds["plus"]), "--limit", "0"]) == 1
    out = capsys.readouterr().out
    assert "documents: 1 added, 0 removed, 0 changed" in out
    assert "+ zz_test_article" in out


def test_changed_rows_name_the_columns(tmp_path: Path, builds: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(builds["a"], tmp_path / "edited")
    path = tmp_path / "edited" / "tariffs.parquet"
    t = pq.read_table(path)
    df = t.to_pandas()
    df.loc[0, "rate_pct"] = df.loc[0, "rate_pct"] + 1
    pq.write_table(pa.Table.from_pandas(df, schema=t.schema, preserve_index=False), path)
    d = diff_frames("tariffs", load(builds["a"], "tariffs"), load(tmp_path / "edited", "tariffs"))
    assert d.changed == {df.loc[0, "fact_id"]: ["rate_pct"]}
    assert main(["diff", str(builds["a"]), str(tmp_path / "edited"), "--table", "tariffs"]) == 1
    assert "(rate_pct)" in capsys.readouterr().out


def test_diff_of_a_missing_side_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path / "nope"), str(tmp_path)]) == 2
    assert "neither an output folder nor a git revision" in capsys.readouterr().err


# -- versions and the changelog ---------------------------------------------------------------

def test_versions_follow_semver(builds: dict[str, Path], tmp_path: Path) -> None:
    first = json.loads((builds["a"] / "datapackage.json").read_text())
    assert first["version"] == "1.0.0"
    plus = json.loads((builds["plus"] / "datapackage.json").read_text())
    assert plus["version"] == "1.1.0"  # data added: MINOR
    log = (builds["plus"] / "CHANGELOG.md").read_text()
    assert log.index("## 1.1.0") < log.index("## 1.0.0")
    assert "- documents: 1 added, 0 removed, 0 changed" in log
    # rebuilding the same inputs changes nothing, not even the version
    before = {p.name: p.read_bytes() for p in builds["plus"].iterdir() if p.is_file()}
    build(_corpus(tmp_path, True), builds["plus"])
    after = {p.name: p.read_bytes() for p in builds["plus"].iterdir() if p.is_file()}
    assert before == after
    # taking the article out again removes rows only: PATCH
    shutil.copytree(builds["plus"], tmp_path / "minus")
    build(_corpus(tmp_path, False), tmp_path / "minus")
    assert json.loads((tmp_path / "minus" / "datapackage.json").read_text())["version"] == "1.1.1"


def test_schema_changes_are_major_or_minor() -> None:
    def pkg(fields: list[dict[str, object]]) -> dict[str, object]:
        return {"resources": [{"name": "t", "schema": {"fields": fields}}]}

    base = [{"name": "a", "type": "string", "constraints": {"enum": ["x", "y"]}}, {"name": "b", "type": "number"}]
    assert schema_change(pkg(base), pkg(base)) is None
    assert schema_change(pkg(base), pkg(base[:1])) == "major"  # column dropped
    assert schema_change(pkg(base), pkg([base[0], {"name": "b", "type": "string"}])) == "major"  # retyped
    assert schema_change(pkg(base), pkg([{"name": "a", "type": "string", "constraints": {"enum": ["x"]}}, base[1]])) == "major"
    assert schema_change(pkg(base), pkg([{"name": "a", "type": "string", "constraints": {"enum": ["x", "y", "z"]}}, base[1]])) == "minor"
    assert schema_change(pkg(base), pkg([*base, {"name": "c", "type": "integer"}])) == "minor"
    assert [bump("1.2.3", p) for p in ("major", "minor", "patch")] == ["2.0.0", "1.3.0", "1.2.4"]


# -- datapackage.json ---------------------------------------------------------------------------

def test_datapackage_hashes_rows_and_fields_match_the_files(builds: dict[str, Path]) -> None:
    out = builds["plus"]
    pkg = json.loads((out / "datapackage.json").read_text())
    assert [r["name"] for r in pkg["resources"]] == list(ALL_TABLES)
    for res in pkg["resources"]:
        path = out / res["path"]
        assert res["hash"] == f"sha256:{sha256_file(path)}"
        assert res["bytes"] == path.stat().st_size
        assert res["rows"] == pq.read_metadata(path).num_rows
        assert [f["name"] for f in res["schema"]["fields"]] == pq.read_schema(path).names
    sources = {s["title"]: s["sha256"] for s in pkg["sources"]}
    docs = load(out, "documents")
    assert sources == dict(zip(docs["doc_id"], docs["doc_sha256"], strict=True))
    assert pkg["etl_version"] and pkg["version"].count(".") == 2


def test_table_schema_carries_vocabularies_and_keys() -> None:
    s = table_schema("tariffs")
    fields = {f["name"]: f for f in s["fields"]}
    assert "autos" in fields["sector"]["constraints"]["enum"]
    assert fields["rate_pct"]["type"] == "number" and fields["rate_pct"]["constraints"]["maximum"] == 1000
    assert fields["effective_date"]["type"] == "date" and "required" not in fields["effective_date"].get("constraints", {})
    assert s["primaryKey"] == ["fact_id"]


def _frictionless(folder: Path) -> subprocess.CompletedProcess[str]:
    # frictionless reads Parquet through pyarrow by path, not through its byte stream,
    # so it cannot count bytes or hash them: those two checks are made by the test above.
    return subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "datapackage.json", "--skip-errors", "byte-count,hash-count"],
        cwd=folder, capture_output=True, text=True, check=False,
    )


def test_frictionless_validates_the_package(builds: dict[str, Path]) -> None:
    pytest.importorskip("frictionless")
    r = _frictionless(builds["plus"])
    assert r.returncode == 0, r.stdout + r.stderr


def test_frictionless_catches_a_value_outside_the_vocabulary(builds: dict[str, Path], tmp_path: Path) -> None:
    pytest.importorskip("frictionless")
    bad = tmp_path / "bad"
    shutil.copytree(builds["plus"], bad)
    t = pq.read_table(bad / "tariffs.parquet")
    df = t.to_pandas()
    df.loc[0, "sector"] = "spaceships"
    pq.write_table(pa.Table.from_pandas(df, schema=t.schema, preserve_index=False), bad / "tariffs.parquet")
    r = _frictionless(bad)
    assert r.returncode != 0 and "constraint" in r.stdout


# -- git: revisions and the textconv driver --------------------------------------------------

def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo)}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(tmp_path: Path, builds: dict[str, Path]) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    r = tmp_path / "repo"
    r.mkdir()
    _git(r, "init", "-q", "-b", "main")
    shutil.copyfile(ROOT / ".gitattributes", r / ".gitattributes")
    shutil.copytree(builds["a"], r / "output")
    _git(r, "add", "-A")
    _git(r, "commit", "-q", "-m", "v1")
    shutil.rmtree(r / "output")
    shutil.copytree(builds["plus"], r / "output")
    _git(r, "add", "-A")
    _git(r, "commit", "-q", "-m", "v2")
    return r


def test_diff_between_git_revisions(repo: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "etl", "diff", "HEAD~1", "HEAD", "--summary"], cwd=repo,
                       capture_output=True, text=True, check=False)
    assert r.returncode == 1, r.stderr
    assert "documents: 1 added, 0 removed, 0 changed" in r.stdout
    same = subprocess.run([sys.executable, "-m", "etl", "diff", "HEAD", "HEAD"], cwd=repo, capture_output=True, text=True, check=False)
    assert same.returncode == 0, same.stderr


def test_git_diff_shows_changed_rows_with_the_textconv_driver(repo: Path) -> None:
    path = repo / "output" / "tariffs.parquet"
    t = pq.read_table(path)
    df = t.to_pandas()
    old_rate = float(df.loc[0, "rate_pct"])
    df.loc[0, "rate_pct"] = old_rate + 5
    pq.write_table(pa.Table.from_pandas(df, schema=t.schema, preserve_index=False), path)
    assert "Binary files" in _git(repo, "diff", "--", "output/tariffs.parquet")
    _git(repo, "config", "diff.parquet.textconv", f"{sys.executable} -m etl textconv")  # what make git-setup does
    _git(repo, "config", "diff.parquet.xfuncname", r"^\[.+\]$")
    shown = _git(repo, "diff", "--", "output/tariffs.parquet")
    assert f"-  rate_pct: {old_rate}" in shown and f"+  rate_pct: {old_rate + 5}" in shown
    changed = [ln for ln in shown.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    assert len(changed) == 2, shown  # one value changed: one line out, one line in
    assert f"[{df.loc[0, 'fact_id']}]" in shown  # the hunk header names the row


def test_textconv_is_sorted_and_stable(builds: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["textconv", str(builds["a"] / "tariffs.parquet")]) == 0
    first = capsys.readouterr().out
    main(["textconv", str(builds["same"] / "tariffs.parquet")])
    assert capsys.readouterr().out == first
    ids = [ln[1:-1] for ln in first.splitlines() if ln.startswith("[")]
    assert ids == sorted(ids) and len(ids) == len(load(builds["a"], "tariffs"))
    assert first.startswith("# tariffs: ")


def test_textconv_of_a_non_parquet_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "x.parquet"
    p.write_bytes(b"not parquet")
    assert main(["textconv", str(p)]) == 0
    assert "not a readable Parquet file" in capsys.readouterr().out


def test_committed_package_describes_committed_tables() -> None:
    pkg = json.loads((ROOT / "output" / "datapackage.json").read_text())
    for res in pkg["resources"]:
        assert res["hash"] == f"sha256:{sha256_file(ROOT / 'output' / res['path'])}", res["name"]
    assert pd.Series([s["sha256"] for s in pkg["sources"]]).notna().all()
    assert (ROOT / "output" / "CHANGELOG.md").read_text().count(f"## {pkg['version']}") == 1


def test_textconv_renders_a_table_of_another_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "old.parquet"
    pq.write_table(pa.table({"doc_id": ["b", "a"], "old_column": [1, 2]}), p)
    assert main(["textconv", str(p)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# a table of another version: 2 rows")
    assert out.index("[a]") < out.index("[b]") and "  old_column: 2" in out
