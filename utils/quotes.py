"""Finding quotes and who said them.

Three layers, each usable on its own:

1. :func:`find_quote_marks` pairs quotation marks in plain text, paragraph by
   paragraph, whatever their kind and mix, and never gives up on a broken
   pair (only that pair is skipped).
2. :func:`extract_quotes` reads a parsed spaCy ``Doc``: it finds the
   reporting cue of each quoted span (said, told, added ...), the speaker,
   the medium, and tells direct, partial and scare quotes apart; it also finds
   indirect speech (a cue with a reported clause, and "according to X").
3. :class:`SpeakerResolver` turns a mention ("she", "Ilyichev", "the
   minister") into the fullest name the article gives.

>>> from utils.article import article_from_text
>>> from utils.nlp import parse
>>> art = article_from_text('“We will stay,” Anna Berg said. “We have no choice,” she added.')
>>> [(q.kind, q.text, q.speaker) for q in extract_quotes(parse(art))]
[('direct', 'We will stay,', 'Anna Berg'), ('direct', 'We have no choice,', 'Anna Berg')]
"""
from __future__ import annotations

import bisect
import contextvars
import csv
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Iterable

import pandas as pd
from spacy.tokens import Doc, Span as SpacySpan, Token

from .article import DATA_DIR

# --------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class TextSpan:
    """A piece of the article: character offsets and the text between them."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Quote:
    """One quote: what was said, by whom, through which cue and medium.

    ``start``/``end`` cover the content only (quotation marks excluded).
    ``why`` says in words how the extractor decided, for students.
    """

    kind: str  # direct | partial | indirect | scare
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_mention: TextSpan | None = None
    cue: TextSpan | None = None
    medium: str | None = None
    paragraph: int | None = None
    why: str = ""
    marks: tuple[int, int] | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "medium": self.medium,
            "paragraph": self.paragraph,
            "why": self.why,
        }


# --------------------------------------------------------------------------
# 1. quotation marks

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"

_OPEN_CONTEXT = set(" \t\n([{—–-/:") | {"\u00a0"}
_CLOSE_CONTEXT = set(" \t\n)]}.,;:!?—–-/…") | {"\u00a0"}


@dataclass(frozen=True)
class QuoteMarks:
    """A paired span of quoted text in the raw string.

    ``open``/``close`` are the offsets of the marks (``close`` is None when
    the quote runs to the end of its paragraph and goes on in the next one,
    or was never closed). ``start``/``end`` cover the content.
    """

    start: int
    end: int
    open: int | None
    close: int | None
    paragraph: int
    family: str  # "double" or "single"
    note: str = ""  # "", "continues", "continued", "unclosed", "no-opening-mark"


def _mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """'O' opener, 'C' closer, 'A' either, 'X' not a quotation mark (apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "“„«‟‚‹":
        return "O"
    if ch in "»›":
        return "C"
    if ch == "”":
        if prev in _OPEN_CONTEXT and nxt not in _CLOSE_CONTEXT:
            return "O"  # Swedish style ”…” or a typo
        return "C"
    if ch == "‘":
        if nxt.isdigit():
            return "X"  # ‘90s
        return "O"
    if ch in "’'":
        if prev.isalnum() and nxt.isalnum():
            return "X"  # don’t, Russia’s, rock’n’roll
        if prev in _OPEN_CONTEXT and (nxt.isdigit() or (nxt.isalpha() and _elision(text, i + 1, hi))):
            return "X"  # ’90s, ’em, ’n’
        if prev in _OPEN_CONTEXT and nxt not in _CLOSE_CONTEXT:
            return "O" if ch == "'" else "X"
        if prev not in _OPEN_CONTEXT:
            if prev in "sS" and nxt == " " and i + 2 < hi and text[i + 2].isalpha():
                return "c"  # weak closer: players’ union, or a real closing mark
            return "C"
        return "X"
    if ch == '"':
        o = prev in _OPEN_CONTEXT or prev in "“‘«„"
        c = nxt in _CLOSE_CONTEXT or nxt in "”’»"
        if o and not c:
            return "O"
        if c and not o:
            return "C"
        return "A"
    return "X"


_N_ELISION = re.compile(r"(?<=\s)[’'‘]n[’']?(?=\s)")
_ELISIONS = ("em", "n", "til", "cause", "tis", "twas", "round")


def _elision(text: str, j: int, hi: int) -> bool:
    m = re.match(r"[A-Za-z]+", text[j:hi])
    return bool(m) and m.group(0).lower() in _ELISIONS


_TAG_AFTER = re.compile(
    r"[,.!?]\s+(?:[A-Z][\w’'.-]*\s+){0,4}?(?:he|she|they|it|[A-Z][\w’'-]+)?\s*(?:said|says|added|told|asked|noted|explained|insisted|continued)\b"
)


def _pair_family(text: str, lo: int, hi: int, family: str) -> tuple[list[tuple[int | None, int | None, str]], list[int]]:
    """Pair the marks of one family inside text[lo:hi].

    Returns (pairs, dangling): pairs are (open, close, note) with close None
    for a quote left open at the end; dangling are closers with no opener.
    """
    chars = (DOUBLE_OPEN + DOUBLE_CLOSE + '"') if family == "double" else (SINGLE_OPEN + SINGLE_CLOSE + "'")
    marks = [(i, _mark_role(text, i, lo, hi)) for i in range(lo, hi) if text[i] in chars]
    elided = {m.start() for m in _N_ELISION.finditer(text, lo, hi)} | {m.end() - 1 for m in _N_ELISION.finditer(text, lo, hi)}
    marks = [(i, r) for i, r in marks if r != "X" and i not in elided]
    pairs: list[tuple[int | None, int | None, str]] = []
    dangling: list[int] = []
    open_at: int | None = None
    for k, (i, role) in enumerate(marks):
        ch = text[i]
        if open_at is None:
            if role in "OA":
                open_at = i
            elif role == "C":
                dangling.append(i)
            # a weak closer with nothing open is an apostrophe
            continue
        opener = text[open_at]
        if role == "c":
            # weak closer: close only if no stronger closer follows before the next opener
            later = [r for _, r in marks[k + 1:]]
            stronger = False
            for r in later:
                if r == "O":
                    break
                if r in "CA":
                    stronger = True
                    break
            if stronger:
                continue
            pairs.append((open_at, i, ""))
            open_at = None
        elif ch == '"' and role == "O" and opener == '"' and _TAG_AFTER.search(text, open_at + 1, i):
            # "Theyve been at it for years, he said. "Next quote": the first one lost its closing mark
            m = _TAG_AFTER.search(text, open_at + 1, i)
            pairs.append((open_at, -(m.start() + 1), "unclosed"))
            open_at = i
        elif role in "CA" or (ch == '"' and role == "O") or (opener == "„" and ch == "“"):
            pairs.append((open_at, i, ""))
            open_at = None
        elif role == "O":
            # a second opener while one is open: the first one is broken
            dangling.append(open_at)
            open_at = i
    if open_at is not None:
        pairs.append((open_at, None, "unclosed"))
    return pairs, dangling


def find_quote_marks(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[QuoteMarks]:
    """Pair quotation marks paragraph by paragraph.

    - any mix of kinds: “…”, "…", “…", „…“, «…», ‘…’, '…'
    - apostrophes (don’t, Russia’s, the players’ union, ’90s) are not marks
    - a quote nested inside another is part of the outer one
    - a quote left open at the end of a paragraph continues in the next
      paragraph when that one opens with a mark ("continues");
      otherwise it runs to the end of its paragraph or to an attribution
      tag inside it ("unclosed")
    - a closing mark with no opener at all, when it is the first mark of the
      paragraph, closes a quote that began at the paragraph start

    >>> [(q.start, q.end, q.note) for q in find_quote_marks('He said "yes" and “no".', [(0, 23)])]
    [(9, 12, ''), (19, 21, '')]
    """
    paras = [(s, e) for s, e in paragraphs]
    result: list[QuoteMarks] = []
    first_char_is_opener = []
    for s, e in paras:
        j = s
        while j < e and text[j].isspace():
            j += 1
        first_char_is_opener.append(j < e and text[j] in (DOUBLE_OPEN + SINGLE_OPEN + "\"'") and _mark_role(text, j, s, e) in "OA")
    for pi, (s, e) in enumerate(paras):
        spans: list[QuoteMarks] = []
        for family in ("double", "single"):
            pairs, dangling = _pair_family(text, s, e, family)
            for o, c, note in pairs:
                if c is not None and c < 0:
                    spans.append(QuoteMarks(o + 1, -c, o, None, pi, family, note))
                    continue
                if c is not None:
                    if c - o - 1 <= 0:
                        continue
                    spans.append(QuoteMarks(o + 1, c, o, c, pi, family, note))
                    continue
                # left open at the end of the paragraph
                if pi + 1 < len(paras) and first_char_is_opener[pi + 1]:
                    end = e
                    spans.append(QuoteMarks(o + 1, end, o, None, pi, family, "continues"))
                    continue
                m = _TAG_AFTER.search(text, o + 1, e)
                end = m.start() + 1 if m else e
                if end - o - 1 >= 2:
                    spans.append(QuoteMarks(o + 1, end, o, None, pi, family, "unclosed"))
            if dangling and family == "double":
                first = dangling[0]
                before = [q for q in spans if q.open is not None and q.open < first]
                if not before and len(text[s:first].split()) >= 2 and text[s] not in ALL_MARKS:
                    spans.append(QuoteMarks(s, first, None, first, pi, family, "no-opening-mark"))
        spans = _drop_nested(spans)
        result.extend(spans)
    return sorted(result, key=lambda q: q.start)


def unbalanced_marks(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[int]:
    """Offsets of double quotation marks that found no partner (for a warning).

    >>> unbalanced_marks('He said “yes and left.', [(0, 22)])
    [8]
    """
    out: list[int] = []
    paras = list(paragraphs)
    for pi, (s, e) in enumerate(paras):
        pairs, dangling = _pair_family(text, s, e, "double")
        out.extend(dangling)
        for o, c, note in pairs:
            if c is not None and c < 0:
                out.append(o)
            elif c is None:
                nxt = paras[pi + 1] if pi + 1 < len(paras) else None
                starts_quote = nxt is not None and text[nxt[0]:nxt[0] + 1] in (DOUBLE_OPEN + '"')
                if not starts_quote:
                    out.append(o)
    return sorted(out)


def _drop_nested(spans: list[QuoteMarks]) -> list[QuoteMarks]:
    spans = sorted(spans, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[QuoteMarks] = []
    for q in spans:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue  # nested inside a quote we already have
        if any(q.start < k.end and k.start < q.end for k in kept):
            # crossing spans: keep the one found first (usually the double marks)
            continue
        kept.append(q)
    # single-mark spans of one character are apostrophe noise ('n')
    return [q for q in kept if q.end - q.start >= 2 or q.family == "double"]


def _text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["_text"] = cached
    return cached[1]


def _ent_of(tok: Token) -> SpacySpan | None:
    """The named entity ``tok`` is part of, found by walking the IOB tags (no scan of doc.ents)."""
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = tok.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return SpacySpan(doc, i, j, label=tok.ent_type_)


# --------------------------------------------------------------------------
# lexicon of cues


@lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """Lemmas of reporting verbs, from ``data/lexicons/cue_verbs.csv``."""
    with open(DATA_DIR / "lexicons" / "cue_verbs.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["lemma"] for r in csv.DictReader(fh) if r["kind"] == "speech")


# verbs that report speech but normally take a noun object, not a clause
OBJECT_CUES = {"denounce", "condemn", "criticise", "criticize", "call", "dismiss", "brand", "label",
               "cite", "accuse", "describe", "blame"}
MEDIUM_NOUNS = {"statement", "interview", "letter", "post", "tweet", "video", "op-ed", "column", "broadcast",
                "release", "briefing", "conference", "speech", "message", "email", "report", "communique",
                "communiqué", "declaration", "address", "podcast", "blog", "memo", "note", "filing", "editorial"}
DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
                      r"\s*(?:\([^)]{1,40}\))?\s*[-–—]\s*")
INVERTIBLE = {"say", "add", "write", "ask", "reply", "respond", "continue", "explain", "note", "recall",
              "insist", "warn", "argue", "declare", "announce", "conclude", "observe", "remark", "answer",
              "state", "comment", "agree", "joke", "quip", "admit", "concede", "acknowledge", "claim", "counter",
              "tweet", "post", "confirm", "suggest", "stress", "predict", "promise", "urge"}
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p", "i": "s", "we": "p",
            "it": "n"}
DETERMINERS = {"a", "an", "the", "both", "one", "another", "some", "this", "that", "these", "those", "all"}
TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "miss", "madam"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame"}
MALE_TITLES = {"mr", "mr.", "sir"}


_ACTIVE_CUES: contextvars.ContextVar[frozenset[str] | None] = contextvars.ContextVar("cues", default=None)


def is_cue(tok: Token) -> bool:
    """True when ``tok`` is a reporting verb (said, told, claimed ...) used as a verb."""
    lemma = tok.lemma_.lower()
    if lemma not in (_ACTIVE_CUES.get() or cue_lemmas()):
        return False
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB", "VBG")):
        return False
    if tok.dep_ == "amod":
        return False  # "claimed presence", "the said agreement"
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False
    if lemma == "call" and not any(c.dep_ in ("oprd", "xcomp", "dobj", "ccomp") for c in tok.children):
        return False
    return True


# --------------------------------------------------------------------------
# 3. resolving speakers


def _clean(text: str) -> str:
    words = text.strip().split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    text = " ".join(words)
    text = re.sub(r"[’']s$", "", text)
    return text.strip(" ,.;:")


def _proper_part(name: str) -> str:
    """A body's name without lowercase words before it: "state Department of Environment" → "Department of Environment"."""
    words = name.split()
    while len(words) > 2 and words[0][:1].islower() and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


# Words that can stand before a name as a title or job ("Councilwoman Teresa
# Valdivia", "Local MSP Callum Fraser"): left out of the canonical name and
# kept as roles of the person.
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
    "president", "vice", "prime", "minister", "mayor", "councilman", "councilwoman", "councillor", "councilor",
    "senator", "sen", "rep", "representative", "governor", "gov", "secretary", "general", "gen", "colonel",
    "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "judge", "justice",
    "chief", "director", "king", "queen", "prince", "princess", "pope", "father", "rev", "reverend",
    "bishop", "archbishop", "sheikh", "coach", "manager", "chancellor", "commissioner", "inspector",
    "superintendent", "supt", "detective", "det", "officer", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "deputy", "mp", "msp", "mep", "local", "ceo", "chairman", "chairwoman",
    "chair", "clerk", "speaker", "sheriff", "attorney", "prosecutor", "foreign", "interior", "defence",
    "defense", "finance", "health", "justice", "transport", "education", "economy", "former", "acting",
    "interim", "state", "federal", "assistant", "associate", "senior", "head", "leader", "opposition",
    "labour", "union", "party", "council", "fire", "police", "marshal", "admiral", "premier", "emir",
    "owner", "counsel", "lawyer", "solicitor", "barrister", "boss", "founder", "veteran", "star",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "recorder", "constable", "striker",
    "midfielder", "goalkeeper", "defender", "forward", "winger", "skipper", "rabbi", "imam", "priest", "pastor",
    "nurse", "dame", "baroness", "baron", "earl", "countess", "duke", "duchess", "magistrate", "coroner",
    "ayatollah", "comrade", "cllr", "trustee", "collector", "alderman", "alderwoman", "supervisor", "selectman",
    "delegate", "regent", "provost", "warden", "councillor", "mayor-elect", "dep", "insp", "pc", "ds", "di", "dci", "dean", "rector", "principal", "founder", "executive", "trade", "agriculture",
}
# Title words that qualify a role rather than name one ("Opposition leader", "Foreign Minister")
TITLE_MODIFIERS = {"opposition", "labour", "union", "party", "council", "state", "federal", "local", "foreign",
                   "interior", "defence", "defense", "finance", "health", "justice", "transport", "education",
                   "economy", "former", "acting", "interim", "assistant", "associate", "senior", "deputy", "head",
                   "vice", "prime", "chief", "trade", "agriculture", "executive", "fire", "police", "general"}
ORG_NOUNS = {
    "company", "firm", "ministry", "department", "club", "court", "group", "union", "council", "board",
    "agency", "government", "party", "bank", "hospital", "authority", "office", "federation", "commission",
    "committee", "association", "team", "network", "operator", "airline", "university", "school", "charity",
    "organisation", "organization", "army", "military", "service", "institute", "foundation", "alliance",
    "coalition", "campaign", "administration", "embassy", "council", "cabinet", "parliament", "assembly",
    "tribunal", "panel", "inquiry", "regulator", "watchdog", "carrier", "manufacturer", "retailer", "giant",
    "insurer", "lender", "utility", "broadcaster", "newspaper", "league", "federation", "body", "brand",
    "startup", "corporation", "conglomerate", "bureau", "force", "police", "prosecutors", "state",
    "museum", "gallery", "library", "district", "trust", "zoo", "theatre", "theater", "orchestra",
}
PERSON_NOUNS = {
    "witness", "resident", "spokesman", "spokeswoman", "spokesperson", "official", "driver", "nurse", "doctor",
    "farmer", "mother", "father", "source", "man", "woman", "officer", "worker", "student", "teacher", "lawyer",
    "member", "leader", "minister", "owner", "employee", "neighbour", "neighbor", "survivor", "victim", "fan",
    "voter", "shopper", "passenger", "parent", "mum", "dad", "friend", "colleague", "analyst", "expert",
    "economist", "scientist", "researcher", "professor", "diplomat", "activist", "protester", "organiser",
    "organizer", "campaigner", "executive", "director", "manager", "chief", "president", "secretary", "aide",
    "adviser", "advisor", "representative", "negotiator", "commander", "soldier", "captain", "judge",
    "prosecutor", "detective", "inspector", "councillor", "senator", "governor", "mayor", "coach", "player",
    "shopkeeper", "trader", "baker", "fisherman", "villager", "local", "pensioner", "patient", "customer",
    "user", "engineer", "pilot", "guard", "paramedic", "firefighter", "medic", "midwife", "surgeon", "boss",
}
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                       "col": "colonel", "capt": "captain", "lt": "lieutenant", "det": "detective",
                       "supt": "superintendent", "insp": "inspector", "prof": "professor", "dr": "doctor",
                       "sgt": "sergeant", "cllr": "councillor", "maj": "major", "pres": "president",
                       "fr": "father", "rev": "reverend", "dc": "constable", "pc": "constable"}
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le",
                  "ní", "nic", "mac", "ua",
                  "dos", "das", "del", "ben", "abu", "ter", "ten", "st"}
