package org.wirescope.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * Loads a file that a reader parses as a whole, turning the usual ways a file is unusable (empty,
 * binary, truncated archive, too large) into a reject instead of an exception.
 */
final class WholeFile {
  /** Either the file's bytes, or the reject that explains why there are none. */
  record Loaded(byte[] bytes, IngestRecord reject) {}

  private WholeFile() {}

  /** Reads the file whole; {@code limit} is the size over which it is rejected unread. */
  static Loaded load(SourceFile file, String reader, long limit, Configuration conf) {
    byte[] bytes;
    try {
      bytes = file.readUpTo(conf, limit);
    } catch (EOFException | ZipException e) {
      return new Loaded(
          null,
          IngestRecord.reject(
              file,
              reader,
              null,
              Rejects.CORRUPT_COMPRESSION,
              "cannot decompress " + file.name() + ": " + e.getMessage(),
              null));
    } catch (IOException e) {
      return new Loaded(
          null,
          IngestRecord.reject(
              file,
              reader,
              null,
              Rejects.UNREADABLE,
              "cannot read " + file.name() + ": " + e.getMessage(),
              null));
    }
    IngestRecord reject = check(file, reader, bytes, limit);
    return reject != null ? new Loaded(null, reject) : new Loaded(bytes, null);
  }

  /** The reject for an empty, binary or oversized byte array, or null when it is fit to parse. */
  static IngestRecord check(SourceFile file, String reader, byte[] bytes, long limit) {
    if (bytes.length == 0) {
      return IngestRecord.reject(
          file, reader, null, Rejects.EMPTY, file.name() + " is empty", null);
    }
    if (bytes.length > limit) {
      return IngestRecord.reject(
          file,
          reader,
          null,
          Rejects.TOO_LARGE,
          String.format("%s is over the limit of %,d bytes", file.name(), limit),
          new String(
              bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (TextDecoding.looksBinary(bytes, bytes.length)) {
      return IngestRecord.reject(
          file,
          reader,
          null,
          Rejects.BINARY,
          file.name() + " holds binary data, not text",
          new String(
              bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return null;
  }

  /**
   * Decodes bytes, recording a repair on {@code target} when some had to be read as windows-1252.
   */
  static String decode(byte[] bytes, int off, int len, IngestRecord target) {
    TextDecoding.Decoded d = TextDecoding.decode(bytes, off, len, null);
    if (d.repaired() && target != null) {
      target.repairs.add("encoding: " + d.repairedBytes() + " bytes read as windows-1252");
    }
    return d.text();
  }
}
