"""The corpus on Apache Spark: the same stories as `newsweave.corpus.cluster` finds on one machine, for
corpora past one (`newsweave spark cluster INPUT... --out DIR`; docs/spark.md).

One definition, two engines: the executors call the very functions the local engine calls — reading
(`read.read_data`), cleaning (`weave.usable`), an article's features, exact key and MinHash signature
(`cluster.item`), the near-duplicate choice (`cluster.nearest`) and the pair decision (`cluster.linked`) —
while Spark does what one machine does with dictionaries: finding candidate pairs by LSH band and blocking
key (`duplicates`, `links`), grouping linked articles (`components`) and numbering the stories (`job`).

>>> from newsweave.corpus.spark import job, session   # doctest: +SKIP
>>> spark = session.started("local[2]")                # doctest: +SKIP
>>> job.cluster(spark, ["news/"], "out").lines()[1]    # doctest: +SKIP
'stories: 4'

The modules import no Spark until a job runs, so `newsweave --help` does not pay for them.
"""
