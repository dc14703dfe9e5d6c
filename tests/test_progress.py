"""Progress of long work: every stage and every article parsed is reported to a listener, and the command
line shows a bar only on a terminal."""

import os
import pty
import subprocess
import sys

import newsweave
from newsweave import nlp, pipeline
from newsweave.progress import listening
from newsweave.weave import story_of


def test_the_pipeline_reports_each_stage_in_order_and_each_article_parsed():
    heard = []
    nlp._cache.clear()
    with listening(lambda what, done, total: heard.append((what, done, total))):
        pipeline.run(story_of([newsweave.example_dir()]))
    stages = [what for what, _, _ in heard if what != "parsing"]
    assert stages == [s.name for s in pipeline.order()]
    # the five bodies, then the five titles
    assert [(done, total) for what, done, total in heard if what == "parsing"] == [(k, 5) for k in range(1, 6)] * 2
    assert all(total == len(stages) for what, _, total in heard if what != "parsing")


def test_nothing_is_reported_outside_a_listening_block():
    heard = []
    with listening(lambda *args: heard.append(args)):
        pass
    nlp._cache.clear()
    newsweave.brief([newsweave.example_dir()])
    assert heard == []


def test_brief_draws_its_bar_on_a_terminal_and_not_with_quiet(tmp_path):
    def stderr_of(*flags):
        leader, follower = pty.openpty()
        process = subprocess.run([sys.executable, "-m", "newsweave", "brief", str(newsweave.example_dir()), "-o",
                                  str(tmp_path / "brief.txt"), *flags], stderr=follower, stdout=subprocess.DEVNULL,
                                 env={**os.environ, "COLUMNS": "100"}, timeout=120)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert process.returncode == 0
        return b"".join(chunks).decode("utf-8", "replace")

    drawn, quiet = stderr_of(), stderr_of("--quiet")
    assert "parsing articles" in drawn and "brief: " in drawn
    assert "parsing articles" not in quiet and "brief: " not in quiet and "wrote" in quiet
