package org.wirescope.cli;

import org.wirescope.topics.TopicDiscovery;
import org.wirescope.topics.TopicTransforms;
import org.wirescope.topics.TopicsJob;
import picocli.CommandLine.Option;

/**
 * The options of the topics stage, beside the shared {@link PeriodOptions}; {@code pipeline}
 * carries the same ones.
 */
public final class TopicsOptions {
  @Option(names = "--baseline-periods", paramLabel = "N",
      description = "Trailing periods a period's share is compared with for rolling_mean and zscore "
          + "(default: 3 months, 4 weeks or 7 days, by --grain).")
  public Integer baselinePeriods;

  @Option(names = "--burst-z", defaultValue = "2.0", paramLabel = "Z",
      description = "z-score at which a period is a burst, given --min-burst-articles "
          + "(default: ${DEFAULT-VALUE}).")
  public double burstZ = 2.0;

  @Option(names = "--min-burst-articles", defaultValue = "3", paramLabel = "N",
      description = "A burst also needs at least N articles of the topic in the period, so a stray "
          + "article or two in a quiet topic is never one (default: ${DEFAULT-VALUE}).")
  public long minBurstArticles = 3;

  @Option(names = "--movers", defaultValue = "5", paramLabel = "N",
      description = "Topics per period and kind in topic_movers for each direction, rise and fall "
          + "(default: ${DEFAULT-VALUE}).")
  public int movers = 5;

  @Option(names = "--discover", defaultValue = AUTO, paramLabel = "K",
      description = "Also discover K topics with LDA over the article text (topic_kind 'discovered'); "
          + "0 turns discovery off; auto discovers " + TopicsJob.AUTO_DISCOVER + " when fewer than half "
          + "of the articles carry topic tags (default: ${DEFAULT-VALUE}). 10 to 30 suits a wire corpus.")
  public String discover = AUTO;

  /** --discover's default: discover when most articles are untagged. */
  static final String AUTO = "auto";

  @Option(names = "--discover-min-weight", defaultValue = "0.25", paramLabel = "W",
      description = "An article belongs to a discovered topic when the topic makes up at least this "
          + "share of it (default: ${DEFAULT-VALUE}; at most 4 topics per article).")
  public double discoverMinWeight = 0.25;

  @Option(names = "--discover-iterations", defaultValue = "20", paramLabel = "N",
      description = "Online LDA iterations; their mini-batches add up to one pass over the corpus "
          + "(default: ${DEFAULT-VALUE}).")
  public int discoverIterations = 20;

  @Option(names = "--discover-vocabulary", defaultValue = "5000", paramLabel = "N",
      description = "Most frequent words kept for LDA, after stop words and wire boilerplate "
          + "(default: ${DEFAULT-VALUE}).")
  public int discoverVocabulary = 5000;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
      description = "Seed of the topic model: the same articles and seed give the same topics "
          + "(default: ${DEFAULT-VALUE}).")
  public long seed = 42;

  /** The job's settings, validated; throws IllegalArgumentException with the option's name. */
  public TopicsJob.Settings settings(PeriodOptions periods) {
    int baseline = baselinePeriods != null ? baselinePeriods : periods.grain.defaultBaseline();
    boolean auto = discover.strip().equalsIgnoreCase(AUTO);
    int k;
    try {
      k = auto ? TopicsJob.AUTO_DISCOVER : Integer.parseInt(discover.strip());
    } catch (NumberFormatException e) {
      k = -1;
    }
    if (k < 0) {
      throw new IllegalArgumentException("--discover must be auto, 0 (off) or at least 2, not '" + discover + "'");
    }
    TopicDiscovery.Settings discovery = k == 0 ? null
        : new TopicDiscovery.Settings(k, discoverMinWeight, discoverIterations, discoverVocabulary, seed);
    return new TopicsJob.Settings(periods.grain, periods.timeZone,
        new TopicTransforms.BurstRule(baseline, burstZ, minBurstArticles), movers, discovery, auto);
  }
}
