"""The declaration of the fact families, and what is derived from it or must agree with it."""

from __future__ import annotations

import dataclasses
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.tokens import Doc

from patrolx.families import FACT_LISTS, FAMILIES, Facts, Family, pipeline_order
from patrolx.pipeline import COMPONENTS, build_pipeline


def test_spacy_factories_entry_points_name_every_family_and_nothing_else():
    # Entry points cannot be derived from code: pyproject.toml lists them, and they must match the declaration.
    declared = {family.component for family in FAMILIES}
    ours = {point.name: point for point in entry_points(group="spacy_factories") if point.value.startswith("patrolx.")}
    assert set(ours) == declared
    for name, point in ours.items():
        assert point.load() is spacy.registry.factories.get(name), name


def test_the_default_pipeline_runs_every_family_after_what_it_requires():
    nlp = build_pipeline()
    assert nlp.pipe_names == list(COMPONENTS)
    assert sorted(COMPONENTS) == sorted({family.component for family in FAMILIES})
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in COMPONENTS}
    for family in FAMILIES:
        assert nlp.get_pipe_meta(family.component).requires == family.required_attributes
        assert family.attribute in nlp.get_pipe_meta(family.component).assigns


def test_a_pipeline_missing_a_required_family_is_reported():
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_boilerplate")
    nlp.add_pipe("patrolx_countries")  # without the regions it requires
    assert nlp.analyze_pipes()["problems"]["patrolx_countries"] == ["doc._.patrolx_regions"]


def test_pipeline_order_puts_requirements_first_and_refuses_a_cycle():
    a, b, c = Family("a", None, requires=("b",)), Family("b", None), Family("c", None)
    assert [f.name for f in pipeline_order((c, a, b))] == ["c", "b", "a"]
    loop = (Family("x", None, requires=("y",)), Family("y", None, requires=("x",)))
    with pytest.raises(ValueError, match="require each other"):
        pipeline_order(loop)


def test_facts_has_a_list_for_each_reported_family_in_the_declared_order():
    names = [field.name for field in dataclasses.fields(Facts)]
    assert names == ["schema_version", "source", "reference_date", "reference_date_source", *FACT_LISTS, "event"]
    assert FACT_LISTS == tuple(family.name for family in FAMILIES if family.record is not None)
    assert "boilerplate" not in FACT_LISTS
    assert Facts().dates == [] and Facts().dates is not Facts().dates


def test_a_family_attribute_gives_its_spans():
    doc = build_pipeline()("Chinese bombers flew over the East China Sea.")
    assert isinstance(doc, Doc)
    assert [span.text for span in doc._.patrolx_regions] == ["East China Sea"]
    assert [span.text for span in doc._.patrolx_countries] == ["Chinese"]
