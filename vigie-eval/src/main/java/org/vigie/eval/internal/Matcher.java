package org.vigie.eval.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.vigie.core.Span;

/**
 * One-to-one matching of gold items with predictions, shared by every scorer.
 *
 * <p>{@link #greedy} is the rule of FORMAT.md for span layers: all pairs whose overlap reaches the threshold,
 * best overlap first (ties: gold order, then prediction order), each item used at most once. {@link #maximum}
 * is for layers without spans (entities, events), where every compatible pair is equally good: it finds a
 * largest one-to-one matching, so the score does not depend on the order of the lists.
 */
public final class Matcher {
  private static final double EPSILON = 1e-9;

  private Matcher() {}

  /** A matched pair of indices into the gold and prediction lists, with its overlap. */
  public record Pair(int gold, int pred, double score) {}

  /** Scores a gold item against a prediction. */
  @FunctionalInterface
  public interface Scorer {
    double score(int gold, int pred);
  }

  /** Overlap of two spans: shared characters / characters of the longer span (1 for two equal empty spans). */
  public static double overlap(Span a, Span b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return a.equals(b) ? 1.0 : 0.0;
    }
    return (double) a.shared(b) / longer;
  }

  /**
   * Overlap of a prediction with a gold item made of several pieces (a discontinuous quotation): characters
   * shared with any piece / the longer of the prediction and the pieces together.
   */
  public static double overlap(Span pred, List<Span> pieces) {
    if (pieces.size() == 1) {
      return overlap(pred, pieces.get(0));
    }
    int shared = 0;
    int length = 0;
    for (Span p : pieces) {
      shared += pred.shared(p);
      length += p.length();
    }
    int longer = Math.max(pred.length(), length);
    return longer == 0 ? 0.0 : (double) shared / longer;
  }

  /** Best overlap of a prediction with any of the places a gold string occurs. */
  public static double bestOverlap(Span pred, List<Span> occurrences) {
    double best = 0;
    for (Span o : occurrences) {
      best = Math.max(best, overlap(pred, o));
    }
    return best;
  }

  /** Greedy one-to-one matching, best score first, keeping pairs whose score is at least {@code threshold}. */
  public static List<Pair> greedy(int nGold, int nPred, Scorer scorer, double threshold) {
    List<Pair> candidates = new ArrayList<>();
    for (int g = 0; g < nGold; g++) {
      for (int p = 0; p < nPred; p++) {
        double s = scorer.score(g, p);
        if (s > 0 && s + EPSILON >= threshold) {
          candidates.add(new Pair(g, p, s));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
        .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred));
    boolean[] goldUsed = new boolean[nGold];
    boolean[] predUsed = new boolean[nPred];
    List<Pair> out = new ArrayList<>();
    for (Pair c : candidates) {
      if (!goldUsed[c.gold()] && !predUsed[c.pred()]) {
        goldUsed[c.gold()] = true;
        predUsed[c.pred()] = true;
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(Pair::gold));
    return out;
  }

  /** A largest one-to-one matching of compatible pairs (augmenting paths, gold order first). */
  public static List<Pair> maximum(int nGold, int nPred, BiPredicate<Integer, Integer> compatible) {
    boolean[][] ok = new boolean[nGold][nPred];
    for (int g = 0; g < nGold; g++) {
      for (int p = 0; p < nPred; p++) {
        ok[g][p] = compatible.test(g, p);
      }
    }
    int[] predToGold = new int[nPred];
    Arrays.fill(predToGold, -1);
    for (int g = 0; g < nGold; g++) {
      augment(g, ok, predToGold, new boolean[nPred]);
    }
    List<Pair> out = new ArrayList<>();
    for (int p = 0; p < nPred; p++) {
      if (predToGold[p] >= 0) {
        out.add(new Pair(predToGold[p], p, 1.0));
      }
    }
    out.sort(Comparator.comparingInt(Pair::gold));
    return out;
  }

  private static boolean augment(int g, boolean[][] ok, int[] predToGold, boolean[] seen) {
    for (int p = 0; p < predToGold.length; p++) {
      if (ok[g][p] && !seen[p]) {
        seen[p] = true;
        if (predToGold[p] < 0 || augment(predToGold[p], ok, predToGold, seen)) {
          predToGold[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  /** Which gold indices a matching uses. */
  public static boolean[] goldMatched(List<Pair> pairs, int nGold) {
    boolean[] m = new boolean[nGold];
    for (Pair p : pairs) {
      m[p.gold()] = true;
    }
    return m;
  }

  /** Which prediction indices a matching uses. */
  public static boolean[] predMatched(List<Pair> pairs, int nPred) {
    boolean[] m = new boolean[nPred];
    for (Pair p : pairs) {
      m[p.pred()] = true;
    }
    return m;
  }
}
