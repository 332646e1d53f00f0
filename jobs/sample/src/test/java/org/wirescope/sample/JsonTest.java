package org.wirescope.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  /** A ratio over a zero time is Infinity, which JSON cannot hold: it is written as null. */
  @Test
  void nonFiniteNumbersAreNull() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ratio", 2.5 / 0.0);
    m.put("nan", 0.0 / 0.0);
    m.put("seconds", 1.23456);
    m.put("runs", List.of(1.0, Double.NEGATIVE_INFINITY));
    for (String text : List.of(Json.compact(m), Json.pretty(m, 0))) {
      JsonNode doc = new ObjectMapper().readTree(text);
      assertEquals(true, doc.path("ratio").isNull(), text);
      assertEquals(true, doc.path("nan").isNull(), text);
      assertEquals(1.235, doc.path("seconds").asDouble(), 1e-9, text);
      assertEquals(true, doc.path("runs").get(1).isNull(), text);
    }
  }
}
