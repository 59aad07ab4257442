"""Finding quotes and who said them.

Three layers, each usable on its own:

1. :func:`find_quote_marks` (in :mod:`utils.quote_marks`) pairs quotation
   marks in plain text, paragraph by paragraph, whatever their kind and mix,
   and never gives up on a broken pair (only that pair is skipped).
2. :func:`extract_quotes` reads a parsed spaCy ``Doc``: it finds the
   reporting cue of each quoted span (said, told, added ...), the speaker,
   the medium, and tells direct, partial and scare quotes apart; it also finds
   indirect speech (a cue with a reported clause, and "according to X").
3. :class:`SpeakerResolver` (in :mod:`utils.speakers`) turns a mention
   ("she", "Ilyichev", "the minister") into the fullest name the article gives.

This module holds layer 2 and the records; it re-exports the public names of
the other two.

>>> from utils.article import article_from_text
>>> from utils.nlp import parse
>>> art = article_from_text('“We will stay,” Anna Berg said. “We have no choice,” she added.')
>>> [(q.kind, q.text, q.speaker) for q in extract_quotes(parse(art))]
[('direct', 'We will stay,', 'Anna Berg'), ('direct', 'We have no choice,', 'Anna Berg')]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import Iterable

import pandas as pd
from spacy.tokens import Doc, Span as SpacySpan, Token

# Layers 1 and 3 live in their own modules; their public names are re-exported here,
# so that ``from utils.quotes import find_quote_marks, cue_lemmas, is_cue`` keeps working.
from .quote_marks import ALL_MARKS, QuoteMarks, find_quote_marks, unbalanced_marks  # noqa: F401
from .speaker_words import BROADCAST_NOUNS, PERSON_NOUNS
from .speakers import (DATELINE, INVERTIBLE, MEDIUM_NOUNS, OBJECT_CUES, PRONOUNS, SpeakerResolver,  # noqa: F401
                       _ACTIVE_CUES, _DESCRIPTION, _antecedent, _clean, _ent_of, _text_of, cue_lemmas, is_cue)

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
# 2. quotes in a parsed document



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
        a, b = subjects[0], subjects[-1]
        if len(subjects) == 2 and a.pos_ == "NOUN" and b.pos_ == "PROPN" and 0 < b.i - a.i <= 3 \
                and doc[b.i - 1].text == "," and b.i + 1 < len(doc) and doc[b.i + 1].text == ",":
            subjects = [b]  # "Mr McGinley’s widow, Clodagh, said": the name the parser made a second subject
    if subjects and subjects[0].is_sent_start and subjects[0].lower_.endswith("ing") and subjects[0].text.istitle():
        # "Sentencing, Judge Úna Farrelly said", "Opening the hearings on Monday, Rajiv Mehta, who ..., said":
        # the parser took the participle for the subject; the name set off after it is the speaker
        doc = tok.doc
        names = [t for t in subjects[1:] if t.pos_ == "PROPN"] + [
            t for t in subjects[0].subtree if t.pos_ == "PROPN" and t.dep_ in ("npadvmod", "appos", "nsubj")
            and t.i > 0 and doc[t.left_edge.i - 1].text == ","]
        if names:
            subjects = [names[0]]
    for c in subjects[:1]:
        if c.dep_ in ("nsubj", "nsubjpass") or c.pos_ == "PROPN":
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
    if tok.tag_ == "VBG" and tok.dep_ == "advcl":
        # "..., with the manager, Graham Pellow, insisting the midfielder will not be sold": the one after "with"
        doc = tok.doc
        for p in (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < tok.i):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                if o.right_edge.i < tok.i and all(doc[k].is_punct for k in range(o.right_edge.i + 1, tok.i)):
                    return _antecedent(o)
    if depth == 0 and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp", "pcomp"):
        # "She said X was funded, noting that ...": the noting belongs to the one who said
        t = tok.head
        for _ in range(6):
            if t.i != tok.i and is_cue(t):
                return _subject_of(t, depth + 1)
            if t.head.i == t.i:
                break
            t = t.head
    if depth < 3 and tok.dep_ == "conj" and is_cue(tok) and tok.head.dep_ == "ccomp" and is_cue(tok.head.head):
        # "He said the deadline was unrealistic and argued that ...": the parser hung the second cue inside
        # what the first one reports; both have the first one's subject
        return _subject_of(tok.head.head, depth + 1)
    if depth < 3 and tok.dep_ == "conj" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("PROPN", "NOUN"):
        # "Tolliver, whose district includes the yards, called ... and said", "Okonkwo-Lind, founder of the
        # start-up Tillpay, which has spent years ..., said": the parser hung the cue on the relative clause;
        # it belongs to the noun phrase the whole description hangs from
        t = tok.head.head
        for _ in range(6):
            if not (t.dep_ in ("appos", "compound") or (t.dep_ == "pobj" and t.head.lower_ == "of")
                    or (t.dep_ == "prep" and t.lower_ == "of")):
                break
            t = t.head
        return t
    if depth < 3 and tok.dep_ in ("advcl", "conj", "xcomp", "acl", "relcl", "pcomp", "acomp") and tok.head.i != tok.i:
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "a statement denouncing ...": the statement's maker is the subject of its verb
            if tok.head.lemma_.lower() in MEDIUM_NOUNS and tok.head.head.i != tok.head.i:
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
    if j >= sent.start and doc[j].text == ")":
        k = next((k for k in range(j - 1, max(sent.start, j - 5) - 1, -1) if doc[k].text == "("), None)
        if k is not None:
            j = k - 1  # "the National Meteorological Agency (ANM) warning that": skip the acronym
    if j >= sent.start and doc[j].text == ",":
        k = j - 1
        while k >= sent.start and doc[k].text != "," and not quoted[k]:
            k -= 1
        if k >= sent.start and doc[k].text == ",":
            j = k - 1
    if j < sent.start or quoted[j] or doc[j].pos_ not in ("PROPN", "NOUN", "PRON") \
            or doc[j].like_num or any(ch.isdigit() for ch in doc[j].text):
        return _sentence_initial_name(cue, quoted)
    return doc[j]


def _sentence_initial_name(cue: Token, quoted: list[bool]) -> Token | None:
    """ "Whitcombe, 41, who co-founded the company ..., insisted that": when the parser lost the subject of
    the main verb in a long description, the name that opens the sentence and is set off by a comma."""
    doc = cue.doc
    sent = cue.sent
    if cue.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    k = sent.start
    while k < cue.i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not quoted[k]:
        k += 1
    if k == sent.start or k >= cue.i or doc[k].text != ",":
        return None
    return doc[k - 1]


def _may_look_left(cue: Token) -> bool:
    """Whether the noun just before a cue may be its subject: not for "..., adding that" (an -ing verb after
    a comma belongs to the clause before), but yes for "with the agency warning that"."""
    return cue.tag_ != "VBG" or (cue.i > 0 and cue.doc[cue.i - 1].text not in (",", ";", "—", "–"))


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
    # (a name right before the cue may even be tagged as an interjection: "‘...,’ Pike told BBC Radio")
    name_like = doc[j].text.istitle() and doc[j].is_alpha and j + 1 == cue.i
    if j >= cue.i or (doc[j].pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") and not name_like):
        return None
    t = doc[j]
    for _ in range(6):
        if lo <= t.head.i < cue.i and t.head.i != t.i and t.dep_ in ("compound", "det", "amod", "nummod", "poss", "flat"):
            t = t.head
        else:
            break
    if t.pos_ in ("PROPN", "NOUN", "PRON") or name_like:
        return t
    return None


def _medium(cue: Token) -> str | None:
    """Whom the words were given to: ``told RIA Novosti``, ``in an interview with X``, ``in a statement``."""
    if cue.lemma_ == "tell":
        for c in cue.children:
            if c.dep_ in ("dative", "dobj", "iobj", "npadvmod", "nsubj") and c.i > cue.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return _np_text(c)
        if cue.dep_ == "amod" and cue.head.i > cue.i and cue.head.pos_ in ("PROPN", "NOUN"):
            return cue.head.text  # '"...," the 23-year-old told reporters', parsed as one noun phrase
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
    guess: str = ""  # how a speaker was guessed from context, added to ``why``


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
    left_lim, right_lim = _window(sc, qi)
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
            if c.sent != doc[last].sent and any(o.i in anc and o.sent == doc[first].sent for o in sc.cues):
                score += 4  # the quote's own sentence has a verb it hangs from; a cue in the next one is weaker
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
        if t.head.i == t.i:
            return None
        crossed = crossed or t.dep_ == "ccomp"
        t = t.head
        if crossed and not quoted[t.i] and is_cue(t) and t.sent == cue.sent:
            return t
    return None


def _window(sc: _Scene, qi: _QInfo) -> tuple[int, int]:
    """The token range a quote may take its cue from: its paragraph, between the neighbouring quotes."""
    lo, hi = sc.para_of[qi.marks.paragraph]
    first, last = qi.toks[0], qi.toks[-1]
    others = [o for o in sc.infos if o is not qi and o.marks.paragraph == qi.marks.paragraph and o.toks]
    left = max([o.toks[-1] + 1 for o in others if o.toks[-1] < first] + [lo])
    right = min([o.toks[0] for o in others if o.toks[0] > last] + [hi])
    return left, right


def _words_between(sc: _Scene, i: int, j: int) -> int:
    return sum(1 for t in sc.doc[i:j] if not (t.is_space or t.is_punct or sc.quoted[t.i]))


def _according_for(sc: _Scene, qi: _QInfo) -> Token | None:
    """An "according to X" in the quote's sentence and between its neighbours, if any."""
    doc = sc.doc
    first, last = qi.toks[0], qi.toks[-1]
    left_lim, right_lim = _window(sc, qi)
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
    if head is None and cue.i < first and _may_look_left(cue):
        head = _left_subject(cue, sc.quoted)
    return head


