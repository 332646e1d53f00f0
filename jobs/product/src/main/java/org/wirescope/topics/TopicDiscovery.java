package org.wirescope.topics;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;

/**
 * Topic discovery for {@code topics --discover K}: MLlib LDA (online optimizer, seeded) over the
 * words of each non-duplicate article's title, lead and body.
 *
 * <p>Words are runs of letters, lower-cased, at least 3 long (so numbers and "u.s." drop out),
 * without Spark's English stop words nor the {@link #WIRE_BOILERPLATE} that every wire story
 * carries. The vocabulary keeps the {@code vocabulary} most frequent words that occur in at least
 * {@link #MIN_DOC_FREQ} articles and at most {@link #MAX_DOC_SHARE} of them.
 *
 * <p>An article belongs to every discovered topic whose proportion in it (the LDA topic
 * distribution) is at least {@code minWeight}; the default 0.25 is two and a half times the
 * uniform share of 10 topics, and admits at most four topics per article. Articles whose words
 * spread thinly over many topics belong to none.
 *
 * <p>The estimators are built here and the pure transforms around them live here; the job runs
 * the fits.
 */
public final class TopicDiscovery {
  public static final String TEXT = "_text";
  public static final String WORDS = "_words";
  public static final String TERMS = "_terms";
  public static final String FEATURES = "_features";
  public static final String DISTRIBUTION = "_topic_distribution";

  /** Words in fewer articles than this are noise (typos, one-off names). */
  public static final int MIN_DOC_FREQ = 5;
  /** Words in more than this share of articles carry no topic. */
  public static final double MAX_DOC_SHARE = 0.3;
  /** Terms kept per discovered topic; the label uses the first {@link #LABEL_TERMS}. */
  public static final int TOP_TERMS = 10;
  public static final int LABEL_TERMS = 3;
  /** Partitions of the fitted corpus; see {@link #repartitionForFit}. */
  public static final int PARTITIONS = 16;

  /**
   * Words every wire story uses whatever it is about: attribution, agency names, units and
   * amounts, calendar words and company suffixes.
   */
  public static final List<String> WIRE_BOILERPLATE = List.of(
      "said", "says", "say", "saying", "told", "reuter", "reuters", "tass", "interfax", "ria", "novosti",
      "mln", "bln", "billion", "million", "thousand", "pct", "percent", "dlrs", "dlr", "cts", "vs",
      "inc", "corp", "corporation", "ltd", "plc", "company", "co",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "week", "weeks", "month", "months", "year", "years", "also", "would",
      "could", "one", "two", "three", "new", "last", "first");

  /** What to discover and how hard to try. */
  public record Settings(int k, double minWeight, int iterations, int vocabulary, long seed) {
    public Settings {
      if (k < 2) {
        throw new IllegalArgumentException("--discover needs at least 2 topics, not " + k);
      }
      if (!(minWeight > 0 && minWeight <= 1)) {
        throw new IllegalArgumentException("--discover-min-weight must be in (0, 1], not " + minWeight);
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("--discover-iterations must be at least 1, not " + iterations);
      }
      if (vocabulary < k) {
        throw new IllegalArgumentException("--discover-vocabulary must be at least K (" + k + "), not " + vocabulary);
      }
    }

    /**
     * Share of articles in each online mini-batch: all iterations together see the corpus about
     * once, with batches of at least 2% of it.
     */
    public double miniBatchFraction() {
      return Math.min(1.0, Math.max(0.02, 1.0 / iterations));
    }
  }

  private TopicDiscovery() {}

  /** Spark's English stop words plus {@link #WIRE_BOILERPLATE}. */
  public static String[] stopWords() {
    Set<String> words = new LinkedHashSet<>(List.of(StopWordsRemover.loadDefaultStopWords("english")));
    words.addAll(WIRE_BOILERPLATE);
    return words.toArray(String[]::new);
  }

  /**
   * Spreads the articles evenly over {@link #PARTITIONS} partitions by id, each sorted by id.
   * Online LDA samples its mini-batches per partition, so the same articles must arrive in the
   * same partitions in the same order for a rerun to find the same topics; a fixed count makes
   * that hold whatever the cluster's parallelism, and even partitions keep every core busy.
   */
  public static Dataset<Row> repartitionForFit(Dataset<Row> articles) {
    return articles.repartition(PARTITIONS, col(Articles.ARTICLE_ID)).sortWithinPartitions(col(Articles.ARTICLE_ID));
  }

