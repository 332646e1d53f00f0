package org.wirescope.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * One article per text file: the first non-empty line is the title, the rest the body. A {@code
 * metadata.tsv} in the file's folder or above it (found by the job, see {@link TextMetadata}) may
 * supply date, source, url and section, keyed by file name without extension. Without metadata the
 * article is kept undated. A last line that is only a wire sign-off ("REUTER") is not part of the
 * body.
 */
public final class PlainTextReader implements ArticleReader {
  static final String READER = "text";

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    WholeFile.Loaded loaded = WholeFile.load(file, READER, options.maxRecordBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    Map<String, String> meta = options.metadata().get(TextMetadata.key(file.logicalName()));
    IngestRecord r;
    if (meta != null) {
      r = RecordMapper.toArticle(file, READER, null, meta::get, options);
      r.sourceRecord = null; // one article per file: the file is the record
      r.idKey = null;
    } else {
      r = IngestRecord.article(file, READER, null);
    }
    String text = WholeFile.decode(loaded.bytes(), 0, loaded.bytes().length, r);
    if (r.isReject()) {
      r.excerpt = Normalise.excerpt(text, 1024);
      return List.of(r).iterator();
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    int nl = t.indexOf('\n');
    r.title = nl < 0 ? t : t.substring(0, nl);
    r.body = nl < 0 ? null : ReutersReader.stripSignOffLine(t.substring(nl + 1));
    Datelines.Split d = Datelines.split(r.body);
    if (d != null) {
      r.dateline = d.place();
      r.body = d.rest();
    }
    return List.of(r).iterator();
  }
}
