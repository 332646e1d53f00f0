package org.wirescope.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirescope.tables.Rejects;

/**
 * Publication dates as wires write them, to UTC instants. A date that carries its own offset keeps
 * it; a naive one is read in the zone the caller gives. A date is never guessed: no year, an
 * impossible day or an unknown shape each come back as a failure with a reason from {@link
 * Rejects}.
 */
public final class Dates {
  /** Either an instant with the zone it was read in, or a failure reason and detail. */
  public record Result(Instant instant, String zone, String failure, String detail) {
    public boolean ok() {
      return instant != null;
    }

    static Result fail(String failure, String detail) {
      return new Result(null, null, failure, detail);
    }
  }

  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private static final String TIME =
      "(?:[ T]+(\\d{1,3}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?";
  private static final String ZONE =
      "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?)?";

  /** 2024-12-26, 2024-12-26 21:09:18, 2024-12-26T21:09:18.5+03:00, 2017/11/12 14:30Z. */
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);

  /** NewsML's basic form: 20190121T102708, 20190121T102708+0300. */
  private static final Pattern BASIC =
      Pattern.compile(
          "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?" + ZONE,
          Pattern.CASE_INSENSITIVE);

  /** Reuters-21578: 26-FEB-1987 15:01:01.79. */
  private static final Pattern DMY_NAME =
      Pattern.compile(
          "(\\d{1,2})[- ]([A-Za-z]{3,9})\\.?[- ,]+(\\d{4})" + TIME + ZONE,
          Pattern.CASE_INSENSITIVE);

  /** RFC 1123 and friends: Tue, 3 Jun 2008 11:05:30 GMT (the weekday is optional). */
  private static final Pattern RFC =
      Pattern.compile("(?:[A-Za-z]{3,9},\\s*)?" + DMY_NAME.pattern(), Pattern.CASE_INSENSITIVE);

  /** November 12, 2017 14:30 UTC+3, and the yearless November 12, 14:30. */
  private static final Pattern MDY_NAME =
      Pattern.compile(
          "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?,?" + TIME + ZONE,
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

  private Dates() {}

  /**
   * Parses a date in any of the shapes above. {@code naive} is the zone for values without an
   * offset; {@code naiveLabel} is how that zone is recorded in {@code source_tz}.
   */
  public static Result parse(String raw, ZoneId naive) {
    if (raw == null || raw.isBlank()) {
      return Result.fail(Rejects.UNPARSEABLE_DATE, "empty date");
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    Matcher m;
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return checkYear(i, "UTC", raw);
    }
    if ((m = ISO.matcher(s)).matches()) {
      return build(
          raw,
          m.group(1),
          m.group(2),
          m.group(3),
          m.group(4),
          m.group(5),
          m.group(6),
          m.group(7),
          m.group(8),
          naive);
    }
    if ((m = BASIC.matcher(s)).matches()) {
      return build(
          raw,
          m.group(1),
          m.group(2),
          m.group(3),
          m.group(4),
          m.group(5),
          m.group(6),
          null,
          m.group(7),
          naive);
    }
    if ((m = RFC.matcher(s)).matches()) {
      Integer month = month(m.group(2));
      if (month == null) {
        return Result.fail(
            Rejects.UNPARSEABLE_DATE, "unknown month '" + m.group(2) + "' in '" + raw + "'");
      }
      return build(
          raw,
          m.group(3),
          month.toString(),
          m.group(1),
          m.group(4),
          m.group(5),
          m.group(6),
          m.group(7),
          m.group(8),
          naive);
    }
    if ((m = MDY_NAME.matcher(s)).matches() && month(m.group(1)) != null) {
      if (m.group(3) == null) {
        return Result.fail(Rejects.NO_YEAR, "date '" + raw + "' has no year");
      }
      return build(
          raw,
          m.group(3),
          month(m.group(1)).toString(),
          m.group(2),
          m.group(4),
          m.group(5),
          m.group(6),
          m.group(7),
          m.group(8),
          naive);
    }
    return Result.fail(Rejects.UNPARSEABLE_DATE, "unrecognised date '" + raw + "'");
  }

  /** The month number of an English month name or abbreviation, or null. */
  public static Integer month(String name) {
    return name == null ? null : MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /**
   * Builds an instant from parts, checking that the day and time exist. {@code zone} is an explicit
   * offset or zone word from the text, or null for a naive value.
   */
  public static Result build(
      String raw,
      String y,
      String mo,
      String d,
      String h,
      String mi,
      String sec,
      String frac,
      String zone,
      ZoneId naive) {
    try {
      int year = Integer.parseInt(y);
      int hour = h == null ? 0 : Integer.parseInt(h);
      int minute = mi == null ? 0 : Integer.parseInt(mi);
      int second = sec == null ? 0 : Integer.parseInt(sec);
      int nanos = frac == null ? 0 : Integer.parseInt((frac + "000000000").substring(0, 9));
      LocalDateTime local =
          LocalDateTime.of(
              year, Integer.parseInt(mo), Integer.parseInt(d), hour, minute, second, nanos);
      ZoneId z = zone == null ? naive : offset(zone);
      return checkYear(local.atZone(z).toInstant(), label(z), raw);
    } catch (DateTimeException | NumberFormatException e) {
      return Result.fail(
          Rejects.IMPOSSIBLE_DATE, "date '" + raw + "' does not exist: " + e.getMessage());
    }
  }

  private static Result checkYear(Instant i, String zone, String raw) {
    int year = i.atZone(ZoneOffset.UTC).getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Result.fail(
          Rejects.IMPOSSIBLE_DATE, "date '" + raw + "' is out of range (year " + year + ")");
    }
    return new Result(i, zone, null, null);
  }

  /** "Z", "UTC", "+03:00", "+0300", "UTC+3", "GMT-5:30" to a zone. */
  public static ZoneId offset(String zone) {
    String z = zone.toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "");
    if (z.isEmpty() || z.equals("Z")) {
      return ZoneOffset.UTC;
    }
    Matcher m = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?").matcher(z);
    if (!m.matches()) {
      throw new DateTimeException("unknown offset " + zone);
    }
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int sign = m.group(1).equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /**
   * How a zone is written in {@code source_tz}: "UTC", "+03:00" or a region such as
   * "Europe/Moscow".
   */
  public static String label(ZoneId z) {
    if (z instanceof ZoneOffset o) {
      return o.getTotalSeconds() == 0 ? "UTC" : o.getId();
    }
    return z.getId();
  }
}
