"""Who is a source, through which outlet, and what stands unattributed.

Built on the quote extractor: every speaker it finds becomes one source, with
all the ways the article refers to it; bodies that act through speech without
being quoted ("The US issued a separate protest", "which both Bangui and Moscow
deny") become sources cited as "mention only". Facts about actors and outlets
(type, affiliation, who owns an outlet) come from ``data/actors.csv`` and
``data/outlets.csv``, never from code.

>>> from utils.article import article_from_text
>>> from utils.nlp import parse
>>> from utils.quotes import extract_quotes
>>> doc = parse(article_from_text("“We will stay,” Anna Berg, a baker, told Radio Sud."), fix=True)
>>> [(s.name, s.type, s.role, s.media) for s in source_table(doc, extract_quotes(doc))]
[('Anna Berg', 'individual: resident/citizen', 'a baker', ['Radio Sud'])]
"""
from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Token

from .article import DATA_DIR
from .quotes import Quote, TextSpan, _subject_of, count_words
from .speaker_words import PERSON_NOUNS
from .speakers import DETERMINERS, SpeakerResolver, _key, _text_of

WORD = re.compile(r"\w+(?:[’'-]\w+)*")

# verbs by which a body speaks or acts through words without being quoted
SPEECH_ACTS = {"protest", "issue", "sign", "request", "deny", "cite", "accuse", "condemn", "denounce",
               "demand", "urge", "call", "warn", "announce", "reject", "criticise", "criticize", "levy",
               "appeal", "vow", "threaten", "complain", "claim", "say", "tell", "insist"}
OFFICIAL_WORDS = {"minister", "president", "director", "spokesman", "spokeswoman", "spokesperson", "official",
                  "ambassador", "envoy", "secretary", "governor", "mayor", "senator", "general", "colonel",
                  "commander", "chief", "head", "prime", "councillor", "councilman", "councilwoman", "police",
                  "officer", "judge", "prosecutor", "deputy", "chairman", "chairwoman", "chair", "leader",
                  "ministry", "diplomat", "clerk", "sheriff", "inspector", "detective", "captain"}
EXPERT_WORDS = {"analyst", "professor", "researcher", "economist", "scientist", "expert", "academic",
                "historian", "lecturer", "fellow", "consultant", "doctor", "dr"}
RESIDENT_WORDS = {"resident", "citizen", "villager", "farmer", "driver", "shopkeeper", "mother", "father",
                  "student", "worker", "baker", "nurse", "teacher", "voter", "witness", "neighbour",
                  "neighbor", "fan", "parent", "passenger", "survivor", "local", "protester", "trader"}
MEDIA_WORDS = {"news", "radio", "tv", "television", "times", "post", "gazette", "herald", "journal", "agency",
               "press", "tribune", "daily", "weekly", "channel", "broadcaster", "novosti", "reuters",
               "afp", "bbc", "cnn", "newspaper", "magazine", "review", "chronicle", "website"}
ARMED_WORDS = {"group", "front", "militia", "rebels", "brigade", "army", "forces", "movement", "fighters"}
DOCUMENT_WORDS = {"statement", "report", "letter", "communique", "communiqué", "declaration", "study",
                  "ruling", "opinion", "memo", "document", "filing", "release"}
INTL_WORDS = {"nato", "eu", "un", "united nations", "african union", "ecowas", "who", "imf", "world bank",
              "european union"}


@dataclass
class Source:
    """One source: a person, body or document the article gives words or speech acts to."""

    name: str
    type: str
    role: str | None
    affiliation: str
    cited_as: list[str]
    quotes: int
    words_quoted: int
    words_paraphrased: int
    media: list[str]
    mentions: list[TextSpan] = field(default_factory=list)
    type_from: str = "rules"  # "data/actors.csv" or "rules"

    def to_dict(self) -> dict:
        return asdict(self)  # nested TextSpans become dicts too


@dataclass
class Outlet:
    """A media outlet the article names or credits, and how it is used."""

    name: str
    use: list[str]
    mentions: list[TextSpan]
    note: str | None = None
    source_url: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)  # nested TextSpans become dicts too


@dataclass
class Claim:
    """A sentence in the author's own voice that asserts something contestable with no source."""

    start: int
    end: int
    text: str
    why: str
    paragraph: int | None

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------
# data files


def _read_csv(name: str) -> list[dict]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def actors() -> tuple[dict, ...]:
    """Rows of ``data/actors.csv`` (name, aliases, type, affiliation, role_in_article, fact_source)."""
    return tuple(_read_csv("actors.csv"))


