"""Project configuration: ``[tool.secreview]`` of a pyproject.toml or the top level of a secreview.toml,
and the ``Settings`` of a run built once from it and the command line.

Found from the checked path upward (stopping at a folder holding ``.git`` or at the filesystem root), or
named with ``--config``. Paths inside the file are relative to the file's folder. Unknown keys and bad
values stop the run with a ConfigError naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from secreview.baseline import Baseline
from secreview.errors import ConfigError
from secreview.ignorefiles import translate_glob
from secreview.models import Attribute, Category, Severity
from secreview.ocr.options import DEFAULT_PAGE_LIMIT
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input_toml

CONFIG_FILE = "secreview.toml"
PYPROJECT = "pyproject.toml"
RULE_SELECTOR = r"^[A-Z]{2}[0-9]{0,3}$"

MaskStyle = Literal["partial", "full"]
Selector = Annotated[str, Field(pattern=RULE_SELECTOR)]


class _Strict(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class WordList(_Strict):
    """A plain word list (one term a line, ``#`` comments) that becomes one keyword rule."""

    path: Path
    category: Category = Category.WORK_SECRET
    severity: Severity = Severity.HIGH
    boundary: Literal["none", "token"] = "none"
    title: str = ""


def _check_glob(glob: str) -> None:
    """A ValueError (shown with the key) for a glob that cannot be used, such as a range ``[z-a]``."""
    try:
        regex.compile(translate_glob(glob.rstrip("/")))
    except regex.error as error:
        raise ValueError(f"“{glob}”不是有效的路径模式: {error}") from None


class Config(_Strict):
    """The settings of one project; every path is absolute once loaded."""

    source: Path | None = Field(default=None, exclude=True)
    root: Path = Field(default_factory=Path.cwd, exclude=True)
    packs: list[str | Path | WordList] = Field(default_factory=list)
    select: list[Selector] = Field(default_factory=list)
    ignore: list[Selector] = Field(default_factory=list)
    per_file_ignores: dict[str, list[Selector]] = Field(default_factory=dict, alias="per-file-ignores")
    fail_on: Attribute | None = Field(default=None, alias="fail-on")
    mask: MaskStyle = "partial"
    redact_public_names: bool = Field(default=False, alias="redact-public-names")  # names a rule makes public
    allow: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)
    baseline: Path | None = None
    policy: Path | None = None
    format: Literal["text", "json", "sarif", "html"] | None = None
    exclude: list[str] = Field(default_factory=list)
    ocr: bool = True  # read scanned pages and images where the ocr extra is installed
    ocr_page_limit: int = Field(default=DEFAULT_PAGE_LIMIT, ge=1, alias="ocr-page-limit")

    @field_validator("fail_on")
    @classmethod
    def _not_proactive(cls, value: Attribute | None) -> Attribute | None:
        if value is Attribute.PROACTIVE:
            raise ValueError("fail-on 不能为 proactive (须为 redacted、on_request 或 withheld)")
        return value

    @field_validator("exclude")
    @classmethod
    def _globs(cls, value: list[str]) -> list[str]:
        for glob in value:
            _check_glob(glob)
        return value

    @field_validator("per_file_ignores")
    @classmethod
    def _glob_keys(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for glob in value:
            _check_glob(glob)
        return value

    @property
    def word_lists(self) -> list[WordList]:
        return [entry for entry in self.packs if isinstance(entry, WordList)]

    @property
    def pack_paths(self) -> list[Path]:
        return [Path(entry) for entry in self.packs if not isinstance(entry, WordList)]


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_input_toml(path, InputKind.CONFIG)
    except UnreadableInput as error:
        raise ConfigError(f"配置文件 {display_path(path)} 无法读取: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML: {error}") from error


def _section(path: Path) -> dict[str, Any] | None:
    """The secreview table of ``path``, or None for a pyproject.toml without one."""
    raw = _read(path)
    if path.name != PYPROJECT:
        return raw
    tool = raw.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"配置文件 {path} 中 tool 必须是表 (table),不能是 {type(tool).__name__}")
    section = tool.get("secreview")
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"配置文件 {path} 中 [tool.secreview] 必须是表 (table)")
    return section


def _key_name(error: ValidationError) -> tuple[str, str]:
    """The key and message of the most specific error (a union reports one error per member type)."""
    deepest = max(error.errors(), key=lambda item: len(item["loc"]))
    parts = [str(part) for part in deepest["loc"] if part not in ("str", "WordList", "Path")]
    return ".".join(parts) or "(顶层)", deepest["msg"]


