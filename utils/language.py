"""Loaded language: a readable lexicon, whose voice uses it, and how each side is introduced.

The lexicon is data (``data/lexicons/loaded_language.csv``): a pattern (words,
matched case-insensitively, or ``lemma:claim`` to match every form of a
word), a category, an explanation a student can read and a neutral
alternative. Every hit is placed in a **voice**:

- ``author``: the narration;
- ``quoted``: inside a direct or partial quote (the speaker's own words);
- ``reported``: inside indirect speech (the author's paraphrase of a speaker).

>>> from utils.article import article_from_text
>>> from utils.nlp import parse
>>> from utils.quotes import extract_quotes
>>> doc = parse(article_from_text('The so-called plan failed. “It is a clear mistake,” Ana Ruiz said.'), fix=True)
>>> [(h.text, h.category, h.voice, h.speaker) for h in find_loaded(doc, extract_quotes(doc))]
[('so-called', 'distancing', 'author', None), ('clear', 'booster', 'quoted', 'Ana Ruiz')]
"""
from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .article import DATA_DIR
from .quotes import Quote
from .speakers import _text_of

VOICES = ("author", "quoted", "reported")
CATEGORIES = ("loaded", "label", "distancing", "booster", "hedge")
WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass
class Hit:
    """One match of the lexicon in the article."""

    start: int
    end: int
    text: str
    category: str
    explanation: str
    neutral: str
    voice: str
    speaker: str | None
    paragraph: int | None
    pattern: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Entry:
    pattern: str
    category: str
    explanation: str
    neutral: str


def load_lexicon(path: str | Path | None = None) -> list[Entry]:
    """The lexicon rows; ``path`` defaults to ``data/lexicons/loaded_language.csv``.

    Raises ValueError naming the row when a category is unknown or a pattern is empty.
    """
    path = Path(path) if path else DATA_DIR / "lexicons" / "loaded_language.csv"
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            pat = (row.get("pattern") or "").strip()
            cat = (row.get("category") or "").strip()
            if not pat:
                raise ValueError(f"{path.name} line {n}: empty pattern")
            if cat not in CATEGORIES:
                raise ValueError(f"{path.name} line {n}: category {cat!r} is not one of {', '.join(CATEGORIES)}")
            out.append(Entry(pat, cat, (row.get("explanation") or "").strip(), (row.get("neutral_alternative") or "").strip()))
    return out


def lexicon_frame(entries: list[Entry] | None = None) -> pd.DataFrame:
    """The lexicon as a table students can read."""
    entries = load_lexicon() if entries is None else entries
    return pd.DataFrame([asdict(e) for e in entries], columns=["pattern", "category", "explanation", "neutral"])


@lru_cache(maxsize=1)
def verb_stances() -> dict[str, str]:
    """lemma → stance (neutral, doubting, endorsing, hostile) from ``data/lexicons/attribution_verbs.csv``."""
    with open(DATA_DIR / "lexicons" / "attribution_verbs.csv", encoding="utf-8", newline="") as fh:
        return {r["lemma"]: r["stance"] for r in csv.DictReader(fh)}


def _matchers(doc: Doc, entries: list[Entry]):
    vocab = doc.vocab
    phrase = PhraseMatcher(vocab, attr="LOWER")
    lemma = Matcher(vocab)
    tokenizer_doc = None
    for i, e in enumerate(entries):
        key = f"e{i}"
        if e.pattern.startswith("lemma:"):
            lemmas = e.pattern[len("lemma:"):].split()
            lemma.add(key, [[{"LEMMA": {"IN": [lm, lm.capitalize()]}} for lm in lemmas]])
        else:
            from .nlp import load_pipeline

            tokenizer_doc = load_pipeline().make_doc(e.pattern.lower())
            phrase.add(key, [tokenizer_doc])
    return phrase, lemma


def _voice_index(doc: Doc, quotes: list[Quote]) -> tuple[list[str], list[str | None]]:
    """Per character: the voice and the speaker."""
    text = _text_of(doc)
    voice = ["author"] * len(text)
    speaker: list[str | None] = [None] * len(text)
    # indirect first, so that a quote inside an indirect clause wins
    for q in sorted(quotes, key=lambda q: q.kind != "indirect"):
        if q.kind == "scare":
            continue
        v = "reported" if q.kind == "indirect" else "quoted"
        for i in range(q.start, min(q.end, len(text))):
            voice[i] = v
            speaker[i] = q.speaker
    return voice, speaker


def find_loaded(doc: Doc, quotes: list[Quote], entries: list[Entry] | None = None,
                scare_quotes: bool = True) -> list[Hit]:
    """Every lexicon match, with its voice and speaker; scare quotes from the extractor are added as hits.

    Overlapping matches keep the longest ("falsely stated" rather than a
    shorter pattern inside it).
    """
    entries = load_lexicon() if entries is None else entries
    text = _text_of(doc)
    phrase, lemma = _matchers(doc, entries)
    spans = []
    for matcher in (phrase, lemma):
        if len(matcher) == 0:
            continue  # an empty matcher makes spaCy warn (W036)
        for match_id, s, e in matcher(doc):
            idx = int(doc.vocab.strings[match_id][1:])
            spans.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), idx))
    # longest first, then earliest; drop overlaps
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for s, e, idx in spans:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        kept.append((s, e, idx))
    voice, speaker = _voice_index(doc, quotes)
    paras = doc.user_data.get("paragraphs", [])
    out = []
    for s, e, idx in sorted(kept):
        entry = entries[idx]
        pi = next((i for i, (ps, pe, _r) in enumerate(paras) if ps <= s < pe), None)
        out.append(Hit(s, e, text[s:e], entry.category, entry.explanation, entry.neutral, voice[s], speaker[s], pi,
                       entry.pattern))
    if scare_quotes:
        for q in quotes:
            if q.kind == "scare" and not any(h.start <= q.start < h.end for h in out):
                pi = q.paragraph
                out.append(Hit(q.start, q.end, q.text, "scare quote",
                               "Quotation marks with no speaker: the author holds the words at a distance.",
                               "(use the words without quotation marks, or say who uses them)",
                               voice[q.start] if q.start < len(voice) else "author", None, pi, "scare quote"))
    return sorted(out, key=lambda h: h.start)


