"""The morphology tables load without spaCy: lemminflect's package init would import it
(1.5-2 s in every ingest worker) only to register token extensions analysis/ never uses."""

import importlib.util
import subprocess
import sys

import pytest

from workbench.analysis.lexicon import all_lemmas


def test_lemmas_come_from_lemminflect() -> None:
    assert "resign" in all_lemmas("resigned")["VERB"]
    assert "sell" in all_lemmas("sold")["VERB"]


# Irregular forms, overrides, words of several parts of speech, capitals, hyphens, unknown words.
WORDS = """sold struck fled data media won lost began axes leaves saw lay lain ground found bore better best
news police houses homes went was were is ran resigned walkout Police US IT trans-Atlantic McDonald's
zzyzx 12 co-operate people children mice geese analyses criteria""".split()


@pytest.mark.parametrize("word", WORDS)
def test_the_fast_table_lookup_answers_as_lemminflects_own(word: str) -> None:
    import lemminflect

    assert all_lemmas(word) == lemminflect.getAllLemmas(word)


@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy is not installed here")
def test_analysing_an_article_does_not_import_spacy() -> None:
    script = (
        "import sys; from workbench.analysis import analyse_article; "
        "analyse_article('The minister resigned on Tuesday, officials said. Police arrested 12 people.'); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy is not installed here")
def test_a_caller_that_loaded_spacy_keeps_lemminflects_hook() -> None:
    script = (
        "import spacy; from workbench.analysis.lexicon import all_lemmas; all_lemmas('ran'); "
        "print(spacy.tokens.Token.has_extension('lemma'))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


@pytest.mark.parametrize("written, value", [("27", 27), ("1,400", 1400), ("0.65", 0.65), ("nine", 9),
                                            ("Twenty-three", 23), ("a", 1), ("an", 1)])
def test_count_value_reads_digits_and_words(written, value):
    from workbench.analysis.lexicon import count_value
    assert count_value(written) == value
