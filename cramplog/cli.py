"""The command line: `python -m cramplog <command> DIARY ...`.

Exit codes: 0 done; 1 the diary file cannot be used (the reason on stderr); 2 usage error (argparse).
A new subcommand is a function `run_x(args) -> int` plus a few lines in `build_parser`, using
`diary_arguments` and `load` so every command reads a diary the same way.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

from cramplog.base.words import n_entries, plural, was_were
from cramplog.read.lexicon.cramps import NOT_MUSCLE_KINDS
from cramplog.read.load import LoadResult, load_diary
from cramplog.read.parse_dates import DAY_FIRST, MONTH_FIRST
from cramplog.read.problems import ambiguous_dates_message
from cramplog.read.result import Format
from cramplog.read.text_table import DELIMITER_NAMES


class Failure(Exception):
    """A command cannot go on; the message is for the user, the code is the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def diary_arguments(parser: argparse.ArgumentParser) -> None:
    """The DIARY argument and the date-order flags every diary command takes."""
    parser.add_argument("diary", metavar="DIARY",
                        help="the diary file: CSV (comma, semicolon or tab separated), .xlsx, .xls or .ods, or an "
                             "export of Bearable, Flaredown, Daylio or Symptom Shark")
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="date_order", action="store_const", const=DAY_FIRST,
                       help="read dates like 03/04/2026 as 3 April")
    order.add_argument("--month-first", dest="date_order", action="store_const", const=MONTH_FIRST,
                       help="read dates like 03/04/2026 as March 4 (assumed when the file can't tell)")
    parser.add_argument("--symptom", dest="names", action="append", metavar="NAME",
                        help="a symptom, activity or tracked-item name that is a muscle cramp (repeat for each); "
                             f"by default the names holding a cramp word, not {NOT_MUSCLE_KINDS}")
    parser.add_argument("--person", metavar="ID", help="whose diary, in a file holding several people: any of their "
                                                       "identifiers (Symptom Shark: MDH-… or the UUID), in any case")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: the first with data)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def read(args: argparse.Namespace) -> LoadResult:
    """The diary named on the command line, read with the user's choices (a file that can't be used included)."""
    path = Path(args.diary)
    try:
        file = path.open("rb")
    except OSError as err:
        raise Failure(f"cannot read {path}: {err.strerror or err}") from err
    with file:  # the loader reads it, and lets its bytes go once the table is read
        return load_diary(file, date_order=args.date_order, names=args.names, person=args.person, sheet=args.sheet)


def load(args: argparse.Namespace, result: LoadResult | None = None, *, warn_dates: bool = True) -> LoadResult:
    """The diary named on the command line, read with its date order; a file that can't be used is a Failure.
    `warn_dates`: say on stderr when the date order was assumed (plain `check` says it once, in its problems)."""
    path = Path(args.diary)
    result = result or read(args)
    if result.unusable:
        raise Failure(f"{path}: {result.unusable}" + people_list(result))
    _options_not_used(args, result)
    if result.ambiguous_dates and warn_dates:
        print(f"warning: {path}: {ambiguous_dates_message('pass --day-first')}", file=sys.stderr)
    return result


PEOPLE_LISTED = 20


def people_list(result: LoadResult) -> str:
    """The people of a file of several, most rows first (up to 20), to choose one with --person; "" for others."""
    if not result.people_listed or result.person_chosen is not None:
        return ""
    shown = result.people_listed[:PEOPLE_LISTED]
    lines = ["", "The people in this file, most rows first (identifier: rows, first and last date):"]
    lines += [f"  {person.said()}" for person in shown]
    more = len(result.people_listed) - len(shown)
    if more:
        lines.append(f"  and {more:,} more {'person' if more == 1 else 'people'}, with fewer rows (`check --json` lists every "
                     "identifier under \"people\").")
    return "\n".join(lines)


def _options_not_used(args: argparse.Namespace, result: LoadResult) -> None:
    """--symptom and --person given for a file they cannot apply to: said, not silently ignored."""
    export = result.format is not None and result.format.is_app_export
    kind = f"a {result.format} export" if export else f"a {result.format}"
    if args.names and result.names_found is None:
        print(f"note: --symptom does not apply to {args.diary}: it is {kind}, where every row is a cramp, so the "
              "option was not used.", file=sys.stderr)
    if args.person is not None and result.people is None:
        print(f"note: --person does not apply to {args.diary}: it is {kind} holding one person's diary, so the "
              "option was not used.", file=sys.stderr)


def run_check(args: argparse.Namespace) -> int:
    result = read(args)
    if result.unusable and args.json and (result.people or result.names_found is not None):
        print(json.dumps(result.to_json(), ensure_ascii=False))  # the people and names to choose from
    load(args, result, warn_dates=args.json)  # the JSON's problems are not for reading: stderr says it too
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(check_report(Path(args.diary).name, result))
    return 0


def run_summary(args: argparse.Namespace) -> int:
    from cramplog.present.summary_text import render as render_summary  # analysis is not on check's path

    _check_period(args)
    print(render_summary(load(args).df, as_json=args.json, start=args.start, end=args.end))
    return 0


def _check_period(args: argparse.Namespace) -> None:
    if args.start and args.end and args.start > args.end:
        raise Failure(f"--from {args.start} is after --to {args.end}", code=2)


def period_arguments(parser: argparse.ArgumentParser) -> None:
    """--from and --to: the same period options for every command that looks at part of a diary."""
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day, like 2026-01-31")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day, like 2026-03-31")


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as err:
        raise Failure(f"cannot write {path}: {err.strerror or err}") from err


