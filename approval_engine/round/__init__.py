"""A round: every application in a folder evaluated in worker processes, the store, the summary."""
