"""Decoding articles: what is not text is refused with a message that says what it probably is."""

from __future__ import annotations

import pytest

from patrolx.errors import InputError
from patrolx.textio import decode

TEXT = "Two Tu-95 bombers flew over the Sea of Japan on Tuesday, the ministry said.\n"


@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_byte_order_mark_is_named_with_its_fix(encoding, order):
    with pytest.raises(InputError) as raised:
        decode(TEXT.encode(encoding), "article.txt")
    message = str(raised.value)
    assert message.startswith("article.txt: probably UTF-16")
    assert f"iconv -f UTF-16{order} -t UTF-8" in message


def test_utf16_with_byte_order_mark_is_read():
    assert decode(TEXT.encode("utf-16"), "article.txt") == TEXT


def test_other_binary_data_is_called_binary():
    with pytest.raises(InputError, match="article.txt: binary data, not text"):
        decode(b"\x00\x01\x02\x03\x89PNG\x00" * 40, "article.txt")
