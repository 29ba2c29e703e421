package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.StatusCodec;
import org.w3c.dom.Document;

/**
 * The real server on 127.0.0.1, always behind YARN's AmIpFilter. One server names 127.0.0.1 as the
 * ResourceManager's web proxy, so the test's requests count as the proxy's; the other names another
 * address, so the test's requests are direct ones the filter sends to the proxy.
 */
class TrackingServerTest {
  private static final String ELSEWHERE_PROXY = "192.0.2.1:8089";
  private static final LatestJobView LATEST = new LatestJobView(Views.mixed());
  private static TrackingServer behindLocalProxy;
  private static TrackingServer behindRemoteProxy;

  @BeforeAll
  static void startServers() throws IOException {
    behindLocalProxy = TrackingServer.start(proxyAt("127.0.0.1:8089"), "127.0.0.1", Views.APP, LATEST);
    behindRemoteProxy = TrackingServer.start(proxyAt(ELSEWHERE_PROXY), "127.0.0.1", Views.APP, LATEST);
  }

  @AfterAll
  static void stopServers() {
    behindLocalProxy.close();
    behindRemoteProxy.close();
  }

  @Test
  void theTrackingUrlIsTheHostAndPortTheServerListensOn() {
    assertTrue(behindLocalProxy.url().matches("http://127\\.0\\.0\\.1:\\d+/[0-9a-f]{32}/"), behindLocalProxy.url());
  }

