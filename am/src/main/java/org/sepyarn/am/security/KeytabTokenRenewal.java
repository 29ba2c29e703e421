package org.sepyarn.am.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.security.token.Token;
import org.apache.hadoop.security.token.delegation.AbstractDelegationTokenIdentifier;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a job's delegation tokens alive for as long as it runs, from the user's keytab
 * ({@code submit --principal P --keytab K}): logs in, obtains new tokens for every file system
 * the job touches, learns when the first of them expires (their renewal date and their maximum
 * lifetime), and does it all again at three quarters of that time. Each new set is added to the
 * ApplicationMaster's own user (for its calls and for the containers it launches next) and written
 * as the next generation in the work folder, readable by the user alone, from which running
 * runners take it when a heartbeat's reply names it.
 */
public final class KeytabTokenRenewal implements IntSupplier, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeytabTokenRenewal.class);
  /** The share of the tokens' remaining life after which new ones are obtained. */
  static final double RENEW_AT = 0.75;
  /** The least wait between two renewals, however short the tokens' life. */
  static final Duration MIN_WAIT = Duration.ofSeconds(5);
  /** After a failed renewal, the next try comes this soon. */
  static final Duration RETRY = Duration.ofMinutes(1);
  private static final FsPermission USER_ONLY = new FsPermission((short) 0600);

  private final Configuration conf;
  private final String principal;
  private final String keytab;
  private final WorkLayout work;
  private final List<URI> fileSystems;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "keytab-token-renewal");
    t.setDaemon(true);
    return t;
  });
  private volatile int generation;

  private KeytabTokenRenewal(Configuration conf, String principal, String keytab, WorkLayout work,
      Collection<URI> fileSystems) {
    this.conf = conf;
    this.principal = principal;
    this.keytab = keytab;
    this.work = work;
    this.fileSystems = List.copyOf(fileSystems);
  }

  /**
   * Obtains the first generation of tokens at once (a keytab that cannot log in fails this
   * ApplicationMaster attempt, saying why) and schedules the next ones.
   *
   * @param keytab the keytab's local path in the container
   * @param fileSystems the file systems the job touches, by URI (scheme and authority)
   */
  public static KeytabTokenRenewal start(Configuration conf, String principal, String keytab, WorkLayout work,
      Collection<URI> fileSystems) throws IOException {
    KeytabTokenRenewal renewal = new KeytabTokenRenewal(conf, principal, keytab, work, fileSystems);
    renewal.schedule(renewal.renew());
    return renewal;
  }

  /** The latest generation written, from 1. */
  @Override
  public int getAsInt() {
    return generation;
  }

  private void schedule(Duration wait) {
    LOG.info("the next delegation tokens from the keytab of {} in {} s", principal, wait.toSeconds());
    timer.schedule(this::renewQuietly, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void renewQuietly() {
    try {
      schedule(renew());
    } catch (IOException | RuntimeException e) {
      LOG.error("could not obtain delegation tokens from the keytab of {} (trying again in {} s): {}", principal,
          RETRY.toSeconds(), e.toString());
      schedule(RETRY);
    }
  }

  /** One renewal; returns the wait until the next. */
  private Duration renew() throws IOException {
    UserGroupInformation user = UserGroupInformation.loginUserFromKeytabAndReturnUGI(principal, keytab);
    Credentials fresh = new Credentials();
    long expires;
    try {
      expires = user.doAs((PrivilegedExceptionAction<Long>) () -> obtain(user.getShortUserName(), fresh));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while obtaining delegation tokens", e);
    }
    UserGroupInformation.getCurrentUser().addCredentials(fresh);
    int next = generation + 1;
    write(next, fresh);
    generation = next;
    long now = System.currentTimeMillis();
    LOG.info("delegation tokens generation {} for {}: {} tokens, the first expiring in {} s", next, fileSystems,
        fresh.numberOfTokens(), (expires - now) / 1000);
    return waitBefore(expires, now);
  }

  /** Three quarters of the time left until {@code expires}, at least {@link #MIN_WAIT}. */
  static Duration waitBefore(long expires, long now) {
    return Duration.ofMillis(Math.max(MIN_WAIT.toMillis(), (long) ((expires - now) * RENEW_AT)));
  }

  /** Obtains tokens renewable by {@code renewer} (this user) and returns when the first expires. */
  private long obtain(String renewer, Credentials into) throws IOException, InterruptedException {
    for (URI uri : fileSystems) {
      try (FileSystem fs = FileSystem.newInstance(uri, conf)) {
        fs.addDelegationTokens(renewer, into);
      }
    }
    long expires = Long.MAX_VALUE;
    for (Token<?> token : into.getAllTokens()) {
      expires = Math.min(expires, token.renew(conf));
      if (token.decodeIdentifier() instanceof AbstractDelegationTokenIdentifier id && id.getMaxDate() > 0) {
        expires = Math.min(expires, id.getMaxDate());
      }
    }
    if (expires == Long.MAX_VALUE) {
      throw new IOException("no file system of " + fileSystems + " gave a delegation token");
    }
    return expires;
  }

  private void write(int next, Credentials fresh) throws IOException {
    FileSystem fs = work.root().getFileSystem(conf);
    Path path = work.tokens(next);
    fs.mkdirs(path.getParent(), new FsPermission((short) 0700));
    Path partial = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try (OutputStream out = FileSystem.create(fs, partial, USER_ONLY)) {
      fresh.writeTokenStorageToStream(new java.io.DataOutputStream(out));
    }
    if (!fs.rename(partial, path)) {
      throw new IOException("could not rename " + partial + " to " + path);
    }
    if (next > 2) {
      fs.delete(work.tokens(next - 2), false);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
