package org.sepyarn.client.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.hadoop.hdfs.security.token.delegation.DelegationTokenIdentifier;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.token.Token;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {
  private static final long NOW = 1_796_000_000_000L;

  private static Token<DelegationTokenIdentifier> token(String service, long maxDate) {
    DelegationTokenIdentifier id = new DelegationTokenIdentifier(new Text("alice"), new Text("yarn"), new Text(""));
    id.setIssueDate(NOW);
    id.setMaxDate(maxDate);
    Token<DelegationTokenIdentifier> token = new Token<>(id.getBytes(), new byte[] {1, 2},
        DelegationTokenIdentifier.HDFS_DELEGATION_KIND, new Text(service));
    return token;
  }

  @Test
  void theFirstTokenToReachItsMaximumLifeDecides() {
    Credentials tokens = new Credentials();
    tokens.addToken(new Text("nn1"), token("nn1", NOW + 7L * 86_400_000));
    tokens.addToken(new Text("nn2"), token("nn2", NOW + 2L * 86_400_000 + 3_600_000));
    String note = TokenLifetime.note(tokens, NOW).orElseThrow();
    assertTrue(note.contains("(in 2d1h): a job still running then fails"), note);
    assertTrue(note.contains("--principal and --keytab"), note);
    assertTrue(note.matches(".*expire at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC.*"), note);
  }

  @Test
  void noTokensNoNote() {
    assertEquals(Optional.empty(), TokenLifetime.note(new Credentials(), NOW));
  }
}
