"""``python -m utils ...``: see :mod:`utils.cli`."""
from .cli import main

raise SystemExit(main())
