"""kramdown tables (pipe tables with header, body and footer separators)."""

from __future__ import annotations

import re
from typing import Any

from . import patterns as P
from .element import WS, Element
from .scanner import Scanner

_CODE_SPLIT = re.compile(r"(<code.*?>.*?</code>)")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_PIPE_CHECK_START = re.compile(rf"^{P.TABLE_PIPE_CHECK}", re.M)


class TableMixin:
    """``parse_table`` of the block parser."""

    def parse_table(self, m: re.Match[str], state: Any) -> bool:
        if not self.after_block_boundary():  # type: ignore[attr-defined]
            return False
        src: Scanner = self.src  # type: ignore[attr-defined]
        if not src.check(P.TABLE_START):
            return False
        saved_pos = orig_pos = src.pos
        table = self.new_block_el("table", None, None, {"alignment": []})  # type: ignore[attr-defined]
        leading_pipe = bool(re.match(r"^\s*\|", src.check(P.TABLE_LINE).group(0), re.ASCII))  # type: ignore[union-attr]
        src.scan(P.TABLE_SEP_LINE)
        rows: list[Element] = []
        has_footer = False
        columns = 0

        def add_container(kind: str, force: bool) -> None:
            nonlocal rows
            if not has_footer or kind != "tbody" or force:
                cont = Element(kind)
                cont.children, rows = rows, []
                table.children.append(cont)

        while not src.eos():
            if not src.check(P.TABLE_LINE):
                break
            if src.scan(P.TABLE_SEP_LINE):
                if not rows:
                    pass
                elif not table.options["alignment"] and not has_footer:
                    add_container("thead", False)
                    aligns = []
                    for left, right in P.TABLE_HSEP_ALIGN.findall(src[1]):
                        if not left and not right:
                            aligns.append("default")
                        elif not right:
                            aligns.append("left")
                        elif not left:
                            aligns.append("right")
                        else:
                            aligns.append("center")
                    table.options["alignment"] = aligns
                else:
                    add_container("tbody", False)
            elif src.scan(P.TABLE_FSEP_LINE):
                if rows:
                    add_container("tbody", True)
                has_footer = True
            elif src.scan(P.TABLE_ROW_LINE):
                trow = Element("tr")
                cells: list[str] = []
                for i, piece in enumerate(_CODE_SPLIT.split(src[1])):
                    if i % 2 == 1:
                        if cells:
                            cells[-1] += piece
                        else:
                            cells.append(piece)
                        continue
                    root = self.span.parse_detached(piece, ["codespan"])  # type: ignore[attr-defined]
                    for c in root.children:
                        if c.type == "raw_text":
                            parts = [t.replace("\\|", "|") for t in _UNESCAPED_PIPE.split(c.value)]
                            f, rest = parts[0], parts[1:]
                            if cells:
                                cells[-1] += f
                            else:
                                cells.append(f)
                            cells.extend(rest)
                        else:
                            delim = max(re.findall(r"`+", c.value), default="") + "`"
                            pad = " " if len(delim) > 1 else ""
                            tmp = f"{delim}{pad}{c.value}{pad}{delim}"
                            if cells:
                                cells[-1] += tmp
                            else:
                                cells.append(tmp)
                if leading_pipe and cells and not cells[0].strip(WS):
                    cells.pop(0)
                if cells and not cells[-1].strip(WS):
                    cells.pop()
                for cell_text in cells:
                    tcell = Element("td")
                    tcell.children.append(Element("raw_text", cell_text.strip(WS)))
                    trow.children.append(tcell)
                columns = max(columns, len(cells))
                rows.append(trow)
            else:
                break

        if not self.before_block_boundary():  # type: ignore[attr-defined]
            src.pos = saved_pos
            return False

        # Check that every line (outside code spans) really contains a pipe.
        root = self.span.parse_detached(src.string[orig_pos:src.pos - 1], ["codespan", "span_html"])  # type: ignore[attr-defined]
        pipe_on_line = False
        for c in root.children:
            if not isinstance(c.value, str):
                continue
            lines = c.value.split("\n")
            while lines and lines[-1] == "":
                lines.pop()
            if c.type == "codespan":
                if len(lines) > 2 or (len(lines) == 2 and not pipe_on_line):
                    break
                if len(lines) == 2 and pipe_on_line:
                    pipe_on_line = False
            else:
                if len(lines) > 1 and not pipe_on_line and not _PIPE_CHECK_START.match(lines[0]):
                    break
                last_has = bool(lines) and bool(_PIPE_CHECK_START.match(lines[-1]))
                pipe_on_line = (False if len(lines) > 1 else pipe_on_line) or last_has
        if not pipe_on_line:
            src.pos = saved_pos
            return False

        if rows:
            add_container("tfoot" if has_footer else "tbody", False)
        if not any(el.type == "tbody" for el in table.children):
            src.pos = saved_pos
            return False
        for part in table.children:
            for row in part.children:
                for _ in range(columns - len(row.children)):
                    row.children.append(Element("td"))
        al = table.options["alignment"]
        if len(al) > columns:
            table.options["alignment"] = al[:columns]
        else:
            table.options["alignment"] = al + ["default"] * (columns - len(al))
        self.tree.children.append(table)  # type: ignore[attr-defined]
        return True
