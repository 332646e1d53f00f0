package org.wirescope.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;

/**
 * Topic discovery's Spark side: which articles the model is fitted on, and every article scored
 * against the fitted {@link TopicModel}. The fit itself is plain Java on the driver ({@link
 * TopicFit}); these transforms are pure and the job runs them.
 *
 * <p>The model is fitted on at most {@code sample} articles, chosen by a hash of their ids: the
 * same corpus gives the same sample whatever the files' order or layout, and the cost of the fit
 * stays bounded while scoring grows linearly with the corpus, one pass of plain Java per article.
 * The hash is not seeded: the seed moves the SVD's and k-means's starts, never which articles are
 * fitted on. With the seed in the hash, seeds drew different halves of untagged Reuters-21578
 * (21,576 articles, 10,000 fitted) and their partitions at K 8 agreed at NMI 0.73-0.91; with one
 * sample for every seed, at 0.93-0.97 (NOTES.md).
 */
public final class TopicDiscovery {
  public static final String TEXT = "_text";
  public static final String HASH = "_hash";
  static final long HASH_BUCKETS = 1_000_000_000L;

  /** The columns of {@link #scoreArticles}. */
  public static final String REASON = "_reason";

  public static final String COARSE_SCORES = "_coarse_scores";
  public static final String FINE = "_fine";
  public static final String FINE_WEIGHT = "_fine_weight";

