package org.sepyarn.am.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.DataInputByteBuffer;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.token.Token;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.security.AMRMTokenIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.JobSecret;

class LaunchSupportTest {
  private static final Text HDFS_KIND = new Text("HDFS_DELEGATION_TOKEN");

  @TempDir
  Path tmp;

  private static Credentials read(ByteBuffer buffer) throws IOException {
    DataInputByteBuffer in = new DataInputByteBuffer();
    in.reset(buffer.duplicate());
    Credentials credentials = new Credentials();
    credentials.readTokenStorageStream(in);
    return credentials;
  }

  private static Credentials jobCredentials() {
    Credentials credentials = new Credentials();
    credentials.addToken(new Text("amrm"), new Token<>("am-id".getBytes(StandardCharsets.UTF_8),
        "am-pw".getBytes(StandardCharsets.UTF_8), AMRMTokenIdentifier.KIND_NAME, new Text("rm:8030")));
    credentials.addToken(new Text("hdfs"), new Token<>("hdfs-id".getBytes(StandardCharsets.UTF_8),
        "hdfs-pw".getBytes(StandardCharsets.UTF_8), HDFS_KIND, new Text("nn:8020")));
    credentials.addSecretKey(JobSecret.ALIAS, "secret".getBytes(StandardCharsets.UTF_8));
    return credentials;
  }

  @Test
  void containersGetEveryTokenButTheAmRmToken() throws IOException {
    Credentials passedOn = read(LaunchSupport.tokensWithoutAmRmToken(jobCredentials()));

    assertEquals(1, passedOn.numberOfTokens());
    assertNull(passedOn.getToken(new Text("amrm")));
    Token<?> hdfs = passedOn.getToken(new Text("hdfs"));
    assertNotNull(hdfs);
    assertEquals(HDFS_KIND, hdfs.getKind());
    assertArrayEquals("hdfs-pw".getBytes(StandardCharsets.UTF_8), hdfs.getPassword());
  }

  @Test
  void containersKeepTheJobSecret() throws IOException {
    Credentials passedOn = read(LaunchSupport.tokensWithoutAmRmToken(jobCredentials()));

    assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), passedOn.getSecretKey(JobSecret.ALIAS));
  }

  @Test
  void theApplicationMastersOwnCredentialsKeepTheirAmRmToken() throws IOException {
    Credentials own = jobCredentials();

    LaunchSupport.tokensWithoutAmRmToken(own);

    assertEquals(2, own.numberOfTokens());
    assertNotNull(own.getToken(new Text("amrm")));
  }

  @Test
  void serializedCredentialsReadBackWhole() throws IOException {
    Credentials back = read(LaunchSupport.serialize(jobCredentials()));

    assertEquals(2, back.numberOfTokens());
    assertEquals(1, back.numberOfSecretKeys());
  }

  @Test
  void aLocalResourceIsPrivateWithTheFilesSizeAndTime() throws IOException {
    Path jar = Files.write(tmp.resolve("sepyarn.jar"), new byte[1234]);
    FileSystem fs = FileSystem.getLocal(new Configuration());

    LocalResource resource = LaunchSupport.localResource(fs, new org.apache.hadoop.fs.Path(jar.toUri()),
        LocalResourceType.FILE);

    assertEquals(1234, resource.getSize());
    assertEquals(LocalResourceVisibility.PRIVATE, resource.getVisibility());
    assertEquals(LocalResourceType.FILE, resource.getType());
    assertEquals(Files.getLastModifiedTime(jar).toMillis(), resource.getTimestamp());
    assertEquals(jar.toString(), resource.getResource().getFile());
  }

  @Test
  void theClasspathStartsWithTheJarAndTheWorkingFolder() {
    List<String> parts = List.of(LaunchSupport.classpath(new Configuration()).split("<CPS>"));

    assertEquals("{{PWD}}/sepyarn.jar", parts.get(0));
    assertEquals("{{PWD}}/*", parts.get(1));
  }
}
