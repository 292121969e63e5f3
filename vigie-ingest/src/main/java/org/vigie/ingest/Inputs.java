package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the inputs in order, folders depth-first in sorted order, opening one file at a time; every problem
 * becomes a failure for that input and the walk goes on.
 */
final class Inputs extends Producer {
  private record Job(Path path, boolean explicit, List<Sidecar> scope) {}

  private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

  private final List<Path> inputs;
  private final IngestConfig config;
  private final Deque<Object> stack = new ArrayDeque<>();
  private final List<Sidecar> explicit = new ArrayList<>();
  private final Set<Path> loadedSidecars = new HashSet<>();
  private final Map<Path, List<Sidecar>> parentSidecars = new HashMap<>();
  private final Set<Path> visitedDirs = new HashSet<>();
  private Iterator<ReadResult> current;
  private boolean started;

  Inputs(List<Path> inputs, IngestConfig config) {
    this.inputs = List.copyOf(inputs);
    this.config = config;
  }

  @Override
  protected String origin() {
    return "inputs";
  }

  @Override
  protected ReadResult produce() {
    if (!started) {
      started = true;
      start();
    }
    while (true) {
      if (current != null) {
        if (current.hasNext()) {
          return current.next();
        }
        closeCurrent();
      }
      Object top = stack.pollFirst();
      if (top == null) {
        return null;
      }
      if (top instanceof ReadResult r) {
        return r;
      }
      Job job = (Job) top;
      try {
        ReadResult r = expand(job);
        if (r != null) {
          return r;
        }
      } catch (IOException e) {
        return new ReadResult.Failure(job.path().toString(), Problems.io(e));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return new ReadResult.Failure(job.path().toString(), Problems.unexpected(e));
      }
    }
  }

  private void start() {
    List<Object> first = new ArrayList<>();
    List<ReadResult> problems = new ArrayList<>();
    if (config.meta() != null) {
      Path meta = config.meta();
      if (Files.isRegularFile(meta)) {
        explicit.add(Sidecar.load(meta, true, config, problems));
        loadedSidecars.add(key(meta));
      } else {
        problems.add(new ReadResult.Failure(meta.toString(), "sidecar: "
            + (Files.isDirectory(meta) ? "is a folder, not a JSON Lines file" : "not found")));
      }
    }
    for (Path p : inputs) {
      if (Sidecar.isSidecar(p) && Files.isRegularFile(p)) {
        if (loadedSidecars.add(key(p))) {
          explicit.add(Sidecar.load(p, true, config, problems));
        }
      } else {
        first.add(new Job(p, true, List.of()));
      }
    }
    first.addAll(0, problems);
    for (int i = first.size() - 1; i >= 0; i--) {
      stack.push(first.get(i));
    }
  }

  private ReadResult expand(Job job) throws IOException {
    Path p = job.path();
    String origin = p.toString();
    if (!Files.exists(p)) {
      return new ReadResult.Failure(origin, Files.isSymbolicLink(p) ? "broken symbolic link" : "not found");
    }
    if (Files.isDirectory(p)) {
      return walk(job);
    }
    if (Sidecar.isSidecar(p)) {
      return null;
    }
    Format format = Format.of(p);
    if (format == null) {
      if (!job.explicit()) {
        return null;
      }
      String ext = Format.extension(p);
      return new ReadResult.Failure(origin, (ext.isEmpty() ? "no file extension" : "unknown file type \"."
          + ext + "\"") + " (expected one of " + Format.KNOWN + ")");
    }
    List<Sidecar> scope = job.scope();
    if (job.explicit() && (format == Format.TEXT || format == Format.HTML)) {
      List<ReadResult> problems = new ArrayList<>();
      scope = sidecarsBeside(p, problems);
      if (!problems.isEmpty()) {
        stack.push(job);
        for (int i = problems.size() - 1; i >= 0; i--) {
          stack.push(problems.get(i));
        }
        return null;
      }
    }
    String stem = Format.stem(p);
    Sidecar.Entry meta = null;
    if (format == Format.TEXT || format == Format.HTML) {
      meta = Sidecar.lookup(explicit, p, stem);
      if (meta == null) {
        meta = Sidecar.lookup(scope, p, stem);
      }
    }
    return open(p, format, new Source(origin, stem, meta, config));
  }

