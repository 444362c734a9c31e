"""``Jekyll::DataReader``: ``_data`` files (YAML, JSON, CSV, TSV) into ``site.data``."""

from __future__ import annotations

import csv
import io
import os
import re
from typing import TYPE_CHECKING, Any

from jekyll_py import yaml_loader
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.errors import InvalidEncodingError, YAMLError
from jekyll_py.liquid import rubystring

if TYPE_CHECKING:
    from jekyll_py.site import Site

DATA_EXTS = (".yaml", ".yml", ".json", ".csv", ".tsv")


def sanitize_filename(name: str) -> str:
    name = re.sub(r"[^\w\s-]+|(?:^|(?<=\b\s))\s+(?=$|\s?\b)", "", name)
    return re.sub(r"\s+", "_", name)


class DataReader:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.entry_filter = EntryFilter(site)
        #: Every data file read, so the regenerator can track them.
        self.files: list[str] = []

    def read(self, dir: str) -> dict[str, Any]:
        content: dict[str, Any] = {}
        self.read_data_to(self.site.in_source_dir(dir), content)
        return content

    def read_data_to(self, dir: str, data: dict[str, Any]) -> None:
        if not os.path.isdir(dir) or self.entry_filter.symlink(dir):
            return
        names = os.listdir(dir)
        # Ruby's Dir["*.{yaml,yml,json,csv,tsv}"] expands the braces in order,
        # so files come grouped by extension, each group sorted.
        files = [n for ext in DATA_EXTS for n in sorted(names)
                 if n.endswith(ext) and not n.startswith(".") and os.path.isfile(os.path.join(dir, n))]
        dirs = sorted(n for n in names if os.path.isdir(os.path.join(dir, n)))
        for entry in files + dirs:
            path = os.path.join(dir, entry)
            if self.entry_filter.symlink(path):
                continue
            if os.path.isdir(path):
                sub: dict[str, Any] = {}
                data[sanitize_filename(entry)] = sub
                self.read_data_to(path, sub)
            else:
                key = sanitize_filename(os.path.splitext(entry)[0])
                data[key] = self.read_data_file(path)

    def read_data_file(self, path: str) -> Any:
        self.files.append(path)
        ext = os.path.splitext(path)[1].lower()
        rel = os.path.relpath(path, self.site.source)
        if ext in (".csv", ".tsv"):
            return self.read_csv(path, "\t" if ext == ".tsv" else ",",
                                 "tsv_reader" if ext == ".tsv" else "csv_reader")
        try:
            return yaml_loader.safe_load_file(path, rel)
        except YAMLError as exc:
            # Jekyll stops with Psych's bare message; name the file as well.
            raise type(exc)(f"YAML Exception reading {path}: {exc}", exc.path, exc.line) from exc

    def read_csv(self, path: str, delimiter: str, config_key: str) -> list[Any]:
        reader_config = self.site.config.get(config_key) or {}
        headers = reader_config.get("headers", True)
        encoding = reader_config.get("encoding", self.site.config.get("encoding") or "utf-8")
        with open(path, encoding=encoding, errors="surrogateescape", newline="") as fh:
            text = fh.read()
        if not rubystring.valid_encoding(text):
            line, _ = rubystring.invalid_position(text)
            # Ruby's CSV::MalformedCSVError, with the file named.
            raise InvalidEncodingError(f"Invalid byte sequence in UTF-8 in line {line} of {path}.")
        # Ruby's CSV reads with plain `utf-8`: a BOM stays in the first field.
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        # Ruby's CSV gives nil for an empty unquoted field; Python gives "".
        # Quoted empty fields ("") stay empty strings in Ruby; approximate by
        # checking the raw line for a quoted empty field is not worth it here.
        rows = [[None if cell == "" else cell for cell in row] for row in rows]
        if not headers:
            return rows
        if not rows:
            return []
        header, body = rows[0], rows[1:]
        out = []
        for row in body:
            record: dict[Any, Any] = {}
            for i, key in enumerate(header):
                record[key] = row[i] if i < len(row) else None
            for j in range(len(header), len(row)):
                record.setdefault(None, row[j])
            out.append(record)
        return out
