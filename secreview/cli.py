"""The command line: the only module that reads argv, prints and chooses the exit status."""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

from secreview import __version__
from secreview.errors import ExtractionError, SecreviewError

TYPE_CHECKING = False
if TYPE_CHECKING:  # each command imports what it needs, so --version and --help import next to nothing
    import argparse
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path
    from typing import NoReturn, TypeVar

    from secreview.config import Config, Settings
    from secreview.engine import Engine
    from secreview.extract.base import ExtractedText
    from secreview.models import FileReport, Note, Report
    from secreview.rulepack import CompiledPack

    T = TypeVar("T")

EXIT_OK, EXIT_ACTION, EXIT_ERROR = 0, 1, 2
DEFAULT_BASELINE = ".secreview-baseline.json"  # secreview.baseline.DEFAULT_BASELINE, without importing it
ATTRIBUTES_BY_STRICTNESS = ("proactive", "redacted", "on_request", "withheld")
EXIT_STATUS_HELP = """退出码 exit status:
  0  无需处理 / nothing needs action
  1  至少一个文件的建议属性达到 --fail-on (默认 redacted),或与文件自述属性不符 / action needed
  2  用法、配置、规则包或基线错误,或有文件未能读取(其余文件照常检查) / usage or config error,
     or a file could not be read

配置 configuration: pyproject.toml 的 [tool.secreview] 或 secreview.toml,从被检查的路径向上查找;
  命令行选项优先于配置 / options on the command line override the configuration."""


def _path(value: str) -> Path:
    import argparse
    from pathlib import Path

    if not value.strip():  # Path("") is the current folder: an empty argument must not check it
        raise argparse.ArgumentTypeError("路径为空 / empty path")
    return Path(value)


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"须为正整数 must be a positive whole number: {value!r}")
    return number


COMMANDS = ("check", "redact", "extract", "baseline", "catalog", "rules", "serve")


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command`` (one of COMMANDS), only that command's options are added:
    adding every command's cost about 10 ms, a thirtieth of a check's start-up, for arguments that name one
    (its errors and help are the same; anything else is parsed by the whole parser)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="secreview",
        description="公文公开属性与保密审查 — review Chinese government drafts before publication.",
        epilog=EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"secreview {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    builders = {"check": _add_check, "redact": _add_redact, "extract": _add_extract, "rules": _add_rules}
    builders |= {
        "baseline": _add_baseline_and_catalog,
        "catalog": _add_baseline_and_catalog,
        "serve": _add_serve,
    }
    every = [name for name in COMMANDS if name != "catalog"]  # catalog is added with baseline
    for name in every if command is None else [command]:
        builders[name](commands)
    return parser


def _add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import argparse

    check = commands.add_parser("check", help="检查文件或文件夹 / check files and folders")
    check.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    check.add_argument("--format", choices=["text", "json", "sarif", "html"], default=None, help="默认 text")
    check.add_argument(
        "--output", "-o", type=_path, metavar="FILE", help="报告写入此文件,而非标准输出 / report file"
    )
    _add_project_options(check)
    check.epilog, check.formatter_class = EXIT_STATUS_HELP, argparse.RawDescriptionHelpFormatter
    check.add_argument(
        "--rules",
        action="append",
        type=_path,
        default=[],
        metavar="PACK",
        help="附加规则包(.toml 文件、文件夹或 .txt 词表) / extra rule pack, folder or word list",
    )
    check.add_argument("--policy", type=_path, help="替换决定规则 rules/policy.toml / decision policy file")
    check.add_argument(
        "--fail-on",
        choices=ATTRIBUTES_BY_STRICTNESS[1:],
        default=None,
        help="建议属性达到此严格程度时退出码为 1 (默认 redacted) / exit 1 at or above this attribute",
    )
    check.add_argument(
        "--require-declared",
        action="store_true",
        help="文件须注明公开属性(非主动公开须说明理由),否则按退文处理,退出码为 1",
    )


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import argparse

    extract = commands.add_parser("extract", help="打印被检查的文本 / print the text that is checked")
    extract.add_argument("path", type=_path, metavar="PATH")
    extract.add_argument(
        "--ocr",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="扫描页和图像用 OCR 识别 (默认开启)",
    )


def _add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from secreview.serve.command import add_serve

    add_serve(commands, _path, _add_configuration_options)


