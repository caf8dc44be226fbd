"""Lines "Speaker: statement": a headline ("Salo: Halvorsen's cuts destroying NATO's trust") or a
transcript's turn ("HARTLEY: Do you think ..."), said by the few capitalised words before the colon."""

from __future__ import annotations

from .according import AccordingTo
from .layout import SENTENCE_END
from .state import MAX_HEADLINE_SPEAKER, MIN_CONTENT_TOKENS, SPEAKING_KINDS, Found
from .wordlists import LABEL_WORDS

MIN_LINE_STATEMENT = 5  # tokens after 'Speaker:' on a line after the headline


class SpeakerLines(AccordingTo):
    """Statements on lines of their own, after their speaker and a colon."""

    def _headline_statements(self) -> None:
        """A line 'Speaker: statement': a headline ('Salo: Halvorsen's cuts destroying NATO's trust') or a
        transcript's turn ('HARTLEY: Do you think ...'): the words after the colon, said by the few
        capitalised words before it."""
        paragraphs = self.layout.paragraphs
        first_colons = {}  # paragraph -> its first colon, from the index of the doc's words
        for i in self.words.by_word.get(":", ()):
            first_colons.setdefault(self.layout.paragraph_of[i], i)
        for number, colon in first_colons.items():
            start, end = paragraphs[number]
            if not start < colon <= start + MAX_HEADLINE_SPEAKER or self.layout.skipped[start]:
                continue
            label = start + 1 if self.lowers[start] == "the" else start
            if self.lowers[label] in LABEL_WORDS:
                continue  # 'Photo: ...', 'The Latest: ...'
            content_end = self._line_statement_end(number, colon, end)
            if content_end - colon - 1 < MIN_CONTENT_TOKENS:
                continue
            speaker = self.vocabulary.read(start, colon) if self.vocabulary.is_capitalised(start) else None
            if speaker is None or speaker.kind not in SPEAKING_KINDS and not self._headline_group(number, start, colon):
                continue
            if number == 0 or self._named_speaker(speaker) and self._statement_line(colon + 1, content_end):
                self._drop_nested(colon, content_end)
                quoted = self._quotes_in_line(start, colon, content_end)
                if quoted is None:
                    continue
                # "Lund: 'Unsafe Intercepts' Have 'No Place In The Strait'": the line is one statement
                self.found = [found for found in self.found if found not in quoted]
                self._take(start, content_end)
                self.found.append(Found([(colon + 1, content_end)], "indirect", None, speaker))

    def _headline_group(self, number: int, start: int, colon: int) -> bool:
        """A headline's group speaks too ('Officials: Jets entered the zone'), but not one after a cue ('The
        general told reporters: ...')."""
        return number == 0 and not any(i in self.cue_at for i in range(start, colon))

    def _line_statement_end(self, number: int, colon: int, end: int) -> int:
        """Where the statement after a line's colon ends: before its closing punctuation, and in a headline
        before a semicolon ('Report: Half the meetings were with donors; campaign says ...')."""
        if number == 0:
            end = next((i for i in range(colon + 1, end) if self.texts[i] == ";"), end)
        while end > colon + 1 and self.texts[end - 1] in SENTENCE_END:
            end -= 1
        return end

    def _drop_nested(self, colon: int, end: int) -> None:
        """Forget the reported statements inside a line 'Speaker: statement' ('Okafor: I'm Optimistic Voters
        Will Say No to Halvorsen'): the line is one statement of its speaker's."""
        nested = [
            found
            for found in self.found
            if found.kind == "indirect" and found.cue is not None and colon < found.cue.start < end
            if all(colon < part_start and part_end <= end for part_start, part_end in found.parts)
        ]
        for found in nested:
            self.found.remove(found)
            spans = [*found.parts, (found.cue.start, found.cue.end)]
            if found.speaker is not None and colon < found.speaker.start:
                spans.append((found.speaker.start, found.speaker.end))
            for span_start, span_end in spans:
                self.used[span_start:span_end] = [False] * (span_end - span_start)

    def _statement_line(self, start: int, end: int) -> bool:
        """Whether the words after a line's colon make a statement ('I'm Not Much Of A Hawk') rather
        than a list of names ('Nicholas Harlow, Medill News Service') or a section's heading ('Moreau: Win
        in a walk.'): a few words, one in lower case or no comma among them."""
        if end - start < MIN_LINE_STATEMENT:
            return False
        return any(self.words.is_lower(i) and self.words.is_alpha(i) for i in range(start, end)) or all(
            self.texts[i] != "," for i in range(start, end)
        )

    def _quotes_in_line(self, start: int, colon: int, end: int) -> list[Found] | None:
        """The quoted phrases of a line 'Speaker: ...' already read as the speaker's quotes, or None when
        anything else of the line is taken or the line is one quote."""
        quoted = [
            found
            for found in self.found
            if found.kind == "direct" and found.speaker is not None and found.speaker.start == start
            if colon < found.parts[0][0] < end
        ]
        covered = {
            i for found in quoted for part_start, part_end in found.parts for i in range(part_start - 1, part_end + 1)
        }
        if any(self.used[i] and i not in covered for i in range(colon + 1, end)):
            return None
        if quoted and all(i in covered or self.words.is_punct[i] for i in range(colon + 1, end)):
            return None  # 'Putin: "We will respond"': a quote, with nothing of the writer's around it
        return quoted
