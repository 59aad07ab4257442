"""Answer checks for the exercises in the notebooks.

Every exercise in the pack follows the same three steps: a task in
markdown, a cell where the student writes ``answer = ___``, and a check
cell that calls one function from this module. A check function

- works out the right answer from the article or ``Doc`` it is given
  (nothing is hard-coded, so the checks stay right if the text or the
  model changes),
- prints exactly one line, starting with ``✅`` when the answer is right
  or ``❌ Not yet:`` followed by a hint when it is not,
- returns ``True`` or ``False``, so tests can use it too,
- never raises on a strange answer (a string, a list, ``None``...): a
  student should always get a hint, not a traceback.

The module has one section per notebook. Later notebooks add their own
section at the end, using the shared helpers from the first section.

>>> _feedback(True, "Well done: that is right.", "unused")
✅ Well done: that is right.
True
>>> check_most_frequent_label(None, None)
❌ Not yet: replace the placeholder ___ with your answer, then run this cell again.
False
"""
from __future__ import annotations

from collections import Counter
from numbers import Integral
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc

    from .article import Article

__all__ = [
    "check_body_paragraphs",
    "check_sentences_in_paragraph",
    "check_most_frequent_label",
    "check_person_also_place",
    "person_place_texts",
]


# ==========================================================================
# Shared helpers (used by every notebook's checks)
# ==========================================================================

PLACEHOLDER_HINT = "replace the placeholder ___ with your answer, then run this cell again."


def _feedback(ok: bool, praise: str, hint: str) -> bool:
    """Print one line of feedback and return ``ok``.

    ``praise`` is printed after ``✅`` when ``ok`` is true; otherwise
    ``hint`` is printed after ``❌ Not yet:``.
    """
    if ok:
        print(f"✅ {praise}")
    else:
        print(f"❌ Not yet: {hint}")
    return bool(ok)


def _is_placeholder(answer: Any) -> bool:
    """True for an exercise cell the student has not filled in yet.

    The notebooks define ``___ = None``, so an untouched ``answer = ___``
    arrives here as ``None``; ``...`` is accepted as a placeholder too.
    """
    return answer is None or answer is Ellipsis


def _placeholder_feedback() -> bool:
    """The message for an answer that is still the placeholder."""
    return _feedback(False, "", PLACEHOLDER_HINT)


def _as_whole_number(answer: Any) -> int | None:
    """``answer`` as an ``int`` if it is a whole number, else ``None``.

    Accepts Python and NumPy integers (what ``len()`` and ``.sum()``
    return) and floats such as ``18.0``; refuses ``True``/``False``,
    strings and everything else.
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, Integral):
        return int(answer)
    if isinstance(answer, float) and answer.is_integer():
        return int(answer)
    return None


def _number(answer: Any) -> float | None:
    """``answer`` as a float if it is one real number (not True/False), else ``None``."""
    from numbers import Real

    if isinstance(answer, bool) or not isinstance(answer, Real):
        return None
    return float(answer)


def _not_a_number_hint(answer: Any) -> str:
    """A hint for an answer that should have been a whole number."""
    if isinstance(answer, str):
        return f"your answer is the text {answer!r}; give a number without quotes, for example 7."
    if isinstance(answer, bool):
        return "your answer is True or False; give the count itself, for example 7."
    if hasattr(answer, "shape"):  # a pandas table or Series, a NumPy array
        return ("your answer is a table or a column, not one number; "
                "count its rows with len(...) or add up True values with .sum().")
    return f"your answer is a {type(answer).__name__}; give one whole number, for example 7."


def _texts(answer: Any) -> list[str] | None:
    """The strings in a list-like answer (list, tuple, set, Series), or ``None``."""
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__"):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    if not all(isinstance(item, str) for item in items):
        return None
    return [item.strip() for item in items]


def _join(words: list[str], quote: bool = True) -> str:
    """``['a', 'b', 'c']`` -> ``"'a', 'b' and 'c'"`` (or ``'a, b and c'`` with ``quote=False``)."""
    quoted = [f"'{w}'" if quote else w for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _paragraph_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The ``(start, end, role)`` paragraph spans that :func:`utils.parse` stores."""
    spans = doc.user_data.get("paragraphs")
    if spans is None:
        raise ValueError("this Doc has no paragraphs: make it with utils.parse(article)")
    return spans


# ==========================================================================
# Notebook 00: start here
# ==========================================================================


def check_body_paragraphs(answer: Any, article: Article) -> bool:
    """Exercise 00.1: how many paragraphs of ``article`` have the role ``body``?

    The right answer is counted from ``article.paragraphs``. Common slips
    (counting every paragraph, counting the other roles) get their own hint.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _not_a_number_hint(answer))

    roles = [p.role for p in article.paragraphs]
    total = len(roles)
    right = roles.count("body")
    others = sorted(set(roles) - {"body"})
    if n == right:
        if others:
            rest = f"the other {total - right} are {_join(others, quote=False)} lines"
        else:
            rest = "every paragraph is body text"
        return _feedback(True, f"Well done: {right} of the {total} paragraphs are body text; {rest}.", "")
    if n == total:
        hint = (f"{n} is every paragraph. Did you count only the rows whose role is 'body'? "
                "Captions, credits and subheadings are not body text.")
    elif n == total - right:
        hint = f"{n} is the number of paragraphs that are NOT body text. Count the rows whose role is 'body'."
    else:
        hint = ("did you count the rows of the roles table whose role is exactly 'body'? "
                "Try (paras['role'] == 'body').sum().")
    return _feedback(False, "", hint)


def _sentences_per_paragraph(doc: Doc) -> list[int]:
    """How many sentences start in each paragraph (blank 'sentences' are skipped)."""
    spans = _paragraph_spans(doc)
    counts = [0] * len(spans)
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        start = next((t.idx for t in sent if not t.is_space), sent.start_char)
        for i, (s, e, _role) in enumerate(spans):
            if s <= start < e:
                counts[i] += 1
                break
    return counts


def check_sentences_in_paragraph(answer: Any, doc: Doc, paragraph: int = 1) -> bool:
    """Exercise 00.2: how many sentences does spaCy find in one paragraph?

    ``doc`` must come from :func:`utils.parse`, which keeps the paragraph
    spans. A sentence belongs to the paragraph it starts in; sentences made
    only of whitespace are not counted.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _not_a_number_hint(answer))

    per_paragraph = _sentences_per_paragraph(doc)
    if not 0 <= paragraph < len(per_paragraph):
        raise ValueError(f"paragraph must be between 0 and {len(per_paragraph) - 1}, not {paragraph}")
    right = per_paragraph[paragraph]
    if n == right:
        return _feedback(True, f"Well done: spaCy splits paragraph {paragraph} into {right} sentences.", "")
    total = sum(per_paragraph)
    neighbours = [i for i in (paragraph - 1, paragraph + 1)
                  if 0 <= i < len(per_paragraph) and per_paragraph[i] == n]
    if n == total:
        hint = (f"{n} is the number of sentences in the whole article. "
                f"Keep only the sentences that start inside paragraph {paragraph}.")
    elif neighbours:
        hint = (f"{n} is the count for paragraph {neighbours[0]}. Python counts from 0, "
                f"so paragraph {paragraph} is the paragraph in row {paragraph} of the roles table.")
    else:
        hint = (f"did you count the sentences whose start_char is between the start and end "
                f"of paragraph {paragraph}? Print them to see where spaCy splits.")
    return _feedback(False, "", hint)


