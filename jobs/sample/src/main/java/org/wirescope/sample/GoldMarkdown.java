package org.wirescope.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** GOLD.md: the facts of GOLD.json laid out for people, in the same order. */
final class GoldMarkdown {
  private GoldMarkdown() {}

  static void write(Writer w, Map<String, Object> g, Path articlesMd, Path quotesMd)
      throws IOException {
    Map<String, Object> gen = map(g.get("generator"));
    Map<String, Object> ingest = map(g.get("ingest"));
    w.write("# Sample corpus: ground truth\n\n");
    w.write(
        "Written by `"
            + gen.get("class")
            + "` (articles "
            + gen.get("articles")
            + ", seed "
            + gen.get("seed")
            + ") from its own records, never by running Wirescope. Every article is synthetic: the persons are real"
            + " public figures, the sentences are invented. GOLD.json holds the same facts.\n\n");
    w.write(
        "Regenerate with `"
            + gen.get("regenerate")
            + "` after `mvn -B -o -q compile` (or run SampleCorpusTest"
            + " with `WIRESCOPE_GENERATE_GOLDEN_FILES=1`).\n\n");
    w.write(
        "Ingest inputs: the folders `tass` and `feeds` of this folder. GOLD.json and GOLD.md are ground"
            + " truth, not articles: a folder walk over this whole folder must skip them, or GOLD.json is read as a"
            + " JSON feed.\n\n");

    w.write("## Files and records\n\n| format | files | records |\n|---|---|---|\n");
    Map<String, Object> files = map(g.get("files"));
    Map<String, Object> tass = map(files.get("tass"));
    w.write(
        "| tass | "
            + tass.get("txt_files")
            + " .txt files under `tass/` | "
            + tass.get("records")
            + " |\n");
    for (String f : List.of("jsonl", "csv")) {
      Map<String, Object> m = map(files.get(f));
      StringBuilder names = new StringBuilder();
      for (Object o : list(m.get("files"))) {
        Map<String, Object> file = map(o);
        names
            .append(names.length() > 0 ? ", " : "")
            .append('`')
            .append(file.get("path"))
            .append("` (")
            .append(file.get("records"))
            .append(')');
      }
      w.write("| " + f + " | " + names + " | " + m.get("records") + " |\n");
    }
    w.write(
        "\nA TASS file is one record; a JSONL record is one line; a CSV record is one row after the header"
            + " (rows span several lines: bodies are quoted multi-line fields).\n\n");

    w.write("## Expected ingest counts\n\n");
    w.write(
        "- records read: "
            + ingest.get("records_read")
            + " ("
            + kv(ingest.get("records_by_format"))
            + ")\n");
    w.write("- articles (duplicates included): " + ingest.get("articles") + "\n");
    w.write("- duplicates: " + ingest.get("duplicates") + "\n");
    w.write(
        "- unique articles: "
            + ingest.get("unique_articles")
            + " ("
            + kv(ingest.get("unique_by_format"))
            + ")\n");
    w.write("- undated articles: " + ingest.get("undated_articles") + "\n");
    w.write("- rejects: " + ingest.get("rejects") + "\n");
    for (Map.Entry<String, Object> e : map(ingest.get("rejects_by_reason")).entrySet()) {
      w.write("  - \"" + e.getKey() + "\": " + e.getValue() + "\n");
    }

    w.write("\n## Rejects\n\n| file | line | id | reason | what |\n|---|---|---|---|---|\n");
    for (Object o : list(g.get("rejects"))) {
      Map<String, Object> r = map(o);
      w.write(
          "| `"
              + r.get("file")
              + "` | "
              + blank(r.get("line"))
              + " | "
              + blank(r.get("id"))
              + " | "
              + r.get("reason")
              + " | "
              + r.get("what")
              + " |\n");
    }

    w.write(
        "\n## Duplicates\n\nThe earlier published copy is kept; the later one is the duplicate.\n\n"
            + "| duplicate | file:line | duplicate of | match | why |\n|---|---|---|---|---|\n");
    for (Object o : list(g.get("duplicates"))) {
      Map<String, Object> d = map(o);
      w.write(
          "| "
              + d.get("key")
              + " | `"
              + d.get("file")
              + "`:"
              + d.get("line")
              + " | "
              + d.get("duplicate_of")
              + " | "
              + d.get("match")
              + " | "
              + d.get("why")
              + " |\n");
    }

    w.write(
        "\n## Month boundaries\n\nArticles whose UTC month differs from their Europe/Moscow month."
            + " Monthly counts in this file use UTC months.\n\n"
            + "| article | published (UTC) | written as | UTC month | Moscow month |\n|---|---|---|---|---|\n");
    for (Object o : list(g.get("month_boundary"))) {
      Map<String, Object> m = map(o);
      w.write(
          "| "
              + m.get("key")
              + " | "
              + m.get("published_at")
              + " | "
              + m.get("written_as")
              + " | "
              + m.get("month_utc")
              + " | "
              + m.get("month_moscow")
              + " |\n");
    }

    w.write(
        "\n## Scope of the analytic facts\n\nEverything below counts the "
            + ingest.get("unique_articles")
            + " unique articles only: rejected records and duplicates are excluded from persons, pairs, topics,"
            + " quotations and voice share.\n\n");
    w.write("Articles per UTC month: " + kv(g.get("articles_by_month_utc")) + ".\n\n");

    w.write(
        "## Persons\n\nArticles naming each person (Persons tags).\n\n| person | articles |\n|---|---|\n");
    for (Map.Entry<String, Object> e : map(g.get("persons")).entrySet()) {
      w.write("| " + e.getKey() + " | " + e.getValue() + " |\n");
    }

    w.write(
        "\n## Person pairs\n\nArticle-level, unordered, person_a < person_b alphabetically.\n\n"
            + "| person_a | person_b | articles |\n|---|---|---|\n");
    for (Object o : list(g.get("person_pairs"))) {
      Map<String, Object> p = map(o);
      w.write(
          "| "
              + p.get("person_a")
              + " | "
              + p.get("person_b")
              + " | "
              + p.get("articles")
              + " |\n");
    }

    writeTopics(w, map(g.get("topics")));
    writeQuotes(w, map(g.get("quotes")));

    w.write(
        "\n## Voice share\n\nArticles naming a person against articles quoting them (at least one direct"
            + " quotation, fragments included).\n\n| person | naming | quoting | share |\n|---|---|---|---|\n");
    for (Object o : list(g.get("voice_share"))) {
      Map<String, Object> v = map(o);
      w.write(
          "| "
              + v.get("person")
              + " | "
              + v.get("articles_naming")
              + " | "
              + v.get("articles_quoting")
              + " | "
              + String.format(Locale.ROOT, "%.3f", (Double) v.get("share"))
              + " |\n");
    }

    if (articlesMd == null) {
      w.write("\n## Articles\n\nToo many to list here; see `articles` in GOLD.json.\n");
      return;
    }
    w.write(
        "\n## Articles\n\nKey: the file name for TASS files, the `id` for JSONL and CSV records."
            + " Published times in UTC.\n\n| key | published | UTC month | Moscow month | section | topics | persons | |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    copy(articlesMd, w);
    w.write(
        "\n## Quotations by article\n\nText between the quote marks (a multi-paragraph quotation has its"
            + " paragraphs joined with \" / \" here, with blank lines in GOLD.json), the true speaker, the form"
            + " and the quote marks. Duplicates are not repeated.\n\n");
    copy(quotesMd, w);
  }

  private static void writeTopics(Writer w, Map<String, Object> t) throws IOException {
    w.write("\n## Topics by UTC month\n\nArticles tagged with each topic.\n\n| topic |");
    Map<String, Object> byMonth = map(t.get("by_month"));
    Map<String, Object> first = map(byMonth.values().iterator().next());
    StringBuilder rule = new StringBuilder("|---|");
    for (String m : first.keySet()) {
      w.write(" " + m + " |");
      rule.append("---|");
    }
    w.write(" total |\n" + rule + "---|\n");
    Map<String, Object> totals = map(t.get("totals"));
    for (Map.Entry<String, Object> e : byMonth.entrySet()) {
      w.write("| " + e.getKey() + " |");
      for (Object v : map(e.getValue()).values()) {
        w.write(" " + v + " |");
      }
      w.write(" " + totals.get(e.getKey()) + " |\n");
    }
    w.write("\nDesigned shapes:\n\n");
    for (Map.Entry<String, Object> e : map(t.get("designed")).entrySet()) {
      w.write("- " + e.getKey() + ": " + e.getValue() + "\n");
    }
    w.write(
        "\nBurst months: "
            + kv(t.get("burst_months"))
            + "; declining: "
            + t.get("declining")
            + "; steady: "
            + t.get("steady")
            + ".\n");
  }

  private static void writeQuotes(Writer w, Map<String, Object> q) throws IOException {
    w.write(
        "\n## Quotations\n\n"
            + q.get("total")
            + " direct quotations. Counting: "
            + q.get("counting")
            + ". The"
            + " "
            + q.get("text_rule")
            + ".\n\n");
    w.write(
        "| speaker | quotations | of which continuations | of which fragments |\n|---|---|---|---|\n");
    for (Map.Entry<String, Object> e : map(q.get("per_speaker")).entrySet()) {
      Map<String, Object> c = map(e.getValue());
      w.write(
          "| "
              + e.getKey()
              + " | "
              + c.get("quotes")
              + " | "
              + c.get("continuations")
              + " | "
              + c.get("fragments")
              + " |\n");
    }
    w.write(
        "\nBy form: "
            + kv(q.get("by_form"))
            + ".\n\nBy quote marks: "
            + kv(q.get("by_marks"))
            + ".\n\nQuoted words that are not quotations: "
            + kv(q.get("not_quotations"))
            + ".\n");
    Map<String, Object> c = map(q.get("carried_statement"));
    w.write(
        "\n### Carried statement\n\nOne "
            + c.get("speaker")
            + " statement carried by "
            + list(c.get("articles")).size()
            + " articles on different days, slightly reworded: "
            + c.get("articles")
            + ".\n\n");
    for (Object t : list(c.get("texts"))) {
      w.write("- `" + t + "`\n");
    }
    w.write(
        "\nPairwise similarity "
            + fmt(c.get("similarity_min"))
            + " to "
            + fmt(c.get("similarity_max"))
            + ".\n");
    Map<String, Object> d = map(q.get("distinct_statements"));
    w.write(
        "\n### Distinct statements\n\nTwo different "
            + d.get("speaker")
            + " statements that open alike and must"
            + " stay apart: "
            + d.get("articles")
            + ", similarity "
            + fmt(d.get("similarity"))
            + ".\n\n");
    for (Object t : list(d.get("texts"))) {
      w.write("- `" + t + "`\n");
    }
    w.write(
        "\n### Similarity\n\nMeasure: "
            + q.get("similarity_measure")
            + ". Highest similarity between quotations of"
            + " different articles other than the carried statement (paragraphs of multi-paragraph quotations compared"
            + " one by one, split quotations also joined): "
            + fmt(q.get("max_similarity_between_other_quotations"))
            + ". Quotations that had to be used above the"
            + " generator's limit of "
            + QuoteIndex.LIMIT
            + ": "
            + q.get("quotations_forced_past_similarity_limit")
            + ".\n");
  }

  private static String fmt(Object d) {
    return d == null ? "not checked at this size" : String.format(Locale.ROOT, "%.3f", (Double) d);
  }

  /** "a 1, b 2" from a map. */
  private static String kv(Object o) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Object> e : map(o).entrySet()) {
      b.append(b.length() > 0 ? ", " : "").append(e.getKey()).append(' ').append(e.getValue());
    }
    return b.toString();
  }

  private static String blank(Object o) {
    return o == null ? "" : o.toString();
  }

  private static void copy(Path from, Writer w) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
      r.transferTo(w);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}
