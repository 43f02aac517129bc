import os
import signal
import subprocess
import sys
import time

import pytest

from app.batch import command
from tests.batch.helpers import read_rows
from tests.fixtures.generated import write_articles

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_batch_command_exit_status_and_one_stderr_line_per_failure(tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "z.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out.jsonl"
    assert command.main([str(tmp_path / "in"), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("keyfacts-batch: z.png: ") and "3 analysed, 1 failed" in err[1]
    assert len(read_rows(out)) == 4
    assert command.main([str(tmp_path / "in"), "-o", str(out)]) == 0  # nothing left to do
    assert "4 already in" in capsys.readouterr().err


def test_bad_arguments_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        command.main([str(tmp_path / "no-such-folder"), "-o", str(tmp_path / "o.jsonl")])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        command.main([str(tmp_path), "-o", "o.jsonl", "--jobs", "2", "--workers", "2"])
    assert exit_.value.code == 2


def test_a_killed_run_resumes_to_the_same_output(tmp_path):
    write_articles(tmp_path / "in", 150)
    clean = tmp_path / "clean.jsonl"
    assert command.main([str(tmp_path / "in"), "-o", str(clean)]) == 0
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "app.batch.command", str(tmp_path / "in"), "-o", str(out)],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.stat().st_size > 8_000:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # However the kill fell, also leave a cut line, as a kill in the middle of a write would.
    with open(out, "a", encoding="utf-8") as stream:
        stream.write('{"id": "article-99999.txt", "source": "cut')
    before = out.read_bytes().count(b"\n")
    assert 0 < before < 150
    assert command.main([str(tmp_path / "in"), "-o", str(out)]) == 0
    assert out.read_bytes() == clean.read_bytes()


def test_parquet_copy(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is optional")
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    command.main([str(tmp_path / "in"), "-o", str(out), "--parquet", str(parquet)])
    table = pq.read_table(parquet).to_pylist()
    assert [row["id"] for row in table] == [row["id"] for row in read_rows(out)]
    assert table[3]["error"] and table[0]["error"] is None and table[0]["title"]


def test_keyfacts_cli_still_reads_a_file_named_batch(tmp_path, monkeypatch, capsys):
    from app import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch").write_text("Harbour opens. The harbour opened on Monday.", "utf-8")
    assert cli.main(["--format", "json", "batch"]) == 0
    assert '"source": "batch"' in capsys.readouterr().out