@lru_cache(maxsize=1)
def outlet_notes() -> tuple[dict, ...]:
    """Rows of ``data/outlets.csv`` (name, aliases, kind, owner_or_operator, note, source ...)."""
    return tuple(_read_csv("outlets.csv"))


@lru_cache(maxsize=1)
def claim_markers() -> tuple[tuple[str, str], ...]:
    """(marker, why) rows of ``data/lexicons/claim_markers.csv``."""
    return tuple((r["marker"], r["why"]) for r in _read_csv("lexicons/claim_markers.csv"))


def _norm(name: str) -> str:
    words = _key(name.replace("’", "'").split())
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _find_row(rows: tuple[dict, ...], name: str) -> dict | None:
    """The row whose ``name`` or one of whose ``;``-separated ``aliases`` is ``name`` (ignoring case and articles)."""
    n = _norm(name)
    for row in rows:
        names = [row.get("name", "")] + [a for a in (row.get("aliases") or "").split(";") if a.strip()]
        if n in {_norm(x) for x in names}:
            return row
    return None


def find_actor(name: str) -> dict | None:
    """The row of ``data/actors.csv`` for a speaker's name or alias."""
    return _find_row(actors(), name)


def find_outlet(name: str) -> dict | None:
    """The row of ``data/outlets.csv`` for an outlet name or alias."""
    return _find_row(outlet_notes(), name)


# --------------------------------------------------------------------------
# types and roles by rules


def guess_type(name: str, role: str | None, is_person: bool, doc: Doc | None = None) -> str:
    """A source type from simple rules, used when ``data/actors.csv`` has no row.

    >>> guess_type("Ana Ruiz", "a nurse", True)
    'individual: resident/citizen'
    >>> guess_type("Radio Sud", None, False)
    'media outlet'
    """
    words = set(_key(re.findall(r"[\w’'-]+", f"{name} {role or ''}")))
    name_words = set(_key(re.findall(r"[\w’'-]+", name)))
    n = _norm(name)
    if is_person:
        if words & OFFICIAL_WORDS:
            return "individual: official"
        if words & EXPERT_WORDS:
            return "individual: expert"
        if words & RESIDENT_WORDS:
            return "individual: resident/citizen"
        return "individual"
    if name_words & DOCUMENT_WORDS:
        return "document"
    if n in INTL_WORDS:
        return "organisation: international organisation"
    if name_words & MEDIA_WORDS:
        return "media outlet"
    if name_words & {"governments", "nations", "allies", "countries", "states", "government", "ministry"}:
        return "organisation: government or state body"
    if words & (PERSON_NOUNS | {"source", "sources", "people", "person"}):
        return "individual: unnamed"
    if doc is not None:
        for ent in doc.ents:
            if _norm(ent.text) == n:
                if ent.label_ in ("GPE", "NORP"):
                    return "organisation: government or state body"
                if ent.label_ == "ORG" and name_words & ARMED_WORDS and not words & {"antiwar", "activist", "campaign"}:
                    return "organisation: armed group"
    if words & {"government", "ministry", "department", "council", "parliament", "police", "army", "state"}:
        return "organisation: government or state body"
    if words & {"company", "firm", "group", "corporation", "holdings", "inc", "ltd", "plc"}:
        return "organisation: company"
    return "organisation"


