package org.wirescope.sample;

import java.util.List;
import java.util.Map;

/**
 * A topic of the sample corpus with the text pools its articles are written from. Pool entries may
 * start with a camp tag such as "[R]" or "[UE]" (who may say or be described by it) or
 * "[@Guterres]" (one person only); untagged entries suit everyone. {@code {slot}} and {@code {a|b}}
 * are filled by {@link Templates}.
 *
 * @param name the tag as written in Topics blocks and GOLD
 * @param section the TASS section line and feed section
 * @param slug the feed URL path segment for the section
 * @param affinity surname to weight: who appears in articles on this topic
 * @param titles headlines; {S} is the main speaker as headlines name them
 * @param indirect past-tense clauses for "X said that ..." (leads and first paragraphs)
 * @param openers first halves of quoted sentences (no closing punctuation)
 * @param closers second halves, starting with a conjunction, joined to an opener by ", "
 * @param standalone whole quoted sentences
 * @param objects "noun phrase|verb" pairs a fragment quote describes: "the decision|was"
 * @param subjects what "X also commented on ..." refers to
 * @param facts narrative sentences with no person in them
 * @param scares sentences with a scare-quoted term in {@code <<...>>}
 * @param docs sentences with a document title in {@code <<...>>}
 */
record Topic(
    String name,
    String section,
    String slug,
    List<String> cities,
    Map<String, Double> affinity,
    List<String> titles,
    List<String> indirect,
    List<String> openers,
    List<String> closers,
    List<String> standalone,
    List<String> objects,
    List<String> subjects,
    List<String> facts,
    List<String> scares,
    List<String> docs) {}
