package org.wirescope.text.quotes;

import java.io.Serializable;

/**
 * A possible speaker of a quote as the ranker saw it: who, whether an organisation, its features
 * (named by {@link TextAnalyzer#speakerFeatures()}) and its score (NaN when no model scored it).
 */
public record SpeakerCandidate(
    String speaker, boolean organisation, double[] features, double score)
    implements Serializable {}