def _role_of(doc: Doc, resolver: SpeakerResolver, name: str, quoted: list[bool]) -> str | None:
    """How the article describes a person at first mention: the appositive, or the title before the name."""
    text = _text_of(doc)
    for ent_start, canon in resolver.mentions:
        if canon != name:
            continue
        span = doc.char_span(ent_start, ent_start + 1, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        # walk to the head of the name
        while tok.dep_ in ("compound", "flat") and tok.head is not tok and tok.head.pos_ == "PROPN":
            tok = tok.head
        appos = [c for c in tok.children if c.dep_ == "appos" and not quoted[c.i]]
        if appos:
            a = appos[0]
            s, e = a.left_edge.i, a.right_edge.i + 1
            while e > s and doc[e - 1].is_punct:
                e -= 1
            return text[doc[s].idx:doc[e - 1].idx + len(doc[e - 1].text)]
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
            h = tok.head
            s = h.left_edge.i
            return text[doc[s].idx:h.idx + len(h.text)]
        # titles before the name: "Russian Foreign Minister Sergey Lavrov"
        first = span[0].i
        i = first - 1
        while i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and doc[i].dep_ in ("compound", "amod") \
                and not quoted[i] and doc[i].ent_type_ != "PERSON":
            i -= 1
        if i + 1 < first:
            return text[doc[i + 1].idx:doc[first - 1].idx + len(doc[first - 1].text)]
    return None


# --------------------------------------------------------------------------
# the source table


def _split_joint(name: str) -> list[str]:
    """ "Moscow and Bamako" → ["Moscow", "Bamako"]; "France and 15 other NATO allies" stays whole."""
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", name) if p.strip()]
    if len(parts) > 1 and all(p[:1].isupper() and len(p.split()) <= 3 and not any(ch.isdigit() for ch in p)
                              for p in parts):
        return parts
    return [name]


def _speech_act_subjects(doc: Doc, quoted: list[bool], quote_cues: set[int]) -> list[tuple[Token, Token]]:
    """(verb, subject) pairs of speech acts with no quote: "The US issued a separate protest"."""
    out = []
    for tok in doc:
        if quoted[tok.i] or tok.i in quote_cues or tok.pos_ not in ("VERB",) or tok.dep_ == "amod":
            continue
        if tok.lemma_.lower() not in SPEECH_ACTS:
            continue
        # "The EU made the same decision, citing ...": a participle takes the subject of its verb
        subj = _subject_of(tok)
        if subj is None or quoted[subj.i] or subj.lower_ in ("which", "that", "who", "it", "they", "what"):
            continue
        if subj.pos_ not in ("PROPN", "NOUN"):
            continue
        if tok.lemma_.lower() in ("issue", "sign") and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_WORDS | {"protest", "warning", "appeal"}
                for c in tok.children):
            continue
        out.append((tok, subj))
    return out


def source_table(doc: Doc, quotes: list[Quote]) -> list[Source]:
    """Every source, in order of first appearance; one row per canonical name.

    ``doc`` should be parsed with ``parse(article, fix=True)`` so that places
    are not taken for people.
    """
    text = _text_of(doc)
    quoted = [False] * len(doc)
    for q in quotes:
        if q.kind in ("direct", "partial", "scare"):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    quoted[t.i] = True
    resolver = SpeakerResolver(doc, quoted)
    rows: dict[str, dict] = {}

    def row_for(name: str, first_at: int) -> dict:
        r = rows.get(name)
        if r is None:
            r = rows[name] = {"name": name, "first": first_at, "cited": [], "quotes": 0, "direct": 0,
                              "indirect": 0, "media": [], "mentions": []}
        r["first"] = min(r["first"], first_at)
        return r

    marked = [(q.start, q.end) for q in quotes if q.kind in ("direct", "partial")]
    quote_cues: set[int] = set()
    for q in quotes:
        if q.kind == "scare" or not q.speaker:
            continue
        if q.cue is not None:
            cue_tok = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
            if cue_tok is not None:
                quote_cues.add(cue_tok[0].i)
        for name in _split_joint(q.speaker):
            r = row_for(name, q.start if q.speaker_mention is None else q.speaker_mention.start)
            r["quotes"] += 1
            if q.kind not in r["cited"]:
                r["cited"].append(q.kind)
            if q.kind in ("direct", "partial"):
                r["direct"] += count_words(q.text)
            else:
                r["indirect"] += count_words(q.text, q.start, exclude=marked)  # each word counted once
            if q.medium and q.medium not in r["media"]:
                r["media"].append(q.medium)
            if q.speaker_mention is not None and q.speaker_mention not in r["mentions"]:
                r["mentions"].append(q.speaker_mention)

    for verb, subj in _speech_act_subjects(doc, quoted, quote_cues):
        name, span = resolver.resolve(subj)
        if not name:
            continue
        mention = TextSpan(span.start_char, span.end_char, span.text)
        for part in _split_joint(name):
            r = row_for(part, span.start_char)
            if not r["cited"]:
                r["cited"].append("mention only")
            if mention not in r["mentions"]:
                r["mentions"].append(mention)

    # every other place the article names the source (outside quotes)
    for name, r in rows.items():
        forms = {name}
        canon = resolver.people.get(name)
        if canon is not None and len(canon.tokens) > 1:
            forms.add(canon.tokens[-1])
        actor = find_actor(name)
        if actor:
            forms |= {a.strip() for a in (actor.get("aliases") or "").split(";") if a.strip()}
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or any(quoted[t.i] for t in span):
                    continue
                if any(x.start <= m.start() < x.end for x in r["mentions"]):
                    continue
                r["mentions"].append(TextSpan(m.start(), m.end(), m.group(0)))
        r["mentions"].sort(key=lambda m: m.start)

    out: list[Source] = []
    for name, r in sorted(rows.items(), key=lambda kv: kv[1]["first"]):
        is_person = name in resolver.people
        role = _role_of(doc, resolver, name, quoted) if is_person else None
        actor = find_actor(name)
        if actor:
            typ, aff, type_from = actor.get("type") or "organisation", actor.get("affiliation") or "unknown", "data/actors.csv"
            role = actor.get("role_in_article") or role
            typ = _type_label(typ)
        else:
            typ, aff, type_from = guess_type(name, role, is_person, doc), "unknown", "rules"
        out.append(Source(name=name, type=typ, role=role, affiliation=aff, cited_as=r["cited"], quotes=r["quotes"],
                          words_quoted=r["direct"], words_paraphrased=r["indirect"], media=r["media"],
                          mentions=r["mentions"], type_from=type_from))
    return out


