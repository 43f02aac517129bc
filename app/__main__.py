"""`python -m app [FILE]`: the desktop app, as `keyfacts [FILE]`."""

from app.gui.entry import main

raise SystemExit(main())
