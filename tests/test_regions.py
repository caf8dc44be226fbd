"""The regions component on spaCy's blank English pipeline."""

from __future__ import annotations

import pytest

from patrolx.components.boilerplate import RUN_ON_LINE, has_boilerplate
from patrolx.components.regions import tokens_in_regions

from .conftest import blank_with


@pytest.fixture(scope="module")
def nlp():
    return blank_with("patrolx_boilerplate", "patrolx_regions")


def found(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span._.patrolx_fact.name) for span in doc.spans["patrolx_regions"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They flew over the Sea of Japan.", "Sea of Japan"),
        ("They flew over the Japan Sea.", "Sea of Japan"),
        ("They flew over the East Sea.", "Sea of Japan"),
        ("They flew into the Pacific.", "Pacific Ocean"),
        ("They flew into the western Pacific.", "Western Pacific"),
        ("Ships sailed through the Strait of Hormuz.", "Strait of Hormuz"),
        ("Ships sailed through the Hormuz Strait.", "Strait of Hormuz"),
        ("They crossed the Taiwan Strait.", "Taiwan Strait"),
        ("They crossed the Miyako Strait.", "Miyako Strait"),
        ("A free and open Indo-Pacific.", "Indo-Pacific"),
        ("Patrols in the Asia-Pacific region.", "Asia-Pacific"),
        ("Tension on the Korean Peninsula.", "Korean Peninsula"),
        ("Jets flew near Hokkaido Island.", "Hokkaido"),
        ("Jets flew off Okinawa Prefecture.", "Okinawa"),
        ("Bombers neared the Kuril Islands.", "Kuril Islands"),
        ("Russia annexed Crimea.", "Crimea"),
        ("NORAD tracked them off Alaska.", "Alaska"),
        ("Drills in the Arctic and the Middle East.", "Arctic"),
        ("They flew over the BLACK SEA.", "Black Sea"),
    ],
)
def test_forms_news_uses(nlp, text, name):
    assert name in [n for _, n in found(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "over the Japanese and East China seas",
            [("Japanese", "Sea of Japan"), ("East China seas", "East China Sea")],
        ),
        (
            "disputes in the East and South China Seas",
            [("East", "East China Sea"), ("South China Seas", "South China Sea")],
        ),
        (
            "over the seas of Japan and East China",
            [("seas of Japan", "Sea of Japan"), ("East China", "East China Sea")],
        ),
        (
            "across the Black and Baltic seas",
            [("Black", "Black Sea"), ("Baltic seas", "Baltic Sea")],
        ),
    ],
)
def test_coordinated_forms_give_one_region_per_conjunct(nlp, text, expected):
    assert found(nlp, text) == expected


def test_case_matters_for_proper_words(nlp):
    assert found(nlp, "a black sea bass and a pacific mood in asia minor circles") == []


def test_every_mention_is_kept_in_text_order(nlp):
    assert [n for _, n in found(nlp, "The Black Sea, then Crimea, then the Black Sea again.")] == [
        "Black Sea",
        "Crimea",
        "Black Sea",
    ]


def test_regions_carry_kind_and_coordinates_when_known(nlp):
    doc = nlp("They flew over the Sea of Okhotsk.")
    fact = doc.spans["patrolx_regions"][0]._.patrolx_fact
    assert fact.kind == "sea"
    assert fact.wikidata and fact.wikidata.startswith("Q")
    assert 40 < fact.lat < 65 and 135 < fact.lon < 165


def test_clutter_block_is_ignored(nlp):
    text = "Jets flew over the Black Sea.\n\nRELATED COVERAGE\nTensions rise near the Spratly Islands\n"
    assert found(nlp, text) == [("Black Sea", "Black Sea")]


def test_a_line_cue_in_run_on_paragraphs_marks_only_its_sentence(nlp):
    story = "Russian bombers flew over the Black Sea on Tuesday, and fighters from three bases were sent to meet them. "
    notice = "By continuing to browse, you agree to our travel partners' offers for the Spratly Islands. "
    # A feed that dropped the line breaks: the notice is one sentence of a long line, and the story stays.
    run_on = story * 3 + notice + story * 3
    assert len(run_on) > RUN_ON_LINE
    assert [name for _, name in found(nlp, run_on)] == ["Black Sea"] * 6
    # On a line of its own the notice is clutter as before; so is a short line holding it.
    assert [name for _, name in found(nlp, story + "\n" + notice)] == ["Black Sea"]
    assert [name for _, name in found(nlp, story + notice)] == []


def test_maker_names_before_designations_are_not_regions(nlp):
    assert found(nlp, "A Shaanxi Y-8 flew near Guangdong.") == [("Guangdong", "Guangdong")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jets scrambled over the Baltic states.", "Baltic region"),
        ("Frigates sailed in the Aegean.", "Aegean Sea"),
        ("Drills over the North Atlantic.", "North Atlantic Ocean"),
        ("Patrols in South-East Asia.", "Southeast Asia"),
    ],
)
def test_short_and_variant_forms(nlp, text, name):
    assert [n for _, n in found(nlp, text)] == [name]


def test_region_tokens_are_those_of_the_kept_spans(nlp):
    doc = nlp("Ships sailed from the Yellow Sea into the Taiwan Strait.")
    expected = {i for span in doc.spans["patrolx_regions"] for i in range(span.start, span.end)}
    assert expected and tokens_in_regions(doc) == expected


def test_region_tokens_follow_spans_replaced_after_the_component(nlp):
    doc = nlp("Ships sailed from the Yellow Sea into the Taiwan Strait.")
    doc.spans["patrolx_regions"] = [doc[1:2]]
    assert tokens_in_regions(doc) == {1}
    assert tokens_in_regions(blank_with()("No component ran on this one.")) == set()


def test_has_boilerplate_tells_docs_with_clutter_apart(nlp):
    assert not has_boilerplate(nlp("Jets flew over the Black Sea."))
    assert has_boilerplate(nlp("Jets flew over the Black Sea.\n\nRELATED COVERAGE\nMore news\n"))
    # Not known without the component: callers must then test their mentions.
    assert has_boilerplate(blank_with()("Jets flew over the Black Sea."))
