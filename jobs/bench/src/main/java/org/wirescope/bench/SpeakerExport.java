package org.wirescope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.TextAnalyzer.Analysis;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.quotes.SpeakerCandidate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the product's text analysis ({@link TextAnalyzer}, the name tagger, as {@code extract} does)
 * over a folder of plain-text articles (title on the first line, as {@code ingest --format text}
 * reads them) and writes one JSON line per quote in the scorer's form: doc, quote, speaker, and the
 * attribution and confidence. For studying the speaker rules and training the ranker; not product
 * code.
 *
 * <p>{@code --sieve} lets the rules alone decide; {@code --without} drops rules from the sieve;
 * {@code --candidates} adds each quote's candidates and their features (the first line is then the
 * feature names).
 */
@Command(
    name = "SpeakerExport",
    mixinStandardHelpOptions = true,
    description = "Write each quote's speaker (and optionally its candidates) as JSON lines.")
public final class SpeakerExport implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", paramLabel = "DIR", description = "A folder of .txt articles.")
  Path input;

  @Option(names = "--to", paramLabel = "FILE", description = "The JSON lines to write.")
  Path to;

  @Option(names = "--list-rules", description = "Print the sieve's rules, in order, and stop.")
  boolean listRules;

  @Option(names = "--sieve", description = "The sieve's first proposal decides; no ranker.")
  boolean sieve;

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "RULE",
      description =
          "Rules to drop from the sieve, by their attribution label (e.g. previous-statement).")
  List<String> without = List.of();

  @Option(names = "--candidates", description = "Write each quote's candidates and their features.")
  boolean candidates;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SpeakerExport()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (listRules) {
      rules().forEach(System.out::println);
      return 0;
    }
    if (input == null || to == null) {
      System.err.println("speaker-export: --input and --to are required");
      return 2;
    }
    try {
      export(input, to, sieve, without, candidates, true);
      return 0;
    } catch (NoArticles e) {
      System.err.println("speaker-export: " + e.getMessage());
      return 2;
    }
  }

  /** A folder without a .txt article to read. */
  static final class NoArticles extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoArticles(String message) {
      super(message);
    }
  }

  /** The sieve's rules in order, by their attribution labels. */
  static List<String> rules() {
    return Attribution.sieve().stream().map(Attribution::label).toList();
  }

  /**
   * Writes the quotes of the .txt articles in {@code input} to {@code to}, as the options of the
   * same names do, and returns how many there were; with {@code report}, says so on stderr.
   *
   * @throws NoArticles when {@code input} holds no .txt article
   */
  static int export(
      Path input, Path to, boolean sieve, List<String> without, boolean candidates, boolean report)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new NoArticles("no .txt articles in " + input);
    }
    TextAnalyzer analyzer = analyzer(sieve, without, candidates);
    int quotes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      if (candidates) {
        ObjectNode head = JSON.createObjectNode();
        head.set("features", JSON.valueToTree(TextAnalyzer.speakerFeatures()));
        w.write(JSON.writeValueAsString(head));
        w.newLine();
      }
      for (Path f : files) {
        quotes += write(w, f, analyzer, candidates);
      }
    }
    if (report) {
      System.err.printf("speaker-export: %d articles, %d quotes -> %s%n", files.size(), quotes, to);
    }
    return quotes;
  }

  private static TextAnalyzer analyzer(boolean sieve, List<String> without, boolean candidates) {
    Set<Attribution> drop = EnumSet.noneOf(Attribution.class);
    for (String r : without) {
      drop.add(Attribution.ofLabel(r.strip()));
    }
    TextAnalyzer a = new TextAnalyzer(Set.of(), true).withoutSpeakerRules(drop);
    a = sieve ? a.withoutSpeakerRanker() : a;
    return candidates ? a.keepingSpeakerCandidates() : a;
  }

  private static int write(BufferedWriter w, Path f, TextAnalyzer analyzer, boolean candidates)
      throws IOException {
    Analysis a = QuoteEval.analyzeTextFile(analyzer, f);
    for (Quote q : a.quotes()) {
      ObjectNode o = QuoteEval.scorerLine(f, q);
      o.put("attribution", q.attribution().label());
      o.put("confidence", q.confidence());
      if (candidates) {
        ArrayNode cs = o.putArray("candidates");
        for (SpeakerCandidate c : q.candidates()) {
          ObjectNode k = cs.addObject();
          k.put("speaker", c.speaker());
          k.set("features", JSON.valueToTree(c.features()));
        }
      }
      w.write(JSON.writeValueAsString(o));
      w.newLine();
    }
    return a.quotes().size();
  }
}
