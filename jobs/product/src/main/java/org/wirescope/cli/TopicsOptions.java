package org.wirescope.cli;

import org.wirescope.topics.Grain;
import org.wirescope.topics.TopicDiscovery;
import org.wirescope.topics.TopicTransforms;
import org.wirescope.topics.TopicsJob;
import picocli.CommandLine.Option;

/** The options of the topics stage; {@code pipeline} carries the same ones. */
public final class TopicsOptions {
  @Option(names = "--grain", defaultValue = "month", paramLabel = "GRAIN", converter = GrainConverter.class,
      description = "Trend period: day, week (ISO, starting Monday) or month (default: ${DEFAULT-VALUE}).")
  public Grain grain = Grain.MONTH;

  @Option(names = "--time-zone", defaultValue = "UTC", paramLabel = "ZONE", converter = Usage.ZoneConverter.class,
      description = "Zone the periods are cut in, e.g. Europe/Moscow or +03:00; period_start is a date "
          + "in this zone (default: ${DEFAULT-VALUE}).")
  public String timeZone = "UTC";

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

  @Option(names = "--discover", defaultValue = "0", paramLabel = "K",
      description = "Also discover K topics with LDA over the article text (topic_kind 'discovered'); "
          + "0 turns discovery off (default: ${DEFAULT-VALUE}). 10 to 30 suits a wire corpus.")
  public int discover = 0;

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
  public TopicsJob.Settings settings() {
    int baseline = baselinePeriods != null ? baselinePeriods : grain.defaultBaseline();
    if (discover < 0) {
      throw new IllegalArgumentException("--discover must be 0 (off) or at least 2, not " + discover);
    }
    TopicDiscovery.Settings discovery = discover == 0 ? null
        : new TopicDiscovery.Settings(discover, discoverMinWeight, discoverIterations, discoverVocabulary, seed);
    return new TopicsJob.Settings(grain, timeZone,
        new TopicTransforms.BurstRule(baseline, burstZ, minBurstArticles), movers, discovery);
  }

  /** Accepts day, week or month in any case. */
  static final class GrainConverter implements picocli.CommandLine.ITypeConverter<Grain> {
    @Override
    public Grain convert(String value) {
      try {
        return Grain.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
