"""Opening a factcheck database safely: path checks, pragmas, migrations, write transactions.

Every problem a user can cause (not SQLite, read-only, newer schema, busy) becomes a
`StoreError` with a one-line message instead of a driver traceback.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from factcheck.store import schema
from factcheck.errors import DatabaseBusyError, SchemaTooNewError, StoreError

BUSY_TIMEOUT_S = 10.0


def translate(error: sqlite3.Error, path: str) -> StoreError:
    """Turn a driver error into a one-line explanation for people."""
    msg = str(error)
    if "readonly" in msg or "read-only" in msg:
        return StoreError("database is read-only; factcheck needs to write to it "
                          "(check the permissions of the file and its directory)", path)
    if "locked" in msg or "busy" in msg:
        return DatabaseBusyError("database is busy: another process held it for more than "
                                 f"{BUSY_TIMEOUT_S:g} s; try again", path)
    if "not a database" in msg or "file is encrypted" in msg:
        return StoreError("not a SQLite database", path)
    if "malformed" in msg:
        return StoreError("database file is corrupt (database disk image is malformed)", path)
    if "unable to open" in msg:
        return StoreError("cannot open the database file (check the path and permissions)", path)
    return StoreError(f"database error: {msg}", path)


def run(conn: sqlite3.Connection, path: str, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
    """Execute one statement; a driver error becomes a one-line StoreError naming `path`.

    Every query of the store package goes through here (the facade, bulk.py, team.py).
    """
    try:
        return conn.execute(sql, list(params))
    except sqlite3.DatabaseError as e:  # locked, corrupt, disk errors: one line for people
        raise translate(e, path) from None


class Connected:
    """One open connection and the database path its errors name: the base of `Store`
    and of the query groups it is made of (claims.py, lookups.py)."""

    def __init__(self, db: Database, path: str):
        self.db = db
        self.conn = db.conn
        self.path = path

    def _run(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        return run(self.conn, self.path, sql, params)

    def _query(self, sql: str, params: Iterable = ()) -> list[tuple]:
        return self._run(sql, params).fetchall()

    def _dicts(self, sql: str, params: Iterable = ()) -> list[dict]:
        """Rows as {column: value}, for dataclasses built by field name."""
        cursor = self._run(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def check_path(path: str, create: bool) -> None:
    """Refuse, before SQLite sees it, a path that cannot be a usable factcheck database."""
    if os.path.isdir(path):
        raise StoreError("is a directory, not a database file", path)
    if not os.path.exists(path):
        if not create:
            raise StoreError("no database here yet (ingest an article first, or pass --db)", path)
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            raise StoreError("cannot create the database: its directory does not exist", path)
        return
    # Write bits are checked too: root may write anywhere, but a file marked read-only
    # (chmod a-w) is the user saying "do not change this".
    if not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222:
        raise StoreError("database is read-only; factcheck needs to write to it "
                         "(check the file's permissions)", path)
    # The file's header is NOT read here with open(): closing any descriptor on a
    # database file drops every POSIX lock this process holds on it (SQLite's own
    # connections included), after which another process may delete the WAL and lose
    # writes. SQLite itself says "file is not a database" on the first query instead.


def open_database(path: str, create: bool = True) -> Database:
    """A configured, fully migrated connection (WAL, foreign keys, busy timeout)."""
    if path != ":memory:":
        check_path(path, create)
    try:
        # isolation_level=None: the driver never opens transactions behind our back;
        # every write is an explicit `transaction()`.
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as e:
        raise translate(e, path) from None
    # sqlite-utils plugins are not loaded: a factcheck database runs only factcheck's SQL,
    # and scanning the installed packages for plugins cost every command ~30 ms.
    db = Database(conn, execute_plugins=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        refuse_foreign(db, path)  # read-only checks: a refused file is left exactly as it was
        _configure(conn, path)
        migrate(db, path)
    except sqlite3.Error as e:
        conn.close()
        raise translate(e, path) from None
    except BaseException:
        conn.close()
        raise
    return db


def _configure(conn: sqlite3.Connection, path: str) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"cannot switch the database to WAL mode (got {mode})", path)
        # WAL + NORMAL survives a killed process; only power loss may drop the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in schema.migrations.applied(db)]


def refuse_foreign(db: Database, path: str) -> None:
    """Refuse a newer or foreign schema by reading only: nothing (not even the journal
    mode) may change in another program's database before it is refused."""
    applied = applied_migrations(db)
    unknown = [name for name in applied if name not in schema.KNOWN]
    if unknown:
        raise SchemaTooNewError(
            "database was written by a newer version of factcheck (unknown schema steps: "
            f"{', '.join(unknown)}); upgrade factcheck to open it", path)
    if not applied:
        own = {schema.migrations.migrations_table, "sqlite_sequence"}
        foreign = sorted(t for t in db.table_names() if t not in own)
        if foreign:
            raise StoreError("not a factcheck database (it has other tables: "
                             f"{', '.join(foreign[:5])})", path)


def migrate(db: Database, path: str) -> None:
    """Apply pending schema steps in one transaction; refuse a newer or foreign schema."""
    refuse_foreign(db, path)
    applied = applied_migrations(db)
    if len(applied) < len(schema.KNOWN):
        with transaction(db, path):
            schema.migrations.apply(db)


@contextlib.contextmanager
def transaction(db: Database, path: str) -> Iterator[Database]:
    """One write transaction taken with BEGIN IMMEDIATE; nested calls become savepoints.

    IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
    transaction that reads before it writes never fails on lock upgrade.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as e:
        raise translate(e, path) from None
    try:
        with db.atomic():  # a savepoint inside our transaction
            yield db
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as e:
        _rollback(conn)
        if not _about_the_file(e):
            raise
        raise translate(e, path) from None
    except BaseException:
        _rollback(conn)
        raise


def _about_the_file(error: sqlite3.DatabaseError) -> bool:
    """Locked, busy, corrupt, full, unreadable: the database file's state, which people can
    act on (constraint and programming errors are bugs and stay exceptions)."""
    return type(error) in (sqlite3.OperationalError, sqlite3.DatabaseError)


def _rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):  # a corrupt file may refuse even this
        if conn.in_transaction:
            conn.execute("ROLLBACK")
