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
 * Person, organisation and place recognition on a CoNLL-2003 split, scored by the team's scorers
 * through the real stages, behind jobs/bin/eval-entities:
 *
 * <ol>
 *   <li>{@code conll_docs.py} writes one plain-text article per document, with the gold persons,
 *       organisations and places;
 *   <li>ingest and extract run on them through the launcher (the product jar, {@code --format
 *       text}, no tags), timed together;
 *   <li>{@link ScorerExport} {@code --entities}, in a JVM of its own with this one's flags, writes
 *       each article's persons, organisations and places as the scorers read them;
 *   <li>{@code score_persons.py} scores the persons, {@code score_entities.py} the organisations
 *       and the places, each with any further arguments ({@code --errors});
 *   <li>a table of the three, each with P, R and F1.
 * </ol>
 *
 * Ends with one line: the split, the seconds of ingest and extract, and where the tables are.
 */
@Command(
    name = "EvalEntities",
    mixinStandardHelpOptions = true,
    description =
        "Score persons, organisations and places on a CoNLL-2003 split with the shared scorers,"
            + " through the real stages.")
public final class EvalEntities implements Callable<Integer> {
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
      description = "Passed on to each scorer, e.g. --errors (after --).")
  List<String> scorerArgs = new ArrayList<>();

  @Mixin Stages stages = new Stages();

  @Mixin Stages.ExtractArgs extractArgs = new Stages.ExtractArgs();

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalEntities(), args));
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
    Path pred = out.resolve("entities.jsonl");
    Child.run(
        Child.java(
            ScorerExport.class,
            "--entities",
            "--output",
            tables.toString(),
            "--to",
            pred.toString()),
        Child.loopback(),
        Child.Sink.INHERIT,
        Child.Sink.INHERIT);
    String gold = docs.resolve("gold.jsonl").toString();
    List<String> rows = new ArrayList<>();
    for (String key : List.of("persons", "organizations", "places")) {
      List<String> score = new ArrayList<>(List.of(gold, pred.toString()));
      String scorer = key.equals("persons") ? "score_persons.py" : "score_entities.py";
      if (!key.equals("persons")) {
        score.addAll(List.of("--key", key));
      }
      score.addAll(scorerArgs);
      score.add("--json");
      String[] lines =
          Child.output(Child.python(eval.resolve(scorer), score.toArray(String[]::new)), Map.of())
              .strip()
              .split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        System.out.println(lines[i]);
      }
      rows.add(row(key, lines[lines.length - 1]));
    }
    System.out.printf("%-14s %6s %6s %6s%n", "", "P", "R", "F1");
    rows.forEach(System.out::println);
    System.out.printf(
        "eval-entities: %s split (%s), %s s for ingest+extract (two JVM starts included); tables in %s%n",
        split, conll.getFileName(), Fixed.fixed(seconds, 1), tables);
    return 0;
  }

  /** One line of the table: the kind, then P, R and F1 from a scorer's JSON summary. */
  private static String row(String key, String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode s =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      return String.format(
          "%-14s %6s %6s %6s",
          key,
          Fixed.fixed(s.get("precision").asDouble(), 3),
          Fixed.fixed(s.get("recall").asDouble(), 3),
          Fixed.fixed(s.get("f1").asDouble(), 3));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("a scorer's summary is not JSON: " + json, e);
    }
  }
}
