"""`patrolx view`: the page's markup, and the page as headless Chromium loads it."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import patrolx
from patrolx.cli import app
from patrolx.view import render_page

from .conftest import DEV_CORPUS, SAMPLES

runner = CliRunner()

REFERENCE_DATE = "2022-05-24"
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)
CHROMEDRIVER = shutil.which("chromedriver")
# Headless, and quiet: no sandbox (CI runs as root), no GPU, no network of its own, a fresh profile each run.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium chromium-driver)"
)

# Facts that cross one another: a quote ends inside a region name that another quote holds whole.
CROSSING_TEXT = 'He said "we flew over the Sea" of Japan & <b>, as the minister said it.'


def stretch(first: str, last: str) -> dict:
    """The text from `first` to the end of `last`, with its offsets."""
    start = CROSSING_TEXT.index(first)
    end = CROSSING_TEXT.index(last, start) + len(last)
    return {"text": CROSSING_TEXT[start:end], "start": start, "end": end}


def speaker(words: str, **known: str) -> dict:
    return stretch(words, words) | {"name": None, "title": None, "affiliation": None, "country": None} | known


CROSSING_FACTS = {
    "schema_version": "1.0",
    "reference_date": None,
    "reference_date_source": None,
    "dates": [],
    "durations": [],
    "aircraft": [],
    "countries": [],
    "regions": [stretch("Sea", "Japan") | {"name": "Sea of Japan", "kind": "sea"}],
    "quotes": [
        stretch("we", "Sea") | {"kind": "direct", "cue": "said", "speaker": speaker("He")},
        stretch("we", "<b>")
        | {"kind": "indirect", "cue": "said", "speaker": speaker("the minister", title="minister")},
    ],
}
for _quote in CROSSING_FACTS["quotes"]:
    _quote["parts"] = [[_quote["start"], _quote["end"]]]


class Page(HTMLParser):
    """What a page holds: the article's text, each fact's pieces and text, ids, links and loaded resources."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.article_text = ""
        self.pieces: dict[str, list[dict[str, str]]] = {}  # data-fact -> attributes of each piece
        self.fact_text: dict[str, str] = {}
        self.ids: dict[str, dict[str, str]] = {}
        self.hrefs: list[str] = []
        self.resources: list[str] = []  # anything the page would load
        self.style = ""
        self._open: list[dict[str, str]] = []  # the spans open inside the article
        self._in_article = False
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if "id" in attributes:
            self.ids[attributes["id"]] = attributes
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if "src" in attributes or tag in ("link", "iframe", "object", "embed", "img"):
            self.resources.append(f"<{tag} {attributes}>")
        self._in_style = tag == "style"
        if attributes.get("id") == "article":
            self._in_article = True
        elif self._in_article and tag == "span":
            self._open.append(attributes)
            self.pieces.setdefault(attributes["data-fact"], []).append(attributes)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if self._in_article and tag == "span":
            self._open.pop()
        elif self._in_article and tag == "div":
            self._in_article = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        if self._in_article:
            self.article_text += data
            for attributes in self._open:
                key = attributes["data-fact"]
                self.fact_text[key] = self.fact_text.get(key, "") + data


def sample_page(sample: Path) -> tuple[str, dict, str]:
    text = sample.read_text(encoding="utf-8")
    facts = patrolx.facts_to_dict(patrolx.extract(text, reference_date=REFERENCE_DATE, source=sample.name))
    return text, facts, render_page(text, facts, sample.name)


def assert_every_fact_is_highlighted(page: Page, text: str, facts: dict) -> None:
    """Each fact has its element (with that id), its pieces cover exactly its text, and its title gives its value;
    each quote points at its speaker, which points back."""
    assert page.article_text == text
    for family in ("dates", "durations", "aircraft", "countries", "regions"):
        for index, fact in enumerate(facts[family]):
            key = f"{family}-{index}"
            assert page.ids[key]["class"] == f"fact {family}", key
            assert page.fact_text[key] == fact["text"], key
            normalized = {"dates": "value", "durations": "value", "aircraft": "family", "countries": "iso3"}
            value = fact.get(normalized.get(family, "name"))
            assert str(value or "unresolved") in page.ids[key]["title"], key
    for index, quote in enumerate(facts["quotes"]):
        key = f"quotes-{index}"
        assert page.fact_text[key] == "".join(text[start:end] for start, end in quote["parts"])
        assert quote["kind"] in page.ids[key]["title"]
        if quote["speaker"] is not None:
            speaker_key = page.ids[key]["data-speaker"]
            assert {piece["data-speaker"] for piece in page.pieces[key]} == {speaker_key}
            assert page.ids[speaker_key]["data-quote"] == key
            assert page.fact_text[speaker_key] == quote["speaker"]["text"]


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_page_holds_the_whole_article_with_every_fact_highlighted(sample):
    text, facts, html = sample_page(sample)
    page = Page(html)
    assert_every_fact_is_highlighted(page, text, facts)
    assert sum(len(facts[family]) for family in facts if isinstance(facts[family], list)) > 10


