package org.wirescope.text.speakers;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.text.tokens.Sentence;
import org.wirescope.text.tokens.Tokens;

/**
 * The statements an article reports outside quotation marks, one per sentence at most: the first
 * speech verb outside quotes whose subject resolves ("Peskov said that ..."), with its speaker.
 * Read once per article, before the quotes, so no quote's speaker shapes them.
 */
public final class SpeechEvents {
  private final int[] tokens;
  private final String[] speakers;
  private final boolean[] organisation;

  public SpeechEvents(ArticleText a, Subjects subjects, Resolver resolver) {
    List<Integer> toks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Boolean> orgs = new ArrayList<>();
    History none = new History();
    Tokens t = a.t;
    for (Sentence sen : a.sentences) {
      int ts = t.indexAt(sen.start());
      int te = t.indexAt(sen.end());
      for (int m = ts; m < te; m++) {
        if (a.quoted[m] || !a.isVerbAt(m)) {
          continue;
        }
        Subject subj =
            t.lower(m).equals("according")
                ? subjects.subjectAfterVerb(m)
                : subjects.adjacentSubject(m, ts);
        if (subj == null) {
          subj = subjects.subjectAfterVerb(m);
        }
        String speaker =
            subj == null || subj instanceof Subject.It || subj instanceof Subject.Document
                ? null
                : resolver.speaker(subj, none);
        if (speaker != null) {
          toks.add(m);
          names.add(speaker);
          orgs.add(subj.organisation());
          break;
        }
      }
    }
    tokens = toks.stream().mapToInt(Integer::intValue).toArray();
    speakers = names.toArray(new String[0]);
    organisation = new boolean[orgs.size()];
    for (int i = 0; i < organisation.length; i++) {
      organisation[i] = orgs.get(i);
    }
  }

  /** The last statement before token {@code tok}, or -1. */
  public int lastBefore(int tok) {
    return ArticleText.lastBefore(tokens, tok);
  }

  /** The speech verb's token of statement {@code i}. */
  public int token(int i) {
    return tokens[i];
  }

  /** The speaker of statement {@code i}. */
  public String speaker(int i) {
    return speakers[i];
  }

  /** Whether the speaker of statement {@code i} is an organisation. */
  public boolean organisation(int i) {
    return organisation[i];
  }
}
