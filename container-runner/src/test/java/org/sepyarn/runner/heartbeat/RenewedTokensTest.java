package org.sepyarn.runner.heartbeat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.security.token.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

/** A runner takes each newer generation of tokens the ApplicationMaster names, and only those. */
class RenewedTokensTest {
  @TempDir
  Path dir;

  private static final Text SERVICE = new Text("hdfs-nn:8020");

  private void write(FileSystem fs, WorkLayout work, int generation, byte[] password) throws Exception {
    Credentials c = new Credentials();
    c.addToken(SERVICE, new Token<>(new byte[] {7}, password, new Text("HDFS_DELEGATION_TOKEN"), SERVICE));
    try (OutputStream out = fs.create(work.tokens(generation))) {
      c.writeTokenStorageToStream(new DataOutputStream(out));
    }
  }

  private static byte[] held(UserGroupInformation user) {
    Token<?> t = user.getCredentials().getToken(SERVICE);
    return t == null ? null : t.getPassword();
  }

  @Test
  void eachNewerGenerationReplacesTheTokenAnOlderOrRepeatedOneChangesNothing() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new org.apache.hadoop.fs.Path(dir.toUri()));
    write(fs, work, 1, new byte[] {1});
    write(fs, work, 2, new byte[] {2});
    UserGroupInformation runner = UserGroupInformation.createRemoteUser("runner");
    runner.doAs((java.security.PrivilegedExceptionAction<Void>) () -> {
      RenewedTokens tokens = new RenewedTokens(fs, work);
      tokens.offer(null);
      assertNull(held(runner));
      tokens.offer(2);
      assertArrayEquals(new byte[] {2}, held(runner));
      tokens.offer(1);
      assertArrayEquals(new byte[] {2}, held(runner), "an older generation is not taken");
      write(fs, work, 2, new byte[] {9});
      tokens.offer(2);
      assertArrayEquals(new byte[] {2}, held(runner), "a generation is read once");
      tokens.offer(3);
      assertArrayEquals(new byte[] {2}, held(runner), "a generation not written yet is tried again later");
      write(fs, work, 3, new byte[] {3});
      tokens.offer(3);
      assertArrayEquals(new byte[] {3}, held(runner));
      return null;
    });
  }

  @Test
  void theGenerationTravelsInTheReplyOnlyWhenThereIsOne() throws Exception {
    String none = new String(PlanCodec.write(new HeartbeatReply(true).withTokens(0)));
    String some = new String(PlanCodec.write(new HeartbeatReply(true).withTokens(4)));
    org.junit.jupiter.api.Assertions.assertFalse(none.contains("tokens"), none);
    org.junit.jupiter.api.Assertions.assertEquals(4, PlanCodec.read(some.getBytes(), HeartbeatReply.class).tokens());
  }
}
