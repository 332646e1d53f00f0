package org.wirescope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Person recognition on a CoNLL-2003 split scored by the team's scorer through the real stages,
 * behind jobs/bin/eval-persons:
 *
 * <ol>
 *   <li>{@code conll_docs.py} writes one plain-text article per document, with the gold persons;
 *   <li>ingest and extract run on them through the launcher (the product jar, {@code --format
 *       text}, no tags), timed together;
 *   <li>{@link ScorerExport} {@code --persons}, in a JVM of its own with this one's flags, writes
 *       each article's persons as the scorer reads them;
 *   <li>{@code score_persons.py} scores them, with any further arguments ({@code --errors}).
 * </ol>
 *
 * Ends with one line: the split, the seconds of ingest and extract, and where the tables are.
 */
@Command(
    name = "EvalPersons",
    mixinStandardHelpOptions = true,
    description =
        "Score person recognition on a CoNLL-2003 split with the shared scorer, through the real stages.")
public final class EvalPersons implements Callable<Integer> {
  @Option(
      names = "--split",
      required = true,
      paramLabel = "NAME",
      description = "The split's name (dev, train), for the report.")
  String split;

  @Option(
      names = "--conll",
      required = true,
      paramLabel = "FILE",
      description = "The CoNLL-2003 file of the split.")
  Path conll;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where the documents and tables go.")
  Path out;

  @Option(
      names = "--eval",
      defaultValue = "../shared/eval",
      paramLabel = "DIR",
      description = "The shared scorers' folder (default ${DEFAULT-VALUE}).")
  Path eval;

  @Parameters(
      paramLabel = "SCORER_ARG",
      description = "Passed on to score_persons.py, e.g. --errors (after --).")
  List<String> scorerArgs = new ArrayList<>();

  @Mixin Stages stages = new Stages();

  @Mixin Stages.ExtractArgs extractArgs = new Stages.ExtractArgs();

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalPersons(), args));
  }

  @Override
  public Integer call() {
    Path docs = out.resolve("docs");
    Path tables = out.resolve("tables");
    Child.run(
        Child.python(eval.resolve("conll_docs.py"), conll.toString(), docs.toString()),
        Map.of(),
        Child.Sink.STDERR,
        Child.Sink.INHERIT);
    long start = System.nanoTime();
    Child.run(stages.ingest(docs.resolve("text"), "text", tables.toString()));
    List<String> extract = extractArgs.extract(tables.toString());
    Child.run(stages.command("extract", extract));
    double seconds = (System.nanoTime() - start) / 1e9;
    Child.run(
        Child.java(
            ScorerExport.class,
            "--persons",
            "--output",
            tables.toString(),
            "--to",
            out.resolve("persons.jsonl").toString()),
        Child.loopback(),
        Child.Sink.INHERIT,
        Child.Sink.INHERIT);
    List<String> score =
        new ArrayList<>(
            List.of(
                docs.resolve("gold.jsonl").toString(), out.resolve("persons.jsonl").toString()));
    score.addAll(scorerArgs);
    Child.run(Child.python(eval.resolve("score_persons.py"), score.toArray(String[]::new)));
    System.out.printf(
        "eval-persons: %s split (%s), %s s for ingest+extract (two JVM starts included); tables in %s%n",
        split, conll.getFileName(), Fixed.fixed(seconds, 1), tables);
    return 0;
  }
}
