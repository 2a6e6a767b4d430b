"""Modal screens of the workbench; each returns its result on dismiss."""
