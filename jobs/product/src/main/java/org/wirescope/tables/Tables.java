package org.wirescope.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/** Every table Wirescope writes, by name, with its declared schema. */
public final class Tables {
  private static final Map<String, StructType> SCHEMAS = new LinkedHashMap<>();

  static {
    SCHEMAS.put(Articles.NAME, Articles.SCHEMA);
    SCHEMAS.put(Rejects.NAME, Rejects.SCHEMA);
    SCHEMAS.put(Mentions.NAME, Mentions.SCHEMA);
    SCHEMAS.put(Quotes.NAME, Quotes.SCHEMA);
    SCHEMAS.put(Persons.NAME, Persons.SCHEMA);
    SCHEMAS.put(Organizations.NAME, Organizations.SCHEMA);
    SCHEMAS.put(Places.NAME, Places.SCHEMA);
    SCHEMAS.put(EntityMentions.NAME, EntityMentions.SCHEMA);
    SCHEMAS.put(PersonPairs.NAME, PersonPairs.SCHEMA);
    SCHEMAS.put(PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA);
    SCHEMAS.put(PersonNetwork.NAME, PersonNetwork.SCHEMA);
    SCHEMAS.put(PersonGroups.NAME, PersonGroups.SCHEMA);
    SCHEMAS.put(ArticleTopics.NAME, ArticleTopics.SCHEMA);
    SCHEMAS.put(DiscoveredTopics.NAME, DiscoveredTopics.SCHEMA);
    SCHEMAS.put(TopicTrends.NAME, TopicTrends.SCHEMA);
    SCHEMAS.put(TopicMovers.NAME, TopicMovers.SCHEMA);
    SCHEMAS.put(QuoteClusters.NAME, QuoteClusters.SCHEMA);
    SCHEMAS.put(TopQuotes.NAME, TopQuotes.SCHEMA);
    SCHEMAS.put(QuoteCounts.NAME, QuoteCounts.SCHEMA);
    SCHEMAS.put(SpeakerTopics.NAME, SpeakerTopics.SCHEMA);
    SCHEMAS.put(VoiceShare.NAME, VoiceShare.SCHEMA);
  }

  private Tables() {}

  public static Map<String, StructType> all() {
    return SCHEMAS;
  }

  /** The schema of a table, or a clear error naming the tables there are. */
  public static StructType schema(String name) {
    StructType s = SCHEMAS.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown table '" + name + "'; tables: " + String.join(", ", SCHEMAS.keySet()));
    }
    return s;
  }
}
