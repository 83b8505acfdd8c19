"""The command line: `python -m cramplog <command> DIARY ...`.

Exit codes: 0 done; 1 the diary file cannot be used (the reason on stderr); 2 usage error (argparse).
A new subcommand is a function `run_x(args) -> int` plus a few lines in `build_parser`, using
`diary_arguments` and `load` so every command reads a diary the same way.

Every command answers in the language of --lang (default: the LANG environment variable): what it prints
for people is translated, `--json` keys never are; the options' help stays English.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

from cramplog.base import lang
from cramplog.base.lang import tr, tr_later, tr_n
from cramplog.read.lexicon.cramps import NOT_MUSCLE_KINDS
from cramplog.read.load import LoadResult, load_diary
from cramplog.read.parse_dates import DAY_FIRST, MONTH_FIRST
from cramplog.read.problems import ambiguous_dates_message
from cramplog.read.result import Format


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
    parser.add_argument("--json", action="store_true", help="print one JSON object (its keys are always English)")
    parser.add_argument("--lang", choices=[c for c in lang.LANGUAGES if c != lang.SOURCE] + [lang.SOURCE],
                        default=lang.from_environment(),
                        help="the language to answer in (default: from the LANG environment variable, else en)")


def read(args: argparse.Namespace) -> LoadResult:
    """The diary named on the command line, read with the user's choices (a file that can't be used included)."""
    path = Path(args.diary)
    try:
        file = path.open("rb")
    except OSError as err:
        raise Failure(tr("cannot read {path}: {reason}", path=path, reason=err.strerror or err)) from err
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
        print(tr("warning: {path}: {message}", path=path, message=ambiguous_dates_message("pass --day-first")),
              file=sys.stderr)
    return result


PEOPLE_LISTED = 20


def people_list(result: LoadResult) -> str:
    """The people of a file of several, most rows first (up to 20), to choose one with --person; "" for others."""
    if not result.people_listed or result.person_chosen is not None:
        return ""
    shown = result.people_listed[:PEOPLE_LISTED]
    lines = ["", tr("The people in this file, most rows first (identifier: rows, first and last date):")]
    lines += [f"  {person.said()}" for person in shown]
    more = len(result.people_listed) - len(shown)
    if more:
        lines.append("  " + tr_n(more, "and {n} more person, with fewer rows (`check --json` lists every identifier "
                                       "under \"people\").",
                                 "and {n} more people, with fewer rows (`check --json` lists every identifier "
                                 "under \"people\")."))
    return "\n".join(lines)


def _options_not_used(args: argparse.Namespace, result: LoadResult) -> None:
    """--symptom and --person given for a file they cannot apply to: said, not silently ignored."""
    export = result.format is not None and result.format.is_app_export
    kind = tr("a {app} export", app=result.format) if export else tr("a diary table")
    if args.names and result.names_found is None:
        print(tr("note: --symptom does not apply to {diary}: it is {kind}, where every row is a cramp, so the "
                 "option was not used.", diary=args.diary, kind=kind), file=sys.stderr)
    if args.person is not None and result.people is None:
        print(tr("note: --person does not apply to {diary}: it is {kind} holding one person's diary, so the "
                 "option was not used.", diary=args.diary, kind=kind), file=sys.stderr)


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
        raise Failure(tr("--from {start} is after --to {end}", start=args.start, end=args.end), code=2)


def period_arguments(parser: argparse.ArgumentParser) -> None:
    """--from and --to: the same period options for every command that looks at part of a diary."""
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day, like 2026-01-31")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day, like 2026-03-31")


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as err:
        raise Failure(tr("cannot write {path}: {reason}", path=path, reason=err.strerror or err)) from err


def _written(args: argparse.Namespace, result: LoadResult, entries: int) -> None:
    """Say what was written; rows the loader rejected or skipped are named, never dropped silently."""
    rejected, skipped = result.rows_rejected, result.rows_skipped
    if rejected:
        print(tr_n(rejected, "warning: {n} row of {diary} could not be read, so was left out of {output}; "
                             "`{command}` says why.",
                   "warning: {n} rows of {diary} could not be read, so were left out of {output}; "
                   "`{command}` says why.", diary=args.diary, output=args.output, command=check_command(args)),
              file=sys.stderr)
    if skipped:
        print(tr_n(skipped, "note: {n} row of {diary} was skipped: {reasons}. See `{command}`.",
                   "note: {n} rows of {diary} were skipped: {reasons}. See `{command}`.", diary=args.diary,
                   reasons=result.skipped_reasons(), command=check_command(args)), file=sys.stderr)
    if args.json:
        print(json.dumps({"output": str(args.output), "entries": entries, "rows_rejected": result.rows_rejected,
                          "rows_skipped": result.rows_skipped}))
    else:
        print(tr_n(entries, "wrote {output} ({n} entry)", "wrote {output} ({n} entries)", output=args.output))


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


# How the dates were read, said in the check's report (the values are the options' names).
_ORDERS = {DAY_FIRST: tr_later("day-first"), MONTH_FIRST: tr_later("month-first")}
_SEPARATED = {",": tr_later("{encoding}, comma separated"), ";": tr_later("{encoding}, semicolon separated"),
              "\t": tr_later("{encoding}, tab separated"), "|": tr_later("{encoding}, vertical bar separated")}


def check_report(name: str, result: LoadResult) -> str:
    """What `check` prints for people: the counts, how the file was read, then every problem."""
    counts = tr_n(result.rows_read, "{name}: {n} row read, {loaded} loaded, {rejected} rejected, {skipped} skipped,",
                  "{name}: {n} rows read, {loaded} loaded, {rejected} rejected, {skipped} skipped,", name=name,
                  loaded=lang.number(result.rows_loaded), rejected=lang.number(result.rows_rejected),
                  skipped=lang.number(result.rows_skipped))
    read_as = dict(summary=result.summary, dated=result.dated(), how=_how_read(result))
    lines = [f"{counts} " + tr_n(result.warnings, "{n} warning.", "{n} warnings."),
             tr("{summary}. Entries {dated}. Read as {how}, dates {order}.", **read_as,
                order=tr(_ORDERS.get(result.date_order_used, result.date_order_used)))
             if result.date_order_used else tr("{summary}. Entries {dated}. Read as {how}.", **read_as)]
    lines += _column_lines(result) + _name_lines(result)
    return "\n".join(lines + [_problem_line(result, p) for p in result.problems])


def _problem_line(result: LoadResult, p) -> str:
    """"  line 3 (error): This row has more cells ...": where, the column, how bad, and the message."""
    where = (tr("row {line}", line=p.line) if result.sheet is not None else tr("line {line}", line=p.line)) \
        if p.line else tr("file")
    where += f", {p.column}" if p.column else ""  # the diary's column name, as in the file format
    said = tr_later("{where} (error): {message}") if p.severity == "error" else tr_later("{where} (warning): {message}")
    return "  " + tr(said, where=where, message=p.message)


def _how_read(result: LoadResult) -> str:
    if result.sheet is not None:
        return tr("a workbook, sheet “{sheet}” (rows are the sheet's row numbers)", sheet=result.sheet)
    said = _SEPARATED.get(result.delimiter)
    return tr(said, encoding=result.encoding) if said else tr("{encoding}, {delimiter} separated",
                                                              encoding=result.encoding, delimiter=repr(result.delimiter))


def _column_lines(result: LoadResult) -> list[str]:
    said, first = [], {}  # in a diary table a second header for a column (a form's Timestamp) fills its gaps
    for header, column in result.columns.items():
        gaps = column in first and result.format is Format.DIARY_TABLE
        said.append(f"{header} → {column}" + (tr(" (where “{first}” is empty)", first=first[column]) if gaps else ""))
        first.setdefault(column, header)
    placed = ", ".join(said)
    lines = [tr("Columns used: {columns}.", columns=placed) if placed else tr("Columns used: none.")]
    if result.choosing_columns:
        lines.append(tr("Columns used to choose rows: {columns}.", columns=", ".join(result.choosing_columns)))
    if result.unused_columns:
        unused = ", ".join(result.unused_columns)
        lines.append(tr("Columns not used (kept in the diary as written): {columns}.", columns=unused)
                     if result.unplaced_columns else tr("Columns not used: {columns}.", columns=unused))
    return lines


def _name_lines(result: LoadResult) -> list[str]:
    lines = [result.skipped_text()] if result.skipped else []
    if result.names_found is not None:
        found = ", ".join(f"{name} ({lang.number(n)})" for name, n in result.names_found.items())
        used = ", ".join(result.names_used or [])
        lines.append((tr("Names found: {found}.", found=found) if found else tr("Names found: none.")) + " "
                     + (tr("Read as muscle cramps: {used} (choose others with --symptom NAME).", used=used) if used
                        else tr("Read as muscle cramps: none (choose others with --symptom NAME).")))
    if result.people:
        lines.append(tr("The file holds {count} people; this is the diary of {person}, chosen with --person.",
                        count=lang.number(len(result.people)), person=result.person_chosen))
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
    with lang.speaking(args.lang):  # everything the command reads, works out and prints, in that language
        try:
            return args.run(args)
        except Failure as failure:
            print(f"cramplog: {failure}", file=sys.stderr)
            return failure.code
