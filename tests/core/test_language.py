"""The English check: other languages and scripts are told apart; thin English stays English."""

from __future__ import annotations

import pytest

from app.core.language import check_english

# My own sentences, each language's repeated to a page's length.
ENGLISH = (
    "The harbour board said on Monday that it would close the old ferry pier for repairs. "
    "Residents who use the crossing every day have been told to take the bus, which runs "
    "every twenty minutes from the market square. "
) * 4
FRENCH = (
    "Le conseil municipal a voté lundi la fermeture du vieux quai pour des travaux. Les "
    "habitants qui prennent le bac tous les jours sont invités à prendre le bus, qui part de "
    "la place du marché toutes les vingt minutes et qui est gratuit pour les enfants. "
) * 4
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, den alten Anleger für Reparaturen zu schließen. "
    "Die Bewohner, die jeden Tag mit der Fähre fahren, sollen den Bus nehmen, der alle "
    "zwanzig Minuten vom Marktplatz abfährt und für Kinder nicht zu bezahlen ist. "
) * 4
PORTUGUESE = (
    "A câmara municipal decidiu na segunda-feira fechar o velho cais para obras. Os "
    "moradores que usam a travessia todos os dias devem apanhar o autocarro, que sai da praça "
    "do mercado a cada vinte minutos e que é gratuito para as crianças da escola. "
) * 4
RUSSIAN = (
    "Городской совет в понедельник решил закрыть старый причал на ремонт. Жителям, которые "
    "каждый день пользуются паромом, предложили ездить на автобусе от рыночной площади. "
) * 4
# English with few function words: a results page of names and scores.
SCORES = "\n".join(
    f"Riverside {n}, Hillcrest {n + 3}: Jordan Pike 14 points, Sam Okoro 11 rebounds"
    for n in range(20)
)


@pytest.mark.parametrize("text", [ENGLISH, SCORES], ids=["prose", "scores"])
def test_english_reads_as_english(text):
    assert check_english(text).english


@pytest.mark.parametrize(
    "text", [FRENCH, GERMAN, PORTUGUESE, RUSSIAN], ids=["fr", "de", "pt", "ru"]
)
def test_other_languages_do_not(text):
    assert not check_english(text).english


def test_a_quoted_foreign_phrase_in_english_prose_stays_english():
    text = ENGLISH + 'The mayor added, in French, "le bus est gratuit pour les enfants".'
    assert check_english(text).english


def test_a_short_text_gets_the_benefit_of_the_doubt():
    assert check_english("Le bac est fermé.").english
    assert check_english("").english


def test_a_long_text_in_another_script_without_spaces_is_caught():
    # Japanese-like text: few "words" (runs of letters), many letters of another script.
    assert not check_english("港の古い桟橋は月曜日から修理のため閉鎖されます。" * 12).english
