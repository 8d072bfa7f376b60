"""The verifier: fabricated citations removed, unsupported numbers dropped, refusals detected."""

from assistant.citations import parse_numbers, verify

SOURCES = {
    1: "GCRank improves CTR by 2.5% on a food delivery platform with 1.2 billion users.",
    2: "HarmonRank 在快手直播电商平台（4亿日活用户）全面部署，贡献超过2%的购买增益。",
}


def test_number_normalisation():
    values = {raw: scaled for raw, _, scaled in parse_numbers("12亿 1.2 billion 1.2B 4亿 400 million 3.5%")}
    assert values["12"] == values["1.2"] == 1.2e9
    assert values["4"] == values["400"] == 4e8
    # digits inside names are not claims
    assert parse_numbers("Qwen2.5 GPT-4o WMT14 2601.02361v2") == []


def test_fabricated_citation_removed_and_counted():
    v = verify("GCRank improves CTR [1][7]. Nonsense claim [9].", SOURCES)
    assert v.removed_citations == 2 and v.cited == [1]
    assert "[7]" not in v.text and "[9]" not in v.text
    assert v.dropped and v.dropped[0]["reason"] == "no source supports it"


def test_unsupported_number_is_dropped_supported_kept():
    v = verify("GCRank reports a BLEU of 2.36 on WMT14 [1]. GCRank improves CTR by 2.5% [1].", SOURCES,
               question="What BLEU does GCRank report on WMT14?")
    assert v.text == "GCRank improves CTR by 2.5% [1]."
    assert "2.36" in v.dropped[0]["reason"]


def test_cross_unit_numbers_are_supported():
    v = verify("HarmonRank 部署在拥有400 million 日活用户的平台上[2]。", SOURCES)
    assert v.cited == [2] and not v.dropped
    v = verify("The platform has 12亿 users [1].", SOURCES)
    assert v.cited == [1] and not v.dropped


def test_missing_citation_attached_when_clear():
    v = verify("HarmonRank 在快手直播电商平台全面部署，贡献超过2%的购买增益。", SOURCES)
    assert v.cited == [2] and v.attached_citations == 1 and v.text.endswith("[2]。")


def test_refusals():
    assert verify("NOT_FOUND", SOURCES).refused
    assert verify("", SOURCES).refused
    everything_dropped = verify("The answer is 42 [1].", SOURCES)
    assert everything_dropped.refused and everything_dropped.dropped


def test_an_abbreviation_before_a_number_ends_no_sentence():
    """"(78.67% vs. 78.00% under line shuffling)" is one sentence: read in halves, the model saw "78.67% vs." without
    what it measures and gave another sentence's 83% (h23-n-cot-pretrained)."""
    from assistant.citations import split_sentences

    text = ("Pretrained-only and instruction-tuned variants exhibit near-identical tolerance (78.67% vs. 78.00% under "
            "line shuffling), indicating order-independence. As in Fig. 3 and Eq. 2, cf. Smith et al. (2020). "
            "It ends here. Next one.")
    assert split_sentences(text) == [
        "Pretrained-only and instruction-tuned variants exhibit near-identical tolerance (78.67% vs. 78.00% under "
        "line shuffling), indicating order-independence.",
        "As in Fig. 3 and Eq. 2, cf. Smith et al. (2020).", "It ends here.", "Next one."]
    # ... but "et al." and "resp." before a capitalised word end their sentence (the claims of two papers were one)
    assert split_sentences("We compare with Zhang et al. The results show 5% gains.") == [
        "We compare with Zhang et al.", "The results show 5% gains."]
    assert split_sentences("It reaches 45.2 and 50.1 on A and B, resp. Our method is 3x faster.") == [
        "It reaches 45.2 and 50.1 on A and B, resp.", "Our method is 3x faster."]
