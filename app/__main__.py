"""`python -m app [FILE]`: the desktop app, as `keyfacts [FILE]`."""

from app.gui.entry import main

if __name__ == "__main__":  # a spawned worker (`core.side_process`) must not open a window
    raise SystemExit(main())
