package org.wirescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page itself, without Spark: empty outputs render, and text from articles is escaped. */
class ReportTest {
  static Summary empty() {
    return new Summary("/out", new Summary.Corpus(0, 0, 0, 0, null, null), List.of(), List.of(), List.of(),
        new Summary.People(0, 0, 0, 0, 0.35), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), 0,
        List.of(), List.of(), List.of("articles"), java.util.Map.of());
  }

  @Test
  void anEmptyOutputStillMakesAPage() {
    String html = Report.html(empty());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("no person pairs") && html.contains("no dated topics") && html.contains("Nothing was quarantined"));
    assertTrue(html.contains("stage not run): articles"));
  }

  /** A quote or a name is article text: markup in it must show as text, never run. */
  @Test
  void articleTextIsEscaped() {
    Summary s = empty();
    Summary hostile = new Summary(s.output(), s.corpus(), s.sources(), s.articlesPerMonth(), s.rejectReasons(),
        s.people(), List.of(new Summary.Pair("A <script>x()</script>", "B & \"C\"", 3, 0.5)),
        List.of(new Summary.Node("A <script>x()</script>", 3, 0.4, "1"), new Summary.Node("B & \"C\"", 3, 0.3, "2")),
        List.of(new Summary.Pair("A <script>x()</script>", "B & \"C\"", 3, 0.5)), List.of(), null, List.of(),
        List.of(new Summary.Count("<img src=x>", 2)), 0,
        List.of(new Summary.CarriedQuote("</td><script>alert(1)</script>", null, 2, 1, "2025-01-01", "2025-01-02")),
        List.of(), List.of(), java.util.Map.of());
    String html = Report.html(hostile);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("A &lt;script&gt;x()&lt;/script&gt;"));
    assertTrue(html.contains("B &amp; &quot;C&quot;"));
  }

  @Test
  void gridlinesAreRound() {
    assertEquals(4, Svg.niceCount(1));
    assertEquals(25, Svg.niceCount(23));
    assertEquals(400, Svg.niceCount(301));
    assertEquals(1000, Svg.niceCount(1000));
    assertEquals(2000, Svg.niceCount(1001));
  }

  /** Tables computed from an earlier version of their inputs are named at the top of the page. */
  @Test
  void staleTablesAreFlagged() {
    Summary s = empty();
    Summary stale = new Summary(s.output(), s.corpus(), s.sources(), s.articlesPerMonth(), s.rejectReasons(),
        s.people(), s.topPairs(), s.network(), s.networkEdges(), s.risingTopics(), s.trendGrain(), s.topicSeries(),
        s.quotedSpeakers(), 0, s.topQuotes(), s.voice(), s.missing(),
        java.util.Map.of("person_pairs", "computed from mentions of run aaaa; run bbbb has rewritten mentions since"));
    String html = Report.html(stale);
    assertTrue(html.contains("class=\"stale\"") && html.contains("person_pairs") && html.contains("run bbbb"), html);
    assertFalse(Report.html(s).contains("class=\"stale\""));
    assertTrue(stale.text().contains("WARNING: stale tables") && stale.text().contains("person_pairs"));
  }
}
