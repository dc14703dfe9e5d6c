"""The language check at read time (read.language): an article in another language is said to be one."""

import pytest

from newsweave.read import read
from newsweave.read.language import language

# made-up reports of the example's story, in three other languages
GERMAN = ("Fähre und Tanker stoßen im Hafen von Saltmere zusammen\n\n"
          "Die Fähre Hollin Bay und der Tanker Corvina Spirit sind am Montagmorgen im Hafen von Saltmere zusammengestoßen. "
          "Nach Angaben der Hafenbehörde wurden vierzehn Menschen verletzt, niemand kam ums Leben.\n")
RUSSIAN = ("Паром и танкер столкнулись в порту Солтмир\n\n"
           "Паром «Холлин Бэй» и танкер «Корвина Спирит» столкнулись в понедельник утром в гавани Солтмира. "
           "По данным портовых властей, пострадали четырнадцать человек.\n")
CHINESE = "渡轮与油轮在索尔特米尔港相撞\n\n周一上午，渡轮霍林湾号与化学品油轮科尔维纳精神号在索尔特米尔港相撞。港务局说，十四人受伤，无人死亡。\n"


@pytest.mark.parametrize("text, code", [(GERMAN, "de"), (RUSSIAN, "ru"), (CHINESE, "zh")])
def test_articles_in_other_languages_are_told(tmp_path, write, text, code):
    [article], _ = read([write(tmp_path, f"{code}.txt", text)])
    assert article.language == code


def test_english_articles_full_of_foreign_names_stay_english(example_articles):
    assert {a.language for a in example_articles} == {"en"}
    assert language("Maren Tolvik told Mikhail Orlenko and Ivo Marsh that the Hollin Bay and Corvina Spirit had collided.") == "en"


def test_a_foreign_article_is_skipped_with_its_language_never_called_debris(tmp_path, write):
    from typer.testing import CliRunner

    from newsweave.cli import app
    from newsweave.read import example_dir

    write(tmp_path, "in/de.txt", GERMAN)
    write(tmp_path, "in/northline-wire.txt", (example_dir() / "northline-wire.txt").read_text(encoding="utf-8"))
    strict = CliRunner().invoke(app, ["quotes", str(tmp_path / "in")])
    assert strict.exit_code == 2
    assert strict.stderr.splitlines()[-1].startswith(f"newsweave: {tmp_path / 'in' / 'de.txt'}: is in German (de); newsweave reads English articles only")
    for command in ("clean", "quotes", "copies", "brief"):
        result = CliRunner().invoke(app, [command, str(tmp_path / "in"), "--skip-bad", "--format", "json" if command == "brief" else "jsonl"])
        assert result.exit_code == 0, command
        assert "debris" not in result.stdout and "navigation" not in result.stdout.split("northline")[0], command
        assert "is in German (de); newsweave reads English articles only" in result.stdout, command
        assert f"skipped {tmp_path / 'in' / 'de.txt'}: is in German" in result.stderr, command
