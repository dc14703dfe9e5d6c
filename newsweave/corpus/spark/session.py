"""The Spark session a job runs in, and the few things newsweave asks of the cluster's file systems.

On a local master (`local[*]`, `local[2]`, `local-cluster[...]`) the executors are processes on this machine:
they run this Python with this newsweave (its folder is put first on their PYTHONPATH), the driver binds to
the loopback address and there is no web UI. On a cluster the executors run what `spark-submit` ships them
(docs/spark.md). Anything given with `--conf KEY=VALUE` wins over these defaults.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from newsweave.model import NewsweaveError

INSTALL = "install it with `pip install 'newsweave[spark]'`"
# for every master: many small files packed into one task rather than a task for every few of them
DEFAULTS = {
    "spark.sql.files.openCostInBytes": str(64 * 1024),
}
LOCAL = {
    # one JVM is the driver and every executor: Spark's 1 GB heap runs out at 100k articles
    "spark.driver.memory": "3g",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.ui.enabled": "false",
}


def cores(master: str) -> int:
    """The cores a local master runs on: local[4] 4, local[*] all, local-cluster[2,1,1024] 2.

    >>> cores("local[4]"), cores("local-cluster[2,3,1024]"), cores("local") == 1
    (4, 6, True)
    """
    inside = master[master.find("[") + 1:master.rfind("]")] if "[" in master else "1"
    if master.startswith("local-cluster"):
        workers, per_worker, _ = inside.split(",")
        return int(workers) * int(per_worker)
    return (os.cpu_count() or 1) if inside.strip() in ("*", "") else int(inside.split(",")[0])


def settings(local: bool, conf: dict[str, str], master: str = "local[*]") -> dict[str, str]:
    """The settings a job starts with: newsweave's defaults (and a local master's), then the user's `conf`."""
    out = dict(DEFAULTS)
    if local:
        # a few shuffle partitions per core: Spark's 200 make every round of the grouping pay for 200 tasks
        out["spark.sql.shuffle.partitions"] = str(4 * cores(master))
        package_root = str(Path(__file__).resolve().parents[3])
        python_path = os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))
        out.update(LOCAL)
        out["spark.pyspark.python"] = os.environ.get("PYSPARK_PYTHON") or sys.executable
        out["spark.executorEnv.PYTHONPATH"] = python_path
    out.update(conf)
    return out


def parse_conf(pairs: list[str]) -> dict[str, str]:
    """`--conf KEY=VALUE` options as a dict; a pair without `=` is a user's error."""
    conf = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise NewsweaveError("--conf", f"{pair!r} is not KEY=VALUE", "write it as --conf spark.executor.memory=4g")
        conf[key.strip()] = value
    return conf


def started(master: str | None = None, conf: dict[str, str] | None = None, name: str = "newsweave"):
    """A Spark session on `master` (None: the one `spark-submit` gives, else `local[*]`), or a
    `NewsweaveError` saying what is missing (pyspark, Java)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise NewsweaveError("pyspark", "is not installed (newsweave spark needs it)", INSTALL) from None
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # run by spark-submit: its JVM is already there
    if not submitted:
        java_home = os.environ.get("JAVA_HOME")
        if not (shutil.which("java") or (java_home and Path(java_home, "bin", "java").exists())):
            raise NewsweaveError("java", "is not installed: Spark needs Java 17 (or newer)",
                                 "install a JDK (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME")
        master = master or "local[*]"
    local = not submitted and master.startswith("local")
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the Python of the executors, read when the JVM starts
    builder = SparkSession.builder.appName(name)
    if master:
        builder = builder.master(master)
    for key, value in settings(local, conf or {}, master or "").items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _fs(spark, path: str):
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), hadoop_path


def exists(spark, path: str) -> bool:
    """Whether `path` (a file, folder or glob, on any file system Spark reads) names something."""
    fs, hadoop_path = _fs(spark, path)
    found = fs.globStatus(hadoop_path)
    return found is not None and len(found) > 0


def is_empty_or_absent(spark, path: str) -> bool:
    fs, hadoop_path = _fs(spark, path)
    if not fs.exists(hadoop_path):
        return True
    return fs.getFileStatus(hadoop_path).isDirectory() and len(fs.listStatus(hadoop_path)) == 0


def remove(spark, path: str) -> None:
    fs, hadoop_path = _fs(spark, path)
    fs.delete(hadoop_path, True)


__all__ = ["exists", "is_empty_or_absent", "parse_conf", "remove", "settings", "started"]
