from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from livewell.content.citations import CitationLinker, cited_numbers, expand, unknown_citations


def test_citations_become_links_to_the_numbered_references() -> None:
    linker = CitationLinker(reference_count=3)
    html = linker.link("<p>Fractures are common [1]. Trials agree [2, 3].</p>")
    assert re.findall(r'href="#ref-(\d)"', html) == ["1", "2", "3"]
    assert linker.first_cite == {1: "cite-1", 2: "cite-2", 3: "cite-3"}


def test_each_citation_gets_its_own_id_and_the_first_is_remembered() -> None:
    linker = CitationLinker(reference_count=2)
    first = linker.link("<p>A [2].</p>")
    second = linker.link("<p>B [2].</p>")
    assert 'id="cite-1"' in first
    assert 'id="cite-2"' in second
    assert linker.first_cite == {2: "cite-1"}


def test_ranges_are_expanded() -> None:
    assert expand("2-4") == [2, 3, 4]
    assert expand("1, 3\u20135") == [1, 3, 4, 5]


def test_text_inside_links_and_tags_is_left_alone() -> None:
    linker = CitationLinker(reference_count=5)
    html = '<p><a href="/x">see [1]</a> <span title="[2]">x</span> [3]</p>'
    linked = linker.link(html)
    assert '<a href="/x">see [1]</a>' in linked
    assert 'title="[2]"' in linked
    assert 'href="#ref-3"' in linked


def test_numbers_without_a_reference_are_not_linked_and_are_reported() -> None:
    linker = CitationLinker(reference_count=2)
    assert linker.link("<p>Claim [7].</p>") == "<p>Claim [7].</p>"
    assert unknown_citations(["<p>Claim [7] and [2] and [0].</p>"], 2) == [0, 7]


def test_bracketed_words_are_not_citations() -> None:
    assert cited_numbers("<p>[sic] and [a] and [1a]</p>") == []


@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=10))
def test_every_cited_number_is_found(numbers: list[int]) -> None:
    text = " ".join(f"Fact [{n}]." for n in numbers)
    assert cited_numbers(text) == numbers
    linked = CitationLinker(reference_count=40).link(text)
    assert re.findall(r'href="#ref-(\d+)"', linked) == [str(n) for n in numbers]
