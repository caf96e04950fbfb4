"""Run history: every training run, from the Train panel or the command line, kept in one SQLite
file in the user data folder (schema and migrations, the store, the recording listener, the
background queue that keeps the disk away from the GUI thread, CSV export). Never imports Qt."""
