"""Documents listed and read through fsspec on Dask workers, each worker building its engine once from the
run's settings; tasks carry paths and results. Needs the ``secreview[dask]`` extra (dask, distributed,
fsspec, pyarrow); importing this module does not, only running it does."""

from __future__ import annotations

import hashlib
import importlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

from secreview.catalog import entry_of
from secreview.config import Settings
from secreview.engine import Document, Engine
from secreview.errors import ExtractionError, SecreviewError
from secreview.extract import read_guarded, supported
from secreview.models import FileReport
from secreview.safe_read import InputKind, read_input

# A distributed.Client; dask, distributed, fsspec and pyarrow are untyped and optional, hence imported
# by name (``extra``) and used as Any.
Client = Any

INSTALL_HINT = "此功能需要 Dask 扩展,请先安装: pip install 'secreview[dask]'"
DEFAULT_CHUNK = 16
_GLOB_CHARACTERS = "*?["
_LOCAL_PROTOCOLS = {"file", "local"}


class MissingExtraError(SecreviewError):
    """dask, distributed, fsspec or pyarrow is not installed."""


def extra(name: str) -> ModuleType:
    """A module of the ``secreview[dask]`` extra (MissingExtraError, saying how to install it, if absent)."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise MissingExtraError(f"{INSTALL_HINT}(缺少 {error.name or name})") from error


def require_extra() -> None:
    for name in ("dask", "distributed", "fsspec", "pyarrow"):
        extra(name)


@dataclass(frozen=True, slots=True)
class Checked:
    """What a worker sends back for one document: never the document itself."""

    path: str
    size: int
    sha256: str  # "" when the bytes could not be read
    report: FileReport | None  # None: the content hash was already recorded, nothing was checked
    title: str = ""
    document_number: str = ""


# --- on the workers ---------------------------------------------------------------------------------------

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def worker_engine(settings: Settings) -> Engine:
    """The engine of this worker for ``settings``, built on first use and kept for every later task."""
    with _engines_lock:
        key = repr(settings)  # the same settings arrive as a new object with every task
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = Engine(settings=settings)
        return engine


def _display(fs: Any, path: str) -> str:
    """A local path as the single-machine commands print it, any other as a URL the workers can open."""
    protocols = {fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)
    return path if protocols & _LOCAL_PROTOCOLS else str(fs.unstrip_protocol(path))


def _hidden(path: str, root: str) -> bool:
    try:
        relative = PurePosixPath(path).relative_to(root)
    except ValueError:
        return False
    return any(part.startswith(".") for part in relative.parts)


def list_source(source: str) -> list[tuple[str, int]]:
    """(path, size) of every document SOURCE stands for, in a stable order. A folder or glob yields its
    supported files outside hidden folders; a single file is always listed (unsupported: an error row)."""
    fs, root = extra("fsspec").core.url_to_fs(source)
    if not any(character in source for character in _GLOB_CHARACTERS) and not fs.exists(root):
        raise FileNotFoundError(source)
    if any(character in source for character in _GLOB_CHARACTERS):
        found: dict[str, Any] = fs.glob(root, detail=True)
        base = root.split("*")[0].split("?")[0].split("[")[0].rsplit("/", 1)[0]
    elif fs.isdir(root):
        found = fs.find(root, detail=True)
        base = root
    else:
        return [(_display(fs, root), int(fs.size(root) or 0))]
    listed = [
        (_display(fs, path), int(info.get("size") or 0))
        for path, info in found.items()
        if info.get("type", "file") == "file" and supported(Path(path)) and not _hidden(path, base)
    ]
    return sorted(listed)


def _read(url: str) -> bytes:
    """The document's bytes through fsspec; errors become the one-line messages of the local reader."""
    try:
        fs, path = extra("fsspec").core.url_to_fs(url)
    except OSError as error:
        raise ExtractionError(f"无法读取文件({error.strerror or error}),未检查") from error
    protocols = {fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)
    if protocols & _LOCAL_PROTOCOLS:  # a local file: the one reader (a FIFO or a device is refused)
        return read_input(path, InputKind.DOCUMENT)
    return read_guarded(lambda: fs.size(path), lambda: bytes(fs.cat_file(path)))


