package org.wirescope.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an {@link Article} looks on disk: the TASS page text, a JSON Lines record and a CSV row.
 * Every line ends in "\n"; nothing depends on the platform.
 */
final class WireFormats {
  static final String SOURCE = "Example Wire";
  static final String HOST = "https://example-wire.test/";
  static final String CSV_HEADER =
      "id,title,lead,body,published_at,url,section,topics,persons,source";

  private WireFormats() {}

  /**
   * The page as tass.com pages copy to text: title, section, a yearless Moscow date line, lead,
   * body opening with the dateline, then the Topics block and the Persons block, whose names share
   * one line.
   */
  static String tass(Article a) {
    LocalDateTime t = LocalDateTime.ofInstant(a.published, ZoneOffset.ofHours(3));
    String dateLine =
        String.format(
            Locale.ROOT,
            "%s %d, %02d:%02d UTC+3 %s",
            Templates.monthName(t.getMonthValue()),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            a.city);
    StringBuilder b = new StringBuilder();
    b.append(a.title).append("\n\n").append(a.section).append('\n').append(dateLine).append("\n\n");
    b.append(a.lead).append("\n\n");
    b.append(String.join("\n\n", a.bodyWithDateline())).append("\n\n");
    b.append("Topics\n");
    a.topics.forEach(topic -> b.append(topic).append('\n'));
    if (!a.persons.isEmpty()) {
      b.append("Persons\n").append(String.join(" ", a.persons)).append('\n');
    }
    return b.toString();
  }

  /** ISO 8601 with the offset the article is written in: 2025-03-14T09:30:00+03:00 or ...Z. */
  static String publishedAt(Article a) {
    LocalDateTime t = LocalDateTime.ofInstant(a.published, a.writtenOffset);
    String offset =
        a.writtenOffset.equals(ZoneOffset.UTC)
            ? (a.zulu ? "Z" : "+00:00")
            : a.writtenOffset.getId();
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d%s",
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        offset);
  }

  static String url(Article a) {
    return HOST + a.slug + "/" + a.key;
  }

  /** The feed fields in the order both feeds use. */
  static Map<String, Object> fields(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.key);
    m.put("title", a.title);
    m.put("lead", a.lead);
    m.put("body", String.join("\n\n", a.bodyWithDateline()));
    m.put("published_at", publishedAt(a));
    m.put("url", a.url);
    m.put("section", a.section);
    m.put("topics", List.copyOf(a.topics));
    m.put("persons", List.copyOf(a.persons));
    m.put("source", SOURCE);
    return m;
  }

  static String jsonl(Map<String, Object> fields) {
    return Json.compact(fields) + "\n";
  }

  /** One CSV record (RFC 4180 quoting; lists joined with ";"). May span several lines. */
  static String csv(Map<String, Object> fields) {
    StringBuilder b = new StringBuilder();
    for (Object v : fields.values()) {
      if (b.length() > 0) {
        b.append(',');
      }
      String s =
          v instanceof List<?> l
              ? String.join(";", l.stream().map(Object::toString).toList())
              : (String) v;
      b.append(csvField(s));
    }
    return b.append('\n').toString();
  }

  /** Quoted only when needed: a comma, a quote mark, a line break or edge spaces. */
  static String csvField(String s) {
    if (s == null) {
      return "";
    }
    boolean quote =
        s.contains(",")
            || s.contains("\"")
            || s.contains("\n")
            || s.contains("\r")
            || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
