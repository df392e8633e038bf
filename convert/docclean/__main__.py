"""`python -m docclean` is `docclean`."""

from .cli import main

raise SystemExit(main())
