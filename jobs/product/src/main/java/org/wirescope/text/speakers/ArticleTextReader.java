package org.wirescope.text.speakers;

import java.util.List;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.tokens.Tokens;

/**
 * What the readers of one article ({@link Cues}, {@link Subjects}) keep at hand: the {@link
 * ArticleText} and, under short names, the parts of it they read on every token.
 */
public abstract class ArticleTextReader {
  final ArticleText a;
  final Tokens t;
  final List<Found> mentions;
  final int[] mentionAt;
  final List<Orgs.Org> orgs;
  final int[] orgAt;
  final boolean[] quoted;

  ArticleTextReader(ArticleText a) {
    this.a = a;
    this.t = a.t;
    this.mentions = a.mentions;
    this.mentionAt = a.mentionAt;
    this.orgs = a.orgs;
    this.orgAt = a.orgAt;
    this.quoted = a.quoted;
  }
}