def check_most_frequent_label(answer: Any, doc: Doc) -> bool:
    """Exercise 00.3: which entity label does the model use most often in ``doc``?

    The answer is a label such as ``'DATE'`` (case is ignored). When labels
    tie for first place, any of them is accepted.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    if not isinstance(answer, str):
        return _feedback(False, "", f"give the label as text in quotes, for example 'DATE'; "
                                    f"{answer!r} is not text.")

    counts = Counter(ent.label_ for ent in doc.ents)
    if not counts:
        return _feedback(False, "", "the model found no entities in this text, so no label is most frequent.")
    given = answer.strip().upper()
    top = max(counts.values())
    winners = sorted(label for label, n in counts.items() if n == top)
    if given in winners:
        runners = sorted(((n, label) for label, n in counts.items() if n < top), key=lambda x: (-x[0], x[1]))
        tail = f"; next comes {runners[0][1]} with {runners[0][0]}" if runners else ""
        return _feedback(True, f"Well done: {given} is the most frequent label "
                               f"({top} of {sum(counts.values())} entities{tail}).", "")
    if given in counts:
        hint = (f"{given} appears {counts[given]} times, but another label appears more often. "
                "Sort the counts: ents['label'].value_counts().")
    elif given in {ent.text.strip().upper() for ent in doc.ents}:
        hint = (f"{answer.strip()!r} is the text of an entity, not a label. Labels are the short codes "
                "in the 'label' column, such as DATE.")
    else:
        hint = (f"{answer.strip()!r} is not a label the model used here. "
                f"The labels it used are: {', '.join(sorted(counts))}.")
    return _feedback(False, "", hint)


PLACE_LABELS = ("GPE", "LOC")


def person_place_texts(doc: Doc) -> list[str]:
    """Entity texts labelled PERSON somewhere in ``doc`` and GPE or LOC somewhere else, sorted."""
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    places = {ent.text for ent in doc.ents if ent.label_ in PLACE_LABELS}
    return sorted(persons & places)


def check_person_also_place(answer: Any, doc: Doc) -> bool:
    """Exercise 00.4: which texts does the model call a PERSON in one place and a place in another?

    The answer is a list (or set, tuple, Series) of entity texts; order and
    repeats do not matter, capitals do. "A place" means the labels GPE or
    LOC. Texts the model only ever calls PERSON (even if a reader knows
    they are places) are not part of this answer, and the hint says so.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    entity_texts = {ent.text for ent in doc.ents}
    if isinstance(answer, str):
        if ("," in answer or ";" in answer) and answer.strip() not in entity_texts:
            return _feedback(False, "", "your answer is one string with several texts in it. Give each text as a "
                                        'string of its own, in a list: ["A", "B"], not ["A, B"].')
        return _feedback(False, "", f"put the texts in a list, like [{answer.strip()!r}], even if there is only one.")
    texts = _texts(answer)
    if texts is None:
        return _feedback(False, "", "give a list of entity texts (strings), like ['Paris', 'Rome'].")
    if len(texts) == 1 and ("," in texts[0] or ";" in texts[0]) and texts[0] not in entity_texts:
        return _feedback(False, "", "your list holds one string with several texts in it. Give each text as a "
                                    'string of its own: ["A", "B"], not ["A, B"].')

    expected = set(person_place_texts(doc))
    given = set(texts)
    if given == expected:
        if not expected:
            return _feedback(True, "Well done: in this text no entity is labelled both PERSON and a place.", "")
        return _feedback(True, f"Well done: the model calls {_join(sorted(expected))} a PERSON in some "
                               "sentences and a place (GPE or LOC) in others, so it contradicts itself.", "")

    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    all_texts = {ent.text for ent in doc.ents}
    lowered = {t.lower(): t for t in sorted(all_texts)}
    problems = []
    for text in sorted(given - expected):
        if text not in all_texts:
            if text.lower() in lowered:
                problems.append(f"{text!r} is spelled {lowered[text.lower()]!r} in the entity table")
            else:
                problems.append(f"{text!r} is not an entity in this text (check the spelling)")
        elif text not in persons:
            problems.append(f"{text!r} is never labelled PERSON here")
        else:
            problems.append(f"{text!r} is labelled PERSON but never GPE or LOC here: a good catch by eye, "
                            "but this exercise asks where the model's own labels disagree")
    # a text that was only mis-capitalised has had its hint above
    missing = expected - {lowered.get(text.lower(), text) for text in given}
    if missing:
        problems.append(f"you have {len(expected) - len(missing)} of the {len(expected)} texts; look for texts that "
                        "appear both in the PERSON rows and in the GPE or LOC rows")
    return _feedback(False, "", "; ".join(problems) + ".")


# ==========================================================================
# Notebook 02: quote attribution
# ==========================================================================

