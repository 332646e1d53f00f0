package org.wirescope.text.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The names model carries the fingerprint of the word lists and templates it was trained with. */
class ModelFingerprintTest {
  @Test
  void theShippedModelMatchesThisBuildsListsAndTemplates() {
    assertTrue(NameTagger.shipped().size() > 0);
  }

  @Test
  void aModelFromOtherListsIsRefusedWithTheRetrainCommand() throws IOException {
    byte[] model = tinyModel(Features.FINGERPRINT + 1);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> NameTagger.read(new ByteArrayInputStream(model)));
    assertTrue(e.getMessage().contains("other word lists or feature templates"), e.getMessage());
    assertTrue(e.getMessage().contains("jobs/bin/train-names"), e.getMessage());
  }

  @Test
  void aModelWrittenHereReadsBack() throws IOException {
    NameTagger t = NameTagger.read(new ByteArrayInputStream(tinyModel(Features.FINGERPRINT)));
    assertEquals(1, t.size());
  }

  @Test
  void theFingerprintIsInTheHeader() throws IOException {
    DataInputStream d =
        new DataInputStream(
            new GZIPInputStream(new ByteArrayInputStream(tinyModel(Features.FINGERPRINT))));
    d.readInt(); // magic
    assertEquals(2, d.readInt());
    assertEquals(NameTagger.L, d.readInt());
    assertEquals(Features.FINGERPRINT, d.readLong());
  }

  /** A model of one feature, written as {@link NameTagger#write} does, with {@code fingerprint}. */
  private static byte[] tinyModel(long fingerprint) throws IOException {
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    NameTagger.write(new int[] {7}, new float[][] {new float[NameTagger.L]}, good);
    if (fingerprint == Features.FINGERPRINT) {
      return good.toByteArray();
    }
    byte[] raw = new GZIPInputStream(new ByteArrayInputStream(good.toByteArray())).readAllBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.write(raw, 0, 12);
      d.writeLong(fingerprint);
      d.write(raw, 20, raw.length - 20);
    }
    return out.toByteArray();
  }
}
