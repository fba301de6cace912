"""Reading and sectioning: decoding, furniture, sentences with offsets."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from etl.documents import decode
from etl.pipeline import build, load
from etl.text import layout, lines, sentences


@pytest.mark.parametrize(
    "raw,text,encoding",
    [
        (b"Tariff of 25%.", "Tariff of 25%.", "utf-8"),
        (codecs.BOM_UTF8 + b"Yen at 145.", "Yen at 145.", "utf-8-sig"),
        ("Yen at 145.".encode("utf-16"), "Yen at 145.", "utf-16"),
        ("Caf\u00e9 tariff 10%".encode("latin-1"), "Caf\u00e9 tariff 10%", "cp1252"),
    ],
    ids=["utf8", "bom", "utf16", "latin1"],
)
def test_decode(raw: bytes, text: str, encoding: str) -> None:
    got, enc, _ = decode(raw)
    assert (got, enc) == (text, encoding)


def test_stray_invalid_bytes_are_replaced_and_counted() -> None:
    got, enc, n = decode("na\u00efve 25% tariff".encode() + b"\xff")
    assert enc == "utf-8" and n == 1 and got.endswith("\ufffd")


def test_furniture_is_set_aside() -> None:
    text = (
        "Yen firms as talks resume\n\nSource Example\n\nThe dollar fell to 140.10 yen on Monday.\n"
        "For queries, please contact desk@example.com\n"
        "Disclaimer: For information purposes only.\nplaceholder\nBitcoin jumps 8% to $70,000\n"
        "Author  Someone\n10 hours ago\n"
    )
    lay = layout(text)
    kept = " ".join(text[a:b] for a, b in lay.paragraphs)
    assert "140.10" in kept and "Bitcoin" not in kept and "desk@" not in kept and "Source" not in kept
    assert lay.body_end <= text.index("Disclaimer")


def test_other_language_lines_are_set_aside() -> None:
    text = "Tariffs rose to 25%.\n\u7f8e\u5143\u6307\u6578\u8dcc\u7a7f97.0\u7e8c\u5275\u5e74\u5167\u65b0\u4f4e\nThe yen held at 145.\n"
    lay = layout(text)
    kept = " ".join(text[a:b] for a, b in lay.paragraphs)
    assert "97.0" not in kept and "145" in kept and lay.n_foreign_lines == 1


def test_wire_copy_wrapped_lines_join_into_sentences() -> None:
    text = (
        "DOLLAR EASES\n\nThe dollar started at 138.40/50 yen against\n139.10/20 late yesterday, traders said, noting\n"
        "that volume was light before the holiday and the\ngathering of finance ministers.\n"
        "    It ended at 138.65 yen in Tokyo after a calm\nday in which the central bank kept out of\nthe market.\n"
    )
    lay = layout(text)
    sents = [text[s.start:s.end] for s in sentences(text, lay)]
    assert sents[0] == "DOLLAR EASES"
    assert sents[1].startswith("The dollar started") and sents[1].endswith("finance ministers.")
    assert sents[2].startswith("It ended") and sents[2].endswith("the market.")


def test_list_items_of_wrapped_length_stay_apart_but_a_dateline_dash_does_not() -> None:
    text = (
        "Korea Q2 survey index +8 vs +7 expected\n\n"
        "- Large manufacturing outlook +6 vs +6 expected today\n"
        "- Large non-manufacturing index +21 vs +20 expected; prior +22\n"
        "- Small manufacturing index minus 3 against a prior of minus 5\n\n"
        "WHEAT CROP SEEN LOWER AFTER DRY SPRING SEOUL, April 9\n"
        "- The country's wheat crop is likely to fall this year after a\ndry spring, officials said today.\n"
    )
    sents = [text[s.start:s.end] for s in sentences(text, layout(text))]
    assert sents[1] == "- Large manufacturing outlook +6 vs +6 expected today"
    assert sents[2].startswith("- Large non-manufacturing") and sents[3].startswith("- Small manufacturing")
    assert sents[4].startswith("WHEAT CROP") and sents[4].endswith("officials said today.")


def test_sentence_split_keeps_abbreviations_and_decimals() -> None:
    text = "The U.S. Economy grew 2.5 pct. Mr. Baker said so.Analysts agreed."
    sents = [text[s.start:s.end] for s in sentences(text, layout(text))]
    assert sents == ["The U.S. Economy grew 2.5 pct.", "Mr. Baker said so.", "Analysts agreed."]


def test_crlf_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"Title\r\n\r\nThe dollar closed at 151.40 yen.\r\nA 25% tariff on cars remains in effect.\r\n")
    out = tmp_path / "o"
    build(corpus, out)
    text = (corpus / "a.txt").read_bytes().decode()
    for table in ("fx_rates", "tariffs", "mentions"):
        for r in load(out, table).itertuples():
            assert text[r.char_start:r.char_end] == r.quote


def test_manifest_dates_and_missing_published(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The dollar fell to 139.88 yen last month.\n")
    (corpus / "b.txt").write_text("The dollar fell to 139.88 yen last month.\n")
    (corpus / "manifest.csv").write_text("doc_id,published,publisher,language,title\na,2025-05-16,X,en,T\nb,not-a-date,,en,\n")
    out = tmp_path / "o"
    build(corpus, out)
    fx = load(out, "fx_rates").set_index("doc_id")
    assert fx.loc["a", "period"] == "2025-04"
    assert fx.loc["b", "period"] is None or fx.loc["b", "period"] != fx.loc["b", "period"]
    docs = load(out, "documents").set_index("doc_id")
    assert "bad published date" in docs.loc["b", "reason"]


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\n\nb", "\n\na\n\n", "a\r\nb\rc\n\nd", "x\x0by\u2028z\n"],
                         ids=["empty", "newline", "one", "trailing", "blank-between", "blank-edges", "mixed-breaks", "other-separators"])
def test_lines_are_the_text_between_breaks(text: str) -> None:
    """Every line is a span of the text; \\r\\n, \\n and \\r end lines, other separators do not."""
    got = [text[ln.start:ln.end] for ln in lines(text)]
    want = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert got == want


def test_crlf_wire_copy_reads_like_lf() -> None:
    lf = "WASHINGTON, March 3 - The dollar closed at 151.40 yen\nin late trading, dealers said, after a quiet\nsession in Tokyo and London.\n"
    crlf = lf.replace("\n", "\r\n")
    def spans(text: str) -> list[str]:
        return [" ".join(text[s.start:s.end].split()) for s in sentences(text, layout(text))]
    assert spans(crlf) == spans(lf) == [" ".join(lf.split())]