POST_NOMINALS = {"KC", "QC", "SC", "BL", "MP", "MEP", "MSP", "TD", "MLA", "Jr", "Jr.", "Sr", "Sr.", "PhD", "MD", "RN",
                 "Esq", "Esq.", "OBE", "MBE", "CBE", "KBE", "DBE", "II", "III"}
ORG_WORDS = {"union", "council", "ministry", "group", "bank", "radio", "news", "agency", "party", "court", "police",
             "department", "office", "company", "club", "university", "institute", "association", "federation",
             "commission", "committee", "board", "government", "army", "tv", "times", "post", "review", "gazette",
             "press", "international", "national", "city", "county", "state", "republic", "front", "alliance",
             "foundation", "fund", "health", "holdings", "inc", "ltd", "corp", "plc", "news", "daily", "weekly",
             "world", "global", "service", "services", "network", "media", "centre", "center", "united", "nations",
             "resources", "mining", "energy", "oil", "gas", "airlines", "airways", "motors", "systems", "labs",
             "technologies", "partners", "capital", "industries", "pharma", "bank", "insurance", "trust",
             "army", "forces", "movement", "brigade", "council", "ministry", "agency", "office", "house", "palace",
             "kremlin", "pentagon", "whitehall", "commission", "parliament", "congress", "senate", "assembly",
             "asa", "ab", "ag", "sa", "nv", "spa", "gmbh", "llc", "co", "foods", "labs", "group", "motors",
             "robotics", "logistics", "software", "solutions", "ventures", "enterprises", "aerospace", "automotive",
             "electronics", "biotech", "therapeutics", "pharmaceuticals", "semiconductor", "semiconductors",
             "dynamics", "analytics", "studios", "entertainment", "games", "airline", "rail", "shipping", "freight",
             "telecom", "telecoms", "communications", "bancorp", "financial", "investments", "properties",
             "fc", "afc", "town", "rovers", "wanderers", "athletic", "albion"}
PLACE_WORDS = {"arena", "stadium", "hall", "centre", "center", "church", "mosque", "market", "port", "mine",
               "road", "street", "avenue", "lane", "river", "lake", "mountain", "valley", "bay", "square",
               "park", "bridge", "island", "islands", "county", "city", "province", "state", "district", "hill",
               "street", "way", "drive", "place", "court", "hospital", "university", "school", "station", "airport"}
FEMALE_NOUNS = {"sister", "mother", "wife", "daughter", "woman", "girl", "grandmother", "aunt", "niece", "mum",
                "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "assemblywoman", "businesswoman",
                "actress", "widow", "queen", "princess", "duchess", "countess", "baroness", "dame", "mrs", "ms", "miss"}
MALE_NOUNS = {"brother", "father", "husband", "son", "man", "boy", "grandfather", "uncle", "nephew", "dad",
              "spokesman", "chairman", "councilman", "congressman", "assemblyman", "businessman", "widower",
              "king", "prince", "duke", "earl", "baron", "sir", "mr"}
ROLE_SYNONYMS = {  # a role noun and the titles that name the same role
    "judge": {"recorder", "justice", "magistrate"},
    "priest": {"father", "reverend", "rev", "pastor", "vicar", "fr"},
    "officer": {"constable", "sergeant", "detective", "inspector", "superintendent", "pc", "dc"},
    "detective": {"constable", "sergeant", "inspector", "superintendent", "dc", "di", "ds", "dci"},
    "governor": {"gov"},
    "senator": {"sen"},
    "lawmaker": {"senator", "representative", "assemblyman", "assemblywoman", "congressman", "congresswoman", "mp"},
    "legislator": {"senator", "representative", "assemblyman", "assemblywoman", "congressman", "congresswoman", "mp"},
    "executive": {"ceo", "chief"},
    "boss": {"ceo", "chief", "manager", "coach"},
    "manager": {"coach", "boss"},
    "coach": {"manager", "boss"},
    "doctor": {"dr"},
}
COMPANY_NOUNS = {"company", "firm", "group", "operator", "airline", "bank", "carrier", "retailer", "manufacturer",
                 "insurer", "lender", "startup", "corporation", "club", "team", "union", "charity", "brand", "giant",
                 "utility", "broadcaster", "newspaper", "maker", "developer", "platform", "app"}
BROADCAST_NOUNS = {"programme", "program", "show", "radio", "television", "tv", "podcast", "channel", "broadcast",
                   "bulletin", "telegram", "x", "twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube"}
KIN_NOUNS = {"mother", "father", "daughter", "son", "wife", "husband", "sister", "brother", "widow", "widower",
             "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "mum", "dad", "granddaughter",
             "grandson", "stepmother", "stepfather", "stepson", "stepdaughter"}
GENERIC_BODIES = {"organisation", "organization", "agency", "body", "operator", "group", "charity", "union"}
DOC_NOUNS = {"opinion", "ruling", "judgment", "judgement", "decision", "statement", "letter", "report",
             "estimate", "figure", "data", "survey", "analysis", "count", "tally", "forecast",
             "verdict", "order", "memo", "filing", "complaint", "post", "tweet"}


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    ages: set[str] = field(default_factory=set)  # "Hanne Eide, 29," → {"29"}


POSITIONS = {"striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "keeper", "centre-back",
             "full-back", "playmaker", "fly-half", "scrum-half", "pitcher", "quarterback", "catcher", "setter",
             "linebacker", "receiver", "shortstop", "goalie", "guard", "batter", "bowler", "batsman", "jockey"}

# Descriptions that, with "the", point back to someone just named: an age, a family tie, a place in a
# team or a ranking ("the 24-year-old", "the father of two", "the striker", "the world number 11").
_DESCRIPTION = re.compile(
    r"\b(\d{1,3}-year-old|father of|mother of|world number|striker|forward|midfielder|defender|goalkeeper|"
    r"winger|keeper|skipper|captain|veteran|youngster|teenager|champion|newcomer|rookie|former|quarterback|"
    r"linebacker|receiver|pitcher|catcher|shortstop|goalie|batter|bowler|batsman|jockey)\b", re.I)


def _head_word(phrase: str) -> str:
    """The head noun of a simple phrase: "spokesman for No 10" → "spokesman", "police spokeswoman" → "spokeswoman"."""
    words = _key(phrase.split())
    for k, w in enumerate(words):
        if w in ("for", "of", "at", "from", "with", "in", "on") and k > 0:
            return words[k - 1]
    return words[-1] if words else ""


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in words)


