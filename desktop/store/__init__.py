"""The library: peewee over SQLite. No Qt here, and no SQL above this package."""

import sys
from typing import Any

# peewee imports psycopg (and with it asyncio, zoneinfo, libpq) as it loads, when psycopg is
# installed: a quarter of the window's start-up, for a library file that never needs it. It is
# loaded without psycopg here, and given the driver when a server library is opened.
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # the import system's "not installed"
    try:
        import peewee
    finally:
        del sys.modules["psycopg"]
else:
    import peewee

_init_postgresql = peewee.PostgresqlDatabase.init


def _init_with_psycopg(self: peewee.PostgresqlDatabase, database: Any, **kwargs: Any) -> None:
    """What peewee would have set as it loaded with psycopg, set as a server library opens."""
    if peewee.psycopg is None:  # type: ignore[attr-defined]  # not in peewee's stubs
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus  # type: ignore[attr-defined]
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb  # type: ignore[attr-defined]
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    _init_postgresql(self, database, **kwargs)


peewee.PostgresqlDatabase.init = _init_with_psycopg  # type: ignore[method-assign,assignment]
