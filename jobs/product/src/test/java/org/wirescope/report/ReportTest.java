package org.wirescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page itself, without Spark: empty outputs render, and text from articles is escaped. */
class ReportTest {
  static Summary empty() {
    return new Summary(
        "/out",
        new Summary.Corpus(0, 0, 0, 0, null, null),
        List.of(),
        List.of(),
        List.of(),
        new Summary.People(0, 0, 0, 0, 0.35),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        Summary.Discovery.NONE,
        List.of(),
        0,
        List.of(),
        List.of(),
        List.of("articles"),
        java.util.Map.of(),
        Summary.Entities.NONE);
  }

  /** {@code s} with other topic trends and discovered topics. */
  static Summary withTopics(
      Summary s, String grain, List<Summary.Series> series, Summary.Discovery discovery) {
    return new Summary(
        s.output(),
        s.corpus(),
        s.sources(),
        s.articlesPerMonth(),
        s.rejectReasons(),
        s.people(),
        s.topPairs(),
        s.network(),
        s.networkEdges(),
        s.risingTopics(),
        grain,
        series,
        discovery,
        s.quotedSpeakers(),
        s.unattributedQuotes(),
        s.topQuotes(),
        s.voice(),
        s.missing(),
        s.stale(),
        s.entities());
  }

  static Summary.Point point(String period, double share, long articles, boolean burst) {
    return new Summary.Point(period, share, articles, Math.round(articles / share), burst);
  }

  /** A period without any article: no share. */
  static Summary.Point none(String period) {
    return new Summary.Point(period, null, 0, 0, false);
  }

  @Test
  void organisationsAndPlacesAreListedEscaped() {
    Summary e = empty();
    Summary s =
        new Summary(
            e.output(),
            e.corpus(),
            e.sources(),
            e.articlesPerMonth(),
            e.rejectReasons(),
            e.people(),
            e.topPairs(),
            e.network(),
            e.networkEdges(),
            e.risingTopics(),
            e.trendGrain(),
            e.topicSeries(),
            e.discovery(),
            e.quotedSpeakers(),
            e.unattributedQuotes(),
            e.topQuotes(),
            e.voice(),
            e.missing(),
            e.stale(),
            new Summary.Entities(
                2,
                1,
                List.of(
                    new Summary.Count("Smith & Wesson", 7), new Summary.Count("Harbour Board", 3)),
                List.of(new Summary.Count("Harbour Board", 2)),
                List.of(new Summary.Count("Toronto", 5))));
    String html = Report.html(s);
    assertTrue(html.contains("<h2>Organisations and places</h2>"), html);
    assertTrue(html.contains("Smith &amp; Wesson"), html);
    assertFalse(html.contains("Smith & Wesson"), "escaped");
    assertTrue(html.contains("Toronto"), html);
    assertTrue(html.indexOf("Most quoted organisations") < html.indexOf("Most named places"));
    assertTrue(Report.html(empty()).contains("No organisation is quoted as a speaker."));
  }

  @Test
  void anEmptyOutputStillMakesAPage() {
    String html = Report.html(empty());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(
        html.contains("no person pairs")
            && html.contains("no dated topics")
            && html.contains("Nothing was quarantined"));
    assertFalse(html.contains("NaN"), html);
    assertTrue(html.contains("stage not run): articles"));
  }

