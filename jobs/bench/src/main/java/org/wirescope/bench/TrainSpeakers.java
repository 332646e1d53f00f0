package org.wirescope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the quote-speaker ranker: an L2-regularised logistic regression over candidate speakers,
 * in plain Java and deterministic (Newton's method from zero, no randomness), so the same input
 * writes the same model bytes.
 *
 * <p>Input: a TSV of candidates (UTF-8). Line 1 is {@code #gold_named<TAB>N}, the recall
 * denominator; line 2 the header {@code doc quote label gold} followed by the feature names; then
 * one row per candidate speaker of a quote. A quote's decision is its top-scoring candidate (the
 * first in file order among equals), its confidence that candidate's score.
 *
 * <p>With {@code --gold DIR} instead of {@code --data}, the TSV is first made from a PolNeAR split
 * by {@link SpeakerData}, as jobs/bin/train-speakers does: the candidates and the labelled {@code
 * train.tsv} go to {@code --work}.
 *
 * <p>Output: the out-of-fold precision-recall curve of a k-fold cross-validation over documents
 * (stdout, and {@code --curve} CSV / {@code --png} plot, the whole square beside a zoom on the
 * thresholds up to 0.9), with {@code --mark} one threshold's point computed exactly and ringed on
 * the plot, then the model trained on all rows ({@code --model}), one weight per line on raw
 * feature values; see {@link Model#format}.
 *
 * <pre>
 *   java -cp "jobs/bench/target/wirescope-bench-0.1.0-SNAPSHOT.jar:jobs/bench/target/lib/*" \
 *     org.wirescope.bench.TrainSpeakers --data speakers.tsv --model speakers.model \
 *     --curve speakers-pr.csv --png speakers-pr.png [--mark 0.35] [--folds 5] [--l2 1.0]
 * </pre>
 */
@Command(
    name = "TrainSpeakers",
    mixinStandardHelpOptions = true,
    description =
        "Train the quote-speaker ranker (logistic regression) with k-fold CV over documents.")
public final class TrainSpeakers implements Callable<Integer> {
  /** The exit code for unreadable or malformed input. */
  static final int BAD_INPUT = 2;

  /** The four columns before the features, in order. */
  static final List<String> FIXED = List.of("doc", "quote", "label", "gold");

  /** The column marking the rule-based sieve's choice, if the data has one. */
  static final String SIEVE = "sieve";

  /** The defaults of --folds and --l2, with which the shipped model is trained. */
  static final int FOLDS = 5;

  static final double L2 = 1.0;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "The candidate TSV (#gold_named line, header, one row per candidate); or --gold.")
  Path data;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description =
          "A PolNeAR split (text/, attributions/) to make the candidate TSV from first, in --work: "
              + "the rules alone decide (SpeakerExport --sieve --candidates), then speakers.py label; instead of --data.")
  Path gold;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "With --gold, where the candidates (candidates.jsonl) and the TSV (train.tsv) go.")
  Path work;

  @Option(
      names = "--eval",
      paramLabel = "DIR",
      defaultValue = "../shared/eval",
      description =
          "With --gold, the folder of the shared scorer the labeller imports (default ${DEFAULT-VALUE}).")
  Path eval;

  @Option(
      names = "--labeller",
      paramLabel = "FILE",
      defaultValue = "jobs/bench/python/speakers.py",
      description = "With --gold, the labeller (default ${DEFAULT-VALUE}).")
  Path labeller;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      required = true,
      description = "Where to write the model trained on all rows.")
  Path model;

  @Option(
      names = "--curve",
      paramLabel = "FILE",
      description = "Where to write the CV precision-recall curve as CSV; default: not written.")
  Path curve;

  @Option(
      names = "--png",
      paramLabel = "FILE",
      description =
          "Where to draw the CV precision-recall curve as PNG (1200x600: the whole square and a zoom); "
              + "default: not drawn.")
  Path png;

  @Option(
      names = "--mark",
      paramLabel = "X",
      description =
          "A threshold in [0, 1] (e.g. the product's default) to report after the CV table and ring on "
              + "the plot, computed at exactly X whether or not it is on the 0.02 grid; default: none.")
  Double mark;

  @Option(
      names = "--folds",
      paramLabel = "N",
      defaultValue = "" + FOLDS,
      description = "Cross-validation folds over documents (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--l2",
      paramLabel = "X",
      defaultValue = "" + L2,
      description = "L2 penalty on the standardised weights (default ${DEFAULT-VALUE}).")
  double l2;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new TrainSpeakers()).execute(args));
  }

  /** Malformed input, with the 1-based line it was found on (0: the file as a whole). */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(int line, String message) {
      super(line > 0 ? "line " + line + ": " + message : message);
    }
  }

  /**
   * One candidate speaker: its line in the file, whether it is the right one, its feature values.
   */
  record Row(int line, boolean right, double[] x) {}

  /** One quote and its candidates in file order. */
  record Quote(String doc, String id, String gold, List<Row> rows) {}

  /**
   * The parsed file: its name, the recall denominator, the feature names and the quotes in file
   * order.
   */
  record Data(String source, int goldNamed, List<String> features, List<Quote> quotes) {
    /** All candidate rows, quote by quote. */
    List<Row> rows() {
      return rows(quotes);
    }

    static List<Row> rows(List<Quote> quotes) {
      List<Row> rows = new ArrayList<>();
      quotes.forEach(q -> rows.addAll(q.rows()));
      return rows;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem =
        folds < 2
            ? "--folds must be at least 2, not " + folds
            : !(l2 >= 0) || Double.isInfinite(l2)
                ? "--l2 must be a finite number >= 0, not " + l2
                : mark != null && !(mark >= 0 && mark <= 1)
                    ? "--mark must be a threshold in [0, 1], not " + mark
                    : (data == null) == (gold == null)
                        ? "give --data FILE or --gold DIR, one of them"
                        : gold != null && work == null
                            ? "--gold needs --work DIR for the candidates and the TSV"
                            : null;
    if (problem != null) {
      err.println("train-speakers: " + problem);
      err.flush();
      return BAD_INPUT;
    }
    try {
      if (gold != null) {
        Files.createDirectories(work);
        data = SpeakerData.write(new SpeakerData.Labeller(labeller, eval), gold, work);
      }
      int status = run(out);
      if (gold != null) {
        out.flush();
        err.println("train-speakers: candidates and labels in " + work);
      }
      return status;
    } catch (BadInput e) {
      err.println("train-speakers: " + data + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (SpeakerExport.NoArticles e) {
      err.println("speaker-export: " + e.getMessage());
      return BAD_INPUT;
    } catch (Child.Failed e) {
      return e.status; // the labeller said why on stderr
    } catch (NoSuchFileException e) {
      err.println("train-speakers: no such file: " + e.getFile());
      return BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Reads, cross-validates, reports, then trains on everything and writes the model. */
  private int run(PrintWriter out) throws IOException, BadInput {
    long t0 = System.nanoTime();
    Data d = read(data);
    out.println(summary(d, seconds(t0)));
    Optional<PrCurve.Point> baseline = baseline(d);
    baseline.ifPresent(
        b -> out.println("baseline (first candidate with sieve = 1): " + describe(b)));
    long t1 = System.nanoTime();
    List<PrCurve.Decision> decisions = crossValidate(d, folds, l2);
    List<PrCurve.Point> points = PrCurve.curve(decisions, d.goldNamed());
    PrCurve.Point marked = mark == null ? null : PrCurve.at(decisions, d.goldNamed(), mark);
    report(out, points, marked, seconds(t1));
    writeCurve(out, d, points, baseline.orElse(null), marked);
    long t2 = System.nanoTime();
    List<Row> rows = d.rows();
    Model m = train(d.features(), rows, l2);
    Path parent = model.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(model, modelFile(d, m, l2), StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "model: trained on all %,d rows in %.1f s, written to %s%n",
        rows.size(),
        seconds(t2),
        model);
    printWeights(out, m, rows);
    return 0;
  }

  /**
   * The model file of {@code m}, trained on all of {@code d}'s rows with {@code l2}: see {@link
   * Model#format}.
   */
  static String modelFile(Data d, Model m, double l2) {
    return m.format(d.source(), d.rows().size(), l2);
  }

  /** The model file trained on all of {@code d}'s rows, as {@code --model} writes it. */
  static String modelFile(Data d, double l2) {
    return modelFile(d, train(d.features(), d.rows(), l2), l2);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String summary(Data d, double seconds) {
    Map<String, Integer> byGold = new TreeMap<>();
    Set<String> docs = new HashSet<>();
    for (Quote q : d.quotes()) {
      byGold.merge(q.gold(), 1, Integer::sum);
      docs.add(q.doc());
    }
    return String.format(
        Locale.ROOT,
        "train-speakers: %s: %,d rows, %,d quotes %s, %,d docs, %d features, "
            + "gold_named %,d (read in %.1f s)",
        d.source(),
        d.rows().size(),
        d.quotes().size(),
        byGold,
        docs.size(),
        d.features().size(),
        d.goldNamed(),
        seconds);
  }

  /**
   * A point's counts and rates for the console: "attributed 3,646, correct 3,309, P 0.908, ...".
   */
  static String describe(PrCurve.Point p) {
    return String.format(
        Locale.ROOT,
        "attributed %,d, correct %,d, P %.3f, R %.3f, F1 %.3f",
        p.attributed(),
        p.correct(),
        p.precision(),
        p.recall(),
        p.f1());
  }

  /**
   * The curve at 0.1 steps, the best-F1 threshold, the first threshold with P >= 0.90 and the
   * marked point, if any.
   */
  private void report(
      PrintWriter out, List<PrCurve.Point> points, PrCurve.Point marked, double seconds) {
    out.printf(
        Locale.ROOT, "%d-fold CV over documents, out-of-fold scores (%.1f s):%n", folds, seconds);
    out.println("threshold attributed  correct precision  recall     f1");
    for (int i = 0; i < points.size(); i += PrCurve.STEPS / 10) {
      out.println(points.get(i).row());
    }
    PrCurve.Point best = PrCurve.bestF1(points);
    out.printf(Locale.ROOT, "best F1: threshold %.2f: %s%n", best.threshold(), describe(best));
    Optional<PrCurve.Point> precise = PrCurve.firstReaching(points, 0.90);
    out.println(
        precise
            .map(
                p ->
                    String.format(
                        Locale.ROOT,
                        "P >= 0.90 from threshold %.2f: recall %.3f (%s)",
                        p.threshold(),
                        p.recall(),
                        describe(p)))
            .orElse("P >= 0.90: reached at no threshold"));
    if (marked != null) {
      out.println(
          "mark: threshold " + PrCurve.thresholdText(marked.threshold()) + ": " + describe(marked));
    }
  }

  /** The CSV and the PNG, each if asked for; {@code baseline} and {@code marked} may be null. */
  private void writeCurve(
      PrintWriter out,
      Data d,
      List<PrCurve.Point> points,
      PrCurve.Point baseline,
      PrCurve.Point marked)
      throws IOException {
    if (curve != null) {
      Path parent = curve.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(curve, PrCurve.csv(points), StandardCharsets.UTF_8);
      out.println("curve: written to " + curve);
    }
    if (png != null) {
      String title = d.source() + ": " + folds + "-fold CV, out-of-fold scores";
      PrCurve.writePng(points, baseline, marked, title, png);
      out.println("plot: written to " + png);
    }
  }

  /** The weights by |weight * sd| over {@code rows}, the effect of one standard deviation. */
  private static void printWeights(PrintWriter out, Model m, List<Row> rows) {
    double[] sd = Scaling.of(rows, m.features().size()).sd();
    Integer[] order = new Integer[sd.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -Math.abs(m.weights()[i] * sd[i])));
    out.printf(Locale.ROOT, "weights by |weight * sd| (bias %.4f):%n", m.bias());
    out.printf(Locale.ROOT, "  %-28s %12s %10s %10s%n", "feature", "weight", "sd", "weight*sd");
    for (int i : order) {
      out.printf(
          Locale.ROOT,
          "  %-28s %12.4f %10.4f %10.4f%n",
          m.features().get(i),
          m.weights()[i],
          sd[i],
          m.weights()[i] * sd[i]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  /** Reads {@code file}; see {@link #parse}. */
  static Data read(Path file) throws IOException, BadInput {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(String.valueOf(file.getFileName()), in);
    }
  }

  /**
   * Parses the candidate TSV. Blank lines are skipped; anything else malformed (a missing or bad
   * {@code #gold_named} line, a header without the four fixed columns, a row with the wrong number
   * of columns, a label other than 0/1, a feature value that is not a finite number, a quote in two
   * documents) is a {@link BadInput} naming its line.
   */
  static Data parse(String source, BufferedReader in) throws IOException, BadInput {
    int goldNamed = goldNamed(in.readLine());
    List<String> header = header(in.readLine());
    List<String> features = header.subList(FIXED.size(), header.size());
    Map<String, Quote> quotes = new LinkedHashMap<>();
    int lineNo = 2;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (!line.isEmpty()) {
        addRow(quotes, header, line, lineNo);
      }
    }
    if (quotes.isEmpty()) {
      throw new BadInput(0, "no candidate rows after the header");
    }
    long rightQuotes =
        quotes.values().stream().filter(q -> q.rows().stream().anyMatch(Row::right)).count();
    if (rightQuotes > goldNamed) {
      throw new BadInput(
          1, rightQuotes + " quotes have a right candidate, more than #gold_named " + goldNamed);
    }
    return new Data(source, goldNamed, List.copyOf(features), List.copyOf(quotes.values()));
  }

  private static int goldNamed(String line) throws BadInput {
    if (line != null && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    String[] cols = line == null ? new String[0] : line.split("\t", -1);
    if (cols.length != 2 || !cols[0].equals("#gold_named")) {
      throw new BadInput(
          1,
          "expected '#gold_named<TAB>N' (the recall denominator), found "
              + (line == null ? "an empty file" : "'" + abbreviate(line) + "'"));
    }
    try {
      int n = Integer.parseInt(cols[1].trim());
      if (n <= 0) {
        throw new BadInput(1, "#gold_named must be positive, not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadInput(1, "#gold_named: '" + abbreviate(cols[1]) + "' is not a whole number");
    }
  }

  private static List<String> header(String line) throws BadInput {
    if (line == null) {
      throw new BadInput(
          2,
          "expected the header (doc, quote, label, gold, features...), found the end of the file");
    }
    List<String> cols = List.of(line.split("\t", -1));
    if (cols.size() < FIXED.size() || !cols.subList(0, FIXED.size()).equals(FIXED)) {
      throw new BadInput(
          2,
          "the header must start with doc, quote, label, gold; found '" + abbreviate(line) + "'");
    }
    Set<String> seen = new HashSet<>();
    for (String c : cols) {
      if (c.isEmpty() || !seen.add(c)) {
        throw new BadInput(
            2, "the header has " + (c.isEmpty() ? "an empty column name" : "'" + c + "' twice"));
      }
    }
    return cols;
  }

  private static void addRow(
      Map<String, Quote> quotes, List<String> header, String line, int lineNo) throws BadInput {
    String[] cols = line.split("\t", -1);
    if (cols.length != header.size()) {
      throw new BadInput(lineNo, cols.length + " columns, the header has " + header.size());
    }
    if (!cols[2].equals("0") && !cols[2].equals("1")) {
      throw new BadInput(lineNo, "label: '" + abbreviate(cols[2]) + "' is neither 0 nor 1");
    }
    double[] x = new double[header.size() - FIXED.size()];
    for (int j = 0; j < x.length; j++) {
      String v = cols[FIXED.size() + j];
      try {
        x[j] = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        x[j] = Double.NaN;
      }
      if (!Double.isFinite(x[j])) {
        throw new BadInput(
            lineNo,
            "column "
                + (FIXED.size() + j + 1)
                + " ("
                + header.get(FIXED.size() + j)
                + "): '"
                + abbreviate(v)
                + "' is not a finite number");
      }
    }
    Quote q =
        quotes.computeIfAbsent(cols[1], id -> new Quote(cols[0], id, cols[3], new ArrayList<>()));
    if (!q.doc().equals(cols[0])) {
      throw new BadInput(
          lineNo,
          "quote '"
              + cols[1]
              + "' is in doc '"
              + cols[0]
              + "' here, '"
              + q.doc()
              + "' on line "
              + q.rows().get(0).line());
    }
    q.rows().add(new Row(lineNo, cols[2].equals("1"), x));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation

  /**
   * The rule-based baseline, if the data has a {@code sieve} column: every quote with a candidate
   * whose sieve value is 1 is attributed to the first such candidate (threshold 0).
   */
  static Optional<PrCurve.Point> baseline(Data d) {
    int col = d.features().indexOf(SIEVE);
    if (col < 0) {
      return Optional.empty();
    }
    List<PrCurve.Decision> decisions = new ArrayList<>();
    for (Quote q : d.quotes()) {
      q.rows().stream()
          .filter(r -> r.x()[col] == 1.0)
          .findFirst()
          .ifPresent(r -> decisions.add(new PrCurve.Decision(1.0, r.right())));
    }
    return Optional.of(PrCurve.at(decisions, d.goldNamed(), 0.0));
  }

  /** Each quote's top candidate under {@code m} (the first among equal scores) and its score. */
  static List<PrCurve.Decision> decide(Model m, List<Quote> quotes) {
    List<PrCurve.Decision> decisions = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Row top = null;
      double best = Double.NEGATIVE_INFINITY;
      for (Row r : q.rows()) {
        double s = m.score(r.x());
        if (top == null || s > best) {
          top = r;
          best = s;
        }
      }
      if (top != null) {
        decisions.add(new PrCurve.Decision(best, top.right()));
      }
    }
    return decisions;
  }

  /**
   * The pooled out-of-fold decisions of a k-fold cross-validation: documents sorted by name go to
   * fold (index mod k); each fold is scored by a model trained on the other folds.
   */
  static List<PrCurve.Decision> crossValidate(Data d, int folds, double l2) throws BadInput {
    TreeSet<String> docs = new TreeSet<>();
    d.quotes().forEach(q -> docs.add(q.doc()));
    if (docs.size() < folds) {
      throw new BadInput(0, docs.size() + " documents are too few for " + folds + " folds");
    }
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (String doc : docs) {
      foldOf.put(doc, foldOf.size() % folds);
    }
    List<PrCurve.Decision> pooled = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Quote> train = new ArrayList<>();
      List<Quote> test = new ArrayList<>();
      for (Quote q : d.quotes()) {
        (foldOf.get(q.doc()) == f ? test : train).add(q);
      }
      pooled.addAll(decide(train(d.features(), Data.rows(train), l2), test));
    }
    return pooled;
  }

  // ---------------------------------------------------------------------------------------------
  // Model

  /** A logistic regression on raw feature values: score = sigmoid(bias + weights . x). */
  record Model(List<String> features, double bias, double[] weights) {
    double score(double[] x) {
      double m = bias;
      for (int j = 0; j < weights.length; j++) {
        m += weights[j] * x[j];
      }
      return sigmoid(m);
    }

    /**
     * The model file: a comment line naming the trainer, input, row count and penalty, then {@code
     * bias<TAB>b} and one {@code name<TAB>weight} line per feature in header order, numbers as
     * {@link Double#toString}, lines ending in LF.
     */
    String format(String source, int rows, double l2) {
      StringBuilder out =
          new StringBuilder("# wirescope speaker ranker: logistic regression, trained by ")
              .append("TrainSpeakers on ")
              .append(source)
              .append(", ")
              .append(rows)
              .append(" rows, l2=")
              .append(Double.toString(l2))
              .append('\n');
      out.append("bias\t").append(Double.toString(bias)).append('\n');
      for (int j = 0; j < weights.length; j++) {
        out.append(features.get(j)).append('\t').append(Double.toString(weights[j])).append('\n');
      }
      return out.toString();
    }
  }

  /** 1 / (1 + e^-m) without overflow. */
  static double sigmoid(double m) {
    if (m >= 0) {
      return 1 / (1 + Math.exp(-m));
    }
    double e = Math.exp(m);
    return e / (1 + e);
  }

  /** log(1 + e^m) without overflow. */
  private static double softplus(double m) {
    return m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }

  /**
   * Per-feature mean and standard deviation (population) over some rows. A feature whose sd is
   * zero, up to rounding, is centred but not scaled (divisor 1), and reports sd 0.
   */
  record Scaling(double[] mean, double[] sd) {
    static Scaling of(List<Row> rows, int d) {
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (Row r : rows) {
        for (int j = 0; j < d; j++) {
          mean[j] += r.x()[j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= Math.max(1, rows.size());
      }
      for (Row r : rows) {
        for (int j = 0; j < d; j++) {
          double c = r.x()[j] - mean[j];
          sd[j] += c * c;
        }
      }
      for (int j = 0; j < d; j++) {
        sd[j] = Math.sqrt(sd[j] / Math.max(1, rows.size()));
        if (sd[j] <= 1e-12 * (1 + Math.abs(mean[j]))) {
          sd[j] = 0;
        }
      }
      return new Scaling(mean, sd);
    }

    /** What feature {@code j} is divided by: its sd, or 1 if that is 0. */
    double divisor(int j) {
      return sd[j] > 0 ? sd[j] : 1;
    }

    /** Row {@code x} standardised, with a leading 1 for the bias. */
    double[] standardise(double[] x) {
      double[] z = new double[x.length + 1];
      z[0] = 1;
      for (int j = 0; j < x.length; j++) {
        z[j + 1] = (x[j] - mean[j]) / divisor(j);
      }
      return z;
    }
  }

  /**
   * The model trained on {@code rows}: features standardised over these rows, then Newton's method
   * on the penalised log-loss (the penalty {@code l2/2 |w|^2} on the standardised weights, not the
   * bias), and the scaling folded back into raw-value weights.
   */
  static Model train(List<String> features, List<Row> rows, double l2) {
    int d = features.size();
    Scaling s = Scaling.of(rows, d);
    double[][] z = new double[rows.size()][];
    double[] y = new double[rows.size()];
    for (int i = 0; i < z.length; i++) {
      z[i] = s.standardise(rows.get(i).x());
      y[i] = rows.get(i).right() ? 1 : 0;
    }
    double[] beta = Newton.fit(z, y, l2, d + 1);
    double[] w = new double[d];
    double bias = beta[0];
    for (int j = 0; j < d; j++) {
      w[j] = beta[j + 1] / s.divisor(j);
      bias -= w[j] * s.mean()[j];
    }
    return new Model(features, bias, w);
  }

  /**
   * Newton's method with a backtracking line search for L2-penalised logistic regression on a
   * design matrix whose column 0 is the (unpenalised) intercept. Starts from zero and stops when a
   * step moves no coefficient by more than {@link #TOLERANCE}, or after {@link #MAX_ITERATIONS}.
   */
  static final class Newton {
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-10;

    /** Keeps the Hessian positive definite when the penalty is 0 or a column is constant. */
    private static final double JITTER = 1e-9;

    private Newton() {}

    /** The coefficients (intercept first) for {@code p} columns of {@code z}. */
    static double[] fit(double[][] z, double[] y, double l2, int p) {
      double[] beta = new double[p];
      double loss = objective(z, y, l2, beta);
      for (int it = 0; it < MAX_ITERATIONS; it++) {
        double[] grad = new double[p];
        double[][] hess = new double[p][p];
        derivatives(z, y, l2, beta, grad, hess);
        double[] step = solve(hess, grad);
        double slope = dot(grad, step);
        double t = 1;
        double[] next = axpy(beta, -t, step);
        double nextLoss = objective(z, y, l2, next);
        for (int k = 0; k < 40 && !(nextLoss <= loss - 1e-4 * t * slope); k++) {
          t /= 2;
          next = axpy(beta, -t, step);
          nextLoss = objective(z, y, l2, next);
        }
        double moved = 0;
        for (int j = 0; j < p; j++) {
          moved = Math.max(moved, Math.abs(next[j] - beta[j]));
        }
        if (!(nextLoss <= loss)) {
          break;
        }
        beta = next;
        loss = nextLoss;
        if (moved < TOLERANCE) {
          break;
        }
      }
      return beta;
    }

    /** Sum of log-losses plus the penalty. */
    static double objective(double[][] z, double[] y, double l2, double[] beta) {
      double f = 0;
      for (int i = 0; i < z.length; i++) {
        double m = dot(z[i], beta);
        f += softplus(m) - y[i] * m;
      }
      for (int j = 1; j < beta.length; j++) {
        f += l2 / 2 * beta[j] * beta[j];
      }
      return f;
    }

    /** Fills the gradient and the (symmetric) Hessian of {@link #objective} at {@code beta}. */
    private static void derivatives(
        double[][] z, double[] y, double l2, double[] beta, double[] grad, double[][] hess) {
      int p = beta.length;
      for (int i = 0; i < z.length; i++) {
        double[] zi = z[i];
        double mu = sigmoid(dot(zi, beta));
        double w = mu * (1 - mu);
        for (int a = 0; a < p; a++) {
          grad[a] += (mu - y[i]) * zi[a];
          double wa = w * zi[a];
          for (int b = a; b < p; b++) {
            hess[a][b] += wa * zi[b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        if (a > 0) {
          grad[a] += l2 * beta[a];
          hess[a][a] += l2;
        }
        hess[a][a] += JITTER;
        for (int b = 0; b < a; b++) {
          hess[a][b] = hess[b][a];
        }
      }
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} by Cholesky. */
    static double[] solve(double[][] a, double[] b) {
      int n = b.length;
      double[][] l = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          double s = a[i][j];
          for (int k = 0; k < j; k++) {
            s -= l[i][k] * l[j][k];
          }
          if (i == j) {
            if (!(s > 0)) {
              throw new IllegalStateException(
                  "the Hessian is not positive definite (row " + i + ")");
            }
            l[i][i] = Math.sqrt(s);
          } else {
            l[i][j] = s / l[j][j];
          }
        }
      }
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        double s = b[i];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * x[k];
        }
        x[i] = s / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = x[i];
        for (int k = i + 1; k < n; k++) {
          s -= l[k][i] * x[k];
        }
        x[i] = s / l[i][i];
      }
      return x;
    }

    private static double dot(double[] a, double[] b) {
      double s = 0;
      for (int j = 0; j < a.length; j++) {
        s += a[j] * b[j];
      }
      return s;
    }

    private static double[] axpy(double[] x, double a, double[] y) {
      double[] r = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        r[j] = x[j] + a * y[j];
      }
      return r;
    }
  }
}
