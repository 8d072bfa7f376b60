"""bench/digest_topics.py reports every labelled fresh group beside the others (session 15: the seventh group)."""

from types import SimpleNamespace

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


def test_the_twelfth_group_is_a_group_of_its_own():
    """Session 19: the twelfth group (labelled blind before any measurement) has its own row in GROUPS."""
    twelfth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "twelfth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(twelfth) == 6 and set(twelfth) <= {t.id for t in topics} and not set(twelfth) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))  # disjoint from the earlier groups
    items = [_item(i, n, 1, 2) for i in twelfth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in twelfth])
    assert any(x.startswith("| fresh, twelfth group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_thirteenth_group_is_a_group_of_its_own():
    """Session 20: the thirteenth group (labelled blind before any measurement) has its own row in GROUPS."""
    thirteenth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "thirteenth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(thirteenth) == 6 and set(thirteenth) <= {t.id for t in topics} and not set(thirteenth) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))  # disjoint from the earlier groups
    items = [_item(i, n, 1, 2) for i in thirteenth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in thirteenth])
    assert any(x.startswith("| fresh, thirteenth group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_fourteenth_group_is_a_group_of_its_own():
    """Session 21: the fourteenth group (labelled blind before any measurement) has its own row in GROUPS."""
    fourteenth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "fourteenth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(fourteenth) == 6 and set(fourteenth) <= {t.id for t in topics} and not set(fourteenth) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))  # disjoint from the earlier groups
    items = [_item(i, n, 1, 2) for i in fourteenth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in fourteenth])
    assert any(x.startswith("| fresh, fourteenth group (6) | precision (all listed)") and "0.50" in x for x in lines)


def test_the_fifteenth_group_is_a_group_of_its_own():
    """Session 22: the fifteenth group (labelled blind before any measurement) has its own row in GROUPS."""
    fifteenth = next(group for group, ordinal, _ in bt.GROUPS if ordinal == "fifteenth")
    _, topics = load_topic_file(bt.TOPICS)
    assert len(fifteenth) == 6 and set(fifteenth) <= {t.id for t in topics} and not set(fifteenth) & set(bt.FIRST)
    assert sum(len(g) for g, _, _ in bt.GROUPS) == len(set(bt.FRESH))  # disjoint from the earlier groups
    items = [_item(i, n, 1, 2) for i in fifteenth for n in bt.SIZES]
    lines = bt.split_table([("after", items)], [SimpleNamespace(id=i) for i in fifteenth])
    assert any(x.startswith("| fresh, fifteenth group (6) | precision (all listed)") and "0.50" in x for x in lines)
