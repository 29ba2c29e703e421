package org.sepyarn.client.status;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.client.web.WebResponse;

/**
 * Reads a running job's status live from its ApplicationMaster: {@code api/status} under the
 * application's tracking URL, which the ResourceManager gives as its web proxy's
 * {@code /proxy/<application id>/}, the only way in the AM's page lets a request through. A query
 * ({@link TaskFilter#query()}) asks for a page of the tasks, so that any task of a big job is found.
 */
final class TrackingPageStatus {
  static final String PATH = "api/status";

  private final WebClient web;

  TrackingPageStatus(WebClient web) {
    this.web = web;
  }

  /**
   * The ApplicationMaster's status of {@code id} now.
   *
   * @throws IOException saying why there is none: no answer, an error status, or an answer that is
   *     not the status of this application (such as a proxy's own page)
   */
  JobStatus read(String trackingUrl, ApplicationId id) throws IOException {
    return read(trackingUrl, id, "");
  }

  /**
   * The ApplicationMaster's status of {@code id} now, listing the tasks {@code query} asks for
   * ({@code ?page=N&size=M&state=S}, or empty for its default listing).
   */
  JobStatus read(String trackingUrl, ApplicationId id, String query) throws IOException {
    URI uri = apiStatus(trackingUrl, query);
    WebResponse response;
    try {
      response = web.get(uri);
    } catch (IOException e) {
      throw new IOException("no answer from " + uri + ": " + e, e);
    }
    if (!response.isOk()) {
      throw new IOException(uri + " answered HTTP " + response.status() + ": " + response.excerpt());
    }
    JobStatus status;
    try {
      status = StatusCodec.read(response.body());
    } catch (IOException e) {
      throw new IOException(uri + " did not answer with a job status (" + response.contentType() + "): "
          + response.excerpt(), e);
    }
    if (!id.toString().equals(status.application())) {
      throw new IOException(uri + " answered with the status of " + status.application() + ", not of " + id);
    }
    return status;
  }

  /** {@code api/status} under {@code trackingUrl}, which may or may not end with a slash. */
  static URI apiStatus(String trackingUrl) throws IOException {
    return apiStatus(trackingUrl, "");
  }

  /** {@code api/status} and {@code query} under {@code trackingUrl}, which may or may not end with a slash. */
  static URI apiStatus(String trackingUrl, String query) throws IOException {
    String base = trackingUrl.endsWith("/") ? trackingUrl : trackingUrl + "/";
    try {
      URI uri = new URI(base).resolve(PATH + query);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IOException("tracking URL '" + trackingUrl + "' is not an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IOException("tracking URL '" + trackingUrl + "' is not a URL: " + e.getMessage(), e);
    }
  }
}
