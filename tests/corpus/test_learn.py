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
    from docclean.corpus.learn import Pilot

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


def test_a_folder_met_after_a_renewal_has_its_chrome_learned_without_waiting_for_the_next() -> None:
    """A renewal just before a new site's first documents (here a line newly frequent in the
    last documents of the first site): the new site's banner is learned once it is frequent,
    not one renewal interval (1/32 of the documents) later."""
    from docclean.corpus.learn import Pilot

    pilot = Pilot(frozenset(), enabled=True)
    n = 0

    def add(edges: list[str]) -> None:
        nonlocal n
        n += 1
        pilot.add({"status": "ok", "edges": sorted(edges), "body": f"body{n}"})

    for i in range(1500):
        add(["s0head", *(["late"] if i >= 1485 else [])])  # `late` frequent (15 = 1 %) at the last one
    assert pilot.last == 1500  # renewed at the last document of the first site (`late` judged content)
    met = 0
    while "s1head" not in pilot.learned and met < 60:
        add(["s1head"])
        met += 1
    assert met <= 16  # frequent at 1 % of ~1,515 documents (16), where the interval is 47 documents


def test_only_a_line_whose_votes_are_all_recent_and_pass_the_relative_guard_is_learned_between_renewals() -> None:
    from docclean.corpus.learn import Pilot

    pilot = Pilot(frozenset(), enabled=True)
    c = pilot.counter
    for i in range(300):  # a banner in the first 290 documents, a new site's in the last 10
        edges = ["old"] if i < 290 else ["new", *(["weak"] if i >= 296 else [])]
        c.add(sorted([*edges, *(["spread"] if i % 30 == 0 else [])]), f"b{i}")
    assert pilot._recent("new")  # its 10 votes are the last 10 documents
    assert not pilot._recent("spread")  # 10 votes over all 300 documents: left to the next renewal
    assert not pilot._recent("weak")  # recent, but 4 votes beside a line in 10 of those documents: content
