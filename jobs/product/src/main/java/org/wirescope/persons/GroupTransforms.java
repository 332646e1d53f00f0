package org.wirescope.persons;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirescope.persons.ClosedGroups.Item;
import org.wirescope.persons.ClosedGroups.Limits;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.PersonGroups;

/**
 * Pure transforms behind {@code person_groups}: closed groups mined in parallel branches with
 * {@link ClosedGroups}, their lift against the pair counts, and the ranked cap.
 *
 * <p>{@link #closedGroups} gives one row per closed group found: those within the maximum size with
 * their {@code lift}, and those over it ({@link #IS_OVER_MAX_SIZE}, lift null), which are counted
 * and not listed. {@link #filterTop} ranks and caps the listed ones, {@link #summary} counts them
 * all.
 */
public final class GroupTransforms {
  /** On mined groups: a closed group larger than the maximum, where mining stopped. */
  public static final String IS_OVER_MAX_SIZE = "is_over_max_size";

  public static final String GROUPS_FOUND = "groups_found";
  public static final String GROUPS_OVER_MAX_SIZE = "groups_over_max_size";
  public static final String LARGEST_GROUP_OVER_MAX_SIZE = "largest_group_over_max_size";

  static final String PERSONS = PersonGroups.PERSONS;
  static final String SIZE = PersonGroups.SIZE;
  static final String ARTICLES = PersonGroups.ARTICLES;
  static final String LIFT = PersonGroups.LIFT;
  static final String PERSON = "person";
  static final String FREQUENCY = "frequency";
  static final String TOTAL = "total";
  static final String ITEMS = "items";
  static final String BRANCH = "branch";
  static final String PERSON_A = "person_a";
  static final String PERSON_B = "person_b";
  static final String COEFFICIENT = "coefficient";
  static final String COUNT = "n";

  /** A person of a transaction with its article count in the mined set: the item order's key. */
  static final StructType ITEM =
      new StructType().add(PERSON, "string", false).add(ARTICLES, "long", false);

  /** One transaction sent to one branch. */
  static final StructType SHIPPED =
      new StructType()
          .add(BRANCH, "string", false)
          .add(ITEMS, DataTypes.createArrayType(ITEM, false), false)
          .add(ARTICLES, "long", false)
          .add(TOTAL, "long", false);

