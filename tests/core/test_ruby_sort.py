"""``utils.ruby_sort`` reproduces Ruby's Array#sort order for an intransitive comparison.

The items and the order were recorded with Ruby 3.1 (Debian bookworm) sorting
with Jekyll's ``Document#<=>`` rule: compare the first field when both have
one, else (or on a tie) the second.
"""

from __future__ import annotations

from jekyll_py.utils import ruby_sort

ITEMS = [
    (51, "p92", 0),
    (71, "p60", 1),
    (None, "p82", 2),
    (74, "p74", 3),
    (None, "p99", 4),
    (21, "p52", 5),
    (87, "p29", 6),
    (1, "p63", 7),
    (None, "p32", 8),
    (21, "p88", 9),
    (None, "p90", 10),
    (41, "p91", 11),
    (61, "p61", 12),
    (61, "p50", 13),
    (63, "p02", 14),
    (None, "p50", 15),
    (20, "p72", 16),
    (17, "p03", 17),
    (None, "p59", 18),
    (8, "p89", 19),
    (None, "p01", 20),
    (59, "p70", 21),
    (None, "p07", 22),
    (34, "p77", 23),
    (None, "p35", 24),
    (3, "p01", 25),
    (5, "p53", 26),
    (3, "p53", 27),
    (None, "p62", 28),
    (89, "p43", 29),
    (73, "p61", 30),
    (94, "p47", 31),
    (71, "p77", 32),
    (61, "p39", 33),
    (None, "p79", 34),
    (None, "p81", 35),
    (52, "p23", 36),
    (88, "p59", 37),
    (None, "p40", 38),
    (None, "p14", 39),
]
RUBY_ORDER = [20, 25, 17, 22, 39, 36, 8, 24, 7, 27, 26, 5, 9, 23, 0, 21, 33, 38, 13, 15, 18, 19, 16, 12, 14, 1, 32, 30, 3, 6, 37, 29, 31, 28, 34, 35, 2, 10, 11, 4]


def _cmp(a: tuple, b: tuple) -> int:
    c = None
    if a[0] is not None and b[0] is not None:
        c = (a[0] > b[0]) - (a[0] < b[0])
    if not c:
        c = (a[1] > b[1]) - (a[1] < b[1])
    return c


def test_matches_ruby_order() -> None:
    assert [item[2] for item in ruby_sort(ITEMS, _cmp)] == RUBY_ORDER


def test_stable_for_consistent_comparisons() -> None:
    data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
    assert ruby_sort(data, lambda x, y: x[0] - y[0]) == [(0, "a"), (0, "b"), (1, "b"), (1, "a")]
