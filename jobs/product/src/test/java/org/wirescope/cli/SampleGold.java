package org.wirescope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Facts about the bundled sample that follow from data/sample/GOLD.json alone, worked out here in
 * plain Java for the tables GOLD does not list: pairs per period, closed groups, edges' spells and
 * quote clusters per month. Nothing here reads Wirescope's output, so the tests compare the tables
 * with what the generator's records imply.
 */
final class SampleGold {
  private static JsonNode gold;

  private SampleGold() {}

  static synchronized JsonNode gold() {
    if (gold == null) {
      try {
        gold =
            new ObjectMapper()
                .readTree(Path.of(System.getProperty("wirescope.sample"), "GOLD.json").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gold;
  }

  /** GOLD's articles that are not duplicates: the ones every analytic table counts. */
  static List<JsonNode> originals() {
    List<JsonNode> out = new ArrayList<>();
    gold()
        .path("articles")
        .forEach(
            a -> {
              if (a.path("duplicate_of").isNull()) {
                out.add(a);
              }
            });
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The article's persons, sorted. */
  static List<String> persons(JsonNode article) {
    return new ArrayList<>(new TreeSet<>(strings(article.path("persons"))));
  }

  /** The UTC month of an article, as period_start prints it: yyyy-MM-01. */
  static String utcMonth(JsonNode article) {
    return article.path("month_utc").asText() + "-01";
  }

  /** The Monday that starts an article's ISO week in Europe/Moscow, as period_start prints it. */
  static String moscowWeek(JsonNode article) {
    LocalDate day =
        Instant.parse(article.path("published_at").asText())
            .atZone(ZoneId.of("Europe/Moscow"))
            .toLocalDate();
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
  }

  /** "person_a & person_b" to the periods (by {@code period}) of the articles naming both. */
  static Map<String, TreeSet<String>> pairPeriods(Function<JsonNode, String> period) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (JsonNode a : originals()) {
      List<String> p = persons(a);
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          out.computeIfAbsent(p.get(i) + " & " + p.get(j), k -> new TreeSet<>())
              .add(period.apply(a));
        }
      }
    }
    return out;
  }

  /**
   * "person_a & person_b period" to the articles naming both in that period (every pair, no cut).
   */
  static Map<String, Long> pairsByPeriod(Function<JsonNode, String> period) {
    Map<String, Long> out = new TreeMap<>();
    for (JsonNode a : originals()) {
      List<String> p = persons(a);
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          out.merge(p.get(i) + " & " + p.get(j) + " " + period.apply(a), 1L, Long::sum);
        }
      }
    }
    return out;
  }

  /** GOLD's pairs named together in at least {@code minArticles} articles, "a & b". */
  static Set<String> pairsWithAtLeast(long minArticles) {
    Set<String> out = new TreeSet<>();
    for (JsonNode p : gold().path("person_pairs")) {
      if (p.path("articles").asLong() >= minArticles) {
        out.add(p.path("person_a").asText() + " & " + p.path("person_b").asText());
      }
    }
    return out;
  }

  /**
   * The spells of an edge: runs of consecutive periods (months or weeks, {@code next} gives the
   * period after one) in which the pair occurs, summed over {@code pairs}.
   */
  static long spells(
      Set<String> pairs, Function<JsonNode, String> period, Function<LocalDate, LocalDate> next) {
    Map<String, TreeSet<String>> periods = pairPeriods(period);
    long spells = 0;
    for (String pair : pairs) {
      LocalDate previous = null;
      for (String start : periods.get(pair)) {
        LocalDate d = LocalDate.parse(start);
        spells += previous != null && next.apply(previous).equals(d) ? 0 : 1;
        previous = d;
      }
    }
    return spells;
  }

  /**
   * Closed groups of 3 to {@code maxSize} persons named together in at least {@code minArticles}
   * articles, "a,b,c" (sorted) to those articles. A group is closed when the persons that all of
   * its articles name are exactly the group. Found by trying every set of 3 to {@code maxSize} of
   * the sample's persons (there are 13).
   */
  static Map<String, Long> closedGroups(int minArticles, int maxSize) {
    List<Set<String>> articles = new ArrayList<>();
    originals().forEach(a -> articles.add(new HashSet<>(strings(a.path("persons")))));
    List<String> persons =
        new ArrayList<>(new TreeSet<>(articles.stream().flatMap(Set::stream).toList()));
    Map<String, Long> out = new TreeMap<>();
    for (long mask = 0; mask < 1L << persons.size(); mask++) {
      int size = Long.bitCount(mask);
      if (size < 3 || size > maxSize) {
        continue;
      }
      Set<String> group = new TreeSet<>();
      for (int i = 0; i < persons.size(); i++) {
        if ((mask & 1L << i) != 0) {
          group.add(persons.get(i));
        }
      }
      List<Set<String>> naming = articles.stream().filter(a -> a.containsAll(group)).toList();
      if (naming.size() < minArticles || naming.isEmpty()) {
        continue;
      }
      Set<String> common = new TreeSet<>(naming.get(0));
      naming.forEach(common::retainAll);
      if (common.equals(group)) {
        out.put(String.join(",", group), (long) naming.size());
      }
    }
    return out;
  }

  /**
   * Quote clusters per UTC month ("yyyy-MM-01"), "all" for the whole corpus: GOLD's direct
   * quotations (fragments are not in the quotes table) are all different statements except the
   * carried one, whose versions are one cluster (GOLD: no other two quotations of different
   * articles are as similar).
   */
  static Map<String, Integer> quoteClustersByMonth() {
    Set<String> carried = new HashSet<>();
    gold()
        .path("quotes")
        .path("carried_statement")
        .path("texts")
        .forEach(t -> carried.add(fold(t.asText())));
    Map<String, Set<String>> clusters = new TreeMap<>();
    for (JsonNode a : originals()) {
      for (JsonNode q : a.path("quotes")) {
        if (q.path("form").asText().equals("fragment")) {
          continue;
        }
        String cluster =
            carried.contains(fold(q.path("text").asText())) ? "carried" : q.path("text").asText();
        clusters.computeIfAbsent(utcMonth(a), k -> new HashSet<>()).add(cluster);
        clusters.computeIfAbsent("all", k -> new HashSet<>()).add(cluster);
      }
    }
    Map<String, Integer> out = new TreeMap<>();
    clusters.forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  /** Letters and digits in lower case: quote texts keep their trailing comma or full stop. */
  static String fold(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
  }
}
