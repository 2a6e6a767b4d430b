"""The review workbench (`factcheck review`): a Textual TUI over the store and review layer.

Textual draws a changed screen on its next frame, at most TEXTUAL_FPS frames a second
(60 by default), so a key waits up to one frame slot before its repaint shows. The
workbench asks for 120: a key pressed at a random moment shows about 4 ms sooner on
average and p90 key→frame at 100,000 claims drops from ~30 ms to ~20 ms
(benchmarks/tui.py). Frames are drawn only when something changed, so an idle
workbench costs nothing more. Set TEXTUAL_FPS yourself to choose another rate; it must
be set before Textual is first imported, which is why it is here.
"""

import os

WORKBENCH_FPS = "120"

os.environ.setdefault("TEXTUAL_FPS", WORKBENCH_FPS)
