package org.wirescope.quotes;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.Quotes;

/**
 * Quote identity: which quote_ids are the same statement. Exact repeats already share a quote_id
 * (it hashes the text with case, punctuation and quote marks folded). Reworded variants, a word
 * swapped or a clause cut as wire desks do, are found with MLlib's MinHashLSH and joined into
 * clusters by union-find.
 *
 * <p><b>Similarity.</b> The Jaccard index of the two quotes' sets of word bigrams (lower case,
 * letters and digits only), the measure the sample corpus's gold states. Two quote_ids are linked
 * when it is at least {@link #DEFAULT_THRESHOLD} = 0.5, i.e. at least as many bigrams are shared as
 * are differing. Why 0.5:
 *
 * <ul>
 *   <li>One swapped word in a quote of n words changes 2 of its n-1 bigrams on each side:
 *       similarity (n-3)/(n+1), at least 0.5 from 7 words on (0.56 at 8, 0.71 at 13). Cutting the
 *       last k words leaves (n-k-1)/(n-1), at least 0.5 while no more than about half is cut.
 *   <li>The sample corpus's carried Lavrov statement has pairwise similarities 0.53 to 0.89, while
 *       the most similar different quotations there reach 0.44.
 *   <li>{@code QuoteThresholdTest} makes such variants of every quotation of 8+ words in real TASS
 *       copy and checks that each merges with its original, while different statements in the same
 *       article (of the same speaker, typically) stay apart; it prints both margins.
 * </ul>
 *
 * The threshold is applied exactly: LSH only proposes candidate pairs, and each candidate's true
 * Jaccard index is computed on its two bigram sets.
 *
 * <p><b>Candidates.</b> MLlib's MinHashLSH gives each quote {@link #BANDS} x {@link #ROWS}
 * minhashes; two quotes are candidates when all {@link #ROWS} minhashes of any one band agree. A
 * pair of similarity s is proposed with probability 1 - (1 - s^2)^25: 0.9993 at s = 0.5, 0.9999 at
 * 0.556 (one word swapped in 8), but only 0.06 at s = 0.05 and 0.01 at 0.02. {@code
 * approxSimilarityJoin} ORs single minhashes instead, so every pair sharing a common bigram ("of
 * the") becomes a candidate: on Reuters-21578 that made clustering 60 s instead of a few.
 *
 * <p><b>Short quotes merge only exactly.</b> A quote of fewer than {@link #MIN_WORDS} words is
 * never a near-duplicate candidate: phrases that short ("a violation of international law", "no
 * comment") recur across unrelated statements, and one changed word is already half of their
 * bigrams. They still cluster with the same text elsewhere through their quote_id.
 *
 * <p><b>Different speakers stay apart.</b> A pair whose quote_ids have different (most frequent,
 * non-null) speakers is not linked: two officials repeating a formula are two statements. A
 * quote_id without a speaker may join either.
 *
 * <p>Clusters are the connected components of the linked pairs, computed on the driver: the pairs
 * are far fewer than the quotes. A cluster's id is its smallest quote_id, so ids are deterministic
 * and a quote without variants is its own cluster.
 */
public final class QuoteClustering {
  public static final double DEFAULT_THRESHOLD = 0.5;
  public static final int MIN_WORDS = 6;

  /** Minhashes per band (ANDed) and bands (ORed). */
  public static final int ROWS = 2;

  public static final int BANDS = 25;
  static final int FEATURES = 1 << 20;
  static final long SEED = 20_250_401L;

  static final String WORDS = "_words";
  static final String BIGRAMS = "_bigrams";
  static final String VECTOR = "_vector";
  static final String HASHES = "_hashes";
  static final String BAND = "_band";
  static final String KEY = "_key";
  public static final String QUOTE_A = "quote_a";
  public static final String QUOTE_B = "quote_b";
  public static final String SIMILARITY = "similarity";

  private static final StructType MAP_SCHEMA =
      new StructType()
          .add(Quotes.QUOTE_ID, "string", false)
          .add(QuoteClusters.CLUSTER_ID, "string", false);

