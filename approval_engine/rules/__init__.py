"""Rules: the rule language and its loader (language), the compiler to
durable-rules (compile), the durable-rules adapter (engine)."""

from approval_engine.rules.language import Rule, Ruleset
from approval_engine.rules.loader import load_ruleset
from approval_engine.rules.patterns import CompiledRuleset

__all__ = ["CompiledRuleset", "Rule", "Ruleset", "load_ruleset"]
