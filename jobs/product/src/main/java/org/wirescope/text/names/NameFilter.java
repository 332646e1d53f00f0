package org.wirescope.text.names;

/**
 * Whether a run read as a name ({@link NameRun}) is a person: on the tagger's say-so ({@link
 * TaggedFilter}) when the tagger found a person in the run, else by the word-list rules ({@link
 * RuleFilter}).
 */
interface NameFilter {
  /** Whether the run is turned down before a mention is made of it. */
  boolean rejects(NameRun g);

  /** Whether the mention {@code f} made of the run is taken; may mark it {@code contextual}. */
  boolean takes(NameRun g, Found.Draft f);

  /** The filter for run {@code g}. */
  static NameFilter of(NameRun g) {
    return g.model ? TaggedFilter.INSTANCE : RuleFilter.INSTANCE;
  }
}
