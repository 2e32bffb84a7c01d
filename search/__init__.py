"""mali-tui engine: reading, cleaning, entities, the Whoosh index, queries and the headless CLI.

This package never imports ``textual`` or ``tui`` (``tests/test_boundary.py`` enforces it).
"""

__version__ = "0.1.0"
