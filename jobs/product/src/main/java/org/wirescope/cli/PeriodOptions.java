package org.wirescope.cli;

import org.wirescope.tables.Grain;
import org.wirescope.tables.Periods;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The period grid every per-period table shares: topic_trends, person_pairs_by_period and the GEXF
 * timeline, quote_counts, voice_share and the per-period top_quotes. The topics, cooccurrence and
 * quotes commands carry it, and {@code pipeline} carries it once for all three.
 */
public final class PeriodOptions {
  @Option(
      names = "--grain",
      defaultValue = "month",
      paramLabel = "GRAIN",
      converter = GrainConverter.class,
      description =
          "Period of every per-period table: day, week (ISO, starting Monday) or month "
              + "(default: ${DEFAULT-VALUE}).")
  public Grain grain = Grain.MONTH;

  @Option(
      names = "--time-zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description =
          "Zone the periods are cut in, e.g. Europe/Moscow for a Moscow wire or +03:00; "
              + "period_start is a date in this zone (default: ${DEFAULT-VALUE}).")
  public String timeZone = "UTC";

  /** --grain: day, week or month in any case, with {@link Grain#parse}'s message. */
  static final class GrainConverter implements CommandLine.ITypeConverter<Grain> {
    @Override
    public Grain convert(String value) {
      try {
        return Grain.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * Zones (--time-zone, --source-time-zone): a region or an offset, with {@link Periods#zone}'s
   * message.
   */
  static final class ZoneConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return Periods.zone(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
