package org.sepyarn.client.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.token.Token;
import org.apache.hadoop.security.token.TokenIdentifier;
import org.apache.hadoop.security.token.delegation.AbstractDelegationTokenIdentifier;
import org.sepyarn.formats.job.Durations;

/**
 * How long a job submitted without a keytab can run: until the first of its delegation tokens
 * reaches its maximum lifetime (the ResourceManager renews them until then, and no longer).
 */
public final class TokenLifetime {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private TokenLifetime() {
  }

  /** The line {@code submit} prints, or nothing when no token says when it ends. */
  public static Optional<String> note(Credentials tokens, long now) {
    long end = Long.MAX_VALUE;
    for (Token<? extends TokenIdentifier> token : tokens.getAllTokens()) {
      try {
        if (token.decodeIdentifier() instanceof AbstractDelegationTokenIdentifier id && id.getMaxDate() > 0) {
          end = Math.min(end, id.getMaxDate());
        }
      } catch (IOException e) {
        // A token whose identifier this client cannot read says nothing of its life.
      }
    }
    if (end == Long.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of("the job's delegation tokens expire at " + WHEN.format(Instant.ofEpochMilli(end)) + " (in "
        + Durations.text(Duration.ofMillis(Math.max(0, end - now))) + "): a job still running then fails; for longer"
        + " jobs submit with --principal and --keytab");
  }
}