def hits_frame(hits: list[Hit]) -> pd.DataFrame:
    return pd.DataFrame([h.to_dict() for h in hits],
                        columns=["paragraph", "text", "category", "voice", "speaker", "explanation", "neutral",
                                 "start", "end", "pattern"])


# --------------------------------------------------------------------------
# attribution verbs and their stance


def verb_table(doc: Doc, quotes: list[Quote], sources=None) -> pd.DataFrame:
    """Every attribution verb with its stance, the speaker it introduces and that speaker's side.

    Verbs come from the quotes' cues and from speech acts with no quote
    ("Paris has levied similar accusations", "a joint statement denouncing").
    ``sources`` (from :func:`utils.sources.source_table`) gives each speaker's
    side; without it the side is "unknown".
    """
    from .sources import _speech_act_subjects, _split_joint
    from .speakers import SpeakerResolver

    text = _text_of(doc)
    stances = verb_stances()
    side_of = {}
    if sources is not None:
        side_of = {s.name: s.affiliation for s in sources}
    rows = []
    seen = set()

    def side(name: str | None) -> str:
        if not name:
            return "unknown"
        if name in side_of:
            return side_of[name]
        parts = _split_joint(name)
        sides = {side_of.get(p, "unknown") for p in parts}
        return sides.pop() if len(sides) == 1 else "mixed"

    def lemma_at(start: int, end: int) -> str:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span[0].lemma_.lower() if span is not None else text[start:end].lower()

    for q in quotes:
        if q.cue is None or q.kind == "scare" or (q.cue.start, q.cue.end) in seen:
            continue
        seen.add((q.cue.start, q.cue.end))
        lem = "according" if q.cue.text.lower().startswith("according") else lemma_at(q.cue.start, q.cue.end)
        rows.append({"start": q.cue.start, "end": q.cue.end, "text": q.cue.text, "lemma": lem,
                     "stance": stances.get(lem, "neutral" if lem == "according" else "unlisted"),
                     "speaker": q.speaker, "side": side(q.speaker), "introduces": q.kind})
    quoted = [False] * len(doc)
    for q in quotes:
        if q.kind in ("direct", "partial"):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    quoted[t.i] = True
    cue_toks = set()
    for s, e in seen:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            cue_toks.add(span[0].i)
    resolver = SpeakerResolver(doc, quoted)
    for verb, subj in _speech_act_subjects(doc, quoted, cue_toks):
        name, _span = resolver.resolve(subj)
        lem = verb.lemma_.lower()
        rows.append({"start": verb.idx, "end": verb.idx + len(verb.text), "text": verb.text, "lemma": lem,
                     "stance": stances.get(lem, "unlisted"), "speaker": name, "side": side(name),
                     "introduces": "speech act"})
    df = pd.DataFrame(rows, columns=["start", "end", "text", "lemma", "stance", "speaker", "side", "introduces"])
    return df.sort_values("start").reset_index(drop=True)


def stance_by_side(verbs: pd.DataFrame) -> pd.DataFrame:
    """Counts of verb stances per side (rows: sides, columns: stances)."""
    if verbs.empty:
        return pd.DataFrame()
    t = pd.crosstab(verbs["side"], verbs["stance"])
    cols = [c for c in ("neutral", "endorsing", "doubting", "hostile", "unlisted") if c in t.columns]
    return t[cols]


# --------------------------------------------------------------------------
# density


def density(doc: Doc, quotes: list[Quote], hits: list[Hit]) -> pd.DataFrame:
    """Per paragraph: hits per 100 words in each voice.

    - author: words outside every quote and reported clause;
    - quoted: words inside direct and partial quotes (the speakers' own words);
    - reported: words inside indirect speech (the author's paraphrase of a speaker).
    """
    text = _text_of(doc)
    voice, _speaker = _voice_index(doc, quotes)
    rows = []
    for pi, (s, e, role) in enumerate(doc.user_data.get("paragraphs", [])):
        words = {"author": 0, "quoted": 0, "reported": 0}
        for m in WORD.finditer(text, s, e):
            words[voice[m.start()]] += 1
        row = {"paragraph": pi, "role": role}
        for v in VOICES:
            n = sum(1 for h in hits if h.paragraph == pi and h.voice == v)
            row[f"{v}_words"] = words[v]
            row[f"{v}_hits"] = n
        for v in VOICES:
            w = row[f"{v}_words"]
            row[f"{v}_per_100w"] = round(100 * row[f"{v}_hits"] / w, 2) if w else 0.0
        rows.append(row)
    return pd.DataFrame(rows)


def overall_density(table: pd.DataFrame) -> dict:
    """Hits per 100 words over the whole article, by voice (plain Python numbers)."""
    out = {}
    for v in VOICES:
        w = int(table[f"{v}_words"].sum())
        out[f"{v}_per_100w"] = round(100 * float(table[f"{v}_hits"].sum()) / w, 2) if w else 0.0
    for v in VOICES:
        out[f"{v}_words"] = int(table[f"{v}_words"].sum())
    return out
