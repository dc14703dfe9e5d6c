"""The made-up news the web app tests serve: the corpus tests' stream (tests/corpus/corpus_news.py) and one
more story, told by three invented outlets, whose title, outlet, quote and address carry script payloads,
and whose pages keep their scraping debris (share buttons, a newsletter box)."""

TITLE = "Lantern barge sinks in Oskvar <script>alert(1)</script>"
OUTLET = "Oskvar <img src=x onerror=alert(2)> Beacon"
URL = "javascript:alert(4)"
QUOTE = "The barge was overloaded <img src=y onerror=alert(3)> with lanterns"

H1 = ("Share on Facebook\nShare on Twitter\n\n"
      "The festival barge Morrow Lantern sank in the harbour of Oskvar on Friday evening, and all eleven crew members "
      "swam to the quay, the Oskvar harbour office said. The barge was carrying four hundred paper lanterns for the "
      f"Quenby night parade. \"{QUOTE},\" said the harbour master Idris Velloway on Friday. Divers from the Oskvar fire "
      "station will lift the wreck on Monday, and the parade is postponed until the barge is raised.\n\n"
      "Subscribe to our newsletter for the latest Oskvar news.\n")
H2 = ("The Morrow Lantern, a festival barge loaded with four hundred paper lanterns, went down in Oskvar harbour on "
      "Friday evening. All eleven crew members reached the quay, the harbour office said. \"The barge was overloaded "
      "with lanterns,\" harbour master Idris Velloway said. Oskvar fire station divers plan to raise the wreck on Monday; "
      "the Quenby night parade has been postponed.")
H3 = ("Oskvar's Quenby night parade is postponed after the lantern barge Morrow Lantern sank in the harbour on Friday "
      "evening. Eleven crew members swam to safety, according to the Oskvar harbour office. Harbour master Idris "
      "Velloway said the barge was overloaded. Divers will lift the wreck on Monday.")

HOSTILE = [
    {"id": "h1", "source": OUTLET, "published": "2026-05-08", "title": TITLE, "url": URL, "text": H1},
    {"id": "h2", "source": "Quenby Lamp", "published": "2026-05-09", "title": "Lantern barge goes down in Oskvar harbour",
     "url": "https://lamp.example/oskvar-barge", "text": H2},
    {"id": "h3", "source": "Harbour Wire", "published": "2026-05-09", "title": "Oskvar parade postponed", "text": H3},
]
