package org.wirescope.text.tagger;

/**
 * The feature templates of {@link Features}, each with the number hashed into its keys. The numbers
 * are part of the trained model: never renumber one; a new template takes a new number, and a
 * change to what any template reads bumps {@link Features#TEMPLATE_VERSION}.
 */
enum Template {
  /** Every token: the label's prior. */
  BIAS(1),
  WORD(2),
  WORD_AS_WRITTEN(3),
  SHAPE(4),
  SUFFIX(5),
  WORD_BEFORE(6),
  WORD_AFTER(7),
  WORD_TWO_BEFORE(8),
  WORD_TWO_AFTER(9),
  SHAPE_BEFORE_AND_SHAPE(10),
  SHAPE_AND_SHAPE_AFTER(11),
  LABEL_BEFORE(12),
  TWO_LABELS_BEFORE(13),
  LABEL_BEFORE_AND_SHAPE(14),
  WORD_BEFORE_AND_WORD(15),
  WORD_AND_WORD_AFTER(16),
  /** One key per word-list flag the token has. */
  FLAG(17),
  LIST_FLAGS_BEFORE(18),
  LIST_FLAGS_AFTER(19),
  /**
   * Where the token stands (an all-caps paragraph, a headline, a sentence start) and whether the
   * article writes it in lower case, with its shape.
   */
  POSITION_FLAGS_AND_SHAPE(20),
  KIND_LAST_GIVEN(21),
  IN_A_PERSON_AND_LABEL_BEFORE(22),
  ALL_CAPS_PARAGRAPH_AND_WORD(23),
  PREFIX(24),
  FIRST_PASS_KIND(25),
  FIRST_PASS_PERSON_AND_LABEL_BEFORE(26),
  FIRST_PASS_KIND_AND_POSITION_FLAGS(27),
  ORG_HEAD_TWO_AFTER_AND_AFTER(28);

  final int id;

  Template(int id) {
    this.id = id;
  }
}
