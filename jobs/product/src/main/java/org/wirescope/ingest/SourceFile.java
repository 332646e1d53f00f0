package org.wirescope.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * One input file: its full path (any Hadoop file system), its path relative to the input root it
 * was found under (which keeps article ids stable when a corpus moves), and its size. Opening it
 * decompresses {@code .gz} and the other codecs Hadoop knows.
 *
 * @param content the file's bytes when they have been read already (auto detection reads a small
 *     file whole), so that its reader does not open it a second time; else null
 */
public record SourceFile(String path, String relativePath, long size, byte[] content)
    implements Serializable {

  public SourceFile(String path, String relativePath, long size) {
    this(path, relativePath, size, null);
  }

  /** This file with its bytes, as read from it. */
  public SourceFile withContent(byte[] bytes) {
    return new SourceFile(path, relativePath, size, bytes);
  }

  /**
   * The last part of the path, cut from the string: parsing a Path each time cost 10% of reading a
   * small file.
   */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The file name without compression suffix, lower-cased: what format detection looks at. */
  public String logicalName() {
    String n = name().toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".gz", ".bz2", ".deflate", ".zst"}) {
      if (n.endsWith(ext)) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  public boolean compressed() {
    return !logicalName().equals(name().toLowerCase(Locale.ROOT));
  }

  public InputStream open(Configuration conf) throws IOException {
    if (content != null) {
      return new ByteArrayInputStream(content);
    }
    Path p = new Path(path);
    InputStream raw = new BufferedInputStream(p.getFileSystem(conf).open(p), 1 << 16);
    String lower = name().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    if (Format.byExtension(lower) != null) {
      // Hadoop's codecs go by suffix and none claims .txt, .json and the like: no codec factory
      // (which instantiates every codec) for them.
      return raw;
    }
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return codec == null ? raw : new BufferedInputStream(codec.createInputStream(raw), 1 << 16);
  }

  /**
   * Reads at most {@code limit + 1} bytes, so callers can tell "over the limit" without reading it
   * all.
   */
  public byte[] readUpTo(Configuration conf, long limit) throws IOException {
    if (content != null) {
      return content.length <= limit + 1 ? content : Arrays.copyOf(content, (int) (limit + 1));
    }
    try (InputStream in = open(conf)) {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream((int) Math.min(Math.max(size, 1024), limit + 1));
      byte[] buf = new byte[1 << 16];
      long total = 0;
      int n;
      while (total <= limit
          && (n = in.read(buf, 0, (int) Math.min(buf.length, limit + 1 - total))) > 0) {
        out.write(buf, 0, n);
        total += n;
      }
      return out.toByteArray();
    }
  }
}
