package org.wirescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.TextAnalyzer.Analysis;
import org.wirescope.text.TextAnalyzer.Mention;
import org.wirescope.text.quotes.Quote;

/**
 * Evaluation harness for {@link TextAnalyzer} on the shared corpora (not product code). Modes:
 *
 * <pre>
 *   --polnear DIR --out preds.jsonl [--scorer FILE]              quotes + speakers, scored
 *   --reuters-people DIR                                        person recall on Reuters PEOPLE tags
 *   --tass-json FILE                                            speaker coverage of 4+ word quotes
 *   --seed FILE                                                 the seed TASS article, printed
 *   --show FILE                                                 any plain-text article, printed
 * </pre>
 *
 * The scorer is {@code --scorer FILE}, else score_quotes.py in the folder the property {@code
 * wirescope.eval} names (default ../shared/eval). Run through {@code jobs/bin/eval-text}.
 */
public final class QuoteEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteEval() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "--help";
    switch (mode) {
      case "--polnear" ->
          polnear(
              Paths.get(args[1]),
              Paths.get(opt(args, "--out", "/tmp/quote-preds.jsonl")),
              opt(args, "--scorer", defaultScorer()),
              opt(args, "--verbose", null) != null);
      case "--reuters-people" ->
          reutersPeople(Paths.get(args[1]), opt(args, "--verbose", null) != null);
      case "--tass-json" -> tassJson(Paths.get(args[1]));
      case "--seed", "--show" -> show(Paths.get(args[1]));
      default ->
          System.out.println(
              "modes: --polnear DIR --out FILE | --reuters-people DIR | "
                  + "--tass-json FILE | --seed FILE | --show FILE");
    }
  }

  /**
   * The analyser extract uses by default (the name tagger); {@code -Dwirescope.names=rules} for the
   * word-list rules ({@code extract --names rules}).
   */
  private static TextAnalyzer analyzer() {
    return new TextAnalyzer(
        Set.of(), !"rules".equals(System.getProperty("wirescope.names", "tagger")));
  }

  private static String opt(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name)) {
        return i + 1 < args.length && !args[i + 1].startsWith("--") ? args[i + 1] : "true";
      }
    }
    return dflt;
  }

  /**
   * The shared scorer in the folder the property {@code wirescope.eval} names (default
   * ../shared/eval).
   */
  private static String defaultScorer() {
    return Paths.get(System.getProperty("wirescope.eval", "../shared/eval"), "score_quotes.py")
        .toString();
  }

  /** PolNeAR: title = first line, body = the rest; predictions as the scorer's JSONL. */
  /**
   * A plain-text article as {@code ingest --format text} reads it (the title on the first line, the
   * body after it), analysed.
   */
  static Analysis analyzeTextFile(TextAnalyzer analyzer, Path f) throws IOException {
    String all = Files.readString(f, StandardCharsets.UTF_8);
    int nl = all.indexOf('\n');
    String title = nl < 0 ? all : all.substring(0, nl);
    String body = nl < 0 ? "" : all.substring(nl + 1).strip();
    return analyzer.analyze(title, null, body, List.of());
  }

  /** The quote scorer's line for quote {@code q} of file {@code f}: doc, quote and speaker. */
  static ObjectNode scorerLine(Path f, Quote q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", f.getFileName().toString().replaceFirst("\\.txt$", ""));
    o.put("quote", q.text());
    o.put("speaker", q.speaker() == null ? "" : q.speaker());
    return o;
  }

  static void polnear(Path compartment, Path out, String scorer, boolean verbose) throws Exception {
    if (!Files.isRegularFile(Paths.get(scorer))) {
      throw new IllegalArgumentException(
          "no quote scorer at "
              + scorer
              + ": pass --scorer FILE or -Dwirescope.eval=DIR (the folder holding score_quotes.py)");
    }
    TextAnalyzer analyzer = analyzer();
    List<Path> files;
    try (Stream<Path> s = Files.list(compartment.resolve("text"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int quotes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        Analysis a = analyzeTextFile(analyzer, f);
        for (Quote q : a.quotes()) {
          ObjectNode o = scorerLine(f, q);
          o.put("rule", q.attribution().label());
          o.put("surface", q.speakerSurface());
          w.write(JSON.writeValueAsString(o));
          w.newLine();
          quotes++;
        }
      }
    }
    System.out.printf("%d articles, %d quotes -> %s%n", files.size(), quotes, out);
    Process p =
        new ProcessBuilder(
                "python3", scorer, "--gold", compartment.toString(), "--pred", out.toString())
            .inheritIO()
            .start();
    int rc = p.waitFor();
    if (rc != 0) {
      System.err.println("scorer exited with " + rc);
    }
  }

  private static final Pattern REUTERS = Pattern.compile("<REUTERS.*?</REUTERS>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern PEOPLE = Pattern.compile("<PEOPLE>(.*?)</PEOPLE>", Pattern.DOTALL);
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>");

  /** One Reuters story: title, body (entities decoded) and PEOPLE tags. */
  record ReutersStory(String title, String body, List<String> people) {}

  static List<ReutersStory> reuters(Path dir) throws IOException {
    List<ReutersStory> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    for (Path f : files) {
      String sgm = Files.readString(f, StandardCharsets.ISO_8859_1);
      Matcher m = REUTERS.matcher(sgm);
      while (m.find()) {
        String r = m.group();
        Matcher b = BODY.matcher(r);
        if (!b.find()) {
          continue;
        }
        Matcher t = TITLE.matcher(r);
        String title = t.find() ? decode(t.group(1)) : null;
        List<String> people = new ArrayList<>();
        Matcher p = PEOPLE.matcher(r);
        if (p.find()) {
          Matcher d = D.matcher(p.group(1));
          while (d.find()) {
            people.add(d.group(1));
          }
        }
        out.add(
            new ReutersStory(
                title, decode(b.group(1)).replaceFirst("\\s*Reuter\\s*$", ""), people));
      }
    }
    return out;
  }

  private static String decode(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#3;", "");
  }

  /**
   * Of the PEOPLE tags whose surname occurs capitalised in the body, the share found by text
   * extraction alone (some mention's last word is the surname).
   */
  static void reutersPeople(Path dir, boolean verbose) throws IOException {
    TextAnalyzer analyzer = analyzer();
    int named = 0;
    int found = 0;
    Set<String> missed = new TreeSet<>();
    for (ReutersStory s : reuters(dir)) {
      if (s.people().isEmpty()) {
        continue;
      }
      Analysis a = analyzer.analyze(null, null, s.body(), List.of());
      Set<String> lastWords = new TreeSet<>();
      for (Mention m : a.mentions()) {
        String[] parts = m.person().split(" ");
        lastWords.add(parts[parts.length - 1].toLowerCase(Locale.ROOT));
      }
      for (String tag : s.people()) {
        String[] parts = tag.split("-");
        String sur = parts[parts.length - 1];
        Pattern cap =
            Pattern.compile(
                "\\b"
                    + Character.toUpperCase(sur.charAt(0))
                    + Pattern.quote(sur.substring(1))
                    + "\\b");
        if (!cap.matcher(s.body()).find()) {
          continue;
        }
        named++;
        if (lastWords.contains(sur.toLowerCase(Locale.ROOT))) {
          found++;
        } else {
          missed.add(tag);
          if (verbose) {
            int i = s.body().indexOf(Character.toUpperCase(sur.charAt(0)) + sur.substring(1));
            System.out.println(
                "MISSED "
                    + tag
                    + ": ..."
                    + s.body()
                        .substring(Math.max(0, i - 60), Math.min(s.body().length(), i + 40))
                        .replace('\n', ' '));
          }
        }
      }
    }
    System.out.printf(
        "reuters people: %d tags named in the body, %d found by text extraction: "
            + "recall %.3f%n",
        named, found, named == 0 ? 0.0 : (double) found / named);
    System.out.println("missed tags: " + missed);
  }

  /** TASS scraper JSON: share of 4+ word quotes with a speaker; prints every quote. */
  static void tassJson(Path file) throws IOException {
    TextAnalyzer analyzer = analyzer();
    JsonNode arr = JSON.readTree(file.toFile());
    int total = 0;
    int withSpeaker = 0;
    for (JsonNode art : arr) {
      List<String> paras = new ArrayList<>();
      art.path("content").forEach(p -> paras.add(p.asText()));
      Analysis a =
          analyzer.analyze(
              art.path("title").asText(null),
              art.path("description").asText(null),
              String.join("\n\n", paras),
              List.of());
      System.out.println("== " + art.path("title").asText());
      for (Quote q : a.quotes()) {
        int words = q.text().trim().split("\\s+").length;
        if (words >= 4) {
          total++;
          if (q.speaker() != null) {
            withSpeaker++;
          }
        }
        System.out.printf(
            "  [%s|%s|%s%s] %s%n",
            q.speaker(),
            q.speakerSurface(),
            q.attribution(),
            q.continuation() ? "|cont" : "",
            abbreviate(q.text()));
      }
    }
    System.out.printf(
        "tass json: %d quotes of 4+ words, %d with a speaker: %.3f%n",
        total, withSpeaker, total == 0 ? 0.0 : (double) withSpeaker / total);
  }

  /** A TASS plain-text page (title = first line, body between the date line and "Topics"). */
  static void show(Path file) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = all.split("\n", -1);
    String title = lines[0];
    int dateLine = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].matches(".*\\d{1,2}:\\d{2} UTC.*")) {
        dateLine = i;
        break;
      }
    }
    StringBuilder body = new StringBuilder();
    for (int i = dateLine < 0 ? 1 : dateLine + 1; i < lines.length; i++) {
      if (lines[i].strip().equals("Topics") || lines[i].strip().equals("Persons")) {
        break;
      }
      body.append(lines[i]).append('\n');
    }
    Analysis a = analyzer().analyze(title, null, body.toString().strip(), List.of());
    System.out.println("sentences: " + a.sentences().size());
    for (Mention m : a.mentions()) {
      System.out.printf(
          "  mention %-20s %-8s role=%s surface=%s%n",
          m.person(), m.method(), m.role(), m.surface());
    }
    for (Quote q : a.quotes()) {
      System.out.printf(
          "  quote [%s|%s|%s|%s%s] %s%n",
          q.speaker(),
          q.speakerSurface(),
          q.cue(),
          q.attribution(),
          q.continuation() ? "|cont" : "",
          abbreviate(q.text()));
    }
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 110 ? one.substring(0, 107) + "..." : one;
  }
}
