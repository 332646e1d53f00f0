package org.wirescope.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words news wire writes in lower case and almost never in a person's name ("value", "cattle",
 * "product", "savings"): a capitalised run of only such words is a phrase, not a person, unless
 * the article says otherwise. Counted from the tagger's training articles by {@link #derive}
 * (jobs/bin/train-names writes {@link #RESOURCE}); given names never count as common.
 */
public final class CommonWords {
  private CommonWords() {}

  public static final String RESOURCE = "/org/wirescope/text/common-words.txt";

  /** Lower-case uses a word needs to be common... */
  static final int MIN_LOWER = 5;
  /** ...and how many times its uses inside persons' names they must be. */
  static final int LOWER_TO_PERSON = 20;

  private static volatile Set<String> shipped;

  /** Whether the lower-case word {@code w} is common. */
  static boolean contains(String w) {
    Set<String> s = shipped;
    if (s == null) {
      synchronized (CommonWords.class) {
        s = shipped;
        if (s == null) {
          s = load();
          shipped = s;
        }
      }
    }
    return s.contains(w);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the common-word list " + RESOURCE + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /**
   * The common words of {@code articles}: written in lower case at least {@link #MIN_LOWER} times
   * and {@link #LOWER_TO_PERSON} times as often as inside a marked person's name; three letters
   * or more, and not a listed given name. Sorted, so the list is the same on every run.
   */
  public static List<String> derive(List<NameTraining.Article> articles) {
    Map<String, int[]> counts = new HashMap<>(); // word -> {lower-case uses, uses in persons' names}
    for (NameTraining.Article a : articles) {
      Tokens t = Tokens.of(a.text());
      boolean[] inPerson = new boolean[t.size];
      for (NameTraining.Name n : a.names()) {
        if (n.kind().equals("PER")) {
          for (int j = firstAtOrAfter(t, n.start()); j < t.size && t.end[j] <= n.end(); j++) {
            inPerson[j] = true;
          }
        }
      }
      for (int k = 0; k < t.size; k++) {
        if (!t.word[k]) {
          continue;
        }
        String w = Words.lower(t.str(k));
        if (Character.isLowerCase(t.first(k))) {
          counts.computeIfAbsent(w, x -> new int[2])[0]++;
        } else if (inPerson[k]) {
          counts.computeIfAbsent(w, x -> new int[2])[1]++;
        }
      }
    }
    TreeSet<String> out = new TreeSet<>();
    counts.forEach((w, c) -> {
      if (w.length() >= 3 && c[0] >= MIN_LOWER && c[0] >= c[1] * LOWER_TO_PERSON
          && !Words.GIVEN_NAMES.contains(w) && w.chars().allMatch(Character::isLetter)) {
        out.add(w);
      }
    });
    return List.copyOf(out);
  }

  private static int firstAtOrAfter(Tokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The list as the resource is written: a header line, then one word per line. */
  public static String format(List<String> words) {
    StringBuilder b = new StringBuilder("# written by jobs/bin/train-names from CoNLL-2003 train; do not edit\n");
    for (String w : words) {
      b.append(w).append('\n');
    }
    return b.toString();
  }
}
