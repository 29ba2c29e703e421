package org.sepyarn.am.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.am.status.TaskQuery;

/**
 * What the tracking server serves: each resource's paths, content type and rendering of the job,
 * given the page of tasks the request asked for ({@link TaskQueryParameters}), if it asked.
 */
enum TrackingResource {
  /** The HTML page, at the root ({@code ""} is the servlet mapping of the context root alone). */
  PAGE(List.of("", "/index.html"), "text/html; charset=utf-8",
      (view, query) -> JobPageRenderer.render(view, query).getBytes(StandardCharsets.UTF_8)),
  TIMELINE(List.of("/timeline.svg"), "image/svg+xml; charset=utf-8",
      (view, query) -> TimelineSvg.document(view).getBytes(StandardCharsets.UTF_8)),
  /** The job with a page of tasks: the first {@link TaskQuery#DEFAULT_SIZE} unless the request asks for another. */
  JOB(List.of("/api/job"), "application/json; charset=utf-8",
      (view, query) -> JobJson.write(view, query.orElse(TaskQuery.first()))),
  /** {@code status.json}'s record: its selection of tasks, or the page the request asks for. */
  STATUS(List.of("/api/status"), "application/json; charset=utf-8",
      (view, query) -> StatusCodec.write(query.isPresent() ? view.toStatus(query.get()) : view.toStatus()));

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

  byte[] render(JobView view, Optional<TaskQuery> query) throws IOException {
    return renderer.render(view, query);
  }

  private interface Renderer {
    byte[] render(JobView view, Optional<TaskQuery> query) throws IOException;
  }
}
