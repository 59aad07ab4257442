"""Command-line interface: ``python -m utils SUBCOMMAND FILE``.

Every subcommand reads any UTF-8 article. Bad input prints one line on
stderr and exits with code 2; a missing spaCy model exits with code 3.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable

from .article import ArticleError, load_article
from .nlp import PipelineMissing

EXIT_BAD_INPUT = 2
EXIT_NO_MODEL = 3


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def cmd_info(args: argparse.Namespace) -> int:
    from .nlp import entity_counts, model_name, parse

    art = load_article(args.file)
    doc = parse(art)
    sents = [s for s in doc.sents if s.text.strip()]
    words = [t for t in doc if not (t.is_space or t.is_punct)]
    para_rows = []
    for p in art.paragraphs:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        n_sents = len({t.sent.start for t in span if not t.is_space}) if span is not None else 0
        n_words = sum(1 for t in span if not (t.is_space or t.is_punct)) if span is not None else 0
        para_rows.append({"paragraph": p.index, "role": p.role, "role_guessed": p.role_guessed,
                          "start": p.start, "end": p.end, "sentences": n_sents, "words": n_words,
                          "text": p.text})
    ents = entity_counts(doc)
    ent_rows = [{"label": r.label, "count": int(r.count)} for r in ents.itertuples()]
    if args.json:
        _print_json({"file": args.file, "model": model_name(), "characters": len(art.text),
                     "paragraphs": para_rows, "sentences": len(sents), "words": len(words),
                     "entities": ent_rows})
        return 0
    print(f"{args.file}: {len(art.text)} characters, {len(art.paragraphs)} paragraphs, "
          f"{len(sents)} sentences, {len(words)} words (model {model_name()})")
    if art.roles_guessed:
        print("roles are guesses from simple rules (heading = short line without final punctuation; credit = line starting with ©)")
    print()
    print(f"{'#':>3}  {'role':<10} {'sent':>4} {'words':>5}  text")
    for r in para_rows:
        text = _short(r["text"], 70)
        print(f"{r['paragraph']:>3}  {r['role']:<10} {r['sentences']:>4} {r['words']:>5}  {text}")
    print()
    print("named entities: " + (", ".join(f"{r['label']} {r['count']}" for r in ent_rows) or "none"))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from .nlp import parse
    from .quotes import extract_quotes, unbalanced_marks

    art = load_article(args.file)
    doc = parse(art, fix=True)
    quotes = extract_quotes(doc)
    broken = unbalanced_marks(art.text, [(p.start, p.end) for p in art.paragraphs])
    if broken:
        where = ", ".join(str(art.paragraph_at(i)) for i in broken[:5])
        print(f"warning: {len(broken)} quotation mark(s) without a partner (paragraph {where}); "
              "the rest of the quotes were still read", file=sys.stderr)
    if args.json:
        _print_json({"quotes": [q.to_dict() for q in quotes]})
        return 0
    if not quotes:
        print(f"No quotes found in {args.file}: no quotation marks and no reporting verbs with a reported clause.")
        return 0
    print(f"{len(quotes)} quotes in {args.file}")
    print()
    print(f"{'#':>3}  {'kind':<8} {'par':>3}  {'speaker':<24} {'cue':<12} {'medium':<14} text")
    for n, q in enumerate(quotes):
        text = _short(q.text, 60)
        print(f"{n:>3}  {q.kind:<8} {q.paragraph if q.paragraph is not None else '-':>3}  "
              f"{(q.speaker or '-')[:24]:<24} {(q.cue.text if q.cue else '-')[:12]:<12} "
              f"{(q.medium or '-')[:14]:<14} {text}")
    return 0


def _short(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with "..." when it was cut."""
    from .render import shorten

    return shorten(text, width, mark="...")


def cmd_sources(args: argparse.Namespace) -> int:
    from .report import analyze

    a = analyze(load_article(args.file))
    if args.json:
        _print_json({
            "sources": [s.to_dict() for s in a.sources],
            "outlets": [{"name": o.name, "use": ", ".join(o.use), "uses": o.use,
                         "mentions": [m.to_dict() for m in o.mentions], "note": o.note} for o in a.outlets],
            "unattributed": [c.to_dict() for c in a.claims],
        })
        return 0
    print(f"{len(a.sources)} sources in {args.file}")
    print()
    print(f"{'name':<30} {'type':<34} {'cited as':<24} {'quotes':>6} {'words':>6}  medium")
    for s in a.sources:
        print(f"{s.name[:30]:<30} {s.type[:34]:<34} {', '.join(s.cited_as)[:24]:<24} {s.quotes:>6} "
              f"{s.words_quoted + s.words_paraphrased:>6}  {', '.join(s.media) or '-'}")
    print()
    print("outlets: " + ("; ".join(f"{o.name} ({', '.join(o.use)})" for o in a.outlets) or "none named"))
    print()
    print(f"{len(a.claims)} sentences in the author's voice with no source and a claim marker:")
    for c in a.claims:
        print(f"  [{c.paragraph}] {_short(c.text, 90)}")
        print(f"       why: {c.why}")
    return 0


