#!/usr/bin/env python3
"""A structural YAML differential: Psych (as Jekyll 4.3.1 calls it) against ``jekyll_py.yaml_loader``.

Usage::

    python tools/yaml_differential.py --direct [--seed 1] [--count 3000]
    python tools/yaml_differential.py --site /tmp/yaml-site [--posts] [--seed 1] [--count 400]
    python tools/yaml_differential.py --scalars [--seed 1] [--count 100000]

A seeded generator writes YAML documents covering what the plain-scalar
check did not: block scalars (chomping, indentation indicators, trailing
blank lines), folded plain/quoted scalars and escapes, flow collections,
complex keys, empty and null keys, duplicate keys, anchors/aliases/merge
keys, explicit tags (core, Ruby, Python and local ones), comments, tabs,
CRLF, document markers, and mutated copies of all these that are invalid.

``--direct`` loads every document both ways: with Ruby's
``Psych.safe_load(text, permitted_classes: [Date, Time], aliases: true)``
(retried with the old API on ArgumentError, as ``Jekyll::Utils#safe_load_yaml``
does) and with :func:`jekyll_py.yaml_loader.safe_load`, each value written in
a canonical typed form, and errors as (kind, message); each document is
loaded as front matter (with the leading ``---`` line Jekyll hands Psych)
and as a data file.  It prints the disagreements.

``--site DIR`` writes a site with one page per front matter
(``{{ page | inspect }}`` and ``jsonify``; with ``--posts`` one post each,
tags and categories among the keys), builds it with both engines
(``tools/compare_sites.py``) and compares the outputs and every log line.

``--scalars`` compares ``tokenize`` with Psych's ``ScalarScanner#tokenize``
on generated plain scalars (numbers, dates, times, words).

Needs Ruby (Debian's ruby, Psych 4, libyaml 0.2.5); not part of the test run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ORACLE = r'''
require "json"
require "psych"
require "date"
require "time"
def canon(o, seen = [])
  return ["cycle"] if (o.is_a?(Hash) || o.is_a?(Array)) && seen.any? { |s| s.equal?(o) }
  case o
  when Hash then ["map", o.map { |k, v| [canon(k, seen + [o]), canon(v, seen + [o])] }]
  when Array then ["seq", o.map { |x| canon(x, seen + [o]) }]
  when String  # !!binary gives ASCII-8BIT: compared by its bytes
    u = o.dup.force_encoding(Encoding::UTF_8)
    ["str", u.valid_encoding? ? u : u.bytes]
  when Integer then ["int", o.to_s]
  when Float then ["float", o.nan? ? "nan" : [o].pack("G").unpack1("H*")]
  when true, false, nil then o
  when DateTime then ["other", "DateTime", o.to_s]
  when Date then ["date", o.iso8601]
  when Time then ["time", o.strftime("%Y-%m-%dT%H:%M:%S.%N%:z")]
  else ["other", o.class.to_s, o.inspect]
  end
end
def load(y)
  Psych.safe_load(y, :permitted_classes => [Date, Time], aliases: true)
rescue ArgumentError
  Psych.safe_load(y, [Date, Time])
end
JSON.parse($stdin.read).each do |y|
  r = begin
    ["ok", canon(load(y))]
  rescue Psych::SyntaxError => e
    ["syntax", e.message]
  rescue StandardError => e
    ["other", e.message]
  end
  puts JSON.generate(r)
end
'''


# ---------------------------------------------------------------------------
# The generator

WORDS = ["alpha", "beta", "Title", "x", "hello world", "foo bar baz", "ünïcödé", "日本語", "a-b", "a_b",
         "http://example.com/a?b=c#d", "C:\\path", "50%", "@user", "#tag", "a: b", "a #b", "a#b",
         "-x", "?x", "!x", "&x", "*x", "|x", ">x", "%x", "`x", "'x", '"x', "{x}", "[x]", "x]", "x}",
         "x,y", "~", "null", "Yes", "no", "on", "OFF", "true", "True", "1", "-1", "+1", "0o17", "0x1F",
         "017", "1_000", "1,000", "1.5", "1e3", "1.0e+3", ".5", "-.inf", ".NaN", "12:30", "1:20:30",
         "2020-01-02", "2020-01-02 10:20:30", "2020-01-02T10:20:30Z", "2020-01-02 10:20:30.5 +02:00",
         "=", "<<", "", " ", "x ", " x", "a\tb", "\\", "\\n", "é\\u00e9"]
KEYS = ["title", "a", "b", "key with spaces", "k:v", "1", "1.0", "2", "2.5", "true", "null", "~", "2020-01-01",
        "ünï", "-k", "?k", "k#", "<<", "x y", "TAGS", "date", "layout"]
ESCAPES = ["\\0", "\\a", "\\b", "\\t", "\\\t", "\\n", "\\v", "\\f", "\\r", "\\e", "\\ ", '\\"', "\\/",
           "\\\\", "\\N", "\\_", "\\L", "\\P", "\\x41", "\\xe9", "\\u00e9", "\\u263A", "\\U0001F600",
           "\\ud800"]
BAD_ESCAPES = ["\\x4", "\\q", "\\u12", "\\U00110000", "\\'", "\\udc00x"]
TAGS = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!binary", "!!set", "!!omap", "!!pairs",
        "!!timestamp", "!!map", "!!seq", "!!merge", "!!value", "!!yaml", "!ruby/object:Foo",
        "!ruby/object:OpenStruct", "!ruby/sym", "!ruby/symbol", "!ruby/string", "!ruby/array",
        "!ruby/hash", "!ruby/regexp", "!ruby/range", "!ruby/struct:Foo", "!ruby/exception",
        "!ruby/class", "!ruby/module", "!ruby/object:BigDecimal", "!ruby/object:Complex",
        "!ruby/object:Rational", "!ruby/encoding", "!!python/tuple", "!!python/str",
        "!!python/object:os.system", "!foo", "!", "!<tag:yaml.org,2002:str>", "!<!bar>",
        "!<tag:example.com,2000:x>", "!!float#x", "!ruby/string:Foo", "!ruby/hash:Foo",
        "!ruby/array:Foo", "!!Str", "!!INT"]
TAG_VALUES = ["1", "12", "1.5", "true", "yes", "~", "", "abc", "'12'", '"1.5"', "0x1f", "1_000",
              "2020-01-02", "2020-01-02 10:20:30", "2020-01-02T10:20:30.123456789+05:30", "aGVsbG8=",
              "aGVs\n  bG8=", "[1, 2]", "{a: 1, b: 2}", "[a: 1, b: 2]", "{a, b}", "[]", "{}", ":sym",
              "/ab+c/i", "1..3", "null", ".inf", "- a", "\n  a: 1\n  b: 2", "\n  - a\n  - b", "|\n  text\n",
              ">\n  folded\n  text\n", "-1:30", "0b101", "012", "1e5"]


class Gen:
    def __init__(self, seed: int, keys: list[str] | None = None) -> None:
        self.r = random.Random(seed)
        self.anchor_names: list[str] = []
        self.keys = keys or KEYS

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    # -- scalars --------------------------------------------------------------
    def plain_word(self) -> str:
        w = self.pick(WORDS)
        return w if self.plain_ok(w) else "plain"

    @staticmethod
    def plain_ok(w: str) -> bool:
        return bool(w) and w[0] not in "-?:,[]{}#&*!|>'\"%@` \t" and ": " not in w and " #" not in w \
            and not w.endswith((" ", ":", "\t")) and "\\" not in w[:0]

    def single(self, indent: int) -> str:
        w = self.pick(WORDS).replace("'", "''")
        if self.r.random() < 0.3:
            pad = " " * (indent + self.r.randint(0, 3))
            w += "\n" + "\n" * self.r.randint(0, 2) + pad + self.pick(WORDS).replace("'", "''")
        if self.r.random() < 0.2:
            w += self.pick(["''", " '' ", "''x''"])
        return f"'{w}'"

    def double(self, indent: int) -> str:
        parts = []
        for _ in range(self.r.randint(1, 4)):
            c = self.r.random()
            if c < 0.02:
                parts.append(self.pick(BAD_ESCAPES))
            elif c < 0.4:
                parts.append(self.pick(ESCAPES))
            elif c < 0.55:
                pad = " " * (indent + self.r.randint(0, 3))
                parts.append(self.pick(["\n", "\n\n", " \n", "\\\n", "\\\n\n", "\t\n"]) + pad)
            else:
                parts.append(self.pick(WORDS).replace("\\", "\\\\").replace('"', '\\"'))
        return '"' + "".join(parts) + '"'

    def block(self, indent: int) -> tuple[str, bool]:
        """A literal or folded block scalar; returns (header+body, ends-with-newline)."""
        style = self.pick("|>")
        chomp = self.pick(["", "", "-", "+"])
        ind = self.pick(["", "", "", "1", "2", "4"])
        header = style + (chomp + ind if self.r.random() < 0.5 else ind + chomp)
        if self.r.random() < 0.2:
            header += self.pick([" # comment", "  ", " #"])
        body_indent = indent + (int(ind) if ind else self.r.randint(1, 3))
        lines = []
        for _ in range(self.r.randint(0, 5)):
            c = self.r.random()
            if c < 0.15:
                lines.append("")
            elif c < 0.25:
                lines.append(" " * self.r.randint(0, body_indent + 2))
            elif c < 0.4:
                lines.append(" " * (body_indent + self.r.randint(1, 3)) + self.pick(WORDS))
            elif c < 0.45:
                lines.append(" " * body_indent + "\t" + self.pick(WORDS))
            else:
                lines.append(" " * body_indent + self.pick(WORDS))
        if lines and not lines[0].strip() and self.r.random() < 0.5:
            lines[0] = " " * (body_indent + 2) + "leading"
        lines += [""] * self.r.choice([0, 0, 1, 2])
        return header + "\n" + "\n".join(lines), True

    def scalar(self, indent: int, in_flow: bool = False) -> str:
        c = self.r.random()
        if c < 0.35:
            s = self.plain_word()
            if in_flow and any(ch in s for ch in ",[]{}"):
                s = "flow"
            if not in_flow and self.r.random() < 0.1:  # multi-line plain scalar
                s += "\n" + "\n" * self.r.randint(0, 1) + " " * (indent + self.r.randint(1, 3)) + "cont"
            return s
        if c < 0.55:
            return self.single(indent)
        if c < 0.8:
            return self.double(indent)
        if c < 0.88 and not in_flow:
            return self.block(indent)[0]
        if c < 0.95:
            return f"{self.pick(TAGS)} {self.pick(TAG_VALUES)}" if not in_flow else \
                self.pick(TAGS) + " " + self.pick(["1", "a", "'x'", "[1]", "{a: 1}", ""])
        return self.pick(["", "~", "null"])

    # -- collections ---------------------------------------------------------
    def key(self, in_flow: bool = False) -> str:
        c = self.r.random()
        if c < 0.7:
            k = self.pick(self.keys)
            return k if self.plain_ok(k) and ": " not in k and not k.endswith(":") else f"'{k}'"
        if c < 0.8:
            return self.double(0)
        if c < 0.85:
            return self.pick(["", "~", "null", "!!null ''"])
        if c < 0.92:
            return self.pick(["[a, b]", "{a: 1}", "1", "3", "1.5", "true", "2020-01-01", ":sym", "!!int '3'"])
        return "<<"

    def flow(self, depth: int) -> str:
        if depth > 2 or self.r.random() < 0.3:
            return self.scalar(0, in_flow=True)
        if self.r.random() < 0.5:
            items = [self.flow(depth + 1) for _ in range(self.r.randint(0, 4))]
            if self.r.random() < 0.15:
                items.append(f"{self.key(True)}: {self.flow(depth + 1)}")  # single-pair map in a seq
            sep = self.pick([", ", ",", " , ", ",\n  "])
            tail = self.pick(["", "", ","])
            return "[" + sep.join(items) + (tail if items else "") + "]"
        pairs = []
        for _ in range(self.r.randint(0, 4)):
            c = self.r.random()
            if c < 0.1:
                pairs.append(self.key(True))  # key without value
            elif c < 0.15:
                pairs.append(f"? {self.key(True)}")
            elif c < 0.2:
                pairs.append(f'"{self.pick(self.keys)}":{self.flow(depth + 1)}')  # JSON-like
            else:
                pairs.append(f"{self.key(True)}: {self.flow(depth + 1)}")
        return "{" + self.pick([", ", ","]).join(pairs) + "}"

    def anchor(self) -> str:
        name = self.pick(["a", "b", "base", "x1", "n-1"])
        self.anchor_names.append(name)
        return f"&{name} "

    def alias(self) -> str:
        if self.anchor_names and self.r.random() < 0.85:
            return "*" + self.pick(self.anchor_names)
        return "*" + self.pick(["nope", "a", "b"])

    def node(self, indent: int, depth: int, *, after_dash: bool = False) -> str:
        """A value after ``key:`` or ``-``: returns text starting with ' ' or '\\n'."""
        c = self.r.random()
        prefix = ""
        if self.r.random() < 0.1:
            prefix = self.anchor()
        if self.r.random() < 0.05:
            prefix += self.pick(["!!map ", "!!seq ", "!!omap ", "!!set ", "!!pairs ", "!ruby/hash ", "!foo "])
        if depth < 3 and c < 0.3:
            sub = indent + self.pick([2, 2, 4, 1])
            head = (" " + prefix.rstrip()) if prefix else ""
            return head + "\n" + self.mapping(sub, depth + 1)
        if depth < 3 and c < 0.5:
            sub = indent + self.pick([0, 2, 2, 4]) if not after_dash else indent + 2
            head = (" " + prefix.rstrip()) if prefix else ""
            return head + "\n" + self.sequence(sub, depth + 1)
        if c < 0.6:
            return " " + prefix + self.flow(depth)
        if c < 0.67 and self.anchor_names:
            return " " + self.alias()
        s = self.scalar(indent)
        if s == "" and not prefix:
            return ""
        return " " + prefix + s

    def mapping(self, indent: int, depth: int) -> str:
        pad = " " * indent
        lines = []
        for _ in range(self.r.randint(1, 4)):
            c = self.r.random()
            if c < 0.07 and self.anchor_names:
                m = self.pick([self.alias(), f"[{self.alias()}, {self.alias()}]", "{a: 1}", "[{a: 1}, *a]",
                               "1", "[1]"])
                lines.append(f"{pad}<<: {m}")
            elif c < 0.12:
                ckey = self.pick(["[a, b]", "complex", "{x: 1}", "|\n" + pad + "  lit"])
                lines.append(f"{pad}? {ckey}\n{pad}:{self.node(indent, depth)}")
            elif c < 0.15:
                lines.append(f"{pad}{self.pick(['#', '# a comment', '  # indented', ''])}")
                continue
            else:
                k = self.key()
                lines.append(f"{pad}{k}:{self.node(indent, depth)}")
            if self.r.random() < 0.05:
                lines[-1] += self.pick([" # c", "\t# tab comment", "  #"])
        return "\n".join(lines)

    def sequence(self, indent: int, depth: int) -> str:
        pad = " " * indent
        items = []
        for _ in range(self.r.randint(1, 4)):
            c = self.r.random()
            if c < 0.15 and depth < 3:  # a mapping inside the item: "- a: 1\n  b: 2"
                body = self.mapping(indent + 2, depth + 1)
                items.append(f"{pad}- {body[indent + 2:]}")
            elif c < 0.2:
                items.append(f"{pad}-")
            else:
                items.append(f"{pad}-{self.node(indent, depth, after_dash=True)}")
        return "\n".join(items)

    def document(self) -> str:
        self.anchor_names = []
        c = self.r.random()
        if c < 0.85:
            text = self.mapping(0, 0)
        elif c < 0.9:
            text = self.sequence(0, 0)
        elif c < 0.95:
            text = self.flow(0)
        else:
            text = self.scalar(0)
        text += "\n"
        if self.r.random() < 0.08:
            text += self.pick(["--- second\n", "...\n", "--- \nz: 1\n", "%YAML 1.1\n", "... # end\nq: 1\n"])
        if self.r.random() < 0.05:
            text = text.replace("\n", "\r\n")
        if self.r.random() < 0.03:
            text = text.replace(": ", ":\t", 1)
        if self.r.random() < 0.03:
            text = text.replace("\n", "\n\t", 1)
        if self.r.random() < 0.02:
            text = text.replace("\n", "\n\ufeff", 1)
        if self.r.random() < 0.2:
            text = self.mutate(text)
        return text

    def mutate(self, text: str) -> str:
        for _ in range(self.r.randint(1, 2)):
            if not text:
                break
            i = self.r.randrange(len(text))
            c = self.r.random()
            if c < 0.4:
                text = text[:i] + self.pick(list(":-?[]{}#&*!|>'\",%@` \t\n") + ["\\", "  ", "- ", ": "]) + text[i:]
            elif c < 0.7:
                text = text[:i] + text[i + 1:]
            else:
                lines = text.split("\n")
                j = self.r.randrange(len(lines))
                lines[j] = (" " * self.r.randint(1, 3) + lines[j]) if self.r.random() < 0.5 else lines[j].lstrip()
                text = "\n".join(lines)
        return text


#: Hand-written documents, run before the generated ones.
CASES = [
    "a: |\n  x\n\n\n", "a: |-\n  x\n\n", "a: |+\n  x\n\n\nb: 1\n", "a: >\n  x\n  y\n\n  z\n   w\n",
    "a: >2-\n   x\n  y\n", "a: |1\n  x\n", "a: |0\n x\n", "a: |10\n x\n", "a: >\n\n\n  x\n", "a: |\n\tx\n",
    "- |\n x\n- >-\n y\n", "a: >\n  x\n\n", "a: |\n  x\n  # not a comment\n# a comment\n",
    "a: b\n  c\n\n  d\n", "a: 'x\n\n  y\n  '\n", 'a: "x\\\n  y \\ z\\t\\N\\_\\L\\P\\x41\\u00e9\\U0001F600"\n',
    "a: 'it''s'\n", 'a: "\\/\\0\\a\\e\\ "\n', "a: [1, [2, {b: 3}], {c: [4]}, ]\n", "a: {b, c: , ? d}\n",
    "{a: 1, b: [x, y]}\n", "[a, b]\n", "a:\n- 1\n- 2\nb: 3\n", "? [a, b]\n: c\n? {d: 1}\n: e\n", "? x\n",
    "a:\nb: ~\nc: null\n~: 1\n", ": x\n", "a: 1\na: 2\n", "a: 1 # c\n# c\nb: 2 #c\n", "a: 1\t# c\n",
    "a:\t1\n", "\ta: 1\n", "a: 1\r\nb: |\r\n  x\r\n  y\r\n", "a: 1\n...\nb: 2\n", "a: 1\n--- \nb: 2\n",
    "--- x\n", "--- |\n  x\n", "a: \ufeffx\n", "\ufeffa: 1\n", "%YAML 1.1\n---\na: 1\n", "%YAML 1.2\n---\na: 1\n",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", "a: !e!x 1\n",
    "b: &b {x: 1, y: 2}\nc: &c {y: 3, z: 4}\nd:\n  <<: [*b, *c]\n  x: 0\n", "b: &b {x: 1}\nd:\n  x: 0\n  <<: *b\n",
    "b: &b [1]\nd:\n  <<: *b\n", "d:\n  <<: [{a: 1}, 2]\n", "d:\n  <<: 1\n", "d:\n  <<:\n", "d:\n  !!str <<: {a: 1}\n",
    "d:\n  '<<': {a: 1}\n", "a: &a {b: *a}\n", "a: &a [*a]\n", "a: *a\n", "a: &a 1\nb: *a\na: &a 2\nc: *a\n",
    "a: &a 1\nb: *b\nc: [\n", "a: !!str 1\nb: !!int '1'\nc: !!float 1\nd: !!bool yes\ne: !!null x\n",
    "a: !!binary aGVsbG8=\n", "a: !!binary |\n  aGVs\n  bG8=\n", "a: !!set {x, y}\n", "a: !!omap [a: 1, b: 2]\n",
    "a: !!omap {a: 1}\n", "a: !!pairs [a: 1, a: 2]\n", "a: !!timestamp 2020-01-02\n", "a: !!timestamp x\n",
    "a: !ruby/object:Foo {x: 1}\n", "a: !ruby/object {x: 1}\n", "a: !ruby/object:Hash {x: 1}\n", "a: !ruby/sym x\n",
    "a: !ruby/symbol x\n", "a: :x\n", "a: ':x'\n", "a: !ruby/struct {x: 1}\n", "a: !ruby/regexp /x/\n",
    "a: !ruby/range 1..2\n", "a: !ruby/array [1]\n", "a: !ruby/array:Foo [1]\n", "a: !ruby/hash {x: 1}\n",
    "a: !ruby/hash:Foo {x: 1}\n", "a: !ruby/string x\n", "a: !ruby/string:Foo x\n", "a: !ruby/class Foo\n",
    "a: !ruby/exception {message: x}\n", "a: !!python/tuple [1]\n", "a: !!python/object:os.system {x: 1}\n",
    "a: !foo x\n", "a: !foo [1]\n", "a: !foo {x: 1}\n", "a: ! 12\n", "a: ! '12'\n", "a: !<!foo> 1\n",
    "a: !<tag:yaml.org,2002:str> 1\n", "a: !!float x\n", "a: !!float ''\n", "a: !!float 0x1A\n", "a: !!float 1_0\n",
    "a: !!float 2020-01-01\n", "a: !!float yes\n", "a: !ruby/encoding UTF-8\n", "a: !ruby/encoding nope\n",
    "a: !!str {str: x}\n", "a: !!str {x: 1}\n", "a: !!str [1]\n", "a: !!map [1]\n", "a: !!seq {x: 1}\n",
    "a: b: c\n", "a: [\n", "a: {\n", "a: 'x\n", 'a: "x\n', "a: |\n x\n y: 1\n", "- a\nb: 1\n", "a:\n  - 1\n  b: 2\n",
    "a: @x\n", "a: `x\n", "a: %x\n", "a: 1\n b: 2\n", " a: 1\nb: 2\n", "a: &\n", "a: *\n", "a: !\n", "a: !!\n",
    "a: \x01\n", "a: \x85\n", "a: \u2028\n", "a:\n- 1\n - 2\n", "a: \"\\q\"\n", "a: \"\\x4g\"\n",
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%FOO bar\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "a: 1\n%YAML 1.1\n",
    "key: value\n---\n", "[a, b]: c\n", "{a: 1}: b\n", "? - a\n  - b\n: c\n", "a: [b: c, d]\n", "a: {? b}\n",
    "1: a\n1.0: b\n'1': c\n", "2020-01-01: a\n", "null: a\n'': b\n", "x: 1\n<<: {x: 2}\n", "<<: {x: 2}\nx: 1\n",
]


def generate(seed: int, count: int, *, site: bool = False, posts: bool = False) -> list[str]:
    """*count* documents; for a site, without the keys Jekyll acts on (layout, date),
    for posts with tags and categories (a slug that is not a string stops Jekyll)."""
    keys = [k for k in KEYS if k not in ("layout", "date")] if site else KEYS
    gen = Gen(seed, keys + ["tags", "categories"] if posts else keys)
    return [gen.document() for _ in range(count)]


# ---------------------------------------------------------------------------
# Loading both ways

def canon(value, seen: tuple = ()):  # noqa: ANN001, ANN201
    if isinstance(value, (dict, list, tuple)) and any(s is value for s in seen):
        return ["cycle"]
    if isinstance(value, dict):
        return ["map", [[canon(k, (*seen, value)), canon(v, (*seen, value))] for k, v in value.items()]]
    if isinstance(value, (list, tuple)):
        return ["seq", [canon(x, (*seen, value)) for x in value]]
    if isinstance(value, bytes):
        return ["bin", list(value)]
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return ["str", list(value.encode("utf-8", "surrogateescape"))]
        return ["str", value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float", "nan" if math.isnan(value) else struct.pack(">d", value).hex()]
    if isinstance(value, dt.datetime):
        zone = value.strftime("%z")
        return ["time", f"{value.year:04d}" + value.strftime("-%m-%dT%H:%M:%S.%f") + f"000{zone[:3]}:{zone[3:]}"]
    if isinstance(value, dt.date):
        return ["date", f"{value.year:04d}-{value.month:02d}-{value.day:02d}"]
    return ["other", type(value).__name__, repr(value)]


def ours(text: str):  # noqa: ANN201
    from jekyll_py.errors import YAMLDisallowedClassError, YAMLError
    from jekyll_py.yaml_loader import safe_load
    try:
        return ["ok", canon(safe_load(text))]
    except YAMLDisallowedClassError as exc:
        return ["other", str(exc)]
    except YAMLError as exc:
        return ["syntax", str(exc)]
    except Exception as exc:  # noqa: BLE001  (a crash is a disagreement to report)
        return ["crash", f"{type(exc).__name__}: {exc}"]


def psych(texts: list[str]) -> list:
    with tempfile.NamedTemporaryFile("w", suffix=".rb", delete=False) as fh:
        fh.write(ORACLE)
    try:
        out = subprocess.run(["ruby", fh.name], input=json.dumps(texts), capture_output=True, text=True,
                             env={**os.environ, "TZ": "UTC"})
        if out.returncode:
            raise SystemExit(f"ruby failed: {out.stderr[-2000:]}")
    finally:
        os.unlink(fh.name)
    return [json.loads(line) for line in out.stdout.split("\n") if line]


def direct(texts: list[str], show: int) -> int:
    os.environ["TZ"] = "UTC"
    docs = []
    for text in texts:
        docs.append("---\n" + text)  # front matter: Jekyll's match starts at the fence
        docs.append(text)            # a data file
    expected = psych(docs)
    bad = 0
    for i, (doc, exp) in enumerate(zip(docs, expected, strict=True)):
        got = ours(doc)
        if got != exp:
            bad += 1
            if bad <= show:
                print(f"--- case {i // 2} ({'front matter' if i % 2 == 0 else 'data file'})\n{doc!r}\n"
                      f"  psych: {json.dumps(exp, ensure_ascii=False)[:400]}\n"
                      f"  ours:  {json.dumps(got, ensure_ascii=False)[:400]}")
    kinds = {}
    for exp in expected:
        kinds[exp[0]] = kinds.get(exp[0], 0) + 1
    print(f"{len(docs)} loads ({len(texts)} documents x front matter/data file); Psych: {kinds}; "
          f"agree: {len(docs) - bad}, disagree: {bad}")
    return 1 if bad else 0


SCALAR_ORACLE = r'''
require "json"; require "psych"; require "date"
ss = Psych::ScalarScanner.new(Psych::ClassLoader::Restricted.new(["Date", "Time"], []))
def canon(v)
  case v
  when String then ["str", v]
  when Integer then ["int", v.to_s]
  when Float then ["float", v.nan? ? "nan" : [v].pack("G").unpack1("H*")]
  when true, false, nil then v
  when Time then ["time", v.strftime("%Y-%m-%dT%H:%M:%S.%N%:z")]
  when Date then ["date", v.iso8601]
  else ["other", v.inspect] end
end
JSON.parse($stdin.read).each do |s|
  r = begin; ["ok", canon(ss.tokenize(s))]; rescue Psych::DisallowedClass => e; ["other", e.message]
      rescue ArgumentError, TypeError => e; ["argument", e.class.to_s]; end
  puts JSON.generate(r)
end
'''


def scalar_texts(seed: int, count: int) -> list[str]:
    """Plain scalars for ``tokenize``: random strings over digits, signs, separators
    and the letters of yes/no/null/inf/nan, number-like and timestamp-like ones."""
    r = random.Random(seed)
    alpha = "0123456789+-.:_,eExXbBoO ~nNuUlLyYtTfF\naZ!#@%&*()=/\\;<>|{}"
    out: set[str] = set()
    while len(out) < count // 2:
        out.add("".join(r.choice(alpha) for _ in range(r.randint(1, 12))))
    while len(out) < count * 4 // 5:
        out.add(r.choice(["", "+", "-"]) + str(r.randint(0, 99999))
                + r.choice(["", ".", ".5", "e+3", "e-2", "_0", ",000", ":30", ":59:59", ":60"])
                + r.choice(["", "0", "_1", ".", "e3"]))
    while len(out) < count:
        out.add(f"{r.randint(1, 9999):04d}-{r.randint(0, 13)}-{r.randint(0, 32)}" + r.choice(
            ["", f" {r.randint(0, 25)}:{r.randint(0, 61):02d}:{r.randint(0, 61):02d}", f"T{r.randint(0, 9)}:00:00Z",
             f" {r.randint(0, 24)}:02:03.{r.randint(0, 999999)} {r.choice('+-')}{r.randint(0, 30)}"
             + r.choice(["", ":30", "30"])]))
    return sorted(out)


def scalars(seed: int, count: int, show: int) -> int:
    """``tokenize`` against Psych's ``ScalarScanner#tokenize`` on generated plain scalars."""
    from jekyll_py import yaml_scalars

    os.environ["TZ"] = "UTC"
    texts = scalar_texts(seed, count)
    with tempfile.NamedTemporaryFile("w", suffix=".rb", delete=False) as fh:
        fh.write(SCALAR_ORACLE)
    try:
        out = subprocess.run(["ruby", fh.name], input=json.dumps(texts), capture_output=True, text=True,
                             env={**os.environ, "TZ": "UTC"})
    finally:
        os.unlink(fh.name)
    expected = [json.loads(line) for line in out.stdout.split("\n") if line]
    bad = 0
    for text, exp in zip(texts, expected, strict=True):
        try:
            got = ["ok", canon(yaml_scalars.tokenize(text))]
        except yaml_scalars._RubySymbol:
            got = ["other", "Tried to load unspecified class: Symbol"]
        except yaml_scalars._RubyArgumentError:
            got = ["argument", exp[1] if exp[0] == "argument" else "?"]
        if got != exp:
            bad += 1
            if bad <= show:
                print(f"  {text!r}: psych {exp}, ours {got}")
    print(f"{len(texts)} plain scalars: agree {len(texts) - bad}, disagree {bad}")
    return 1 if bad else 0


