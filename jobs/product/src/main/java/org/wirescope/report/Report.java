package org.wirescope.report;

import static org.wirescope.report.Svg.esc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.wirescope.tables.TableStore;

/**
 * {@code OUT/report/index.html}: one self-contained page a journalist can email. The styles are
 * inline, the charts are inline SVG, and nothing is fetched from the network: no scripts, no web
 * fonts, no images by URL.
 */
public final class Report {
  public static final String FOLDER = "report";
  public static final String PAGE = "index.html";

  private Report() {}

  /** Writes the page for the summary of {@code store}'s folder and returns its path. */
  public static Path write(TableStore store, Summary summary) {
    Path page = new Path(new Path(store.root(), FOLDER), PAGE);
    store.replaceFile(page, html(summary).getBytes(StandardCharsets.UTF_8));
    return page;
  }

  /** The page itself. */
  public static String html(Summary s) {
    StringBuilder b = new StringBuilder(64 * 1024);
    Summary.Corpus c = s.corpus();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Wirescope report</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    b.append("<header><h1>Wirescope report</h1><p class=\"muted\">")
        .append(esc(s.output()))
        .append("</p></header>\n");
    if (!s.stale().isEmpty()) {
      b.append(
              "<section class=\"stale\"><h2>Warning: tables that no longer match</h2><p>These tables were computed ")
          .append(
              "from an earlier version of their inputs (another corpus, or another run's options), so parts of this ")
          .append(
              "page describe different data. Rerun the stages that write them (<code>pipeline --from &lt;stage&gt;</code>).")
          .append("</p><ul>");
      s.stale()
          .forEach(
              (t, why) ->
                  b.append("<li><b>")
                      .append(esc(t))
                      .append("</b>: ")
                      .append(esc(why))
                      .append("</li>"));
      b.append("</ul></section>\n");
    }

    b.append("<section><h2>The corpus</h2><div class=\"figures\">")
        .append(figure(c.articles(), "articles"))
        .append(figure(c.duplicates(), "duplicates set aside"))
        .append(figure(c.rejects(), "records quarantined"))
        .append(figure(s.people().persons(), "persons"))
        .append(figure(s.people().quotes(), "direct quotes"))
        .append("</div>");
    if (c.firstPublished() != null) {
      b.append("<p>Published from <b>")
          .append(c.firstPublished())
          .append("</b> to <b>")
          .append(c.lastPublished())
          .append("</b> (UTC)")
          .append(c.undated() > 0 ? String.format(Locale.ROOT, "; %,d undated", c.undated()) : "")
          .append(". Sources: ");
      b.append(
              String.join(
                  ", ",
                  s.sources().stream()
                      .map(
                          x ->
                              esc(x.label() == null ? "(unknown)" : x.label())
                                  + String.format(Locale.ROOT, " (%,d)", x.value()))
                      .toList()))
          .append(".</p>");
    }
    b.append(
            "<h3>Articles per month</h3><p class=\"muted\">Every month from the first article to the last, "
                + "months without any at zero.</p>")
        .append(Svg.columns(s.articlesPerMonth(), "articles"))
        .append("</section>\n");

    b.append("<section><h2>Who appears with whom</h2>")
        .append(
            "<p>The persons with the highest PageRank in the co-occurrence network; a line joins two persons named in ")
        .append("the same articles, thicker for more articles. Colours are communities.</p>")
        .append(Svg.network(s.network(), s.networkEdges()));
    b.append(
            "<h3>Strongest pairs</h3><table><tr><th>pair</th><th class=\"n\">articles together</th>")
        .append("<th class=\"n\">npmi</th></tr>");
    for (Summary.Pair p : s.topPairs()) {
      b.append("<tr><td>")
          .append(esc(p.personA()))
          .append(" &amp; ")
          .append(esc(p.personB()))
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", p.articles()))
          .append("</td><td class=\"n\">")
          .append(Double.isNaN(p.npmi()) ? "" : String.format(Locale.ROOT, "%.2f", p.npmi()))
          .append("</td></tr>");
    }
    b.append(s.topPairs().isEmpty() ? "<tr><td colspan=\"3\">no pairs</td></tr>" : "")
        .append("</table></section>\n");

    b.append("<section><h2>Topics that rise and fall</h2><p>Share of ")
        .append(perGrain(s.trendGrain()))
        .append(
            " articles for the most covered topics; <span class=\"burst\">&#9679;</span> marks a burst, a period ")
        .append(
            "well above the topic's recent baseline. A grey band is a period without any article: the lines break ")
        .append("there, since no share can be drawn.</p>")
        .append(Svg.trends(s.topicSeries(), s.trendGrain()));
    b.append("<h3>Rising")
        .append(
            s.risingTopics().isEmpty()
                ? ""
                : " in the " + esc(s.trendGrain()) + " of " + esc(s.risingTopics().get(0).period()))
        .append("</h3><table><tr><th>topic</th><th>kind</th>")
        .append("<th class=\"n\">share</th><th class=\"n\">before</th></tr>");
    for (Summary.Mover m : s.risingTopics()) {
      b.append("<tr><td>")
          .append(esc(m.topic()))
          .append("</td><td>")
          .append(esc(m.kind()))
          .append("</td><td class=\"n\">")
          .append(pct(m.share()))
          .append("</td><td class=\"n\">")
          .append(pct(m.previousShare()))
          .append("</td></tr>");
    }
    b.append(s.risingTopics().isEmpty() ? "<tr><td colspan=\"4\">no movers</td></tr>" : "")
        .append("</table></section>\n");
    discovered(b, s.discovery());

    entities(b, s.entities());

    b.append("<section><h2>Who is quoted</h2><h3>Most quoted speakers</h3>")
        .append(Svg.bars(s.quotedSpeakers(), "quotes", Svg.PALETTE[0]));
    b.append(
        String.format(
            Locale.ROOT,
            "<p>%,d of %,d quotes have no defensible speaker; they are counted, not guessed. "
                + "%,d of them had a speaker the ranker gives less than a %.2f chance of being right "
                + "(<code>--min-speaker-confidence</code>).</p>",
            s.unattributedQuotes(),
            s.people().quotes(),
            s.people().belowConfidence(),
            s.people().minSpeakerConfidence()));
    b.append(
            "<h3>Most carried quotes</h3><table><tr><th>quote</th><th>speaker</th><th class=\"n\">articles</th>")
        .append("<th>first seen</th><th>last seen</th></tr>");
    for (Summary.CarriedQuote q : s.topQuotes()) {
      b.append("<tr><td class=\"quote\">\u201c")
          .append(esc(Svg.shorten(q.text(), 280)))
          .append("\u201d</td><td>")
          .append(q.speaker() == null ? "<i>unattributed</i>" : esc(q.speaker()))
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", q.articles()))
          .append("</td><td class=\"d\">")
          .append(esc(q.firstSeen()))
          .append("</td><td class=\"d\">")
          .append(esc(q.lastSeen()))
          .append("</td></tr>");
    }
    b.append(s.topQuotes().isEmpty() ? "<tr><td colspan=\"5\">no quotes</td></tr>" : "")
        .append("</table>");
    b.append(
            "<h3>Talked about versus allowed to talk</h3><p>For the most named persons: articles naming them, and ")
        .append("articles quoting them directly.</p>")
        .append(Svg.voice(s.voice()))
        .append("</section>\n");

    b.append("<section><h2>What could not be read</h2>");
    if (s.rejectReasons().isEmpty()) {
      b.append("<p>Nothing was quarantined.</p>");
    } else {
      b.append(
              String.format(
                  Locale.ROOT,
                  "<p>%,d records were quarantined, by reason. The <code>rejects</code> table ",
                  c.rejects()))
          .append("has each with its file, record and an excerpt.</p>")
          .append(Svg.bars(s.rejectReasons(), "records", Svg.MUTED));
    }
    b.append("</section>\n");
    if (!s.missing().isEmpty()) {
      b.append("<p class=\"muted\">Not in this output (stage not run): ")
          .append(esc(String.join(", ", s.missing())))
          .append(".</p>");
    }
    b.append(
            "<footer class=\"muted\">Made by Wirescope. Query every table with <code>jobs/bin/wirescope sql --output ")
        .append(esc(s.output()))
        .append(" \"SELECT ...\"</code>.</footer>\n</body></html>\n");
    return b.toString();
  }

