package org.sepyarn.runner.heartbeat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Sends signed heartbeats to the ApplicationMaster's runner channel. Finds the channel through
 * the address the current ApplicationMaster attempt publishes in the work folder, and looks it up
 * again after a failed call, so runners adopted by a new attempt follow it. Numbers every message it
 * sends, one above the last ({@link Heartbeat#sequence()}, from 1), so that the ApplicationMaster can
 * refuse a message replayed, and signs it with the key of the attempt's channel, so that no other
 * attempt takes it. One client serves every task a container runs.
 */
public final class AmChannelClient {
  static final String PATH = "/runner/heartbeat";
  private static final int TIMEOUT_MS = 10_000;

  private final FileSystem fs;
  private final WorkLayout work;
  private final byte[] secret;
  private final RenewedTokens tokens;
  private final AtomicLong sequence = new AtomicLong();
  private String address;
  private byte[] key;

  public AmChannelClient(FileSystem fs, WorkLayout work, byte[] secret) {
    this.fs = fs;
    this.work = work;
    this.secret = secret.clone();
    this.tokens = new RenewedTokens(fs, work);
  }

  /** Sends {@code heartbeat} with the next sequence number; a refusal or failure is an {@link IOException}. */
  public HeartbeatReply send(Heartbeat heartbeat) throws IOException {
    heartbeat = heartbeat.withSequence(sequence.incrementAndGet());
    if (address == null) {
      readAddress();
    }
    HeartbeatReply reply;
    try {
      reply = post(address, heartbeat);
    } catch (IOException e) {
      address = null;
      throw e;
    }
    tokens.offer(reply.tokens());
    return reply;
  }

  /**
   * Reads what the current ApplicationMaster attempt published: {@code host:port nonce}; messages
   * to it are signed with the key of that nonce ({@link JobSecret#channelKey}).
   */
  private void readAddress() throws IOException {
    String text;
    try (FSDataInputStream in = fs.open(work.amAddress())) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    String[] words = text.split("\\s+");
    if (words.length != 2) {
      throw new IOException("the ApplicationMaster's published channel " + work.amAddress() + " is \"" + text
          + "\", not \"host:port nonce\"");
    }
    key = JobSecret.channelKey(secret, words[1]);
    address = words[0];
  }

  private HeartbeatReply post(String hostPort, Heartbeat heartbeat) throws IOException {
    byte[] body = PlanCodec.write(heartbeat);
    HttpURLConnection c = (HttpURLConnection) URI.create("http://" + hostPort + PATH).toURL().openConnection();
    try {
      c.setConnectTimeout(TIMEOUT_MS);
      c.setReadTimeout(TIMEOUT_MS);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      c.setRequestProperty(JobSecret.SIGNATURE_HEADER, JobSecret.sign(key, body));
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      if (status != HttpURLConnection.HTTP_OK) {
        throw new IOException("ApplicationMaster at " + hostPort + " answered HTTP " + status);
      }
      try (InputStream in = c.getInputStream()) {
        return PlanCodec.read(in.readAllBytes(), HeartbeatReply.class);
      }
    } finally {
      c.disconnect();
    }
  }
}
