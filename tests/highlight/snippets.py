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

#: Harder cases for the languages we lex ourselves (Rouge-shaped lexers).
MORE_SNIPPETS: dict[str, list[str]] = {
    "python": [
        "def f(x):\r\n    return x\r\n",
        "x = 'unterminated\ny = 2\n",
        "print('héllo wörld', ünïcode_name)\n",
        "value = obj.method().attr[0]['key']\n",
        "@property\ndef name(self):\n    return self._name\n\n@staticmethod\n@functools.lru_cache(maxsize=None)\ndef g(): ...\n",
        "from . import sibling\nfrom ..parent import thing\nimport os.path, sys\n",
        "n = 1_000_000 + 0b1010 + 0o17 + 0xFF + 3.14e-10 + .5 + 5. + 10L\n",
        "f'{x:>{width}}' + F\"{a!r}\" + rf'\\d{1}' + b'\\x00' + '{{literal}}'\n",
        "if __name__ == '__main__':\n    main()\n",
        "class A(B, metaclass=Meta):\n    pass\n",
        "    indented_first_line = True\n\tif tabs:\n\t\tpass\n",
        "result = [x for x in data if x is not None and x not in seen]\n",
        "with open('f.txt', 'w') as fh:\n    fh.write(\"line\\n\")\n",
        "assert isinstance(x, (int, float)), \"x must be a number\"\nyield from gen()\n",
        "x = y if z else w\nmatrix @= other\na, *rest = items\n",
        "\"\"\"Module docstring.\n\nMore text.\n\"\"\"\n",
        "def f():\n    '''single-quoted docstring'''\n    return \"\"\n",
        "print(f\"{value:.2f} and {'nested'} and {d['k']}\")\n",
        "# -*- coding: utf-8 -*-\n#!/usr/bin/env python\n",
        "x = 1 # no newline at end",
    ],
    "ruby": [
        "puts \"a\" \\\n  \"b\"\n",
        "x = y / 2\nz = a /b/\nw = foo /re/\n",
        "str = %q(single #{not} interp)\narr = %i[a b]\nrx = %r{a/b}i\nsh = %x(ls)\n",
        "x ? y : z\ncond ? :sym : other\n",
        "def self.create(attrs = {})\n  new(**attrs)\nend\n\ndef ==(other)\n  id == other.id\nend\n",
        "class << self\n  def foo; end\nend\n",
        "case value\nwhen 1..5 then 'low'\nwhen String, Symbol\n  'text'\nelse\n  nil\nend\n",
        "items.each_with_index do |(a, b), i|\n  next if a.nil?\n  break unless b\nend\n",
        "=begin\nblock comment\n=end\nputs :after\n",
        "Jekyll::Hooks.register :posts, :pre_render do |post, payload|\n  post.data['x'] = payload['site']\nend\n",
        "h = { 'key' => \"val\\n\", :a => 1, b?: 2 }\nputs h[:a]&.to_s\n",
        "text = <<-EOS\n  body #{x}\n  EOS\nother = <<~'RAW'\n  raw #{y}\nRAW\n",
        "module Jekyll::Foo\n  VERSION = \"1.0\".freeze\nend\n",
        "$stdout.puts $0, $!, @x, @@y\n",
        "lambda { |x| x * 2 }.call(3)\n->(x) { x }.(1)\n",
        "x = ?a\ny = 1.0e5 + 2e3 + 07 + 1_000.5\n",
        "__END__\ndata here\n",
        "require_relative 'lib/thing'\nputs(x) if block_given?\n",
        # Rouge's operator class after "." is the range `+-/`: ".," and ".-" are method names.
        "an encoder (e.g., JSON) for x.-y and a.+b\nfoo.,bar\n",
    ],
    "javascript": [
        "const x = a / b / c;\nconst r = /[/]+/.test(s);\n",
        "label: for (;;) { break label; }\n",
        "switch (x) {\n  case 1:\n    y = 'one';\n    break;\n  default:\n    y = \"other\";\n}\n",
        "obj?.prop ?? fallback;\nx ||= 1; y &&= 2; z ??= 3;\n",
        "const { a, b: { c } } = obj;\nconst [first, ...rest] = arr;\n",
        "const s = 'it\\'s' + \"say \\\"hi\\\"\" + `multi\nline ${a + `nested ${b}`}`;\n",
        "/**\n * JSDoc comment\n * @param {string} a\n */\nfunction f(a) {}\n",
        "x = cond ? { a: 1 } : [1, 2];\n",
        "export const handler = async (event) => {\n  return { statusCode: 200, body: JSON.stringify(event) };\n};\n",
        "#!/usr/bin/env node\nconsole.log(process.argv);\n",
        "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\n",
        "@decorator\nclass A {}\nlet n = 1e10, m = .5, h = 0XFF, o = 0o7, b = 0b1;\n",
        "if (a <= b && c >= d || !e) { a++; b--; }\nx = y >>> 2;\n",
        "var html = '<div class=\"x\">' + name + '</div>';\n",
        "x = a\n/re/g.test(y)\n",
    ],
    "json": [
        "{}\n",
        "[]",
        "{\"a\": [], \"b\": {}, \"c\": [[1, 2], [3]], \"d\": 0, \"e\": -0.0, \"f\": 1E+2}\n",
        "{\n\t\"tab\": \"indented\"\n}\n",
        "{ \"key\" : \"spaced colon\", \"unicode\": \"\u00e9\u4e2d\" }\n",
        "{\"broken\": tru}\n",
        "\"just a string\"\n",
        "42\n",
    ],
    "yaml": [
        "key: value # comment\nother: 'quoted' # c2\n",
        "url: https://example.com:8080/path\ntime: 12:30\n",
        "nested:\n  deeper:\n    deepest: [1, 2, 3]\n  map: {a: 1, b: two}\n",
        "- name: Alice\n  age: 30\n- name: Bob\n  age: 25\n",
        "text: \"escaped \\\" quote and \\n newline\"\nsingle: 'it''s'\n",
        "folded: >\n  first\n  second\n\nliteral: |-\n  keep\n    indent\n",
        "%YAML 1.2\n---\na: b\n...\n",
        "? complex key\n: complex value\n",
        "version: 1.0\nport: 4000\nlist_of_numbers:\n  - 1\n  - 2.5\n  - -3\n",
        "exclude:\n  - Gemfile\n  - Gemfile.lock\n  - node_modules\n  - vendor/bundle/\n",
        "collections:\n  projects:\n    output: true\n    permalink: /:collection/:name/\n",
        "title: null\nflag: false\nyes_word: yes\n",
        "key: value",
        "a: 1\nb: 2",
        "author:\n  name: Jane Doe\n  email: jane@example.com\n  links:\n    - label: \"Website\"\n      icon: \"fas fa-fw fa-link\"\n      url: \"https://x.y\"\n",
    ],
    "shell": [
        "$ npm install\n",
        "echo $HOME ${PATH} $1 $@ $? $#\n",
        "if [[ -f ~/.bashrc ]]; then source ~/.bashrc; fi\n",
        "while read -r line; do\n  echo \"$line\"\ndone < file.txt\n",
        "arr=(a b c)\necho \"${arr[@]}\" | tr ' ' '\\n'\n",
        "git clone https://github.com/user/repo.git\ncd repo\ngit checkout -b feature/x\n",
        "curl -fsSL https://example.com/install.sh | sh\n",
        "docker run --rm -v \"$PWD:/srv/jekyll\" -p 4000:4000 jekyll/jekyll:4 jekyll serve\n",
        "x=`date +%Y`\necho \"year: $x\" # trailing comment\n",
        "python3 -m venv .venv && source .venv/bin/activate\npip install -r requirements.txt\n",
        "export JEKYLL_ENV=production\nbundle exec jekyll build -d public\n",
        "cat > file <<'EOF'\nno $expansion\nEOF\n",
        "echo 'unterminated\n",
    ],
    "html": [
        "<p>Text with <a href=\"#\">link</a> &copy; 2024&nbsp;</p>\n",
        "<ul>\n  {% for item in site.data.menu %}\n  <li>{{ item.title }}</li>\n  {% endfor %}\n</ul>\n",
        "<button onclick=\"doIt()\" disabled>Click</button>\n",
        "<svg width=\"24\" height=\"24\" viewBox=\"0 0 24 24\"><path d=\"M0 0h24v24H0z\"/></svg>\n",
        "<script src=\"app.js\"></script>\n<script type=\"text/javascript\">\n  if (a < b) { alert('x'); }\n</script>\n",
        "<div\n  class=\"multi\"\n  id=main>\n</div>\n",
        "< notatag > & stray\n",
        "<!-- multi\n     line -->\n<br/>\n<hr />\n",
        "<style>\n.a { color: #fff; }\n</style>\n",
        "<?xml version=\"1.0\"?>\n<x/>\n",
    ],
    "css": [
        ".a{color:red}\n",
        "a:not(.b) > span + em ~ i { margin: 0 auto; padding: 1px 2px 3px 4px; }\n",
        "@font-face {\n  font-family: \"My Font\";\n  src: url('font.woff2') format('woff2');\n}\n",
        "@keyframes spin {\n  from { transform: rotate(0deg); }\n  to { transform: rotate(360deg); }\n}\n",
        "html { -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }\n",
        "input[type=\"text\"], .x::after { content: \"\\201C\"; z-index: 10; opacity: .8; }\n",
        ".grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }\n",
        "@media (prefers-color-scheme: dark) {\n  :root { --bg: #111; }\n  body { background: var(--bg); }\n}\n",
        "/* unterminated comment\n",
    ],
}