  /**
   * The topics found in the text: sizes at a glance, then per coarse topic its terms, its most
   * typical headlines and the fine topics within it. Without any, one line says why.
   */
  /** Organisations (most named, most quoted) and places (most named). */
  private static void entities(StringBuilder b, Summary.Entities e) {
    b.append("<section><h2>Organisations and places</h2><div class=\"figures\">")
        .append(figure(e.organizations(), "organisations"))
        .append(figure(e.places(), "places"))
        .append("</div><p>Named in the most articles. A country's adjective counts as a mention ")
        .append(
            "of it (\u201cCanadian\u201d of Canada); a firm's spellings with and without its legal ")
        .append("form are one organisation.</p><h3>Most named organisations</h3>")
        .append(Svg.bars(e.namedOrganizations(), "articles", Svg.PALETTE[1]))
        .append("<h3>Most quoted organisations</h3>")
        .append(
            e.quotedOrganizations().isEmpty()
                ? "<p class=\"muted\">No organisation is quoted as a speaker.</p>"
                : Svg.bars(e.quotedOrganizations(), "quotes", Svg.PALETTE[0]))
        .append("<h3>Most named places</h3>")
        .append(Svg.bars(e.namedPlaces(), "articles", Svg.PALETTE[2]))
        .append("</section>\n");
  }

