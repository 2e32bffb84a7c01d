"""Harness for the end-to-end terminal tests: tmux as a real terminal, an SGR screen parser, a throwaway sshd.

The tests drive the *installed* ``mali-tui`` script in a real pty (a tmux pane), read the screen back with
``tmux capture-pane`` (with ``-e``, so the escape sequences that carry colour and bold/underline are kept),
and never sleep for a fixed time: every step polls the screen until what it waits for appears or a timeout
expires, and a timeout fails with the last screen in the message.

When ``MALI_TUI_REQUIRE_E2E`` is set (CI), a missing tmux or sshd fails the test; otherwise it is skipped.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

REQUIRE_ENV = "MALI_TUI_REQUIRE_E2E"
DEFAULT_TIMEOUT = 20.0
SETTLE_DELAY = 0.2
"""Seconds between the two captures of a settled screen (see :meth:`Tmux.wait_until`)."""
LANG = "C.UTF-8"
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


# --------------------------------------------------------------------------------------------------------------
# tools


def missing_tool(reason: str) -> None:
    """Fail (when ``MALI_TUI_REQUIRE_E2E`` is set) or skip the test because a system tool is not there."""
    if os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0"):
        pytest.fail(f"{reason} ({REQUIRE_ENV} is set, so end-to-end tests must run)", pytrace=False)
    pytest.skip(reason)


def require_tool(name: str, *fallbacks: str) -> str:
    """The absolute path of the executable ``name`` (or one of the fallback paths), else fail/skip."""
    found = shutil.which(name)
    if found:
        return found
    for candidate in fallbacks:
        if os.access(candidate, os.X_OK):
            return candidate
    missing_tool(f"{name} is not installed (apt-get install tmux openssh-server openssh-client)")
    raise AssertionError("unreachable")  # pragma: no cover


def installed_app() -> Path:
    """The ``mali-tui`` console script installed next to the interpreter running the tests."""
    script = Path(sys.executable).parent / "mali-tui"
    assert script.is_file() and os.access(script, os.X_OK), (
        f"the installed mali-tui script is missing at {script}; install the project (pip install -e .)"
    )
    return script


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def app_env(home: Path, index_dir: Path, term: str) -> dict[str, str]:
    """A complete, fixed environment for the app: nothing from the developer's environment leaks in."""
    return {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "MALI_TUI_INDEX_DIR": str(index_dir),
        "PATH": f"{Path(sys.executable).parent}:{SYSTEM_PATH}",
        "LANG": LANG,
        "LC_ALL": LANG,
        "TERM": term,
    }


EXIT_MARKER = "E2E-COMMAND-EXITED"


def release_file(status_file: Path) -> Path:
    """The file whose creation lets a held :func:`wrapped_command` script end."""
    return status_file.with_name(status_file.name + ".release")


def wrapped_command(command: str, status_file: Path, hold: bool = True) -> str:
    """A shell script that runs ``command`` and reports how it ended.

    It records the tty settings before and after, so a program that leaves the terminal raw (no echo, no
    line editing) is caught, and writes ``rc=N tty=same|changed`` to ``status_file``. With ``hold`` it then
    prints ``E2E-COMMAND-EXITED N`` on the (normal) screen and waits until :func:`release_file` exists, so
    the test can inspect the terminal state while the pane is still alive (tmux reports a dead pane's modes
    differently); then it exits with the command's status, which tmux keeps as ``pane_dead_status``.
    """
    status = shlex.quote(str(status_file))
    script = (
        f"before=$(stty -g); {command}; rc=$?; after=$(stty -g); "
        f'if [ "$before" = "$after" ]; then tty=same; else tty=changed; fi; '
        f'echo "rc=$rc tty=$tty" > {status}; '
    )
    if hold:
        release = shlex.quote(str(release_file(status_file)))
        script += f'echo "{EXIT_MARKER} $rc"; while [ ! -e {release} ]; do sleep 0.05; done; '
    return script + "exit $rc"


