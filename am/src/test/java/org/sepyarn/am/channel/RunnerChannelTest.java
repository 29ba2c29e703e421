package org.sepyarn.am.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.heartbeat.AmChannelClient;
import org.sepyarn.runner.heartbeat.CheckpointStore;
import org.sepyarn.runner.heartbeat.Heartbeater;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

/** A real runner channel on 127.0.0.1 with the runner's client and heartbeater talking to it. */
class RunnerChannelTest {
  private static final byte[] SECRET = "the job's secret, 32 bytes long!".getBytes(StandardCharsets.US_ASCII);
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir
  Path tmp;

  private final BlockingQueue<Heartbeat> received = new LinkedBlockingQueue<>();
  private final List<AutoCloseable> closeAtEnd = new ArrayList<>();
  private volatile boolean proceed = true;
  private WorkLayout work;
  private FileSystem fs;

  @BeforeEach
  void workFolder() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    work = new WorkLayout(new org.apache.hadoop.fs.Path(tmp.resolve("work").toUri()));
    Files.createDirectories(tmp.resolve("work"));
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : closeAtEnd) {
      c.close();
    }
  }

  private RunnerChannelServer startServer() throws IOException {
    RunnerChannelServer server = RunnerChannelServer.start("127.0.0.1", SECRET, hb -> {
      received.add(hb);
      return new HeartbeatReply(proceed);
    });
    closeAtEnd.add(server);
    return server;
  }

  private void publish(RunnerChannelServer server) throws IOException {
    Files.writeString(tmp.resolve("work/am-address"), server.published() + "\n");
  }

  private AmChannelClient client(byte[] secret) {
    return new AmChannelClient(fs, work, secret);
  }

  private Heartbeat next() throws InterruptedException {
    Heartbeat hb = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertNotNull(hb, "no heartbeat within " + WAIT);
    return hb;
  }

  private Heartbeater heartbeater(Path progressFile, Runnable onAbandoned) {
    Heartbeater h = new Heartbeater(client(SECRET), new CheckpointStore(fs, work), "container_1_0001_01_000002", 3, 2,
        progressFile.toFile(),
        onAbandoned);
    closeAtEnd.add(h);
    return h;
  }

  @Test
  void theServerListensOnTheHostItWasGiven() throws IOException {
    RunnerChannelServer server = startServer();

    assertTrue(server.address().matches("127\\.0\\.0\\.1:\\d+"), server.address());
  }

  @Test
  void aSignedHeartbeatReachesTheHandlerAndItsReplyComesBack() throws Exception {
    publish(startServer());
    Heartbeat sent = new Heartbeat("container_1_0001_01_000002", 3, 2, 0.25, "iteration=12");

    HeartbeatReply reply = client(SECRET).send(sent);

    assertEquals(new HeartbeatReply(true), reply);
    Heartbeat got = next();
    assertEquals(sent, got.withSequence(0));
    assertTrue(got.sequence() > 0, "numbered as sent: " + got);
  }

  @Test
  void heartbeatsCarryTheProgressAndCheckpointTheProgramWrote() throws Exception {
    publish(startServer());
    Path progress = Files.writeString(tmp.resolve("progress"), "progress=0.4 checkpoint=\"iteration=12\"\n");

    heartbeater(progress, () -> { }).start(Duration.ofMillis(20));

    assertEquals(new Heartbeat("container_1_0001_01_000002", 3, 2, 0.4, "iteration=12"), next().withSequence(0));
    Files.writeString(progress, "progress=0.5 checkpoint=\"iteration=15\"\n", StandardOpenOption.APPEND);
    Heartbeat later;
    do {
      later = next();
    } while (later.progress() < 0.5);
    assertEquals(new Heartbeat("container_1_0001_01_000002", 3, 2, 0.5, "iteration=15"), later.withSequence(0));
  }

  @Test
  void aReplyToStopRunsTheAbandonHandlerOnceAndEndsTheHeartbeats() throws Exception {
    proceed = false;
    publish(startServer());
    CountDownLatch abandoned = new CountDownLatch(1);
    AtomicBoolean twice = new AtomicBoolean();

    heartbeater(tmp.resolve("no-progress"), () -> {
      if (abandoned.getCount() == 0) {
        twice.set(true);
      }
      abandoned.countDown();
    }).start(Duration.ofMillis(20));

    assertTrue(abandoned.await(WAIT.toMillis(), TimeUnit.MILLISECONDS), "onAbandoned was not called");
    next();
    Thread.sleep(200);
    assertNull(received.poll(), "heartbeats went on after the ApplicationMaster gave up on the attempt");
    assertFalse(twice.get(), "onAbandoned ran twice");
  }

  @Test
  void aClosedHeartbeaterSendsNoMore() throws Exception {
    publish(startServer());
    Heartbeater heartbeater = heartbeater(tmp.resolve("no-progress"), () -> { }).start(Duration.ofMillis(20));
    next();

    heartbeater.close();
    Thread.sleep(100);
    received.clear();
    Thread.sleep(200);

    assertNull(received.poll());
  }

  @Test
  void aClientWithTheWrongSecretIsRefusedAndTheHandlerNeverCalled() throws Exception {
    publish(startServer());
    byte[] wrong = SECRET.clone();
    wrong[5] ^= 1;

    IOException e = assertThrows(IOException.class,
        () -> client(wrong).send(new Heartbeat("c", 0, 1, 0, null)));

    assertTrue(e.getMessage().contains("answered HTTP 403"), e.getMessage());
    Thread.sleep(100);
    assertNull(received.poll());
  }

  @Test
  void unsignedAndBadlySignedRequestsAreRefused() throws Exception {
    RunnerChannelServer server = startServer();
    byte[] body = PlanCodec.write(new Heartbeat("c", 0, 1, 0, null));

    assertEquals(403, post(server, body, null));
    assertEquals(403, post(server, body, "00" + sign(server, body).substring(2)));
    byte[] other = PlanCodec.write(new Heartbeat("c", 1, 1, 0, null));
    assertEquals(403, post(server, other, sign(server, body)));
    assertNull(received.poll());
  }

  @Test
  void aBodyLargerThanSixtyFourKilobytesIsRefusedEvenWhenSigned() throws Exception {
    RunnerChannelServer server = startServer();
    byte[] body = PlanCodec.write(new Heartbeat("c", 0, 1, 0, "x".repeat(70_000)));

    assertEquals(403, post(server, body, sign(server, body)));
    assertNull(received.poll());
  }

  @Test
  void onlyPostIsAnswered() throws Exception {
    RunnerChannelServer server = startServer();
    HttpURLConnection c = (HttpURLConnection) URI.create("http://" + server.address() + "/runner/heartbeat")
        .toURL().openConnection();
    try {
      assertEquals(405, c.getResponseCode());
    } finally {
      c.disconnect();
    }
  }

  @Test
  void aHandlerThatFailsAnswersWithAServerErrorAndTheServerGoesOn() throws Exception {
    RunnerChannelServer server = RunnerChannelServer.start("127.0.0.1", SECRET, hb -> {
      if (hb.task() == 0) {
        throw new IllegalStateException("the scheduler is not ready");
      }
      return new HeartbeatReply(true);
    });
    closeAtEnd.add(server);
    publish(server);
    byte[] body = PlanCodec.write(new Heartbeat("c", 0, 1, 0, null));

    assertEquals(500, post(server, body, sign(server, body)));
    assertEquals(new HeartbeatReply(true), client(SECRET).send(new Heartbeat("c", 1, 1, 0, null)));
  }

  @Test
  void eachMessageOfAClientIsNumberedAboveTheLast() throws Exception {
    publish(startServer());
    AmChannelClient client = client(SECRET);
    Heartbeat same = new Heartbeat("c", 0, 1, 0.1, null);

    client.send(same);
    client.send(same);
    client.send(Heartbeat.done("c", 0, 1));

    long first = next().sequence();
    assertEquals(first + 1, next().sequence());
    assertEquals(first + 2, next().sequence());
  }

  @Test
  void aMessageTheHandlerRefusesIsAConflictAndTheServerGoesOn() throws Exception {
    RunnerChannelServer server = RunnerChannelServer.start("127.0.0.1", SECRET, hb -> {
      if (hb.sequence() <= 1) {
        throw new java.util.concurrent.ExecutionException(new RefusedMessageException("a replay"));
      }
      return new HeartbeatReply(true);
    });
    closeAtEnd.add(server);
    byte[] body = PlanCodec.write(new Heartbeat("c", 0, 1, 0.5, null).withSequence(1));

    for (int i = 0; i < 3; i++) {
      assertEquals(409, post(server, body, sign(server, body)), "replay " + i);
    }
    byte[] newer = PlanCodec.write(new Heartbeat("c", 0, 1, 0.5, null).withSequence(2));
    assertEquals(200, post(server, newer, sign(server, newer)));
  }

  @Test
  void aSignedHeartbeatWithProgressOutsideZeroToOneOrNotANumberIsABadRequest() throws Exception {
    RunnerChannelServer server = startServer();
    for (String progress : List.of("1e308", "-5", "1.0000001", "\"NaN\"", "\"Infinity\"")) {
      byte[] body = ("{\"containerId\":\"c\",\"task\":0,\"attempt\":1,\"progress\":" + progress
          + ",\"sequence\":1}").getBytes(StandardCharsets.UTF_8);

      assertEquals(400, post(server, body, sign(server, body)), "progress " + progress);
    }
    byte[] fine = "{\"containerId\":\"c\",\"task\":0,\"attempt\":1,\"progress\":1,\"sequence\":1}"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(200, post(server, fine, sign(server, fine)));
    assertEquals(1.0, next().progress());
    assertNull(received.poll());
  }

  @Test
  void aHeartbeatCannotBeMadeWithProgressOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat("c", 0, 1, 1e308, null));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat("c", 0, 1, -5, null));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat("c", 0, 1, Double.NaN, null));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat("c", -1, 1, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat("c", 0, 0, 0, null));
  }

  @Test
  void aSignedBodyThatIsNotAHeartbeatIsABadRequest() throws Exception {
    RunnerChannelServer server = startServer();
    byte[] body = "{\"not\": \"a heartbeat\"".getBytes(StandardCharsets.UTF_8);

    assertEquals(400, post(server, body, sign(server, body)));
    assertNull(received.poll());
  }

  @Test
  void afterAFailedCallTheClientLooksTheAddressUpAgain() throws Exception {
    RunnerChannelServer first = startServer();
    publish(first);
    AmChannelClient client = client(SECRET);
    client.send(new Heartbeat("c", 0, 1, 0.1, null));
    first.close();
    RunnerChannelServer second = startServer();
    publish(second);

    assertThrows(IOException.class, () -> client.send(new Heartbeat("c", 0, 1, 0.2, null)));
    HeartbeatReply reply = client.send(new Heartbeat("c", 0, 1, 0.3, null));

    assertEquals(new HeartbeatReply(true), reply);
    assertEquals(0.1, next().progress());
    assertEquals(0.3, next().progress());
  }

  @Test
  void aHeartbeaterKeepsBeatingThroughARestartOfTheApplicationMaster() throws Exception {
    RunnerChannelServer first = startServer();
    publish(first);
    heartbeater(tmp.resolve("no-progress"), () -> { }).start(Duration.ofMillis(20));
    next();
    first.close();
    received.clear();

    RunnerChannelServer second = startServer();
    publish(second);

    next();
  }

  /**
   * Replay across an ApplicationMaster restart: the new attempt's sequence numbers start afresh,
   * but a message captured from the last attempt's channel was signed with that channel's key and
   * is refused; the runner, reading the new nonce, is heard.
   */
  @Test
  void aMessageCapturedFromTheLastAttemptsChannelIsRefusedByTheNextAttempt() throws Exception {
    RunnerChannelServer first = startServer();
    byte[] captured = PlanCodec.write(new Heartbeat("c", 0, 1, 0.5, null).withSequence(7));
    assertEquals(200, post(first, captured, sign(first, captured)));
    first.close();

    RunnerChannelServer second = startServer();
    assertFalse(first.nonce().equals(second.nonce()), "every attempt has a nonce of its own");
    assertEquals(403, post(second, captured, sign(first, captured)), "the replay");
    assertEquals(200, post(second, captured, sign(second, captured)), "signed for this attempt");
  }

  @Test
  void withoutAPublishedAddressTheClientFailsWithAnIoError() {
    assertThrows(IOException.class, () -> client(SECRET).send(new Heartbeat("c", 0, 1, 0, null)));
  }

  /** The signature a runner of {@code server}'s attempt gives {@code body}. */
  private static String sign(RunnerChannelServer server, byte[] body) {
    return JobSecret.sign(JobSecret.channelKey(SECRET, server.nonce()), body);
  }

  private static int post(RunnerChannelServer server, byte[] body, String signature) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create("http://" + server.address() + "/runner/heartbeat")
        .toURL().openConnection();
    try {
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      if (signature != null) {
        c.setRequestProperty(JobSecret.SIGNATURE_HEADER, signature);
      }
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      return c.getResponseCode();
    } finally {
      c.disconnect();
    }
  }
}
