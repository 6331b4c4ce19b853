"""``python -m newsfold``."""

from newsfold.cli import main

main()
