"""Explanations as feedback: what the page already says is not said again."""

from quizzes.generation.explain import _quote, for_wrong_answer


def test_feedback_after_a_wrong_answer_drops_what_the_page_already_says():
    markdown = (
        "**Listening closely.** The lesson says: “Listening closely builds trust.”\n\n"
        "Why not the others?\n\n"
        "- *Diagnosing*: Diagnosing is clinical work.\n"
        "- *Lecturing*: Lecturing talks down.\n\n"
        "[Read this part of the lesson](#why)"
    )
    trimmed = for_wrong_answer(markdown, answer="Listening closely", chosen="diagnosing.")
    assert trimmed.startswith("The lesson says: “Listening closely builds trust.”")
    assert "Diagnosing is clinical work." not in trimmed
    assert "- *Lecturing*: Lecturing talks down." in trimmed
    # A hand-written explanation in another shape is left as it is.
    own = "Listening comes first, as the lesson explains."
    assert for_wrong_answer(own, answer="Listening closely", chosen="Diagnosing") == own


def test_a_quoted_sentence_keeps_the_quotation_it_ends_with():
    assert _quote('Example: "What would help?"') == '\u201cExample: "What would help?"\u201d'
    assert _quote("\u201cListening builds trust.\u201d") == "\u201cListening builds trust.\u201d"
