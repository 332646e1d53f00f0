package org.wirescope.ingest;

import java.io.IOException;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;

/** Placeholder until written. */
public final class ReutersReader implements ArticleReader {
  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf) throws IOException {
    throw new IOException("not implemented");
  }
}
