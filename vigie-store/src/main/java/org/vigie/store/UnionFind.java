package org.vigie.store;

/**
 * Groups of items joined pair by pair (stories of articles, events told by several articles). The lower index
 * stays the root of a group, so a group is named after its earliest item when items are sorted by date.
 */
final class UnionFind {
  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
