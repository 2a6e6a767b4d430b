"""The review workbench (`factcheck review`): a Textual TUI over the store and review layer."""