  static final StructType MINED =
      new StructType()
          .add(PERSONS, DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(SIZE, "int", false)
          .add(ARTICLES, "long", false)
          .add(IS_OVER_MAX_SIZE, "boolean", false);

  /** The mined groups with their lift: what {@link #closedGroups} gives. */
  public static final StructType MINED_WITH_LIFT = MINED.add(LIFT, "double", true);

  static final StructType PAIR =
      new StructType()
          .add(PERSON_A, "string", false)
          .add(PERSON_B, "string", false)
          .add(COUNT, "long", false);

  /** One factor of a group's expected count: a pair (coefficient -1) or a member (k - 2, a = b). */
  static final String CENTER = "center";

  static final StructType TERM =
      MINED
          .add(CENTER, "string", false)
          .add(PERSON_A, "string", false)
          .add(PERSON_B, "string", false)
          .add(COEFFICIENT, "double", false);

  private GroupTransforms() {}

  /**
   * The closed groups of the articles {@code articlePersons} (one row per article, with {@code
   * article_id} and its {@code persons}): every group of 3 to {@code maxSize} persons named
   * together in at least {@code minArticles} articles, and no smaller one with the same articles,
   * with {@code size}, {@code articles} and {@code lift}; plus one row per closed group over the
   * maximum where mining stopped ({@link #IS_OVER_MAX_SIZE}, lift null).
   *
   * <p>Persons with fewer than {@code minArticles} articles are dropped first (in no group, and in
   * no closure of one), then articles left with fewer than two persons; identical person sets
   * become one weighted transaction. The pair counts of the lift come from those (2+ persons), the
   * mining from the ones with 3+.
   */
  public static Dataset<Row> closedGroups(Dataset<Row> articlePersons, Limits limits) {
    Dataset<Row> memberships =
        articlePersons.select(
            col(Mentions.ARTICLE_ID), explode(array_distinct(col(PERSONS))).as(PERSON));
    Dataset<Row> personArticles = memberships.groupBy(PERSON).agg(count(lit(1)).as(ARTICLES));
    Dataset<Row> frequent = personArticles.filter(col(ARTICLES).geq(limits.minArticles()));
    Dataset<Row> transactions =
        memberships
            .join(frequent.select(col(PERSON)), PERSON, "left_semi")
            .groupBy(col(Mentions.ARTICLE_ID))
            .agg(array_sort(collect_list(col(PERSON))).as(PERSONS))
            .filter(size(col(PERSONS)).geq(2))
            .groupBy(col(PERSONS))
            .agg(count(lit(1)).as(ARTICLES));
    Dataset<Row> mined =
        mine(transactions.filter(size(col(PERSONS)).geq(ClosedGroups.MIN_SIZE)), limits);
    return withLift(mined, countsForLift(transactions, frequent, limits));
  }

  /**
   * {@link ClosedGroups} over weighted transactions ({@code persons}, {@code articles}): each is
   * annotated with its persons' article counts, sent to the branch of each person that can head one
   * (hash-partitioned by branch), and each branch is mined in plain Java; the closure of the empty
   * set is decided apart. Persons come out sorted as {@code array_sort} sorts them.
   */
  static Dataset<Row> mine(Dataset<Row> transactions, Limits limits) {
    Dataset<Row> items =
        transactions
            .select(col(PERSONS), col(ARTICLES), explode(col(PERSONS)).as(PERSON))
            .withColumn(FREQUENCY, sum(col(ARTICLES)).over(Window.partitionBy(col(PERSON))));
    Dataset<Row> total = transactions.agg(sum(col(ARTICLES)).as(TOTAL));
    Dataset<Row> branches =
        items
            .groupBy(col(PERSONS), col(ARTICLES))
            .agg(collect_list(struct(col(PERSON), col(FREQUENCY).as(ARTICLES))).as(ITEMS))
            .crossJoin(total)
            .select(col(ITEMS), col(ARTICLES), col(TOTAL))
            .flatMap(new Ship(limits), Encoders.row(SHIPPED))
            // A fixed number of partitions: adaptive execution would coalesce by bytes, and the
            // branches are small in bytes but not in work.
            .repartition(shufflePartitions(transactions), col(BRANCH))
            .sortWithinPartitions(col(BRANCH))
            .mapPartitions(new MineBranches(limits), Encoders.row(MINED));
    Dataset<Row> root =
        items
            .crossJoin(total)
            .filter(col(FREQUENCY).equalTo(col(TOTAL)))
            .agg(collect_set(col(PERSON)).as(PERSONS), max(col(TOTAL)).as(TOTAL))
            .flatMap(new Root(limits), Encoders.row(MINED));
    return branches.union(root).withColumn(PERSONS, array_sort(col(PERSONS)));
  }

  /**
   * The counts the lift needs, as (person_a, person_b, n): each pair of frequent persons with at
   * least {@code minArticles} articles (person_a &lt; person_b), and each frequent person's own
   * count as (p, p). From weighted transactions of two or more persons.
   */
  static Dataset<Row> countsForLift(
      Dataset<Row> transactions, Dataset<Row> frequent, Limits limits) {
    Dataset<Row> pairs =
        transactions
            .flatMap(new WeightedPairs(), Encoders.row(PAIR))
            .groupBy(col(PERSON_A), col(PERSON_B))
            .agg(sum(col(COUNT)).as(COUNT))
            .filter(col(COUNT).geq(limits.minArticles()));
    Dataset<Row> persons =
        frequent.select(
            col(PERSON).as(PERSON_A), col(PERSON).as(PERSON_B), col(ARTICLES).as(COUNT));
    return pairs.unionByName(persons);
  }

  /**
   * Adds {@code lift}: a group's articles against the most its pairs predict. If the other members
   * were named independently of one another given member c, the group would be named in E_c =
   * Π_{j≠c} n_cj / n_c^(k−2) articles (n_cj: articles naming c and j, n_c: naming c); the lift is
   * n_G / max_c E_c. A group whose members are only ever named together has lift 1: its pairs
   * explain it. Above 1, the group meets more often than its pairs imply; below 1, less. The
   * estimate is a proper (star-shaped, Chow–Liu) model of the members, so lifts compare across
   * group sizes. Summed in logs. Groups over the maximum get null, and so would a group missing a
   * count.
   */
  static Dataset<Row> withLift(Dataset<Row> mined, Dataset<Row> counts) {
    Column[] group = {col(PERSONS), col(SIZE), col(ARTICLES), col(IS_OVER_MAX_SIZE)};
    // One pass over the mined rows (a second would mine again): over-size groups get one
    // placeholder term that matches no count.
    Dataset<Row> perCenter =
        mined
            .flatMap(new Terms(), Encoders.row(TERM))
            .join(counts, new String[] {PERSON_A, PERSON_B}, "left")
            .groupBy(col(PERSONS), col(SIZE), col(ARTICLES), col(IS_OVER_MAX_SIZE), col(CENTER))
            .agg(
                sum(col(COEFFICIENT).multiply(log(col(COUNT).cast("double")))).as("_log_expected"),
                count(col(COUNT)).as("_matched"),
                count(lit(1)).as("_terms"));
    return perCenter
        .groupBy(group)
        .agg(
            max(col("_log_expected")).as("_log_expected"),
            min(col("_matched").equalTo(col("_terms"))).as("_complete"))
        .withColumn(
            LIFT,
            when(
                not(col(IS_OVER_MAX_SIZE)).and(col("_complete")),
                exp(log(col(ARTICLES).cast("double")).minus(col("_log_expected")))))
        .drop("_log_expected", "_complete");
  }

  /**
   * The listed groups in {@code person_groups}' columns, best first: most articles, then highest
   * lift, then persons; at most {@code maxGroups} rows, in one partition (a top-k per partition,
   * then a merge, never a sort of all groups in one task). {@code support} is the share of all
   * {@code totalArticles}.
   */
  public static Dataset<Row> filterTop(Dataset<Row> groups, int maxGroups, long totalArticles) {
    return groups
        .filter(not(col(IS_OVER_MAX_SIZE)))
        .orderBy(col(ARTICLES).desc(), col(LIFT).desc_nulls_last(), col(PERSONS).asc())
        .limit(maxGroups)
        .select(
            col(PERSONS),
            col(SIZE),
            col(ARTICLES),
            col(ARTICLES).divide(lit((double) Math.max(totalArticles, 1))).as(PersonGroups.SUPPORT),
            col(LIFT));
  }

  /**
   * One row: {@value #GROUPS_FOUND} (closed groups within the limits, before the cap), {@value
   * #GROUPS_OVER_MAX_SIZE} and {@value #LARGEST_GROUP_OVER_MAX_SIZE} (null when none).
   */
  public static Dataset<Row> observeSummary(
      Dataset<Row> groups, org.apache.spark.sql.Observation observation) {
    Column over = col(IS_OVER_MAX_SIZE);
    return groups.observe(
        observation,
        count(when(not(over), lit(1))).as(GROUPS_FOUND),
        count(when(over, lit(1))).as(GROUPS_OVER_MAX_SIZE),
        max(when(over, col(SIZE))).as(LARGEST_GROUP_OVER_MAX_SIZE));
  }

  /** The same counts as {@link #observeSummary}, as a one-row table (for tests). */
  public static Dataset<Row> summary(Dataset<Row> groups) {
    Column over = col(IS_OVER_MAX_SIZE);
    return groups.agg(
        count(when(not(over), lit(1))).as(GROUPS_FOUND),
        count(when(over, lit(1))).as(GROUPS_OVER_MAX_SIZE),
        max(when(over, col(SIZE))).as(LARGEST_GROUP_OVER_MAX_SIZE));
  }

  static List<Item> items(List<Row> structs) {
    List<Item> items = new ArrayList<>(structs.size());
    for (Row r : structs) {
      items.add(new Item(r.getString(0), r.getLong(1)));
    }
    return items;
  }

  static Row mined(ClosedGroups.Group g) {
    // Arrays, not java.util.List: the row encoders of flatMap take Scala sequences or arrays.
    return RowFactory.create(
        g.persons().toArray(String[]::new), g.persons().size(), g.articles(), g.overMax());
  }

  /** A transaction (items, articles, total) to each branch it belongs to. */
  static final class Ship implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Limits limits;

    Ship(Limits limits) {
      this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<Row> structs = r.getList(0);
      long total = r.getLong(2);
      Row[] shipped = structs.toArray(Row[]::new);
      List<Row> out = new ArrayList<>();
      for (String b : ClosedGroups.branches(items(structs), total, limits)) {
        out.add(RowFactory.create(b, shipped, r.getLong(1), total));
      }
      return out.iterator();
    }
  }

