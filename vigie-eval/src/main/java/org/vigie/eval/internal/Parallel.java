package org.vigie.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs a function over a list on a few threads, keeping the order; a failure is returned, not thrown. */
public final class Parallel {
  private Parallel() {}

  /** The outcome of one call: a value or the exception it threw. */
  public record Outcome<R>(R value, Throwable error) {}

  public static <T, R> List<Outcome<R>> map(List<T> items, Function<T, R> f, int threads) {
    List<Outcome<R>> out = new ArrayList<>(items.size());
    if (threads <= 1 || items.size() <= 1) {
      for (T t : items) {
        out.add(call(f, t));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread th = new Thread(r, "vigie-eval");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<Outcome<R>>> futures = new ArrayList<>();
      for (T t : items) {
        futures.add(pool.submit(() -> call(f, t)));
      }
      for (Future<Outcome<R>> fu : futures) {
        try {
          out.add(fu.get());
        } catch (ExecutionException e) {
          out.add(new Outcome<>(null, e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> Outcome<R> call(Function<T, R> f, T t) {
    try {
      return new Outcome<>(f.apply(t), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome<>(null, e);
    }
  }
}
