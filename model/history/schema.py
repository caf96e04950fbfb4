"""The run-history database file: its schema, its migrations and how a connection is opened.

The schema's version is SQLite's ``PRAGMA user_version``: each entry of :data:`MIGRATIONS` takes a
file one version up, so a file written by any older DigitLab is brought up to date the first time
a newer one opens it, and a file from a newer DigitLab is refused instead of being misread.

The file is shared by processes that may write at the same moment (the window recording a run
while ``digitlab train`` records another): it runs in WAL mode, where readers never wait for a
writer, and a writer waits up to :data:`BUSY_TIMEOUT_S` for another writer's transaction.

Nothing in the file is trusted: a file stamped with the right version must also have the
expected tables and columns (:func:`check_schema`), a file that cannot be written (a read-only
folder) is opened read-only, and every SQLite failure becomes a one-line :class:`HistoryError`.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from model.errors import DigitLabError
from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked

BUSY_TIMEOUT_S = 5.0
"""How long a write waits for another process's transaction; ours last milliseconds, so a
longer wait means a program holds the file locked, and the write is given up."""
BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: runs, their epochs and their downsampled batch losses. Deleting a run deletes its rows.
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: the CLI names runs by id
            started_at TEXT NOT NULL,              -- ISO 8601, UTC
            ended_at TEXT,                         -- NULL: the run never ended (killed) or runs on
            source TEXT NOT NULL,                  -- 'cli' or 'gui'
            network TEXT NOT NULL,                 -- NetworkConfig.to_dict() as JSON
            training TEXT NOT NULL,                -- TrainingConfig.to_dict() as JSON
            dataset TEXT NOT NULL,                 -- {name, spec, train, test, classes} as JSON
            epochs_planned INTEGER,
            steps_per_epoch INTEGER,
            epochs_run INTEGER,
            train_seconds REAL,
            test_accuracy REAL,
            test_loss REAL,
            val_accuracy REAL,
            end_reason TEXT,                       -- EndReason's value
            message TEXT,
            model_path TEXT,
            app_version TEXT,
            tensorflow_version TEXT
        )""",
        "CREATE INDEX runs_by_start ON runs (started_at)",
        """CREATE TABLE epochs (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            epoch INTEGER NOT NULL,                -- 1-based
            loss REAL, accuracy REAL, val_loss REAL, val_accuracy REAL,
            learning_rate REAL, seconds REAL,      -- NULL loss: it was not a number
            PRIMARY KEY (run_id, epoch)
        ) WITHOUT ROWID""",
        """CREATE TABLE batch_losses (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            point INTEGER NOT NULL,
            epoch REAL NOT NULL,                   -- in epochs: 1.5 is half-way into the 2nd
            loss REAL,
            PRIMARY KEY (run_id, point)
        ) WITHOUT ROWID""",
    ),
    # 2: the accuracy on digits drawn by writers the network never saw (digit datasets only).
    ("ALTER TABLE runs ADD COLUMN drawn_accuracy REAL",),
    # 3: adaptations are runs too; the configs' version, so older ones can be migrated on read.
    (
        "ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'training'",  # or 'adaptation'
        "ALTER TABLE runs ADD COLUMN adaptation TEXT",  # AdaptationReport.to_dict() as JSON
        "ALTER TABLE runs ADD COLUMN config_version INTEGER",  # NULL: before versions (0)
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(DigitLabError):
    """The run history cannot be read or written: damaged, from a newer DigitLab, no such run."""


class HistoryBusyError(HistoryError):
    """Another program held the history locked for longer than the busy timeout."""


def history_error(path: Path, error: sqlite3.Error) -> HistoryError:
    """SQLite's ``error`` on the history at ``path`` as one line, naming the file."""
    if getattr(error, "sqlite_errorcode", None) in BUSY_CODES:
        return HistoryBusyError(marked(
            QT_TRANSLATE_NOOP("Model", "the run history {path} is locked by another program "
                                       "({error})"), path=str(path), error=str(error)))
    return HistoryError(unusable(path, error))


def unusable(path: Path, error: Exception) -> MarkedText:
    """Why the history at ``path`` cannot be opened or used, SQLite's or the system's words
    kept as they are."""
    return marked(QT_TRANSLATE_NOOP("Model", "the run history {path} cannot be used: {error}"),
                  path=str(path), error=str(error))


def not_a_history(path: Path, found: str) -> MarkedText:
    """A file at the history's place that DigitLab did not make, and what it has instead."""
    return marked(QT_TRANSLATE_NOOP("Model", "{path} is not a DigitLab run history: {found}"),
                  path=str(path), found=found)


def connect(path: Path, *, busy_timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """Open (creating if need be) the history at ``path``, migrated to :data:`SCHEMA_VERSION`
    and checked; read-only if the file or its folder cannot be written (then it is not migrated).

    The connection is in autocommit mode: every change is made inside :func:`transaction`.
    The caller closes it.
    """
    read_only = is_read_only(path)
    try:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        db = _open(path, read_only, busy_timeout)
    except (OSError, sqlite3.Error) as error:
        raise HistoryError(unusable(path, error)) from error
    try:
        if not read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL stays consistent; no fsync per commit
            db.execute("PRAGMA foreign_keys = ON")
            migrate(db, path)
        elif schema_version(db) != SCHEMA_VERSION:
            raise HistoryError(marked(
                QT_TRANSLATE_NOOP("Model", "the run history {path} is read-only and of schema "
                                           "{found}; this DigitLab reads schema {known} (it "
                                           "updates the file where it may write)"),
                path=str(path), found=str(schema_version(db)), known=str(SCHEMA_VERSION)))
        check_schema(db, path)
    except sqlite3.Error as error:
        db.close()
        raise history_error(path, error) from error
    except BaseException:
        db.close()
        raise
    return db


def is_read_only(path: Path) -> bool:
    """Whether the history exists but may only be read: SQLite needs to write both the file
    and its folder (for the ``-wal`` and ``-shm`` files beside it)."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _open(path: Path, read_only: bool, busy_timeout: float) -> sqlite3.Connection:
    """A connection to ``path``. Read-only, a WAL file whose folder cannot take the ``-shm``
    file opens only as immutable (nothing can change it there anyway)."""
    if not read_only:
        return sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    try:
        schema_version(db)
    except sqlite3.OperationalError:
        db.close()
        return sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: the write lock is taken at once (waiting for another writer up to
    the busy timeout), all or nothing is kept."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        with suppress(sqlite3.Error):  # SQLite may have rolled back already (disk full)
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations from the file's version up to :data:`SCHEMA_VERSION`, in one
    transaction. The version is read again once the write lock is held: another process may
    have migrated the file in the meantime."""
    if schema_version(db) == SCHEMA_VERSION:
        return
    with transaction(db):
        version = schema_version(db)
        if version == 0 and db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            raise HistoryError(not_a_history(path, marked(QT_TRANSLATE_NOOP(
                "Model", "it has tables of its own and no DigitLab schema version"))))
        if version > SCHEMA_VERSION:
            raise HistoryError(marked(
                QT_TRANSLATE_NOOP("Model", "the run history {path} was written by a newer "
                                           "DigitLab (schema {found}; this one knows up to "
                                           "{known})"),
                path=str(path), found=str(version), known=str(SCHEMA_VERSION)))
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def check_schema(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose tables and columns are not those :data:`MIGRATIONS` make (a foreign
    SQLite file stamped with our version must not have its rows deleted)."""
    expected = expected_tables()
    found = {table: _columns(db, table) for table in expected}
    wrong = [f"table {table} with columns {', '.join(sorted(columns)) or '(none)'}"
             for table, columns in found.items() if columns != expected[table]]
    if wrong:
        raise HistoryError(not_a_history(path, marked(
            QT_TRANSLATE_NOOP("Model", "expected the tables {expected} with DigitLab's columns, "
                                       "found {found}"),
            expected=", ".join(expected), found="; ".join(wrong))))


@functools.cache
def expected_tables() -> dict[str, frozenset[str]]:
    """The tables and columns of a history at :data:`SCHEMA_VERSION`: made by running
    :data:`MIGRATIONS` in memory, so the migrations stay the one description of the schema."""
    db = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS:
            for statement in statements:
                db.execute(statement)
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: _columns(db, table) for table in tables}
    finally:
        db.close()


def _columns(db: sqlite3.Connection, table: str) -> frozenset[str]:
    return frozenset(row[1] for row in db.execute(f"PRAGMA table_info({table})"))