  /**
   * Clustering settings: the similarity at which two quotes are one statement, and the floor in
   * words.
   */
  public record Settings(double threshold, int minWords) {
    public static final Settings DEFAULT = new Settings(DEFAULT_THRESHOLD, MIN_WORDS);
  }

  /** The cluster map (only quote_ids of multi-variant clusters) and the number of linked pairs. */
  public record Clusters(Dataset<Row> map, long pairs) {}

  private QuoteClustering() {}

  /**
   * Words of {@link Quotes#QUOTE_TEXT} (lower case, runs of letters and digits) and their bigrams,
   * as a binary hashed vector.
   */
  static Dataset<Row> withBigramVectors(Dataset<Row> distinctQuotes) {
    Dataset<Row> words =
        distinctQuotes.withColumn(
            WORDS,
            filter(
                split(
                    trim(regexp_replace(lower(col(Quotes.QUOTE_TEXT)), "[^\\p{L}\\p{N}]+", " ")),
                    " "),
                w -> w.notEqual(lit(""))));
    Dataset<Row> bigrams =
        new NGram().setN(2).setInputCol(WORDS).setOutputCol(BIGRAMS).transform(words);
    return new HashingTF()
        .setBinary(true)
        .setNumFeatures(FEATURES)
        .setInputCol(BIGRAMS)
        .setOutputCol(VECTOR)
        .transform(bigrams);
  }

  /**
   * The near-duplicate candidates among {@code distinctQuotes} (quote_id, quote_text, speaker; see
   * {@link QuoteTransforms#distinctQuotes}): quotes of at least {@code minWords} words, with their
   * distinct bigrams and the hashed bigram vector MinHash reads.
   */
  public static Dataset<Row> shingled(Dataset<Row> distinctQuotes, Settings s) {
    return withBigramVectors(distinctQuotes)
        .filter(size(col(WORDS)).geq(s.minWords()))
        .select(
            col(Quotes.QUOTE_ID),
            col(Quotes.SPEAKER),
            array_distinct(col(BIGRAMS)).as(BIGRAMS),
            col(VECTOR));
  }

  /**
   * Linked pairs among {@link #shingled} quotes: quote_a &lt; quote_b, compatible speakers, and
   * their bigram similarity, at least the threshold.
   */
  public static Dataset<Row> similarPairs(Dataset<Row> candidates, Settings s) {
    MinHashLSHModel model = model(candidates.sparkSession());
    Dataset<Row> bands =
        model
            .transform(candidates)
            .select(col(Quotes.QUOTE_ID), col(HASHES))
            .flatMap(new BandKeys(), Encoders.row(BAND_SCHEMA));
    Dataset<Row> a = bands.select(col(Quotes.QUOTE_ID).as(QUOTE_A), col(BAND), col(KEY));
    Dataset<Row> b = bands.select(col(Quotes.QUOTE_ID).as(QUOTE_B), col(BAND), col(KEY));
    Dataset<Row> pairs =
        a.join(b, new String[] {BAND, KEY})
            .filter(col(QUOTE_A).lt(col(QUOTE_B)))
            .select(QUOTE_A, QUOTE_B)
            .distinct();
    Dataset<Row> left =
        candidates.select(
            col(Quotes.QUOTE_ID).as(QUOTE_A),
            col(Quotes.SPEAKER).as("_sa"),
            col(BIGRAMS).as("_ba"));
    Dataset<Row> right =
        candidates.select(
            col(Quotes.QUOTE_ID).as(QUOTE_B),
            col(Quotes.SPEAKER).as("_sb"),
            col(BIGRAMS).as("_bb"));
    return pairs
        .join(left, QUOTE_A)
        .join(right, QUOTE_B)
        .filter(col("_sa").isNull().or(col("_sb").isNull()).or(col("_sa").equalTo(col("_sb"))))
        .withColumn(
            SIMILARITY,
            size(array_intersect(col("_ba"), col("_bb")))
                .cast("double")
                .divide(size(array_union(col("_ba"), col("_bb")))))
        // The epsilon keeps the bound inclusive despite floating point.
        .filter(col(SIMILARITY).geq(s.threshold() - 1e-9))
        .select(QUOTE_A, QUOTE_B, SIMILARITY);
  }

