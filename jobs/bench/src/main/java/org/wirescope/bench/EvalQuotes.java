package org.wirescope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Quote extraction on a PolNeAR split scored by the team's scorer through the real stages, behind
 * jobs/bin/eval-quotes:
 *
 * <ol>
 *   <li>ingest and extract through the launcher (the product jar);
 *   <li>{@link ScorerExport}, in a JVM of its own with this one's flags, writes every quote, and
 *       the quotes that keep a speaker at the speaker confidence, as the scorer reads them;
 *   <li>{@code score_quotes.py} scores every quote (quote extraction; a speaker below the
 *       confidence is left blank, which the scorer counts as a wrong pair), then the quotes with a
 *       speaker (pair precision and recall as a user of the quote tables sees them; only the
 *       counts, metric and speaker lines).
 * </ol>
 *
 * Ends with one line: the split, its articles, the seconds of the three steps before the scorer and
 * where the tables are.
 */
@Command(
    name = "EvalQuotes",
    mixinStandardHelpOptions = true,
    description =
        "Score quote extraction on a PolNeAR split with the shared scorer, through the real stages.")
public final class EvalQuotes implements Callable<Integer> {
  /**
   * The lines of the scorer's table kept for the attributed quotes: counts, header, speaker rows.
   */
  static final List<String> ATTRIBUTED_LINES = List.of("gold", "metric", "speaker");

  @Option(
      names = "--split",
      required = true,
      paramLabel = "NAME",
      description = "The split's name (dev, train), for the report.")
  String split;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "The PolNeAR split (text/, attributions/).")
  Path gold;

  @Option(
      names = "--scorer",
      required = true,
      paramLabel = "FILE",
      description = "score_quotes.py.")
  Path scorer;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder for the tables.")
  Path out;

  @Option(
      names = "--min-speaker-confidence",
      paramLabel = "P",
      description = "Passed on to ScorerExport; default: the quotes stage's default.")
  String minSpeakerConfidence;

  @Mixin Stages stages = new Stages();

  @Mixin Stages.ExtractArgs extractArgs = new Stages.ExtractArgs();

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalQuotes(), args));
  }

  @Override
  public Integer call() throws IOException {
    String o = out.toString();
    long start = System.nanoTime();
    Child.run(stages.ingest(gold.resolve("text"), "text", o));
    List<String> extract = extractArgs.extract(o);
    Child.run(stages.command("extract", extract));
    List<String> export =
        new ArrayList<>(
            List.of(
                "--output",
                o,
                "--to",
                out.resolve("quotes.jsonl").toString(),
                "--attributed-to",
                out.resolve("attributed.jsonl").toString()));
    if (minSpeakerConfidence != null && !minSpeakerConfidence.isEmpty()) {
      export.addAll(List.of("--min-speaker-confidence", minSpeakerConfidence));
    }
    Child.run(
        Child.java(ScorerExport.class, export.toArray(String[]::new)),
        Child.loopback(),
        Child.Sink.INHERIT,
        Child.Sink.INHERIT);
    double seconds = (System.nanoTime() - start) / 1e9;
    long docs = articles(gold.resolve("text"));

    System.out.println("== every quote (quote extraction; a blank speaker counts as a wrong pair)");
    Child.run(score(out.resolve("quotes.jsonl")));
    System.out.println(
        "== the quotes with a speaker at the speaker confidence (pairs as the quote tables count them)");
    List<String> kept =
        Child.output(score(out.resolve("attributed.jsonl")), Map.of())
            .lines()
            .filter(l -> ATTRIBUTED_LINES.stream().anyMatch(l::startsWith))
            .toList();
    if (kept.isEmpty()) {
      return 1; // as grep finding nothing ended the script
    }
    kept.forEach(System.out::println);

    System.out.printf(
        "eval-quotes: %s split, %d articles, %s s for ingest+extract+scorer export (three JVM starts"
            + " included); tables in %s%n",
        split, docs, Fixed.fixed(seconds, 1), out);
    return 0;
  }

  private List<String> score(Path pred) {
    return Child.python(scorer, "--gold", gold.toString(), "--pred", pred.toString());
  }

  /**
   * The .txt files the folder lists (not hidden ones), as {@code ls | grep -c '\.txt$'} counted
   * them.
   */
  static long articles(Path text) throws IOException {
    try (Stream<Path> s = Files.list(text)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && n.endsWith(".txt"))
          .count();
    }
  }
}