__all__ += [
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

    from .evaluate import normalise_speaker

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

    from .quote_marks import find_quote_marks

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

    from .speakers import PRONOUNS

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
    from .evaluate import score
    from .quotes import cue_lemmas, extract_quotes

    full = score([q.to_dict() for q in extract_quotes(doc)], gold)
    fewer = score([q.to_dict() for q in extract_quotes(doc, cues=cue_lemmas() - removed)], gold)
    return full, fewer


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.001


def check_recall_without_cue(answer: Any, doc: Doc, gold: list[dict], removed: Any = "deny") -> bool:
    """Exercise 02.4: recall of indirect quotes once a cue verb is taken out of the lexicon.

    The right answer is ``score(...)["indirect"]["recall"]`` for the quotes
    :func:`utils.quotes.extract_quotes` finds in ``doc`` with
    ``cues=cue_lemmas() - removed``, scored against ``gold``. A number
    between 0 and 1 is expected; other numbers from the same score (recall
    before the change, precision, F1, other families, counts) get their own hint.
    """
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
    if _close(value, right):
        before = full["indirect"]["recall"]
        if _close(before, right):
            change = f"indirect recall stays at {right:g}: no indirect quote in the gold depends on {words} alone"
        else:
            lost = full["indirect"]["tp"] - fewer["indirect"]["tp"]
            change = (f"indirect recall falls from {before:g} to {right:g}: the extractor misses {lost} of the "
                      f"{fewer['indirect']['tp'] + fewer['indirect']['fn']} indirect quotes in the gold")
        return _feedback(True, f"Well done: without {words}, {change}. Now look at what else changed.", "")

    if 1 < value <= 100 and _close(value / 100, right):
        hint = f"give recall as a share between 0 and 1 ({right:g} rather than {value:g})."
    elif _close(value, full["indirect"]["recall"]):
        hint = (f"{value:g} is the indirect recall with the full lexicon, before you took {words} out. Did you "
                "pass cues=fewer_cues to extract_quotes, and score those new quotes?")
    elif _close(value, fewer["indirect"]["precision"]):
        hint = (f"{value:g} is the precision of the indirect quotes. Recall is the share of the gold quotes "
                "that were found: s['indirect']['recall'].")
    elif _close(value, fewer["indirect"]["f1"]):
        hint = f"{value:g} is the F1 score, which mixes precision and recall. Take s['indirect']['recall']."
    elif any(_close(value, fewer[fam]["recall"]) for fam in ("quoted", "all")):
        fam = next(f for f in ("quoted", "all") if _close(value, fewer[f]["recall"]))
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
    from .quotes import cue_lemmas

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


# ==========================================================================
# Notebook 01: sourcing
# ==========================================================================

__all__ += [
    "check_wrong_labels",
    "check_mention_only",
    "check_quoted_share",
    "check_claim_label",
    "check_nato_members",
    "wrong_label_rows",
    "mention_only_sources",
    "quoted_share",
    "claim_label_options",
    "nato_members_on",
    "CLAIM_LABELS",
]


def _is_table(obj: Any) -> bool:
    """True for a pandas DataFrame (checked by its methods, so pandas need not be imported here)."""
    return hasattr(obj, "columns") and hasattr(obj, "to_dict")


def _source_records(sources: Any) -> list[dict]:
    """The rows of a source table as dictionaries.

    ``sources`` is what :func:`utils.sources.source_table` returns (a list of
    ``Source``) or the DataFrame :func:`utils.sources.sources_frame` makes of it.
    """
    if _is_table(sources):
        return sources.to_dict("records")
    out = []
    for s in sources:
        if isinstance(s, dict):
            out.append(s)
        else:
            out.append({"name": s.name, "affiliation": s.affiliation, "quotes": s.quotes,
                        "words_quoted": s.words_quoted, "words_paraphrased": s.words_paraphrased})
    return out



def _not_a_share_hint(answer: Any) -> str:
    """A hint for an answer that should have been one number between 0 and 1."""
    if isinstance(answer, str):
        return f"your answer is the text {answer!r}; give a number without quotes, for example 0.25."
    if hasattr(answer, "shape"):
        return ("your answer is a table or a column, not one number; pick the one value you need "
                "(for example with .sum() on a filtered column).")
    return f"your answer is a {type(answer).__name__}; give one number between 0 and 1, for example 0.25."


# --- exercise 01.1: the raw model's mistakes --------------------------------


def wrong_label_rows(doc: Doc, gold: Any) -> Any:
    """The rows of :func:`utils.nlp.entity_label_check` where the Doc's label is not the hand-checked one."""
    from .nlp import entity_label_check

    check = entity_label_check(doc, gold)
    return check[~check["correct"]]


def check_wrong_labels(answer: Any, doc: Doc, gold: Any) -> bool:
    """Exercise 01.1: how many hand-checked names does ``doc`` label wrongly?

    ``doc`` is the article parsed *without* the fixes, ``gold`` the table of
    :func:`utils.nlp.load_entity_gold`. A name counts as wrong when no entity
    covers exactly its characters, or when the entity's label differs from
    the hand-checked label (the ``correct`` column of ``entity_label_check``).
    Every row counts: "Mali" wrong in five places is five mistakes.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    share = _number(answer)
    n = _as_whole_number(answer)
    from .nlp import entity_label_check

    check = entity_label_check(doc, gold)
    total = len(check)
    wrong = check[~check["correct"]]
    right = len(wrong)
    if n is None:
        if share is not None and 0 < share < 1 and total:
            if abs(share - right / total) < 0.005:
                hint = (f"{share:g} is the share of names labelled wrongly. This exercise asks for the "
                        "number of names: count the rows instead.")
            elif abs(share - (total - right) / total) < 0.005:
                hint = (f"{share:g} is the accuracy, the share of names labelled rightly. Count the rows "
                        "that are wrong instead.")
            else:
                hint = "give a whole number: how many rows of the check table are not correct?"
            return _feedback(False, "", hint)
        return _feedback(False, "", _not_a_number_hint(answer))

    if n == right:
        person = int((wrong["predicted"] == "PERSON").sum())
        unlabelled = int((wrong["predicted"] == "").sum())
        return _feedback(True, f"Well done: the raw model gets {right} of the {total} hand-checked names wrong "
                               f"({person} of them labelled PERSON, {unlabelled} not found as a name at all).", "")
    texts_wrong = wrong["text"].nunique()
    if n == total:
        hint = f"{n} is every hand-checked name. Keep only the rows where 'correct' is False."
    elif n == total - right:
        hint = f"{n} is the number of names the model labels RIGHTLY. Count the rows where 'correct' is False."
    elif n == int((wrong["predicted"] == "PERSON").sum()):
        hint = ("you counted the names wrongly labelled PERSON. Names with another wrong label, or with no "
                "label at all (an empty 'predicted'), are mistakes too.")
    elif n == int((wrong["predicted"] != "").sum()):
        hint = ("you left out the names the model did not find at all (an empty 'predicted' cell). A name "
                "the model misses is a mistake too.")
    elif n == texts_wrong:
        hint = (f"{n} is the number of DIFFERENT texts with a mistake. Count every row: a name that is "
                "wrong in five places is five mistakes.")
    elif n == 0:
        hint = ("0 is the number of mistakes after the fixes. Did you check `raw`, the Doc parsed "
                "without them?")
    else:
        hint = ("count the rows of entity_label_check(raw, gold) whose 'correct' column is False: "
                "(~before['correct']).sum().")
    return _feedback(False, "", hint)


# --- exercise 01.2: sources with no words of their own ----------------------


def mention_only_sources(sources: Any) -> list[str]:
    """Names of the sources that have no quote of any kind (no direct, partial or paraphrased words)."""
    return [r["name"] for r in _source_records(sources) if int(r.get("quotes") or 0) == 0]


def check_mention_only(answer: Any, sources: Any) -> bool:
    """Exercise 01.2: how many sources are only mentioned, with no words of their own?

    ``sources`` is the source table (a list of ``Source`` or the DataFrame of
    :func:`utils.sources.sources_frame`). A source is only mentioned when it
    has no quote at all: no words in quotation marks and no paraphrase.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    records = _source_records(sources)
    names = mention_only_sources(records)
    right = len(names)
    texts = _texts(answer) if not isinstance(answer, str) else None
    if texts is not None and not hasattr(answer, "shape"):
        if {t.lower() for t in texts} == {n.lower() for n in names}:
            hint = f"those are the right sources; the exercise asks how many: len(...) gives {right}."
        else:
            hint = "give the number of sources, not their names: len(...) counts the items of a list."
        return _feedback(False, "", hint)
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _not_a_number_hint(answer))

    total = len(records)
    if n == right:
        listed = _join(names) if right <= 8 else f"{right} sources"
        return _feedback(True, f"Well done: {right} of the {total} sources are only mentioned ({listed}): "
                               "the article reports what they did, but gives them no words.", "")
    no_marks = sum(1 for r in records if int(r.get("words_quoted") or 0) == 0)
    with_words = total - right
    if n == total:
        hint = f"{n} is every source in the table. Keep only the rows with no quotes at all."
    elif n == with_words:
        hint = f"{n} is the number of sources that DO have words (quoted or paraphrased). Count the others."
    elif n == no_marks:
        hint = (f"{n} is the number of sources with no words in quotation marks. Some of them are "
                "paraphrased: the article gives their words in its own phrasing, so they are not only "
                "mentioned. Look at the 'quotes' or 'cited_as' column.")
    else:
        hint = ("count the rows whose 'cited_as' is 'mention only' (or whose 'quotes' is 0): "
                "(table['quotes'] == 0).sum().")
    return _feedback(False, "", hint)


