"""The command line: the only module that reads argv, prints and chooses the exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from secreview import __version__
from secreview.errors import ExtractionError, SecreviewError

if TYPE_CHECKING:  # heavy modules are imported by the commands that need them: --help stays fast
    from secreview.models import Attribute, FileReport

EXIT_OK, EXIT_ACTION, EXIT_ERROR = 0, 1, 2
ATTRIBUTES_BY_STRICTNESS = ("proactive", "redacted", "on_request", "withheld")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secreview",
        description="公文公开属性与保密审查 — review Chinese government drafts before publication.",
    )
    parser.add_argument("--version", action="version", version=f"secreview {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="检查文件或文件夹 / check files and folders")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        metavar="PACK",
        help="附加规则包(.toml 文件或文件夹) / extra rule pack file or folder",
    )
    check.add_argument("--policy", type=Path, help="替换决定规则 rules/policy.toml / decision policy file")
    check.add_argument(
        "--fail-on",
        choices=ATTRIBUTES_BY_STRICTNESS[1:],
        default="redacted",
        help="建议属性达到此严格程度时退出码为 1 (默认 redacted) / exit 1 at or above this attribute",
    )
    extract = commands.add_parser("extract", help="打印被检查的文本 / print the text that is checked")
    extract.add_argument("path", type=Path, metavar="PATH")
    rules = commands.add_parser("rules", help="列出规则,或显示一条规则的说明 / list the rules, or show one")
    rules.add_argument("rule", nargs="?", metavar="ID", help="规则编号或名称,如 PI001 / a rule id or name")
    rules.add_argument("--rules", action="append", type=Path, default=[], metavar="PACK")
    return parser


def _color(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


def _needs_action(file: FileReport, threshold: Attribute) -> bool:
    if file.attribute is None:
        return False
    return file.attribute.strictness >= threshold.strictness or file.contradicts_declaration


def _check(args: argparse.Namespace) -> int:
    from secreview.engine import Engine
    from secreview.files import collect
    from secreview.models import Attribute, Report
    from secreview.report import FORMATS

    engine = Engine(args.rules, policy=args.policy)
    collected = collect(args.paths)
    for skipped in collected.skipped:
        print(f"secreview: 跳过不支持的文件类型 skipped (unsupported type): {skipped}", file=sys.stderr)
    report = Report(version=__version__, files=[engine.review_file(path) for path in collected.files])
    sys.stdout.write(FORMATS[args.format](report, _color(sys.stdout) and args.format == "text"))
    for file in report.files:
        if file.error is not None:
            print(f"secreview: {file.path}: {file.error}", file=sys.stderr)
    if any(file.error is not None for file in report.files):
        return EXIT_ERROR
    threshold = Attribute(args.fail_on)
    return EXIT_ACTION if any(_needs_action(file, threshold) for file in report.files) else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from secreview.extract import extract_path

    try:
        extracted = extract_path(args.path)
    except ExtractionError as error:
        print(f"secreview: {args.path}: {error}", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(extracted.text)
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from secreview.ruledoc import render_rule
    from secreview.rulepack import load_packs

    packs = load_packs(args.rules)
    if args.rule is not None:
        wanted = args.rule.strip()
        for pack in packs:
            for compiled in pack.rules:
                if wanted in (compiled.rule.id, compiled.rule.name):
                    sys.stdout.write(render_rule(compiled.rule, pack.header.title))
                    return EXIT_OK
        print(f"secreview: 没有这条规则 unknown rule: {wanted}", file=sys.stderr)
        return EXIT_ERROR
    for pack in packs:
        print(f"{pack.header.prefix}  {pack.header.title}  (version {pack.header.version}, {pack.source})")
        for compiled in pack.rules:
            rule = compiled.rule
            what = (
                rule.category.value
                if rule.category
                else "suppresses " + ",".join(c.value for c in rule.suppresses)
            )
            print(f"  {rule.id}  {rule.name:<32} {rule.severity.value:<6} {what:<22} {rule.title}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return {"check": _check, "extract": _extract, "rules": _rules}[args.command](args)
    except SecreviewError as error:
        print(f"secreview: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
