// Course: the lesson and quiz format, the loader, the linter, progress and string catalogs (pure).
