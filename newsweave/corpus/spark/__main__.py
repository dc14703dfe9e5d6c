"""For `spark-submit`: `spark-submit [options] <this file> cluster INPUT... --out DIR` (docs/spark.md)."""

from newsweave.corpus.spark.cli import app

if __name__ == "__main__":
    app(prog_name="newsweave spark")
