package org.wirescope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An independent reading of Reuters-21578 DATEs, for checking ingest without its code. */
final class ReutersDates {
  private static final Pattern RECORD =
      Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>.*?<DATE>([^<]*)</DATE>", Pattern.DOTALL);

  /** The date at the start of the element; some carry trailing codes or a comment after it. */
  private static final Pattern DATE =
      Pattern.compile(
          "^\\s*(\\d{1,2})-([A-Z]{3})-(\\d{4})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{1,2})");

  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  private ReutersDates() {}

  /** NEWID to the DATE as UTC, for every record whose DATE parses. */
  static Map<String, Instant> fromSgml(Path dir) throws IOException {
    Map<String, Instant> out = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "reut2-*.sgm")) {
      for (Path f : files) {
        String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Matcher m = RECORD.matcher(s);
        while (m.find()) {
          Matcher d = DATE.matcher(m.group(2));
          if (!d.find()) {
            continue; // not parseable: this record is expected among the rejects
          }
          int nanos = Integer.parseInt((d.group(7) + "00").substring(0, 2)) * 10_000_000;
          out.put(
              m.group(1),
              LocalDateTime.of(
                      Integer.parseInt(d.group(3)),
                      MONTHS.indexOf(d.group(2)) / 3 + 1,
                      Integer.parseInt(d.group(1)),
                      Integer.parseInt(d.group(4)),
                      Integer.parseInt(d.group(5)),
                      Integer.parseInt(d.group(6)),
                      nanos)
                  .toInstant(ZoneOffset.UTC));
        }
      }
    }
    return out;
  }
}
