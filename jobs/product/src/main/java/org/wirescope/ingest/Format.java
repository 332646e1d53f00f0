package org.wirescope.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The input formats {@code ingest --format} accepts, and the {@code auto} detection. */
public enum Format {
  AUTO,
  TASS,
  JSON,
  JSONL,
  CSV,
  REUTERS,
  NEWSML,
  TEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a file of this name belongs to this format in a folder walk. */
  public boolean claimsName(String logicalName) {
    String n = logicalName.toLowerCase(Locale.ROOT);
    return switch (this) {
      case AUTO -> byExtension(n) != null;
      case TASS, TEXT -> n.endsWith(".txt") || n.endsWith(".text");
      case JSON -> n.endsWith(".json");
      case JSONL -> n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
      case CSV -> n.endsWith(".csv");
      case REUTERS -> n.endsWith(".sgm") || n.endsWith(".sgml");
      case NEWSML -> n.endsWith(".xml") || n.endsWith(".nitf") || n.endsWith(".newsml");
    };
  }

  /** The format an extension suggests, before peeking; null for an unknown extension. */
  static Format byExtension(String logicalName) {
    for (Format f : new Format[] {TEXT, JSONL, CSV, REUTERS, NEWSML}) {
      if (f.claimsName(logicalName)) {
        return f;
      }
    }
    return null;
  }

  private static final Pattern TASS_DATE_LINE =
      Pattern.compile(
          "(?m)^(January|February|March|April|May|June|July|August|September|October|November|December)"
              + " \\d{1,2}, \\d{1,2}:\\d{2}\\b");

  /**
   * Picks a format from the file name and a peek at its first bytes. Unknown names are judged by
   * content alone; anything that is not recognisably structured is read as plain text.
   */
  public static Format detect(String logicalName, byte[] head, int len) {
    String peek = new String(head, 0, Math.min(len, 4096), StandardCharsets.ISO_8859_1);
    String trimmed = peek.stripLeading();
    if (trimmed.startsWith("\uFEFF") || trimmed.startsWith("\u00EF\u00BB\u00BF")) {
      trimmed = trimmed.substring(trimmed.startsWith("\uFEFF") ? 1 : 3).stripLeading();
    }
    Format ext = byExtension(logicalName);
    if (ext == REUTERS || peek.contains("<REUTERS")) {
      return REUTERS;
    }
    if (ext == NEWSML
        || (trimmed.startsWith("<") && (peek.contains("<NewsML") || peek.contains("<nitf")))) {
      return NEWSML;
    }
    if (ext == CSV) {
      return CSV;
    }
    if (ext == JSONL || trimmed.startsWith("[") || trimmed.startsWith("{")) {
      return trimmed.startsWith("[") ? JSON : JSONL;
    }
    if (TASS_DATE_LINE.matcher(peek).find() || peek.contains("/TASS/.")) {
      return TASS;
    }
    return TEXT;
  }
}
