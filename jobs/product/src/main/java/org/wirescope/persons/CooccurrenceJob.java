package org.wirescope.persons;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.Articles;
import org.wirescope.tables.FileExport;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.PersonGroups;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;
import org.wirescope.tables.TableStore;

/**
 * Co-occurrence: who appears with whom, how strongly, and since when.
 *
 * <p>Input: {@code mentions} and {@code articles} (duplicates skipped). Output grain: {@code
 * person_pairs} one row per unordered pair; {@code person_pairs_by_period} one row per pair and
 * period; {@code person_network} one row per person; {@code person_groups} one row per closed group
 * of 3 to {@code --max-group-size} persons, the best {@code --max-groups} (see {@link
 * ClosedGroups}); plus {@code exports/person_network.gexf} and {@code exports/person_pairs.csv}.
 *
 * <pre>
 * wirescope cooccurrence --output out/ --grain month --time-zone Europe/Moscow
 * </pre>
 */
public final class CooccurrenceJob {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  /** The stage's options. */
  public record Settings(
      Grain grain,
      int minArticles,
      String window,
      int maxPersonsPerArticle,
      String timeZone,
      int minGroupArticles,
      int maxGroupSize,
      int maxGroups) {}

  /** What a run wrote. */
  public record Result(
      long articles,
      long persons,
      long pairs,
      long publishedPairs,
      long guarded,
      long groups,
      double seconds) {}

  private CooccurrenceJob() {}

