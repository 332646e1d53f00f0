package org.wirescope.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.tagger.NameTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the name tagger the product ships ({@link NameTagger#RESOURCE}) on CoNLL-2003 train,
 * derives the common-word list ({@link CommonWords#RESOURCE}) from the same articles, and reports
 * each kind's name precision and recall on train and dev. Deterministic: the same corpus, passes
 * and seed write the same bytes.
 */
@Command(
    name = "TrainNames",
    mixinStandardHelpOptions = true,
    description = "Train the name tagger on CoNLL-2003 train and write the model resource.")
public final class TrainNames implements Callable<Integer> {
  @Option(
      names = "--conll",
      paramLabel = "DIR",
      description =
          "The CoNLL-2003 folder (eng.train, eng.testa); "
              + "default: the conll2003 folder of -Dwirescope.corpora, else ../shared/corpora.")
  Path conll;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      description =
          "Where to write the model; " + "default: the product's resource, ${DEFAULT-VALUE}.",
      defaultValue = "jobs/product/src/main/resources/org/wirescope/text/names.model.gz")
  Path to;

  @Option(
      names = "--common-words-to",
      paramLabel = "FILE",
      description =
          "Where to write the common-word list; "
              + "default: the product's resource, ${DEFAULT-VALUE}.",
      defaultValue = "jobs/product/src/main/resources/org/wirescope/text/common-words.txt")
  Path commonWordsTo;

  @Option(
      names = "--passes",
      description = "Training passes over the articles (default ${DEFAULT-VALUE}).",
      defaultValue = "" + PASSES)
  int passes;

  @Option(
      names = "--seed",
      description = "Seed of the article order (default ${DEFAULT-VALUE}).",
      defaultValue = "" + SEED)
  long seed;

  @Option(
      names = "--hold-out",
      paramLabel = "N",
      description =
          "Study on train alone: learn on all but every N-th article of eng.train, score on those,"
              + " and write nothing (default 0: learn on all of it).",
      defaultValue = "0")
  int holdOut;

  static final int PASSES = 10;
  static final long SEED = 2003;

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainNames()).execute(args));
  }

  static Path defaultConll() {
    return Paths.get(System.getProperty("wirescope.corpora", "../shared/corpora"), "conll2003");
  }

  /** The model trained on {@code conllDir}/eng.train with the default passes and seed. */
  static NameTraining.Model train(Path conllDir, int passes, long seed) throws Exception {
    List<NameTraining.Article> train = Conll.read(conllDir.resolve("eng.train"));
    return NameTraining.train(train, passes, seed, s -> System.err.println("train-names: " + s));
  }

  @Override
  public Integer call() throws Exception {
    Path dir = conll == null ? defaultConll() : conll;
    if (!Files.isRegularFile(dir.resolve("eng.train"))) {
      System.err.println("train-names: no eng.train in " + dir + " (set --conll)");
      return 1;
    }
    long t0 = System.nanoTime();
    if (holdOut > 0) {
      List<NameTraining.Article> all = Conll.read(dir.resolve("eng.train"));
      List<NameTraining.Article> learn = new java.util.ArrayList<>();
      List<NameTraining.Article> held = new java.util.ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (i % holdOut == holdOut - 1 ? held : learn).add(all.get(i));
      }
      NameTagger t =
          NameTraining.train(learn, passes, seed, s -> System.err.println("train-names: " + s))
              .tagger();
      for (NameTraining.Score s : NameTraining.scores(t, held)) {
        System.out.printf("held out (%d of eng.train): %s%n", held.size(), s);
      }
      return 0;
    }
    NameTraining.Model model = train(dir, passes, seed);
    Files.createDirectories(to.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(to)) {
      model.write(out);
    }
    List<String> common = NameTraining.commonWords(Conll.read(dir.resolve("eng.train")));
    Files.writeString(commonWordsTo, CommonWords.format(common));
    System.out.printf(
        "train-names: %,d common words written to %s%n", common.size(), commonWordsTo);
    NameTagger tagger = model.tagger();
    System.out.printf(
        "train-names: %d features, %,d bytes written to %s in %.1f s%n",
        tagger.size(), Files.size(to), to, (System.nanoTime() - t0) / 1e9);
    for (NameTraining.Score s : NameTraining.scores(tagger, Conll.read(dir.resolve("eng.train")))) {
      System.out.println("train (eng.train): " + s);
    }
    Path dev = dir.resolve("eng.testa");
    if (Files.isRegularFile(dev)) {
      for (NameTraining.Score s : NameTraining.scores(tagger, Conll.read(dev))) {
        System.out.println("dev (eng.testa):   " + s);
      }
    }
    return 0;
  }
}
