"""Answer checks for Notebook 02 (quote attribution)."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ._common import PLACEHOLDER_HINT, _close, _feedback, _is_placeholder, _join, _placeholder_feedback, _texts

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc

    from ..article import Article

__all__ = [
    "check_quote_pattern",
    "check_speaker_by_hand",
    "check_only_paraphrased",
    "check_recall_without_cue",
    "check_cues_restored",
    "pattern_spans",
    "only_paraphrased",
]

# the quotation marks a student's pattern may leave at the edges of what it captures
_EDGE_MARKS = "\"'“”„«»‘’‚‹›"
# the two naive patterns notebook 02 starts from
_NAIVE_PATTERNS = {r'"([^"]*)"': "straight", r"“([^”]*)”": "curly"}


def _fold(name: str) -> str:
    """A name for lenient comparison: ``normalise_speaker`` plus accents dropped ("Maïga" ~ "Maiga")."""
    import unicodedata

    from ..evaluate import normalise_speaker

    norm = normalise_speaker(name) or ""
    return "".join(ch for ch in unicodedata.normalize("NFKD", norm) if not unicodedata.combining(ch))


def _preview(text: str, width: int = 40) -> str:
    """The start of ``text`` on one line, with … when it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _pattern_matches(pattern: Any, text: str) -> list[tuple[int, int, int, int]]:
    """``(match start, match end, content start, content end)`` for every match of ``pattern`` in ``text``.

    The content is group 1 when the pattern has a group, otherwise the whole
    match, with quotation marks at either end trimmed off. Matches whose
    content is empty are dropped.
    """
    import re

    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    out = []
    for m in compiled.finditer(text):
        start, end = m.span(1) if compiled.groups and m.span(1) != (-1, -1) else m.span()
        while start < end and text[start] in _EDGE_MARKS:
            start += 1
        while end > start and text[end - 1] in _EDGE_MARKS:
            end -= 1
        if end > start:
            out.append((m.start(), m.end(), start, end))
    return out


def pattern_spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    """Character spans of what a regular expression captures in ``text``, in order.

    For each match the span of group 1 is used when the pattern has a group,
    otherwise the whole match; quotation marks at either end of the span are
    trimmed off, so ``r'"[^"]*"'`` and ``r'"([^"]*)"'`` give the same spans.
    Empty spans are dropped. ``pattern`` is a string or a compiled pattern.

    >>> pattern_spans(r'"([^"]*)"', 'He said "yes" and "no".')
    [(9, 12), (19, 21)]
    """
    return [(start, end) for _ms, _me, start, end in _pattern_matches(pattern, text)]


def _in_word_apostrophe(text: str, at: int) -> bool:
    """True when ``text[at]`` is an apostrophe between two letters or digits (don’t, Moscow’s)."""
    return 0 < at < len(text) - 1 and text[at] in "’'" and text[at - 1].isalnum() and text[at + 1].isalnum()


def _paragraph_number(article: Article, offset: int) -> int:
    """The paragraph an offset falls in, or the last paragraph that starts before it (for line breaks)."""
    return max(sum(1 for p in article.paragraphs if p.start <= offset) - 1, 0)


