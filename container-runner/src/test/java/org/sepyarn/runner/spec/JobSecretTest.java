package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.hadoop.security.Credentials;
import org.junit.jupiter.api.Test;

class JobSecretTest {
  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BODY = "{\"task\":3,\"progress\":0.5}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignatureIsTheHexOfAnHmacSha256() {
    String signature = JobSecret.sign(SECRET, BODY);

    assertEquals(64, signature.length());
    assertTrue(signature.matches("[0-9a-f]{64}"), signature);
    assertEquals(signature, JobSecret.sign(SECRET, BODY));
  }

  @Test
  void aSignatureMatchesAKnownHmacSha256Value() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String signature = JobSecret.sign("Jefe".getBytes(StandardCharsets.US_ASCII),
        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

    assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
  }

  @Test
  void theBodysOwnSignatureIsAccepted() {
    assertTrue(JobSecret.verify(SECRET, BODY, JobSecret.sign(SECRET, BODY)));
  }

  @Test
  void aTamperedBodyIsRefused() {
    String signature = JobSecret.sign(SECRET, BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 2] ^= 1;

    assertFalse(JobSecret.verify(SECRET, tampered, signature));
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsRefused() {
    byte[] other = SECRET.clone();
    other[0] ^= 1;

    assertFalse(JobSecret.verify(SECRET, BODY, JobSecret.sign(other, BODY)));
  }

  @Test
  void aMissingOrMalformedSignatureIsRefused() {
    String signature = JobSecret.sign(SECRET, BODY);

    assertFalse(JobSecret.verify(SECRET, BODY, null));
    assertFalse(JobSecret.verify(SECRET, BODY, ""));
    assertFalse(JobSecret.verify(SECRET, BODY, signature.substring(1)));
    assertFalse(JobSecret.verify(SECRET, BODY, signature.toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void aCreatedSecretIsThirtyTwoRandomBytesInTheCredentials() {
    Credentials a = new Credentials();
    Credentials b = new Credentials();

    JobSecret.create(a);
    JobSecret.create(b);

    byte[] first = a.getSecretKey(JobSecret.ALIAS);
    assertNotNull(first);
    assertEquals(32, first.length);
    assertFalse(java.util.Arrays.equals(first, b.getSecretKey(JobSecret.ALIAS)));
    assertArrayEquals(first, new Credentials(a).getSecretKey(JobSecret.ALIAS));
  }
}
