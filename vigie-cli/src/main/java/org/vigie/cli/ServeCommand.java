package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.server.VigieServer;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Serve the store read-only over HTTP: a web UI (articles with entities, quotes, dates and amounts "
        + "highlighted, entity pages, quotes, events, timeline, graph, stories) and a JSON API under /api.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on "
      + "(default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to bind "
      + "(default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the store to the network).")
  String host;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--port must be between 0 and 65535: " + port);
    }
    Store s = store.open();
    VigieServer server;
    try {
      server = VigieServer.start(s, VigieServer.Options.defaults().withHost(host).withPort(port));
    } catch (RuntimeException e) {
      // Javalin reports a taken port or a bad address as a bind failure.
      throw new ExitCodes.UserError(ExitCodes.USAGE, "cannot listen on " + host + ":" + port + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
          + " (is another server on that port? choose one with --port)");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "vigie-serve-stop"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    err.println("vigie: serving " + s.dir() + " read-only at http://" + shown + ":" + server.port()
        + "/ (API at /api; Ctrl-C to stop)");
    stopped.await();
    return ExitCodes.OK;
  }
}