def check_quote_pattern(answer: Any, article: Article) -> bool:
    """Exercise 02.1: a regular expression that finds every quotation in ``article``.

    The pattern is run on ``article.text`` with :func:`pattern_spans` and its
    spans are compared with those of :func:`utils.quotes.find_quote_marks`,
    which is the reference: the answer is right when both find exactly the
    same quotations. Hints name the first quotation that is missed or wrongly
    found, and recognise the usual slips (only one kind of mark, a match that
    runs over a line break, an apostrophe taken for a closing mark).
    """
    import re

    from ..quote_marks import find_quote_marks

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if not isinstance(answer, (str, re.Pattern)):
        return _feedback(False, "", "give the pattern as text, for example r'\"([^\"]*)\"' (the r before the "
                                    "quotes keeps backslashes as they are).")
    try:
        compiled = answer if isinstance(answer, re.Pattern) else re.compile(answer)
    except re.error as exc:
        return _feedback(False, "", f"Python cannot read this pattern ({exc}). Check that every [ has its ] "
                                    "and every ( has its ).")

    text = article.text
    expected = [(q.start, q.end) for q in find_quote_marks(text, [(p.start, p.end) for p in article.paragraphs])]
    try:
        matches = _pattern_matches(compiled, text)
    except TypeError:  # a pattern compiled from bytes cannot search text
        return _feedback(False, "", "give the pattern as text, for example r'\"([^\"]*)\"', not as bytes.")
    found = [(start, end) for _ms, _me, start, end in matches]
    if sorted(set(found)) == sorted(set(expected)):
        return _feedback(True, f"Well done: your pattern finds the same {len(expected)} quotations as "
                               "find_quote_marks, whatever mix of straight and curly marks they use.", "")

    naive = _NAIVE_PATTERNS.get(compiled.pattern)
    if naive is not None:
        return _feedback(False, "", f"this is the {naive}-marks pattern from section 3, unchanged. Let the "
                                    "opening mark be \" or “ and the closing mark \" or ”, with a character "
                                    "class such as [\"“], and keep all of them out of the middle.")
    if not found:
        return _feedback(False, "", "your pattern finds nothing in the article. Try it on one paragraph "
                                    "first: re.findall(my_pattern, article.paragraphs[5].text).")

    expected_set, found_set = set(expected), set(found)
    right = len(expected_set & found_set)
    head = f"your pattern finds {right} of the {len(expected_set)} quotations"
    extra_matches = [m for m in matches if (m[2], m[3]) not in expected_set]
    extra = [(start, end) for _ms, _me, start, end in extra_matches]
    missed = [s for s in expected if s not in found_set]

    # an apostrophe inside a word (don’t, Moscow’s) that the pattern used as a quotation mark
    for m_start, m_end, start, end in extra_matches:
        for at in (start - 1, end):
            if m_start <= at < m_end and _in_word_apostrophe(text, at):
                left = text[:at].split()[-1] if text[:at].split() else ""
                right_part = text[at + 1:].split()[0] if text[at + 1:].split() else ""
                word = (left + text[at] + right_part).strip(_EDGE_MARKS + ",.;:")
                return _feedback(False, "", f"{head}, but it takes the apostrophe in '{word}' (paragraph "
                                            f"{_paragraph_number(article, at)}) for a quotation mark. Between two "
                                            "letters, ’ is an apostrophe: leave it out of your pattern.")
    crossing = [(m_start, m_end) for m_start, m_end, start, end in extra_matches if "\n" in text[start:end]]
    if crossing:
        m_start, m_end = crossing[0]
        return _feedback(False, "", f"{head}, but one match runs from paragraph {_paragraph_number(article, m_start)} "
                                    f"to paragraph {_paragraph_number(article, m_end - 1)}, across line breaks. A "
                                    "quotation here never crosses a line break: keep the closing marks (and "
                                    "\\n) out of the middle of the pattern.")
    problems = []
    if missed:
        s, e = missed[0]
        problems.append(f"it misses the one in paragraph {_paragraph_number(article, s)} that starts "
                        f"'{_preview(text[s:e])}'")
    if extra:
        s, e = extra[0]
        problems.append(f"it also finds '{_preview(text[s:e])}' in paragraph {_paragraph_number(article, s)}, "
                        "which find_quote_marks does not")
    if not problems:  # the same spans found more than once
        problems.append("some quotations are found twice")
    return _feedback(False, "", f"{head}; " + "; ".join(problems) + ". Print what it finds: "
                                "re.findall(my_pattern, article.text).")


def _gold_in_paragraph(gold: list[dict], paragraph: int) -> list[dict]:
    return [g for g in gold if g.get("paragraph") == paragraph and g.get("speaker")]


