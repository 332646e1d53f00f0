package org.wirescope.text.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Countries and regions (continents, states and provinces) as places, from the word list {@code
 * countries}: each one's display name, its other names ("U.S.", "USA", "America" for the United
 * States) and the adjectives that mean it ("American"). A name or adjective is looked up by its
 * {@link #form}: lower case, without periods, so "U.S." and "US" are one.
 */
public final class Countries {
  private Countries() {}

  /**
   * One country or region: its key (its display name's {@link #form}), its display name, and
   * whether it is a region (a continent, a state or province) rather than a country.
   */
  public record Country(String key, String display, boolean region) {}

  private static final String REGION = "@region";

  private static final Map<String, Country> BY_NAME = new HashMap<>();
  private static final Map<String, Country> BY_ADJECTIVE = new HashMap<>();
  private static final Map<String, Country> ALL = new TreeMap<>();

  static {
    for (List<String> words : WordLists.lines("countries")) {
      String line = String.join(" ", words);
      boolean region = line.startsWith(REGION);
      if (region) {
        line = line.substring(REGION.length()).strip();
      }
      int semi = line.indexOf(';');
      String names = semi >= 0 ? line.substring(0, semi) : line;
      String[] all = names.split("\\|");
      String display = all[0].strip();
      Country c = new Country(form(display), display, region);
      ALL.put(display, c);
      for (String name : all) {
        put(BY_NAME, form(name), c, line);
      }
      if (semi >= 0) {
        for (String adjective : line.substring(semi + 1).split(",")) {
          put(BY_ADJECTIVE, form(adjective), c, line);
        }
      }
    }
  }

  private static void put(Map<String, Country> map, String key, Country c, String line) {
    Country had = key.isEmpty() ? c : map.putIfAbsent(key, c);
    if (key.isEmpty() || (had != null && !had.equals(c))) {
      throw new IllegalStateException(
          "word list countries: '" + key + "' is empty or names two places, at: " + line);
    }
  }

  /** How names are compared here: lower case, periods dropped, whitespace collapsed. */
  public static String form(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** Every country and region, by its usual name ("Canada", "United States"), sorted. */
  public static Map<String, Country> all() {
    return java.util.Collections.unmodifiableMap(ALL);
  }

  /** Every name of a country or region as {@link #form} writes it ("us", "holland"), sorted. */
  public static java.util.SortedSet<String> nameForms() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(BY_NAME.keySet()));
  }

  /** The country this name names ("U.S.", "Holland"), or null. */
  public static Country named(String name) {
    return BY_NAME.get(form(name));
  }

  /** The country this adjective means ("Canadian", "West German"), or null. */
  public static Country ofAdjective(String adjective) {
    return BY_ADJECTIVE.get(form(adjective));
  }
}
