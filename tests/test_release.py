"""Student and teacher editions (utils/release.py).

The teacher notebooks in docs/teacher/ are the source; notebooks/ holds the
student copies that ``python -m utils.release`` writes from them. These tests
check the stripping itself on small examples, that the student copies are up
to date, and that no solution reaches a student.
"""
import re

import nbformat
import pytest

from utils.release import STUDENT_DIR, TEACHER_DIR, ReleaseError, stale, strip_solutions, student_version

TEACHER_NOTEBOOKS = sorted(TEACHER_DIR.glob("*.ipynb"))
STUDENT_NOTEBOOKS = sorted(STUDENT_DIR.glob("*.ipynb"))

CODE_BLOCK = re.compile(r"^[ \t]*# BEGIN SOLUTION[^\n]*\n(.*?)^[ \t]*# END SOLUTION", re.S | re.M)
MD_BLOCK = re.compile(r"<!-- BEGIN SOLUTION -->(.*?)<!-- END SOLUTION -->", re.S)


# --------------------------------------------------------------------------
# strip_solutions on small examples


def test_code_block_is_removed_and_placeholder_kept():
    source = "x = ___  # replace ___\n# BEGIN SOLUTION\nx = 42\n# END SOLUTION"
    assert strip_solutions(source) == "x = ___  # replace ___"


def test_code_lines_after_the_block_stay():
    source = "x = ___\n# BEGIN SOLUTION\nx = 42\n# END SOLUTION\ncheck(x)"
    assert strip_solutions(source) == "x = ___\ncheck(x)"


def test_indented_block_and_several_blocks():
    source = ("def f():\n    return ___\n    # BEGIN SOLUTION\n    return 1\n    # END SOLUTION\n"
              "y = ___\n# BEGIN SOLUTION\ny = f()\n# END SOLUTION")
    assert strip_solutions(source) == "def f():\n    return ___\ny = ___"


def test_text_after_the_markers_on_their_lines_goes_too():
    source = "z = ___\n# BEGIN SOLUTION (teacher)\nz = 1\n# END SOLUTION: 1 is right"
    assert strip_solutions(source) == "z = ___"


def test_code_without_markers_is_unchanged():
    for source in ("", "x = 1\n", "print('# not a marker')", "a = ___\n\n"):
        assert strip_solutions(source) == source


def test_markdown_block_is_removed():
    source = "Why?\n<!-- BEGIN SOLUTION -->\n\n**Teacher note.** Because.\n\n<!-- END SOLUTION -->"
    assert strip_solutions(source, markdown=True) == "Why?\n"
    inline = "Before <!-- BEGIN SOLUTION -->secret<!-- END SOLUTION -->after."
    assert strip_solutions(inline, markdown=True) == "Before after."


def test_markdown_several_blocks_and_no_markers():
    source = ("A\n<!-- BEGIN SOLUTION -->1<!-- END SOLUTION -->\nB\n"
              "<!-- BEGIN SOLUTION -->\n2\n<!-- END SOLUTION -->\nC")
    assert strip_solutions(source, markdown=True) == "A\nB\nC"
    assert strip_solutions("# A heading\n\nText.", markdown=True) == "# A heading\n\nText."


def test_a_whole_solution_cell_becomes_empty():
    assert strip_solutions("<!-- BEGIN SOLUTION -->\nTeacher only.\n<!-- END SOLUTION -->", markdown=True) == ""


@pytest.mark.parametrize("source", [
    "x = ___\n# BEGIN SOLUTION\nx = 42",
    "x = 42\n# END SOLUTION",
    "# BEGIN SOLUTION\na = 1\n# END SOLUTION\n# BEGIN SOLUTION\nb = 2",
])
def test_unbalanced_code_markers_raise(source):
    with pytest.raises(ReleaseError):
        strip_solutions(source)


@pytest.mark.parametrize("source", [
    "Q\n<!-- BEGIN SOLUTION -->\nA",
    "Q\nA\n<!-- END SOLUTION -->",
    "<!-- BEGIN SOLUTION -->a<!-- END SOLUTION --><!-- BEGIN SOLUTION -->b",
])
def test_unbalanced_markdown_markers_raise(source):
    with pytest.raises(ReleaseError):
        strip_solutions(source, markdown=True)


def test_student_version_strips_and_clears_outputs():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Q\n<!-- BEGIN SOLUTION -->\nA\n<!-- END SOLUTION -->"),
                nbformat.v4.new_code_cell("x = ___\n# BEGIN SOLUTION\nx = 42\n# END SOLUTION",
                                          execution_count=3,
                                          outputs=[nbformat.v4.new_output("stream", name="stdout", text="✅ Well done\n")])]
    out = student_version(nb)
    assert [c.source for c in out.cells] == ["Q\n", "x = ___"]
    assert out.cells[1].outputs == [] and out.cells[1].execution_count is None
    # the teacher notebook itself is not changed
    assert "x = 42" in nb.cells[1].source and nb.cells[1].outputs


# --------------------------------------------------------------------------
# the pack's two editions


def _sources(path, kind: str | None = None) -> list[str]:
    return [c.source for c in nbformat.read(path, as_version=4).cells if kind in (None, c.cell_type)]


def test_both_editions_have_the_same_notebooks():
    assert TEACHER_NOTEBOOKS, "no teacher notebooks in docs/teacher/"
    assert [p.name for p in TEACHER_NOTEBOOKS] == [p.name for p in STUDENT_NOTEBOOKS]


def test_student_copies_are_up_to_date():
    assert stale() == [], "run: python -m utils.release"


@pytest.mark.parametrize("path", STUDENT_NOTEBOOKS, ids=lambda p: p.stem)
def test_student_notebook_has_no_solution_marker(path):
    text = path.read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in text
    assert "END SOLUTION" not in text


@pytest.mark.parametrize("path", TEACHER_NOTEBOOKS, ids=lambda p: p.stem)
def test_teacher_notebook_has_solutions(path):
    sources = _sources(path)
    code_blocks = [b for s in sources for b in CODE_BLOCK.findall(s)]
    md_blocks = [b for s in sources for b in MD_BLOCK.findall(s)]
    assert code_blocks or md_blocks, f"{path.name} has no solution block"
    assert code_blocks, f"{path.name} has no code solution: each exercise cell should carry its answer"


@pytest.mark.parametrize("path", TEACHER_NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_text_reaches_the_student_copy(path):
    # a task may show part of the answer as a hint in markdown; the solution code must not be in any code cell
    student_code = "\n".join(_sources(STUDENT_DIR / path.name, "code"))
    student_all = "\n".join(_sources(STUDENT_DIR / path.name))
    for source in _sources(path):
        for block in CODE_BLOCK.findall(source):
            for line in block.splitlines():
                if len(line.strip()) >= 15:  # short lines such as `)` can occur anywhere
                    assert line.strip() not in student_code, f"{path.name}: solution line in a student cell: {line!r}"
        for block in MD_BLOCK.findall(source):
            if block.strip():
                assert block.strip() not in student_all, f"{path.name}: teacher note in the student copy"


@pytest.mark.parametrize("path", TEACHER_NOTEBOOKS + STUDENT_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_notebook_is_valid_nbformat(path):
    # JupyterLab refuses or warns on an invalid notebook (for instance a markdown cell with "outputs")
    nbformat.validate(nbformat.read(path, as_version=4))
