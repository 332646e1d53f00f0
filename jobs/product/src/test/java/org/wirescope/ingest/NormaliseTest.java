package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.Corpora;

/**
 * The one-pass {@link Normalise#text} and {@link Normalise#fold} give exactly what the plain regex
 * definitions give (kept here as the reference), so content hashes and stored text did not change
 * when they were rewritten for speed.
 */
class NormaliseTest {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");
  private static final Pattern AROUND_NEWLINE = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  static String referenceText(String s) {
    String t =
        Normalizer.normalize(s, Normalizer.Form.NFC)
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u00A0', ' ');
    t = CONTROL.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    t = AROUND_NEWLINE.matcher(t).replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n").strip();
    return t.isEmpty() ? null : t;
  }

  static String referenceFold(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_ALNUM.matcher(t).replaceAll(" ").strip();
  }

  @Test
  void edgeCases() {
    for (String s :
        List.of(
            "",
            " ",
            "\n\n",
            "a",
            " a ",
            "a  b\t\tc",
            "a \n b",
            "a\n\n\n\nb",
            "a \t\n \t\n\t b",
            "a\r\nb\rc",
            "x\u0000y\u0007 z",
            "\u2003 \nabc\u2003 \n",
            "e\u0301cole",
            "ﬁ ½ ² Ⅻ",
            "a\u00A0\u00A0b",
            "\t\ttitle\n",
            "«Quote» — “x”",
            "😀 emoji 😀",
            "a\r\n\r\n\r\nb")) {
      assertEquals(referenceText(s), Normalise.text(s), "text of [" + s + "]");
      assertEquals(referenceFold(s), Normalise.fold(s), "fold of [" + s + "]");
    }
    assertNull(Normalise.text(" \t\n "));
  }

  @Test
  void randomStrings() {
    Random r = new Random(7);
    char[] alphabet = " \t\n\r\u00A0\u0001\u2003aZ9é\u0301ﬁ½.,«»\u2028😀".toCharArray();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int j = 0; j < n; j++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertEquals(referenceText(s), Normalise.text(s), "text of [" + s + "]");
      assertEquals(referenceFold(s), Normalise.fold(s), "fold of [" + s + "]");
    }
  }

  /** Real wire text, read in place: every Reuters file and the TASS files. */
  @Test
  @Tag("corpus")
  void realCorpora() throws IOException {
    Path root = Corpora.root();
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(Files.walk(root.resolve("reuters21578")), Files.walk(root.resolve("tass")))) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  f ->
                      f.toString().endsWith(".sgm")
                          || f.toString().endsWith(".txt")
                          || f.toString().endsWith(".json"))
              .toList();
    }
    int checked = 0;
    for (Path f : files) {
      String all = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String chunk : all.split("</REUTERS>|\\n\\n\\n")) {
        assertEquals(referenceText(chunk), Normalise.text(chunk), f.toString());
        assertEquals(referenceFold(chunk), Normalise.fold(chunk), f.toString());
        checked++;
      }
    }
    assertEquals(true, checked > 20_000, "chunks checked: " + checked);
  }
}
