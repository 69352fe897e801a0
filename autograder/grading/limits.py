"""Every limit the grader puts on student code and on what comes back from it, in one place.

What student code may use (per sandboxed kernel, i.e. per notebook; see sandbox.py):
- CPU_SECONDS of CPU time, MEMORY_BYTES of address space;
- PROCESSES processes and threads (the kernel itself uses about 10);
- WORKDIR_BYTES in its working copy and TMP_BYTES in /tmp: both are size-capped tmpfs
  mounts, held in memory, so (WORKDIR_BYTES + TMP_BYTES) x workers must fit the machine;
  FILE_BYTES for any single file;
- each cell also has nbgrader's timeout (`make grade --timeout`, 30 s by default).

What comes back from it: student code decides the text of its exceptions and prints, so
everything it says is cut to a fixed length before it reaches tests.csv, a feedback page
or report.html:
- a test's message: MESSAGE_CHARS (tests.csv, feedback, the report);
- a cell's printed output in a feedback page: OUTPUT_CHARS (its end, where errors are);
- a message in the report's "most common problems": REPORT_CHARS of its first line;
- each output of the autograded notebook that comes back from a worker (and goes to the
  instructor's gradebook copy): NOTEBOOK_OUTPUT_CHARS of text, an image of at most that size.
"""
MIB = 1024 ** 2

CPU_SECONDS = 300
MEMORY_BYTES = 4096 * MIB
PROCESSES = 64
WORKDIR_BYTES = 64 * MIB
TMP_BYTES = 64 * MIB
FILE_BYTES = 64 * MIB

MESSAGE_CHARS = 1500
OUTPUT_CHARS = 3000
REPORT_CHARS = 160
NOTEBOOK_OUTPUT_CHARS = 20_000


def clip(text, limit):
    """`text` cut to at most `limit` characters, saying how much was cut."""
    text = str(text)
    if len(text) <= limit:
        return text
    note = f" [... {len(text) - limit} more characters cut]"
    return text[: max(0, limit - len(note))] + note


def clip_end(text, limit):
    """The last `limit` characters of `text` (where a traceback ends), saying how much was cut."""
    text = str(text)
    if len(text) <= limit:
        return text
    note = f"[{len(text) - limit} earlier characters cut ...] "
    return note + text[-max(0, limit - len(note)):]
