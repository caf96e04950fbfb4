"""The model in use: its one owner, and saving it (every feature follows it, none owns it)."""
