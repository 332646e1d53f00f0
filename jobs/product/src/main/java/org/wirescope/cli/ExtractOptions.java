package org.wirescope.cli;

import org.wirescope.extract.ArticleExtractor;
import picocli.CommandLine.Option;

/** The options of the extract stage; {@code pipeline} carries the same ones. */
public final class ExtractOptions {
  @Option(
      names = "--persons",
      defaultValue = "both",
      paramLabel = "FROM",
      converter = PersonSourceConverter.class,
      description =
          "Where person mentions come from: tags (the articles' person tags only), text "
              + "(names found in the text only) or both (default: ${DEFAULT-VALUE}). With both, a tagged "
              + "person never named in the text still counts as mentioned.")
  public ArticleExtractor.PersonSource persons = ArticleExtractor.PersonSource.BOTH;

  @Option(
      names = "--names",
      defaultValue = "tagger",
      paramLabel = "HOW",
      converter = RecognitionConverter.class,
      description =
          "How names in text become persons: tagger (the trained name tagger, with "
              + "corpus-wide evidence about each name; default: ${DEFAULT-VALUE}) or rules (word lists "
              + "and context only: about twice as fast, less precise; see jobs/bench/NOTES.md).")
  public ArticleExtractor.Recognition names = ArticleExtractor.Recognition.TAGGER;

  @Option(
      names = "--no-corpus-evidence",
      description =
          "Do not let the whole corpus overrule one article (by "
              + "default a name the corpus uses overwhelmingly for firms or places is not a person); "
              + "measures the tagger alone.")
  public boolean noCorpusEvidence;

  /** Accepts an enum constant in any case; names the option and its values when it cannot. */
  private abstract static class LenientEnum<E extends Enum<E>>
      implements picocli.CommandLine.ITypeConverter<E> {
    private final Class<E> type;
    private final String option;
    private final String choices;

    LenientEnum(Class<E> type, String option, String choices) {
      this.type = type;
      this.option = option;
      this.choices = choices;
    }

    @Override
    public E convert(String value) {
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown " + option + " '" + value + "'; use " + choices);
      }
    }
  }

  /** Accepts rules or tagger in any case. */
  static final class RecognitionConverter extends LenientEnum<ArticleExtractor.Recognition> {
    RecognitionConverter() {
      super(ArticleExtractor.Recognition.class, "--names", "rules or tagger");
    }
  }

  /** Accepts tags, text or both in any case. */
  static final class PersonSourceConverter extends LenientEnum<ArticleExtractor.PersonSource> {
    PersonSourceConverter() {
      super(ArticleExtractor.PersonSource.class, "--persons", "tags, text or both");
    }
  }
}
