package org.sepyarn.am.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sepyarn.am.status.StatusCodec;

/** What the tracking server serves: each resource's paths, content type and rendering of the job. */
enum TrackingResource {
  /** The HTML page, at the root ({@code ""} is the servlet mapping of the context root alone). */
  PAGE(List.of("", "/index.html"), "text/html; charset=utf-8",
      view -> JobPageRenderer.render(view).getBytes(StandardCharsets.UTF_8)),
  TIMELINE(List.of("/timeline.svg"), "image/svg+xml; charset=utf-8",
      view -> TimelineSvg.document(view).getBytes(StandardCharsets.UTF_8)),
  JOB(List.of("/api/job"), "application/json; charset=utf-8", JobJson::write),
  STATUS(List.of("/api/status"), "application/json; charset=utf-8", view -> StatusCodec.write(view.toStatus()));

  private final List<String> paths;
  private final String contentType;
  private final Renderer renderer;

  TrackingResource(List<String> paths, String contentType, Renderer renderer) {
    this.paths = paths;
    this.contentType = contentType;
    this.renderer = renderer;
  }

  List<String> paths() {
    return paths;
  }

  String contentType() {
    return contentType;
  }

  byte[] render(JobView view) throws IOException {
    return renderer.render(view);
  }

  private interface Renderer {
    byte[] render(JobView view) throws IOException;
  }
}
