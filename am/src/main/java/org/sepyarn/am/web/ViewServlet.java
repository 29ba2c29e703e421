package org.sepyarn.am.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.sepyarn.am.status.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one {@link TrackingResource} rendered from the latest view of the job, with the page of
 * tasks the request's parameters ask for; bad parameters get HTTP 400 saying what is wrong.
 */
final class ViewServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ViewServlet.class);

  private final transient JobViewSource source;
  private final TrackingResource resource;
  /** The page's base address behind the proxy ({@link ProxyBase}). */
  private final String base;

  ViewServlet(JobViewSource source, TrackingResource resource, String base) {
    this.source = source;
    this.resource = resource;
    this.base = base;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<TaskQuery> query;
    try {
      query = TaskQueryParameters.parse(request::getParameter);
    } catch (IllegalArgumentException e) {
      byte[] message = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain; charset=utf-8");
      response.setContentLength(message.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(message);
      }
      return;
    }
    byte[] body;
    try {
      body = resource.render(source.current(), query);
      if (resource == TrackingResource.PAGE) {
        body = ProxyBase.insert(new String(body, StandardCharsets.UTF_8), base).getBytes(StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot render {} for {}", resource, request.getRequestURI(), e);
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
          "cannot render the job's " + resource.name().toLowerCase(Locale.ROOT) + ": " + e);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(resource.contentType());
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