class SpeakerResolver:
    """Resolve a speaker mention to the fullest name the article gives.

    It knows every PERSON entity outside quotes, the role nouns around them
    ("Russian Foreign Minister Sergey Lavrov", "Kebab Diallo, a resident"),
    organisations by their longest name, and each speaker found so far, so it
    can answer "Ilyichev" → "Pyotr Ilyichev", "she" → the last person named,
    "the minister" → the last person called a minister, "the company" →
    the last company named.
    """

    def __init__(self, doc: Doc, quoted: list[bool]):
        self.doc = doc
        self.text = _text_of(doc)
        self.quoted = quoted
        self.people: dict[str, _Person] = {}
        self.orgs: list[tuple[int, str]] = []  # (char offset, full name) of organisations, in order
        self.mentions: list[tuple[int, str]] = []  # (char offset, canonical) of people outside quotes
        self.subject_mentions: list[tuple[int, str]] = []  # the same, when the person is a subject
        self.groups: list[tuple[int, str]] = []  # (char offset, name) of plural / organisation subjects
        self.history: list[tuple[int, str, bool]] = []  # (char, speaker, is_person) of resolved speakers
        self.unnamed_gender: dict[str, str] = {}
        self.org_labels: list[tuple[int, str, str]] = []
        self.extra_orgs: list[str] = []  # names tagged PERSON that the text shows to be bodies
        self.org_roles: list[tuple[int, str, str]] = []  # (offset, body, common noun used for it)
        self.media_said: list[tuple[int, str, str]] = []  # (offset, medium, speaker) of quotes with a medium
        self.para_starts = [s for s, _e, _r in doc.user_data.get("paragraphs", [])] or [0]
        self._collect()

    # -- names
    def _trim_title(self, toks: list[Token]) -> tuple[list[Token], list[Token]]:
        """Split leading title words off a name: (titles, name tokens).

        The name is the last run of capitalised words that are not titles, so that
        "Labour Minister Veronika Stastna" and "world number 11 Daria Sokolenko" give the
        name alone; particles (bin, al, van, de) stay inside it.
        """
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("’s", "'s") or toks[-1].like_num
                        or toks[-1].pos_ in ("NUM", "SYM") or (len(toks) > 1 and toks[-1].text in POST_NOMINALS)):
            toks = toks[:-1]  # "Sokolenko 4-6": a score the model took into the name
        i = len(toks)
        while i > 0:
            t = toks[i - 1]
            word = t.lower_.rstrip(".")
            if t.text[:1].isupper() and word not in TITLE_WORDS and not t.like_num:
                i -= 1
            elif word in NAME_PARTICLES and i < len(toks):
                i -= 1
            elif t.text in ("-", "‑") and i < len(toks):
                i -= 1
            else:
                break
        while i < len(toks) and toks[i].lower_ in NAME_PARTICLES and i < len(toks) - 1 and toks[i].text[:1].islower() \
                and toks[i + 1].text not in ("-", "‑"):  # but "al-Tamimi" keeps its "al"
            i += 1
        if i >= len(toks):
            # nothing but title words ("Mayor"): keep the last word as the name
            i = max(0, len(toks) - 1)
        name = toks[i:]
        while name and (name[-1].is_punct or name[-1].lower_ in ("’s", "'s") or (
                len(name) > 1 and name[-1].text in POST_NOMINALS)):
            name = name[:-1]
        return toks[:i], name

    def _text(self, toks: list[Token]) -> str:
        if not toks:
            return ""
        return self.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]

    # -- building the registry
    def _person_spans(self) -> list[SpacySpan]:
        out = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            if all(self.quoted[t.i] for t in ent):
                continue
            _t, toks = self._trim_title(list(ent))
            if not toks or not any(t.text[:1].isupper() for t in toks):
                continue
            if any(t.lower_ in ORG_WORDS for t in toks):
                continue  # "Lumio Labs" tagged PERSON: a company
            if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.ent_type_ != "PERSON" \
                    and ent.root.head.pos_ == "NOUN":
                continue  # "another Bamako resident": a modifier, not a person
            if toks[0].is_sent_start and toks[0].lower_.endswith("ing") and toks[0].pos_ in ("VERB", "NOUN"):
                continue  # "Jailing Dalton, the judge said": a verb, not a first name
            if len(ent) == 1 and ent.start > 0 and self.doc[ent.start - 1].pos_ == "ADJ" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children):
                continue  # "a foetal Doppler": a thing
            out.append(ent)
        # a one-word "person" at the start of a sentence ("Turnout was ...") is often a tagging
        # mistake: keep it only if the word is capitalised elsewhere mid-sentence or is part of a longer name
        multi = {_key([t.text])[0] for e in out if len(e) > 1 for t in e}
        mid = {_key([t.text])[0] for t in self.doc if not t.is_sent_start and t.text[:1].isupper()}
        # "Kafubu" when the text also says "Kafubu Resources": a company, not a person
        org_firsts = {_key([e[0].text])[0] for e in self.doc.ents if e.label_ in ("ORG", "FAC") and len(e) > 1}
        # a first name used alone, with an age ("Jess, 34, said") or speaking ("Nour said"), is a person
        aged = {m.group(1).lower() for m in re.finditer(r"\b([A-Z][a-z]+), \d{1,3},", self.text)}
        speaking = {_key([t.text])[0] for t in self.doc if t.dep_ == "nsubj" and is_cue(t.head) and t.pos_ == "PROPN"}
        return [e for e in out if len(e) > 1 or (_key([e[0].text])[0] in multi | mid | aged | speaking
                                                 and _key([e[0].text])[0] not in org_firsts - multi)]

    def _collect(self) -> None:
        # (start char, name tokens, title tokens, root token, span for roles or None)
        found: list[tuple[int, list[Token], list[Token], Token, SpacySpan | None]] = []
        for s in self._person_spans():
            # the model sometimes leaves the first name out: "Daria [Sokolenko]"
            k = s.start
            while k - 1 >= 0 and (re.fullmatch(r"(?:[A-Z]\.){1,3}", self.doc[k - 1].text) or (
                    self.doc[k - 1].pos_ == "PROPN" and not self.doc[k - 1].ent_type_
                    and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].lower_.rstrip(".") not in TITLE_WORDS
                    and ((self.doc[k - 1].dep_ == "compound" and s.start <= self.doc[k - 1].head.i < s.end)
                         # "Ruud | Verbeek has spent ...": the parser cut the first name off into a sentence of its own
                         or (self.doc[k - 1].is_sent_end and self.doc[k - 1].whitespace_ == " "
                             and self.doc[k - 1].text.istitle())))):
                # ... and initials: "P. [Kalaiselvi]"
                k -= 1
            if k < s.start:
                s = self.doc[k:s.end]
            nxt = self.doc[s.end] if s.end < len(self.doc) else None
            if nxt is not None and s.root.dep_ == "compound" and s.root.head is nxt and nxt.pos_ == "PROPN" \
                    and nxt.text.istitle() and nxt.lower_ not in ORG_WORDS and not self.quoted[nxt.i]:
                s = self.doc[s.start:s.end + 1]  # "Lucía Ferreyra [Ruiz]": a second surname left out
            titles, name = self._trim_title(list(s))
            if name:
                found.append((s.start_char, name, titles, s.root, s))
        # one-word subjects of reporting verbs ("Tremayne says"): evidence that a longer name ending
        # in that word is a person, whatever label the model gave it
        speaking_surnames = {_key([t.text])[0] for t in self.doc
                             if t.pos_ == "PROPN" and t.dep_ == "nsubj" and is_cue(t.head) and not self.quoted[t.i]
                             and not any(c.dep_ == "compound" for c in t.children)}
        # for the names the model mislabelled, a surname that speaks after a title counts too ("Ms Ní Bhriain said")
        found += self._persons_mislabelled(speaking_surnames | {
            _key([t.text])[0] for t in self.doc
            if t.pos_ == "PROPN" and t.dep_ == "nsubj" and is_cue(t.head) and not self.quoted[t.i]
            and any(c.dep_ == "compound" for c in t.children)
            and all(c.lower_.rstrip(".") in TITLE_WORDS | NAME_PARTICLES for c in t.children if c.dep_ == "compound")})
        for tok in self.doc:
            # Names the small model missed or tagged as ORG/GPE ("Marta Celik" as GPE): the syntax says
            # it is a person when it is the subject of a reporting verb, or in apposition with "a researcher".
            if self.quoted[tok.i] or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
                continue
            if tok.ent_type_ not in ("", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
                continue
            person_appos = any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in tok.children) or \
                (tok.dep_ == "appos" and tok.head.lemma_.lower() in PERSON_NOUNS)
            surname_speaks = _key([tok.text])[0] in speaking_surnames
            if tok.ent_type_ and not (person_appos or surname_speaks):
                continue
            if tok.dep_ == "compound" or tok.lower_ in PLACE_WORDS:
                continue
            syntax = is_cue(tok.head) or tok.dep_ in ("appos", "nsubj", "nsubjpass") or person_appos
            k = tok.i
            while k - 1 >= 0 and self.doc[k - 1].pos_ == "PROPN" and not self.quoted[k - 1] and (
                    self.doc[k - 1].dep_ == "compound" or (
                        # "Ana | Petrescu, the mayor": a first name the parser cut off into the sentence before
                        self.doc[k - 1].whitespace_ == " " and self.doc[k - 1].text.istitle()
                        and self.doc[k - 1].lower_.rstrip(".") not in TITLE_WORDS and self.doc[k - 1].is_sent_end)):
                k -= 1
            chain = list(self.doc[k:tok.i + 1])
            if not syntax and (len(chain) < 2 or tok.ent_type_ or any(t.ent_type_ not in ("", "PERSON") for t in chain)):
                continue
            titles, name = self._trim_title(chain)
            if any(t.lower_ in ORG_WORDS for t in name):
                continue
            if len(name) >= 2 and all((t.text[:1].isupper() and t.is_alpha) or "-" in t.text
                                      or re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text) for t in name):
                found.append((name[0].idx, name, titles, tok, self.doc[name[0].i:name[-1].i + 1]))
        # the registry: longest names first, so that "Pyotr Ilyichev" absorbs "Ilyichev"
        names = sorted({re.sub(r"[’']s$", "", self._text(n)) for _c, n, _t, _r, _s in found},
                       key=lambda n: (-len(n.split()), n))
        for n in names:
            if not n or any(self._same_person(n, p.name) for p in self.people.values()):
                continue
            if len(n.split()) == 1 and len([p for p in self.people.values()
                                            if len(p.tokens) >= 2 and _key(p.tokens[:1]) == _key([n])]) == 1:
                continue  # "Tharuka" after "Tharuka Perera": a first name used alone, the same person
            self.people[n] = _Person(n, tuple(n.split()))
        for start, name, titles, root, span in sorted(found, key=lambda f: f[0]):
            canon = self.canonical_person(self._text(name))
            if canon is None:
                continue
            p = self.people[canon]
            p.roles |= {TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_.rstrip("."))
                        for t in titles if t.is_alpha or t.text.endswith(".")}
            if span is not None:
                p.roles |= self._roles_near(span)
            after = re.match(r",\s*(?:a |an )?(\d{1,3})(?:,|-year-old)", self.text[name[-1].idx + len(name[-1].text):][:20])
            if after:
                p.ages.add(after.group(1))  # "Hanne Eide, 29," / "Nwosu, a 47-year-old father of two"
            elif span is not None:
                older = [t for t in span.root.children if t.dep_ == "appos"]
                for t in older:
                    m = re.search(r"(\d{1,3})-year-old", self.text[t.left_edge.idx:t.idx + len(t.text)])
                    if m:
                        p.ages.add(m.group(1))
            first = (span[0] if span is not None else name[0])
            before = self.doc[first.i - 1].lower_ if first.i > 0 else ""
            for t in [before] + [t.lower_ for t in titles]:
                if t in FEMALE_TITLES:
                    p.gender = "f"
                elif t in MALE_TITLES:
                    p.gender = "m"
            self.mentions.append((start, canon))
            if _is_subjectish(root):
                self.subject_mentions.append((start, canon))
        self._drop_bodies()
        self._short_name_mentions()
        self._described_subjects()
        self.mentions.sort()
        self.subject_mentions.sort()
        self._learn_gender()

    def _describe_orgs(self) -> None:
        """Common nouns the text uses for a body: "Black Lantern, a ransomware group", "the industry group
        TransData", "a group calling itself Black Lantern" → (offset, name, noun)."""
        doc = self.doc
        names = {n for _c, n in self.orgs}

        def org_at(tok: Token) -> str | None:
            if tok.pos_ != "PROPN" or self.quoted[tok.i] or tok.ent_type_ in ("PERSON", "GPE", "DATE"):
                return None
            name = self.resolve_org(_proper_part(_clean(self.noun_phrase(tok)[1])), tok.idx)
            return name if name in names and self.canonical_person(name) is None else None

        for tok in doc:
            if self.quoted[tok.i] or tok.pos_ != "NOUN":
                continue
            noun = tok.lemma_.lower()
            if noun not in ORG_NOUNS | COMPANY_NOUNS | GENERIC_BODIES | {"maker", "regulator", "watchdog"}:
                continue
            linked = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                linked.append(tok.head)
            called = []
            for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("call", "name", "know")):
                called += [t for t in acl.subtree if t.pos_ == "PROPN" and t.dep_ != "compound"]
            for t in linked + called:
                name = org_at(t)
                if name is None and t in called and not self.quoted[t.i]:
                    # "an armed group calling itself Saraya al-Fajr al-Jadid": the name it gives itself,
                    # a body even if the model tagged it as a person
                    name = _proper_part(_clean(self.noun_phrase(t)[1]))
                    if not name[:1].isupper():
                        continue
                    person = self.canonical_person(name)
                    if person is not None:
                        del self.people[person]
                        self.mentions = [(c, n) for c, n in self.mentions if n != person]
                        self.subject_mentions = [(c, n) for c, n in self.subject_mentions if n != person]
                    self.orgs.append((t.idx, name))
                    names.add(name)
                if name:
                    self.org_roles.append((tok.idx, name, noun))

    def _drop_bodies(self) -> None:
        """ "Kestrel Robotics, the Lyon-based maker of robots": a "person" described only by words for
        bodies (maker, company, group) is an organisation the model tagged PERSON."""
        person_words = PERSON_NOUNS | (TITLE_WORDS - ORG_WORDS - ORG_NOUNS)
        bodies = {n for n, p in self.people.items()
                  if p.roles & (COMPANY_NOUNS | ORG_NOUNS) - PERSON_NOUNS and not p.roles & person_words}
        bodies |= {n for n in self.people if any(w in ORG_WORDS for w in _key(n.split()))}
        # "Kestrel" in a headline when the body is "Kestrel Robotics"
        named_bodies = bodies | {e.text for e in self.doc.ents if e.label_ in ("ORG", "PERSON") and len(e) > 1
                                 and any(t.lower_ in ORG_WORDS for t in e)}
        bodies |= {n for n in self.people if len(n.split()) == 1 and (
            any(b.startswith(n + " ") for b in named_bodies)
            or any(m.group(1).lower() in ORG_WORDS for m in re.finditer(rf"\b{re.escape(n)}\s+([A-Z]\w+)", self.text)))}
        for n in bodies:
            del self.people[n]
        self.mentions = [(c, n) for c, n in self.mentions if n not in bodies]
        self.subject_mentions = [(c, n) for c, n in self.subject_mentions if n not in bodies]
        self.extra_orgs = sorted(bodies)

    def _short_name_mentions(self) -> None:
        """ "Halloran conceded ... He said": a surname (or a first name used alone) of exactly one known
        person is a mention of that person, whatever entity label the model gave the word."""
        seen = {c for c, _n in self.mentions}
        covered = set()
        for c, name in self.mentions:
            covered.update(range(c, c + len(name)))
        by_word: dict[str, set[str]] = {}
        for p in self.people.values():
            if len(p.tokens) >= 2:
                by_word.setdefault(_key(p.tokens[-1:])[0], set()).add(p.name)
        firsts: dict[str, set[str]] = {}
        for p in self.people.values():
            if len(p.tokens) >= 2:
                firsts.setdefault(_key(p.tokens[:1])[0], set()).add(p.name)
        for tok in self.doc:
            if self.quoted[tok.i] or tok.pos_ != "PROPN" or tok.idx in seen or tok.idx in covered:
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # part of a longer name
            w = _key([re.sub(r"[’']s$", "", tok.text)])[0]
            names = by_word.get(w) or (firsts.get(w) if not tok.is_sent_start or _is_subjectish(tok) else None)
            if names and len(names) == 1:
                name = next(iter(names))
                self.mentions.append((tok.idx, name))
                if _is_subjectish(tok):
                    self.subject_mentions.append((tok.idx, name))

    def _described_subjects(self) -> None:
        """ "The minister has just posted again. He said ...": a subject described by a role or an age
        that names a known person counts as a mention of that person, so pronouns can find it."""
        for tok in self.doc:
            if self.quoted[tok.i] or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            if lemma not in PERSON_NOUNS and (lemma not in TITLE_WORDS or lemma in ORG_WORDS | ORG_NOUNS):
                continue
            phrase = self.text[tok.left_edge.idx:tok.idx + len(tok.text)]
            name = self._resolve_age(phrase, tok.idx) or self._resolve_role(lemma, tok.idx)
            if name:
                self.mentions.append((tok.idx, name))
                self.subject_mentions.append((tok.idx, name))

    def _learn_gender(self) -> None:
        """Gender evidence from the text itself: in a sentence that names one person only, the
        pronouns after the name outside quotes ("Stastna said her party ...") point to that person."""
        votes: dict[str, dict[str, int]] = {}
        by_sent: dict[int, list[tuple[int, str]]] = {}
        for c, name in self.mentions:
            tok = self.doc.char_span(c, c + 1, alignment_mode="expand")
            if tok is None:
                continue
            by_sent.setdefault(tok[0].sent.start, []).append((c, name))
        for start, ms in by_sent.items():
            if len({n for _c, n in ms}) != 1:
                continue
            name = ms[0][1]
            sent = self.doc[start].sent
            first = ms[0][0]
            for t in sent:
                if t.idx <= first or self.quoted[t.i]:
                    continue
                if t.dep_ not in ("poss",) and t.lower_ not in ("himself", "herself"):
                    continue  # "X said he had complained": a subject pronoun may be someone else
                g = {"he": "m", "him": "m", "his": "m", "himself": "m",
                     "she": "f", "her": "f", "hers": "f", "herself": "f"}.get(t.lower_)
                if g:
                    votes.setdefault(name, {"m": 0, "f": 0})[g] += 1
        for p in self.people.values():
            # "His sister, Mercy Tembo": a gendered word in the person's description
            if p.gender is None:
                if p.roles & FEMALE_NOUNS and not p.roles & MALE_NOUNS:
                    p.gender = "f"
                elif p.roles & MALE_NOUNS and not p.roles & FEMALE_NOUNS:
                    p.gender = "m"
        for name, v in votes.items():
            p = self.people.get(name)
            if p is not None and p.gender is None and v["m"] != v["f"]:
                if min(v.values()) == 0:
                    p.gender = "m" if v["m"] > v["f"] else "f"
        for ent in self.doc.ents:
            org_like_person = ent.label_ == "PERSON" and any(t.lower_ in ORG_WORDS for t in ent)
            if (ent.label_ in ("ORG", "GPE", "NORP", "FAC") or org_like_person) and not all(self.quoted[t.i] for t in ent):
                self.orgs.append((ent.start_char, _proper_part(_clean(self._text(list(ent))))))
                self.org_labels.append((ent.start_char, _proper_part(_clean(self._text(list(ent)))), ent.label_))
        for tok in self.doc:
            # "Kafubu Resources said": a company name the model did not tag
            if self.quoted[tok.i] or tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
                continue
            chain = sorted([c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok],
                           key=lambda t: t.i)
            if len(chain) >= 2 and chain[-1].i - chain[0].i + 1 == len(chain):
                n = self._text(chain)
                if self.canonical_person(n) is None:
                    self.orgs.append((chain[0].idx, n))
                    self.org_labels.append((chain[0].idx, n, "ORG"))
        for n in self.extra_orgs:
            at = self.text.find(n)
            self.orgs.append((max(at, 0), n))
            self.org_labels.append((max(at, 0), n, "ORG"))
        self.orgs.sort()
        self.org_labels.sort()
        self._describe_orgs()
        for tok in self.doc:
            if self.quoted[tok.i] or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
            org = tok.ent_type_ in ("ORG", "GPE", "NORP") or (tok.lemma_.lower() in ORG_NOUNS)
            # "they" stands for people or bodies, not for "schools, nurseries and playgrounds"
            animate = org or tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS \
                or tok.lemma_.lower().rstrip("s") in PERSON_NOUNS or tok.lower_.endswith(("ers", "ists", "ians", "ants"))
            if (plural or org) and animate and tok.lower_ not in PRONOUNS:
                text = self.noun_phrase(tok)[1]
                if self.canonical_person(text) is None:
                    self.groups.append((tok.idx, self.resolve_org(text, tok.idx)))

    def _persons_mislabelled(self, speaking: set[str]) -> list:
        """Two- to four-word names the model tagged ORG, GPE, FAC ... that the text shows to be people:
        a job word before them ("coach Tomasz Wieczorek"), an age after them ("Hanne Eide, 29,"),
        their last word speaking alone later ("Wieczorek said"), or a his/her that can only be theirs
        ("Amara Osei stands at the rail with a rucksack between her boots")."""
        doc = self.doc
        out = []
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
                continue
            toks = [t for t in ent if not (t.is_punct or t.lower_ in ("’s", "'s"))]
            while toks and toks[0].lower_ in ("the", "a", "an"):
                toks = toks[1:]  # "[the] Opposition P. Kalaiselvi"
            if any(t.text[:1].islower() and t.lower_ not in NAME_PARTICLES for t in toks):
                continue  # "Council for Democratic Standards": a body
            titles, toks = self._trim_title(toks) if toks else ([], [])
            if not 2 <= len(toks) <= 4 or any(self.quoted[t.i] for t in toks):
                continue
            if not all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text or "’" in t.text or "'" in t.text
                                                 or re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text)) for t in toks):
                continue
            if any(t.lower_ in ORG_WORDS or t.lower_ in PLACE_WORDS or t.lower_.rstrip(".") in TITLE_WORDS
                   for t in toks):
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            role_before = before is not None and before.text[:1].islower() and (
                before.lemma_.lower() in PERSON_NOUNS or before.lower_ in TITLE_WORDS - ORG_WORDS - {"state", "local"})
            rest = self.text[ent.end_char:ent.end_char + 8]
            age_after = re.match(r",\s*\d{1,3},", rest) is not None or re.search(
                rf"\b{re.escape(toks[-1].text)},\s*\d{{1,3}},", self.text) is not None  # "Tolliver, 34,"
            surname_speaks = _key([toks[-1].text])[0] in speaking
            possessive = False
            if ent.root.dep_ == "nsubj":
                sent = ent.sent
                others = [e for e in doc.ents if e.label_ == "PERSON" and sent.start <= e.start < sent.end]
                possessive = not others and any(
                    t.dep_ == "poss" and t.lower_ in ("his", "her") and not self.quoted[t.i]
                    for t in doc[ent.end:sent.end])
            if titles or role_before or age_after or surname_speaks or possessive:
                out.append((toks[0].idx, toks, titles, ent.root, ent))
        return out

    @staticmethod
    def _same_person(short: str, full: str) -> bool:
        a, b = _key(short.split()), _key(full.split())
        if not a or not b:
            return False
        if a == b:
            return True
        # a shorter name that ends like the full name: "Ilyichev" ~ "Pyotr Ilyichev"
        return len(a) < len(b) and b[-len(a):] == a

    def _roles_near(self, ent: SpacySpan) -> set[str]:
        roles: set[str] = set()
        root = ent.root
        i = ent.start - 1
        while i >= 0 and self.doc[i].dep_ in ("compound", "amod") and self.doc[i].pos_ in ("PROPN", "NOUN", "ADJ"):
            word = self.doc[i].lemma_.lower().rstrip(".")
            roles.add(TITLE_ABBREVIATIONS.get(word, word))
            i -= 1
        for c in root.children:
            if c.dep_ == "appos":
                roles.add(c.lemma_.lower())
                for cc in c.children:
                    if cc.dep_ == "compound":
                        roles.add(cc.lemma_.lower())
            if c.dep_ == "compound" and c.i < ent.start:
                roles.add(c.lemma_.lower())
        if root.dep_ == "appos":
            roles.add(root.head.lemma_.lower())
            for cc in root.head.children:
                if cc.dep_ == "compound":
                    roles.add(cc.lemma_.lower())
            # "the special envoy for the Sahel, Fatoumata Keita": the parser hangs the name on "Sahel"
            h = root.head
            if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ == "NOUN":
                roles.add(h.head.head.lemma_.lower())
        for c in root.children:
            if c.dep_ == "appos":
                # "X, a lung physiologist ..., and the study's lead author"
                roles |= {cc.lemma_.lower() for cc in c.children if cc.dep_ == "conj" and cc.pos_ == "NOUN"}
        # "X, who is the club's chief executive" / "X, the chief executive"
        return {r for r in roles if r.isalpha()}

    def canonical_person(self, name: str) -> str | None:
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words = words[1:]
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words = words[:-1]
        name = re.sub(r"[’']s$", "", " ".join(words))
        if name in self.people:
            return name
        ordered = sorted(self.people.values(), key=lambda p: (-len(p.tokens), p.name))
        for p in ordered:
            if self._same_person(name, p.name):
                return p.name
        key = _key(name.split())
        for p in ordered:
            # "Labour Minister Veronika Stastna": a longer phrase that ends with a known name
            pk = _key(p.tokens)
            if len(key) > len(pk) >= 2 and key[-len(pk):] == pk \
                    and key[-len(pk) - 1] not in ("for", "of", "at", "from", "with", "to", "by"):
                return p.name  # but "a spokesperson for Saraya al-Fajr" is not Saraya al-Fajr
        firsts = [p.name for p in self.people.values() if p.tokens and _key(p.tokens[:1]) == _key([name])]
        if len(firsts) == 1:
            return firsts[0]
        return None

    def resolve_org(self, name: str, at: int | None = None) -> str:
        """The longest organisation name that starts with or ends with ``name`` ("Nimbus" → "Nimbus Health")."""
        k = _key(name.split())
        if not k:
            return name
        letters = re.sub(r"[.\s]", "", name)
        if 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha():
            # "U.N." → "United Nations", "IADF" → "Inter-African Democracy Forum" when the article spells it out
            m = re.search(rf"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|on|&)\s+)*)+)\({re.escape(name)}\)", self.text)
            if m:
                return _proper_part(re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip()))
            for _c, full in self.orgs:
                words = [w for w in re.split(r"[\s-]+", full) if w and w.lower() not in ("of", "for", "the", "and", "on", "&")]
                if "".join(w[0] for w in words) == letters and len(full.split()) >= 2:
                    return full
        name = _proper_part(name)
        k = _key(name.split())
        best = name
        for _c, full in self.orgs:
            fk = _key(full.split())
            if len(fk) > len(k) and (fk[:len(k)] == k or fk[-len(k):] == k) and len(full) > len(best):
                best = full
        return best

    # -- noun phrases
    def noun_phrase(self, head: Token) -> tuple[SpacySpan, str]:
        """The mention span for a subject head, and its cleaned text.

        Keeps determiners, adjectives, compounds, conjuncts ("Moscow and
        Bamako") and a following "of/for/on ..." phrase; drops appositives
        and relative clauses. A person's span leaves out titles.
        """
        doc = self.doc
        if head.ent_iob_ != "O" and head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART") \
                and not any(c.dep_ == "conj" for c in head.children) \
                and not (head.ent_type_ != "PERSON" and self.canonical_person(head.text)):
            ent = _ent_of(head)
            if ent is not None:
                toks = list(ent)
                if ent.label_ == "PERSON":
                    _t, toks = self._trim_title(toks)
                while toks and (toks[-1].is_punct or toks[-1].lower_ in ("’s", "'s")):
                    toks = toks[:-1]
                if toks and head.i <= toks[-1].i:
                    span = doc[toks[0].i:toks[-1].i + 1]
                    # "5th District Court of Appeal": the entity may stop before "of ..."
                    right = span.end
                    for c in (doc[span.end - 1].rights if ent.label_ != "PERSON" else []):
                        if c.dep_ == "prep" and c.lower_ in ("of", "for") and all(t.pos_ == "PROPN" or t.is_punct or t.lower_ in ("of", "and", "&") for t in c.subtree):
                            right = c.right_edge.i + 1
                    left = span.start
                    if ent.label_ != "PERSON":
                        left = self._org_left_edge(left)
                    span = doc[left:right]
                    return span, _clean(span.text)
        left = head.i
        for c in head.lefts:
            if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod"):
                left = min(left, c.left_edge.i)
        right = head.i
        appos_at = min([c.i for c in head.rights if c.dep_ == "appos"] + [len(doc)])
        for c in head.rights:
            if c.dep_ in ("conj", "cc") and c.i > appos_at and head.pos_ == "PROPN" and c.pos_ != "PROPN":
                continue  # "Sofia Lindqvist, a physiologist ..., and the study's lead author": still the apposition
            if c.dep_ in ("conj", "cc") and c.i > head.i:
                right = max(right, c.right_edge.i if c.dep_ == "conj" else c.i)
            elif c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from", "with", "in", "on", "close") \
                    and head.pos_ in ("NOUN", "PROPN") and not (head.pos_ == "PROPN" and self.canonical_person(head.text)):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and objs[0].ent_type_ in ("DATE", "TIME"):
                    continue
                if not any(cc.dep_ == "appos" for cc in c.children):
                    right = max(right, c.right_edge.i)
            elif c.dep_ in ("amod", "acl") and c.pos_ == "ADJ" and c.i == head.i + 1:
                right = max(right, c.right_edge.i)  # "people familiar with the deal"
            elif c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == head.i + 1 and not is_cue(c):
                right = max(right, c.right_edge.i)  # "a diplomat observing the talks"
            elif c.dep_ == "compound":
                right = max(right, c.i)
        while left < head.i and doc[left].lower_ in ("both", "either", "neither", ","):
            left += 1
        if head.pos_ == "PROPN":
            _t, name = self._trim_title(list(doc[left:head.i + 1]))
            if name and self.canonical_person(self._text(name)):
                left = name[0].i
        for k in range(head.i + 1, right + 1):
            if doc[k].text in (",", "(", "—", "–") and not any(c.dep_ == "conj" and c.i > k for c in head.children):
                right = k - 1  # "a spokesman for the company, who asked not to be named": stop at the comma
                break
        while right > head.i and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        span = doc[left:right + 1]
        return span, _clean(span.text)

    def _org_left_edge(self, k: int) -> int:
        """Widen a body's name leftwards over what the model cut off: "[Nurses’ and] Midwives’ Union",
        "[Drivers and] Warehouse Workers Union", "[5th] District Court of Appeal"."""
        doc = self.doc
        while k >= 2 and doc[k - 1].lower_ in ("and", "&") and not self.quoted[k - 2]:
            j = k - 2
            if doc[j].text in ("’", "'") and j >= 1:
                j -= 1
            if not (doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN")):
                break
            k = j
        if k >= 1 and re.fullmatch(r"\d+(st|nd|rd|th)", doc[k - 1].text):
            k -= 1
        return k

    # -- resolution
    def resolve(self, head: Token) -> tuple[str | None, SpacySpan]:
        """Canonical speaker and mention span for the subject token ``head``."""
        low = head.lower_
        if head.lemma_.lower() in DOC_NOUNS:
            # "Marchetti's opinion said" / "a statement from the police said": whoever made the document speaks
            owner = [c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
            owner += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                      for o in p.children if o.dep_ == "pobj"]
            # "figures published by the NEBC", "a report released by the agency"
            owner += [o for a in head.children if a.dep_ == "acl" for p in a.children
                      if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                      for o in p.children if o.dep_ == "pobj"]
            if owner:
                head = owner[0]
                low = head.lower_
            elif any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
                # "the statement said": whoever was last said to speak in a statement
                made = [n for c, medium, n in self.media_said if c < head.idx and _head_word(medium) == head.lemma_.lower()]
                if made:
                    return made[-1], self.noun_phrase(head)[0]
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON":
            # "Its president, Jean-Luc Berthier, said": the name in apposition
            names = [c for c in head.children if c.dep_ == "appos" and not c.text.isupper() and (c.ent_type_ == "PERSON" or (
                c.pos_ == "PROPN" and c.text[:1].isupper() and (
                    c.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "ORG", "NORP", "FAC")
                    or self.canonical_person(c.text))))]
            if names:
                span, text = self.noun_phrase(names[0])
                canon = self.canonical_person(text) or text
                return canon, span
            bodies = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and c.ent_type_ not in ("PERSON", "GPE", "LOC", "DATE", "TIME")]
            if bodies and head.pos_ == "NOUN" and head.lemma_.lower() in ORG_NOUNS | COMPANY_NOUNS | GENERIC_BODIES:
                span, text = self.noun_phrase(bodies[0])  # "the campaign group Clean Coasts Cymru"
                return self.resolve_org(text, bodies[0].idx), span
        span, text = self.noun_phrase(head)
        if head.pos_ == "NOUN" and head.lemma_.lower() in KIN_NOUNS:
            kin = self._resolve_kin(head)
            if kin:
                return kin, span
        if head.pos_ == "NOUN":
            # "A spokesperson for the group, who gave his name as Abu Haidar al-Mosawi, said"
            for t in head.subtree:
                if t.lower_ == "as" and t.dep_ == "prep" and t.head.lemma_ in ("give", "identify", "name", "introduce"):
                    named = [o for o in t.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                    canon = self.canonical_person(self.noun_phrase(named[0])[1]) if named else None
                    if canon:
                        return canon, span
        if head.pos_ == "PRON" or low in PRONOUNS:
            return self._resolve_pronoun(low, head.idx), span
        if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and self.canonical_person(text)):
            canon = self.canonical_person(text)
            if canon is None and head.ent_type_ == "PERSON":
                org = self.resolve_org(text, head.idx)
                canon = org if org != text else text  # "Kafubu" tagged PERSON, but "Kafubu Resources" exists
            return canon, span
        dets = [c for c in head.children if c.dep_ in ("det", "poss")]
        definite = any((c.lower_ in ("the", "this", "that") and c.dep_ == "det") or c.dep_ == "poss" for c in dets)
        bare = not dets and head.tag_ == "NN" and head.text[:1].islower()  # headline style: "..., company says"
        lemma = head.lemma_.lower()
        specific = any(c.dep_ == "prep" and any(o.pos_ == "PROPN" for o in c.subtree) for c in head.children)
        # words that pick out one body among several: "the Scottish government", "the finance ministry"
        modifiers = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") or
                     (c.dep_ == "poss" and c.lower_ not in PRONOUNS and c.lower_ not in ("its", "their", "his", "her"))}
        if definite and not specific and len(span) <= 2 and self._demonym(head):
            who = self._resolve_role(lemma, head.idx) or self._topic_person(head.idx, span.text)
            if who:
                return who, span  # "the Italian"
        # "The Chief Minister", "the President": capitalised, but a title, not a name
        titleish = head.pos_ == "PROPN" and all(t.lower_.rstrip(".") in TITLE_WORDS for t in span if t.dep_ != "det")
        if definite and not specific and (head.pos_ == "NOUN" or head.text[:1].islower() or titleish):
            described = [(c, n) for c, n, noun in self.org_roles if c < head.idx and noun == lemma]
            if described and not any(c.dep_ == "poss" for c in dets):
                return max(described)[1], span  # "the smart-thermostat maker" after "Fennick Systems, the ... maker"
            if lemma not in ORG_NOUNS or lemma in PERSON_NOUNS:
                who = self._resolve_age(span.text, head.idx) or self._resolve_role(lemma, head.idx)
                if who is None and _DESCRIPTION.search(span.text):
                    who = self._topic_person(head.idx, span.text)  # "the 24-year-old", "the striker"
                if who is None and (lemma in PERSON_NOUNS or lemma in TITLE_WORDS - TITLE_MODIFIERS):
                    who = self._resolve_role_ahead(lemma, head.idx) or self._previous_subject(head)  # "The Premier says" in a summary above the story
                if who:
                    return who, span
            # "the spokeswoman" after "a ministry spokeswoman said"
            earlier = [n for c, n, is_person in self.history if c < head.idx and not self.people.get(n)
                       and _head_word(n) == _key([head.text])[0]
                       and modifiers <= set(_key(n.replace("’s", " ").replace("'s", " ").split()))]
            if earlier:
                return earlier[-1], span
            if lemma in ORG_NOUNS and not modifiers and not any(c.dep_ == "poss" for c in dets):
                org = self._resolve_org_noun(lemma, head.idx)
                if org:
                    return org, span
        if bare and lemma in ORG_NOUNS:
            org = self._resolve_org_noun(lemma, head.idx, look_ahead=True)
            if org:
                return org, span
        canon = self.canonical_person(text)
        if canon:
            return canon, span  # "Centre Alliance leader and Labour Minister Veronika Stastna"
        if head.pos_ == "NOUN":
            named = self._name_after(span)
            if named is not None:
                return named
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or head.pos_ == "PROPN":
            return self.resolve_org(text, head.idx), span
        if lemma in ORG_NOUNS and len(text.split()) == 1:
            full = self.resolve_org(text, head.idx)  # "police" → "Wessex Valley Police"
            if full != text:
                return full, span
        return (text or None), span

    def _demonym(self, tok: Token) -> bool:
        """ "the Italian", "the Kazakh": a nationality word (tagged NORP, or a place in the text starts like it)."""
        if tok.ent_type_ == "NORP":
            return True
        if tok.pos_ != "PROPN" or len(tok.text) < 4 or not tok.text[:1].isupper():
            return False
        stem = tok.text[:max(4, len(tok.text) - 3)].lower()
        return any(e.label_ == "GPE" and e.text.lower().startswith(stem) and e.text != tok.text for e in self.doc.ents)

    def _name_after(self, span: SpacySpan) -> tuple[str, SpacySpan] | None:
        """ "The envoy for the Sahel, Fatoumata Keita, said": a known name set off by commas after the subject."""
        doc = self.doc
        j = span.end
        end = span.sent.end
        # skip a following "of/for ..." phrase
        while j < end and j < span.end + 12 and doc[j].text != "," and not self.quoted[j]:
            j += 1
        if j + 1 >= end or doc[j].text != ",":
            return None
        k = j + 1
        while k < end and doc[k].pos_ == "PROPN" and not self.quoted[k]:
            k += 1
        if k - (j + 1) < 1:
            return None
        if k < end and doc[k].text not in (",", ".", ";", "—", "–", ")"):
            return None  # "According to court documents, Whitcombe wrote ...": the clause, not an apposition
        cand = doc[j + 1:k]
        canon = self.canonical_person(cand.text)
        if canon:
            return canon, cand
        return None

    def _resolve_pronoun(self, low: str, at: int) -> str | None:
        g = PRONOUNS.get(low)
        if g in ("m", "f"):
            # the most recent person who was the subject of a sentence or spoke; failing that, any person
            candidates = [(c, n) for c, n in self.subject_mentions if c < at]
            candidates += [(c, n) for c, n, is_person in self.history if c < at and is_person]
            found = self._pick_gendered(candidates, g)
            if found:
                return found
            return self._pick_gendered([(c, n) for c, n in self.mentions if c < at], g)
        if g in ("p", "n"):
            return self._resolve_plural(g, at)
        return None

    def _pick_gendered(self, candidates: list[tuple[int, str]], g: str) -> str | None:
        for _c, name in sorted(candidates, key=lambda x: -x[0]):
            p = self.people.get(name)
            if p is None:
                if self.unnamed_gender.get(name, g) != g:
                    continue
                return name  # an unnamed person who spoke: "one witness ... she said"
            if p.gender and p.gender != g:
                continue
            return name
        return None

    def _resolve_plural(self, g: str, at: int) -> str | None:
        """ "they" → the last group or organisation that was a subject or spoke; "it" → the last organisation."""
        if g == "n":
            # "a statement that condemned what it called ...": a group that is the subject earlier in the sentence
            span = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None:
                sent = span[0].sent
                same = [(c, n) for c, n in self.groups if sent.start_char <= c < at]
                if same:
                    return min(same)[1]
        limit = at
        if g == "p":
            # "Moving schools ... could bring returns, they added": the antecedent of a tag's "they"
            # lies before the sentence, not inside the clause it reports
            span = self.doc.char_span(at, at + 1, alignment_mode="expand")
            verb = span[0].head if span is not None else None
            if verb is not None and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
                limit = span[0].sent.start_char
        recent = [(c, n) for c, n in self.groups if c < limit]
        recent += [(c, n) for c, n, is_person in self.history if c < limit and not is_person]
        if g == "n":
            recent = [(c, n) for c, n in recent if any(n == o for _x, o in self.orgs) or
                      any(w.lower() in ORG_NOUNS for w in n.split())]
        if recent:
            return max(recent)[1]
        return None

    def _resolve_role(self, lemma: str, at: int) -> str | None:
        """The last person before ``at`` described by ``lemma`` or a word that means the same role."""
        words = {lemma} | ROLE_SYNONYMS.get(lemma, set())
        best = None
        for c, name in self.mentions:
            roles = self.people[name].roles
            if c < at and words & roles:
                best = name
        return best

    def _resolve_kin(self, head: Token) -> str | None:
        """ "her mother", "Okoro's wife": the one other named person who shares the possessor's surname."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        if not owners:
            return None
        owner = owners[0]
        if owner.lower_ in PRONOUNS or owner.lower_ in ("his", "her", "their"):
            low = {"his": "he", "her": "she", "their": "they"}.get(owner.lower_, owner.lower_)
            who = self._resolve_pronoun(low, owner.idx)
        else:
            who = self.canonical_person(re.sub(r"[’']s$", "", self.noun_phrase(owner)[1]))
        if not who or who not in self.people or len(self.people[who].tokens) < 2:
            return None
        surname = _key(self.people[who].tokens[-1:])
        family = [p.name for p in self.people.values() if p.name != who and len(p.tokens) >= 2
                  and _key(p.tokens[-1:]) == surname]
        return family[0] if len(family) == 1 else None

    def _previous_subject(self, head: Token) -> str | None:
        """ "Steve Rowntree was in no mood to share the joke. The Everton manager insisted ...": a role
        nobody in the text holds, right after a sentence whose subject is one named person with no
        role of their own, describes that person."""
        sent = head.sent
        if sent.start == 0 or head.i - sent.start > 3:
            return None  # only a role that opens its sentence
        prev = self.doc[sent.start - 1].sent
        subs = {n for c, n in self.subject_mentions if prev.start_char <= c < prev.end_char}
        if len(subs) != 1:
            return None
        name = next(iter(subs))
        person_roles = self.people[name].roles & (PERSON_NOUNS | TITLE_WORDS - TITLE_MODIFIERS) if name in self.people else {"?"}
        return name if not person_roles else None

    def _resolve_role_ahead(self, lemma: str, at: int) -> str | None:
        """When nobody before ``at`` holds the role: the first person named with it in the next three
        paragraphs ("The health minister has announced ... Health Minister Rosalind Achebe said")."""
        words = {lemma} | ROLE_SYNONYMS.get(lemma, set())
        para = self._paragraph_at(at)
        for c, name in self.mentions:
            if c > at and self._paragraph_at(c) <= para + 3 and words & self.people[name].roles:
                return name
        return None

    def _resolve_age(self, description: str, at: int) -> str | None:
        """ "the 47-year-old" → the last person given that age before ``at`` ("Daniel Nwosu, 47,")."""
        age = re.search(r"(\d{1,3})-year-old", description)
        if not age:
            return None
        named = [n for c, n in self.mentions if c < at and age.group(1) in self.people[n].ages]
        return named[-1] if named else None

    def _paragraph_at(self, at: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, at) - 1)

    def _topic_person(self, at: int, description: str) -> str | None:
        """The person a description like "the striker", "the 24-year-old" or "the Italian" most
        likely points back to: the last person named or quoted, in this paragraph or
        the two before, whose known age and gender do not contradict it."""
        para = self._paragraph_at(at)
        age = re.search(r"(\d{1,3})-year-old", description)
        words = set(_key(description.split()))
        gender = "f" if words & FEMALE_NOUNS else "m" if words & MALE_NOUNS else None
        cands = [(c, n) for c, n in self.mentions if c < at]
        cands += [(c, n) for c, n, is_person in self.history if c < at and is_person and n in self.people]
        for c, name in sorted(cands, key=lambda x: -x[0]):
            if self._paragraph_at(c) < para - 2:
                break
            p = self.people[name]
            if age and p.ages and age.group(1) not in p.ages:
                continue
            if gender and p.gender and p.gender != gender:
                continue
            if words & POSITIONS and p.roles & POSITIONS and not words & p.roles:
                continue  # "the defender" is not the player called a winger
            return name
        return None

    def _resolve_org_noun(self, lemma: str, at: int, look_ahead: bool = False) -> str | None:
        """ "the ministry" → the last organisation whose name has "ministry" in it, else the last organisation that spoke or acted."""
        if look_ahead:
            # a headline ("..., company says") names the company only later: the first organisation after it
            later = [(c, n) for c, n in self.orgs if c > at and n in {o for _x, o in self.orgs if _x > at}]
            companies = [(c, n) for c, n in later if not any(w[:1].islower() for w in n.split())]
            if companies:
                return min(companies)[1]
        described = [(c, n) for c, n, noun in self.org_roles if c < at and noun == lemma]
        if described:
            return max(described)[1]  # "A group calling itself Black Lantern ... The group said"
        named = [(c, n) for c, n in self.orgs if c < at and lemma in _key(n.split())]
        if named:
            return max(named)[1]
        if lemma not in COMPANY_NOUNS | GENERIC_BODIES:
            return None  # "the government", "the league", "the regulator": as written, not the last body seen

        places = {n for _c, n, lab in self.org_labels if lab in ("GPE", "NORP")} - \
            {n for _c, n, lab in self.org_labels if lab not in ("GPE", "NORP")}

        def compatible(n: str) -> bool:
            # "the company" is not "the Agency for Digital Safety" (another kind of body) nor "Denmark" (a place)
            words = set(_key(n.split()))
            if lemma in COMPANY_NOUNS and n in places:
                return False
            return lemma in words or not (words & (ORG_NOUNS - {lemma}))
        speakers = [(c, n) for c, n, is_person in self.history if c < at and not is_person
                    and any(n == o for _x, o in self.orgs) and compatible(n)]
        subjects = [(c, n) for c, n in self.groups if c < at and any(n == o for _x, o in self.orgs) and compatible(n)]
        recent = speakers + subjects
        if recent:
            return max(recent)[1]
        return None

    def note_pronoun(self, low: str, name: str | None) -> None:
        g = PRONOUNS.get(low)
        if g not in ("m", "f") or not name:
            return
        if name in self.people:
            if self.people[name].gender is None:
                self.people[name].gender = g
        else:
            self.unnamed_gender.setdefault(name, g)

    def remember_medium(self, at: int, medium: str | None, name: str | None) -> None:
        """Note who spoke in which medium ("the ministry said in a statement"), for a later "the statement said"."""
        if medium and name and _head_word(name) not in DOC_NOUNS:
            self.media_said.append((at, medium, name))

    def remember(self, at: int, name: str | None) -> None:
        if name:
            words = _key(name.split())
            person = name in self.people or (len(words) > 0 and (words[-1] in PERSON_NOUNS
                                                                  or _head_word(name) in PERSON_NOUNS))
            self.history.append((at, name, person))


# --------------------------------------------------------------------------
# 2. quotes in a parsed document


def _antecedent(tok: Token) -> Token:
    """For "who"/"which" as a subject, the noun the relative clause hangs from."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
        return tok.head.head
    return tok


