"""The one-pass analysis and the self-contained HTML report."""
import re

from conftest import run_cli
from utils.article import DATA_DIR, article_from_text
from utils.report import analyze, report_html


def test_analyze_runs_once_and_holds_everything():
    a = analyze()
    assert a.quotes and a.sources and a.outlets and a.claims and a.hits
    assert not a.verbs.empty and len(a.density) == len(a.article.paragraphs)


def test_report_is_self_contained_and_escaped():
    text = "Leaders Meet\n“We will <b>act</b>,” Ana Ruiz told Radio Sud. <script>alert(1)</script> The so-called plan failed.\n"
    html = report_html(analyze(article_from_text(text)), title="<test>")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html and "&lt;test&gt;" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "data:image/png;base64," in html


def test_practice_articles_differ_as_they_should():
    wire = analyze(str(DATA_DIR / "practice" / "wire_bridge_closure.txt"))
    slanted = analyze(str(DATA_DIR / "practice" / "slanted_bridge_closure.txt"))
    assert slanted.overall["author_per_100w"] > 5 * max(wire.overall["author_per_100w"], 0.5)
    assert {"Priya Raman", "Tomas Berg"} <= {s.name for s in wire.sources}


def test_report_cli(tmp_path):
    out = tmp_path / "r.html"
    r = run_cli("report", str(DATA_DIR / "practice" / "wire_bridge_closure.txt"), "--html", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

PIECES = st.sampled_from(["said", "she", "told", "Ana Ruiz", "the minister", "“", "”", "\"", "'", "‘", "’",
                          "«", "»", ",", ".", ":", "\n", "\n\n", " ", "We", "won’t", "so-called", "claimed",
                          "© AP", "Mali", "according to", "—", "<b>", "&"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=40).map(" ".join))
def test_whole_analysis_never_crashes_on_messy_text(text):
    if not text.strip():
        return
    a = analyze(article_from_text(text))
    for h in a.hits:
        assert text[h.start:h.end] == h.text
    for s in a.sources:
        for m in s.mentions:
            assert text[m.start:m.end] == m.text
    html = report_html(a)
    assert "<b>" not in html  # the report itself uses no <b>; any in the article must come out escaped
    if "<b>" in text:
        assert "&lt;b&gt;" in html
