package org.sepyarn.runner.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;

/**
 * The secret a job's runners and ApplicationMaster share to trust each other's messages. Made
 * once by the client at submission and carried in the job's credentials, so it is the same for
 * every ApplicationMaster attempt (containers adopted by a new attempt keep working) and reaches
 * only this job's containers.
 */
public final class JobSecret {
  /** The alias of the secret in the job's {@link Credentials}. */
  public static final Text ALIAS = new Text("sepyarn.job.secret");
  /** The HTTP header carrying a message's signature. */
  public static final String SIGNATURE_HEADER = "X-Sepyarn-Signature";
  private static final String HMAC = "HmacSHA256";

  private JobSecret() {
  }

  /** A fresh random secret, stored in {@code credentials}. */
  public static void create(Credentials credentials) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    credentials.addSecretKey(ALIAS, secret);
  }

  /** The secret from this process's credentials (the container's token file). */
  public static byte[] ofCurrentUser() throws IOException {
    byte[] secret = UserGroupInformation.getCurrentUser().getCredentials().getSecretKey(ALIAS);
    if (secret == null) {
      throw new IOException("the job secret " + ALIAS + " is not in this container's credentials; "
          + "was the job submitted by sepyarn?");
    }
    return secret;
  }

  /**
   * The key one ApplicationMaster attempt's runner channel signs with: HMAC of {@code channel:<nonce>}
   * under the job secret, where the nonce is the attempt's own random one, published beside its
   * address. A message signed for one attempt's channel is refused by every other, so a message
   * captured before an ApplicationMaster restart cannot be replayed to the next attempt, which knows
   * nothing of the sequence numbers the last one took.
   */
  public static byte[] channelKey(byte[] secret, String nonce) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      return mac.doFinal(("channel:" + nonce).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The signature of a message body, hex. */
  public static String sign(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      byte[] digest = mac.doFinal(body);
      StringBuilder sb = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return sb.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Whether {@code signature} is the body's, compared in constant time. */
  public static boolean verify(byte[] secret, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
