package org.wirescope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Whether a change leaves the output alone, behind jobs/bin/same-tables: the default pipeline of
 * two revisions on the same inputs, every table compared row for row in any order ({@link
 * SameTables}, floating-point values within 1e-9).
 *
 * <ol>
 *   <li>A revision runs from a temporary git worktree under {@code --out} ({@code src-SHORT}), with
 *       its own jobs/bin/wirescope (built there); the working tree ({@code ""}) from {@code
 *       --repo}. A revision's finished run of an input is kept ({@code NAME.done}) and reused in
 *       the same {@code --out}; the working tree always runs.
 *   <li>{@link SameTables}, in a JVM of its own with this one's flags, compares each input's two
 *       outputs: one line per input on stdout, with each difference below it.
 *   <li>The temporary worktrees are removed.
 * </ol>
 *
 * Exit 0 when every input gives the same tables, 1 when one differs or a pipeline fails, 2 for an
 * unknown input.
 */
@Command(
    name = "CompareRevisions",
    mixinStandardHelpOptions = true,
    description = "Run two revisions' default pipeline on the same inputs and compare every table.")
public final class CompareRevisions implements Callable<Integer> {
  @Option(
      names = "--only",
      defaultValue = "sample,seed,reuters,polnear",
      split = ",",
      paramLabel = "NAME",
      description = "The inputs: sample, seed, reuters, polnear (default ${DEFAULT-VALUE}).")
  List<String> only;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where the runs and worktrees go (kept).")
  Path out;

  @Option(
      names = "--corpora",
      required = true,
      paramLabel = "DIR",
      description = "The shared corpora.")
  Path corpora;

  @Option(
      names = "--repo",
      required = true,
      paramLabel = "DIR",
      description = "The working tree's repository root.")
  Path repo;

  @Option(
      names = "--usage",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "The script's usage line, shown after an unknown input.")
  String usage;

  @Parameters(
      arity = "1..2",
      paramLabel = "REV",
      description = "BASE, and OTHER (default: the working tree).")
  List<String> revisions;

  public static void main(String[] args) {
    System.exit(Child.execute(new CompareRevisions(), args));
  }

  /** The pipeline's options for each input; null for a name that is none. */
  Map<String, List<String>> inputs() {
    Map<String, List<String>> inputs = new LinkedHashMap<>();
    for (String name : only) {
      List<String> args =
          switch (name) {
            // one copy, so that both revisions read the same files under the same path (an
            // article's
            // id and source_file follow the path)
            case "sample" -> List.of("--input", out.resolve("input-sample").toString());
            case "seed" -> List.of("--input", corpora + "/tass/tass-kremlin-2017-11-12.txt");
            case "reuters" -> List.of("--input", corpora + "/reuters21578");
            case "polnear" ->
                List.of("--input", corpora + "/polnear-dev/data/dev/text", "--format", "text");
            default -> null;
          };
      if (args == null) {
        System.err.println("same-tables: unknown input '" + name + "'");
        if (!usage.isEmpty()) {
          System.err.println(usage);
        }
        return null;
      }
      inputs.put(name, args);
    }
    return inputs;
  }

  @Override
  public Integer call() throws IOException {
    Map<String, List<String>> inputs = inputs();
    if (inputs == null) {
      return 2;
    }
    Files.createDirectories(out);
    Path sample = out.resolve("input-sample");
    if (inputs.containsKey("sample") && !Files.isDirectory(sample)) {
      Folders.copyTree(repo.resolve("data/sample"), sample);
    }
    String base = revisions.get(0);
    String other = revisions.size() > 1 ? revisions.get(1) : "";
    String a = label(base);
    String b = label(other);
    if (!runAll(a, checkout(base), inputs) || !runAll(b, checkout(other), inputs)) {
      return 1;
    }
    List<String> pairs = new ArrayList<>();
    for (String name : inputs.keySet()) {
      pairs.addAll(
          List.of(
              out.resolve(a).resolve(name).toString(),
              out.resolve(b).resolve(name).toString(),
              name));
    }
    boolean same =
        pairs.isEmpty()
            || Child.status(
                    Child.java(SameTables.class, pairs.toArray(String[]::new)),
                    Child.loopback(),
                    Child.Sink.INHERIT,
                    Child.Sink.INHERIT)
                == 0;
    removeWorktrees();
    System.err.println(
        "same-tables: "
            + base
            + " against "
            + (other.isEmpty() ? "the working tree" : other)
            + ": "
            + (same ? "same" : "DIFFERENT")
            + "; outputs in "
            + out);
    return same ? 0 : 1;
  }

  /** "worktree" for the working tree, else the revision's short hash. */
  private String label(String rev) {
    return rev.isEmpty() ? "worktree" : git("rev-parse", "--short", rev).strip();
  }

  /**
   * A folder holding {@code rev}: the repository for the working tree, else a worktree under --out.
   */
  private Path checkout(String rev) {
    if (rev.isEmpty()) {
      return repo;
    }
    Path dir = out.resolve("src-" + label(rev));
    if (!Files.isDirectory(dir)) {
      Child.run(
          List.of(
              "git",
              "-C",
              repo.toString(),
              "worktree",
              "add",
              "--detach",
              "-q",
              dir.toString(),
              rev),
          Map.of(),
          Child.Sink.STDERR,
          Child.Sink.INHERIT);
    }
    return dir;
  }

  /**
   * Runs the pipeline of {@code checkout} on each input into --out/LABEL/NAME; false when one
   * fails.
   */
  private boolean runAll(String label, Path checkout, Map<String, List<String>> inputs)
      throws IOException {
    for (Map.Entry<String, List<String>> input : inputs.entrySet()) {
      String name = input.getKey();
      Path output = out.resolve(label).resolve(name);
      Path done = out.resolve(label).resolve(name + ".done");
      if (!label.equals("worktree") && Files.exists(done)) {
        continue;
      }
      Folders.deleteTree(output);
      System.err.println("same-tables: " + label + ", " + name);
      List<String> cmd =
          new ArrayList<>(List.of(checkout.resolve("jobs/bin/wirescope").toString(), "pipeline"));
      cmd.addAll(input.getValue());
      cmd.addAll(List.of("--output", output.toString()));
      Path log = out.resolve(label + "-" + name + ".log");
      int status;
      try {
        status =
            new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
                .waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while the pipeline of " + label + " ran on " + name, e);
      }
      if (status != 0) {
        System.err.println(
            "same-tables: the pipeline of " + label + " failed on " + name + ", see " + log);
        return false;
      }
      Files.createDirectories(done.getParent());
      Files.writeString(done, "");
    }
    return true;
  }

  private void removeWorktrees() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(out)) {
      dirs =
          s.filter(d -> d.getFileName().toString().startsWith("src-") && Files.isDirectory(d))
              .sorted()
              .toList();
    }
    for (Path d : dirs) {
      git("worktree", "remove", "--force", d.toString());
    }
  }

  private String git(String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
    cmd.addAll(List.of(args));
    return Child.output(cmd, Map.of());
  }
}
