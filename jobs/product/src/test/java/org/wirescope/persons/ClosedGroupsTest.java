package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wirescope.persons.ClosedGroups.Group;
import org.wirescope.persons.ClosedGroups.Limits;
import org.wirescope.persons.ClosedGroups.Transaction;

/** The miner alone, on hand-written transaction lists; no Spark. */
class ClosedGroupsTest {
  static Transaction tx(long articles, String... persons) {
    return new Transaction(List.of(persons), articles);
  }

  static Transaction tx(String... persons) {
    return tx(1, persons);
  }

  /** Listed groups as "A,B,C" -> articles. */
  static Map<String, Long> listed(List<Group> groups) {
    Map<String, Long> out = new TreeMap<>();
    for (Group g : groups) {
      if (!g.overMax()) {
        assertTrue(
            out.put(String.join(",", g.persons()), g.articles()) == null, "listed twice: " + g);
      }
    }
    return out;
  }

  static List<Group> overMax(List<Group> groups) {
    return groups.stream().filter(Group::overMax).toList();
  }

  /** Fixture "re-sent story": {A,B,C} three times as separate articles, once with D. */
  @Test
  void identicalArticlesAddUpAsOneSet() {
    List<Transaction> db =
        List.of(tx("A", "B", "C"), tx("C", "B", "A"), tx("A", "B", "C"), tx("A", "B", "C", "D"));
    assertEquals(Map.of("A,B,C", 4L), listed(ClosedGroups.mine(db, new Limits(2, 5))));
    assertEquals(
        Map.of("A,B,C", 4L, "A,B,C,D", 1L), listed(ClosedGroups.mine(db, new Limits(1, 5))));
    assertEquals(
        listed(ClosedGroups.mine(db, new Limits(2, 5))),
        listed(
            ClosedGroups.mine(
                List.of(tx(3, "A", "B", "C"), tx("A", "B", "C", "D")), new Limits(2, 5))),
        "weights and repeated rows give the same groups");
  }

  /**
   * Fixture "everyone names R1 and R2": they are the closure of the empty set, a pair, so in every
   * closed group but no group themselves; A, B and C split the articles so each trio with R1 and R2
   * is closed (3 articles) and each four-some too (2), while the five-some has 1.
   */
  @Test
  void closureOfTheEmptySetJoinsEveryGroup() {
    List<Transaction> db =
        List.of(
            tx("R1", "R2", "A", "B"),
            tx("R1", "R2", "A", "C"),
            tx("R1", "R2", "B", "C"),
            tx("R1", "R2", "A", "B", "C"));
    assertEquals(
        Map.of(
            "A,R1,R2",
            3L,
            "B,R1,R2",
            3L,
            "C,R1,R2",
            3L,
            "A,B,R1,R2",
            2L,
            "A,C,R1,R2",
            2L,
            "B,C,R1,R2",
            2L),
        listed(ClosedGroups.mine(db, new Limits(2, 5))));
  }

  /** Fixture "a trio in every article": the closure of the empty set is itself a group. */
  @Test
  void closureOfTheEmptySetIsAGroupWhenLargeEnough() {
    List<Transaction> db =
        List.of(
            tx("R1", "R2", "R3", "A"),
            tx("R1", "R2", "R3", "B"),
            tx("R1", "R2", "R3"),
            tx("R1", "R2", "R3", "A", "B"));
    assertEquals(
        Map.of("R1,R2,R3", 4L, "A,R1,R2,R3", 2L, "B,R1,R2,R3", 2L),
        listed(ClosedGroups.mine(db, new Limits(2, 5))));
  }

  /**
   * Fixture "everyone names the same four": with a maximum of 3 the closure of the empty set is
   * over it, so nothing is listed and only that set is counted, not its supersets.
   */
  @Test
  void closureOfTheEmptySetOverTheMaximumEndsTheMining() {
    List<Transaction> db =
        List.of(
            tx("R1", "R2", "R3", "R4", "A"),
            tx("R1", "R2", "R3", "R4", "A"),
            tx("R1", "R2", "R3", "R4", "B"));
    List<Group> groups = ClosedGroups.mine(db, new Limits(2, 3));
    assertEquals(List.of(new Group(List.of("R1", "R2", "R3", "R4"), 3, true)), groups);
  }