  /** The sidecars in the folder of an explicitly named file (loaded once per folder). */
  private List<Sidecar> sidecarsBeside(Path file, List<ReadResult> problems) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return List.of();
    }
    List<Sidecar> cached = parentSidecars.get(parent);
    if (cached != null) {
      return cached;
    }
    List<Sidecar> found = new ArrayList<>();
    Path given = file.getParent();
    try (Stream<Path> s = Files.list(parent)) {
      for (Path c : s.sorted(BY_NAME).toList()) {
        if (Sidecar.isSidecar(c) && Files.isRegularFile(c) && loadedSidecars.add(key(c))) {
          Path shown = given == null ? c.getFileName() : given.resolve(c.getFileName());
          found.add(Sidecar.load(shown, false, config, problems));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no sidecars to be had; the file itself will say if it cannot be read
    }
    List<Sidecar> result = List.copyOf(found);
    parentSidecars.put(parent, result);
    return result;
  }

  private ReadResult walk(Job job) throws IOException {
    Path dir = job.path();
    if (!visitedDirs.add(dir.toRealPath())) {
      return null; // a symbolic link loop, or the same folder given twice
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted(BY_NAME).toList();
    } catch (IOException e) {
      return new ReadResult.Failure(dir.toString(), "cannot list folder: " + Problems.io(e)
          .replaceFirst("^cannot read: ", ""));
    }
    List<ReadResult> problems = new ArrayList<>();
    List<Sidecar> own = new ArrayList<>();
    for (Path c : children) {
      if (Sidecar.isSidecar(c) && Files.isRegularFile(c) && loadedSidecars.add(key(c))) {
        own.add(Sidecar.load(c, false, config, problems));
      }
    }
    List<Sidecar> scope = job.scope();
    if (!own.isEmpty()) {
      List<Sidecar> s = new ArrayList<>(own);
      s.addAll(job.scope());
      scope = List.copyOf(s);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      Path c = children.get(i);
      String name = c.getFileName().toString();
      if (name.startsWith(".") || Sidecar.isSidecar(c)) {
        continue;
      }
      if (Format.of(c) != null || Files.isDirectory(c)) {
        stack.push(new Job(c, false, scope));
      }
    }
    for (int i = problems.size() - 1; i >= 0; i--) {
      stack.push(problems.get(i));
    }
    return null;
  }

  /** Opens one file: a single result, or sets {@link #current} to the results of a multi-record file. */
  private ReadResult open(Path p, Format format, Source src) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
    long size = attrs.isRegularFile() ? attrs.size() : -1;
    long max = config.maxBytes();
    if (size == 0) {
      return new ReadResult.Failure(src.origin(), "empty file (0 bytes)");
    }
    if (format == Format.JSONL) {
      current = new JsonLines(src, Files.newInputStream(p));
      return null;
    }
    if (format == Format.JSON && size > max) {
      current = JsonRecords.ofStream(src, Files.newInputStream(p), config.encoding());
      return null;
    }
    if (size > max) {
      return new ReadResult.Failure(src.origin(), Bytes.tooLarge(size, max));
    }
    InputStream in = Files.newInputStream(p);
    boolean handedOver = false;
    try {
      byte[] bytes = Bytes.readAtMost(in, max);
      if (bytes.length > max) {
        if (format == Format.JSON) {
          current = JsonRecords.ofStream(src, new SequenceInputStream(new ByteArrayInputStream(bytes), in),
              config.encoding());
          handedOver = true;
          return null;
        }
        return new ReadResult.Failure(src.origin(), Bytes.tooLargeStream(max));
      }
      if (bytes.length == 0) {
        return new ReadResult.Failure(src.origin(), "empty file (0 bytes)");
      }
      return read(format, src, bytes);
    } finally {
      if (!handedOver) {
        in.close();
      }
    }
  }

  /** Reads bytes already in memory; a single result, or sets {@link #current}. */
  ReadResult read(Format format, Source src, byte[] bytes) throws IOException {
    try {
      switch (format) {
        case TEXT:
          return Formats.text(src, bytes);
        case HTML:
          return Formats.html(src, bytes);
        case FEED:
          current = Formats.feed(src, bytes).iterator();
          return null;
        case JSON:
          current = Formats.json(src, bytes);
          return null;
        default:
          throw new IllegalStateException("not a whole-file format: " + format);
      }
    } catch (ReadProblem e) {
      return new ReadResult.Failure(src.origin(), e.getMessage());
    }
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private void closeCurrent() {
    if (current instanceof Closeable c) {
      try {
        c.close();
      } catch (IOException | RuntimeException e) {
        // best effort
      }
    }
    current = null;
  }

  @Override
  public void close() {
    closeCurrent();
  }
}
