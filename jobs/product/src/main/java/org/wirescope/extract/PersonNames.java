package org.wirescope.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Person tags in the display form text uses. Tags come in the source's spelling: TASS writes
 * "Dmitry Peskov", Reuters-21578 writes slugs such as "james-baker" or "reagan". A slug becomes
 * "James Baker" so that tag and text forms of one person meet under one canonical name.
 */
public final class PersonNames {
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin",
          "ibn", "al", "el", "dos", "das", "ter", "ten");

  private PersonNames() {}

  /** "james-baker" to "James Baker", "de-larosiere" to "de Larosiere"; display forms unchanged. */
  public static String display(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip();
    boolean slug = !t.isEmpty() && t.equals(t.toLowerCase(Locale.ROOT)) && !t.contains(" ");
    if (!slug) {
      return t.replaceAll("\\s+", " ");
    }
    String[] parts = t.split("[-_]+");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      boolean particle = PARTICLES.contains(p) && i < parts.length - 1 && i > 0;
      b.append(particle ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1));
    }
    return b.toString();
  }

  /** The last word of a name, lower-cased: what two forms of one person share ("Reagan"). */
  public static String surname(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String[] w = name.strip().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
  }
}
