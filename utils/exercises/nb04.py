"""Answer checks for Notebook 04 (report card)."""
from __future__ import annotations

from collections import Counter
from functools import partial
from typing import TYPE_CHECKING, Any

from ._common import (
    _close,
    _count_answer,
    _feedback,
    _is_placeholder,
    _join,
    _not_a_number_hint,
    _number,
    _placeholder_feedback,
    _texts,
)

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap

    pass

__all__ = [
    "check_people_quoted_directly",
    "check_top_speaker",
    "check_denser_article",
    "check_scare_quotes",
    "people_quoted_directly",
    "top_speakers",
    "author_voice_density",
]


def _quotes_in(quotes: Any) -> list:
    """The quotes of an analysis (anything with a ``quotes`` attribute) or a list of quotes."""
    return list(getattr(quotes, "quotes", quotes) or [])


def _fold04(text: str) -> str:
    """Text compared loosely: spaces squeezed, curly apostrophes made straight, case ignored."""
    return " ".join(str(text).replace("’", "'").split()).casefold()



def _count_hint(answer: Any) -> str:
    """A hint for an answer that should have been one whole number."""
    if _texts(answer) is not None and not isinstance(answer, str):
        return "you gave a list; the exercise asks how many. Count the items with len(...)."
    return _not_a_number_hint(answer)


# --- exercise 04.1: how many people are quoted directly -----------------------


def people_quoted_directly(quotes: Any) -> list[str]:
    """The speakers with at least one direct quote (kind ``direct``), sorted; quotes with no speaker are skipped."""
    return sorted({q.speaker for q in _quotes_in(quotes) if q.kind == "direct" and q.speaker})


def check_people_quoted_directly(answer: Any, quotes: Any) -> bool:
    """Exercise 04.1: how many different speakers have at least one direct quote?

    ``quotes`` is the extractor's list (``a.quotes``) or the analysis itself.
    Each speaker counts once, however many direct quotes they have.
    Counting quotes instead of people, adding the speakers who have only
    partial quotes, or counting every speaker get their own hints.
    """
    n, early = _count_answer(answer, _count_hint)
    if early is not None:
        return early

    found = _quotes_in(quotes)
    people = people_quoted_directly(found)
    right = len(people)
    direct_rows = sum(1 for q in found if q.kind == "direct")
    in_marks = {q.speaker for q in found if q.kind in ("direct", "partial") and q.speaker}
    everyone = {q.speaker for q in found if q.kind != "scare" and q.speaker}
    if n == right:
        if not people:
            return _feedback(True, "Well done: nobody is quoted directly in this article.", "")
        others = len(everyone) - right
        rest = (f"; {others} more {'speaker has' if others == 1 else 'speakers have'} only partial or "
                "paraphrased words" if others else "")
        return _feedback(True, f"Well done: {right} {'person is' if right == 1 else 'people are'} quoted directly "
                               f"({_join(people, quote=False)}){rest}.", "")
    if n == direct_rows:
        hint = (f"{n} is the number of direct quotes, and some people are quoted more than once. Count each "
                "speaker once: .nunique() on the speaker column of the direct rows.")
    elif n == len(in_marks):
        partial_only = sorted(in_marks - set(people))
        hint = (f"{n} also counts {_join(partial_only)}, who {'has' if len(partial_only) == 1 else 'have'} "
                "only partial quotes: fragments inside the author's sentence. Keep the rows whose kind is 'direct'.")
    elif n == len(everyone):
        hint = (f"{n} is every speaker, including those who are only paraphrased. Keep the rows whose kind is "
                "'direct'.")
    elif n == len(found):
        hint = f"{n} is the number of all quotes. Keep the rows whose kind is 'direct', then count the speakers."
    else:
        hint = ("keep the rows of the quotes table whose kind is 'direct', then count the different speakers: "
                "table[table['kind'] == 'direct']['speaker'].nunique().")
    return _feedback(False, "", hint)


# --- exercise 04.2: the speaker with the most words ---------------------------


def top_speakers(quotes: Any) -> list[str]:
    """The speaker(s) with the most words in :func:`utils.quotes.speaker_words` (several when they tie)."""
    from ..quotes import speaker_words

    words = speaker_words(_quotes_in(quotes))
    if words.empty:
        return []
    top = words["total_words"].max()
    return sorted(words.loc[words["total_words"] == top, "speaker"])


