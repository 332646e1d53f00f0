package org.wirescope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * The original Reuters-21578 SGML files ({@code reut2-NNN.sgm}): one record per {@code <REUTERS
 * ...>...</REUTERS>} element, keyed by its NEWID.
 *
 * <pre>
 * &lt;REUTERS TOPICS="YES" ... OLDID="5544" NEWID="1"&gt;
 * &lt;DATE&gt;26-FEB-1987 15:01:01.79&lt;/DATE&gt;
 * &lt;TOPICS&gt;&lt;D&gt;cocoa&lt;/D&gt;&lt;/TOPICS&gt; ... &lt;PEOPLE&gt;&lt;D&gt;james-baker&lt;/D&gt;&lt;/PEOPLE&gt; ...
 * &lt;TEXT&gt;&amp;#2;
 * &lt;TITLE&gt;BAHIA COCOA REVIEW&lt;/TITLE&gt;
 * &lt;DATELINE&gt;    SALVADOR, Feb 26 - &lt;/DATELINE&gt;&lt;BODY&gt;Showers continued ...
 *  Reuter
 * &amp;#3;&lt;/BODY&gt;&lt;/TEXT&gt;
 * &lt;/REUTERS&gt;
 * </pre>
 *
 * The markup is plain ASCII and regular, so records are cut out of the raw bytes and fields found
 * with {@code indexOf}: no SGML parser, and no regular expression over more than a body's last
 * line. Each record is decoded on its own, so the corpus' one stray byte repairs only its own
 * record. {@code <TEXT TYPE="BRIEF">} records carry a title only; {@code <TEXT TYPE="UNPROC">}
 * records have no inner markup and their whole text is the body.
 */
public final class ReutersReader implements ArticleReader {
  static final String READER = "reuters";

  private static final byte[] OPEN = "<REUTERS".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "</REUTERS>".getBytes(StandardCharsets.US_ASCII);