def _is_subjectish(tok: Token) -> bool:
    """A subject, or a name in apposition to a subject ("The union's secretary, Declan Moriarty, ...")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Djibrine and Haroun have not met"
    if tok.dep_ == "appos":
        return _is_subjectish(tok.head)
    if tok.dep_ == "compound":
        return _is_subjectish(tok.head)
    return False


def _subject_of(tok: Token, depth: int = 0) -> Token | None:
    """The subject of a cue; for "..., adding that" the subject of the verb it hangs from."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        # "COPENHAGEN — Denmark's regulator on Thursday ordered": not the dateline word;
        # "Pettigrew — “Petty” to the fans — said": not the nickname in quotation marks
        doc = tok.doc
        plain = [c for c in subjects if not (len(c.text) > 2 and c.text.isupper())
                 and not (c.i > 0 and doc[c.i - 1].is_quote and c.i + 1 < len(doc) and doc[c.i + 1].is_quote)]
        subjects = plain or subjects
    for c in subjects[:1]:
        if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl":
            if c.dep_ == "nsubjpass":
                agent = [a for a in tok.children if a.dep_ == "agent"]
                if agent:
                    objs = [o for o in agent[0].children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
                return None
            if c.like_num or re.fullmatch(r"[\d:.\-–]+", c.text):
                return None  # "12:10 – The union said": a timestamp parsed as the subject
            return _antecedent(c)
    if depth == 0 and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp", "pcomp"):
        # "She said X was funded, noting that ...": the noting belongs to the one who said
        t = tok.head
        for _ in range(6):
            if t is not tok and is_cue(t):
                return _subject_of(t, depth + 1)
            if t.head is t:
                break
            t = t.head
    if depth < 3 and tok.dep_ == "conj" and is_cue(tok) and tok.head.dep_ == "ccomp" and is_cue(tok.head.head):
        # "He said the deadline was unrealistic and argued that ...": the parser hung the second cue inside
        # what the first one reports; both have the first one's subject
        return _subject_of(tok.head.head, depth + 1)
    if depth < 3 and tok.dep_ in ("advcl", "conj", "xcomp", "acl", "relcl", "pcomp", "acomp") and tok.head is not tok:
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "a statement denouncing ...": the statement's maker is the subject of its verb
            if tok.head.lemma_.lower() in MEDIUM_NOUNS and tok.head.head is not tok.head:
                return _subject_of(tok.head.head, depth + 1)
            return None
        return _subject_of(tok.head, depth + 1)
    return None


def _out_of_dateline(head: Token, quoted: list[bool]) -> Token | None:
    """ "CARSON CITY, Nev. — Gov. Dana Whitcombe vetoed": the parser made the hidden dateline the subject;
    the name after it, inside the same subtree, is the real one."""
    for t in head.subtree:
        if not quoted[t.i] and t.pos_ in ("PROPN", "NOUN") and quoted[t.head.i] and t.i > head.i:
            return t
    return None


SENTENCE_ADVERBS = {"also", "now", "then", "still", "however", "meanwhile", "later", "separately", "earlier",
                    "previously", "privately", "publicly", "today", "yesterday", "recently", "often", "here", "there",
                    "instead", "again", "once", "so", "thus", "yet", "finally", "initially", "officially"}


def _left_subject(cue: Token, quoted: list[bool]) -> Token | None:
    """The noun phrase just before the cue, skipping one appositive (", a researcher at X,")."""
    doc = cue.doc
    sent = cue.sent
    j = cue.i - 1
    while j >= sent.start and (doc[j].is_space or doc[j].pos_ in ("AUX", "ADV", "PART")):
        if doc[j].pos_ == "ADV" and doc[j].text.istitle() and j == sent.start and doc[j].lower_ not in SENTENCE_ADVERBS:
            return doc[j]  # "Tolliver says ...": a surname the tagger took for an adverb
        j -= 1
    if j >= sent.start and doc[j].text == ",":
        k = j - 1
        while k >= sent.start and doc[k].text != "," and not quoted[k]:
            k -= 1
        if k >= sent.start and doc[k].text == ",":
            j = k - 1
    if j < sent.start or quoted[j] or doc[j].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    t = doc[j]
    if t.like_num or any(ch.isdigit() for ch in t.text):
        return None
    return t


def _inverted_subject(cue: Token, quoted: list[bool]) -> Token | None:
    """``"...," said a spokesman``: a noun right after the cue.

    Only for verbs that can stand before their subject (said, added, wrote ...): after
    "accused" or "denied", the noun that follows is the object, not the speaker.
    """
    doc = cue.doc
    if cue.lemma_.lower() not in INVERTIBLE:
        return None
    for c in cue.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "dative") and not quoted[c.i] and c.pos_ in ("PROPN", "NOUN"):
            if cue.lemma_ == "tell":
                continue
            return c
    j = cue.i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j < len(doc) and not quoted[j] and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ") and cue.lemma_ != "tell":
        k = j
        while k < len(doc) and doc[k].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") and not quoted[k]:
            k += 1
        head = doc[j:k].root if k > j else None
        if head is not None and head.pos_ in ("PROPN", "NOUN"):
            return head
    return None