def read_status(status_file: Path) -> dict[str, str]:
    """Parse the ``rc=N tty=...`` line written by :func:`wrapped_command`."""
    assert status_file.exists(), f"the command never finished (no {status_file})"
    return dict(part.split("=", 1) for part in status_file.read_text().split())


# --------------------------------------------------------------------------------------------------------------
# the screen: SGR parsing


@dataclass(frozen=True)
class Style:
    """The SGR attributes of one character cell."""

    fg: str = ""
    bg: str = ""
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    blink: bool = False
    reverse: bool = False
    strike: bool = False

    @property
    def emphasised(self) -> bool:
        """Bold or underlined (what an entity highlight uses besides colour)."""
        return self.bold or self.underline


PLAIN = Style()
_ESCAPE = re.compile(r"\x1b\[([0-9;:?]*)([A-Za-z])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b.")


def _colour(params: list[str], i: int) -> tuple[str, int]:
    """Read an extended colour (``38;5;N`` / ``38;2;R;G;B``) starting after the 38/48; return it and the next index."""
    if i < len(params) and params[i] == "5" and i + 1 < len(params):
        return f"256:{params[i + 1]}", i + 2
    if i < len(params) and params[i] == "2" and i + 3 < len(params):
        return f"rgb:{params[i + 1]},{params[i + 2]},{params[i + 3]}", i + 4
    return "", len(params)


def _colon_colour(sub: list[str]) -> str:
    """An extended colour in colon form (``38:5:N``, ``38:2::R:G:B`` or ``38:2:R:G:B``)."""
    if len(sub) >= 3 and sub[1] == "5":
        return f"256:{sub[2]}"
    if len(sub) >= 5 and sub[1] == "2":
        r, g, b = sub[-3:]
        return f"rgb:{r},{g},{b}"
    return ""


_SIMPLE: dict[int, dict[str, bool | str]] = {
    1: {"bold": True},
    2: {"dim": True},
    3: {"italic": True},
    4: {"underline": True},
    5: {"blink": True},
    6: {"blink": True},
    7: {"reverse": True},
    9: {"strike": True},
    21: {"underline": True},
    22: {"bold": False, "dim": False},
    23: {"italic": False},
    24: {"underline": False},
    25: {"blink": False},
    27: {"reverse": False},
    29: {"strike": False},
    39: {"fg": ""},
    49: {"bg": ""},
}


def apply_sgr(style: Style, arg: str) -> Style:
    """The style after the SGR sequence ``ESC [ arg m`` (semicolon and colon forms)."""
    params = arg.split(";") if arg else ["0"]
    i = 0
    while i < len(params):
        raw = params[i]
        i += 1
        if ":" in raw:
            sub = raw.split(":")
            code = int(sub[0]) if sub[0].isdigit() else -1
            if code == 4:
                style = replace(style, underline=sub[1] not in ("", "0"))
            elif code in (38, 48):
                style = replace(style, **{"fg" if code == 38 else "bg": _colon_colour(sub)})
            continue
        code = int(raw) if raw.isdigit() else 0
        if code == 0:
            style = PLAIN
        elif code in _SIMPLE:
            style = replace(style, **_SIMPLE[code])  # type: ignore[arg-type]
        elif 30 <= code <= 37 or 90 <= code <= 97:
            style = replace(style, fg=f"16:{code}")
        elif 40 <= code <= 47 or 100 <= code <= 107:
            style = replace(style, bg=f"16:{code}")
        elif code in (38, 48):
            colour, i = _colour(params, i)
            style = replace(style, **{"fg" if code == 38 else "bg": colour})
        elif code == 58:  # underline colour: not a visible attribute for these tests
            _, i = _colour(params, i)
    return style


@dataclass
class StyledLine:
    """One screen line: its text and the style of each character."""

    text: str
    styles: list[Style] = field(default_factory=list)

    def style_at(self, index: int) -> Style:
        """The style of character ``index``."""
        return self.styles[index]

    def span_styles(self, start: int, end: int) -> set[Style]:
        """The distinct styles of characters ``start``..``end``."""
        return set(self.styles[start:end])


