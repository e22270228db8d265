"""Rules: the rule language and its loader (language), the compiler to
durable-rules (compile), the durable-rules adapter (engine)."""

from approval_engine.rules.language import CompiledRuleset, Rule, Ruleset, load_ruleset

__all__ = ["CompiledRuleset", "Rule", "Ruleset", "load_ruleset"]