def check_top_speaker(answer: Any, quotes: Any) -> bool:
    """Exercise 04.2: which speaker gets the most words (in quotation marks and paraphrased together)?

    The answer is the name as the ``speaker`` column spells it; case and
    extra spaces do not matter. When speakers tie, any of them is right.
    A surname or a pronoun (a mention), the speaker with the most quoted
    words only, or with the most quotes, get their own hints.
    """
    from ..quotes import speaker_words

    found = _quotes_in(quotes)
    words = speaker_words(found)
    if _is_placeholder(answer):
        return _placeholder_feedback()
    if words.empty:
        return _feedback(False, "", "the extractor found no speaker in this article, so no one gets the most "
                                    "words. Try an article with quotes.")
    texts = _texts(answer)
    if texts is not None and len(texts) == 1 and not isinstance(answer, str):
        answer = texts[0]
    if not isinstance(answer, str):
        return _feedback(False, "", "give one name as text in quotes, spelled as in the speaker column, "
                                    "for example 'Ana Ruiz'.")

    given = _fold04(answer)
    by_name = {_fold04(name): row for name, row in zip(words["speaker"], words.itertuples())}
    winners = top_speakers(found)
    total = int(words["total_words"].sum())
    if given in {_fold04(w) for w in winners}:
        row = by_name[given]
        others = words[~words["speaker"].isin(winners)]
        tie = (f", tied with {_join([w for w in winners if _fold04(w) != given], quote=False)}"
               if len(winners) > 1 else "")
        nxt = (f"; next comes {others.iloc[0]['speaker']} with {int(others.iloc[0]['total_words'])}"
               if not others.empty else "")
        return _feedback(True, f"Well done: {row.speaker} gets {int(row.total_words)} of the {total} attributed "
                               f"words ({int(row.direct_words)} in quotation marks, {int(row.indirect_words)} "
                               f"paraphrased){tie}{nxt}.", "")
    if given in by_name:
        row = by_name[given]
        most_marked = words["direct_words"].max()
        most_quotes = words["quotes"].max()
        if row.direct_words == most_marked:
            hint = (f"{row.speaker} has the most words in quotation marks ({int(row.direct_words)}), but the "
                    "exercise counts all their words, quoted and paraphrased: the total_words column.")
        elif row.quotes == most_quotes:
            hint = (f"{row.speaker} has the most quotes ({int(row.quotes)}), but not the most words. Look at the "
                    "total_words column.")
        else:
            hint = (f"{row.speaker} gets {int(row.total_words)} words, and someone gets more. The table from "
                    "speaker_words is sorted by total_words: take the first row.")
        return _feedback(False, "", hint)
    winner_words = {w: set(_fold04(w).split()) for w in winners}
    mentions = {_fold04(q.speaker_mention.text): q.speaker for q in found
                if q.speaker_mention is not None and q.speaker}
    if any(given and set(given.split()) < parts for parts in winner_words.values()):
        hint = (f"{answer.strip()!r} is part of a name. Give the speaker as the speaker column spells it: the "
                "fullest name the article gives.")
    elif given in mentions:
        hint = (f"{answer.strip()!r} is a mention: the words that name the speaker in one place. The speaker "
                "column says who it refers to; give that name.")
    else:
        hint = (f"{answer.strip()!r} is not in the speaker column. Copy one of the names in that column "
                "exactly as it is spelled there.")
    return _feedback(False, "", hint)


# --- exercise 04.3: which article has the higher author-voice density ---------


def _voice_counts(analysis: Any) -> dict:
    """Hits and words in the author's voice and in the speakers' voices, summed over the article.

    ``analysis`` is an :class:`utils.report.Analysis` or a table made by
    :func:`utils.language.density`.
    """
    table = getattr(analysis, "density", analysis)
    if not hasattr(table, "columns") or not {"author_hits", "author_words"} <= set(table.columns):
        raise TypeError("give an analysis from utils.report.analyze (or its density table)")
    keys = [f"{voice}_{what}" for voice in ("author", "quoted", "reported") for what in ("hits", "words")]
    return {key: int(table[key].sum()) if key in table.columns else 0 for key in keys}


