"""`python -m factcheck` runs the command line, like the `factcheck` script."""

from factcheck.cli import main

main()
