"""Turn a file's bytes into a table of text cells: encoding, delimiter, records and their line numbers."""
from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.errors import ParserError

from cramplog.base.lang import tr, tr_later
from cramplog.base.words import number

DELIMITERS = (",", ";", "\t", "|")
MAX_COLUMNS = 500  # a diary has tens of columns; a wider file is refused before it is parsed (read well under 2 s)
DELIMITER_NAMES = {",": tr_later("comma"), ";": tr_later("semicolon"), "\t": tr_later("tab"),
                   "|": tr_later("vertical bar")}

# Signatures of files people upload by mistake, with how to turn them into a CSV.
_NOT_CSV = (
    (b"PK\x03\x04", tr_later("a spreadsheet workbook (Excel .xlsx, Numbers or OpenDocument), not a CSV file")),
    (b"\xd0\xcf\x11\xe0", tr_later("an old Excel workbook (.xls), not a CSV file")),
    (b"%PDF", tr_later("a PDF document, not a CSV file")),
    (b"\x89PNG", tr_later("a picture, not a CSV file")),
    (b"\xff\xd8\xff", tr_later("a picture, not a CSV file")),
)
SAVE_AS_CSV = tr_later("In your spreadsheet choose File > Save As (or Download / Export) and pick "
                       "\"CSV\", then upload that file.")


class Unusable(Exception):
    """The file cannot be read as a table at all; the message says why and how to fix it."""


@dataclass
class TextColumn:
    """One column of text cells, stored as its distinct texts and, per record, which one it holds."""
    codes: np.ndarray  # per record: position in `texts`
    texts: pd.Series   # the distinct texts (str); "" is an empty cell

    @classmethod
    def of(cls, values: pd.Series) -> TextColumn:
        codes, uniques = pd.factorize(values.fillna(""))
        return cls(codes, pd.Series(uniques, dtype="str"))

    def filled(self) -> np.ndarray:
        """True where the cell is not empty."""
        empty = np.flatnonzero(self.texts.to_numpy(dtype=object) == "")  # numpy: cheap even for 1,000s of columns
        return ~np.isin(self.codes, empty) if len(empty) else np.ones(len(self.codes), bool)

    def take(self, rows: np.ndarray | slice) -> TextColumn:
        return TextColumn(self.codes[rows], self.texts)

    def without(self, code: int) -> TextColumn:
        """This column without the text at `code` when no record holds it (a header's name, once the header row is
        left out): the distinct texts are those of the records, so none is read, or warned about, for nothing."""
        if not len(self.codes) or (self.codes.min() == 0 if code == 0 else (self.codes == code).any()):
            return self
        kept = np.ones(len(self.texts), bool)
        kept[code] = False
        # The first record's text is the first (the header's, in a file without blank lines above it): one pass.
        codes = self.codes - 1 if code == 0 else self.codes - (self.codes > code).astype(self.codes.dtype)
        return TextColumn(codes, self.texts[kept].reset_index(drop=True))

    def cell(self, row: int) -> str:
        return str(self.texts.iat[self.codes[row]])

    def series(self) -> pd.Series:
        return self.texts.take(self.codes).reset_index(drop=True)


@dataclass
class Table:
    columns: list[TextColumn]  # every record's fields, left to right
    lines: np.ndarray          # line where each record starts (1-based, the file's first line is 1)

    @property
    def records(self) -> int:
        return len(self.lines)


