package org.wirescope.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Registers the tables of an output folder as temporary views named after them. */
public final class TableViews {
  private TableViews() {}

  /** The names of the tables found and registered, in {@link Tables} order. */
  public static List<String> register(SparkSession spark, TableStore store) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, StructType> t : Tables.all().entrySet()) {
      if (store.exists(t.getKey())) {
        store.read(t.getKey(), t.getValue()).createOrReplaceTempView(t.getKey());
        names.add(t.getKey());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(
          "no Wirescope tables under " + store.root() + ": run the pipeline first");
    }
    return names;
  }
}
