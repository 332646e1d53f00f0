package org.wirescope.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {slot}} placeholders of {@link Lexicon} pools and picks pool entries by camp
 * tag. Month and weekday names are spelled out here rather than through {@code java.time}
 * formatting, so the output never depends on the default locale.
 */
final class Templates {
  private Templates() {}

  static final String[] MONTH_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_0-9]+|[^{}]*\\|[^{}]*)\\}");
  private static final Pattern TAG = Pattern.compile("^\\[([^\\]]+)\\] ");

  static String monthName(int month) {
    return MONTH_NAMES[month - 1];
  }

  static String weekday(DayOfWeek d) {
    return WEEKDAYS[d.getValue() - 1];
  }

  /**
   * True when a pool entry suits the person: untagged, tagged with their camp, or with their
   * surname.
   */
  static boolean fits(String entry, Person p) {
    Matcher m = TAG.matcher(entry);
    if (!m.find()) {
      return true;
    }
    String tag = m.group(1);
    if (tag.startsWith("@")) {
      return tag.substring(1).equals(p.surname());
    }
    return tag.indexOf(p.camp()) >= 0;
  }

  /** The entry without its tag. */
  static String untagged(String entry) {
    Matcher m = TAG.matcher(entry);
    return m.find() ? entry.substring(m.end()) : entry;
  }

  /** The entries of a pool that suit {@code p}, without their tags; the whole pool if none does. */
  static List<String> suiting(List<String> pool, Person p) {
    List<String> out = new ArrayList<>();
    for (String e : pool) {
      if (fits(e, p)) {
        out.add(untagged(e));
      }
    }
    if (out.isEmpty()) {
      pool.forEach(e -> out.add(untagged(e)));
    }
    return out;
  }

  static <T> T pick(List<T> list, Random rnd) {
    return list.get(rnd.nextInt(list.size()));
  }

  /**
   * Fills every placeholder: named slots from the article's day and random draws, {@code {a|b}} by
   * choice, and any name in {@code given} (such as {S}) as given.
   */
  static String fill(String template, LocalDate day, Random rnd, Map<String, String> given) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.contains("|")) {
        value = pick(List.of(name.split("\\|", -1)), rnd);
      } else if (given.containsKey(name)) {
        value = given.get(name);
      } else {
        value = slot(name, day, rnd);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String slot(String name, LocalDate day, Random rnd) {
    return switch (name) {
      case "country" -> pick(Lexicon.COUNTRIES, rnd);
      case "port" -> pick(Lexicon.PORTS, rnd);
      case "venue" -> pick(Lexicon.VENUES, rnd);
      case "nw" -> NUMBER_WORDS[2 + rnd.nextInt(3)];
      case "Nw" -> capitalise(NUMBER_WORDS[5 + rnd.nextInt(4)]);
      case "weeks" -> NUMBER_WORDS[2 + rnd.nextInt(5)];
      case "k" -> Integer.toString(12 + rnd.nextInt(29));
      case "d" -> Integer.toString(2 + rnd.nextInt(5));
      case "pct" -> Integer.toString(3 + rnd.nextInt(26));
      case "pct2" -> Integer.toString(35 + rnd.nextInt(51));
      case "pct3" -> Integer.toString(30 + rnd.nextInt(16));
      case "mt" -> (20 + rnd.nextInt(26)) + "." + rnd.nextInt(10);
      case "mt2" -> Integer.toString(38 + rnd.nextInt(13));
      case "days" -> Integer.toString(18 + rnd.nextInt(17));
      case "brent" -> Integer.toString(62 + rnd.nextInt(23));
      case "bn" -> Integer.toString(80 + rnd.nextInt(521));
      case "pow" -> Integer.toString(2 * (42 + rnd.nextInt(154)));
      case "weekday" -> weekday(day.getDayOfWeek());
      case "next_month" -> monthName(day.plusMonths(1).getMonthValue());
      case "prev_month" -> monthName(day.minusMonths(1).getMonthValue());
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first word when it is an ordinary word, for "according to X, 'we ...'". */
  static String lowerFirst(String s) {
    String first = s.split(" ", 2)[0];
    List<String> ordinary =
        List.of(
            "We",
            "Our",
            "The",
            "There",
            "Any",
            "No",
            "Every",
            "A",
            "This",
            "Those",
            "It",
            "Nobody",
            "Food",
            "Energy",
            "Stable",
            "Freedom",
            "Cargo",
            "Contacts",
            "Tariffs",
            "Peace",
            "Dialogue",
            "Children",
            "History",
            "Statements",
            "Countries",
            "Collective",
            "Stopping",
            "Investors");
    return ordinary.contains(first) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }
}
