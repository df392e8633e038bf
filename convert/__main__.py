"""`python -m convert` is `docclean`."""

from .cli import main

raise SystemExit(main())
