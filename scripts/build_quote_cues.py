#!/usr/bin/env python3
"""Regenerate patterns/quote_cues.jsonl: our curated cues and the verbs of speech of VerbNet's classes.

Inputs: our curated cues (data/quote_cues_supplement.jsonl, which win where they
name the same word), the members of VerbNet's classes of communication and
judgment (data/verbnet_speech_verbs.tsv, see data/SOURCES.md) and which of those
classes give cues, with which label, leaving out which members and why
(data/quote_cue_classes.json). Each kept verb gives its past and -ing forms
("touted", "touting").

    python scripts/build_quote_cues.py [--check]
    python scripts/build_quote_cues.py --verbnet DIR   # first re-read the class files of VerbNet 3.4

--check regenerates in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "data" / "quote_cues_supplement.jsonl"
MEMBERS = ROOT / "data" / "verbnet_speech_verbs.tsv"
CLASSES = ROOT / "data" / "quote_cue_classes.json"
OUTPUT = ROOT / "patterns" / "quote_cues.jsonl"
VOWELS = set("aeiou")


def read_classes() -> dict:
    return json.loads(CLASSES.read_text(encoding="utf-8"))


def extract_members(verbnet_dir: Path, families: list[str]) -> str:
    """The tsv of `families`' classes and subclasses: one line per class, its members space-separated."""
    lines = ["class\tmembers"]

    def walk(node: ElementTree.Element) -> None:
        members = [member.get("name", "") for member in node.iterfind("MEMBERS/MEMBER")]
        lines.append(f"{node.get('ID')}\t{' '.join(members)}")
        for subclass in node.iterfind("SUBCLASSES/VNSUBCLASS"):
            walk(subclass)

    for family in families:
        walk(ElementTree.parse(verbnet_dir / f"{family}.xml").getroot())
    return "\n".join(lines) + "\n"


def read_members() -> dict[str, list[str]]:
    rows = [line.split("\t") for line in MEMBERS.read_text(encoding="utf-8").splitlines()[1:] if line]
    return {name: members.split() for name, members in rows}


def inflections(verb: str, doubled: set[str], irregular: dict[str, list[str]]) -> list[str]:
    """The verb's past (and participle) and -ing forms: "touted", "touting".

    Its base and third-person forms are left out: they are nouns as often ("the states", "emails", "a
    rant", "attacks"), and a cue read as a verb where a noun stands makes false quotes. A phrasal verb
    ("speak_out", "point_out") inflects its first word; a final consonant after one vowel is doubled in one
    syllable ("chat", "chatted") and in the verbs stressed on it (`doubled`: "extol", "extolled").
    """
    head, _, rest = verb.partition("_")
    tail = f" {rest.replace('_', ' ')}" if rest else ""
    if head in irregular:
        forms = irregular[head]
    elif head.endswith("ee"):
        forms = [head + "d", head + "ing"]
    elif head.endswith("e"):
        forms = [head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2] not in VOWELS:
        forms = [head[:-1] + "ied", head + "ing"]
    else:
        one_syllable = sum(letter in VOWELS for letter in head.replace("qu", "q")) == 1
        stem = head
        if (one_syllable or head in doubled) and head[-1] not in VOWELS | set("wxy") and head[-2] in VOWELS:
            if len(head) < 3 or head[-3] not in VOWELS:
                stem = head + head[-1]
        forms = [stem + "ed", stem + "ing"]
        if stem == head and head.endswith("l") and head[-2] in VOWELS and head[-3] not in VOWELS:
            forms += [head + "led", head + "ling"]  # British "signalled", "counselled"
    return [form + tail for form in forms]


def british_spellings(verb: str) -> list[str]:
    """The British spelling of an -ize verb ("characterise"); VerbNet spells them the American way."""
    return [verb[:-3] + "ise"] if verb.endswith("ize") else []


def build() -> str:
    config = read_classes()
    members = read_members()
    curated = [line for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines() if line.strip()]
    entries = [json.loads(line) for line in curated]
    taken = {entry["pattern"].lower() for entry in entries if isinstance(entry["pattern"], str)}
    # A verb our curated cues already read keeps their label for its other forms.
    curated_labels = {entry["id"]: entry["label"] for entry in entries if entry["label"] in {"SAY", "THAT", "OBJECT"}}
    doubled = set(config["doubled"])
    lines = []

    def add(label: str, verb: str, forms: list[str]) -> None:
        for form in forms:
            if form not in taken:
                taken.add(form)
                lines.append(json.dumps({"label": label, "pattern": form, "id": verb.replace("_", " ")}))

    # Our curated verbs get the forms their entries lack ("concluding", "pointing out").
    for verb, label in curated_labels.items():
        forms = inflections(verb.replace(" ", "_"), doubled, config["irregular"])
        if any(entry["id"] == verb and entry["pattern"] in forms for entry in entries):
            add(label, verb, forms)
    for name, settings in config["classes"].items():
        left_out = {verb for verbs in settings["drop"].values() for verb in verbs}
        for verb in members[name]:
            if verb in left_out:
                continue
            label = curated_labels.get(verb, settings["label"])
            for spelling in [verb, *config["spellings"].get(verb, []), *british_spellings(verb)]:
                add(label, verb, inflections(spelling, doubled, config["irregular"]))
    return "".join(line + "\n" for line in curated + lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is out of date")
    parser.add_argument(
        "--verbnet", type=Path, metavar="DIR", help="re-read the members from VerbNet 3.4's class files in DIR"
    )
    args = parser.parse_args(argv)
    if args.verbnet:
        MEMBERS.write_text(extract_members(args.verbnet, read_classes()["families"]), encoding="utf-8")
    text = build()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.name} is out of date: run scripts/build_quote_cues.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10))} cues", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
