package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wirescope.tables.Rejects;

class DatesTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  static Instant parse(String s, ZoneId naive) {
    Dates.Result r = Dates.parse(s, naive);
    return r.instant();
  }

  @Test
  void shapesWithOffsetsKeepThem() {
    assertEquals(Instant.parse("2024-12-26T18:09:18Z"), parse("2024-12-26T21:09:18+03:00", UTC));
    assertEquals(Instant.parse("2024-12-26T21:09:18Z"), parse("2024-12-26 21:09:18Z", MOSCOW));
    assertEquals(Instant.parse("2019-01-21T07:27:08Z"), parse("20190121T102708+0300", UTC));
    assertEquals(
        Instant.parse("2008-06-03T11:05:30Z"), parse("Tue, 3 Jun 2008 11:05:30 GMT", MOSCOW));
    assertEquals(
        Instant.parse("2017-11-12T11:30:00Z"), parse("November 12, 2017 14:30 UTC+3", UTC));
    assertEquals("+03:00", Dates.parse("2024-12-26T21:09:18+03:00", UTC).zone());
  }

  @Test
  void naiveTimesUseTheGivenZone() {
    assertEquals(Instant.parse("2024-12-26T18:09:18Z"), parse("2024-12-26 21:09:18", MOSCOW));
    assertEquals("Europe/Moscow", Dates.parse("2024-12-26 21:09:18", MOSCOW).zone());
    assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), parse("26-FEB-1987 15:01:01.79", UTC));
    assertEquals(Instant.parse("2016-09-12T00:00:00Z"), parse("2016-09-12", UTC));
    assertEquals(Instant.parse("2021-01-01T00:00:00Z"), parse("1609459200", MOSCOW));
  }

  @Test
  void failuresSayWhy() {
    assertEquals(Rejects.NO_YEAR, Dates.parse("November 12, 14:30", UTC).failure());
    assertEquals(Rejects.IMPOSSIBLE_DATE, Dates.parse("2023-02-29", UTC).failure());
    assertEquals(Rejects.IMPOSSIBLE_DATE, Dates.parse("31-MAR-1987 605:12:19.12", UTC).failure());
    assertEquals(Rejects.IMPOSSIBLE_DATE, Dates.parse("3023-01-01", UTC).failure());
    assertEquals(Rejects.UNPARSEABLE_DATE, Dates.parse("next Tuesday", UTC).failure());
    assertEquals(Rejects.UNPARSEABLE_DATE, Dates.parse("  ", UTC).failure());
  }

  @Test
  void datelinesAreCutOffBodies() {
    Datelines.Split d = Datelines.split("MOSCOW, November 12. /TASS/. Russia's President said.");
    assertEquals("MOSCOW", d.place());
    assertEquals("Russia's President said.", d.rest());
    assertEquals(
        "WASHINGTON", Datelines.split("WASHINGTON, March 3 (Reuters) - The Fed said.").place());
    assertEquals("LONDON", Datelines.split("LONDON (AP) -- Prices rose.").place());
    assertEquals(null, Datelines.split("U.S. officials said on Monday."));
    assertEquals(null, Datelines.split("NATO, the alliance, said."));
    assertEquals("SALVADOR", Datelines.place("    SALVADOR, Feb 26 - "));
  }
}