def parse_screen(captured: str) -> list[StyledLine]:
    """Turn ``tmux capture-pane -e -p`` output into lines of styled characters.

    tmux starts every captured line from the current style of the previous one, so the style carries over
    line ends; any escape sequence that is not SGR is dropped.
    """
    lines: list[StyledLine] = []
    style = PLAIN
    for raw in captured.split("\n"):
        line = StyledLine("")
        chars: list[str] = []
        pos = 0
        for match in _ESCAPE.finditer(raw):
            for ch in raw[pos : match.start()]:
                chars.append(ch)
                line.styles.append(style)
            if match.group(2) == "m":
                style = apply_sgr(style, match.group(1) or "")
            pos = match.end()
        for ch in raw[pos:]:
            chars.append(ch)
            line.styles.append(style)
        line.text = "".join(chars)
        lines.append(line)
    return lines


def strip_escapes(captured: str) -> str:
    """Captured text without escape sequences."""
    return _ESCAPE.sub("", captured)


@dataclass(frozen=True)
class Highlight:
    """One occurrence of a word on screen, with its style and the style of plain text on the same line."""

    row: int
    col: int
    word: str
    style: Style
    body_style: Style
    line: str


def word_highlights(lines: Sequence[StyledLine], word: str) -> list[Highlight]:
    """Every whole-word occurrence of ``word`` whose characters share one style, with the line's body style.

    The body style is the most common style of the other letters on the same line (the text around the
    word); occurrences on lines with fewer than 10 other letters are left out, as there is no body to
    compare them with.
    """
    found: list[Highlight] = []
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for row, line in enumerate(lines):
        for match in pattern.finditer(line.text):
            styles = line.span_styles(match.start(), match.end())
            if len(styles) != 1:
                continue
            counts: dict[Style, int] = {}
            for index, ch in enumerate(line.text):
                if ch.isalpha() and not (match.start() <= index < match.end()):
                    style = line.style_at(index)
                    counts[style] = counts.get(style, 0) + 1
            if sum(counts.values()) < 10:
                continue
            body = max(counts, key=lambda s: counts[s])
            found.append(Highlight(row, match.start(), word, styles.pop(), body, line.text))
    return found


# --------------------------------------------------------------------------------------------------------------
# tmux


class ScreenTimeout(AssertionError):
    """What a test waited for never appeared on screen."""


