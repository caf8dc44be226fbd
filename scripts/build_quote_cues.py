#!/usr/bin/env python3
"""Regenerate patterns/quote_cues.jsonl: our curated cues and the verbs of speech of VerbNet's classes.

Inputs: our curated cues (data/quote_cues_supplement.jsonl, which win where they
name the same word), the members of VerbNet's classes of communication and
judgment (data/verbnet_speech_verbs.tsv, see data/SOURCES.md) and which of those
classes give cues, with which label, leaving out which members and why
(data/quote_cue_classes.json). Each kept verb, and each curated one, gives its
past and -ing forms ("touted", "touting"), and its base and -s forms ("tout",
"touts") where news text seldom has them where a noun stands
(data/quote_cue_noun_contexts.tsv, counted by --count-nouns).

    python scripts/build_quote_cues.py [--check]
    python scripts/build_quote_cues.py --verbnet DIR   # first re-read the class files of VerbNet 3.4
    python scripts/build_quote_cues.py --count-nouns DIR [DIR ...]   # first re-count the noun contexts

--check regenerates in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "data" / "quote_cues_supplement.jsonl"
MEMBERS = ROOT / "data" / "verbnet_speech_verbs.tsv"
CLASSES = ROOT / "data" / "quote_cue_classes.json"
NOUN_CONTEXTS = ROOT / "data" / "quote_cue_noun_contexts.tsv"
OUTPUT = ROOT / "patterns" / "quote_cues.jsonl"
# Words after which a noun stands, not a verb: determiners, possessives and prepositions.
NOUN_BEFORE = """a an the this that these those his her their its our my your no any every each some another many few
several such whose of in for on with by from at about against into over after before under between""".split()
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

    Its base and third-person forms are left to `base_forms`: they are nouns as often ("the states",
    "emails", "a rant", "attacks"), and a cue read as a verb where a noun stands makes false quotes. A phrasal verb
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
        sounds = head.replace("qu", "qw")  # the "u" of "qu" is no vowel: "quip", "quipped"
        one_syllable = sum(letter in VOWELS for letter in sounds) == 1
        stem = head
        if (one_syllable or head in doubled) and head[-1] not in VOWELS | set("wxy") and head[-2] in VOWELS:
            if len(sounds) < 3 or sounds[-3] not in VOWELS:
                stem = head + head[-1]
        forms = [stem + "ed", stem + "ing"]
        if stem == head and head.endswith("l") and head[-2] in VOWELS and head[-3] not in VOWELS:
            forms += [head + "led", head + "ling"]  # British "signalled", "counselled"
    return [form + tail for form in forms]


def british_spellings(verb: str) -> list[str]:
    """The British spelling of an -ize verb ("characterise"); VerbNet spells them the American way."""
    return [verb[:-3] + "ise"] if verb.endswith("ize") else []


def base_forms(verb: str) -> list[str]:
    """The verb's base and third-person forms: "tout", "touts"; "point to", "points to"."""
    head, _, rest = verb.partition("_")
    tail = f" {rest.replace('_', ' ')}" if rest else ""
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2] not in VOWELS:
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    return [head + tail, third + tail]


