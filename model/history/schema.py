"""The run-history database file: its schema, its migrations and how a connection is opened.

The schema's version is SQLite's ``PRAGMA user_version``: each entry of :data:`MIGRATIONS` takes a
file one version up, so a file written by any older DigitLab is brought up to date the first time
a newer one opens it, and a file from a newer DigitLab is refused instead of being misread.

The file is shared by processes that may write at the same moment (the window recording a run
while ``digitlab train`` records another): it runs in WAL mode, where readers never wait for a
writer, and a writer waits up to :data:`BUSY_TIMEOUT_S` for another writer's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from model.errors import DigitLabError

BUSY_TIMEOUT_S = 10.0
"""How long a write waits for another process's transaction; ours last milliseconds."""

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


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the history at ``path``, migrated to :data:`SCHEMA_VERSION`.

    The connection is in autocommit mode: every change is made inside :func:`transaction`.
    The caller closes it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise HistoryError(f"the run history {path} cannot be used: {error}") from error
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL stays consistent; no fsync per commit
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except sqlite3.DatabaseError as error:
        db.close()
        raise HistoryError(f"the run history {path} cannot be used: {error}") from error
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: the write lock is taken at once (waiting for another writer up to
    the busy timeout), all or nothing is kept."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection) -> None:
    """Apply the migrations from the file's version up to :data:`SCHEMA_VERSION`, in one
    transaction. The version is read again once the write lock is held: another process may
    have migrated the file in the meantime."""
    if schema_version(db) == SCHEMA_VERSION:
        return
    with transaction(db):
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise HistoryError(f"the run history was written by a newer DigitLab (schema "
                               f"{version}; this one knows up to {SCHEMA_VERSION})")
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
