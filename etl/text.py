"""Article body, page furniture and sentences, all as offsets into the text.

Nothing here rewrites the text: every span is a ``(start, end)`` pair into the
decoded document string, so a quote can always be cut back out of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_F = regex.VERBOSE | regex.IGNORECASE | regex.V0

# --------------------------------------------------------------------------
# Page furniture: lines that are not the article.
# --------------------------------------------------------------------------

#: a line that starts the tail of the page (teasers of other stories, disclaimers)
END_MARKER = regex.compile(
    r"""^\s*(?:
        placeholder | goTop
      | disclaimer\b.* | 免責聲明.* | 免责声明.*
      | related\s+(?:articles|stories|news)\b.* | read\s+more\b.* | more\s+from\b.*
      | recommended(?:\s+for\s+you)?\s*:?.* | you\s+may\s+also\s+like.* | trending\s+now.*
    )\s*$""",
    _F,
)

#: a single line of furniture anywhere on the page
FURNITURE = regex.compile(
    r"""^\s*(?:
        placeholder | goTop | quote | ear
      | (?:author|作者|by)\s{1,3}\S.{0,40}                      # "Author  Beincrypto"
      | \d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago
      | \d{1,3}\s*(?:小時前|小时前|分鐘前|分钟前|天前)
      | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s[A-Z][a-z]{2}  # "Feb 03, Tue"
      | (?:source|來源|来源|photo|image|credit|editor)\s*[:/]?\s*\S.{0,60}
      | post\s+views\s*:.* | uploaded\s+by\b.* | see\s+also\s*:.* | share\s+this\b.*
      | (?:all\s+contents\s+)?(?:©|\(c\)|copyright|\[copyright).* | all\s+rights\s+reserved.*
      | for\s+(?:queries|more\s+information|enquiries)\b.*
      | your\s+.{0,40}\bdeserves\s+attention\b.*
      | (?:\#\w+\s*){2,} | \$[A-Z]{2,6}                          # hashtag lines, "$BTC"
      | \.{2,}\s*more | -{2,} | reuter | reuters | newsfrom\s+\w+ | \(?ap\)?
      | date\s*: | (?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+\w+\s+\d{1,2},\s+\d{4}
    )\s*$""",
    _F,
)
#: furniture known by a word anywhere in the line; each needs its cue (ANYWHERE_CUES), so the
#: costly scan runs only on lines that have one
FURNITURE_ANYWHERE = regex.compile(
    r"""^\s*(?:
        .*\b[\w.+-]+@[\w-]+\.[\w.]+\b.*                        # an e-mail address
      | .*\bplease\s+(?:contact|email)\b.*
      | .*\bREUTERS/[A-Z]\w+(?:\s[A-Z]\w+)*\s*$                # photo caption credit
    )\s*$""",
    _F,
)
ANYWHERE_CUES = ("@", "please", "reuters/")


def is_furniture(line: str) -> bool:
    """A line of page furniture (by-lines, credits, share buttons, contacts), not article text."""
    if FURNITURE.match(line):
        return True
    low = line.lower()
    return any(c in low for c in ANYWHERE_CUES) and bool(FURNITURE_ANYWHERE.match(line))

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Arabic}\p{Cyrillic}]")
_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  #: end of the line's text (line break excluded)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the article is in the text."""

    body_start: int
    body_end: int
    paragraphs: tuple[tuple[int, int], ...]  #: kept spans of article text
    n_furniture_lines: int
    n_foreign_lines: int


_BREAK = regex.compile(r"\r\n|\n|\r")               # a line break
# end-anchored patterns are matched right to left (REVERSE): one attempt at the line's end
_CLOSED = regex.compile(r"[.!?:\"”)]\s*$", regex.REVERSE)          # a line that ends a sentence
_GOES_ON = regex.compile(r"\s*[\p{Ll}\d(]")          # a line that starts mid-sentence
_COLON_END = regex.compile(r":\s*$", regex.REVERSE)
_LOWER_END = regex.compile(r"[,a-z]$", regex.REVERSE)


def lines(text: str) -> list[Line]:
    """Lines with offsets; any of \\r\\n, \\n, \\r ends a line."""
    out: list[Line] = []
    pos = 0
    if "\r" not in text:  # the common case: a split is all it takes
        for piece in text.split("\n"):
            out.append(Line(pos, pos + len(piece)))
            pos += len(piece) + 1
        return out
    for m in _BREAK.finditer(text):
        out.append(Line(pos, m.start()))
        pos = m.end()
    out.append(Line(pos, len(text)))
    return out


def is_foreign(line: str) -> bool:
    if line.isascii():
        return False
    letters = len(_LETTER.findall(line))
    return letters > 0 and len(_CJK.findall(line)) / letters >= 0.3


def layout(text: str) -> Layout:
    """Find the article body and its paragraphs; set aside page furniture."""
    ls = [ln for ln in lines(text)]
    kept: list[Line] = []
    n_furn = n_foreign = 0
    ended = False
    has_body = False
    for ln in ls:
        s = text[ln.start:ln.end]
        if not s.strip():
            kept.append(ln)  # blank lines separate paragraphs
            continue
        if ended:
            n_furn += 1
            continue
        if has_body and len(s) <= 300 and END_MARKER.match(s):
            ended = True
            n_furn += 1
            continue
        if is_foreign(s[:5000]):
            n_foreign += 1
            kept.append(Line(ln.start, ln.start))  # acts as a paragraph break
            continue
        if len(s) <= 300 and is_furniture(s):  # furniture lines are short; long lines are never tested
            n_furn += 1
            kept.append(Line(ln.start, ln.start))
            continue
        kept.append(ln)
        has_body = True
    paragraphs = _paragraphs(text, kept)
    if paragraphs:
        body = (paragraphs[0][0], paragraphs[-1][1])
    else:
        body = (0, 0)
    return Layout(body[0], body[1], tuple(paragraphs), n_furn, n_foreign)


def _hard_wrapped(text: str, ls: list[Line]) -> bool:
    """Wire copy wraps lines at a fixed width inside sentences."""
    full = [text[ln.start:ln.end] for ln in ls if ln.end - ln.start > 0]
    if len(full) < 3:
        return False
    wrapped = sum(
        1 for s in full
        if 35 <= len(s.rstrip()) <= 90 and not _CLOSED.match(s)
    )
    return wrapped / len(full) >= 0.3


_DATELINE_END = regex.compile(r"\p{Lu}{2,}[\p{Lu} .'’-]*,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*$", regex.V0)
_ITEM_START = regex.compile(r"[-*•·]\s+[\p{Lu}\d+−-]", regex.V0)  # a bulleted item's first line


def _paragraphs(text: str, kept: list[Line]) -> list[tuple[int, int]]:
    nonblank = [ln for ln in kept if text[ln.start:ln.end].strip()]
    wrapped = _hard_wrapped(text, nonblank)
    paras: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    last_line = ""
    for ln in kept:
        s = text[ln.start:ln.end]
        if not s.strip():
            if cur:
                paras.append(cur)
            cur = None
            continue
        indented = s[:1] in (" ", "\t")
        prev = last_line if cur is not None else ""
        # a line cut mid-sentence: no closing punctuation and the next line goes on in lower case
        continues = bool(prev) and not _CLOSED.match(prev) and bool(_GOES_ON.match(s))
        # (a list item starts a block of its own: "- Large manufacturing outlook +12 vs +12 expected")
        # (but not the dash after a wire dateline at the end of the line before: "CARACAS, Oct 19\n- The current ...")
        item = bool(_ITEM_START.match(s)) and not _DATELINE_END.search(prev)
        if cur is not None and not indented and not item and ((wrapped and not _ends_block(prev)) or continues):
            cur = (cur[0], ln.end)
        else:
            if cur:
                paras.append(cur)
            cur = (ln.start, ln.end)
        last_line = s
    if cur:
        paras.append(cur)
    # trim surrounding white space
    out = []
    for a, b in paras:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            out.append((a + lead, b - trail))
    return out


def _ends_block(par: str) -> bool:
    """A line that closes its block even in wrapped copy: a heading or list item."""
    last = par.splitlines()[-1] if par else ""
    return bool(_COLON_END.match(last)) or len(last.strip()) < 25 and not _LOWER_END.match(last.strip())


# --------------------------------------------------------------------------
# Sentences.
# --------------------------------------------------------------------------

ABBREVIATIONS = frozenset(
    """u.s u.k u.n e.u e.c u.s.a mr mrs ms dr prof st co corp inc ltd jr sr jan feb mar apr jun
    jul aug sep sept oct nov dec no vs e.g i.e gov sen rep gen lt col capt a.m p.m ave mt ft
    approx est fig bros dept govt messrs ex""".split()
)

_BOUNDARY = regex.compile(
    r"""
    (?P<p>[.!?]+)["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\d+$¥€£-])   # ". The", "? 25"
  | (?<=[\p{Ll}\d%)])(?P<glued>\.)(?=\p{Lu}\p{Ll})            # "+12.That": a space went missing
    """,
    regex.VERBOSE | regex.V0,
)
_TOKEN_BEFORE = regex.compile(r"([\w.]+)$")


def sentences(text: str, lay: Layout) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, (a, b) in enumerate(lay.paragraphs):
        start = a
        for m in _BOUNDARY.finditer(text, a, b):
            if m.group("p"):
                tok = _TOKEN_BEFORE.search(text, max(a, m.start() - 12), m.start())
                word = tok.group(1).lower().rstrip(".") if tok else ""
                if (word in ABBREVIATIONS or (len(word) == 1 and "a" <= word <= "z")) and len(m.group("p")) == 1:
                    continue
                cut = m.end()
            else:
                cut = m.end()
            _add(text, out, start, cut, pi)
            start = cut
        _add(text, out, start, b, pi)
    return out


#: no sentence is longer than this: a longer run is cut at white space, so every
#: per-sentence scan is bounded and the whole pipeline stays linear in its input
MAX_SENTENCE = 2000


def _add(text: str, out: list[Sentence], a: int, b: int, pi: int) -> None:
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        _add(text, out, a, cut, pi)
        a = cut
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if b - trail > a + lead:
        out.append(Sentence(a + lead, b - trail, pi))
