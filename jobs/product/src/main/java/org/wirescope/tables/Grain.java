package org.wirescope.tables;

import java.util.Locale;

/**
 * The length of a period in every per-period table (topic trends, pairs by period, quote counts,
 * voice share, top quotes): day, week or month. Weeks are ISO weeks, starting on Monday.
 */
public enum Grain {
  DAY("1 day", 7),
  WEEK("7 days", 4),
  MONTH("1 month", 3);

  private final String step;
  private final int defaultBaseline;

  Grain(String step, int defaultBaseline) {
    this.step = step;
    this.defaultBaseline = defaultBaseline;
  }

  /** The name stored in the {@code grain} column: day, week or month. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SQL interval from one period start to the next. */
  public String step() {
    return "INTERVAL " + step;
  }

  /**
   * Trailing periods a z-score compares against when --baseline-periods is not given: a week of
   * days (so weekday rhythms average out), four weeks, or a quarter of months.
   */
  public int defaultBaseline() {
    return defaultBaseline;
  }

  /**
   * Periods from the one starting on {@code first} to the one starting on {@code last}, both
   * included.
   */
  public long periodsBetween(java.time.LocalDate first, java.time.LocalDate last) {
    return switch (this) {
      case DAY -> java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
      case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
      case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    };
  }

  /** The last day of the period that starts on {@code start}. */
  public java.time.LocalDate lastDay(java.time.LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
    };
  }

  /** Parses day, week or month in any case; the one place a grain is read from text. */
  public static Grain parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown grain '" + value + "'; use day, week or month");
    }
  }

  @Override
  public String toString() {
    return label();
  }
}
