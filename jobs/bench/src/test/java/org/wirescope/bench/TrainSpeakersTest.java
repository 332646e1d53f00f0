package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The speaker ranker's trainer on small synthetic candidate files; no Spark. */
class TrainSpeakersTest {
  @TempDir Path dir;

  /**
   * Twelve docs, each with three named quotes (2 or 3 candidates; the right one sits at a varying
   * position) and one unmatched quote. Invariant: the right candidate, and only it, has {@code
   * after} = 1 and a short {@code dist}; {@code sieve} marks the right candidate except in every
   * fourth named quote, where it marks a wrong one; {@code one} is constant. gold_named is 40: the
   * 36 named quotes plus 4 the extractor missed.
   */
  static String separable() {
    StringBuilder tsv =
        new StringBuilder("#gold_named\t40\ndoc\tquote\tlabel\tgold\tsieve\tafter\tdist\tone\n");
    int named = 0;
    for (int doc = 1; doc <= 12; doc++) {
      String d = String.format(Locale.ROOT, "doc%02d", doc);
      for (int q = 0; q < 3; q++, named++) {
        int candidates = 2 + (doc + q) % 2;
        int right = (doc + q) % candidates;
        int sieve = named % 4 == 3 ? (right + 1) % candidates : right;
        for (int c = 0; c < candidates; c++) {
          double dist = c == right ? 0.25 + 0.05 * q : 1.5 + 0.25 * c + 0.1 * (doc % 3);
          tsv.append(
              row(
                  d,
                  d + "#" + q,
                  c == right ? 1 : 0,
                  "named",
                  c == sieve ? 1 : 0,
                  c == right ? 1 : 0,
                  dist));
        }
      }
      tsv.append(row(d, d + "#u", 0, "unmatched", 0, 0, 2.5 + 0.1 * (doc % 4)));
      tsv.append(row(d, d + "#u", 0, "unmatched", 0, 0, 3.0));
    }
    return tsv.toString();
  }

  private static String row(
      String doc, String quote, int label, String gold, int sieve, int after, double dist) {
    return String.join(
            "\t", doc, quote, "" + label, gold, "" + sieve, "" + after, Double.toString(dist), "1")
        + "\n";
  }

  /**
   * Two docs, four quotes. Invariant: the sieve is right on a#0, wrong on a#1, marks a candidate of
   * the unmatched b#0 and nothing on b#1; so it attributes 3 quotes, 1 correctly, of 4 gold.
   */
  static final String SIEVE_FIXTURE =
      String.join(
          "\n",
          "#gold_named\t4",
          "doc\tquote\tlabel\tgold\tsieve\tafter",
          "a\ta#0\t1\tnamed\t1\t1",
          "a\ta#0\t0\tnamed\t0\t0",
          "a\ta#1\t0\tnamed\t1\t0",
          "a\ta#1\t1\tnamed\t0\t1",
          "b\tb#0\t0\tunmatched\t1\t1",
          "b\tb#0\t0\tunmatched\t0\t0",
          "b\tb#1\t1\tnamed\t0\t1",
          "b\tb#1\t0\tnamed\t0\t0",
          "");

  private static TrainSpeakers.Data parse(String tsv) throws Exception {
    return TrainSpeakers.parse("test.tsv", new BufferedReader(new StringReader(tsv)));
  }

