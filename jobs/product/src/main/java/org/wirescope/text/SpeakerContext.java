package org.wirescope.text;

/**
 * What a {@link SpeakerRule} may read besides the quote: the article and its readers, the
 * statements it reports outside quotes, and what the article's earlier quotes left.
 */
record SpeakerContext(ArticleText text, Cues cues, Subjects subjects, SpeechEvents events, History history) {}
