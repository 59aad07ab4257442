"""Who speaks: cue words, speaker words and the resolver of speaker mentions (layer 3).

:class:`SpeakerResolver` turns a mention ("she", "Ilyichev", "the minister",
"the company", "her mother") into the fullest name the article gives, using only
the text: names and their titles, ages and appositions, the subjects and
speakers met so far, and the bodies the article names. The word lists it uses
(titles, words for bodies and people, nationalities) live in :mod:`utils.speaker_words`; the
reporting-verb lexicon is read from ``data/lexicons/cue_verbs.csv`` by :func:`cue_lemmas`.

>>> from utils.article import article_from_text
>>> from utils.nlp import parse
>>> doc = parse(article_from_text("Harbour master Ingrid Solberg closed the port on Monday. Solberg said the swell was too high."))
>>> SpeakerResolver(doc, [False] * len(doc)).canonical_person("Solberg")
'Ingrid Solberg'
"""
from __future__ import annotations

import bisect
import contextvars
import csv
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span as SpacySpan, Token

from .article import DATA_DIR
from .speaker_words import (
    PUBLIC_BODY_NOUNS, AGENCY_NOUNS, BODY_KINDS, JOB_NOUNS, BUSINESS_WORDS, DESCRIPTOR_WORDS, TITLE_WORDS,
    HONORIFICS, ROLE_VERBS, NAME_LIKE_TITLES, TITLE_MODIFIERS, ORG_NOUNS, PERSON_NOUNS,
    TITLE_ABBREVIATIONS, NAME_PARTICLES, POST_NOMINALS, ORG_WORDS, COMPANY_NAME_WORDS, PLACE_WORDS,
    FEMALE_NOUNS, MALE_NOUNS, ROLE_SYNONYMS, COMPANY_NOUNS, KIN_NOUNS, GENERIC_BODIES, DOC_NOUNS,
    REGULATOR_NAME_WORDS, NATIONALITIES, DEMONYM_NOUNS, POSITIONS,
)

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
                      r"\s*(?:\([^)]{1,40}\))?\s*[-–—]\s*"
                      # "Madrid, Jul 14 (EFE).-": a place in mixed case, but with a date and an agency
                      r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}\s*\([^)]{1,40}\)\s*\.?\s*[-–—]\s*")
INVERTIBLE = {"say", "add", "write", "ask", "reply", "respond", "continue", "explain", "note", "recall",
              "insist", "warn", "argue", "declare", "announce", "conclude", "observe", "remark", "answer",
              "state", "comment", "agree", "joke", "quip", "admit", "concede", "acknowledge", "claim", "counter",
              "tweet", "post", "confirm", "suggest", "stress", "predict", "promise", "urge"}
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p", "i": "s", "we": "p",
            "it": "n"}
DETERMINERS = {"a", "an", "the", "both", "one", "another", "some", "this", "that", "these", "those", "all",
               "what"}
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
    if tok.dep_ == "amod" and not (tok.tag_ == "VBD" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "old"):
        return False  # "claimed presence", "the said agreement"; but '"...," the 23-year-old told reporters'

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
    text = re.sub(r"(?<=s)[’']$", "", text)  # "Norvik Motors’ plant": a plural possessive
    return text.strip(" ,.;:")


def _proper_part(name: str) -> str:
    """A body's name without lowercase words before it: "state Department of Environment" → "Department of Environment"."""
    words = name.split()
    while len(words) > 2 and words[0][:1].islower() and words[1][:1].isupper():
        words = words[1:]
    if len(words) >= 2 and words[1][:1].isupper() and (
            words[0].lower().endswith("maker") or words[0].lower() in DESCRIPTOR_WORDS):
        words = words[1:]  # "Drugmaker Helvion Pharmaceuticals" at the start of a sentence
    return " ".join(words)


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    ages: set[str] = field(default_factory=set)  # "Hanne Eide, 29," → {"29"}


# Descriptions that, with "the", point back to someone just named: an age, a family tie, a place in a
# team or a ranking ("the 24-year-old", "the father of two", "the striker", "the world number 11").
_DESCRIPTION = re.compile(
    r"\b(\d{1,3}-year-old|father of|mother of|world number|striker|forward|midfielder|defender|goalkeeper|"
    r"winger|keeper|skipper|captain|veteran|youngster|teenager|champion|newcomer|rookie|former|quarterback|"
    r"linebacker|receiver|pitcher|catcher|shortstop|goalie|batter|bowler|batsman|jockey|fly-half|scrum-half|"
    r"flanker|hooker|full-back|centre-back|playmaker|point guard|guard|setter|all-rounder|spinner|seamer)\b", re.I)


# A byline paragraph: "By Laurence Whitcombe, Arts Correspondent", "Reporting by Ana Ruiz in Lima"
_BYLINE = re.compile(r"(?:By|Reporting by|Written by|Words by)\s+[A-Z][^.!?\n]{0,80}[^.!?\s]\s*$")


def _personal_noun(tok: Token) -> bool:
    """A common noun that can only name a person: "resident", "widow", "great-grandson"."""
    lemma = tok.lemma_.lower()
    last = lemma.split("-")[-1]
    return tok.pos_ == "NOUN" and (lemma in PERSON_NOUNS or last in KIN_NOUNS | FEMALE_NOUNS | MALE_NOUNS)


def _title_gender(words: list[str]) -> str | None:
    """ "m" or "f" from titles such as Mr, Mrs, Ms, Sir, Dame; None when they say nothing."""
    for w in words:
        if w in FEMALE_TITLES:
            return "f"
        if w in MALE_TITLES:
            return "m"
    return None


def _person_word(lemma: str) -> bool:
    """A word that can name a person's role: anything but a word for a body or a place
    ("minister", "chef", "prefect", but not "festival", "county" or "company")."""
    if lemma in PERSON_NOUNS:
        return True
    return lemma not in ORG_NOUNS | COMPANY_NOUNS | GENERIC_BODIES | PLACE_WORDS | {
        "country", "region", "province", "village", "nation", "town", "city", "county", "team", "side"}


def _head_word(phrase: str) -> str:
    """The head noun of a simple phrase: "spokesman for No 10" → "spokesman", "police spokeswoman" → "spokeswoman",
    "person familiar with the talks" → "person"."""
    words = _key(phrase.split())
    for k, w in enumerate(words):
        if w in ("who", "that", "which") and k > 0:
            return words[k - 1]  # "neighbor who lives across the street" → "neighbor"
        if w in ("for", "of", "at", "from", "with", "in", "on", "to") and k > 0:
            if words[k - 1] in ("familiar", "close", "involved", "knowledgeable", "briefed", "opposed") and k > 1:
                return words[k - 2]  # "person familiar with the talks" → "person"
            return words[k - 1]
    return words[-1] if words else ""


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in words)


