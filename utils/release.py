"""Student and teacher editions of the notebooks.

Teachers edit one set of notebooks, ``docs/teacher/*.ipynb``, in which the
solution of each exercise sits between markers:

- in a code cell, lines from ``# BEGIN SOLUTION`` to ``# END SOLUTION``
  (the placeholder line above the block, e.g. ``answer = ___``, stays and
  is what students see);
- in a markdown cell, text from ``<!-- BEGIN SOLUTION -->`` to
  ``<!-- END SOLUTION -->``.

``python -m utils.release`` writes the student copies to ``notebooks/``
without the solutions, runs them top to bottom so that they are saved with
their outputs, and ``python -m utils.release --check`` says whether the
student copies are up to date (the tests run it).

>>> strip_solutions("x = ___\\n# BEGIN SOLUTION\\nx = 42\\n# END SOLUTION\\ncheck(x)")
'x = ___\\ncheck(x)'
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEACHER_DIR = ROOT / "docs" / "teacher"
STUDENT_DIR = ROOT / "notebooks"

_CODE = re.compile(r"^[ \t]*# BEGIN SOLUTION[^\n]*\n.*?^[ \t]*# END SOLUTION[^\n]*(\n|$)", re.S | re.M)
_MD = re.compile(r"<!-- BEGIN SOLUTION -->.*?<!-- END SOLUTION -->\n?", re.S)


class ReleaseError(RuntimeError):
    """A teacher notebook is malformed (unbalanced markers)."""


def strip_solutions(source: str, markdown: bool = False) -> str:
    """The cell source without its solution blocks."""
    if markdown:
        if source.count("<!-- BEGIN SOLUTION -->") != source.count("<!-- END SOLUTION -->"):
            raise ReleaseError("unbalanced <!-- BEGIN/END SOLUTION --> markers in a markdown cell")
        return _MD.sub("", source)
    if source.count("# BEGIN SOLUTION") != source.count("# END SOLUTION"):
        raise ReleaseError("unbalanced # BEGIN/END SOLUTION markers in a code cell")
    return _CODE.sub("", source).rstrip("\n") if "# BEGIN SOLUTION" in source else source


def student_version(nb):
    """A copy of a teacher notebook (nbformat node) with solutions removed and outputs cleared."""
    import copy

    out = copy.deepcopy(nb)
    kept = []
    for cell in out.cells:
        had_solution = "BEGIN SOLUTION" in cell.source
        if cell.cell_type == "code":
            cell.source = strip_solutions(cell.source)
            cell.outputs = []
            cell.execution_count = None
        elif cell.cell_type == "markdown":
            cell.source = strip_solutions(cell.source, markdown=True)
        if had_solution and not cell.source.strip():
            continue  # a cell that held nothing but a solution (a teacher note) is left out
        kept.append(cell)
    out.cells = kept
    return out


def _sources(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source) for c in nb.cells]


def stale(teacher_dir: Path = TEACHER_DIR, student_dir: Path = STUDENT_DIR) -> list[str]:
    """Names of student notebooks that are missing or whose cells differ from the stripped teacher notebook."""
    import nbformat

    bad = []
    for t in sorted(teacher_dir.glob("*.ipynb")):
        s = student_dir / t.name
        if not s.exists():
            bad.append(f"{t.name}: no student copy")
            continue
        want = _sources(student_version(nbformat.read(t, as_version=4)))
        have = _sources(nbformat.read(s, as_version=4))
        if want != have:
            bad.append(f"{t.name}: student copy differs from the teacher notebook")
        elif any("BEGIN SOLUTION" in src for _k, src in have):
            bad.append(f"{t.name}: student copy contains a solution marker")
    return bad


def release(names: list[str] | None = None, execute: bool = True, timeout: int = 600) -> list[Path]:
    """Write student copies of the teacher notebooks (all, or those named), executed with outputs."""
    import nbformat
    from nbclient import NotebookClient

    written = []
    for t in sorted(TEACHER_DIR.glob("*.ipynb")):
        if names and t.stem not in names and t.name not in names:
            continue
        nb = student_version(nbformat.read(t, as_version=4))
        if execute:
            NotebookClient(nb, timeout=timeout, kernel_name="python3",
                           resources={"metadata": {"path": str(STUDENT_DIR)}}).execute()
        target = STUDENT_DIR / t.name
        nbformat.write(nb, target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m utils.release",
                                 description="Write student notebooks (notebooks/) from the teacher notebooks (docs/teacher/).")
    ap.add_argument("names", nargs="*", help="notebook names to release (default: all)")
    ap.add_argument("--check", action="store_true", help="only check that the student copies are up to date")
    ap.add_argument("--no-execute", action="store_true", help="write without running (outputs empty)")
    args = ap.parse_args(argv)
    try:
        if args.check:
            bad = stale()
            for b in bad:
                print(b, file=sys.stderr)
            if not bad:
                print("student notebooks are up to date")
            return 1 if bad else 0
        for p in release(args.names or None, execute=not args.no_execute):
            print(f"wrote {p.relative_to(ROOT)}")
        return 0
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