HIT_KEYS = ("start", "end", "text", "category", "voice", "speaker", "explanation", "neutral", "paragraph")
VERB_KEYS = ["start", "end", "text", "lemma", "stance", "speaker", "side", "introduces"]
DENSITY_KEYS = ["paragraph", "author_per_100w", "quoted_per_100w", "reported_per_100w", "author_words",
                "quoted_words", "reported_words"]


def cmd_loaded(args: argparse.Namespace) -> int:
    from .language import stance_by_side
    from .render import highlight_html, hits_to_items, page
    from .report import analyze

    art = load_article(args.file)
    a = analyze(art)
    if args.html:
        body = highlight_html(art.text, hits_to_items(a.hits), [(p.start, p.end) for p in art.paragraphs], legend=True)
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(page(f"Loaded language: {args.file}", body))
    if args.json:
        verbs = a.verbs[VERB_KEYS].astype(object).where(a.verbs[VERB_KEYS].notna(), None)
        _print_json({
            "hits": [{k: h.to_dict()[k] for k in HIT_KEYS} for h in a.hits],
            "verbs": verbs.to_dict("records"),
            "density": a.density[DENSITY_KEYS].to_dict("records"),
            "overall": a.overall,
        })
        return 0
    o = a.overall
    print(f"{len(a.hits)} loaded-language hits in {args.file}: per 100 words, {o['author_per_100w']} in the "
          f"author's voice, {o['quoted_per_100w']} in quotes, {o['reported_per_100w']} in reported speech")
    print()
    print(f"{'par':>3}  {'voice':<9} {'category':<11} {'speaker':<22} text")
    for h in a.hits:
        print(f"{h.paragraph if h.paragraph is not None else '-':>3}  {h.voice:<9} {h.category:<11} "
              f"{(h.speaker or '-')[:22]:<22} {h.text}")
    print()
    print("attribution verbs by side and stance:")
    table = stance_by_side(a.verbs)
    print(table.to_string() if not table.empty else "  none")
    if args.html:
        print()
        print(f"highlighted article written to {args.html}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from .report import analyze, report_html

    art = load_article(args.file)
    a = analyze(art)
    out = args.html or "report.html"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(report_html(a, title=args.file))
    if args.json:
        _print_json({"file": args.file, "html": out, "quotes": len(a.quotes), "sources": len(a.sources),
                     "outlets": [o.name for o in a.outlets], "unattributed": len(a.claims),
                     "overall": {k: float(v) for k, v in a.overall.items()}})
    else:
        print(f"report written to {out}: {len(a.quotes)} quotes, {len(a.sources)} sources, "
              f"{len(a.outlets)} outlets, {len(a.claims)} unattributed claims")
    return 0


def _loaded_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--html", metavar="OUT.html", help="also write the article with hits highlighted")


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "info": (cmd_info, "paragraphs, roles, sentence and word counts, entity counts"),
    "quotes": (cmd_quotes, "direct, partial, indirect and scare quotes with speaker, cue and medium"),
    "sources": (cmd_sources, "who is a source, through which outlet, and unattributed claims"),
    "loaded": (cmd_loaded, "loaded language by voice, attribution verbs by stance, density"),
    "report": (cmd_report, "a self-contained HTML report (use --html OUT.html)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m utils",
        description="Who Says What: analyse who speaks in a news article (any UTF-8 .txt file).",
    )
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name, (func, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", metavar="FILE", help="a UTF-8 text file with one article")
        p.add_argument("--json", action="store_true", help="print JSON instead of a table")
        extra = EXTRA_ARGS.get(name)
        if extra:
            extra(p)
        p.set_defaults(func=func)
    return parser


EXTRA_ARGS: dict[str, Callable[[argparse.ArgumentParser], None]] = {"loaded": _loaded_args, "report": _loaded_args}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return args.func(args)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PipelineMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NO_MODEL
    except BrokenPipeError:
        return 0