def read_curated() -> tuple[list[str], list[dict]]:
    curated = [line for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return curated, [json.loads(line) for line in curated]


def cue_verbs(config: dict, entries: list[dict]) -> list[tuple[str, str]]:
    """The verbs that give cues, as (verb, label): our curated verbs with their label ("point_out"), then
    the kept members of VerbNet's classes (a verb our curated cues already read keeps their label)."""
    curated_labels = {entry["id"]: entry["label"] for entry in entries if entry["label"] in {"SAY", "THAT", "OBJECT"}}
    verbs = []
    for verb, label in curated_labels.items():
        forms = inflections(verb.replace(" ", "_"), set(config["doubled"]), config["irregular"])
        forms += base_forms(verb.replace(" ", "_"))
        if any(entry["id"] == verb and entry["pattern"] in forms for entry in entries):
            verbs.append((verb.replace(" ", "_"), label))
    members = read_members()
    for name, settings in config["classes"].items():
        left_out = {verb for verbs in settings["drop"].values() for verb in verbs}
        verbs += [(verb, curated_labels.get(verb, settings["label"])) for verb in members[name] if verb not in left_out]
    return verbs


def read_noun_contexts() -> dict[str, tuple[int, int]]:
    rows = [line.split("\t") for line in NOUN_CONTEXTS.read_text(encoding="utf-8").splitlines()[1:] if line]
    return {form: (int(occurrences), int(as_noun)) for form, occurrences, as_noun in rows}


def rarely_nouns(config: dict) -> set[str]:
    """The base and -s forms seen often enough, and seldom enough where a noun stands, to be cues."""
    settings = config["base_forms"]
    return {
        form
        for form, (occurrences, as_noun) in read_noun_contexts().items()
        if occurrences >= settings["min_occurrences"] and as_noun <= settings["max_noun_share"] * occurrences
    }


def count_noun_contexts(folders: list[Path], forms: list[str]) -> str:
    """The tsv of how often each form occurs in the texts of `folders` (*.txt, and the "text" of *.json if any) and
    how often where a noun stands: after a determiner or a preposition, or capitalized inside a sentence."""
    words = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|[.!?:;\"“”]")
    noun_before = set(NOUN_BEFORE)
    wanted = {tuple(form.split()) for form in forms}
    occurrences = dict.fromkeys(wanted, 0)
    as_noun = dict.fromkeys(wanted, 0)
    for folder in folders:
        for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.json")):
            text = path.read_text(encoding="utf-8")
            tokens = words.findall(json.loads(text).get("text", "") if path.suffix == ".json" else text)
            lowers = [token.lower() for token in tokens]
            for i, token in enumerate(tokens):
                for size in (1, 2, 3):
                    key = tuple(lowers[i : i + size])
                    if key in wanted:
                        occurrences[key] += 1
                        before = tokens[i - 1] if i else "."
                        inside = before not in {".", "!", "?", ":", ";", '"', "“", "”"}
                        as_noun[key] += before.lower() in noun_before or (token[0].isupper() and inside)
    lines = ["form\toccurrences\tas_noun"]
    lines += [f"{' '.join(key)}\t{occurrences[key]}\t{as_noun[key]}" for key in sorted(wanted)]
    return "\n".join(lines) + "\n"


def build() -> str:
    config = read_classes()
    curated, entries = read_curated()
    taken = {entry["pattern"].lower() for entry in entries if isinstance(entry["pattern"], str)}
    doubled = set(config["doubled"])
    usable_base_forms = rarely_nouns(config)
    no_base_forms = {verb for verbs in config["base_forms"]["drop"].values() for verb in verbs}
    taken |= {form for key, forms in config["forms_left_out"].items() if key != "about" for form in forms}
    lines = []
    for verb, label in cue_verbs(config, entries):
        for spelling in [verb, *config["spellings"].get(verb, []), *british_spellings(verb)]:
            forms = inflections(spelling, doubled, config["irregular"])
            if verb not in no_base_forms:
                forms += [form for form in base_forms(spelling) if form in usable_base_forms]
            for form in forms:
                if form not in taken:
                    taken.add(form)
                    lines.append(json.dumps({"label": label, "pattern": form, "id": verb.replace("_", " ")}))
    return "".join(line + "\n" for line in curated + lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is out of date")
    parser.add_argument(
        "--verbnet", type=Path, metavar="DIR", help="re-read the members from VerbNet 3.4's class files in DIR"
    )
    parser.add_argument(
        "--count-nouns",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="first re-count how often the base and -s forms stand where a noun does in the texts of DIR",
    )
    args = parser.parse_args(argv)
    if args.verbnet:
        MEMBERS.write_text(extract_members(args.verbnet, read_classes()["families"]), encoding="utf-8")
    if args.count_nouns:
        config = read_classes()
        verbs = cue_verbs(config, read_curated()[1])
        forms = {form for verb, _ in verbs for form in base_forms(verb)}
        NOUN_CONTEXTS.write_text(count_noun_contexts(args.count_nouns, sorted(forms)), encoding="utf-8")
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