def check_speaker_by_hand(answer: Any, gold: list[dict], paragraph: int = 6) -> bool:
    """Exercise 02.2: the canonical speaker of the quote(s) in one paragraph, by hand.

    ``gold`` is the list of gold quotes (the second item :func:`utils.evaluate.load_gold`
    returns). The right answer is the gold ``speaker`` of the quotes in
    ``paragraph``; names are compared like the scorer does (case, articles
    and titles ignored), and accents are ignored too. The paragraph must have
    quotes by exactly one speaker.
    """
    in_paragraph = _gold_in_paragraph(gold, paragraph)
    speakers = sorted({g["speaker"] for g in in_paragraph})
    if len(speakers) != 1:
        raise ValueError(f"paragraph {paragraph} has quotes by {len(speakers)} speakers in the gold; "
                         "choose a paragraph with exactly one")
    expected = speakers[0]
    mention = next((g["speaker_mention"]["text"] for g in in_paragraph if g.get("speaker_mention")), expected)

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if not isinstance(answer, str) or not answer.strip():
        return _feedback(False, "", "give the speaker's name as text in quotes, for example 'Ana Ruiz'.")

    given = _fold(answer)
    want = _fold(expected)
    # where the full name itself is the mention: the paragraph to point students to
    named_at = sorted(g["paragraph"] for g in gold if g.get("speaker") == expected and g.get("speaker_mention")
                      and _fold(g["speaker_mention"]["text"]) == want)
    if given == want:
        where = f", first named in paragraph {named_at[0]}" if named_at and named_at[0] != paragraph else ""
        return _feedback(True, f"Well done: '{mention}' in paragraph {paragraph} is {expected}{where}. "
                               "That is the gold answer too.", "")

    from ..speakers import PRONOUNS

    look = f"look in paragraph {named_at[0]}" if named_at else "look in the paragraphs before it"
    if answer.strip().lower() in PRONOUNS:
        hint = (f"'{answer.strip()}' is how the article refers to the speaker here: the mention. The gold "
                f"speaker is the person it points to, by the fullest name the article gives ({look}).")
    elif given and set(given.split()) < set(want.split()):
        hint = (f"'{answer.strip()}' is the right person, but the guidelines ask for the fullest name the "
                f"article gives anywhere; {look}.")
    elif given and want in given:
        hint = "you have the name, and some extra words as well: give the name only, without a description."
    else:
        others = {}
        for g in gold:
            if g.get("speaker") and _fold(g["speaker"]) == given:
                others.setdefault(g["speaker"], set()).add(g["paragraph"])
        media = {_fold(g["medium"]) for g in gold if g.get("medium")}
        if others:
            name, paras = next(iter(others.items()))
            hint = (f"{name} speaks in paragraph {_join([str(p) for p in sorted(paras)], quote=False)}, not in "
                    f"paragraph {paragraph}. Read paragraph {paragraph} and the one before it: whom does "
                    f"'{mention}' refer to?")
        elif given in media:
            hint = (f"'{answer.strip()}' is a medium: the outlet the words were given to, not the person who "
                    "spoke them.")
        else:
            hint = (f"that is not the speaker in the gold annotation. Read paragraph {paragraph} and the one "
                    f"before it: whom does '{mention}' refer to?")
    return _feedback(False, "", hint)


def only_paraphrased(quotes: list) -> list[str]:
    """Speakers whose every quote in ``quotes`` is indirect (none in quotation marks), sorted."""
    kinds: dict[str, set[str]] = {}
    for q in quotes:
        q = q if isinstance(q, dict) else q.to_dict()
        if q.get("speaker") and q["kind"] != "scare":
            kinds.setdefault(q["speaker"], set()).add(q["kind"])
    return sorted(s for s, k in kinds.items() if k == {"indirect"})


