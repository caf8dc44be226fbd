import pytest
import spacy
from spacy.tokens import Span

from patrolx.extensions import COUNTRY_BOUNDS, SPAN_KEYS, facts_of, set_spans
from patrolx.records import CountryFact

from .conftest import blank_with


def test_a_stored_span_reads_its_record_and_any_other_span_reads_none():
    nlp = blank_with("patrolx_countries")
    doc = nlp("Jets from France met jets from Spain.")
    france, spain = doc.spans[SPAN_KEYS["countries"]]
    assert france._.patrolx_fact.iso3 == "FRA"
    assert spain._.patrolx_fact.iso3 == "ESP"
    # A span made anew over the same tokens, label and id is the same mention.
    assert Span(doc, france.start, france.end, label=france.label, span_id=france.id)._.patrolx_fact.iso3 == "FRA"
    assert doc[0:2]._.patrolx_fact is None
    assert [fact.name for fact in facts_of(doc, "countries")] == ["France", "Spain"]
    assert facts_of(doc, "regions") == []


def test_spans_and_records_must_pair_up():
    doc = spacy.blank("en")("Jets from France.")
    record = CountryFact(text="France", start=10, end=16, iso2="FR", iso3="FRA", name="France")
    with pytest.raises(ValueError, match="countries: 1 spans but 2 records"):
        set_spans(doc, "countries", [doc[2:3]], [record, record])


def test_country_token_bounds_are_their_spans_and_lapse_when_the_spans_change():
    nlp = blank_with("patrolx_countries")
    doc = nlp("Aircraft from the United Kingdom and Norway shadowed the bombers.")
    spans = doc.spans[SPAN_KEYS["countries"]]
    assert COUNTRY_BOUNDS.get(doc) == [(span.start, span.end) for span in spans] == [(3, 5), (6, 7)]
    doc.spans[SPAN_KEYS["countries"]] = list(spans)[:1]  # another span group: the kept bounds no longer hold
    assert COUNTRY_BOUNDS.get(doc) is None


def test_a_speaker_reads_the_same_country_without_the_kept_bounds():
    nlp = blank_with("patrolx_countries", "patrolx_quotes")
    text = "Britain's defence minister said the flights would go on. Norway said it had scrambled two jets."

    def speakers(doc):
        return [(quote.speaker.text, quote.speaker.country) for quote in facts_of(doc, "quotes")]

    kept = speakers(nlp(text))
    without = nlp.make_doc(text)
    without = nlp.get_pipe("patrolx_countries")(without)
    without.user_data.pop(COUNTRY_BOUNDS.key)
    assert speakers(nlp.get_pipe("patrolx_quotes")(without)) == kept
    assert kept == [("Britain's defence minister", "GBR"), ("Norway", "NOR")]
