"""Answer checks for Notebook 00 (start here)."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ._common import _count_answer, _feedback, _is_placeholder, _join, _paragraph_spans, _placeholder_feedback, _texts

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc

    from ..article import Article

__all__ = [
    "check_body_paragraphs",
    "check_sentences_in_paragraph",
    "check_most_frequent_label",
    "check_person_also_place",
    "person_place_texts",
]


def check_body_paragraphs(answer: Any, article: Article) -> bool:
    """Exercise 00.1: how many paragraphs of ``article`` have the role ``body``?

    The right answer is counted from ``article.paragraphs``. Common slips
    (counting every paragraph, counting the other roles) get their own hint.
    """
    n, early = _count_answer(answer)
    if early is not None:
        return early

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
    n, early = _count_answer(answer)
    if early is not None:
        return early

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
