package org.wirescope.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.extract.PersonNames;
import org.wirescope.ingest.Format;
import org.wirescope.ingest.IngestRecord;
import org.wirescope.ingest.InputFiles;
import org.wirescope.ingest.ReadOptions;
import org.wirescope.ingest.Readers;
import org.wirescope.ingest.SourceFile;
import org.wirescope.text.TextAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The single-threaded floor of the pipeline's text work, without Spark: read raw Reuters SGML once
 * and run the name and quote scanners on every article. It is the time no Spark plan can beat on
 * one core, to hold the Spark stages against. Not product code.
 *
 * <pre>
 * java -cp jobs/target/classes:$(cat /tmp/cp.txt) org.wirescope.bench.Floor /tmp/bench-corpus-100k [--repeat 3]
 * java -cp ... org.wirescope.bench.Floor '../shared/corpora/reuters21578/reut2-00*.sgm'
 * </pre>
 *
 * <p>A pass is what ingest and extract do per article, minus Spark: the input is listed as ingest
 * lists it ({@link InputFiles#expand}: a folder walked, a file, or a glob), each file goes through
 * {@link Readers#read} with {@link Format#REUTERS} (the same reader and finisher as ingest), and
 * each accepted article through {@link TextAnalyzer#analyze}(title, lead, body, its person tags in
 * display form), as the extract stage calls it. Rejected records are counted, not analysed.
 *
 * <p>Unlike the extract stage, there is no de-duplication and no corpus-wide gazetteer of tagged
 * names (it would need a second read); each article's own tags still reach the analyser. The
 * gazetteer is a hash lookup per candidate name, so leaving it out changes the counts slightly and
 * the time hardly at all.
 *
 * <p>Each repeat is a full pass (file listing, reading, parsing, analysis) in the same JVM, so the
 * first one also pays for JIT warm-up; the median pass is the number to quote. Throughput counts MB
 * as 10^6 bytes of input files. Beside wall time, each pass reports the CPU time of its thread,
 * which stays meaningful on a busy shared machine where wall time does not (JIT and GC threads are
 * not in it). {@link #run} returns the same numbers to a caller.
 */
@Command(
    name = "Floor",
    sortOptions = false,
    description = {
      "Reads raw Reuters SGML once and runs TextAnalyzer on every article, on one thread, "
          + "without Spark; prints counts and throughput per pass and the median.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  java -cp jobs/target/classes:$(cat /tmp/cp.txt) org.wirescope.bench.Floor /tmp/bench-corpus-100k --repeat 3"
    })
public final class Floor implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description =
          "A folder of Reuters .sgm files (walked recursively), one file, or a glob in quotes.")
  String input;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      paramLabel = "N",
      description = "Passes over the input (default: ${DEFAULT-VALUE}); the median is reported.")
  int repeat;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it and check the exit code. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Floor());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("Floor: error: " + e.getMessage());
          return 1;
        });
    return cl;
  }

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) {
      throw new ParameterException(
          spec.commandLine(), "--repeat must be at least 1, not " + repeat);
    }
    PrintWriter out = spec.commandLine().getOut();
    Result r = run(input, repeat, out);
    out.println("median " + r.median().line());
    out.flush();
    return 0;
  }

  /**
   * One pass. {@code seconds} is the whole pass in wall time; {@code analyzeSeconds} the part spent
   * in {@link TextAnalyzer#analyze}, the rest being listing, reading and parsing; {@code
   * cpuSeconds} the CPU time of the pass's thread, or -1 where the JVM cannot measure it.
   */
  public record Pass(
      int files,
      long inputBytes,
      long articles,
      long rejects,
      long quotes,
      long mentions,
      double seconds,
      double analyzeSeconds,
      double cpuSeconds) {
    public double articlesPerSecond() {
      return articles / seconds;
    }

    /** Input MB (10^6 bytes) per second. */
    public double mbPerSecond() {
      return inputBytes / 1e6 / seconds;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%,d files, %,d input bytes, %,d articles (%,d rejects), %,d quotes, "
              + "%,d mentions, %.2f s (analyze %.2f s, thread cpu %.2f s), %,.0f articles/s, %.2f MB/s",
          files,
          inputBytes,
          articles,
          rejects,
          quotes,
          mentions,
          seconds,
          analyzeSeconds,
          cpuSeconds,
          articlesPerSecond(),
          mbPerSecond());
    }
  }

  /** Every pass in order, and the one with the median time. */
  public record Result(List<Pass> passes, Pass median) {}

  /**
   * Runs {@code repeat} passes over {@code input}; prints one line per pass to {@code log}, if
   * given.
   */
  public static Result run(String input, int repeat, PrintWriter log) throws IOException {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1, not " + repeat);
    }
    List<Pass> passes = new ArrayList<>();
    for (int k = 0; k < repeat; k++) {
      Pass p = pass(input);
      passes.add(p);
      if (log != null) {
        log.println("pass " + (k + 1) + ": " + p.line());
        log.flush();
      }
    }
    List<Pass> byTime = new ArrayList<>(passes);
    byTime.sort(Comparator.comparingDouble(Pass::seconds));
    return new Result(List.copyOf(passes), byTime.get((byTime.size() - 1) / 2));
  }

  /** One full pass: list, read, parse and analyse every article of {@code input}. */
  public static Pass pass(String input) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    Configuration conf = new Configuration();
    InputFiles.Listing listing = InputFiles.expand(List.of(input), Format.REUTERS, conf);
    if (listing.files().isEmpty()) {
      throw new IOException("no Reuters .sgm files in " + input);
    }
    ReadOptions options = ReadOptions.defaults();
    TextAnalyzer analyzer = new TextAnalyzer(Set.of());
    long articles = 0;
    long rejects = 0;
    long quotes = 0;
    long mentions = 0;
    long analyzeNanos = 0;
    List<String> tags = new ArrayList<>();
    for (SourceFile f : listing.files()) {
      Iterator<IngestRecord> it = Readers.read(f, Format.REUTERS, options, conf);
      while (it.hasNext()) {
        IngestRecord r = it.next();
        if (r.isReject()) {
          rejects++;
          continue;
        }
        tags.clear();
        for (String t : r.persons) {
          tags.add(PersonNames.display(t));
        }
        long a0 = System.nanoTime();
        TextAnalyzer.Analysis a = analyzer.analyze(r.title, r.lead, r.body, tags);
        analyzeNanos += System.nanoTime() - a0;
        articles++;
        quotes += a.quotes().size();
        mentions += a.mentions().size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Pass(
        listing.files().size(),
        listing.bytes(),
        articles,
        rejects,
        quotes,
        mentions,
        seconds,
        analyzeNanos / 1e9,
        cpu ? (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 : -1);
  }
}
