"""lexicon.alternation: the trie it builds matches what a flat longest-first list matches."""

import random

import pytest
import regex

from etl import lexicon as lx


def flat(words, boundary=True):
    """The plain form: every word in full, longest first (the reference)."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        p = regex.escape(w).replace(r"\ ", r"\s+")
        if boundary:
            p = (r"(?<![\w])" if w[:1].isalnum() else "") + p + (r"(?![\w])" if w[-1:].isalnum() else "")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


LISTS = {
    "currency words": list(lx.CURRENCY_WORDS),
    "rise words": list(lx.RISE_WORDS),
    "tariff words": list(lx.TARIFF_WORDS),
    "sectors": [w for ws in lx.SECTORS.values() for w in ws],
    "case clash": ["US", "us dollar", "u.s.", "Us", "usd", "U.S. dollar"],
    "prefixes": ["rise", "rises", "risen", "rose", "r", "ri", "a", "ab", "Ab", "abc"],
    "symbols": ["$", "US$", "¥", "-", "per cent", "per-cent", "%"],
}


def corpus_for(words, seed):
    """Text holding every word in several casings and contexts, plus near misses."""
    rnd = random.Random(seed)
    pieces = []
    for w in words:
        for form in (w, w.upper(), w.lower(), w.title(), w + "s", "x" + w, w + "x", w.replace(" ", "  \n")):
            pieces.append(form)
    rnd.shuffle(pieces)
    seps = [" ", "-", ".", ", ", "\n", "", "(", "'"]
    return "".join(p + rnd.choice(seps) for p in pieces)


@pytest.mark.parametrize("name", sorted(LISTS))
@pytest.mark.parametrize("boundary", [True, False], ids=["bounded", "bare"])
@pytest.mark.parametrize("flags", [regex.IGNORECASE, 0], ids=["ignorecase", "exact-case"])
def test_trie_matches_like_the_flat_list(name, boundary, flags):
    words = LISTS[name]
    text = corpus_for(words, seed=len(name))
    for suffix in ("", r"(?P<tail>\s+\w+)?", r"s"):  # the pattern may go on after the words
        want = regex.compile(flat(words, boundary) + suffix, flags | regex.V0)
        got = regex.compile(lx.alternation(words, boundary=boundary) + suffix, flags | regex.V0)
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_the_trie_is_shorter_to_try_than_the_list():
    pat = lx.alternation(["three", "two", "ten", "thirteen"])
    assert pat.count("(?:") < 4 and pat.startswith(r"\b")
