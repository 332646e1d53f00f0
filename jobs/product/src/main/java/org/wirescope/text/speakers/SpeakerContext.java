package org.wirescope.text.speakers;

/**
 * What a {@link SpeakerRule} may read besides the quote: the article and its readers, the
 * statements it reports outside quotes, and what the article's earlier quotes left.
 */
public record SpeakerContext(
    ArticleText text, Cues cues, Subjects subjects, SpeechEvents events, History history) {}
