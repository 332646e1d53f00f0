package org.wirescope.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopicMovers;
import org.wirescope.tables.TopicTrends;

/**
 * Topics: which topics each article belongs to, and how their share of the news moves.
 *
 * <p>Input: {@code articles} (duplicates skipped). Output grain: {@code article_topics} one row
 * per article and topic (tags, section, and with {@code --discover K} LDA topics);
 * {@code discovered_topics} one row per LDA topic (empty without --discover);
 * {@code topic_trends} one row per topic, kind and period from the corpus's first period to its
 * last, zeros included; {@code topic_movers} the top risers and fallers per period and kind.
 * Undated articles have topics but no period: the trends skip them and the manifest counts them.
 *
 * <pre>
 * wirescope topics --output out/ --grain month --time-zone Europe/Moscow --discover 10
 * </pre>
 *
 * <p>{@code article_topics} is published first and read back, so the trends never recompute the
 * topic model; the trends are read back in turn for the movers.
 */
public final class TopicsJob {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  /** Topics discovered by default when fewer than half of the articles carry topic tags. */
  public static final int AUTO_DISCOVER = 10;

  /**
   * How to cut periods and judge bursts, and whether to discover topics: never (discovery null),
   * always, or, with {@code auto}, only when fewer than half of the articles carry topic tags.
   */
  public record Settings(Grain grain, String timeZone, TopicTransforms.BurstRule burst, int movers,
      TopicDiscovery.Settings discovery, boolean auto) {
    public Settings {
      timeZone = org.wirescope.tables.Periods.zone(timeZone);
      if (movers < 1) {
        throw new IllegalArgumentException("--movers must be at least 1, not " + movers);
      }
    }
  }

  /** What a run found. */
  public record Result(long articles, long undated, Map<String, Long> articleTopicsByKind,
      Map<String, Long> topicsByKind, long periods, String firstPeriod, String lastPeriod, long trendRows,
      long bursts, long movers, List<String> discovered, String discoveryNote, double discoverSeconds,
      double seconds) {}

  private TopicsJob() {}

  /**
   * {@code discover} when fewer than half of the articles carry topic tags, else null: a corpus
   * without tags would otherwise have no topics beyond its sections. The log says which, and why.
   */
  private static TopicDiscovery.Settings whenUntagged(Dataset<Row> originals, TopicDiscovery.Settings discover) {
    Row tagged = originals.agg(count(lit(1)), sum(when(size(col(Articles.TOPICS)).gt(0), 1).otherwise(0))).first();
    long total = tagged.getLong(0);
    long withTags = tagged.isNullAt(1) ? 0 : tagged.getLong(1);
    boolean on = total > 0 && withTags * 2 < total;
    LOG.info(String.format("topics: discovery %s: %,d of %,d articles carry topic tags%s",
        on ? "on (" + discover.k() + " topics)" : "off", withTags, total,
        on ? ", fewer than half; --discover 0 turns it off" : "; --discover K turns it on"));
    return on ? discover : null;
  }