class Tmux:
    """One private tmux server (its own ``-L`` socket) with one session running one command."""

    def __init__(self, tmux: str, workdir: Path, width: int = 80, height: int = 24) -> None:
        self.tmux = tmux
        self.socket = f"mali-e2e-{uuid.uuid4().hex[:12]}"
        self.width = width
        self.height = height
        self.workdir = workdir
        self.target = "e2e"
        self.config = workdir / "tmux.conf"
        # remain-on-exit keeps the pane (and its last screen) after the command ends, so its exit status and
        # the restored screen can be read; history-limit 0 keeps capture-pane on the visible screen only.
        self.config.write_text("set -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n")

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a tmux command against this server."""
        proc = subprocess.run(
            [self.tmux, "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=15,
            env={"PATH": SYSTEM_PATH, "LANG": LANG, "HOME": str(self.workdir)},
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()}")
        return proc

    def start(self, script: str, env: Mapping[str, str]) -> None:
        """Start the session: ``sh -c script`` in a ``width``x``height`` pane with exactly ``env``."""
        argv = ["env", "-i", *(f"{k}={v}" for k, v in env.items()), "/bin/sh", "-c", script]
        self.run(
            "new-session", "-d", "-s", self.target, "-x", str(self.width), "-y", str(self.height),
            shlex.join(argv),
        )  # fmt: skip

    def kill(self) -> None:
        """Stop this tmux server (and whatever still runs in it)."""
        self.run("kill-server", check=False)

    def capture(self, escapes: bool = False) -> str:
        """The visible screen, as text (with SGR sequences when ``escapes``)."""
        args = ["capture-pane", "-p", "-t", self.target]
        if escapes:
            args.append("-e")
        return self.run(*args).stdout

    def display(self, fmt: str) -> str:
        """A tmux format evaluated for the pane, e.g. ``#{alternate_on}``."""
        return self.run("display-message", "-p", "-t", self.target, fmt).stdout.strip()

    def flags(self, *names: str) -> dict[str, str]:
        """Several pane format variables at once."""
        values = self.display("\t".join(f"#{{{name}}}" for name in names)).split("\t")
        return dict(zip(names, values))

    def keys(self, *keys: str) -> None:
        """Send tmux key names (``Enter``, ``Escape``, ``Down``, ``q`` ...)."""
        self.run("send-keys", "-t", self.target, *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        self.run("send-keys", "-t", self.target, "-l", text)

    def dead(self) -> bool:
        """Whether the pane's command has exited."""
        return self.display("#{pane_dead}") == "1"

    def wait_until(
        self,
        check: Callable[[str], bool],
        what: str,
        timeout: float = DEFAULT_TIMEOUT,
        escapes: bool = False,
        settled: bool = False,
    ) -> str:
        """Poll the screen until ``check(screen)`` holds; return that screen, or fail showing the last one.

        ``settled``: the screen must also read the same a moment later. A capture can catch a frame half drawn (over
        ssh it arrives in pieces: a pane's new title above its old rows), so a check on one line of a frame that
        changes many waits for the whole frame.
        """
        deadline = time.monotonic() + timeout
        delay = 0.05
        while True:
            screen = self.capture(escapes=escapes)
            if check(screen):
                if not settled:
                    return screen
                time.sleep(SETTLE_DELAY)
                again = self.capture(escapes=escapes)
                if again == screen:
                    return screen
            if time.monotonic() > deadline:
                plain = strip_escapes(screen) if escapes else screen
                raise ScreenTimeout(f"timed out after {timeout:.0f}s waiting for {what}; the screen was:\n{plain}")
            time.sleep(delay)
            delay = min(delay * 1.5, 0.3)

    def wait_for(self, *texts: str, timeout: float = DEFAULT_TIMEOUT) -> str:
        """Wait until every one of ``texts`` is on screen."""
        return self.wait_until(lambda s: all(t in s for t in texts), f"{texts!r}", timeout)

    def wait_gone(self, *texts: str, timeout: float = DEFAULT_TIMEOUT) -> str:
        """Wait until none of ``texts`` is on screen."""
        return self.wait_until(lambda s: not any(t in s for t in texts), f"{texts!r} to disappear", timeout)

    def exit_status(self) -> str:
        """The exit status of the pane's command once it has been reaped ("" before)."""
        return self.display("#{?pane_dead,#{pane_dead_status},}")

    def wait_dead(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Wait until the pane's command has exited and tmux has collected its exit status.

        tmux can see the pty close before it reaps the child, and tmux 3.3 sometimes misses the SIGCHLD
        altogether (the shell stays a zombie and ``pane_dead_status`` empty; tmux/tmux#311, #4841). So once
        the pane is dead, this server (and only it) is sent SIGCHLD again to make it reap.
        """
        deadline = time.monotonic() + timeout
        server_pid = int(self.display("#{pid}"))
        while not self.exit_status():
            if time.monotonic() > deadline:
                info = self.flags("pane_dead", "pane_pid", "pane_dead_status")
                raise ScreenTimeout(
                    f"the command did not exit in {timeout:.0f}s ({info}); the screen was:\n{self.capture()}"
                )
            if self.dead():
                os.kill(server_pid, signal.SIGCHLD)
            time.sleep(0.05)


@contextmanager
def tmux_session(workdir: Path, width: int = 80, height: int = 24) -> Iterator[Tmux]:
    """A :class:`Tmux` on a private server that is always killed afterwards."""
    session = Tmux(require_tool("tmux"), workdir, width, height)
    try:
        yield session
    finally:
        session.kill()


# --------------------------------------------------------------------------------------------------------------
# sshd


@dataclass
class Sshd:
    """A private sshd on 127.0.0.1 that accepts one generated client key for the current user."""

    port: int
    user: str
    client_key: Path
    log: Path
    process: subprocess.Popen[bytes]

    def ssh_command(self, ssh: str, remote: str) -> str:
        """The ``ssh -t`` command line that runs ``remote`` (a shell script) on this server."""
        return shlex.join(
            [
                ssh, "-t", "-F", "/dev/null", "-p", str(self.port), "-i", str(self.client_key),
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
                f"{self.user}@127.0.0.1", remote,
            ]
        )  # fmt: skip

    def stop(self) -> None:
        """Stop sshd (and wait for it)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _keygen(keygen: str, path: Path) -> None:
    for old in (path, path.with_suffix(".pub")):
        old.unlink(missing_ok=True)
    subprocess.run(
        [keygen, "-q", "-t", "ed25519", "-N", "", "-C", "mali-tui-e2e", "-f", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=30,
    )


def start_sshd(workdir: Path, timeout: float = 10.0) -> Sshd:
    """Generate keys and a config in ``workdir`` and start ``sshd -D`` on a free port; wait until it listens."""
    import getpass

    sshd = require_tool("sshd", "/usr/sbin/sshd")
    keygen = require_tool("ssh-keygen")
    require_tool("ssh")
    workdir.mkdir(parents=True, exist_ok=True)
    host_key, client_key = workdir / "host_ed25519", workdir / "client_ed25519"
    _keygen(keygen, host_key)
    _keygen(keygen, client_key)
    authorized = workdir / "authorized_keys"
    authorized.write_text(client_key.with_suffix(".pub").read_text())
    authorized.chmod(0o600)
    user = getpass.getuser()
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, parents=True, exist_ok=True)  # privilege separation directory
    last_error = ""
    for _attempt in range(3):  # the free port can be taken between choosing it and sshd binding it
        port = free_port()
        config = workdir / "sshd_config"
        config.write_text(
            "\n".join(
                [
                    f"Port {port}",
                    "ListenAddress 127.0.0.1",
                    f"HostKey {host_key}",
                    f"AuthorizedKeysFile {authorized}",
                    f"PidFile {workdir / 'sshd.pid'}",
                    "UsePAM no",
                    "StrictModes no",
                    "PermitRootLogin yes",
                    "PubkeyAuthentication yes",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "PrintMotd no",
                    "PrintLastLog no",
                    "UseDNS no",
                    "LogLevel VERBOSE",
                    "",
                ]
            )
        )
        log = workdir / "sshd.log"
        with log.open("wb") as out:
            process = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT)
        server = Sshd(port, user, client_key, log, process)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            if "Server listening" in log.read_text(errors="replace"):
                return server
            time.sleep(0.05)
        server.stop()
        last_error = log.read_text(errors="replace")
        if "Address already in use" not in last_error:
            break
    raise AssertionError(f"sshd did not start:\n{last_error}")


# --------------------------------------------------------------------------------------------------------------
# what the journey should see: asked of the headless CLI on a private index of the same corpus


@dataclass(frozen=True)
class JourneyPlan:
    """The expected data of the journey, taken from the engine (so corpus and cleaner changes do not break it).

    ``outlet`` is an outlet with exactly one article matching ``query`` among ``total`` (>1) matching
    articles, so filtering visibly narrows the list; ``entity_words`` are words of entity mentions near the
    start of that article's body that are not query words (their highlight is the entity highlight alone).
    """

    query: str
    total: int
    outlet: str
    article_id: str
    title: str
    other_titles: tuple[str, ...]
    entity_words: tuple[str, ...]


def title_key(title: str | None, length: int = 20) -> str:
    """The start of a title as any pane shows it (one line, collapsed spaces), short enough not to be cut."""
    return " ".join((title or "").split())[:length].strip()


def _cli(app: Path, env: Mapping[str, str], *args: str) -> str:
    proc = subprocess.run([str(app), *args], capture_output=True, text=True, env=dict(env), timeout=120)
    assert proc.returncode == 0, f"mali-tui {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}"
    return proc.stdout


def plan_journey(app: Path, workdir: Path, query: str = "Lavrov") -> JourneyPlan:
    """Ask ``mali-tui search/show --json`` (on an index of its own in ``workdir``) what the journey will meet."""
    import json

    workdir.mkdir(parents=True, exist_ok=True)
    env = app_env(workdir, workdir / "index", "dumb")
    hits = [json.loads(line) for line in _cli(app, env, "search", query, "--json", "--limit", "1000").splitlines()]
    assert len(hits) > 1, f"the bundled corpus should have several articles matching {query!r}, got {len(hits)}"
    by_outlet: dict[str, list[dict]] = {}
    for hit in hits:
        if hit.get("outlet"):
            by_outlet.setdefault(hit["outlet"], []).append(hit)
    singles = sorted(name for name, group in by_outlet.items() if len(group) == 1)
    assert singles, f"no outlet has exactly one article matching {query!r}: {sorted(by_outlet)}"
    query_words = {w.casefold() for w in re.findall(r"\w+", query)}
    candidates: list[JourneyPlan] = []
    for outlet in singles:
        hit = by_outlet[outlet][0]
        article = json.loads(_cli(app, env, "show", hit["id"], "--json"))
        body: str = article["body"]
        words: list[str] = []
        for mention in article["entities"]:
            if mention["start"] > 160:  # only what an 80x24 reader shows without scrolling
                continue
            for word in re.findall(r"\w+", body[mention["start"] : mention["end"]]):
                if word.casefold() not in query_words and len(word) > 2 and word not in words:
                    words.append(word)
        key = title_key(hit["title"])
        others = tuple(
            title_key(h["title"]) for h in hits if h["id"] != hit["id"] and h["title"] and title_key(h["title"]) != key
        )
        candidates.append(JourneyPlan(query, len(hits), outlet, hit["id"], hit["title"] or "", others, tuple(words)))
    usable = [c for c in candidates if c.entity_words and title_key(c.title)]
    assert usable, f"no single-outlet article for {query!r} has an entity near its start: {candidates}"
    return usable[0]


# --------------------------------------------------------------------------------------------------------------
# the journey itself

ARTICLES = re.compile(r"\b([\d,]+) articles?\b")
MATCH_COUNT = re.compile(r"\b\d+(?:×| hits?\b)")  # "7×" in one-line rows, "7 hits" in two-line rows


def footer(screen: str) -> str:
    """The last non-blank line of the screen (Textual's footer)."""
    lines = [line for line in screen.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def status_line(screen: str) -> str:
    """The line above the footer (the app's status bar)."""
    lines = [line for line in screen.splitlines() if line.strip()]
    return lines[-2] if len(lines) > 1 else ""


def pane_region(lines: Sequence[StyledLine], title: str) -> list[StyledLine]:
    """The inside of the bordered pane whose border title starts with ``title`` (rows and columns cropped).

    Stops at the pane's bottom border or at an inner horizontal rule (the reader's entity list).
    """
    for row, line in enumerate(lines):
        at = line.text.find(f"─ {title}")
        left = line.text.rfind("╭", 0, at) if at >= 0 else -1
        if left < 0:
            continue
        right = line.text.find("╮", at)
        right = right if right >= 0 else len(line.text)
        region: list[StyledLine] = []
        for below in lines[row + 1 :]:
            inner = below.text[left + 1 : right]
            if below.text[left : left + 1] == "╰" or inner.startswith("─"):
                break
            region.append(StyledLine(inner, below.styles[left + 1 : right]))
        return region
    return []


class Journey:
    """Search, filter by outlet, open, check highlights, quit: the user journey on one terminal."""

    def __init__(self, tmux: Tmux, plan: JourneyPlan, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.tmux = tmux
        self.plan = plan
        self.timeout = timeout
        self.seen_alternate = False

    def wait_ready(self) -> str:
        """The first run builds the index, then the status bar shows how many articles there are."""
        screen = self.tmux.wait_until(
            lambda s: bool(ARTICLES.search(status_line(s))) and "pages indexed" in status_line(s),
            "the index to be built (status bar: 'N articles · N pages indexed')",
            self.timeout,
        )
        self.seen_alternate = self.tmux.display("#{alternate_on}") == "1"
        return screen

    def search(self) -> str:
        """``/`` focuses the search bar; typing searches (debounced); enter moves to the results."""
        self.tmux.keys("/")
        # Textual moves focus on its next loop turn: wait for it, or the first letters go to the list
        self.tmux.wait_until(lambda s: "Clear / leave" in footer(s), "the search bar to take focus", self.timeout)
        self.tmux.type(self.plan.query)
        # no enter yet: the debounced search alone must fill the list, with the query's match counts ("7×")
        header = re.compile(rf"─ {self.plan.total} articles? ─")
        self.tmux.wait_until(
            lambda s: self.plan.query in s.splitlines()[0] and bool(header.search(s)) and bool(MATCH_COUNT.search(s)),
            f"the debounced search to list {self.plan.total} articles with match counts",
            self.timeout,
        )
        self.tmux.keys("Enter")
        return self.tmux.wait_until(lambda s: "Outlet" in footer(s), "focus to move to the results", self.timeout)

    def filter_outlet(self) -> str:
        """``o`` opens the outlet picker; typing narrows it; enter picks the outlet and searches again."""
        outlet = self.plan.outlet

        def picker_rows(screen: str) -> list[str]:
            """The picker's list rows (under its filter input), blank rows and "Any outlet" left out."""
            rows = [line.text.strip() for line in pane_region(parse_screen(screen), "Outlet")[1:]]
            return [row for row in rows if row and row != "Any outlet"]

        deadline = time.monotonic() + self.timeout
        while True:
            self.tmux.keys("o")
            screen = self.tmux.wait_until(
                lambda s: "type to narrow" in s and bool(picker_rows(s)), "the outlet picker", self.timeout
            )
            if any(row.startswith(outlet) for row in picker_rows(screen)) or time.monotonic() > deadline:
                break
            # the picker opened before the outlet counts came back from their worker: close it, ask again
            self.tmux.keys("Escape")
            self.tmux.wait_gone("type to narrow", timeout=self.timeout)
            time.sleep(0.2)
        self.tmux.type(outlet)
        self.tmux.wait_until(
            lambda s: bool(picker_rows(s)) and all(row.startswith(outlet) for row in picker_rows(s)),
            f"the picker to narrow to {outlet!r}",
            self.timeout,
        )
        self.tmux.keys("Enter")
        chip = f"outlet: {outlet[:10]}"  # the chip may cut a long name
        return self.tmux.wait_until(
            lambda s: "type to narrow" not in s and "─ 1 article ─" in s and chip in s and "searching…" not in s,
            f"the results to narrow to 1 article of {outlet!r}",
            self.timeout,
            settled=True,
        )

    def open_article(self) -> str:
        """Enter opens the highlighted result in the reader."""
        self.tmux.keys("Enter")
        key = title_key(self.plan.title)

        def opened(screen: str) -> bool:
            reader = pane_region(parse_screen(screen), "Reader")
            # the footer loses the list's "Open" key once focus has moved on to the reader
            shown = any(key in line.text for line in reader)
            return shown and "Reader · hit" in screen and "Open" not in footer(screen)

        return self.tmux.wait_until(opened, f"the reader to show {key!r} and take focus", self.timeout)

    def highlights(self) -> tuple[list[Highlight], list[Highlight]]:
        """(query-word occurrences, entity-word occurrences) in the reader body, from the styled screen."""
        screen = self.tmux.capture(escapes=True)
        reader = pane_region(parse_screen(screen), "Reader")
        assert reader, f"no reader pane on screen:\n{strip_escapes(screen)}"
        query_hits = [h for w in re.findall(r"\w+", self.plan.query) for h in word_highlights(reader, w)]
        entity_hits = [h for w in self.plan.entity_words for h in word_highlights(reader, w)]
        return query_hits, entity_hits

    def quit(self) -> str:
        """``q`` quits; the wrapper then prints its marker on the restored normal screen."""
        self.tmux.keys("q")
        return self.tmux.wait_for(EXIT_MARKER, timeout=self.timeout)


# --------------------------------------------------------------------------------------------------------------
# the checks shared by the tmux and ssh tests

RESTORED_MODES = {
    "alternate_on": "0",
    "cursor_flag": "1",
    "mouse_standard_flag": "0",
    "mouse_button_flag": "0",
    "mouse_any_flag": "0",
    "mouse_all_flag": "0",
    "mouse_sgr_flag": "0",
}
"""The pane's modes a program must give back: normal screen, visible cursor, no mouse reporting."""


def assert_filtered(screen: str, plan: JourneyPlan) -> None:
    """After the outlet filter, the results pane holds the plan's article and none of the others."""
    results = "\n".join(line.text for line in pane_region(parse_screen(screen), "1 article"))
    assert title_key(plan.title) in results, f"the filtered list lacks {plan.title!r}:\n{screen}"
    leftovers = [t for t in plan.other_titles if t in results]
    assert not leftovers, f"articles of other outlets are still listed after the filter: {leftovers}\n{screen}"


def assert_highlights(journey: Journey) -> None:
    """The reader marks the query word and the entities with SGR styles that plain body text does not have."""
    query_hits, entity_hits = journey.highlights()
    screen = journey.tmux.capture()
    marked = [h for h in query_hits if h.style != h.body_style]
    assert marked, (
        f"no occurrence of {journey.plan.query!r} in the reader body is styled apart from the text around it: "
        f"{query_hits}\n{screen}"
    )
    assert any(h.style.emphasised for h in marked), f"{journey.plan.query!r} is not bold/underlined: {marked}"
    entities = [
        h
        for h in entity_hits
        if h.style != h.body_style
        and h.style.emphasised
        and (h.style.fg, h.style.bg, h.style.reverse) != (h.body_style.fg, h.body_style.bg, h.body_style.reverse)
    ]
    assert entities, (
        f"none of the entity words {journey.plan.entity_words} is shown in a colour and bold/underline distinct "
        f"from the body text: {entity_hits}\n{screen}"
    )


def assert_clean_exit(journey: Journey, status_file: Path, forbidden: Sequence[str]) -> None:
    """``q`` ends the app with status 0, gives the terminal back (modes, tty settings) and leaves no UI behind."""
    tmux = journey.tmux
    assert journey.seen_alternate, "the app never switched to the alternate screen"
    screen = journey.quit()
    modes = tmux.flags(*RESTORED_MODES)
    assert modes == RESTORED_MODES, f"terminal modes not restored after quitting: {modes}"
    lines = [line.rstrip() for line in screen.splitlines() if line.strip()]
    assert lines == [f"{EXIT_MARKER} 0"], f"after quitting, the normal screen should hold only the exit line:\n{screen}"
    assert not [t for t in forbidden if t in screen], f"app text left on the screen after quitting:\n{screen}"
    release_file(status_file).touch()  # let the wrapper end, with the app's status
    tmux.wait_dead()
    status = read_status(status_file)
    assert tmux.exit_status() == "0", f"the command ended with status {tmux.exit_status()!r} ({status})"
    assert status == {"rc": "0", "tty": "same"}, f"exit status / tty settings after quitting: {status}"


def walk_the_journey(tmux: Tmux, plan: JourneyPlan, status_file: Path) -> None:
    """As a person would: wait for the app, search, filter to one outlet, open an article, check its
    highlights, quit; then check the terminal was given back clean."""
    journey = Journey(tmux, plan)
    journey.wait_ready()
    journey.search()
    assert_filtered(journey.filter_outlet(), plan)
    journey.open_article()
    assert_highlights(journey)
    assert_clean_exit(journey, status_file, forbidden=[title_key(plan.title), plan.query, "Reader"])
