"""bench/digest_topics.py reports every labelled fresh group beside the others (session 15: the seventh group)."""

from types import SimpleNamespace

import pytest

from assistant.eval.digests import load_topic_file
from bench import digest_topics as bt


def _item(topic_id: str, size: int, on: int, listed: int) -> dict:
    return {"id": topic_id, "max_papers": size, "papers": listed, "on_topic": on, "precision": on / listed,
            "recall": 0.5, "purity": {"members": 0, "pure": 0, "other": 0}, "overview": None, "seconds": 1.0,
            "only_note": False, "error": None}


def test_the_seventh_group_is_a_group_of_its_own():
    groups = tuple(group for group, _, _ in bt.GROUPS)
    assert set(bt.NEW7) <= set(bt.FRESH) and not set(bt.NEW7) & set(bt.FIRST)
    assert sum(len(g) for g in groups) == len(set(bt.FRESH))  # disjoint
    _, topics = load_topic_file(bt.TOPICS)
    assert set(bt.NEW7) <= {t.id for t in topics}


def test_split_table_has_a_seventh_group_row():
    topics = [SimpleNamespace(id=i) for i in ("vlm-hallucination", "pref-opt", "vln")]
    items = [_item(t.id, n, 3, 4) for t in topics for n in bt.SIZES]
    lines = bt.split_table([("after", items)], topics)
    rows = [x for x in lines if x.startswith("| fresh, seventh group (2) | precision (all listed)")]
    assert rows and "0.75" in rows[0]


def test_the_eighth_group_is_a_group_of_its_own():
    """Session 16: the eighth group (labelled blind in b58330f, measured blind in 9f18926) is reported apart."""
    assert set(bt.NEW8) <= set(bt.FRESH) and not set(bt.NEW8) & (set(bt.FIRST) | set(bt.NEW7))
    _, topics = load_topic_file(bt.TOPICS)
    assert set(bt.NEW8) <= {t.id for t in topics}
    items = [_item(i, n, 1, 2) for i in bt.NEW8 for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in bt.NEW8])
    assert any(x.startswith("| fresh, eighth group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_tenth_group_is_a_group_of_its_own():
    """Session 17: the tenth group (labelled blind before any measurement) has its own row in GROUPS."""
    tenth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "tenth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(tenth) == 6 and set(tenth) <= {t.id for t in topics} and not set(tenth) & set(bt.FIRST)
    items = [_item(i, n, 1, 2) for i in tenth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in tenth])
    assert any(x.startswith("| fresh, tenth group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_eleventh_group_is_a_group_of_its_own():
    """Session 18: the eleventh group (labelled blind before any measurement) has its own row in GROUPS."""
    eleventh = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "eleventh")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(eleventh) == 6 and set(eleventh) <= {t.id for t in topics} and not set(eleventh) & set(bt.FIRST)
    items = [_item(i, n, 1, 2) for i in eleventh for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in eleventh])
    assert any(x.startswith("| fresh, eleventh group (6) | precision (all listed)") and "0.50" in x for x in lines)


@pytest.mark.parametrize("ordinal", ["twelfth", "thirteenth", "fourteenth", "fifteenth", "seventeenth", "eighteenth",
                                     "nineteenth", "twentieth", "twenty-first", "twenty-second",
                                     "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
                                     "twenty-seventh", "twenty-ninth", "twenty-eighth", "thirtieth",
                                     "thirty-first", "thirty-second", "thirty-third", "thirty-fifth",
                                     "thirty-fourth", "thirty-seventh",
                                     "thirty-sixth", "thirty-ninth", "thirty-eighth", "fortieth", "forty-first",
                                     "forty-third", "forty-second", "forty-fifth",
                                     "forty-fourth", "forty-sixth", "forty-seventh", "forty-eighth",
                                     "forty-ninth", "fifty-first", "fiftieth"])
def test_each_later_group_is_a_group_of_its_own(ordinal):
    """Sessions 19-22 and 24-43: each fresh group (labelled blind before any measurement) has its own row in GROUPS, disjoint
    from the earlier groups."""
    group = next(group for group, name, _ in bt.GROUPS if name == ordinal)
    _, topics = load_topic_file(bt.TOPICS)
    assert len(group) == 6 and set(group) <= {t.id for t in topics} and not set(group) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))
    items = [_item(i, n, 1, 2) for i in group for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in group])
    assert any(x.startswith(f"| fresh, {ordinal} group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_sixteenth_group_is_a_group_of_its_own():
    """Session 23: the sixteenth group (labelled blind before any measurement) has its own row in GROUPS."""
    sixteenth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "sixteenth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(sixteenth) == 6 and set(sixteenth) <= {t.id for t in topics} and not set(sixteenth) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))  # disjoint from the earlier groups
    items = [_item(i, n, 1, 2) for i in sixteenth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in sixteenth])
    assert any(x.startswith("| fresh, sixteenth group (6) | precision (all listed)") and "0.50" in x for x in lines)