  /** Adds {@code _terms}: the article's words after stop words and boilerplate are removed. */
  public static Dataset<Row> withTerms(Dataset<Row> articles) {
    Dataset<Row> text = articles.select(col(Articles.ARTICLE_ID),
        concat_ws(" ", col(Articles.TITLE), col(Articles.LEAD), col(Articles.BODY)).as(TEXT));
    RegexTokenizer words = new RegexTokenizer().setInputCol(TEXT).setOutputCol(WORDS)
        .setPattern("[^\\p{L}]+").setGaps(true).setMinTokenLength(3).setToLowercase(true);
    StopWordsRemover remover = new StopWordsRemover().setInputCol(WORDS).setOutputCol(TERMS)
        .setStopWords(stopWords()).setCaseSensitive(false);
    return remover.transform(words.transform(text)).select(col(Articles.ARTICLE_ID), col(TERMS));
  }

  /**
   * How a corpus of {@code documents} articles can be fitted: the document-frequency bounds of
   * its vocabulary and the number of topics {@code k} (0: none), with a {@code note} saying why
   * when that is not what was asked.
   *
   * <p>A word must occur in at most {@link #MAX_DOC_SHARE} of the articles and in at least
   * {@link #MIN_DOC_FREQ} of them, or, in a corpus too small for that, in at least half as many
   * as the upper bound allows (at least one). Every topic needs {@link #MIN_ARTICLES_PER_TOPIC}
   * articles and a word of its own, so a small corpus or vocabulary gets fewer topics; fewer than
   * two is no discovery at all.
   */
  public record Fit(int k, long minDocs, long maxDocs, String note) {
    Settings settings(Settings asked) {
      return new Settings(k, asked.minWeight(), asked.iterations(), Math.max(asked.vocabulary(), k), asked.seed());
    }
  }

  /** Articles each discovered topic needs, at the least. */
  public static final int MIN_ARTICLES_PER_TOPIC = 2;

  /**
   * The fit for {@code documents} articles and a vocabulary of {@code vocabulary} words (-1 when
   * not known yet: then only the article count limits k).
   */
  public static Fit fit(Settings asked, long documents, long vocabulary) {
    long maxDocs = (long) Math.floor(MAX_DOC_SHARE * documents);
    long minDocs = Math.max(1, Math.min(MIN_DOC_FREQ, maxDocs / 2));
    if (maxDocs < 1) {
      return new Fit(0, minDocs, maxDocs, String.format("%,d articles are too few to discover topics in: a word "
          + "that marks a topic occurs in at most %.0f%% of the articles", documents, 100 * MAX_DOC_SHARE));
    }
    long k = Math.min(asked.k(), documents / MIN_ARTICLES_PER_TOPIC);
    String why = documents / MIN_ARTICLES_PER_TOPIC < asked.k()
        ? String.format("%,d articles allow at most %,d topics", documents, documents / MIN_ARTICLES_PER_TOPIC)
        : null;
    if (vocabulary >= 0 && vocabulary < k) {
      k = vocabulary;
      why = String.format("only %,d words occur in %,d to %,d of the %,d articles", vocabulary, minDocs, maxDocs,
          documents);
    }
    if (k < 2) {
      return new Fit(0, minDocs, maxDocs, (why == null ? "too few articles" : why) + "; at least 2 topics are needed");
    }
    return new Fit((int) k, minDocs, maxDocs, why);
  }

  /** The vocabulary estimator: {@code _terms} to term counts in {@code _features}, within the fit's bounds. */
  public static CountVectorizer vectorizer(Settings s, Fit fit) {
    return new CountVectorizer().setInputCol(TERMS).setOutputCol(FEATURES)
        .setVocabSize(s.vocabulary()).setMinDF(fit.minDocs()).setMaxDF(fit.maxDocs());
  }

  /** The topic model estimator: online variational Bayes, seeded, so a rerun finds the same topics. */
  public static LDA lda(Settings s) {
    return new LDA().setK(s.k()).setMaxIter(s.iterations()).setOptimizer("online")
        .setSubsamplingRate(s.miniBatchFraction()).setSeed(s.seed())
        .setFeaturesCol(FEATURES).setTopicDistributionCol(DISTRIBUTION);
  }