def _written(args: argparse.Namespace, result: LoadResult, entries: int) -> None:
    """Say what was written; rows the loader rejected or skipped are named, never dropped silently."""
    rejected, skipped = result.rows_rejected, result.rows_skipped
    if rejected:
        print(f"warning: {plural(rejected, 'row')} of {args.diary} could not be read, so {was_were(rejected)} left "
              f"out of {args.output}; `{check_command(args)}` says why.", file=sys.stderr)
    if skipped:
        print(f"note: {plural(skipped, 'row')} of {args.diary} {was_were(skipped)} skipped: "
              f"{result.skipped_reasons()}. See `{check_command(args)}`.", file=sys.stderr)
    if args.json:
        print(json.dumps({"output": str(args.output), "entries": entries, "rows_rejected": result.rows_rejected,
                          "rows_skipped": result.rows_skipped}))
    else:
        print(f"wrote {args.output} ({n_entries(entries)})")


def check_command(args: argparse.Namespace) -> str:
    """`python -m cramplog check DIARY` with the options the user gave for reading it, so it reads the same rows."""
    words = ["python", "-m", "cramplog", "check", str(args.diary)]
    if args.date_order:
        words.append(f"--{args.date_order}")
    for name in args.names or []:
        words += ["--symptom", name]
    for option, value in (("--person", args.person), ("--sheet", args.sheet)):
        if value is not None:
            words += [option, value]
    return shlex.join(words)


def run_export(args: argparse.Namespace) -> int:
    from cramplog.base.canonical import to_csv_bytes

    result = load(args)
    _write(args.output, to_csv_bytes(result.df))
    _written(args, result, len(result.df))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from cramplog.diary.filters import filter_diary
    from cramplog.write.report import build_report

    _check_period(args)
    result = load(args)
    _write(args.output, build_report(result.df, start=args.start, end=args.end,
                                     name=Path(args.diary).name).encode("utf-8"))
    _written(args, result, len(filter_diary(result.df, args.start, args.end)))
    return 0


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from err


def check_report(name: str, result: LoadResult) -> str:
    """What `check` prints for people: the counts, how the file was read, then every problem."""
    lines = [f"{name}: {plural(result.rows_read, 'row')} read, {result.rows_loaded:,} loaded, "
             f"{result.rows_rejected:,} rejected, {result.rows_skipped:,} skipped, {plural(result.warnings, 'warning')}.",
             f"{result.summary}. Entries {result.dated()}. Read as {_how_read(result)}"
             + (f", dates {result.date_order_used}." if result.date_order_used else ".")]
    lines += _column_lines(result) + _name_lines(result)
    for p in result.problems:
        where = (f"row {p.line}" if result.sheet is not None else f"line {p.line}") if p.line else "file"
        lines.append(f"  {where}" + (f", {p.column}" if p.column else "") + f" ({p.severity}): {p.message}")
    return "\n".join(lines)


def _how_read(result: LoadResult) -> str:
    if result.sheet is not None:
        return f"a workbook, sheet “{result.sheet}” (rows are the sheet's row numbers)"
    return f"{result.encoding}, {DELIMITER_NAMES.get(result.delimiter, repr(result.delimiter))} separated"


def _column_lines(result: LoadResult) -> list[str]:
    said, first = [], {}  # in a diary table a second header for a column (a form's Timestamp) fills its gaps
    for header, column in result.columns.items():
        gaps = column in first and result.format is Format.DIARY_TABLE
        said.append(f"{header} → {column}" + (f" (where “{first[column]}” is empty)" if gaps else ""))
        first.setdefault(column, header)
    placed = ", ".join(said)
    lines = [f"Columns used: {placed or 'none'}."]
    if result.choosing_columns:
        lines.append(f"Columns used to choose rows: {', '.join(result.choosing_columns)}.")
    if result.unused_columns:
        kept = " (kept in the diary as written)" if result.unplaced_columns else ""
        lines.append(f"Columns not used{kept}: {', '.join(result.unused_columns)}.")
    return lines


def _name_lines(result: LoadResult) -> list[str]:
    lines = [result.skipped_text()] if result.skipped else []
    if result.names_found is not None:
        found = ", ".join(f"{name} ({n:,})" for name, n in result.names_found.items())
        lines.append(f"Names found: {found or 'none'}. Read as muscle cramps: {', '.join(result.names_used or []) or 'none'}"
                     " (choose others with --symptom NAME).")
    if result.people:
        lines.append(f"The file holds {len(result.people):,} people; this is the diary of {result.person_chosen}, "
                     "chosen with --person.")
    return lines


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m cramplog",
                                     description="CrampLog on the command line. It describes a diary; it never diagnoses.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="check a diary file: rows loaded, rejected, and every problem")
    diary_arguments(check)
    check.set_defaults(run=run_check)
    summary = commands.add_parser("summary", help="the diary's patterns and when-to-see-a-doctor reasons")
    diary_arguments(summary)
    period_arguments(summary)
    summary.set_defaults(run=run_summary)
    export = commands.add_parser("export", help="the diary as canonical, spreadsheet-safe CSV (UTF-8)")
    diary_arguments(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv", help="file to write")
    export.set_defaults(run=run_export)
    report = commands.add_parser("report", help="a one-page printable summary for a doctor (self-contained HTML)")
    diary_arguments(report)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="report.html", help="file to write")
    period_arguments(report)
    report.set_defaults(run=run_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except Failure as failure:
        print(f"cramplog: {failure}", file=sys.stderr)
        return failure.code
