package org.wirescope.text.quotes;

import java.io.Serializable;
import java.util.List;

/**
 * A direct quotation. {@code text} is what stands between the marks (paragraphs of a
 * multi-paragraph quotation joined by blank lines); [start, end) covers the marks. {@code speaker}
 * is a canonical person, or an organisation's name ("Russian Foreign Ministry", "White House") when
 * {@code organisation}, or null when no speaker is defensible; {@code speakerSurface} the words
 * that named the speaker ("the press secretary", "he"); {@code cue} the speech verb ("said");
 * {@code attribution} the rule that decided; {@code continuation} true when the quote continues the
 * previous speaker's statement without a verb of its own; {@code confidence} the ranker's chance
 * that the speaker is right (for a quote without one, the best candidate's, or 0); {@code
 * candidates} what the ranker chose among, kept only when asked for ({@link
 * TextAnalyzer#keepingSpeakerCandidates()}).
 */
public record Quote(
    String text,
    int start,
    int end,
    String speaker,
    String speakerSurface,
    String cue,
    Attribution attribution,
    boolean continuation,
    boolean organisation,
    double confidence,
    List<SpeakerCandidate> candidates)
    implements Serializable {}
