package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.Corpora;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.tagger.NameTagger;

/** The model the product ships is what jobs/bin/train-names writes from CoNLL-2003 train. */
@Tag("corpus")
class TrainNamesTest {
  @Test
  void theShippedModelIsAFreshTrainingRun() throws Exception {
    Path conll = Corpora.path("conll2003");
    NameTraining.Model fresh = TrainNames.train(conll, TrainNames.PASSES, TrainNames.SEED);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fresh.write(bytes);
    byte[] shipped;
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(
        shipped,
        bytes.toByteArray(),
        "the shipped model differs from a fresh run of jobs/bin/train-names; rerun it and commit the model");
    String list;
    try (InputStream in = CommonWords.class.getResourceAsStream(CommonWords.RESOURCE)) {
      list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertEquals(
        CommonWords.format(NameTraining.commonWords(Conll.read(conll.resolve("eng.train")))),
        list,
        "the shipped common-word list differs from a fresh run of jobs/bin/train-names; rerun it and commit the list");
    NameTraining.Score dev =
        NameTraining.personScore(fresh.tagger(), Conll.read(conll.resolve("eng.testa")));
    assertTrue(dev.precision() >= 0.88 && dev.recall() >= 0.92, "dev " + dev);
  }
}