  public static final StructType SCORED =
      new StructType()
          .add(Articles.ARTICLE_ID, DataTypes.StringType, false)
          .add(Articles.TITLE, DataTypes.StringType, true)
          .add(REASON, DataTypes.StringType, true)
          .add(COARSE_SCORES, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add(FINE, DataTypes.IntegerType, false)
          .add(FINE_WEIGHT, DataTypes.DoubleType, false);

  /** Articles the model is fitted on, at most, by default. */
  public static final int DEFAULT_SAMPLE = 10_000;

  /**
   * What to discover: the fit ({@code fit.k()} 0 chooses K), how close a secondary topic must be
   * ({@code minWeight}, a cosine) and the largest sample to fit on.
   */
  public record Settings(TopicFit.Settings fit, double minWeight, int sample) {
    public Settings {
      if (!(minWeight > 0 && minWeight <= 1)) {
        throw new IllegalArgumentException(
            "--discover-min-weight must be in (0, 1], not " + minWeight);
      }
      if (sample < 100) {
        throw new IllegalArgumentException("--discover-sample must be at least 100, not " + sample);
      }
    }
  }

  private TopicDiscovery() {}

  /** {@code article_id, title, _text}: title, lead and body as paragraphs of their own. */
  public static Dataset<Row> withText(Dataset<Row> articles) {
    return articles.select(
        col(Articles.ARTICLE_ID),
        col(Articles.TITLE),
        concat_ws("\n\n", col(Articles.TITLE), col(Articles.LEAD), col(Articles.BODY)).as(TEXT));
  }

  /** The hash's own seed: a constant, so the sample never depends on the user's seed. */
  static final long SAMPLE_SALT = 0;

  /**
   * Adds {@code _hash}: the hash of the article id in [0, {@link #HASH_BUCKETS}), the order the
   * sample is drawn in.
   */
  public static Dataset<Row> withSampleHash(Dataset<Row> texts) {
    return texts.withColumn(
        HASH, pmod(xxhash64(col(Articles.ARTICLE_ID), lit(SAMPLE_SALT)), lit(HASH_BUCKETS)));
  }

  /**
   * The rows whose hash falls below the share of the corpus a sample of {@code sample} of {@code
   * articles} needs, with 10% to spare; the job keeps the {@code sample} smallest hashes.
   */
  public static Dataset<Row> filterSample(Dataset<Row> hashed, long articles, int sample) {
    if (articles <= sample) {
      return hashed;
    }
    double share = Math.min(1.0, 1.1 * sample / articles + 1e-4);
    return hashed.filter(col(HASH).lt(lit((long) Math.ceil(share * HASH_BUCKETS))));
  }

  /** Every article of {@code texts} scored against the model: see {@link #SCORED}. */
  public static Dataset<Row> scoreArticles(Dataset<Row> texts, Broadcast<TopicModel> model) {
    MapPartitionsFunction<Row, Row> score =
        rows ->
            new Iterator<>() {
              final TopicModel m = model.value();

              @Override
              public boolean hasNext() {
                return rows.hasNext();
              }

              @Override
              public Row next() {
                Row r = rows.next();
                TopicModel.Scores s = m.score(r.getAs(TEXT));
                int fine = s.reason() == null ? s.bestFine() : -1;
                Double[] coarse = new Double[s.coarse().length];
                for (int i = 0; i < coarse.length; i++) {
                  coarse[i] = s.coarse()[i];
                }
                return RowFactory.create(
                    r.getAs(Articles.ARTICLE_ID),
                    r.getAs(Articles.TITLE),
                    s.reason(),
                    coarse,
                    fine,
                    fine >= 0 ? s.fine()[fine] : 0.0);
              }
            };
    return texts.mapPartitions(score, ExpressionEncoder.apply(SCORED));
  }

  /**
   * The article-topic rows of scored articles: for each judged article its closest coarse topic
   * ({@code is_primary}) and every other coarse topic at least {@code minWeight} close, all of kind
   * {@code discovered}; and its closest fine topic inside the primary one, kind {@code
   * discovered_fine}. Weights are cosines in the topic space.
   */
  public static Dataset<Row> explodeDiscoveredTopics(
      Dataset<Row> scored, List<String> coarseLabels, List<String> fineLabels, double minWeight) {
    Dataset<Row> judged = scored.filter(col(REASON).isNull());
    Column best = array_position(col(COARSE_SCORES), array_max(col(COARSE_SCORES))).minus(1);
    Dataset<Row> coarse =
        judged
            .select(
                col(Articles.ARTICLE_ID),
                best.as("_best"),
                posexplode(col(COARSE_SCORES)).as(new String[] {"_i", "_w"}))
            .filter(col("_i").equalTo(col("_best")).or(col("_w").geq(minWeight)))
            .select(
                col(Articles.ARTICLE_ID).as(ArticleTopics.ARTICLE_ID),
                element_at(labels(coarseLabels), col("_i").plus(1)).as(ArticleTopics.TOPIC),
                lit(ArticleTopics.KIND_DISCOVERED).as(ArticleTopics.TOPIC_KIND),
                col("_w").as(ArticleTopics.WEIGHT),
                col("_i").equalTo(col("_best")).as(ArticleTopics.IS_PRIMARY));
    if (fineLabels.isEmpty()) {
      return coarse;
    }
    Dataset<Row> fine =
        judged
            .filter(col(FINE).geq(0))
            .select(
                col(Articles.ARTICLE_ID).as(ArticleTopics.ARTICLE_ID),
                element_at(labels(fineLabels), col(FINE).plus(1)).as(ArticleTopics.TOPIC),
                lit(ArticleTopics.KIND_DISCOVERED_FINE).as(ArticleTopics.TOPIC_KIND),
                col(FINE_WEIGHT).as(ArticleTopics.WEIGHT),
                lit(true).as(ArticleTopics.IS_PRIMARY));
    return coarse.unionByName(fine);
  }

  /** The columns of {@link #topicExamples}. */
  public static final String LEVEL = "_level";

  public static final String INDEX = "_index";
  public static final String ARTICLES = "_articles";
  public static final String EXAMPLE_IDS = "_example_ids";
  public static final String EXAMPLE_TITLES = "_example_titles";

  /**
   * Per level ({@code coarse}, {@code fine}) and topic index: the judged articles whose strongest
   * topic it is, and the {@code examples} most typical of them (closest to the centre; ties by id),
   * their ids and titles.
   */
  public static Dataset<Row> topicExamples(Dataset<Row> scored, int examples) {
    Dataset<Row> judged = scored.filter(col(REASON).isNull());
    Column best =
        array_position(col(COARSE_SCORES), array_max(col(COARSE_SCORES))).minus(1).cast("int");
    Dataset<Row> members =
        judged
            .select(
                lit(DiscoveredTopics.COARSE).as(LEVEL),
                best.as(INDEX),
                array_max(col(COARSE_SCORES)).as("_w"),
                col(Articles.ARTICLE_ID),
                col(Articles.TITLE))
            .unionByName(
                judged
                    .filter(col(FINE).geq(0))
                    .select(
                        lit(DiscoveredTopics.FINE).as(LEVEL),
                        col(FINE).as(INDEX),
                        col(FINE_WEIGHT).as("_w"),
                        col(Articles.ARTICLE_ID),
                        col(Articles.TITLE)));
    WindowSpec typical =
        Window.partitionBy(col(LEVEL), col(INDEX))
            .orderBy(col("_w").desc(), col(Articles.ARTICLE_ID));
    Column example =
        struct(
            row_number().over(typical).as("_rank"),
            col(Articles.ARTICLE_ID).as("_id"),
            coalesce(col(Articles.TITLE), lit("")).as("_title"));
    return members
        .withColumn("_example", example)
        .groupBy(col(LEVEL), col(INDEX))
        .agg(
            count(lit(1)).as(ARTICLES),
            slice(
                    array_sort(
                        collect_list(when(col("_example._rank").leq(examples), col("_example")))),
                    1,
                    examples)
                .as("_examples"))
        .select(
            col(LEVEL),
            col(INDEX),
            col(ARTICLES),
            col("_examples._id").as(EXAMPLE_IDS),
            col("_examples._title").as(EXAMPLE_TITLES));
  }

  private static Column labels(List<String> labels) {
    return lit(labels.toArray(String[]::new));
  }
}
