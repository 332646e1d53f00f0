package org.wirescope.cli;

import org.wirescope.quotes.QuoteClustering;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.tables.Periods;
import picocli.CommandLine.Option;

/**
 * The options of the quotes stage. In {@code pipeline}, grain and zone are the run's shared ones
 * (one period grid for every stage), so it calls {@link #settings(String, String, int)} with them.
 */
public final class QuotesOptions {
  @Option(names = "--grain", defaultValue = "month", paramLabel = "GRAIN", converter = Usage.GrainConverter.class,
      description = "Period of quote_counts, voice_share and the per-period top_quotes: day, week or month "
          + "(default: ${DEFAULT-VALUE}).")
  public String grain;

  @Option(names = "--time-zone", defaultValue = "UTC", paramLabel = "ZONE", converter = Usage.ZoneConverter.class,
      description = "Zone in which periods start, e.g. Europe/Moscow for a Moscow wire (default: ${DEFAULT-VALUE}).")
  public String timeZone;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N",
      description = "Quote clusters listed in top_quotes per scope: the whole corpus and each period "
          + "(default: ${DEFAULT-VALUE}).")
  public int top;

  public QuotesJob.Settings settings() {
    return settings(grain, timeZone, top);
  }

  /** Checked settings from plain values. */
  public static QuotesJob.Settings settings(String grain, String timeZone, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, not " + top);
    }
    return new QuotesJob.Settings(Periods.grain(grain), Periods.zone(timeZone), top,
        QuoteClustering.Settings.DEFAULT);
  }
}
