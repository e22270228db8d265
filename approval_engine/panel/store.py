"""The panel's tables live in the one store module: :mod:`approval_engine.store.panel`."""

from approval_engine.store.panel import STORE_FILE, StoreError, open_store, save

__all__ = ["STORE_FILE", "StoreError", "open_store", "save"]
