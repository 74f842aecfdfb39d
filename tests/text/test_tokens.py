"""Tokens over normalised text."""

def test_a_word_ending_in_alef_glued_to_a_conjoined_definite_word_is_two_tokens():
    from marsad.text.tokens import tokenize

    assert [t.text for t in tokenize("في سورياوالعراق")] == ["في", "سوريا", "والعراق"]
    # words that merely contain و after alef stay whole
    assert [t.text for t in tokenize("الاموال والاحوال")] == ["الاموال", "والاحوال"]
