package org.wirescope.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.ingest.Format;
import org.wirescope.ingest.IngestRecord;
import org.wirescope.ingest.ReadOptions;
import org.wirescope.ingest.Readers;
import org.wirescope.ingest.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scales the real Reuters-21578 corpus up to N articles in its own raw SGML format, for benchmarks
 * that must read what the ingest reads. Not product code.
 *
 * <pre>
 * java -cp jobs/target/classes:$(cat /tmp/cp.txt) org.wirescope.bench.ReutersScaler \
 *     --corpora ../shared/corpora --articles 1000000 --out /tmp/bench-corpus-1m [--seed 1987] \
 *     [--per-file 1000] [--start 1987-01-01 --years 5]
 * </pre>
 *
 * <p><b>Output.</b> {@code reut2-000000.sgm}, {@code reut2-000001.sgm}, ... in {@code --out}, each
 * the {@code <!DOCTYPE lewis ...>} line and {@code --per-file} {@code <REUTERS>} records, and
 * nothing else (no DTD, no README). Earlier {@code reut2-NNNNNN.sgm} files there are removed first,
 * so a smaller run leaves no stale files; nothing else in the folder is touched.
 *
 * <p><b>One output record is one real source record</b>, copied as raw bytes: TOPICS, PLACES,
 * PEOPLE, ORGS, EXCHANGES, COMPANIES, UNKNOWN, TITLE, AUTHOR and BODY keep the source's bytes,
 * entities ({@code &lt;}, {@code &#3;}) and all, so the tags stay true to the text. Only these
 * spans change:
 *
 * <ul>
 *   <li>{@code NEWID} is 1..N in output order, and {@code OLDID} is {@value #OLDID_BASE} + NEWID,
 *       which collides with no NEWID and no original OLDID;
 *   <li>the {@code <DATE>} date-time is replaced by a new one in the source's own format ({@code "
 *       5-MAR-1987 09:04:36.35"}, day padded with a space); whatever followed it in the source
 *       (wire codes such as {@code &#5;&#5;&#5;RM}, an editor's '#' note) is kept, since the reader
 *       must cope with it;
 *   <li>the "Month D" in the {@code <DATELINE>} ("SALVADOR, Feb 26 -") becomes the new date, in the
 *       corpus' month style (Jan, Feb, March, ... Sept, Oct); a dateline with no recognisable
 *       "Month D" (0.6%: "2 March", "Macrh 5", "ABR 7", none at all) is kept as it is;
 *   <li>the body gets one more paragraph, a blank line and {@code " (ref NEWID)"}, just before the
 *       sign-off ("Reuter"), or at its end when it has none: see below.
 * </ul>
 *
 * <p><b>The uniqueness line.</b> A million articles from ~19,000 sources repeat each one ~50 times,
 * and ingest marks an article a duplicate when SHA-256 over its folded title and body matches
 * another's ({@code Normalise.contentHash}, grouped in {@code IngestTransforms.withDuplicateOf});
 * DATE and DATELINE are not part of that hash. So the title or the body must change. The title
 * stays as the source wrote it (it is what people read and what headline-style detection looks at),
 * and the body gets the smallest change that survives folding: a last paragraph "(ref 123456)", the
 * way a wire tags a re-sent item with a reference. It sits before the sign-off, so the reader still
 * strips "Reuter" and the body ends in the reference line. It holds no capitalised word and no
 * quotation mark, so it adds no person mention and no quote. The blank line before it matters:
 * ingest folds the Reuters paragraph indentation away, so a stored body is one paragraph to the
 * quote finder, and a quotation the source never closes would run on into the line; the blank line
 * ends that paragraph first. With it, the analysis of a copy equals that of its source, offsets and
 * all (the test checks this). Every record gets it, the first copy of a source too, so that every
 * output body is unique by construction, even where the source itself holds the same story twice.
 *
 * <p><b>Which sources.</b> A source record is used when the project's own reader ({@link
 * Readers#read} with {@link Format#REUTERS}, the same path ingest takes) accepts it with both a
 * title and a body. Of the 21,578 records that leaves 19,042, all with a BODY: skipped are the
 * 1,798 {@code TYPE="BRIEF"} records (title only), 736 {@code TYPE="UNPROC"} ones (no TITLE/BODY
 * markup) and the two the reader rejects (one impossible DATE, one record with no text). The new
 * DATE would mend the first, but a source is used only when the reader takes it whole, which keeps
 * the rule simple. Skipped records are counted by reason on standard error.
 *
 * <p><b>Picking and dating.</b> Output records go through the usable sources in cycles: each cycle
 * is a fresh seeded shuffle of all of them, so every source is used ⌊N/S⌋ or ⌈N/S⌉ times and the
 * topic and person mix is the source's. Record i (0-based) is dated start + (i + u) × span / N with
 * u uniform in [0, 1): evenly spread, jittered, and in NEWID order, like the original. Times are
 * UTC, the zone the reader assumes for Reuters.
 *
 * <p><b>Deterministic:</b> the same arguments give byte-identical files. All randomness comes from
 * one {@link Random} seeded by {@code --seed}; nothing reads the clock or the default locale;
 * sources are read in file-name order.
 *
 * <p><b>Streaming:</b> the usable source records are held once in memory (about 25 MB of raw
 * bytes); output is written record by record through a buffered stream, never held whole. It prints
 * progress every {@value #PROGRESS_EVERY} records on standard error and the total bytes written at
 * the end on standard output.
 */
@Command(
    name = "ReutersScaler",
    sortOptions = false,
    description = {
      "Writes N articles in raw Reuters-21578 SGML, each a real source record with a "
          + "new NEWID/OLDID, a new date and a reference paragraph added to its body.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  java -cp jobs/target/classes:$(cat /tmp/cp.txt) org.wirescope.bench.ReutersScaler "
          + "--corpora ../shared/corpora --articles 100000 --out /tmp/bench-corpus-100k"
    })
public final class ReutersScaler implements Callable<Integer> {
  static final int OLDID_BASE = 100_000;
  static final int PROGRESS_EVERY = 100_000;
  static final String PROLOG = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n";
  private static final Pattern OUTPUT_NAME = Pattern.compile("reut2-\\d{6,}\\.sgm");
  private static final Pattern SOURCE_NAME = Pattern.compile("reut2-\\d+\\.sgm");

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--corpora",
      required = true,
      paramLabel = "DIR",
      description = "The shared corpora folder; the sources are DIR/reuters21578/reut2-*.sgm.")
  Path corpora;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "N",
      description = "Articles to write.")
  int articles;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder; its earlier reut2-NNNNNN.sgm files are replaced.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1987",
      paramLabel = "S",
      description = "Seed of the picks and the date jitter (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--per-file",
      defaultValue = "1000",
      paramLabel = "N",
      description =
          "<REUTERS> records per output file (default: ${DEFAULT-VALUE}, as in the original).")
  int perFile;

  @Option(
      names = "--start",
      defaultValue = "1987-01-01",
      paramLabel = "DATE",
      description = "First day of the date span, yyyy-MM-dd (default: ${DEFAULT-VALUE}).")
  String start;

  @Option(
      names = "--years",
      defaultValue = "5",
      paramLabel = "Y",
      description = "Length of the date span in years (default: ${DEFAULT-VALUE}).")
  int years;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it and check the exit code. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ReutersScaler());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("ReutersScaler: error: " + e.getMessage());
          return 1;
        });
    return cl;
  }

  @Override
  public Integer call() throws IOException {
    Settings settings;
    try {
      settings = new Settings(articles, seed, perFile, LocalDate.parse(start), years);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--start must be yyyy-MM-dd, not '" + start + "'");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path reuters = corpora.resolve("reuters21578");
    if (out.toAbsolutePath().normalize().equals(reuters.toAbsolutePath().normalize())) {
      throw new ParameterException(
          spec.commandLine(), "--out must not be the source folder " + reuters);
    }
    PrintWriter err = spec.commandLine().getErr();
    Sources sources = Sources.load(reuters);
    err.printf(
        Locale.ROOT,
        "ReutersScaler: %,d source records in %d files, %,d usable, %s skipped, read in %.1f s%n",
        sources.records(),
        sources.files(),
        sources.usable().size(),
        sources.skippedSummary(),
        sources.seconds());
    err.flush();
    Result r = write(sources, settings, out, err);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "ReutersScaler: wrote %,d articles in %,d files, %,d bytes (%,.1f MB) to %s in %.1f s (seed %d)%n",
            r.articles(),
            r.files(),
            r.bytes(),
            r.bytes() / 1e6,
            out,
            r.seconds(),
            settings.seed());
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * What to write: how many articles, the seed, file size, and the date span [start, start +
   * years).
   */
  public record Settings(int articles, long seed, int perFile, LocalDate start, int years) {
    public Settings {
      if (articles < 1) {
        throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
      }
      if (perFile < 1) {
        throw new IllegalArgumentException("--per-file must be at least 1, not " + perFile);
      }
      if (years < 1) {
        throw new IllegalArgumentException("--years must be at least 1, not " + years);
      }
      // The reader takes years 1800..2200; the DATE format has four digits.
      if (start.getYear() < 1800 || start.getYear() + years > 2200) {
        throw new IllegalArgumentException(
            "the span " + start + " + " + years + " years must lie in 1800..2200");
      }
    }

    LocalDateTime from() {
      return start.atStartOfDay();
    }

    LocalDateTime until() {
      return start.plusYears(years).atStartOfDay();
    }
  }

  /** What was written. */
  public record Result(long articles, int files, long bytes, double seconds) {}

  // ---- the sources ----

  /**
   * One usable source record: its raw bytes and the spans of them that each output copy replaces,
   * in order, as {kind, start, end} triples (an insertion has start == end).
   */
  record Source(String file, String newId, byte[] raw, int[] holes) {}

  static final int OLDID = 0;
  static final int NEWID = 1;
  static final int DATE = 2;
  static final int DATELINE_DATE = 3;
  static final int REF_LINE = 4;

  /**
   * The usable source records in file and record order, with how many records there were and why
   * the others were skipped (reason to count, sorted).
   */
  public record Sources(
      List<Source> usable, int records, int files, Map<String, Integer> skipped, double seconds) {

    /** "1,798 (no body: 1,798; no title: 736)" or "none". */
    public String skippedSummary() {
      if (skipped.isEmpty()) {
        return "none";
      }
      StringBuilder b =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%,d (",
                  skipped.values().stream().mapToInt(Integer::intValue).sum()));
      skipped.forEach(
          (why, n) ->
              b.append(b.charAt(b.length() - 1) == '(' ? "" : "; ")
                  .append(why)
                  .append(": ")
                  .append(String.format(Locale.ROOT, "%,d", n)));
      return b.append(')').toString();
    }

    /** Reads every {@code reut2-*.sgm} in {@code dir} once. */
    public static Sources load(Path dir) throws IOException {
      long t0 = System.nanoTime();
      if (!Files.isDirectory(dir)) {
        throw new IOException("no Reuters-21578 folder at " + dir);
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files =
            s.filter(p -> SOURCE_NAME.matcher(p.getFileName().toString()).matches())
                .sorted()
                .toList();
      }
      if (files.isEmpty()) {
        throw new IOException("no reut2-*.sgm files in " + dir);
      }
      Configuration conf = new Configuration();
      List<Source> usable = new ArrayList<>();
      Map<String, Integer> skipped = new TreeMap<>();
      int records = 0;
      for (Path f : files) {
        Map<String, String> verdicts = verdicts(f, conf);
        byte[] bytes = Files.readAllBytes(f);
        // Latin-1 maps byte i to char i, so string offsets are byte offsets.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int from = text.indexOf("<REUTERS ");
        while (from >= 0) {
          int next = text.indexOf("<REUTERS ", from + 1);
          int close = text.indexOf("</REUTERS>", from);
          records++;
          String why;
          Source src = null;
          if (close < 0 || (next >= 0 && close > next)) {
            why = "no </REUTERS>";
          } else {
            int end = close + "</REUTERS>".length();
            String sgml = text.substring(from, end);
            String newId = attribute(sgml, "NEWID");
            why =
                newId == null ? "no NEWID" : verdicts.getOrDefault(newId, "not read by the reader");
            if (why.isEmpty()) {
              int[] holes = holes(sgml);
              if (holes == null) {
                why = "markup the scaler cannot rewrite";
              } else {
                src =
                    new Source(
                        f.getFileName().toString(),
                        newId,
                        Arrays.copyOfRange(bytes, from, end),
                        holes);
              }
            }
          }
          if (src != null) {
            usable.add(src);
          } else {
            skipped.merge(why, 1, Integer::sum);
          }
          from = next;
        }
      }
      if (usable.isEmpty()) {
        throw new IOException("no usable Reuters records in " + dir);
      }
      return new Sources(
          List.copyOf(usable), records, files.size(), skipped, (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * What the project's reader makes of each record of a file, by NEWID: "" when it is an article
   * with a title and a body, else why it is not.
   */
  private static Map<String, String> verdicts(Path f, Configuration conf) throws IOException {
    Map<String, String> out = new HashMap<>();
    SourceFile file =
        new SourceFile(f.toUri().toString(), f.getFileName().toString(), Files.size(f));
    Iterator<IngestRecord> it = Readers.read(file, Format.REUTERS, ReadOptions.defaults(), conf);
    while (it.hasNext()) {
      IngestRecord r = it.next();
      String why =
          r.isReject()
              ? "rejected by the reader: " + r.rejectReason
              : r.body == null && r.title == null
                  ? "no title and no body"
                  : r.body == null ? "no body" : r.title == null ? "no title" : "";
      if (r.sourceRecord != null) {
        out.put(r.sourceRecord, why);
      }
    }
    return out;
  }

  /** The value of {@code NAME="..."} in the record's start tag, or null. */
  static String attribute(String sgml, String name) {
    int[] v = attributeSpan(sgml, name);
    return v == null ? null : sgml.substring(v[0], v[1]).strip();
  }

  private static int[] attributeSpan(String sgml, String name) {
    int tagEnd = sgml.indexOf('>');
    String key = " " + name + "=\"";
    int at = sgml.indexOf(key);
    if (tagEnd < 0 || at < 0 || at > tagEnd) {
      return null;
    }
    int start = at + key.length();
    int end = sgml.indexOf('"', start);
    return end < 0 || end > tagEnd ? null : new int[] {start, end};
  }

  /**
   * The spans of one record that a copy replaces, as {kind, start, end} triples in order; null when
   * a required one (OLDID, NEWID, DATE, TEXT with BODY) is missing.
   */
  static int[] holes(String sgml) {
    List<int[]> h = new ArrayList<>();
    int[] oldId = attributeSpan(sgml, "OLDID");
    int[] newId = attributeSpan(sgml, "NEWID");
    if (oldId == null || newId == null) {
      return null;
    }
    h.add(new int[] {OLDID, oldId[0], oldId[1]});
    h.add(new int[] {NEWID, newId[0], newId[1]});

    int date = sgml.indexOf("<DATE>");
    int dateEnd = date < 0 ? -1 : sgml.indexOf("</DATE>", date);
    if (dateEnd < 0) {
      return null;
    }
    h.add(
        new int[] {
          DATE, date + "<DATE>".length(), dateTokenEnd(sgml, date + "<DATE>".length(), dateEnd)
        });

    int text = sgml.indexOf("<TEXT>");
    int body = text < 0 ? -1 : sgml.indexOf("<BODY>", text);
    int bodyEnd = body < 0 ? -1 : sgml.indexOf("</BODY>", body);
    if (bodyEnd < 0) {
      return null;
    }
    int dateline = sgml.indexOf("<DATELINE>", text);
    int datelineEnd = dateline < 0 || dateline > body ? -1 : sgml.indexOf("</DATELINE>", dateline);
    if (datelineEnd >= 0) {
      int[] md = monthDay(sgml, dateline + "<DATELINE>".length(), datelineEnd);
      if (md != null) {
        h.add(new int[] {DATELINE_DATE, md[0], md[1]});
      }
    }
    int ref = refLineAt(sgml, body + "<BODY>".length(), bodyEnd);
    h.add(new int[] {REF_LINE, ref, ref});

    h.sort((a, b) -> Integer.compare(a[1], b[1]));
    int[] flat = new int[h.size() * 3];
    for (int i = 0; i < h.size(); i++) {
      System.arraycopy(h.get(i), 0, flat, i * 3, 3);
    }
    return flat;
  }

  /**
   * The end of the date-time in a DATE element: before the first wire code ('&amp;') or editor's
   * note ('#'), trailing spaces excluded. What follows is kept.
   */
  private static int dateTokenEnd(String s, int from, int to) {
    int end = to;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '&' || c == '#') {
        end = i;
        break;
      }
    }
    while (end > from && s.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /**
   * A "Month D" or "Mon. D" in a dateline: month word (a month's name, or a 3+ letter start of one)
   * and day.
   */
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?<![A-Za-z])([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?!\\d)");

  private static final String[] MONTH_NAMES = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /** How the corpus' datelines write months ("Feb 26", "March 3", "Oct 19"); Sept as wires did. */
  private static final String[] DATELINE_MONTHS = {
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"
  };

  private static final String[] DATE_MONTHS = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
  };

  /** The span of the first "Month D" in {@code s[from, to)}, and its case style, or null. */
  private static int[] monthDay(String s, int from, int to) {
    Matcher m = MONTH_DAY.matcher(s).region(from, to);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      for (String month : MONTH_NAMES) {
        if (month.startsWith(w) || (w.equals("sept") && month.equals("september"))) {
          return new int[] {m.start(), m.end()};
        }
      }
    }
    return null;
  }

  /**
   * The sign-off the reader strips from a body's last line (a copy of {@code ReutersReader}'s rule,
   * applied to the raw text): "Reuter", "REUTER...", "REUTER TAW", "Reuter4".
   */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?i:reuter)|REUTERS|^\\s*Reuters)(?:\\.{0,3}|\\s+[A-Z]{1,3}|\\d[\\d:/A-Z]*)\\s*$");

  /**
   * Where the reference line goes in the raw body {@code s[from, to)}: right after the last
   * character of text before the sign-off(s) the reader strips, or after the last character of text
   * when there is no sign-off. Trailing whitespace and control entities ({@code &#3;}) are not
   * text.
   */
  static int refLineAt(String s, int from, int to) {
    int end = trimEnd(s, from, to);
    // Twice at most, as the reader: a few bodies are signed off twice ("REUTER" then " Reuter").
    for (int k = 0; k < 2 && end > from; k++) {
      int lineStart = Math.max(from, s.lastIndexOf('\n', end - 1) + 1);
      Matcher m = SIGN_OFF.matcher(s).region(lineStart, end);
      if (!m.find()) {
        break;
      }
      end = trimEnd(s, from, m.start());
    }
    return end;
  }

  /** {@code end} moved back over whitespace and control-character entities such as {@code &#3;}. */
  private static int trimEnd(String s, int from, int end) {
    while (end > from) {
      char c = s.charAt(end - 1);
      if (Character.isWhitespace(c)) {
        end--;
        continue;
      }
      if (c == ';') {
        int amp = s.lastIndexOf("&#", end - 1);
        if (amp >= from
            && end - amp <= 6
            && s.substring(amp + 2, end - 1).chars().allMatch(Character::isDigit)
            && end - amp > 3) {
          int cp = Integer.parseInt(s.substring(amp + 2, end - 1));
          if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            end = amp;
            continue;
          }
        }
      }
      break;
    }
    return end;
  }

  // ---- the output ----

  /** Writes {@code settings.articles()} records into {@code out}; progress goes to {@code log}. */
  public static Result write(Sources sources, Settings settings, Path out, PrintWriter log)
      throws IOException {
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    clean(out);
    List<Source> usable = sources.usable();
    int n = settings.articles();
    Random random = new Random(settings.seed());
    int[] order = new int[usable.size()];
    LocalDateTime from = settings.from();
    long spanCs = ChronoUnit.SECONDS.between(from, settings.until()) * 100;

    long bytes = 0;
    int files = 0;
    OutputStream w = null;
    Copy copy = new Copy();
    try {
      for (int i = 0; i < n; i++) {
        if (i % order.length == 0) {
          shuffle(order, random);
        }
        if (i % settings.perFile() == 0) {
          if (w != null) {
            w.close();
          }
          w =
              new BufferedOutputStream(
                  Files.newOutputStream(out.resolve(fileName(files))), 1 << 20);
          w.write(PROLOG.getBytes(StandardCharsets.US_ASCII));
          bytes += PROLOG.length();
          files++;
        }
        long t = (long) ((i + random.nextDouble()) * (double) spanCs / n);
        t = Math.min(Math.max(t, 0), spanCs - 1);
        bytes +=
            copy.write(
                w,
                usable.get(order[i % order.length]),
                i + 1,
                from.plusSeconds(t / 100),
                (int) (t % 100));
        if ((i + 1) % PROGRESS_EVERY == 0) {
          log.printf(
              Locale.ROOT,
              "ReutersScaler: %,d of %,d articles, %,.1f MB, %.1f s%n",
              i + 1,
              n,
              bytes / 1e6,
              (System.nanoTime() - t0) / 1e9);
          log.flush();
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    return new Result(n, files, bytes, (System.nanoTime() - t0) / 1e9);
  }

  static String fileName(int index) {
    return String.format(Locale.ROOT, "reut2-%06d.sgm", index);
  }

  /** A fresh permutation of 0..n-1 (Fisher-Yates), so a cycle uses every source once. */
  private static void shuffle(int[] order, Random random) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }

  /** Removes earlier output ({@code reut2-NNNNNN.sgm}, six digits or more); never a source file. */
  static void clean(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      for (Path p :
          s.filter(p -> OUTPUT_NAME.matcher(p.getFileName().toString()).matches())
              .sorted()
              .toList()) {
        Files.delete(p);
      }
    }
  }

  /** Writes one source record as output record NEWID with a new date; reuses its buffer. */
  private static final class Copy {
    private final StringBuilder b = new StringBuilder(64);
    private final byte[] ascii = new byte[64];

    long write(OutputStream w, Source src, int newId, LocalDateTime date, int centis)
        throws IOException {
      byte[] raw = src.raw();
      int[] holes = src.holes();
      int pos = 0;
      long written = 0;
      for (int k = 0; k < holes.length; k += 3) {
        w.write(raw, pos, holes[k + 1] - pos);
        written += holes[k + 1] - pos;
        b.setLength(0);
        switch (holes[k]) {
          case OLDID -> b.append(OLDID_BASE + newId);
          case NEWID -> b.append(newId);
          case DATE -> date(date, centis);
          case DATELINE_DATE -> datelineDate(raw, holes[k + 1], date);
          case REF_LINE -> b.append("\n\n    (ref ").append(newId).append(')');
          default -> throw new IllegalStateException("hole kind " + holes[k]);
        }
        for (int c = 0; c < b.length(); c++) {
          ascii[c] = (byte) b.charAt(c);
        }
        w.write(ascii, 0, b.length());
        written += b.length();
        pos = holes[k + 2];
      }
      w.write(raw, pos, raw.length - pos);
      w.write('\n');
      return written + raw.length - pos + 1;
    }

    /** " 5-MAR-1987 09:04:36.35": the source's DATE format, day padded with a space. */
    private void date(LocalDateTime d, int centis) {
      if (d.getDayOfMonth() < 10) {
        b.append(' ');
      }
      b.append(d.getDayOfMonth())
          .append('-')
          .append(DATE_MONTHS[d.getMonthValue() - 1])
          .append('-')
          .append(d.getYear())
          .append(' ');
      two(d.getHour()).append(':');
      two(d.getMinute()).append(':');
      two(d.getSecond()).append('.');
      two(centis);
    }

    /** "March 5", upper-cased when the source wrote its month in capitals ("MARCH 5"). */
    private void datelineDate(byte[] raw, int at, LocalDateTime d) {
      String month = DATELINE_MONTHS[d.getMonthValue() - 1];
      boolean caps =
          raw[at] >= 'A'
              && raw[at] <= 'Z'
              && raw[at + 1] >= 'A'
              && raw[at + 1] <= 'Z'
              && raw[at + 2] >= 'A'
              && raw[at + 2] <= 'Z';
      b.append(caps ? month.toUpperCase(Locale.ROOT) : month).append(' ').append(d.getDayOfMonth());
    }

    private StringBuilder two(int v) {
      return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
  }
}
