package org.wirescope.ingest;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Agencies Wirescope recognises by web host or NewsML provider, with the name stored in {@code
 * source} and the zone their naive times are written in.
 */
public final class KnownSources {
  /** A known agency: the hosts that identify it, its display name and its home zone. */
  public record Source(String name, ZoneId zone, List<String> hosts) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source(
              "TASS", ZoneId.of("Europe/Moscow"), List.of("tass.com", "tass.ru", "itar-tass.com")),
          new Source("Reuters", ZoneId.of("UTC"), List.of("reuters.com")));

  private KnownSources() {}

  /** The source whose host is {@code host} or a parent domain of it; null if none. */
  public static Source byHost(String host) {
    if (host == null) {
      return null;
    }
    String h = host.toLowerCase(Locale.ROOT).strip();
    for (Source s : SOURCES) {
      for (String known : s.hosts()) {
        if (h.equals(known) || h.endsWith("." + known)) {
          return s;
        }
      }
    }
    return null;
  }

  public static Source byUrl(String url) {
    return byHost(host(url));
  }

  public static Source byName(String name) {
    for (Source s : SOURCES) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first path segment of a URL, e.g. "politics" for https://tass.com/politics/1894093. */
  public static String firstPathSegment(String url) {
    try {
      String path = URI.create(url.strip()).getPath();
      if (path == null) {
        return null;
      }
      for (String seg : path.split("/")) {
        if (!seg.isEmpty() && !seg.chars().allMatch(Character::isDigit)) {
          return seg;
        }
        if (!seg.isEmpty()) {
          return null;
        }
      }
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
