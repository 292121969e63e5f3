package org.vigie.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator of results that never throws: a problem while producing becomes a {@link ReadResult.Failure}
 * naming {@link #origin()}, and ends this producer. Resources are closed at the end or on {@link #close()}.
 */
abstract class Producer implements Iterator<ReadResult>, Closeable {
  private ReadResult next;
  private boolean done;

  /** The next result, or null when there are no more. */
  protected abstract ReadResult produce() throws IOException, ReadProblem;

  /** What to name in a failure that ends this producer. */
  protected abstract String origin();

  @Override
  public void close() {}

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      next = produce();
    } catch (ReadProblem p) {
      next = new ReadResult.Failure(origin(), p.getMessage());
      finish();
    } catch (IOException e) {
      next = new ReadResult.Failure(origin(), Problems.io(e));
      finish();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      next = new ReadResult.Failure(origin(), Problems.unexpected(e));
      finish();
    }
    if (next == null) {
      finish();
      return false;
    }
    return true;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private void finish() {
    done = true;
    try {
      close();
    } catch (RuntimeException e) {
      // closing is best effort
    }
  }
}
