package org.wirescope.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wirescope.sample.Article.Aside;
import org.wirescope.sample.Article.Quote;

/**
 * The ground truth of the sample corpus, collected from the generator's own records as each article
 * is written (never by running Wirescope), and written out as GOLD.json and GOLD.md.
 *
 * <p>Per-article facts are streamed to scratch files next to the output and spliced into the two
 * GOLD files at the end, so a corpus of any size needs only the aggregate counts in memory.
 * Analytic facts (persons, pairs, topics, quotations, voice share) count unique articles only;
 * rejected records and duplicates are listed but left out of them.
 */
final class Gold implements AutoCloseable {
  /** A record the ingest must reject, and why. */
  record Reject(String file, Integer line, String id, String format, String reason, String what) {}

  /** Past this many articles GOLD.md gives totals only; GOLD.json always lists every article. */
  static final int MD_ARTICLE_LIMIT = 1000;

  private final Path out;
  private final int size;
  private final long seed;
  private final Path articlesJson;
  private final Path articlesMd;
  private final Path quotesMd;
  private final BufferedWriter jsonPart;
  private final BufferedWriter mdPart;
  private final BufferedWriter quotesPart;
  private boolean firstJson = true;

  private final Map<String, Integer> recordsByFormat = new LinkedHashMap<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<Map<String, Object>> duplicates = new ArrayList<>();
  private final List<Map<String, Object>> monthBoundary = new ArrayList<>();
  private final List<String> carried = new ArrayList<>();
  private final Map<String, String> distinct = new TreeMap<>();
  private int articles;
  private int unique;
  private final Map<String, Integer> uniqueByFormat = new LinkedHashMap<>();
  private final int[] uniqueByMonth = new int[Lexicon.MONTHS];
  private final Map<String, Integer> persons = new TreeMap<>();
  private final Map<String, Integer> quoting = new TreeMap<>();
  private final Map<String, Integer> pairs = new TreeMap<>();
  private final Map<String, int[]> topicMonths = new TreeMap<>();
  private final Map<String, int[]> speakers = new TreeMap<>();
  private final Map<String, Integer> forms = new TreeMap<>();
  private final Map<String, Integer> marks = new TreeMap<>();
  private final Map<String, Integer> asides = new TreeMap<>();
  private int quotes;

  Gold(Path out, int size, long seed) throws IOException {
    this.out = out;
    this.size = size;
    this.seed = seed;
    articlesJson = out.resolve(".gold-articles-json.tmp");
    articlesMd = out.resolve(".gold-articles-md.tmp");
    quotesMd = out.resolve(".gold-quotes-md.tmp");
    jsonPart = Files.newBufferedWriter(articlesJson, StandardCharsets.UTF_8);
    mdPart = Files.newBufferedWriter(articlesMd, StandardCharsets.UTF_8);
    quotesPart = Files.newBufferedWriter(quotesMd, StandardCharsets.UTF_8);
    for (String f : List.of("tass", "jsonl", "csv")) {
      recordsByFormat.put(f, 0);
      uniqueByFormat.put(f, 0);
    }
  }

  static String format(Article a) {
    return a.channel.name().toLowerCase(Locale.ROOT);
  }

  void record(String format) {
    recordsByFormat.merge(format, 1, Integer::sum);
  }

  void reject(Reject r) {
    rejects.add(r);
    record(r.format());
  }

