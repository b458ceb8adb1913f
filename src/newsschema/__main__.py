"""``python -m newsschema``: the command line."""

from newsschema.cli import main

raise SystemExit(main())