  /**
   * Fixture "a ring": four trios over A..D, each twice, so every person has 6 articles and every
   * pair 2 or 4: all ties in the item order. The trios are the closed groups, whatever the order or
   * spelling of the input.
   */
  @Test
  void tiesInTheItemOrderDoNotChangeTheGroups() {
    List<Transaction> db =
        new ArrayList<>(
            List.of(
                tx(2, "A", "B", "C"),
                tx(2, "B", "C", "D"),
                tx(2, "C", "D", "A"),
                tx(2, "D", "A", "B")));
    Map<String, Long> expected = Map.of("A,B,C", 2L, "B,C,D", 2L, "A,C,D", 2L, "A,B,D", 2L);
    assertEquals(expected, listed(ClosedGroups.mine(db, new Limits(2, 5))));
    Collections.reverse(db);
    assertEquals(expected, listed(ClosedGroups.mine(db, new Limits(2, 5))));
    List<Transaction> renamed =
        db.stream()
            .map(
                t ->
                    new Transaction(
                        t.persons().stream()
                            .map(p -> Character.toString('E' + 'D' - p.charAt(0)))
                            .toList(),
                        t.articles()))
            .toList();
    assertEquals(
        Map.of("F,G,H", 2L, "E,F,G", 2L, "E,F,H", 2L, "E,G,H", 2L),
        listed(ClosedGroups.mine(renamed, new Limits(2, 5))),
        "A..D renamed to H..E, so the name order reverses");
  }

  /**
   * Fixture "support steps": {A,B,C} in 3 articles, {B,C,D} in 2, {A,B,C,D} in 1; each step of the
   * minimum drops the groups under it.
   */
  @Test
  void minimumArticlesDropsRarerGroups() {
    List<Transaction> db = List.of(tx(2, "A", "B", "C"), tx("A", "B", "C", "D"), tx("B", "C", "D"));
    assertEquals(
        Map.of("A,B,C", 3L, "B,C,D", 2L, "A,B,C,D", 1L),
        listed(ClosedGroups.mine(db, new Limits(1, 5))));
    assertEquals(Map.of("A,B,C", 3L, "B,C,D", 2L), listed(ClosedGroups.mine(db, new Limits(2, 5))));
    assertEquals(Map.of("A,B,C", 3L), listed(ClosedGroups.mine(db, new Limits(3, 5))));
    assertEquals(Map.of(), listed(ClosedGroups.mine(db, new Limits(4, 5))));
  }

  /**
   * Fixture "a list sent twice": A..F together twice, A, B, C once more. {A..F} is over a maximum
   * of 5, counted once; {A,B,C} is listed; the other subsets of the list, all with the list's two
   * articles, are not closed and never listed.
   */
  @Test
  void groupsOverTheMaximumAreCountedNotListed() {
    List<Transaction> db = List.of(tx(2, "A", "B", "C", "D", "E", "F"), tx("A", "B", "C"));
    List<Group> groups = ClosedGroups.mine(db, new Limits(2, 5));
    assertEquals(Map.of("A,B,C", 3L), listed(groups));
    assertEquals(
        List.of(new Group(List.of("A", "B", "C", "D", "E", "F"), 2, true)), overMax(groups));
    List<Group> six = ClosedGroups.mine(db, new Limits(2, 6));
    assertEquals(Map.of("A,B,C", 3L, "A,B,C,D,E,F", 2L), listed(six));
    assertTrue(overMax(six).isEmpty());
  }

  /** Fixture "pairs only": no article names three persons, so there is no group. */
  @Test
  void pairsAreNoGroups() {
    assertTrue(
        ClosedGroups.mine(List.of(tx(5, "A", "B"), tx(5, "B", "C")), new Limits(1, 5)).isEmpty());
    assertTrue(ClosedGroups.mine(List.of(), new Limits(1, 5)).isEmpty());
  }

