package org.vigie.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.store.StoreException;

/**
 * The one place where failures become HTTP statuses: bad parameters 400, unknown ids and names 404, other
 * methods than GET 405, a request body too large 413, a busy or slow store 503, a bug 500 (logged, with no
 * detail sent). API paths answer JSON {@code {"status":400,"error":"Bad Request","message":"..."}}; pages answer an HTML page saying the same.
 */
final class Errors {
  private Errors() {}

  /** Nothing has this id: a 404. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /** A request body larger than the server accepts: a 413. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** A method other than GET or HEAD: a 405 (the server is read-only). */
  static final class MethodNotAllowed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MethodNotAllowed(String method) {
      super(method + " is not allowed: the server is read-only (GET only)");
    }
  }

  static void handle(Exception e, Context ctx) {
    int status;
    String message = e.getMessage();
    if (e instanceof Params.BadRequest || e instanceof IllegalArgumentException) {
      status = 400;
    } else if (e instanceof NotFound) {
      status = 404;
    } else if (e instanceof MethodNotAllowed) {
      status = 405;
    } else if (e instanceof TooLarge) {
      status = 413;
    } else if (e instanceof Work.Unavailable) {
      status = 503;
    } else if (e instanceof StoreException s) {
      status = switch (s.kind()) {
        case BAD_REQUEST -> 400;
        case NO_MATCH -> 404;
        case LOCKED, BUSY, NOT_FOUND, INCOMPATIBLE -> 503;
      };
    } else {
      status = 500;
      message = "internal error (logged on the server)";
      System.err.println("vigie serve: internal error on " + ctx.method() + " " + ctx.path());
      e.printStackTrace();
    }
    render(ctx, status, message);
  }

  /** A 404 for a path no route serves (a 404 of a handler is already rendered). */
  static void notFound(Context ctx) {
    if (ctx.attribute(RENDERED) == null) {
      render(ctx, 404, "nothing at " + Params.cut(ctx.path()));
    }
  }

  static void notAllowed(Context ctx) {
    render(ctx, 405, ctx.method() + " is not allowed: the server is read-only (GET only)");
  }

  private static final String RENDERED = "vigie.error.rendered";

  private static void render(Context ctx, int status, String message) {
    ctx.attribute(RENDERED, Boolean.TRUE);
    ctx.status(status);
    String reason = switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 503 -> "Service Unavailable";
      default -> "Internal Server Error";
    };
    if (status == 405) {
      ctx.header("Allow", "GET, HEAD");
    }
    if (ctx.path().startsWith("/api") || ctx.path().startsWith("/static")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", reason);
      body.put("message", message);
      ctx.json(body);
    } else {
      ctx.html(Html.page(reason, "", "", "<h1>" + status + " " + Html.esc(reason) + "</h1><p class=\"error\">"
          + Html.esc(message) + "</p><p><a href=\"/\">Home</a></p>"));
    }
  }
}
