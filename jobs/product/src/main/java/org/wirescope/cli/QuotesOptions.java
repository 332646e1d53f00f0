package org.wirescope.cli;

import org.wirescope.quotes.QuoteClustering;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.tables.Periods;
import picocli.CommandLine.Option;

/**
 * The options of the quotes stage, beside the shared {@link PeriodOptions}; {@code pipeline}
 * carries the same ones.
 */
public final class QuotesOptions {
  @Option(names = "--top-quotes", defaultValue = "20", paramLabel = "N",
      description = "Quote clusters listed in top_quotes per scope: the whole corpus and each period "
          + "(default: ${DEFAULT-VALUE}).")
  public int top = 20;

  /** Checked settings. */
  public QuotesJob.Settings settings(PeriodOptions periods) {
    if (top < 1) {
      throw new IllegalArgumentException("--top-quotes must be at least 1, not " + top);
    }
    return new QuotesJob.Settings(periods.grain, Periods.zone(periods.timeZone), top,
        QuoteClustering.Settings.DEFAULT);
  }
}