def _same_keys(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the name with key ``a`` can be the person with full-name key ``b``."""
    if not a or not b:
        return False
    if a == b:
        return True
    # a shorter name that ends like the full name: "Ilyichev" ~ "Pyotr Ilyichev"
    if len(a) < len(b) and b[-len(a):] == a:
        return True
    # a surname without its particle: "Amiri" ~ "Nasser al-Amiri"
    last = re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az|ud|ul)[-‑]", "", b[-1])
    return len(a) == 1 and len(b) >= 2 and last != b[-1] and a[0] == last


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
        self.guess: str | None = None  # how the last call of resolve() guessed, if it did
        self.introduced_at: set[int] = set()  # subject_mentions of people introduced with a description
        self._canon_cache: dict[tuple, str | None] = {}
        self.aliases: dict[str, str] = {}  # nickname (alone or with the surname) → full name
        self._ordered: tuple[tuple, list] = ((), [])  # people, longest names first, with their keys
        self.para_starts = [s for s, _e, _r in doc.user_data.get("paragraphs", [])] or [0]
        self.bylines = [(s, e) for s, e, _r in doc.user_data.get("paragraphs", []) if _BYLINE.match(self.text[s:e])]
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
        poss = [k for k, t in enumerate(toks[:-1]) if t.lower_ in ("’s", "'s")]
        if poss:
            toks = toks[poss[-1] + 1:]  # "Kenya’s Faith Jeptanui": the country is not part of her name
        i = len(toks)
        while i > 0:
            t = toks[i - 1]
            word = t.lower_.rstrip(".")
            if t.text[:1].isupper() and not t.like_num and t.ent_type_ != "NORP" and not (
                    word in NATIONALITIES and i < len(toks)) and not (
                    (word in JOB_NOUNS or t.lemma_.lower() in JOB_NOUNS) and i < len(toks) and i == 1) and (
                    word not in TITLE_WORDS or (
                    # a surname that is also a title word: "Minnie Driver", "Sam Judge"
                    i == len(toks) and i >= 2 and toks[i - 2].text[:1].isupper()
                    and toks[i - 2].lower_.rstrip(".") not in TITLE_WORDS)):
                i -= 1
            elif word in NAME_LIKE_TITLES and i == len(toks) - 1 and t.text[:1].isupper() \
                    and (i == 1 or not toks[i - 2].text[:1].isupper()):
                i -= 1  # "Dean Fletcher": a first name, not a title (but "Law Dean Ana Ruiz" keeps the title)
            elif word in NAME_PARTICLES and i < len(toks):
                i -= 1
            elif t.text in ("-", "‑") and i < len(toks):
                i -= 1
            elif t.is_alpha and t.text.islower() and i >= 3 and toks[i - 2].text in ("-", "‑") \
                    and not toks[i - 2].whitespace_ and toks[i - 3].text[:1].isupper():
                i -= 1  # "Chen Ming-tang", "Hsu Wei-chen": the second half of a hyphenated given name
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

    def _first_surname_of(self, word: str) -> list[str]:
        """The people whose name has ``word`` as the first of two capitalised surnames
        ("Campos" → ["Aurelio Campos Mena"])."""
        key = _key([word])
        return sorted(p.name for p in self.people.values() if len(p.tokens) >= 3 and _key(p.tokens[-2:-1]) == key
                      and p.tokens[-2][:1].isupper() and p.tokens[-1][:1].isupper())

    def _who_follows(self, at: int) -> bool:
        """True when the name ending at char ``at`` is described with "who", which is for people:
        "Effie MacLeod, who runs a bakery", "Arjun Pell, a crane operator who has worked at the port"."""
        return re.match(r",[^,.;]{0,40}\bwho\b", self.text[at:at + 48]) is not None

    def _owns_body(self, k: int) -> bool:
        """True when the tokens from ``k`` are a plural possessive mark and a word for a body: the name
        before them is part of a body's name ("[Vessland Leukaemia Patients]' Association")."""
        after = self.doc[k:k + 2]
        return len(after) == 2 and after[0].text in ("'", "’") and after[1].lower_ in ORG_WORDS

    def _hyphenated(self, name: list[Token]) -> list[Token]:
        """ "DeShawn Okafor[-Reyes]", "[Jean-]Luc Berthier": a name the parser or the model cut at a hyphen
        gets its other half back, on either side."""
        doc = self.doc

        def joined(k: int, step: int) -> bool:  # doc[k] + hyphen + a capitalised word, with no spaces between
            far, hyphen = k + 2 * step, k + step
            return 0 <= far < len(doc) and doc[hyphen].text in ("-", "‑") and not doc[min(k, far)].whitespace_ \
                and not doc[hyphen].whitespace_ and doc[far].is_alpha and doc[far].text[:1].isupper() \
                and not self.quoted[far]
        while name and joined(name[-1].i, 1):
            name = name + [doc[name[-1].i + 1], doc[name[-1].i + 2]]
        while name and joined(name[0].i, -1):
            name = [doc[name[0].i - 2], doc[name[0].i - 1]] + name
        return name

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
            poss = next((t.i for t in ent if ent.start < t.i < ent.end - 1 and t.lower_ in ("’s", "'s")), None)
            if poss is not None and poss == ent.start + 1 and ent.end - poss - 1 >= 2:
                ent = self.doc[poss + 1:ent.end]  # "Kenya’s [Faith Jeptanui]"
            elif poss is not None:
                ent = self.doc[ent.start:poss]  # "[Kwame Adjei-Brennan]’s Ninety Bridges"
            cut = next((t.i for t in ent if t.i > ent.start and t.text[:1].islower() and t.pos_ in ("VERB", "AUX")), None)
            if cut is not None:
                ent = self.doc[ent.start:cut]  # "[Tyrese Whitmore] led Riverside": the model ran the name on
            if all(self.quoted[t.i] for t in ent if not t.is_punct):
                continue  # a name inside a quote (the model may take the opening mark into it)
            if self._owns_body(ent.end):
                continue  # "the Vessland Leukaemia Patients' Association"
            if ent.start > 0 and self.doc[ent.start - 1].lower_ == "the" and len(ent) >= 2 \
                    and ent[-1].text.endswith("s") and ent[-1].tag_ == "NNPS":
                continue  # "The Westbridge Comets fired their coach": a team
            _t, toks = self._trim_title(list(ent))
            if not toks or not any(t.text[:1].isupper() for t in toks):
                continue
            if len(toks) == 1 and toks[0].lower_.rstrip(".") in TITLE_WORDS and (
                    len(ent) > 1 or (ent.start > 0 and self.doc[ent.start - 1].lower_ == "the")):
                continue  # "The Treasurer insisted": a title, not a name
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
        # "emergency nurse Priya, whose surname ...": a first name alone after a job word
        after_role = {e.start for e in out if len(e) == 1 and e.start > 0 and self.doc[e.start - 1].text.islower()
                      and (self.doc[e.start - 1].lemma_ in PERSON_NOUNS or self.doc[e.start - 1].lower_ in TITLE_WORDS)}
        return [e for e in out if len(e) > 1 or e.start in after_role or (
            _key([e[0].text])[0] in multi | mid | aged | speaking and _key([e[0].text])[0] not in org_firsts - multi)]

    def _collect(self) -> None:
        # (start char, name tokens, title tokens, root token, span for roles or None)
        found: list[tuple[int, list[Token], list[Token], Token, SpacySpan | None]] = []
        for s in self._person_spans():
            # the model sometimes leaves the first name out: "Daria [Sokolenko]"
            k = s.start
            while k - 1 >= 0 and (re.fullmatch(r"(?:[A-Z]\.){1,3}", self.doc[k - 1].text) or (
                    self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].ent_type_ in ("", "PERSON")
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
        titled_speakers = {
            _key([t.text])[0] for t in self.doc
            if t.pos_ == "PROPN" and t.dep_ == "nsubj" and is_cue(t.head) and not self.quoted[t.i]
            and any(c.dep_ == "compound" for c in t.children)
            and all(c.lower_.rstrip(".") in TITLE_WORDS | NAME_PARTICLES for c in t.children if c.dep_ == "compound")}
        found += self._persons_mislabelled(speaking_surnames | titled_speakers)
        found += self._first_names_of_speakers(speaking_surnames | titled_speakers)
        for tok in self.doc:
            # Names the small model missed or tagged as ORG/GPE ("Marta Celik" as GPE): the syntax says
            # it is a person when it is the subject of a reporting verb, or in apposition with "a researcher".
            if self.quoted[tok.i] or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
                continue
            if tok.ent_type_ not in ("", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
                continue
            person_appos = any(c.dep_ == "appos" and _personal_noun(c) for c in tok.children) or \
                (tok.dep_ == "appos" and _personal_noun(tok.head))
            surname = tok
            if tok.text in POST_NOMINALS and tok.i > 0 and self.doc[tok.i - 1].dep_ == "compound":
                surname = self.doc[tok.i - 1]  # "Felicity Arden KC ... Arden has argued"
            surname_speaks = _key([surname.text])[0] in speaking_surnames
            if tok.ent_type_ and not (person_appos or surname_speaks):
                continue
            if tok.dep_ == "compound" or tok.lower_ in PLACE_WORDS:
                continue
            syntax = is_cue(tok.head) or tok.dep_ in ("appos", "nsubj", "nsubjpass") or person_appos
            k = tok.i
            while k - 1 >= 0 and not self.quoted[k - 1] and (
                    (self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].dep_ == "compound") or (
                        # "Ana | Petrescu, the mayor", "Lukas | Brandt won": a first name the parser cut off into
                        # the sentence before (and may even call an adjective)
                        self.doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") and self.doc[k - 1].is_alpha
                        and self.doc[k - 1].whitespace_ == " " and self.doc[k - 1].text.istitle()
                        and self.doc[k - 1].lower_.rstrip(".") not in TITLE_WORDS and self.doc[k - 1].is_sent_end
                        and (k - 1 == 0 or not self.doc[k - 2].is_alpha or self.doc[k - 1].is_sent_start))):
                k -= 1
            chain = list(self.doc[k:tok.i + 1])
            if not syntax and (len(chain) < 2 or tok.ent_type_ or any(t.ent_type_ not in ("", "PERSON") for t in chain)):
                continue
            titles, name = self._trim_title(chain)
            if any(t.lower_ in ORG_WORDS for t in name) or self._owns_body(tok.i + 1):
                continue
            # "Amira, a 19-year-old woman from Darfur, said": one name is enough with a person in apposition
            honorific = bool(titles) and titles[-1].lower_.rstrip(".") in HONORIFICS
            if (len(name) >= 2 or (len(name) == 1 and (person_appos or honorific) and name[0].text.istitle())) \
                    and all((t.text[:1].isupper() and t.is_alpha) or "-" in t.text
                            or re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text) for t in name):
                found.append((name[0].idx, name, titles, tok, self.doc[name[0].i:name[-1].i + 1]))
        # "By Marisa Okafor, City Hall Reporter": the writer, not someone in the story
        found = [f for f in found if not any(s <= f[0] < e for s, e in self.bylines)]
        found = [(n[0].idx, n, t, r, s) for n, t, r, s in
                 ((self._hyphenated(n), t, r, s) for _c, n, t, r, s in found)]
        # the registry: longest names first, so that "Pyotr Ilyichev" absorbs "Ilyichev"
        names = {re.sub(r"[’']s$", "", self._text(n)) for _c, n, _t, _r, _s in found}
        # "Margaret and Derek Hollins": two people who share the surname written once
        for m in re.finditer(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b", self.text):
            first, both = m.group(1), f"{m.group(1)} {m.group(3)}"
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if f"{m.group(2)} {m.group(3)}" in names and first.lower() not in ORG_WORDS | TITLE_WORDS \
                    and span is not None and not self.quoted[span[0].i] and span[0].ent_type_ in ("", "PERSON"):
                names.add(both)
                found.append((m.start(1), list(span), [], span.root, None))
        # 'Margaret “Peg” Dunleavy', 'Marek "Solace" Dvorak': a nickname between the names; the nickname
        # alone ("Peg", "Solace") and with the surname ("Peg Dunleavy") are the same person
        for m in re.finditer(r"\b([A-Z][\w’'-]+) [“\"]([A-Z][^”\"\n]{1,24})[”\"] ([A-Z][\w’'-]+)", self.text):
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or self.quoted[span[0].i] or m.group(1).lower() in TITLE_WORDS | ORG_WORDS:
                continue
            full = f"{m.group(1)} {m.group(3)}"
            names = {n for n in names if n != m.group(1) and not n.startswith(m.group(1) + " “")}
            names.add(full)
            self.aliases[m.group(2)] = full
            self.aliases[f"{m.group(2)} {m.group(3)}"] = full
            found.append((m.start(1), list(span), [], span.root, None))
        names -= set(self.aliases)
        found = [f for f in found if self._text(f[1]) not in self.aliases]
        names = sorted(names, key=lambda n: (-len(n.split()), n))
        for n in names:
            if not n or any(_same_keys(_key(n.split()), _key(p.name.split())) for p in self.people.values()):
                continue
            if len(n.split()) == 1 and len([p for p in self.people.values()
                                            if len(p.tokens) >= 2 and _key(p.tokens[:1]) == _key([n])]) == 1:
                continue  # "Tharuka" after "Tharuka Perera": a first name used alone, the same person
            if len(n.split()) == 1 and len(self._first_surname_of(n)) == 1:
                continue  # "Campos" after "Aurelio Campos Mena": the first of two surnames
            self.people[n] = _Person(n, tuple(n.split()))
        introduced: set[str] = set()
        for start, name, titles, root, span in sorted(found, key=lambda f: f[0]):
            canon = self.canonical_person(self._text(name))
            if canon is None:
                continue
            if len(name) == 1 and len(self._namesakes(name[0].text)) >= 2:
                # "Mr Pickering" when the article names Ross and Leanne Pickering: only a title can tell
                g = _title_gender([t.lower_ for t in titles])
                fits = [n for n in self._namesakes(name[0].text) if self._gender_of(n) in (g, None)] if g else []
                if len(fits) == 1:
                    canon = fits[0]
                elif g:
                    continue  # a title that fits both: do not guess
                else:
                    canon = self._recent_namesake(name[0].text, start) or canon
            p = self.people[canon]
            p.roles |= {TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_.rstrip("."))
                        for t in titles if t.is_alpha or t.text.endswith(".")}
            if span is not None:
                p.roles |= self._roles_near(span)
            after = re.match(r",\s*(?:a |an )?(\d{1,3})(?:,|-year-old)", self.text[name[-1].idx + len(name[-1].text):][:20])
            if after:
                p.ages.add(after.group(1))  # "Hanne Eide, 29," / "Nwosu, a 47-year-old father of two"
            elif span is not None:
                older = [t for t in span.root.children if t.dep_ == "appos"
                         and not any(w.lower_ == "whose" for w in t.children)]
                for t in older:
                    m = re.search(r"(\d{1,3})-year-old", self.text[t.left_edge.idx:t.idx + len(t.text)])
                    if m:
                        p.ages.add(m.group(1))
            first = (span[0] if span is not None else name[0])
            before = self.doc[first.i - 1].lower_ if first.i > 0 else ""
            g = _title_gender([t.lower_ for t in reversed(titles)] + [before])  # the title nearest the name
            if g:
                p.gender = g
            self.mentions.append((start, canon))
            if _is_subjectish(root) and not _in_reported_clause(root):
                self.subject_mentions.append((start, canon))
            elif canon not in introduced and any(c.dep_ == "appos" for c in root.children):
                # "criticism from Marisol Okafor, an independent researcher ... she wrote": a person
                # introduced with a description is as likely an antecedent as a subject
                self.subject_mentions.append((start, canon))
                self.introduced_at.add(start)
            introduced.add(canon)
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
            if tok.dep_ == "appos" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
                linked.append(tok.head)  # "Kindred, a dating company", "launch company Halcyon Orbital"
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
                  if p.roles & (COMPANY_NOUNS | ORG_NOUNS) - PERSON_NOUNS and not p.roles & person_words
                  # but "Arjun Pell, a crane operator who has worked at the port": "who" is for people
                  and not any(self._who_follows(m.end()) for m in re.finditer(rf"\b{re.escape(n)}\b", self.text))}
        bodies |= {n for n in self.people if any(w in ORG_WORDS for w in _key(n.split()))}
        for n in self.people:
            # "Harwick Container Terminals (HCT) said": a person is never followed by their initials
            initials = "".join(w[0] for w in n.split() if w[:1].isupper())
            if len(initials) >= 2 and re.search(rf"{re.escape(n)}\s*\({initials}\)", self.text):
                bodies.add(n)
        # "Kestrel" in a headline when the body is "Kestrel Robotics"
        named_bodies = bodies | {e.text for e in self.doc.ents if e.label_ in ("ORG", "PERSON") and len(e) > 1
                                 and any(t.lower_ in ORG_WORDS for t in e)}
        fuller: set[str] = set()
        for n in self.people:
            if len(n.split()) != 1:
                continue
            if any(b.startswith(n + " ") for b in named_bodies):
                bodies.add(n)
            for m in re.finditer(rf"\b{re.escape(n)}\s+([A-Z]\w+)", self.text):
                if m.group(1).lower() in ORG_WORDS:
                    bodies.add(n)
                    fuller.add(m.group(0))  # "Kestrel Racing driver Mateo Sandoval": the body's full name
        # "India bowled Sri Lanka out": a name the model tags as a place at least as often as a person
        labels: dict[str, list[str]] = {}
        for e in self.doc.ents:
            labels.setdefault(_clean(e.text), []).append(e.label_)
        bodies |= {n for n in self.people if n in labels and
                   sum(lab in ("GPE", "LOC", "NORP") for lab in labels[n]) > labels[n].count("PERSON")
                   and not self.people[n].roles and not self.people[n].ages}
        for n in bodies:
            del self.people[n]
        self.mentions = [(c, n) for c, n in self.mentions if n not in bodies]
        self.subject_mentions = [(c, n) for c, n in self.subject_mentions if n not in bodies]
        self.extra_orgs = sorted(bodies | fuller)

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
        for p in self.people.values():
            pk = _key(p.tokens)
            if len(pk) >= 3 and pk[-2] not in by_word and p.tokens[-2][:1].isupper():
                by_word.setdefault(pk[-2], set()).add(p.name)  # "Campos" for "Aurelio Campos Mena"
        firsts: dict[str, set[str]] = {}
        for p in self.people.values():
            if len(p.tokens) >= 2:
                firsts.setdefault(_key(p.tokens[:1])[0], set()).add(p.name)
        doc = self.doc
        for tok in doc:
            if self.quoted[tok.i] or tok.idx in seen or tok.idx in covered:
                continue
            if tok.i >= 2 and doc[tok.i - 1].text in ("-", "‑") and not doc[tok.i - 1].whitespace_ \
                    and not doc[tok.i - 2].whitespace_:
                continue  # "Okafor-[Reyes]": the second half of a hyphenated name is not "Renata Reyes"
            whole = self._hyphenated([tok])
            w = _key([re.sub(r"[’']s$", "", self._text(whole))])[0]
            if tok.pos_ != "PROPN" and not (tok.text[:1].isupper() and tok.pos_ in ("NOUN", "VERB", "ADJ")
                                            and w in by_word):
                continue  # "Aalders rejected the accusation": a known surname the tagger took for a plural noun
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # part of a longer name
            names = by_word.get(w) or (firsts.get(w) if not tok.is_sent_start or _is_subjectish(tok) else None)
            if names and len(names) == 1:
                name = next(iter(names))
                self.mentions.append((tok.idx, name))
                if _is_subjectish(tok) and not _in_reported_clause(tok):
                    self.subject_mentions.append((tok.idx, name))

    def _described_subjects(self) -> None:
        """ "The minister has just posted again. He said ...": a subject described by a role or an age
        that names a known person counts as a mention of that person, so pronouns can find it."""
        for tok in self.doc:
            if self.quoted[tok.i] or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
                continue
            if _in_reported_clause(tok):
                continue  # "He said the referee had a better view": what is talked about, not who acts
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

    def _names_subject(self, at: int, subj: Token) -> bool:
        """True when the name starting at char ``at`` is the subject ``subj`` itself or in apposition to
        it ("The film's director, Tobias Wren, says"), not a word inside its relative clause."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        t = span[0]
        for _ in range(4):
            if t.i == subj.i:
                return True
            if t.dep_ not in ("compound", "appos", "flat") or t.head.i == t.i:
                return False
            t = t.head
        return t.i == subj.i

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
            other_subject = False  # "Feld said the calf ... had passed her first check": her is the calf's
            for t in sent:
                if t.idx <= first or self.quoted[t.i]:
                    continue
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") \
                        and not self._names_subject(first, t) and not t.idx < first + len(name):
                    other_subject = True
                weight = 1
                if other_subject and t.dep_ == "poss":
                    continue
                if t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and is_cue(t.head.head) and t.i == min(
                        k.i for k in t.head.subtree) and any(
                        s.dep_ == "nsubj" and self._names_subject(first, s) for s in t.head.head.children):
                    weight = 2  # "Tobias Wren says he knew ... her audition": the first subject after "X says"
                elif t.dep_ not in ("poss",) and t.lower_ not in ("himself", "herself"):
                    continue  # "X said the minister knew he had complained": a subject pronoun may be someone else
                g = {"he": "m", "him": "m", "his": "m", "himself": "m",
                     "she": "f", "her": "f", "hers": "f", "herself": "f"}.get(t.lower_)
                if g:
                    votes.setdefault(name, {"m": 0, "f": 0})[g] += weight
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
                if min(v.values()) == 0 or max(v.values()) >= 2 * min(v.values()):
                    p.gender = "m" if v["m"] > v["f"] else "f"
        for ent in self.doc.ents:
            org_like_person = ent.label_ == "PERSON" and any(t.lower_ in ORG_WORDS for t in ent)
            if (ent.label_ in ("ORG", "GPE", "NORP", "FAC") or org_like_person) and not all(self.quoted[t.i] for t in ent):
                # "[The Associated Press] that [Helvion]": the model ran two names together over a conjunction
                parts: list[list[Token]] = [[]]
                for t in ent:
                    if t.text.islower() and t.lower_ in ("that", "which", "who", "after", "before", "while", "as"):
                        parts.append([])
                    else:
                        parts[-1].append(t)
                for part in (p for p in parts if p):
                    if ent.label_ == "ORG" and part[-1].lower_ in ("union", "association", "federation", "council",
                                                                   "society", "authority", "commission", "league"):
                        left = self._org_left_edge(part[0].i)  # "[Dockers’ and] Harbour Workers’ Union"
                        part = list(self.doc[left:part[0].i]) + part
                    name = _proper_part(_clean(self._text(part)))
                    if name.lower().endswith("maker") or name.lower() in DESCRIPTOR_WORDS:
                        continue  # "[Drugmaker] Helvion Pharmaceuticals": a kind of business, not a name
                    self.orgs.append((part[0].idx, name))
                    self.org_labels.append((part[0].idx, name, ent.label_))
                    owner = re.match(r"(.+?)[’']s [A-Z]", name)
                    if owner and len(owner.group(1).split()) >= 2:
                        # "Ashgrove University’s Centre for Population Studies": the university is a body too
                        self.orgs.append((part[0].idx, owner.group(1)))
                        self.org_labels.append((part[0].idx, owner.group(1), ent.label_))
        for tok in self.doc:
            # "Kafubu Resources said": a company name the model did not tag
            if self.quoted[tok.i] or tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
                continue
            chain = sorted([c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok],
                           key=lambda t: t.i)
            left = list(self.doc[tok.left_edge.i:tok.i + 1])
            while left and left[0].lower_ in DETERMINERS:
                left = left[1:]
            if len(left) > len(chain) and left[0].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in ("and", "&", "of", "for") for t in left) \
                    and not any(self.quoted[t.i] for t in left):
                chain = left  # "The Competition and Consumer Authority, which must approve the deal, said"
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
            org = tok.ent_type_ in ("ORG", "GPE", "NORP") or (tok.lemma_.lower() in ORG_NOUNS) or (
                tok.pos_ == "PROPN" and tok.is_alpha and tok.text.isupper() and len(tok.text) >= 2)  # "The RIF denied"
            # "they" stands for people or bodies, not for "schools, nurseries and playgrounds"
            animate = org or tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS \
                or tok.lemma_.lower().rstrip("s") in PERSON_NOUNS or tok.lower_.endswith(("ers", "ists", "ians", "ants"))
            if (plural or org) and animate and tok.lower_ not in PRONOUNS and tok.lower_ not in DEMONYM_NOUNS:
                text = self.noun_phrase(tok)[1]
                if self.canonical_person(text) is None:
                    self.groups.append((tok.idx, self.resolve_org(text, tok.idx)))

    def _first_names_of_speakers(self, speaking: set[str]) -> list:
        """ "Taras Melnychuk ... Melnychuk said", where the model tagged neither as a person: a capitalised
        word right before a surname that speaks on its own is that speaker's first name."""
        out = []
        for tok in self.doc:
            if tok.i == 0 or _key([tok.text])[0] not in speaking or self.quoted[tok.i] or tok.ent_type_ == "PERSON" \
                    or tok.lower_ in ORG_WORDS | ORG_NOUNS | PLACE_WORDS or not tok.is_alpha \
                    or (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in ("-", "‑")):
                continue  # not "Consumer Authority", not "Delphine Ashworth[-Reyes]"
            first = self.doc[tok.i - 1]
            if not (first.is_alpha and first.text.istitle() and first.whitespace_ and not self.quoted[first.i]
                    and first.pos_ in ("PROPN", "ADJ", "NOUN") and first.ent_type_ not in ("GPE", "NORP", "ORG", "DATE")
                    and first.lower_ not in TITLE_WORDS | ORG_WORDS | PLACE_WORDS | NATIONALITIES | DETERMINERS):
                continue
            out.append((first.idx, [first, tok], [], tok, self.doc[first.i:tok.i + 1]))
        return out

    def _persons_mislabelled(self, speaking: set[str]) -> list:
        """Names the model tagged ORG, GPE, FAC ... that the text shows to be people. Two to four words:
        a job word before them ("coach Tomasz Wieczorek"), an age after them ("Hanne Eide, 29,"),
        their last word speaking alone later ("Wieczorek said"), or a his/her that can only be theirs
        ("Amara Osei stands at the rail with a rucksack between her boots"). One word: a name with an
        age that is the subject of a verb ("Nour, 61, who shared a truck ..., said")."""
        doc = self.doc
        out = []
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
                continue
            toks = [t for t in ent if not (t.is_punct or t.lower_ in ("’s", "'s"))]
            poss = next((t.i for t in ent if ent.start < t.i < ent.end - 2 and t.lower_ in ("’s", "'s")), None)
            if poss is not None:
                toks = [t for t in toks if t.i > poss]  # "Kenya’s [Faith Jeptanui]", tagged ORG
            while toks and toks[0].lower_ in ("the", "a", "an"):
                toks = toks[1:]  # "[the] Opposition P. Kalaiselvi"
            left = toks[0].i if toks else ent.start
            while left > 0 and left > ent.start - 3 and not self.quoted[left - 1] \
                    and self.doc[left - 1].pos_ == "PROPN" and (not self.doc[left - 1].ent_type_ or (
                        # "[Effie] [MacLeod]": the model cut one name into two entities of the same label
                        self.doc[left - 1].ent_type_ == ent.label_ and self.doc[left - 1].ent_iob_ == "B"
                        and left == ent.start)) \
                    and self.doc[left - 1].text.istitle() and self.doc[left - 1].whitespace_:
                left -= 1  # "Dr Ana [Rebolledo]": the first name and title the model left out
            if toks and left < toks[0].i:
                toks = list(self.doc[left:toks[0].i]) + toks
            of = next((k for k, t in enumerate(toks) if t.lower_ == "of"), None)
            if of is not None and 2 <= of <= 4 and toks[0].i == ent.start:
                toks = toks[:of]  # "[Noah Whitcombe] of Arrowline": a person and the team, run together
            if any(t.text[:1].islower() and t.lower_ not in NAME_PARTICLES for t in toks):
                continue  # "Council for Democratic Standards": a body
            titles, toks = self._trim_title(toks) if toks else ([], [])
            honorific = bool(titles) and titles[-1].lower_.rstrip(".") in HONORIFICS
            if not (2 <= len(toks) <= 4 or (len(toks) == 1 and honorific)) or any(self.quoted[t.i] for t in toks):
                continue  # ... but "Lord Arnprior", "Mrs Gilchrist" are people
            if not all((t.text[:1].isupper() or (t.lower_ in NAME_PARTICLES and 0 < k < len(toks) - 1))
                       and (t.is_alpha or "-" in t.text or "’" in t.text or "'" in t.text
                            or re.fullmatch(r"(?:[A-Z]\.){1,3}", t.text)) for k, t in enumerate(toks)):
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
                # "Effie MacLeod, who runs a bakery ..., said she had lost count": "who", then a he or she
                # ... or "Arjun Pell, a crane operator who has worked at the port for 19 years, said he"
                possessive = possessive or (not others and self._who_follows(ent.end_char) and any(
                    t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not self.quoted[t.i]
                    for t in doc[ent.end:sent.end]))
            # a title counts, but not a portfolio or a modifier alone ("[Energy] Standards Authority")
            titled = any(t.lower_.rstrip(".") not in TITLE_MODIFIERS for t in titles)
            if titled or role_before or age_after or surname_speaks or possessive:
                out.append((toks[0].idx, toks, titles, ent.root, ent))
        for tok in self.doc:
            # "emergency nurse Priya, whose surname ...": one name after a job word, whatever its label
            before = doc[tok.i - 1] if tok.i > 0 else None
            if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC", "DATE") and tok.is_alpha \
                    and tok.text.istitle() and not self.quoted[tok.i] and before is not None and before.text.islower() \
                    and (before.lemma_ in PERSON_NOUNS or before.lower_ in TITLE_WORDS - ORG_WORDS - TITLE_MODIFIERS) \
                    and tok.dep_ not in ("compound",) and tok.lower_ not in ORG_WORDS | PLACE_WORDS:
                out.append((tok.idx, [tok], [], tok, self.doc[tok.i:tok.i + 1]))
                continue
            # "Nour, 61, who shared a truck ..., said": a single name with an age, as the subject of a verb
            if tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and not self.quoted[tok.i] and tok.text.istitle() \
                    and tok.ent_type_ != "PERSON" and not any(c.dep_ == "compound" for c in tok.children) \
                    and re.match(r",\s*\d{1,3},", self.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 7]) \
                    and tok.lower_ not in ORG_WORDS | PLACE_WORDS:
                out.append((tok.idx, [tok], [], tok, self.doc[tok.i:tok.i + 1]))
        return out

    def _roles_near(self, ent: SpacySpan) -> set[str]:
        roles: set[str] = set()
        root = ent.root
        i = ent.start - 1
        while i >= 0 and (self.doc[i].dep_ in ("compound", "amod") and self.doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
                          # "Forestry and Parks Minister Gordon Pelletier": a title with "and" inside
                          or (self.doc[i].dep_ in ("conj", "cc", "nmod") and ent.start - i <= 5
                              and (self.doc[i].text[:1].isupper() or self.doc[i].lower_ in ("and", "&")))):
            word = self.doc[i].lemma_.lower().rstrip(".")
            roles.add(TITLE_ABBREVIATIONS.get(word, word))
            i -= 1
        for c in root.children:
            if c.dep_ == "appos" and not any(w.lower_ == "whose" for w in c.children):
                # (not "Renee Gallardo, whose 11-year-old son, Mateo, ...": the son is not her role)
                roles.add(c.lemma_.lower())
                for cc in c.children:
                    if cc.dep_ == "compound":
                        roles.add(cc.lemma_.lower())
            if c.dep_ in ("compound", "amod") and c.i < ent.start:
                roles.add(c.lemma_.lower())  # "his Dutch team-mate Joris van Dalen" → dutch, mate
        if root.dep_ == "appos":
            h = root.head
            # "Whitcombe and the zoo's head veterinarian, Dr. Marcus Feld": the parser hung the name on
            # the first of two conjoined subjects; the description just before it is the conjunct
            conj = [c for c in h.children if c.dep_ == "conj" and h.i < c.i < root.i and c.pos_ == "NOUN"]
            if conj:
                h = conj[-1]
            roles.add(h.lemma_.lower())
            for cc in h.children:
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
        doc = self.doc
        if ent.start >= 2 and ent.end < len(doc) and doc[ent.start - 1].text == "," and doc[ent.end].text == "," \
                and doc[ent.start - 2].pos_ == "NOUN" and ent.end + 1 < len(doc) \
                and doc[ent.end + 1].pos_ in ("PROPN", "PRON", "DET") and _person_word(doc[ent.start - 2].lemma_.lower()):
            roles.add(doc[ent.start - 2].lemma_.lower())  # "from the committee’s chair, Olivia Brandt, Rask said"
        for c in root.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in ROLE_VERBS and any(
                    w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children):
                roles |= ROLE_VERBS[c.lemma_.lower()]  # "David Okafor, who chairs the parish council"
        # "X, who is the club's chief executive" / "X, the chief executive"
        return {r for r in roles if r.replace("-", "").isalpha()}  # "secretary-general" is a role too

    def _registry_state(self) -> tuple[int, str | None]:
        """Changes whenever a person is added to or dropped from the registry (names are never edited in place)."""
        return len(self.people), next(reversed(self.people), None)

    def canonical_person(self, name: str) -> str | None:
        """The registered person ``name`` refers to ("Ilyichev" → "Pyotr Ilyichev"), or None."""
        key = (name, self._registry_state())
        if key not in self._canon_cache:
            self._canon_cache[key] = self._canonical_person(name)
        return self._canon_cache[key]

    def _canonical_person(self, name: str) -> str | None:
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words = words[1:]
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words = words[:-1]
        name = re.sub(r"[’']s$", "", " ".join(words))
        if name in self.people:
            return name
        if name in self.aliases:
            return self.aliases[name]
        state = self._registry_state()
        if self._ordered[0] != state:
            self._ordered = (state, [(p, _key(p.name.split()), _key(p.tokens))
                                     for p in sorted(self.people.values(), key=lambda p: (-len(p.tokens), p.name))])
        ordered = self._ordered[1]
        key = _key(name.split())
        for p, full, _pk in ordered:
            if _same_keys(key, full):
                return p.name
        for p, _full, pk in ordered:
            # "Labour Minister Veronika Stastna": a longer phrase that ends with a known name
            if len(key) > len(pk) >= 2 and key[-len(pk):] == pk \
                    and not set(key[:-len(pk)]) & {"for", "at", "from", "with", "to", "by"} \
                    and key[-len(pk) - 1] != "of" \
                    and not any(w in ("and", "&") and words[k - 1][:1].isupper()
                                for k, w in enumerate(words[:len(words) - len(pk)]) if k > 0):
                # "Leader of the Opposition P. Kalaiselvi" is her, "the wife of X" not; "Marta and Luis Ferreira"
                # are two people
                return p.name  # but "a spokesperson for (Health Minister) Graham Oduya" is not Graham Oduya
        firsts = [p.name for p in self.people.values() if p.tokens and _key(p.tokens[:1]) == _key([name])]
        if len(firsts) == 1:
            return firsts[0]
        if len(key) == 1 and not firsts:
            firsts = self._first_surname_of(name)  # "Campos said" after "Aurelio Campos Mena"
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
                        # ... or before "for the Coordination of Humanitarian Affairs"
                        if c.dep_ == "prep" and c.lower_ in ("of", "for") and all(
                                t.pos_ == "PROPN" or t.is_punct or t.lower_ in ("of", "for", "and", "&")
                                or (t.like_num and t.head.i == c.i)  # "Group of 24"
                                or (t.lower_ == "the" and t.i == c.i + 1) for t in c.subtree) \
                                and any(t.pos_ == "PROPN" or t.like_num for t in c.subtree):
                            right = c.right_edge.i + 1
                    left = span.start
                    if ent.label_ != "PERSON":
                        left = self._org_left_edge(left)
                    span = doc[left:right]
                    return span, _clean(span.text)
        left = head.i
        # "in a move critics described as", "in a decision critics called": "a move" is not part of "critics"
        a_noun = head.tag_ == "NNS" and any(c.dep_ == "compound" and c.tag_ == "NN" for c in head.lefts) and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for c in [head, *head.lefts] for d in c.children)
        for c in head.lefts:
            if a_noun and (c.dep_ == "det" or (c.dep_ == "compound" and c.tag_ == "NN")):
                continue
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
                if objs and c.lower_ in ("in", "on", "with") and objs[0].lemma_.lower() in DOC_NOUNS | MEDIUM_NOUNS:
                    continue  # "a spokesperson in an emailed statement": where the words went, not who spoke
                if not any(cc.dep_ == "appos" for cc in c.children):
                    right = max(right, c.right_edge.i)
            elif c.dep_ in ("amod", "acl") and c.pos_ == "ADJ" and c.i == head.i + 1:
                right = max(right, c.right_edge.i)  # "people familiar with the deal"
            elif c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == head.i + 1 and not is_cue(c):
                right = max(right, c.right_edge.i)  # "a diplomat observing the talks"
            elif c.dep_ == "relcl" and head.pos_ == "NOUN" and head.i + 1 < len(doc) \
                    and doc[head.i + 1].lower_ in ("who", "that") and not any(is_cue(t) for t in c.subtree):
                right = max(right, c.right_edge.i)  # "a neighbor who lives across the street"
            elif c.dep_ == "compound":
                right = max(right, c.i)
        for k in range(head.i - 1, left - 1, -1):
            if doc[k].text in ("-", "—", "–", "--") and doc[k].whitespace_:
                left = k + 1  # "MERRIVALE, Ind. - A bank teller": the dateline is not part of the phrase
                break
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
        """Canonical speaker and mention span for the subject token ``head``.

        When the answer is a guess from context rather than from the words themselves (a
        description, a relative, a role named later), :attr:`guess` says which guess it was."""
        self.guess = None
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
            elif any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "a", "an") for c in head.children):
                # "the statement said": whoever was last said to speak in a statement
                made = [n for c, medium, n in self.media_said if c < head.idx and _head_word(medium) == head.lemma_.lower()]
                if made and not any(c.lower_ in ("a", "an") for c in head.children):
                    return made[-1], self.noun_phrase(head)[0]
                # "a new report warns ... the think tank that produced the report": its author
                author = self._doc_authors.get(head.lemma_.lower())
                if author:
                    self.guess = f"the author of the {head.lemma_.lower()} named in the article"
                    return author, self.noun_phrase(head)[0]
        if head.lower_.rstrip(".") in TITLE_WORDS and head.text[:1].isupper():
            # "Minister for Housing Declan Furlong told": the parser hung the name on "for"
            named = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                     for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
            if named:
                span, text = self.noun_phrase(named[0])
                canon = self.canonical_person(text)
                if canon:
                    return canon, span
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON":
            # "Its president, Jean-Luc Berthier, said": the name in apposition; "A second witness, bank
            # customer Luis Ortega, testified": the name in apposition with the apposition
            appos = [c for c in head.children if c.dep_ == "appos"]
            appos += [g for c in appos if c.pos_ == "NOUN" for g in c.children if g.dep_ == "appos"]
            names = [c for c in appos if not c.text.isupper() and (c.ent_type_ == "PERSON" or (
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
        if head.pos_ == "NOUN" and head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i:
            # "Sinéad, a 29-year-old nurse who asked ...": the description stands for the name before it
            span, text = self.noun_phrase(head.head)
            canon = self.canonical_person(text)
            if canon:
                return canon, span
        span, text = self.noun_phrase(head)
        if head.pos_ == "NOUN" and head.lemma_.lower() in KIN_NOUNS:
            kin = self._resolve_kin(head)
            if kin:
                self.guess = "the one other person in the article with that surname"
                return kin, span
        if head.pos_ == "NOUN":
            # "A spokesperson for the group, who gave his name as Abu Haidar al-Mosawi, said"
            for t in head.subtree:
                if t.lower_ == "as" and t.dep_ == "prep" and t.head.lemma_ in ("give", "identify", "name", "introduce") \
                        or (t.lemma_ == "name" and t.dep_ == "dobj" and t.head.lemma_ in ("give", "offer", "share")) \
                        or (t.lower_ == "as" and t.dep_ == "mark" and t.head.head.lemma_ in ("give", "identify")):
                    # "who gave his name as Abu Haidar", "who gave only his first name, Walter"; and "who gave his
                    # name only as Tomas said ...", where the parser made the name the subject of "said"
                    named = [o for o in t.children if o.dep_ in ("pobj", "appos") and o.pos_ == "PROPN"]
                    if t.dep_ == "mark":
                        named = [o for o in t.head.children if o.dep_ == "nsubj" and o.pos_ == "PROPN"]
                    canon = None
                    if named:
                        # "a retired teacher who gave her name only as Hatice": the name, even if the model
                        # did not take it for a person's
                        given = self.noun_phrase(named[0])[1]
                        canon = self.canonical_person(given) or (
                            given if given[:1].isupper() and not set(_key(given.split())) & ORG_WORDS else None)
                    if canon:
                        return canon, span
        if head.pos_ == "PRON" or low in PRONOUNS:
            verb = head.head
            # "Questioned by the advocate depute, Alasdair Munro KC, she said": a name inside the clause whose
            # subject the pronoun is cannot be the pronoun
            same_clause = (verb.left_edge.idx, head.idx) if head.dep_ in ("nsubj", "nsubjpass") and verb.i > head.i \
                else None
            return self._resolve_pronoun(low, head.idx, same_clause), span
        title_only = head.lower_.rstrip(".") in TITLE_WORDS and any(c.dep_ == "det" for c in head.children) \
            and not self.canonical_person(text)  # "The Treasurer insisted", tagged PERSON
        if (head.ent_type_ == "PERSON" and not title_only) or (head.pos_ == "PROPN" and self.canonical_person(text)):
            canon = self._recent_namesake(text, head.idx, other=self._contrast(head)) or self.canonical_person(text)
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
        modifiers = {c.lower_ for c in head.lefts if (c.dep_ in ("amod", "compound", "nmod") or
                     (c.dep_ == "poss" and c.lower_ not in PRONOUNS and c.lower_ not in ("its", "their", "his", "her")))
                     and c.lower_ != "based"}  # "the San Francisco-based company" is still "the company"
        if definite and not specific and len(span) <= 2 and self._demonym(head):
            who = self._resolve_role(lemma, head.idx) or self._resolve_role(DEMONYM_NOUNS.get(head.lower_, lemma), head.idx)
            if who is None:
                who = self._topic_person(head.idx, span.text)
                self.guess = "the person named just before" if who else None
            if who:
                return who, span  # "the Italian"
        # "The Chief Minister", "the President": capitalised, but a title, not a name
        titleish = head.pos_ == "PROPN" and all(t.lower_.rstrip(".") in TITLE_WORDS for t in span if t.dep_ != "det")
        if definite and head.pos_ == "NOUN" and any(t.ent_type_ == "PERSON" for t in span) \
                and self.canonical_person(text):
            return self.canonical_person(text), span  # "The novelist and former children’s laureate Gideon Marsh"
        if definite and not specific and (head.pos_ == "NOUN" or head.text[:1].islower() or titleish):
            described = [(c, n) for c, n, noun in self.org_roles if c < head.idx and noun == lemma]
            if described and not any(c.dep_ == "poss" for c in dets):
                return max(described)[1], span  # "the smart-thermostat maker" after "Fennick Systems, the ... maker"
            if (_person_word(lemma) or _DESCRIPTION.search(span.text)) and head.tag_ != "NNS":
                # (not "Thornfield’s lawyers": several people are not the one lawyer named)
                who = self._resolve_age(span.text, head.idx) or self._resolve_role(lemma, head.idx)
                if who is None:
                    who = self._recent_unnamed(head.idx, lemma)
                    # "The woman told ..." after "a diner said": a guess ("the spokeswoman" after "a ministry
                    # spokeswoman" is not)
                    self.guess = "the unnamed speaker quoted just before" if who and _head_word(who) != lemma else None
                if who is None and _DESCRIPTION.search(span.text):
                    who = self._topic_person(head.idx, span.text)  # "the 24-year-old", "the striker"
                    self.guess = "the person named just before" if who else None
                if who is None and (lemma in PERSON_NOUNS or lemma in TITLE_WORDS - TITLE_MODIFIERS):
                    who = self._resolve_role_ahead(lemma, head.idx)  # "The Premier says" in a summary above the story
                    self.guess = "the person given that title further on" if who else None
                    if who is None:
                        who = self._previous_subject(head)
                        self.guess = "the one person the sentence before was about" if who else None
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
        if not dets and (head.text.islower() or head.text.isupper()) and head.tag_ in ("NN", "NNP") \
                and lemma in TITLE_WORDS - TITLE_MODIFIERS - ORG_WORDS:
            # "counsel said", "CEO says": a title standing alone for the one person who holds it
            who = self._resolve_role(lemma, head.idx) or self._resolve_role_ahead(lemma, head.idx)
            if who:
                return who, span
        if bare and lemma in ORG_NOUNS:
            org = self._resolve_org_noun(lemma, head.idx, look_ahead=True)
            if org:
                return org, span
        canon = self._recent_namesake(text, head.idx, other=self._contrast(head)) or self.canonical_person(text)
        if canon:
            return canon, span  # "Centre Alliance leader and Labour Minister Veronika Stastna"
        if head.pos_ == "NOUN":
            named = self._name_after(span)
            if named is not None:
                return named
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) and _person_word(lemma):
                # "A bank teller told jurors ... The teller, Brenda Kowalski, 44, was the first witness"
                who = self._resolve_role_ahead(lemma, head.idx, within=1)
                if who and not any(c < head.idx and n == who for c, n in self.mentions):
                    self.guess = "the person named with that role just after"
                    return who, span
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or head.pos_ == "PROPN":
            return self.resolve_org(text, head.idx), span
        if lemma in ORG_NOUNS and len(text.split()) == 1:
            full = self.resolve_org(text, head.idx)  # "police" → "Wessex Valley Police"
            if full != text:
                return full, span
        return (text or None), span

    def _contrast(self, head: Token) -> bool:
        """ "The younger Tolliver": a word that sets this person against the namesake just named."""
        return head.i > 0 and self.doc[head.i - 1].lower_ in ("younger", "elder", "older", "other")

    def _namesakes(self, surname: str) -> set[str]:
        key = _key([surname])
        return {p.name for p in self.people.values() if len(p.tokens) >= 2 and _key(p.tokens[-1:]) == key}

    def _gender_of(self, name: str) -> str | None:
        p = self.people.get(name)
        if p is None:
            return None
        if p.gender:
            return p.gender
        return "f" if p.roles & FEMALE_NOUNS else "m" if p.roles & MALE_NOUNS else None

    def _recent_namesake(self, text: str, at: int, other: bool = False) -> str | None:
        """ "Tolliver said" when the article names Lorraine and Megan Tolliver: the one named last before ``at``
        (with ``other``, as in "the younger Tolliver", the one named before that)."""
        words = _clean(text).split()
        if len(words) != 1:
            return None
        same = self._namesakes(words[0])
        if len(same) < 2:
            return None
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            g = _title_gender([self.doc[span[0].i - 1].lower_])  # "Mrs Pickering"
            fits = {n for n in same if self._gender_of(n) in (g, None)} if g else same
            if len(fits) == 1:
                return next(iter(fits))
        m = re.match(r",\s*(\d{1,3})\b", self.text[at + len(words[0]):at + len(words[0]) + 6])
        if m:
            # '"...," said Quiroga, 49.' when Julián Quiroga is 52: the age tells the namesakes apart
            aged = [n for n in same if m.group(1) in self.people[n].ages]
            unaged = [n for n in same if not self.people[n].ages]
            if len(aged) == 1:
                return aged[0]
            if not aged and len(unaged) == 1:
                return unaged[0]
        before = [(c, n) for c, n in self.mentions if c < at and n in same and
                  len(_key(self.text[c:c + len(n)].split())) >= 2]  # named in full, not by the shared surname
        if not before:
            return None
        last = max(before)[1]
        if other:
            rest = [(c, n) for c, n in before if n != last]
            return max(rest)[1] if rest else None
        return last

    def _demonym(self, tok: Token) -> bool:
        """ "the Italian", "the Kazakh": a nationality word (tagged NORP, or a place in the text starts like it)."""
        if tok.ent_type_ == "NORP" or tok.lower_ in DEMONYM_NOUNS or tok.lower_ in NATIONALITIES:
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

    def _resolve_pronoun(self, low: str, at: int, skip: tuple[int, int] | None = None) -> str | None:
        g = PRONOUNS.get(low)
        if g in ("m", "f"):
            # the most recent person who was the subject of a sentence or spoke; failing that, any person
            candidates = [(c, n) for c, n in self.subject_mentions if c < at]
            candidates += [(c, n) for c, n, is_person in self.history if c < at and is_person]
            if skip is not None:
                inside = {n for c, n in self.mentions if skip[0] <= c < skip[1]}
                candidates = [(c, n) for c, n in candidates if not (skip[0] <= c < skip[1])
                              and not (n in inside and c >= skip[0])]
            found = self._pick_gendered(candidates, g)
            if found:
                # "For emergency nurse Priya, ... the vote came with mixed feelings. // ‘...,’ she said": a person
                # named in a later paragraph than the subject found, and the only one there, is the likelier one
                at_found = max(c for c, n in candidates if n == found)
                para = self._paragraph_at(at)
                later = {n for c, n in self.mentions if at_found < c < at and self._paragraph_at(c) >= para - 1
                         and self._paragraph_at(c) > self._paragraph_at(at_found)
                         and not (c in self.introduced_at and self._pronoun_subject_before(c, g))
                         and (n not in self.people or self.people[n].gender in (g, None))
                         and not (skip is not None and skip[0] <= c < skip[1])
                         and not self._reported_at(c)}
                if len(later) == 1:
                    n = next(iter(later))
                    p = self.people.get(n)
                    if p is not None and p.gender in (g, None) and (p.roles or len(p.tokens) >= 2):
                        return n
                return found
            return self._pick_gendered([(c, n) for c, n in self.mentions if c < at], g)
        if g in ("p", "n"):
            return self._resolve_plural(g, at)
        return None

    def _reported_at(self, at: int) -> bool:
        """True when the word at char ``at`` lies inside what a cue reports or asks ("Asked whether
        [Okafor-Reyes would start], he smiled")."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return span is not None and _in_reported_clause(span[0])

    def _pick_gendered(self, candidates: list[tuple[int, str]], g: str) -> str | None:
        for c, name in sorted(candidates, key=lambda x: -x[0]):
            if c in self.introduced_at and self._pronoun_subject_before(c, g):
                continue  # "She plays Ada, a lighthouse keeper's widow": Ada is not who the next "she" is
            p = self.people.get(name)
            if p is None:
                if self.unnamed_gender.get(name, g) != g:
                    continue
                if name not in self.unnamed_gender and "according to" in self.text[max(0, c - 16):c + 12].lower():
                    continue  # "According to the director of the hospital, ...": a source, not someone on stage
                return name  # an unnamed person who spoke: "one witness ... she said"
            if p.gender and p.gender != g:
                continue
            return name
        return None

    def addressee(self, at: int, asker: str, low: str) -> str | None:
        """For a reply: the one other person the sentence before names, when ``asker`` spoke there."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        lo = prev.start_char if prev is not None else sent.start_char
        g = PRONOUNS.get(low)
        named = {n for c, n in self.mentions if lo <= c < at}
        if asker not in named:
            return None
        others = {n for n in named - {asker} if n in self.people and self.people[n].gender in (g, None)}
        return next(iter(others)) if len(others) == 1 else None

    def _pronoun_subject_before(self, at: int, g: str) -> bool:
        """True when the sentence holding ``at`` has, before it, a he or she of gender ``g`` as a subject."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        sent = span[0].sent
        return any(PRONOUNS.get(t.lower_) == g and t.dep_ in ("nsubj", "nsubjpass") and not self.quoted[t.i]
                   for t in self.doc[sent.start:span[0].i])

    def _resolve_plural(self, g: str, at: int) -> str | None:
        """ "they" → the last group or organisation that was a subject or spoke; "it" → the last organisation."""
        if g == "n":
            # "a statement that condemned what it called ...": a group that is the subject earlier in the sentence
            span = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None:
                sent = span[0].sent
                same = [(c, n) for c, n in self.groups if sent.start_char <= c < at
                        and self.doc.char_span(c, c + 1, alignment_mode="expand")[0].tag_ not in ("NNS", "NNPS")]
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

    def _resolve_role_ahead(self, lemma: str, at: int, within: int = 3) -> str | None:
        """When nobody before ``at`` holds the role: the first person named with it in the next three
        paragraphs ("The health minister has announced ... Health Minister Rosalind Achebe said")."""
        words = {lemma} | ROLE_SYNONYMS.get(lemma, set())
        para = self._paragraph_at(at)
        for c, name in self.mentions:
            if c > at and self._paragraph_at(c) <= para + within and words & self.people[name].roles:
                return name
        if within >= 3:
            # "The Premier says ..." in a summary at the top, "Premier Claire Vanstone said" much further down:
            # a title only one person in the whole article holds
            holders = {name for c, name in self.mentions if c > at and words & self.people[name].roles}
            if len(holders) == 1 and not any(words & p.roles for n, p in self.people.items() if n not in holders):
                return next(iter(holders))
        return None

    def _resolve_age(self, description: str, at: int) -> str | None:
        """ "the 47-year-old" → the last person given that age before ``at`` ("Daniel Nwosu, 47,")."""
        age = re.search(r"(\d{1,3})-year-old", description)
        if not age:
            return None
        named = [n for c, n in self.mentions if c < at and age.group(1) in self.people[n].ages]
        return named[-1] if named else None

    def _recent_unnamed(self, at: int, lemma: str) -> str | None:
        """ "A diner who ate there in March said ... The woman told": an unnamed speaker who spoke more
        recently than anyone named, within two paragraphs, when no named person has the role ``lemma``."""
        if lemma not in PERSON_NOUNS or any(lemma in p.roles for p in self.people.values()):
            return None
        unnamed = [(c, n) for c, n, is_person in self.history if c < at and is_person and n not in self.people]
        if not unnamed:
            return None
        c, n = max(unnamed)
        g = "f" if lemma in FEMALE_NOUNS else "m" if lemma in MALE_NOUNS else None
        if self._paragraph_at(c) < self._paragraph_at(at) - 2 or (g and self.unnamed_gender.get(n, g) != g) \
                or any(c < m < at for m, _n in self.mentions):
            return None
        return n

    def _paragraph_at(self, at: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, at) - 1)

    def _topic_person(self, at: int, description: str) -> str | None:
        """The person a description like "the striker", "the 24-year-old" or "the Italian" most
        likely points back to: the last person named or quoted, in this paragraph or
        the two before, whose known age and gender do not contradict it."""
        para = self._paragraph_at(at)
        age = re.search(r"(\d{1,3})-year-old", description)
        words = set(_key(description.split()))
        gender = "f" if words & FEMALE_NOUNS or any(w.endswith("woman") for w in words) \
            else "m" if words & MALE_NOUNS or any(w.endswith("man") for w in words) else None
        cands = [(c, n) for c, n in self.mentions if c < at]
        cands += [(c, n) for c, n, is_person in self.history if c < at and is_person and n in self.people]
        subjects = set(self.subject_mentions)

        def rank(x: tuple[int, str]) -> tuple[int, int, int]:
            # latest sentence first; in it, a subject before an object ("Ortega finished third after holding
            # off Whitcombe. The Spaniard said ...": Ortega)
            span = self.doc.char_span(x[0], x[0] + 1, alignment_mode="expand")
            sent_start = span[0].sent.start_char if span is not None else x[0]
            return (-sent_start, 0 if x in subjects else 1, -x[0])

        for c, name in sorted(cands, key=rank):
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
        if lemma in ("regulator", "watchdog"):
            # "According to the Energy Standards Authority, ... The regulator said": the last body whose name
            # says it regulates
            regulators = [(c, n) for c, n in self.orgs if c < at and set(_key(n.split())) & REGULATOR_NAME_WORDS
                          and n not in self._media_names]
            if regulators:
                return max(regulators)[1]
        if lemma not in COMPANY_NOUNS | GENERIC_BODIES:
            # "The National Medicines Authority has approved ... The regulator said": the one body that was
            # the subject of the sentence before; otherwise as written ("the government", "the league")
            return self._previous_body(at)

        places = {n for _c, n, lab in self.org_labels if lab in ("GPE", "NORP")} - \
            {n for _c, n, lab in self.org_labels if lab not in ("GPE", "NORP")}

        def compatible(n: str) -> bool:
            # "the company" is not "the Agency for Digital Safety" (another kind of body) nor "Denmark" (a place)
            words = set(_key(n.split()))
            if lemma in COMPANY_NOUNS and n in places:
                return False
            if lemma == "utility" and words & {"water", "power", "energy", "electric", "electricity", "gas"}:
                return True  # "the utility" is the Cedar Hollow Water Authority
            if lemma in PUBLIC_BODY_NOUNS and words & COMPANY_NAME_WORDS:
                return False  # "the agency" is not "Helvion Pharmaceuticals"
            if lemma in AGENCY_NOUNS and words & AGENCY_NOUNS:
                return True  # "the agency" may be the Drug Safety Authority
            if words & BODY_KINDS.get(lemma, set()):
                return True  # "the lender" is Northmoor Bank
            return lemma in words or not (words & (ORG_NOUNS - {lemma}))
        speakers = [(c, n) for c, n, is_person in self.history if c < at and not is_person
                    and any(n == o for _x, o in self.orgs) and compatible(n)]
        subjects = [(c, n) for c, n in self.groups if c < at and any(n == o for _x, o in self.orgs) and compatible(n)]
        recent = speakers + subjects
        kinds = BODY_KINDS.get(lemma, set()) | {lemma}
        if recent and max(recent) not in speakers and any(set(_key(n.split())) & kinds for _c, n in recent):
            # "the union" is the Public Employees Association that spoke, not the House that voted later
            recent = [(c, n) for c, n in recent if set(_key(n.split())) & kinds]
        if recent:
            return max(recent)[1]
        if lemma in COMPANY_NOUNS - {"group", "team", "club", "union", "charity"}:
            # "the company" before it has spoken or acted: the last organisation named, but not one that
            # only carried the words ("on Telegram", "told CNN")
            ents = [(c, n) for c, n, lab in self.org_labels if c < at and lab == "ORG" and compatible(n)
                    and n not in self._media_names and set(_key(n.split())) & COMPANY_NAME_WORDS]
            if ents:
                return max(ents)[1]
            # "... into Kindred, one of the most popular dating apps, after the company admitted": the one
            # body named in the same sentence
            span = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None:
                sent = span[0].sent
                def described_as_body(c: int) -> bool:
                    # "Lumen, one of the country's busiest dating apps": a place-like name described as a business
                    t = self.doc.char_span(c, c + 1, alignment_mode="expand")
                    return t is not None and any(
                        a.dep_ == "appos" and any(w.lemma_.lower() in COMPANY_NOUNS | ORG_NOUNS | BUSINESS_WORDS
                                                  for w in a.subtree) for a in t[0].children)

                near = {n for c, n, lab in self.org_labels if sent.start_char <= c < at and lab in ("ORG", "GPE")
                        and n not in self._media_names
                        and ((compatible(n) and n not in places) or described_as_body(c))}
                if len(near) == 1:
                    return next(iter(near))
        return None

    @cached_property
    def _doc_authors(self) -> dict[str, str]:
        """Who made each kind of document, when the article says so once and only once: "the think tank that
        produced the report", "a report by the Meridian Institute", "the agency's report" → {"report": name}."""
        found: dict[str, set[str]] = {}
        for tok in self.doc:
            if self.quoted[tok.i] or tok.pos_ != "NOUN" or tok.lemma_.lower() not in DOC_NOUNS - {"post", "tweet"}:
                continue
            owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            for c in tok.children:
                if c.dep_ == "poss" and c.pos_ == "NOUN" and _person_word(c.lemma_.lower()):
                    who = self._resolve_role(c.lemma_.lower(), c.idx) or self._resolve_role_ahead(c.lemma_.lower(), c.idx)
                    if who:  # "the standards commissioner's report" → the commissioner named in the article
                        found.setdefault(tok.lemma_.lower(), set()).add(who)
            owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            verb = tok.head
            if tok.dep_ == "dobj" and verb.lemma_.lower() in ("produce", "publish", "release", "write", "commission",
                                                               "issue", "compile", "author", "prepare"):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    subj = _antecedent(subj)
                    if subj.dep_ == "appos" and subj.pos_ == "NOUN":
                        subj = subj.head  # "The Meridian Policy Institute, the think tank that produced the report"
                    if subj.pos_ == "PROPN":
                        owners.append(subj)
            for o in owners:
                text = _clean(self.noun_phrase(o)[1])
                name = self.canonical_person(text) or self.resolve_org(text, o.idx)
                found.setdefault(tok.lemma_.lower(), set()).add(name)
        return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}

    @cached_property
    def _media_names(self) -> set[str]:
        """Names that appear only as where words were given: "on Telegram", "told CNN", "to the BBC"."""
        out = set()
        for ent in self.doc.ents:
            head = ent.root
            if head.dep_ == "pobj" and head.head.lower_ in ("on", "to") and not (
                    head.head.lower_ == "to" and head.head.head.lower_ == "according") or \
                    head.dep_ in ("dobj", "dative") and head.head.lemma_ == "tell":
                out.add(_proper_part(_clean(ent.text)))
        return out

    def _previous_body(self, at: int) -> str | None:
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or span[0].sent.start == 0:
            return None
        prev = self.doc[span[0].sent.start - 1].sent
        bodies = {n for c, n in self.groups if prev.start_char <= c < prev.end_char and any(n == o for _x, o in self.orgs)}
        return next(iter(bodies)) if len(bodies) == 1 else None

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


def _antecedent(tok: Token) -> Token:
    """For "who"/"which" as a subject, the noun the relative clause hangs from."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        ante = tok.head.head
        if tok.lower_ == "who" and ante.ent_type_ in ("ORG", "GPE", "FAC", "LOC"):
            # "Aileen Cho, a professor of property law at Kelland University, who described it": the parser
            # hung "who" on the university; climb back to the person
            t = ante
            for _ in range(6):
                if t.ent_type_ == "PERSON" and t.dep_ != "compound":
                    return t
                if t.dep_ not in ("pobj", "prep", "appos", "compound") or t.head.i == t.i:
                    break
                t = t.head
            if t.ent_type_ == "PERSON":
                return t
        return ante
    return tok


def _in_reported_clause(tok: Token) -> bool:
    """True for a word inside what a cue reports ("Hadley said [Dalton had been addicted]"): such a
    subject is a weaker antecedent for a later "he" than the one who spoke."""
    t = tok
    for _ in range(10):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and is_cue(t.head):
            return True
        t = t.head
    return False


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
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.head.children):
        return True  # "Watching from the gallery was Renee Gallardo": the subject, after its verb
    if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "NOUN":
        return True  # "Quillon’s career began on the stage, and she describes ...": the subject's owner
    return False
