"""One analysis of an article, run once, and the reports made from it.

>>> from utils.article import article_from_text
>>> a = analyze(article_from_text('“We stay,” Ana Ruiz told Radio Sud. The so-called plan failed.'))
>>> (len(a.quotes), a.sources[0].name, len(a.hits))
(1, 'Ana Ruiz', 1)
"""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc

from .article import Article, load_article
from .language import Hit, density, find_loaded, overall_density, stance_by_side, verb_table
from .nlp import parse
from .quotes import Quote, extract_quotes, quotes_frame, speaker_words
from .render import OKABE_ITO, highlight_html, hits_to_items, page, quotes_to_items
from .sources import (Claim, Outlet, Source, claims_frame, find_outlets, outlets_frame, source_table, sources_frame,
                      unattributed_claims, words_by_side)


@dataclass
class Analysis:
    """Everything the notebooks and the CLI show about one article, computed once."""

    article: Article
    doc: Doc
    quotes: list[Quote]
    sources: list[Source]
    outlets: list[Outlet]
    claims: list[Claim]
    hits: list[Hit]
    verbs: pd.DataFrame
    density: pd.DataFrame
    warnings: list[str] = field(default_factory=list)

    @property
    def overall(self) -> dict:
        return overall_density(self.density)


def analyze(article: Article | str | None = None) -> Analysis:
    """Parse (with entity fixes), extract quotes, sources, outlets, claims and loaded language.

    ``article`` is an Article, a path, or None for the seed.
    """
    if article is None or isinstance(article, str):
        article = load_article(article)
    doc = parse(article, fix=True)
    quotes = extract_quotes(doc)
    sources = source_table(doc, quotes)
    hits = find_loaded(doc, quotes)
    warnings = []
    if article.roles_guessed:
        warnings.append("Paragraph roles (caption, credit, heading) were guessed by simple rules.")
    if not quotes:
        warnings.append("No quotes were found: the article may quote no one, or use marks the tool does not know.")
    return Analysis(article=article, doc=doc, quotes=quotes, sources=sources, outlets=find_outlets(doc, quotes),
                    claims=unattributed_claims(doc, quotes), hits=hits,
                    verbs=verb_table(doc, quotes, sources), density=density(doc, quotes, hits), warnings=warnings)


# --------------------------------------------------------------------------
# charts


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


def words_chart(a: Analysis):
    """Horizontal stacked bars: words in quotation marks and paraphrased, per speaker."""
    import matplotlib.pyplot as plt

    w = speaker_words(a.quotes).head(12)
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(w), 2) + 1.4))
    if w.empty:
        ax.text(0.5, 0.5, "no attributed quotes found", ha="center", va="center")
        ax.set_axis_off()
        return fig
    y = list(range(len(w)))
    ax.barh(y, w["direct_words"], color=OKABE_ITO["blue"], label="in quotation marks")
    ax.barh(y, w["indirect_words"], left=w["direct_words"], color=OKABE_ITO["orange"], label="paraphrased")
    ax.set_yticks(y, w["speaker"])
    ax.invert_yaxis()
    top = w.iloc[0]
    total = int(w["total_words"].sum())
    ax.set_title(f"{top['speaker']} gets {int(top['total_words'])} of {total} attributed words", loc="left")
    ax.set_xlabel("words")
    ax.set_ylabel("speaker")
    ax.legend(frameon=False, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def voice_chart(a: Analysis):
    """Loaded-language hits per 100 words by paragraph, author voice against speakers' voices."""
    import matplotlib.pyplot as plt

    d = a.density
    fig, ax = plt.subplots(figsize=(8, 3.2))
    x = d["paragraph"].to_numpy()
    ax.bar(x - 0.27, d["author_per_100w"], width=0.27, color=OKABE_ITO["vermillion"], label="author's voice")
    ax.bar(x, d["quoted_per_100w"], width=0.27, color=OKABE_ITO["sky"], label="in quotes")
    ax.bar(x + 0.27, d["reported_per_100w"], width=0.27, color=OKABE_ITO["green"], label="reported speech")
    o = a.overall
    ax.set_title(f"Loaded wording per 100 words: {o['author_per_100w']} from the author, "
                 f"{o['quoted_per_100w']} in quotes, {o['reported_per_100w']} in reported speech", loc="left")
    ax.set_xlabel("paragraph")
    ax.set_ylabel("hits per 100 words")
    top = float(d[["author_per_100w", "quoted_per_100w", "reported_per_100w"]].to_numpy().max()) if len(d) else 0.0
    ax.set_ylim(0, max(top * 1.1, 1.0))  # no negative axis when nothing was found
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# the HTML report


def _table(df: pd.DataFrame, max_text: int = 90) -> str:
    df = df.astype(object).where(df.notna(), "")  # empty cells, not "None"
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].map(lambda v: v if not isinstance(v, str) or len(v) <= max_text else v[:max_text - 1] + "…")
    return df.to_html(index=False, escape=True, na_rep="", border=0, classes="wsw-table")


