package org.wirescope.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words news wire writes in lower case and almost never in a person's name ("value", "cattle",
 * "product", "savings"): a capitalised run of only such words is a phrase, not a person, unless the
 * article says otherwise. Counted from the tagger's training articles by {@link
 * NameTraining#commonWords} (jobs/bin/train-names writes {@link #RESOURCE}); given names never
 * count as common.
 */
public final class CommonWords {
  private CommonWords() {}

  public static final String RESOURCE = "/org/wirescope/text/common-words.txt";

  private static volatile Set<String> shipped;

  /** Whether the lower-case word {@code w} is common. */
  public static boolean contains(String w) {
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
        throw new IllegalStateException(
            "the common-word list " + RESOURCE + " is missing from the class path");
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
    return WordLists.frozen(out);
  }

  /** The list as the resource is written: a header line, then one word per line. */
  public static String format(List<String> words) {
    StringBuilder b =
        new StringBuilder("# written by jobs/bin/train-names from CoNLL-2003 train; do not edit\n");
    for (String w : words) {
      b.append(w).append('\n');
    }
    return b.toString();
  }
}
