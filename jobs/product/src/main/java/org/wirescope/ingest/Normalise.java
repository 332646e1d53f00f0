package org.wirescope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** Text clean-up, stable ids and hashes shared by every reader. */
public final class Normalise {

  private Normalise() {}

  /**
   * Tidies text for storage: NFC, one kind of line break, control characters dropped, spaces folded
   * within lines, at most one blank line between paragraphs. Null and blank give null.
   */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String t =
        Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
    // One pass instead of four regex replacements: those rebuilt the string at every single
    // space, which was half of the time spent reading a Reuters file.
    StringBuilder b = new StringBuilder(t.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r') {
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == ' ' || c == '\t' || c == '\u00A0') {
        space = true;
      } else if (c == '\n') {
        newlines++;
        space = false;
      } else if (Character.getType(c) == Character.CONTROL) {
        continue;
      } else {
        if (b.length() > 0) {
          if (newlines > 0) {
            b.append(newlines == 1 ? "\n" : "\n\n");
          } else if (space) {
            b.append(' ');
          }
        }
        newlines = 0;
        space = false;
        b.append(c);
      }
    }
    String out = b.toString().strip();
    return out.isEmpty() ? null : out;
  }

  /**
   * A one-line value (title, section, dateline): {@link #text} with line breaks folded to spaces.
   */
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
    String t =
        Normalizer.isNormalized(s, Normalizer.Form.NFKC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = t.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (isLetterOrNumber(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /** Unicode categories L* and N*, as the regex class [\\p{L}\\p{N}]. */
  private static boolean isLetterOrNumber(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * A stable article id: 16 hex digits of SHA-256 over the file's path relative to the input root
   * it was found under, and the record's key inside the file. The same input gives the same id
   * wherever the corpus folder is moved.
   */
  public static String articleId(String relativePath, String recordKey) {
    return sha256(relativePath + "#" + (recordKey == null ? "" : recordKey)).substring(0, 16);
  }

  /**
   * Words: runs of letters or digits, with inner apostrophes and hyphens, and decimals such as 3.5.
   */
  public static int wordCount(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean joiner =
          in
              && i + 1 < s.length()
              && i > 0
              && (((c == '\'' || c == '\u2019' || c == '-')
                      && Character.isLetterOrDigit(s.charAt(i + 1)))
                  || ((c == '.' || c == ',')
                      && Character.isDigit(s.charAt(i - 1))
                      && Character.isDigit(s.charAt(i + 1))));
      boolean word = Character.isLetterOrDigit(c) || joiner;
      if (word && !in) {
        n++;
      }
      in = word;
    }
    return n;
  }

  private static final Set<String> EN =
      Set.of(
          "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was",
          "it", "by", "as", "at", "from", "he", "be");
  private static final Set<String> DE =
      Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "auf");
  private static final Set<String> FR =
      Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "pour");
  private static final Set<String> ES =
      Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para");

  /**
   * A cheap language guess for the {@code language} column when the source declares none: Cyrillic
   * script gives "ru"; otherwise the commonest function words of en, de, fr and es vote. Too little
   * text gives "und".
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

  /**
   * At most {@code maxBytes} of UTF-8, cut at a character boundary; control characters shown as
   * U+FFFD.
   */
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
