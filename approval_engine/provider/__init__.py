"""Providers' tools: self-check of a draft, comparison of drafts, the Word template."""
