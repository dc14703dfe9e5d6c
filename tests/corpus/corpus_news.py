"""The made-up news stream of the corpus tests: every place, person, outlet and event here is invented.

STORIES lists the expected stories as sets of article ids; the tests assert exactly this partition.
"""

import json
from pathlib import Path

A1 = ("The Kestrel Bridge over the river Ossan in Varnholt collapsed at dawn on Tuesday, sending two delivery vans and "
      "a tram car into the water. Fourteen people were injured, city officials said, and divers pulled three drivers from "
      "the wreck. Mayor Oren Balquist called the collapse a catastrophe and closed every crossing on the Ossan until "
      "engineers inspect them. The engineer Mirela Tosk, who surveyed the Kestrel Bridge in 2019, had warned that its "
      "cables were rusting. Trams in Varnholt will run on the northern loop while the wreck is cleared. Police said the "
      "steel span gave way at 5.40 am, and that 14 people were taken to the Saint Hallam infirmary.")
A2 = ("Varnholt woke to sirens as its Kestrel Bridge fell into the Ossan, with 14 injured. Witnesses on the quay said the "
      "steel span buckled and dropped a tram car and two vans into the river. Oren Balquist, the mayor, said every bridge "
      "over the Ossan will stay shut until it is inspected. Mirela Tosk, an engineer, warned in 2019 that the cables of "
      "the Kestrel Bridge were corroding, but repairs were postponed. Divers rescued three drivers. The injured were "
      "taken to the Saint Hallam infirmary, where two remain in serious condition. The tram company said its northern "
      "loop will carry passengers across Varnholt for now. The council meets on Thursday to discuss the repairs.")
A3 = ("Fourteen hurt as Kestrel Bridge gives way in Varnholt. A tram car and two vans plunged into the river Ossan when "
      "the old span collapsed early on Tuesday. Mayor Balquist ordered all Ossan crossings closed. Engineer Mirela Tosk "
      "had flagged rusting cables on the Kestrel Bridge in a 2019 survey. Rescuers at the Saint Hallam infirmary treated "
      "the 14 injured.")
A4 = ("Questions mount in Varnholt after the Kestrel Bridge collapse left 14 people injured. A 2019 report by the "
      "engineer Mirela Tosk described corroded cables on the span over the Ossan. Mayor Oren Balquist has shut the "
      "other Ossan bridges and promised an inquiry. Three drivers were rescued by divers, and the tram car that fell "
      "with the span was empty apart from its driver.")
D1 = "Kestrel Bridge collapses into the Ossan in Varnholt, 14 injured, Mayor Balquist closes crossings."
# a near duplicate of A2: one sentence changed
E2 = A2.replace("The council meets on Thursday to discuss the repairs.", "The council will meet on Friday about the repairs.")

B1 = ("A footbridge over the Sallow canal in Drummelby gave way on Saturday evening, and three walkers fell into the "
      "shallow water. Mayor Ilse Penderby said the Harwick footbridge, built of timber in 1961, had been due for "
      "replacement next spring. Firefighters from the Drummelby station helped the three out; one was treated for a "
      "broken wrist at the Corran clinic. The towpath along the Sallow is closed while the timber is removed.")
B2 = ("Three walkers were hurt when the timber Harwick footbridge collapsed into the Sallow canal in Drummelby. "
      "Mayor Ilse Penderby promised a steel replacement for the 1961 crossing. The Corran clinic treated one walker "
      "for a broken wrist, and the towpath stays closed for a week.")

C1 = ("Corvale Rovers won the Tindlemoor Cup final on Sunday, beating Ashmere United 3-1 at Grisholt Park. The striker "
      "Joss Quillane scored twice in the second half, and the captain Teodor Vask added a header from a corner. Ashmere "
      "had led through an early penalty by Renny Okafield. It is the first trophy for Corvale since 1987, and the manager "
      "Halvard Brisk said his players had earned every minute of it.")
C2 = ("Joss Quillane's double gave Corvale Rovers the Tindlemoor Cup as they came from behind to beat Ashmere United 3-1. "
      "Renny Okafield put Ashmere ahead from the penalty spot, but Teodor Vask headed the equaliser and Quillane struck "
      "twice at Grisholt Park. Halvard Brisk, the Corvale manager, celebrated the club's first trophy since 1987.")
C3 = ("Grisholt Park saw Corvale Rovers end a wait that began in 1987: a 3-1 win over Ashmere United in the Tindlemoor "
      "Cup final. Quillane scored two, Vask one, and Okafield's penalty was all Ashmere could manage. Manager Halvard "
      "Brisk dedicated the cup to the supporters.")