#: More cases for the second wave of Rouge-shaped lexers.
MORE_SNIPPETS.update({
    "liquid": [
        "{% raw %}{{ not parsed }}{% endraw %}\n",
        "{% comment %}ignored {{ x }}{% endcomment %}\n",
        "{%- include footer.html param=\"value\" other=page.x -%}\n",
        "{% capture greeting %}Hello {{ name | capitalize }}{% endcapture %}\n",
        "{% case x %}{% when 1 %}one{% when 'two' %}two{% else %}many{% endcase %}\n",
        "{% for i in (1..5) reversed %}{{ forloop.index }}{% endfor %}\n",
        "{{ page.date | date: \"%B %-d, %Y\" | default: 'none' }}\n",
        "{% unless a == b and c != 1 or d contains 'x' %}{{ a.size }}{% endunless %}\n",
        "{% cycle 'odd', 'even' %}\n{% increment counter %}\n",
        "{% assign sorted = site.posts | sort: 'title' | reverse %}\n",
        "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n",
        "{% link _posts/2020-01-01-hello.md %} {% post_url 2020-01-01-hello %}\n",
        "{{ content }}\n",
        "{% if site.data.x[page.lang] == empty %}{{ 3.14 | plus: -1 }}{% endif %}\n",
    ],
    "scss": [
        "@use 'sass:math';\n.a { width: math.div(100%, 3); }\n",
        "@each $name, $glyph in $icons {\n  .icon-#{$name}:before { content: $glyph; }\n}\n",
        "%placeholder { color: blue; }\n.b { @extend %placeholder; }\n",
        "@function double($n) {\n  @return $n * 2;\n}\n",
        "@for $i from 1 through 3 {\n  .item-#{$i} { width: 2em * $i; }\n}\n",
        "nav {\n  ul { margin: 0; }\n  a:hover, a:focus { text-decoration: underline; }\n}\n",
        "@media screen and (max-width: $on-palm) {\n  .site-nav { position: absolute; }\n}\n",
        "/* block */\n.x { background: url(\"img.png\") no-repeat; border: 1px solid rgba(0,0,0,.1); }\n",
        "$spacing-unit: 30px !default;\n$grey-color-light: lighten($grey-color, 40%) !default;\n",
    ],
    "console": [
        "$ bundle exec jekyll serve\nServer address: http://127.0.0.1:4000/\n  Server running... press ctrl-c to stop.\n",
        "...\n$ echo \"multi\nline\"\n",
        "$\n$ ls\n",
        "PS C:\\> dir\n",
        "root@box:/# apt-get update\n",
        "  $ indented prompt\n",
    ],
    "console?prompt=%": ["% make\nok\n"],
    "console?lang=ruby": ["$ puts 1\n1\n"],
    "diff": [
        "--- a\n+++ b\n@@ -1 +1 @@\n-a\n+b\n\\ No newline at end of file\n",
        "Index: file.txt\n===================================================================\n! changed\n< old\n> new\n",
        "  context\n+added",
    ],
    "markdown": [
        "Title\n=====\n\nSub\n---\n\n* a\n+ b\n\n    indented code\n\n---\n",
        "[ref]: http://x.com \"Title\"\n\nSee [text][ref] and <http://auto.link>.\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "Line with \\*escaped\\* and __bold__ and ~~strike~~\n",
        "```\nplain fence\n```\n\n~~~python\nx = 1\n~~~\n",
        "<div>html block</div>\n\n{% include x.html %}\n",
    ],
    "c": [
        "int *p = NULL; char c = 'a'; double d = 1.5e3;\nif (p == NULL) { return -1; }\n",
        "/* comment */ // line\nvoid f(void);\ntypedef struct { int a; } T;\nenum E { A, B };\n",
    ],
    "java": [
        "package com.example;\n\nimport java.util.*;\n\npublic final class A implements Runnable {\n    private static final int N = 10;\n    @Override public void run() { for (int i = 0; i < N; i++) {} }\n}\n",
    ],
    "go": [
        "func add(a, b int) (int, error) {\n\tif a < 0 {\n\t\treturn 0, errors.New(\"negative\")\n\t}\n\treturn a + b, nil\n}\n",
    ],
    "rust": [
        "use std::collections::HashMap;\n\nfn main() -> Result<(), Box<dyn Error>> {\n    let s = String::from(\"hi\");\n    match x { Some(v) => v, None => 0 };\n    Ok(())\n}\n",
    ],
    "sql": [
        "UPDATE users SET name = 'x' WHERE id IN (SELECT id FROM t);\nDROP TABLE IF EXISTS tmp;\n",
    ],
    "xml": [
        "<root attr='1'>\n  <![CDATA[ raw <stuff> ]]>\n  <child/>\n</root>\n",
    ],
    "toml": [
        "# comment\ntitle = \"TOML\"\n[owner]\ndob = 1979-05-27T07:32:00-08:00\nenabled = true\nports = [ 8000, 8001 ]\n",
    ],
    "ini": ["[core]\n\trepositoryformatversion = 0\n# c\n"],
    "dockerfile": ["FROM node:18-alpine AS build\nRUN npm ci && npm run build\nENV NODE_ENV=production\n"],
    "erb": ["<%# comment %>\n<%= link_to 'x', path %>\n<%- items.each do |i| -%>\n<li><%= i %></li>\n<% end %>\n"],
    "php": ["<?php\nclass A { public function __construct(private int $x = 1) {} }\n$a = new A();\n// comment\n"],
    "typescript": ["type T = { a: string } | null;\nenum Color { Red, Green }\nlet x = <T>y;\n"],
    "sass": [".a\n  color: red\n  &:hover\n    color: blue\n$x: 1px\n"],
    "jsx": ["const App = () => <div className=\"a\">{name}</div>;\n"],
    "make": ["CC = gcc\n%.o: %.c\n\t$(CC) -c $< -o $@\n"],
})

#: Third wave: more cases for C-family, JVM, data and markup lexers.
MORE_SNIPPETS.update({
    "c": MORE_SNIPPETS["c"] + [
        "#if 0\ndead code\n#endif\nint x;\n",
        "static int add(int a, int b)\n{\n    return a + b; /* sum */\n}\n",
        "int main() {\n    char *s = \"esc\\\"aped\\n\";\n    label: goto label;\n    switch (x) { case 1: break; default: ; }\n}\n",
        "#include \"local.h\" // c\n#define PI 3.14159f\nunsigned long long v = 10ULL, h = 0x1Fu;\n",
    ],
    "cpp": [
        "namespace ns {\nclass Foo : public Bar {\n  public:\n    Foo() = default;\n    virtual ~Foo() override;\n};\n}\n",
        "auto lambda = [&](int x) -> bool { return x > 0; };\nstd::unique_ptr<int> p = nullptr;\nint n = 1'000'000;\n",
        "auto s = R\"(raw \\n string)\";\nusing namespace std::chrono_literals;\nauto t = 10ms;\n",
        "template<typename T, class U>\nT max(T a, U b) { return a > b ? a : b; }\n",
    ],
    "java": [
        "List<String> names = new ArrayList<>();\nnames.add(\"x\");\nfor (String n : names) { System.out.println(n.length()); }\n",
        "enum Color { RED, GREEN }\ninterface Shape { double area(); }\nfinal int MAX_SIZE = 0x7F;\nlong big = 1_000L;\nchar c = '\\n';\n",
        "try {\n  throw new IllegalStateException(\"bad\");\n} catch (Exception e) {\n  e.printStackTrace();\n} finally {}\n",
    ],
    "go": [
        "import (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar x, y int = 1, 2\nconst Pi = 3.14\n",
        "ch := make(chan int, 10)\ngo func() { ch <- 1 }()\nselect {\ncase v := <-ch:\n\tfmt.Println(v)\n}\n",
        "s := `raw\nstring`\nr := 'x'\nm := map[string]int{\"a\": 1}\nfor k, v := range m { _ = k; _ = v }\n",
        "// comment\n/* block */\nfunc (p *Point) Scale(f float64) { p.X *= f; p.Y *= f }\n",
    ],
    "sql": [
        "SELECT u.name, COUNT(*) AS n\nFROM users u\nLEFT JOIN posts p ON p.user_id = u.id\nGROUP BY u.name\nHAVING COUNT(*) > 1;\n",
        "/* multi\n   line */\nSELECT \"quoted id\", `tick`, 'it''s' FROM t; -- trailing\n",
        "CREATE INDEX idx ON t (col);\nALTER TABLE t ADD COLUMN c BOOLEAN DEFAULT FALSE;\n",
    ],
    "r": [
        "df <- data.frame(x = 1:10, y = rnorm(10))\nsummary(df)\nplot(df$x, df$y, main = 'Plot')\n",
        "for (i in seq_len(5)) {\n  if (i %% 2 == 0) next\n  print(paste(\"i =\", i))\n}\nx <- NULL; y <- NA\n",
        "#' Roxygen doc\nsquare <- function(x) x^2\nresult <- sapply(1:3, square) %>% sum()\n",
    ],
    "matlab": [
        "A = [1 2; 3 4];\nB = A';\nC = A .* B;\ndisp(C)\n",
        "for i = 1:10\n    if mod(i, 2) == 0\n        fprintf('%d is even\\n', i);\n    end\nend\n",
        "s = \"string\";\nx = zeros(3, 3);\n% comment\nfigure; hold on; grid on;\n",
    ],
    "latex": [
        "\\begin{equation}\n  E = mc^2 \\label{eq:1}\n\\end{equation}\nSee Eq.~\\eqref{eq:1} and $\\alpha + \\beta$.\n",
        "\\usepackage[utf8]{inputenc}\n\\title{My Paper}\n\\author{A. Author \\and B. Author}\n\\maketitle\n",
        "\\verb|code| and \\( a^2 \\) and $$\\sum_{i=1}^n i$$\n",
    ],
    "xml": [
        "<?xml version=\"1.0\"?>\n<!DOCTYPE note>\n<note id=\"1\" xml:lang='en'>\n  <to>Tove</to>\n  &amp; &#169;\n</note>\n",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>\n",
    ],
    "ini": ["; comment\n[user]\nname = \"Jane Doe\"\nemail = jane@example.com\n\n[alias]\nco = checkout\n"],
    "toml": [
        "[[products]]\nname = \"Hammer\"\nsku = 738594937\n\n[servers.alpha]\nip = '10.0.0.1'\nratio = 0.5\nhex = 0xDEAD\n",
        "str = \"\"\"\nmulti\nline\"\"\"\nlit = '''raw'''\ninline = { x = 1, y = 2 }\n",
    ],
    "dockerfile": [
        "# syntax=docker/dockerfile:1\nFROM python:3.11-slim\nARG VERSION=1\nRUN apt-get update \\\n && apt-get install -y git \\\n && rm -rf /var/lib/apt/lists/*\nENTRYPOINT [\"python\", \"app.py\"]\n",
    ],
    "erb": [
        "<ul>\n<% @posts.each do |post| %>\n  <li class=\"<%= post.klass %>\"><%= h post.title %></li>\n<% end %>\n</ul>\n",
    ],
    "typescript": [
        "class A<T> implements B {\n  private readonly x: number = 1;\n  constructor(public name?: string) {}\n}\nconst f = (a: string): void => {};\n",
        "function greet(person: { name: string }): string {\n  return `Hi ${person.name}`;\n}\nlet v = obj?.a ?? 'd';\n",
    ],
})

#: Fourth wave: lexers added later (JSX/TSX, Rust, PHP, config formats).
MORE_SNIPPETS.update({
    "jsx": [
        "function App({ items }) {\n  return (\n    <ul className=\"list\">\n      {items.map(i => <Item key={i.id} {...i} />)}\n    </ul>\n  );\n}\n",
        "const el = <Foo.Bar enabled>text &amp; more</Foo.Bar>;\n",
    ],
    "tsx": ["const C: React.FC<Props> = ({ name }: Props) => <h1>{name}</h1>;\n"],
    "rust": [
        "#[derive(Debug, Clone)]\npub struct Config<'a> { name: &'a str, n: u32 }\n\nimpl<'a> Config<'a> {\n    /// Doc comment\n    pub fn new(name: &'a str) -> Self { Self { name, n: 0 } }\n}\n",
        "macro_rules! square { ($x:expr) => { $x * $x }; }\nlet v = vec![1, 2, 3];\nlet s = r#\"raw \"str\"\"#;\nlet c = b'a';\nlet f = 1.5e3_f64;\n",
        "async fn fetch() -> Result<(), Error> {\n    let body = client.get(url).send().await?.text().await?;\n    Ok(())\n}\n",
    ],
    "php": [
        "<!DOCTYPE html>\n<p><?php echo htmlspecialchars($title); ?></p>\n<?= $x ?>\n",
        "<?php\nnamespace App\\Http;\nuse Foo\\Bar;\nfinal class C extends Base implements I {\n  const MAX = 10;\n  private ?string $s = null;\n  public static function make(int $a, string ...$rest): static { return new static(); }\n}\n",
        "<?php\n$arr = ['a' => 1, \"b\" => 2.5];\nforeach ($arr as $k => $v) {\n  printf(\"%s=%d\\n\", $k, $v);\n}\n$s = \"Hello {$name} and ${x}\";\n",
    ],
    "conf": ["# comment\nkey \"value\" 'single' 42\nother_setting yes\n"],
    "properties": ["# comment\napp.name=My App\napp.port : 8080\nmsg = hello \\\n  world\nunicode=\\u0041\n"],
    "make": [
        "include config.mk\n.PHONY: all clean\n\nSRC := $(wildcard src/*.c)\nOBJ = $(patsubst %.c,%.o,$(SRC))\n\nall: $(OBJ)\n\t@echo \"building $@\"\n\t$(CC) -o app $^\n\nclean:\n\t-rm -f *.o\n",
        "ifeq ($(OS),Windows_NT)\n  EXT = .exe\nelse\n  EXT =\nendif\nexport PATH\n",
    ],
    "nginx": [
        "http {\n    include mime.types;\n    gzip on;\n    client_max_body_size 10m;\n    server {\n        listen 127.0.0.1:8080;\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php.sock;\n        }\n        return 301 https://$host$request_uri;\n    }\n}\n",
    ],
    "matlab": [
        "data = readtable('file.csv');\nm = mean(data.x);\ns = std(data.x);\nfprintf('mean=%.2f std=%.2f\\n', m, s);\nhistogram(data.x, 20); xlabel('x'); ylabel('count');\n",
    ],
})

