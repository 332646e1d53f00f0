package org.wirescope.cli;

import org.wirescope.quotes.QuoteClustering;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.tables.Periods;
import org.wirescope.tables.Quotes;
import picocli.CommandLine.Option;

/**
 * The options of the quotes stage, beside the shared {@link PeriodOptions}; {@code pipeline}
 * carries the same ones.
 */
public final class QuotesOptions {
  @Option(
      names = "--top-quotes",
      defaultValue = "20",
      paramLabel = "N",
      description =
          "Quote clusters listed in top_quotes per scope: the whole corpus and each period "
              + "(default: ${DEFAULT-VALUE}).")
  public int top = 20;

  @Option(
      names = "--min-speaker-confidence",
      paramLabel = "P",
      defaultValue = "" + Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE,
      description =
          "Count a quote's speaker in quote_counts, speaker_topics, voice_share and top_quotes only "
              + "when quotes.speaker_confidence, the ranker's chance that the speaker is right, is at least P "
              + "(0 to 1; default: ${DEFAULT-VALUE}, where the ranker's cross-validated pair precision on PolNeAR "
              + "train reaches 0.90). Quotes below it count as unattributed.")
  public double minSpeakerConfidence = Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE;

  /** Checked settings. */
  public QuotesJob.Settings settings(PeriodOptions periods) {
    if (top < 1) {
      throw new IllegalArgumentException("--top-quotes must be at least 1, not " + top);
    }
    if (!(minSpeakerConfidence >= 0 && minSpeakerConfidence <= 1)) {
      throw new IllegalArgumentException(
          "--min-speaker-confidence must be between 0 and 1, not " + minSpeakerConfidence);
    }
    return new QuotesJob.Settings(
        periods.grain,
        Periods.zone(periods.timeZone),
        top,
        QuoteClustering.Settings.DEFAULT,
        minSpeakerConfidence);
  }
}
