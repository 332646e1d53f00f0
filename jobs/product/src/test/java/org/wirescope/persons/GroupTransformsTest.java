package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.persons.ClosedGroups.Limits;
import org.wirescope.tables.PersonGroups;

class GroupTransformsTest {
  static final double EPS = 1e-9;
  static final StructType ARTICLE_PERSONS =
      new StructType()
          .add("article_id", "string", false)
          .add("persons", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static Dataset<Row> articles(List<List<String>> persons) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      rows.add(RowFactory.create("a" + i, persons.get(i).toArray(String[]::new)));
    }
    return SparkTestSession.get().createDataFrame(rows, ARTICLE_PERSONS);
  }

  /** Mined rows as "A,B,C" -> row, over-max ones marked with a trailing "+". */
  static Map<String, Row> byPersons(Dataset<Row> groups) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : groups.collectAsList()) {
      String key = String.join(",", r.<String>getList(r.fieldIndex(PersonGroups.PERSONS)));
      boolean over = r.getBoolean(r.fieldIndex(GroupTransforms.IS_OVER_MAX_SIZE));
      assertTrue(out.put(over ? key + "+" : key, r) == null, "one row per group: " + key);
    }
    return out;
  }

  /**
   * Fixture "a trio and its pairs": A, B and C together in 2 articles, each pair in 3, A in 5, B
   * and C in 4 each. By hand, E_A = n_ab·n_ac / n_a = 9/5 and E_B = E_C = 9/4, so lift = n_abc /
   * max E = 2 / (9/4) = 8/9: the trio meets a little less than its pairs imply.
   */
  @Test
  void liftOfATrioMatchesTheHandComputedValue() {
    Dataset<Row> a =
        articles(
            List.of(
                List.of("A", "B", "C"),
                List.of("A", "B", "C"),
                List.of("A", "B"),
                List.of("A", "C"),
                List.of("B", "C", "D"),
                List.of("A"),
                List.of("D"),
                List.of("E")));
    Map<String, Row> groups = byPersons(GroupTransforms.closedGroups(a, new Limits(2, 5)));
    assertEquals(Set.of("A,B,C"), groups.keySet());
    Row abc = groups.get("A,B,C");
    assertEquals(2L, abc.<Long>getAs(PersonGroups.ARTICLES));
    assertEquals(3, abc.<Integer>getAs(PersonGroups.SIZE));
    assertEquals(8.0 / 9.0, abc.<Double>getAs(PersonGroups.LIFT), EPS);
  }

  /** The lift written out as products over counts made here, for any group size. */
  static double starLift(Set<String> group, List<List<String>> articles) {
    List<String> g = new ArrayList<>(new TreeSet<>(group));
    int k = g.size();
    double most = 0;
    for (String c : g) {
      double expected = 1 / Math.pow(count(articles, Set.of(c)), k - 2);
      for (String j : g) {
        if (!j.equals(c)) {
          expected *= count(articles, Set.of(c, j));
        }
      }
      most = Math.max(most, expected);
    }
    return count(articles, group) / most;
  }

  static long count(List<List<String>> articles, Set<String> persons) {
    return articles.stream().filter(a -> a.containsAll(persons)).count();
  }

  /**
   * Fixture "a four-some inside two trios", N = 12: {A,B,C,D} twice, {A,B,C} and {A,B,D} once more,
   * and pairs and singles around them. The groups of 3 and 4 get the formula's lift.
   */
  @Test
  void liftFollowsTheFormulaForEachGroupSize() {
    List<List<String>> corpus =
        List.of(
            List.of("A", "B", "C", "D"),
            List.of("A", "B", "C", "D"),
            List.of("A", "B", "C"),
            List.of("A", "B", "D"),
            List.of("C", "D"),
            List.of("A"),
            List.of("B", "E"),
            List.of("E", "F"));
    Map<String, Row> groups =
        byPersons(GroupTransforms.closedGroups(articles(corpus), new Limits(2, 5)));
    assertEquals(Set.of("A,B,C", "A,B,D", "A,B,C,D"), groups.keySet());
    assertEquals(3L, groups.get("A,B,C").<Long>getAs(PersonGroups.ARTICLES));
    assertEquals(2L, groups.get("A,B,C,D").<Long>getAs(PersonGroups.ARTICLES));
    for (Map.Entry<String, Row> e : groups.entrySet()) {
      double expected = starLift(Set.of(e.getKey().split(",")), corpus);
      assertEquals(
          expected, e.getValue().<Double>getAs(PersonGroups.LIFT), 1e-9 * expected, e.getKey());
    }
    // By hand for the four-some: n_G = 2, n_A = n_B = 5, n_C = n_D = 4, pairs AB 4, AC BC AD BD 3,
    // CD 3;
    // E_A = E_B = 4·3·3 / 5² = 1.44, E_C = E_D = 3·3·3 / 4² = 27/16: lift = 2 / (27/16) = 32/27.
    double byHand = 32.0 / 27.0;
    assertEquals(byHand, groups.get("A,B,C,D").<Double>getAs(PersonGroups.LIFT), 1e-9 * byHand);
  }

  /**
   * Random corpora (fixed seeds): Spark's branches give exactly the groups and the counted
   * over-size groups of the one-machine miner; one corpus names R1..R3 everywhere, so the closure
   * of the empty set is a group, another R1..R6, over the maximum.
   */
  @Test
  void sparkBranchesAgreeWithTheMinerOnOneMachine() {
    for (int seed = 1; seed <= 4; seed++) {
      Random r = new Random(seed);
      List<List<String>> corpus = new ArrayList<>();
      int articles = 20 + r.nextInt(40);
      for (int i = 0; i < articles; i++) {
        Set<String> persons = new TreeSet<>();
        int size = 1 + r.nextInt(7);
        while (persons.size() < size) {
          persons.add("p" + r.nextInt(14));
        }
        if (seed == 3) {
          persons.addAll(List.of("R1", "R2", "R3"));
        }
        if (seed == 4) {
          persons.addAll(List.of("R1", "R2", "R3", "R4", "R5", "R6"));
        }
        corpus.add(new ArrayList<>(persons));
      }
      Limits limits = new Limits(2, seed == 2 ? 3 : 5);
      Map<String, Long> expected = new TreeMap<>();
      for (ClosedGroups.Group g :
          ClosedGroups.mine(
              corpus.stream().map(p -> new ClosedGroups.Transaction(p, 1)).toList(), limits)) {
        expected.put(String.join(",", g.persons()) + (g.overMax() ? "+" : ""), g.articles());
      }
      Map<String, Long> actual = new TreeMap<>();
      byPersons(GroupTransforms.closedGroups(articles(corpus), limits))
          .forEach((k, row) -> actual.put(k, row.<Long>getAs(PersonGroups.ARTICLES)));
      assertEquals(expected, actual, "seed " + seed);
      if (seed < 4) {
        assertTrue(expected.size() > 3, "seed " + seed + " has groups: " + expected);
      }
      if (seed == 3) {
        assertTrue(
            actual.containsKey("R1,R2,R3"), "the closure of the empty set: " + actual.keySet());
      }
      if (seed == 4) {
        assertEquals(Map.of("R1,R2,R3,R4,R5,R6+", (long) articles), actual);
      }
    }
  }

  static final StructType MINED_WITH_LIFT = GroupTransforms.MINED_WITH_LIFT;

  static Row mined(long articles, double lift, String... persons) {
    return RowFactory.create(persons, persons.length, articles, false, lift);
  }

  /**
   * Fixture "ranking": five groups, two tied on articles and lift, one over the maximum. The cap
   * keeps the best by articles, then lift, then persons; the summary counts all.
   */
  @Test
  void topGroupsAreRankedAndCapped() {
    Dataset<Row> groups =
        SparkTestSession.get()
            .createDataFrame(
                List.of(
                    mined(3, 0.5, "A", "B", "C"),
                    mined(5, 0.1, "B", "C", "D"),
                    mined(3, 2.0, "C", "D", "E"),
                    mined(3, 0.5, "A", "B", "D"),
                    RowFactory.create(
                        new String[] {"A", "B", "C", "D", "E", "F"}, 6, 9L, true, null),
                    mined(2, 9.0, "D", "E", "F")),
                MINED_WITH_LIFT);
    List<Row> top = GroupTransforms.filterTop(groups, 4, 100).collectAsList();
    assertEquals(
        List.of("B,C,D", "C,D,E", "A,B,C", "A,B,D"),
        top.stream().map(r -> String.join(",", r.<String>getList(0))).toList());
    assertEquals(
        List.of(PersonGroups.SCHEMA.fieldNames()), List.of(top.get(0).schema().fieldNames()));
    assertEquals(0.05, top.get(0).<Double>getAs(PersonGroups.SUPPORT), EPS);
    assertEquals(1, GroupTransforms.filterTop(groups, 1, 100).count());
    Row summary = GroupTransforms.summary(groups).first();
    assertEquals(5L, summary.<Long>getAs(GroupTransforms.GROUPS_FOUND));
    assertEquals(1L, summary.<Long>getAs(GroupTransforms.GROUPS_OVER_MAX_SIZE));
    assertEquals(6, summary.<Integer>getAs(GroupTransforms.LARGEST_GROUP_OVER_MAX_SIZE));
    Row none = GroupTransforms.summary(groups.limit(0)).first();
    assertEquals(0L, none.<Long>getAs(GroupTransforms.GROUPS_FOUND));
    assertNull(none.get(none.fieldIndex(GroupTransforms.LARGEST_GROUP_OVER_MAX_SIZE)));
  }

  /** Fixture "nobody together": no article names three persons, so there are no groups. */
  @Test
  void noTriosNoGroups() {
    Dataset<Row> a =
        articles(List.of(List.of("A", "B"), List.of("A", "B"), List.of("C"), List.of()));
    assertEquals(0, GroupTransforms.closedGroups(a, new Limits(1, 5)).count());
  }
}