  private static final StructType BAND_SCHEMA =
      new StructType()
          .add(Quotes.QUOTE_ID, "string", false)
          .add(BAND, "int", false)
          .add(KEY, "long", false);

  /**
   * One row per quote and band: the band's bucket key, its {@link #ROWS} = 2 minhashes packed into
   * one long. MinHash values are below Spark's hash prime (2,038,074,743 &lt; 2^31), so the packing
   * is exact.
   */
  static final class BandKeys implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row r) {
      List<Vector> h = r.getList(1);
      List<Row> out = new ArrayList<>(BANDS);
      for (int band = 0; band < BANDS; band++) {
        long key =
            ((long) h.get(band * ROWS).apply(0) << 31) | (long) h.get(band * ROWS + 1).apply(0);
        out.add(RowFactory.create(r.getString(0), band, key));
      }
      return out.iterator();
    }
  }

  /**
   * A fixed MinHash model. LSH's fit only reads the vector size from one row, so it is fitted on a
   * literal row of the right size: no pass over the data, and no failure on an empty corpus.
   */
  static MinHashLSHModel model(SparkSession spark) {
    Dataset<Row> one =
        spark.createDataFrame(
            List.of(RowFactory.create(Vectors.sparse(FEATURES, new int[] {0}, new double[] {1.0}))),
            new StructType().add(VECTOR, new VectorUDT()));
    return new MinHashLSH()
        .setNumHashTables(BANDS * ROWS)
        .setSeed(SEED)
        .setInputCol(VECTOR)
        .setOutputCol(HASHES)
        .fit(one);
  }

  /**
   * The one driver step of the stage: brings the linked pairs to the driver, joins them into
   * connected components and returns the map of every quote_id in a multi-variant cluster to its
   * cluster id (the smallest quote_id of the component).
   */
  public static Clusters cluster(SparkSession spark, Dataset<Row> distinctQuotes, Settings s) {
    UnionFind uf = new UnionFind();
    long pairs = 0;
    // Both sides of the band join and the exact check read the shingles: compute them once.
    Dataset<Row> candidates = shingled(distinctQuotes, s).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (Iterator<Row> it =
              similarPairs(candidates, s).select(QUOTE_A, QUOTE_B).toLocalIterator();
          it.hasNext(); ) {
        Row r = it.next();
        uf.union(r.getString(0), r.getString(1));
        pairs++;
      }
    } finally {
      candidates.unpersist();
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : uf.components().entrySet()) {
      rows.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    return new Clusters(spark.createDataFrame(rows, MAP_SCHEMA), pairs);
  }

  /** Union-find over string ids; each component is named by its smallest member. */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String root = x;
      while (true) {
        String p = parent.getOrDefault(root, root);
        if (p.equals(root)) {
          break;
        }
        root = p;
      }
      // Path compression.
      String y = x;
      while (!y.equals(root)) {
        String next = parent.getOrDefault(y, y);
        parent.put(y, root);
        y = next;
      }
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) {
        parent.putIfAbsent(a, ra);
        parent.putIfAbsent(b, rb);
        return;
      }
      // The smaller id becomes the root, so the root of a component is its smallest member.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
        parent.putIfAbsent(ra, ra);
      } else {
        parent.put(ra, rb);
        parent.putIfAbsent(rb, rb);
      }
      parent.putIfAbsent(a, find(a));
      parent.putIfAbsent(b, find(b));
    }

    /** Every id seen, mapped to its component's smallest member. */
    Map<String, String> components() {
      Map<String, String> out = new HashMap<>();
      for (String x : new ArrayList<>(parent.keySet())) {
        out.put(x, find(x));
      }
      return out;
    }
  }
}
