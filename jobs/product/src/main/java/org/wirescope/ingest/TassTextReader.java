package org.wirescope.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * One TASS article per text file, in the form tass.com pages copy to:
 *
 * <pre>
 * Title
 *
 * Section
 * November 12, 14:30 UTC+3 MOSCOW
 *
 * Lead paragraph
 *
 * MOSCOW, November 12. /TASS/. Body ...
 *
 * Topics
 * Russia-US cyber scandal
 * Persons
 * Donald Trump Dmitry Peskov Vladimir Putin
 * </pre>
 *
 * The date line has no year. It is taken from a year in the file's path below the input root (the
 * file name first, then its folders, then the root folder's own name), else from {@code
 * --default-year}; with neither, the article is rejected, never guessed.
 */
public final class TassTextReader implements ArticleReader {
  static final String READER = "tass";

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^([A-Z][a-z]+)\\.? (\\d{1,2}),? (\\d{1,2}):(\\d{2})"
              + "(?:\\s+((?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|UTC|GMT))?(?:\\s+(.+))?$");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(?<!\\d)(19[5-9]\\d|20\\d\\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    WholeFile.Loaded loaded = WholeFile.load(file, READER, options.maxRecordBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    IngestRecord r = IngestRecord.article(file, READER, null);
    String text = WholeFile.decode(loaded.bytes(), 0, loaded.bytes().length, r);
    return List.of(parse(text, r, options)).iterator();
  }

  /** Fills {@code r} from the text of one TASS page. */
  static IngestRecord parse(String text, IngestRecord r, ReadOptions options) {
    List<String> lines =
        Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    int i = skipBlank(lines, 0);
    if (i >= lines.size()) {
      return r.rejectAs(Rejects.NO_CONTENT, "file has no text", text);
    }
    r.source = "TASS";
    r.title = lines.get(i).strip();
    i++;
    // Section: the non-empty lines before the date line, if a date line comes within a few lines.
    int dateIdx = -1;
    for (int j = i, seen = 0; j < lines.size() && seen < 4; j++) {
      String l = lines.get(j).strip();
      if (l.isEmpty()) {
        continue;
      }
      seen++;
      if (DATE_LINE.matcher(l).matches()) {
        dateIdx = j;
        break;
      }
    }
    if (dateIdx >= 0) {
      List<String> section = new ArrayList<>();
      for (int j = i; j < dateIdx; j++) {
        if (!lines.get(j).isBlank()) {
          section.add(lines.get(j).strip());
        }
      }
      r.section = section.isEmpty() ? null : String.join(" / ", section);
      applyDate(lines.get(dateIdx).strip(), r, options);
      if (r.isReject()) {
        r.excerpt = Normalise.excerpt(text, 1024);
        return r;
      }
      i = dateIdx + 1;
    }
    // Paragraphs up to the tag blocks.
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    int j = i;
    for (; j < lines.size(); j++) {
      String l = lines.get(j).strip();
      if (l.equals("Topics") || l.equals("Persons")) {
        break;
      }
      if (l.isEmpty()) {
        flush(para, paragraphs);
      } else {
        para.append(para.length() > 0 ? " " : "").append(l);
      }
    }
    flush(para, paragraphs);
    readTags(lines, j, r);

    // The lead is what comes before the paragraph that opens with the dateline.
    int bodyStart = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Datelines.Split d = Datelines.split(paragraphs.get(p));
      if (d != null) {
        bodyStart = p;
        r.dateline = d.place();
        paragraphs.set(p, d.rest());
        break;
      }
    }
    if (bodyStart > 0) {
      r.lead = String.join("\n\n", paragraphs.subList(0, bodyStart));
    }
    r.body = String.join("\n\n", paragraphs.subList(Math.max(bodyStart, 0), paragraphs.size()));
    if (dateIdx >= 0 && r.dateline == null) {
      Matcher m = DATE_LINE.matcher(lines.get(dateIdx).strip());
      if (m.matches() && m.group(6) != null) {
        r.dateline = m.group(6).strip();
      }
    }
    r.persons = splitPersons(r.persons, r.title + "\n" + r.lead + "\n" + r.body);
    return r;
  }

  private static void applyDate(String line, IngestRecord r, ReadOptions options) {
    Matcher m = DATE_LINE.matcher(line);
    m.matches();
    Integer month = Dates.month(m.group(1));
    if (month == null) {
      r.rejectAs(Rejects.UNPARSEABLE_DATE, "unknown month in date line '" + line + "'", null);
      return;
    }
    int day = Integer.parseInt(m.group(2));
    Integer year = yearFromPath(nearPath(r.sourceFile, r.relativePath), month, day);
    if (year == null) {
      year = options.defaultYear();
    }
    if (year == null) {
      r.rejectAs(
          Rejects.NO_YEAR,
          "date line '"
              + line
              + "' has no year, and neither the file path nor"
              + " --default-year gives one",
          null);
      return;
    }
    String zone = m.group(5) == null ? null : m.group(5).replace(" ", "");
    r.withDate(
        Dates.build(
            line,
            year.toString(),
            month.toString(),
            m.group(2),
            m.group(3),
            m.group(4),
            null,
            null,
            zone,
            options.naiveZone(KnownSources.byName("TASS"))),
        line);
    if (m.group(6) != null) {
      r.dateline = m.group(6).strip();
    }
  }

  /**
   * The part of a path that speaks about the article: its path below the input root, plus the
   * root's own folder name ("tass-2017/"). Years further up ("/home/ann/2024-projects/") say
   * nothing about it.
   */
  static String nearPath(String fullPath, String relativePath) {
    if (relativePath == null || fullPath == null || !fullPath.endsWith(relativePath)) {
      return relativePath != null ? relativePath : fullPath;
    }
    String root =
        fullPath.substring(0, fullPath.length() - relativePath.length()).replaceAll("/+$", "");
    int slash = root.lastIndexOf('/');
    return root.substring(slash + 1) + "/" + relativePath;
  }

  /**
   * The year of a yearless date from the file path. A full date in the path (2017-11-12) is a
   * better witness than a bare year: of the years around it, the one that puts the month and day
   * closest to the path's date wins, so "December 31" in a file dated 2018-01-01 is 2017.
   */
  static Integer yearFromPath(String path, int month, int day) {
    if (path == null) {
      return null;
    }
    String[] parts = path.replace('\\', '/').split("/");
    for (int k = parts.length - 1; k >= 0; k--) {
      Matcher full = FULL_DATE.matcher(parts[k]);
      if (full.find()) {
        LocalDate pathDate =
            LocalDate.of(
                Integer.parseInt(full.group(1)),
                Integer.parseInt(full.group(2)),
                Math.min(28, Integer.parseInt(full.group(3))));
        Integer best = null;
        long bestGap = Long.MAX_VALUE;
        for (int y = pathDate.getYear() - 1; y <= pathDate.getYear() + 1; y++) {
          try {
            long gap = Math.abs(ChronoUnit.DAYS.between(pathDate, LocalDate.of(y, month, day)));
            if (gap < bestGap) {
              bestGap = gap;
              best = y;
            }
          } catch (java.time.DateTimeException e) {
            // February 29 in a non-leap year: not this year.
          }
        }
        return best;
      }
      Matcher y = YEAR.matcher(parts[k]);
      if (y.find()) {
        return Integer.parseInt(y.group(1));
      }
    }
    return null;
  }

  private static void readTags(List<String> lines, int from, IngestRecord r) {
    List<String> target = null;
    for (int j = from; j < lines.size(); j++) {
      String l = lines.get(j).strip();
      if (l.equals("Topics")) {
        target = r.topics;
      } else if (l.equals("Persons")) {
        target = r.persons;
      } else if (!l.isEmpty() && target != null) {
        target.add(l);
      }
    }
  }

  /**
   * Persons blocks copied from a page lose the links between names: "Donald Trump Dmitry Peskov
   * Vladimir Putin". A line is cut into names of one to four words so that as many names as
   * possible occur in the article text; two-word names win ties, the common shape of TASS tags.
   */
  static List<String> splitPersons(List<String> lines, String text) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] w = line.strip().split("\\s+");
      int n = w.length;
      int[] cost = new int[n + 1];
      int[] cut = new int[n + 1];
      Arrays.fill(cost, Integer.MAX_VALUE);
      cost[0] = 0;
      for (int e = 1; e <= n; e++) {
        for (int len = 1; len <= Math.min(4, e); len++) {
          int s = e - len;
          if (cost[s] == Integer.MAX_VALUE) {
            continue;
          }
          String name = String.join(" ", Arrays.asList(w).subList(s, e));
          // A name found in the text costs 1; an unplaced word costs 5, and unplaced words
          // prefer to go in pairs.
          int c = text.contains(name) ? 1 : 5 * len + (len == 2 ? 0 : 1);
          if (cost[s] + c < cost[e]) {
            cost[e] = cost[s] + c;
            cut[e] = s;
          }
        }
      }
      List<String> names = new ArrayList<>();
      for (int e = n; e > 0; e = cut[e]) {
        names.add(0, String.join(" ", Arrays.asList(w).subList(cut[e], e)));
      }
      out.addAll(names);
    }
    return out;
  }

  private static int skipBlank(List<String> lines, int i) {
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static void flush(StringBuilder para, List<String> paragraphs) {
    if (para.length() > 0) {
      paragraphs.add(para.toString());
      para.setLength(0);
    }
  }
}