  public static Result run(SparkSession spark, TableStore store, Settings s) {
    long start = System.nanoTime();
    store.cleanStaging();
    Dataset<Row> articles =
        store.read(Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull());
    spark.sparkContext().setJobDescription("cooccurrence: count articles");
    long totalArticles = articles.count();
    Dataset<Row> mentions =
        CooccurrenceTransforms.originalMentions(
            articles, store.read(Mentions.NAME, Mentions.SCHEMA));

    // One row per article with its person set and sentences, kept in memory (the first write
    // below computes it): the guard, the pairs, person counts and groups all read it, and none
    // joins back to the mentions.
    Dataset<Row> sets =
        CooccurrenceTransforms.withArticlePersons(mentions).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> personArticles = CooccurrenceTransforms.personArticles(sets);
    // How many articles the guard drops, and how many could hold a group at all (3+ persons).
    Row sizes =
        sets.agg(
                count_if(CooccurrenceTransforms.isOverLimit(s.maxPersonsPerArticle())),
                count_if(
                    CooccurrenceTransforms.isOverLimit(s.maxPersonsPerArticle())
                        .unary_$bang()
                        .and(col(CooccurrenceTransforms.N_PERSONS).geq(3))))
            .first();
    long guardedCount = sizes.getLong(0);
    boolean groupsPossible = sizes.getLong(1) >= s.minGroupArticles();

    // Pairs of the window, one row per article and pair, kept for counts, examples and periods.
    Dataset<Row> articlePairs =
        CooccurrenceTransforms.articlePairs(sets, s.maxPersonsPerArticle(), s.window())
            .persist(StorageLevel.MEMORY_AND_DISK());
    // All pairs are counted as they stream past into the published ones (a pass of their own
    // would cost a job).
    Observation allPairsSeen = new Observation("all-pairs");
    Dataset<Row> measured =
        CooccurrenceTransforms.withMeasures(
                CooccurrenceTransforms.withPairCounts(articlePairs), personArticles, totalArticles)
            .observe(allPairsSeen, count(lit(1)).as("pairs"));

    spark.sparkContext().setJobDescription("cooccurrence: write person_pairs");
    Dataset<Row> published =
        CooccurrenceTransforms.withExamples(
            measured.filter(col(PersonPairs.ARTICLES).geq(s.minArticles())), articlePairs);
    long publishedPairs =
        store.write(PersonPairs.NAME, published.select(columns(PersonPairs.SCHEMA.fieldNames())));
    long allPairs = TableStore.observed(allPairsSeen).getLong(0);
    spark.sparkContext().setJobDescription("cooccurrence: write person_pairs_by_period");
    store.write(
        PersonPairsByPeriod.NAME,
        CooccurrenceTransforms.pairsByPeriod(articlePairs, s.grain(), s.timeZone()));

    spark.sparkContext().setJobDescription("cooccurrence: network");
    Dataset<Row> pairs = store.read(PersonPairs.NAME, PersonPairs.SCHEMA);
    long persons =
        store.write(PersonNetwork.NAME, network(spark, pairs, personArticles).coalesce(1));

    spark.sparkContext().setJobDescription("cooccurrence: groups");
    long groupsStart = System.nanoTime();
    // Closed groups, counted (found, over the maximum) as they stream into the capped table, so
    // the mining runs once; with too few articles of 3+ persons for any group, no mining at all.
    Observation groupsSeen = new Observation("groups");
    Dataset<Row> groups =
        groupsPossible
            ? GroupTransforms.closedGroups(
                CooccurrenceTransforms.filterWithinLimit(sets, s.maxPersonsPerArticle()),
                new ClosedGroups.Limits(s.minGroupArticles(), s.maxGroupSize()))
            : spark.createDataFrame(List.of(), GroupTransforms.MINED_WITH_LIFT);
    long groupCount =
        store.write(
            PersonGroups.NAME,
            GroupTransforms.filterTop(
                GroupTransforms.observeSummary(groups, groupsSeen), s.maxGroups(), totalArticles));
    Row found = TableStore.observed(groupsSeen);
    double groupSeconds = (System.nanoTime() - groupsStart) / 1e9;

    spark.sparkContext().setJobDescription("cooccurrence: exports");
    try {
      writeGexf(
          store,
          s,
          store.read(PersonNetwork.NAME, PersonNetwork.SCHEMA),
          pairs,
          store.read(PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA));
      FileExport.write(
          store,
          FileExport.forCsv(
              pairs.orderBy(
                  col(PersonPairs.ARTICLES).desc(),
                  col(PersonPairs.PERSON_A),
                  col(PersonPairs.PERSON_B))),
          "csv",
          new Path(store.table(Lineage.EXPORTS), "person_pairs.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("writing exports failed: " + e.getMessage(), e);
    }

    long groupsFound = found.getLong(found.fieldIndex(GroupTransforms.GROUPS_FOUND));
    long groupsOverMax = found.getLong(found.fieldIndex(GroupTransforms.GROUPS_OVER_MAX_SIZE));
    int largestIndex = found.fieldIndex(GroupTransforms.LARGEST_GROUP_OVER_MAX_SIZE);
    articlePairs.unpersist();
    sets.unpersist();
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);
    double seconds = (System.nanoTime() - start) / 1e9;
    Result r =
        new Result(
            totalArticles, persons, allPairs, publishedPairs, guardedCount, groupCount, seconds);
    ObjectNode e = Manifest.newStage();
    e.put("grain", s.grain().label());
    e.put("time_zone", s.timeZone());
    e.put("window", s.window());
    e.put("min_articles", s.minArticles());
    e.put("max_persons_per_article", s.maxPersonsPerArticle());
    e.put("min_group_articles", s.minGroupArticles());
    e.put("max_group_size", s.maxGroupSize());
    e.put("max_groups", s.maxGroups());
    e.put("articles", totalArticles);
    e.put("articles_over_person_limit", guardedCount);
    e.put("persons", persons);
    e.put("pairs", allPairs);
    e.put("pairs_published", publishedPairs);
    e.put("groups", groupCount);
    e.put("groups_found", groupsFound);
    e.put("groups_cut", groupsFound - groupCount);
    e.put("groups_over_max_size", groupsOverMax);
    if (found.isNullAt(largestIndex)) {
      e.putNull("largest_group_over_max_size");
    } else {
      e.put("largest_group_over_max_size", found.getInt(largestIndex));
    }
    e.put("groups_seconds", Math.round(groupSeconds * 1000) / 1000.0);
    e.put("seconds", Math.round(seconds * 1000) / 1000.0);
    Manifest.putStage(store, "cooccurrence", e);
    if (guardedCount > 0) {
      LOG.info(
          String.format(
              "cooccurrence: %,d articles name more than %d persons and contribute no pairs",
              guardedCount, s.maxPersonsPerArticle()));
    }
    if (groupsFound > groupCount) {
      LOG.info(
          String.format(
              "cooccurrence: %,d groups found, the best %,d kept (--max-groups)",
              groupsFound, groupCount));
    }
    if (groupsOverMax > 0) {
      LOG.info(
          String.format(
              "cooccurrence: %,d closed groups of more than %d persons left out, the largest of %d",
              groupsOverMax, s.maxGroupSize(), found.getInt(largestIndex)));
    }
    LOG.info(
        String.format(
            "cooccurrence: %,d articles, %,d persons, %,d pairs (%,d with %d+ articles), "
                + "%,d groups in %.1f s (groups %.1f s)",
            totalArticles,
            persons,
            allPairs,
            publishedPairs,
            s.minArticles(),
            groupCount,
            seconds,
            groupSeconds));
    return r;
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return java.util.Arrays.stream(names)
        .map(n -> col(n))
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /**
   * Degree, weighted degree, PageRank and community per person. The published pairs are brought to
   * the driver as arrays (see {@link NetworkMeasures} for why); every person appears, isolated ones
   * with degree 0.
   */
  static Dataset<Row> network(SparkSession spark, Dataset<Row> pairs, Dataset<Row> personArticles) {
    List<String> names = new ArrayList<>();
    List<Long> articleCounts = new ArrayList<>();
    for (Iterator<Row> it = personArticles.orderBy("person").toLocalIterator(); it.hasNext(); ) {
      Row r = it.next();
      names.add(r.getString(0));
      articleCounts.add(r.getLong(1));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    List<int[]> ends = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Iterator<Row> it =
            pairs
                .select(PersonPairs.PERSON_A, PersonPairs.PERSON_B, PersonPairs.ARTICLES)
                .orderBy(PersonPairs.PERSON_A, PersonPairs.PERSON_B)
                .toLocalIterator();
        it.hasNext(); ) {
      Row r = it.next();
      Integer a = index.get(r.getString(0));
      Integer b = index.get(r.getString(1));
      if (a != null && b != null) {
        ends.add(new int[] {a, b});
        weights.add((double) r.getLong(2));
      }
    }
    int n = names.size();
    int[] ea = new int[ends.size()];
    int[] eb = new int[ends.size()];
    double[] w = new double[ends.size()];
    long[] degree = new long[n];
    long[] weighted = new long[n];
    for (int k = 0; k < ends.size(); k++) {
      ea[k] = ends.get(k)[0];
      eb[k] = ends.get(k)[1];
      w[k] = weights.get(k);
      degree[ea[k]]++;
      degree[eb[k]]++;
      weighted[ea[k]] += (long) w[k];
      weighted[eb[k]] += (long) w[k];
    }
    double[] rank = n == 0 ? new double[0] : NetworkMeasures.pagerank(n, ea, eb, w);
    int[] community = NetworkMeasures.communities(n, ea, eb, w);
    List<Row> rows = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      rows.add(
          RowFactory.create(
              names.get(v),
              articleCounts.get(v),
              degree[v],
              weighted[v],
              rank[v],
              names.get(community[v])));
    }
    return spark.createDataFrame(rows, PersonNetwork.SCHEMA);
  }

  /** Streams the network and its pairs, with the periods each pair occurs in, into GEXF. */
  static void writeGexf(
      TableStore store, Settings s, Dataset<Row> network, Dataset<Row> pairs, Dataset<Row> byPeriod)
      throws IOException {
    Path exports = store.folder(Lineage.EXPORTS);
    Path target = new Path(exports, "person_network.gexf");
    Path tmp = new Path(exports, "person_network.gexf.tmp");
    FileSystem fs = store.fs();
    Map<String, Integer> ids = new HashMap<>();
    Dataset<Row> spells =
        byPeriod
            .groupBy(PersonPairsByPeriod.PERSON_A, PersonPairsByPeriod.PERSON_B)
            .agg(sort_array(collect_list(col(PersonPairsByPeriod.PERIOD_START))).as("_periods"));
    Dataset<Row> edges =
        pairs
            .join(spells, new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B}, "left")
            .orderBy(PersonPairs.PERSON_A, PersonPairs.PERSON_B);
    try (OutputStream out = fs.create(tmp, true);
        GexfWriter gexf =
            new GexfWriter(
                out,
                "Wirescope person network: "
                    + s.window()
                    + " co-occurrence, edges with "
                    + s.minArticles()
                    + "+ shared articles, "
                    + s.grain()
                    + " periods in "
                    + s.timeZone())) {
      for (Iterator<Row> it = network.orderBy(PersonNetwork.PERSON).toLocalIterator();
          it.hasNext(); ) {
        Row r = it.next();
        String id = Integer.toString(ids.size());
        ids.put(r.getString(0), ids.size());
        gexf.node(
            new GexfWriter.Node(
                id,
                r.getString(0),
                r.getLong(1),
                r.getLong(2),
                r.getLong(3),
                r.getDouble(4),
                r.getString(5)));
      }
      for (Iterator<Row> it = edges.toLocalIterator(); it.hasNext(); ) {
        Row r = it.next();
        List<String[]> spellList = new ArrayList<>();
        List<java.sql.Date> periods =
            r.isNullAt(r.fieldIndex("_periods")) ? List.of() : r.getList(r.fieldIndex("_periods"));
        for (java.sql.Date d : periods) {
          LocalDate startDay = d.toLocalDate();
          LocalDate end = s.grain().lastDay(startDay);
          String[] last = spellList.isEmpty() ? null : spellList.get(spellList.size() - 1);
          if (last != null && LocalDate.parse(last[1]).plusDays(1).equals(startDay)) {
            last[1] = end.toString(); // consecutive periods make one spell
          } else {
            spellList.add(new String[] {startDay.toString(), end.toString()});
          }
        }
        Integer a = ids.get(r.<String>getAs(PersonPairs.PERSON_A));
        Integer b = ids.get(r.<String>getAs(PersonPairs.PERSON_B));
        if (a != null && b != null) {
          gexf.edge(
              new GexfWriter.Edge(
                  a.toString(),
                  b.toString(),
                  r.<Long>getAs(PersonPairs.ARTICLES),
                  r.<Double>getAs(PersonPairs.NPMI),
                  r.<Double>getAs(PersonPairs.LLR),
                  spellList));
        }
      }
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot move " + tmp + " to " + target);
    }
  }
}