  private Path write(String name, String tsv) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, tsv, StandardCharsets.UTF_8);
    return file;
  }

  /** The exit code of the real CLI, with its stdout and stderr appended to the given buffers. */
  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new TrainSpeakers());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void parsesQuotesDocsAndFeatures() throws Exception {
    TrainSpeakers.Data d = parse(separable());
    assertEquals(40, d.goldNamed());
    assertEquals(List.of("sieve", "after", "dist", "one"), d.features());
    assertEquals(48, d.quotes().size());
    assertEquals("doc01", d.quotes().get(0).doc());
    assertEquals(3, d.quotes().get(0).rows().size(), "doc01#0 has 3 candidates");
    assertEquals(
        6 * 8 + 6 * 7 + 12 * 2,
        d.rows().size(),
        "odd docs 3+2+3, even docs 2+3+2, 2 per unmatched");
  }

  @Test
  void theTrainedModelRanksTheRightCandidateFirst() throws Exception {
    TrainSpeakers.Data d = parse(separable());
    TrainSpeakers.Model m = TrainSpeakers.train(d.features(), d.rows(), 1.0);
    for (TrainSpeakers.Quote q : d.quotes()) {
      if (q.gold().equals("named")) {
        List<PrCurve.Decision> top = TrainSpeakers.decide(m, List.of(q));
        assertTrue(top.get(0).correct(), "quote " + q.id());
        assertTrue(top.get(0).confidence() > 0.5, "quote " + q.id() + ": " + top.get(0));
      }
    }
    assertTrue(m.weights()[1] > 0, "after pushes up: " + m.weights()[1]);
    assertTrue(m.weights()[2] < 0, "distance pushes down: " + m.weights()[2]);
    assertEquals(0.0, m.weights()[3], 0.0, "a constant feature keeps weight 0");
  }

  @Test
  void crossValidatedPrecisionAtOneHalfIsHigh() throws Exception {
    TrainSpeakers.Data d = parse(separable());
    List<PrCurve.Decision> pooled = TrainSpeakers.crossValidate(d, 5, 1.0);
    assertEquals(48, pooled.size(), "one out-of-fold decision per quote");
    PrCurve.Point half = PrCurve.curve(pooled, d.goldNamed()).get(25);
    assertEquals(0.5, half.threshold());
    assertEquals(1.0, half.precision(), "at 0.5: " + half);
    assertEquals(36.0 / 40, half.recall(), 1e-12, "at 0.5: " + half);
  }

  @Test
  void theSieveBaselineTakesTheFirstMarkedCandidate() throws Exception {
    PrCurve.Point b = TrainSpeakers.baseline(parse(SIEVE_FIXTURE)).orElseThrow();
    assertEquals(3, b.attributed());
    assertEquals(1, b.correct());
    assertEquals(1.0 / 3, b.precision(), 1e-12);
    assertEquals(0.25, b.recall(), 1e-12);
    String noSieve = SIEVE_FIXTURE.replace("\tsieve\t", "\trule\t");
    assertTrue(TrainSpeakers.baseline(parse(noSieve)).isEmpty());
  }

  @Test
  void theCurveCountsQuotesAtOrAboveEachThreshold() {
    List<PrCurve.Decision> decisions =
        List.of(
            new PrCurve.Decision(0.9, true),
            new PrCurve.Decision(0.6, false),
            new PrCurve.Decision(0.4, true),
            new PrCurve.Decision(0.5, true));
    List<PrCurve.Point> curve = PrCurve.curve(decisions, 5);
    assertEquals(51, curve.size());
    assertEquals(PrCurve.Point.of(0.5, 3, 2, 5), curve.get(25));
    assertEquals(0.5, curve.get(25).f1(), 1e-12);
    assertEquals(PrCurve.Point.of(0.0, 4, 3, 5), curve.get(0));
    assertEquals(0, curve.get(50).attributed());
    assertEquals(0.0, PrCurve.bestF1(curve).threshold(), "F1 is 0.667 up to 0.40, then 0.5");
    assertEquals(0.62, PrCurve.firstReaching(curve, 0.9).orElseThrow().threshold(), 1e-12);
    String csv = PrCurve.csv(curve);
    assertTrue(
        csv.startsWith(
            "threshold,attributed,correct,precision,recall,f1\n"
                + "0.00,4,3,0.7500,0.6000,0.6667\n"),
        csv);
  }

  @Test
  void theSameInputWritesTheSameModelBytes() throws Exception {
    Path data = write("speakers.tsv", separable());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    Path csv = dir.resolve("pr.csv");
    Path png = dir.resolve("pr.png");
    assertEquals(
        0,
        run(
            out,
            err,
            "--data",
            data.toString(),
            "--model",
            a.toString(),
            "--curve",
            csv.toString(),
            "--png",
            png.toString()),
        err.toString());
    assertEquals(
        0, run(out, err, "--data", data.toString(), "--model", b.toString()), err.toString());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    List<String> lines = Files.readAllLines(a);
    assertEquals(
        "# wirescope speaker ranker: logistic regression, trained by TrainSpeakers on speakers.tsv, "
            + "114 rows, l2=1.0",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("bias\t"), lines.get(1));
    assertEquals(
        List.of("sieve", "after", "dist", "one"),
        lines.subList(2, 6).stream().map(l -> l.split("\t")[0]).toList());
    assertEquals(6, lines.size());
    assertEquals(52, Files.readAllLines(csv).size());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth(), "two 600-pixel panels: the whole square and the zoom");
    assertEquals(600, image.getHeight());
    assertTrue(out.toString().contains("best F1"), out.toString());
    assertTrue(
        out.toString().contains("baseline (first candidate with sieve = 1)"), out.toString());
  }

  @Test
  void markPrintsThePointAtExactlyThatThresholdAfterTheTable() throws Exception {
    Path data = write("speakers.tsv", separable());
    Path png = dir.resolve("pr.png");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(
        0,
        run(
            out,
            err,
            "--data",
            data.toString(),
            "--model",
            dir.resolve("m.model").toString(),
            "--png",
            png.toString(),
            "--mark",
            "0.35"),
        err.toString());
    TrainSpeakers.Data d = parse(separable());
    PrCurve.Point at = PrCurve.at(TrainSpeakers.crossValidate(d, 5, 1.0), d.goldNamed(), 0.35);
    assertEquals(0.35, at.threshold(), 0.0, "off the 0.02 grid, computed at exactly 0.35");
    String line = "mark: threshold 0.35: " + TrainSpeakers.describe(at);
    String stdout = out.toString();
    assertTrue(stdout.contains(line + System.lineSeparator()), line + " in\n" + stdout);
    assertTrue(
        stdout.indexOf(line) > stdout.indexOf("     1.00 "), "after the CV table:\n" + stdout);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth());
    assertEquals(600, image.getHeight());
    assertTrue(markPixels(image, 0, 600) > 0, "the mark is ringed on the left panel");
    assertTrue(markPixels(image, 600, 1200) > 0, "the mark is ringed on the zoom panel");
  }

  @Test
  void withoutMarkThereIsNoMarkLineAndNoRing() throws Exception {
    Path data = write("speakers.tsv", separable());
    Path png = dir.resolve("pr.png");
    StringWriter out = new StringWriter();
    assertEquals(
        0,
        run(
            out,
            new StringWriter(),
            "--data",
            data.toString(),
            "--model",
            dir.resolve("m.model").toString(),
            "--png",
            png.toString()));
    assertFalse(out.toString().contains("mark:"), out.toString());
    assertEquals(0, markPixels(ImageIO.read(png.toFile()), 0, 1200));
  }

  @Test
  void thePlotIsTheSameBytesEveryRun() throws Exception {
    Path data = write("speakers.tsv", separable());
    Path a = dir.resolve("a.png");
    Path b = dir.resolve("b.png");
    for (Path png : List.of(a, b)) {
      assertEquals(
          0,
          run(
              new StringWriter(),
              new StringWriter(),
              "--data",
              data.toString(),
              "--model",
              dir.resolve("m.model").toString(),
              "--png",
              png.toString(),
              "--mark",
              "0.5"));
    }
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void aMarkOutsideZeroToOneIsRejected() throws Exception {
    Path data = write("speakers.tsv", separable());
    Path model = dir.resolve("never.model");
    for (String bad : List.of("1.5", "-0.1", "NaN")) {
      StringWriter err = new StringWriter();
      assertEquals(
          2,
          run(
              new StringWriter(),
              err,
              "--data",
              data.toString(),
              "--model",
              model.toString(),
              "--mark",
              bad),
          bad);
      assertTrue(
          err.toString().contains("--mark must be a threshold in [0, 1], not "), err.toString());
    }
    assertTrue(Files.notExists(model));
  }

  /** Pixels of exactly the mark's colour in columns [from, to). */
  private static int markPixels(BufferedImage image, int from, int to) {
    int n = 0;
    for (int x = from; x < to; x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        n += (image.getRGB(x, y) & 0xffffff) == PrCurve.MARK.getRGB() - 0xff000000 ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * A curve shaped like the real one, per 1,000 gold quotes: recall 0.885 at threshold 0, 0.738 at
   * 0.9 and 0.389 at 0.96; precision from 0.865 up to 0.963.
   */
  static List<PrCurve.Point> realisticCurve() {
    return List.of(
        PrCurve.Point.of(0.0, 1023, 885, 1000),
        PrCurve.Point.of(0.5, 941, 864, 1000),
        PrCurve.Point.of(0.9, 768, 738, 1000),
        PrCurve.Point.of(0.96, 404, 389, 1000),
        PrCurve.Point.of(1.0, 0, 0, 1000));
  }

  @Test
  void theZoomCoversTheThresholdsUpToNineTenthsOnTicksOfFiveHundredths() {
    PrCurve.Window w = PrCurve.zoom(realisticCurve(), null, null);
    assertEquals(
        new PrCurve.Window(0.70, 0.90, 0.85, 1.0), w, "t=0.96 at recall 0.389 is left out");
    assertEquals("recall 0.70-0.90, precision 0.85-1.00", w.describe());
    PrCurve.Point sieve = PrCurve.Point.of(0.0, 1000, 820, 1000);
    assertEquals(
        new PrCurve.Window(0.70, 0.90, 0.80, 1.0),
        PrCurve.zoom(realisticCurve(), sieve, null),
        "the baseline at P 0.82 is kept inside");
    PrCurve.Point high = PrCurve.Point.of(0.96, 404, 389, 1000);
    assertEquals(
        0.35,
        PrCurve.zoom(realisticCurve(), null, high).recallLo(),
        1e-12,
        "a mark above 0.9 is kept inside");
  }

  @Test
  void theZoomIsAtLeastATenthWideAndFallsBackToTheSquare() {
    List<PrCurve.Point> perfect =
        List.of(PrCurve.Point.of(0.0, 10, 10, 10), PrCurve.Point.of(0.5, 10, 10, 10));
    assertEquals(new PrCurve.Window(0.9, 1.0, 0.9, 1.0), PrCurve.zoom(perfect, null, null));
    List<PrCurve.Point> nothing = List.of(PrCurve.Point.of(0.0, 0, 0, 10));
    assertEquals(PrCurve.Window.FULL, PrCurve.zoom(nothing, null, null));
  }

  /**
   * Six labels on markers a few pixels apart where a curve turns a corner, as in the overview
   * panel: each box must stay clear of the others, the line and every marker.
   */
  @Test
  void crowdedLabelsOverlapNeitherEachOtherNorTheLineNorTheMarkers() {
    Rectangle2D area = new Rectangle2D.Double(0, 0, 500, 400);
    List<Line2D> line =
        List.of(new Line2D.Double(100, 100, 300, 110), new Line2D.Double(300, 110, 320, 300));
    List<PrCurve.Label> labels = new ArrayList<>();
    List<Shape> markers = new ArrayList<>();
    labels.add(new PrCurve.Label("default t=0.35: P=0.908, R=0.874", 303, 125, 210, 17));
    for (int i = 0; i < 5; i++) {
      labels.add(new PrCurve.Label("t=0." + i, 296 + 3 * i, 108 + 6 * i, 34, 17));
    }
    labels.forEach(l -> markers.add(new Ellipse2D.Double(l.px() - 5.5, l.py() - 5.5, 11, 11)));
    List<PrCurve.Placed> placed = PrCurve.place(labels, area, line, markers);
    assertEquals(labels.size(), placed.size());
    for (int i = 0; i < placed.size(); i++) {
      Rectangle2D box = placed.get(i).box();
      assertTrue(area.contains(box), "inside: " + box);
      assertTrue(line.stream().noneMatch(box::intersectsLine), "off the line: " + box);
      assertTrue(markers.stream().noneMatch(m -> m.intersects(box)), "off the markers: " + box);
      for (int j = 0; j < i; j++) {
        assertFalse(box.intersects(placed.get(j).box()), i + " and " + j + ": " + box);
      }
    }
    assertNull(
        PrCurve.place(List.of(new PrCurve.Label("t=0.9", 50, 50, 34, 17)), area, line, List.of())
            .get(0)
            .leader(),
        "a label with room beside its marker needs no leader");
  }

  @Test
  void thresholdsPrintWithTwoDecimalsOrExactly() {
    assertEquals("0.35", PrCurve.thresholdText(0.35));
    assertEquals("0.50", PrCurve.thresholdText(0.5));
    assertEquals("0.355", PrCurve.thresholdText(0.355));
  }

  @Test
  void theWrittenModelScoresRawValuesAsTrained() throws Exception {
    Path data = write("speakers.tsv", separable());
    Path model = dir.resolve("m.model");
    assertEquals(
        0,
        run(
            new StringWriter(),
            new StringWriter(),
            "--data",
            data.toString(),
            "--model",
            model.toString()));
    List<String> lines = Files.readAllLines(model);
    double bias = Double.parseDouble(lines.get(1).split("\t")[1]);
    double[] w =
        lines.subList(2, lines.size()).stream()
            .mapToDouble(l -> Double.parseDouble(l.split("\t")[1]))
            .toArray();
    TrainSpeakers.Data d = parse(separable());
    TrainSpeakers.Model trained = TrainSpeakers.train(d.features(), d.rows(), 1.0);
    TrainSpeakers.Model read = new TrainSpeakers.Model(d.features(), bias, w);
    for (TrainSpeakers.Row r : d.rows()) {
      assertEquals(trained.score(r.x()), read.score(r.x()), 0.0, "line " + r.line());
    }
  }

  @Test
  void aRowWithTheWrongColumnCountIsAnErrorNamingItsLine() throws Exception {
    String tsv = separable().replaceFirst("\n(doc01\tdoc01#0\t[^\n]*)\n", "\n$1\n$1\textra\n");
    TrainSpeakers.BadInput e = assertThrows(TrainSpeakers.BadInput.class, () -> parse(tsv));
    assertEquals("line 4: 9 columns, the header has 8", e.getMessage());
  }

  @Test
  void aNonNumericFeatureIsAnErrorNamingItsLineAndColumn() throws Exception {
    String tsv = SIEVE_FIXTURE.replace("a\ta#1\t0\tnamed\t1\t0", "a\ta#1\t0\tnamed\t1\tyes");
    TrainSpeakers.BadInput e = assertThrows(TrainSpeakers.BadInput.class, () -> parse(tsv));
    assertEquals("line 5: column 6 (after): 'yes' is not a finite number", e.getMessage());
  }

  @Test
  void aMissingGoldNamedLineIsAnError() throws Exception {
    String tsv = SIEVE_FIXTURE.substring(SIEVE_FIXTURE.indexOf('\n') + 1);
    TrainSpeakers.BadInput e = assertThrows(TrainSpeakers.BadInput.class, () -> parse(tsv));
    assertTrue(e.getMessage().startsWith("line 1: expected '#gold_named<TAB>N'"), e.getMessage());
  }

  @Test
  void aLabelOtherThanZeroOrOneIsAnError() throws Exception {
    String tsv = SIEVE_FIXTURE.replace("b\tb#1\t1\t", "b\tb#1\tyes\t");
    TrainSpeakers.BadInput e = assertThrows(TrainSpeakers.BadInput.class, () -> parse(tsv));
    assertEquals("line 9: label: 'yes' is neither 0 nor 1", e.getMessage());
  }

  @Test
  void theCliExitsWithTwoOnBadInput() throws Exception {
    Path data = write("bad.tsv", SIEVE_FIXTURE.replace("\t1\t1\n", "\t1\n"));
    StringWriter err = new StringWriter();
    Path model = dir.resolve("never.model");
    assertEquals(
        2, run(new StringWriter(), err, "--data", data.toString(), "--model", model.toString()));
    assertTrue(
        err.toString().contains("bad.tsv: line 3: 5 columns, the header has 6"), err.toString());
    assertTrue(Files.notExists(model));
    assertEquals(
        2,
        run(
            new StringWriter(),
            new StringWriter(),
            "--data",
            dir.resolve("missing.tsv").toString(),
            "--model",
            model.toString()));
    Path two = write("two-docs.tsv", SIEVE_FIXTURE);
    StringWriter tooFew = new StringWriter();
    assertEquals(
        2, run(new StringWriter(), tooFew, "--data", two.toString(), "--model", model.toString()));
    assertTrue(
        tooFew.toString().contains("2 documents are too few for 5 folds"), tooFew.toString());
  }
}
