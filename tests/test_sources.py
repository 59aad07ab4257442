"""Sources, outlets, unattributed claims and entity fixes, on the seed and on other articles."""
import csv
import json
from pathlib import Path

import pytest

from conftest import SEED, run_cli
from utils.evaluate import load_gold, normalise_speaker
from utils.nlp import entity_label_check, load_entity_gold, parse
from utils.article import article_from_text, load_article, DATA_DIR
from utils.quotes import extract_quotes
from utils.sources import (find_outlets, source_table, unattributed_claims, words_by_side,
                           guess_type)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_analysis():
    doc = parse(load_article(), fix=True)
    quotes = extract_quotes(doc)
    return doc, quotes, source_table(doc, quotes)


def test_seed_sources_match_hand_made_list(seed_analysis):
    _doc, _quotes, sources = seed_analysis
    by_name = {s.name: s for s in sources}
    with open(DATA_DIR / "annotations" / "seed_sources.csv", encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    for g in gold:
        s = by_name.get(g["name"])
        assert s is not None, f"missing source {g['name']}"
        assert s.type == g["type"], (g["name"], s.type)
        assert s.affiliation == g["affiliation"], (g["name"], s.affiliation)
        assert set(g["cited_as"].split(";")) <= set(s.cited_as), (g["name"], s.cited_as)
        if g["role_contains"]:
            assert g["role_contains"].lower() in (s.role or "").lower(), (g["name"], s.role)
        if g["media"]:
            assert g["media"] in s.media, (g["name"], s.media)


def test_every_mention_matches_the_text(seed_analysis):
    doc, _q, sources = seed_analysis
    for s in sources:
        for m in s.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_one_row_per_person(seed_analysis):
    _doc, _q, sources = seed_analysis
    names = [s.name for s in sources]
    assert len(names) == len(set(names))
    assert "Ilyichev" not in names and "he" not in names and "she" not in names


def test_share_of_quoted_words_is_computed(seed_analysis):
    _doc, quotes, sources = seed_analysis
    table = words_by_side(sources, quotes)
    direct = [q for q in quotes if q.kind in ("direct", "partial") and q.speaker]
    total_direct = sum(len(q.text.split()) for q in direct)
    assert abs(table["words_quoted"].sum() - total_direct) <= 5  # word definitions differ slightly
    shares = dict(zip(table["affiliation"], table["share_of_quoted_words"]))
    assert 0.9 < shares["Russian"] + shares["Malian"] < 1.0
    assert shares.get("Western governments", 0) < 0.05
    # summing source rows instead counts a joint speaker's words once for each part
    assert words_by_side(sources)["words_quoted"].sum() > table["words_quoted"].sum()


def test_outlets_and_their_use(seed_analysis):
    doc, quotes, _s = seed_analysis
    outlets = {o.name: o for o in find_outlets(doc, quotes)}
    assert len(outlets) == 3
    ria = next(o for n, o in outlets.items() if "RIA" in n)
    assert any("interview" in u for u in ria.use) and ria.note
    reuters = next(o for n, o in outlets.items() if "Reuters" in n)
    assert reuters.use == ["photo credit"]
    africa = next(o for n, o in outlets.items() if "Africa" in n)
    assert any("interview" in u for u in africa.use)


def test_unattributed_claims_include_falsely_stated(seed_analysis):
    doc, quotes, _s = seed_analysis
    claims = unattributed_claims(doc, quotes)
    assert any("falsely stated" in c.text for c in claims)
    for c in claims:
        assert doc.text[c.start:c.end] == c.text and c.why
    # no claim comes from inside a direct quote
    assert not any(c.text.startswith("We just need") for c in claims)


def test_no_place_is_a_person_after_fixes():
    gold = load_entity_gold()
    raw = entity_label_check(parse(load_article()), gold)
    fixed = entity_label_check(parse(load_article(), fix=True), gold)
    assert fixed["correct"].mean() > raw["correct"].mean()
    places = fixed[fixed["gold"].isin(["GPE", "LOC"])]
    assert not (places["predicted"] == "PERSON").any()
    assert fixed["correct"].mean() >= 0.95


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "fixtures" / "articles").glob("heldout*/*.quotes.json"))[:12],
                         ids=lambda p: p.name)
def test_each_speaker_appears_once_on_other_articles(path):
    text, _gold = load_gold(path)
    doc = parse(article_from_text(text), fix=True)
    quotes = extract_quotes(doc)
    sources = source_table(doc, quotes)
    names = [s.name for s in sources]
    assert len(names) == len({normalise_speaker(n) for n in names})
    for q in quotes:
        if q.speaker and q.kind != "scare":
            assert any(q.speaker == n or n in q.speaker for n in names), q.speaker
    for s in sources:
        assert s.affiliation == "unknown" or s.type_from == "data/actors.csv"


def test_guess_type_rules():
    assert guess_type("Lena Brandt", "Health Minister", True) == "individual: official"
    assert guess_type("Omar Haddad", "an economist at the bank", True) == "individual: expert"
    assert guess_type("police spokeswoman", None, False) == "individual: unnamed"
    assert guess_type("joint statement", None, False) == "document"


def test_sources_cli_json():
    r = run_cli("sources", str(SEED), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"sources", "outlets", "unattributed"} <= set(data)
    s0 = data["sources"][0]
    assert {"name", "type", "role", "affiliation", "cited_as", "quotes", "words_quoted", "media", "mentions"} <= set(s0)
    o0 = data["outlets"][0]
    assert {"name", "use", "mentions"} <= set(o0)
    u0 = data["unattributed"][0]
    assert {"start", "end", "text", "why"} <= set(u0)
