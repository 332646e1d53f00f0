package org.wirescope.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirescope.tables.Quotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The speaker sieve rule by rule on a PolNeAR split, behind jobs/bin/eval-rules:
 *
 * <ol>
 *   <li>{@link SpeakerExport} with the rules alone deciding, once with every rule ({@code
 *       sieve.jsonl}) and once without each rule ({@code without-RULE.jsonl});
 *   <li>{@code speakers.py rules} scores them with the shared scorer's matching: per rule, the
 *       quotes it decides and how many are right, and the sieve's pair precision and recall without
 *       it;
 *   <li>with {@code --ranker}, the ranker retrained without each rule (none first): candidates
 *       ({@code cand-RULE.jsonl}), labels ({@code train-RULE.tsv}) and a model ({@code
 *       model-RULE.txt}) as jobs/bin/train-speakers makes them, and one table row with its
 *       cross-validated pair counts, precision, recall and F1 at the product's default speaker
 *       confidence.
 * </ol>
 *
 * Every file stays in {@code --work}.
 */
@Command(
    name = "EvalRules",
    mixinStandardHelpOptions = true,
    description =
        "The speaker sieve rule by rule on a PolNeAR split, and the ranker without each rule.")
public final class EvalRules implements Callable<Integer> {
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "The PolNeAR split (text/, attributions/).")
  Path gold;

  @Option(
      names = "--split",
      defaultValue = "train",
      paramLabel = "NAME",
      description = "The split's name, for the report (default ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "Where the exports, labels and models go.")
  Path work;

  @Option(
      names = "--eval",
      defaultValue = "../shared/eval",
      paramLabel = "DIR",
      description =
          "The shared scorer's folder, which speakers.py imports (default ${DEFAULT-VALUE}).")
  Path eval;

  @Option(
      names = "--labeller",
      defaultValue = "jobs/bench/python/speakers.py",
      paramLabel = "FILE",
      description = "speakers.py (default ${DEFAULT-VALUE}).")
  Path labeller;

  @Option(
      names = "--ranker",
      description = "Also retrain the ranker without each rule and tabulate its CV scores.")
  boolean ranker;

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalRules(), args));
  }

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(work);
    SpeakerData.Labeller l = new SpeakerData.Labeller(labeller, eval);
    List<String> rules = SpeakerExport.rules();
    List<String> scorerArgs =
        new ArrayList<>(
            List.of(
                "rules",
                "--gold",
                gold.toString(),
                "--pred",
                work.resolve("sieve.jsonl").toString()));
    SpeakerExport.export(
        gold.resolve("text"), work.resolve("sieve.jsonl"), true, List.of(), false, true);
    for (String r : rules) {
      Path without = work.resolve("without-" + r + ".jsonl");
      SpeakerExport.export(gold.resolve("text"), without, true, List.of(r), false, true);
      scorerArgs.addAll(List.of("--without", r + "=" + without));
    }
    System.out.println("eval-rules: PolNeAR " + split + ", the rules alone; exports in " + work);
    Child.run(
        Child.python(l.script(), scorerArgs.toArray(String[]::new)),
        Map.of("WIRESCOPE_EVAL", l.eval().toString()),
        Child.Sink.INHERIT,
        Child.Sink.INHERIT);
    return ranker ? rankerWithoutEachRule(l, rules) : 0;
  }

  /**
   * One row per rule left out (none first): the ranker's out-of-fold pair counts and rates at the
   * quotes stage's default speaker confidence. Exports and labelling are silent.
   */
  private int rankerWithoutEachRule(SpeakerData.Labeller l, List<String> rules) throws Exception {
    System.out.println();
    System.out.println("| ranker without | attributed | right | pair P | pair R | F1 |");
    System.out.println("|---|---|---|---|---|---|");
    List<String> leftOut = new ArrayList<>();
    leftOut.add(null);
    leftOut.addAll(rules);
    for (String r : leftOut) {
      String suffix = r == null ? "" : r;
      Path candidates = work.resolve("cand-" + suffix + ".jsonl");
      Path tsv = work.resolve("train-" + suffix + ".tsv");
      SpeakerData.candidates(gold, candidates, r, true);
      SpeakerData.label(l, gold, candidates, tsv, true);
      TrainSpeakers.Data d;
      List<PrCurve.Decision> decisions;
      try {
        d = TrainSpeakers.read(tsv);
        decisions = TrainSpeakers.crossValidate(d, TrainSpeakers.FOLDS, TrainSpeakers.L2);
      } catch (TrainSpeakers.BadInput e) {
        System.err.println("train-speakers: " + tsv + ": " + e.getMessage());
        return TrainSpeakers.BAD_INPUT;
      }
      PrCurve.Point p = PrCurve.at(decisions, d.goldNamed(), Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE);
      Files.writeString(
          work.resolve("model-" + suffix + ".txt"),
          TrainSpeakers.modelFile(d, TrainSpeakers.L2),
          StandardCharsets.UTF_8);
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d | %,d | %.3f | %.3f | %.3f |%n",
          r == null ? "(none: every rule)" : r,
          p.attributed(),
          p.correct(),
          p.precision(),
          p.recall(),
          p.f1());
    }
    return 0;
  }
}