# --- exercise 01.3: one side's share of the words in quotation marks --------


def quoted_share(sources: Any, side: str) -> float:
    """Share of all directly quoted words (``words_quoted``) that belongs to sources with affiliation ``side``."""
    records = _source_records(sources)
    total = sum(int(r.get("words_quoted") or 0) for r in records)
    own = sum(int(r.get("words_quoted") or 0) for r in records if r.get("affiliation") == side)
    return own / total if total else 0.0


def check_quoted_share(answer: Any, sources: Any, side: str = "Western governments") -> bool:
    """Exercise 01.3: the share of directly quoted words that goes to one side.

    The right answer is the sum of ``words_quoted`` over the sources whose
    ``affiliation`` is ``side``, divided by the sum over all sources (the
    same definition as ``share_of_quoted_words`` in
    :func:`utils.sources.words_by_side`). A number between 0 and 1 is
    expected; an answer within 0.0006 (three decimal places) is accepted.
    """
    records = _source_records(sources)
    sides = sorted({str(r.get("affiliation")) for r in records})
    if side not in sides:
        raise ValueError(f"no source has the affiliation {side!r}; the affiliations are {sides}")
    if _is_placeholder(answer):
        return _placeholder_feedback()
    value = _number(answer)
    if value is None:
        return _feedback(False, "", _not_a_share_hint(answer))

    right = quoted_share(records, side)
    quoted = sum(int(r.get("words_quoted") or 0) for r in records)
    own = sum(int(r.get("words_quoted") or 0) for r in records if r.get("affiliation") == side)

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 0.0006

    if close(value, right):
        return _feedback(True, f"Well done: the {side} sources have {own} of the {quoted} words in quotation "
                               f"marks that the source table adds up, a share of {right:.3f} ({right:.1%}).", "")
    para = sum(int(r.get("words_paraphrased") or 0) for r in records)
    own_para = sum(int(r.get("words_paraphrased") or 0) for r in records if r.get("affiliation") == side)
    others = {s: quoted_share(records, s) for s in sides if s != side}
    if value.is_integer() and int(value) == own and own != 0:
        hint = (f"{int(value)} is the number of words; the share is that number divided by all the words in "
                f"quotation marks ({quoted}).")
    elif value > 1:
        if value <= 100 and close(value / 100, right):
            hint = (f"{value:g} is more than 1, so it looks like a percentage. A share is a number between 0 and 1: "
                    "divide by 100 (or leave out the * 100).")
        else:
            hint = (f"{value:g} is more than 1, so it cannot be a share: a share is a number between 0 and 1, one "
                    "side's words divided by everyone's. If you multiplied by 100 to get a percentage, leave that out.")
    elif 100 * right >= 0.1 and close(value / 100, right):
        hint = (f"{value:g} looks like a percentage ({value:g}%). A share is the same number divided by 100: "
                "give the share between 0 and 1.")
    elif para and close(value, own_para / para):
        hint = (f"{value:g} is the {side} share of the PARAPHRASED words. Use the 'words_quoted' column, the "
                "words in quotation marks.")
    elif quoted + para and close(value, (own + own_para) / (quoted + para)):
        hint = (f"{value:g} is the {side} share of ALL words, quoted and paraphrased together. Use only the "
                "'words_quoted' column.")
    elif close(value, 1 - right):
        hint = f"{value:g} is the share of everyone EXCEPT {side}. Divide the {side} words by the total."
    elif any(close(value, v) for v in others.values()):
        name = next(s for s, v in others.items() if close(value, v))
        hint = f"{value:g} is the share of the side '{name}'. This exercise asks about '{side}'."
    elif close(round(right, 2), value):
        hint = f"you rounded to two decimal places; keep at least three ({right:.3f}), or do not round at all."
    else:
        hint = (f"add up 'words_quoted' for the rows whose affiliation is '{side}', and divide by the sum of "
                "'words_quoted' over all rows.")
    return _feedback(False, "", hint)


# --- exercise 01.4: classify one unattributed claim -------------------------

CLAIM_LABELS = ("fact that needs a source", "opinion", "loaded framing")

# which labels a reader can defend for each kind of marker the rules found
_LABELS_BY_MARKER = {
    "truth judgement": {"fact that needs a source", "loaded framing"},
    "certainty booster": {"fact that needs a source", "loaded framing"},
    "evaluative word": {"opinion", "loaded framing"},
    "sweeping claim": {"fact that needs a source", "loaded framing"},
    "quantity claim": {"fact that needs a source"},
    "causal claim": {"fact that needs a source", "opinion"},
}

_STOPWORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is",
              "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "but",
              "not", "no", "so", "there", "their", "they", "he", "she", "we", "i", "you", "his", "her", "has",
              "have", "had", "which", "who", "what", "though", "however", "because", "about", "than", "more"}


# words so common, or so much the vocabulary of the task itself, that quoting one of them is no evidence
_COMMON_WORDS = _STOPWORDS | {
    "all", "also", "any", "can", "could", "did", "do", "does", "down", "even", "every", "get", "go", "goes",
    "going", "here", "how", "if", "into", "just", "like", "made", "make", "many", "may", "might", "most", "much",
    "must", "now", "one", "only", "other", "others", "our", "out", "over", "said", "same", "say", "says", "should",
    "some", "such", "then", "two", "under", "up", "us", "very", "when", "where", "while", "why", "will", "would",
    "your", "them", "him", "me", "my", "being", "each", "both", "well", "way",
    # the words of the task: a reason that repeats them quotes nothing of the claim
    "fact", "facts", "source", "sources", "sourced", "opinion", "opinions", "loaded", "framing", "frame", "framed",
    "claim", "claims", "label", "reader", "readers", "sentence", "word", "words", "check", "checked", "number",
    "numbers", "writer", "author", "text", "needs", "need", "true", "false",
}


def _quoted_evidence(reason: str, text: str, why: str = "") -> tuple[str | None, list[str]]:
    """What a reason quotes from a claim: (the longest phrase of two or more words in a row, or None;
    the single words of the claim that count as evidence, longest first).

    A word counts as evidence if it is not a common word, or if it is a one-word marker the rules
    found (the “…” parts of ``why``, such as “actually”). A phrase counts if at least one of its
    words counts or if it holds a whole marker of several words (“most are”); "of the" is no
    quotation, and neither is "most" alone.
    """
    import re

    claim_seq, reason_seq = _words(text), _words(reason)
    markers = [_words(m) for m in re.findall(r"“([^”]+)”", why)]
    content = {w for w in claim_seq if (w not in _COMMON_WORDS and (len(w) > 2 or w[0].isdigit()))
               or [w] in markers}
    long_markers = [" ".join(m) for m in markers if len(m) > 1]

    def counts(words: list[str]) -> bool:
        joined = f" {' '.join(words)} "
        return any(w in content for w in words) or any(f" {m} " in joined for m in long_markers)

    phrase: list[str] = []
    for i in range(len(reason_seq)):
        for j in range(len(claim_seq)):
            k = 0
            while i + k < len(reason_seq) and j + k < len(claim_seq) and reason_seq[i + k] == claim_seq[j + k]:
                k += 1
            if k >= 2 and k > len(phrase) and counts(claim_seq[j:j + k]):
                phrase = claim_seq[j:j + k]
    single = sorted({w for w in reason_seq if w in content}, key=lambda w: (-len(w), w))
    return (" ".join(phrase) if phrase else None), single


