package org.wirescope.cli;

import org.wirescope.topics.TopicDiscovery;
import org.wirescope.topics.TopicFit;
import org.wirescope.topics.TopicTransforms;
import org.wirescope.topics.TopicsJob;
import picocli.CommandLine.Option;

/**
 * The options of the topics stage, beside the shared {@link PeriodOptions}; {@code pipeline}
 * carries the same ones.
 */
public final class TopicsOptions {
  @Option(
      names = "--baseline-periods",
      paramLabel = "N",
      description =
          "Trailing periods a period's share is compared with for rolling_mean and zscore "
              + "(default: 3 months, 4 weeks or 7 days, by --grain).")
  public Integer baselinePeriods;

  @Option(
      names = "--burst-z",
      defaultValue = "2.0",
      paramLabel = "Z",
      description =
          "z-score at which a period is a burst, given --min-burst-articles "
              + "(default: ${DEFAULT-VALUE}).")
  public double burstZ = 2.0;

  @Option(
      names = "--min-burst-articles",
      defaultValue = AUTO,
      paramLabel = "N",
      description =
          "A burst also needs at least N articles of the topic in the period, so a handful of "
              + "articles in a quiet topic is never one; auto takes half the square root of the median "
              + "period's articles, at least 3 (default: ${DEFAULT-VALUE}).")
  public String minBurstArticles = AUTO;

  @Option(
      names = "--movers",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Topics per period and kind in topic_movers for each direction, rise and fall "
              + "(default: ${DEFAULT-VALUE}).")
  public int movers = 5;

  @Option(
      names = "--discover",
      defaultValue = AUTO,
      paramLabel = "K",
      description =
          "Find topics in the article text (topic_kind 'discovered', and 'discovered_fine' within "
              + "them): auto when fewer than half of the articles carry topic tags, choosing K from the corpus "
              + "(see --discover-range); on always, choosing K; a number always, with K topics; 0 never "
              + "(default: ${DEFAULT-VALUE}).")
  public String discover = AUTO;

  /** --discover's default: discover when most articles are untagged, K chosen from the corpus. */
  static final String AUTO = "auto";

  static final String ON = "on";

  @Option(
      names = "--discover-range",
      defaultValue = "3-20",
      paramLabel = "MIN-MAX",
      description =
          "The K that auto and on may choose: the largest K in this range whose k-means fits from "
              + "different seeds agree nearly as well as the best K's (default: ${DEFAULT-VALUE}).")
  public String discoverRange = "3-20";

  @Option(
      names = "--discover-min-weight",
      defaultValue = "0.5",
      paramLabel = "W",
      description =
          "Besides its closest topic, an article also belongs to any other discovered topic it is "
              + "at least this close to (cosine in the topic space; default: ${DEFAULT-VALUE}).")
  public double discoverMinWeight = 0.5;

  @Option(
      names = "--discover-dimensions",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Dimensions of the latent semantic space topics are found in, and of the word vectors"
              + " beside it (default: ${DEFAULT-VALUE}).")
  public int discoverDimensions = 100;

  @Option(
      names = "--discover-vocabulary",
      defaultValue = "30000",
      paramLabel = "N",
      description =
          "Words and two-word phrases kept, those in the most articles, after stop words and wire "
              + "boilerplate and those in more than "
              + (int) (100 * TopicFit.MAX_SHARE)
              + "% of the articles (default: ${DEFAULT-VALUE}).")
  public int discoverVocabulary = 30000;

  @Option(
      names = "--discover-restarts",
      defaultValue = "30",
      paramLabel = "N",
      description =
          "k-means runs from different seeded starts; the best is kept (default: ${DEFAULT-VALUE}).")
  public int discoverRestarts = 30;

  @Option(
      names = "--discover-sample",
      defaultValue = "" + TopicDiscovery.DEFAULT_SAMPLE,
      paramLabel = "N",
      description =
          "Articles the topics are fitted on, at most, drawn by a hash of their ids (the same for "
              + "every seed); every article is then scored against them (default: "
              + "${DEFAULT-VALUE}).")
  public int discoverSample = TopicDiscovery.DEFAULT_SAMPLE;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "SEED",
      description =
          "Seed of topic discovery (sample, starts): the same articles and seed give the same "
              + "topics (default: ${DEFAULT-VALUE}).")
  public long seed = 42;

  /** The job's settings, validated; throws IllegalArgumentException with the option's name. */
  public TopicsJob.Settings settings(PeriodOptions periods) {
    int baseline = baselinePeriods != null ? baselinePeriods : periods.grain.defaultBaseline();
    String d = discover.strip().toLowerCase(java.util.Locale.ROOT);
    int k;
    if (d.equals(AUTO) || d.equals(ON)) {
      k = 0;
    } else {
      try {
        k = Integer.parseInt(d);
      } catch (NumberFormatException e) {
        k = -1;
      }
      if (k == 1) {
        throw new IllegalArgumentException("--discover needs at least 2 topics, not 1");
      }
      if (k < 0) {
        throw new IllegalArgumentException(
            "--discover must be auto, on, 0 (off) or a K of at least 2, not '" + discover + "'");
      }
    }
    String[] range = discoverRange.strip().split("-");
    int minK;
    int maxK;
    try {
      minK = Integer.parseInt(range[0].strip());
      maxK = Integer.parseInt(range[range.length - 1].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--discover-range must be MIN-MAX, e.g. 3-20, not '" + discoverRange + "'");
    }
    if (discoverRestarts < 1) {
      throw new IllegalArgumentException(
          "--discover-restarts must be at least 1, not " + discoverRestarts);
    }
    TopicFit.Settings fit =
        new TopicFit.Settings(
            k,
            minK,
            maxK,
            discoverDimensions,
            discoverVocabulary,
            TopicFit.MAX_SHARE,
            discoverRestarts,
            seed);
    TopicDiscovery.Settings discovery =
        d.equals("0") ? null : new TopicDiscovery.Settings(fit, discoverMinWeight, discoverSample);
    long minArticles;
    if (minBurstArticles.strip().equalsIgnoreCase(AUTO)) {
      minArticles = TopicTransforms.BurstRule.FROM_DATA;
    } else {
      try {
        minArticles = Long.parseLong(minBurstArticles.strip());
      } catch (NumberFormatException e) {
        minArticles = -2;
      }
      if (minArticles < 0) {
        throw new IllegalArgumentException(
            "--min-burst-articles must be auto or a count of at least 0, not '"
                + minBurstArticles
                + "'");
      }
    }
    return new TopicsJob.Settings(
        periods.grain,
        periods.timeZone,
        new TopicTransforms.BurstRule(baseline, burstZ, minArticles),
        movers,
        discovery,
        d.equals(AUTO));
  }
}