# one story in two halves that share no rare words; F3 tells both
F1 = ("Fire broke out at the Quillon dye works in Parmeth on Wednesday night. The works manager Tamsin Orrel said forty "
      "workers left the sheds before the roof of the main vat hall caught. Six fire crews from Parmeth and Yelverton "
      "fought the blaze until morning, and the Quillon works will stay shut this week.")
F2 = ("Thirty-two families were evacuated from the Lowbray estate after a yellow cloud drifted over their homes overnight. "
      "Dravik Hume, the council's emergency officer, opened the Lowbray community hall as a shelter and told residents "
      "to keep their windows closed. Sixty residents complained of sore eyes, and nine were seen by paramedics.")
F3 = ("The fire at the Quillon dye works in Parmeth sent a yellow cloud over the Lowbray estate, where thirty-two families "
      "were evacuated. Works manager Tamsin Orrel said forty workers escaped the vat hall before its roof caught, while "
      "six crews from Parmeth and Yelverton fought the blaze. Dravik Hume, the council emergency officer, sheltered the "
      "Lowbray families in the community hall, and paramedics saw nine residents with sore eyes.")

# id, source, published, title, text; in arrival order
RECORDS = [
    ("a1", "ossan-herald", "2026-03-10", "Kestrel Bridge collapses in Varnholt", A1),
    ("a2", "northgate-post", "2026-03-10", "Fourteen injured as Varnholt bridge falls", A2),
    ("a3", "tram-times", "2026-03-10", "Kestrel Bridge gives way", A3),
    ("a4", "varnholt-ledger", "2026-03-11", "Warnings ignored before Kestrel Bridge fell", A4),
    ("d1", "quickfeed", "2026-03-10", "Kestrel Bridge collapse in Varnholt: 14 hurt", D1),
    ("e1", "copy-desk", "2026-03-10", "Kestrel Bridge collapses in Varnholt", A1),
    ("e2", "reprint-daily", "2026-03-11", "Fourteen injured as Varnholt bridge falls", E2),
    ("c1", "ossan-herald", "2026-03-15", "Corvale Rovers lift the Tindlemoor Cup", C1),
    ("c2", "pitchside", "2026-03-15", "Quillane double wins the cup for Corvale", C2),
    ("c3", "northgate-post", "2026-03-16", "Corvale end their wait", C3),
    ("f1", "parmeth-echo", "2026-03-18", "Fire at the Quillon dye works", F1),
    ("f2", "lowbray-news", "2026-03-18", "Lowbray families evacuated", F2),
    ("b1", "canal-courier", "2026-04-11", "Harwick footbridge gives way in Drummelby", B1),
    ("b2", "northgate-post", "2026-04-12", "Walkers hurt in Drummelby footbridge fall", B2),
    ("f3", "parmeth-echo", "2026-03-19", "Dye works fire sent cloud over Lowbray", F3),
]
STORIES = [{"a1", "a2", "a3", "a4", "d1", "e1", "e2"}, {"c1", "c2", "c3"}, {"f1", "f2", "f3"}, {"b1", "b2"}]


def record(id, source, published, title, text) -> dict:
    return {"id": id, "source": source, "published": published, "title": title, "text": text}


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(record(*r)) + "\n" for r in rows), encoding="utf-8")
    return path


def partition(placed: dict[str, str]) -> set[frozenset[str]]:
    """Stories as sets of article ids, whatever their ids."""
    groups: dict[str, set[str]] = {}
    for article, story in placed.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def placement(corpus) -> dict[str, str]:
    return {r["article"]: r["story"] for r in corpus.export()}




SYLLABLES = ["bar", "kel", "mo", "tris", "val", "dun", "ost", "pir", "lem", "garth", "sun", "wick", "hol", "rain", "tor", "ebb"]


def made_up_name(i: int, parts: int = 3) -> str:
    """A made-up word, different for every i (base-16 digits as syllables)."""
    word = ""
    for _ in range(parts):
        word += SYLLABLES[i % 16]
        i //= 16
    return word.capitalize()


def made_up_articles(path: Path, n: int) -> Path:
    """n small unrelated articles, each about its own made-up town and person."""
    rows = []
    for i in range(n):
        town, person = made_up_name(i), made_up_name(i * 7 + 3, 4)
        text = (f"The council of {town} approved a new market hall on Monday. {person}, who chairs the council, said the "
                f"hall in {town} will open in the spring with {i + 20} stalls. Traders in {town} welcomed the plan.")
        rows.append((f"m{i}", f"outlet-{i % 5}", "2026-05-01", f"{town} gets a market hall", text))
    return write_jsonl(path, rows)
