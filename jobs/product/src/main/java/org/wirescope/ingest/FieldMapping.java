package org.wirescope.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps the fields of a JSON, JSONL or CSV record onto article columns. Each column has a list of
 * common field names (so a scraper's {@code link} or {@code headline} works out of the box); {@code
 * --field title=headline} puts a field of the user's choosing first.
 */
public final class FieldMapping {
  public static final List<String> TARGETS =
      List.of(
          "id",
          "title",
          "lead",
          "body",
          "published_at",
          "url",
          "section",
          "source",
          "topics",
          "persons",
          "language",
          "dateline");

  private static final Map<String, List<String>> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("id", List.of("id", "article_id", "guid", "uuid", "newid"));
    DEFAULTS.put("title", List.of("title", "headline", "hed", "heading"));
    DEFAULTS.put(
        "lead", List.of("lead", "description", "summary", "standfirst", "subtitle", "teaser"));
    DEFAULTS.put("body", List.of("body", "content", "text", "article", "story", "full_text"));
    DEFAULTS.put(
        "published_at",
        List.of(
            "published_at",
            "date",
            "published",
            "pubdate",
            "publication_date",
            "datetime",
            "timestamp",
            "created_at",
            "time"));
    DEFAULTS.put("url", List.of("url", "link", "href", "permalink"));
    DEFAULTS.put("section", List.of("section", "category", "rubric", "desk"));
    DEFAULTS.put("source", List.of("source", "publisher", "outlet", "agency", "site"));
    DEFAULTS.put("topics", List.of("topics", "tags", "keywords", "subjects"));
    DEFAULTS.put("persons", List.of("persons", "people", "names"));
    DEFAULTS.put("language", List.of("language", "lang"));
    DEFAULTS.put("dateline", List.of("dateline", "place"));
  }

  private FieldMapping() {}

  /** Parses {@code target=field} pairs, rejecting unknown targets with the list of known ones. */
  public static Map<String, String> parse(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new IllegalArgumentException(
            "--field takes column=field, e.g. title=headline; got '" + p + "'");
      }
      String target = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (!TARGETS.contains(target)) {
        throw new IllegalArgumentException(
            "--field: unknown column '" + target + "'; known: " + String.join(", ", TARGETS));
      }
      out.put(target, p.substring(eq + 1).strip());
    }
    return out;
  }

  /**
   * Fills an article from a record. {@code get} returns a field's value (a String, a List of
   * Strings, or null) by name; names are tried as given, then in lower case.
   */
  public static void apply(IngestRecord r, Function<String, Object> get, ReadOptions options) {
    r.title = str(find("title", get, options));
    r.lead = str(find("lead", get, options));
    r.body = str(find("body", get, options));
    r.url = str(find("url", get, options));
    r.section = str(find("section", get, options));
    r.source = str(find("source", get, options));
    r.language = str(find("language", get, options));
    r.dateline = str(find("dateline", get, options));
    r.topics = list(find("topics", get, options));
    r.persons = list(find("persons", get, options));
  }

  /** The record's own id if it has one, else null. */
  public static String id(Function<String, Object> get, ReadOptions options) {
    return str(find("id", get, options));
  }

  public static String date(Function<String, Object> get, ReadOptions options) {
    return str(find("published_at", get, options));
  }

  static Object find(String target, Function<String, Object> get, ReadOptions options) {
    String explicit = options.fields().get(target);
    if (explicit != null) {
      return get.apply(explicit);
    }
    for (String name : DEFAULTS.get(target)) {
      Object v = get.apply(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Paragraph lists are joined with blank lines. */
  static String str(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        if (o != null && !o.toString().isBlank()) {
          parts.add(o.toString().strip());
        }
      }
      return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
    String s = v.toString();
    return s.isBlank() ? null : s;
  }

  /** Lists stay lists; a string is split on ';' or '|' (CSV cells). */
  static List<String> list(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o != null) {
          out.add(o.toString());
        }
      }
    } else if (v != null) {
      for (String s : v.toString().split("[;|]")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
