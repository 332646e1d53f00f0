package org.wirescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Topic discovery on labelled news scored by the team's scorer through the real stages, behind
 * jobs/bin/eval-topics (which checks the arguments):
 *
 * <ol>
 *   <li>{@code topic_docs.py} writes one plain-text article per item (no tags) to {@code docs/},
 *       once per work folder: written beside, then moved, so a run killed halfway leaves nothing to
 *       reuse; {@code docs/corpus} names the corpus, so another one is never reused;
 *   <li>ingest through the launcher, once;
 *   <li>per setting (auto, kK or seedS): the topics stage with {@code --discover K} (and {@code
 *       --seed S}), its manifest kept, {@link ScorerExport} {@code --topics} in a JVM of its own
 *       with this one's flags, {@code score_topics.py --json}; then one line with K as the stage
 *       used it (and why, when it says), the scores and the stage's seconds;
 *   <li>with {@code --seeds}, NMI per seed and its spread, then each pair of seeds' partitions
 *       against each other, scored by the scorer with one seed's topics standing as the labels.
 * </ol>
 *
 * Stdout carries the report; the stages' logs go to stderr.
 */
@Command(
    name = "EvalTopics",
    mixinStandardHelpOptions = true,
    description =
        "Score topic discovery on labelled news with the shared scorer, through the real stages.")
