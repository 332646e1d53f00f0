package org.wirescope.cli;

import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.tables.Periods;
import picocli.CommandLine.Option;

/**
 * The options of the co-occurrence stage, beside the shared {@link PeriodOptions}; {@code pipeline}
 * carries the same ones.
 */
public final class CooccurrenceOptions {
  @Option(
      names = "--min-articles",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "Leave pairs sharing fewer articles out of person_pairs and the network "
              + "(default: ${DEFAULT-VALUE}); the period table keeps them.")
  public int minArticles;

  @Option(
      names = "--window",
      defaultValue = "article",
      paramLabel = "WINDOW",
      description =
          "article: persons named in the same article form a pair; sentence: only in the "
              + "same sentence (default: ${DEFAULT-VALUE}).")
  public String window;

  @Option(
      names = "--max-persons-per-article",
      defaultValue = "60",
      paramLabel = "N",
      description =
          "An article naming more persons contributes no pairs (lists, round-ups); "
              + "counted in the manifest (default: ${DEFAULT-VALUE}).")
  public int maxPersons;

  @Option(
      names = "--min-group-articles",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "A group of three or more persons must share this many articles to be listed "
              + "in person_groups (default: ${DEFAULT-VALUE}).")
  public int minGroupArticles;

  @Option(
      names = "--max-group-size",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Largest group listed in person_groups; a closed group of more persons (a "
              + "repeated list) is counted in the manifest instead (default: ${DEFAULT-VALUE}).")
  public int maxGroupSize;

  @Option(
      names = "--max-groups",
      defaultValue = "10000",
      paramLabel = "N",
      description =
          "Rows of person_groups, the best by articles and lift; the manifest counts "
              + "the rest (default: ${DEFAULT-VALUE}).")
  public int maxGroups;

  public CooccurrenceJob.Settings settings(PeriodOptions periods) {
    String w = window.strip().toLowerCase(java.util.Locale.ROOT);
    if (!w.equals("article") && !w.equals("sentence")) {
      throw new IllegalArgumentException(
          "--window must be article or sentence, not '" + window + "'");
    }
    if (minArticles < 1 || maxPersons < 2 || minGroupArticles < 1) {
      throw new IllegalArgumentException(
          "--min-articles and --min-group-articles must be at least 1, "
              + "--max-persons-per-article at least 2");
    }
    if (maxGroupSize < 3) {
      throw new IllegalArgumentException(
          "--max-group-size must be at least 3 (groups have three or more "
              + "persons), not "
              + maxGroupSize);
    }
    if (maxGroups < 1) {
      throw new IllegalArgumentException("--max-groups must be at least 1, not " + maxGroups);
    }
    return new CooccurrenceJob.Settings(
        periods.grain,
        minArticles,
        w,
        maxPersons,
        Periods.zone(periods.timeZone),
        minGroupArticles,
        maxGroupSize,
        maxGroups);
  }
}
