"""YAML read safely, and quickly: one loader for the catalogue, rulesets and
applications written as YAML."""

from __future__ import annotations

import yaml

__all__ = ["SAFE_LOADER", "YAMLError", "safe_load"]

YAMLError = yaml.YAMLError

#: the safe loader (no Python object tags, nothing executed), in C where PyYAML was
#: built with libyaml: it reads the shipped ruleset many times as fast as the Python one
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> object:
    """Parse YAML text with :data:`SAFE_LOADER` (raises :class:`YAMLError`)."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