  @Test
  void thePageIsServedAsHtmlAtTheRootAndAtIndexHtml() throws IOException {
    for (String path : new String[] {"", "index.html"}) {
      Response page = get(behindLocalProxy, path);

      assertEquals(200, page.status(), path);
      assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", "").toLowerCase(), path);
      assertTrue(page.body().contains("<h1>mixed <span class=\"phase RUNNING\">"), page.body());
      assertTrue(page.body().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), page.body());
      // The proxy forwards /proxy/APPID and /proxy/APPID/ alike: the links resolve under the latter.
      assertTrue(page.body().contains("<head>\n<base href=\"/proxy/" + Views.APP + "/\">"), page.body());
    }
  }

  @Test
  void theTimelineIsServedAsSvgWithABarPerAttempt() throws Exception {
    Response svg = get(behindLocalProxy, "timeline.svg");

    assertEquals(200, svg.status());
    assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
    Document document = SvgDocuments.parse(svg.body());
    assertEquals(Views.mixed().attempts().size(), SvgDocuments.rects(document, "attempt").size());
  }

  @Test
  void theJobIsServedAsJson() throws IOException {
    Response job = get(behindLocalProxy, "api/job");

    assertEquals(200, job.status());
    assertTrue(job.contentType().startsWith("application/json"), job.contentType());
    JsonNode json = new ObjectMapper().readTree(job.body());
    assertEquals("mixed", json.get("name").asText());
    assertEquals(5, json.get("attempts").size());
  }

  @Test
  void theStatusIsServedAsStatusJsonHasIt() throws IOException {
    Response status = get(behindLocalProxy, "api/status");

    assertEquals(200, status.status());
    assertTrue(status.contentType().startsWith("application/json"), status.contentType());
    assertEquals(LATEST.current().toStatus(), StatusCodec.read(status.body().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theJobsTasksComeInPagesWithTheirAttemptsAndTheTotals() throws IOException {
    Response job = get(behindLocalProxy, "api/job?page=1&size=1");

    assertEquals(200, job.status(), job.body());
    JsonNode json = new ObjectMapper().readTree(job.body());
    assertEquals(1, json.get("tasks").size());
    assertEquals(1, json.get("tasks").get(0).get("index").asInt());
    assertEquals(2, json.get("attempts").size(), "task 1's two attempts");
    assertEquals(4, json.get("taskCount").asInt());
    assertEquals(5, json.get("attemptCount").asInt());
    assertEquals(2, json.get("counts").get("RUNNING").asInt());
    assertEquals(4, json.get("listing").get("pages").asInt());
  }

  @Test
  void theStatusListsTheTasksInAState() throws IOException {
    Response status = get(behindLocalProxy, "api/status?state=RUNNING");

    assertEquals(200, status.status(), status.body());
    var read = StatusCodec.read(status.body().getBytes(StandardCharsets.UTF_8));
    assertEquals(java.util.List.of(1, 2), read.tasks().stream().map(t -> t.index()).toList());
    assertEquals(4, read.taskCount());
    assertEquals(1, read.count("WAITING"));
    assertEquals(2, read.listing().matching());
  }

  @Test
  void aBadTaskQueryIsABadRequestSayingWhatIsWrong() throws IOException {
    for (String path : new String[] {"api/job?size=0", "api/status?page=-1", "?state=DONE", "api/job?page=x"}) {
      Response bad = get(behindLocalProxy, path);

      assertEquals(400, bad.status(), path);
      assertTrue(bad.body().startsWith("bad task query: "), path + ": " + bad.body());
    }
  }

  @Test
  void thePageListsAPageOfTasksWithLinksToTheNext() throws IOException {
    Response page = get(behindLocalProxy, "?page=0&size=2");

    assertEquals(200, page.status());
    assertTrue(page.body().contains("Page 1 of 2 of the 4 tasks, 2 a page"), page.body());
    assertTrue(page.body().contains("<a href=\"?page=1&amp;size=2\">next</a>"), page.body());
  }

  @Test
  void everyRequestShowsTheLatestPublishedView() throws IOException {
    JobView mixed = Views.mixed();
    LATEST.publish(new JobView(mixed.name(), mixed.application(), mixed.user(), JobPhase.MERGING, 0.95,
        mixed.argv(), mixed.files(), mixed.startedAt(), mixed.takenAt() + 1, mixed.tasks(), mixed.attempts(), null));
    try {
      assertTrue(get(behindLocalProxy, "").body().contains("<span class=\"phase MERGING\">"));
    } finally {
      LATEST.publish(mixed);
    }
  }

  @Test
  void anUnknownPathIsNotFound() throws IOException {
    assertEquals(404, get(behindLocalProxy, "api/nothing").status());
  }

  @Test
  void aDirectRequestIsRedirectedToTheApplicationsPathOnTheProxy() throws IOException {
    Response direct = get(behindRemoteProxy, "api/job");

    assertEquals(302, direct.status());
    assertEquals("http://" + ELSEWHERE_PROXY + "/proxy/redirect/" + Views.APP + "/api/job", direct.location());
  }

  @Test
  void hadoopsOwnServletsAreServedToNobody() throws IOException {
    for (String path : List.of("conf", "jmx", "stacks", "logLevel", "logs/", "static/", "prom", "metrics",
        "isActive")) {
      assertEquals(404, getRoot(behindLocalProxy, path).status(), path + " from the proxy's address");
      assertEquals(404, getRoot(behindRemoteProxy, path).status(), path + " from another address");
      assertEquals(404, get(behindLocalProxy, path).status(), path + " under the secret path");
    }
  }

  @Test
  void thePagesWithoutTheSecretPathAreNotFoundEvenFromTheProxysAddress() throws IOException {
    for (String path : List.of("", "index.html", "api/job", "api/status", "timeline.svg")) {
      assertEquals(404, getRoot(behindLocalProxy, path).status(), path);
    }
    String other = behindLocalProxy.url().replaceAll("/[0-9a-f]{32}/$", "/" + "0".repeat(32) + "/");
    assertEquals(404, fetch(other + "api/job").status(), "another secret");
  }

  /** {@code path} at the server's root, without the secret. */
  private static Response getRoot(TrackingServer server, String path) throws IOException {
    return fetch(server.url().replaceAll("[0-9a-f]{32}/$", "") + path);
  }

  private static Configuration proxyAt(String address) {
    Configuration conf = new YarnConfiguration();
    conf.set(YarnConfiguration.PROXY_ADDRESS, address);
    return conf;
  }

  private static Response get(TrackingServer server, String path) throws IOException {
    return fetch(server.url() + path);
  }

  private static Response fetch(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    connection.setInstanceFollowRedirects(false);
    try {
      int status = connection.getResponseCode();
      InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(status, String.valueOf(connection.getContentType()), connection.getHeaderField("Location"),
          body);
    } finally {
      connection.disconnect();
    }
  }

  private record Response(int status, String contentType, String location, String body) {
  }
}
