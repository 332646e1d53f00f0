package org.wirescope.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The precision-recall curve of a ranker that attributes each quote to its top candidate: one
 * {@link Point} per confidence threshold 0.00, 0.02, ..., 1.00, written as CSV and drawn as a PNG
 * of two panels, the whole square and a window zoomed to where the thresholds differ. Recall is
 * over a fixed denominator (the gold quotes with a named source, found or not), so a quote the
 * extractor missed costs recall at every threshold.
 */
final class PrCurve {
  /** Thresholds are {@code i / STEPS} for i = 0..STEPS: 51 points, 0.02 apart. */
  static final int STEPS = 50;

  /** The thresholds labelled on the plot. */
  private static final double[] LABELLED = {0.3, 0.5, 0.7, 0.9};

  /** Each of the two panels is this wide; the image is two panels wide. */
  private static final int PANEL_WIDTH = 600;

  private static final int WIDTH = 2 * PANEL_WIDTH;
  private static final int HEIGHT = 600;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 70;
  private static final int BOTTOM = 64;

  /** The zoomed window covers the thresholds up to this one; see {@link #zoom}. */
  private static final double ZOOM_TOP = 0.9;

  /** How far the zoomed window reaches past the points, before rounding out to 0.05. */
  private static final double ZOOM_PAD = 0.01;

  /** Distances in pixels from a marker to the label boxes tried, nearest first. */
  private static final double[] GAPS = {9, 24, 44, 70, 100, 140, 190, 250};

