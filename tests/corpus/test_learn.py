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


def test_the_pilot_learns_a_site_met_late_soon_and_renews_only_for_new_lines() -> None:
    from docclean.corpus.run import Pilot

    pilot = Pilot(frozenset(), enabled=True)
    learned_at: dict[str, int] = {}
    renewals = 0
    n = 0
    for site in range(3):  # the walk is sorted by folder: one site after another
        for i in range(400):
            n += 1
            # the site's banner and footer, and one of 20 generic titles (content: each in ~20 of 400)
            edges = sorted([f"s{site}head", f"s{site}foot", f"title{i % 20}"])
            last = pilot.last
            pilot.add({"status": "ok", "edges": edges, "body": f"body{n}"})
            renewals += pilot.last != last
            for k in pilot.learned:
                learned_at.setdefault(k, n)
    assert all(not k.startswith("title") for k in pilot.learned)  # the titles were judged content
    for site in range(3):
        start = site * 400 + 1
        assert learned_at[f"s{site}head"] - start < 40 and learned_at[f"s{site}foot"] - start < 40
    assert renewals <= 10  # not one per interval for the titles judged already