def check_one(engine: Engine, url: str, recorded_sha256: str | None = None) -> Checked:
    """Read, hash and review one document; a document whose hash is ``recorded_sha256`` is not checked.
    Whatever goes wrong with this document becomes its error row, never a failed task."""
    data = b""
    digest = ""
    try:
        data = _read(url)
        digest = hashlib.sha256(data).hexdigest()
        if digest == recorded_sha256:
            return Checked(url, len(data), digest, None)
        reviewed = engine.review_with_text(Document(url, data, PurePosixPath(url).suffix))
        entry = entry_of(reviewed.report, reviewed.text)
        return Checked(url, len(data), digest, reviewed.report, entry.title, entry.document_number)
    except ExtractionError as error:
        report = FileReport.failed(url, str(error))
    except Exception as error:  # one broken document must not stop an archive
        report = FileReport.failed(url, f"检查时出错({type(error).__name__}),未检查")
    return Checked(url, len(data), digest, report)


def check_chunk(settings: Settings, items: Sequence[tuple[str, str | None]]) -> list[Checked]:
    """A Dask task: a few documents (path, recorded hash), checked with this worker's engine."""
    engine = worker_engine(settings)
    return [check_one(engine, url, recorded) for url, recorded in items]


# --- on the client ----------------------------------------------------------------------------------------


def chunks(items: Sequence[tuple[str, str | None]], size: int) -> Iterator[list[tuple[str, str | None]]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def submit_all(
    client: Client,
    items: Sequence[tuple[str, str | None]],
    settings: Settings,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[list[Checked]]:
    """Results of every chunk as they complete, with a bounded number of tasks in flight so that an archive
    of millions of documents does not become millions of futures at once. A chunk whose workers keep dying
    (Dask gives up after its allowed failures) comes back as error rows."""
    pending = chunks(items, max(1, chunk))
    threads = sum(client.nthreads().values()) or 1
    window = max(8, 4 * threads)
    submitted: dict[str, list[tuple[str, str | None]]] = {}

    def submit(batch: list[tuple[str, str | None]]) -> Any:
        future = client.submit(check_chunk, settings, batch, pure=False)
        submitted[future.key] = batch
        return future

    running = extra("distributed").as_completed([submit(batch) for batch in islice(pending, window)])
    for future in running:
        batch = submitted.pop(future.key)
        try:
            results: list[Checked] = future.result()
        except Exception as error:  # e.g. KilledWorker: a document that crashes its worker
            message = f"检查时工作进程异常退出({type(error).__name__}),未检查"
            results = [Checked(url, 0, "", FileReport.failed(url, message)) for url, _ in batch]
        future.release()
        following = next(pending, None)
        if following is not None:
            running.add(submit(following))
        yield results


def check_paths(
    paths: Iterable[str],
    client: Client,
    *,
    settings: Settings | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[FileReport]:
    """The report of each document (local paths or fsspec URLs), checked on the cluster of ``client``, in
    the order the documents complete. Folders are not walked here: list them with ``list_source``."""
    require_extra()
    items = [(str(path), None) for path in paths]
    for results in submit_all(client, items, settings or Settings(), chunk):
        for checked in results:
            assert checked.report is not None
            yield checked.report


def connect(scheduler: str, workers: int) -> Client:
    """A client of the running scheduler at ``scheduler``, or of a new LocalCluster of worker processes."""
    dask_distributed = extra("distributed")
    if scheduler == "local":
        cluster = dask_distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        return dask_distributed.Client(cluster)
    return dask_distributed.Client(scheduler)


def close(client: Client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()
