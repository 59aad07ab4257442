"""Pairing quotation marks in plain text: layer 1 of the quote finder.

:func:`find_quote_marks` pairs the marks of each paragraph whatever their kind
and mix (" “ ” ‘ ’ « » „), tells apostrophes from quotation marks, and never
gives up on a broken pair: only that pair is skipped. It needs no spaCy.

>>> text = 'He said “yes” and ‘no’.'
>>> [text[m.start:m.end] for m in find_quote_marks(text, [(0, len(text))])]
['yes', 'no']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

# --------------------------------------------------------------------------
# 1. quotation marks

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"

_OPEN_CONTEXT = set(" \t\n([{—–-/:") | {"\u00a0"}
_CLOSE_CONTEXT = set(" \t\n)]}.,;:!?—–-/…") | {"\u00a0"}


@dataclass(frozen=True)
class QuoteMarks:
    """A paired span of quoted text in the raw string.

    ``open``/``close`` are the offsets of the marks (``close`` is None when
    the quote runs to the end of its paragraph and goes on in the next one,
    or was never closed). ``start``/``end`` cover the content.
    """

    start: int
    end: int
    open: int | None
    close: int | None
    paragraph: int
    family: str  # "double" or "single"
    note: str = ""  # "", "continues", "continued", "unclosed", "no-opening-mark"


def _mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """'O' opener, 'C' closer, 'A' either, 'X' not a quotation mark (apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "“„«‟‚‹":
        return "O"
    if ch in "»›":
        return "C"
    if ch == "”":
        if prev in _OPEN_CONTEXT and nxt not in _CLOSE_CONTEXT:
            return "O"  # Swedish style ”…” or a typo
        return "C"
    if ch == "‘":
        if nxt.isdigit():
            return "X"  # ‘90s
        return "O"
    if ch in "’'":
        if prev.isalnum() and nxt.isalnum():
            return "X"  # don’t, Russia’s, rock’n’roll
        if prev in _OPEN_CONTEXT and (nxt.isdigit() or (nxt.isalpha() and _elision(text, i + 1, hi))):
            return "X"  # ’90s, ’em, ’n’
        if prev in _OPEN_CONTEXT and nxt not in _CLOSE_CONTEXT:
            return "O" if ch == "'" else "X"
        if prev not in _OPEN_CONTEXT:
            if prev in "sS" and nxt == " " and i + 2 < hi and text[i + 2].isalpha():
                return "c"  # weak closer: players’ union, or a real closing mark
            return "C"
        return "X"
    if ch == '"':
        o = prev in _OPEN_CONTEXT or prev in "“‘«„"
        c = nxt in _CLOSE_CONTEXT or nxt in "”’»"
        if o and not c:
            return "O"
        if c and not o:
            return "C"
        return "A"
    return "X"


_N_ELISION = re.compile(r"(?<=\s)[’'‘]n[’']?(?=\s)")
_ELISIONS = ("em", "n", "til", "cause", "tis", "twas", "round")


def _elision(text: str, j: int, hi: int) -> bool:
    m = re.match(r"[A-Za-z]+", text[j:hi])
    return bool(m) and m.group(0).lower() in _ELISIONS


_TAG_AFTER = re.compile(
    r"[,.!?]\s+(?:[A-Z][\w’'.-]*\s+){0,4}?(?:he|she|they|it|[A-Z][\w’'-]+)?\s*(?:said|says|added|told|asked|noted|explained|insisted|continued)\b"
)


def _pair_family(text: str, lo: int, hi: int, family: str) -> tuple[list[tuple[int | None, int | None, str]], list[int]]:
    """Pair the marks of one family inside text[lo:hi].

    Returns (pairs, dangling): pairs are (open, close, note) with close None
    for a quote left open at the end; dangling are closers with no opener.
    """
    chars = (DOUBLE_OPEN + DOUBLE_CLOSE + '"') if family == "double" else (SINGLE_OPEN + SINGLE_CLOSE + "'")
    marks = [(i, _mark_role(text, i, lo, hi)) for i in range(lo, hi) if text[i] in chars]
    elided = {m.start() for m in _N_ELISION.finditer(text, lo, hi)} | {m.end() - 1 for m in _N_ELISION.finditer(text, lo, hi)}
    marks = [(i, r) for i, r in marks if r != "X" and i not in elided]
    pairs: list[tuple[int | None, int | None, str]] = []
    dangling: list[int] = []
    open_at: int | None = None
    for k, (i, role) in enumerate(marks):
        ch = text[i]
        if open_at is None:
            if role in "OA":
                open_at = i
            elif role == "C":
                dangling.append(i)
            # a weak closer with nothing open is an apostrophe
            continue
        opener = text[open_at]
        if role == "c":
            # weak closer: close only if no stronger closer follows before the next opener
            later = [r for _, r in marks[k + 1:]]
            stronger = False
            for r in later:
                if r == "O":
                    break
                if r in "CA":
                    stronger = True
                    break
            if stronger:
                continue
            pairs.append((open_at, i, ""))
            open_at = None
        elif ch == '"' and role == "O" and opener == '"' and _TAG_AFTER.search(text, open_at + 1, i):
            # "Theyve been at it for years, he said. "Next quote": the first one lost its closing mark
            m = _TAG_AFTER.search(text, open_at + 1, i)
            pairs.append((open_at, -(m.start() + 1), "unclosed"))
            open_at = i
        elif role in "CA" or (ch == '"' and role == "O") or (opener == "„" and ch == "“"):
            pairs.append((open_at, i, ""))
            open_at = None
        elif role == "O":
            # a second opener while one is open: the first one is broken
            dangling.append(open_at)
            open_at = i
    if open_at is not None:
        pairs.append((open_at, None, "unclosed"))
    return pairs, dangling


def find_quote_marks(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[QuoteMarks]:
    """Pair quotation marks paragraph by paragraph.

    - any mix of kinds: “…”, "…", “…", „…“, «…», ‘…’, '…'
    - apostrophes (don’t, Russia’s, the players’ union, ’90s) are not marks
    - a quote nested inside another is part of the outer one
    - a quote left open at the end of a paragraph continues in the next
      paragraph when that one opens with a mark ("continues");
      otherwise it runs to the end of its paragraph or to an attribution
      tag inside it ("unclosed")
    - a closing mark with no opener at all, when it is the first mark of the
      paragraph, closes a quote that began at the paragraph start

    >>> [(q.start, q.end, q.note) for q in find_quote_marks('He said "yes" and “no".', [(0, 23)])]
    [(9, 12, ''), (19, 21, '')]
    """
    paras = [(s, e) for s, e in paragraphs]
    result: list[QuoteMarks] = []
    first_char_is_opener = []
    for s, e in paras:
        j = s
        while j < e and text[j].isspace():
            j += 1
        first_char_is_opener.append(j < e and text[j] in (DOUBLE_OPEN + SINGLE_OPEN + "\"'") and _mark_role(text, j, s, e) in "OA")
    for pi, (s, e) in enumerate(paras):
        spans: list[QuoteMarks] = []
        for family in ("double", "single"):
            pairs, dangling = _pair_family(text, s, e, family)
            for o, c, note in pairs:
                if c is not None and c < 0:
                    spans.append(QuoteMarks(o + 1, -c, o, None, pi, family, note))
                    continue
                if c is not None:
                    if c - o - 1 <= 0:
                        continue
                    spans.append(QuoteMarks(o + 1, c, o, c, pi, family, note))
                    continue
                # left open at the end of the paragraph
                if pi + 1 < len(paras) and first_char_is_opener[pi + 1]:
                    end = e
                    spans.append(QuoteMarks(o + 1, end, o, None, pi, family, "continues"))
                    continue
                m = _TAG_AFTER.search(text, o + 1, e)
                end = m.start() + 1 if m else e
                if end - o - 1 >= 2:
                    spans.append(QuoteMarks(o + 1, end, o, None, pi, family, "unclosed"))
            if dangling and family == "double":
                first = dangling[0]
                before = [q for q in spans if q.open is not None and q.open < first]
                if not before and len(text[s:first].split()) >= 2 and text[s] not in ALL_MARKS:
                    spans.append(QuoteMarks(s, first, None, first, pi, family, "no-opening-mark"))
        spans = _drop_nested(spans)
        result.extend(spans)
    return sorted(result, key=lambda q: q.start)


def unbalanced_marks(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[int]:
    """Offsets of double quotation marks that found no partner (for a warning).

    >>> unbalanced_marks('He said “yes and left.', [(0, 22)])
    [8]
    """
    out: list[int] = []
    paras = list(paragraphs)
    for pi, (s, e) in enumerate(paras):
        pairs, dangling = _pair_family(text, s, e, "double")
        out.extend(dangling)
        for o, c, note in pairs:
            if c is not None and c < 0:
                out.append(o)
            elif c is None:
                nxt = paras[pi + 1] if pi + 1 < len(paras) else None
                starts_quote = nxt is not None and text[nxt[0]:nxt[0] + 1] in (DOUBLE_OPEN + '"')
                if not starts_quote:
                    out.append(o)
    return sorted(out)


def _drop_nested(spans: list[QuoteMarks]) -> list[QuoteMarks]:
    spans = sorted(spans, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[QuoteMarks] = []
    for q in spans:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue  # nested inside a quote we already have
        if any(q.start < k.end and k.start < q.end for k in kept):
            # crossing spans: keep the one found first (usually the double marks)
            continue
        kept.append(q)
    # single-mark spans of one character are apostrophe noise ('n')
    return [q for q in kept if q.end - q.start >= 2 or q.family == "double"]
