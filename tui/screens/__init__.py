"""The app's screens: main, help, raw view and the pickers (imported where used, to keep start-up light)."""
