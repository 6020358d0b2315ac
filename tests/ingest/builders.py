"""Small Format A / Format B texts for the parser tests, built the way the extractor lays them out."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "resources" / "demo"
SEED_A = (SEEDS / "000_411a06d2a3450c80.txt").read_bytes()
SEED_B = (SEEDS / "004_67f11dfd8f1ffc8f.txt").read_bytes()
SEED_A_TITLE = (
    "US administration official: Biden can meet with the Russian president if the White House sees "
    "Russia's readiness for negotiations"
)
SEED_B_TITLE = "The Kremlin outlined a platform for negotiations with the United States"

TIME = "23 December 2022 19: 38"


def comment(
    depth: int,
    handle: str,
    body: str | list[str] = "Text.",
    *,
    number: int = 1,
    display: str | None = "Name",
    time: str = TIME,
    status: str = "Offline",
) -> list[str]:
    """One comment: header at 2*depth spaces, meta and body lines at 2*depth + 2."""
    header = " " * (2 * depth) + f"{number}. {handle} {status} {handle}"
    meta_parts = [handle]
    if display is not None:
        meta_parts.append(f"({display})")
    if time:
        meta_parts.append(time)
    indent = " " * (2 * depth + 2)
    body_lines = body.split("\n") if isinstance(body, str) else body
    return [header, indent + " ".join(meta_parts), *[(indent + line if line else "") for line in body_lines]]


def article_a(title: str = "A title for the article", *threads: list[str], sign_in: bool = True) -> str:
    """A Format A document: title, two paragraphs, photo credit, sign-in prompt, then the comments."""
    lines = [
        title,
        "",
        "The first paragraph of the article, long enough to read like a paragraph.",
        "",
        "The second paragraph closes the article.",
        "  • Photos used: Somebody's website",
    ]
    if sign_in:
        lines.append("Dear reader, to leave comments on the publication, you must sign in.")
    for thread in threads:
        lines.extend(thread)
    return "\n".join(lines)


def article_b(title: str = "A repost title", subtitle: str = "The headline translated again") -> str:
    return "\n".join(
        [
            title,
            "",
            "Spread the love",
            "",
            subtitle,
            "",
            "A paragraph of the repost.",
            "",
            "< p> Another paragraph with debris.",
            "",
            "News from Telegram. Subscribe to our channel",
        ]
    )
