package org.vigie.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs store queries for requests on a few workers, each with a deadline: a slow query answers 503 rather than
 * holding a connection, and a flood of requests is turned away (503) rather than queued without end.
 */
final class Work implements AutoCloseable {
  /** The store could not answer in time, or too many requests are waiting: a 503. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  Work(int workers, Duration timeout) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
      Thread t = new Thread(r, "vigie-query-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.timeout = timeout;
  }

  <T> T run(Supplier<T> task) {
    Future<T> f;
    try {
      f = pool.submit(task::get);
    } catch (RejectedExecutionException e) {
      throw new Unavailable("the server is busy; try again in a moment");
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Unavailable("the query took longer than " + timeout.toSeconds() + " s; narrow it down");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new Unavailable("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
