package org.sepyarn.runner.heartbeat;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delegation tokens a job with a keytab gets anew while it runs: when a heartbeat's reply
 * names a newer generation than this runner holds, the runner reads it from the work folder (with
 * its current tokens, still valid: the ApplicationMaster renews them well before they expire) and
 * adds it to its user, whose every later call to the file system then uses it.
 */
final class RenewedTokens {
  private static final Logger LOG = LoggerFactory.getLogger(RenewedTokens.class);

  private final FileSystem fs;
  private final WorkLayout work;
  private int held;

  RenewedTokens(FileSystem fs, WorkLayout work) {
    this.fs = fs;
    this.work = work;
  }

  /** Takes generation {@code generation} when it is newer than the one held; null for none. */
  synchronized void offer(Integer generation) {
    if (generation == null || generation <= held) {
      return;
    }
    Credentials credentials = new Credentials();
    try (FSDataInputStream in = fs.open(work.tokens(generation))) {
      credentials.readTokenStorageStream(in);
      UserGroupInformation.getCurrentUser().addCredentials(credentials);
      held = generation;
      LOG.info("took generation {} of the job's delegation tokens ({} tokens)", generation,
          credentials.numberOfTokens());
    } catch (IOException e) {
      // The next heartbeat tries again; the tokens held are still valid for a while.
      LOG.warn("could not read generation {} of the job's delegation tokens: {}", generation, e.toString());
    }
  }
}
