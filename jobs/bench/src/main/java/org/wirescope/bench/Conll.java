package org.wirescope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoNLL-2003 files (one token per line: word, part of speech, chunk, entity tag in IOB1; a blank
 * line ends a sentence; {@code -DOCSTART-} starts an article) as training articles laid out the way
 * ingest lays out the folder {@code ../shared/eval/conll_docs.py} writes: the first sentence is the
 * title, then one paragraph per sentence, tokens joined with the spacing of ordinary prose.
 */
final class Conll {
  private Conll() {}

  private record Token(String word, String tag) {}

  /** Punctuation and clitics written against the word before them. */
  private static final Set<String> GLUE =
      Set.of(
          ",", ".", ":", ";", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d",
          "'m");

  static List<NameTraining.Article> read(Path file) throws IOException {
    List<List<List<Token>>> docs = new ArrayList<>();
    List<List<Token>> doc = null;
    List<Token> sentence = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("-DOCSTART-")) {
          doc = new ArrayList<>();
          docs.add(doc);
          sentence = new ArrayList<>();
        } else if (line.isBlank()) {
          if (!sentence.isEmpty() && doc != null) {
            doc.add(sentence);
          }
          sentence = new ArrayList<>();
        } else {
          String[] parts = line.split(" ");
          sentence.add(new Token(parts[0], parts[parts.length - 1]));
        }
      }
    }
    if (!sentence.isEmpty() && doc != null) {
      doc.add(sentence);
    }
    List<NameTraining.Article> out = new ArrayList<>();
    for (List<List<Token>> d : docs) {
      if (!d.isEmpty()) {
        out.add(article(d));
      }
    }
    return out;
  }

  private static NameTraining.Article article(List<List<Token>> sentences) {
    StringBuilder text = new StringBuilder();
    List<NameTraining.Name> names = new ArrayList<>();
    for (List<Token> s : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      String kind = null;
      int start = -1;
      int end = -1;
      boolean openQuote = false;
      int lineStart = text.length();
      for (Token t : s) {
        boolean glue;
        if (t.word().equals("\"")) {
          glue = openQuote || text.length() == lineStart;
          openQuote = !openQuote;
        } else {
          char last = text.length() > lineStart ? text.charAt(text.length() - 1) : ' ';
          glue =
              GLUE.contains(t.word())
                  || text.length() == lineStart
                  || last == '('
                  || last == '$'
                  || (last == '"' && openQuote);
        }
        if (!glue) {
          text.append(' ');
        }
        int at = text.length();
        text.append(t.word());
        String tag = t.tag();
        String k = tag.equals("O") ? null : tag.substring(2);
        boolean begins = k != null && (!k.equals(kind) || tag.startsWith("B-"));
        if (kind != null && (k == null || begins)) {
          names.add(new NameTraining.Name(start, end, kind));
          kind = null;
        }
        if (begins) {
          kind = k;
          start = at;
        }
        if (k != null) {
          end = text.length();
        }
      }
      if (kind != null) {
        names.add(new NameTraining.Name(start, end, kind));
      }
    }
    return new NameTraining.Article(text.toString(), true, names);
  }
}