def author_voice_density(analysis: Any) -> float:
    """Loaded-language hits per 100 words in the author's own voice, over the whole article, not rounded.

    The same counts as ``analysis.overall['author_per_100w']``, which is
    rounded to two decimal places; 0.0 when the author has no words.
    """
    c = _voice_counts(analysis)
    return 100 * c["author_hits"] / c["author_words"] if c["author_words"] else 0.0


def _speaker_densities(c: dict) -> list[float]:
    """Hits per 100 words in quotation marks, in reported speech, and in both together."""
    out = []
    for hits, words in ((c["quoted_hits"], c["quoted_words"]), (c["reported_hits"], c["reported_words"]),
                        (c["quoted_hits"] + c["reported_hits"], c["quoted_words"] + c["reported_words"])):
        out.append(100 * hits / words if words else 0.0)
    return out


def check_denser_article(which: Any, gap: Any, first: Any, second: Any,
                         names: Any = ("wire", "slanted")) -> bool:
    """Exercise 04.3: which of two articles has the higher author-voice density, and by how much?

    ``first`` and ``second`` are analyses (from :func:`utils.report.analyze`);
    ``names`` are the words the student uses for them. ``which`` is one of
    the names (case ignored; "the slanted one" is understood), ``gap`` the
    difference in hits per 100 author words, a positive number. Gaps within
    0.011 of the exact difference, or of the difference of the rounded
    figures in ``.overall``, are accepted. A negative gap, a ratio, the
    speakers' gap, a difference of raw counts, a gap per word and a lone
    density get their own hints.
    """
    import math

    names = [str(n) for n in names]
    if len(names) != 2:
        raise ValueError("names must give two words, one for each article")
    if _is_placeholder(which) and _is_placeholder(gap):
        return _placeholder_feedback()
    if _is_placeholder(which) or _is_placeholder(gap):
        missing = "the name of the article" if _is_placeholder(which) else "the gap"
        return _feedback(False, "", f"one placeholder ___ is left: replace it with {missing}, then run this "
                                    "cell again.")

    counts = [_voice_counts(first), _voice_counts(second)]
    exact = [author_voice_density(first), author_voice_density(second)]
    shown = [round(d, 2) for d in exact]
    options = " or ".join(repr(n) for n in names)

    if not isinstance(which, str):
        return _feedback(False, "", f"give the article's name as text in quotes: one of {options}.")
    said = [i for i, n in enumerate(names) if _fold04(n) in _fold04(which)]
    if exact[0] == exact[1]:
        if said or _fold04(which) not in ("neither", "same", "equal", "none", "both"):
            return _feedback(False, "", "the two densities are equal here: answer 'neither', with a gap of 0.")
        ok = _number(gap) is not None and abs(_number(gap)) < 0.011
        return _feedback(ok, f"Well done: both articles have {exact[0]:.2f} hits per 100 author words.",
                         "the densities are equal, so the gap is 0.")
    if len(said) != 1:
        return _feedback(False, "", f"name one article: {options}.")

    hi = 0 if exact[0] > exact[1] else 1
    lo = 1 - hi
    right = exact[hi] - exact[lo]
    right_shown = shown[hi] - shown[lo]
    value = _number(gap)
    if value is None:
        if isinstance(gap, str):
            hint = f"your gap is the text {gap!r}; give a number without quotes, for example 3.5."
        elif hasattr(gap, "shape"):
            hint = "your gap is a table or a column, not one number; pick the one value you need."
        else:
            hint = f"your gap is a {type(gap).__name__}; give one number, for example 3.5."
        return _feedback(False, "", hint)
    if not math.isfinite(value):
        return _feedback(False, "", f"your gap is {value}: did you divide by the {names[lo]} article's density, "
                                    f"which is {shown[lo]:.2f}? The exercise asks by how much, a difference: "
                                    "subtract one density from the other.")

    close = partial(_close, tolerance=0.011)

    gap_ok = close(value, right) or close(value, right_shown)
    if said[0] != hi:
        if gap_ok:
            return _feedback(False, "", "your gap is right, but the name is not: compare the two "
                                        "author_per_100w figures again and name the article with the higher one.")
        return _feedback(False, "", "compare author_per_100w in the two analyses' .overall: which one is higher? "
                                    "Name that article.")
    if gap_ok:
        ch, cl = counts[hi], counts[lo]
        return _feedback(True, f"Well done: the {names[hi]} article has {ch['author_hits']} loaded "
                               f"{'hit' if ch['author_hits'] == 1 else 'hits'} in {ch['author_words']} words of the "
                               f"author's own voice ({exact[hi]:.2f} per 100 words), the {names[lo]} article "
                               f"{cl['author_hits']} in {cl['author_words']} ({exact[lo]:.2f}): a gap of "
                               f"{right:.2f} per 100 words.", "")

    speakers = [_speaker_densities(c) for c in counts]
    speaker_gaps = [abs(x - y) for x, y in zip(*speakers)]
    if close(value, -right) or close(value, -right_shown):
        hint = "your gap is negative: subtract the lower density from the higher one."
    elif exact[lo] and close(value, exact[hi] / exact[lo]):
        hint = (f"{value:g} is how many times as dense the {names[hi]} article is. The exercise asks by how much: "
                "a difference in hits per 100 words.")
    elif any(close(abs(value), g) or close(abs(value), round(g, 2)) for g in speaker_gaps):
        hint = (f"{value:g} is a gap in the speakers' voices (in quotation marks or in reported speech). Use the "
                "author's figures: author_per_100w.")
    elif value.is_integer() and int(abs(value)) == abs(counts[hi]["author_hits"] - counts[lo]["author_hits"]):
        hint = ("that is the difference in the number of hits. The articles have different numbers of words, so "
                "compare hits per 100 words: author_per_100w.")
    elif right and close(value * 100, right):
        hint = f"{value:g} is per word; the densities are per 100 words, so multiply by 100."
    elif exact[lo] and (close(value, exact[hi]) or close(value, shown[hi])):
        hint = (f"{value:g} is the {names[hi]} article's density alone. Subtract the {names[lo]} article's "
                "density from it.")
    else:
        hint = (f"subtract the two figures: the {names[hi]} article's author_per_100w minus the {names[lo]} "
                "article's.")
    return _feedback(False, "", hint)