def report_html(a: Analysis, title: str | None = None) -> str:
    """A self-contained HTML report: no scripts, no external files; the article text is escaped."""
    import matplotlib.pyplot as plt

    title = title or (a.article.path or "article")
    paras = [(p.start, p.end) for p in a.article.paragraphs]
    o = a.overall
    parts = [f"<h1>Who Says What: {html.escape(title)}</h1>"]
    parts.append("<p class='wsw-note'>Made by the Who Says What tools. They make mistakes: "
                 "check every row against the text before you rely on it.</p>")
    for w in a.warnings:
        parts.append(f"<p class='wsw-warning'>{html.escape(w)}</p>")
    people = [s for s in a.sources if s.quotes]
    parts.append("<h2>Summary</h2><ul>"
                 f"<li>{len(a.quotes)} quotes ({sum(q.kind == 'direct' for q in a.quotes)} direct, "
                 f"{sum(q.kind == 'partial' for q in a.quotes)} partial, "
                 f"{sum(q.kind == 'indirect' for q in a.quotes)} indirect, "
                 f"{sum(q.kind == 'scare' for q in a.quotes)} scare)</li>"
                 f"<li>{len(a.sources)} sources, {len(people)} of them with words of their own</li>"
                 f"<li>outlets: {html.escape(', '.join(o_.name for o_ in a.outlets) or 'none named')}</li>"
                 f"<li>{len(a.claims)} sentences in the author's voice with a claim marker and no source</li>"
                 f"<li>loaded wording per 100 words: {o['author_per_100w']} in the author's voice, "
                 f"{o['quoted_per_100w']} in quotes, {o['reported_per_100w']} in reported speech</li></ul>")
    fig = words_chart(a)
    parts.append(f"<h2>Who speaks</h2><img alt='words per speaker' src='data:image/png;base64,{_png(fig)}'>")
    plt.close(fig)
    parts.append("<h3>Sources</h3>" + _table(sources_frame(a.sources)))
    parts.append("<h3>Words by side</h3>" + _table(words_by_side(a.sources, a.quotes)))
    parts.append("<h3>Outlets</h3>" + _table(outlets_frame(a.outlets).drop(columns=["source"])))
    parts.append("<h2>Quotes</h2>" + _table(quotes_frame(a.quotes).drop(columns=["start", "end", "why"])))
    parts.append("<h2>Quotes in the article</h2>" + highlight_html(a.article.text, quotes_to_items(a.quotes), paras))
    parts.append("<h2>Unattributed claims</h2>" + _table(claims_frame(a.claims).drop(columns=["start", "end"])))
    fig = voice_chart(a)
    parts.append(f"<h2>Loaded language</h2><img alt='loaded wording by paragraph' "
                 f"src='data:image/png;base64,{_png(fig)}'>")
    plt.close(fig)
    sb = stance_by_side(a.verbs)
    if not sb.empty:
        parts.append("<h3>Attribution verbs by side and stance</h3>" + sb.to_html(border=0, classes="wsw-table"))
    parts.append("<h3>The article with loaded wording marked</h3>"
                 + highlight_html(a.article.text, hits_to_items(a.hits), paras, legend=True))
    style = ("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;}"
             ".wsw-table{border-collapse:collapse;font-size:0.85em;margin-bottom:1em}"
             ".wsw-table td,.wsw-table th{border-bottom:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}"
             ".wsw-warning{background:#F0E44255;padding:4px}.wsw-note{color:#444}img{max-width:100%}</style>")
    return page(f"Who Says What: {title}", style + "".join(parts))
