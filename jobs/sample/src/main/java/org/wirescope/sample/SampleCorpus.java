package org.wirescope.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.wirescope.sample.Article.Channel;
import org.wirescope.sample.CorpusPlan.Slot;
import org.wirescope.sample.CorpusPlan.Special;

/**
 * Writes the project's synthetic sample corpus and its ground truth, and scales it up for
 * benchmarks.
 *
 * <pre>
 * java -cp jobs/sample/target/classes org.wirescope.sample.SampleCorpus [--out data/sample] [--articles 180] [--seed 42]
 * </pre>
 *
 * <p>The output folder gets {@code tass/} (one TASS page per .txt file, the date in the file name
 * because the page's own date line has no year), {@code feeds/} (a JSON Lines file and a CSV file),
 * and GOLD.json and GOLD.md with the facts a correct ingest and analysis must find. A few
 * duplicates and broken records are mixed in on purpose; GOLD says which and why.
 *
 * <p>The same arguments always give byte-identical files: all randomness comes from {@link
 * java.util.Random} seeded by {@code --seed}, nothing reads the clock or the default locale, and
 * every map that is written out has a fixed order. Articles are written one at a time, so {@code
 * --articles 100000} runs in little memory; past 2,000 articles most of them go to the feed files,
 * which roll over every {@value #PART_RECORDS} records.
 */
public final class SampleCorpus {
  static final int PART_RECORDS = 25_000;
  static final String UNDATED = "tass/undated/tass-breaking.txt";
  static final String EMPTY = "tass/tass-2025-04-17-empty.txt";