  public static Result run(SparkSession spark, TableStore store, Settings s) {
    long start = System.nanoTime();
    Dataset<Row> originals = TopicTransforms.filterOriginals(store.read(Articles.NAME, Articles.SCHEMA));

    // Tags and sections; with --discover, LDA topics too.
    Dataset<Row> articleTopics = TopicTransforms.explodeTagTopics(originals)
        .unionByName(TopicTransforms.explodeSectionTopics(originals));
    Discovery discovery = null;
    double discoverSeconds = 0;
    String discoveryNote = null;
    TopicDiscovery.Settings discover = s.auto() && s.discovery() != null ? whenUntagged(originals, s.discovery())
        : s.discovery();
    if (discover != null) {
      long t = System.nanoTime();
      discovery = discover(spark, originals, discover);
      discoveryNote = discovery.note();
      if (discovery.k() == 0) {
        LOG.info("topics: discovery skipped: {}", discoveryNote);
        discovery = null;
      } else {
        if (discoveryNote != null) {
          LOG.info("topics: discovery of {} topics instead of {}: {}", discovery.k(), discover.k(),
              discoveryNote);
        }
        articleTopics = articleTopics.unionByName(discovery.assignments());
      }
      discoverSeconds = (System.nanoTime() - t) / 1e9;
    }
    spark.sparkContext().setJobDescription("topics: write article_topics");
    long t = System.nanoTime();
    store.write(ArticleTopics.NAME, articleTopics);
    if (discovery != null) {
      discoverSeconds += (System.nanoTime() - t) / 1e9; // the LDA transform runs in this write
      discovery.release();
    }
    Dataset<Row> published = store.read(ArticleTopics.NAME, ArticleTopics.SCHEMA);

    // Discovered topics with their article counts; an empty table when discovery is off, so a
    // table from an earlier --discover run never outlives the article topics it described.
    spark.sparkContext().setJobDescription("topics: write discovered_topics");
    store.write(DiscoveredTopics.NAME, discovery == null
        ? spark.createDataFrame(List.of(), DiscoveredTopics.SCHEMA)
        : TopicDiscovery.withArticleCounts(discovery.labels(), published).coalesce(1));

    // Trends over the dated articles' periods, cut once and reused by totals, range and counts.
    spark.sparkContext().setJobDescription("topics: write topic_trends");
    Dataset<Row> periods = TopicTransforms.explodeArticlePeriods(originals, s.grain(), s.timeZone())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row tr = store.writeObserved(TopicTrends.NAME, TopicTransforms.topicTrends(published, periods, s.grain(), s.burst()),
        List.of(sum(when(col(TopicTrends.IS_BURST), 1L).otherwise(0L)).as("bursts"),
            min(TopicTrends.PERIOD_START).as("first"), max(TopicTrends.PERIOD_START).as("last")));
    periods.unpersist();
    Dataset<Row> trends = store.read(TopicTrends.NAME, TopicTrends.SCHEMA);

    spark.sparkContext().setJobDescription("topics: write topic_movers");
    long moverRows = store.write(TopicMovers.NAME, TopicTransforms.topicMovers(trends, s.movers()).coalesce(1));

    // Counts from the published tables.
    spark.sparkContext().setJobDescription("topics: count");
    Row a = originals.agg(count(lit(1)), sum(when(col(Articles.PUBLISHED_AT).isNull(), 1).otherwise(0))).first();
    Map<String, Long> rowsByKind = new TreeMap<>();
    Map<String, Long> topicsByKind = new TreeMap<>();
    for (Row r : published.groupBy(ArticleTopics.TOPIC_KIND)
        .agg(count(lit(1)), countDistinct(col(ArticleTopics.TOPIC))).collectAsList()) {
      rowsByKind.put(r.getString(0), r.getLong(1));
      topicsByKind.put(r.getString(0), r.getLong(2));
    }
    // Trends are gap-filled from the first period to the last, so those two give the count.
    long periodCount = tr.isNullAt(2) ? 0 : s.grain().periodsBetween(tr.getDate(2).toLocalDate(),
        tr.getDate(3).toLocalDate());
    List<String> labels = new ArrayList<>();
    if (discovery != null) {
      for (Row r : store.read(DiscoveredTopics.NAME, DiscoveredTopics.SCHEMA)
          .orderBy(DiscoveredTopics.TOPIC_INDEX).collectAsList()) {
        labels.add(r.getAs(DiscoveredTopics.TOPIC));
      }
    }
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);