def write_site(texts: list[str], dest: Path, *, posts: bool = False) -> int:
    """One page per front matter (with *posts*, one post each, printing its string
    keys one by one); documents that load to something other than a mapping are
    left out (Jekyll stops the build: "Invalid YAML front matter")."""
    dest.mkdir(parents=True, exist_ok=True)
    if posts:
        (dest / "_posts").mkdir(exist_ok=True)
    (dest / "_config.yml").write_text("title: yaml differential\n", "utf-8")
    texts = [text.replace("\n---", "\n#--").replace("\n...", "\n#..") for text in texts]  # the fences
    loaded = psych(["---\n" + text for text in texts])
    written = 0
    for i, (text, result) in enumerate(zip(texts, loaded, strict=True)):
        value = result[1] if result[0] == "ok" else None
        if value not in (None, False) and not (isinstance(value, list) and value[0] == "map"):
            continue
        if '["cycle"]' in json.dumps(value) or '["other"' in json.dumps(value):
            # A structure containing itself (Liquid recurses forever), or a Ruby object
            # (an Encoding) that Jekyll cannot dup
            continue
        # jsonify fails the build on NaN (Jekyll: stack level too deep) and infinities.
        # jsonify also fails on bytes that are not UTF-8 (!!binary).
        finite = not any(f in json.dumps(value) for f in ('"nan"', "7ff0000000000000", "fff0000000000000",
                                                           '["str", ['))
        body = "{{ page | inspect }}\n" + ("{{ page | jsonify }}\n" if finite else "")
        target = dest / f"c{i:04d}.html"
        if posts:
            pairs = value[1] if value else []
            if any(k == ["str", "categories"] and '["map"' in json.dumps(v) for k, v in pairs):
                continue  # a mapping in a URL part: Addressable::URI::InvalidURIError stops Jekyll
            keys = [k[1] for k, _ in pairs if isinstance(k, list) and k[0] == "str"]
            keys = [k for k in dict.fromkeys(keys + ["title", "tags", "categories"])
                    if isinstance(k, str) and '"' not in k and "\\" not in k and "}" not in k]
            body = "".join(f'{k}: {{{{ page["{k}"] | inspect }}}}\n' for k in keys)
            if finite:
                body += "{{ page.tags | jsonify }} {{ page.categories | jsonify }}\n"
            target = dest / "_posts" / f"2020-01-01-c{i:04d}.html"
        target.write_bytes(("---\n" + text + "---\n" + body).encode("utf-8", "surrogateescape"))
        written += 1
    return written