def _claim_fields(claim: Any) -> tuple[str, str]:
    """(text, why) of a ``Claim``, a dict or a row of :func:`utils.sources.claims_frame`."""
    if isinstance(claim, dict):
        return str(claim.get("text", "")), str(claim.get("why", ""))
    if hasattr(claim, "why") and hasattr(claim, "text") and isinstance(getattr(claim, "why"), str):
        return str(claim.text), str(claim.why)
    return str(claim["text"]), str(claim["why"])


def _marker_kinds(why: str) -> list[str]:
    """The kinds of marker in a ``why`` cell, in order: 'quantity claim: “x”; ...' -> ['quantity claim']."""
    kinds = []
    for part in why.split(";"):
        kind = part.split(":")[0].strip()
        if kind and kind not in kinds:
            kinds.append(kind)
    return kinds


def claim_label_options(claim: Any) -> set[str]:
    """The labels a reader can defend for a claim, from the kinds of marker in its ``why``.

    Each kind of marker supports one or two labels (a quantity can be checked
    against a source; an evaluative word may be an opinion or a framing...);
    the options are the union over the markers found.
    """
    _text, why = _claim_fields(claim)
    options: set[str] = set()
    for kind in _marker_kinds(why):
        options |= _LABELS_BY_MARKER.get(kind, set(CLAIM_LABELS))
    return options or set(CLAIM_LABELS)


def _label_of(answer: str) -> str | None:
    """A student's label mapped to one of :data:`CLAIM_LABELS`, or ``None``."""
    low = answer.strip().lower()
    hits = [label for label, words in (("fact that needs a source", ("fact", "source", "check")),
                                       ("opinion", ("opinion", "view")),
                                       ("loaded framing", ("loaded", "framing", "frame")))
            if any(w in low for w in words)]
    return hits[0] if len(hits) == 1 else None


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"\d+(?:[,.]\d+)*|\w+(?:[’'-]\w+)*", text.lower())


def check_claim_label(label: Any, reason: Any, claim: Any) -> bool:
    """Exercise 01.4: classify one unattributed claim, and give a reason that points to the text.

    ``label`` must be one of :data:`CLAIM_LABELS` (small variations such as
    ``"fact"`` or ``"loaded"`` are understood). More than one label can be
    defended: the check accepts any label that fits one of the kinds of
    marker in the claim's ``why`` (see :func:`claim_label_options`).
    ``reason`` must quote the claim: either a sentence of at least four
    words with at least one word of the claim that is not a common word
    (small words such as "the", very common words such as "most" or
    "there", and the words of the task such as "fact" or "source" are no
    evidence on their own, unless they are part of a marker the rules
    found), or a phrase of two or more words in a row from the claim (see
    :func:`_quoted_evidence`). The check cannot judge an argument, but it
    can ask for evidence.
    """
    if _is_placeholder(label) or _is_placeholder(reason):
        return _placeholder_feedback()
    text, why = _claim_fields(claim)
    if not isinstance(label, str):
        return _feedback(False, "", f"give the label as text in quotes, one of {_join(list(CLAIM_LABELS))}.")
    chosen = _label_of(label)
    if chosen is None:
        return _feedback(False, "", f"'{label.strip()}' is not one of the three labels; choose one of "
                                    f"{_join(list(CLAIM_LABELS))}.")
    if not isinstance(reason, str):
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, "
                                    "and quote the words of the claim that made you choose.")
    phrase, single = _quoted_evidence(reason, text, why)
    if len(_words(reason)) < 4 and phrase is None:
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, "
                                    "and quote the words of the claim that made you choose (or quote a phrase of "
                                    "two or more words from it).")
    if phrase is None and not single:
        shared = sorted({w for w in _words(reason) if w in set(_words(text)) and w not in _STOPWORDS})
        if shared:
            return _feedback(False, "", f"your reason shares only common words with the claim (“{shared[0]}”), "
                                        "which could be in any sentence. Quote the words that made you choose: a "
                                        "marker, a number, a name, or a phrase of two or more words.")
        return _feedback(False, "", "your reason does not quote the claim. Point to the evidence: copy the "
                                    "word or words in the sentence that made you choose this label.")
    evidence = [phrase] if phrase else single
    options = claim_label_options(claim)
    if chosen not in options:
        found = why if why else "no markers"
        return _feedback(False, "", f"the rules flagged this sentence for {found}. Which of those words could a "
                                    "reader check against a source, and which judge or frame? Look again; if you "
                                    f"still read it as '{chosen}', keep your argument for the class discussion.")
    rest = sorted(options - {chosen})
    also = f" {_join(rest)} can be defended too." if rest else ""
    return _feedback(True, f"Well done: '{chosen}' is a defensible label, and your reason points to "
                           f"“{evidence[0]}” in the sentence.{also} Compare your reasons with a neighbour's.", "")


# --- exercise 01.5: NATO members among the signatories -----------------------


def nato_members_on(statement: Any, date: str = "2021-12-23") -> list[str]:
    """Signatories whose NATO accession date is on or before ``date`` (ISO dates, as in the CSV).

    ``statement`` is ``data/joint_statement_2021-12-23.csv`` read with pandas;
    only rows whose ``signed`` is ``yes`` count.
    """
    import datetime

    day = datetime.date.fromisoformat(str(date))
    out = []
    for r in statement.to_dict("records"):
        if str(r.get("signed", "yes")).strip().lower() != "yes":
            continue
        joined = str(r.get("nato_accession_date") or "").strip()
        try:
            if datetime.date.fromisoformat(joined[:10]) <= day:
                out.append(str(r["country"]))
        except ValueError:  # no date: not a member
            continue
    return out