#: Fifth wave: C#, Kotlin, Swift, Lua, PowerShell, batch, HTTP, irb.
MORE_SNIPPETS.update({
    "csharp": [
        "using System;\nnamespace Demo {\n  public class Program {\n    static void Main(string[] args) {\n      var name = $\"Hi {args[0]}!\";\n      Console.WriteLine(name);\n    }\n  }\n}\n",
        "#region Props\npublic int Count { get; private set; } = 0;\n#endregion\nvar q = from x in xs where x > 1 select x * 2;\n",
    ],
    "kotlin": [
        "data class User(val name: String, var age: Int = 0)\n\nfun main() {\n    val users = listOf(User(\"a\"), User(\"b\", 3))\n    users.filter { it.age > 1 }.forEach(::println)\n}\n",
        "@JvmStatic\ninline fun <reified T> parse(s: String): T? = null\nval (a, b) = pair\nloop@ for (i in 1..10) { if (i == 5) break@loop }\n",
    ],
    "swift": [
        "import UIKit\n\nstruct Point: Equatable {\n    var x: Double\n    let y: Double\n}\n\nfunc greet(_ name: String) -> String {\n    return \"Hello, \\(name)!\"\n}\n",
        "guard let url = URL(string: s) else { return }\nlet (a, b) = (1, 2)\nprivate(set) var count = 0\n@objc func tap() {}\n",
    ],
    "lua": [
        "local M = {}\n\nfunction M.greet(name)\n  print(\"Hello, \" .. name)\n  return #name\nend\n\nfor i, v in ipairs({1, 2, 3}) do io.write(v) end\nlocal s = string.format('%d', 42)\nreturn M\n",
        "--[[ long\ncomment ]]\nlocal t = { x = 1.5, [\"y\"] = [[long\nstring]] }\nlocal r = s:gsub(\"%s+\", \"\")\n",
    ],
    "powershell": [
        "function Get-Greeting {\n  param([string]$Name = \"World\")\n  Write-Output \"Hello, $Name\"\n}\nGet-ChildItem -Path . -Recurse | Where-Object { $_.Length -gt 1kb }\n",
        "<#\n.SYNOPSIS\n  Does things.\n#>\n$items = @(1, 2, 3)\n$map = @{ a = 1; b = 'two' }\nif ($true -and $items.Count -eq 3) { exit 0 }\n",
    ],
    "batchfile": [
        "@echo off\nREM comment\nset NAME=World\nif exist file.txt (\n  echo Hello %NAME%!\n) else (\n  goto :end\n)\n:end\nexit /b 0\n",
    ],
    "http": [
        "GET /api/items?id=1 HTTP/1.1\nHost: example.com\nAccept: application/json\n\n",
        "HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n{\"ok\": true, \"items\": [1, 2]}\n",
        "POST /submit HTTP/2\nContent-Type: text/plain\n\nhello body\n",
    ],
    "irb": [
        "irb(main):001:0> x = [1, 2, 3]\n=> [1, 2, 3]\nirb(main):002:0> x.map { |i| i * 2 }\n=> [2, 4, 6]\nirb(main):003:0> foo\nNameError: undefined local variable or method `foo'\n",
    ],
})

#: Sixth wave: Haskell, Perl, Sass, Objective-C, Dart, Elixir.
MORE_SNIPPETS.update({
    "haskell": [
        "module Main (main) where\n\nimport qualified Data.Map as M\nimport Data.List (sortBy)\n\n-- | Doc comment\nfactorial :: Integer -> Integer\nfactorial 0 = 1\nfactorial n = n * factorial (n - 1)\n\nmain :: IO ()\nmain = print (factorial 10) >> putStrLn \"done\\n\"\n",
        "data Shape = Circle Double | Rect Double Double deriving (Show, Eq)\n{- block -}\narea (Circle r) = pi * r ^ 2\nxs = [x | x <- [1..10], even x]\nc = 'a'\n",
    ],
    "perl": [
        "#!/usr/bin/perl\nuse strict;\nuse warnings;\n\nmy @list = (1, 2, 3);\nmy %h = (name => 'x', age => 3);\nforeach my $i (@list) {\n    print \"Item: $i\\n\";\n}\nsub greet {\n    my ($name) = @_;\n    return \"Hello, $name\";\n}\n",
        "if ($line =~ m/^(\\d+)\\s+(\\w+)/) { $count{$2}++; }\n(my $t = $s) =~ s/foo/bar/g;\nmy @w = qw(a b c);\nopen(my $fh, '<', $file) or die \"Cannot open: $!\";\n",
    ],
    "sass": [
        "$primary: #333\n\n=rounded($r: 4px)\n  border-radius: $r\n\n.button\n  +rounded(8px)\n  color: $primary\n  &:hover\n    color: red\n// comment\n  still comment\n",
    ],
    "objc": [
        "#import <Foundation/Foundation.h>\n\n@interface Person : NSObject\n@property (nonatomic, copy) NSString *name;\n- (void)greet:(NSString *)other;\n@end\n\n@implementation Person\n- (void)greet:(NSString *)other {\n    NSLog(@\"Hi %@, I am %@\", other, self.name);\n    [self doSomething:YES withValue:@42];\n}\n@end\n",
    ],
    "dart": [
        "import 'package:flutter/material.dart';\n\nvoid main() => runApp(MyApp());\n\nclass MyApp extends StatelessWidget {\n  @override\n  Widget build(BuildContext context) {\n    final name = 'World';\n    return Text('Hello, $name ${1 + 1}');\n  }\n}\n",
    ],
    "elixir": [
        "defmodule Greeter do\n  @moduledoc \"Greets\"\n  def hello(name \\\\ \"World\") do\n    IO.puts(\"Hello, #{name}!\")\n    :ok\n  end\nend\n\nEnum.map([1, 2, 3], fn x -> x * 2 end) |> Enum.sum()\n%{a: 1, \"b\" => 2}\n~r/ab+c/i\n~w(one two)a\n",
    ],
})

#: Seventh wave: Vue and template languages.
MORE_SNIPPETS.update({
    "vue": [
        "<template>\n  <div id=\"app\" :class=\"{ active: isActive }\">\n    <p>{{ message.split('').reverse().join('') }}</p>\n    <button @click=\"count++\">Clicked {{ count }} times</button>\n  </div>\n</template>\n\n<script>\nexport default {\n  data() { return { count: 0, message: 'Hi' } }\n}\n</script>\n\n<style scoped>\n.active { color: red; }\n</style>\n",
        "<style lang=\"scss\">\n$c: blue;\na { color: $c; }\n</style>\n",
    ],
    "handlebars": [
        "<ul class=\"{{listClass}}\">\n  {{#each items}}\n    <li>{{this.name}} - {{@index}}</li>\n  {{else}}\n    <li>None</li>\n  {{/each}}\n</ul>\n{{! comment }}\n{{{raw}}}\n{{> partial name=\"x\"}}\n",
    ],
    "jinja": [
        "{% extends \"base.html\" %}\n{% block content %}\n  {# comment #}\n  {% for item in items if item is defined %}\n    <p>{{ item.name | upper }} {{ loop.index }}</p>\n  {% endfor %}\n  {{ url_for('static', filename='x.css') }}\n{% endblock %}\n",
        "{% raw %}{{ not processed }}{% endraw %}\n{% set x = [1, 2, 3] %}{{ x | join(\", \") }}\n",
    ],
})

#: Eighth wave: CoffeeScript, Scala, Clojure, Groovy/Gradle, HCL/Terraform.
MORE_SNIPPETS.update({
    "coffeescript": [
        "square = (x) -> x * x\nlist = [1, 2, 3]\ncubes = (math.cube num for num in list)\nclass Animal\n  constructor: (@name) ->\n  move: (meters) =>\n    alert @name + \" moved #{meters}m.\"\nre = /ab+c/i\n",
        "### block\ncomment ###\nif yes and not no then console.log 'ok'\n",
    ],
    "scala": [
        "object Main extends App {\n  case class Point(x: Int, y: Int)\n  val p = Point(1, 2)\n  def dist(a: Point, b: Point): Double = math.sqrt(a.x * b.x)\n  List(1, 2, 3).map(_ * 2).foreach(println)\n}\n",
        "import scala.collection.mutable\ntrait Shape { def area: Double }\nval s: Option[String] = Some(\"x\")\ns match {\n  case Some(v) => v\n  case None => \"\"\n}\n",
    ],
    "clojure": [
        "(ns my.app\n  (:require [clojure.string :as str]))\n\n(defn greet\n  \"Docstring\"\n  [name]\n  (str \"Hello, \" name \"!\"))\n\n(map inc [1 2 3]) ; comment\n{:a 1 :b 'sym}\n",
    ],
    "groovy": [
        "def greet(String name) {\n    println \"Hello, ${name}!\"\n}\nclass Person {\n    String name\n    int age = 3\n}\nlist.each { item -> println item.toUpperCase() }\n",
    ],
    "gradle": [
        "plugins {\n    id 'java'\n}\nrepositories {\n    mavenCentral()\n}\ndependencies {\n    implementation 'com.google.guava:guava:31.1-jre'\n    testImplementation \"junit:junit:4.13.2\"\n}\n",
    ],
    "hcl": ["job \"web\" {\n  datacenters = [\"dc1\"]\n  count = 3\n  # comment\n}\n"],
    "terraform": [
        "provider \"aws\" {\n  region = \"us-east-1\"\n}\n\nresource \"aws_instance\" \"web\" {\n  ami           = var.ami_id\n  instance_type = \"t2.micro\"\n  tags = {\n    Name = \"web-${var.env}\"\n  }\n}\n\noutput \"ip\" {\n  value = aws_instance.web.public_ip\n}\n",
    ],
})

