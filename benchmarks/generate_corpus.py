"""A deterministic corpus of scraped pages in the text format of FORMAT.md, for the benchmarks.

    .venv/bin/python benchmarks/generate_corpus.py --comments 100k [--out DIR] [--verify]

Writes into DIR (default: <cache>/corpus-<size>, cache = $GLOSSA_BENCH_CACHE or ~/.cache/glossa-bench):

    txt/part-NNN/*.txt   one page per file, some files holding several pages joined as `cat` does
    corpus.jsonl         the same pages, one JSON record each: text, url, id, date
    manifest.json        what was generated: counts, the planted threads, the planted search words

The same seed and size give the same bytes. The pages are shaped like the real dumps: Format A
(article, photo credit, sign-in line, a comment thread with the exact header / meta / indent
rules) and Format B (reposts with the share bar, a subtitle, `< p>` debris and the Telegram
footer); Latin and Cyrillic text; most threads 0-50 comments with a long tail, depth up to 8;
a few hundred prolific authors (handles with spaces, Cyrillic, a trailing dot, even `Online`)
and a long tail of occasional ones; some files in Windows-1251, with a BOM or with CRLF ends.
Planted: one 5,000- and one 20,000-comment thread (from 100k comments up; a twentieth and a
fifth of the corpus below that, see `planted_sizes`), and search words whose exact comment
counts are in the manifest, from half the comments down to five.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import cache_root

GENERATOR_VERSION = 3
SEED = 20_240_601
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
FILES_PER_PART = 1_000

# Search words planted in comment bodies with these probabilities (none of them is in the vocabulary).
PLANTED_WORDS = {"sanctions": 0.5, "drone": 0.05, "referendum": 0.005, "quadcopter": 0.0005}
HANDFUL_WORD = "zugzwang"  # in exactly HANDFUL comments
HANDFUL = 5
PHRASE = "White House"  # in about 1% of comments
PHRASE_SHARE = 0.01
CYRILLIC_WORD = "переговоры"  # in about 2% of comments
CYRILLIC_SHARE = 0.02

SIGN_IN = "Dear reader, to leave comments on the publication, you must sign in."
SHARE_BAR = "Spread the love"
FOOTER = "News from Telegram. Subscribe to our channel"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря")

ENGLISH = """
the of and to in a is that for on was with as by it at from his be are has have not this an
which were had but they their its he will been after more also who would over new one about
into two up than other can when there all we no out said so what if only may some first could
time year people state president minister government russian russia ukraine united states
military army forces defence defense troops war peace talks negotiations kremlin moscow kyiv
washington europe european union nato border region city village front line attack strike
missile tank artillery soldiers officer general command operation territory control power
energy gas oil price market economy budget money dollar ruble bank sector industry export
import supply weapons equipment aid package support allies partners country countries world
global security council meeting summit statement spokesman press secretary official officials
source sources report reports according media news agency channel television newspaper
interview question answer decision position policy plan strategy course future history past
week month day night morning evening today yesterday tomorrow years months days hours minutes
long short big small high low great good bad right wrong true false real clear strong weak
old young local national international foreign domestic public private political social
economic financial legal human civil military naval air land sea river bridge road railway
port plant factory school hospital church house street square building centre center capital
north south east west northern southern eastern western side part half whole number level
rate share cost value amount figure data fact facts point case issue problem crisis conflict
situation state law court judge case vote election party leader leaders member members head
chief director expert experts analyst analysts observer observers citizen citizens residents
population family children women men friend friends enemy enemies neighbour neighbours
nothing everything something anything everyone nobody somebody always never often sometimes
again still already just even very much many most less least further however therefore
because while although though since until unless whether either neither both each every
""".split()
RUSSIAN = """
и в не на что с по это как он а к из у за от так но все она о же они ты мы вы бы
да ну вот уже только еще было будет есть нет даже когда если чтобы потом тоже очень
россия россии москва москвы украина украины сша запад европа кремль киев путин байден
армия войска фронт танк ракета удар атака оборона наступление война мир санкции газ нефть
рубль доллар экономика цены рынок бюджет власть правительство президент министр депутат
народ люди страна государство город село граница регион область район завод шахта порт
новости сообщение заявление источник агентство канал газета журнал эфир вопрос ответ
решение позиция политика план стратегия будущее история прошлое время год месяц день
ночь утро вечер сегодня вчера завтра хорошо плохо правда ложь сила слабость дело смысл
""".split()
LATIN_NICKS = """
rotkiv soloist zenion smirnoff vdars kotischa grandfather tatar hagakure bayard nikolai
dauria mitroha mordvin bongo alexey sergey andrey igor oleg victor pavel boris gleb yuri
paranoid rusich sibiryak cossack ataman navigator captain major colonel sailor pilot
engineer doctor teacher pensioner veteran observer reader thinker skeptic optimist realist
""".split()
CYRILLIC_NICKS = """
дед ветеран сибиряк казак штурман капитан майор полковник моряк лётчик инженер доктор
учитель пенсионер наблюдатель читатель скептик оптимист реалист русич уралец волжанин
""".split()
SURNAMES = """
sekavar petrov ivanov sidorov smirnov kuznetsov popov vasiliev novikov fedorov morozov
volkov alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev
""".split()
FIRST_NAMES = ("Victor", "Oleg", "Galina Rožkova", "Jacques Sekavar", "zinovy", "vic", "Sergey",
               "Andrey", "Igor", "Alexander", "Dmitry", "Nikolai", "Pavel", "Yuri", "Boris", "Elena",
               "Natalia", "Александр", "Владимир", "Сергей", "Николай", "Ольга", "Татьяна", "Михаил")
SPECIAL_HANDLES = ("In passing", "Jacques sekavar", "Online warrior", "Sergey V.", "Владимир Петров",
                   "k7k8", "rotkiv04", "Дед Мазай", "Old Sailor.", "The same LYOKHA")
CREDITS = ("White House website", "Ministry of Defence of the Russian Federation", "Wikipedia", "TASS",
           "pixabay.com", "Министерство обороны РФ", "social networks", "RIA Novosti")
SITES = {"A": ("en.topcor.ru", "en.topwar.ru"), "B": ("newsrepost.example.com",)}


def parse_size(text: str) -> int:
    """`10k`, `100k`, `1M` or a plain number of comments."""
    if text in SIZES:
        return SIZES[text]
    lowered = text.lower().replace("_", "")
    scale = 1
    if lowered.endswith("k"):
        scale, lowered = 1_000, lowered[:-1]
    elif lowered.endswith("m"):
        scale, lowered = 1_000_000, lowered[:-1]
    value = int(float(lowered) * scale)
    if value <= 0:
        raise ValueError(f"not a corpus size: {text!r}")
    return value


def size_label(comments: int) -> str:
    for label, value in SIZES.items():
        if value == comments:
            return label
    return str(comments)


def planted_sizes(comments: int) -> tuple[int, int]:
    """The two planted threads: 5,000 and 20,000 comments from 100k comments up; a twentieth and
    a fifth of the corpus below that (500 and 2,000 at 10k)."""
    if comments >= 100_000:
        return 5_000, 20_000
    return max(1, comments // 20), max(1, comments // 5)


@dataclass
class Manifest:
    version: int
    seed: int
    comments: int
    articles: int = 0
    format_a: int = 0
    format_b: int = 0
    files: int = 0
    multi_document_files: int = 0
    authors: int = 0
    max_depth: int = 0
    bytes_txt: int = 0
    bytes_jsonl: int = 0
    planted_threads: list[dict[str, object]] = field(default_factory=list)  # title, comments
    word_counts: dict[str, int] = field(default_factory=dict)  # comments containing each planted word
    prolific_author: str = ""  # the most prolific handle
    prolific_author_comments: int = 0
    first_date: str = ""
    last_date: str = ""

    @classmethod
    def load(cls, path: Path) -> Manifest:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Page:
    kind: str  # "A" or "B"
    title: str
    lines: list[str]
    comments: int
    url: str
    source_id: str
    date: str | None
    cyrillic: bool

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class _Words:
    """Zipf-weighted words, Latin or Cyrillic."""

    def __init__(self, rng: random.Random, words: list[str]) -> None:
        self.rng = rng
        self.words = words
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(words))))

    def take(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self, low: int = 5, high: int = 18) -> str:
        words = self.take(self.rng.randint(low, high))
        return " ".join(words).capitalize() + self.rng.choice(".....!?")


class _Authors:
    """A few hundred prolific handles (Zipf) and a long tail of occasional ones."""

    def __init__(self, rng: random.Random, tail_size: int) -> None:
        self.rng = rng
        handles: list[str] = list(SPECIAL_HANDLES)
        seen = set(handles)
        while len(handles) < 300:
            handle = self._make(rng)
            if handle not in seen:
                seen.add(handle)
                handles.append(handle)
        rng.shuffle(handles)
        self.prolific = handles
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** 0.7 for rank in range(len(handles))))
        self.tail_size = tail_size
        self.names = {handle: rng.choice(FIRST_NAMES) for handle in handles}
        self.used: set[str] = set()

    @staticmethod
    def _make(rng: random.Random) -> str:
        shape = rng.random()
        if shape < 0.45:
            return f"{rng.choice(LATIN_NICKS)}{rng.randint(1, 9999)}"
        if shape < 0.7:
            return f"{rng.choice(LATIN_NICKS).capitalize()} {rng.choice(SURNAMES)}"
        if shape < 0.85:
            return f"{rng.choice(CYRILLIC_NICKS)}{rng.randint(1, 999)}"
        if shape < 0.95:
            return f"{rng.choice(CYRILLIC_NICKS).capitalize()} {rng.choice(CYRILLIC_NICKS)}"
        return f"{rng.choice(LATIN_NICKS).capitalize()} {rng.choice(SURNAMES).capitalize()[:1]}."

    def pick(self) -> tuple[str, str | None]:
        rng = self.rng
        if rng.random() < 0.8:
            handle = rng.choices(self.prolific, cum_weights=self.cumulative)[0]
            name: str | None = self.names[handle]
        else:
            number = rng.randrange(self.tail_size)
            handle = f"{LATIN_NICKS[number % len(LATIN_NICKS)]}_{number}"
            name = FIRST_NAMES[number % len(FIRST_NAMES)]
        if rng.random() < 0.25:
            name = None  # the display name is optional
        elif rng.random() < 0.05:
            name = rng.choice(FIRST_NAMES)  # seen under another name this time
        self.used.add(handle)
        return handle, name


class Generator:
    def __init__(self, comments: int, seed: int = SEED) -> None:
        self.total = comments
        self.rng = random.Random(seed)
        rng = self.rng
        excluded = {w.lower() for w in [*PLANTED_WORDS, HANDFUL_WORD, *PHRASE.split(), CYRILLIC_WORD]}
        self.english = _Words(rng, [w for w in dict.fromkeys(ENGLISH) if w not in excluded])
        self.russian = _Words(rng, [w for w in dict.fromkeys(RUSSIAN) if w not in excluded])
        self.authors = _Authors(rng, max(1_000, comments // 20))
        self.manifest = Manifest(GENERATOR_VERSION, seed, comments)
        self.word_counts = dict.fromkeys([*PLANTED_WORDS, HANDFUL_WORD, PHRASE.lower(), CYRILLIC_WORD], 0)
        self.author_counts: dict[str, int] = {}
        self.made = 0  # comments so far
        # Comments (by running number) that get the handful word: spread over the corpus.
        self.handful_at = {comments * (k + 1) // (HANDFUL + 1) for k in range(HANDFUL)}
        self.start = datetime(2022, 1, 3, 8, 0)
        self.span_minutes = 2 * 365 * 24 * 60

    # -- the pages -------------------------------------------------------------------------

    def pages(self) -> Iterator[Page]:
        rng = self.rng
        small, large = planted_sizes(self.total)
        plants = [(self.total // 3, small), (2 * self.total // 3, large)]
        tail_cap = max(20, min(3_000, self.total // 50))
        number = 0
        while self.made < self.total:
            left = self.total - self.made
            reserved = sum(s for _, s in plants)
            planted = next((size for at, size in plants if self.made >= at or left <= reserved), None)
            if planted is not None:
                plants = [p for p in plants if p[1] != planted]
                yield self._page_a(number, min(planted, left), planted=True)
            elif rng.random() < 0.2:
                yield self._page_b(number)
            else:
                size = min(int(rng.lognormvariate(1.75, 1.2)), tail_cap, left)
                if left - size < reserved:  # leave room for the planted threads still to come
                    size = max(0, left - reserved)
                yield self._page_a(number, size)
            number += 1

    def _date(self, number: int) -> datetime:
        fraction = min(1.0, self.made / max(1, self.total))
        return self.start + timedelta(minutes=int(fraction * self.span_minutes) + number % 97)

    def _words(self, cyrillic: bool) -> _Words:
        return self.russian if cyrillic else self.english

    def _title(self, words: _Words) -> str:
        title = " ".join(words.take(self.rng.randint(5, 13))).capitalize()
        return title.rstrip(".:;…")  # a title never ends like a sentence

    def _paragraph(self, words: _Words) -> str:
        return " ".join(words.sentence(8, 26) for _ in range(self.rng.randint(1, 4)))

    def _identity(self, kind: str, number: int, title: str) -> tuple[str, str]:
        digest = hashlib.sha1(f"{self.manifest.seed}:{number}:{title}".encode()).hexdigest()
        site = SITES[kind][number % len(SITES[kind])]
        slug = "-".join(title.lower().split()[:6])
        return f"https://{site}/{200_000 + number}-{slug}.html", digest[:16]

    def _page_a(self, number: int, size: int, planted: bool = False) -> Page:
        rng = self.rng
        cyrillic = rng.random() < 0.15
        words = self._words(cyrillic)
        posted = self._date(number)
        title = self._title(words)
        if planted:
            title = f"Planted thread of {size} comments: {title}"
            self.manifest.planted_threads.append({"title": title, "comments": size})
        lines = [title, ""]
        for index in range(rng.randint(2, 8)):
            if index:
                lines.append("")
            lines.append(self._paragraph(words))
        if rng.random() < 0.9:
            lines.append(f"  • Photos used: {rng.choice(CREDITS)}")
        if size == 0 or rng.random() < 0.7:
            lines.append(SIGN_IN)  # a page without comments always ends with it: the next page starts clean
        lines.extend(self._thread(size, posted))
        url, source_id = self._identity("A", number, title)
        self.manifest.format_a += 1
        return Page("A", title, lines, size, url, source_id, self._record_date(posted), cyrillic)

    def _page_b(self, number: int) -> Page:
        rng = self.rng
        cyrillic = rng.random() < 0.1
        words = self._words(cyrillic)
        title = self._title(words)
        lines = [title, "", SHARE_BAR, "", self._title(words), ""]
        count = rng.randint(3, 9)
        for index in range(count):
            paragraph = self._paragraph(words)
            if rng.random() < 0.15:
                paragraph = paragraph[0].lower() + paragraph[1:]  # a fragment of a cut sentence
            if index == count - 1 or rng.random() < 0.1:
                paragraph = "< p> " + paragraph
            lines.append(paragraph)
            lines.append("")
            if rng.random() < 0.1:
                lines.append("")  # double blank lines occur
        lines.append(FOOTER)
        url, source_id = self._identity("B", number, title)
        self.manifest.format_b += 1
        posted = self._date(number)
        return Page("B", title, lines, 0, url, source_id, self._record_date(posted), cyrillic)

    def _record_date(self, posted: datetime) -> str | None:
        return None if self.rng.random() < 0.1 else posted.strftime("%Y-%m-%d")

    # -- the thread ------------------------------------------------------------------------

    def _thread(self, size: int, start: datetime) -> list[str]:
        rng = self.rng
        lines: list[str] = []
        depth = 0
        numbers: list[int] = []  # the printed number at each open level
        when = start + timedelta(minutes=rng.randint(5, 90))
        for _ in range(size):
            if depth == 0 or rng.random() < 0.35:
                depth = 1
            else:
                roll = rng.random()
                if roll < 0.45 and depth < 8:
                    depth += 1
                elif roll < 0.75:
                    pass  # a sibling of the previous comment
                else:
                    depth = rng.randint(1, depth)
            del numbers[depth:]
            if len(numbers) < depth:
                numbers.append(0)
            numbers[depth - 1] += 1
            if depth == 1 and numbers[0] > 100 and rng.random() < 0.02:
                numbers[0] = 1  # a second page of comments restarts the numbering
            when += timedelta(minutes=rng.choice((0, 1, 1, 2, 3, 5, 8, 13, 30)))
            lines.extend(self._comment(depth, numbers[depth - 1], when))
            self.manifest.max_depth = max(self.manifest.max_depth, depth)
        return lines

    def _comment(self, depth: int, number: int, when: datetime) -> list[str]:
        rng = self.rng
        handle, name = self.authors.pick()
        self.author_counts[handle] = self.author_counts.get(handle, 0) + 1
        status = "Online" if rng.random() < 0.05 else "Offline"
        head = " " * (2 * depth)
        pad = head + "  "
        lines = [f"{head}{number}. {handle} {status} {handle}", pad + self._meta(handle, name, when)]
        lines.extend(pad + line if line else "" for line in self._body(handle))
        self.made += 1
        return lines

    def _meta(self, handle: str, name: str | None, when: datetime) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.02:
            date = f"{when.day} {MONTHS_RU[when.month - 1]} {when.year} {when:%H:%M}"
        elif roll < 0.07:
            date = f"{when.day}\u00a0{MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
        elif roll < 0.2:
            date = f"{when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
        else:
            date = f"{when.day} {MONTHS[when.month - 1]} {when.year} {when:%H}: {when:%M}"
        return f"{handle} ({name}) {date}" if name else f"{handle} {date}"

    def _body(self, handle: str) -> list[str]:
        rng = self.rng
        roll = rng.random()
        cyrillic = rng.random() < 0.25
        words = self._words(cyrillic)
        if roll < 0.01:
            lines: list[str] = []  # an empty comment
        elif roll < 0.012:
            lines = [words.sentence(8, 30) for _ in range(rng.randint(50, 200))]  # a very long one
        elif roll < 0.013:
            lines = [" ".join(words.sentence(20, 40) for _ in range(rng.randint(20, 60)))]  # one huge line
        else:
            lines = [" ".join(words.sentence() for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
            extra = rng.random()
            if extra < 0.1 and len(lines) > 1:
                lines.insert(rng.randrange(1, len(lines)), "")  # a paragraph break: a truly empty line
            elif extra < 0.13:
                quoted, _ = self.authors.pick()
                lines[:0] = [f"Quote: {quoted}", words.sentence()]
            elif extra < 0.14:
                lines.extend(["1. " + words.sentence(3, 8), "2. " + words.sentence(3, 8)])  # looks like a header
            elif extra < 0.15:
                lines.append(f"{handle} (said earlier) {words.sentence(3, 6)}")  # looks like a meta line
        self._plant(lines)
        return lines

    def _plant(self, lines: list[str]) -> None:
        rng = self.rng
        planted: list[str] = [word for word, share in PLANTED_WORDS.items() if rng.random() < share]
        if self.made in self.handful_at:
            planted.append(HANDFUL_WORD)
        if rng.random() < PHRASE_SHARE:
            planted.append(f"the {PHRASE}")
        if rng.random() < CYRILLIC_SHARE:
            planted.append(CYRILLIC_WORD)
        if not planted:
            return
        if not lines:
            lines.append("")
        target = rng.randrange(len(lines))
        if not lines[target]:
            target = 0
        words = lines[target].split(" ") if lines[target] else []
        for item in planted:
            words.insert(rng.randint(0, len(words)), item)
            self.word_counts[item.removeprefix("the ").lower()] += 1
        lines[target] = " ".join(words)


# --- writing ----------------------------------------------------------------------------------


def _encode(page_text: str, rng: random.Random, cyrillic: bool) -> bytes:
    """Most files are UTF-8; some carry a BOM, CRLF line ends, or are in Windows-1251."""
    roll = rng.random()
    if cyrillic and roll < 0.15:
        try:
            return page_text.encode("cp1251")
        except UnicodeEncodeError:
            pass
    if roll < 0.03:
        return b"\xef\xbb\xbf" + page_text.encode("utf-8")
    if roll < 0.07:
        return page_text.replace("\n", "\r\n").encode("utf-8")
    return page_text.encode("utf-8")


def generate(comments: int, out: Path, seed: int = SEED, quiet: bool = False) -> Manifest:
    """Write the corpus into `out` (replaced if it exists); returns its manifest."""
    generator = Generator(comments, seed)
    file_rng = random.Random(seed + 1)
    staging = out.with_name(out.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "txt").mkdir(parents=True)
    manifest = generator.manifest
    files = 0
    pending: list[Page] = []  # pages to go into the next file
    group = 1

    def flush() -> None:
        nonlocal files
        if not pending:
            return
        part = staging / "txt" / f"part-{files // FILES_PER_PART:03d}"
        if files % FILES_PER_PART == 0:
            part.mkdir()
        first = pending[0]
        prefix = "000" if first.kind == "A" else "004"
        text = "\n".join(page.text for page in pending)
        if len(pending) > 1 or file_rng.random() < 0.5:
            text += "\n"  # half the single-page files end without one, like the samples
        data = _encode(text, file_rng, all(page.cyrillic for page in pending))
        (part / f"{prefix}_{first.source_id}.txt").write_bytes(data)
        manifest.bytes_txt += len(data)
        if len(pending) > 1:
            manifest.multi_document_files += 1
        files += 1
        pending.clear()

    with (staging / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as jsonl:
        for page in generator.pages():
            record: dict[str, str] = {"text": page.text, "url": page.url, "id": page.source_id}
            if page.date:
                record["date"] = page.date
            line = json.dumps(record, ensure_ascii=False) + "\n"
            jsonl.write(line)
            manifest.bytes_jsonl += len(line.encode("utf-8"))
            manifest.articles += 1
            if not pending:
                group = 1 if file_rng.random() < 0.9 else file_rng.randint(2, 4)  # files glued with `cat`
            pending.append(page)
            if len(pending) >= group:
                flush()
            if not quiet and manifest.articles % 20_000 == 0:
                print(f"  {manifest.articles:,} pages, {generator.made:,} comments", file=sys.stderr)
        flush()
    manifest.files = files
    manifest.comments = generator.made
    manifest.authors = len(generator.authors.used)
    manifest.word_counts = dict(generator.word_counts)
    top = max(generator.author_counts.items(), key=lambda item: (item[1], item[0]))
    manifest.prolific_author, manifest.prolific_author_comments = top
    manifest.first_date = generator.start.strftime("%Y-%m-%d")
    manifest.last_date = (generator.start + timedelta(minutes=generator.span_minutes)).strftime("%Y-%m-%d")
    (staging / "manifest.json").write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    return manifest


def corpus_dir(comments: int, root: Path | None = None) -> Path:
    return (root or cache_root()) / f"corpus-{size_label(comments)}"


def ensure_corpus(comments: int, root: Path | None = None, quiet: bool = False) -> tuple[Path, Manifest]:
    """The cached corpus of this size, generated first when missing or made by another version."""
    out = corpus_dir(comments, root)
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        try:
            manifest = Manifest.load(manifest_path)
        except (TypeError, ValueError):
            manifest = None
        if manifest is not None and manifest.version == GENERATOR_VERSION and manifest.comments == comments:
            return out, manifest
    return out, generate(comments, out, quiet=quiet)


# --- verification with the app's own parser ----------------------------------------------------


def text_files(out: Path) -> list[Path]:
    return sorted((out / "txt").rglob("*.txt"))


def verify(out: Path) -> list[str]:
    """Read the corpus back with the real parser: the problems found (none when it matches)."""
    from desktop.ingest.decode import normalise
    from desktop.ingest.parse import parse_bytes, parse_text

    manifest = Manifest.load(out / "manifest.json")
    problems: list[str] = []
    articles = comments = deepest = 0
    for path in text_files(out):
        documents = parse_bytes(path.read_bytes())
        articles += len(documents)
        comments += sum(len(d.comments) for d in documents)
        deepest = max([deepest, *(c.depth for d in documents for c in d.comments)])
    if (articles, comments) != (manifest.articles, manifest.comments):
        problems.append(f"txt folder: parsed {articles} articles and {comments} comments, "
                        f"generated {manifest.articles} and {manifest.comments}")
    if deepest != manifest.max_depth:
        problems.append(f"txt folder: deepest comment parsed at depth {deepest}, generated {manifest.max_depth}")
    articles = comments = 0
    with (out / "corpus.jsonl").open(encoding="utf-8") as jsonl:
        for line in jsonl:
            documents = parse_text(normalise(json.loads(line)["text"])[0])
            articles += len(documents)
            comments += sum(len(d.comments) for d in documents)
    if (articles, comments) != (manifest.articles, manifest.comments):
        problems.append(f"JSON lines: parsed {articles} articles and {comments} comments, "
                        f"generated {manifest.articles} and {manifest.comments}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", default="10k", help="10k, 100k, 1M or a number (default 10k)")
    parser.add_argument("--out", type=Path, help="folder to write (default: the benchmark cache)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--verify", action="store_true", help="read it back with the app's parser")
    args = parser.parse_args(argv)
    comments = parse_size(args.comments)
    out = args.out or corpus_dir(comments)
    manifest = generate(comments, out, args.seed)
    print(f"{out}: {manifest.articles:,} articles ({manifest.format_a:,} Format A, {manifest.format_b:,} Format B),"
          f" {manifest.comments:,} comments by {manifest.authors:,} authors, {manifest.files:,} files"
          f" ({manifest.bytes_txt / 1e6:.1f} MB), JSON lines {manifest.bytes_jsonl / 1e6:.1f} MB;"
          f" planted threads {[t['comments'] for t in manifest.planted_threads]}, deepest {manifest.max_depth}")
    if args.verify:
        problems = verify(out)
        for problem in problems:
            print(f"MISMATCH {problem}")
        if problems:
            return 1
        print("verified: the app's parser reads back every article and comment")
    return 0


if __name__ == "__main__":
    sys.exit(main())