public final class EvalTopics implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the scorer calls an article without a topic, when one seed's topics stand as the labels.
   */
  static final String NONE = "(none)";

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "NAME",
      description = "r8 or agnews, for the report.")
  String corpus;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "topic_docs.py's name of the corpus.")
  String kind;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "PATH",
      description = "The labelled corpus as distributed.")
  Path source;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "N",
      description = "How many labels the corpus has.")
  int labels;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The work folder (docs/, tables/, per setting files).")
  Path out;

  @Option(
      names = "--eval",
      defaultValue = "../shared/eval",
      paramLabel = "DIR",
      description = "The shared scorers' folder (default ${DEFAULT-VALUE}).")
  Path eval;

  @Option(
      names = "--discover",
      paramLabel = "K",
      description = "auto or a number of topics; default: auto, then K = labels.")
  String discover;

  @Option(names = "--seed", paramLabel = "S", description = "The topics stage's seed.")
  String seed;

  @Option(
      names = "--seeds",
      split = ",",
      paramLabel = "S",
      description = "Seeds to run K (--discover, else labels) with.")
  List<String> seeds;

  @Parameters(paramLabel = "TOPICS_ARG", description = "Options for the topics command (after --).")
  List<String> topicsArgs = new ArrayList<>();

  @Mixin Stages stages = new Stages();

  public static void main(String[] args) {
    System.exit(Child.execute(new EvalTopics(), args));
  }

  @Override
  public Integer call() throws IOException {
    Path docs = out.resolve("docs");
    if (!docs(docs)) {
      return 1;
    }
    Path tables = out.resolve("tables");
    stderrOf(stages.ingest(docs.resolve("text"), "text", tables.toString()));

    System.out.println(
        "eval-topics: "
            + corpus
            + ", "
            + lines(docs.resolve("gold.jsonl"))
            + " articles, "
            + labels
            + " labels");
    if (seeds != null) {
      String k = discover != null ? discover : String.valueOf(labels);
      for (String s : seeds) {
        setting(docs, tables, "seed" + s, k, s);
      }
      betweenSeeds(docs);
    } else if (discover != null) {
      setting(docs, tables, discover.equals("auto") ? "auto" : "k" + discover, discover, seed);
    } else {
      setting(docs, tables, "auto", "auto", seed);
      setting(docs, tables, "k" + labels, String.valueOf(labels), seed);
    }
    System.err.println(
        "eval-topics: work folder "
            + out
            + " (docs/, tables/, and per setting pred-, score- and manifest- files)");
    return 0;
  }

  /** Makes {@code docs} (or reuses it when it holds this corpus); false when it holds another. */
  private boolean docs(Path docs) throws IOException {
    if (Files.isDirectory(docs)) {
      String held =
          Files.isRegularFile(docs.resolve("corpus"))
              ? Files.readString(docs.resolve("corpus"), StandardCharsets.UTF_8)
                  .replaceAll("\n+$", "")
              : "";
      if (!held.equals(kind)) {
        System.err.println(
            "eval-topics: "
                + docs
                + " holds another corpus than "
                + kind
                + "; choose another EVAL_OUT");
        return false;
      }
      System.err.println("eval-topics: reusing " + docs);
      return true;
    }
    Path partial = docs.resolveSibling(docs.getFileName() + ".partial");
    Folders.deleteTree(partial);
    stderrOf(
        Child.python(eval.resolve("topic_docs.py"), kind, source.toString(), partial.toString()));
    Files.writeString(partial.resolve("corpus"), kind + "\n", StandardCharsets.UTF_8);
    Files.move(partial, docs);
    return true;
  }

  /**
   * Runs the topics stage as setting {@code name}, exports and scores its predictions and prints
   * the setting's line; leaves pred-, score- and manifest-NAME in the work folder.
   */
  private void setting(Path docs, Path tables, String name, String k, String s) throws IOException {
    List<String> seedArgs = s == null ? List.of() : List.of("--seed", s);
    System.err.println(
        "eval-topics: "
            + name
            + ": topics --discover "
            + k
            + " "
            + String.join(" ", seedArgs)
            + " "
            + String.join(" ", topicsArgs));
    List<String> topics = new ArrayList<>(List.of("--output", tables.toString(), "--discover", k));
    topics.addAll(seedArgs);
    topics.addAll(topicsArgs);
    stderrOf(stages.command("topics", topics));
    Path manifest = out.resolve("manifest-" + name + ".json");
    Files.copy(tables.resolve("_manifest.json"), manifest, StandardCopyOption.REPLACE_EXISTING);
    Path pred = out.resolve("pred-" + name + ".jsonl");
    Child.run(
        Child.java(
            ScorerExport.class, "--topics", "--output", tables.toString(), "--to", pred.toString()),
        Child.loopback(),
        Child.Sink.STDERR,
        Child.Sink.INHERIT);
    Path score = out.resolve("score-" + name + ".txt");
    Files.writeString(
        score,
        Child.output(
            Child.python(
                eval.resolve("score_topics.py"),
                docs.resolve("gold.jsonl").toString(),
                pred.toString(),
                "--json"),
            Map.of()),
        StandardCharsets.UTF_8);
    System.out.println(
        line(name, JSON.readTree(manifest.toFile()).path("stages").path("topics"), scores(score)));
  }

  /**
   * A setting's line: name, K as the stage used it, the scores to 3 decimals, the stage's and
   * discovery's seconds, and the stage's reason for K (or its note on discovery) when it gives one.
   */
  static String line(String name, JsonNode topics, JsonNode s) {
    JsonNode why =
        truthy(topics.get("discover_k_reason"))
            ? topics.get("discover_k_reason")
            : topics.get("discover_note");
    return padRight(name, 8)
        + " K "
        + padRight(topics.has("discovered") ? topics.get("discovered").asText() : "0", 3)
        + " NMI "
        + Fixed.fixed(s.get("nmi").asDouble(), 3)
        + "  ARI "
        + Fixed.fixed(s.get("ari").asDouble(), 3)
        + "  purity "
        + Fixed.fixed(s.get("purity").asDouble(), 3)
        + "  inverse purity "
        + Fixed.fixed(s.get("inverse_purity").asDouble(), 3)
        + "  coverage "
        + Fixed.fixed(s.get("coverage").asDouble(), 3)
        + "  topics "
        + Fixed.fixed(topics.get("seconds").asDouble(), 1)
        + " s (discovery "
        + Fixed.fixed(topics.path("discover_seconds").asDouble(0), 1)
        + " s)"
        + (truthy(why) ? "  [" + why.asText() + "]" : "");
  }

  /** NMI per seed and its spread, then NMI between each pair of seeds (in the order given). */
  private void betweenSeeds(Path docs) throws IOException {
    Map<String, Double> nmi = new LinkedHashMap<>();
    for (String s : seeds) {
      nmi.put(s, scores(out.resolve("score-seed" + s + ".txt")).get("nmi").asDouble());
    }
    List<String> each = new ArrayList<>();
    nmi.forEach((s, v) -> each.add(s + " " + Fixed.fixed(v, 3)));
    double spread =
        nmi.values().stream().max(Comparator.naturalOrder()).orElseThrow()
            - nmi.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    System.out.println(
        "NMI per seed: "
            + String.join(", ", each)
            + "; spread (max - min) "
            + Fixed.fixed(spread, 3));
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = i + 1; j < seeds.size(); j++) {
        String a = seeds.get(i);
        String b = seeds.get(j);
        Path asGold = Files.createTempFile(out, "gold-seed" + a + "-", ".jsonl");
        try {
          labelsFrom(out.resolve("pred-seed" + a + ".jsonl"), asGold);
          double between =
              scores(
                      Child.output(
                          Child.python(
                              eval.resolve("score_topics.py"),
                              asGold.toString(),
                              out.resolve("pred-seed" + b + ".jsonl").toString(),
                              "--json"),
                          Map.of()))
                  .get("nmi")
                  .asDouble();
          System.out.println(
              "NMI between seeds " + a + " and " + b + ": " + Fixed.fixed(between, 3));
        } finally {
          Files.deleteIfExists(asGold);
        }
      }
    }
  }

  /**
   * One seed's predictions as the scorer's labels: each article's topic as its label, "(none)" for
   * no topic (the scorer's own name for an uncovered article).
   */
  static void labelsFrom(Path pred, Path gold) throws IOException {
    try (Stream<String> lines = Files.lines(pred, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      for (String l : (Iterable<String>) lines::iterator) {
        if (l.isBlank()) {
          continue;
        }
        JsonNode r = JSON.readTree(l);
        ObjectNode g = JSON.createObjectNode();
        g.set("doc", r.get("doc"));
        JsonNode topic = r.get("topic");
        if (topic == null || topic.isNull()) {
          g.put("label", NONE);
        } else {
          g.set("label", topic);
        }
        w.write(JSON.writeValueAsString(g));
        w.newLine();
      }
    }
  }

  /** The scores in the scorer's --json line, the last line of its output. */
  private static JsonNode scores(Path file) throws IOException {
    return scores(Files.readString(file, StandardCharsets.UTF_8));
  }

  static JsonNode scores(String output) throws IOException {
    List<String> lines = output.strip().lines().toList();
    return JSON.readTree(lines.get(lines.size() - 1));
  }

  /** What Python takes for true: present, not null, not empty, not zero or false. */
  private static boolean truthy(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isTextual()) {
      return !n.asText().isEmpty();
    }
    if (n.isNumber()) {
      return n.asDouble() != 0;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    return !n.isEmpty();
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** Newlines in the file, as {@code wc -l} counts lines. */
  static long lines(Path file) throws IOException {
    long n = 0;
    for (byte b : Files.readAllBytes(file)) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }

  private static void stderrOf(List<String> command) {
    Child.run(command, Map.of(), Child.Sink.STDERR, Child.Sink.INHERIT);
  }
}
