"""Every hand-made annotation matches the text it annotates, and the extractor is measured on it."""
from pathlib import Path

import pytest

from utils.article import split_paragraphs
from utils.evaluate import evaluate_files, load_gold, score
from utils.quotes import quotes_from_text

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted([ROOT / "data" / "annotations" / "seed_quotes.json",
                     *(ROOT / "tests" / "fixtures" / "articles").glob("*/*.quotes.json")])
KINDS = {"direct", "partial", "indirect", "scare"}


def test_there_is_gold():
    assert len(GOLD_FILES) >= 20


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_spans_match_text(path):
    text, quotes = load_gold(path)
    paras = split_paragraphs(text)
    assert quotes, "an annotation file with no quotes"
    for q in quotes:
        assert q["kind"] in KINDS
        assert text[q["start"]:q["end"]] == q["text"], q
        for key in ("speaker_mention", "cue"):
            if q.get(key):
                s = q[key]
                assert text[s["start"]:s["end"]] == s["text"], (key, q)
        s, e = paras[q["paragraph"]]
        assert s <= q["start"] < e, ("paragraph", q)
        if q["kind"] == "scare":
            assert q["speaker"] is None
    starts = [q["start"] for q in quotes]
    assert starts == sorted(starts)


def _scores(pattern):
    files = sorted((ROOT / "tests" / "fixtures" / "articles").glob(pattern))
    pooled, _table = evaluate_files(files)
    return pooled


def test_seed_every_direct_quote_with_speaker_cue_and_medium():
    text, gold = load_gold(ROOT / "data" / "annotations" / "seed_quotes.json")
    pred = [q.to_dict() for q in quotes_from_text(text)]
    s = score(pred, gold)
    assert s["quoted"]["recall"] == 1.0 and s["quoted"]["precision"] == 1.0
    assert s["indirect"]["recall"] >= 0.9
    assert s["speaker_accuracy"] >= 0.95
    direct_gold = [g for g in gold if g["kind"] == "direct"]
    by_start = {p["start"]: p for p in pred}
    for g in direct_gold:
        p = by_start.get(g["start"])
        assert p is not None and p["kind"] == "direct", g["text"]
        assert p["speaker"] == g["speaker"], g["text"]
        assert p["cue"]["start"] == g["cue"]["start"], g["text"]
        assert p["medium"] == g["medium"], g["text"]


@pytest.mark.parametrize("folder,speaker_floor", [
    ("dev", 0.93), ("heldout", 0.92), ("heldout2", 0.92), ("heldout3", 0.92), ("heldout4", 0.95),
    ("heldout5", 0.93), ("heldout6", 0.95), ("heldout7", 0.88), ("heldout8", 0.88), ("heldout9", 0.89),
    ("heldout10", 0.91), ("heldout11", 0.93), ("heldout12", 0.91), ("heldout13", 0.92), ("heldout14", 0.92),
    ("heldout15", 0.90), ("heldout16", 0.91), ("heldout17", 0.93), ("heldout18", 0.85), ("heldout19", 0.86),
    ("heldout20", 0.87), ("heldout21", 0.93), ("heldout22", 0.87), ("heldout23", 0.90), ("heldout24", 0.88),
    ("heldout25", 0.89), ("heldout26", 0.93), ("heldout27", 0.92), ("heldout28", 0.94), ("heldout29", 0.90),
    ("heldout30", 0.90), ("heldout31", 0.93), ("heldout32", 0.89), ("heldout33", 0.94), ("heldout34", 0.91),
    ("heldout35", 0.92), ("heldout36", 0.86), ("heldout37", 0.91), ("heldout38", 0.92), ("heldout39", 0.83),
    ("heldout40", 0.91), ("heldout41", 0.91), ("heldout42", 0.87), ("heldout43", 0.84), ("heldout44", 0.87),
    ("heldout45", 0.89), ("heldout46", 0.92), ("heldout47", 0.87)])
def test_fixture_articles_scores(folder, speaker_floor):
    # Floors a little below what was measured when this test was written (speaker accuracy 0.88-0.98 per
    # set; 0.90 to 0.95 on heldout44 to heldout47, which were never tuned on; indirect F1 0.89-0.99 per
    # set; see the README table). They catch regressions; they are not targets.
    s = _scores(f"{folder}/*.quotes.json")
    assert s["quoted"]["f1"] >= 0.95
    assert s["indirect"]["f1"] >= 0.89
    assert s["speaker_accuracy"] >= speaker_floor
