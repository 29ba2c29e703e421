package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.Map;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.submit.SubmitSettings;

/**
 * Application ACLs on a cluster with {@code yarn.acl.enable=true} and simple authentication on its
 * web servers (a user names itself with {@code ?user.name=}; anonymous requests are refused): a job
 * whose {@code acls} let carol view it is seen by its owner and carol, and refused to bob, through
 * the ResourceManager's RPC (what {@code yarn application -status} and {@code sepyarn status} ask)
 * and through its web proxy (the tracking page); only the owner may kill it. Other users are the
 * test JVM's own RPC calls made as them ({@link UserGroupInformation#createRemoteUser}).
 */
class AclRefusalIT extends ClusterTestBase {
  private static final String TRACKING_UNAVAILABLE = "N/A";

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(AclRefusalIT.class, 1, Map.of(
        YarnConfiguration.YARN_ACL_ENABLE, "true",
        // Not "*" (YARN's default, which makes everyone an administrator) and not the test's user.
        YarnConfiguration.YARN_ADMIN_ACL, "yarnadmin",
        // Administrators of an application's queue may view and kill it too; the CapacityScheduler's
        // root queue, and the default queue of Hadoop's shipped capacity-scheduler.xml, let everyone
        // administer them unless told otherwise.
        "yarn.scheduler.capacity.root.acl_administer_queue", "yarnadmin",
        "yarn.scheduler.capacity.root.default.acl_administer_queue", "yarnadmin",
        "hadoop.http.filter.initializers", "org.apache.hadoop.security.AuthenticationFilterInitializer",
        "hadoop.http.authentication.type", "simple",
        "hadoop.http.authentication.simple.anonymous.allowed", "false"));
  }

  private static <T> T as(String user, PrivilegedExceptionAction<T> action) throws Exception {
    return UserGroupInformation.createRemoteUser(user).doAs(action);
  }

  private static <T> T withYarnAs(String user, YarnCall<T> call) throws Exception {
    return as(user, () -> {
      YarnClient yarn = YarnClient.createYarnClient();
      yarn.init(conf);
      yarn.start();
      try {
        return call.apply(yarn);
      } finally {
        yarn.stop();
      }
    });
  }

  private interface YarnCall<T> {
    T apply(YarnClient yarn) throws Exception;
  }

  /** The HTTP status and body of {@code path} under the application's proxy, asked as {@code user}. */
  private static String[] proxied(ApplicationId id, String path, String user) throws IOException {
    String rm = conf.get(YarnConfiguration.RM_WEBAPP_ADDRESS);
    URL url = new URL("http://" + rm + "/proxy/" + id + "/" + path + "?user.name=" + user);
    HttpURLConnection c = (HttpURLConnection) url.openConnection();
    c.setInstanceFollowRedirects(true);
    int code = c.getResponseCode();
    InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {Integer.toString(code), body};
  }

  @Test
  void anotherUserIsRefusedTheReportTheAttemptsTheTrackingPageAndKillWhileAViewerSeesButCannotKill()
      throws Exception {
    String owner = UserGroupInformation.getCurrentUser().getShortUserName();
    long started = System.nanoTime();
    ApplicationId id = jobs.submit("{\"name\": \"acl\", \"program\": {\"command\": [\"/bin/sleep\", \"600\"],"
        + " \"env\": {\"AWS_KEY\": \"AKIAsecret42\"}, \"secretEnv\": [\"AWS_KEY\"]}, \"tasks\": 1,"
        + " \"acls\": {\"view\": [\"carol\"], \"modify\": []}}", SubmitSettings.from(conf));
    try {
      ApplicationReport mine = awaitTracking(id);
      String tracking = mine.getOriginalTrackingUrl();
      assertTrue(tracking.startsWith("http"), tracking);

      // bob: the report hides the tracking URL (with its secret path) and the diagnostics.
      ApplicationReport bobs = withYarnAs("bob", yarn -> yarn.getApplicationReport(id));
      assertEquals(TRACKING_UNAVAILABLE, bobs.getOriginalTrackingUrl());
      assertEquals(TRACKING_UNAVAILABLE, bobs.getDiagnostics());
      Exception attempts = assertThrows(Exception.class,
          () -> withYarnAs("bob", yarn -> yarn.getApplicationAttempts(id)));
      assertTrue(messages(attempts).contains("does not have privilege to see this application"),
          messages(attempts));
      Exception kill = assertThrows(Exception.class, () -> withYarnAs("bob", yarn -> {
        yarn.killApplication(id);
        return null;
      }));
      assertTrue(messages(kill).contains("cannot perform operation MODIFY_APP"), messages(kill));

      // carol may view: the same tracking URL, the attempts; but not kill.
      ApplicationReport carols = withYarnAs("carol", yarn -> yarn.getApplicationReport(id));
      assertEquals(tracking, carols.getOriginalTrackingUrl());
      assertEquals(1, (int) withYarnAs("carol", yarn -> yarn.getApplicationAttempts(id).size()));
      assertThrows(Exception.class, () -> withYarnAs("carol", yarn -> {
        yarn.killApplication(id);
        return null;
      }));

      // The tracking page and its JSON through the ResourceManager's proxy.
      String[] ownerPage = proxied(id, "api/job", owner);
      assertEquals("200", ownerPage[0], ownerPage[1]);
      assertTrue(ownerPage[1].contains("\"acl\""), ownerPage[1]);
      assertEquals("200", proxied(id, "api/job", "carol")[0]);
      String[] bobPage = proxied(id, "api/job", "bob");
      assertEquals("403", bobPage[0], bobPage[1]);
      assertFalse(bobPage[1].contains(tracking), "the refusal does not give the secret path away");
      assertEquals("403", proxied(id, "", "bob")[0], "the page too");
      // Nothing secret on the page or in status.json.
      assertFalse(ownerPage[1].contains("AKIAsecret42"), ownerPage[1]);
      String page = proxied(id, "", owner)[1];
      assertFalse(page.contains("AKIAsecret42"), "the page");
      String status = jobs.status(id).map(Object::toString).orElse("");
      assertFalse(status.contains("AKIAsecret42"), status);
      System.out.println("ACL checks done " + (System.nanoTime() - started) / 1_000_000 + " ms after submission");
    } finally {
      jobs.yarn().killApplication(id);
    }
    assertEquals(YarnApplicationState.KILLED, jobs.waitForEnd(id).getYarnApplicationState(),
        "the owner may kill it");
  }

  /** The messages of {@code e} and its causes ({@code doAs} wraps a YarnException without a message). */
  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  private static ApplicationReport awaitTracking(ApplicationId id) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      ApplicationReport r = jobs.yarn().getApplicationReport(id);
      if (r.getYarnApplicationState() == YarnApplicationState.RUNNING && r.getOriginalTrackingUrl() != null
          && r.getOriginalTrackingUrl().startsWith("http") && jobs.status(id).isPresent()) {
        return r;
      }
      if (r.getYarnApplicationState() == YarnApplicationState.FAILED) {
        throw new AssertionError(r.getDiagnostics());
      }
      Thread.sleep(250);
    }
    throw new AssertionError(id + " registered no tracking URL within 120 s");
  }
}