def _type_label(t: str) -> str:
    """Map the short types of ``data/actors.csv`` to the labels used in tables."""
    t = t.strip().lower()
    table = {"official": "individual: official", "expert": "individual: expert",
             "resident": "individual: resident/citizen", "citizen": "individual: resident/citizen",
             "unnamed": "individual: unnamed", "government": "organisation: government or state body",
             "international organisation": "organisation: international organisation",
             "armed group": "organisation: armed group", "company": "organisation: company",
             "media outlet": "media outlet", "document": "document", "activist group": "organisation: activist group"}
    return table.get(t, t)


def sources_frame(sources: list[Source]) -> pd.DataFrame:
    """The source table as a DataFrame, one row per source."""
    rows = [{"name": s.name, "type": s.type, "role": s.role, "affiliation": s.affiliation,
             "cited_as": ", ".join(s.cited_as), "quotes": s.quotes, "words_quoted": s.words_quoted,
             "words_paraphrased": s.words_paraphrased, "media": ", ".join(s.media), "mentions": len(s.mentions)}
            for s in sources]
    return pd.DataFrame(rows, columns=["name", "type", "role", "affiliation", "cited_as", "quotes", "words_quoted",
                                       "words_paraphrased", "media", "mentions"])


def words_by_side(sources: list[Source], quotes: list[Quote] | None = None) -> pd.DataFrame:
    """Words quoted directly and paraphrased, summed by affiliation, with the share of direct words.

    With ``quotes``, each quote counts once: a joint speaker ("Moscow and Bamako") adds its words
    to one side if all its parts share it, or to a side named like "Malian + Russian". Without
    ``quotes`` the source rows are summed, and a joint speaker's words count for each part.
    """
    if quotes is not None:
        side = {s.name: s.affiliation for s in sources}
        marked = [(q.start, q.end) for q in quotes if q.kind in ("direct", "partial")]
        rows: dict[str, dict] = {}
        for q in quotes:
            if q.kind == "scare" or not q.speaker:
                continue
            parts = _split_joint(q.speaker)
            sides = sorted({side.get(p, "unknown") for p in parts})
            key = sides[0] if len(sides) == 1 else " + ".join(sides)
            r = rows.setdefault(key, {"affiliation": key, "words_quoted": 0, "words_paraphrased": 0})
            if q.kind in ("direct", "partial"):
                r["words_quoted"] += count_words(q.text)
            else:
                r["words_paraphrased"] += count_words(q.text, q.start, exclude=marked)
        g = pd.DataFrame(list(rows.values()), columns=["affiliation", "words_quoted", "words_paraphrased"])
        total = g["words_quoted"].sum()
        g["share_of_quoted_words"] = (g["words_quoted"] / total).round(3) if total else 0.0
        return g.sort_values(["words_quoted", "affiliation"], ascending=[False, True]).reset_index(drop=True)
    df = sources_frame(sources)
    if df.empty:
        return pd.DataFrame(columns=["affiliation", "words_quoted", "words_paraphrased", "share_of_quoted_words"])
    g = df.groupby("affiliation")[["words_quoted", "words_paraphrased"]].sum().reset_index()
    total = g["words_quoted"].sum()
    g["share_of_quoted_words"] = (g["words_quoted"] / total).round(3) if total else 0.0
    return g.sort_values(["words_quoted", "affiliation"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------
# outlets


_CREDIT = re.compile(r"^\s*(?:©|\(c\)|photo(?:graph)?(?: credit)?\s*[:/]|credit\s*:)\s*(.+)$", re.I)


def find_outlets(doc: Doc, quotes: list[Quote]) -> list[Outlet]:
    """Outlets the article names or credits, with how each is used.

    - an outlet that received words (``told RIA Novosti``): "interview source"
    - the agency in a credit line (``© REUTERS / AMADOU KEITA``): "photo credit"
    - any other name listed in ``data/outlets.csv`` or looking like an outlet: "named in text"
    """
    text = _text_of(doc)
    found: dict[str, Outlet] = {}

    def add(name: str, use: str, span: TextSpan) -> None:
        row = find_outlet(name)
        # the article's own spelling ("Africa News") unless the data file's name is in the text too
        key = row["name"] if row and (row["name"] in text or name.isupper()) else name
        o = found.get(key)
        if o is None:
            o = found[key] = Outlet(name=key, use=[], mentions=[], note=(row or {}).get("note") or None,
                                    source_url=(row or {}).get("source_url") or None)
        if use not in o.use:
            o.use.append(use)
        if span not in o.mentions:
            o.mentions.append(span)

    for q in quotes:
        if not q.medium or q.cue is None:
            continue
        row = find_outlet(q.medium)
        looks = bool(set(_key(q.medium.split())) & MEDIA_WORDS) or row is not None
        if not looks:
            continue
        i = text.find(q.medium, q.cue.start)
        if i >= 0:
            add(q.medium, "interview source (words given to it)", TextSpan(i, i + len(q.medium), q.medium))
    for s, e, role in doc.user_data.get("paragraphs", []):
        m = _CREDIT.match(text[s:e])
        if m:
            agency = re.split(r"\s*/\s*", m.group(1).strip())[0]
            a = s + text[s:e].find(agency)
            label = agency.title() if agency.isupper() else agency
            row = find_outlet(label) or find_outlet(agency)
            add(row["name"] if row else label, "photo credit", TextSpan(a, a + len(agency), agency))
    for row in outlet_notes():
        names = [row["name"]] + [a for a in (row.get("aliases") or "").split(";") if a.strip()]
        for n in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text):
                span = TextSpan(m.start(), m.end(), m.group(0))
                if any(any(x.start == span.start for x in o.mentions) for o in found.values()):
                    continue
                add(m.group(0), "named in text", span)
    for o in found.values():
        o.mentions.sort(key=lambda m: m.start)
        if len(o.use) > 1 and "named in text" in o.use:
            o.use.remove("named in text")
    return sorted(found.values(), key=lambda o: o.mentions[0].start if o.mentions else 0)


def outlets_frame(outlets: list[Outlet]) -> pd.DataFrame:
    return pd.DataFrame([{"outlet": o.name, "use": ", ".join(o.use), "mentions": len(o.mentions),
                          "note": o.note, "source": o.source_url} for o in outlets],
                        columns=["outlet", "use", "mentions", "note", "source"])


# --------------------------------------------------------------------------
# unattributed claims


def unattributed_claims(doc: Doc, quotes: list[Quote]) -> list[Claim]:
    """Sentences in the author's voice that assert contestable facts or judgements with no source.

    Rules (explained in notebook 01):
    1. the sentence is in a body paragraph;
    2. less than half of it is inside a quote or a reported clause, and it does
       not cite a source with "according to";
    3. outside any quote or reported clause, it contains at least one marker from ``data/lexicons/claim_markers.csv``
       (a truth judgement such as "falsely", a certainty booster such as
       "actually", an evaluative word such as "devastated", a causal,
       sweeping or quantity claim).
    The ``why`` column lists what matched, so students can judge each one.
    """
    text = _text_of(doc)
    covered = [False] * (len(text) + 1)
    for q in quotes:
        if q.kind != "scare":
            for i in range(q.start, q.end):
                covered[i] = True
    markers = claim_markers()
    paras = doc.user_data.get("paragraphs", [])
    out: list[Claim] = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        pi = next((i for i, (ps, pe, _r) in enumerate(paras) if ps <= s < pe), None)
        if pi is not None and paras[pi][2] != "body":
            continue
        if sum(covered[s:e]) > (e - s) / 2:
            continue
        if any(t.lower_ == "according" for t in sent):
            continue
        low = text[s:e].lower()
        why = []
        for marker, reason in markers:
            for m in re.finditer(r"(?<![\w-])" + re.escape(marker.lower()) + r"(?![\w-])", low):
                if not covered[s + m.start()]:  # the author's words, not inside a quote or reported clause
                    why.append(f"{reason}: “{text[s + m.start():s + m.end()]}”")
                    break
        if why:
            out.append(Claim(s, e, text[s:e], "; ".join(why), pi))
    return out


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    return pd.DataFrame([c.to_dict() for c in claims], columns=["paragraph", "text", "why", "start", "end"])
