"""Scoring predicted quotes against hand-made gold annotations.

Matching rule (stated once, used everywhere): a predicted quote matches a
gold quote when their character spans overlap by at least
``THRESHOLD`` (half) of the longer of the two spans, and their kinds are
in the same family: ``direct`` and ``partial`` form one family ("quoted
words"), ``indirect`` and ``scare`` are families of their own. Each gold
quote matches at most one prediction (greedy, best overlap first).

>>> gold = [{"kind": "direct", "start": 0, "end": 10, "speaker": "Ana Ruiz"}]
>>> pred = [{"kind": "direct", "start": 1, "end": 10, "speaker": "Ruiz"}]
>>> s = score(pred, gold)
>>> (s["quoted"]["f1"], s["speaker_accuracy"])
(1.0, 0.0)
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable

import pandas as pd

THRESHOLD = 0.5
FAMILY = {"direct": "quoted", "partial": "quoted", "indirect": "indirect", "scare": "scare"}
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "miss"}
_LEADING_TITLES = {"justice", "judge", "lord", "lady"}  # judicial titles, dropped only before a name


def as_dict(q) -> dict:
    """A quote record (dataclass or dict) as a plain dict."""
    return q if isinstance(q, dict) else q.to_dict()


def normalise_speaker(name: str | None) -> str | None:
    """Compare speakers without case, leading articles, titles or a final ’s.

    >>> normalise_speaker("the  US’s")
    'us'
    >>> normalise_speaker("Mr Justice Kellaway")
    'kellaway'
    >>> normalise_speaker('Marek "Solace" Dvorak')
    'marek dvorak'
    """
    if name is None:
        return None
    s = re.sub(r'\s*["“”][^"“”]{1,30}["“”]\s*', " ", name)  # a nickname: Marek "Solace" Dvorak
    s = s.lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[.,]", " ", s)
    words = s.split()
    while words and words[0] in {"the", "a", "an", "both"}:
        words = words[1:]
    words = [w for w in words if w not in _TITLES]
    while len(words) > 1 and words[0] in _LEADING_TITLES:
        words = words[1:]  # "Mr Justice Kellaway" and "Kellaway" are the same judge
    return " ".join(words) or None


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names refer to the same speaker: equal after :func:`normalise_speaker`, or the
    same first and last name with middle names left out of one of them.

    >>> same_speaker("Elspeth Mary Caraway", "Elspeth Caraway")
    True
    >>> same_speaker("Elspeth Caraway", "Mary Caraway")
    False
    """
    na, nb = normalise_speaker(a), normalise_speaker(b)
    if na == nb:
        return True
    if na is None or nb is None:
        return False
    short, long_ = sorted((na.split(), nb.split()), key=len)
    if len(short) < 2 or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    it = iter(long_)
    return all(w in it for w in short)  # the shorter name's words, in order, inside the longer


def overlap(a: dict, b: dict) -> float:
    """Shared characters divided by the length of the longer span."""
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    longer = max(a["end"] - a["start"], b["end"] - b["start"], 1)
    return max(0, inter) / longer


