"""Exact expectations for the two real samples in resources/demo (FORMAT.md's seeds)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.ingest.documents import ParsedDocument
from desktop.ingest.parse import parse_bytes
from tests.ingest.builders import SEED_A, SEED_A_TITLE, SEED_B, SEED_B_TITLE

A_PARAGRAPHS = [
    "The coordinator of strategic communications of the US National Security Council, a representative of the"
    " US administration, John Kirby, said that there are no plans to organize a personal meeting between the US"
    " and Russian presidents. In his opinion, the White House now sees no readiness for serious negotiations on"
    " the part of Moscow.",
    "At the same time, Kirby added that Biden could meet with Vladimir Putin if the White House sees Russia's"
    " readiness for negotiations. The day before, it was practically the same, only with regard to Kyiv and the"
    " United States, the President of the Russian Federation said.",
    "During the visit of the Ukrainian President to Washington, Joe Biden said that the United States supports"
    " Ukraine's aspirations for a just world. Probably, in order to achieve justice in Biden's understanding, a"
    " new package of weapons was allocated to the Kyiv regime. Press Secretary of the Russian President Dmitry"
    " Peskov expressed regret over such a decision by the American leadership.",
    # "Biden and Zelensky made no real calls for peace" / "Peskov commented on the results of the meeting in
    # Washington." is a related-article teaser (a linked headline and its lead): junk, kept in raw only.
    "Earlier, The Wall Street Journal reported on the work on the draft peace treaty in the Zelensky"
    " administration. As noted in the publication, the President of Ukraine will reveal its details on February"
    " 24, 2023. At the moment, Kyiv continues to put forward impossible conditions for the start of the"
    " negotiation process, including the demand for the complete withdrawal of Russian troops from the territory"
    " of Donbass and Crimea.",
]

SMIRNOFF_BODY = "\n".join(
    [
        "....if the White House sees Russia's readiness...?",
        "",
        "It is not Russia that needs to prepare, but the United States!",
        "All negotiations, over time, will be held only on the terms of Russia and only Russia!",
        "The times of US dictate and blackmail are over!",
        "Who is the American terrorist democracy here? SLAY!!!",
        "Your time is up! It's time to DESTROY and DESTROY to smithereens!",
        "Ukraine is just a WARM-UP for the Russian Armed Forces!",
        "USA's days are numbered! Mafia shady American bigwigs don't see it.",
        "Time will pass quickly. They will not have time to look back, as the rout will overtake them! I guarantee!",
        "I act as a guarantor of the global DESTRUCTION and DESTRUCTION of the American terrorist democracy of the"
        " USA!",
    ]
)

# handle, display name, status, posted, depth, parent index, path, body
A_COMMENTS = [
    (
        "rotkiv04", "Victor", "Offline", datetime(2022, 12, 23, 19, 38), 1, None, "1",
        "yeah, they\u2019ll do you a favor, these benefactors should have been brushed by Satan for a long time",
    ),
    (
        "Jacques sekavar", "Jacques Sekavar", "Offline", datetime(2022, 12, 23, 19, 39), 1, None, "2",
        "The representative of the Russian administration should have said this - Vladimir Putin may meet with"
        " the US president if the Kremlin sees the US's readiness for negotiations",
    ),
    ("Smirnoff", "Victor", "Offline", datetime(2022, 12, 23, 20, 29), 1, None, "3", SMIRNOFF_BODY),
    (
        "soloist2424", "Oleg", "Offline", datetime(2022, 12, 23, 21, 39), 1, None, "4",
        "Biden will be able to meet with the President of the Russian Federation if the United States hangs a"
        " white flag at the White House.",
    ),
    (
        "zenion", "zinovy", "Offline", datetime(2022, 12, 23, 21, 50), 1, None, "5",
        "Photo - beauty. In front of the goose, and behind him the goslings. Why should Americans negotiate with"
        " one that already belongs to the States.",
    ),
    (
        "In passing", "Galina Ro\u017ekova", "Offline", datetime(2022, 12, 23, 22, 29), 1, None, "6",
        "And what, the signature of the Anglo-Saxon is still worth something?",
    ),
    (
        "Vdars", "Victor", "Offline", datetime(2022, 12, 23, 22, 52), 2, 5, "6.1",
        "Only the cost of ink in the signature!",
    ),
    (
        "k7k8", "vic", "Offline", datetime(2022, 12, 23, 23, 28), 1, None, "7",
        SEED_A_TITLE + "\n\nTranslated from diplomatic into normal Russian: \"We got tired of calling, but they"
        " don't pick up the phone in the Kremlin\"",
    ),
]

B_PARAGRAPHS = [
    "Russia's position needs to be further explained United States in a \u201cdeeply philosophical way,\u201d"
    " said Dmitry Peskov.",
    "Negotiations between US Presidents Joe Biden and Russian President Vladimir Putin could take place if the"
    " American side wanted to listen to Moscow's concerns and return to discussing security guarantees. This was"
    " stated by the press secretary of the Russian leader Dmitry Peskov on the air of the Russia-1 TV channel,"
    " TASS reports on Sunday, October 30.",
    "\u201cThe desire of the United States to listen to our concerns,\u201d Peskov answered the question of what"
    " could become a platform for such negotiations. \u201cThat is, in fact, the desire of the United States to"
    " return to the state of December-January and ask the question: what the Russians are offering may not be"
    " everything suits us, but maybe we should still sit down at the negotiating table with them? I mean the"
    " draft documents that were submitted to both Brussels and Washington.",
    "that Russia's position must continue to be explained to the United States \u201cin an intelligible"
    " way.\u201d",
    "The Kremlin speaker believes that Russia offers negotiations \u201cfrom a strong position\u201d.",
    "\u201cNo matter how they (in the West and in Ukraine \u2013 ed.) perceive it, they see the de facto"
    " situation, the de facto situation does not and cannot speak of our weakness,\u201d Peskov said and"
    " expressed confidence that \u201d only a strong person can afford to extend the hand of peace and the hand"
    " of negotiations.\u201d",
    "\u201cThe President constantly says that he is open to the negotiation process, that is, it is always"
    " better to achieve your interests, ensuring your own security, at the negotiating table\u201d, \u2013"
    " summed up the representative of the Kremlin.",
    "Earlier, President of Ukraine Volodymyr Zelensky called Putin inadequate. According to him, Ukraine cannot"
    " negotiate with the current leadership of Russia.",
    "As you know, on October 4, Zelensky signed a decree that excludes negotiations with Putin, but negotiations"
    " with Russia are possible.",
    "And last week the Kremlin said that Putin was always open to negotiations with Ukraine.",
]


@pytest.fixture(scope="module")
def seed_a() -> ParsedDocument:
    documents = parse_bytes(SEED_A)
    assert len(documents) == 1
    return documents[0]


@pytest.fixture(scope="module")
def seed_b() -> ParsedDocument:
    documents = parse_bytes(SEED_B)
    assert len(documents) == 1
    return documents[0]


# -- Format A ------------------------------------------------------------------------------------


def test_seed_a_article(seed_a: ParsedDocument) -> None:
    assert seed_a.kind == "A"
    assert seed_a.index == 0
    assert seed_a.title == SEED_A_TITLE
    assert seed_a.subtitle is None
    assert seed_a.paragraphs == A_PARAGRAPHS
    assert seed_a.photo_credit == "White House website"


def test_seed_a_comments_exactly(seed_a: ParsedDocument) -> None:
    got = [
        (c.handle, c.display_name, c.status, c.posted_at, c.depth, c.parent, c.path, c.body)
        for c in seed_a.comments
    ]
    assert got == A_COMMENTS
    assert not any(c.truncated for c in seed_a.comments)


def test_seed_a_reply_under_comment_six(seed_a: ParsedDocument) -> None:
    reply = seed_a.comments[6]
    parent = seed_a.comments[reply.parent] if reply.parent is not None else None
    assert (reply.handle, reply.path, reply.depth) == ("Vdars", "6.1", 2)
    assert parent is not None and (parent.handle, parent.path) == ("In passing", "6")
    # The next top-level comment is the seventh, whatever the page numbered it.
    assert (seed_a.comments[7].handle, seed_a.comments[7].path, seed_a.comments[7].parent) == ("k7k8", "7", None)


def test_seed_a_keeps_the_interior_blank_line(seed_a: ParsedDocument) -> None:
    smirnoff = seed_a.comments[2]
    assert "readiness...?\n\nIt is not Russia" in smirnoff.body
    assert not smirnoff.body.startswith((" ", "\n")) and not smirnoff.body.endswith((" ", "\n"))


def test_seed_a_junk_is_out_of_the_text_but_in_raw(seed_a: ParsedDocument) -> None:
    cleaned = "\n".join([seed_a.title, *seed_a.paragraphs, *(c.body for c in seed_a.comments)])
    for junk in (
        "Photos used",
        "Dear reader, to leave comments on the publication, you must sign in.",
        "Biden and Zelensky made no real calls for peace",
        "Peskov commented on the results of the meeting in Washington.",
    ):
        assert junk not in cleaned
        assert junk in seed_a.raw
    assert seed_a.raw == SEED_A.decode("utf-8")


def test_seed_a_warnings(seed_a: ParsedDocument) -> None:
    assert seed_a.warnings == [
        "junk dropped: related-article teaser 'Biden and Zelensky made no real calls for peace'",
        "junk dropped: 'Photos used', 'Dear reader, to leave comments on the publication, you must …'",
    ]


# -- Format B ------------------------------------------------------------------------------------


def test_seed_b_article(seed_b: ParsedDocument) -> None:
    assert seed_b.kind == "B"
    assert seed_b.title == SEED_B_TITLE
    assert seed_b.subtitle == "Kremlin outlines platform for talks with US"
    assert seed_b.paragraphs == B_PARAGRAPHS
    assert seed_b.comments == []
    assert seed_b.photo_credit is None


def test_seed_b_junk_is_out_of_the_text_but_in_raw(seed_b: ParsedDocument) -> None:
    cleaned = "\n".join([seed_b.title, seed_b.subtitle or "", *seed_b.paragraphs])
    for junk in ("Spread the love", "< p>", "News from Telegram. Subscribe to our channel"):
        assert junk not in cleaned
        assert junk in seed_b.raw
    assert seed_b.raw == SEED_B.decode("utf-8")


def test_seed_b_warnings(seed_b: ParsedDocument) -> None:
    assert seed_b.warnings == ["junk dropped: 'Spread the love', 'News from Telegram. Subscribe to our channel'"]