  /**
   * The discovered topics from {@code LDAModel.describeTopics} ({@code topic, termIndices,
   * termWeights}) and the vocabulary: {@code topic} (the label), {@code topic_index},
   * {@code top_terms}, {@code term_weights}. The label joins the first three terms with " / ";
   * should two topics share a label, both get their index appended, so labels stay unique.
   */
  public static Dataset<Row> withLabels(Dataset<Row> described, String[] vocabulary) {
    Column vocab = lit(vocabulary);
    Column label = concat_ws(" / ", slice(col(DiscoveredTopics.TOP_TERMS), 1, LABEL_TERMS));
    return described
        .select(col("topic").cast("int").as(DiscoveredTopics.TOPIC_INDEX),
            transform(col("termIndices"), i -> element_at(vocab, i.plus(1))).as(DiscoveredTopics.TOP_TERMS),
            col("termWeights").as(DiscoveredTopics.TERM_WEIGHTS))
        .withColumn(DiscoveredTopics.TOPIC, label)
        .withColumn(DiscoveredTopics.TOPIC, when(count(lit(1)).over(Window.partitionBy(label)).gt(1),
            concat(label, lit(" (topic "), col(DiscoveredTopics.TOPIC_INDEX), lit(")"))).otherwise(label))
        .select(col(DiscoveredTopics.TOPIC), col(DiscoveredTopics.TOPIC_INDEX), col(DiscoveredTopics.TOP_TERMS),
            col(DiscoveredTopics.TERM_WEIGHTS));
  }

  /**
   * One {@code discovered} article-topic row per article and topic whose proportion in the
   * article's {@code _topic_distribution} is at least {@code minWeight}; the label comes from
   * {@code labels} (the output of {@link #withLabels}).
   */
  public static Dataset<Row> explodeDiscoveredTopics(Dataset<Row> distributions, Dataset<Row> labels,
      double minWeight) {
    Dataset<Row> weights = distributions.select(col(Articles.ARTICLE_ID),
        posexplode(vector_to_array(col(DISTRIBUTION), "float64")).as(new String[] {"_index", "_weight"}))
        .filter(col("_weight").geq(minWeight));
    return weights.join(org.apache.spark.sql.functions.broadcast(labels),
            weights.col("_index").equalTo(labels.col(DiscoveredTopics.TOPIC_INDEX)))
        .select(col(Articles.ARTICLE_ID).as(ArticleTopics.ARTICLE_ID), col(DiscoveredTopics.TOPIC).as(ArticleTopics.TOPIC),
            lit(ArticleTopics.KIND_DISCOVERED).as(ArticleTopics.TOPIC_KIND), col("_weight").as(ArticleTopics.WEIGHT),
            lit(true).as(ArticleTopics.IS_PRIMARY));
  }

  /** The {@code discovered_topics} rows: labels plus the articles assigned to each topic. */
  public static Dataset<Row> withArticleCounts(Dataset<Row> labels, Dataset<Row> articleTopics) {
    Dataset<Row> counts = articleTopics.filter(col(ArticleTopics.TOPIC_KIND).equalTo(ArticleTopics.KIND_DISCOVERED))
        .groupBy(col(ArticleTopics.TOPIC).as("_label")).agg(count(lit(1)).as(DiscoveredTopics.ARTICLES));
    return labels.join(counts, labels.col(DiscoveredTopics.TOPIC).equalTo(counts.col("_label")), "left")
        .select(col(DiscoveredTopics.TOPIC), col(DiscoveredTopics.TOPIC_INDEX), col(DiscoveredTopics.TOP_TERMS),
            col(DiscoveredTopics.TERM_WEIGHTS),
            coalesce(col(DiscoveredTopics.ARTICLES), lit(0L)).as(DiscoveredTopics.ARTICLES))
        .select(col(DiscoveredTopics.TOPIC), col(DiscoveredTopics.TOPIC_INDEX), lit(DiscoveredTopics.COARSE).as(DiscoveredTopics.LEVEL),
            lit(null).cast("string").as(DiscoveredTopics.PARENT_TOPIC), col(DiscoveredTopics.TOP_TERMS),
            col(DiscoveredTopics.TERM_WEIGHTS), col(DiscoveredTopics.ARTICLES),
            org.apache.spark.sql.functions.array().cast("array<string>").as(DiscoveredTopics.EXAMPLE_ARTICLE_IDS),
            org.apache.spark.sql.functions.array().cast("array<string>").as(DiscoveredTopics.EXAMPLE_TITLES))
        .orderBy(DiscoveredTopics.TOPIC_INDEX);
  }
}
