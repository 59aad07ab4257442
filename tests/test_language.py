"""Loaded language: lexicon, voice, verb asymmetry, density, neutral rewrite, HTML escaping."""
import json
from pathlib import Path

import pandas as pd
import pytest

from conftest import SEED, run_cli
from feedback_helpers import analyse
from utils.article import DATA_DIR
from utils.language import (CATEGORIES, density, load_lexicon, overall_density, stance_by_side,
                            verb_table)
from utils.render import highlight_html, hits_to_items, page
from utils.sources import source_table

ROOT = Path(__file__).resolve().parent.parent
WIRE = ["dev/01_council_vote", "dev/04_court_ruling", "dev/10_un_aid_appeal", "heldout/01_port_strike",
        "heldout3/01_nordvik_results", "heldout3/02_nevada_rent_veto"]



@pytest.fixture(scope="module")
def seed():
    return analyse()


def test_lexicon_rows_are_valid():
    entries = load_lexicon()
    assert len(entries) >= 40
    assert {e.category for e in entries} == set(CATEGORIES)
    assert all(e.explanation for e in entries)


def test_bad_lexicon_row_is_reported(tmp_path):
    f = tmp_path / "lex.csv"
    f.write_text("pattern,category,explanation,neutral_alternative\nfoo,nasty,x,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_lexicon(f)


def test_lemma_patterns_match_every_form():
    _d, _q, hits = analyse(text="They claim it. She claimed it. He is claiming it. The claims grew.")
    assert [h.text for h in hits] == ["claim", "claimed", "claiming", "claims"]


def test_seed_hand_made_list_found_with_the_right_voice(seed):
    _doc, _q, hits = seed
    gold = pd.read_csv(DATA_DIR / "annotations" / "seed_loaded.csv")
    found = voice_ok = 0
    for r in gold.itertuples():
        m = [h for h in hits if h.start < r.end and r.start < h.end]
        if m:
            found += 1
            voice_ok += m[0].voice == r.voice
    author = gold[gold.voice == "author"]
    author_found = sum(1 for r in author.itertuples() if any(h.start < r.end and r.start < h.end for h in hits))
    assert author_found / len(author) >= 0.85
    assert voice_ok / found >= 0.9


def test_quoted_hits_carry_the_speaker(seed):
    _doc, _q, hits = seed
    pis = next(h for h in hits if h.text == "pisses us off")
    assert (pis.voice, pis.speaker) == ("quoted", "Fatoumata Doukara")


def test_verb_asymmetry_is_computed(seed):
    doc, quotes, _h = seed
    verbs = verb_table(doc, quotes, source_table(doc, quotes))
    table = stance_by_side(verbs)
    western = table.loc[[s for s in ("Western governments", "French") if s in table.index]]
    russian_malian = table.loc[[s for s in ("Russian", "Malian") if s in table.index]]
    framing = [c for c in ("doubting", "hostile") if c in table.columns]
    assert western[framing].to_numpy().sum() >= 4
    assert russian_malian.get("doubting", pd.Series([0])).sum() == 0
    assert russian_malian["neutral"].sum() >= 8
    assert russian_malian["neutral"].sum() > russian_malian[framing].to_numpy().sum()


def test_neutral_rewrite_lowers_author_density(seed):
    doc, quotes, hits = seed
    original = overall_density(density(doc, quotes, hits))["author_per_100w"]
    d2, q2, h2 = analyse(DATA_DIR / "neutral_rewrite.txt")
    rewrite = overall_density(density(d2, q2, h2))["author_per_100w"]
    assert rewrite <= 0.25 * original


@pytest.mark.parametrize("name", WIRE)
def test_wire_news_has_low_author_density(name):
    doc, quotes, hits = analyse(ROOT / "tests" / "fixtures" / "articles" / f"{name}.txt")
    assert overall_density(density(doc, quotes, hits))["author_per_100w"] < 1.0


def test_said_is_never_a_hit():
    _d, _q, hits = analyse(text="The minister said the bridge would open. “It is ready,” she told reporters.")
    assert hits == []


def test_html_escapes_article_text():
    text = "Officials said <script>alert('x')</script> was found. It was a “massive” & so-called fix."
    doc, quotes, hits = analyse(text=text)
    html = page("t", highlight_html(text, hits_to_items(hits)))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&amp;" in html and "<mark" in html


def test_loaded_cli_json(tmp_path):
    out = tmp_path / "a.html"
    r = run_cli("loaded", str(SEED), "--json", "--html", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"hits", "verbs", "density"} <= set(data)
    assert {"start", "end", "text", "category", "voice", "speaker"} <= set(data["hits"][0])
    assert {"start", "end", "text", "stance", "speaker", "side"} <= set(data["verbs"][0])
    assert {"paragraph", "author_per_100w", "quoted_per_100w"} <= set(data["density"][0])
    text = open(SEED, encoding="utf-8").read()
    for h in data["hits"]:
        assert text[h["start"]:h["end"]] == h["text"]
    assert "<mark" in out.read_text(encoding="utf-8")
