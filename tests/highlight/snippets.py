"""Code snippets (written for this project) that ``record_rouge.py`` feeds to Rouge.

The languages and constructs are the ones Jekyll sites commonly show:
keywords, strings with escapes and interpolation, numbers, comments,
definitions, operators, and a few awkward spots (unterminated strings,
trailing whitespace, no final newline, tabs, non-ASCII text).
"""

from __future__ import annotations

SNIPPETS: dict[str, list[str]] = {
    "plaintext": [
        "Hello <world> & \"friends\"\n",
        "  indented\n\n\ttabbed\n",
        "",
        "no final newline",
    ],
    "text": ["a & b < c > d\n"],
    "python": [
        "import os\nfrom collections import defaultdict as dd\n\n\ndef main(argv=None):\n    \"\"\"Entry point.\"\"\"\n    counts = dd(int)\n    for name in os.listdir('.'):\n        counts[name[0]] += 1\n    return 0\n",
        "class Point(object):\n    def __init__(self, x: float = 0.0, y: float = 0.0) -> None:\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n        return f\"Point({self.x!r}, {self.y})\"\n",
        "@app.route('/')\ndef index():\n    return render_template('index.html', title=\"Home\")\n",
        "x = [i ** 2 for i in range(10) if i % 2 == 0]\nprint(x, len(x), sep=', ')\ny = {'a': 1, \"b\": 2.5, 'c': 0x1F, 'd': 1e-3, 'e': 10j}\n",
        "try:\n    value = int(input(\"Number: \"))\nexcept ValueError as err:\n    raise RuntimeError(\"bad\") from err\nfinally:\n    pass\n",
        "async def fetch(session, url):\n    async with session.get(url) as resp:\n        return await resp.text()\n\nlambda a, *args, **kw: None\n",
        "# comment only\nif True and not False or None is None:\n    print('yes')  # trailing\nelif x in y:\n    del x\nwhile False:\n    break\n",
        "s = r'raw\\n' + b'bytes' + u'uni' + 'esc\\tape' + \"\"\"tri\nple\"\"\"\n",
        "import numpy as np\nimport matplotlib.pyplot as plt\n\ndata = np.random.randn(100)\nplt.hist(data, bins=20)\nplt.show()\n",
        ">>> 1 + 1\n2\n",
        "def f(a, b=2, *, c):\n    global g\n    nonlocal_var = a @ b\n    return a // b, a << 2, ~a, a != b\n",
    ],
    "py": ["print(\"hi\")\n"],
    "ruby": [
        "class Greeter < Base\n  attr_reader :name\n\n  def initialize(name = \"World\")\n    @name = name\n  end\n\n  def greet\n    puts \"Hello, #{@name}!\"\n  end\nend\n",
        "require 'jekyll'\n\nmodule Jekyll\n  class MyGenerator < Generator\n    safe true\n\n    def generate(site)\n      site.pages.each do |page|\n        page.data['title'] ||= page.name\n      end\n    end\n  end\nend\n",
        "x = [1, 2.5, 0xff, 1_000]\nh = { a: 1, 'b' => :sym, \"c\" => nil }\nx.map { |i| i * 2 }.select(&:even?)\n",
        "# comment\n$global = 1\n@@class_var = 2\nCONST = %w[a b c]\nre = /ab+c/i\nputs 'single' if defined?(x) && !x.nil?\n",
        "def method_missing(name, *args, &block)\n  return super unless name.to_s.end_with?('?')\n  yield self\nrescue StandardError => e\n  warn e.message\nend\n",
        "text = <<~EOS\n  heredoc #{1 + 1}\nEOS\n",
        "gem 'jekyll', '~> 4.3'\ngroup :jekyll_plugins do\n  gem 'jekyll-feed'\nend\n",
    ],
    "rb": ["puts :ok\n"],
    "javascript": [
        "function greet(name) {\n  return `Hello, ${name}!`;\n}\n\nconst add = (a, b) => a + b;\nlet x = 10, y = 3.14, z = 0x1f;\n",
        "// comment\n/* block\n   comment */\nvar self = this;\ndocument.getElementById('main').addEventListener('click', function (e) {\n  e.preventDefault();\n  console.log(\"clicked\", e.target);\n});\n",
        "class Animal extends Base {\n  constructor(name) {\n    super(name);\n    this.name = name;\n  }\n  static create() { return new Animal('x'); }\n  get label() { return this.name; }\n}\nexport default Animal;\n",
        "import { a, b as c } from './mod.js';\nasync function load() {\n  const res = await fetch('/api?x=1&y=2');\n  if (!res.ok) throw new Error('bad');\n  return res.json();\n}\n",
        "const re = /ab+c/gi;\nconst obj = { key: 'value', 'quoted': true, n: null, u: undefined };\nfor (let i = 0; i < 10; i++) { if (i % 2 === 0) continue; }\ntypeof obj !== 'object' || delete obj.key;\n",
        "$(document).ready(function() {\n  $('.nav a').on('click', function() {\n    $(this).toggleClass('active');\n  });\n});\n",
        "var x = 1;",
    ],
    "js": ["let a = [1, 2, 3].map(n => n * 2);\n"],
    "json": [
        "{\n  \"name\": \"site\",\n  \"version\": \"1.0.0\",\n  \"private\": true,\n  \"count\": 42,\n  \"ratio\": -1.5e3,\n  \"tags\": [\"a\", \"b\"],\n  \"nothing\": null\n}\n",
        "[1, 2, {\"a\": {\"b\": false}}]\n",
        "{\"escaped\": \"quote \\\" and \\\\ and \\u00e9\"}",
    ],
    "yaml": [
        "title: My Site\ndescription: >-\n  A long description\n  over lines\nbaseurl: \"\"\nurl: \"https://example.com\"\n",
        "# Build settings\nmarkdown: kramdown\ntheme: minima\nplugins:\n  - jekyll-feed\n  - jekyll-seo-tag\n",
        "defaults:\n  - scope:\n      path: \"\"\n      type: posts\n    values:\n      layout: post\n      comments: true\n",
        "---\nlayout: post\ntitle: 'Hello: World'\ndate: 2023-01-15 10:00:00 +0000\ncategories: [blog, news]\ntags: [a, b]\npublished: true\ncount: 3\nratio: 0.5\nempty: ~\n---\n",
        "anchors:\n  base: &base\n    a: 1\n  derived:\n    <<: *base\n    b: !!str 2\nlist:\n- one\n- two: 2\nmulti: |\n  line one\n  line two\n",
    ],
    "yml": ["key: value\n"],
    "shell": [
        "#!/bin/bash\nset -euo pipefail\n\nfor f in *.md; do\n  echo \"Processing $f\"\n  wc -l \"$f\"\ndone\n",
        "export PATH=\"$HOME/bin:$PATH\"\nif [ -z \"${VAR:-}\" ]; then\n  echo 'empty' >&2\n  exit 1\nfi\n",
        "bundle exec jekyll serve --livereload\n",
        "gem install bundler jekyll\njekyll new my-site && cd my-site\n",
        "# comment\nNAME=$(whoami)\ncount=$((1 + 2))\nfunction greet() {\n  local who=$1\n  printf '%s\\n' \"hi $who\"\n}\ncase $1 in\n  start) greet ;;\n  *) echo nope ;;\nesac\n",
        "ls -la | grep '\\.md$' > out.txt 2>&1\ncat <<EOF\nheredoc $NAME\nEOF\n",
    ],
    "bash": ["sudo apt-get install -y ruby-full build-essential\n"],
    "sh": ["cd /tmp && ls\n"],
    "console": [
        "$ bundle exec jekyll build\nConfiguration file: _config.yml\n            Source: .\n       Destination: ./_site\n",
        "$ echo hello\nhello\n$ ls -la\ntotal 0\n",
        "user@host:~$ git status\nOn branch main\n# a comment\n",
        "> npm install\n",
    ],
    "html": [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>My Page</title>\n  <link rel=\"stylesheet\" href=\"/css/main.css\">\n</head>\n<body>\n  <!-- comment -->\n  <p class='intro'>Hello &amp; welcome</p>\n</body>\n</html>\n",
        "<div class=\"a\">&amp; <b>bold</b></div>\n",
        "<script>\n  var x = 1;\n</script>\n<style>\n  body { color: red; }\n</style>\n",
        "<a href=\"{{ site.baseurl }}/about/\">About</a>\n<img src=\"a.png\" alt=\"\" />\n<input type=checkbox checked>\n",
    ],
    "css": [
        "body {\n  margin: 0;\n  font-family: -apple-system, \"Helvetica Neue\", Arial, sans-serif;\n  color: #333;\n}\n",
        "/* comment */\n.site-header .nav > a:hover,\n#main::before {\n  content: '';\n  width: calc(100% - 2em);\n  background: url(img.png) no-repeat;\n  transition: all 0.3s ease-in-out !important;\n}\n",
        "@media screen and (max-width: 600px) {\n  h1 { font-size: 1.5rem; }\n}\n@import url(\"foo.css\");\n:root { --main-color: rgba(0, 0, 0, .5); }\n",
    ],
    "scss": [
        "$base-color: #036;\n@mixin rounded($r: 4px) {\n  border-radius: $r;\n}\n.button {\n  @include rounded(8px);\n  color: darken($base-color, 10%);\n  &:hover { color: red; }\n}\n",
        "@import \"minima\";\n// comment\n.post-content {\n  h2 { font-size: 1.5em; }\n}\n",
    ],
    "c": [
        "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    /* print */\n    printf(\"Hello, %s\\n\", argv[0]);\n    return 0;\n}\n",
        "#define MAX(a, b) ((a) > (b) ? (a) : (b))\nstatic const unsigned long x = 0xFFUL;\nstruct point { int x; float y; };\n",
    ],
    "cpp": [
        "#include <iostream>\n#include <vector>\n\nint main() {\n    std::vector<int> v{1, 2, 3};\n    for (auto& x : v) std::cout << x << std::endl;\n    return 0;\n}\n",
        "template <typename T>\nclass Box {\npublic:\n    explicit Box(T v) : value(v) {}\n    T get() const { return value; }\nprivate:\n    T value;\n};\n",
    ],
    "java": [
        "public class Hello {\n    public static void main(String[] args) {\n        System.out.println(\"Hello\");\n        int x = 42;\n    }\n}\n",
        "import java.util.List;\n\n@Override\npublic String toString() {\n    return String.format(\"%d\", count);\n}\n",
    ],
    "go": [
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 42\n\tfmt.Println(\"hello\", x)\n}\n",
        "type Server struct {\n\tAddr string\n}\n\nfunc (s *Server) Run() error {\n\treturn nil\n}\n",
    ],
    "rust": [
        "fn main() {\n    let mut v: Vec<i32> = Vec::new();\n    v.push(1);\n    println!(\"{:?}\", v);\n}\n",
        "#[derive(Debug)]\nstruct Point { x: f64, y: f64 }\n\nimpl Point {\n    pub fn new(x: f64, y: f64) -> Self { Point { x, y } }\n}\n",
    ],
    "sql": [
        "SELECT id, name FROM users WHERE age > 21 AND name LIKE 'A%' ORDER BY name;\n",
        "-- comment\nCREATE TABLE posts (\n  id INTEGER PRIMARY KEY,\n  title VARCHAR(255) NOT NULL\n);\ninsert into posts values (1, 'x');\n",
    ],
    "diff": [
        "diff --git a/a.txt b/a.txt\nindex 123..456 100644\n--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n context\n-old line\n+new line\n",
    ],
    "markdown": [
        "# Title\n\nSome *emphasis* and **strong** text with `code`.\n\n- item one\n- item [link](http://example.com)\n\n```ruby\nputs 1\n```\n",
        "## Sub\n\n> quote\n\n1. first\n2. second\n\n![img](a.png)\n",
    ],
    "md": ["Text with _underscores_\n"],
    "latex": [
        "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n% comment\n\\section{Intro}\nInline $x^2 + y_1$ and\n\\[ \\int_0^1 f(x)\\,dx \\]\n\\end{document}\n",
    ],
    "tex": ["\\textbf{bold} and \\emph{em}\n"],
    "r": [
        "library(ggplot2)\n# comment\nx <- c(1, 2, 3)\ny = mean(x, na.rm = TRUE)\nf <- function(a, b = 2) {\n  return(a + b)\n}\nprint(\"done\")\n",
    ],
    "matlab": [
        "% comment\nx = linspace(0, 2*pi, 100);\ny = sin(x);\nplot(x, y, 'r-');\nfunction r = sq(a)\n  r = a.^2;\nend\n",
    ],
    "liquid": [
        "{% for post in site.posts limit:3 %}\n  <a href=\"{{ post.url | relative_url }}\">{{ post.title }}</a>\n{% endfor %}\n",
        "{% if page.title %}{{ page.title | escape }}{% else %}{{ site.title }}{% endif %}\n{% assign x = 'a' | upcase %}\n",
    ],
    "xml": [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <!-- c -->\n  <title type=\"text\">Blog</title>\n</feed>\n",
    ],
    "php": [
        "<?php\n$name = 'World';\necho \"Hello, $name\";\nfunction f($a) { return $a * 2; }\n?>\n",
    ],
    "php?start_inline=1": ["$x = array(1, 2);\necho count($x);\n"],
    "typescript": [
        "interface User {\n  id: number;\n  name?: string;\n}\nconst u: User = { id: 1 };\nexport function get<T>(x: T): T { return x; }\n",
    ],
    "dockerfile": [
        "FROM ruby:3.1\nWORKDIR /srv/jekyll\nCOPY Gemfile* ./\nRUN bundle install\nEXPOSE 4000\nCMD [\"jekyll\", \"serve\", \"--host\", \"0.0.0.0\"]\n",
    ],
    "toml": [
        "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\n",
    ],
    "ini": ["[section]\nkey = value\n; comment\n"],
    "bibtex": [
        "@article{doe2020,\n  title={A Title},\n  author={Doe, John and Roe, Jane},\n  journal={Journal},\n  year={2020}\n}\n",
    ],
    "powershell": ["Get-ChildItem -Path C:\\ | Where-Object { $_.Length -gt 1kb }\n"],
    "swift": ["let x: Int = 1\nfunc greet(_ name: String) -> String {\n    return \"Hi \\(name)\"\n}\n"],
    "kotlin": ["fun main() {\n    val x = 1\n    println(\"x = $x\")\n}\n"],
    "haskell": ["main :: IO ()\nmain = putStrLn \"hello\"\n-- comment\n"],
    "lua": ["local t = { a = 1 }\nfunction f(x) return x + 1 end\n-- comment\n"],
    "perl": ["my $x = 1;\nprint \"x=$x\\n\";\n# c\n"],
    "julia": ["function f(x::Int)\n    return x^2\nend\n# c\n"],
    "erb": ["<p><%= @name %></p>\n<% if x %>y<% end %>\n"],
    "make": ["all: build\n\nbuild:\n\tjekyll build\n\n.PHONY: all\n"],
    "nginx": ["server {\n    listen 80;\n    root /var/www;\n}\n"],
}

#: Snippets whose ``HTMLTable`` (``linenos``) output is recorded too.
TABLE_SNIPPETS: list[tuple[str, str]] = [
    ("ruby", "def foo\n  1\nend"),
    ("python", "def f():\n    return 1\n"),
    ("text", ""),
    ("text", "1\n2\n3"),
    ("js", "var a = 1;\n\nvar b = 2;"),
]
