package org.wirescope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text clean-up, stable ids and hashes shared by every reader. */
public final class Normalise {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");
  private static final Pattern AROUND_NEWLINE = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Normalise() {}

  /**
   * Tidies text for storage: NFC, one kind of line break, control characters dropped, spaces
   * folded within lines, at most one blank line between paragraphs. Null and blank give null.
   */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u00A0', ' ');
    t = CONTROL.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    t = AROUND_NEWLINE.matcher(t).replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n").strip();
    return t.isEmpty() ? null : t;
  }

  /** A one-line value (title, section, dateline): {@link #text} with line breaks folded to spaces. */
  public static String line(String s) {
    String t = text(s);
    return t == null ? null : t.replace('\n', ' ');
  }

  /**
   * The content hash: SHA-256 over title and body, lower-cased, with everything but letters and
   * digits folded to single spaces, so re-wrapped or re-punctuated copies hash alike.
   */
  public static String contentHash(String title, String body) {
    return sha256(fold(title) + "\n" + fold(body));
  }

  /** Lower-cased letters and digits with everything else folded to single spaces. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_ALNUM.matcher(t).replaceAll(" ").strip();
  }

  /**
   * A stable article id: 16 hex digits of SHA-256 over the file's path relative to the input root
   * it was found under, and the record's key inside the file. The same input gives the same id
   * wherever the corpus folder is moved.
   */
  public static String articleId(String relativePath, String recordKey) {
    return sha256(relativePath + "#" + (recordKey == null ? "" : recordKey)).substring(0, 16);
  }

  /** Words: runs of letters or digits, with inner apostrophes and hyphens, and decimals such as 3.5. */
  public static int wordCount(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean joiner = in && i + 1 < s.length() && i > 0
          && (((c == '\'' || c == '\u2019' || c == '-') && Character.isLetterOrDigit(s.charAt(i + 1)))
              || ((c == '.' || c == ',') && Character.isDigit(s.charAt(i - 1))
                  && Character.isDigit(s.charAt(i + 1))));
      boolean word = Character.isLetterOrDigit(c) || joiner;
      if (word && !in) {
        n++;
      }
      in = word;
    }
    return n;
  }

  private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "a", "is", "that",
      "for", "on", "with", "said", "was", "it", "by", "as", "at", "from", "he", "be");
  private static final Set<String> DE = Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "auf");
  private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "pour");
  private static final Set<String> ES = Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para");

  /**
   * A cheap language guess for the {@code language} column when the source declares none:
   * Cyrillic script gives "ru"; otherwise the commonest function words of en, de, fr and es vote.
   * Too little text gives "und".
   */
  public static String language(String text) {
    if (text == null || text.isBlank()) {
      return "und";
    }
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    int cyr = 0;
    int lat = 0;
    for (int i = 0; i < sample.length(); i++) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(sample.charAt(i));
      if (sc == Character.UnicodeScript.CYRILLIC) {
        cyr++;
      } else if (sc == Character.UnicodeScript.LATIN) {
        lat++;
      }
    }
    if (cyr > lat) {
      return "ru";
    }
    int en = 0;
    int de = 0;
    int fr = 0;
    int es = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      en += EN.contains(w) ? 1 : 0;
      de += DE.contains(w) ? 1 : 0;
      fr += FR.contains(w) ? 1 : 0;
      es += ES.contains(w) ? 1 : 0;
    }
    int best = Math.max(Math.max(en, de), Math.max(fr, es));
    if (best < 2) {
      return "und";
    }
    return best == en ? "en" : best == de ? "de" : best == fr ? "fr" : "es";
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** At most {@code maxBytes} of UTF-8, cut at a character boundary; control characters shown as U+FFFD. */
  public static String excerpt(String s, int maxBytes) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isISOControl(cp) && cp != '\n' && cp != '\t') {
        cp = 0xFFFD;
      }
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > maxBytes) {
        break;
      }
      b.appendCodePoint(cp);
      bytes += n;
      i += Character.charCount(s.codePointAt(i));
    }
    return b.toString();
  }
}