def _speaker_from_cue(sc: _Scene, qi: _QInfo, cue: Token) -> None:
    """Set the cue, speaker, mention and medium of ``qi`` from its reporting cue."""
    qi.cue = cue
    head = _cue_subject(sc, cue, qi)
    last_direct = sc.last_direct
    described = _tag_description(sc, qi, cue) if head is None and cue.i > qi.toks[-1] else None
    if head is not None and not sc.quoted[head.i]:
        name, span = sc.resolver.resolve(head)
        if head.lower_ in ("he", "she") and cue.lemma_.lower() in ("reply", "respond", "answer", "retort") and name:
            # "Ms Baird suggested to Mrs Gilchrist that ... “...,” she replied": the one asked answers
            name = sc.resolver.addressee(head.idx, name, head.lower_) or name
        if head.lower_ in PRONOUNS:
            sc.resolver.note_pronoun(head.lower_, name)
        qi.speaker, qi.mention = name, span
        if sc.resolver.guess and name:
            qi.guess = f"'{span.text}' read as {name}, {sc.resolver.guess} (a guess)"
    elif described is not None:
        # '"...," the 44-year-old said', parsed as one noun phrase "the 44-year-old said"
        qi.speaker, qi.mention = described
        qi.guess = f"'{qi.mention.text}' read as {qi.speaker}, the person named just before (a guess)"
    elif head is None and cue.i < qi.toks[0] and last_direct is not None and last_direct.cue is not None \
            and last_direct.cue.i == cue.i and last_direct.speaker:
        # '"A," the 44-year-old said. "B."': the second half of a split quote, whose tag the first half read
        qi.speaker, qi.mention, qi.guess = last_direct.speaker, last_direct.mention, last_direct.guess
    elif head is None and cue.dep_ in ("advcl", "conj") and last_direct is not None:
        # "..., adding:" has no subject of its own: the speaker of the quote before
        qi.speaker, qi.mention = last_direct.speaker, last_direct.mention
    qi.medium = _medium(cue) if cue.lower_ != "according" else None
    if qi.medium is None and cue.lemma_ in ("add", "continue") and last_direct is not None \
            and last_direct.speaker == qi.speaker and last_direct.speaker is not None:
        qi.medium = last_direct.medium