# --- exercise 04.4: scare quotes -------------------------------------------------


def check_scare_quotes(answer: Any, quotes: Any) -> bool:
    """Exercise 04.4: how many scare quotes does the extractor find (quotes of kind ``scare``)?

    ``quotes`` is the extractor's list or an analysis. Counting the partial
    quotes (fragments with a speaker), every pair of quotation marks, or
    every quote get their own hints.
    """
    n, early = _count_answer(answer, _count_hint)
    if early is not None:
        return early

    found = _quotes_in(quotes)
    kinds = Counter(q.kind for q in found)
    right = kinds["scare"]
    if n == right:
        scares = [q for q in found if q.kind == "scare"]
        listed = ", ".join(f"“{q.text}” (paragraph {q.paragraph})" for q in scares)
        partial = [q for q in found if q.kind == "partial"]
        others = ("; the other quoted fragments have a speaker: "
                  + ", ".join(f"“{q.text}” ({q.speaker})" for q in partial) if partial else "")
        what = f": {listed}" if scares else ""
        return _feedback(True, f"Well done: {right} scare {'quote' if right == 1 else 'quotes'}{what}{others}.", "")
    marked = kinds["direct"] + kinds["partial"] + kinds["scare"]
    if n == kinds["partial"]:
        hint = ("those are the partial quotes: fragments in quotation marks that the text gives to a speaker (see "
                "the speaker column). A scare quote has no speaker at all.")
    elif n == kinds["partial"] + kinds["scare"]:
        hint = ("that adds the partial quotes, which have a speaker. Count only the rows whose kind is 'scare'.")
    elif n == marked:
        hint = ("that counts every pair of quotation marks, direct quotes included. Count only the rows whose kind "
                "is 'scare'.")
    elif n == len(found):
        hint = "that is every quote, paraphrases included. Count only the rows whose kind is 'scare'."
    else:
        hint = ("count the rows of the article's quotes table whose kind is 'scare': "
                "(quotes_frame(quotes)['kind'] == 'scare').sum().")
    return _feedback(False, "", hint)
