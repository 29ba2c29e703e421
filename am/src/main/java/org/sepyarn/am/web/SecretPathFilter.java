package org.sepyarn.am.web;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

/**
 * The first filter of the tracking server: answers 404 to every request whose path does not start
 * with the server's secret prefix ({@code /<secret>/}), so Hadoop's own servlets ({@code /conf},
 * {@code /jmx}, {@code /stacks}, {@code /logLevel}, {@code /prom}, {@code /logs}, {@code /static})
 * are served to nobody and the job's pages only to whoever knows the tracking URL the AM
 * registered: the ResourceManager's proxy (which shows it only to users allowed to view the
 * application). The requests it lets through go on with the prefix taken off their
 * {@link HttpServletRequest#getRequestURI()}, so the {@code AmIpFilter} after it redirects a direct
 * caller to the same page under the proxy.
 */
public final class SecretPathFilter implements Filter {
  /** The init parameter naming the secret: the first path segment of every served path. */
  static final String SECRET = "secret";

  private String prefix;

  @Override
  public void init(FilterConfig config) throws ServletException {
    String secret = config.getInitParameter(SECRET);
    if (secret == null || secret.isEmpty() || secret.contains("/")) {
      throw new ServletException("the tracking server's secret path segment is not set");
    }
    prefix = "/" + secret;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    String uri = request.getRequestURI();
    if (uri == null || !uri.startsWith(prefix + "/")) {
      ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String shown = uri.substring(prefix.length());
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getRequestURI() {
        return shown;
      }
    }, resp);
  }

  @Override
  public void destroy() {
  }
}
