"""The command line: ``newsfold fold``, ``export``, ``serve`` and ``--version``.

Each command is thin: it opens the store and calls the library. Library errors are turned
into one-line messages with their code, and exit codes:

====  =====================================================
0     done
1     unexpected newsfold error
2     bad arguments or settings
3     the spaCy pipeline is not installed
4     the database cannot be opened or written
5     the fold cannot be written or does not match its schema
6     done, but some inputs were skipped (listed on stderr, in the database and in the
      fold's ``skipped``); ``--allow-skipped`` exits 0 instead
====  =====================================================
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsfold import __version__
from newsfold.errors import NewsfoldError

SKIPPED_EXIT = 6

app = typer.Typer(
    name="newsfold",
    help="Fold many overlapping news reports into one record: stories, entities, events, conflicts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ExportFormat(StrEnum):
    """Formats of ``newsfold export``."""

    json = "json"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsfold {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """newsfold: fold many overlapping news reports into one record an analyst can trust."""


def _fail(err: NewsfoldError) -> typer.Exit:
    typer.secho(f"newsfold: {err}", err=True, fg=typer.colors.RED)
    return typer.Exit(err.exit_code)


@app.command("fold")
def fold_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for JSON Lines on standard input.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for fold.json and report.html.")],
    db: Annotated[
        Optional[str], typer.Option("--db", help="Database: a SQLite path or a postgresql:// URL [default: OUT/newsfold.db].")
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per NLP batch.")] = 32,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Largest input file read, in bytes.")] = 20_000_000,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr.")] = True,
    report: Annotated[bool, typer.Option("--report/--no-report", help="Also write report.html.")] = True,
    allow_skipped: Annotated[
        bool, typer.Option("--allow-skipped", help=f"Exit with status 0, not {SKIPPED_EXIT}, when some inputs were skipped.")
    ] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes for the per-article stages.")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or dask (dask.distributed).")] = "local",
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="Dask scheduler address [default: a LocalCluster on 127.0.0.1].")
    ] = None,
    recluster: Annotated[
        bool, typer.Option("--recluster", help="Group all articles into stories afresh, instead of attaching new "
                           "articles to the stories already in the database (story ids are still kept where possible).")
    ] = False,
) -> None:
    """Fold articles into OUT/fold.json and OUT/report.html (and the database)."""
    from newsfold.export import fold_to_dict, write_fold
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    settings = Settings(batch_size=batch_size, max_bytes=max_bytes, progress=progress, workers=workers,
                        engine=engine, scheduler=scheduler, recluster=recluster)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with Store.open(db or out / "newsfold.db") as store:
            fold, run = fold_paths(paths, store, settings=settings)
        data = fold_to_dict(fold)
        write_fold(data, out / "fold.json")
        if report:
            from newsfold.report import write_report

            write_report(data, out / "report.html", texts={a.article_id: a.text for a in fold.articles})
    except NewsfoldError as err:
        raise _fail(err) from None
    for s in run.skipped:
        typer.secho(f"skipped [{s.code}] {s.source}{f':{s.line}' if s.line else ''}: {s.reason}", err=True, fg=typer.colors.YELLOW)
    typer.echo(
        f"{run.read} read, {run.analysed} analysed, {run.reused} unchanged, {len(run.skipped)} skipped; "
        f"{len(data['stories'])} stories, {len(data['events'])} events, {len(data['entities'])} entities, "
        f"{len(data['conflicts'])} conflicts -> {out / 'fold.json'}",
        err=True,
    )
    if run.skipped and not allow_skipped:
        raise typer.Exit(SKIPPED_EXIT)


@app.command("export")
def export_command(
    db: Annotated[str, typer.Option("--db", help="Database: a SQLite path or a postgresql:// URL.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="json (the fold) or csv (events, ACLED-like).")] = ExportFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write [default: standard output].")] = None,
) -> None:
    """Export the fold kept in a database as JSON, or its events as CSV."""
    from newsfold.export import dumps_fold, events_csv, fold_to_dict, validate_fold
    from newsfold.store import Store

    try:
        if "://" not in db and not Path(db).exists():
            raise _fail(_missing_db(db))
        with Store.open(db) as store:
            fold = store.load_fold()
        if format is ExportFormat.json:
            data = fold_to_dict(fold)
            validate_fold(data)
            text = dumps_fold(data)
        else:
            text = events_csv(fold)
    except NewsfoldError as err:
        raise _fail(err) from None
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _missing_db(db: str) -> NewsfoldError:
    from newsfold.errors import StoreError

    return StoreError(f"no database at {db}")


@app.command("serve")
def serve_command(
    db: Annotated[str, typer.Option("--db", help="Database: a SQLite path or a postgresql:// URL.")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    max_body_bytes: Annotated[
        int, typer.Option("--max-body-bytes", min=1, help="Largest request body accepted (larger: 413).")
    ] = 5_000_000,
) -> None:
    """Serve the JSON API (/api, /openapi.json) and the browser UI over a database."""
    from newsfold.errors import ConfigError

    try:
        import uvicorn

        from newsfold.web import create_app
    except ImportError as exc:
        raise _fail(ConfigError(f"serve needs the web extra: pip install 'newsfold[web]' ({exc})")) from None
    if "://" not in db and not Path(db).exists():
        raise _fail(_missing_db(db))
    try:
        application = create_app(db, max_body_bytes=max_body_bytes)
    except NewsfoldError as err:
        raise _fail(err) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.secho(
            f"newsfold: listening on {host}: other machines can reach this server, and it has no authentication",
            err=True, fg=typer.colors.YELLOW,
        )  # fmt: skip
    typer.echo(f"newsfold: serving {application.state.newsfold.store.url} on http://{host}:{port}/", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)


def main() -> None:
    """Entry point of the ``newsfold`` command."""
    app()


if __name__ == "__main__":
    main()