def _add_rules(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import argparse

    rules = commands.add_parser(
        "rules",
        help="列出规则,显示一条规则的说明,或检查规则包 / list, show or check rules",
        epilog="退出码 exit status: 0 无问题 / fine; 1 --check 发现问题 / problems found; 2 用法错误 / usage",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rules.add_argument(
        "rule", nargs="?", metavar="ID", help="规则编号、前缀或名称,如 PI001、PI / a rule id, prefix or name"
    )
    rules.add_argument(
        "--rules",
        action="append",
        type=_path,
        default=[],
        metavar="PACK",
        help="同时列出这些规则包 / also list",
    )
    rules.add_argument(
        "--check",
        nargs="+",
        type=_path,
        metavar="PACK",
        help="检查规则包:模式、示例、触发词、部分名称 / prove packs: schema, examples, triggers",
    )
    rules.add_argument("--policy", type=_path, help="--check 使用的决定规则 / decision policy for --check")
    rules.add_argument(
        "--schema", action="store_true", help="打印规则包的 JSON Schema / print the JSON Schema of a pack"
    )


def _color(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    plain = "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb"
    return bool(isatty and isatty()) and not plain


def _check(args: argparse.Namespace) -> int:
    from secreview.boundary import write_out
    from secreview.models import Attribute, Report
    from secreview.report import text

    run = _prepare(args, outputs=[(args.output, "报告文件")] if args.output else [])
    output_format = args.format or run.config.format or "text"
    color = _color(sys.stdout) and output_format == "text"
    threshold = Attribute(args.fail_on or run.config.fail_on or Attribute.REDACTED)

    def to_fix(file: FileReport) -> bool:
        return text.needs_action(file, threshold) or _returned(file, args)

    reviewed, texts = [], []
    streamed = output_format == "text" and args.output is None
    # Text is streamed: each file's block as soon as it and every file before it are done.
    for file, extracted in _each_review(run, output_format == "html", streamed):
        file = _require_declaration(file) if args.require_declared else file
        reviewed.append(file)
        texts.append(extracted)
        if streamed and (not args.quiet or to_fix(file)):
            write_out(text.render_file(file, color))
    report = Report(
        version=__version__, files=reviewed, rules=run.engine.rule_infos(), notes=run.notes(reviewed)
    )
    blocked = [file for file in report.files if to_fix(file)]
    if not streamed:
        _write_report(_rendered(report, texts, output_format), args.output, [*args.paths, *run.files])
    elif not args.quiet:
        write_out(text.render_end(report, blocked))
    for file in report.files:
        if file.error is not None:
            print(f"secreview: {file.path}: {file.error}", file=sys.stderr)
    if any(file.error is not None for file in report.files):
        return EXIT_ERROR
    if blocked and not args.quiet:
        print(_WHAT_TO_FIX.format(count=len(blocked), threshold=threshold.zh), file=sys.stderr)
    return EXIT_ACTION if blocked else EXIT_OK


def _each_review(run: _Run, with_text: bool, streamed: bool) -> Iterator[tuple[FileReport, str]]:
    """Each file's report, with the extracted text its offsets index into when ``with_text`` (HTML)."""
    from secreview.engine import Engine

    if with_text:
        for item in run.each(Engine.review_with_text):
            yield item.report, item.text
    else:
        for file in run.each(Engine.review, streamed=streamed):
            yield file, ""


def _rendered(report: Report, texts: Sequence[str], output_format: str) -> str:
    from secreview.report import FORMATS

    if output_format == "html":
        from secreview.engine import Reviewed
        from secreview.report import html_format

        reviewed = [Reviewed(file, shown) for file, shown in zip(report.files, texts, strict=True)]
        return html_format.render_reviews(reviewed, report.version)
    return FORMATS[output_format](report, False)


def _write_report(rendered: str, output: Path | None, inputs: Sequence[Path]) -> None:
    """The report on standard output, or written whole in ``output`` (never one of the checked files)."""
    from secreview.boundary import write_out
    from secreview.writer import write_atomic

    if output is None:
        write_out(rendered)
        return
    write_atomic(output, rendered.encode("utf-8"), inputs=inputs, what="报告文件")


def _serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from secreview.serve.command import run_serve

    # The configuration of the folder the server starts in; a baseline names files, an upload is none.
    config, settings, notes = _settings(args, [Path.cwd()], use_baseline=False)
    return run_serve(args, config, settings, notes)


def _require_declaration(file: FileReport) -> FileReport:
    from secreview.decide import require_declaration

    return require_declaration(file)


def _returned(file: FileReport, args: argparse.Namespace) -> bool:
    """退文 counts as needing action only when the user asked for declarations (--require-declared)."""
    return bool(args.require_declared and file.return_for_revision)


def _add_redact(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    redact = commands.add_parser(
        "redact", help="生成删减稿(.txt/.md/.docx/.xlsx/.csv/.html) / write a redacted copy"
    )
    redact.add_argument("path", type=_path, metavar="FILE")
    redact.add_argument(
        "-o", "--output", type=_path, required=True, metavar="OUT", help="删减稿路径,须与原文件不同"
    )
    redact.add_argument(
        "--style",
        choices=["mask", "block"],
        type=_style,
        default="mask",
        help="mask: 每处命中按建议替换写法遮盖(遮盖多少由 --mask 决定); "
        "block: 每处命中整体换成 ■(只换命中的文字,不是整段)",
    )
    redact.add_argument("--force", action="store_true", help="覆盖已存在的删减稿 / overwrite the output")
    redact.add_argument("--rules", action="append", type=_path, default=[], metavar="PACK")
    redact.add_argument("--policy", type=_path, help="替换决定规则 rules/policy.toml / decision policy file")
    _add_configuration_options(redact)


def _style(value: str) -> str:
    return "block" if value == "full" else value  # "full", its earlier name, still understood


def _redact(args: argparse.Namespace) -> int:
    from secreview.engine import Engine
    from secreview.recheck import stricter_recheck
    from secreview.redact import RedactionRefused, Style, redact_file
    from secreview.report.places import place

    # The project's configuration applies as it does to check: its packs, word lists, policy, selected and
    # ignored rules and allowed terms; a baseline does not (an accepted finding is still redacted).
    config, settings, notes = _settings(args, [args.path], use_baseline=False)
    engine = Engine(settings=settings)
    _print_notes(_setup_notes(engine, notes))
    try:
        copy = redact_file(
            engine,
            args.path,
            args.output,
            Style.FULL if args.style == "block" else Style.MASK,
            force=args.force,
            public_names=config.redact_public_names,
        )
    except RedactionRefused as refused:
        print(f"secreview: {args.path}: {refused}", file=sys.stderr)
        for reason in refused.report.reasons:
            print(f"  理由: {reason.message}  依据: {reason.basis}", file=sys.stderr)
        return EXIT_ACTION
    except ExtractionError as error:
        print(f"secreview: {args.path}: {error}", file=sys.stderr)
        return EXIT_ERROR
    recheck = copy.recheck
    if copy.unchanged:
        same = "内容与原文件相同" if copy.notes else "与原文件逐字节相同"
        print(f"secreview: 未发现需要删减的内容,{args.output} {same}", file=sys.stderr)
    written = f"secreview: 已删减 {copy.replaced} 处,删减稿已写入 {args.output}"
    print(f"{written};复查建议属性: {recheck.attribute_zh}", file=sys.stderr)
    for note in copy.notes:
        print(f"  {note}", file=sys.stderr)
    for reason in recheck.reasons:
        print(f"  复查理由: {reason.message}  依据: {reason.basis}", file=sys.stderr)
    learned = engine.learned.policy.categories.values() if engine.learned is not None else []
    for line in stricter_recheck(copy.original, recheck, {entry.rule for entry in learned}):
        print(line, file=sys.stderr)
    if copy.remaining:
        print(f"secreview: 删减稿仍有 {len(copy.remaining)} 处个人信息未能删除,请人工处理:", file=sys.stderr)
        for finding in copy.remaining:
            print(f"  {place(finding)}  {finding.message}", file=sys.stderr)
        return EXIT_ACTION
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from secreview.extract import extract_path, read_bytes
    from secreview.ocr.options import OcrOptions
    from secreview.ocr.pages import read_document

    try:
        source = args.path  # the text a review reads: scans read by OCR
        options = OcrOptions(enabled=args.ocr, progress=True)
        extracted = read_document(
            lambda: extract_path(source), lambda: read_bytes(source), source.suffix, options, str(source)
        )
    except ExtractionError as error:
        print(f"secreview: {args.path}: {error}", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(extracted.text)
    for legend in _part_legend(extracted):
        print(f"secreview: {legend}", file=sys.stderr)
    for item in extracted.unchecked:
        print(f"secreview: {args.path}: 未检查 [{item.part}]: {item.reason}", file=sys.stderr)
    return EXIT_ERROR if extracted.unchecked else EXIT_OK


def _part_legend(extracted: ExtractedText) -> list[str]:
    """Which lines of the printed text are not the body (header, comments, the file's properties …):
    on stderr, so that the printed text stays the one finding offsets index into."""
    from secreview.report.places import PART_ZH

    ranges: list[tuple[str, int, int]] = []  # part, first line, last line
    for segment in extracted.segments:
        if segment.part in ("body", "table") or segment.part.startswith("sheet:"):
            continue
        first = extracted.text.count("\n", 0, segment.start) + 1
        last = first + extracted.text.count("\n", segment.start, max(segment.end - 1, segment.start))
        if ranges and ranges[-1][0] == segment.part and ranges[-1][2] >= first - 1:
            ranges[-1] = (segment.part, ranges[-1][1], max(last, ranges[-1][2]))
        else:
            ranges.append((segment.part, first, last))
    return [
        f"第{first}行为{PART_ZH.get(part, part)},不是正文"
        if first == last
        else f"第{first}-{last}行为{PART_ZH.get(part, part)},不是正文"
        for part, first, last in ranges
    ]


def _rules(args: argparse.Namespace) -> int:
    import re

    from secreview.config import RULE_SELECTOR
    from secreview.ruledoc import judgement_page, render_rule
    from secreview.rulepack import load_packs

    if args.schema:
        return _print_schema()
    if args.check:
        return _check_packs(args.check, args.policy)
    packs = load_packs(args.rules)
    if args.rule is None:
        _list_rules(packs, "")
        return EXIT_OK
    wanted = args.rule.strip()
    for pack in packs:
        for compiled in pack.rules:
            if wanted.upper() == compiled.rule.id or wanted.lower() == compiled.rule.name:
                sys.stdout.write(render_rule(compiled.rule, pack.header.title))
                return EXIT_OK
    page = judgement_page(wanted)
    if page is not None:
        sys.stdout.write(page)
        return EXIT_OK
    # A prefix, as --select takes it (PI, PI1): the matching rules.
    if re.fullmatch(RULE_SELECTOR, wanted.upper()) and _list_rules(packs, wanted.upper()):
        return EXIT_OK
    print(f"secreview: 没有这条规则 unknown rule: {wanted}", file=sys.stderr)
    return EXIT_ERROR


def _list_rules(packs: Sequence[CompiledPack], prefix: str) -> int:
    """Print the rules whose id starts with ``prefix``, under their pack; how many were printed."""
    printed = 0
    for pack in packs:
        chosen = [compiled.rule for compiled in pack.rules if compiled.rule.id.startswith(prefix)]
        if not chosen:
            continue
        print(f"{pack.header.prefix}  {pack.header.title}  (version {pack.header.version}, {pack.source})")
        for rule in chosen:
            what = (
                rule.category.value
                if rule.category
                else "suppresses " + ",".join(c.value for c in rule.suppresses)
            )
            print(f"  {rule.id}  {rule.name:<32} {rule.severity.value:<6} {what:<22} {rule.title}")
        printed += len(chosen)
    from secreview.ruledoc import judgement_listing

    judged = judgement_listing(prefix)  # the built-in combinations of the judgement layer (JD…)
    for line in judged:
        print(line)
    return printed + max(len(judged) - 1, 0)


def _print_schema() -> int:
    import json

    from secreview.rulepack.schema import pack_json_schema

    print(json.dumps(pack_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _check_packs(paths: Sequence[Path], policy: Path | None) -> int:
    """One line per problem on stdout; 1 when there is one, 2 when a path does not exist."""
    from secreview.packcheck import check_packs

    missing = [path for path in paths if not path.exists()]
    for path in missing:
        print(f"secreview: 找不到规则包 no such pack: {path}", file=sys.stderr)
    if missing:
        return EXIT_ERROR
    result = check_packs(paths, policy)
    for problem in result.problems:
        print(problem)
    packs, rules, problems = len(result.packs), result.rules, len(result.problems)
    summary = f"{packs} 个规则包, {rules} 条规则, {problems} 个问题 / {packs} packs, {rules} rules"
    print(f"secreview: {summary}, {problems} problems", file=sys.stderr)
    return EXIT_ACTION if result.problems else EXIT_OK


_WHAT_TO_FIX = (
    "secreview: {count} 个文件的建议属性达到或超过“{threshold}”,或与文件自述属性不符,暂不能提交/发布。\n"
    "  请按各文件的“处理”一行办理:删减后公开的,删除或遮盖标出的内容(→ 后为建议替换);\n"
    "  标有密级、工作秘密或内部标识的不予公开,不发布;改正文件自述的公开属性后重试。\n"
    "  已接受的既有问题可记入基线 (secreview baseline create)。"
)


def _add_configuration_options(command: argparse.ArgumentParser) -> None:
    """The project configuration and rule selection, shared by every command that checks documents."""
    import argparse

    command.add_argument(
        "--config", type=_path, metavar="FILE", help="配置文件 secreview.toml/pyproject.toml"
    )
    command.add_argument("--isolated", action="store_true", help="不读取任何配置文件 / no config files")
    command.add_argument("--select", metavar="IDS", help="只启用这些规则(编号或前缀,逗号分隔),如 PI,CM001")
    command.add_argument("--ignore", metavar="IDS", help="停用这些规则(编号或前缀,逗号分隔)")
    command.add_argument(
        "--mask",
        choices=["partial", "full"],
        help="建议替换写法: partial 保留首尾几位 (430102********1234), full 全部遮盖 (默认 partial)",
    )
    command.add_argument(
        "--ocr",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="用 OCR 识别扫描页和图像 (需安装 secreview[ocr];默认开启) / read scans with OCR",
    )


def _add_project_options(command: argparse.ArgumentParser, baseline: bool = True) -> None:
    """Options shared by check, baseline create and catalog: configuration, rule selection, workers."""
    _add_configuration_options(command)
    if baseline:
        command.add_argument("--baseline", type=_path, metavar="FILE", help="忽略基线文件中已接受的结果")
    command.add_argument(
        "--jobs", "-j", type=_positive, metavar="N", help="并行进程数 (默认 CPU 核数,至多核数的两倍)"
    )
    command.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="只显示需要处理的文件,不显示进度、提示和汇总 / only what needs action",
    )
    command.add_argument(
        "--skip-unsupported",
        action="store_true",
        help="点名的文件类型不支持时跳过而不报错 (pre-commit 钩子使用)",
    )


def _add_baseline_and_catalog(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import argparse

    baseline = commands.add_parser("baseline", help="管理基线:已接受的结果 / accepted findings")
    actions = baseline.add_subparsers(dest="baseline_command", required=True)
    create = actions.add_parser("create", help="记录当前全部结果为已接受 / accept every current finding")
    create.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    update = actions.add_parser(
        "update",
        help="接受新出现的结果(--no-new 则不接受)、删除已失效条目,保留理由和审核人 / accept new findings too",
    )
    update.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    update.add_argument(
        "--no-new", action="store_true", help="只删除已失效条目,不把新出现的结果记入基线 / accept nothing new"
    )
    audit = actions.add_parser(
        "audit", help="列出基线条目(遮盖后)及是否仍存在 / list entries, masked, present or stale"
    )
    audit.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="默认为基线条目所在的文件")
    for command in (create, update, audit):
        command.add_argument("--rules", action="append", type=_path, default=[], metavar="PACK")
        command.add_argument("--policy", type=_path)
        _add_project_options(command, baseline=False)
        command.add_argument(
            "--baseline",
            type=_path,
            metavar="FILE",
            help=f"基线文件,默认为配置的 baseline 或 {DEFAULT_BASELINE} / the baseline file",
        )
        # Earlier spellings, still understood: one documented name, no broken scripts.
        command.add_argument("-o", "--output", dest="baseline", type=_path, help=argparse.SUPPRESS)
    catalog = commands.add_parser("catalog", help="生成公开属性目录 / disclosure catalog of a folder")
    catalog.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    catalog.add_argument(
        "-o", "--output", type=_path, required=True, metavar="FILE", help=".xlsx .csv .json,或 .parquet(Dask)"
    )
    catalog.add_argument("--rules", action="append", type=_path, default=[], metavar="PACK")
    catalog.add_argument("--policy", type=_path)
    catalog.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask 调度器 tcp://host:8786 或 local;输出为 Parquet 目录"
    )
    catalog.add_argument("--workers", type=_positive, default=2, help="--scheduler local 时的工作进程数")
    catalog.add_argument("--include-text", action="store_true", help="Parquet 中保留命中原文(默认不保留)")
    _add_project_options(catalog)


def _selectors(value: str | None) -> list[str] | None:
    return None if value is None else [part.strip() for part in value.split(",") if part.strip()]


def _progress(quiet: bool) -> Callable[[int, int], None] | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r已检查 {done}/{total}" + ("\n" if done == total else ""))
        sys.stderr.flush()

    return show


class _Run:
    """A run prepared from the command line and the configuration: the files, the engine of its settings."""

    def __init__(
        self, args: argparse.Namespace, config: Config, engine: Engine, files: list[Path], notes: list[Note]
    ) -> None:
        self.args, self.config, self.engine, self.files = args, config, engine, files
        self.setup_notes = notes  # about the configuration, said once in the report

    def each(self, task: Callable[[Engine, Path], T], streamed: bool = False) -> Iterator[T]:
        from secreview.parallel import capped_jobs, default_jobs, run_each

        jobs = default_jobs() if self.args.jobs is None else capped_jobs(self.args.jobs)
        if self.args.jobs is not None and jobs < self.args.jobs and not self.args.quiet:
            print(
                f"secreview: 提示 note: --jobs {self.args.jobs} 超过上限,按 {jobs} 个进程运行",
                file=sys.stderr,
            )
        # A streamed report on a terminal is its own progress bar.
        progress = None if streamed and sys.stdout.isatty() else _progress(self.args.quiet)
        return run_each(task, self.files, self.engine, jobs, progress, warmed=_START_UP.end)

    def notes(self, files: Sequence[FileReport]) -> list[Note]:
        suppressor = self.engine.suppressor
        return [*self.setup_notes, *(suppressor.notes(files) if suppressor is not None else [])]


def _setup_notes(engine: Engine, notes: list[Note]) -> list[Note]:
    from secreview.setup_notes import unselected_packs

    return [*notes, *unselected_packs(engine.packs, engine.settings)]


def _print_notes(notes: Sequence[Note]) -> None:
    for note in notes:
        print(f"secreview: 提示 note: {note.message}", file=sys.stderr)


def _review(
    args: argparse.Namespace, use_baseline: bool = True, output: Path | None = None
) -> tuple[Report, Config, list[Path]]:
    """Configuration found, engine built, files reviewed (in parallel), findings filtered as configured;
    and the files reviewed, which ``output`` (a baseline) must not be."""
    from secreview.engine import Engine
    from secreview.models import Report

    run = _prepare(args, use_baseline, [(output, "基线文件")] if output is not None else [])
    reviewed = list(run.each(Engine.review))
    notes = run.notes(reviewed) if use_baseline else []
    report = Report(version=__version__, files=reviewed, rules=run.engine.rule_infos(), notes=notes)
    return report, run.config, run.files


def _settings(
    args: argparse.Namespace, paths: list[Path], use_baseline: bool = True
) -> tuple[Config, Settings, list[Note]]:
    """The configuration found for ``paths`` and the settings of this run: the configuration with the
    command line's options, built once and used by every review of the run; and notes about them."""
    from secreview import baseline as baselines
    from secreview.config import Settings, discover
    from secreview.setup_notes import configured_baseline
    from secreview.suppress import validate_selectors

    config = discover(paths, args.config, args.isolated)
    select, ignore = _selectors(args.select), _selectors(args.ignore)
    validate_selectors([*(select or []), *(ignore or [])])
    baseline_file, notes = configured_baseline(config, getattr(args, "baseline", None), use_baseline)
    accepted = baselines.load(baseline_file) if baseline_file else None
    settings = Settings.of(
        config,
        packs=args.rules,
        policy=args.policy,
        select=select,
        ignore=ignore,
        mask=args.mask,
        baseline=accepted,
        ocr=args.ocr,
        ocr_progress=not getattr(args, "quiet", False),
    )
    return config, settings, notes


def _prepare(
    args: argparse.Namespace, use_baseline: bool = True, outputs: Sequence[tuple[Path, str]] = ()
) -> _Run:
    """The files the paths stand for, with the engine of the run's settings. None of ``outputs`` (file,
    what it is) may be one of them: refused before anything is checked."""
    from secreview.catalog_marks import is_catalog
    from secreview.engine import Engine
    from secreview.extract import supported
    from secreview.files import collect, resolver
    from secreview.ignorefiles import not_ignored
    from secreview.safe_read import display_path
    from secreview.setup_notes import rule_data
    from secreview.suppress import excluded
    from secreview.writer import refuse_inputs

    config, settings, notes = _settings(args, args.paths, use_baseline)
    engine = Engine(settings=settings)
    collected = collect(args.paths)
    collected.skipped = not_ignored(collected.skipped, args.paths)
    files = excluded(not_ignored(collected.files, args.paths), set(args.paths), config)
    packs = rule_data(settings)  # the project's packs and word lists are rules, not drafts
    if packs:  # a stat and a join per file (7 ms for a thousand), only when there is something to match
        resolve = resolver()
        files = [path for path in files if path in args.paths or resolve(path) not in packs]
    ours = [path for path in files if path not in args.paths and is_catalog(path)]
    files = [path for path in files if path not in ours]  # catalogs secreview wrote are outputs, not drafts
    for destination, what in outputs:
        refuse_inputs(destination, [*files, *args.paths], what)
    if args.skip_unsupported:
        collected.skipped.extend(path for path in files if not supported(path))
        files = [path for path in files if supported(path)]
    if not args.quiet:
        for skipped in collected.skipped:
            print(
                f"secreview: 跳过不支持的文件类型 skipped (unsupported type): {display_path(skipped)}",
                file=sys.stderr,
            )
        for catalog in ours:
            print(
                f"secreview: 跳过 secreview 生成的目录 skipped (a catalog it wrote): {display_path(catalog)}",
                file=sys.stderr,
            )
    return _Run(args, config, engine, files, _setup_notes(engine, notes))


class _StartUp:
    """The cycle collector paused while the ``secreview`` command starts (``with _START_UP:`` in ``run``):
    what a check's start-up builds (modules, rules, the engine) lives until the exit, and the collector,
    walking it again and again as it piles up, cost about a tenth of the start-up. The pause ends once the
    engine is built and, with workers, once the warm-up file has built what the first check builds
    (``run_each``'s ``warmed``: 62 collections, 8 ms before the fork otherwise), or once the arguments are
    read for a command that builds none; what the start-up built is then frozen (never walked again, nor
    copied into forked workers by the walk)."""

    def __init__(self) -> None:
        self._paused = False

    def __enter__(self) -> None:
        self._paused = gc.isenabled()
        gc.disable()

    def __exit__(self, *_: object) -> None:
        self.end()

    def end(self) -> None:
        """The collector back on, if this pause turned it off (``main`` called from Python: never)."""
        if self._paused:
            self._paused = False
            gc.freeze()
            gc.enable()


_START_UP = _StartUp()


def _baseline(args: argparse.Namespace) -> int:
    from secreview import baseline as baselines

    if args.baseline_command == "audit":
        return _audit(args)
    if args.baseline_command == "update":
        return _update(args)
    destination = _baseline_file(args)
    report, _, checked = _review(args, use_baseline=False, output=destination)
    document = baselines.create(report.files, destination)
    baselines.write(document, destination, inputs=checked)
    print(f"secreview: 已将 {len(document['results'])} 条结果记入基线 {destination}", file=sys.stderr)
    return _report_unreadable(report)


def _baseline_file(args: argparse.Namespace) -> Path:
    from pathlib import Path

    from secreview import baseline as baselines
    from secreview.config import discover

    if args.baseline is not None:
        return Path(args.baseline)
    config = discover(args.paths or [Path.cwd()], args.config, args.isolated)
    return config.baseline or Path(baselines.DEFAULT_BASELINE)


def _update(args: argparse.Namespace) -> int:
    from secreview import baseline as baselines

    destination = _baseline_file(args)
    args.baseline = destination
    previous = baselines.load(destination)
    report, _, checked = _review(args, output=destination)
    result = baselines.update(previous, report.files, destination, accept_new=not args.no_new)
    baselines.write(result.document, destination, inputs=checked)
    print(
        f"secreview: 基线 {destination} 已更新: 新增 {result.added} 条, 保留 {result.kept} 条, "
        f"删除 {result.dropped} 条",
        file=sys.stderr,
    )
    return _report_unreadable(report)


def _audit(args: argparse.Namespace) -> int:
    from secreview import baseline as baselines
    from secreview.models import Suppression

    destination = _baseline_file(args)
    args.baseline = destination
    previous = baselines.load(destination)
    if not args.paths:
        named = sorted({str(entry.get("path")) for entry in previous.entries})
        args.paths = [path for path in map(previous.inside, named) if path.is_file()]
    report = _review(args)[0] if args.paths else None
    present: dict[str, str | None] = {}
    for file in report.files if report is not None else []:
        keys = previous.keys(file.findings, file.path)
        for finding, key in zip(file.findings, keys, strict=True):
            if finding.suppressed_by is Suppression.BASELINE:
                present[key] = finding.replacement
    stale = 0
    for entry in previous.entries:
        fingerprint = entry["fingerprint"]
        masked = present.get(fingerprint) or entry.get("masked") or "—"
        state = "仍存在 present" if fingerprint in present else "已失效 stale"
        stale += fingerprint not in present
        reviewer = f"  审核人: {entry['reviewer']}" if entry.get("reviewer") else ""
        reason = f"  理由: {entry['reason']}" if entry.get("reason") else ""
        print(
            f"{entry.get('path')}:{entry.get('line')} {entry.get('rule')} {entry.get('category')} "
            f"{masked}  {state}{reason}{reviewer}"
        )
    print(f"共 {len(previous.entries)} 条, 仍存在 {len(previous.entries) - stale} 条, 已失效 {stale} 条")
    return _report_unreadable(report) if report is not None else EXIT_OK


def _report_unreadable(report: Report) -> int:
    for file in report.files:
        if file.error is not None:
            print(f"secreview: {file.path}: {file.error}", file=sys.stderr)
    return EXIT_ERROR if any(file.error is not None for file in report.files) else EXIT_OK


def _dask_catalog(args: argparse.Namespace) -> int:
    """The catalog of one SOURCE (a folder, a glob or an fsspec URL) as a Parquet folder, checked on Dask
    with the same settings as every other command."""
    from secreview.catalog import totals_zh
    from secreview.distributed.cluster import close, connect, require_extra
    from secreview.errors import ConfigError

    if len(args.paths) != 1:
        print("secreview: Dask 目录只接受一个来源 SOURCE / one SOURCE with --scheduler", file=sys.stderr)
        return EXIT_ERROR
    if args.output.suffix.lower() != ".parquet":
        raise ConfigError(f"Parquet 目录的名称须以 .parquet 结尾,不支持“{args.output.name}”")
    require_extra()
    from secreview.distributed.catalog import Summary, run_catalog

    _, settings, notes = _settings(args, args.paths)
    _print_notes(notes)
    client = connect(args.scheduler or "local", args.workers)
    tty = sys.stderr.isatty()

    def progress(summary: Summary) -> None:
        print(f"\r已完成 {summary.done}/{summary.listed}  错误 {summary.errors}", end="", file=sys.stderr)

    try:
        print(f"secreview: Dask 仪表盘 {client.dashboard_link}", file=sys.stderr)
        summary = run_catalog(
            str(args.paths[0]),
            args.output,
            client,
            settings=settings,
            include_text=args.include_text,
            progress=progress if tty and not args.quiet else None,
        )
        if tty and not args.quiet:
            print(file=sys.stderr)
    finally:
        close(client)
    print(f"共 {sum(summary.totals.values())} 个文件: {totals_zh(summary.totals)}")
    print(
        f"secreview: 本次检查 {summary.checked} 个,内容未变跳过 {summary.skipped} 个;"
        f"目录已写入 {args.output}",
        file=sys.stderr,
    )
    return EXIT_ERROR if summary.totals.get("error") else EXIT_OK


def _catalog(args: argparse.Namespace) -> int:
    from secreview import catalog

    if args.scheduler is not None or args.output.suffix.lower() == ".parquet":
        return _dask_catalog(args)

    catalog.check_output(args.output)
    run = _prepare(args, outputs=[(args.output, "目录文件")])
    entries = list(run.each(catalog.catalog_file))
    catalog.write(entries, args.output, inputs=run.files)
    _print_notes(run.setup_notes)
    print(f"共 {len(entries)} 个文件: {catalog.totals_zh(catalog.totals(entries))}")
    print(f"secreview: 目录已写入 {args.output}", file=sys.stderr)
    for entry in entries:
        if entry.error:
            print(f"secreview: {entry.path}: {entry.error}", file=sys.stderr)
    return EXIT_ERROR if any(entry.error for entry in entries) else EXIT_OK


def run() -> NoReturn:
    """The ``secreview`` command: ``main``'s exit status once the output is flushed and the exit handlers
    have run, without freeing every object of the run one by one first (for a folder of a thousand files
    that teardown took as long as the imports); a closed pipe leaves the status as it was."""
    import atexit
    from contextlib import suppress

    with _START_UP:
        status = main()
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    from secreview import boundary

    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:  # answered without building the parser (argparse's own answer is the same)
        print(f"secreview {__version__}")
        return EXIT_OK
    try:
        with boundary.signals_handled():
            named = arguments[0] if arguments and arguments[0] in COMMANDS else None
            args = _parser(named).parse_args(arguments)
            if args.command not in ("check", "baseline"):
                _START_UP.end()
            for stream in (sys.stdout, sys.stderr):
                if hasattr(stream, "reconfigure"):  # a name that is not UTF-8 is printed escaped
                    stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            commands = {"check": _check, "extract": _extract, "rules": _rules, "catalog": _catalog}
            commands |= {"baseline": _baseline, "redact": _redact, "serve": _serve}
            status = commands[args.command](args)
            if "secreview.build_cache" in sys.modules:  # programs compiled during the run, for the next
                sys.modules["secreview.build_cache"].save()
            return status
    except SecreviewError as error:
        boundary.say(f"secreview: {error}")
        return EXIT_ERROR
    except BrokenPipeError:
        boundary.silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        boundary.say("secreview: 已中断 interrupted")
        return boundary.EXIT_INTERRUPTED
    except boundary.Terminated:
        boundary.say("secreview: 已终止 terminated (SIGTERM)")
        return boundary.EXIT_TERMINATED
    except Exception as error:  # a failure of the program itself: one line, never exit 1 ("needs action")
        from secreview.crash import internal_error

        boundary.say(f"secreview: {internal_error(error)}")
        return EXIT_ERROR