#: Ninth wave: OCaml, Elm, Erlang, F#, GraphQL.
MORE_SNIPPETS.update({
    "ocaml": ["let rec fact n = if n <= 1 then 1 else n * fact (n - 1)\n(* comment (* nested *) *)\nmodule M = List\nlet () = print_endline (string_of_int (fact 5))\n"],
    "elm": ["module Main exposing (main)\n\nimport Html exposing (text)\n\n-- comment\nmain =\n    text (String.fromInt (add 1 2))\n\nadd : Int -> Int -> Int\nadd a b = a + b\n"],
    "erlang": ["-module(hello).\n-export([start/0]).\n\nstart() ->\n    io:format(\"Hello, ~p!~n\", [world]),\n    X = lists:map(fun(N) -> N * 2 end, [1, 2, 3]),\n    {ok, X}.\n"],
    "fsharp": ["open System\n\nlet square x = x * x\nlet numbers = [1; 2; 3] |> List.map square\n// comment\ntype Shape =\n    | Circle of float\n    | Square of float\nprintfn \"%A\" numbers\n"],
    "graphql": [
        "query GetUser($id: ID!) {\n  user(id: $id) {\n    name\n    posts(first: 10) @include(if: true) {\n      ...PostFields\n    }\n  }\n}\n\nfragment PostFields on Post {\n  title\n}\n",
        "type Query {\n  users(limit: Int = 10): [User!]!\n}\n\nunion SearchResult = User | Post\n",
    ],
})

MORE_SNIPPETS.update({
    "cmake": ["cmake_minimum_required(VERSION 3.10)\nproject(Demo CXX)\n# comment\nset(SOURCES main.cpp \"${CMAKE_SOURCE_DIR}/util.cpp\")\nadd_executable(demo ${SOURCES})\nmy_function(arg)\n"],
    "zig": ["const std = @import(\"std\");\n\npub fn main() !void {\n    const x: u32 = 42;\n    std.debug.print(\"{d}\\n\", .{x});\n}\n"],
})

MORE_SNIPPETS.update({
    "fortran": ["program hello\n  implicit none\n  integer :: i\n  real(kind=8) :: x = 1.5d0\n  do i = 1, 10\n    print *, 'i =', i, sqrt(x)\n  end do\nend program hello\n"],
    "vb": ["Imports System\nModule Program\n    Sub Main()\n        Dim name As String = \"World\"\n        Console.WriteLine(\"Hello, \" & name)\n    End Sub\nEnd Module\n"],
    "awk": ["BEGIN { FS = \",\" }\n/^#/ { next }\n{ sum += $2; print $1, toupper($3) }\nEND { printf \"total: %d\\n\", sum }\n"],
    "nim": ["import strutils\n\nproc greet(name: string): string =\n  result = \"Hello, \" & name\n\nvar x = 0x1F'i32\necho greet(\"Nim\"), 3.14\n"],
})

MORE_SNIPPETS.update({
    "sed": ["s/foo/bar/g\n/^#/d\n1,5p\ny/abc/xyz/\n"],
    "cuda": ["__global__ void add(int n, float *x, float *y) {\n  int i = blockIdx.x * blockDim.x + threadIdx.x;\n  if (i < n) y[i] = x[i] + y[i];\n}\nadd<<<numBlocks, blockSize>>>(N, x, y);\n"],
    "glsl": ["#version 330 core\nlayout (location = 0) in vec3 aPos;\nuniform mat4 model;\nvoid main() {\n    gl_Position = model * vec4(aPos, 1.0);\n}\n"],
    "apex": ["public with sharing class AccountService {\n    public static List<Account> fetch(String name) {\n        return [SELECT Id, Name FROM Account WHERE Name = :name LIMIT 10];\n    }\n}\n"],
})

#: Differences found on real sites: HTTP bodies by any MIME type Rouge knows
#: (``+json`` types), the indented Sass syntax, and VimL.  Added to any
#: snippets a language already has.
_SITE_DIFFERENCES: dict[str, list[str]] = {
    "http": [
        "POST /api/articles HTTP/1.1\nHost: example.com\nContent-Type: application/vnd.api+json\n"
        "Accept: application/vnd.api+json\n\n{\n  \"data\": {\n    \"type\": \"articles\",\n"
        "    \"attributes\": {\"title\": \"Hi\", \"n\": 1, \"ok\": true}\n  }\n}\n",
        "PATCH /a HTTP/1.1\r\nContent-Type: application/problem+json\r\n\r\n{\"a\":1}\r\n",
        "HTTP/1.1 201 Created\nContent-Type: text/html\n\n<p class=\"x\">hi</p>\n",
        "HTTP/1.1 404 Not Found\ncontent-type: application/xml\n\n<a x=\"1\"/>\n",
        "HTTP/1.1 200 OK\nContent-Type: application/javascript\n\nvar x = 1;\n",
        "HTTP/1.1 200 OK\nContent-Type: Application/HAL+JSON; charset=utf-8\nX-Id: 7\n\n"
        "{\"_links\": {\"self\": {\"href\": \"/x\"}}}\n",
        "HTTP/1.1 200 OK\nContent-Type: application/json \n\n{\"spaced\": true}\n",
        "HTTP/1.1 200 OK\nContent-Type: text/x-python\n\nimport os\nprint(os.sep)\n",
    ],
    "sass": [
        ".card\n  display: inline-block\n",
        "// Variables\n$primary: #333\n$font-stack: Helvetica, sans-serif\n\n=border-radius($radius)\n"
        "  -webkit-border-radius: $radius\n  border-radius: $radius\n\n.card\n  display: inline-block\n"
        "  font: 100% $font-stack\n  +border-radius(10px)\n  &:hover\n    color: darken($primary, 10%)\n"
        "  .title\n    margin: 0 auto\n",
        "nav\n  ul\n    margin: 0\n    list-style: none\n  li\n    display: inline-block\n"
        "@media screen and (max-width: 600px)\n  .card\n    display: block\n",
        "%message-shared\n  border: 1px solid #ccc\n.message\n  @extend %message-shared\n"
        "@import reset\n@mixin theme($theme: DarkGray)\n  background: $theme\n.alert\n"
        "  @include theme($theme: DarkRed)\n",
        ".card\n  width: calc(100% - 20px)\n  :color red\n  #{$prop}-top: 1px\n  @if $a == b\n"
        "    color: blue\n  @else\n    color: red\n  @each $name in a, b\n    .icon-#{$name}\n"
        "      background-image: url('/images/#{$name}.png')\na:hover, a:focus\n  color: red\n",
    ],
    "viml": [
        "function! s:Greet(name) abort\n  echom 'x' . a:name\n  let l:count = 0\n  \" a comment\n"
        "  if a:0 > 1 && exists('g:loaded')\n    call setline(1, \"hi\\n\")\n  endif\nendfunction\n",
        "\" top comment\nset number relativenumber\nnnoremap <leader>w :w<CR>\n"
        "autocmd BufWritePre *.py :%s/\\s\\+$//e\nhi Normal guifg=#ffffff guibg=NONE gui=bold\n"
        "let g:x = [1, -2, {'a': 3}]\n",
        "syntax on\nfiletype plugin indent on\nset tabstop=4 shiftwidth=4 expandtab\n"
        "let mapleader = \",\"\n  \\ 'continued',\nif has('nvim') | echo \"nvim\" | endif\n",
    ],
    # Ruby's \w and \s are ASCII-only: non-ASCII letters and blanks next to them.
    "javascript": ["@naïve class A {}\nconst café = 1; // é\n@Ωμέγα\n"],
    "csharp": ["public void Résumé(int naïve) { var über = naïve; }\n"],
    "console": ["$\u3000ls -la\n#\u3000note\n$ echo \u00a0x\noutput\u3000line\n"],
    "julia": ["@日本語 f(x) = x\n@time naïve(1)\n"],
    "nginx": ["server {\n  set $über 1;\n  return 200 \"{$ñ}\";\n}\n"],
}
for _lang, _codes in _SITE_DIFFERENCES.items():
    MORE_SNIPPETS.setdefault(_lang, []).extend(_codes)

