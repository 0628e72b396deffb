"""Focused unit tests of the provider helpers: output validation and prompts."""

import json

import pytest

from app.services.ai import Brief, Step
from app.services.ai.gemini import BadOutput, clean_markdown, parse_options
from app.services.ai.prompts import options_schema, step_prompt
from core.errors import ProviderError


def test_valid_options_are_cleaned() -> None:
    raw = json.dumps({"options": ["  one\n idea ", "two", "three"]})
    assert parse_options(raw, step=Step.IDEAS, count=3) == ["one idea", "two", "three"]


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        json.dumps({"choices": ["a", "b", "c"]}),
        json.dumps({"options": ["a", "b"]}),
        json.dumps({"options": ["a", "b", "c", "d"]}),
        json.dumps({"options": ["a", "A", "b"]}),
        json.dumps({"options": ["a", " ", "b"]}),
        json.dumps({"options": ["a", "b", 3]}),
        json.dumps({"options": ["a", "b", "x" * 1001]}),
        json.dumps(["a", "b", "c"]),
    ],
)
def test_bad_options_are_rejected(raw: str) -> None:
    with pytest.raises(BadOutput):
        parse_options(raw, step=Step.TITLES, count=3)


def test_outlines_are_lists_of_three_to_ten_headings() -> None:
    good = json.dumps({"options": [["a", "b", "c"], ["d", "e", "f", "g"]]})
    assert parse_options(good, step=Step.OUTLINES, count=2)[1] == ["d", "e", "f", "g"]
    for bad in (
        [["a", "b"], ["c", "d", "e"]],
        [["a"] * 11, ["b", "c", "d"]],
        [["a", "b", "c"], "flat"],
    ):
        with pytest.raises(BadOutput):
            parse_options(json.dumps({"options": bad}), step=Step.OUTLINES, count=2)


def test_fenced_markdown_is_unwrapped_and_size_capped() -> None:
    assert clean_markdown("```markdown\n# T\n\nBody\n```") == "# T\n\nBody"
    assert clean_markdown("# T") == "# T"
    with pytest.raises(ProviderError):
        clean_markdown("x" * 200_001)


def test_schemas_ask_for_exactly_n_items() -> None:
    schema = options_schema(Step.IDEAS, 7)["properties"]["options"]
    assert schema["minItems"] == schema["maxItems"] == 7
    assert options_schema(Step.OUTLINES, 5)["properties"]["options"]["items"]["type"] == "array"


def test_prompts_carry_earlier_choices_forward() -> None:
    brief = Brief(topic="tea", title="Green Tea", intro="Calm.", outline=["Leaves", "Water"])
    assert "Green Tea" not in step_prompt(Step.TITLES, brief, 5)
    assert "Green Tea" in step_prompt(Step.INTROS, brief, 5)
    assert "Calm." in step_prompt(Step.OUTLINES, brief, 5)
    assert "Leaves; Water" in step_prompt(Step.IMAGE_PROMPTS, brief, 5)
    assert "exactly 5 distinct" in step_prompt(Step.IDEAS, brief, 5)
