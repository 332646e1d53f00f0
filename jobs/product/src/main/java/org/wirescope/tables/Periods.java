package org.wirescope.tables;

import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.unix_micros;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Time periods for the aggregate tables: a {@link Grain} (day, week, month) and a {@code
 * period_start}, the first day of the period as a date in the chosen zone. Weeks start on Monday.
 */
public final class Periods {
  private Periods() {}

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /**
   * The first day of the period holding a UTC timestamp, as a DATE in {@code zone}: the instant is
   * shifted to the zone's wall clock (daylight saving included), cut to its day by integer
   * arithmetic on microseconds, then truncated to the Monday of its ISO week or the first of its
   * month. The session time zone plays no part.
   */
  public static Column periodStart(Column utcTimestamp, Grain grain, String zone) {
    Column localMicros = unix_micros(from_utc_timestamp(utcTimestamp, zone));
    Column localDay =
        date_from_unix_date(
            localMicros
                .minus(pmod(localMicros, lit(MICROS_PER_DAY)))
                .divide(MICROS_PER_DAY)
                .cast(DataTypes.IntegerType));
    return switch (grain) {
      case DAY -> localDay;
      case WEEK -> trunc(localDay, "week");
      case MONTH -> trunc(localDay, "month");
    };
  }

  /**
   * Checks a zone id such as Europe/Moscow, +03:00 or UTC; the one place a zone is read from text.
   */
  public static String zone(String zone) {
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone '"
              + zone
              + "'; use a region such as Europe/Moscow, an offset such as +03:00, or UTC");
    }
  }
}