  private static void discovered(StringBuilder b, Summary.Discovery d) {
    b.append("<section><h2>Topics found in the text</h2>");
    if (d.topics().isEmpty()) {
      b.append("<p class=\"muted\">")
          .append(
              esc(d.note() == null ? "Topic discovery found no topics in this output." : d.note()))
          .append("</p></section>\n");
      return;
    }
    b.append(
            "<p>Topics discovered from the words of the articles, not from their tags: each named by its most telling ")
        .append(
            "terms, with the headlines of its most typical articles and the finer topics within it.")
        .append(
            d.coarseTopics() > d.topics().size()
                ? String.format(
                    Locale.ROOT, " The %,d largest of %,d.", d.topics().size(), d.coarseTopics())
                : "")
        .append("</p>");
    if (d.note() != null) {
      b.append("<p class=\"muted\">").append(esc(d.note())).append("</p>");
    }
    b.append(
        Svg.bars(
            d.topics().stream().map(t -> new Summary.Count(t.label(), t.articles())).toList(),
            "articles",
            Svg.PALETTE[2]));
    for (Summary.CoarseTopic t : d.topics()) {
      b.append("<div class=\"topic\"><h3>")
          .append(esc(t.label()))
          .append(
              String.format(
                  Locale.ROOT, " <span class=\"muted\">%,d articles</span></h3>", t.articles()));
      b.append("<p class=\"terms\">").append(esc(String.join(", ", t.terms()))).append("</p>");
      if (!t.headlines().isEmpty()) {
        b.append("<ul class=\"headlines\">");
        t.headlines()
            .forEach(h -> b.append("<li>").append(esc(Svg.shorten(h, 160))).append("</li>"));
        b.append("</ul>");
      }
      if (!t.fine().isEmpty()) {
        b.append("<table class=\"fine\"><tr><th>within it</th><th class=\"n\">articles</th></tr>");
        t.fine()
            .forEach(
                f ->
                    b.append("<tr><td>")
                        .append(esc(f.label()))
                        .append("</td><td class=\"n\">")
                        .append(String.format(Locale.ROOT, "%,d", f.articles()))
                        .append("</td></tr>"));
        b.append("</table>");
      }
      b.append("</div>");
    }
    b.append("</section>\n");
  }

  private static String perGrain(String grain) {
    return grain == null
        ? ""
        : switch (grain) {
          case "day" -> "daily";
          case "week" -> "weekly";
          case "month" -> "monthly";
          default -> esc(grain);
        };
  }

  private static String figure(long value, String label) {
    return String.format(
        Locale.ROOT, "<div class=\"figure\"><b>%,d</b><span>%s</span></div>", value, esc(label));
  }

  private static String pct(double share) {
    return Summary.percent(share);
  }

  private static final String STYLE =
      String.join(
          "",
          List.of(
              "body{font-family:Helvetica,Arial,sans-serif;color:#1f2933;max-width:800px;margin:24px auto;padding:0 16px;",
              "background:#fff;line-height:1.45}",
              "h1{margin-bottom:0}h2{border-bottom:2px solid #e3e8ee;padding-bottom:4px;margin-top:36px}",
              "h3{margin-bottom:6px}.muted{color:#616e7c;font-size:13px}",
              ".figures{display:flex;flex-wrap:wrap;gap:12px}.figure{background:#f5f7fa;border-radius:6px;",
              "padding:10px 14px;min-width:110px}.figure b{display:block;font-size:24px}.figure span{font-size:13px;",
              "color:#52606d}",
              "table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:4px 8px;",
              "border-bottom:1px solid #e3e8ee;vertical-align:top}th{background:#f5f7fa}.n{text-align:right;",
              "white-space:nowrap}.d{white-space:nowrap}td.quote{font-style:italic}.burst{color:"
                  + Svg.BURST
                  + "}",
              "svg{max-width:100%;height:auto;display:block;margin:8px 0}code{background:#f5f7fa;padding:1px 4px}",
              ".stale{background:#fff4e5;border-left:4px solid #d9822b;padding:4px 14px;margin-top:16px}",
              ".stale h2{border:none;margin-top:8px;color:#a35a13}",
              ".topic h3{margin:18px 0 2px}.terms{margin:2px 0;color:#52606d;font-size:14px}",
              "ul.headlines{margin:4px 0;padding-left:20px;font-size:14px}table.fine{width:auto;min-width:50%;margin-top:4px}"));
}