  /** A quote or a name is article text: markup in it must show as text, never run. */
  @Test
  void articleTextIsEscaped() {
    Summary s = empty();
    Summary hostile =
        new Summary(
            s.output(),
            s.corpus(),
            s.sources(),
            s.articlesPerMonth(),
            s.rejectReasons(),
            s.people(),
            List.of(new Summary.Pair("A <script>x()</script>", "B & \"C\"", 3, 0.5)),
            List.of(
                new Summary.Node("A <script>x()</script>", 3, 0.4, "1"),
                new Summary.Node("B & \"C\"", 3, 0.3, "2")),
            List.of(new Summary.Pair("A <script>x()</script>", "B & \"C\"", 3, 0.5)),
            List.of(),
            null,
            List.of(),
            new Summary.Discovery(
                List.of(
                    new Summary.CoarseTopic(
                        "oil <script>a()</script> / opec",
                        12,
                        List.of("<b>crude</b>", "opec"),
                        List.of("OPEC <img src=y> & \"friends\""),
                        List.of(new Summary.FineTopic("<script>b()</script> quotas", 5)))),
                1,
                "note <script>c()</script>"),
            List.of(new Summary.Count("<img src=x>", 2)),
            0,
            List.of(
                new Summary.CarriedQuote(
                    "</td><script>alert(1)</script>", null, 2, 1, "2025-01-01", "2025-01-02")),
            List.of(),
            List.of(),
            java.util.Map.of(),
            Summary.Entities.NONE);
    String html = Report.html(hostile);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("A &lt;script&gt;x()&lt;/script&gt;"));
    assertTrue(html.contains("B &amp; &quot;C&quot;"));
    assertTrue(html.contains("oil &lt;script&gt;a()&lt;/script&gt; / opec"), html);
    assertTrue(html.contains("&lt;b&gt;crude&lt;/b&gt;, opec"), html);
    assertTrue(html.contains("OPEC &lt;img src=y&gt; &amp; &quot;friends&quot;"), html);
    assertTrue(html.contains("&lt;script&gt;b()&lt;/script&gt; quotas"), html);
    assertTrue(html.contains("note &lt;script&gt;c()&lt;/script&gt;"), html);
  }

  @Test
  void gridlinesAreRound() {
    assertEquals(4, Svg.niceCount(1));
    assertEquals(25, Svg.niceCount(23));
    assertEquals(400, Svg.niceCount(301));
    assertEquals(1000, Svg.niceCount(1000));
    assertEquals(2000, Svg.niceCount(1001));
    // Every gridline of an axis up to niceCount(v) falls on a 1, 2 or 5 times a power of ten.
    for (long v = 0; v <= 100_000; v++) {
      long max = Svg.niceCount(v);
      int n = Svg.divisions(max);
      assertEquals(0, max % n, "max " + max);
      long step = max / n;
      while (step % 10 == 0) {
        step /= 10;
      }
      assertTrue(step == 1 || step == 2 || step == 5, "max " + max + " in " + n + " steps");
    }
    assertEquals(5, Svg.divisions(25));
    assertEquals(4, Svg.divisions(400));
    assertEquals(5, Svg.divisions(1000));
  }

  /** The y axis labels of a chart, bottom to top. */
  static List<String> axisLabels(String svg) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<text x=\"[0-9.]+\" y=\"[0-9.]+\" text-anchor=\"end\" font-size=\"11\"[^>]*>([^<]*)</text>")
            .matcher(svg);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Shares of a few percent get an axis of a few percent, not one to 100% with the lines flat along
   * zero.
   */
  @Test
  void trendAxisScalesToTheLargestShare() {
    String svg =
        Svg.trends(
            List.of(
                new Summary.Series(
                    "earn",
                    "tag",
                    List.of(
                        point("2025-01-01", 0.02, 20, false),
                        point("2025-02-01", 0.036, 36, true))),
                new Summary.Series(
                    "acq",
                    "tag",
                    List.of(
                        point("2025-01-01", 0.01, 10, false),
                        point("2025-02-01", 0.004, 4, false)))),
            "month");
    assertEquals(List.of("0%", "1%", "2%", "3%", "4%"), axisLabels(svg));
    // 3.6% of a 0 to 4% axis 250 px high, from y = 264: 9/10 of the way up.
    assertTrue(svg.contains("<circle cx=\"720.0\" cy=\"39.0\" r=\"6\""), svg);
    assertTrue(svg.contains("earn, 2025-02-01: 3.6% of articles (36 of 1,000), a burst"), svg);
    assertTrue(svg.contains("acq, 2025-02-01: 0.40% of articles (4 of 1,000)"), svg);
    assertTrue(svg.contains(">2025-01</text>"), "months are named by month: " + svg);

    // Tiny shares: steps of hundredths of a percent.
    String tiny =
        Svg.trends(
            List.of(
                new Summary.Series(
                    "zinc",
                    "tag",
                    List.of(
                        point("2025-01-01", 0.0004, 4, false),
                        point("2025-02-01", 0.0009, 9, false)))),
            "month");
    assertEquals(List.of("0.00%", "0.02%", "0.04%", "0.06%", "0.08%", "0.10%"), axisLabels(tiny));
  }

  /** A period without any article has no share: the line breaks there, and nothing says NaN. */
  @Test
  void aPeriodWithoutArticlesBreaksTheLine() {
    List<Summary.Series> series =
        List.of(
            new Summary.Series(
                "earn",
                "tag",
                List.of(
                    point("1987-03-01", 0.2, 200, false),
                    point("1987-04-01", 0.15, 150, false),
                    none("1987-05-01"),
                    point("1987-06-01", 0.1, 100, true),
                    point("1987-07-01", 0.12, 120, false))));
    String svg = Svg.trends(series, "month");
    assertFalse(svg.contains("NaN"), svg);
    java.util.regex.Matcher path =
        java.util.regex.Pattern.compile("<path d=\"([^\"]*)\"").matcher(svg);
    assertTrue(path.find(), svg);
    // Two runs, March-April and June-July, each a move and one line.
    assertEquals(
        List.of("M", "L", "M", "L"),
        java.util.Arrays.stream(path.group(1).split(" "))
            .filter(t -> t.matches("[ML].*"))
            .map(t -> t.substring(0, 1))
            .toList(),
        path.group(1));
    assertEquals(4, svg.split("<circle").length - 1, "a mark per period with articles");
    assertTrue(svg.contains("<title>1987-05-01: no articles at all</title>"), svg);
    assertEquals(List.of("0%", "5%", "10%", "15%", "20%"), axisLabels(svg));

    // The whole page, with every number that can be missing missing.
    Summary s = empty();
    Summary holes =
        new Summary(
            s.output(),
            s.corpus(),
            s.sources(),
            Summary.everyMonth(
                List.of(new Summary.Count("1987-03", 10), new Summary.Count("1987-06", 2))),
            s.rejectReasons(),
            s.people(),
            List.of(new Summary.Pair("A", "B", 3, Double.NaN)),
            List.of(new Summary.Node("A", 3, Double.NaN, null)),
            List.of(),
            List.of(new Summary.Mover("earn", "tag", "1987-07-01", 0.12, Double.NaN)),
            "month",
            series,
            Summary.Discovery.NONE,
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of(),
            java.util.Map.of(),
            Summary.Entities.NONE);
    assertFalse(Report.html(holes).contains("NaN"), Report.html(holes));
    assertFalse(holes.text().contains("NaN"), holes.text());
    assertTrue(holes.text().contains("A & B") && holes.text().contains("npmi -"), holes.text());
  }

  /** Articles per month covers every month from the first to the last, the empty ones at zero. */
  @Test
  void everyMonthIsCountedEmptyOnesAtZero() {
    List<Summary.Count> months =
        Summary.everyMonth(
            List.of(
                new Summary.Count("1986-11", 4),
                new Summary.Count("1987-02", 10),
                new Summary.Count("1987-04", 3)));
    assertEquals(
        List.of(
            new Summary.Count("1986-11", 4),
            new Summary.Count("1986-12", 0),
            new Summary.Count("1987-01", 0),
            new Summary.Count("1987-02", 10),
            new Summary.Count("1987-03", 0),
            new Summary.Count("1987-04", 3)),
        months);
    assertEquals(List.of(), Summary.everyMonth(List.of()));

    String svg = Svg.columns(months, "articles");
    assertEquals(6, svg.split("<rect").length - 1, svg);
    assertTrue(
        svg.contains("height=\"0.0\" fill=\"#0072B2\"><title>1987-03: 0 articles</title>"), svg);
    assertTrue(svg.contains("<title>1987-02: 10 articles</title>"), svg);
    assertEquals(List.of("0", "2", "4", "6", "8", "10"), axisLabels(svg));
  }

  static Summary.Discovery oilAndGrain() {
    return new Summary.Discovery(
        List.of(
            new Summary.CoarseTopic(
                "oil / opec / crude",
                1234,
                List.of("oil", "opec", "crude", "barrels"),
                List.of("OPEC agrees to cut output", "Saudi Arabia raises prices"),
                List.of(
                    new Summary.FineTopic("opec / quota / output", 700),
                    new Summary.FineTopic("refinery / gasoline", 300))),
            new Summary.CoarseTopic(
                "wheat / grain / corn",
                456,
                List.of("wheat", "grain", "corn"),
                List.of("USDA reports winter wheat"),
                List.of())),
        12,
        null);
  }

  @Test
  void discoveredTopicsShowLabelsSizesTermsHeadlinesAndFineTopics() {
    String html = Report.html(withTopics(empty(), "month", List.of(), oilAndGrain()));
    int oil =
        html.indexOf("<h3>oil / opec / crude <span class=\"muted\">1,234 articles</span></h3>");
    int grain =
        html.indexOf("<h3>wheat / grain / corn <span class=\"muted\">456 articles</span></h3>");
    assertTrue(oil > 0 && grain > oil, html);
    String first = html.substring(oil, grain);
    assertTrue(first.contains("<p class=\"terms\">oil, opec, crude, barrels</p>"), first);
    assertTrue(
        first.contains("<li>OPEC agrees to cut output</li><li>Saudi Arabia raises prices</li>"),
        first);
    assertTrue(first.contains("<td>opec / quota / output</td><td class=\"n\">700</td>"), first);
    assertTrue(first.contains("<td>refinery / gasoline</td><td class=\"n\">300</td>"), first);
    assertFalse(html.substring(grain).contains("within it"), "the second has no fine topics");
    assertTrue(html.contains("The 2 largest of 12."), html);
    assertTrue(
        html.contains("<title>oil / opec / crude: 1,234 articles</title>"), "the size chart");
  }

  /** Without discovered topics one line says why. */
  @Test
  void noDiscoveredTopicsSaysWhy() {
    String html =
        Report.html(
            withTopics(
                empty(),
                null,
                List.of(),
                new Summary.Discovery(
                    List.of(), 0, "Topic discovery did not run (topics --discover 0).")));
    assertTrue(
        html.contains(
            "<h2>Topics found in the text</h2><p class=\"muted\">Topic discovery did not run "
                + "(topics --discover 0).</p></section>"),
        html);
    assertTrue(Report.html(empty()).contains("Topic discovery found no topics in this output."));
  }

  /** Tables computed from an earlier version of their inputs are named at the top of the page. */
  @Test
  void staleTablesAreFlagged() {
    Summary s = empty();
    Summary stale =
        new Summary(
            s.output(),
            s.corpus(),
            s.sources(),
            s.articlesPerMonth(),
            s.rejectReasons(),
            s.people(),
            s.topPairs(),
            s.network(),
            s.networkEdges(),
            s.risingTopics(),
            s.trendGrain(),
            s.topicSeries(),
            s.discovery(),
            s.quotedSpeakers(),
            0,
            s.topQuotes(),
            s.voice(),
            s.missing(),
            java.util.Map.of(
                "person_pairs",
                "computed from mentions of run aaaa; run bbbb has rewritten mentions since"),
            Summary.Entities.NONE);
    String html = Report.html(stale);
    assertTrue(
        html.contains("class=\"stale\"")
            && html.contains("person_pairs")
            && html.contains("run bbbb"),
        html);
    assertFalse(Report.html(s).contains("class=\"stale\""));
    assertTrue(
        stale.text().contains("WARNING: stale tables") && stale.text().contains("person_pairs"));
  }
}
