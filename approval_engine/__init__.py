"""approval-engine: judge SENCO training providers' applications against the
TDA 2008 specification and report, with evidence, where they fall short.

Pipeline (one module per stage):
    extract   Word file -> ExtractedDocument (blocks with locations)
    model     ExtractedDocument -> Application (sections, passages, programme facts)
    facts     Application + Ruleset -> per-requirement facts with candidate evidence
    rules     ruleset data -> validated Ruleset -> durable-rules rulesets -> decisions
    verdicts  decisions + evidence -> Report
    report    Report -> HTML / Markdown / JSON
"""

__version__ = "0.1.0"
