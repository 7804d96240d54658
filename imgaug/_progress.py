"""A minimal progress bar with rate and ETA for the command line (private)."""

import sys
import time


def format_seconds(seconds):
    """``H:MM:SS`` (or ``M:SS`` under an hour) of a duration in seconds."""
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class Progress:
    """Counts finished items and redraws one status line on a stream.

    On a terminal the line is redrawn in place at most ten times a second;
    elsewhere (logs, pipes) a line is printed at every tenth of the total.

    Parameters
    ----------
    total : int
        Number of items.
    unit : str, optional
        What an item is, for the rate.
    stream : None or file, optional
        Where to write (default ``sys.stderr``).
    enabled : bool, optional
        ``False`` writes nothing.
    clock : callable, optional
        Time source (seconds), for tests.

    """

    def __init__(self, total, unit="img", stream=None, enabled=True, clock=None):
        self.total = int(total)
        self.unit = unit
        self.stream = sys.stderr if stream is None else stream
        self.enabled = enabled
        self.clock = time.monotonic if clock is None else clock
        self.done = 0
        self.processed = 0  # items that took work (not skipped): the rate's base
        self.start = self.clock()
        self._last_draw = None
        self._last_decile = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def update(self, count=1, skipped=0):
        """Mark ``count`` items as finished, ``skipped`` of them without work."""
        self.done += count
        self.processed += count - skipped
        if not self.enabled:
            return
        now = self.clock()
        if self._tty:
            if self._last_draw is None or now - self._last_draw >= 0.1:
                self._write("\r" + self.line(now))
                self._last_draw = now
        else:
            decile = (10 * self.done // self.total) if self.total else 10
            if decile > self._last_decile:
                self._last_decile = decile
                self._write(self.line(now) + "\n")

    def close(self):
        """Draw the final state (and end the line on a terminal)."""
        if self.enabled and self._tty:
            self._write("\r" + self.line(self.clock()) + "\n")

    def line(self, now):
        """Return the status line: bar, counts, elapsed time, rate and ETA."""
        elapsed = now - self.start
        fraction = self.done / self.total if self.total else 1.0
        filled = int(round(20 * fraction))
        bar = "#" * filled + "." * (20 - filled)
        rate = self.processed / elapsed if elapsed > 0 else 0.0
        remaining = self.total - self.done
        eta = format_seconds(remaining / rate) if rate > 0 else "?"
        return (
            f"{100 * fraction:3.0f}% [{bar}] {self.done}/{self.total} "
            f"[{format_seconds(elapsed)} elapsed, {rate:.1f} {self.unit}/s, "
            f"ETA {eta}]"
        )

    def _write(self, text):
        self.stream.write(text)
        self.stream.flush()
