package org.wirescope.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The text-analysis evaluations on the shared corpora, behind jobs/bin/eval-text, each in a JVM of
 * its own with this one's flags (so {@code -Dwirescope.names} reaches them, and each throughput
 * figure starts cold as it always did), straight on the text/ analyser (no Spark): PolNeAR dev
 * quotes and speakers (scored with the shared scorer), Reuters PEOPLE recall, TASS JSON speaker
 * coverage, the seed article, and text/ throughput with the word-list rules and with the tagger.
 * Each under a "== " heading; of the longer reports only the summary lines.
 */
@Command(
    name = "EvalText",
    mixinStandardHelpOptions = true,
    description = "Run the text-analysis evaluations on the shared corpora, each in a fresh JVM.")
public final class EvalText implements Callable<Integer> {
  @Option(
      names = "--corpora",
      required = true,
      paramLabel = "DIR",
      description = "The shared corpora.")
  Path corpora;

  @Option(
      names = "--scorer",
      required = true,
      paramLabel = "FILE",
      description = "score_quotes.py.")
  Path scorer;

  @Option(
      names = "--polnear-out",
      required = true,
      paramLabel = "FILE",
      description = "Where the PolNeAR dev predictions are written.")
  Path polnearOut;

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalText(), args));
  }

  @Override
  public Integer call() {
    String reuters = corpora.resolve("reuters21578").toString();
    System.out.println("== PolNeAR dev: quotes and speakers");
    Child.run(
        Child.java(
            QuoteEval.class,
            "--polnear",
            corpora.resolve("polnear-dev/data/dev").toString(),
            "--out",
            polnearOut.toString(),
            "--scorer",
            scorer.toString()));
    System.out.println("== Reuters PEOPLE recall");
    tail(2, Child.java(QuoteEval.class, "--reuters-people", reuters));
    System.out.println("== TASS JSON speaker coverage");
    tail(
        1,
        Child.java(
            QuoteEval.class,
            "--tass-json",
            corpora.resolve("tass/tass-politics-2024-12-26.json").toString()));
    System.out.println("== Seed article");
    Child.run(
        Child.java(
            QuoteEval.class,
            "--seed",
            corpora.resolve("tass/tass-kremlin-2017-11-12.txt").toString()));
    System.out.println("== Throughput");
    tail(1, Child.java(TextBenchmark.class, reuters, "5"));
    tail(1, Child.java(TextBenchmark.class, reuters, "5", "tagger"));
    return 0;
  }

  /**
   * Runs {@code command} and prints the last {@code n} lines of its stdout, as {@code | tail -n}.
   */
  private static void tail(int n, List<String> command) {
    List<String> lines = Child.output(command, Map.of()).lines().toList();
    lines.subList(Math.max(0, lines.size() - n), lines.size()).forEach(System.out::println);
  }
}
