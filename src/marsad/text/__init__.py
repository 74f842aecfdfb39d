"""The Arabic text layer: normalisation with an offset map, sentences, tokens with clitics, phrase matching."""

from marsad.text.normalize import Normalized, norm, normalize
from marsad.text.segment import Sentence, paragraphs, sentences
from marsad.text.tokens import Token, stems, tokenize

__all__ = ["Normalized", "Sentence", "Token", "norm", "normalize", "paragraphs", "sentences", "stems", "tokenize"]