def _preceding_subject(cue: Token, lo: int, quoted: list[bool]) -> Token | None:
    """``"...," Ana Ruiz, a nurse, said`` when the parser missed the subject.

    Takes the first noun phrase between the end of the quote and the cue and
    returns its head (the token whose head lies outside that stretch).
    """
    doc = cue.doc
    j = lo
    while j < cue.i and (doc[j].is_space or doc[j].is_punct or quoted[j]):
        j += 1
    if j >= cue.i or doc[j].pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
        return None
    t = doc[j]
    for _ in range(6):
        if lo <= t.head.i < cue.i and t.head is not t and t.dep_ in ("compound", "det", "amod", "nummod", "poss", "flat"):
            t = t.head
        else:
            break
    if t.pos_ in ("PROPN", "NOUN", "PRON"):
        return t
    return None


def _medium(cue: Token) -> str | None:
    """Whom the words were given to: ``told RIA Novosti``, ``in an interview with X``, ``in a statement``."""
    if cue.lemma_ == "tell":
        for c in cue.children:
            if c.dep_ in ("dative", "dobj", "iobj", "npadvmod", "nsubj") and c.i > cue.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return _np_text(c)
    for c in cue.children:
        if c.dep_ != "prep":
            continue
        objs = [o for o in c.children if o.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        if c.lower_ in ("in", "during", "at", "through") and obj.lemma_.lower() in MEDIUM_NOUNS:
            for p in obj.children:
                if p.dep_ == "prep" and p.lower_ in ("with", "to", "on", "for"):
                    inner = [o for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
                    if inner:
                        return _np_text(inner[0])  # "in an interview with X", not "in a statement on Tuesday"
            return _np_text(obj)
        if c.lower_ in ("to",) and cue.lemma_ in ("speak", "say", "talk", "write", "explain", "confirm"):
            return _np_text(obj)
        if c.lower_ == "on" and obj.ent_type_ not in ("DATE", "TIME") and (
                obj.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") or obj.lemma_.lower() in BROADCAST_NOUNS
                or (obj.pos_ == "PROPN" and cue.lemma_ in ("say", "write", "post", "tell", "speak", "announce"))):
            return _np_text(obj)  # "on Telegram", "on BBC Radio 4's Today programme"
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in MEDIUM_NOUNS:
        return _np_text(cue.head)
    return None


def _np_text(tok: Token) -> str:
    doc = tok.doc
    if tok.ent_iob_ != "O" and tok.ent_type_:
        ent = _ent_of(tok)
        if ent is not None and not any(t.pos_ in ("VERB", "AUX") for t in ent):
            return _clean(ent.text)  # not "Ferrer told Sky Sports", an entity the model ran over a verb
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss"):
            left = min(left, c.left_edge.i)
    return _clean(doc[left:tok.i + 1].text)


def _trim(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Character span of tokens i..j-1 without leading "that", edge punctuation and space."""
    while i < j and (doc[i].is_space or doc[i].is_punct or (doc[i].lower_ == "that" and doc[i].dep_ in ("mark",)) ):
        i += 1
    while j > i and (doc[j - 1].is_space or doc[j - 1].is_punct):
        j -= 1
    if i >= j:
        return -1, -1
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)


@dataclass
class _QInfo:
    marks: QuoteMarks
    toks: list[int]
    cue: Token | None = None
    speaker: str | None = None
    mention: SpacySpan | None = None
    medium: str | None = None
    kind: str = ""
    why: str = ""


def extract_quotes(doc: Doc, indirect: bool = True, cues: Iterable[str] | None = None) -> list[Quote]:
    """Every direct, partial, scare and (if ``indirect``) indirect quote in ``doc``.

    ``doc`` comes from :func:`utils.nlp.parse`, which records paragraphs.
    ``cues`` replaces the reporting-verb lemmas of ``data/lexicons/cue_verbs.csv``
    (e.g. ``cue_lemmas() | {"grumble"}`` to try a new verb).
    Returns quotes sorted by position.
    """
    token = _ACTIVE_CUES.set(frozenset(c.lower() for c in cues) if cues is not None else None)
    try:
        return _extract(doc, indirect)
    finally:
        _ACTIVE_CUES.reset(token)


@dataclass
class _Scene:
    """What the attribution steps share while one document is read, in text order."""
    doc: Doc
    text: str
    paras: list[tuple[int, int]]
    para_of: dict[int, tuple[int, int]]  # paragraph -> token range
    quoted: list[bool]  # tokens inside quotation marks (and datelines): never a cue or a speaker
    infos: list[_QInfo]
    cues: list[Token]
    according: list[Token]
    resolver: SpeakerResolver
    ind_spans: list[tuple[int, int, Token]] = field(default_factory=list)
    prev_in_para: dict[int, _QInfo] = field(default_factory=dict)
    # paragraph -> (offset, speaker, mention, medium) of the last attributed quote
    last_said: dict[int, tuple] = field(default_factory=dict)
    last_direct: _QInfo | None = None


def _scene(doc: Doc) -> _Scene:
    """Pair the marks, mark quoted tokens and datelines, collect the cues."""
    text = _text_of(doc)
    paras = [(s, e) for s, e, _r in doc.user_data.get("paragraphs", [])] or [(0, len(text))]
    quoted = [False] * len(doc)
    tok_starts = [t.idx for t in doc]
    infos: list[_QInfo] = []
    for m in find_quote_marks(text, paras):
        a = bisect.bisect_left(tok_starts, m.start)
        b = bisect.bisect_left(tok_starts, m.end)
        toks = [k for k in range(a, b) if not doc[k].is_space]
        for k in toks:
            quoted[k] = True
        # the marks themselves count as quoted for cue search
        for off in (m.open, m.close):
            if off is not None:
                k = bisect.bisect_right(tok_starts, off) - 1
                if 0 <= k < len(doc) and doc[k].idx <= off < doc[k].idx + len(doc[k].text) and len(doc[k].text) == 1:
                    quoted[k] = True
        infos.append(_QInfo(m, toks))
    # a dateline ("OSLO, March 3 (Reuters) -") is never a speaker: hide it from the subject search
    for s, e in paras:
        m = DATELINE.match(text, s, e)
        if m:
            for k in range(bisect.bisect_left(tok_starts, s), bisect.bisect_left(tok_starts, m.end())):
                quoted[k] = True
    para_of = {pi: (bisect.bisect_left(tok_starts, s), bisect.bisect_left(tok_starts, e))
               for pi, (s, e) in enumerate(paras)}
    cues = [t for t in doc if not quoted[t.i] and is_cue(t)]
    according = [t for t in doc if not quoted[t.i] and t.lower_ == "according"
                 and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"]
    return _Scene(doc, text, paras, para_of, quoted, infos, cues, according, SpeakerResolver(doc, quoted))


def _extract(doc: Doc, indirect: bool) -> list[Quote]:
    sc = _scene(doc)
    ind_candidates = _indirect_candidates(doc, sc.cues, sc.according, sc.quoted, sc.infos) if indirect else []
    sc.ind_spans = [(ic["span"][0], ic["span"][1], ic["cue"]) for ic in ind_candidates]
    # processed in text order so that pronouns and continuations see earlier speakers
    events: list[tuple[int, str, object]] = [(qi.marks.start, "q", qi) for qi in sc.infos]
    events += [(ic["cue"].idx, "i", ic) for ic in ind_candidates]
    events.sort(key=lambda e: (e[0], e[1]))

    results: list[Quote] = []
    for _pos, typ, obj in events:
        if typ == "q":
            qi: _QInfo = obj  # type: ignore[assignment]
            _attribute(sc, qi)
            if qi.kind:
                sc.resolver.remember_medium(qi.marks.start, qi.medium, qi.speaker)
                sc.prev_in_para[qi.marks.paragraph] = qi
                if qi.speaker and qi.mention is not None:
                    sc.last_said[qi.marks.paragraph] = (qi.marks.start, qi.speaker, qi.mention, qi.medium)
                if qi.kind == "direct":
                    sc.last_direct = qi
                results.append(_to_quote(doc, qi))
        else:
            q = _indirect_quote(doc, obj, sc.resolver, sc.quoted)  # type: ignore[arg-type]
            if q is not None:
                sc.resolver.remember_medium(q.start, q.medium, q.speaker)
                results.append(q)
                if q.speaker and q.speaker_mention is not None and q.paragraph is not None:
                    span = doc.char_span(q.speaker_mention.start, q.speaker_mention.end)
                    if span is not None:
                        sc.last_said[q.paragraph] = (q.end, q.speaker, span, q.medium)
    return sorted(results, key=lambda q: (q.start, q.end))


def _lead_in_cue(sc: _Scene, qi: _QInfo) -> Token | None:
    """ "... she told the court:" ending the paragraph before a paragraph that opens with a quote."""
    m = qi.marks
    if m.paragraph == 0:
        return None
    lo, hi = sc.para_of[m.paragraph - 1]
    pstart = sc.paras[m.paragraph][0]
    if sc.text[pstart:(m.open if m.open is not None else m.start)].strip():
        return None
    prev_text = sc.text[sc.paras[m.paragraph - 1][0]:sc.paras[m.paragraph - 1][1]].rstrip()
    if not prev_text.endswith(":"):
        return None
    last_sent = sc.doc[max(lo, hi - 1)].sent
    for t in reversed(list(last_sent)):
        if not sc.quoted[t.i] and is_cue(t):
            return t
    return None


@dataclass
class _Shape:
    """How a quoted span sits in its sentence: the evidence for direct, partial or scare."""
    content: str
    embedded: bool  # starts inside the author's sentence
    multi_sentence: bool
    n_words: int
    has_verb: bool

    def standalone_after(self, doc: Doc, cue: Token | None, qi: _QInfo) -> bool:
        """A direct quote: not embedded, several sentences, or a full sentence right after 'said (that)'."""
        return (not self.embedded or self.multi_sentence
                or (cue is not None and _right_after_cue(doc, cue, qi)
                    and self.content.rstrip(" ”\"’'").endswith((".", "!", "?")) and self.n_words >= 5))


def _shape(sc: _Scene, qi: _QInfo) -> _Shape:
    content = sc.text[qi.marks.start:qi.marks.end].rstrip()
    lo = sc.para_of[qi.marks.paragraph][0]
    return _Shape(content=content,
                  embedded=_is_embedded(sc.doc, qi, sc.quoted, lo),
                  multi_sentence=bool(re.search(r"[.!?][”\"’']?\s+[A-Z“\"‘]", content)),
                  n_words=len([t for t in qi.toks if not (sc.doc[t].is_punct or sc.doc[t].is_space)]),
                  has_verb=any(sc.doc[t].pos_ in ("VERB", "AUX") for t in qi.toks))


def _attribute(sc: _Scene, qi: _QInfo) -> None:
    """Decide the cue, speaker, medium and kind of one quoted span (sets them on ``qi``)."""
    if not qi.toks:
        return
    cue = _choose_cue(sc, qi)
    if cue is not None:
        cue = _outer_cue(cue, sc.quoted) or cue
    if qi.marks.note == "no-opening-mark" and cue is None:
        return  # a stray closing mark with no attribution: not a quote
    if cue is None:
        cue = _according_for(sc, qi)
    if cue is not None:
        _speaker_from_cue(sc, qi, cue)
    shape = _shape(sc, qi)
    if shape.standalone_after(sc.doc, cue, qi):
        _finish_direct(sc, qi, cue, shape)
    else:
        _finish_fragment(sc, qi, cue, shape)
    if qi.speaker and qi.kind in ("direct", "partial"):
        sc.resolver.remember(qi.marks.start, qi.speaker)


def _choose_cue(sc: _Scene, qi: _QInfo) -> Token | None:
    """The reporting verb this quote takes: the nearest one between its neighbouring quotes,
    preferring the verb the parse hangs the quote from and a colon introduction."""
    doc, m = sc.doc, qi.marks
    lo, hi = sc.para_of[m.paragraph]
    first, last = qi.toks[0], qi.toks[-1]
    others = [o for o in sc.infos if o is not qi and o.marks.paragraph == m.paragraph and o.toks]
    left_lim = max([o.toks[-1] + 1 for o in others if o.toks[-1] < first] + [lo])
    right_lim = min([o.toks[0] for o in others if o.toks[0] > last] + [hi])
    ends_open = sc.text[m.start:m.end].rstrip().endswith((",", "—", "–", "-", "…"))
    anc = _ancestors(qi, doc)
    best: tuple[int, Token] | None = None
    for c in sc.cues:
        if not (lo <= c.i < hi):
            continue
        if c.dep_ == "acl" and c.head.lemma_.lower() in MEDIUM_NOUNS and is_cue(c.head.head.head) \
                and not sc.quoted[c.head.head.head.i]:
            continue  # "said in a statement posted on Instagram": the statement's verb is not the cue
        governs = c.i in anc
        if not (left_lim <= c.i < right_lim) and not (governs and c.sent == doc[first].sent):
            continue  # a cue beyond a neighbouring quote counts only when the parse hangs this quote from it
        if c.i > last:
            dist = _words_between(sc, last + 1, c.i)
            same = c.sent == doc[last].sent or c.sent.start <= last + 2
            score = dist - (2 if ends_open else 0)
        else:
            dist = _words_between(sc, c.i + 1, first)
            same = c.sent == doc[first].sent or c.sent.end >= first - 1
            between = sc.text[c.idx + len(c.text):m.open if m.open is not None else m.start].strip()
            score = dist - (2 if between.endswith(":") else 0)
        if not same and dist > 6:
            continue
        if dist > 25 and not governs:
            continue
        if governs:
            score -= 3  # the quote hangs from this verb in the parse
        if best is None or score < best[0]:
            best = (score, c)
    return best[1] if best else None


def _outer_cue(cue: Token, quoted: list[bool]) -> Token | None:
    """A cue inside what another cue reports gives the words to the outer speaker:
    "Rakhimov said the countries had agreed on “90% of the text”" → said, not agreed."""
    own = _subject_of(cue)
    if own is not None and (own.pos_ in ("PROPN", "PRON") or own.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        # "into what Tarkesh calls a “demilitarised strip”", "denouncing what they claim is ...":
        # the inner verb has a speaker of its own, named or pointed to
        return None
    t, crossed = cue, False
    for _ in range(8):
        if t.head is t:
            return None
        crossed = crossed or t.dep_ == "ccomp"
        t = t.head
        if crossed and not quoted[t.i] and is_cue(t) and t.sent == cue.sent:
            return t
    return None


def _words_between(sc: _Scene, i: int, j: int) -> int:
    return sum(1 for t in sc.doc[i:j] if not (t.is_space or t.is_punct or sc.quoted[t.i]))


def _according_for(sc: _Scene, qi: _QInfo) -> Token | None:
    """An "according to X" in the quote's sentence and between its neighbours, if any."""
    doc, m = sc.doc, qi.marks
    lo, hi = sc.para_of[m.paragraph]
    first, last = qi.toks[0], qi.toks[-1]
    others = [o for o in sc.infos if o is not qi and o.marks.paragraph == m.paragraph and o.toks]
    left_lim = max([o.toks[-1] + 1 for o in others if o.toks[-1] < first] + [lo])
    right_lim = min([o.toks[0] for o in others if o.toks[0] > last] + [hi])
    acc = None
    for t in sc.according:
        if left_lim <= t.i < right_lim and (t.sent == doc[first].sent or t.sent == doc[last].sent):
            acc = t
    return acc


def _cue_subject(sc: _Scene, cue: Token, qi: _QInfo) -> Token | None:
    """The word naming who speaks: the subject of the cue, inverted, before a trailing tag, or to its left."""
    doc = sc.doc
    first, last = qi.toks[0], qi.toks[-1]
    if cue.lower_ == "according":
        objs = [o for o in doc[cue.i + 1].children if o.dep_ == "pobj"]
        return objs[0] if objs else None
    head = _subject_of(cue)
    if head is not None and sc.quoted[head.i] and not qi.toks[0] <= head.i <= qi.toks[-1]:
        head = _out_of_dateline(head, sc.quoted) or head
    if head is not None and sc.quoted[head.i]:
        # the parser took a word inside the quote as the subject
        head = _preceding_subject(cue, last + 1, sc.quoted) if cue.i > last else None
    if head is None:
        head = _inverted_subject(cue, sc.quoted)
    if head is None and cue.i > last:
        head = _preceding_subject(cue, last + 1, sc.quoted)
    if head is None and cue.i < first and cue.tag_ != "VBG":
        head = _left_subject(cue, sc.quoted)
    return head


def _speaker_from_cue(sc: _Scene, qi: _QInfo, cue: Token) -> None:
    """Set the cue, speaker, mention and medium of ``qi`` from its reporting cue."""
    qi.cue = cue
    head = _cue_subject(sc, cue, qi)
    last_direct = sc.last_direct
    if head is not None and not sc.quoted[head.i]:
        name, span = sc.resolver.resolve(head)
        if head.lower_ in PRONOUNS:
            sc.resolver.note_pronoun(head.lower_, name)
        qi.speaker, qi.mention = name, span
    elif head is None and cue.dep_ in ("advcl", "conj") and last_direct is not None:
        # "..., adding:" has no subject of its own: the speaker of the quote before
        qi.speaker, qi.mention = last_direct.speaker, last_direct.mention
    qi.medium = _medium(cue) if cue.lower_ != "according" else None
    if qi.medium is None and cue.lemma_ in ("add", "continue") and last_direct is not None \
            and last_direct.speaker == qi.speaker and last_direct.speaker is not None:
        qi.medium = last_direct.medium


def _finish_direct(sc: _Scene, qi: _QInfo, cue: Token | None, shape: _Shape) -> None:
    """A quote standing as its own sentence(s): direct; with no cue, borrow the speaker from context."""
    qi.kind = "direct"
    if cue is not None:
        qi.why = f"cue '{cue.text}'" + (f", speaker '{qi.mention.text}'" if qi.mention is not None else "")
        return
    m = qi.marks
    prev = sc.prev_in_para.get(m.paragraph)
    said_before = sc.last_said.get(m.paragraph)
    if prev is not None and prev.kind == "direct" and prev.speaker:
        qi.speaker, qi.mention, qi.medium = prev.speaker, prev.mention, prev.medium
        qi.why = "no cue of its own; continues the quote before it in the paragraph"
        return
    if said_before is not None and said_before[0] < m.start:
        _at, qi.speaker, qi.mention, qi.medium = said_before
        qi.why = "no cue of its own; the sentence before reports the same speaker"
        return
    lead = _lead_in_cue(sc, qi)
    if lead is not None:
        qi.cue = lead
        head = _subject_of(lead)
        if head is not None and not sc.quoted[head.i]:
            qi.speaker, qi.mention = sc.resolver.resolve(head)
        qi.medium = _medium(lead)
        qi.why = f"introduced by '{lead.text}:' at the end of the paragraph before"
        return
    cont = _continuation_source(sc.doc, qi, sc.last_direct)
    if cont is not None:
        qi.speaker, qi.mention, qi.medium = cont.speaker, cont.mention, cont.medium
        qi.why = "a paragraph of quotation with no tag: continues the previous speaker"
        return
    if shape.n_words <= 4 and not shape.has_verb and shape.embedded:
        qi.kind, qi.why = "scare", "short quoted label with no speaker"
        return
    qi.why = "quoted sentence with no attribution found"


def _finish_fragment(sc: _Scene, qi: _QInfo, cue: Token | None, shape: _Shape) -> None:
    """A quoted fragment inside the author's sentence: partial when someone said it, else scare."""
    doc = sc.doc
    first, last = qi.toks[0], qi.toks[-1]
    if cue is not None and (_governs(cue, qi, doc) or cue.sent == doc[first].sent) \
            and (qi.speaker or shape.n_words > 6):
        qi.kind = "partial"
        qi.why = f"quoted fragment inside a sentence with cue '{cue.text}'"
        return
    host = next((ic for ic in sc.ind_spans if ic[0] <= first and last < ic[1]), None)
    if host is not None:
        # inside the reported clause of a cue: "said that the position was “untenable” and that ..."
        c = host[2]
        head = _subject_of(c) if c.lower_ != "according" else None
        if head is None and c.tag_ != "VBG":
            head = _left_subject(c, sc.quoted)
        qi.cue = c
        qi.speaker, qi.mention = (sc.resolver.resolve(head) if head is not None and not sc.quoted[head.i]
                                  else (None, None))
        qi.medium = _medium(c) if c.lower_ != "according" else None
        if qi.speaker:
            qi.kind, qi.why = "partial", f"quoted words inside what '{c.text}' reports"
            return
    qi.cue = None
    qi.speaker, qi.mention, qi.medium = None, None, None
    if shape.n_words <= 6:
        qi.kind, qi.why = "scare", "quoted words in the author's sentence with no one said to have said them"
    else:
        qi.kind, qi.why = "partial", "quoted fragment with no attribution found"


def _is_embedded(doc, qi: _QInfo, quoted, lo) -> bool:
    """True when the quote starts inside an author's sentence (not at its start or after a colon/cue)."""
    first = qi.toks[0]
    sent = doc[first].sent
    j = first - 1
    while j >= max(sent.start, lo) and (doc[j].is_space or (doc[j].is_punct and doc[j].text in ALL_MARKS)):
        j -= 1
    if j < max(sent.start, lo):
        return False
    prev = doc[j]
    if prev.text in (":",):
        return False
    if prev.text == "," and j - 1 >= sent.start and is_cue(doc[j - 1]):
        return False  # He said, "…"
    if is_cue(prev) and doc[first].text[:1].isupper():
        return False  # He said "We …"
    return True


def _right_after_cue(doc, cue: Token, qi: _QInfo) -> bool:
    first = qi.toks[0]
    if cue.i >= first:
        return False
    between = [t for t in doc[cue.i + 1:first] if not (t.is_space or t.is_punct)]
    return all(t.lower_ == "that" for t in between)


def _ancestors(qi: _QInfo, doc) -> set[int]:
    """Token indices the quote's first and last words hang from in the parse (up to 12 steps)."""
    out: set[int] = set()
    for k in qi.toks[:3] + qi.toks[-3:]:
        t = doc[k]
        for _ in range(12):
            out.add(t.i)
            if t.head is t:
                break
            t = t.head
    return out


def _governs(cue: Token, qi: _QInfo, doc) -> bool:
    for k in qi.toks[:3] + qi.toks[-3:]:
        t = doc[k]
        for _ in range(12):
            if t == cue:
                return True
            if t.head is t:
                break
            t = t.head
    return False


def _continuation_source(doc, qi: _QInfo, last_direct) -> _QInfo | None:
    """The quote this one continues when it opens a paragraph with no tag."""
    m = qi.marks
    if last_direct is None or last_direct.marks.paragraph not in (m.paragraph - 1,):
        return None
    text = _text_of(doc)
    # the quote must open its paragraph
    paras = doc.user_data.get("paragraphs", [])
    if m.paragraph < len(paras):
        pstart = paras[m.paragraph][0]
        if text[pstart:(m.open if m.open is not None else m.start)].strip():
            return None
    if last_direct.marks.note == "continues" or last_direct.speaker:
        return last_direct
    return None


def _to_quote(doc, qi: _QInfo) -> Quote:
    text = _text_of(doc)
    m = qi.marks
    s, e = m.start, m.end
    # trim surrounding spaces of the content, keep inner punctuation
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    mention = TextSpan(qi.mention.start_char, qi.mention.end_char, qi.mention.text) if qi.mention is not None else None
    cue = None
    if qi.cue is not None:
        c = qi.cue
        if c.lower_ == "according" and c.i + 1 < len(doc):
            cue = TextSpan(c.idx, doc[c.i + 1].idx + len(doc[c.i + 1].text), text[c.idx:doc[c.i + 1].idx + len(doc[c.i + 1].text)])
        else:
            cue = TextSpan(c.idx, c.idx + len(c.text), c.text)
    return Quote(kind=qi.kind, start=s, end=e, text=text[s:e], speaker=qi.speaker, speaker_mention=mention,
                 cue=cue, medium=qi.medium, paragraph=m.paragraph, why=qi.why,
                 marks=(m.open if m.open is not None else -1, m.close if m.close is not None else -1))


# ---- indirect speech


def _indirect_candidates(doc, cues, according, quoted, infos) -> list[dict]:
    out = []
    for c in cues:
        if c.lemma_.lower() in OBJECT_CUES:
            continue
        comps = [x for x in c.children if x.dep_ == "ccomp" and x.i > c.i]
        if not comps:
            # "Forty ships were waiting, port officials said.": the clause comes first
            subj = _subject_of(c)
            left = [x for x in c.children if x.dep_ in ("ccomp", "parataxis") and x.i < c.i]
            if left and subj is not None and subj.i > left[0].i and not quoted[left[0].i]:
                comps = left
        if not comps and c.dep_ == "parataxis" and c.head.i < c.i and _subject_of(c) is not None:
            # "The truce was extended, mediators say, but ...": a tag in the middle reports what came before
            head = c.head
            subj = _subject_of(c)
            i = head.left_edge.i
            j = subj.left_edge.i
            if j - i >= 3 and not any(quoted[k] for k in range(i, j) if not doc[k].is_punct):
                out.append({"cue": c, "span": (i, j), "kind": "clause"})
            continue
        if not comps:
            # "said in a statement that ...": the clause may hang from the noun of the medium
            for prep in (x for x in c.children if x.dep_ == "prep"):
                for pobj in (x for x in prep.children if x.dep_ == "pobj"):
                    comps += [x for x in pobj.children if x.dep_ in ("acl", "ccomp", "relcl")
                              and any(m.lower_ == "that" and m.dep_ == "mark" for m in x.children)]
        if not comps:
            continue
        comp = comps[0]
        i, j = comp.left_edge.i, comp.right_edge.i + 1
        # "that A, and that B": a second clause the parser hung elsewhere
        while True:
            k = j
            while k < len(doc) and (doc[k].text == "," or doc[k].is_space or (doc[k].is_punct and quoted[k])):
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ in ("and", "or", "but") and doc[k + 1].lower_ == "that" \
                    and doc[k + 1].head.i > k + 1:
                j = max(j, doc[k + 1].head.right_edge.i + 1)
                continue
            break
        # "the timing was no accident: both governments face elections": the colon goes on
        if j < len(doc) and doc[j].text == ":" and doc[j].sent == comp.sent:
            j = comp.sent.end
        if comp.i > c.i and j <= c.i:
            continue
        if comp.i < c.i:
            j = min(j, c.i)
            # stop before the subject of the trailing tag
            subj = _subject_of(c)
            if subj is not None:
                j = min(j, subj.left_edge.i)
        first_word = doc[i] if doc[i].lower_ != "that" or i + 1 >= len(doc) else doc[i + 1]
        if first_word.lower_ in ("whether", "if", "how", "what", "why", "when", "where", "who", "which"):
            continue  # an indirect question ("asked whether ..."), not a statement
        if j - i < 3:
            continue
        for inner in cues:
            # "X was funded, noting that ...": the second cue starts a report of its own;
            # so does "... and accused the governor of ..." sharing the outer subject
            if i < inner.i < j and inner is not c and not quoted[inner.i] and (
                    inner.tag_ == "VBG" or not any(x.dep_ in ("nsubj", "nsubjpass") for x in inner.children)):
                j = inner.i
                while j > i and (doc[j - 1].lower_ in ("and", "but", ",") or doc[j - 1].is_space):
                    j -= 1
                break
        inside = [k for k in range(i, j) if quoted[k] and not doc[k].is_punct]
        outside = [k for k in range(i, j) if not quoted[k] and not (doc[k].is_punct or doc[k].is_space)
                   and doc[k].lower_ != "that"]
        if inside:
            inner_q = next((q for q in infos if q.toks and q.toks[0] <= inside[0] <= q.toks[-1]), None)
            qtext = _text_of(doc)[inner_q.marks.start:inner_q.marks.end] if inner_q else ""
            direct_like = bool(re.search(r"[.!?][”\"’']?\s+[A-Z“\"‘]", qtext)) or qtext[:1].isupper()
            if direct_like and len(outside) < 3:
                continue  # the clause is the direct quote itself
            if not outside:
                continue
        if len(outside) < 2:
            continue
        if c.dep_ == "auxpass" or any(x.dep_ == "nsubjpass" for x in c.children) and not any(x.dep_ == "agent" for x in c.children):
            continue  # "it is said that": no speaker
        out.append({"cue": c, "span": (i, j), "kind": "clause"})
    for a in according:
        to = doc[a.i + 1]
        objs = [o for o in to.children if o.dep_ == "pobj"]
        if not objs:
            continue
        sent = a.sent
        # the clause: the sentence minus the "according to X" phrase
        phrase_lo = a.i
        phrase_hi = max(objs[0].right_edge.i, to.i) + 1
        if phrase_lo - sent.start >= sent.end - phrase_hi:
            i, j = sent.start, phrase_lo
        else:
            i, j = phrase_hi, sent.end
        if any(quoted[k] for k in range(i, j) if not doc[k].is_punct):
            continue
        out.append({"cue": a, "span": (i, j), "kind": "according", "source": objs[0]})
    return out


def _indirect_quote(doc, ic: dict, resolver: SpeakerResolver, quoted) -> Quote | None:
    c: Token = ic["cue"]
    i, j = ic["span"]
    s, e = _trim(doc, i, j)
    if s < 0:
        return None
    text = _text_of(doc)
    if ic["kind"] == "according":
        head = ic["source"]
        cue_span = TextSpan(c.idx, doc[c.i + 1].idx + 2, text[c.idx:doc[c.i + 1].idx + 2])
        medium = None
    else:
        head = _subject_of(c)
        if head is not None and quoted[head.i]:
            head = _out_of_dateline(head, quoted)
        if head is None and c.tag_ != "VBG":
            head = _left_subject(c, quoted)
        cue_span = TextSpan(c.idx, c.idx + len(c.text), c.text)
        medium = _medium(c)
    speaker, mention = None, None
    if head is not None:
        speaker, span = resolver.resolve(head)
        if head.lower_ in PRONOUNS:
            resolver.note_pronoun(head.lower_, speaker)
        mention = TextSpan(span.start_char, span.end_char, span.text)
        resolver.remember(c.idx, speaker)
    paragraph = next((pi for pi, (ps, pe, _r) in enumerate(doc.user_data.get("paragraphs", [])) if ps <= s < pe), None)
    return Quote(kind="indirect", start=s, end=e, text=text[s:e], speaker=speaker, speaker_mention=mention,
                 cue=cue_span, medium=medium, paragraph=paragraph,
                 why=f"reporting verb '{c.text}' with a reported clause" if ic["kind"] == "clause"
                 else "'according to' names the source")


# --------------------------------------------------------------------------
# tables


QUOTE_COLUMNS = ["kind", "speaker", "text", "cue", "medium", "paragraph", "start", "end", "mention", "why"]


def quotes_frame(quotes: list[Quote]) -> pd.DataFrame:
    """The quotes as a table, one row each, in text order."""
    rows = [
        {
            "kind": q.kind,
            "speaker": q.speaker,
            "text": q.text,
            "cue": q.cue.text if q.cue else None,
            "medium": q.medium,
            "paragraph": q.paragraph,
            "start": q.start,
            "end": q.end,
            "mention": q.speaker_mention.text if q.speaker_mention else None,
            "why": q.why,
        }
        for q in quotes
    ]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def quotes_from_text(text: str, cues: Iterable[str] | None = None) -> list[Quote]:
    """Convenience: parse a string and extract its quotes.

    >>> [q.speaker for q in quotes_from_text('“Go,” said Ana Ruiz.')]
    ['Ana Ruiz']
    """
    from .article import article_from_text
    from .nlp import parse

    return extract_quotes(parse(article_from_text(text), fix=True), cues=cues)


_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def count_words(text: str, offset: int = 0, exclude: Iterable[tuple[int, int]] = ()) -> int:
    """Words in ``text`` (letters or digits, joined by ’ ' or -), skipping those whose start
    (``offset`` + position) falls inside one of the ``exclude`` spans.

    >>> count_words("don’t stop al-Qaeda")
    3
    """
    spans = list(exclude)
    return sum(1 for m in _WORD.finditer(text)
               if not any(s <= offset + m.start() < e for s, e in spans))


def speaker_words(quotes: list[Quote]) -> pd.DataFrame:
    """Words each speaker gets: in quotation marks (direct + partial) and only paraphrased (indirect).

    Each word counts once: the words of a partial quote inside an indirect
    quote count as quoted, not again as paraphrased. Scare quotes and quotes
    with no speaker are left out. Sorted by total words.
    """
    rows: dict[str, dict] = {}
    marked = [(q.start, q.end) for q in quotes if q.kind in ("direct", "partial")]
    for q in quotes:
        if q.kind == "scare" or not q.speaker:
            continue
        r = rows.setdefault(q.speaker, {"speaker": q.speaker, "quotes": 0, "direct_words": 0, "indirect_words": 0})
        r["quotes"] += 1
        if q.kind in ("direct", "partial"):
            r["direct_words"] += count_words(q.text)
        else:
            r["indirect_words"] += count_words(q.text, q.start, exclude=marked)
    df = pd.DataFrame(list(rows.values()), columns=["speaker", "quotes", "direct_words", "indirect_words"])
    df["total_words"] = df["direct_words"] + df["indirect_words"]
    return df.sort_values(["total_words", "speaker"], ascending=[False, True]).reset_index(drop=True)
