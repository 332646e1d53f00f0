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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
 * <p>Input: {@code articles} (duplicates skipped). Output grain: {@code article_topics} one row per
 * article and topic (tags, section, and with {@code --discover K} LDA topics); {@code
 * discovered_topics} one row per LDA topic (empty without --discover); {@code topic_trends} one row
 * per topic, kind and period from the corpus's first period to its last, zeros included; {@code
 * topic_movers} the top risers and fallers per period and kind. Undated articles have topics but no
 * period: the trends skip them and the manifest counts them.
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

  /**
   * How to cut periods and judge bursts, and whether to discover topics: never (discovery null),
   * always, or, with {@code whenUntagged}, only when fewer than half of the articles carry topic
   * tags. A burst rule whose minimum is {@link TopicTransforms.BurstRule#FROM_DATA} takes it from
   * the corpus.
   */
  public record Settings(
      Grain grain,
      String timeZone,
      TopicTransforms.BurstRule burst,
      int movers,
      TopicDiscovery.Settings discovery,
      boolean whenUntagged) {
    public Settings {
      timeZone = org.wirescope.tables.Periods.zone(timeZone);
      if (movers < 1) {
        throw new IllegalArgumentException("--movers must be at least 1, not " + movers);
      }
    }
  }

  /** What a run found. */
  public record Result(
      long articles,
      long undated,
      Map<String, Long> articleTopicsByKind,
      Map<String, Long> topicsByKind,
      long periods,
      String firstPeriod,
      String lastPeriod,
      long trendRows,
      long bursts,
      long movers,
      long minBurstArticles,
      Discovered discovered,
      double seconds) {}

  /**
   * What discovery did: {@code k} coarse topics (0: it did not run, {@code note} says why), the
   * reason for K, the stability measured per candidate K, the sample, the articles not judged by
   * reason, and the labels.
   */
  public record Discovered(
      int k,
      int fine,
      String note,
      Map<Integer, Double> stability,
      int sampled,
      int fitted,
      Map<String, Long> notJudged,
      List<String> labels,
      double seconds) {
    static Discovered none(String note) {
      return new Discovered(0, 0, note, Map.of(), 0, 0, Map.of(), List.of(), 0);
    }
  }

  private TopicsJob() {}

  /**
   * Whether fewer than half of the articles carry topic tags: a corpus without tags would otherwise
   * have no topics beyond its sections. The log says which, and why.
   */
  private static String untagged(long total, long withTags) {
    boolean on = total > 0 && withTags * 2 < total;
    String why =
        String.format(
            "%,d of %,d articles carry topic tags%s",
            withTags,
            total,
            on
                ? ", fewer than half; --discover 0 turns discovery off"
                : "; --discover on finds topics in the text too");
    LOG.info("topics: discovery {}: {}", on ? "on" : "off", why);
    return on ? null : why;
  }

  public static Result run(SparkSession spark, TableStore store, Settings s) {
    long start = System.nanoTime();
    Dataset<Row> originals =
        TopicTransforms.filterOriginals(store.read(Articles.NAME, Articles.SCHEMA));
    // One pass for the counts the stage needs: articles, undated ones, tagged ones.
    spark.sparkContext().setJobDescription("topics: count articles");
    Row a =
        originals
            .agg(
                count(lit(1)),
                sum(when(col(Articles.PUBLISHED_AT).isNull(), 1).otherwise(0)),
                sum(when(size(col(Articles.TOPICS)).gt(0), 1).otherwise(0)))
            .first();
    long articles = a.getLong(0);
    long undated = a.isNullAt(1) ? 0 : a.getLong(1);
    long tagged = a.isNullAt(2) ? 0 : a.getLong(2);

    // Tags and sections; with discovery, the discovered topics too.
    Dataset<Row> articleTopics =
        TopicTransforms.explodeTagTopics(originals)
            .unionByName(TopicTransforms.explodeSectionTopics(originals));
    String off =
        s.discovery() == null
            ? "--discover 0"
            : s.whenUntagged() ? untagged(articles, tagged) : null;
    TopicDiscovery.Settings discover = off == null ? s.discovery() : null;
    Discovery discovery = null;
    if (discover != null) {
      discovery = discover(spark, originals, articles, discover);
      if (discovery.model() == null) {
        LOG.info("topics: discovery skipped: {}", discovery.note());
      } else {
        articleTopics = articleTopics.unionByName(discovery.assignments());
      }
    }
    spark.sparkContext().setJobDescription("topics: write article_topics");
    long t = System.nanoTime();
    store.write(ArticleTopics.NAME, articleTopics);
    double scoring = (System.nanoTime() - t) / 1e9; // every article is scored in this write
    Dataset<Row> published = store.read(ArticleTopics.NAME, ArticleTopics.SCHEMA);

    // Discovered topics with their sizes and typical articles; an empty table when discovery is
    // off, so a table from an earlier run never outlives the article topics it described.
    spark.sparkContext().setJobDescription("topics: write discovered_topics");
    Discovered found = Discovered.none(discover == null ? off : discovery.note());
    if (discovery != null && discovery.model() != null) {
      t = System.nanoTime();
      List<Row> rows = discoveredTopicRows(discovery);
      store.write(
          DiscoveredTopics.NAME, spark.createDataFrame(rows, DiscoveredTopics.SCHEMA).coalesce(1));
      found =
          discovery.summary(rows, discovery.seconds() + scoring + (System.nanoTime() - t) / 1e9);
      discovery.release();
      LOG.info(
          String.format(
              "topics: discovered %d topics and %d fine ones in %.1f s (fitted on %,d of %,d sampled "
                  + "articles; %s not judged); %s",
              found.k(),
              found.fine(),
              found.seconds(),
              found.fitted(),
              found.sampled(),
              found.notJudged().isEmpty() ? "none" : found.notJudged().toString(),
              found.note()));
      for (String label : found.labels()) {
        LOG.info("topics:   {}", label);
      }
    } else {
      store.write(DiscoveredTopics.NAME, spark.createDataFrame(List.of(), DiscoveredTopics.SCHEMA));
    }

    // Trends over the dated articles' periods, cut once and reused by totals, range and counts.
    spark.sparkContext().setJobDescription("topics: write topic_trends");
    Dataset<Row> periods =
        TopicTransforms.explodeArticlePeriods(originals, s.grain(), s.timeZone())
            .persist(StorageLevel.MEMORY_AND_DISK());
    TopicTransforms.BurstRule burst = s.burst();
    if (burst.minArticles() == TopicTransforms.BurstRule.FROM_DATA) {
      burst =
          burst.withMinArticles(TopicTransforms.minBurstArticles(medianPeriodArticles(periods)));
    }
    Row tr =
        store.writeObserved(
            TopicTrends.NAME,
            TopicTransforms.topicTrends(published, periods, s.grain(), burst),
            List.of(
                sum(when(col(TopicTrends.IS_BURST), 1L).otherwise(0L)).as("bursts"),
                min(TopicTrends.PERIOD_START).as("first"),
                max(TopicTrends.PERIOD_START).as("last")));
    periods.unpersist();
    Dataset<Row> trends = store.read(TopicTrends.NAME, TopicTrends.SCHEMA);

    spark.sparkContext().setJobDescription("topics: write topic_movers");
    long moverRows =
        store.write(TopicMovers.NAME, TopicTransforms.topicMovers(trends, s.movers()).coalesce(1));

    // Counts from the published tables.
    spark.sparkContext().setJobDescription("topics: count");
    Map<String, Long> rowsByKind = new TreeMap<>();
    Map<String, Long> topicsByKind = new TreeMap<>();
    for (Row r :
        published
            .groupBy(ArticleTopics.TOPIC_KIND)
            .agg(count(lit(1)), countDistinct(col(ArticleTopics.TOPIC)))
            .collectAsList()) {
      rowsByKind.put(r.getString(0), r.getLong(1));
      topicsByKind.put(r.getString(0), r.getLong(2));
    }
    // Trends are gap-filled from the first period to the last, so those two give the count.
    long periodCount =
        tr.isNullAt(2)
            ? 0
            : s.grain().periodsBetween(tr.getDate(2).toLocalDate(), tr.getDate(3).toLocalDate());
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);

    double seconds = (System.nanoTime() - start) / 1e9;
    Result r =
        new Result(
            articles,
            undated,
            rowsByKind,
            topicsByKind,
            periodCount,
            tr.isNullAt(2) ? null : tr.get(2).toString(),
            tr.isNullAt(3) ? null : tr.get(3).toString(),
            tr.getLong(0),
            tr.isNullAt(1) ? 0 : tr.getLong(1),
            moverRows,
            burst.minArticles(),
            found,
            seconds);
    Manifest.putStage(store, "topics", manifestEntry(s, discover, burst, r));
    LOG.info(
        String.format(
            "topics: %,d articles (%,d undated, not in trends), %,d article topics (%s), "
                + "%,d %s periods in %s, %,d trend rows, %,d bursts (at least %,d articles each), %,d movers%s in %.1f s",
            r.articles(),
            r.undated(),
            rowsByKind.values().stream().mapToLong(Long::longValue).sum(),
            byKind(rowsByKind, topicsByKind),
            r.periods(),
            s.grain().label(),
            s.timeZone(),
            r.trendRows(),
            r.bursts(),
            burst.minArticles(),
            r.movers(),
            found.k() == 0 ? "" : String.format(" (discovery %.1f s)", found.seconds()),
            seconds));
    return r;
  }

  /** The median number of articles in a period that has any. */
  private static long medianPeriodArticles(Dataset<Row> periods) {
    List<Row> totals =
        periods.groupBy(TopicTrends.PERIOD_START).count().orderBy("count").collectAsList();
    return totals.isEmpty() ? 0 : totals.get(totals.size() / 2).getLong(1);
  }

  /**
   * The fitted model, the scored articles and their topic rows; {@code model} null when discovery
   * was skipped, with the reason in {@code note}.
   */
  private record Discovery(
      TopicFit.Fitted fitted,
      TopicModel model,
      String note,
      Dataset<Row> scored,
      Dataset<Row> assignments,
      double seconds) {
    static Discovery skipped(String note, double seconds) {
      return new Discovery(null, null, note, null, null, seconds);
    }

    void release() {
      if (scored != null) {
        scored.unpersist();
      }
    }

    Discovered summary(List<Row> rows, double seconds) {
      Map<String, Long> notJudged = new TreeMap<>();
      for (Row r :
          scored
              .filter(col(TopicDiscovery.REASON).isNotNull())
              .groupBy(TopicDiscovery.REASON)
              .count()
              .collectAsList()) {
        notJudged.put(r.getString(0), r.getLong(1));
      }
      List<String> labels = new ArrayList<>();
      for (Row r : rows) {
        // Rows made here carry no schema: fields by their place in DiscoveredTopics.SCHEMA.
        if (DiscoveredTopics.COARSE.equals(
            r.get(DiscoveredTopics.SCHEMA.fieldIndex(DiscoveredTopics.LEVEL)))) {
          labels.add(
              String.format(
                  "%s (%,d articles)",
                  r.get(DiscoveredTopics.SCHEMA.fieldIndex(DiscoveredTopics.TOPIC)),
                  (Long) r.get(DiscoveredTopics.SCHEMA.fieldIndex(DiscoveredTopics.ARTICLES))));
        }
      }
      return new Discovered(
          model.coarseTopics(),
          model.fineTopics(),
          note,
          fitted.stability(),
          fitted.sampled(),
          fitted.fitted(),
          notJudged,
          labels,
          seconds);
    }
  }

  /**
   * Draws the sample (the articles with the smallest seeded id hashes), fits the model on the
   * driver and scores every article against it. A corpus too small for two topics gets none, with
   * the reason in the note; it never fails the stage.
   */
  private static Discovery discover(
      SparkSession spark, Dataset<Row> originals, long articles, TopicDiscovery.Settings d) {
    long t = System.nanoTime();
    spark.sparkContext().setJobDescription("topics: discovery sample");
    Dataset<Row> texts = TopicDiscovery.withText(originals);
    List<Row> drawn =
        new ArrayList<>(
            TopicDiscovery.filterSample(TopicDiscovery.withSampleHash(texts), articles, d.sample())
                .select(
                    col(Articles.ARTICLE_ID), col(TopicDiscovery.TEXT), col(TopicDiscovery.HASH))
                .collectAsList());
    drawn.sort(Comparator.<Row>comparingLong(r -> r.getLong(2)).thenComparing(r -> r.getString(0)));
    List<TopicFit.Doc> sample = new ArrayList<>();
    for (Row r : drawn.subList(0, Math.min(d.sample(), drawn.size()))) {
      sample.add(new TopicFit.Doc(r.getString(0), r.getString(1)));
    }
    spark.sparkContext().setJobDescription("topics: discovery fit");
    StringBuilder why = new StringBuilder();
    TopicFit.Fitted fitted = TopicFit.fit(sample, d.fit(), why);
    if (fitted == null) {
      return Discovery.skipped(why.toString(), (System.nanoTime() - t) / 1e9);
    }
    TopicModel model = fitted.model();
    Broadcast<TopicModel> shipped =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(model);
    Dataset<Row> scored =
        TopicDiscovery.scoreArticles(texts, shipped).persist(StorageLevel.MEMORY_AND_DISK());
    List<String> coarse = new ArrayList<>();
    for (int i = 0; i < model.coarseTopics(); i++) {
      coarse.add(model.coarseLabel(i).label());
    }
    List<String> fine = new ArrayList<>();
    for (int i = 0; i < model.fineTopics(); i++) {
      fine.add(model.fineLabel(i).label());
    }
    String note =
        fitted.why().isEmpty()
            ? String.format("K %d as asked", model.coarseTopics())
            : fitted.why();
    return new Discovery(
        fitted,
        model,
        note,
        scored,
        TopicDiscovery.explodeDiscoveredTopics(scored, coarse, fine, d.minWeight()),
        (System.nanoTime() - t) / 1e9);
  }

  /** Typical articles shown per discovered topic. */
  static final int EXAMPLES = 3;

  /**
   * The discovered_topics rows: the model's labels with each topic's size and typical articles,
   * numbered within their level by size over the whole corpus, largest first (ties by label).
   */
  private static List<Row> discoveredTopicRows(Discovery d) {
    Map<String, Row> examples = new HashMap<>();
    for (Row r : TopicDiscovery.topicExamples(d.scored(), EXAMPLES).collectAsList()) {
      examples.put(r.getString(0) + "/" + r.getInt(1), r);
    }
    TopicModel m = d.model();
    List<Row> rows = new ArrayList<>();
    rows.addAll(
        level(
            DiscoveredTopics.COARSE, m.coarseTopics(), i -> m.coarseLabel(i), i -> null, examples));
    rows.addAll(
        level(
            DiscoveredTopics.FINE,
            m.fineTopics(),
            i -> m.fineLabel(i),
            i -> m.coarseLabel(m.parentOf(i)).label(),
            examples));
    return rows;
  }

  private static List<Row> level(
      String level,
      int topics,
      java.util.function.IntFunction<TopicLabels.Label> label,
      java.util.function.IntFunction<String> parent,
      Map<String, Row> examples) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < topics; i++) {
      order.add(i);
    }
    java.util.function.IntToLongFunction size =
        i -> {
          Row e = examples.get(level + "/" + i);
          return e == null ? 0 : e.getLong(2);
        };
    order.sort(
        Comparator.<Integer>comparingLong(i -> -size.applyAsLong(i))
            .thenComparing(i -> label.apply(i).label()));
    List<Row> rows = new ArrayList<>();
    for (int rank = 0; rank < order.size(); rank++) {
      int i = order.get(rank);
      rows.add(
          topicRow(label.apply(i), rank, level, parent.apply(i), examples.get(level + "/" + i)));
    }
    return rows;
  }

  private static Row topicRow(
      TopicLabels.Label label, int index, String level, String parent, Row examples) {
    return RowFactory.create(
        label.label(),
        index,
        level,
        parent,
        label.terms().toArray(String[]::new),
        label.weights().stream().mapToDouble(Double::doubleValue).boxed().toArray(Double[]::new),
        examples == null ? 0L : examples.getLong(2),
        examples == null ? new String[0] : examples.getList(3).toArray(String[]::new),
        examples == null ? new String[0] : examples.getList(4).toArray(String[]::new));
  }

  private static String byKind(Map<String, Long> rows, Map<String, Long> topics) {
    if (rows.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    rows.forEach(
        (kind, n) -> parts.add(String.format("%s %,d over %,d topics", kind, n, topics.get(kind))));
    return String.join(", ", parts);
  }

  /**
   * The stage's manifest entry; {@code discover} is the discovery this run asked for (null: none).
   */
  private static ObjectNode manifestEntry(
      Settings s, TopicDiscovery.Settings discover, TopicTransforms.BurstRule burst, Result r) {
    ObjectNode e = Manifest.newStage();
    e.put("grain", s.grain().label());
    e.put("time_zone", s.timeZone());
    e.put(
        "discover",
        discover == null
            ? "off"
            : discover.fit().k() == 0 ? "auto" : String.valueOf(discover.fit().k()));
    e.put("discover_when_untagged", s.whenUntagged());
    Discovered d = r.discovered();
    e.put("discovered", d.k());
    e.put("discovered_fine", d.fine());
    e.put("discover_note", d.note());
    if (discover != null) {
      TopicFit.Settings f = discover.fit();
      e.put("discover_k_reason", d.note());
      ObjectNode stability = e.putObject("discover_stability_by_k");
      d.stability()
          .forEach((k, v) -> stability.put(String.valueOf(k), Math.round(v * 1000) / 1000.0));
      e.put("discover_range", f.minK() + "-" + f.maxK());
      e.put("discover_min_weight", discover.minWeight());
      e.put("discover_dimensions", f.dimensions());
      e.put("discover_vocabulary", f.vocabulary());
      e.put("discover_restarts", f.restarts());
      e.put("discover_seed", f.seed());
      e.put("discover_sample", d.sampled());
      e.put("discover_fitted", d.fitted());
      ObjectNode notJudged = e.putObject("discover_not_judged");
      d.notJudged().forEach(notJudged::put);
      ArrayNode labels = e.putArray("discovered_topics");
      d.labels().forEach(labels::add);
      e.put("discover_seconds", Math.round(d.seconds() * 1000) / 1000.0);
    }
    e.put("baseline_periods", burst.baselinePeriods());
    e.put("burst_z", burst.burstZ());
    e.put("min_burst_articles", burst.minArticles());
    e.put(
        "min_burst_articles_from_data",
        s.burst().minArticles() == TopicTransforms.BurstRule.FROM_DATA);
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