def check_nato_members(answer: Any, statement: Any, date: str = "2021-12-23") -> bool:
    """Exercise 01.5: how many signatories of the joint statement were NATO members on ``date``?

    The right answer is computed from the accession dates in ``statement``
    (see :func:`nato_members_on`), not from the yes/no column, so that the
    check stays right if a date is corrected.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _not_a_number_hint(answer))

    signed = [r for r in statement.to_dict("records") if str(r.get("signed", "yes")).strip().lower() == "yes"]
    members = nato_members_on(statement, date)
    right = len(members)
    outside = sorted(str(r["country"]) for r in signed if str(r["country"]) not in members)
    if n == right:
        tail = f"; {_join(outside, quote=False)} joined later" if outside else "; every signatory was a member"
        return _feedback(True, f"Well done: {right} of the {len(signed)} signatories were NATO members on "
                               f"{date}{tail}. Now compare with what the article says.", "")
    col = next((c for c in statement.columns if c.startswith("nato_member_on")), None)
    by_column = sum(1 for r in signed if col and str(r.get(col)).strip().lower() == "yes")
    if n == len(signed):
        hint = (f"{n} is the number of signatories. Were they all members on {date}? Compare each "
                "accession date with that day.")
    elif n == len(outside):
        hint = f"{n} is the number of signatories that were NOT members on {date}. Count the others."
    elif n > len(signed):
        hint = (f"the CSV lists {len(signed)} signatories, so no more than {len(signed)} can have been members. "
                "Count the rows of the CSV, not a number from the article.")
    elif col and n == by_column:
        hint = (f"{n} is the count in the column '{col}', but the accession dates give another answer. "
                "Compute from the dates: which is right? Tell your teacher about the disagreement.")
    else:
        hint = (f"keep the rows whose 'nato_accession_date' is on or before '{date}' (ISO dates compare "
                f"correctly as text: statement['nato_accession_date'] <= '{date}') and count them.")
    return _feedback(False, "", hint)


# ==========================================================================
# Notebook 03: loaded language
# ==========================================================================

__all__ += [
    "check_added_term",
    "check_author_density",
    "check_verb_stances",
    "check_false_positive",
    "author_density",
    "STANCES",
]

# the four stances of data/lexicons/attribution_verbs.csv, with the question that tells them apart
STANCES = {
    "neutral": "only reports the words, without judging them",
    "doubting": "invites the reader to doubt the words",
    "endorsing": "presents the words as true",
    "hostile": "presents the act of speaking as an attack",
}

# a few small words that are no evidence on their own, for exercise 03.4
_SMALL_WORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is",
                "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "but",
                "not", "no", "so", "there", "their", "they", "he", "she", "we", "i", "you", "his", "her", "has",
                "have", "had", "which", "who", "what", "than", "more", "about", "because", "word", "words"}


def _word_list(text: str) -> list[str]:
    """The words of ``text`` in lower case (letters and digits, with inner apostrophes and hyphens)."""
    import re

    return re.findall(r"\w+(?:[’'-]\w+)*", text.lower())



def _not_one_number_hint(answer: Any, example: str = "6.5") -> str:
    if isinstance(answer, str):
        return f"your answer is the text {answer!r}; give a number without quotes, for example {example}."
    if isinstance(answer, bool):
        return f"your answer is True or False; give the number itself, for example {example}."
    if hasattr(answer, "shape"):
        return ("your answer is a table or a column, not one number; pick the one value you need, "
                "for example with .loc[row, column].")
    return f"your answer is a {type(answer).__name__}; give one number, for example {example}."


# --- exercise 03.1: add a term to the lexicon -------------------------------


def _text_or_empty(value: Any) -> str:
    """A table cell as text; empty cells (None, NaN) become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _blank(value: Any) -> bool:
    """True for an empty explanation: not text, or text with no letters or digits ("", "...", "___")."""
    import re

    return not isinstance(value, str) or not re.search(r"[^\W_]", value)


def _entries_from(answer: Any) -> list | None:
    """A list of lexicon entries from a list of ``Entry`` or a table like :func:`utils.language.lexicon_frame`.

    ``None`` when ``answer`` is neither.
    """
    from .language import Entry

    if hasattr(answer, "columns") and hasattr(answer, "to_dict"):
        if not {"pattern", "category"} <= set(answer.columns):
            return None
        out = []
        for r in answer.to_dict("records"):
            neutral = r.get("neutral", r.get("neutral_alternative"))
            out.append(Entry(_text_or_empty(r.get("pattern")).strip(), _text_or_empty(r.get("category")).strip(),
                             _text_or_empty(r.get("explanation")).strip(), _text_or_empty(neutral).strip()))
        return out
    if isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    if not items or not all(isinstance(item, Entry) for item in items):
        return None
    return items


def check_added_term(answer: Any, doc: Doc, quotes: list, word: str = "thrived") -> bool:
    """Exercise 03.1: a copy of the lexicon with one more row, so that ``word`` in the text is found.

    ``answer`` is a list of :class:`utils.language.Entry` (or a table with the
    columns of :func:`utils.language.lexicon_frame`). It must keep every row of
    the lexicon file and add at least one; the check runs
    :func:`utils.language.find_loaded` with both lists and is right when the new
    list finds ``word`` (every place it occurs in ``doc``, compared in lower
    case) and the old one did not, through a new row with a **lemma pattern**
    (``lemma:`` and the dictionary form, as the task asks: a plain pattern that
    matches the exact word gets a hint) and a non-empty explanation. The praise
    gives the hit count before and after, and the voice of the new hit.
    """
    from .language import CATEGORIES, Entry, find_loaded, load_lexicon

    text = doc.text
    targets = [t for t in doc if t.text.lower() == word.lower()]
    if not targets:
        raise ValueError(f"the word {word!r} does not occur in this text")
    base = load_lexicon()
    before = find_loaded(doc, quotes, entries=base)
    if all(any(h.start <= t.idx < h.end for h in before) for t in targets):
        raise ValueError(f"the lexicon already finds {word!r}: choose a word it misses")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if isinstance(answer, Entry):
        return _feedback(False, "", "that is one new row on its own. The exercise asks for the whole lexicon "
                                    "with your row added: lexicon + [new_entry].")
    if isinstance(answer, str):
        return _feedback(False, "", "a pattern alone is not a row of the lexicon. Make an Entry with four "
                                    "fields: Entry(pattern=..., category=..., explanation=..., neutral=...), "
                                    "and add it to a copy of the lexicon.")
    entries = _entries_from(answer)
    if entries is None:
        return _feedback(False, "", "give a list of Entry rows (the lexicon plus yours), for example "
                                    "lexicon + [Entry('lemma:...', 'loaded', 'why it is loaded', 'a neutral word')].")
    bad = [e for e in entries if e.category not in CATEGORIES]
    if bad:
        return _feedback(False, "", f"the category {bad[0].category!r} (pattern {bad[0].pattern!r}) is not one of "
                                    f"{_join(list(CATEGORIES))}. Choose the one that fits the word best.")
    empty = [e for e in entries if not e.pattern.strip() or e.pattern.strip() == "lemma:"]
    if empty:
        return _feedback(False, "", "one of your rows has an empty pattern: write the word to look for.")
    kept = set(entries)
    missing = [e for e in base if e not in kept]
    if missing:
        if len(missing) == len(base):
            hint = (f"your list has {len(entries)} {'row' if len(entries) == 1 else 'rows'} but none of the "
                    f"lexicon's {len(base)}. Start from a copy "
                    "of the lexicon and add your row: lexicon + [new_entry].")
        else:
            hint = (f"{len(missing)} {'row' if len(missing) == 1 else 'rows'} of the lexicon "
                    f"{'is' if len(missing) == 1 else 'are'} missing from your list, for example "
                    f"{missing[0].pattern!r}. Keep every row and add yours: lexicon + [new_entry].")
        return _feedback(False, "", hint)
    base_set = set(base)
    new = [e for e in entries if e not in base_set]
    if not new:
        return _feedback(False, "", "your list is the lexicon unchanged. Add one Entry for the word, then run "
                                    "this cell again.")

    after = find_loaded(doc, quotes, entries=entries)
    found = [h for h in after if any(h.start <= t.idx < h.end for t in targets)]
    if any(not any(h.start <= t.idx < h.end for h in after) for t in targets):
        lemma = targets[0].lemma_.lower()
        problems = []
        for e in new:
            pat = e.pattern.strip()
            if pat.startswith("lemma:"):
                given = pat[len("lemma:"):].strip()
                if given.lower() != lemma:
                    problems.append(f"after 'lemma:' write the dictionary form of the word, '{lemma}', "
                                    f"not '{given}'")
            elif pat.lower() != word.lower():
                problems.append(f"the plain pattern '{pat}' matches only those exact words, and the text has "
                                f"'{word}'. Put 'lemma:' before the dictionary form to match every form of a word")
        hint = "; ".join(problems[:1]) if problems else (
            f"your new row does not find '{word}'. Print [(t.text, t.lemma_) for t in doc if t.text == '{word}'] "
            "to see the lemma spaCy gives it.")
        return _feedback(False, "", hint + ".")

    # which of the new rows find the word on their own (added to the lexicon file's rows)
    finders = [e for e in new
               if all(any(h.start <= t.idx < h.end for h in find_loaded(doc, quotes, entries=base + [e]))
                      for t in targets)]
    lemma_rows = [e for e in finders if str(e.pattern).strip().lower().startswith("lemma:")]
    if finders and not lemma_rows:
        return _feedback(False, "", f"your row {finders[0].pattern.strip()!r} finds “{word}”, but a plain pattern "
                                    "matches only that exact spelling: other forms of the verb would be missed. The "
                                    "task asks for a lemma pattern: 'lemma:' followed by the dictionary form of the "
                                    "word.")
    explained = [e for e in lemma_rows if not _blank(e.explanation)]
    if lemma_rows and not explained:
        return _feedback(False, "", f"your row {lemma_rows[0].pattern.strip()!r} has no explanation. Write in a few "
                                    f"words why “{word}” may be loaded here, as every row of the lexicon does: "
                                    "Entry('lemma:…', category, explanation, neutral).")

    hit = found[0]
    who = f", speaker {hit.speaker}" if hit.speaker else ""
    extra = len(after) - len(before) - len(found)
    also = (f" Your pattern also finds {extra} other new {'hit' if extra == 1 else 'hits'}: print them and check "
            "each one." if extra > 0 else "")
    return _feedback(True, f"Well done: the lexicon now finds {len(after)} hits instead of {len(before)}. "
                           f"“{text[hit.start:hit.end]}” in paragraph {hit.paragraph} is a '{hit.category}' hit in "
                           f"the '{hit.voice}' voice{who}.{also}", "")


