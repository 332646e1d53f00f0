package org.wirescope.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report's charts as inline SVG strings: no script, no fonts or styles from the network, so the
 * page renders the same in a mail client, a browser offline, or a screenshot. Every chart has a
 * title element per mark, which browsers show as a tooltip.
 */
final class Svg {
  /** Okabe-Ito: told apart by readers with colour-vision deficiencies. */
  static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"
  };

  static final String BURST = "#D55E00";
  static final String MUTED = "#9aa5b1";

  private Svg() {}

  /**
   * Vertical bars, one per label in the order given (e.g. articles per month: the caller passes
   * every period, empty ones at zero, so that the x axis is time), with every n-th label shown.
   */
  static String columns(List<Summary.Count> values, String unit) {
    int w = 760;
    int h = 220;
    int left = 48;
    int bottom = 36;
    int top = 12;
    if (values.isEmpty()) {
      return empty(w, 80, "no dated articles");
    }
    long maxValue = niceCount(values.stream().mapToLong(Summary.Count::value).max().orElse(1));
    double slot = (double) (w - left - 8) / values.size();
    StringBuilder s = open(w, h);
    axisY(s, left, top, h - bottom, w - 8, maxValue, v -> String.format(Locale.ROOT, "%,d", v));
    int every = Math.max(1, (int) Math.ceil(values.size() / 12.0));
    for (int i = 0; i < values.size(); i++) {
      Summary.Count c = values.get(i);
      double bh = (h - bottom - top) * (double) c.value() / maxValue;
      double x = left + i * slot + slot * 0.1;
      // An empty period keeps its (zero-height) column: its tooltip and slot say "none here".
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %,d %s</title></rect>",
              x,
              h - bottom - bh,
              slot * 0.8,
              bh,
              PALETTE[0],
              esc(c.label()),
              c.value(),
              esc(unit)));
      if (i % every == 0) {
        s.append(text(x + slot * 0.4, h - bottom + 16, c.label(), "middle", 11));
      }
    }
    return s.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, longest first as given. */
  static String bars(List<Summary.Count> values, String unit, String color) {
    int w = 760;
    int row = 24;
    int label = 260;
    if (values.isEmpty()) {
      return empty(w, 60, "none");
    }
    int h = values.size() * row + 10;
    long maxValue = Math.max(1, values.stream().mapToLong(Summary.Count::value).max().orElse(1));
    StringBuilder s = open(w, h);
    for (int i = 0; i < values.size(); i++) {
      Summary.Count c = values.get(i);
      double y = 5 + i * row;
      double bw = (w - label - 80) * (double) c.value() / maxValue;
      s.append(
          text(
              label - 8, y + 16, shorten(c.label() == null ? "(none)" : c.label(), 38), "end", 13));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %,d %s</title></rect>",
              label,
              y + 3,
              Math.max(1, bw),
              row - 8,
              color,
              esc(c.label()),
              c.value(),
              esc(unit)));
      s.append(
          text(label + bw + 6, y + 16, String.format(Locale.ROOT, "%,d", c.value()), "start", 12));
    }
    return s.append("</svg>").toString();
  }

  /** Two bars per person: articles naming them, and articles quoting them. */
  static String voice(List<Summary.Voice> rows) {
    int w = 760;
    int row = 30;
    int label = 220;
    if (rows.isEmpty()) {
      return empty(w, 60, "no persons");
    }
    int h = rows.size() * row + 40;
    long maxValue =
        Math.max(1, rows.stream().mapToLong(Summary.Voice::mentionsArticles).max().orElse(1));
    StringBuilder s = open(w, h);
    legend(
        s,
        label,
        14,
        List.of("articles naming them", "articles quoting them"),
        List.of(MUTED, PALETTE[2]));
    for (int i = 0; i < rows.size(); i++) {
      Summary.Voice v = rows.get(i);
      double y = 30 + i * row;
      double scale = (w - label - 90) / (double) maxValue;
      s.append(text(label - 8, y + 16, shorten(v.person(), 32), "end", 13));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"11\" fill=\"%s\"><title>%s named in %,d articles</title></rect>",
              label,
              y + 3,
              Math.max(1, v.mentionsArticles() * scale),
              MUTED,
              esc(v.person()),
              v.mentionsArticles()));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"11\" fill=\"%s\"><title>%s quoted in %,d articles</title></rect>",
              label,
              y + 14,
              Math.max(v.quotedArticles() > 0 ? 1 : 0, v.quotedArticles() * scale),
              PALETTE[2],
              esc(v.person()),
              v.quotedArticles()));
      String ratio =
          v.mentionsArticles() > 0
              ? String.format(
                  Locale.ROOT,
                  "%,d / %,d (%.0f%%)",
                  v.quotedArticles(),
                  v.mentionsArticles(),
                  100.0 * v.quotedArticles() / v.mentionsArticles())
              : String.format(Locale.ROOT, "%,d / 0", v.quotedArticles());
      s.append(
          text(
              label + Math.max(v.mentionsArticles(), v.quotedArticles()) * scale + 6,
              y + 18,
              ratio,
              "start",
              11));
    }
    return s.append("</svg>").toString();
  }

  /**
   * Share over time, one line per topic, bursts as filled circles. A period without any article has
   * no share: the lines break there and a grey band marks it. The y axis runs to a round value just
   * above the largest share drawn, so that topics of a few percent do not lie flat.
   */
  static String trends(List<Summary.Series> series, String grain) {
    int w = 760;
    int h = 300;
    int left = 52;
    int bottom = 36;
    int top = 14;
    int legendHeight = 18 * ((series.size() + 2) / 3);
    TreeSet<String> periods = new TreeSet<>();
    TreeSet<String> empty = new TreeSet<>();
    double maxShare = 0;
    for (Summary.Series t : series) {
      for (Summary.Point p : t.points()) {
        periods.add(p.period());
        if (p.share() == null) {
          empty.add(p.period());
        } else {
          maxShare = Math.max(maxShare, p.share());
        }
      }
    }
    if (periods.isEmpty()) {
      return empty(w, 80, "no dated topics");
    }
    // In basis points, so that niceCount's round steps serve shares as they serve counts; the
    // epsilon keeps 0.04 (400.00000000000006 basis points) at 4%, not 5%.
    long maxBasisPoints = niceCount((long) Math.ceil(maxShare * 10_000 - 1e-6));
    List<String> axis = List.copyOf(periods);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < axis.size(); i++) {
      index.put(axis.get(i), i);
    }
    int plotBottom = h - bottom;
    StringBuilder s = open(w, h + legendHeight);
    double step = axis.size() > 1 ? (double) (w - left - 40) / (axis.size() - 1) : 0;
    for (String period : empty) {
      double x = left + index.get(period) * step;
      double half = Math.max(step / 2, 4);
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#eef1f4\"><title>%s: no articles at all</title></rect>",
              Math.max(left, x - half),
              top,
              Math.min(x + half, w - 8) - Math.max(left, x - half),
              plotBottom - top,
              esc(period)));
    }
    long gridStep = maxBasisPoints / divisions(maxBasisPoints);
    String percent = "%." + (gridStep % 100 == 0 ? 0 : gridStep % 10 == 0 ? 1 : 2) + "f%%";
    axisY(
        s,
        left,
        top,
        plotBottom,
        w - 8,
        maxBasisPoints,
        v -> String.format(Locale.ROOT, percent, v / 100.0));
    int every = Math.max(1, (int) Math.ceil(axis.size() / 10.0));
    for (int i = 0; i < axis.size(); i += every) {
      // A month is named as the articles-per-month chart names it, not by its first day.
      String label =
          "month".equals(grain)
              ? axis.get(i).substring(0, Math.min(7, axis.get(i).length()))
              : axis.get(i);
      s.append(text(left + i * step, plotBottom + 16, label, "middle", 11));
    }
    for (int k = 0; k < series.size(); k++) {
      Summary.Series t = series.get(k);
      String color = PALETTE[k % PALETTE.length];
      List<Summary.Point> points =
          t.points().stream()
              .sorted(java.util.Comparator.comparing(Summary.Point::period))
              .toList();
      StringBuilder path = new StringBuilder();
      boolean drawing = false;
      for (Summary.Point p : points) {
        if (p.share() == null) {
          drawing = false;
          continue;
        }
        double x = left + index.get(p.period()) * step;
        double y = plotBottom - (plotBottom - top) * p.share() * 10_000 / maxBasisPoints;
        path.append(drawing ? " L" : path.length() == 0 ? "M" : " M")
            .append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        drawing = true;
      }
      if (path.length() > 0) {
        s.append(
            String.format(
                "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>", path, color));
      }
      for (Summary.Point p : points) {
        if (p.share() == null) {
          continue;
        }
        double x = left + index.get(p.period()) * step;
        double y = plotBottom - (plotBottom - top) * p.share() * 10_000 / maxBasisPoints;
        String tip =
            String.format(
                Locale.ROOT,
                "%s, %s: %s of articles (%,d of %,d)%s",
                esc(t.topic()),
                esc(p.period()),
                share(p.share()),
                p.articles(),
                p.periodArticles(),
                p.burst() ? ", a burst" : "");
        if (p.burst()) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1.5\"><title>%s</title></circle>",
                  x,
                  y,
                  BURST,
                  tip));
        } else {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s</title></circle>",
                  x,
                  y,
                  color,
                  tip));
        }
      }
    }
    for (int k = 0; k < series.size(); k++) {
      double x = left + (k % 3) * 240;
      double y = h + 4 + (k / 3) * 18;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"4\" fill=\"%s\"/>",
              x,
              y,
              PALETTE[k % PALETTE.length]));
      s.append(text(x + 20, y + 6, shorten(series.get(k).topic(), 30), "start", 12));
    }
    return s.append("</svg>").toString();
  }

  /**
   * The persons on a circle, largest first from the top, clockwise; an edge's width grows with the
   * articles the pair shares. Colour is the person's community.
   */
  static String network(List<Summary.Node> nodes, List<Summary.Pair> edges) {
    int w = 760;
    int h = 560;
    if (nodes.isEmpty()) {
      return empty(w, 80, "no person pairs");
    }
    double cx = w / 2.0;
    double cy = h / 2.0;
    // An ellipse wider than high leaves room for the labels on the left and right.
    double rx = w / 2.0 - 170;
    double ry = h / 2.0 - 50;
    Map<String, double[]> at = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
      at.put(nodes.get(i).person(), new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a), a});
    }
    Map<String, String> communityColor = new HashMap<>();
    long maxEdge = Math.max(1, edges.stream().mapToLong(Summary.Pair::articles).max().orElse(1));
    long maxArticles =
        Math.max(1, nodes.stream().mapToLong(Summary.Node::articles).max().orElse(1));
    StringBuilder s = open(w, h);
    for (Summary.Pair e : edges) {
      double[] a = at.get(e.personA());
      double[] b = at.get(e.personB());
      if (a == null || b == null) {
        continue;
      }
      double width = 0.6 + 5.4 * Math.log1p(e.articles()) / Math.log1p(maxEdge);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.55\" "
                  + "stroke-width=\"%.2f\"><title>%s &amp; %s: %,d articles together</title></line>",
              a[0],
              a[1],
              b[0],
              b[1],
              MUTED,
              width,
              esc(e.personA()),
              esc(e.personB()),
              e.articles()));
    }
    for (int i = 0; i < nodes.size(); i++) {
      Summary.Node n = nodes.get(i);
      double[] p = at.get(n.person());
      String color =
          communityColor.computeIfAbsent(
              String.valueOf(n.community()), c -> PALETTE[communityColor.size() % PALETTE.length]);
      double r = 4 + 12 * Math.sqrt((double) n.articles() / maxArticles);
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1.5\">"
                  + "<title>%s: %,d articles, pagerank %s</title></circle>",
              p[0],
              p[1],
              r,
              color,
              esc(n.person()),
              n.articles(),
              number(n.pagerank(), "%.3f")));
      // Near the top and bottom the labels of neighbours would touch: every other one sits further
      // out.
      double out = r + 6 + (Math.abs(Math.cos(p[2])) < 0.45 && i % 2 == 1 ? 14 : 0);
      double lx = p[0] + Math.cos(p[2]) * out;
      double ly = p[1] + Math.sin(p[2]) * out + 4;
      String anchor =
          Math.abs(Math.cos(p[2])) < 0.2 ? "middle" : Math.cos(p[2]) > 0 ? "start" : "end";
      s.append(text(lx, ly, shorten(n.person(), 28), anchor, 12));
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(int w, int h) {
    return new StringBuilder(
        String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "font-family=\"Helvetica, Arial, sans-serif\">",
            w, h, w, h));
  }

  private static String empty(int w, int h, String message) {
    return open(w, h)
        .append(text(w / 2.0, h / 2.0 + 5, message, "middle", 14))
        .append("</svg>")
        .toString();
  }

  /**
   * A y axis from 0 to {@code max} (a {@link #niceCount}) with a gridline at every round step:
   * fifths of a 1, 2.5 or 5 (times a power of ten), quarters of a 2, 4 or 8.
   */
  private static void axisY(
      StringBuilder s,
      int left,
      int top,
      int bottom,
      int right,
      long max,
      java.util.function.LongFunction<String> label) {
    int n = divisions(max);
    for (int i = 0; i <= n; i++) {
      double y = bottom - (bottom - top) * i / (double) n;
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e8ee\"/>",
              left,
              y,
              right,
              y));
      s.append(text(left - 6, y + 4, label.apply(max / n * i), "end", 11));
    }
  }

  /** How many gridline steps divide {@code max} (a {@link #niceCount}) into round ones. */
  static int divisions(long max) {
    long m = max;
    while (m >= 100 && m % 10 == 0) {
      m /= 10;
    }
    // m is now 4, 5, 8, 10, 20, 25, 40, 50 or 80: a 1, 2.5 or 5 splits into fifths.
    return m == 5 || m == 10 || m == 25 || m == 50 ? 5 : 4;
  }

  private static void legend(
      StringBuilder s, double x, double y, List<String> labels, List<String> colors) {
    for (int i = 0; i < labels.size(); i++) {
      double lx = x + i * 200;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"10\" fill=\"%s\"/>",
              lx,
              y - 9,
              colors.get(i)));
      s.append(text(lx + 18, y, labels.get(i), "start", 12));
    }
  }

  private static String text(double x, double y, String value, String anchor, int size) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"#1f2933\">%s</text>",
        x,
        y,
        anchor,
        size,
        esc(value));
  }

  /** The smallest of 1, 2, 2.5, 4, 5 or 8 times a power of ten, at least v: round gridlines. */
  static long niceCount(long v) {
    long power = 1;
    while (power * 10 < v) {
      power *= 10;
    }
    for (double m : new double[] {1, 2, 2.5, 4, 5, 8, 10}) {
      if (m * power >= v) {
        return Math.max(4, (long) Math.ceil(m * power));
      }
    }
    return 10 * power;
  }

  /**
   * A share as a percentage, with a second decimal below 1% so that small shares are not all
   * "0.0%".
   */
  static String share(double share) {
    return number(100 * share, share < 0.01 ? "%.2f%%" : "%.1f%%");
  }

  /** A number as {@code format} has it, or "-" when there is none: a page never says NaN. */
  static String number(double value, String format) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "-"
        : String.format(Locale.ROOT, format, value);
  }

  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  /** Escapes text for XML and HTML content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
