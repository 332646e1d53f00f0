package org.wirescope.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * Picks the reader for a file and guards it: whatever a reader throws, early or in the middle of
 * a stream, becomes a reject row for that file, and every record is finished by {@link Finisher}.
 * This is the one entry point the Spark job calls per file.
 */
public final class Readers {
  private Readers() {}

  public static ArticleReader forFormat(Format format) {
    return switch (format) {
      case TASS -> new TassTextReader();
      case JSON -> new JsonReader(false);
      case JSONL -> new JsonReader(true);
      case CSV -> new CsvReader();
      case REUTERS -> new ReutersReader();
      case NEWSML -> new NewsmlReader();
      case TEXT -> new PlainTextReader();
      case AUTO -> throw new IllegalArgumentException("auto is resolved per file by Readers.read");
    };
  }

  /** Resolves {@code auto} for one file by its name and first bytes. */
  public static Format resolve(SourceFile file, Format requested, Configuration conf) {
    if (requested != Format.AUTO) {
      return requested;
    }
    Head head = head(file, conf);
    // Unreadable: let the text reader report it properly.
    return head == null ? Format.TEXT : head.format(file);
  }

  /** The first bytes of a file, which {@code auto} judges it by. */
  public record Head(byte[] bytes, int length) {
    public Format format(SourceFile file) {
      return Format.detect(file.logicalName(), bytes, length);
    }

    /**
     * Plain text by name and content, and fit to read: not empty and not binary, which the
     * readers reject with their own reasons.
     */
    public boolean isPlainText(SourceFile file) {
      return format(file) == Format.TEXT && length > 0 && !TextDecoding.looksBinary(bytes, length);
    }
  }

  /** The first 4 KB of a file; null when they cannot be read. */
  public static Head head(SourceFile file, Configuration conf) {
    byte[] head = new byte[4096];
    int n = 0;
    try (InputStream in = file.open(conf)) {
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      return null;
    }
    return new Head(head, n);
  }

  /** All records of one file, finished; never throws. */
  public static Iterator<IngestRecord> read(SourceFile file, Format requested, ReadOptions options,
      Configuration conf) {
    Format format = resolve(file, requested, conf);
    String reader = format.label();
    Iterator<IngestRecord> raw;
    try {
      raw = forFormat(format).read(file, options, conf);
    } catch (IOException | RuntimeException e) {
      return List.of(failure(file, reader, e)).iterator();
    }
    return new Guarded(raw, file, reader, options);
  }

  static IngestRecord failure(SourceFile file, String reader, Exception e) {
    Throwable cause = e.getCause() instanceof IOException io ? io : e;
    String reason = cause instanceof EOFException || cause instanceof ZipException
        ? Rejects.CORRUPT_COMPRESSION
        : cause instanceof IOException ? Rejects.UNREADABLE : Rejects.MALFORMED;
    return IngestRecord.reject(file, reader, null, reason,
        file.name() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), null);
  }

  /** Finishes each record; a reader failing mid-stream ends the file with one reject. */
  private static final class Guarded implements Iterator<IngestRecord> {
    private final Iterator<IngestRecord> raw;
    private final SourceFile file;
    private final String reader;
    private final ReadOptions options;
    private IngestRecord next;
    private boolean done;

    Guarded(Iterator<IngestRecord> raw, SourceFile file, String reader, ReadOptions options) {
      this.raw = raw;
      this.file = file;
      this.reader = reader;
      this.options = options;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      try {
        if (raw.hasNext()) {
          next = Finisher.finish(raw.next(), options);
        } else {
          done = true;
        }
      } catch (RuntimeException e) {
        done = true;
        next = failure(file, reader, e);
      }
      return next != null;
    }

    @Override
    public IngestRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestRecord r = next;
      next = null;
      return r;
    }
  }
}
