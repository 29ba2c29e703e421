package org.sepyarn.am.web;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.http.FilterContainer;
import org.apache.hadoop.http.HttpServer2;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.server.webproxy.ProxyUriUtils;
import org.apache.hadoop.yarn.server.webproxy.amfilter.AmFilterInitializer;

/**
 * Lets only the ResourceManager's web proxy in, the YARN way: YARN's own {@link AmFilterInitializer}
 * installs the {@code AmIpFilter} with the proxy hosts of the configuration
 * ({@code yarn.web-proxy.address}, or every ResourceManager's web address), and the filter
 * redirects any request not coming from a proxy host to the same path under
 * {@code <proxy>/proxy/<application id>}. The proxy base is derived from the application id rather
 * than read from the container's environment, and the filter covers every path of the server,
 * Hadoop's own servlets ({@code /conf}, {@code /jmx}, {@code /logs}, ...) included.
 */
final class ProxyOnlyAccess extends AmFilterInitializer {
  private final String proxyBase;

  private ProxyOnlyAccess(ApplicationId application) {
    this.proxyBase = ProxyUriUtils.getPath(application);
  }

  static void install(HttpServer2 server, Configuration conf, ApplicationId application) {
    new ProxyOnlyAccess(application).initFilter(new EveryPath(server), conf);
  }

  @Override
  protected String getApplicationWebProxyBase() {
    return proxyBase;
  }

  /** Adds each filter to every path of the server. */
  private record EveryPath(HttpServer2 server) implements FilterContainer {
    @Override
    public void addFilter(String name, String classname, Map<String, String> parameters) {
      server.addGlobalFilter(name, classname, parameters);
    }

    @Override
    public void addGlobalFilter(String name, String classname, Map<String, String> parameters) {
      server.addGlobalFilter(name, classname, parameters);
    }
  }
}
