"""Which recurring edge lines a corpus learns as chrome, and which recurring content it keeps."""

from __future__ import annotations

from docclean.corpus.learn import EdgeCounter, learn


def test_site_banners_are_learned_and_a_generic_title_beside_them_is_not() -> None:
    c = EdgeCounter()
    for i in range(300):  # one site; 60 generic titles, each on 5 different speeches
        c.add(sorted({"好范文网", "本文来自好范文网转载请注明出处", f"在第{i % 60}次会议上的讲话"}), body=f"speech{i}")
    assert c.learned() == {"好范文网", "本文来自好范文网转载请注明出处"}


def test_a_small_sites_banner_is_learned_when_nothing_stronger_stands_beside_it() -> None:
    docs = [(["大网站"], f"a{i}") for i in range(1970)] + [(["小网站横幅"], f"b{i}") for i in range(30)]
    assert learn(docs) == {"大网站", "小网站横幅"}  # 30 of 2,000 documents: 1.5%


def test_copies_of_one_document_vote_once() -> None:
    same = (["在全县经济工作会议上的讲话", "一提高认识"], "one-speech")
    others = [([f"标题{i}"], f"body{i}") for i in range(96)]
    assert learn([same] * 4 + others) == frozenset()
    distinct = [(same[0], f"speech{i}") for i in range(4)]  # four documents, four bodies, same edges
    assert learn(distinct + others) == {"在全县经济工作会议上的讲话", "一提高认识"}


def test_thresholds_need_three_documents_and_one_percent() -> None:
    assert learn([(["横幅"], f"b{i}") for i in range(2)] + [([], f"x{i}") for i in range(10)]) == frozenset()
    assert learn([(["横幅"], f"b{i}") for i in range(3)] + [([], f"x{i}") for i in range(10)]) == {"横幅"}
    assert learn([(["横幅"], f"b{i}") for i in range(9)] + [([], f"x{i}") for i in range(1000)]) == frozenset()
