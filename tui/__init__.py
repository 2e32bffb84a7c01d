"""mali-tui's Textual app. Imports nothing heavy at package import; see ``tui.main``."""