def test_crossing_facts_are_cut_into_pieces_of_one_fact():
    page = Page(render_page(CROSSING_TEXT, CROSSING_FACTS, "crossing"))
    assert_every_fact_is_highlighted(page, CROSSING_TEXT, CROSSING_FACTS)
    assert len(page.pieces["regions-0"]) == 2  # cut where the first quote ends
    assert [piece.get("id") for piece in page.pieces["regions-0"]] == ["regions-0", None]
    assert "<b>" not in page.fact_text["regions-0"] and "&lt;b&gt;" in render_page(CROSSING_TEXT, CROSSING_FACTS, "x")


def test_the_page_needs_nothing_but_itself():
    _, facts, html = sample_page(SAMPLES / "joint-bomber-patrol.txt")
    page = Page(html)
    assert page.resources == []
    assert "url(" not in page.style and "@import" not in page.style
    assert page.hrefs and all(href.startswith("#") and href[1:] in page.ids for href in page.hrefs)
    assert len([href for href in page.hrefs if href.startswith("#speakers-")]) == len(
        [quote for quote in facts["quotes"] if quote["speaker"]]
    )


def test_the_command_writes_the_page(tmp_path):
    sample = SAMPLES / "taiwan-adiz.txt"
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["view", str(sample), "-r", REFERENCE_DATE, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = Page(out.read_text(encoding="utf-8"))
    assert page.article_text == sample.read_text(encoding="utf-8")
    assert "<title>taiwan-adiz.txt - patrolx</title>" in out.read_text(encoding="utf-8")
    printed = runner.invoke(app, ["view", str(sample), "-r", REFERENCE_DATE])
    assert printed.stdout == out.read_text(encoding="utf-8")


def test_a_missing_article_is_one_error_line_and_no_page(tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["view", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "missing.txt" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


def chromium_dom(page: Path, profile: Path) -> str:
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


@needs_chromium
@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_chromium_loads_the_page_with_every_fact_highlighted(sample, tmp_path):
    text, facts, html = sample_page(sample)
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    dom = chromium_dom(path, tmp_path / "profile")
    assert "<html" in dom  # the browser's own serialization of what it built
    assert_every_fact_is_highlighted(Page(dom), text, facts)


@needs_chromium
def test_chromium_keeps_crossing_facts_apart(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(render_page(CROSSING_TEXT, CROSSING_FACTS, "crossing"), encoding="utf-8")
    assert_every_fact_is_highlighted(Page(chromium_dom(path, tmp_path / "profile")), CROSSING_TEXT, CROSSING_FACTS)


# Where in the window the first letter of an element's text is drawn.
FIRST_LETTER_CENTRE = """
const range = document.createRange();
const text = arguments[0].firstChild;
range.setStart(text, 0);
range.setEnd(text, 1);
const box = range.getBoundingClientRect();
return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
"""


@pytest.fixture()
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("Chromium or chromedriver is not installed (Debian: apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900"]:
        options.add_argument(flag)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_in_chromium_families_have_their_colours_and_a_quote_lights_up_its_speaker(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.by import By

    _, facts, html = sample_page(SAMPLES / "joint-bomber-patrol.txt")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    browser.get(path.as_uri())

    colours = {}
    for family in ("dates", "durations", "aircraft", "countries", "regions", "quotes"):
        element = browser.find_element(By.ID, f"{family}-0")
        colours[family] = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", element)
    assert len(set(colours.values())) == len(colours)  # one colour per family
    assert "rgba(0, 0, 0, 0)" not in colours.values()

    quote = browser.find_element(By.ID, "quotes-0")
    speaker = browser.find_element(By.ID, quote.get_attribute("data-speaker"))
    assert "linked" not in speaker.get_attribute("class")
    # The pointer on the quote's first letter, which no other fact holds ("Two Russian Tu-95MS bombers..."):
    x, y = browser.execute_script(FIRST_LETTER_CENTRE, quote)
    pointer = ActionBuilder(browser)
    pointer.pointer_action.move_to_location(x, y)
    pointer.perform()
    assert "linked" in speaker.get_attribute("class").split()
    assert browser.find_element(By.ID, "hovered").text == quote.get_attribute("title")
    assert facts["quotes"][0]["speaker"]["text"] == speaker.text

    # A date inside the quote shows its own value, and the quote stays lit; one outside every quote puts it out.
    quoted = [range(start, end) for quote in facts["quotes"] for start, end in quote["parts"]]
    first_part = quoted[0]
    inside = next(i for i, date in enumerate(facts["dates"]) if date["start"] in first_part)
    outside = next(i for i, date in enumerate(facts["dates"]) if not any(date["start"] in part for part in quoted))
    for index, lit in ((inside, True), (outside, False)):
        ActionChains(browser).move_to_element(browser.find_element(By.ID, f"dates-{index}")).perform()
        assert browser.find_element(By.ID, "hovered").text == f"date: {facts['dates'][index]['value']}"
        assert ("linked" in speaker.get_attribute("class").split()) is lit


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="needs the dev corpus (../shared/corpus/dev)")
def test_every_dev_article_keeps_its_text_and_every_fact_highlighted():
    for text_file in sorted(DEV_CORPUS.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        facts = patrolx.facts_to_dict(patrolx.extract(text, source=text_file.name))
        assert_every_fact_is_highlighted(Page(render_page(text, facts, text_file.name)), text, facts)