  private SampleCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Paths.get("data/sample");
    int articles = 180;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println("usage: SampleCorpus [--out DIR] [--articles N] [--seed S]");
        return;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      switch (a) {
        case "--out" -> out = Paths.get(args[++i]);
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + a
                    + "; usage: SampleCorpus [--out DIR] [--articles N] [--seed S]");
      }
    }
    try {
      generate(out, articles, seed);
    } catch (IllegalArgumentException e) {
      System.err.println("SampleCorpus: " + e.getMessage());
      System.exit(2);
    }
    System.out.println(
        "wrote " + articles + " articles (seed " + seed + ") and GOLD.json, GOLD.md to " + out);
  }

  /**
   * Writes the corpus into {@code out}. Earlier output there ({@code tass/}, {@code feeds/},
   * GOLD.json, GOLD.md) is removed first so that a smaller corpus leaves no stale files; nothing
   * else in the folder is touched.
   */
  public static void generate(Path out, int articles, long seed) throws IOException {
    CorpusPlan plan = CorpusPlan.build(articles, seed);
    clean(out);
    Files.createDirectories(out.resolve("tass"));
    Files.createDirectories(out.resolve("feeds"));
    QuoteIndex index = new QuoteIndex(articles);
    Newsroom newsroom = new Newsroom(seed, index);
    int badDateAfter = plan.at(1, 0.3);
    int malformedAfter = plan.at(2, 0.5);
    int emptyRecordAfter = plan.at(5, 0.2);
    try (Gold gold = new Gold(out, articles, seed);
        Feed jsonl = new Feed(out, "wire-2025", "jsonl", null);
        Feed csv = new Feed(out, "export-2025", "csv", WireFormats.CSV_HEADER)) {
      int tassFiles = brokenTassFiles(out, gold);
      for (int i = 0; i < plan.size(); i++) {
        Slot slot = plan.slot(i);
        Article a = newsroom.write(slot);
        tassFiles += emit(a, out, jsonl, csv, gold);
        if (slot.special() == Special.CONTENT_DUP) {
          emit(contentCopy(a), out, jsonl, csv, gold);
        } else if (slot.special() == Special.URL_DUP) {
          emit(resend(a), out, jsonl, csv, gold);
        }
        if (i == badDateAfter) {
          impossibleDate(csv, gold);
        } else if (i == malformedAfter) {
          malformedLine(jsonl, gold);
        } else if (i == emptyRecordAfter) {
          noContent(jsonl, gold);
        }
      }
      List<Map<String, Object>> feedFiles = new ArrayList<>(jsonl.files);
      feedFiles.addAll(csv.files);
      gold.finish(plan, index, newsroom.forced(), feedFiles, tassFiles);
    }
  }

  /** Writes an article where its channel says; returns the number of TASS files written. */
  private static int emit(Article a, Path out, Feed jsonl, Feed csv, Gold gold) throws IOException {
    switch (a.channel) {
      case TASS -> {
        Files.writeString(
            out.resolve("tass").resolve(a.key), WireFormats.tass(a), StandardCharsets.UTF_8);
        gold.article(a, "tass/" + a.key, null);
        return 1;
      }
      case JSONL -> {
        a.url = a.url != null ? a.url : WireFormats.url(a);
        Feed.Position p = jsonl.write(WireFormats.jsonl(WireFormats.fields(a)));
        gold.article(a, p.file(), p.line());
      }
      case CSV -> {
        a.url = a.url != null ? a.url : WireFormats.url(a);
        Feed.Position p = csv.write(WireFormats.csv(WireFormats.fields(a)));
        gold.article(a, p.file(), p.line());
      }
    }
    return 0;
  }

  /** The same TASS story picked up by the JSONL feed two hours later: identical title and body. */
  private static Article contentCopy(Article a) {
    Article c =
        a.copy(Channel.JSONL, String.format(Locale.ROOT, "wire-%d-%04d", Lexicon.YEAR, a.seq));
    c.published = a.published.plus(Duration.ofHours(2));
    c.writtenOffset = ZoneOffset.UTC;
    c.zulu = true;
    c.duplicateOf = a.key;
    c.duplicateBy = "content";
    return c;
  }

  /** A feed story re-sent an hour later under the same url, with a correction line. */
  private static Article resend(Article a) {
    Article r = a.copy(Channel.JSONL, a.key + "b");
    r.published = a.published.plus(Duration.ofHours(1));
    r.url = a.url;
    r.body.add("This story has been corrected to fix the spelling of a place name.");
    r.duplicateOf = a.key;
    r.duplicateBy = "url";
    return r;
  }

  // ---- broken records, written by hand ----

  private static int brokenTassFiles(Path out, Gold gold) throws IOException {
    Path undated = out.resolve(UNDATED);
    Files.createDirectories(undated.getParent());
    Files.writeString(
        undated,
        String.join(
            "\n",
            "Kremlin has no information on new round of consultations",
            "",
            "Russian Politics & Diplomacy",
            "July 14, 16:05 UTC+3 MOSCOW",
            "",
            "No date has been set for the next meeting, Kremlin Spokesman Dmitry Peskov said",
            "",
            "MOSCOW, July 14. /TASS/. Kremlin Spokesman Dmitry Peskov said on Monday that Moscow had no"
                + " information yet about the date of a new round of consultations with Washington.",
            "",
            "\"As soon as there is something to announce, we will announce it,\" Peskov told reporters.",
            "",
            "Topics",
            "Ukraine settlement",
            "Persons",
            "Dmitry Peskov",
            ""),
        StandardCharsets.UTF_8);
    gold.reject(
        new Gold.Reject(
            UNDATED,
            null,
            null,
            "tass",
            "date has no year",
            "a complete TASS page whose path holds no year, so its yearless date line cannot be dated"));
    Files.write(out.resolve(EMPTY), new byte[0]);
    gold.reject(
        new Gold.Reject(
            EMPTY,
            null,
            null,
            "tass",
            "empty file",
            "a file of 0 bytes in the TASS folder (with nothing to peek at, auto detection hands it to the text reader)"));
    return 2;
  }

  private static void impossibleDate(Feed csv, Gold gold) throws IOException {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", "exp-2025-r01");
    f.put("title", "Tanker checks in Gulf of Finland draw Russian protest");
    f.put("lead", "Moscow has protested against new inspections of tankers in the Gulf of Finland");
    f.put(
        "body",
        "KALININGRAD, February 30 (Example Wire) - Coast guards in the Gulf of Finland have checked"
            + " several tankers in a week, officials said.\n\n\"These inspections have no basis in the law of the"
            + " sea,\" Foreign Ministry Spokeswoman Maria Zakharova said.");
    f.put("published_at", "2025-02-30T11:00:00+03:00");
    f.put("url", WireFormats.HOST + "defense/exp-2025-r01");
    f.put("section", "Military & Defense");
    f.put("topics", List.of("Baltic Sea security"));
    f.put("persons", List.of("Maria Zakharova"));
    f.put("source", WireFormats.SOURCE);
    Feed.Position p = csv.write(WireFormats.csv(f));
    gold.reject(
        new Gold.Reject(
            p.file(),
            p.line(),
            "exp-2025-r01",
            "csv",
            "impossible date",
            "published_at 2025-02-30T11:00:00+03:00: February has no 30th day"));
  }

  private static void malformedLine(Feed jsonl, Gold gold) throws IOException {
    Feed.Position p =
        jsonl.write(
            "{\"id\":\"wire-2025-r01\",\"title\":\"Grain talks resume in Istanbul\","
                + "\"lead\":\"Delegations met for a third round of consultations on\n");
    gold.reject(
        new Gold.Reject(
            p.file(),
            p.line(),
            "wire-2025-r01",
            "jsonl",
            "malformed record",
            "a JSON object cut off in the middle of a string"));
  }

  private static void noContent(Feed jsonl, Gold gold) throws IOException {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", "wire-2025-r02");
    f.put("title", "");
    f.put("lead", "");
    f.put("body", "");
    f.put("published_at", "2025-06-05T10:00:00Z");
    f.put("url", WireFormats.HOST + "world/wire-2025-r02");
    f.put("section", "World");
    f.put("topics", List.of());
    f.put("persons", List.of());
    f.put("source", WireFormats.SOURCE);
    Feed.Position p = jsonl.write(WireFormats.jsonl(f));
    gold.reject(
        new Gold.Reject(
            p.file(),
            p.line(),
            "wire-2025-r02",
            "jsonl",
            "missing title and body",
            "a valid record whose title, lead and body are empty strings"));
  }

  // ---- files ----

  /** Removes earlier output: tass/, feeds/, GOLD.json and GOLD.md, nothing else. */
  static void clean(Path out) throws IOException {
    for (String dir : List.of("tass", "feeds")) {
      Path d = out.resolve(dir);
      if (Files.exists(d)) {
        try (Stream<Path> walk = Files.walk(d)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
    Files.deleteIfExists(out.resolve("GOLD.json"));
    Files.deleteIfExists(out.resolve("GOLD.md"));
  }

  /**
   * A feed file that rolls over to a new part every {@value #PART_RECORDS} records, and knows the
   * line each record starts on (CSV records span several lines).
   */
  static final class Feed implements AutoCloseable {
    record Position(String file, int line) {}

    private final Path out;
    private final String base;
    private final String ext;
    private final String header;
    final List<Map<String, Object>> files = new ArrayList<>();
    private BufferedWriter w;
    private String current;
    private int line;
    private int records;

    Feed(Path out, String base, String ext, String header) {
      this.out = out;
      this.base = base;
      this.ext = ext;
      this.header = header;
    }

    Position write(String text) throws IOException {
      if (w == null || records == PART_RECORDS) {
        roll();
      }
      Position p = new Position(current, line);
      w.write(text);
      line += (int) text.chars().filter(c -> c == '\n').count();
      records++;
      files.get(files.size() - 1).merge("records", 1, (x, y) -> (Integer) x + (Integer) y);
      return p;
    }

    private void roll() throws IOException {
      close();
      int part = files.size() + 1;
      current = "feeds/" + base + (part == 1 ? "" : "-part" + part) + "." + ext;
      w = Files.newBufferedWriter(out.resolve(current), StandardCharsets.UTF_8);
      line = 1;
      records = 0;
      if (header != null) {
        w.write(header + "\n");
        line++;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("path", current);
      f.put("format", ext);
      f.put("records", 0);
      files.add(f);
    }

    @Override
    public void close() throws IOException {
      if (w != null) {
        w.close();
        w = null;
      }
    }
  }
}
