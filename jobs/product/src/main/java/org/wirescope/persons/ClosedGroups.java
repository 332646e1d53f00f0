package org.wirescope.persons;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Closed groups of persons, mined in plain Java: the algorithm behind {@code person_groups}.
 *
 * <p>A group G is <em>closed</em> when the persons named by every article that names all of G are
 * exactly G: no larger group has the same articles. A list re-sent twice makes its whole person set
 * one closed group of two articles, not 2^n frequent subsets; a subset is closed only when other
 * articles name it without the rest of the list.
 *
 * <p>The enumeration is Uno et al.'s LCM (prefix-preserving closure extension): persons are put in
 * a fixed order (fewest articles first, ties by name), and a closed set P with core item c has as
 * children the closures Q = clo(P ∪ {x}) for x after c and not in P, kept only when Q adds no
 * person before x. Every closed set is then reached exactly once, and no set that is not closed is
 * ever visited. The tree splits into independent <em>branches</em>, one per person e: the closed
 * sets whose first person (outside {@code clo(∅)}) is e. A branch needs only the articles naming e,
 * so Spark ships each article to the branch of each of its persons and mines the branches in
 * parallel ({@link GroupTransforms}); {@link #mine} runs the same steps on one machine, for tests
 * and as their reference.
 *
 * <p>A closed set larger than {@link Limits#maxSize} ends its path: its descendants are larger
 * still. It is reported once, with {@link Group#overMax()} set, so it can be counted, and its
 * closed supersets are neither listed nor counted.
 */
public final class ClosedGroups {
  /** The smallest group listed: pairs are {@code person_pairs}' business. */
  public static final int MIN_SIZE = 3;

  private ClosedGroups() {}

  /** How much support a group needs and how large it may be. */
  public record Limits(long minArticles, int maxSize) implements Serializable {
    public Limits {
      if (minArticles < 1) {
        throw new IllegalArgumentException("a group needs at least 1 article, not " + minArticles);
      }
      if (maxSize < MIN_SIZE) {
        throw new IllegalArgumentException(
            "the largest group must have at least " + MIN_SIZE + " persons, not " + maxSize);
      }
    }
  }

  /** A person set and the number of articles naming exactly that set. */
  public record Transaction(List<String> persons, long articles) {}

  /**
   * A person and the number of articles of the mined set naming them: the key of the item order
   * (fewest articles first, ties by name).
   */
  public record Item(String person, long articles) implements Comparable<Item>, Serializable {
    static final Comparator<Item> ORDER =
        Comparator.comparingLong(Item::articles).thenComparing(Item::person);

    @Override
    public int compareTo(Item o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * A closed group: its persons sorted by name and the articles naming all of them. When {@code
   * overMax}, it is larger than the maximum: counted, not listed.
   */
  public record Group(List<String> persons, long articles, boolean overMax) {}

  /**
   * The closed groups of {@code articles} (one transaction per article or per distinct person set),
   * of {@link #MIN_SIZE} to {@code maxSize} persons with at least {@code minArticles} articles,
   * plus the closed sets over the maximum at which mining stopped; sorted by persons. The steps are
   * those of {@link GroupTransforms#closedGroups}, on one machine.
   */
  public static List<Group> mine(Collection<Transaction> articles, Limits limits) {
    List<Transaction> db = prefilter(articles, limits);
    Map<String, Long> frequency = new HashMap<>();
    long total = 0;
    for (Transaction t : db) {
      total += t.articles();
      for (String p : t.persons()) {
        frequency.merge(p, t.articles(), Long::sum);
      }
    }
    List<Group> out = new ArrayList<>();
    final long all = total;
    List<String> everywhere =
        frequency.entrySet().stream()
            .filter(e -> e.getValue() == all)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    root(everywhere, total, limits).ifPresent(out::add);
    Map<String, Branch> branches = new HashMap<>();
    for (Transaction t : db) {
      List<Item> items = t.persons().stream().map(p -> new Item(p, frequency.get(p))).toList();
      for (String b : branches(items, total, limits)) {
        branches.computeIfAbsent(b, k -> new Branch(k, all, limits)).add(items, t.articles());
      }
    }
    branches.keySet().stream().sorted().forEach(b -> branches.get(b).mine(out::add));
    out.sort(Comparator.comparing(g -> String.join("\u0000", g.persons())));
    return out;
  }

  /**
   * What can be left out before mining without changing the closed groups: persons named in fewer
   * than {@code minArticles} articles (no group of enough articles holds them, and they are in no
   * closure of one), then person sets left with fewer than {@link #MIN_SIZE} persons (they name no
   * group); identical sets become one weighted transaction.
   */
  static List<Transaction> prefilter(Collection<Transaction> articles, Limits limits) {
    Map<String, Long> count = new HashMap<>();
    for (Transaction t : articles) {
      for (String p : new HashSet<>(t.persons())) {
        count.merge(p, t.articles(), Long::sum);
      }
    }
    Map<List<String>, Long> sets = new LinkedHashMap<>();
    for (Transaction t : articles) {
      List<String> kept = new ArrayList<>(new TreeSet<>(t.persons()));
      kept.removeIf(p -> count.get(p) < limits.minArticles());
      if (kept.size() >= MIN_SIZE) {
        sets.merge(kept, t.articles(), Long::sum);
      }
    }
    List<Transaction> db = new ArrayList<>();
    sets.forEach((persons, n) -> db.add(new Transaction(persons, n)));
    return db;
  }

  /**
   * The closure of the empty set, {@code everywhere}: the persons named in every one of the {@code
   * total} articles mined. It is a group itself when large and frequent enough; when it is over the
   * maximum, so is every other closed set, and it is the only one reported.
   */
  public static Optional<Group> root(List<String> everywhere, long total, Limits limits) {
    if (everywhere.size() < MIN_SIZE || total < limits.minArticles()) {
      return Optional.empty();
    }
    List<String> persons = everywhere.stream().sorted().toList();
    return Optional.of(new Group(persons, total, persons.size() > limits.maxSize()));
  }

  /**
   * The branches an article goes to: each of its persons that has enough articles and is not named
   * everywhere ({@code articles < total}; those are in every closed set and head none).
   */
  public static List<String> branches(List<Item> items, long total, Limits limits) {
    List<String> out = new ArrayList<>();
    for (Item i : items) {
      if (i.articles() >= limits.minArticles() && i.articles() < total) {
        out.add(i.person());
      }
    }
    return out;
  }

  /**
   * One branch: the closed sets whose first person in the item order (outside the closure of the
   * empty set) is {@code head}. Fed the articles naming {@code head}, each with all its persons and
   * their article counts; {@link #mine} reports its groups.
   *
   * <p>Articles that agree on the persons from {@code head} on are merged as they arrive: every set
   * this branch visits is drawn from those persons, so such articles always fall together, and of
   * the persons before {@code head} only those all of them name matter (the check that a closure
   * adds nobody before its new person). A person named in thousands of articles therefore costs
   * memory for the distinct tails of those articles, not for each one.
   */
  public static final class Branch {
    private final String head;
    private final long total;
    private final Limits limits;
    private final Map<List<Item>, Merged> byTail = new HashMap<>();
    private Item headItem;

    /** Articles with one tail: their count and the persons before the head they all name. */
    private static final class Merged {
      long articles;
      List<Item> before;
    }

    public Branch(String head, long total, Limits limits) {
      this.head = head;
      this.total = total;
      this.limits = limits;
    }

    /** Adds {@code articles} articles naming exactly {@code items} (one of which is the head). */
    public void add(List<Item> items, long articles) {
      if (headItem == null) {
        headItem =
            items.stream()
                .filter(i -> i.person().equals(head))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "an article of branch " + head + " does not name it"));
      }
      Item[] sorted = items.toArray(Item[]::new);
      Arrays.sort(sorted, Item.ORDER);
      int split = 0;
      while (split < sorted.length && sorted[split].compareTo(headItem) < 0) {
        split++;
      }
      if (split == sorted.length || !sorted[split].equals(headItem)) {
        throw new IllegalArgumentException("an article of branch " + head + " does not name it");
      }
      List<Item> before = Arrays.asList(sorted).subList(0, split);
      Merged m =
          byTail.computeIfAbsent(
              Arrays.asList(sorted).subList(split, sorted.length), k -> new Merged());
      m.articles += articles;
      m.before = m.before == null ? before : common(m.before, before);
    }

    /** The items of two lists sorted in the item order that are in both. */
    private static List<Item> common(List<Item> a, List<Item> b) {
      List<Item> out = new ArrayList<>();
      int i = 0;
      int j = 0;
      while (i < a.size() && j < b.size()) {
        int c = a.get(i).compareTo(b.get(j));
        if (c == 0) {
          out.add(a.get(i));
          i++;
          j++;
        } else if (c < 0) {
          i++;
        } else {
          j++;
        }
      }
      return out;
    }

    /** Runs the enumeration of this branch and hands each closed group found to {@code out}. */
    public void mine(Consumer<Group> out) {
      if (byTail.isEmpty()) {
        return;
      }
      // Local ids follow the item order, so "before x" is "id < x".
      Set<Item> present = new HashSet<>();
      for (Map.Entry<List<Item>, Merged> e : byTail.entrySet()) {
        present.addAll(e.getKey());
        present.addAll(e.getValue().before);
      }
      Item[] items = present.toArray(Item[]::new);
      Arrays.sort(items, Item.ORDER);
      int everywhere = 0;
      Map<Item, Integer> id = new HashMap<>();
      for (int i = 0; i < items.length; i++) {
        id.put(items[i], i);
        if (items[i].articles() == total) {
          everywhere++;
        }
      }
      if (everywhere > limits.maxSize()) {
        return; // the closure of the empty set is already over the maximum: see root()
      }
      // The order of transactions changes nothing: closures are intersections, candidates sorted.
      List<Map.Entry<List<Item>, Merged>> entries = new ArrayList<>(byTail.entrySet());
      int n = entries.size();
      int[][] tx = new int[n][];
      long[] weight = new long[n];
      for (int t = 0; t < n; t++) {
        Map.Entry<List<Item>, Merged> e = entries.get(t);
        int[] ids = new int[e.getKey().size() + e.getValue().before.size()];
        int k = 0;
        for (Item p : e.getValue().before) {
          ids[k++] = id.get(p);
        }
        for (Item p : e.getKey()) {
          ids[k++] = id.get(p);
        }
        Arrays.sort(ids);
        tx[t] = ids;
        weight[t] = e.getValue().articles;
      }
      new Enumeration(items, tx, weight, limits, out).run(id.get(headItem));
    }
  }

  /** LCM over one branch's transactions, as local item ids in the item order. */
  private static final class Enumeration {
    private final Item[] items;
    private final int[][] tx;
    private final long[] weight;
    private final Limits limits;
    private final Consumer<Group> out;

    /** Scratch per item: transactions counted, reset after each use. */
    private final int[] hits;

    /** Per recursion depth: weighted support and transaction lists of each candidate item. */
    private final List<long[]> supportAt = new ArrayList<>();

    private final List<int[][]> occAt = new ArrayList<>();
    private final List<int[]> occSizeAt = new ArrayList<>();

    Enumeration(Item[] items, int[][] tx, long[] weight, Limits limits, Consumer<Group> out) {
      this.items = items;
      this.tx = tx;
      this.weight = weight;
      this.limits = limits;
      this.out = out;
      this.hits = new int[items.length];
    }

    void run(int head) {
      int[] all = new int[tx.length];
      long support = 0;
      for (int t = 0; t < tx.length; t++) {
        all[t] = t;
        support += weight[t];
      }
      if (support < limits.minArticles()) {
        return;
      }
      int[] closed = closure(all, head, null);
      if (closed != null) {
        visit(closed, all, head, support, 0);
      }
    }

    /**
     * The persons every transaction of {@code occ} names, or null when one of them comes before
     * {@code added} without being in {@code parent} (the closure belongs to another branch or
     * parent: prefix-preserving check). {@code parent} null means the empty set.
     */
    private int[] closure(int[] occ, int added, int[] parent) {
      int[] touched = tx[occ[0]];
      for (int t : occ) {
        for (int i : tx[t]) {
          hits[i]++;
        }
      }
      int size = 0;
      boolean preserved = true;
      for (int i : touched) { // an item in every transaction is in the first one
        if (hits[i] == occ.length) {
          size++;
          if (i < added && (parent == null || Arrays.binarySearch(parent, i) < 0)) {
            preserved = false;
          }
        }
      }
      int[] closed = preserved ? new int[size] : null;
      int k = 0;
      for (int i : touched) {
        if (preserved && hits[i] == occ.length) {
          closed[k++] = i;
        }
      }
      for (int t : occ) {
        for (int i : tx[t]) {
          hits[i] = 0;
        }
      }
      return closed;
    }

    private void visit(int[] closed, int[] occ, int core, long support, int depth) {
      if (closed.length > limits.maxSize()) {
        out.accept(group(closed, support, true));
        return;
      }
      if (closed.length >= MIN_SIZE) {
        out.accept(group(closed, support, false));
      }
      if (supportAt.size() == depth) {
        supportAt.add(new long[items.length]);
        occAt.add(new int[items.length][]);
        occSizeAt.add(new int[items.length]);
      }
      long[] sup = supportAt.get(depth);
      int[][] occOf = occAt.get(depth);
      int[] occSize = occSizeAt.get(depth);
      // Weighted support and transactions of each candidate after the core.
      int[] candidates = new int[8];
      int nCandidates = 0;
      for (int t : occ) {
        for (int i : tx[t]) {
          if (i > core) {
            if (occSize[i]++ == 0) {
              if (nCandidates == candidates.length) {
                candidates = Arrays.copyOf(candidates, 2 * nCandidates);
              }
              candidates[nCandidates++] = i;
            }
            sup[i] += weight[t];
          }
        }
      }
      candidates = Arrays.copyOf(candidates, nCandidates);
      Arrays.sort(candidates);
      for (int i : candidates) {
        occOf[i] = new int[occSize[i]];
        occSize[i] = 0;
      }
      for (int t : occ) {
        for (int i : tx[t]) {
          if (i > core) {
            occOf[i][occSize[i]++] = t;
          }
        }
      }
      // A candidate in every transaction (support equal to the set's) is in the set already.
      for (int x : candidates) {
        long s = sup[x];
        int[] occX = occOf[x];
        sup[x] = 0;
        occSize[x] = 0;
        occOf[x] = null;
        if (s >= limits.minArticles() && s < support) {
          int[] child = closure(occX, x, closed);
          if (child != null) {
            visit(child, occX, x, s, depth + 1);
          }
        }
      }
    }

    private Group group(int[] closed, long support, boolean overMax) {
      List<String> persons = new ArrayList<>(closed.length);
      for (int i : closed) {
        persons.add(items[i].person());
      }
      persons.sort(null);
      return new Group(List.copyOf(persons), support, overMax);
    }
  }
}
