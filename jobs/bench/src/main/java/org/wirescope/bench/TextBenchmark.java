package org.wirescope.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.wirescope.text.TextAnalyzer;

/**
 * Throughput of text extraction alone ({@link TextAnalyzer#analyze}) on one core over the Reuters
 * bodies: one warm-up pass, then the median of several timed passes, in MB of article text (UTF-16
 * chars counted as bytes) per second. Not product code.
 *
 * <p>{@code java -cp jobs/target/classes:$(cat /tmp/cp.txt) org.wirescope.bench.TextBenchmark
 * ../shared/corpora/reuters21578 [runs] [rules|tagger]}: the third argument picks how names become
 * persons, as {@code extract --names} does (default rules).
 */
public final class TextBenchmark {
  private TextBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/corpora/reuters21578");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long chars = 0;
    for (QuoteEval.ReutersStory s : QuoteEval.reuters(dir)) {
      chars += s.body().length() + (s.title() == null ? 0 : s.title().length());
    }
    List<QuoteEval.ReutersStory> stories = QuoteEval.reuters(dir);
    boolean tagger = args.length > 2 && args[2].equalsIgnoreCase("tagger");
    TextAnalyzer analyzer = new TextAnalyzer(Set.of(), tagger);
    System.out.println("names: " + (tagger ? "tagger" : "rules"));
    long sink = pass(analyzer, stories); // warm-up
    double[] mbps = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      sink += pass(analyzer, stories);
      double secs = (System.nanoTime() - t0) / 1e9;
      mbps[r] = chars / 1e6 / secs;
      System.out.printf("run %d: %.2f s, %.1f MB/s%n", r + 1, secs, mbps[r]);
    }
    Arrays.sort(mbps);
    System.out.printf(
        "text extraction: %d articles, %.1f MB, median %.1f MB/s on one core "
            + "(min %.1f, max %.1f) [%d]%n",
        stories.size(), chars / 1e6, mbps[runs / 2], mbps[0], mbps[runs - 1], sink % 10);
  }

  private static long pass(TextAnalyzer analyzer, List<QuoteEval.ReutersStory> stories) {
    long n = 0;
    for (QuoteEval.ReutersStory s : stories) {
      TextAnalyzer.Analysis a = analyzer.analyze(s.title(), null, s.body(), List.of());
      n += a.mentions().size() + a.quotes().size() + a.sentences().size();
    }
    return n;
  }
}