def check_only_paraphrased(answer: Any, quotes: list) -> bool:
    """Exercise 02.3: which speakers does the text only paraphrase, never quoting their words?

    ``quotes`` is what :func:`utils.quotes.extract_quotes` returned. The answer
    is a list of speaker names as the ``speaker`` column writes them (order,
    case and accents do not matter). Hints say which speakers also have words
    in quotation marks, and which names are not speakers at all.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    if isinstance(answer, str):
        return _feedback(False, "", f"put the names in a list, like [{answer.strip()!r}], even if there is only one.")
    texts = _texts(answer)
    if texts is None:
        return _feedback(False, "", "give a list of speaker names (strings), like ['Ana Ruiz', 'Tomas Berg'].")

    expected = only_paraphrased(quotes)
    want = {_fold(s): s for s in expected}
    given = {_fold(t): t for t in texts if t}
    if set(given) == set(want):
        if not expected:
            return _feedback(True, "Well done: every speaker here has at least some words in quotation marks.", "")
        return _feedback(True, f"Well done: {_join(expected)} appear only in paraphrase; every other speaker "
                               "has at least some words in quotation marks.", "")

    records = [q if isinstance(q, dict) else q.to_dict() for q in quotes]
    speakers = {_fold(q["speaker"]): q["speaker"] for q in records if q.get("speaker") and q["kind"] != "scare"}
    problems = []
    for key in sorted(set(given) - set(want)):
        text = given[key]
        if key in speakers:
            quoted = next(q for q in records if q.get("speaker") and _fold(q["speaker"]) == key
                          and q["kind"] in ("direct", "partial"))
            problems.append(f"'{text}' also has words in quotation marks (a {quoted['kind']} quote in "
                            f"paragraph {quoted['paragraph']})")
        else:
            longer = [s for k, s in sorted(speakers.items()) if key and set(key.split()) < set(k.split())]
            if longer:
                problems.append(f"'{text}' is written '{longer[0]}' in the speaker column")
            else:
                problems.append(f"'{text}' is not a speaker in the quotes table (copy names from the speaker column)")
    found = len(set(given) & set(want))
    if found < len(want):
        problems.append(f"you have {found} of the {len(want)} speakers; look for speakers whose rows are "
                        "all 'indirect'")
    return _feedback(False, "", "; ".join(problems) + ".")


def _cue_set(removed: Any) -> set[str]:
    """``removed`` (one lemma or several) as a set of lower-case lemmas."""
    if isinstance(removed, str):
        return {removed.strip().lower()}
    return {str(r).strip().lower() for r in removed}


def _scores_without(doc: Doc, gold: list[dict], removed: set[str]) -> tuple[dict, dict]:
    """(score with the full lexicon, score with ``removed`` taken out of it)."""
    from ..evaluate import score
    from ..quotes import cue_lemmas, extract_quotes

    full = score([q.to_dict() for q in extract_quotes(doc)], gold)
    fewer = score([q.to_dict() for q in extract_quotes(doc, cues=cue_lemmas() - removed)], gold)
    return full, fewer


def check_recall_without_cue(answer: Any, doc: Doc, gold: list[dict], removed: Any = "deny") -> bool:
    """Exercise 02.4: recall of indirect quotes once a cue verb is taken out of the lexicon.

    The right answer is ``score(...)["indirect"]["recall"]`` for the quotes
    :func:`utils.quotes.extract_quotes` finds in ``doc`` with
    ``cues=cue_lemmas() - removed``, scored against ``gold``. A number
    between 0 and 1 is expected; other numbers from the same score (recall
    before the change, precision, F1, other families, counts) get their own hint.
    """
    close = partial(_close, tolerance=0.001)
    if _is_placeholder(answer):
        return _placeholder_feedback()
    if isinstance(answer, dict):
        return _feedback(False, "", "that is a whole score table; take one number out of it: "
                                    "the recall of the 'indirect' family, s['indirect']['recall'].")
    from numbers import Real

    if isinstance(answer, bool) or not isinstance(answer, Real):
        if isinstance(answer, str):
            hint = f"your answer is the text {answer!r}; give a number without quotes, for example 0.5."
        elif isinstance(answer, bool):
            hint = "your answer is True or False; give the recall itself, a number between 0 and 1."
        elif hasattr(answer, "shape"):
            hint = "your answer is a table or a column; give one number between 0 and 1."
        else:
            hint = f"your answer is a {type(answer).__name__}; give one number between 0 and 1."
        return _feedback(False, "", hint)
    value = float(answer)

    lemmas = _cue_set(removed)
    full, fewer = _scores_without(doc, gold, lemmas)
    right = fewer["indirect"]["recall"]
    words = _join(sorted(lemmas))
    if close(value, right):
        before = full["indirect"]["recall"]
        if close(before, right):
            change = f"indirect recall stays at {right:g}: no indirect quote in the gold depends on {words} alone"
        else:
            lost = full["indirect"]["tp"] - fewer["indirect"]["tp"]
            change = (f"indirect recall falls from {before:g} to {right:g}: the extractor misses {lost} of the "
                      f"{fewer['indirect']['tp'] + fewer['indirect']['fn']} indirect quotes in the gold")
        return _feedback(True, f"Well done: without {words}, {change}. Now look at what else changed.", "")

    if 1 < value <= 100 and close(value / 100, right):
        hint = f"give recall as a share between 0 and 1 ({right:g} rather than {value:g})."
    elif close(value, full["indirect"]["recall"]):
        hint = (f"{value:g} is the indirect recall with the full lexicon, before you took {words} out. Did you "
                "pass cues=fewer_cues to extract_quotes, and score those new quotes?")
    elif close(value, fewer["indirect"]["precision"]):
        hint = (f"{value:g} is the precision of the indirect quotes. Recall is the share of the gold quotes "
                "that were found: s['indirect']['recall'].")
    elif close(value, fewer["indirect"]["f1"]):
        hint = f"{value:g} is the F1 score, which mixes precision and recall. Take s['indirect']['recall']."
    elif any(close(value, fewer[fam]["recall"]) for fam in ("quoted", "all")):
        fam = next(f for f in ("quoted", "all") if close(value, fewer[f]["recall"]))
        hint = (f"{value:g} is the recall of the '{fam}' family. This exercise is about indirect quotes: "
                "s['indirect']['recall'].")
    elif value.is_integer() and int(value) in (fewer["indirect"]["tp"], fewer["indirect"]["fn"]):
        hint = ("that is a count of quotes. Recall is a share: the quotes found divided by the quotes in "
                "the gold, tp / (tp + fn).")
    else:
        hint = ("compute the quotes with extract_quotes(doc, cues=fewer_cues), score them against gold with "
                "score(...), and read s['indirect']['recall'].")
    return _feedback(False, "", hint)


def check_cues_restored(answer: Any, removed: Any = "deny") -> bool:
    """Exercise 02.4, second part: the lexicon with the removed verb put back.

    Right when ``answer`` holds exactly the lemmas of
    :func:`utils.quotes.cue_lemmas` (a set, or any list-like of strings).
    """
    from ..quotes import cue_lemmas

    lemmas = _cue_set(removed)
    back = "fewer_cues | {" + ", ".join(f'"{w}"' for w in sorted(lemmas)) + "}"
    if _is_placeholder(answer):
        # set.add() changes a set in place and gives back None, so `cues_back = s.add(...)` lands here too
        return _feedback(False, "", f"{PLACEHOLDER_HINT} Note: fewer_cues is a frozenset, a set that cannot "
                                    f"be changed, so .add() does not work on it; make a new set with {back}.")
    if isinstance(answer, str):
        return _feedback(False, "", f"give a set of lemmas, not one word: {back} makes a new set from fewer_cues "
                                    "with the verb added back.")
    texts = _texts(answer)
    if texts is None:
        return _feedback(False, "", f"give a set of lemmas (strings): {back} joins fewer_cues and a set with the "
                                    "verb in it.")

    lexicon = set(cue_lemmas())
    given = set(texts)
    if given == lexicon:
        return _feedback(True, f"Well done: all {len(lexicon)} lemmas are back, {_join(sorted(lemmas))} "
                               "included. cue_lemmas() itself never changed: - and | make new sets.", "")
    still_out = sorted(lemmas & lexicon - given)
    missing = sorted(lexicon - given - lemmas)
    extra = sorted(given - lexicon)
    problems = []
    if still_out:
        problems.append(f"{_join(still_out)} {'is' if len(still_out) == 1 else 'are'} still missing: add "
                        f"{'it' if len(still_out) == 1 else 'them'} back with {back} (fewer_cues is a frozenset, "
                        "which cannot be changed, so | makes a new set)")
    if missing:
        problems.append(f"{len(missing)} other lemmas of the lexicon are missing, for example '{missing[0]}': "
                        f"start from fewer_cues, as in {back}")
    if extra:
        problems.append(f"your set has lemmas the lexicon does not: {_join(extra[:3])}")
    return _feedback(False, "", "; ".join(problems) + ".")
