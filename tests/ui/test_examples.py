"""Example questions come from the loaded papers, so they fit whatever the user ingested."""

from assistant.ingest import ingest_paths
from ui.examples import FALLBACK, example_questions, short_name


def test_examples_name_papers_that_are_in_the_store(mock_app, data_dir):
    assert example_questions(mock_app.store) == FALLBACK  # empty store
    ingest_paths(mock_app.store, [data_dir / "seed_digest.md"])
    examples = example_questions(mock_app.store)
    titles = " ".join(p.title for p in mock_app.store.iter_papers())
    assert len(examples) == 4 and examples[0].startswith("What does ") and "解决了什么问题" in examples[1]
    assert examples[0].removeprefix("What does ").removesuffix(" propose?") in titles
    assert examples[2].startswith("compare ") and "简报" in examples[3]


def test_short_name():
    assert short_name("GCRank: A Generative Contextual Comprehension Paradigm") == "GCRank"
    assert short_name("FUSE : Failure-aware Usage of Subagent Evidence") == "FUSE"
    assert short_name("Tree of Preferences for Diversified Recommendation") is None
    assert short_name("a long lowercase heading that is not a name: subtitle") is None