#: Languages given Rouge-shaped lexers later (protobuf, nasm, ...).
_LATER_LEXERS: dict[str, list[str]] = {
    "protobuf": [
        "syntax = \"proto3\";\npackage example.v1;\n\nimport \"google/protobuf/timestamp.proto\";\n\n"
        "// A person.\nmessage Person {\n  string name = 1;\n  int32 id = 2;\n"
        "  repeated string emails = 3 [packed = true];\n  map<string, Person> friends = 4;\n}\n",
        "enum Color {\n  option allow_alias = true;\n  RED = 0;\n  GREEN = 1; /* block\n comment */\n}\n"
        "service Greeter {\n  rpc SayHello (HelloRequest) returns (HelloReply) {}\n}\n",
        "message M {\n  optional double d = 1 [default = -inf];\n  optional float f = 2 [default = 1.5e3];\n"
        "  optional uint64 h = 3 [default = 0x1F];\n  oneof test { bool b = 4; bytes raw = 5; }\n"
        "  extensions 100 to max;\n}\nextend M { optional sint32 x = 101; }\n",
        "message Bad {\n  string s = 1 [default = 'single'];\n  // trailing \\\n  continued\n}",
    ],
    "proto": ["message A { int64 n = 1; }\n"],
    "verilog": [
        "module counter #(parameter WIDTH = 8) (\n    input  wire clk,\n    input  wire rst_n,\n"
        "    output reg [WIDTH-1:0] count\n);\n  always @(posedge clk or negedge rst_n) begin\n"
        "    if (!rst_n)\n      count <= {WIDTH{1'b0}};\n    else\n      count <= count + 1;\n"
        "  end\nendmodule\n",
        "`timescale 1ns / 1ps\n`define WIDTH 16\nmodule tb;\n  reg [3:0] a = 4'hF, b = 4'b10x1;\n"
        "  initial begin\n    $display(\"a=%h\\n\", a); // show\n    #10 $finish;\n  end\nendmodule\n",
        "/* block\n   comment */\nlogic [7:0] mem [0:255];\nassign y = sel ? a : b;\n"
        "loop: for (int i = 0; i < 8; i++) mem[i] = 8'd0;\nreal r = 1.5e-3;\nwire weak0 = 3'o7;\n",
        "class Packet extends Base;\n  rand bit [7:0] data;\n  constraint c { data inside {[0:10]}; }\n"
        "  function new(); super.new(); endfunction\nendclass\nstring s = \"unterminated\n",
    ],
    "scheme": [
        "(define (factorial n)\n  (if (= n 0)\n      1\n      (* n (factorial (- n 1)))))\n\n"
        "(display (factorial 10)) ; prints 3628800\n(newline)\n",
        "(let ((x 1.5) (y -2) (s \"str \\\"q\\\"\"))\n  (cond ((> x y) 'greater)\n"
        "        (else #f)))\n(define lst '(1 2 3))\n(map (lambda (v) (* v v)) lst)\n",
        "#t #f #\\a #\\space #x1F #b101 #o17 #e1.5 +inf.0\n`(a ,b ,@c)\n"
        "[vector-ref v 0]\n(string-append \"a\" \"b\")\n(my-func? arg)\n",
        "(define-syntax swap!\n  (syntax-rules ()\n    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))\n"
        "(call/cc (lambda (k) (k 42)))\n(Define x 1)",
    ],
    "turtle": [
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix ex: <http://example.org/> .\n\n"
        "ex:alice a foaf:Person ;\n    foaf:name \"Alice\"@en ;\n    foaf:age 30 ;\n    ex:score 4.5E1 ;\n"
        "    foaf:knows [ foaf:name 'Bob' ] . # comment\n",
        "PREFIX dc: <http://purl.org/dc/elements/1.1/>\n<#book> dc:title \"\"\"Long\ntitle\"\"\" ;\n"
        "  dc:date \"2024-01-01\"^^xsd:date ;\n  ex:flag true , false .\n",
    ],
    "qml": [
        "import QtQuick 2.15\n\nRectangle {\n    id: root\n    width: 200; height: 100\n    color: \"lightblue\"\n"
        "    property int count: 0\n    signal clicked(int x, string label)\n\n    Text {\n"
        "        anchors.centerIn: parent\n        text: \"Count: \" + root.count\n    }\n"
        "    Behavior on width { NumberAnimation { duration: 200 } }\n"
        "    MouseArea {\n        anchors.fill: parent\n        onClicked: { root.count++; console.log(\"hi\") }\n    }\n}\n",
    ],
    "brainfuck": [
        "[ A comment loop at the start ]\n++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.\n"
        "+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.\n",
        "read a char , and print it . ] stray\n",
    ],
    "hocon": [
        "# Application config\ninclude \"base.conf\"\n\nakka {\n  loglevel = \"INFO\"\n  actor {\n"
        "    provider = cluster\n    timeout = 5 seconds\n  }\n  remote.port: 2552 // comment\n}\n"
        "db.url = \"jdbc:postgresql://\"${DB_HOST}\"/app\"\npath = ${?HOME}/data\nhosts = [10.0.0.1, \"b\"]\n",
        "text = \"\"\"multi\nline \"quoted\" text\"\"\"\nflags { enabled: true, ratio: 1.5e3, none: null }\n",
    ],
    "vala": [
        "using GLib;\n\nnamespace Demo {\n    public class Greeter : Object {\n        public string name { get; set; }\n\n"
        "        public void greet (int times = 1) {\n            for (int i = 0; i < times; i++) {\n"
        "                stdout.printf (\"Hello, %s!\\n\", name);\n            }\n        }\n    }\n}\n",
        "[CCode (cname = \"x\")]\nstruct Point { double x; double y; }\n/* block */\nvar list = new List<string> ();\n"
        "uint8 b = 0xFFu; float f = 1.5e+3f; char c = 'a'; // done\n#if DEBUG\nstring s = @\"verbatim $name\";\n",
    ],
    "racket": [
        "#lang racket\n\n;; Fibonacci\n(define (fib n)\n  (if (< n 2)\n      n\n      (+ (fib (- n 1)) (fib (- n 2)))))\n\n"
        "(displayln (fib 20))\n",
        "(struct point (x y) #:transparent)\n(define p (point 1.5 -2))\n(match p\n  [(point x y) (list x y)])\n"
        "#| nested #| block |# comment |#\n#;(ignored form) (void)\n(for/list ([i (in-range 3)]) `(,i ,@'(a b)))\n",
        "{hash-ref h 'key #f} #t #false #\\a #\\space #x1F +inf.0 \"str \\\"q\\\"\"\n(my-proc arg)\n",
    ],
    "common_lisp": [
        ";;; Factorial\n(defun factorial (n)\n  \"Return N!.\"\n  (if (<= n 1)\n      1\n"
        "      (* n (factorial (1- n)))))\n\n(format t \"~a~%\" (factorial 10))\n",
        "(defvar *counter* 0)\n(let ((xs '(1 2 3)) (h (make-hash-table :test #'equal)))\n"
        "  (loop for x in xs collect (* x 2.5d0))\n  (setf (gethash :key h) #\\a)\n  `(a ,b ,@c))\n"
        "#| block\n   comment |#\n(defclass point () ((x :initarg :x :accessor point-x)))\n",
        "(defmacro with-foo ((var) &body body)\n  `(let ((,var 1/2)) ,@body))\n#(1 2 3) #x1F #b101 #c(1 2)\n"
        "#+nil (not ignored)\n##nil (ignored (form))\n(my-func nil t |odd symbol|))\n",
    ],
    "lisp": ["(setq x (list 1 2))\n"],
    "cython": [
        "# cython: language_level=3\ncimport cython\nfrom libc.math cimport sqrt\n\n"
        "cdef int fib(int n) nogil:\n    cdef int a = 0, b = 1, i\n    for i in range(n):\n"
        "        a, b = b, a + b\n    return a\n\ncpdef double norm(double[:] v):\n"
        "    cdef double s = 0\n    for x in v:\n        s += x * x\n    return sqrt(s)\n",
        "cdef class Point:\n    cdef public double x, y\n    def __init__(self, double x, double y):\n"
        "        self.x = x\n        self.y = y\n\nctypedef unsigned long ulong\ncdef struct Pair:\n"
        "    int first\n    int second\nprint(f\"{fib(10)} done\")\n",
        "cdef:\n    int count\n    char* name\nvalue = compute(count, name)\n",
    ],
    "reasonml": [
        "type shape =\n  | Circle(float)\n  | Square(float);\n\nlet area = shape =>\n  switch (shape) {\n"
        "  | Circle(r) => 3.14 *. r *. r\n  | Square(s) => s *. s\n  };\n\n/* nested /* comment */ */\n"
        "let greet = (~name, ()) => Js.log(\"Hello, \" ++ name ++ \"!\\n\");\n",
        "module Counter = {\n  [@react.component]\n  let make = () => {\n    let (count, setCount) = React.useState(() => 0);\n"
        "    <button onClick={_ => setCount(c => c + 1)}> {React.string(\"Click\")} </button>;\n  };\n};\n"
        "let c = 'a'; let x = 0x1F + 0b101; // line comment\nlet l = [1, 2, 3] |> List.map(x => x * 2);\n",
    ],
    "nix": [
        "{ pkgs ? import <nixpkgs> {} }:\n\npkgs.mkShell {\n  buildInputs = with pkgs; [ ruby_3_1 bundler nodejs ];\n"
        "  shellHook = ''\n    export GEM_HOME=$PWD/.gems\n    echo \"ready ${pkgs.ruby.version}\"\n  '';\n}\n",
        "let\n  version = \"1.2.3\";\n  src = ./src/main;\n  url = https://example.com/a.tar.gz;\nin rec {\n"
        "  name = \"pkg-${version}\";\n  enabled = true || false;\n  count = 42 + 1;\n  # comment\n"
        "  inherit (lib) mkIf;\n  x = if enabled then null else builtins.toString count;\n}\n",
        "/* block comment */\n{ a = 1; b = [ 1 2 ]; c = { d = \"e\\n\"; }; }\n",
    ],
    "puppet": [
        "class nginx (\n  String $version = 'latest',\n) {\n  package { 'nginx':\n    ensure => $version,\n  }\n\n"
        "  service { 'nginx':\n    ensure  => running,\n    enable  => true,\n    require => Package['nginx'],\n  }\n}\n",
        "node /^web\\d+\\.example\\.com$/ {\n  include ::profile::web\n}\n"
        "file { '/etc/motd':\n  content => \"Welcome to ${::fqdn}\\n\",\n  mode    => '0644',\n}\n"
        "if $facts['os']['family'] == 'Debian' { notice('debian') } # comment\n"
        "$x = $y ? { /^a[-b]$/ => 1, default => 2.5 }\n",
    ],
    "gherkin": [
        "@smoke\nFeature: Build the site\n  As a writer\n  I want Jekyll to build my posts\n\n"
        "  Background:\n    Given I have a \"_posts\" directory\n\n  Scenario: A simple post\n"
        "    Given I have a post titled \"Hello\"\n    When I run jekyll build\n"
        "    Then the \"_site\" directory should exist # comment\n    And I should see \"Hello\" in \"_site/index.html\"\n",
        "Scenario Outline: eating\n  Given there are <start> cucumbers\n  When I eat <eat> cucumbers\n"
        "  Then I should have <left> cucumbers\n\n  Examples:\n    | start | eat | left |\n"
        "    |    12 |   5 |    7 |\n    |    20 |   5 |   15 |\n\n  * a star step\n  Unknown: thing\n",
        "# language: de\nFunktionalität: Suche\n  Szenario: Einfach\n    Angenommen ich bin auf der Startseite\n"
        "    Wenn ich \"Jekyll\" suche\n    Dann sehe ich Ergebnisse\n    \"\"\"\n    doc string\n    \"\"\"\n",
    ],
    "vhdl": [
        "library ieee;\nuse ieee.std_logic_1164.all;\n\nentity counter is\n  port (\n"
        "    clk   : in  std_logic;\n    count : out unsigned(7 downto 0)\n  );\nend entity counter;\n",
        "architecture rtl of counter is\n  signal c : unsigned(7 downto 0) := (others => '0');\nbegin\n"
        "  process (clk) -- clocked\n  begin\n    if rising_edge(clk) and not RESET then\n"
        "      c <= c + 1;\n    end if;\n  end process;\n  count <= c;\n  x <= X\"FF\" when clk'event else b\"0101\";\n"
        "  r := 1.5 ** 2;\nEND ARCHITECTURE;\n",
    ],
    "pascal": [
        "program Hello;\n{ A classic }\nuses SysUtils;\n\nvar\n  i: Integer;\n  name: String = 'World';\n"
        "begin\n  for i := 1 to 3 do\n    WriteLn('Hello, ', name, '! It''s ', i);\nend.\n",
        "function Add(a, b: LongInt): LongInt;\nbegin\n  Result := a + b; // sum\nend;\n"
        "(* block\n   comment *)\nconst Mask = $FF; Pi2 = 6.28e0; Flag = True;\n"
        "procedure P(var x: Real);\nbegin if (x > 0) and not Done then x := x / 2 else x := nil; end;\n",
    ],
    "llvm": [
        "; ModuleID = 'hello.c'\n@.str = private unnamed_addr constant [13 x i8] c\"hello world\\0A\\00\", align 1\n\n"
        "define i32 @main() #0 {\nentry:\n  %call = call i32 (i8*, ...) @printf(i8* getelementptr inbounds "
        "([13 x i8], [13 x i8]* @.str, i32 0, i32 0))\n  ret i32 0\n}\n\ndeclare i32 @printf(i8*, ...)\n",
        "define double @f(double %x) {\n  %1 = fmul double %x, 2.5e0\n  br label %done\ndone:\n"
        "  %r = phi double [ %1, %0 ]\n  ret double %r\n}\n!0 = !{!\"clang\"}\nbogusword\n",
    ],
    "plist": [
        "{\n  CFBundleName = \"MyApp\";\n  CFBundleVersion = 1.0;\n  Items = (one, \"two\", 'three');\n"
        "  // comment\n  Data = <0fbd 7777>;\n  /* block */\n  Path = /usr/local/bin;\n}\n",
    ],
    "solidity": [
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\n\ncontract Token {\n"
        "    mapping(address => uint256) public balances;\n    event Transfer(address indexed from, address to, uint value);\n\n"
        "    function transfer(address to, uint256 amount) external returns (bool) {\n"
        "        require(balances[msg.sender] >= amount, \"insufficient\");\n"
        "        balances[msg.sender] -= amount;\n        emit Transfer(msg.sender, to, amount);\n"
        "        return true;\n    }\n}\n",
        "/* block\n   comment */\nlibrary SafeMath {\n    uint constant MAX = 0xFF;\n"
        "    bytes32 h = keccak256(abi.encodePacked('x', \"y\\n\"));\n    fixed128x18 f; uint t = 1 days + 2 ether;\n"
        "    unchecked { x = 1e18; }\n}\n",
    ],
    "prolog": [
        "% facts\nparent(tom, bob).\nparent(bob, ann).\n\n"
        "grandparent(X, Z) :- parent(X, Y), parent(Y, Z).\n\n"
        "?- grandparent(tom, Who).\n",
        "len([], 0).\nlen([_|T], N) :- len(T, N0), N is N0 + 1.\n"
        "/* comment */\nmax(X, Y, X) :- X >= Y, !.\ngreeting --> [hello], name.\n"
        "write('Hello World'), nl.\nX = \"str\", Y = 3.14, Z mod 2 =:= 0.\n",
        "#!/usr/bin/env swipl\nétat(café, _Über).\nmain :- format(\"~w~n\", [ok]), halt.\n",
    ],
    "apache": [
        "# Redirect to HTTPS\nRewriteEngine On\nRewriteCond %{HTTPS} off\n"
        "RewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]\nErrorDocument 404 /404.html\n",
        "<VirtualHost *:80>\n    ServerName example.com\n    DocumentRoot /var/www/html\n"
        "    <Directory /var/www/html>\n        Options Indexes FollowSymLinks\n        AllowOverride All\n"
        "        Require all granted\n    </Directory>\n</VirtualHost>\n",
        "<IfModule mod_expires.c>\n  ExpiresActive on\n  ExpiresByType text/css \"access plus 1 year\"\n"
        "</IfModule>\nAddType application/wasm .wasm\nMadeUpDirective foo\n",
    ],
    "systemd": [
        "[Unit]\nDescription=Jekyll site\nAfter=network.target\n\n[Service]\nType=simple\n"
        "ExecStart=/usr/bin/jekyll serve --source /srv/site\nRestart=on-failure\n# comment\n\n"
        "[Install]\nWantedBy=multi-user.target\n",
        "[Service]\nExecStart=/bin/sh -c \\\n  'echo one; \\\n  echo two'\n; note\nUser=www\n",
    ],
    "ssh": [
        "# GitHub\nHost github.com\n  HostName github.com\n  User git\n  IdentityFile ~/.ssh/id_ed25519\n"
        "  IdentitiesOnly yes\n\nHost *\n  ServerAliveInterval 60\n  ForwardAgent no\n",
        "Host bastion\n    Port 2222\n    ProxyJump user@host:22 # hop\n    StrictHostKeyChecking ask\n",
    ],
    "dot": [
        "digraph G {\n  rankdir=LR;\n  node [shape=box, color=\"blue\"];\n  a -> b -> c;\n"
        "  b -> d [label=\"edge\", weight=2.5];\n  // comment\n  /* block */\n}\n",
        "graph {\n  subgraph cluster_0 {\n    label = \"cluster\";\n    x -- y;\n  }\n"
        "  t [label=<<b>bold</b> text>];\n  # hash comment\n  1 -- .5;\n}\n",
    ],
    "crystal": [
        "# A greeter\nclass Greeter\n  getter name : String\n\n  def initialize(@name : String)\n  end\n\n"
        "  def greet(times = 1) : Nil\n    times.times { puts \"Hello, #{@name}!\" }\n  end\nend\n\n"
        "Greeter.new(\"World\").greet\n",
        "require \"http/server\"\n\nserver = HTTP::Server.new do |context|\n"
        "  context.response.content_type = \"text/plain\"\n  context.response.print \"Hello world!\"\nend\n"
        "address = server.bind_tcp 8080\nserver.listen\n",
        "x = 0o17 + 0xFF + 0b1010 + 1_000_i64 + 2.5_f32 + 1e3\n@[JSON::Field(key: \"id\")]\n"
        "struct Point\n  property x : Int32 = 0\nend\nmacro define(name)\n  {% for n in [1, 2] %}{{n}}{% end %}\nend\n",
        "lib LibC\n  fun strlen(s : UInt8*) : SizeT\nend\ncase value\nwhen Int32 then :int\n"
        "when .nil? then nil\nelse %w(a b c)\nend\nr = /ab+c/i =~ \"xabbc\"\nc = 'x'\n",
    ],
    "haml": [
        "!!! 5\n%html\n  %head\n    %title= @title\n  %body\n    #content.main\n"
        "      %h1 Hello, #{current_user.name}!\n      %p.lead{ class: 'intro', data: { id: 1 } } Welcome\n"
        "      %a(href=\"/about\" title=@title) About\n",
        "- @posts.each do |post|\n  .post\n    %h2= link_to post.title, post\n"
        "    -# a Haml comment\n      still the comment\n    / an HTML comment\n"
        "    %p!= post.body\n    %span&= post.author\n",
        ":javascript\n  var x = 1;\n  alert(\"#{message}\");\n:css\n  .a { color: red; }\n"
        "%p\n  plain text & <b>html</b>\n:plain\n  kept as is\n",
        "/[if IE]\n%br/\n%img{src: image_path('x.png'), alt: \"\"}\n%div[@user] text\n"
        "%p<= \"chomp\"\n= render partial: 'form',\n  locals: { f: f }\n:markdown\n  # Title\n  *em*",
    ],
    "tcl": [
        "#!/usr/bin/env tclsh\n# Greet everyone\nproc greet {name {greeting \"Hello\"}} {\n"
        "    puts \"$greeting, $name!\"\n}\nforeach n {Alice Bob} {\n    greet $n\n}\n",
        "set x 10\nif {$x > 5} {\n    puts \"big\"\n} elseif {$x == 5} {\n    puts equal\n} else {\n"
        "    puts small\n}\nset len [string length \"abc\\n\\x41\\u00e9\"]\n",
        "array set colors {red 1 green 2}\nset total [expr {$a + ${b c} * 2}]; incr total\n"
        "lappend items {*}$more\nwhile {1} { break }\nputs $env(HOME)\n",
        "namespace eval ::app {\n    variable count 0\n    proc bump {} { variable count; incr count }\n}\n"
        "puts \"{nested} braces\"\nputs [list a]]\n",
    ],
    "d": [
        "import std.stdio;\n\nvoid main(string[] args)\n{\n    writeln(\"Hello, world!\");\n"
        "    foreach (i, arg; args)\n        writefln(\"%d: %s\", i, arg);\n}\n",
        "/+ nested /+ comment +/ +/\nstruct Point { int x, y; }\n@safe pure nothrow int add(int a, int b)\n"
        "{\n    return a + b; // sum\n}\nauto r = [1, 2, 3].map!(a => a * 2);\n",
        "enum hex = 0xFF_FFu, bin = 0b1010, flt = 3.14f, big = 10UL, exp = 1e10;\n"
        "char c = '\\n';\nstring s1 = r\"C:\\path\", s2 = `raw`, s3 = q\"[a[b]c]\", s4 = q{int x;};\n"
        "immutable msg = __FILE__ ~ \":\" ~ __LINE__.stringof;\n",
        "class Foo : Bar\n{\n    private int* ptr;\n    this() { super(); }\n"
        "    override string toString() const { return typeof(this).stringof; }\n    doSomething();\n}\n",
    ],
    "nasm": [
        "section .data\n    msg db \"Hello, world!\", 0x0a\n    len equ $ - msg\n\nsection .text\n"
        "    global _start\n_start:\n    mov eax, 4      ; sys_write\n    mov ebx, 1\n"
        "    mov ecx, msg\n    mov edx, len\n    int 0x80\n",
        "%include \"macros.inc\" ; macros\n%define SIZE 16\nbits 64\n"
        "loop1:  add rax, qword [rbx + rcx*8]\n        dec rcx\n        jnz loop1\n"
        "        resb 64\n        times 10 db 0\n        mov al, 10h\n        mov bl, 101b\n",
        "    push rbp\n    mov rbp, rsp\n    sub rsp, 16\n    movss xmm0, dword [rel val]\n"
        "    mov byte [rdi], 'x'\n    lea rsi, [r8d + 3]\n    leave\n    ret\n.end:\n",
        "; only a comment\nlabel: jmp short label ; loop\n  mov ax, `tick` \n  mov cx, 777q",
    ],
}
for _lang, _codes in _LATER_LEXERS.items():
    MORE_SNIPPETS.setdefault(_lang, []).extend(_codes)

#: Languages of academic and technical sites given Rouge-shaped lexers
#: (bibtex, mathematica, stata, ...).
_ACADEMIC_LEXERS: dict[str, list[str]] = {
    "bibtex": [
        "% references\n@inproceedings{smith2021deep,\n  author    = \"Smith, A. and {van der Berg}, B.\",\n"
        "  title     = {Deep {L}earning for {PDE}s},\n  booktitle = {Proc. ICML},\n  year      = 2021,\n"
        "  month     = jun # \"~15\",\n  pages     = {1--10},\n}\n",
        "@string{jcp = \"J. Comput. Phys.\"}\n@preamble{ \"\\newcommand{\\noop}[1]{}\" }\n"
        "@Comment{ignored {entry}}\n@ARTICLE(key:2020, journal = jcp, volume = 12, note = {a \"quoted\" word})\n",
        "Free text between entries is a comment.\n@misc{k, a}\n@misc{, title = {x}}\n"
        "@misc{k, a=1 b=2}\n@misc{k, url = {http://x.org/~a%20b}, x = \"open {brace\"",
    ],
    "bib": ["@book{b, title = {T}}\n"],
    "mathematica": [
        "(* Fibonacci with memoization *)\nfib[0] = fib[1] = 1;\nfib[n_Integer?Positive] := fib[n] = fib[n - 1] + fib[n - 2];\n"
        "fib::usage = \"fib[n] gives the n'th Fibonacci number.\";\n\nIn[4]:= Table[fib[k], {k, 10}]\nOut[4]= {1, 2, 3}\n",
        "Module[{x = 2^^1011, y = 1.5`20*^-3, z = .5},\n  Plot[Sin[x t], {t, 0, 2 Pi}, PlotStyle -> Red] // Show\n]\n"
        "With[{f = #1^2 + #2 &}, f @@@ {{1, 2}, {3, 4}}]\nBlock[{$RecursionLimit = 10}, Global`g[x_, y__, z___] := x]\n",
        "assoc = <|\"a\" -> 1, \"b\" :> 2|>;\nassoc[\"a\"] /. x_?NumericQ :> x + 1\n\\[Alpha] + \\[Beta]`ctx\n"
        "(* a nested (* comment *)\nover lines *)\n\"unterminated \\\" string\n#name + ##2 &\n",
    ],
    "wl": ["Print[\"hi\"]\n"],
    "isabelle": [
        "theory Demo imports Main begin\n\nsection \u2039Lists\u203a\n\n"
        "datatype 'a list = Nil (\"[]\") | Cons 'a \"'a list\" (\"_ # _\")\n\n"
        "fun length :: \"'a list \u21d2 nat\" where\n  \"length [] = 0\" | \"length (x # xs) = 1 + length xs\"\n\n"
        "lemma length_append [simp]: \"length (xs @ ys) = length xs + length ys\"\n"
        "  by (induct xs) auto\n\nend\n",
        "lemma foo: assumes \"A \\<and> B\" shows \"B\"\nproof -\n  from assms show ?thesis by simp\nqed\n"
        "(* nested (* comment *) *)\ntext {* verbatim {* nested *} *} \u2039a \u2039b\u203a c\u203a\n"
        "value `fact \\<alpha>` 0x1F 0b101 x.y 'a.b x_1 _x\nlemma \"P\"\n  sorry\n",
    ],
    "plsql": [
        'SELECT q\'{a quoted string}\' AS s, TO_CHAR(SYSDATE,\'MM/DD/YYYY\') AS "Current Date" FROM DUAL\nWHERE 1=1;\n',
        "CREATE OR REPLACE PACKAGE BODY emp_pkg AS\n  PROCEDURE raise_salary(p_id IN NUMBER, p_pct NUMBER := 10) IS\n    v_sal employees.salary%TYPE;\n  BEGIN\n    SELECT salary INTO v_sal FROM employees WHERE id = p_id;\n    IF v_sal IS NOT NULL AND p_pct > 0 THEN\n      UPDATE employees SET salary = v_sal * (1 + p_pct / 100) WHERE id = p_id;\n    END IF;\n    DBMS_OUTPUT.PUT_LINE('Raised: ' || v_sal);\n  EXCEPTION\n    WHEN NO_DATA_FOUND THEN NULL;\n  END;\nEND emp_pkg;\n/\n",
        '-- line comment\n/* block\n   comment */\nDECLARE\n  x NUMBER(10,2) := -1.5e3;\n  s VARCHAR2(20) := \'it\'\'s \\q\';\nBEGIN\n  FOR r IN (SELECT * FROM t WHERE a BETWEEN 1 AND 2 OR b LIKE \'x%\') LOOP\n    x := x + .5;\n  END LOOP;\nEND;\n"Quoted ""Id""" <<lbl>> :new.col @dblink ~ \'open',
    ],
    "prometheus": [
        '# request rate by job\nsum by (job) (rate(http_requests_total{status=~"5..", method!="GET"}[5m]))\n  / on(job) group_left sum(rate(http_requests_total[5m] offset 1w))\n',
        'histogram_quantile(0.95, sum without (instance) (rate(request_duration_seconds_bucket[10m])))\ntopk(5, node_memory_Active_bytes / 1024 ^ 2) > bool 100\nabsent(up{job="api"} == 1) or vector(0)\n',
        '\'single \\n \\q\' `raw \\n` "open\nlabel_replace(x, "a", "$1", "b", "(.*)") unless x:recorded:rate5m\n',
    ],
    "jsonnet": [
        '// Compiler template\nlocal CCompiler = {\n  cFlags: [],\n  out: "a.out",\n  local flags_str = std.join(" ", self.cFlags),\n  cmd: "%s %s -o %s" % [self.compiler, flags_str, self.out],\n};\nlocal Gcc = CCompiler { compiler: "gcc" };\n{ targets: [Gcc { files: ["a.c"] }] }\n',
        'local Opt = { cFlags+: ["-O3"], hidden:: true, forced::: 1 };\nfunction(x, y=2) if x == y then error "same" else std.map(function(v) v + 1, [x, y])\n# hash comment\n/* block */ { [k]: 0.5 for k in std.objectFields(super.o) }\n',
        '{\n  text: |||\n    multi line\n  |||,\n  s: \'it\\\'s \\u0041 \\q\',\n  n: [-1, 07.5, 1e3],\n  $: self.x - 1 * 2 != 3,\n}\n"open',
    ],
    "jsp": [
        '<%@ page contentType="text/html;charset=UTF-8" language="java" %>\n<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>\n<%! int day = 3; %>\n<!DOCTYPE html>\n<html>\n  <body>\n    <%-- A JSP comment --%>\n    <h2>Now: <%= java.time.LocalDateTime.now() %></h2>\n    <% if (day == 1 || day == 7) { %>\n      <p>Weekend</p>\n    <% } else { %>\n      <p>Weekday</p>\n    <% } %>\n  </body>\n</html>\n',
        '<jsp:useBean id="user" class="app.User" scope="session" />\n<c:forEach var="item" items="${cart.items}">\n  <c:if test="${item.price > 10 && item.count != 0}"><li class="big">${item.name}</li></c:if>\n</c:forEach>\n<c:out value="Total: ${cart.total}" escapeXml=\'true\'/>\n',
        "<% for (int i = 0; i < 3; i++) { out.println(i % 2 > 0); } %>\n<script>var x = '<%= name %>';</script>\n<style>p { color: red; }</style>\n<%-- unterminated",
    ],
    "velocity": [
        '#*\n Multi-line comment.\n*#\n<h3>Products</h3>\n## single line comment\n#if( $allProducts )\n<ul>\n#foreach( $product in $allProducts )\n  <li class="item">$product.name: ${product.price}</li>\n#end\n</ul>\n#else\n<p>None.</p>\n#end\n',
        '#set( $greeting = "Hello" )\n#set( $count = 0x1F + 2 * $list.size() )\n#macro( row $cells )<tr>#foreach( $c in $cells )<td>$c</td>#end</tr>#end\n#{if}($a eq 1 && !$b)#row([\'a\', \'b\'])#{end}\n#include(\'header.vm\') #parse("footer.vm")\n',
        '$!silent $x[0] #[[ raw $x ]]# #set($m = {"a": 1}) 1.5 \\$escaped\n<script>var s = "$name";</script>\n#*open',
    ],
    "sparql": [
        'PREFIX wd: <http://www.wikidata.org/entity/>\nSELECT ?item ?itemLabel\nWHERE\n{\n  ?item wdt:P31 wd:Q146.\n  SERVICE wikibase:label { bd:serviceParam wikibase:language "[AUTO_LANGUAGE],en". }\n}\n',
        '# books after 1990\nselect distinct ?book (COUNT(?a) AS ?n) where {\n  ?book a ex:Book ;\n        dc:title ?title , "T"@en-GB ;\n        ex:year "1999"^^xsd:gYear .\n  FILTER(regex(?title, "^A", "i") && ?year >= 1990.5)\n  OPTIONAL { _:b0 ex:p $o }\n}\nGROUP BY ?book ORDER BY desc(?n) LIMIT 10\n',
        'INSERT DATA { ex:s ex:p \'\'\'long\nstring\'\'\' , "esc \\t \\u0041 \\q" }\nbare words are errors ?x < 3\n',
    ],
    "lean": [
        "open nat\n\ndef add : nat \u2192 nat \u2192 nat\n| m zero := m\n| m (succ n) := succ (add m n)\n\n"
        "-- encode definition as an axiom\naxiom add_zero (n : nat) : n + 0 = n\n",
        "theorem and_swap (p q : Prop) (hp : p \u2227 q) : q \u2227 p :=\nbegin\n  cases hp with h1 h2,\n"
        "  exact \u27e8h2, h1\u27e9,\nend\n#check @nat.succ\n#eval (2 : \u2115) ^ 10\n",
        "variables {\u03b1 : Type*} [has_add \u03b1]\ndef s := \"tab\\t \\q \\x41\"\n"
        "example : \u2200 x, x.1 = x --no comment\n/- not a block -/\n\u03bbx, x",
    ],
    "isa": ["lemma \"True\" by simp\n"],
    "coq": [
        "Require Import Coq.Lists.List.\n\nSection with_T.\n  Context {T : Type}.\n\n"
        "  Fixpoint length (ls : list T) : nat :=\n    match ls with\n    | nil => 0\n"
        "    | _ :: ls => S (length ls)\n    end.\nEnd with_T.\n",
        "Theorem plus_0_r : forall n : nat, n + 0 = n.\nProof.\n  intros n. induction n as [| n' IHn'].\n"
        "  - reflexivity.\n  - simpl. rewrite -> IHn'. reflexivity.\nQed.\n(* nested (* comment *) *)\n",
        "Definition s := \"say \"\"hi\"\"\".\nNotation \"x ∧ y\" := (and x y) (at level 80).\n"
        "Ltac done := solve [ auto | ?x ].\nCheck 1.5e3 'a' '\\n' Nat.add.\nQed",
    ],
    "stata": [
        "* Regressions by group\nsysuse auto, clear\nforeach v of varlist mpg weight-turn {\n"
        "\tregress price `v', robust\n}\nregress price i.foreign c.mpg#c.weight L2.x\n"
        "local num_obs = e(N)\nglobal myglobal 4\ndisplay %9.2f `num_obs' - $myglobal\n",
        "/* data prep */\ngenerate str20 name = \"a \\\" b\" // trailing\nreplace x = -1.5e3 if y != . & z >= 2\n"
        "bysort id (t): egen m = mean(x) ///\n    , missing\ncapture noisily drop _all\n"
        "forvalues i = 1/10 {\n    di `\"compound \"quote\"\"' `i'\n}\n",
        "#delimit ;\nprogram define myprog, rclass\n  syntax varlist [if] [in]\n  return scalar n = r(N)\nend\n"
        "x = log(y) + abs(z) + ib(first).g \\ @ \"open\n",
    ],
    "stan": [
        "data {\n  int<lower=0> N;\n  vector[N] x;\n  array[N] int<lower=0, upper=1> y;\n}\n"
        "parameters {\n  real alpha;\n  real<lower=0> sigma;\n}\nmodel {\n  alpha ~ normal(0, 10);\n"
        "  y ~ bernoulli_logit(alpha + x * sigma);\n  target += cauchy_lpdf(sigma | 0, 2.5);\n}\n",
        "functions {\n  real twice(data real x) {\n    return 2 * x;  // double\n  }\n}\n"
        "transformed data {\n  real c = pi() * 1.5e-3;\n  matrix[2, 2] m = rep_matrix(0, 2, 2)';\n}\n"
        "generated quantities {\n  for (n in 1:N) {\n    if(n > 1) y_rep[n] = bernoulli_rng(0.5);\n  }\n}\n",
        "#include common.stan\n# old-style comment\n/* block\n   comment */\nmodel { x ~ normal(0, 1) T[0, ]; }\n"
        "data_size <- 3; a %/% b; x .* y ./ z;\n)\n",
    ],
    'smalltalk': [
        "Object subclass: #Account\n    instanceVariableNames: 'balance owner'\n    classVariableNames: ''\n    package: 'Bank'\n\ndeposit: amount\n    \"Add amount to the balance.\"\n    | old |\n    amount <= 0 ifTrue: [^self error: 'Invalid'].\n    old := balance.\n    balance := balance + amount.\n    ^old\n",
        "#(1 $a 'str' #sym #(nested 2r101) foo:bar:) do: [:each | Transcript show: each printString; cr].\nx := 16r1F + 3.5e-2 - -7.\ny := Array new: 5.\n<primitive: 60>\nz := #+ , #at:put: , #'quoted'.\n[:a :b | a max: b] value: 1 value: 2\n",
        "!Account methodsFor: 'accessing' stamp: 'xy 1/1/2020'!\nbalance\n    ^balance ifNil: [0]! !\n\nAccount class\n    instanceVariableNames: 'count'!\n\"unterminated comment\n$",
    ],
    'rego': [
        "package httpapi.authz\n\nimport data.users as u\nimport input\n\ndefault allow = false\n\n# managers may read reports of their team\nallow {\n  some i\n  input.method == \"GET\"\n  path := split(input.path, \"/\")\n  u[i].manager == input.user\n  not deny[path[1]]\n}\n",
        "limits := {\"cpu\": 1.5, \"mem\": 2e9, \"n\": -3}\nf(x) = y { y := x * 2 + 1 - 0.25e-1 } else = null { true }\ncount(xs) >= 1 | ok & x != 3\nmsg := sprintf(\"a \\\"%v\\\" b\", [x]) with input as {\"k\": true}\n",
        "\"multi\nline\" \\n \\u00e9 \\q `raw` $x é_1 ٣ x·y\n\"open",
    ],
    'hack': [
        "<?hh // strict\n\nnamespace App;\n\nenum Color: int { RED = 1; }\nnewtype UserId = int;\n\nasync function fetch_all(vec<UserId> $ids): Awaitable<dict<int, string>> {\n  $out = dict[];\n  foreach ($ids as $id) {\n    $out[$id] = await get_name($id);\n  }\n  return $out;\n}\n",
        "<?hh\nfunction pipe(keyset<string> $s): num {\n  $f = ($x) ==> $x * 2.5;\n  return $s |> count($$) |> $f($$);\n}\nclass A extends B { public function __construct(private bool $flag) { super::x(); } }\n",
        "<p>page</p><?hh\nASYNC $x; type T = shape('a' => int); ?>\ntail <?hh x\n",
    ],
    'xojo': [
        "Dim f As FolderItem\nf = GetOpenFolderItem(FileTypes1.jpeg) // pick a file\nrem - check for nil!\nIf Not f.Exists Then\n  Beep 'Just for fun\n  MsgBox(\"The file \" + f.NativePath + \"doesn't \"\"exist.\"\"\")\nElse\n  ImageWell1.Image = Picture.Open(f)\nEnd If\n",
        "#If DebugBuild Then\nSub Compute(ByRef total As Int32, ParamArray values() As Double)\n  For i As Integer = 0 To values.Ubound Step 2\n    total = total + values(i) * &hFF - &o17 + 1.5 + .5 - -3\n  Next\n  If total <> 0 And x IsA Window Then Return\nEnd Sub\n#EndIf\n",
        "x = a / b ^ c & d\nr = \"open\nCoq.Lists.List. [y] @z ; é\n",
    ],
    'eiffel': [
        "note\n  description: \"Represents a person.\"\n\nclass\n  PERSON\n\ncreate\n  make\n\nfeature {NONE} -- Creation\n\n  make (a_name: like name)\n      -- Create a person with `a_name'.\n    require\n      name_not_void: a_name /= Void\n    do\n      name := a_name\n    ensure\n      name = a_name\n    end\n\nfeature -- Access\n\n  name: detachable STRING\n\nend\n",
        "  total: INTEGER_32\n    local\n      i: INTEGER\n    do\n      from i := 1 until i > 10 loop\n        Result := Result + i * 0b1010 - 0c17 // 2 \\\\ 3 + 1_000 + 2.5e3\n        i := i + 1\n      end\n      if attached {STRING} x as s and then not s.is_empty then print (s + \"%N\" + '%T') end\n      Precursor {ANY} (Current, <<1, 2>>, agent f (?))\n    end\n",
        "s := \"[\n  verbatim \" text\n]\"\nh := 0xFF + 0x1Ab; c := 'a'; e := \"%s bad\"; r := 1..100\n(| x |) @ & | \"open",
    ],
    'io': [
        "bottle := method(i,\n  if(i==0, return \"no more bottles of beer\")\n  return i asString .. \" bottles of beer\"\n)\n\nfor(i, 99, 1, -1,\n  write(bottle(i), \" on the wall, \", bottle(i), \",\\n\")\n)\n",
        "Account := Object clone do(\n  balance ::= 0.5e2\n  deposit := method(v, self balance = balance + v; self)\n)\n# hash comment\n// line comment\n/* block\n   comment */\nl := list(1, 2.5, 3) map(x, x * 2) select(x, x >= 4 && x != 5)\nargs foreach(a, a println) @ future\n",
        "\"\"\"triple\n\"\"\" \"esc \\\" q\" Lobby ? ~ :: é .5 x_1\n\"open /* unterminated",
    ],
    'tap': [
        "TAP version 13\n1..4\nok 1 - Input file opened\nnot ok 2 - First line of the input valid\n  ---\n  message: 'First line invalid'\n  ...\nok 3 - Read the rest of the file # SKIP no file\nnot ok 4 - Summarized correctly # TODO Not written yet\n# diagnostic note\n",
        "1..0 # Skipped: no database\nok\nok1 desc\nnot ok 7 a \\# b # x todo\n1..2 trailing junk\nBail out! MySQL is not running.\nrandom line\n",
        "ok 1 - unterminated last\nTAP version 13",
    ],
    'sieve': [
        "require [\"fileinto\", \"imap4flags\", \"variables\"];\n\n# spam goes to Junk\nif header :is \"X-Spam\" \"Yes\" {\n    fileinto \"Junk\";\n    setflag \"\\\\Seen\";\n    stop;\n}\n\n/* Other messages get filed into Inbox\n   or to user's scripts */\n",
        "if allof (address :domain :is \"from\" \"example.com\", not exists \"X-Skip\") {\n  set \"who\" \"${1}\";\n  redirect \"list@example.com\";\n} elsif anyof (size :over 100K, header :contains \"subject\" \"${who.name} ${ x }\") {\n  discard;\n} else {\n  keep;\n}\n",
        "vacation :days 7 :subject \"away\" \"quote \\\" here\";\ntext:\nmulti\n.\nIf FILEINTO a-b :1 = \"unterminated\nline\" \"back\\\nslash\" \"open",
    ],
    'augeas': [
        "(*\n  This is a comment\n*)\nmodule Foo =\nautoload xfm\n\nlet a = b | c . d\nlet lns = a*\nlet filter = incl \"/path/to/file\"\n           . incl \"/path/to/other_file\"\n           . Util.stdexcl\n(* xfm is the transform *)\nlet xfm = transform lns filter\n",
        "module Hosts_Access =\n  let sep = del /[ \\t]+/ \" \"\n  let entry (k:string) = [ label k . store /[^\\/ \\t\\n]+/ ]? . counter \"c\" . seq \"c\"\n  let rec tree = [ key Rx.word . (Sep.space . tree)* ]\n  test lns get \"a b\\n\\x41\\0A\\00\\q\" = { \"a\" = \"b\" } ; _ = don't\n",
        "module lower = x\nmodule Real = y <- @ , 2.5 \"open\n(* open",
    ],
    'minizinc': [
        "% Colouring Australia using nc colours\nint: nc = 3;\n\nvar 1..nc: wa;   var 1..nc: nt;  var 1..nc: sa;\n\nconstraint wa != nt;\nconstraint forall(i in 1..nc)(sa != i \\/ nt == i);\nsolve satisfy;\n\noutput [\"wa=\\(wa)\\t nt=\\(nt)\\n\", \"sa=\", show(sa), \"\\n\"];\n",
        "include \"globals.mzn\";\narray[1..4] of var 0..10: x;\nset of int: S = {1, 3} union {5} diff {3};\npredicate ok(var int: a) = a mod 2 = 0 /\\ not (a div 3 > 1) <-> true;\nfunction float: f(float: y) = sqrt(abs(y)) * 1.5e-3 + 2. ;\nconstraint sum(x) >= 5 -> alldifferent(x);\nsolve :: int_search(x, input_order, indomain_min) minimize sum(x);\n",
        "/* block\n   comment */ let { int: k = 2 } in k; module notx xorall 1..3 1.2.3 \\\n 'q' $v ~ ! \"open",
    ],
    'pony': [
        "use \"ponytest\"\n\nactor Main is TestList\n  new create(env: Env) => PonyTest(env, this)\n  new make() => None\n\n  fun tag tests(test: PonyTest) =>\n    test(_TestAddition)\n\nclass iso _TestAddition is UnitTest\n  \"\"\"\n  Adding 2 numbers\n  \"\"\"\n  fun name(): String => \"u32/add\"\n\n  fun apply(h: TestHelper): TestResult =>\n    h.expect_eq[U32](2 + 2, 4)\n",
        "primitive Math\n  fun gcd(a: U64 val, b: U64): U64 =>\n    // Euclid\n    var x = a; var y = b\n    while y != 0 do\n      let t = y; y = x % y; x = t\n    end\n    if (x > 0xFF_FF) and not false then x else 1_000 + 2.5e-3 + 99L end\n  be ping(n: I32 ref) => consume n\n/* block */ lambda\n",
        "\"tab\\t quote\\\" oct\\101 uni\\u00e9 back\\\\\" 'c' {x} @y #z x' a \"open\nline\"\n\"\"\"unterminated doc",
    ],
    'ceylon': [
        "shared class CeylonClass<Parameter>()\n    given Parameter satisfies Object {\n\n    shared String name => \"CeylonClass\";\n}\n\nshared void run() => CeylonClass();\n",
        "module com.example.app \"1.0.0\" {\n  import ceylon.collection \"1.3.3\";\n}\n// line comment\nvalue total = 1_000 + 1.5k + 1_000.000_5 + #FFFF_FFFF + $1010 + 2.5e-3;\nfor (i in 0..10) { if (exists x = map[i], is Integer x) { print(x.string); } }\nchar: Character c = '\\n'; value s = \"a \\\"q\\\" ``i`` b\";\n",
        "interface Shape { formal Float area; }\nobject origin satisfies Shape { area => 0.0; }\n/* not really a comment */ late x; import Html x; // no newline",
    ],
    'hylang': [
        "(defn simple-conversation []\n   (print \"Hello!  I'd like to get to know you.\")\n   (setv name (input \"What is your name? \"))\n   (let [age (input \"What is your age? \")]\n     (if (and age\n              name)\n       (print (+ \"Hello \" name \"!  I see you are \"\n                 age \" years old.\")))))\n\n(simple-conversation)\n",
        "; comment\n(import [itertools [chain product]])\n(defclass Point [object]\n  (defn --init-- [self x y] (setv self.x x self.y (* y 2.5))))\n(.append items -3)\n(cond [(nil? x) :empty] [(even? x) 'even] [True \\a])\n`(~x ~@xs) #{1 2} {\"k\" 1}\n(1 2) ( foo)\n",
        "(print :GHC.Integer#eq 'sym#x a#b) \"esc \\\" q\" \"open\n(é) | \\",
    ],
    'supercollider': [
        "// modulate a sine frequency and a noise amplitude\n~myFunction = {\n        var x = SinOsc.ar(MouseX.kr(1, 100));\n        SinOsc.ar(300 * x + 800, 0, 0.1)\n        +\n        PinkNoise.ar(0.1 * x + 0.1)\n};\n\n~myFunction.play;\n\"that's all, folks!\".postln;\n",
        "SynthDef(\\sine, { arg out = 0, freq = 440, amp = 0.2;\n  var sig = SinOsc.ar(freq * [1, 1.01], 0, amp) * 2pi;\n  if(freq > 16rFF) { sig = sig.neg } { nil };\n  Out.ar(out, sig ++ [-1.5e-3, 0x1F, $a, 'sym']);\n}).add;\n/* nested /* block */ comment */\nthisProcess.interpreter; x = _Prim; y = a: 1, b: -pi;\n",
        "a != b ? c @ d ! e %-4 */* http://x ~g \"multi\nline\" 'open\n/* open",
    ],
}
for _lang, _codes in _ACADEMIC_LEXERS.items():
    MORE_SNIPPETS.setdefault(_lang, []).extend(_codes)
