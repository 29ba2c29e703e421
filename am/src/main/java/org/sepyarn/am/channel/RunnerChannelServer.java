package org.sepyarn.am.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.PlanCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ApplicationMaster's side of the runner channel: an HTTP endpoint that takes heartbeats
 * signed with the job's secret and answers whether the attempt should go on. Unsigned or badly
 * signed messages get 403, signed ones that are not heartbeats (progress outside 0..1 or NaN, no
 * task or attempt) 400, and those the handler refuses ({@link RefusedMessageException}: a replay,
 * another task's or attempt's) 409; none of them changes anything.
 */
public final class RunnerChannelServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunnerChannelServer.class);
  private static final String PATH = "/runner/heartbeat";
  private static final int MAX_BODY = 64 * 1024;

  /**
   * Decides the reply to a verified heartbeat; refuses it with a {@link RefusedMessageException}
   * (also when wrapped in another exception's causes).
   */
  public interface HeartbeatHandler {
    HeartbeatReply onHeartbeat(Heartbeat heartbeat) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private final String nonce;

  private RunnerChannelServer(HttpServer server, ExecutorService executor, String nonce) {
    this.server = server;
    this.executor = executor;
    this.nonce = nonce;
  }

  /** Starts listening on {@code host}, any free port. */
  public static RunnerChannelServer start(String host, byte[] secret, HeartbeatHandler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 64);
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "runner-channel");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    byte[] random = new byte[16];
    new java.security.SecureRandom().nextBytes(random);
    String nonce = java.util.HexFormat.of().formatHex(random);
    byte[] key = JobSecret.channelKey(secret, nonce);
    server.createContext(PATH, exchange -> serve(exchange, key, handler));
    server.start();
    return new RunnerChannelServer(server, executor, nonce);
  }

  private static void serve(HttpExchange exchange, byte[] secret, HeartbeatHandler handler) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, new byte[0]);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      String signature = exchange.getRequestHeaders().getFirst(JobSecret.SIGNATURE_HEADER);
      if (body.length > MAX_BODY || !JobSecret.verify(secret, body, signature)) {
        LOG.warn("refused an unsigned or badly signed message from {}", exchange.getRemoteAddress());
        respond(exchange, 403, new byte[0]);
        return;
      }
      Heartbeat heartbeat;
      try {
        heartbeat = PlanCodec.read(body, Heartbeat.class);
      } catch (IOException e) {
        LOG.warn("refused a signed message that is not a heartbeat: {}", e.getMessage());
        respond(exchange, 400, new byte[0]);
        return;
      }
      HeartbeatReply reply;
      try {
        reply = handler.onHeartbeat(heartbeat);
      } catch (Exception e) {
        RefusedMessageException refused = refusal(e);
        if (refused != null) {
          LOG.warn("refused a signed message from {}: {}", exchange.getRemoteAddress(), refused.getMessage());
          respond(exchange, 409, new byte[0]);
          return;
        }
        LOG.warn("cannot answer the heartbeat of task {} attempt {}: {}", heartbeat.task(), heartbeat.attempt(),
            e.toString());
        respond(exchange, 500, new byte[0]);
        return;
      }
      respond(exchange, 200, PlanCodec.write(reply));
    } catch (Exception e) {
      LOG.warn("cannot handle a runner message: {}", e.toString());
    }
  }

  private static RefusedMessageException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedMessageException refused) {
        return refused;
      }
    }
    return null;
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@code host:port} for runners. */
  /**
   * What the ApplicationMaster publishes for runners ({@code WorkLayout.amAddress()}): the address
   * and this channel's nonce, {@code host:port nonce}; runners sign with the key the nonce and the
   * job secret make ({@link JobSecret#channelKey}).
   */
  public String published() {
    return address() + " " + nonce;
  }

  /** This channel's random nonce, new with every ApplicationMaster attempt. */
  public String nonce() {
    return nonce;
  }

  public String address() {
    InetSocketAddress a = server.getAddress();
    return a.getHostString() + ":" + a.getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