def to_utf8(data: bytes) -> tuple[bytes, str]:
    """(the text as UTF-8 bytes, the encoding it was in). UTF-8 with or without BOM, UTF-16 (Excel
    "Unicode text", with or without BOM), else Windows-1252, else Latin-1 (which reads any bytes)."""
    for signature, what in _NOT_CSV:
        if data.startswith(signature):
            raise Unusable(tr("This file is {what}.", what=tr(what)) + " " + tr(SAVE_AS_CSV))
    if data.startswith(b"\xef\xbb\xbf"):
        return _recode(data[3:], "utf-8", "UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _recode(data, "utf-16", "UTF-16")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        # UTF-16 without a byte order mark: the NULs of ASCII letters sit on one side of each pair.
        odd_nuls = sample[1::2].count(0)
        return _recode(data, "utf-16-le" if odd_nuls >= sample[0::2].count(0) else "utf-16-be", "UTF-16")
    if _is_utf8(data):
        return data, "UTF-8"
    try:
        return data.decode("cp1252").encode("utf-8"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1").encode("utf-8"), "Latin-1"


def _recode(data: bytes, codec: str, label: str) -> tuple[bytes, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text, label = data.decode(codec, errors="replace"), f"{label} (some characters unreadable)"
    return text.encode("utf-8", errors="replace"), label


def head(payload: bytes) -> str:
    """The start of the text, enough to find the header and the delimiter."""
    return payload[:65536].decode("utf-8", errors="ignore")


def _is_utf8(data: bytes, chunk: int = 1 << 20) -> bool:
    """True when the bytes are valid UTF-8, checked without decoding the whole file into one string."""
    if data.isascii():
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(data[start:start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters other than tab and line breaks


def check_text(sample: str) -> None:
    """Reject content that is not text: NUL bytes or many control characters mean a binary file."""
    if not sample.strip():
        raise Unusable(tr("The file is empty. Save your diary with a header row (date, location, severity, ...) "
                          "and one row per cramp; the template on this page shows the layout."))
    controls = len(_CONTROLS.findall(sample))
    if "\x00" in sample or controls > len(sample) // 100:
        raise Unusable(tr("This file does not contain text, so it cannot be a diary table.") + " " + tr(SAVE_AS_CSV))


# Excel's delimiter declaration on the first line ("sep=;"), honoured when Excel opens the file.
_SEP_LINE = re.compile(rb'^[ ]*"?sep=(\t|\\t|[,;|])"?[,;\t|]*[ ]*(?:\r\n|\r|\n|$)', re.IGNORECASE)


def declared_delimiter(payload: bytes) -> tuple[str | None, bytes]:
    """(the delimiter a first line like "sep=;" declares, the text after that line); (None, payload) without one."""
    found = _SEP_LINE.match(payload[:64])
    if not found:
        return None, payload
    declared = found.group(1).decode()
    return ("\t" if declared in ("\t", "\\t") else declared), payload[found.end():]


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the header line into the most columns (comma when there is only one column)."""
    header = next((line for line in sample.splitlines() if line.strip()), "")
    header = re.sub(r'"[^"]*"', "", header)  # delimiters inside quoted names don't count
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties keep DELIMITERS order
    return best if counts[best] else ","


def read_table(payload: bytes, delimiter: str, first_line: int = 1) -> Table:
    """Split UTF-8 text into records of fields, with the line where each record starts; `first_line` is
    the file line the text starts on (2 after a "sep=" line)."""
    width = _header_width(head(payload), delimiter)
    quoted = b'"' in payload  # without quote marks no cell can hold a line break
    columns = _read_regular(payload, delimiter, width, quoted)
    if quoted and columns is not None and any(c.texts.str.contains(r"[\r\n]", regex=True).any() for c in columns):
        # A cell holding a line break may also be a quote that is never closed, which pyarrow lets
        # swallow the rest of the file; the C parser tells the two apart.
        columns = None
    if columns is None:
        frame = _read_any(payload, delimiter, width, first_line)
        columns = [TextColumn.of(frame[c]) for c in frame.columns]
    return Table(columns, _record_lines(columns, first_line))


def _read_regular(payload: bytes, delimiter: str, width: int, quoted: bool) -> list[TextColumn] | None:
    """The fast path: pyarrow reads a file whose every record has the header's number of fields.
    None for any other file (or without pyarrow); the general reader then takes over."""
    try:
        import pyarrow as pa
        from pyarrow import csv
    except ImportError:
        return None
    text_type = pa.dictionary(pa.int32(), pa.string())
    try:
        table = csv.read_csv(
            pa.BufferReader(payload),  # read in place: a Python file object would be copied through block by block
            read_options=csv.ReadOptions(autogenerate_column_names=True),
            # Without quote marks no cell can hold a line break, and pyarrow can then read in parallel.
            parse_options=csv.ParseOptions(delimiter=delimiter, newlines_in_values=quoted,
                                           ignore_empty_lines=False),
            convert_options=csv.ConvertOptions(
                column_types={f"f{i}": text_type for i in range(width)},
                strings_can_be_null=False, quoted_strings_can_be_null=False,
                check_utf8=False),  # to_utf8 gave these bytes: they are UTF-8 already
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError, OverflowError):
        return None
    if table.num_columns != width or any(t != text_type for t in table.schema.types):
        return None
    columns = []
    for chunked in table.columns:
        whole = chunked.unify_dictionaries().combine_chunks() if chunked.num_chunks else pa.array([], text_type)
        # The int32 codes as pyarrow holds them, not copied to intp: 4 bytes a cell fewer (60 MB for 1M rows).
        columns.append(TextColumn(whole.indices.to_numpy(zero_copy_only=False),
                                  pd.Series(whole.dictionary.to_numpy(zero_copy_only=False), dtype="str")))
    return columns


def _read_any(payload: bytes, delimiter: str, width: int, first_line: int = 1) -> pd.DataFrame:
    """The general path: the C parser, widened until every record fits (ragged rows, blank lines...)."""
    for _ in range(40):
        try:
            return pd.read_csv(
                io.BytesIO(payload), sep=delimiter, header=None, names=range(width), dtype=str,
                keep_default_na=False, na_filter=False, skip_blank_lines=False, engine="c",
                encoding="utf-8", encoding_errors="replace", index_col=False,
            )
        except ParserError as err:
            width = _wider(str(err), width, payload, delimiter, first_line)
        except (ValueError, OverflowError, MemoryError) as err:
            raise Unusable(_not_a_table(str(err))) from err
    raise Unusable(tr("The rows of this file have too many different lengths to read as a table.") + " "
                   + tr(SAVE_AS_CSV))


def _not_a_table(why: str) -> str:
    return tr("The file could not be read as a table ({why}).", why=why) + " " + tr(SAVE_AS_CSV)


def _header_width(head: str, delimiter: str) -> int:
    header = next((line for line in head.splitlines() if line.strip()), "")
    return max(1, header.count(delimiter) + 1)


def _wider(message: str, width: int, payload: bytes, delimiter: str, first_line: int = 1) -> int:
    """A wider table after the C parser met a record with more fields than `width`."""
    saw = re.search(r"saw (\d+)", message)
    if saw and int(saw.group(1)) > MAX_COLUMNS:
        line = re.search(r"line (\d+)", message)
        cells, most = number(int(saw.group(1))), number(MAX_COLUMNS)
        raise Unusable(tr("Line {line} has {cells} cells; CrampLog reads diaries of up to {most} columns. Keep one row "
                          "per cramp and one column per detail.", line=int(line.group(1)) + first_line - 1,
                          cells=cells, most=most) if line else
                       tr("A row has {cells} cells; CrampLog reads diaries of up to {most} columns. Keep one row per "
                          "cramp and one column per detail.", cells=cells, most=most))
    if saw:
        # Every line's delimiter count bounds its fields, so one retry usually suffices.
        arr = np.frombuffer(payload, dtype=np.uint8)
        newlines = np.flatnonzero(arr == 10)
        delims = np.flatnonzero(arr == ord(delimiter))
        per_line = np.diff(np.searchsorted(delims, np.concatenate(([0], newlines, [len(arr)]))))
        bound = int(per_line.max()) + 1 if len(per_line) else width
        return max(int(saw.group(1)), min(bound, MAX_COLUMNS), width + 1)
    inside = re.search(r"EOF inside string starting at row (\d+)", message)
    if inside:
        raise Unusable(tr("A quote mark (\") opens a cell around line {line} and is never closed, so the rest of the "
                          "file cannot be split into cells. Remove the stray quote mark or close it.",
                          line=int(inside.group(1)) + first_line))
    raise Unusable(_not_a_table(message.strip()))


def _record_lines(columns: list[TextColumn], first_line: int = 1) -> np.ndarray:
    """Line where each record starts: a quoted cell may hold line breaks, so a record can span lines."""
    n = len(columns[0].codes) if columns else 0
    spans = None  # None while every record is one line: then the lines follow on from the first
    for column in columns:
        if not any("\n" in text or "\r" in text for text in column.texts.to_numpy(dtype=object)):
            continue
        breaks = column.texts.str.count(r"\r\n|\r|\n").to_numpy(np.int64)
        if breaks.any():
            spans = (np.ones(n, dtype=np.int64) if spans is None else spans) + breaks[column.codes]
    if spans is None:
        return np.arange(first_line, first_line + n, dtype=np.int64)
    return np.concatenate(([first_line], first_line + np.cumsum(spans)[:-1])) if n else np.arange(0)
