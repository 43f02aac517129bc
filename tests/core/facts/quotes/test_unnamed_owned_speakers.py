"""Round 43 (issue 11): someone brought in unnamed by a named person's noun ("Grey's lawyer",
"Mrs Marsh's husband") is not the person named before: "the lawyer" and "he" after them get no
speaker, where the tracker gave the last man named. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_BODY = (
    "Peter Grey, 52, admitted causing death by dangerous driving.\n\n"
    "{owner} said his client was deeply sorry. “He will live with this for ever,” the lawyer "
    "said.\n\n"
    "The mother of one of the victims, Susan Marsh, spoke outside court. “Nothing will bring "
    "my son back,” she said.\n\n"
    "Mrs Marsh's husband said the family would campaign for safer roads. “We want proper cycle "
    "lanes,” he said."
)


def test_the_lawyer_and_he_after_a_named_owners_noun_are_no_one_named() -> None:
    assert speakers_of("", _BODY.format(owner="Grey's lawyer")) == [None, "Susan Marsh", None]


def test_guard_the_lawyer_named_after_the_noun_is_that_person() -> None:
    speakers = speakers_of("", _BODY.format(owner="Grey's lawyer, Tom Reed,"))
    assert speakers[0] == "Tom Reed"


def test_guard_a_description_set_off_after_a_name_is_that_persons() -> None:
    body = "Ana Ruiz, a lawyer, said the ruling was wrong.\n\n“We will appeal,” the lawyer said."
    assert speakers_of("", body) == ["Ana Ruiz"]
