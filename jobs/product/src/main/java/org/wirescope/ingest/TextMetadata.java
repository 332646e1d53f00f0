package org.wirescope.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * {@code metadata.tsv} files beside plain-text corpora (the PolNeAR layout): a header row, one row
 * per article, keyed by a {@code filename} (or {@code file}, {@code id}) column. They are small, so
 * the job reads them on the driver and ships the map to the readers.
 */
public final class TextMetadata {
  public static final String FILE_NAME = "metadata.tsv";

  private TextMetadata() {}

  /** The lookup key of an article file: its name without folders and extensions, lower-cased. */
  public static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int slash = n.lastIndexOf('/');
    n = n.substring(slash + 1);
    for (String ext : new String[] {".txt", ".text"}) {
      if (n.endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  /** Reads the given metadata files into one map: article key to lower-cased column to value. */
  public static Map<String, Map<String, String>> load(List<SourceFile> files, Configuration conf)
      throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (SourceFile f : files) {
      String text =
          TextDecoding.decode(f.readUpTo(conf, ReadOptions.DEFAULT_MAX_FILE_BYTES)).text();
      String[] lines = text.replace("\r\n", "\n").split("\n");
      if (lines.length == 0) {
        continue;
      }
      String[] header = lines[0].split("\t", -1);
      int keyCol = -1;
      for (int i = 0; i < header.length; i++) {
        header[i] = header[i].strip().toLowerCase(Locale.ROOT);
        if (keyCol < 0 && List.of("filename", "file", "file_name", "id").contains(header[i])) {
          keyCol = i;
        }
      }
      if (keyCol < 0) {
        throw new IOException(f.path() + " has no filename column (header: " + lines[0] + ")");
      }
      for (int l = 1; l < lines.length; l++) {
        String[] cells = lines[l].split("\t", -1);
        if (cells.length <= keyCol || cells[keyCol].isBlank()) {
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          String v = cells[i].strip();
          if (!v.isEmpty() && !v.equals("None") && !v.equals("NULL")) {
            row.put(header[i], v);
          }
        }
        out.put(key(cells[keyCol]), row);
      }
    }
    return out;
  }
}
