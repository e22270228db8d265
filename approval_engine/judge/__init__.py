"""Judging an application: perception (facts asserted from the text) and the rule engine's verdicts."""
