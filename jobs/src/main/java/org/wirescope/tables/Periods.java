package org.wirescope.tables;

import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.from_utc_timestamp;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * Time periods for the aggregate tables: a {@code grain} (day, week, month) and a
 * {@code period_start}, the first day of the period as a date in the chosen zone. Weeks start on
 * Monday.
 */
public final class Periods {
  public static final List<String> GRAINS = List.of("day", "week", "month");

  private Periods() {}

  /** The period start of a UTC timestamp column, as a date in {@code zone}. */
  public static Column periodStart(Column utcTimestamp, String grain, String zone) {
    return date_trunc(grain, from_utc_timestamp(utcTimestamp, zone)).cast("date");
  }

  /** Checks a grain, lower-cased. */
  public static String grain(String grain) {
    String g = grain.strip().toLowerCase(Locale.ROOT);
    if (!GRAINS.contains(g)) {
      throw new IllegalArgumentException("unknown grain '" + grain + "'; use day, week or month");
    }
    return g;
  }

  /** Checks a zone id such as Europe/Moscow or UTC. */
  public static String zone(String zone) {
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone '" + zone
          + "'; use a region such as Europe/Moscow, or UTC");
    }
  }
}
