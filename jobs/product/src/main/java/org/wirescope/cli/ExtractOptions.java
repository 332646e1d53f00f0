package org.wirescope.cli;

import org.wirescope.extract.ArticleExtractor;
import picocli.CommandLine.Option;

/** The options of the extract stage; {@code pipeline} carries the same ones. */
public final class ExtractOptions {
  @Option(names = "--persons", defaultValue = "both", paramLabel = "FROM",
      converter = PersonSourceConverter.class,
      description = "Where person mentions come from: tags (the articles' person tags only), text "
          + "(names found in the text only) or both (default: ${DEFAULT-VALUE}). With both, a tagged "
          + "person never named in the text still counts as mentioned.")
  public ArticleExtractor.PersonSource persons = ArticleExtractor.PersonSource.BOTH;

  @Option(names = "--names", defaultValue = "rules", paramLabel = "HOW",
      converter = RecognitionConverter.class,
      description = "How names in text become persons: rules (word lists and context, default: "
          + "${DEFAULT-VALUE}) or tagger (the trained name tagger, with corpus-wide evidence about "
          + "each name; under evaluation, see jobs/bench/NOTES.md).")
  public ArticleExtractor.Recognition names = ArticleExtractor.Recognition.RULES;

  @Option(names = "--no-corpus-evidence",
      description = "With --names tagger, do not let the whole corpus overrule one article (by "
          + "default a name the corpus uses overwhelmingly for firms or places is not a person); "
          + "measures the tagger alone.")
  public boolean noCorpusEvidence;

  /** Accepts rules or tagger in any case. */
  static final class RecognitionConverter implements picocli.CommandLine.ITypeConverter<ArticleExtractor.Recognition> {
    @Override
    public ArticleExtractor.Recognition convert(String value) {
      try {
        return ArticleExtractor.Recognition.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("unknown --names '" + value + "'; use rules or tagger");
      }
    }
  }

  /** Accepts tags, text or both in any case. */
  static final class PersonSourceConverter implements picocli.CommandLine.ITypeConverter<ArticleExtractor.PersonSource> {
    @Override
    public ArticleExtractor.PersonSource convert(String value) {
      try {
        return ArticleExtractor.PersonSource.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("unknown --persons '" + value + "'; use tags, text or both");
      }
    }
  }
}
