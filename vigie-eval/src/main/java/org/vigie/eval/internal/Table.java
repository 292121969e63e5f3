package org.vigie.eval.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell, first column left-aligned. */
public final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public Table(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  public Table row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    rows.add(cells);
    return this;
  }

  /** A fraction as a percentage with one decimal ({@code 83.3}), or {@code -} for null. */
  public static String pct(Double d) {
    return d == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", d * 100);
  }

  @Override
  public String toString() {
    int[] w = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(w[i] - r[i].length());
        line.append(i == 0 ? r[i] + pad : pad + r[i]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (k == 0) {
        int total = 2 * (columns - 1);
        for (int x : w) {
          total += x;
        }
        sb.append("-".repeat(total)).append('\n');
      }
    }
    return sb.toString();
  }
}
