package org.wirescope.text.tokens;

import java.io.Serializable;

/** A sentence: [start, end) in the article text. */
public record Sentence(int start, int end) implements Serializable {}
