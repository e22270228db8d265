"""Whether a sentence gives the specification back rather than saying what the
programme does: a requirement copied out whole, its wording framed as a
prompt, a quotation or a promise, or (for an aspect) a sentence made mostly of
one requirement's own terms. A mixin of the perceiver, which holds the
specification's wording (``spec``), the signals (``sig``) and the caches."""

from __future__ import annotations

from approval_engine.judge.text import holds, word_sets, words

RESTATEMENT_MIN_WORDS = 4  # a sentence this short says too little to be a restatement
RESTATEMENT_SHARE = 0.85  # of its own words (framing aside), the share that is the specification's wording
QUOTATION_WORDS = 12  # a restatement this long is a quotation, framed or not
ECHO_SHARE = 0.6  # of a sentence's own words, the share from one specification passage that makes it an echo
COPY_MIN_WORDS = 6  # a sentence this long that is one specification sentence copied out is a quotation
COPY_SHARE = 0.9  # ... nearly all its words that sentence's, and nearly all that sentence's words in it


class RestatementReader:
    """Needs ``self.spec`` (the specification's passages as word sets), ``self.sig``
    (the compiled signals), and the dicts ``self._own_words`` and ``self._framed``."""

    def _copied(self, text: str) -> bool:
        """The sentence is one of the specification's sentences copied out, every word of it
        (its framing words too: "enable participants to ..." is the requirement's own opening)."""
        whole = words(text)
        if len(whole) >= COPY_MIN_WORDS:
            return word_sets(self.spec).copies(whole, COPY_SHARE, COPY_SHARE)
        # a short one ("6.S4 Deploy and manage staff effectively ...") only when it is that sentence word for word
        return len(whole) >= RESTATEMENT_MIN_WORDS and word_sets(self.spec).copies(whole, 1.0, 1.0)

    def restates_spec(self, text: str, anywhere: bool = False, frame: str = "") -> bool:
        """The sentence gives the specification back: its words, framing aside, are
        nearly all the specification's own, and it is framed as a prompt, a quotation
        or a promise (signals.spec_frame, in the sentence or in ``frame``, its paragraph)
        or is long enough to be a quotation. With ``anywhere``, the wording alone decides
        (a table cell where a module belongs)."""
        if not self.spec:
            return False
        own = self._own(text)
        if len(own) < RESTATEMENT_MIN_WORDS:
            return False
        if self._copied(text):
            return True  # a requirement or guidance sentence pasted whole is a quotation, framed or not
        if not (anywhere or len(own) >= QUOTATION_WORDS):
            where = frame or text
            framed = self._framed.get(where)
            if framed is None:
                framed = self._framed[where] = bool(holds(self.sig.get("spec_frame"), where))
            if not framed:
                return False
        return word_sets(self.spec).shares(own, RESTATEMENT_SHARE * len(own))

    def echoes_spec(self, text: str) -> bool:
        """Most of the sentence's own words (framing aside) are one specification passage's:
        "The programme is of high quality and is tailored to the needs of each participant."."""
        if not self.spec:
            return False
        own = self._own(text)
        return len(own) >= RESTATEMENT_MIN_WORDS and word_sets(self.spec).shares(own, ECHO_SHARE * len(own))

    def _own(self, text: str) -> set[str]:
        """The sentence's own content words: its framing ("The TDA requires that") taken out."""
        own = self._own_words.get(text)
        if own is None:
            framing = self.sig.get("restatement_framing")
            own = self._own_words[text] = words(framing.sub(" ", text) if framing is not None else text)
        return own