# --- exercise 03.2: the author-voice density of one paragraph -----------------


def author_density(doc: Doc, quotes: list, hits: list, paragraph: int) -> float:
    """Hits in the author's voice per 100 author words in one paragraph, not rounded.

    The same counts as :func:`utils.language.density` (which rounds to two
    decimal places); 0.0 when the paragraph has no words in the author's voice.
    """
    from .language import density

    row = density(doc, quotes, hits).set_index("paragraph").loc[paragraph]
    words = int(row["author_words"])
    return 100 * int(row["author_hits"]) / words if words else 0.0


def check_author_density(answer: Any, doc: Doc, quotes: list, hits: list, paragraph: int = 19) -> bool:
    """Exercise 03.2: hits in the author's voice per 100 author words, in one paragraph.

    The right answer is ``100 * author_hits / author_words`` for ``paragraph``
    (see :func:`author_density`); answers within 0.006 are accepted, so
    rounding to two decimal places is fine. Common slips (forgetting the 100,
    dividing by all the words, taking the speakers' density, the whole
    article, a neighbouring paragraph) get their own hint.
    """
    from .language import density, overall_density

    table = density(doc, quotes, hits)
    if paragraph not in set(table["paragraph"]):
        raise ValueError(f"paragraph must be between 0 and {len(table) - 1}, not {paragraph}")
    row = table.set_index("paragraph").loc[paragraph]
    aw, qw = int(row["author_words"]), int(row["quoted_words"]) + int(row["reported_words"])
    ah, qh = int(row["author_hits"]), int(row["quoted_hits"]) + int(row["reported_hits"])
    if aw == 0:
        raise ValueError(f"paragraph {paragraph} has no words in the author's voice; choose another one")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    value = _number(answer)
    if value is None:
        return _feedback(False, "", _not_one_number_hint(answer))

    right = 100 * ah / aw

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 0.006

    if close(value, right):
        hits_word = "hit" if ah == 1 else "hits"
        if qw:
            speakers = (f"the speakers' words (quoted_words + reported_words = {qw}) hold {qh} "
                        f"{'hit' if qh == 1 else 'hits'}, {100 * qh / qw:.2f} per 100 words")
        else:
            speakers = "the paragraph has no words in the speakers' voices"
        return _feedback(True, f"Well done: paragraph {paragraph} has {ah} {hits_word} in {aw} words of the author's "
                               f"own voice, {right:.2f} per 100 words; {speakers}.", "")
    overall = overall_density(table)
    others = {int(p): (100 * int(h) / int(w)) for p, h, w in
              zip(table["paragraph"], table["author_hits"], table["author_words"]) if int(w) and int(p) != paragraph}
    if right and close(value * 100, right):
        hint = f"{value:g} is hits per word; the exercise asks per 100 words, so multiply by 100."
    elif qw and close(value, 100 * qh / qw):
        hint = (f"{value:g} is the density in the speakers' words (quoted and reported). Take the author's "
                "columns: author_hits and author_words.")
    elif close(value, 100 * ah / (aw + qw)):
        hint = (f"you divided by all {aw + qw} words of the paragraph. Divide by the {aw} words in the author's "
                "voice only: the words outside every quote.")
    elif close(value, 100 * (ah + qh) / (aw + qw)):
        hint = "that counts every hit and every word of the paragraph. Keep only the author's voice."
    elif close(value, float(overall["author_per_100w"])):
        hint = f"{value:g} is the author's density over the whole article. The exercise asks about paragraph {paragraph}."
    elif value.is_integer() and int(value) in (ah, aw):
        hint = (f"{int(value)} is a count. The density is hits divided by words, times 100: "
                "100 * author_hits / author_words.")
    elif any(close(value, v) for v in others.values()):
        p = next(p for p, v in others.items() if close(value, v))
        hint = (f"{value:g} is the author's density in paragraph {p}. Python counts from 0: use the row whose "
                f"'paragraph' is {paragraph}.")
    else:
        hint = (f"find the row of paragraph {paragraph} in the density table and compute "
                "100 * author_hits / author_words.")
    return _feedback(False, "", hint)


# --- exercise 03.3: the stance of five attribution verbs ---------------------


def _stance_of(value: Any) -> str | None:
    """A student's stance label mapped to one of :data:`STANCES` ('doubt' -> 'doubting'), or ``None``."""
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    for stance, stem in (("neutral", "neutr"), ("doubting", "doubt"), ("endorsing", "endors"),
                         ("hostile", "hostil")):
        if low.startswith(stem):
            return stance
    return None


