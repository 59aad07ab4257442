"""HTML views of the article and one chart style for the notebooks.

All article text goes through :func:`html.escape`: an article that contains
``<script>`` shows it as text.

>>> out = highlight_html("a <b> c", [{"start": 3, "end": 4, "label": "x", "title": "t"}])
>>> out[out.index("<p"):].split('<mark')[0], "<script>" in highlight_html("<script>", [])
('<p data-paragraph="0">a &lt;', False)
"""
from __future__ import annotations

import html
from typing import Iterable

# Okabe-Ito colours: distinguishable with the common kinds of colour-blindness
OKABE_ITO = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
             "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999"}
CATEGORY_COLOURS = {"loaded": OKABE_ITO["vermillion"], "label": OKABE_ITO["purple"],
                    "distancing": OKABE_ITO["orange"], "booster": OKABE_ITO["sky"],
                    "hedge": OKABE_ITO["green"], "scare quote": OKABE_ITO["yellow"]}
VOICE_STYLES = {"author": "border-bottom: 3px solid #000;", "quoted": "border-bottom: 3px dotted #555;",
                "reported": "border-bottom: 3px dashed #555;"}

STYLE = """<style>
.wsw-article {font-family: Georgia, serif; line-height: 1.7; max-width: 52em;}
.wsw-article p {margin: 0 0 0.8em 0;}
.wsw-article mark {padding: 0 2px; border-radius: 2px; color: #000;}
.wsw-article .wsw-tag {font-family: sans-serif; font-size: 0.65em; vertical-align: super; margin-left: 2px;}
.wsw-legend {font-family: sans-serif; font-size: 0.85em; margin-bottom: 0.8em;}
.wsw-legend span {display: inline-block; padding: 0 6px; margin-right: 6px; border-radius: 2px;}
</style>"""


def shorten(text: object, width: int = 60, mark: str = "…") -> str:
    r"""``text`` on one line, cut to ``width`` characters with ``mark`` when something was cut.

    >>> shorten("The quick  brown\nfox jumps", 12)
    'The quick b…'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - len(mark)].rstrip() + mark


def _mark(text: str, item: dict) -> str:
    colour = item.get("colour") or CATEGORY_COLOURS.get(item.get("label", ""), OKABE_ITO["grey"])
    style = f"background: {colour}55; " + VOICE_STYLES.get(item.get("voice", ""), "")
    title = html.escape(item.get("title") or item.get("label", ""), quote=True)
    tag = html.escape(item.get("tag", ""))
    inner = html.escape(text)
    tag_html = f'<span class="wsw-tag">{tag}</span>' if tag else ""
    return f'<mark class="wsw-{html.escape(item.get("label", "x").replace(" ", "-"), quote=True)}" style="{style}" title="{title}">{inner}{tag_html}</mark>'


def highlight_html(text: str, items: Iterable[dict], paragraphs: list[tuple[int, int]] | None = None,
                   legend: bool = False) -> str:
    """The text as HTML paragraphs with ``items`` (dicts with start, end, label, and optional
    title, tag, voice, colour) marked. Overlapping items: the earlier/longer one wins.
    """
    spans = sorted((dict(i) for i in items), key=lambda i: (i["start"], -(i["end"] - i["start"])))
    kept, last = [], -1
    for i in spans:
        if i["start"] >= last and 0 <= i["start"] < i["end"] <= len(text):
            kept.append(i)
            last = i["end"]
    if paragraphs is None:
        paragraphs, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append((pos, pos + len(line)))
            pos += len(line) + 1
    out = []
    if legend:
        out.append(legend_html())
    out.append('<div class="wsw-article">')
    k = 0
    for pi, (s, e) in enumerate(paragraphs):
        parts, pos = [], s
        while k < len(kept) and kept[k]["end"] <= e:
            it = kept[k]
            if it["start"] < s:
                k += 1
                continue
            parts.append(html.escape(text[pos:it["start"]]))
            parts.append(_mark(text[it["start"]:it["end"]], it))
            pos = it["end"]
            k += 1
        parts.append(html.escape(text[pos:e]))
        out.append(f'<p data-paragraph="{pi}">{"".join(parts)}</p>')
    out.append("</div>")
    return "".join(out)


def legend_html() -> str:
    """A legend of the category colours and voice underlines."""
    cats = "".join(f'<span style="background:{c}55">{html.escape(name)}</span>' for name, c in CATEGORY_COLOURS.items())
    voices = "".join(f'<span style="{st}">{v}</span>' for v, st in VOICE_STYLES.items())
    return f'<div class="wsw-legend">categories: {cats}<br>voice (underline): {voices}</div>'


def hits_to_items(hits) -> list[dict]:
    """Loaded-language hits (see :mod:`utils.language`) as items for :func:`highlight_html`."""
    items = []
    for h in hits:
        d = h if isinstance(h, dict) else h.to_dict()
        who = f" ({d['speaker']})" if d.get("speaker") else ""
        items.append({"start": d["start"], "end": d["end"], "label": d["category"], "voice": d["voice"],
                      "title": f"{d['category']}, {d['voice']} voice{who}: {d.get('explanation', '')}",
                      "tag": d["category"]})
    return items


def quotes_to_items(quotes) -> list[dict]:
    """Quotes as items for :func:`highlight_html`, coloured by kind."""
    colours = {"direct": OKABE_ITO["blue"], "partial": OKABE_ITO["sky"], "indirect": OKABE_ITO["green"],
               "scare": OKABE_ITO["yellow"]}
    items = []
    for q in quotes:
        d = q if isinstance(q, dict) else q.to_dict()
        items.append({"start": d["start"], "end": d["end"], "label": d["kind"], "colour": colours.get(d["kind"]),
                      "title": f"{d['kind']}: {d.get('speaker') or 'no speaker'}", "tag": (d.get("speaker") or "?")[:18]})
    return items


def page(title: str, body: str) -> str:
    """A self-contained HTML page: no scripts, no external fonts or styles."""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"{STYLE}</head><body>{body}</body></html>")


def style_axes(ax, title: str, xlabel: str, ylabel: str) -> None:
    """One chart style: the title states the message, both axes labelled, no top/right frame."""
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
