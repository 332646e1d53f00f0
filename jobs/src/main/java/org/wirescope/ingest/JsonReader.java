package org.wirescope.ingest;

import java.io.IOException;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;

/** Placeholder until written. */
public final class JsonReader implements ArticleReader {
  private final boolean lines;

  public JsonReader(boolean lines) {
    this.lines = lines;
  }

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf) throws IOException {
    throw new IOException("not implemented " + lines);
  }
}