def check_verb_stances(answer: Any, verbs: Any = ("tell", "deny", "claim", "note", "denounce")) -> bool:
    """Exercise 03.3: classify attribution verbs by stance, as ``data/lexicons/attribution_verbs.csv`` does.

    ``answer`` is a dict ``{lemma: stance}`` (a pandas Series works too) with
    one of the four :data:`STANCES` for each lemma in ``verbs``; keys and
    labels are compared in lower case, and short forms such as 'doubt' are
    understood. The right stances are read from the file through
    :func:`utils.language.verb_stances`. Hints name the verbs that differ
    from the file, not the file's answer.
    """
    from .language import verb_stances

    stances = verb_stances()
    verbs = [str(v).strip().lower() for v in ([verbs] if isinstance(verbs, str) else verbs)]
    unknown = [v for v in verbs if v not in stances]
    if unknown:
        raise ValueError(f"{_join(unknown)} not in attribution_verbs.csv")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if hasattr(answer, "to_dict") and not hasattr(answer, "columns"):  # a pandas Series
        answer = answer.to_dict()
    if not isinstance(answer, dict):
        example = ", ".join(f"'{v}': ..." for v in verbs[:2])
        return _feedback(False, "", f"give a dictionary with one stance per verb, like {{{example}}}.")
    given = {str(k).strip().lower(): v for k, v in answer.items()}
    if all(_is_placeholder(given.get(v)) for v in verbs):
        return _placeholder_feedback()
    todo = [v for v in verbs if _is_placeholder(given.get(v))]
    if todo:
        missing_keys = [v for v in todo if v not in given]
        if missing_keys:
            return _feedback(False, "", f"your dictionary has no stance for {_join(missing_keys)}. "
                                        f"Give one for each of {_join(verbs)}.")
        its = "its" if len(todo) == 1 else "their"
        return _feedback(False, "", f"you have not classified {_join(todo)} yet: replace {its} ___ with a stance.")
    labels = {v: _stance_of(given[v]) for v in verbs}
    odd = [v for v in verbs if labels[v] is None]
    if odd:
        return _feedback(False, "", f"{given[odd[0]]!r} (for '{odd[0]}') is not a stance; use one of "
                                    f"{_join(list(STANCES))}.")
    wrong = [v for v in verbs if labels[v] != stances[v]]
    if not wrong:
        summary = ", ".join(f"{v} {stances[v]}" for v in verbs)
        return _feedback(True, f"Well done: all {len(verbs)} match the lexicon file ({summary}). The file is a "
                               "judgement too: for which verb would you argue for another stance?", "")
    first = wrong[0]
    questions = "; ".join(f"{s} if it {q}" for s, q in STANCES.items())
    return _feedback(False, "", f"{len(verbs) - len(wrong)} of {len(verbs)} match the file; look again at "
                                f"{_join(wrong)}. For '{first}' ask what the verb does to the words: {questions}. "
                                "If you still disagree with the file, keep your argument for the discussion.")


# --- exercise 03.4: a hit you think is a false positive -----------------------


def _hit_records(hits: Any) -> list[dict]:
    """The hits as dictionaries, in the order of :func:`utils.language.hits_frame`."""
    if hasattr(hits, "columns") and hasattr(hits, "to_dict"):
        return hits.to_dict("records")
    return [h if isinstance(h, dict) else h.to_dict() for h in hits]


def check_false_positive(answer: Any, reason: Any, hits: Any, doc: Doc, hand: Any = None) -> bool:
    """Exercise 03.4: pick a hit you think is a false positive, and give a reason from its context.

    ``answer`` is a row number of the hits table (``hits_frame(hits)``) or the
    text of a hit that occurs once. Any hit can be defended: the check
    cannot judge the argument, but it asks for evidence. ``reason`` must be a
    sentence of at least four words that quotes at least one word of the
    sentence the hit is in, other than the hit itself and small words such as
    "the". ``hand`` (``data/annotations/seed_loaded.csv`` as a table) is
    optional: when given, the praise says whether the hand-made list also
    counts this hit as loaded.
    """
    if _is_placeholder(answer) or _is_placeholder(reason):
        return _placeholder_feedback()
    records = _hit_records(hits)
    if not records:
        return _feedback(False, "", "the hits table is empty, so there is no hit to choose.")
    if isinstance(answer, bool) or not isinstance(answer, (str, Integral)):
        n = _as_whole_number(answer)
        if n is None:
            return _feedback(False, "", "give the row number of the hit in the hits table (a whole number), "
                                        "or its text in quotes.")
        answer = n
    if isinstance(answer, str):
        want = answer.strip().strip("“”\"'").lower()
        rows = [i for i, r in enumerate(records) if str(r["text"]).lower() == want]
        if not rows:
            return _feedback(False, "", f"no hit has the text {answer.strip()!r}. Copy it from the 'text' column, "
                                        "or give the row number.")
        if len(rows) > 1:
            return _feedback(False, "", f"{answer.strip()!r} is found {len(rows)} times (rows "
                                        f"{_join([str(i) for i in rows], quote=False)}): give the row number of "
                                        "the one you mean.")
        index = rows[0]
    else:
        index = int(answer)
        if not 0 <= index < len(records):
            return _feedback(False, "", f"the hits table has rows 0 to {len(records) - 1}; {index} is not one of them.")
    hit = records[index]
    if not isinstance(reason, str) or len(_word_list(reason)) < 4:
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, and "
                                    "quote the words around the hit that show how it is used.")
    start, end = int(hit["start"]), int(hit["end"])
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        sentence, s0 = span.sent.text, span.sent.start_char
    else:
        sentence, s0 = doc.text[start:end], start
    # about 30 characters either side of the hit, inside its sentence
    window = " ".join(sentence[max(0, start - s0 - 30):end - s0 + 30].split()).rstrip(".")
    around = ("…" if start - s0 > 30 else "") + window + ("…" if end - s0 + 30 < len(sentence.rstrip()) else "")
    own = set(_word_list(str(hit["text"])))
    context = {w for w in _word_list(sentence) if w not in own and w not in _SMALL_WORDS}
    evidence = [w for w in _word_list(reason) if w in context]
    if not evidence:
        return _feedback(False, "", f"your reason does not quote the sentence around “{hit['text']}”. Point to "
                                    "the evidence: copy a word near the hit that shows it is not loaded here.")
    note = ""
    if hand is not None:
        in_hand = any(int(r["start"]) < int(hit["end"]) and int(hit["start"]) < int(r["end"])
                      for r in _hit_records(hand))
        note = (" The hand-made list counts it as loaded: who has the better evidence, you or the annotator?"
                if in_hand else " The hand-made list leaves it out too.")
    return _feedback(True, f"Well done: row {index}, “{hit['text']}” in paragraph {hit['paragraph']} "
                           f"({hit['category']}, {hit['voice']} voice), and your reason points to “{evidence[0]}” "
                           f"in “{around}”.{note}", "")


# ==========================================================================
# Notebook 04: report card
# ==========================================================================

__all__ += [
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
    if _is_placeholder(answer):
        return _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _count_hint(answer))

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
    from .quotes import speaker_words

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
    from .quotes import speaker_words

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

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 0.011

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
    if _is_placeholder(answer):
        return _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _count_hint(answer))

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
