"""The form's own prompts: guidance paragraphs that are never evidence.

The application template (:mod:`approval_engine.provider.template`) puts an
italic prompt under every requirement heading, one paragraph beginning with
:data:`GUIDANCE_MARKER`, and asks the provider to delete it once the answer
is written. A prompt left in a draft quotes the specification's own wording,
so read as an answer it would look like evidence of everything it asks for.

Recognising such a paragraph is a step of reading the application, the same
for every command: :func:`is_prompt` is what the application model uses to
give it the passage kind :data:`PROMPT_KIND`, which the judge never reads as
evidence and the provider's check counts and reports.
"""

from __future__ import annotations

import re

#: The passage kind of a prompt paragraph (see :mod:`approval_engine.ingest.model`).
PROMPT_KIND = "prompt"

#: How the template begins every prompt paragraph (written as a placeholder in square brackets).
GUIDANCE_MARKER = "[Guidance – delete this paragraph and insert your answer below]"

# "[Guidance" at the start, whatever follows: a provider may have shortened or retyped the marker
_PROMPT_RE = re.compile(r"^\s*\[\s*guidance\b", re.I)


def is_prompt(text: str | None) -> bool:
    """True for a prompt paragraph of the template (one that begins ``[Guidance``)."""
    return bool(_PROMPT_RE.match(text or ""))