    double seconds = (System.nanoTime() - start) / 1e9;
    Result r = new Result(a.getLong(0), a.isNullAt(1) ? 0 : a.getLong(1), rowsByKind, topicsByKind,
        periodCount, tr.isNullAt(2) ? null : tr.get(2).toString(), tr.isNullAt(3) ? null : tr.get(3).toString(),
        tr.getLong(0), tr.isNullAt(1) ? 0 : tr.getLong(1), moverRows, labels, discoveryNote, discoverSeconds,
        seconds);
    Manifest.putStage(store, "topics", manifestEntry(s, discover, r));
    LOG.info(String.format("topics: %,d articles (%,d undated, not in trends), %,d article topics (%s), "
            + "%,d %s periods in %s, %,d trend rows, %,d bursts, %,d movers%s in %.1f s",
        r.articles(), r.undated(), rowsByKind.values().stream().mapToLong(Long::longValue).sum(),
        byKind(rowsByKind, topicsByKind), r.periods(), s.grain().label(), s.timeZone(), r.trendRows(),
        r.bursts(), r.movers(),
        discovery == null ? "" : String.format(" (discovery %.1f s)", discoverSeconds), seconds));
    return r;
  }

  /**
   * The fitted topic model's outputs and what it holds in memory; {@code k} is the number of
   * topics actually fitted (0: skipped) and {@code note} why it differs from the asked number.
   */
  private record Discovery(int k, String note, Dataset<Row> labels, Dataset<Row> assignments,
      List<Dataset<Row>> persisted) {
    static Discovery skipped(String note) {
      return new Discovery(0, note, null, null, List.of());
    }

    void release() {
      persisted.forEach(Dataset::unpersist);
    }
  }

  /**
   * Fits the vocabulary and LDA on the originals' words, each input read once and kept in memory.
   * A corpus too small for the asked number of topics gets fewer ({@link TopicDiscovery#fit}), or
   * none, with the reason in the note; it never fails the stage.
   */
  private static Discovery discover(SparkSession spark, Dataset<Row> originals, TopicDiscovery.Settings d) {
    spark.sparkContext().setJobDescription("topics: discover vocabulary");
    Dataset<Row> terms = TopicDiscovery.withTerms(TopicDiscovery.repartitionForFit(originals))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long documents = terms.count();
    TopicDiscovery.Fit fit = TopicDiscovery.fit(d, documents, -1);
    if (fit.k() == 0) {
      terms.unpersist();
      return Discovery.skipped(fit.note());
    }
    CountVectorizerModel vectorizer = TopicDiscovery.vectorizer(d, fit).fit(terms);
    fit = TopicDiscovery.fit(d, documents, vectorizer.vocabulary().length);
    if (fit.k() == 0) {
      terms.unpersist();
      return Discovery.skipped(fit.note());
    }
    TopicDiscovery.Settings shrunk = fit.settings(d);
    Dataset<Row> features = vectorizer.transform(terms).select(col(Articles.ARTICLE_ID), col(TopicDiscovery.FEATURES))
        .persist(StorageLevel.MEMORY_AND_DISK());
    spark.sparkContext().setJobDescription("topics: discover " + shrunk.k() + " topics");
    LDAModel model = TopicDiscovery.lda(shrunk).fit(features);
    terms.unpersist();
    Dataset<Row> labels = TopicDiscovery.withLabels(model.describeTopics(TopicDiscovery.TOP_TERMS),
        vectorizer.vocabulary());
    Dataset<Row> assignments = TopicDiscovery.explodeDiscoveredTopics(model.transform(features), labels,
        shrunk.minWeight());
    return new Discovery(shrunk.k(), fit.note(), labels, assignments, List.of(features));
  }

  private static String byKind(Map<String, Long> rows, Map<String, Long> topics) {
    if (rows.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    rows.forEach((kind, n) -> parts.add(String.format("%s %,d over %,d topics", kind, n, topics.get(kind))));
    return String.join(", ", parts);
  }

  /** The stage's manifest entry; {@code discover} is the discovery this run did (null: none). */
  private static ObjectNode manifestEntry(Settings s, TopicDiscovery.Settings discover, Result r) {
    ObjectNode e = Manifest.newStage();
    e.put("grain", s.grain().label());
    e.put("time_zone", s.timeZone());
    e.put("discover", discover == null ? 0 : discover.k());
    e.put("discover_auto", s.auto());
    if (discover != null) {
      e.put("discovered", r.discovered().size());
      if (r.discoveryNote() != null) {
        e.put("discover_note", r.discoveryNote());
      }
      TopicDiscovery.Settings d = discover;
      e.put("discover_min_weight", d.minWeight());
      e.put("discover_iterations", d.iterations());
      e.put("discover_vocabulary", d.vocabulary());
      e.put("discover_seed", d.seed());
      ArrayNode labels = e.putArray("discovered_topics");
      r.discovered().forEach(labels::add);
      e.put("discover_seconds", Math.round(r.discoverSeconds() * 1000) / 1000.0);
    }
    e.put("baseline_periods", s.burst().baselinePeriods());
    e.put("burst_z", s.burst().burstZ());
    e.put("min_burst_articles", s.burst().minArticles());
    e.put("movers_per_direction", s.movers());
    e.put("articles", r.articles());
    e.put("undated_skipped", r.undated());
    ObjectNode rows = e.putObject("article_topics_by_kind");
    r.articleTopicsByKind().forEach(rows::put);
    ObjectNode topics = e.putObject("topics_by_kind");
    r.topicsByKind().forEach(topics::put);
    e.put("periods", r.periods());
    e.put("first_period", r.firstPeriod());
    e.put("last_period", r.lastPeriod());
    e.put("trend_rows", r.trendRows());
    e.put("bursts", r.bursts());
    e.put("mover_rows", r.movers());
    e.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
    return e;
  }
}
