"""``secreview serve``: its options, and the start of the server with the project's configuration.

Imported by every command line run to register the command: FastAPI and uvicorn are imported only when
the server starts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secreview.config import Config, Settings
    from secreview.models import Note

TOKEN_VARIABLE = "SECREVIEW_TOKEN"
EXIT_OK, EXIT_ERROR = 0, 2  # as the command line's
MISSING_EXTRA = "secreview serve 需要安装可选组件: pip install 'secreview[serve]'"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"须为正整数: {value!r} / must be a positive integer")
    return number


def _port(value: str) -> int:
    number = _positive(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"端口须在 1–65535 之间: {value} / port out of range")
    return number


def add_serve(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    path: Callable[[str], Path],
    add_configuration_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The command and its options; ``path`` and ``add_configuration_options`` are the command line's own,
    so that serve reads the configuration options as check does."""
    serve = commands.add_parser(
        "serve",
        help="启动审查网页和 HTTP API (需 secreview[serve]) / review page and HTTP API",
        description="审查网页和 HTTP API;上传的文件只在内存中处理,不保存、不记录。"
        "本目录的配置 (secreview.toml / pyproject.toml) 照 check 一样生效,基线除外。",
    )
    serve.add_argument("--host", default="127.0.0.1", help="监听地址 (默认 127.0.0.1,仅本机)")
    serve.add_argument("--port", type=_port, default=8765, help="端口 (默认 8765)")
    serve.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE) or None,
        help=f"共享部署时要求 Authorization: Bearer 令牌 (也可用环境变量 {TOKEN_VARIABLE})",
    )
    serve.add_argument("--max-upload-mb", type=_positive, default=50, help="单个上传的大小上限 (默认 50)")
    serve.add_argument(
        "--max-concurrent", type=_positive, default=8, help="同时进行的检查数上限,超过时答 503 (默认 8)"
    )
    serve.add_argument("--rules", action="append", type=path, default=[], metavar="PACK")
    serve.add_argument("--policy", type=path, help="替换决定规则 rules/policy.toml / decision policy file")
    add_configuration_options(serve)


def run_serve(args: argparse.Namespace, config: Config, settings: Settings, notes: list[Note]) -> int:
    """Serve with the configuration the command line found for the current folder, until stopped."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        print(f"secreview: {MISSING_EXTRA}", file=sys.stderr)
        return EXIT_ERROR
    from secreview.engine import Engine
    from secreview.serve.run import serve
    from secreview.serve.service import MEBIBYTE, Limits, Service
    from secreview.setup_notes import unselected_packs

    engine = Engine(settings=settings)
    limits = Limits(
        max_upload_bytes=args.max_upload_mb * MEBIBYTE,
        max_concurrent=args.max_concurrent,
        workers=max(1, min(args.max_concurrent, os.cpu_count() or 1, 4)),
        token=args.token,
    )
    notes = [*notes, *unselected_packs(engine.packs, engine.settings)]
    service = Service(engine, limits, notes, config.redact_public_names)
    if args.host not in ("127.0.0.1", "localhost", "::1") and args.token is None:
        print("secreview: 注意: 监听非本机地址且未设 --token,网络上任何人都可使用本服务", file=sys.stderr)
    print(f"secreview: 审查网页 review page: http://{args.host}:{args.port}/", file=sys.stderr)
    serve(service, args.host, args.port)
    return EXIT_OK
