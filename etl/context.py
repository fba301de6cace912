"""A parsed document: sentences, mentions, time expressions and places.

Built once per document (:func:`parse_document`) and handed to every
extractor, so no extractor re-scans the text for numbers, dates or countries.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar, overload

import regex

from etl import dates, lexicon, numbers
from etl import text as textmod
from etl.numbers import Mention

_CAP_RUN = regex.compile(
    r"(?<![\w])[\p{Lu}][\p{L}.’'&]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.’'&]*)*", regex.V0
)
#: "the bloc", "the 27-nation bloc": the EU, in an article that names it (not "the Soviet bloc")
_BLOC = regex.compile(
    r"(?<![\w])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<p>(?:(?:\d+|[a-z]+)-(?:nation|member|country|state)\s+|European\s+|trading\s+|trade\s+"
    r"|economic\s+)?bloc)(?![\w])", regex.V0)
_EU_NAMED = regex.compile(r"(?<![\w])(?:EU|E\.U\.|EEC|Brussels|European\s+(?:Union|Community|Communities|Commission))(?![\w])", regex.V0)
T = TypeVar("T")
_TOKEN = regex.compile(r"[\p{L}.’'&]+", regex.V0)


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    code: str  #: ISO 3166-1 alpha-3, or EUU
    surface: str


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str], int]:
    names = lexicon.country_names()
    upper = {k.upper(): v for k, v in names.items() if len(k) > 2 or "." in k}
    longest = max(len(k.split()) for k in names)
    return names, upper, longest


def _lookup_place(s: str, all_caps: bool) -> str | None:
    names, upper, _ = _gazetteer()
    if s in lexicon.NOT_COUNTRIES:
        return "-"
    for cand in (s, s.rstrip("."), s + "."):
        if cand in names:
            return names[cand]
        if all_caps and cand.upper() in upper:
            return upper[cand.upper()]
    return None


_CAPITAL = regex.compile(r"\p{Lu}", regex.V0)
_ANY_RUN = regex.compile(r"[\p{L}.’'&]+(?:\s+[\p{L}.’'&]+)*", regex.V0)


def lowercased(text: str) -> bool:
    """Whether a story came through in lower case (a wire's "the minister said portugal's gdp grew 3.2 pct"):
    below its first line, hardly a capital among at least 200 letters. Its names are then read in any case."""
    body = text[text.find("\n") + 1:]
    if len(body) < 200:
        return False
    capitals = 0
    for _ in _CAPITAL.finditer(body):  # most stories fail at once: count capitals only up to one in a hundred characters
        capitals += 1
        if capitals > len(body) // 100:
            return False
    letters = sum(map(str.isalpha, body))
    return letters >= 200 and capitals < 0.01 * letters


def find_places(text: str, lo: int, hi: int, bloc: str | None = None, lower: bool = False) -> list[Place]:
    """Countries, blocs, demonyms and capitals in text[lo:hi]; "the bloc" is ``bloc`` if given. In a lowercased story
    (``lower``) every run of words is read, in any case."""
    _, _, longest = _gazetteer()
    out: list[Place] = []
    seg = text[lo:hi]
    all_caps = lower or sum(map(str.isupper, seg)) > 0.6 * max(1, sum(map(str.isalpha, seg)))
    for run in (_ANY_RUN if lower else _CAP_RUN).finditer(text, lo, hi):
        toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(longest + 2, len(toks) - i), 0, -1):
                a, b = toks[i][0], toks[i + n - 1][1]
                surface = text[a:b]
                for suffix in ("’s", "'s", "’", "'"):
                    if surface.endswith(suffix):
                        surface, b = surface[: -len(suffix)], b - len(suffix)
                        break
                code = _lookup_place(" ".join(surface.split()), all_caps)
                if code:
                    hit = (a, b, code, surface, n)
                    break
            if hit:
                if hit[2] != "-":
                    out.append(Place(hit[0], hit[1], hit[2], hit[3]))
                i += hit[4]
            else:
                i += 1
    if bloc and "bloc" in seg:
        out += [Place(b.start("p"), b.end("p"), bloc, b.group("p")) for b in _BLOC.finditer(text, lo, hi)]
        out.sort(key=lambda p: p.start)
    return out


#: "Philippine pesos": a currency noun several countries use, named with its country
_QUALIFIED_FORMS = [w for w in lexicon.CURRENCY_WORDS if " " in w and w.split()[-1].lower() in lexicon.SHARED_CURRENCY_NOUNS]
QUALIFIED_SHARED = regex.compile(r"(?<![\w])(?:" + lexicon.alternation(_QUALIFIED_FORMS) + r")(?![\w])",
                                 regex.VERBOSE | regex.IGNORECASE | regex.V0)


@lru_cache(maxsize=1)
def _family_by_country() -> dict[str, dict[str, str]]:
    """{noun family: {country alpha-3: currency}} from the qualified forms ("Philippine pesos": PHL -> PHP)."""
    names = lexicon.country_names()
    out: dict[str, dict[str, str]] = {}
    for form in _QUALIFIED_FORMS:
        *qualifier, noun = form.split()
        country = names.get(" ".join(qualifier))
        if country:
            out.setdefault(lexicon.SHARED_CURRENCY_NOUNS[noun.lower()], {}).setdefault(country, lexicon.CURRENCY_WORDS[form])
    return out


class Lazy(Sequence[T]):
    """A per-sentence list computed on first access: extractors only look at the
    sentences that hold candidate numbers (and their neighbours), so most
    sentences of a long article never need their dates or places read."""

    __slots__ = ("_fn", "_items", "_n")

    def __init__(self, n: int, fn: Callable[[int], T]) -> None:
        self._n, self._fn = n, fn
        self._items: list[T | None] = [None] * n

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...
    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        got = self._items[i]
        if got is None:
            got = self._items[i] = self._fn(i)
        return got


@dataclass
class ParsedDoc:
    doc_id: str
    text: str
    published: dt.date | None
    sentences: list[textmod.Sentence]
    mentions: list[list[Mention]]
    whens: Sequence[list[dates.When]]
    places: Sequence[list[Place]]
    _counts: Counter[str] | None = None
    _shared: dict[str, str] | None = None

    @property
    def country_counts(self) -> Counter[str]:
        """How often each country is named in the article (reads every sentence's places)."""
        if self._counts is None:
            self._counts = Counter(p.code for i in range(len(self.places)) for p in self.places[i])
        return self._counts

    def shared_currency(self, surface: str) -> str | None:
        """What a currency noun several countries use ("pesos", "francs") means in this article: the first
        form of it the article qualifies ("Philippine pesos"), else the currency of the country it is most
        about; None if neither (the word's default in the lexicon stands) or ``surface`` is no such noun."""
        key = surface.casefold()  # the shared nouns are single words
        if key not in lexicon.SHARED_CURRENCY_NOUNS:
            return None
        if self._shared is None:
            out: dict[str, str] = {}
            for q in QUALIFIED_SHARED.finditer(self.text):
                family = lexicon.SHARED_CURRENCY_NOUNS[q.group(0).split()[-1].lower()]
                out.setdefault(family, lexicon.lookup(lexicon.CURRENCY_WORDS, q.group(0)) or "")
            focus = self.focus_country()
            for family, by_country in _family_by_country().items():
                if family not in out and focus in by_country:
                    out[family] = by_country[focus]
            self._shared = {noun: out[fam] for noun, fam in lexicon.SHARED_CURRENCY_NOUNS.items() if out.get(fam)}
        return self._shared.get(key)

    def lead_country(self, exclude: frozenset[str] = frozenset(), n: int = 2) -> str | None:
        """The country the article is about if its headline or opening sentence names it (the first
        ``n`` sentences): the most named one of those, other than ``exclude``. An opening that names
        three or more countries ("rates for Japan, South Korea, Laos and Myanmar") is about none of them."""
        lead = {p.code for i in range(min(n, len(self.sentences))) for p in self.places[i]} - exclude - {"EUU"}
        if len(lead) >= 3:
            return None
        return next((code for code, _ in self.country_counts.most_common() if code in lead), None)

    def stext(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def focus_country(self, exclude: frozenset[str] = frozenset()) -> str | None:
        """The country the article is most about, other than ``exclude``."""
        for code, _ in self.country_counts.most_common():
            if code not in exclude and code != "EUU":
                return code
        return None

    def sentence_window(self, i: int, back: int = 1) -> range:
        """Indices of sentence i and up to ``back`` earlier ones in its paragraph."""
        p = self.sentences[i].paragraph
        j = i
        while j > 0 and i - j < back and self.sentences[j - 1].paragraph == p:
            j -= 1
        return range(j, i + 1)


def parse_document(doc_id: str, text: str, published: dt.date | None, layout: textmod.Layout | None = None) -> ParsedDoc:
    lay = layout or textmod.layout(text)
    sents = textmod.sentences(text, lay)
    ments = [numbers.parse(text, s.start, s.end) for s in sents]
    whens = Lazy(len(sents), lambda i: dates.find(text, sents[i].start, sents[i].end, published))
    bloc = "EUU" if "bloc" in text and _EU_NAMED.search(text) else None
    lower = lowercased(text)
    places = Lazy(len(sents), lambda i: find_places(text, sents[i].start, sents[i].end, bloc, lower))
    return ParsedDoc(doc_id, text, published, sents, ments, whens, places)
