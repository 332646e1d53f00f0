package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  @Test
  void validUtf8IsUntouched() {
    TextDecoding.Decoded d =
        TextDecoding.decode("Peskov’s «words» — ok".getBytes(StandardCharsets.UTF_8));
    assertEquals("Peskov’s «words» — ok", d.text());
    assertFalse(d.repaired());
  }

  @Test
  void strayBytesAreReadAsWindows1252AndCounted() {
    byte[] b = "M?ller said".getBytes(StandardCharsets.US_ASCII);
    b[1] = (byte) 0xFC; // Latin-1 u-umlaut, as in Reuters-21578
    TextDecoding.Decoded d = TextDecoding.decode(b);
    assertEquals("M\u00fcller said", d.text());
    assertEquals(1, d.repairedBytes());
    byte[] quotes = {(byte) 0x93, 'h', 'i', (byte) 0x94};
    assertEquals("\u201chi\u201d", TextDecoding.decode(quotes).text());
  }

  @Test
  void bomsAreHonoured() {
    byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("hello", TextDecoding.decode(utf16).text());
    byte[] utf8bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals("hi", TextDecoding.decode(utf8bom).text());
  }

  @Test
  void binaryIsRecognised() {
    assertTrue(TextDecoding.looksBinary(new byte[] {'a', 0, 'b'}, 3));
    assertFalse(TextDecoding.looksBinary("plain text\n\tok".getBytes(StandardCharsets.UTF_8), 14));
  }

  @Test
  void normaliseFoldsWhitespaceAndKeepsParagraphs() {
    assertEquals("a b\n\nc", Normalise.text("  a \t b \r\n\r\n\r\n\r\n c \u0007"));
    assertEquals(
        Normalise.contentHash("Title", "Body,  text!"),
        Normalise.contentHash("TITLE", "body text"));
    assertEquals(5, Normalise.wordCount("Putin’s well-known view: 3.5 percent"));
    assertEquals("ru", Normalise.language("Президент России Владимир Путин"));
    assertEquals("en", Normalise.language("The minister said that the talks were on track."));
    assertEquals(
        1024, Normalise.excerpt("é".repeat(2000), 1024).getBytes(StandardCharsets.UTF_8).length);
  }
}