def _tag_description(sc: _Scene, qi: _QInfo, cue: Token) -> tuple[str, SpacySpan] | None:
    """The person a description between a quote and its cue points to ("the 44-year-old said")."""
    start = qi.marks.close + 1 if qi.marks.close is not None else qi.marks.end
    return _description_before(sc.doc, sc.resolver, start, cue)


def _description_before(doc: Doc, resolver: SpeakerResolver, start: int, cue: Token) -> tuple[str, SpacySpan] | None:
    """The person meant by a description that is all the text from char ``start`` to the cue
    ("the 44-year-old", "The 54-year-old added that ..."): an age given earlier, else the person
    the last sentences were about."""
    m = re.fullmatch(r"[\s,—–-]*((?:the|The)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})\s*", _text_of(doc)[start:cue.idx])
    if not m or not _DESCRIPTION.search(m.group(1)):
        return None
    who = resolver._resolve_age(m.group(1), cue.idx) or resolver._topic_person(cue.idx, m.group(1))
    span = doc.char_span(start + m.start(1), start + m.end(1), alignment_mode="expand")
    return (who, span) if who and span is not None else None


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
    head = _colon_subject(sc, qi)
    if head is not None:
        speaker, mention = sc.resolver.resolve(head)
        if speaker:
            qi.speaker, qi.mention = speaker, mention
            qi.why = f"introduced by a colon after a sentence about '{mention.text}' (a guess)"
            return
    qi.why = "quoted sentence with no attribution found"