def _resolved(config: Config, root: Path) -> Config:
    def absolute(path: Path) -> Path:
        return path if path.is_absolute() else root / path

    packs: list[Path | WordList] = []
    for index, entry in enumerate(config.packs):
        path = absolute(entry.path if isinstance(entry, WordList) else Path(entry))
        if not path.exists():
            raise ConfigError(f"配置文件 {config.source}: 键 packs[{index}]: 找不到 {path}")
        if isinstance(entry, WordList):
            packs.append(entry.model_copy(update={"path": path}))
        elif path.suffix.lower() == ".txt":
            packs.append(WordList(path=path))
        else:
            packs.append(path)
    for key in ("policy",):
        value = getattr(config, key)
        if value is not None and not absolute(value).is_file():
            raise ConfigError(f"配置文件 {config.source}: 键 {key}: 找不到 {absolute(value)}")
    return config.model_copy(
        update={
            "root": root,
            "packs": packs,
            "baseline": absolute(config.baseline) if config.baseline else None,
            "policy": absolute(config.policy) if config.policy else None,
        }
    )


def load_config(path: Path) -> Config:
    """Read one configuration file; a pyproject.toml without [tool.secreview] gives the defaults."""
    path = path.resolve()
    section = _section(path)
    prefix = "[tool.secreview] " if path.name == PYPROJECT else ""
    try:
        config = Config.model_validate({**(section or {})}).model_copy(update={"source": path})
    except RecursionError as error:
        raise ConfigError(f"配置文件 {path}: {prefix}嵌套过深,不是有效的配置") from error
    except ValidationError as error:
        key, message = _key_name(error)
        raise ConfigError(f"配置文件 {path}: {prefix}键 {key}: {message}") from error
    return _resolved(config, path.parent)


def find_config(start: Path) -> Path | None:
    """The nearest secreview.toml, or pyproject.toml with [tool.secreview], from ``start`` upward."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    while True:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _section(pyproject) is not None:
            return pyproject
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def discover(paths: list[Path], explicit: Path | None = None, isolated: bool = False) -> Config:
    """The configuration for a run: ``--config``, else the one found from the first path, else defaults."""
    if explicit is not None:
        if not explicit.exists():  # anything else there is refused by the reader, with its reason
            raise ConfigError(f"配置文件 {explicit} 不存在")
        return load_config(explicit)
    found = None if isolated or not paths else find_config(paths[0])
    return load_config(found) if found is not None else Config()


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a review depends on besides the document: the packs, word lists and policy the engine is
    built from, and what the project does not want to be told (select/ignore, per-file ignores, allowed
    terms, a baseline) with its masking style. Built once from the configuration and the command line;
    picklable, so that worker processes and Dask workers review with the same settings."""

    packs: tuple[Path, ...] = ()
    word_lists: tuple[WordList, ...] = ()
    policy: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    allow: tuple[str, ...] = ()
    mask: MaskStyle = "partial"
    baseline: Baseline | None = None
    ocr: bool = True
    ocr_page_limit: int = DEFAULT_PAGE_LIMIT
    ocr_progress: bool = False  # a line per OCR page on standard error when it is a terminal (the CLI)

    @classmethod
    def of(
        cls,
        config: Config,
        *,
        packs: Sequence[Path] = (),
        policy: Path | None = None,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        mask: MaskStyle | None = None,
        baseline: Baseline | None = None,
        ocr: bool | None = None,
        ocr_progress: bool = False,
    ) -> Settings:
        """The configuration with the command line's options, which win."""
        return cls(
            packs=(*config.pack_paths, *packs),
            word_lists=tuple(config.word_lists),
            policy=policy or config.policy,
            root=config.root,
            select=tuple(config.select if select is None else select),
            ignore=tuple(config.ignore if ignore is None else ignore),
            per_file_ignores=tuple((glob, tuple(ids)) for glob, ids in config.per_file_ignores.items()),
            allow=tuple(config.allow),
            mask=mask or config.mask,
            baseline=baseline,
            ocr=config.ocr if ocr is None else ocr,
            ocr_page_limit=config.ocr_page_limit,
            ocr_progress=ocr_progress,
        )

    @property
    def filters(self) -> bool:
        """Whether reviews with these settings mark or change findings at all."""
        return bool(self.select or self.ignore or self.per_file_ignores or self.allow or self.baseline) or (
            self.mask != "partial"
        )
