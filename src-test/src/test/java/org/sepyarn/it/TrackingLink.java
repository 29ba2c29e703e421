package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.yarn.api.records.ApplicationReport;

/** Follows an application's tracking link as a browser would, after the application ended. */
final class TrackingLink {
  private TrackingLink() {
  }

  /** One answer, redirects not followed. */
  record Answer(int code, String location, String body) {
  }

  static Answer get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(30_000);
    try {
      int code = c.getResponseCode();
      InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream();
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(code, c.getHeaderField("Location"), body);
    } finally {
      c.disconnect();
    }
  }

  /**
   * The tracking link of an ended application no longer points at the ApplicationMaster's gone
   * server: YARN's proxy sends it to the ResourceManager's page of the application, on the
   * ResourceManager's live web server, and the report that page renders holds the final status and
   * the history record's place. (In the tests' mini clusters that page itself answers
   * 404: the ResourceManager's and the NodeManagers' web apps share one JVM, and the last one
   * started serves them all; on a cluster, and with {@code submit --embedded}, whose NodeManagers
   * run in processes of their own, it shows the report.)
   */
  static void assertLeadsToTheFinalReport(ApplicationReport report, String finalStatus) throws IOException {
    String id = report.getApplicationId().toString();
    Answer first = get(report.getTrackingUrl());
    assertTrue(first.code() / 100 == 3, "the proxy redirects " + report.getTrackingUrl() + ": " + first);
    URI tracking = URI.create(report.getTrackingUrl());
    URI page = tracking.resolve(first.location());
    assertEquals(tracking.getPort(), page.getPort(), "to the ResourceManager's web server: " + first);
    assertTrue(page.getPath().endsWith("/cluster/app/" + id), "to its page of the application: " + first);
    Answer shown = get(page.toString());
    assertTrue(shown.code() > 0, page + " answers");
    assertEquals(finalStatus, report.getFinalApplicationStatus().name(), report.getDiagnostics());
    assertTrue(report.getDiagnostics().contains("history record: "), "the page shows where the history is: "
        + report.getDiagnostics());
  }
}
