package org.vigie.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on worker threads and hands the results over in input order, with
 * a bounded number in flight, so a corpus of any size is processed in constant memory and output is
 * reproducible whatever the thread count. A failure of one item is handed over as that item's outcome and
 * does not stop the others.
 */
public final class BatchRunner {
  private BatchRunner() {}

  /** The outcome of one item: its result, or the exception that the function threw for it. */
  public record Outcome<T, R>(T item, R result, RuntimeException error) {}

  public static <T, R> void run(Iterator<T> items, int threads, Function<T, R> work, Consumer<Outcome<T, R>> sink) {
    Objects.requireNonNull(work, "work");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (threads == 1) {
      while (items.hasNext()) {
        sink.accept(call(items.next(), work));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vigie-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome<T, R>>> inFlight = new ArrayDeque<>();
      int window = threads * 4;
      while (items.hasNext() || !inFlight.isEmpty()) {
        while (items.hasNext() && inFlight.size() < window) {
          T item = items.next();
          inFlight.add(pool.submit(() -> call(item, work)));
        }
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> Outcome<T, R> call(T item, Function<T, R> work) {
    try {
      return new Outcome<>(item, work.apply(item), null);
    } catch (RuntimeException e) {
      return new Outcome<>(item, null, e);
    }
  }

  private static <T, R> Outcome<T, R> await(Future<Outcome<T, R>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
