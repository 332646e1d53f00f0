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
 * Picks the reader for a file and guards it: whatever a reader throws, early or in the middle of a
 * stream, becomes a reject row for that file, and every record is finished by {@link Finisher}.
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

  /**
   * What {@code auto} judges a file by: its first bytes. A small uncompressed file is read whole
   * for it, and {@code file} then carries the bytes, so that its reader does not open it again
   * (ingest of 20,000 small local files: 35.1 s with two opens, 32.2 s with one; on an object store
   * each open is a request).
   */
  public record Head(SourceFile file, byte[] bytes, int length) {
    public Format format() {
      return Format.detect(file.logicalName(), bytes, Math.min(length, HEAD_BYTES));
    }

    /**
     * Plain text by name and content, and fit to read: not empty and not binary, which the readers
     * reject with their own reasons.
     */
    public boolean isPlainText() {
      return format() == Format.TEXT
          && length > 0
          && !TextDecoding.looksBinary(bytes, Math.min(length, HEAD_BYTES));
    }
  }

  static final int HEAD_BYTES = 4096;

  /** Files up to this size are read whole when auto detection peeks at them. */
  static final long WHOLE_FILE_BYTES = 4L << 20;

  /** The first bytes of a file, or all of a small one; null when they cannot be read. */
  public static Head head(SourceFile file, Configuration conf) {
    if (file.content() == null && !file.compressed() && file.size() <= WHOLE_FILE_BYTES) {
      try {
        byte[] bytes = file.readUpTo(conf, WHOLE_FILE_BYTES);
        // A file that grew since it was listed is left to be streamed by its reader.
        return new Head(
            bytes.length <= WHOLE_FILE_BYTES ? file.withContent(bytes) : file, bytes, bytes.length);
      } catch (IOException e) {
        // Perhaps only its end is unreadable: judge it by its head, and let its reader say why.
      }
    }
    byte[] head = new byte[HEAD_BYTES];
    int n = 0;
    try (InputStream in = file.open(conf)) {
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      return null;
    }
    return new Head(file, head, n);
  }

  /**
   * All records of one file, finished; never throws. {@code auto} is resolved from the file's head.
   */
  public static Iterator<IngestRecord> read(
      SourceFile file, Format requested, ReadOptions options, Configuration conf) {
    if (requested != Format.AUTO) {
      return readAs(file, requested, options, conf);
    }
    Head head = head(file, conf);
    // Unreadable: let the text reader report it properly.
    return head == null ? readAs(file, Format.TEXT, options, conf) : read(head, options, conf);
  }

  /**
   * All records of a file {@code auto} has peeked at, read as the format it found; never throws.
   */
  public static Iterator<IngestRecord> read(Head head, ReadOptions options, Configuration conf) {
    return readAs(head.file(), head.format(), options, conf);
  }

  private static Iterator<IngestRecord> readAs(
      SourceFile file, Format format, ReadOptions options, Configuration conf) {
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
    String reason =
        cause instanceof EOFException || cause instanceof ZipException
            ? Rejects.CORRUPT_COMPRESSION
            : cause instanceof IOException ? Rejects.UNREADABLE : Rejects.MALFORMED;
    return IngestRecord.reject(
        file,
        reader,
        null,
        reason,
        file.name() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
        null);
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