  static int shufflePartitions(Dataset<Row> any) {
    return Integer.parseInt(any.sparkSession().conf().get("spark.sql.shuffle.partitions"));
  }

  /**
   * The branches of one partition, sorted by branch, in; their closed groups out, one branch in
   * memory at a time.
   */
  static final class MineBranches implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Limits limits;

    MineBranches(Limits limits) {
      this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private Row pending = rows.hasNext() ? rows.next() : null;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty() && pending != null) {
            String head = pending.getString(0);
            ClosedGroups.Branch branch = new ClosedGroups.Branch(head, pending.getLong(3), limits);
            while (pending != null && pending.getString(0).equals(head)) {
              branch.add(items(pending.getList(1)), pending.getLong(2));
              pending = rows.hasNext() ? rows.next() : null;
            }
            branch.mine(g -> ready.add(mined(g)));
          }
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return ready.poll();
        }
      };
    }
  }

  /** The closure of the empty set (persons, total), as a group when it is one. */
  static final class Root implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Limits limits;

    Root(Limits limits) {
      this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Row r) {
      if (r.isNullAt(1)) {
        return Collections.emptyIterator();
      }
      return ClosedGroups.root(r.getList(0), r.getLong(1), limits)
          .map(g -> List.of(mined(g)).iterator())
          .orElse(Collections.emptyIterator());
    }
  }

  /** The pairs of a sorted transaction, each with the transaction's articles. */
  static final class WeightedPairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row r) {
      List<String> persons = r.getList(r.fieldIndex(PERSONS));
      long articles = r.getLong(r.fieldIndex(ARTICLES));
      List<Row> out = new ArrayList<>();
      for (int i = 0; i < persons.size(); i++) {
        for (int j = i + 1; j < persons.size(); j++) {
          out.add(RowFactory.create(persons.get(i), persons.get(j), articles));
        }
      }
      return out.iterator();
    }
  }

  /**
   * A group's factors of E_c, for each member c as the center: each pair (c, j) (as a &lt; b,
   * coefficient 1) and c itself (a = b, coefficient −(k − 2)). A group over the maximum has no
   * lift: one placeholder term, with persons that are no one's.
   */
  static final class Terms implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 2L;

    @Override
    public Iterator<Row> call(Row r) {
      if (r.getBoolean(3)) {
        return List.of(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), "", "", "", 0.0))
            .iterator();
      }
      List<String> persons = r.getList(0);
      int k = persons.size();
      List<Row> out = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        String center = persons.get(c);
        out.add(
            RowFactory.create(
                r.get(0), r.get(1), r.get(2), r.get(3), center, center, center, (double) -(k - 2)));
        for (int j = 0; j < k; j++) {
          if (j != c) {
            String other = persons.get(j);
            boolean first = center.compareTo(other) < 0;
            out.add(
                RowFactory.create(
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    r.get(3),
                    center,
                    first ? center : other,
                    first ? other : center,
                    1.0));
          }
        }
      }
      return out.iterator();
    }
  }
}
