package org.wirescope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The speaker ranker's training data from a PolNeAR split (a folder with text/ and attributions/),
 * in two steps:
 *
 * <ol>
 *   <li>{@link SpeakerExport} with the rules alone deciding ({@code --sieve --candidates}): the
 *       product's text analysis over the split's texts, each quote's candidate speakers and their
 *       features, as JSON lines;
 *   <li>{@code jobs/bench/python/speakers.py label}: each candidate labelled right or wrong with
 *       the shared scorer's own quote matching and speaker test, as the TSV {@link TrainSpeakers}
 *       reads. This step stays in Python because it imports the scorer ({@code score_quotes.py}),
 *       so that the labels agree with the pair scores the scorer prints.
 * </ol>
 *
 * jobs/bin/train-speakers (through {@code TrainSpeakers --gold}), jobs/bin/eval-rules and
 * TrainSpeakersTest all make the data here, so they make the same data.
 */
final class SpeakerData {
  private SpeakerData() {}

  /**
   * The labeller: {@code script} is speakers.py, {@code eval} the folder of the shared scorer it
   * imports (its WIRESCOPE_EVAL).
   */
  record Labeller(Path script, Path eval) {
    /** speakers.py of the checkout at {@code repo}, with the scorer in {@code eval}. */
    static Labeller in(Path repo, Path eval) {
      return new Labeller(repo.resolve("jobs/bench/python/speakers.py"), eval);
    }
  }

  /**
   * Writes the candidates of {@code gold}'s texts to {@code to}: the sieve without the rule {@code
   * without} (null: every rule). With {@code quiet}, says nothing.
   */
  static void candidates(Path gold, Path to, String without, boolean quiet) throws IOException {
    SpeakerExport.export(
        gold.resolve("text"),
        to,
        true,
        without == null ? List.of() : List.of(without),
        true,
        !quiet);
  }

  /**
   * Labels {@code candidates} against {@code gold} into {@code tsv}. With {@code quiet}, the
   * labeller's messages are dropped.
   */
  static void label(Labeller labeller, Path gold, Path candidates, Path tsv, boolean quiet) {
    Child.run(
        Child.python(
            labeller.script(),
            "label",
            "--gold",
            gold.toString(),
            "--pred",
            candidates.toString(),
            "--out",
            tsv.toString()),
        Map.of("WIRESCOPE_EVAL", labeller.eval().toString()),
        Child.Sink.INHERIT,
        quiet ? Child.Sink.DISCARD : Child.Sink.INHERIT);
  }

  /**
   * The training data of the shipped ranker: every rule, candidates in {@code
   * work}/candidates.jsonl, labelled in {@code work}/train.tsv, which is returned.
   */
  static Path write(Labeller labeller, Path gold, Path work) throws IOException {
    Path candidates = work.resolve("candidates.jsonl");
    Path tsv = work.resolve("train.tsv");
    candidates(gold, candidates, null, false);
    label(labeller, gold, candidates, tsv, false);
    return tsv;
  }
}