  /**
   * The directions tried at each gap, (x, y) with y down: below left first, then above right, the
   * two sides a precision-recall curve falling from upper left to lower right leaves free.
   */
  private static final int[][] DIRECTIONS = {
    {-1, 1}, {1, -1}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}, {1, 1}, {-1, -1}
  };

  /** The weights of what a label position runs into; see {@link #hits}. */
  private static final int OVERLAP = 100;

  private static final int COVER = 10;
  private static final int CROSS = 1;

  /** The clear space kept around a label box. */
  private static final double MARGIN = 2;

  /** A leader line starts this far from its marker's centre, just outside the largest marker. */
  private static final double LEADER_START = 11;

  private static final Color CURVE = new Color(0x1f, 0x4e, 0x9a);
  private static final Color BASELINE = new Color(0xc0, 0x30, 0x20);

  /** The ring around the marked threshold and its label's border. */
  static final Color MARK = new Color(0xe0, 0x80, 0x00);

  private static final Color GRID = new Color(0xe6, 0xe6, 0xe6);
  private static final Color INSET = new Color(0x80, 0x80, 0x80);
  private static final Color LEADER = new Color(0x70, 0x70, 0x70);
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font MARK_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

  private PrCurve() {}

  /**
   * One quote's decision: the confidence of its top candidate and whether that candidate is right.
   */
  record Decision(double confidence, boolean correct) {}

  /**
   * The counts at one threshold. Precision is 0 when nothing is attributed (there is no point to
   * draw there; {@link #drawn} leaves it out).
   */
  record Point(
      double threshold, int attributed, int correct, double precision, double recall, double f1) {
    static Point of(double threshold, int attributed, int correct, int goldNamed) {
      double p = attributed == 0 ? 0 : (double) correct / attributed;
      double r = goldNamed == 0 ? 0 : (double) correct / goldNamed;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Point(threshold, attributed, correct, p, r, f);
    }

    /** The CSV row: threshold,attributed,correct,precision,recall,f1. */
    String csv() {
      return String.format(
          Locale.ROOT,
          "%.2f,%d,%d,%.4f,%.4f,%.4f",
          threshold,
          attributed,
          correct,
          precision,
          recall,
          f1);
    }

    /** A human-readable row for the console. */
    String row() {
      return String.format(
          Locale.ROOT,
          "%9.2f %,10d %,8d %9.3f %7.3f %6.3f",
          threshold,
          attributed,
          correct,
          precision,
          recall,
          f1);
    }
  }

  /**
   * The point at threshold {@code tau}: decisions with confidence at or above it are attributed.
   */
  static Point at(List<Decision> decisions, int goldNamed, double tau) {
    int attributed = 0;
    int correct = 0;
    for (Decision d : decisions) {
      if (d.confidence() >= tau) {
        attributed++;
        if (d.correct()) {
          correct++;
        }
      }
    }
    return Point.of(tau, attributed, correct, goldNamed);
  }

  /** The 51 points at thresholds 0.00, 0.02, ..., 1.00. */
  static List<Point> curve(List<Decision> decisions, int goldNamed) {
    List<Point> points = new ArrayList<>(STEPS + 1);
    for (int i = 0; i <= STEPS; i++) {
      points.add(at(decisions, goldNamed, (double) i / STEPS));
    }
    return points;
  }

  /** The point with the highest F1 (the lowest threshold among equals). */
  static Point bestF1(List<Point> points) {
    Point best = points.get(0);
    for (Point p : points) {
      if (p.f1() > best.f1()) {
        best = p;
      }
    }
    return best;
  }

  /** The lowest threshold whose precision reaches {@code precision} with something attributed. */
  static Optional<Point> firstReaching(List<Point> points, double precision) {
    return points.stream()
        .filter(p -> p.attributed() > 0 && p.precision() >= precision)
        .findFirst();
  }

  /** The curve as CSV with a header line. */
  static String csv(List<Point> points) {
    StringBuilder out = new StringBuilder("threshold,attributed,correct,precision,recall,f1\n");
    for (Point p : points) {
      out.append(p.csv()).append('\n');
    }
    return out.toString();
  }

  /**
   * A threshold as text: two decimals when that is exact (0.35), else as many as it takes (0.355).
   */
  static String thresholdText(double t) {
    String two = String.format(Locale.ROOT, "%.2f", t);
    return Double.parseDouble(two) == t
        ? two
        : BigDecimal.valueOf(t).stripTrailingZeros().toPlainString();
  }

  /** Writes {@link #plot} to {@code file} as PNG. */
  static void writePng(List<Point> points, Point baseline, Point marked, String title, Path file)
      throws IOException {
    BufferedImage image = plot(points, baseline, marked, title);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer in this JVM");
    }
  }

  /**
   * Two panels side by side, recall (x) against precision (y): on the left the whole 0..1 square
   * with the zoomed window outlined, on the right that window ({@link #zoom}), where a real curve's
   * thresholds are told apart. Each panel has the line through the points that attribute something,
   * the thresholds 0.3, 0.5, 0.7 and 0.9, the baseline as a square and the marked threshold as a
   * ring, labelled by {@link #place}. {@code baseline} and {@code marked} may be null; either is
   * left out if it attributes nothing.
   */
  static BufferedImage plot(List<Point> points, Point baseline, Point marked, String title) {
    System.setProperty("java.awt.headless", "true");
    Plotted shown = new Plotted(drawn(points), attributing(baseline), attributing(marked));
    Window window = zoom(points, shown.baseline(), shown.marked());
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.BLACK);
      g.setFont(TITLE_FONT);
      g.drawString(title, Math.max(10, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2), 30);
      drawPanel(g, Frame.panel(0, Window.FULL), "full range", shown, window);
      drawPanel(g, Frame.panel(1, window), "zoom: " + window.describe(), shown, null);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The points worth drawing: those that attribute at least one quote. */
  static List<Point> drawn(List<Point> points) {
    return points.stream().filter(p -> p.attributed() > 0).toList();
  }

  /**
   * {@code p} if it attributes something, else null: with nothing attributed there is no precision.
   */
  private static Point attributing(Point p) {
    return p != null && p.attributed() > 0 ? p : null;
  }

  /** A recall range and a precision range, each within 0..1. */
  record Window(double recallLo, double recallHi, double precisionLo, double precisionHi) {
    static final Window FULL = new Window(0, 1, 0, 1);

    /** Whether {@code p} lies inside, edges included. */
    boolean contains(Point p) {
      return p.recall() >= recallLo - 1e-9
          && p.recall() <= recallHi + 1e-9
          && p.precision() >= precisionLo - 1e-9
          && p.precision() <= precisionHi + 1e-9;
    }

    /** For a panel title: "recall 0.70-0.90, precision 0.85-1.00". */
    String describe() {
      return String.format(
          Locale.ROOT,
          "recall %.2f-%.2f, precision %.2f-%.2f",
          recallLo,
          recallHi,
          precisionLo,
          precisionHi);
    }
  }

  /**
   * The window of the right panel: recall from a bit below the lowest recall among the thresholds
   * up to 0.9 (the recall at the highest of them) to a bit above the highest, precision from a bit
   * below the lowest precision among them to 1, and the baseline and the marked point inside too;
   * each range widened outwards to multiples of 0.05 and at least 0.1 wide. The few quotes
   * attributed above 0.9 would stretch it back to the whole square, which the left panel shows.
   */
  static Window zoom(List<Point> points, Point baseline, Point marked) {
    List<Point> drawn = drawn(points);
    List<Point> focus =
        new ArrayList<>(drawn.stream().filter(p -> p.threshold() <= ZOOM_TOP + 1e-9).toList());
    if (focus.isEmpty()) {
      focus.addAll(drawn);
    }
    Stream.of(attributing(baseline), attributing(marked))
        .filter(Objects::nonNull)
        .forEach(focus::add);
    if (focus.isEmpty()) {
      return Window.FULL;
    }
    DoubleSummaryStatistics recall = focus.stream().mapToDouble(Point::recall).summaryStatistics();
    double precision = focus.stream().mapToDouble(Point::precision).min().orElse(0);
    double[] r = twentieths(recall.getMin() - ZOOM_PAD, recall.getMax() + ZOOM_PAD);
    double[] p = twentieths(precision - ZOOM_PAD, 1);
    return new Window(r[0], r[1], p[0], p[1]);
  }

  /** {@code [lo, hi]} widened outwards to multiples of 0.05 within 0..1, at least 0.1 wide. */
  private static double[] twentieths(double lo, double hi) {
    int a = Math.max(0, (int) Math.floor(lo * 20 + 1e-9));
    int b = Math.min(20, (int) Math.ceil(hi * 20 - 1e-9));
    if (b - a < 2) {
      b = Math.min(20, a + 2);
      a = Math.max(0, b - 2);
    }
    return new double[] {a / 20.0, b / 20.0};
  }

  /**
   * What the panels show: the curve's points that attribute something, the baseline and the mark
   * (or null).
   */
  private record Plotted(List<Point> curve, Point baseline, Point marked) {}

  /** A panel's plot area in pixels and the window it shows there. */
  private record Frame(Rectangle area, Window window) {
    /** Panel {@code index} (0 left, 1 right) showing {@code window}. */
    static Frame panel(int index, Window window) {
      return new Frame(
          new Rectangle(
              index * PANEL_WIDTH + LEFT, TOP, PANEL_WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM),
          window);
    }

    double x(double recall) {
      return area.x
          + (recall - window.recallLo()) / (window.recallHi() - window.recallLo()) * area.width;
    }

    double y(double precision) {
      return area.y
          + area.height
          - (precision - window.precisionLo())
              / (window.precisionHi() - window.precisionLo())
              * area.height;
    }
  }

  /**
   * One panel: axes, the curve clipped to the plot area, on the overview ({@code inset} not null)
   * the zoomed window and the legend, the markers, then their labels placed around all of these.
   */
  private static void drawPanel(
      Graphics2D g, Frame f, String subtitle, Plotted shown, Window inset) {
    drawTicks(g, f);
    drawAxes(g, f, subtitle);
    List<Line2D> lines = segments(f, shown.curve());
    Shape clip = g.getClip();
    g.clip(f.area());
    g.setColor(CURVE);
    g.setStroke(new BasicStroke(2f));
    lines.forEach(g::draw);
    g.setStroke(new BasicStroke(1f));
    for (Point p : shown.curve()) {
      g.fill(new Ellipse2D.Double(f.x(p.recall()) - 2.5, f.y(p.precision()) - 2.5, 5, 5));
    }
    g.setClip(clip);
    List<Shape> obstacles = new ArrayList<>();
    if (inset != null) {
      obstacles.addAll(drawInset(g, f, inset));
      obstacles.add(drawLegend(g, f, shown));
    }
    List<Tag> tags = tags(f, shown);
    for (int i = tags.size() - 1; i >= 0; i--) {
      drawMarker(g, tags.get(i));
      obstacles.add(tags.get(i).marker());
    }
    drawLabels(g, tags, place(labels(g, tags), f.area(), lines, obstacles));
  }

  /** The line segments between consecutive points, in pixels. */
  private static List<Line2D> segments(Frame f, List<Point> points) {
    List<Line2D> lines = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      Point a = points.get(i - 1);
      Point b = points.get(i);
      lines.add(
          new Line2D.Double(
              f.x(a.recall()), f.y(a.precision()), f.x(b.recall()), f.y(b.precision())));
    }
    return lines;
  }

  /** Grid lines and tick labels every 0.1, or every 0.05 on a range up to 0.5 wide. */
  private static void drawTicks(Graphics2D g, Frame f) {
    Window w = f.window();
    Rectangle a = f.area();
    g.setFont(TICK_FONT);
    FontMetrics fm = g.getFontMetrics();
    int perX = perUnit(w.recallHi() - w.recallLo());
    for (int k = (int) Math.ceil(w.recallLo() * perX - 1e-9);
        k <= Math.floor(w.recallHi() * perX + 1e-9);
        k++) {
      int px = (int) Math.round(f.x((double) k / perX));
      String label = tickText(k, perX);
      g.setColor(GRID);
      g.drawLine(px, a.y, px, a.y + a.height);
      g.setColor(Color.BLACK);
      g.drawLine(px, a.y + a.height, px, a.y + a.height + 5);
      g.drawString(label, px - fm.stringWidth(label) / 2, a.y + a.height + 8 + fm.getAscent());
    }
    int perY = perUnit(w.precisionHi() - w.precisionLo());
    for (int k = (int) Math.ceil(w.precisionLo() * perY - 1e-9);
        k <= Math.floor(w.precisionHi() * perY + 1e-9);
        k++) {
      int py = (int) Math.round(f.y((double) k / perY));
      String label = tickText(k, perY);
      g.setColor(GRID);
      g.drawLine(a.x, py, a.x + a.width, py);
      g.setColor(Color.BLACK);
      g.drawLine(a.x - 5, py, a.x, py);
      g.drawString(label, a.x - 9 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
    }
  }

  /** Ticks per unit: 10 on a wide range, 20 (every 0.05) on a range up to 0.5 wide. */
  private static int perUnit(double span) {
    return span > 0.5 + 1e-9 ? 10 : 20;
  }

  private static String tickText(int k, int perUnit) {
    return String.format(Locale.ROOT, perUnit == 10 ? "%.1f" : "%.2f", (double) k / perUnit);
  }

  /** The frame, the two axis names and the panel's title. */
  private static void drawAxes(Graphics2D g, Frame f, String subtitle) {
    Rectangle a = f.area();
    g.setColor(Color.BLACK);
    g.drawRect(a.x, a.y, a.width, a.height);
    g.setFont(AXIS_FONT);
    FontMetrics fm = g.getFontMetrics();
    g.drawString("recall", a.x + (a.width - fm.stringWidth("recall")) / 2, HEIGHT - 22);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(
        "precision", -(a.y + (a.height + fm.stringWidth("precision")) / 2), a.x - LEFT + 22);
    g.setTransform(saved);
    g.setFont(SUBTITLE_FONT);
    fm = g.getFontMetrics();
    g.drawString(subtitle, a.x + (a.width - fm.stringWidth(subtitle)) / 2, a.y - 10);
  }

  /**
   * The zoomed window as a dashed box on the overview; returns its edges, which label boxes avoid
   * but leaders may cross, as they must to reach a label outside.
   */
  private static List<Line2D> drawInset(Graphics2D g, Frame f, Window w) {
    double x0 = f.x(w.recallLo());
    double x1 = f.x(w.recallHi());
    double y0 = f.y(w.precisionHi());
    double y1 = f.y(w.precisionLo());
    g.setColor(INSET);
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    g.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
    g.setStroke(new BasicStroke(1f));
    return List.of(
        new Line2D.Double(x0, y0, x1, y0),
        new Line2D.Double(x1, y0, x1, y1),
        new Line2D.Double(x1, y1, x0, y1),
        new Line2D.Double(x0, y1, x0, y0));
  }

  /** The legend in the lower left of the plot area, on white; returns the box it covers. */
  private static Rectangle2D drawLegend(Graphics2D g, Frame f, Plotted shown) {
    List<String> entries = new ArrayList<>(List.of("model, out-of-fold (t = threshold)"));
    if (shown.baseline() != null) {
      entries.add("sieve baseline");
    }
    if (shown.marked() != null) {
      entries.add("marked threshold (--mark)");
    }
    g.setFont(LABEL_FONT);
    FontMetrics fm = g.getFontMetrics();
    int width = entries.stream().mapToInt(fm::stringWidth).max().orElse(0) + 40;
    Rectangle2D box =
        new Rectangle2D.Double(
            f.area().x + 10,
            f.area().getMaxY() - 14 - 18 * entries.size(),
            width,
            18 * entries.size() + 4);
    g.setColor(Color.WHITE);
    g.fill(box);
    for (int i = 0; i < entries.size(); i++) {
      double lx = box.getX() + 4;
      double ly = box.getY() + 11 + 18 * i;
      String entry = entries.get(i);
      if (i == 0) {
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(lx, ly, lx + 24, ly));
        g.setStroke(new BasicStroke(1f));
      } else {
        drawMarker(
            g, new Tag(entry.startsWith("sieve") ? Kind.BASELINE : Kind.MARK, entry, lx + 12, ly));
      }
      g.setColor(Color.BLACK);
      g.drawString(entry, (float) lx + 32, (float) ly + 4);
    }
    return box;
  }

  /** What a marker stands for, which sets its shape, colour and label font. */
  private enum Kind {
    THRESHOLD,
    BASELINE,
    MARK
  }

  /** A marker at pixel ({@code px}, {@code py}) and its label's text. */
  private record Tag(Kind kind, String text, double px, double py) {
    /** The marker's outline, which labels must not cover. */
    Shape marker() {
      return switch (kind) {
        case THRESHOLD -> new Ellipse2D.Double(px - 5.5, py - 5.5, 11, 11);
        case BASELINE -> new Rectangle2D.Double(px - 5.5, py - 5.5, 11, 11);
        case MARK -> new Ellipse2D.Double(px - 9, py - 9, 18, 18);
      };
    }
  }

  /**
   * The markers inside {@code f}'s window in the order their labels are placed: the marked
   * threshold, the baseline, then 0.3, 0.5, 0.7 and 0.9 (less the one the mark stands on).
   */
  private static List<Tag> tags(Frame f, Plotted shown) {
    List<Tag> tags = new ArrayList<>();
    Point m = shown.marked();
    if (m != null && f.window().contains(m)) {
      String text =
          String.format(
              Locale.ROOT,
              "default t=%s: P=%.3f, R=%.3f",
              thresholdText(m.threshold()),
              m.precision(),
              m.recall());
      tags.add(new Tag(Kind.MARK, text, f.x(m.recall()), f.y(m.precision())));
    }
    Point b = shown.baseline();
    if (b != null && f.window().contains(b)) {
      tags.add(new Tag(Kind.BASELINE, "sieve", f.x(b.recall()), f.y(b.precision())));
    }
    for (double t : LABELLED) {
      for (Point p : shown.curve()) {
        if (Math.abs(p.threshold() - t) < 1e-9
            && f.window().contains(p)
            && (m == null || Math.abs(m.threshold() - t) >= 1e-9)) {
          tags.add(
              new Tag(
                  Kind.THRESHOLD,
                  String.format(Locale.ROOT, "t=%.1f", t),
                  f.x(p.recall()),
                  f.y(p.precision())));
        }
      }
    }
    return tags;
  }

  private static void drawMarker(Graphics2D g, Tag t) {
    switch (t.kind()) {
      case THRESHOLD -> {
        g.setColor(CURVE);
        g.fill(t.marker());
      }
      case BASELINE -> {
        g.setColor(BASELINE);
        g.fill(t.marker());
      }
      case MARK -> {
        g.setColor(MARK);
        g.setStroke(new BasicStroke(3f));
        g.draw(t.marker());
        g.setStroke(new BasicStroke(1f));
      }
    }
  }

  private static Font font(Kind kind) {
    return kind == Kind.MARK ? MARK_FONT : LABEL_FONT;
  }

  /** Each tag's label with the size of its text box in {@link #font}. */
  private static List<Label> labels(Graphics2D g, List<Tag> tags) {
    List<Label> labels = new ArrayList<>(tags.size());
    for (Tag t : tags) {
      FontMetrics fm = g.getFontMetrics(font(t.kind()));
      labels.add(
          new Label(
              t.text(),
              t.px(),
              t.py(),
              fm.stringWidth(t.text()) + 6,
              fm.getAscent() + fm.getDescent() + 2));
    }
    return labels;
  }

  /** Leader lines first, then each label's text on white, so no leader crosses a label. */
  private static void drawLabels(Graphics2D g, List<Tag> tags, List<Placed> placed) {
    g.setColor(LEADER);
    g.setStroke(new BasicStroke(1f));
    placed.stream().map(Placed::leader).filter(Objects::nonNull).forEach(g::draw);
    for (int i = 0; i < tags.size(); i++) {
      Tag t = tags.get(i);
      Rectangle2D box = placed.get(i).box();
      g.setColor(Color.WHITE);
      g.fill(box);
      if (t.kind() == Kind.MARK) {
        g.setColor(MARK);
        g.draw(box);
      }
      g.setFont(font(t.kind()));
      g.setColor(Color.BLACK);
      g.drawString(
          t.text(),
          (float) box.getX() + 3,
          (float) box.getY() + 1 + g.getFontMetrics().getAscent());
    }
  }

  /** A label to place: its text, the centre of its marker and its box size, in pixels. */
  record Label(String text, double px, double py, double width, double height) {}

  /**
   * Where a label went: its box and the leader line back to its marker (null when it sits beside
   * it).
   */
  record Placed(Label label, Rectangle2D box, Line2D leader) {}

  /**
   * Places labels one at a time, in order, each at the first candidate position that runs into
   * nothing, or else at the first of those that run into least ({@link #hits}). A box must not
   * touch a placed label or its leader, a line or an obstacle; a leader must not cross a placed
   * label or leader, a line or an obstacle's interior (a {@link Line2D} obstacle has none, so
   * leaders may cross it). Candidates go outwards by {@link #GAPS}, trying {@link #DIRECTIONS} at
   * each gap; past the first gap a label gets a leader line. Boxes stay inside {@code area}.
   * Deterministic.
   */
  static List<Placed> place(
      List<Label> labels, Rectangle2D area, List<Line2D> lines, List<Shape> obstacles) {
    List<Placed> placed = new ArrayList<>(labels.size());
    for (Label l : labels) {
      Placed best = null;
      int bestHits = Integer.MAX_VALUE;
      for (int i = 0; i < GAPS.length * DIRECTIONS.length && bestHits > 0; i++) {
        Placed c = candidate(l, GAPS[i / DIRECTIONS.length], DIRECTIONS[i % DIRECTIONS.length]);
        if (area.contains(c.box())) {
          int hits = hits(c, placed, lines, obstacles);
          if (hits < bestHits) {
            best = c;
            bestHits = hits;
          }
        }
      }
      placed.add(best != null ? best : squeezed(l, area));
    }
    return placed;
  }

  /** The label {@code gap} pixels from its marker in direction {@code dir} (x right, y down). */
  private static Placed candidate(Label l, double gap, int[] dir) {
    double x =
        dir[0] < 0 ? l.px() - gap - l.width() : dir[0] > 0 ? l.px() + gap : l.px() - l.width() / 2;
    double y =
        dir[1] < 0
            ? l.py() - gap - l.height()
            : dir[1] > 0 ? l.py() + gap : l.py() - l.height() / 2;
    Rectangle2D box = new Rectangle2D.Double(x, y, l.width(), l.height());
    if (gap <= GAPS[0]) {
      return new Placed(l, box, null);
    }
    double nx = Math.max(box.getMinX(), Math.min(l.px(), box.getMaxX()));
    double ny = Math.max(box.getMinY(), Math.min(l.py(), box.getMaxY()));
    double s = LEADER_START / Math.hypot(nx - l.px(), ny - l.py());
    return new Placed(
        l, box, new Line2D.Double(l.px() + (nx - l.px()) * s, l.py() + (ny - l.py()) * s, nx, ny));
  }

  /**
   * For a label too big for every candidate: below left of its marker, pushed inside {@code area}.
   */
  private static Placed squeezed(Label l, Rectangle2D area) {
    Rectangle2D box = candidate(l, GAPS[0], DIRECTIONS[0]).box();
    double x = Math.max(area.getMinX(), Math.min(box.getX(), area.getMaxX() - box.getWidth()));
    double y = Math.max(area.getMinY(), Math.min(box.getY(), area.getMaxY() - box.getHeight()));
    return new Placed(l, new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight()), null);
  }

  /**
   * What the candidate runs into, its box grown by {@link #MARGIN}, weighted so that when nothing
   * is free a label rather crosses a line than covers data, and rather covers data than a label:
   * {@link #OVERLAP} per label it covers, {@link #COVER} per line, marker or leader it covers or
   * label its leader runs under, {@link #CROSS} per line, marker or leader its leader crosses.
   */
  private static int hits(
      Placed c, List<Placed> placed, List<Line2D> lines, List<Shape> obstacles) {
    Rectangle2D box =
        new Rectangle2D.Double(
            c.box().getX() - MARGIN,
            c.box().getY() - MARGIN,
            c.box().getWidth() + 2 * MARGIN,
            c.box().getHeight() + 2 * MARGIN);
    Line2D leader = c.leader();
    int hits = 0;
    for (Placed p : placed) {
      hits += box.intersects(p.box()) ? OVERLAP : 0;
      hits += p.leader() != null && box.intersectsLine(p.leader()) ? COVER : 0;
      hits += leader != null && p.box().intersectsLine(leader) ? COVER : 0;
      hits += leader != null && p.leader() != null && leader.intersectsLine(p.leader()) ? CROSS : 0;
    }
    for (Line2D line : lines) {
      hits += box.intersectsLine(line) ? COVER : 0;
      hits += leader != null && leader.intersectsLine(line) ? CROSS : 0;
    }
    for (Shape o : obstacles) {
      hits += o.intersects(box) ? COVER : 0;
      hits += leader != null && crosses(leader, o) ? CROSS : 0;
    }
    return hits;
  }

  /**
   * Whether {@code leader} passes through the interior of {@code o}, tested every pixel along it.
   */
  private static boolean crosses(Line2D leader, Shape o) {
    if (!o.getBounds2D().intersectsLine(leader)) {
      return false;
    }
    double length = leader.getP1().distance(leader.getP2());
    for (int i = 0; i <= length; i++) {
      double s = length == 0 ? 0 : i / length;
      if (o.contains(
          leader.getX1() + s * (leader.getX2() - leader.getX1()),
          leader.getY1() + s * (leader.getY2() - leader.getY1()))) {
        return true;
      }
    }
    return false;
  }
}
