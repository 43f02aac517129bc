"""An initiative's actor "the authority" is never the firm the article is about (our own
article: a drug maker shuts a plant; the council's leader answers with a taskforce)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import initiatives

_TEXT = (
    "Drug maker to cut 400 jobs as it shuts Kelby plant\n\n"
    "Pharmaceutical company Norvane will close its factory in Kelby next year with the loss "
    "of 400 jobs, the firm announced on Monday.\n\n"
    "The plant, which makes tablets for high blood pressure, will wind down production from "
    "April and close completely by the end of September, Norvane said in a statement. The "
    "company blamed falling demand and cheaper competition from overseas.\n\n"
    "Staff were told at a meeting on Monday morning. One worker, who asked not to be named, "
    'said: "Nobody saw this coming. Some of us have been here thirty years."\n\n'
    'The union Unite said it would fight the closure. "This is a profitable site with a '
    'skilled workforce, and we will be pressing the company to think again," said regional '
    "officer Dean Farrow.\n\n"
    "Norvane's chief executive, Anna Lindqvist, said the decision had been \"extremely "
    'difficult". She added that the company would offer redeployment to other sites where '
    "possible and would set up a support centre to help staff find new work.\n\n"
    "The local MP, Gareth Price, said he had asked for an urgent meeting with the business "
    'secretary. "Four hundred families will be worried sick tonight," he said.\n\n'
    "Kelby's council leader said the authority would launch a jobs taskforce with the "
    "regional college to retrain workers."
)


def test_a_taskforce_set_up_by_the_authority_is_not_the_firms() -> None:
    found = {i.text: i.actor for i in initiatives.extract(Document.from_text(_TEXT))}
    assert "jobs taskforce" in found
    assert found["jobs taskforce"] != "Norvane"
