package org.wirescope.ingest;

import java.io.IOException;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads one file of one format into records: articles or rejects. Implementations are plain Java
 * (no Spark) so they can be tested on the real corpora directly. They may stream: the iterator is
 * consumed once, lazily. A thrown exception rejects the whole file; a bad record should instead
 * come back as a reject so its neighbours survive.
 */
public interface ArticleReader {
  Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException;
}
