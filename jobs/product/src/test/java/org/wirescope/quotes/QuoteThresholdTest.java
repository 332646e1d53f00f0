package org.wirescope.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wirescope.Corpora;
import org.wirescope.extract.ArticleExtractor;
import org.wirescope.tables.Quotes;

/**
 * Justifies {@link QuoteClustering#DEFAULT_THRESHOLD} on real wire copy: every straight-quoted span
 * of 8+ words in the TASS scraper file (read at test time, never copied into the repo) gets two
 * typical desk edits, a clause cut and a word swapped; both must join their original, while
 * different statements in the same article (one speaker, typically) must stay apart. All of it runs
 * through the clustering the job uses.
 */
class QuoteThresholdTest {
  private static final Pattern STRAIGHT = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Lower-cased runs of letters and digits: the stage's words. */
  static List<String> words(String s) {
    List<String> w = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      w.add(m.group());
    }
    return w;
  }

  /** Jaccard index of word bigrams, computed here independently of Spark. */
  static double similarity(String a, String b) {
    Set<String> x = bigrams(words(a));
    Set<String> y = bigrams(words(b));
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.isEmpty() ? 0 : x.size() / (double) union.size();
  }

  static Set<String> bigrams(List<String> w) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) {
      s.add(w.get(i) + " " + w.get(i + 1));
    }
    return s;
  }

  /**
   * A trailing clause cut: at the last comma that keeps 60% of the words, else the last quarter of
   * words dropped.
   */
  static String cutClause(String q) {
    int n = q.split("\\s+").length;
    for (int i = q.lastIndexOf(','); i > 0; i = q.lastIndexOf(',', i - 1)) {
      String head = q.substring(0, i);
      if (head.split("\\s+").length >= Math.ceil(0.6 * n)) {
        return head + ".";
      }
    }
    String[] w = q.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, n - n / 4)) + ".";
  }

  /** One word in the middle replaced, as a desk swaps "ready" for "prepared". */
  static String swapWord(String q) {
    String[] w = q.split("\\s+");
    int i = w.length / 2;
    w[i] = w[i].equalsIgnoreCase("substantially") ? "considerably" : "substantially";
    return String.join(" ", w);
  }

  /** Shares a run of five words: the same statement quoted twice, in part or reworded. */
  static boolean sharesFiveWords(String a, String b) {
    List<String> x = words(a);
    String y = " " + String.join(" ", words(b)) + " ";
    for (int i = 0; i + 5 <= x.size(); i++) {
      if (y.contains(" " + String.join(" ", x.subList(i, i + 5)) + " ")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void variantsOfRealTassQuotesJoinTheirOriginalsAndDifferentStatementsStayApart()
      throws Exception {
    Path file = Corpora.path("tass/tass-politics-2024-12-26.json");
    JsonNode items = new ObjectMapper().readTree(file.toFile());
    // Distinct quotations by folded text, each with the article it was first found in.
    Map<String, String> text = new LinkedHashMap<>();
    Map<String, Integer> articleOf = new HashMap<>();
    for (int a = 0; a < items.size(); a++) {
      JsonNode content = items.get(a).path("content");
      StringBuilder body = new StringBuilder();
      content.forEach(p -> body.append(p.asText()).append("\n"));
      if (!content.isArray()) {
        body.append(content.asText());
      }
      Matcher m = STRAIGHT.matcher(body);
      while (m.find()) {
        String q = m.group(1).strip();
        if (q.split("\\s+").length >= 8
            && text.putIfAbsent(ArticleExtractor.quoteId(q), q) == null) {
          articleOf.put(ArticleExtractor.quoteId(q), a);
        }
      }
    }
    assertTrue(text.size() >= 40, "distinct quotations of 8+ words: " + text.size());

    // Originals in their article; variants in articles of their own, same speaker.
    List<Row> rows = new ArrayList<>();
    List<Row> articles = new ArrayList<>();
    Map<String, List<String>> variantsOf = new LinkedHashMap<>();
    Set<Integer> seenArticles = new HashSet<>();
    double minVariant = 1;
    int k = 0;
    for (Map.Entry<String, String> e : text.entrySet()) {
      int a = articleOf.get(e.getKey());
      String speaker = "speaker of article " + a;
      if (seenArticles.add(a)) {
        articles.add(QuoteFixtures.article("tass-" + a, "TASS", "2024-12-26T10:00:00Z"));
      }
      rows.add(
          QuoteFixtures.quote(
              "tass-" + a, speaker, e.getValue(), false, k * 10, "2024-12-26T10:00:00Z"));
      List<String> variants = List.of(cutClause(e.getValue()), swapWord(e.getValue()));
      for (String v : variants) {
        String id = "variant-" + k++;
        articles.add(QuoteFixtures.article(id, "Other desk", "2024-12-27T10:00:00Z"));
        rows.add(QuoteFixtures.quote(id, speaker, v, "2024-12-27T10:00:00Z"));
        minVariant = Math.min(minVariant, similarity(e.getValue(), v));
      }
      variantsOf.put(e.getKey(), variants);
    }
    Dataset<Row> clustered =
        QuoteFixtures.clustered(
            QuoteFixtures.quotes(rows.toArray(Row[]::new)),
            QuoteFixtures.articles(articles.toArray(Row[]::new)));
    Map<String, String> cluster = new HashMap<>();
    for (Row r : clustered.select(Quotes.QUOTE_ID, QuoteTransforms.CLUSTER_ID).collectAsList()) {
      cluster.put(r.getString(0), r.getString(1));
    }

    int merged = 0;
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : variantsOf.entrySet()) {
      for (String v : e.getValue()) {
        if (cluster.get(e.getKey()).equals(cluster.get(ArticleExtractor.quoteId(v)))) {
          merged++;
        } else {
          missed.add(String.format("%.3f %s", similarity(text.get(e.getKey()), v), v));
        }
      }
    }

    // Different statements: two quotations of one article that share no five-word run.
    int pairs = 0;
    double maxDifferent = 0;
    List<String> wronglyMerged = new ArrayList<>();
    List<String> ids = new ArrayList<>(text.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        if (!articleOf.get(a).equals(articleOf.get(b))
            || sharesFiveWords(text.get(a), text.get(b))) {
          continue;
        }
        pairs++;
        maxDifferent = Math.max(maxDifferent, similarity(text.get(a), text.get(b)));
        if (cluster.get(a).equals(cluster.get(b))) {
          wronglyMerged.add(text.get(a) + " | " + text.get(b));
        }
      }
    }
    System.out.printf(
        "quote threshold %.2f on %d TASS quotations: %d of %d variants joined (lowest variant "
            + "similarity %.3f); %d pairs of different statements in one article, highest similarity %.3f, "
            + "%d merged%n",
        QuoteClustering.DEFAULT_THRESHOLD,
        text.size(),
        merged,
        2 * text.size(),
        minVariant,
        pairs,
        maxDifferent,
        wronglyMerged.size());
    assertEquals(List.of(), missed, "every cut or swapped variant joins its original");
    assertEquals(List.of(), wronglyMerged, "different statements stay apart");
    assertTrue(pairs >= 50, "pairs of different statements checked: " + pairs);
    assertTrue(
        minVariant >= QuoteClustering.DEFAULT_THRESHOLD, "lowest variant similarity " + minVariant);
    assertTrue(
        maxDifferent < QuoteClustering.DEFAULT_THRESHOLD,
        "highest different-statement similarity " + maxDifferent);
  }
}