  /** An article as written: {@code file} relative to the corpus root, {@code line} for feeds. */
  void article(Article a, String file, Integer line) throws IOException {
    record(format(a));
    articles++;
    if (!a.monthUtc().equals(a.monthMoscow())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", a.key);
      m.put("published_at", a.published.toString());
      m.put(
          "written_as",
          a.channel == Article.Channel.TASS ? "Moscow time, UTC+3" : WireFormats.publishedAt(a));
      m.put("month_utc", a.monthUtc().toString());
      m.put("month_moscow", a.monthMoscow().toString());
      monthBoundary.add(m);
    }
    if (a.duplicateOf != null) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("key", a.key);
      d.put("file", file);
      d.put("line", line);
      d.put("duplicate_of", a.duplicateOf);
      d.put("match", a.duplicateBy);
      d.put(
          "why",
          a.duplicateBy.equals("content")
              ? "identical title and body, published two hours later"
              : "same url, re-sent an hour later with a correction line added to the body");
      duplicates.add(d);
    } else {
      countUnique(a);
    }
    writeArticle(a, file, line);
  }

  private void countUnique(Article a) {
    unique++;
    uniqueByFormat.merge(format(a), 1, Integer::sum);
    int month = monthIndex(a.monthUtc());
    uniqueByMonth[month]++;
    for (String t : a.topics) {
      topicMonths.computeIfAbsent(t, k -> new int[Lexicon.MONTHS])[month]++;
    }
    for (String p : a.persons) {
      persons.merge(p, 1, Integer::sum);
    }
    for (int i = 0; i < a.persons.size(); i++) {
      for (int j = i + 1; j < a.persons.size(); j++) {
        pairs.merge(a.persons.get(i) + "\t" + a.persons.get(j), 1, Integer::sum);
      }
    }
    a.quotes.stream()
        .map(Quote::speaker)
        .distinct()
        .forEach(s -> quoting.merge(s, 1, Integer::sum));
    for (Quote q : a.quotes) {
      quotes++;
      int[] c = speakers.computeIfAbsent(q.speaker(), k -> new int[3]);
      c[0]++;
      c[1] += q.continuation() ? 1 : 0;
      c[2] += q.form().equals("fragment") ? 1 : 0;
      forms.merge(q.form(), 1, Integer::sum);
      marks.merge(q.marks(), 1, Integer::sum);
      if ("carried".equals(q.statement())) {
        carried.add(a.key);
      } else if (q.statement() != null) {
        distinct.put(q.statement(), a.key);
      }
    }
    for (Aside x : a.asides) {
      asides.merge(x.kind(), 1, Integer::sum);
    }
  }

  private static int monthIndex(YearMonth m) {
    int i = m.getMonthValue() - Lexicon.FIRST_MONTH;
    if (m.getYear() != Lexicon.YEAR || i < 0 || i >= Lexicon.MONTHS) {
      throw new IllegalStateException("article outside the corpus months: " + m);
    }
    return i;
  }

  private void writeArticle(Article a, String file, Integer line) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", a.key);
    m.put("format", format(a));
    m.put("file", file);
    if (line != null) {
      m.put("line", line);
    }
    m.put("published_at", a.published.toString());
    m.put("month_utc", a.monthUtc().toString());
    m.put("month_moscow", a.monthMoscow().toString());
    m.put("section", a.section);
    m.put("topics", List.copyOf(a.topics));
    m.put("persons", List.copyOf(a.persons));
    m.put("duplicate_of", a.duplicateOf);
    List<Object> qs = new ArrayList<>();
    for (Quote q : a.quotes) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", q.text());
      x.put("speaker", q.speaker());
      x.put("continuation", q.continuation());
      x.put("form", q.form());
      x.put("marks", q.marks());
      if (q.statement() != null) {
        x.put("statement", q.statement());
      }
      qs.add(x);
    }
    m.put("quotes", qs);
    List<Object> xs = new ArrayList<>();
    for (Aside x : a.asides) {
      xs.add(map("text", x.text(), "kind", x.kind()));
    }
    m.put("not_quotations", xs);
    jsonPart.write((firstJson ? "" : ",\n") + "    " + Json.pretty(m, 2));
    firstJson = false;
    if (size <= MD_ARTICLE_LIMIT) {
      writeArticleMd(a, file, line);
    }
  }

  private void writeArticleMd(Article a, String file, Integer line) throws IOException {
    mdPart.write(
        "| "
            + md(a.key)
            + " | "
            + a.published
            + " | "
            + a.monthUtc()
            + " | "
            + a.monthMoscow()
            + " | "
            + md(a.section)
            + " | "
            + md(String.join("; ", a.topics))
            + " | "
            + md(String.join("; ", a.persons))
            + " | "
            + (a.duplicateOf == null ? "" : "duplicate of " + md(a.duplicateOf))
            + " |\n");
    if (a.duplicateOf != null) {
      return;
    }
    quotesPart.write("### " + a.key + "\n\n");
    if (a.quotes.isEmpty()) {
      quotesPart.write("No direct quotations.\n");
    }
    for (Quote q : a.quotes) {
      quotesPart.write(
          "- "
              + q.speaker()
              + (q.continuation() ? " (continuation)" : "")
              + ", "
              + q.form()
              + ", "
              + q.marks()
              + (q.statement() != null ? ", statement " + q.statement() : "")
              + ": "
              + "`"
              + q.text().replace("\n\n", " / ")
              + "`\n");
    }
    for (Aside x : a.asides) {
      quotesPart.write("- not a quotation (" + x.kind() + "): `" + x.text() + "`\n");
    }
    quotesPart.write("\n");
  }

  /**
   * An ordered map from key, value pairs (Map.of iterates in an order that changes between runs).
   */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String md(String s) {
    return s == null ? "" : s.replace("|", "\\|");
  }

  // ---- finish ----

  /** Writes GOLD.json and GOLD.md from what was collected, then removes the scratch files. */
  void finish(
      CorpusPlan plan,
      QuoteIndex index,
      int forced,
      List<Map<String, Object>> feedFiles,
      int tassFiles)
      throws IOException {
    jsonPart.close();
    mdPart.close();
    quotesPart.close();
    Map<String, Object> gold = facts(plan, index, forced, feedFiles, tassFiles);
    writeJson(gold);
    writeMd(gold);
    Files.deleteIfExists(articlesJson);
    Files.deleteIfExists(articlesMd);
    Files.deleteIfExists(quotesMd);
  }

  @Override
  public void close() throws IOException {
    jsonPart.close();
    mdPart.close();
    quotesPart.close();
    Files.deleteIfExists(articlesJson);
    Files.deleteIfExists(articlesMd);
    Files.deleteIfExists(quotesMd);
  }

  private Map<String, Object> facts(
      CorpusPlan plan,
      QuoteIndex index,
      int forced,
      List<Map<String, Object>> feedFiles,
      int tassFiles) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put(
        "generator",
        map(
            "class",
            SampleCorpus.class.getName(),
            "articles",
            size,
            "seed",
            seed,
            "regenerate",
            "java -cp jobs/sample/target/classes "
                + SampleCorpus.class.getName()
                + " --out data/sample --articles "
                + size
                + " --seed "
                + seed));
    g.put("ingest_inputs", List.of("tass", "feeds"));
    g.put(
        "ingest_inputs_note",
        "paths relative to this folder; GOLD.json and GOLD.md are ground truth, not"
            + " articles, and a walk over the whole folder must skip them");
    g.put("files", files(feedFiles, tassFiles));
    g.put("ingest", ingest());
    g.put("rejects", rejectList());
    g.put("duplicates", duplicates);
    g.put("month_boundary", monthBoundary);
    g.put(
        "analytics_scope",
        "unique articles only: rejected records and duplicates are excluded from persons,"
            + " person_pairs, topics, quotes and voice_share");
    g.put("articles_by_month_utc", byMonth(uniqueByMonth));
    g.put("persons", sortedByCount(persons));
    g.put("person_pairs", pairList());
    g.put("topics", topics());
    g.put("quotes", quoteFacts(index, forced));
    g.put("voice_share", voiceShare());
    return g;
  }

  private Map<String, Object> files(List<Map<String, Object>> feedFiles, int tassFiles) {
    Map<String, Object> f = new LinkedHashMap<>();
    Map<String, Object> tass = new LinkedHashMap<>();
    tass.put("folder", "tass");
    tass.put("txt_files", tassFiles);
    tass.put("records", recordsByFormat.get("tass"));
    f.put("tass", tass);
    for (String fmt : List.of("jsonl", "csv")) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> list = new ArrayList<>();
      for (Map<String, Object> file : feedFiles) {
        if (fmt.equals(file.get("format"))) {
          list.add(map("path", file.get("path"), "records", file.get("records")));
        }
      }
      m.put("files", list);
      m.put("records", recordsByFormat.get(fmt));
      f.put(fmt, m);
    }
    return f;
  }

  private Map<String, Object> ingest() {
    Map<String, Object> m = new LinkedHashMap<>();
    int records = recordsByFormat.values().stream().mapToInt(Integer::intValue).sum();
    m.put("records_read", records);
    m.put("records_by_format", new LinkedHashMap<>(recordsByFormat));
    m.put("articles", articles);
    m.put("duplicates", articles - unique);
    m.put("unique_articles", unique);
    m.put("unique_by_format", new LinkedHashMap<>(uniqueByFormat));
    m.put("undated_articles", 0);
    m.put("rejects", rejects.size());
    Map<String, Integer> byReason = new TreeMap<>();
    rejects.forEach(r -> byReason.merge(r.reason(), 1, Integer::sum));
    m.put("rejects_by_reason", new LinkedHashMap<>(byReason));
    return m;
  }

  private List<Object> rejectList() {
    List<Object> out = new ArrayList<>();
    for (Reject r : rejects) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", r.file());
      m.put("line", r.line());
      m.put("id", r.id());
      m.put("format", r.format());
      m.put("reason", r.reason());
      m.put("what", r.what());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> byMonth(int[] counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      m.put(YearMonth.of(Lexicon.YEAR, Lexicon.FIRST_MONTH + i).toString(), counts[i]);
    }
    return m;
  }

  private static Map<String, Object> sortedByCount(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(
        (x, y) ->
            y.getValue().equals(x.getValue())
                ? x.getKey().compareTo(y.getKey())
                : y.getValue() - x.getValue());
    Map<String, Object> m = new LinkedHashMap<>();
    list.forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private List<Object> pairList() {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(pairs.entrySet());
    list.sort(
        (x, y) ->
            y.getValue().equals(x.getValue())
                ? x.getKey().compareTo(y.getKey())
                : y.getValue() - x.getValue());
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : list) {
      String[] ab = e.getKey().split("\t");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person_a", ab[0]);
      m.put("person_b", ab[1]);
      m.put("articles", e.getValue());
      out.add(m);
    }
    return out;
  }

  private Map<String, Object> topics() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("months", "UTC months of published_at");
    Map<String, Object> byMonth = new LinkedHashMap<>();
    Map<String, Object> totals = new LinkedHashMap<>();
    for (String name : Lexicon.DESIGN.keySet()) {
      int[] c = topicMonths.getOrDefault(name, new int[Lexicon.MONTHS]);
      byMonth.put(name, byMonth(c));
      totals.put(name, Arrays.stream(c).sum());
    }
    t.put("by_month", byMonth);
    t.put("totals", totals);
    t.put("designed", new LinkedHashMap<>(Lexicon.DESIGN));
    t.put("burst_months", new TreeMap<>(Lexicon.BURSTS));
    t.put("declining", List.of(Lexicon.GRAIN.name()));
    t.put("steady", List.of(Lexicon.ENERGY.name()));
    return t;
  }

  private Map<String, Object> quoteFacts(QuoteIndex index, int forced) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("total", quotes);
    q.put(
        "counting",
        "one entry per quoted span; a split quotation is two spans (the second a continuation);"
            + " a multi-paragraph quotation is one span; fragments inside indirect speech count;"
            + " scare quotes and document titles are not quotations");
    q.put(
        "text_rule",
        "text is exactly what stands between the quote marks, so a quotation followed by its"
            + " attribution keeps the comma inside American-style marks; guillemets keep punctuation outside;"
            + " a multi-paragraph quotation joins its paragraphs with a blank line and drops the marks that reopen them");
    Map<String, Object> per = new LinkedHashMap<>();
    List<Map.Entry<String, int[]>> list = new ArrayList<>(speakers.entrySet());
    list.sort(
        (x, y) ->
            y.getValue()[0] == x.getValue()[0]
                ? x.getKey().compareTo(y.getKey())
                : y.getValue()[0] - x.getValue()[0]);
    for (Map.Entry<String, int[]> e : list) {
      per.put(
          e.getKey(),
          map(
              "quotes",
              e.getValue()[0],
              "continuations",
              e.getValue()[1],
              "fragments",
              e.getValue()[2]));
    }
    q.put("per_speaker", per);
    q.put("by_form", new LinkedHashMap<>(forms));
    q.put("by_marks", new LinkedHashMap<>(marks));
    q.put("not_quotations", new LinkedHashMap<>(asides));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("speaker", "Sergey Lavrov");
    c.put("articles", List.copyOf(carried));
    c.put("texts", Newsroom.CARRIED);
    c.put("similarity_min", minPairwise(Newsroom.CARRIED));
    c.put("similarity_max", maxPairwise(Newsroom.CARRIED));
    q.put("carried_statement", c);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("speaker", "Maria Zakharova");
    d.put(
        "articles",
        List.of(distinct.getOrDefault("distinct-a", ""), distinct.getOrDefault("distinct-b", "")));
    d.put("texts", Newsroom.DISTINCT);
    d.put("similarity", QuoteIndex.similarity(Newsroom.DISTINCT.get(0), Newsroom.DISTINCT.get(1)));
    d.put("note", "two different statements: they must not be merged into one");
    q.put("distinct_statements", d);
    q.put(
        "similarity_measure", "Jaccard index of word bigrams, lower case, letters and digits only");
    q.put(
        "max_similarity_between_other_quotations",
        index.checked() ? index.maxOutsideStatements() : null);
    q.put("quotations_forced_past_similarity_limit", forced);
    return q;
  }

  private static double minPairwise(List<String> texts) {
    double min = 1;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        min = Math.min(min, QuoteIndex.similarity(texts.get(i), texts.get(j)));
      }
    }
    return min;
  }

  private static double maxPairwise(List<String> texts) {
    double max = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        max = Math.max(max, QuoteIndex.similarity(texts.get(i), texts.get(j)));
      }
    }
    return max;
  }

  private List<Object> voiceShare() {
    List<Object> out = new ArrayList<>();
    for (String name : sortedByCount(persons).keySet()) {
      int naming = persons.get(name);
      int q = quoting.getOrDefault(name, 0);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person", name);
      m.put("articles_naming", naming);
      m.put("articles_quoting", q);
      m.put("share", (double) q / naming);
      out.add(m);
    }
    return out;
  }

  // ---- output ----

  private void writeJson(Map<String, Object> gold) throws IOException {
    try (Writer w = Files.newBufferedWriter(out.resolve("GOLD.json"), StandardCharsets.UTF_8)) {
      String head = Json.pretty(gold, 0);
      w.write(head, 0, head.length() - 2);
      w.write(",\n  \"articles\": [\n");
      try (var lines = Files.newBufferedReader(articlesJson, StandardCharsets.UTF_8)) {
        lines.transferTo(w);
      }
      w.write("\n  ]\n}\n");
    }
  }

  private void writeMd(Map<String, Object> gold) throws IOException {
    try (Writer w = Files.newBufferedWriter(out.resolve("GOLD.md"), StandardCharsets.UTF_8)) {
      GoldMarkdown.write(
          w,
          gold,
          size <= MD_ARTICLE_LIMIT ? articlesMd : null,
          size <= MD_ARTICLE_LIMIT ? quotesMd : null);
    }
  }
}
