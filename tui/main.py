"""The ``mali-tui`` command: the app without arguments, the headless commands otherwise."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def run_app(args: argparse.Namespace) -> int:
    """Open the Textual app on the configured corpus (indexing it in the background if needed)."""
    from search.config import load_config
    from search.index import default_index_dir

    config = load_config(args.config)
    index_dir = args.index_dir or default_index_dir(config)
    from tui.app import MaliTuiApp

    app = MaliTuiApp(config=config, index_dir=index_dir)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point."""
    from search.cli import main as cli_main

    code = cli_main(argv, app=run_app)
    sys.stdout.flush()
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