def match(pred: Iterable, gold: Iterable, threshold: float = THRESHOLD) -> list[tuple[dict | None, dict | None]]:
    """Pairs (pred, gold); unmatched ones come with None on the other side."""
    P = [as_dict(p) for p in pred]
    G = [as_dict(g) for g in gold]
    cands = []
    for i, p in enumerate(P):
        for j, g in enumerate(G):
            if FAMILY.get(p["kind"]) != FAMILY.get(g["kind"]):
                continue
            o = overlap(p, g)
            if o >= threshold:
                cands.append((o, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, pairs = set(), set(), []
    for _o, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((P[i], G[j]))
    pairs += [(P[i], None) for i in range(len(P)) if i not in used_p]
    pairs += [(None, G[j]) for j in range(len(G)) if j not in used_g]
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(pred: Iterable, gold: Iterable, threshold: float = THRESHOLD) -> dict:
    """Precision, recall and F1 per family, and speaker accuracy.

    Speaker accuracy is over matched quotes whose gold speaker is not null:
    the share whose normalised predicted speaker equals the gold one.
    ``cue_accuracy`` and ``medium_accuracy`` are computed the same way
    (cue by overlapping offsets, medium by normalised text, null = null).
    """
    pairs = match(pred, gold, threshold)
    out: dict = {"threshold": threshold}
    for fam in ("quoted", "indirect", "scare"):
        tp = sum(1 for p, g in pairs if p and g and FAMILY[g["kind"]] == fam)
        fp = sum(1 for p, g in pairs if p and not g and FAMILY.get(p["kind"]) == fam)
        fn = sum(1 for p, g in pairs if g and not p and FAMILY[g["kind"]] == fam)
        out[fam] = _prf(tp, fp, fn)
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if g and not p)
    out["all"] = _prf(tp, fp, fn)
    matched = [(p, g) for p, g in pairs if p and g]
    with_speaker = [(p, g) for p, g in matched if g.get("speaker")]
    ok = sum(1 for p, g in with_speaker if same_speaker(p.get("speaker"), g["speaker"]))
    out["speaker_accuracy"] = round(ok / len(with_speaker), 4) if with_speaker else 1.0
    out["speaker_n"] = len(with_speaker)
    cue_n = [(p, g) for p, g in matched if g.get("cue")]
    cue_ok = sum(1 for p, g in cue_n if p.get("cue") and overlap(p["cue"], g["cue"]) > 0)
    out["cue_accuracy"] = round(cue_ok / len(cue_n), 4) if cue_n else 1.0
    med_ok = sum(1 for p, g in matched if normalise_speaker(p.get("medium")) == normalise_speaker(g.get("medium")))
    out["medium_accuracy"] = round(med_ok / len(matched), 4) if matched else 1.0
    kind_ok = sum(1 for p, g in matched if p["kind"] == g["kind"])
    out["kind_accuracy"] = round(kind_ok / len(matched), 4) if matched else 1.0
    return out


def errors_frame(pred: Iterable, gold: Iterable, threshold: float = THRESHOLD) -> pd.DataFrame:
    """A table of every disagreement: missed, spurious, wrong speaker, wrong kind, wrong medium."""
    rows = []
    for p, g in match(pred, gold, threshold):
        if p and not g:
            rows.append({"error": "spurious", "kind": p["kind"], "text": p["text"], "predicted": p.get("speaker"), "gold": None})
        elif g and not p:
            rows.append({"error": "missed", "kind": g["kind"], "text": g["text"], "predicted": None, "gold": g.get("speaker")})
        else:
            if g.get("speaker") and not same_speaker(p.get("speaker"), g["speaker"]):
                rows.append({"error": "wrong speaker", "kind": g["kind"], "text": g["text"],
                             "predicted": p.get("speaker"), "gold": g["speaker"]})
            if p["kind"] != g["kind"]:
                rows.append({"error": "wrong kind", "kind": g["kind"], "text": g["text"],
                             "predicted": p["kind"], "gold": g["kind"]})
            if normalise_speaker(p.get("medium")) != normalise_speaker(g.get("medium")):
                rows.append({"error": "wrong medium", "kind": g["kind"], "text": g["text"],
                             "predicted": p.get("medium"), "gold": g.get("medium")})
    df = pd.DataFrame(rows, columns=["error", "kind", "text", "predicted", "gold"])
    df["text"] = df["text"].map(lambda t: t if t is None or len(t) <= 70 else t[:67] + "...")
    return df


def load_gold(path: str | Path) -> tuple[str, list[dict]]:
    """(article text, gold quotes) from an annotation file; the article path is relative to the repo or the file."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    art = Path(data["article"])
    root = Path(__file__).resolve().parent.parent
    for cand in (root / art, path.parent / art):
        if cand.exists():
            return open(cand, encoding="utf-8").read(), data["quotes"]
    raise FileNotFoundError(f"article {data['article']} named in {path} not found")


def evaluate_files(paths: Iterable[str | Path]) -> tuple[dict, pd.DataFrame]:
    """Run the extractor on each annotated article; pooled scores and a per-article table."""
    from .quotes import quotes_from_text

    all_pred, all_gold, rows = [], [], []
    offset = 0
    for p in paths:
        text, gold = load_gold(p)
        pred = [q.to_dict() for q in quotes_from_text(text)]
        s = score(pred, gold)
        rows.append({"article": Path(p).name.replace(".quotes.json", ""), "gold": len(gold), "predicted": len(pred),
                     "quoted_f1": s["quoted"]["f1"], "indirect_f1": s["indirect"]["f1"],
                     "speaker_accuracy": s["speaker_accuracy"]})
        # shift offsets so that articles never match across each other when pooled
        for q in pred:
            all_pred.append({**q, "start": q["start"] + offset, "end": q["end"] + offset})
        for q in gold:
            all_gold.append({**q, "start": q["start"] + offset, "end": q["end"] + offset})
        offset += len(text) + 1
    return score(all_pred, all_gold), pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m utils.evaluate GOLD.json ...``: pooled scores and a per-article table."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m utils.evaluate", description=main.__doc__)
    ap.add_argument("gold", nargs="+", help="annotation files (*.quotes.json)")
    ap.add_argument("--errors", action="store_true", help="print every error too")
    args = ap.parse_args(argv)
    pooled, table = evaluate_files(args.gold)
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(table.to_string(index=False))
    print(json.dumps(pooled, indent=1))
    if args.errors:
        from .quotes import quotes_from_text
        for p in args.gold:
            text, gold = load_gold(p)
            pred = [q.to_dict() for q in quotes_from_text(text)]
            err = errors_frame(pred, gold)
            if len(err):
                print(f"\n## {Path(p).name}")
                with pd.option_context("display.width", 200, "display.max_colwidth", 70):
                    print(err.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