  /** The sign-off at the end of the last line of a body; matched within that line only. */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?i:reuter)|REUTERS|^\\s*Reuters)(?:\\.{0,3}|\\s+[A-Z]{1,3}|\\d[\\d:/A-Z]*)\\s*$");

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    WholeFile.Loaded loaded = WholeFile.load(file, READER, options.maxFileBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    return new Records(file, loaded.bytes(), options);
  }

  /** Cuts records out of the file lazily, one per {@code next()}. */
  private static final class Records implements Iterator<IngestRecord> {
    private final SourceFile file;
    private final byte[] bytes;
    private final ReadOptions options;
    private int start;

    Records(SourceFile file, byte[] bytes, ReadOptions options) {
      this.file = file;
      this.bytes = bytes;
      this.options = options;
      this.start = findOpen(bytes, 0);
    }

    @Override
    public boolean hasNext() {
      return start >= 0;
    }

    @Override
    public IngestRecord next() {
      if (start < 0) {
        throw new NoSuchElementException();
      }
      int from = start;
      int next = findOpen(bytes, from + OPEN.length);
      int close = indexOf(bytes, CLOSE, from, next < 0 ? bytes.length : next);
      String newId = attribute(bytes, from, "NEWID");
      start = next;
      if (close < 0) {
        // A file cut short, or a record that runs into the next one: keep what there is as
        // evidence.
        int end = next < 0 ? bytes.length : next;
        return IngestRecord.reject(
            file,
            READER,
            newId,
            Rejects.MALFORMED,
            "record "
                + (newId == null ? "at byte " + from : "NEWID " + newId)
                + " has no </REUTERS>",
            new String(bytes, from, Math.min(end - from, 2048), StandardCharsets.ISO_8859_1));
      }
      int end = close + CLOSE.length;
      if (end - from > options.maxRecordBytes()) {
        return IngestRecord.reject(
            file,
            READER,
            newId,
            Rejects.TOO_LARGE,
            String.format(
                "record is %,d bytes, over the limit of %,d", end - from, options.maxRecordBytes()),
            new String(bytes, from, Math.min(end - from, 2048), StandardCharsets.ISO_8859_1));
      }
      IngestRecord r = IngestRecord.article(file, READER, newId);
      String sgml = WholeFile.decode(bytes, from, end - from, r);
      return parse(sgml, r, options);
    }
  }

  /** Fills {@code r} from the text of one {@code <REUTERS>} element. */
  static IngestRecord parse(String sgml, IngestRecord r, ReadOptions options) {
    r.source = "Reuters";
    r.language = "en";
    String date = dateValue(element(sgml, "DATE", 0));
    r.withDate(Dates.parse(date, options.naiveZone(KnownSources.byName("Reuters"))), date);
    if (r.isReject()) {
      // The date alone says little; the head of the record shows which article it was.
      r.excerpt = Normalise.excerpt(sgml, 1024);
      return r;
    }
    tags(element(sgml, "TOPICS", 0), r.topics);
    tags(element(sgml, "PEOPLE", 0), r.persons);

    int textOpen = sgml.indexOf("<TEXT");
    if (textOpen < 0) {
      return r.rejectAs(Rejects.MALFORMED, "record has no <TEXT> element", sgml);
    }
    int textStart = sgml.indexOf('>', textOpen) + 1;
    int textEnd = sgml.indexOf("</TEXT>", textStart);
    if (textStart == 0 || textEnd < 0) {
      return r.rejectAs(Rejects.MALFORMED, "record has an unterminated <TEXT> element", sgml);
    }
    String textTag = sgml.substring(textOpen, textStart);
    if (textTag.contains("UNPROC")) {
      // No TITLE/DATELINE/BODY markup: the whole text is the body.
      r.body = stripSignOff(entities(sgml.substring(textStart, textEnd)));
      return r;
    }
    String title = element(sgml, "TITLE", textStart);
    r.title = title == null ? null : entities(title);
    String dateline = element(sgml, "DATELINE", textStart);
    r.dateline = dateline == null ? null : Datelines.place(entities(dateline));
    String body = element(sgml, "BODY", textStart);
    r.body = body == null ? null : stripSignOff(entities(body));
    return r;
  }

  /**
   * The date-time of a {@code <DATE>} element. In a few hundred records the first line of the wire
   * header slid into it ("27-MAR-1987 00:02:59.13&amp;#5;&amp;#5;&amp;#5;RM"), and one carries an
   * editor's note ("9-APR-1987 00:00:00.00 # date added by S Finch as guesswork"): the value ends
   * at the first transmission control or '#'.
   */
  static String dateValue(String raw) {
    if (raw == null) {
      return null;
    }
    int end = raw.length();
    int amp = raw.indexOf('&');
    int hash = raw.indexOf('#');
    end = amp >= 0 ? Math.min(end, amp) : end;
    end = hash >= 0 ? Math.min(end, hash) : end;
    return raw.substring(0, end);
  }

  /** The raw content of the first {@code <NAME>...</NAME>} at or after {@code from}, or null. */
  static String element(String s, String name, int from) {
    String open = "<" + name;
    int i = s.indexOf(open, from);
    // Skip longer names sharing the prefix (<D> vs <DATE>, <TEXT> vs <TEXTS>): the next char must
    // end the name.
    while (i >= 0
        && i + open.length() < s.length()
        && s.charAt(i + open.length()) != '>'
        && s.charAt(i + open.length()) != ' ') {
      i = s.indexOf(open, i + 1);
    }
    if (i < 0) {
      return null;
    }
    int contentStart = s.indexOf('>', i) + 1;
    int contentEnd = s.indexOf("</" + name + ">", contentStart);
    return contentStart == 0 || contentEnd < 0 ? null : s.substring(contentStart, contentEnd);
  }

  /** Adds the {@code <D>} values of a TOPICS/PEOPLE element, entity-decoded. */
  private static void tags(String content, List<String> into) {
    if (content == null) {
      return;
    }
    int i = 0;
    while ((i = content.indexOf("<D>", i)) >= 0) {
      int end = content.indexOf("</D>", i + 3);
      if (end < 0) {
        return;
      }
      into.add(entities(content.substring(i + 3, end)));
      i = end + 4;
    }
  }

  /**
   * The value of {@code NAME="..."} in the start tag that begins at {@code from}, read from the raw
   * bytes (the tag is ASCII); null when absent.
   */
  static String attribute(byte[] bytes, int from, String name) {
    int tagEnd = from;
    while (tagEnd < bytes.length && bytes[tagEnd] != '>') {
      tagEnd++;
    }
    byte[] key = (" " + name + "=\"").getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(bytes, key, from, tagEnd);
    if (at < 0) {
      return null;
    }
    int valueStart = at + key.length;
    int valueEnd = valueStart;
    while (valueEnd < tagEnd && bytes[valueEnd] != '"') {
      valueEnd++;
    }
    String v =
        new String(bytes, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1).strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * Decodes the entities the corpus uses: the five XML ones and numeric {@code &#N;} / {@code
   * &#xH;}. The numeric ones below 0x20 (and DEL and the C1 range) are the wire's transmission
   * controls (&#2; start of text, &#3; end of text, &#5;, &#22;, &#31; ...) and are dropped, except
   * tab and newline. Anything else that looks like an entity is left as written.
   */
  static String entities(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (amp >= 0) {
      out.append(s, i, amp);
      int semi = s.indexOf(';', amp + 1);
      int decoded = semi < 0 || semi - amp > 10 ? -1 : entity(s, amp + 1, semi);
      if (decoded == -1) {
        out.append('&');
        i = amp + 1;
      } else {
        if (decoded != -2) {
          out.appendCodePoint(decoded);
        }
        i = semi + 1;
      }
      amp = s.indexOf('&', i);
    }
    out.append(s, i, s.length());
    return out.toString();
  }

  /**
   * The code point of the entity named by {@code s[from, to)}; -1 if not one; -2 if it is dropped.
   */
  private static int entity(String s, int from, int to) {
    String name = s.substring(from, to);
    switch (name) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return -1;
    }
    int cp;
    try {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return -1;
    }
    if (cp == '\t' || cp == '\n') {
      return cp;
    }
    if (Character.isISOControl(cp)
        || !Character.isValidCodePoint(cp)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
      return -2;
    }
    return cp;
  }

  /**
   * The body without its trailing sign-off, which ends the last line: "Reuter", "REUTER...",
   * "REUTERS", now and then with a desk code after it ("REUTER TAW", "Reuter4", "REUTER11:43/VB")
   * or at the end of the last sentence ("... year ago. REUTER"). A mixed-case "Reuters" is the
   * agency named in prose ("told Reuters.") and stays, unless it stands alone on the line. Null
   * when nothing is left.
   */
  static String stripSignOff(String body) {
    return stripSignOff(body, false);
  }

  /**
   * The same, for wire copy saved as plain text, where a last line ending in "Reuter" may be a
   * sentence about a person of that name: only a sign-off alone on its line goes. Kept, the
   * sign-off of every story was read as a person in all of them.
   */
  public static String stripSignOffLine(String body) {
    return body == null ? null : stripSignOff(body, true);
  }

  private static String stripSignOff(String body, boolean aloneOnLine) {
    int end = trimEnd(body, body.length());
    // Twice at most: a few bodies were signed off twice ("REUTER" then " Reuter").
    for (int k = 0; k < 2 && end > 0; k++) {
      int lineStart = body.lastIndexOf('\n', end - 1) + 1;
      Matcher m = SIGN_OFF.matcher(body).region(lineStart, end);
      if (!m.find() || aloneOnLine && !body.substring(lineStart, m.start()).isBlank()) {
        break;
      }
      end = trimEnd(body, m.start());
    }
    String b = body.substring(0, end);
    return b.isBlank() ? null : b;
  }

  private static int trimEnd(String s, int end) {
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The next {@code <REUTERS} start tag (followed by a space or '>') at or after {@code from}. */
  private static int findOpen(byte[] b, int from) {
    int i = indexOf(b, OPEN, from, b.length);
    while (i >= 0
        && i + OPEN.length < b.length
        && b[i + OPEN.length] != ' '
        && b[i + OPEN.length] != '>') {
      i = indexOf(b, OPEN, i + 1, b.length);
    }
    return i;
  }

  /** The first index of {@code needle} in {@code hay[from, to)}, or -1. */
  static int indexOf(byte[] hay, byte[] needle, int from, int to) {
    byte first = needle[0];
    int last = to - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (hay[i] != first) {
        continue;
      }
      for (int k = 1; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