def _colon_subject(sc: _Scene, qi: _QInfo) -> Token | None:
    """ "Halvorsen put it bluntly: “...”", "Hesketh's advice was short: “...”": with no reporting verb, the
    person the sentence before the colon is about (its subject, or the owner of its subject)."""
    doc, m = sc.doc, qi.marks
    lo = sc.para_of[m.paragraph][0]
    j = qi.toks[0] - 1
    while j >= lo and (doc[j].is_space or doc[j].text in ALL_MARKS):
        j -= 1
    if j < lo or doc[j].text != ":":
        return None
    sent = doc[j].sent
    # the last subject before the colon ("As the briefing wrapped up, Halvorsen put it bluntly:"); the parser
    # may hang the clause on a verb inside the quote, so the sentence's root is no guide
    subj = next((t for t in reversed(doc[max(sent.start, lo):j])
                 if t.dep_ in ("nsubj", "nsubjpass") and not sc.quoted[t.i]), None)
    if subj is None:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if subj.pos_ == "NOUN" and owner is not None and (owner.pos_ == "PROPN" or owner.lower_ in ("his", "her")):
        subj = owner  # "Hesketh’s advice to other small presses was short:"
    if subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "his", "her") or (
            subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
            and subj.lemma_.lower() in PERSON_NOUNS | {"coroner", "judge", "minister", "chief"}):
        return subj
    return None


def _finish_fragment(sc: _Scene, qi: _QInfo, cue: Token | None, shape: _Shape) -> None:
    """A quoted fragment inside the author's sentence: partial when someone said it, else scare."""
    doc = sc.doc
    first, last = qi.toks[0], qi.toks[-1]
    if cue is not None and (_governs(cue, qi, doc) or cue.sent == doc[first].sent) \
            and (qi.speaker or shape.n_words > 6):
        qi.kind = "partial"
        qi.why = f"quoted fragment inside a sentence with cue '{cue.text}'"
        return
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # "rested on “a single glove and a lot of assumptions.”": the full stop is not the clause's
    host = next((ic for ic in sc.ind_spans if ic[0] <= first and last < ic[1]), None)
    if host is not None:
        # inside the reported clause of a cue: "said that the position was “untenable” and that ..."
        c = host[2]
        head = _subject_of(c) if c.lower_ != "according" else None
        if head is None and _may_look_left(c):
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
            if t.head.i == t.i:
                break
            t = t.head
    return out


def _governs(cue: Token, qi: _QInfo, doc) -> bool:
    for k in qi.toks[:3] + qi.toks[-3:]:
        t = doc[k]
        for _ in range(12):
            if t == cue:
                return True
            if t.head.i == t.i:
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
                 cue=cue, medium=qi.medium, paragraph=m.paragraph,
                 why=qi.why + (f"; {qi.guess}" if qi.guess and qi.speaker else ""),
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
        # 'said the island had "chosen its own road" and would not be ...': a second verb the parser hung on
        # the cue rather than inside the clause, after a closing quotation mark
        k = j
        while k < len(doc) and (doc[k].is_space or (doc[k].is_punct and doc[k].text != ".")):
            k += 1
        closed = k > j or (j > 0 and doc[j - 1].text in ("”", "’", '"', "'", "»"))
        if closed and k < len(doc) and doc[k].lower_ in ("and", "but"):
            more = [x for x in c.children if x.dep_ == "conj" and x.i > k and x.left_edge.i <= k + 2
                    and not is_cue(x) and not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)]
            if more:
                j = more[0].right_edge.i + 1
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
        if head is None and _may_look_left(c):
            head = _left_subject(c, quoted)
        cue_span = TextSpan(c.idx, c.idx + len(c.text), c.text)
        medium = _medium(c)
    speaker, mention, guess = None, None, ""
    described = _description_before(doc, resolver, c.sent.start_char, c) \
        if head is None and ic["kind"] != "according" else None
    if described is not None:
        # "The 54-year-old added that ...", parsed with no subject
        speaker, span = described
        mention = TextSpan(span.start_char, span.end_char, span.text)
        guess = f"; '{span.text}' read as {speaker}, the person named just before (a guess)"
        resolver.remember(c.idx, speaker)
    if head is not None:
        speaker, span = resolver.resolve(head)
        if head.lower_ in PRONOUNS:
            resolver.note_pronoun(head.lower_, speaker)
        mention = TextSpan(span.start_char, span.end_char, span.text)
        resolver.remember(c.idx, speaker)
        if resolver.guess and speaker:
            guess = f"; '{span.text}' read as {speaker}, {resolver.guess} (a guess)"
    paragraph = next((pi for pi, (ps, pe, _r) in enumerate(doc.user_data.get("paragraphs", [])) if ps <= s < pe), None)
    return Quote(kind="indirect", start=s, end=e, text=text[s:e], speaker=speaker, speaker_mention=mention,
                 cue=cue_span, medium=medium, paragraph=paragraph,
                 why=(f"reporting verb '{c.text}' with a reported clause" if ic["kind"] == "clause"
                      else "'according to' names the source") + guess)


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
