package org.wirescope.text.tagger;

/**
 * What the name tagger says a name is, with the code its labels give it ({@link NameTagger#kind}):
 * the code is a tagger feature and a column of the name evidence, so it never changes.
 */
public enum NameKind {
  NONE(0),
  PERSON(1),
  ORGANISATION(2),
  PLACE(3),
  OTHER(4);

  /** The kind's number: (label + 1) / 2 of its B- and I- labels. */
  public final int code;

  NameKind(int code) {
    this.code = code;
  }
}
