package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of a graph held as Spark tables, for the groups that pairwise links make (corpus events,
 * stories): every node is labelled with the least node of its component, as the store's union-find names a group
 * after its first item. Label propagation: each round, a node takes the least label among its own and its
 * neighbours', until no label changes (as many rounds as the longest shortest path, a handful in news groups).
 */
final class Components {
  private Components() {}

  /**
   * @param nodes one column {@code node} of an orderable type, each node once
   * @param edges columns {@code a} and {@code b} of the same type
   * @return columns {@code node} and {@code root}: the least node of its component
   */
  static Dataset<Row> of(Dataset<Row> nodes, Dataset<Row> edges) {
    Dataset<Row> links = edges.select(col("a"), col("b"))
        .union(edges.select(col("b").as("a"), col("a").as("b")))
        .localCheckpoint();
    Dataset<Row> labels = nodes.select(col("node"), col("node").as("root")).localCheckpoint();
    while (true) {
      Dataset<Row> offered = links.join(labels, links.col("a").equalTo(labels.col("node")))
          .select(links.col("b").as("node"), labels.col("root"));
      Dataset<Row> next = labels.union(offered).groupBy("node").agg(min("root").as("root")).localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("root", "old"), "node")
          .where(col("root").notEqual(col("old"))).count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
  }
}
