package org.wirescope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline at the start of a body: "MOSCOW, November 12. /TASS/.", "SALVADOR, Feb 26 -",
 * "WASHINGTON, March 3 (Reuters) -" or "LONDON (AP) --". It names where the story was filed; the
 * date in it has no year and is not used.
 */
public final class Datelines {
  /** The place, and the body with the dateline cut off. */
  public record Split(String place, String rest) {}

  private static final String PLACE = "([A-Z][A-Z.'\\- ]{1,40}?(?: /[^/\\n]{1,60}/)?)";
  private static final String DATE = "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\.?)?";
  private static final String AGENCY =
      "(?:\\s*/[A-Za-z\\- ]{2,20}/\\.?|\\s*\\([A-Za-z\\- ]{2,20}\\))?";
  private static final Pattern AT_START =
      Pattern.compile(
          "^\\s*" + PLACE + DATE + AGENCY + "\\s*(?:[-\u2013\u2014]{1,2}\\s*|(?<=[./)])\\s+)");

  private Datelines() {}

  /** The dateline of a body, or null when the body does not start with one. */
  public static Split split(String body) {
    if (body == null) {
      return null;
    }
    Matcher m = AT_START.matcher(body);
    if (!m.find()) {
      return null;
    }
    String matched = m.group();
    // A bare "WORD. " is a sentence, not a dateline: demand a date, an agency or a dash.
    if (!matched.contains(",")
        && !matched.contains("/")
        && !matched.contains("(")
        && !matched.matches("(?s).*[-\u2013\u2014]\\s*")) {
      return null;
    }
    return new Split(m.group(1).strip(), body.substring(m.end()));
  }

  private static final Pattern TRAILING_DATE =
      Pattern.compile(",?\\s*\\b[A-Za-z]{3,9}\\.?\\s*\\d{1,2}\\s*$");
  private static final Pattern TRAILING_DASHES = Pattern.compile("[\\s\u2013\u2014-]+$");

  /**
   * The place of a Reuters {@code <DATELINE>} such as " SALVADOR, Feb 26 - " or "CAMBRIDGE, Mass.
   * June 29 -"; null when only a date is left ("MAR8 --").
   */
  public static String place(String dateline) {
    if (dateline == null) {
      return null;
    }
    String d = TRAILING_DASHES.matcher(dateline.strip()).replaceAll("");
    d = TRAILING_DATE.matcher(d).replaceAll("").strip();
    return d.isEmpty() ? null : d;
  }
}