  @Test
  void limitsAreValidated() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 5))
            .getMessage()
            .contains("at least 1"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Limits(2, 2))
            .getMessage()
            .contains("at least 3"));
  }

  /** A branch fed an article that does not name its head is a wiring bug, not data. */
  @Test
  void branchRejectsForeignArticles() {
    ClosedGroups.Branch b = new ClosedGroups.Branch("A", 10, new Limits(1, 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> b.add(List.of(new ClosedGroups.Item("B", 3), new ClosedGroups.Item("C", 3)), 1));
  }

  // ---- brute force ----

  /** Every closed set of the database, by trying every subset of its (at most 12) persons. */
  static Map<Set<String>, Long> allClosedSets(List<Transaction> db) {
    List<String> persons =
        new ArrayList<>(new TreeSet<>(db.stream().flatMap(t -> t.persons().stream()).toList()));
    assertTrue(persons.size() <= 12);
    Map<Set<String>, Long> closed = new java.util.HashMap<>();
    for (int mask = 1; mask < 1 << persons.size(); mask++) {
      Set<String> g = new HashSet<>();
      for (int i = 0; i < persons.size(); i++) {
        if ((mask & 1 << i) != 0) {
          g.add(persons.get(i));
        }
      }
      long support = 0;
      Set<String> closure = null;
      for (Transaction t : db) {
        if (t.persons().containsAll(g)) {
          support += t.articles();
          if (closure == null) {
            closure = new HashSet<>(t.persons());
          } else {
            closure.retainAll(t.persons());
          }
        }
      }
      if (support > 0 && closure.equals(g)) {
        closed.put(g, support);
      }
    }
    return closed;
  }

  /**
   * Random databases (fixed seeds) of up to 12 persons: the listed groups are exactly the closed
   * sets of 3..max persons with enough articles; every set reported over the maximum is closed,
   * frequent and too large, reported once; and every such set with no closed subset over the
   * maximum (where mining had to stop) is among them.
   */
  @Test
  void agreesWithBruteForceOnRandomDatabases() {
    int checked = 0;
    int overs = 0;
    for (long seed = 1; seed <= 60; seed++) {
      Random r = new Random(seed);
      int persons = 4 + r.nextInt(9);
      List<Transaction> db = new ArrayList<>();
      int rows = 3 + r.nextInt(25);
      for (int i = 0; i < rows; i++) {
        Set<String> t = new TreeSet<>();
        int size = 1 + r.nextInt(Math.min(persons, 8));
        while (t.size() < size) {
          t.add("p" + (char) ('a' + r.nextInt(persons)));
        }
        db.add(tx(1 + r.nextInt(2), t.toArray(String[]::new)));
      }
      Limits limits = new Limits(1 + r.nextInt(3), 3 + r.nextInt(3));
      Map<Set<String>, Long> closed = allClosedSets(db);
      Map<String, Long> expected = new TreeMap<>();
      Set<Set<String>> overExpected = new HashSet<>();
      closed.forEach(
          (g, n) -> {
            if (n >= limits.minArticles()
                && g.size() >= ClosedGroups.MIN_SIZE
                && g.size() <= limits.maxSize()) {
              expected.put(String.join(",", new TreeSet<>(g)), n);
            }
          });
      List<Group> mined = ClosedGroups.mine(db, limits);
      String context = "seed " + seed + ", " + limits + ", " + db;
      assertEquals(expected, listed(mined), context);
      Set<Set<String>> reported = new HashSet<>();
      for (Group g : overMax(mined)) {
        Set<String> s = new HashSet<>(g.persons());
        assertTrue(reported.add(s), "reported twice: " + g + " " + context);
        assertEquals(
            closed.get(s), g.articles(), "closed with these articles: " + g + " " + context);
        assertTrue(g.articles() >= limits.minArticles() && s.size() > limits.maxSize(), context);
      }
      closed.forEach(
          (g, n) -> {
            boolean over = n >= limits.minArticles() && g.size() > limits.maxSize();
            boolean minimal =
                closed.entrySet().stream()
                    .noneMatch(
                        o ->
                            o.getValue() >= limits.minArticles()
                                && o.getKey().size() > limits.maxSize()
                                && g.containsAll(o.getKey())
                                && !g.equals(o.getKey()));
            if (over && minimal) {
              assertTrue(
                  reported.contains(g),
                  "first closed set over the maximum is counted: " + g + " " + context);
            }
          });
      checked += expected.size();
      overs += reported.size();
    }
    assertTrue(checked > 100, "the random databases have groups to compare: " + checked);
    assertTrue(overs > 10, "and groups over the maximum: " + overs);
    System.out.printf("brute force: %d groups and %d over the maximum compared%n", checked, overs);
  }

  @Test
  void bruteForceSeesTheFixtureGroups() {
    Map<Set<String>, Long> closed =
        allClosedSets(List.of(tx(2, "A", "B", "C", "D", "E", "F"), tx("A", "B", "C")));
    assertEquals(
        Map.of(Set.of("A", "B", "C"), 3L, Set.of("A", "B", "C", "D", "E", "F"), 2L), closed);
  }
}
