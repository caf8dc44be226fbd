"""Turning an article's bytes into text: BOMs, UTF-16, legacy Windows encodings.

Offsets patrolx reports index the text returned here.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text; a few of them mean binary data.
BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31}


def decode(data: bytes, source: str) -> str:
    """Decode an article, raising InputError for binary or empty input."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(source, f"cannot decode as {encoding} ({error.reason})") from error
            return _require_text(text, source)
    if _looks_binary(data):
        raise InputError(source, _what_binary_data_probably_is(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy dumps: cp1252 where it defines the byte, latin-1 where it does not.
        text = "".join(_decode_cp1252_byte(b) for b in data) if _has_undefined_cp1252(data) else data.decode("cp1252")
    return _require_text(text, source)


def read_article(path: str | Path) -> str:
    """Read and decode one article file."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a directory, not a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot read ({error.strerror})") from error
    return decode(data, source)


def _require_text(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty file, no text to read")
    return text


def _what_binary_data_probably_is(data: bytes) -> str:
    """The error message for data that is not text as read: UTF-16 without its byte-order mark has a zero byte in
    every other place (English text being mostly ASCII), and a file converter can fix it."""
    sample = data[:8192]
    for order, zeros in (("LE", sample[1::2]), ("BE", sample[0::2])):
        if len(sample) >= 4 and zeros.count(0) > 0.9 * len(zeros):
            return (
                f"probably UTF-16 ({'little' if order == 'LE' else 'big'}-endian) text without a byte-order mark; "
                f"convert it to UTF-8, e.g. iconv -f UTF-16{order} -t UTF-8"
            )
    return "binary data, not text"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b in BINARY_BYTES)
    return odd / len(sample) > 0.01


_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _has_undefined_cp1252(data: bytes) -> bool:
    return any(b in _CP1252_UNDEFINED for b in data)


def _decode_cp1252_byte(byte: int) -> str:
    return chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252")
