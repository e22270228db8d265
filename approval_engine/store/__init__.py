"""The SQLite store: a round's runs and results (:mod:`.round`) and the
panel's reviews and decisions (:mod:`.panel`), in one file or two, under one
schema-version scheme (:mod:`.schema`)."""
