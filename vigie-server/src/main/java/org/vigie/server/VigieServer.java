package org.vigie.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.Objects;
import org.vigie.store.Store;

/**
 * Vigie's web face: one process serving a read-only JSON API ({@code /api/...}) and a web UI (articles with
 * their entities, quotes, dates and amounts highlighted, entity pages, quotes, events, a timeline, the entity
 * graph, stories) over a corpus {@link Store}.
 *
 * <p>Read-only by construction: only GET (and HEAD) routes exist, and the store is opened for reading. Every
 * text from the articles is escaped, pages forbid inline scripts and outside resources (Content-Security-Policy),
 * static files come from the jar, and requests are bounded: query parameters are checked (names, lengths,
 * page sizes), bodies are refused, and each store query gets a deadline and one of a few workers.
 */
public final class VigieServer implements AutoCloseable {
  /**
   * How the server runs: host and port to bind ({@code 127.0.0.1} keeps it on this machine; port 0 picks a free
   * one), the deadline of one request's store work, and how many requests may query the store at once.
   */
  public record Options(String host, int port, Duration timeout, int workers) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(timeout, "timeout");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1: " + workers);
      }
    }

    public static Options defaults() {
      return new Options("127.0.0.1", 8080, Duration.ofSeconds(15), 4);
    }

    public Options withHost(String h) {
      return new Options(h, port, timeout, workers);
    }

    public Options withPort(int p) {
      return new Options(host, p, timeout, workers);
    }
  }

  /** Largest request body accepted (there are no write endpoints; this bounds what a client may send). */
  static final long MAX_REQUEST_BYTES = 16 * 1024;

  private final Javalin app;
  private final Work work;

  private VigieServer(Javalin app, Work work) {
    this.app = app;
    this.work = work;
  }

  /** Starts serving {@code store}; returns once the port is bound. */
  public static VigieServer start(Store store, Options options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    Work work = new Work(options.workers(), options.timeout());
    ObjectMapper mapper = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .findAndRegisterModules();
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
      cfg.http.prefer405over404 = true;
      cfg.router.ignoreTrailingSlashes = true;
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.jetty.modifyHttpConfiguration(http -> {
        // Long URLs and headers are refused by Jetty (431) before they reach a handler.
        http.setRequestHeaderSize(8 * 1024);
        http.setSendServerVersion(false);
      });
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/org/vigie/server/static";
        sf.location = Location.CLASSPATH;
        sf.headers = java.util.Map.of("Cache-Control", "max-age=300");
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
          + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
        throw new Errors.MethodNotAllowed(ctx.method().name());
      }
      // No route reads a body; a large one is refused before anything else.
      if (ctx.contentLength() > MAX_REQUEST_BYTES || ctx.header("Transfer-Encoding") != null) {
        throw new Errors.TooLarge("a request body of more than " + MAX_REQUEST_BYTES + " bytes is refused");
      }
    });
    new ApiHandler(store, work).register(app);
    new PageHandler(store, work).register(app);
    app.exception(Exception.class, Errors::handle);
    app.error(404, Errors::notFound);
    app.error(405, Errors::notAllowed);
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      work.close();
      throw e;
    }
    return new VigieServer(app, work);
  }

  /** The port bound (the one picked when 0 was asked). */
  public int port() {
    return app.port();
  }

  /** Stops serving and releases the port. */
  @Override
  public void close() {
    app.stop();
    work.close();
  }
}