def compare_site(site: Path, show: int) -> int:
    """Build with both engines (tools/compare_sites.py), compare outputs and every log line."""
    sys.path.insert(0, str(ROOT / "tools"))
    import compare_sites  # noqa: PLC0415
    from helpers.sites import clean_log, compare_trees  # noqa: PLC0415

    run = compare_sites.build_both(site / "src", site / "build", [])
    logs = [clean_log(run[key].stderr, run[key + "_dir"]) for key in ("jekyll", "ours")]
    print(f"exit status: Jekyll {run['jekyll'].returncode}, jekyll-py {run['ours'].returncode}")
    def read_error(line: str) -> bool:
        return "reading" in line or "could not read" in line

    warned = [sorted(line for line in log if read_error(line)) for log in logs]
    same = len(set(warned[0]) & set(warned[1]))
    print(f"YAML warnings: Jekyll {len(warned[0])}, jekyll-py {len(warned[1])}, identical {same}")
    for line in sorted(set(warned[0]) ^ set(warned[1]))[:show]:
        print(f"  {'jekyll' if line in warned[0] else 'ours  '}: {line}")
    others = [[line for line in log if not read_error(line) and not line.lstrip().startswith(("/", "from "))]
              for log in logs]
    if others[0] != others[1]:
        print("other log lines differ:\n  jekyll: " + "\n  jekyll: ".join(others[0][:10])
              + "\n  ours:   " + "\n  ours:   ".join(others[1][:10]))
    comparison = compare_trees(run["jekyll_out"], run["ours_out"], [])
    print(comparison.summary())
    for result in comparison.differing[:show]:
        print(f"=== {result.path}\n{result.detail}")
    ok = comparison.ok and warned[0] == warned[1] and others[0] == others[1]
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--show", type=int, default=30, help="disagreements to print")
    parser.add_argument("--scalars", action="store_true", help="tokenize() against ScalarScanner#tokenize")
    parser.add_argument("--posts", action="store_true", help="with --site: posts instead of pages")
    parser.add_argument("--no-cases", action="store_true", help="leave out the hand-written documents")
    parser.add_argument("--direct", action="store_true", help="compare loads without building sites")
    parser.add_argument("--site", type=Path, help="write a site here and compare builds")
    parser.add_argument("--dump", type=Path, help="write the generated documents to this JSON file")
    options = parser.parse_args(argv)
    if options.scalars:
        return scalars(options.seed, options.count, options.show)
    texts = generate(options.seed, options.count, site=bool(options.site) and not options.direct,
                     posts=options.posts)
    if not options.no_cases:
        texts = CASES + texts
    if options.dump:
        options.dump.write_text(json.dumps(texts, ensure_ascii=False, indent=0), "utf-8")
    status = 0
    if options.direct or not options.site:
        status |= direct(texts, options.show)
    if options.site:
        print(f"site: {write_site(texts, options.site / 'src', posts=options.posts)} pages")
        status |= compare_site(options.site, options.show)
    return status


if __name__ == "__main__":
    sys.exit(main())
