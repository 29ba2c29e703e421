package org.sepyarn.am.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.http.HttpServer2;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ApplicationMaster's web server, built with Hadoop's {@link HttpServer2} on a free port of the
 * AM's host: the tracking page at {@code /} (and {@code /index.html}), the timeline at
 * {@code /timeline.svg}, the job as JSON at {@code /api/job} and {@code status.json}'s record at
 * {@code /api/status}, the JSON and the page listing a page of tasks on request
 * ({@code ?page=N&size=M&state=S}, {@link TaskQueryParameters}), every path under a random secret
 * first segment ({@link SecretPathFilter}: any other path, Hadoop's {@code /conf}, {@code /jmx},
 * {@code /stacks} and the like included, is not found). Only the ResourceManager's web proxy may
 * reach it ({@link ProxyOnlyAccess}); the AM registers {@link #url()}, with the secret, as its
 * tracking URL, and users follow the ResourceManager's link, which the ResourceManager shows only
 * to those who may view the application.
 * Plain HTTP, as Tez's AM does: the AM has no certificate of its own, the proxy serves users.
 */
public final class TrackingServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrackingServer.class);
  /** The web application's name; {@code HttpServer2} needs {@code webapps/<name>} on the class path. */
  static final String NAME = "sepyarn";

  private final HttpServer2 server;
  private final String url;

  private TrackingServer(HttpServer2 server, String url) {
    this.server = server;
    this.url = url;
  }

  /**
   * Starts the server on {@code host}, any free port.
   *
   * @param conf the cluster's configuration: it names the proxy hosts ({@code yarn.web-proxy.address}
   *     or the ResourceManagers' web addresses) and Hadoop's HTTP settings; the cluster's own
   *     authentication filters ({@code hadoop.http.filter.initializers}) are left out, since the
   *     proxy could not pass them
   * @param host the AM's host name, as the NodeManager gives it ({@code NM_HOST})
   * @param applicationId the YARN application id, e.g. {@code application_1700000000000_0001}
   * @param source where each request gets the job to show
   * @throws IOException if the server cannot start
   */
  public static TrackingServer start(Configuration conf, String host, String applicationId, JobViewSource source)
      throws IOException {
    return start(conf, host, applicationId, source, " ");
  }

  /**
   * As {@link #start(Configuration, String, String, JobViewSource)}, letting only the users of
   * {@code viewAcl} (YARN's ACL form), the owner and the administrators see the page when the
   * cluster enables ACLs ({@link ViewAclFilter}).
   */
  public static TrackingServer start(Configuration conf, String host, String applicationId, JobViewSource source,
      String viewAcl) throws IOException {
    ApplicationId application = ApplicationId.fromString(applicationId);
    Configuration web = new Configuration(conf);
    web.set(HttpServer2.FILTER_INITIALIZER_PROPERTY, "");
    HttpServer2 server = new HttpServer2.Builder()
        .setName(NAME)
        .addEndpoint(endpoint(host))
        .setFindPort(false)
        .setConf(web)
        .build();
    String secret = newSecret();
    server.addGlobalFilter("sepyarn-secret-path", SecretPathFilter.class.getName(),
        Map.of(SecretPathFilter.SECRET, secret));
    ProxyOnlyAccess.install(server, web, application);
    if (conf.getBoolean(YarnConfiguration.YARN_ACL_ENABLE, YarnConfiguration.DEFAULT_YARN_ACL_ENABLE)) {
      server.addGlobalFilter("sepyarn-view-acl", ViewAclFilter.class.getName(), Map.of(
          ViewAclFilter.OWNER, UserGroupInformation.getCurrentUser().getShortUserName(),
          ViewAclFilter.VIEW_ACL, viewAcl,
          ViewAclFilter.ADMIN_ACL, conf.get(YarnConfiguration.YARN_ADMIN_ACL, YarnConfiguration.DEFAULT_YARN_ADMIN_ACL)));
    }
    for (TrackingResource resource : TrackingResource.values()) {
      ServletHolder holder = new ServletHolder(resource.name(),
          new ViewServlet(source, resource, ProxyBase.of(application)));
      for (String path : resource.paths()) {
        server.getWebAppContext().addServlet(holder, "/" + secret + (path.isEmpty() ? "/" : path));
      }
    }
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw new IOException("cannot start the tracking page's web server on " + host + ": " + e.getMessage(), e);
    }
    String root = "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
        + server.getConnectorAddress(0).getPort() + "/";
    LOG.info("tracking page of {} at {}<secret>/, for the ResourceManager's proxy", applicationId, root);
    return new TrackingServer(server, root + secret + "/");
  }

  /** 128 random bits, hex: the first path segment of every path served. */
  private static String newSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** {@code http://<host>:<port>/<secret>/}: the tracking URL to register with the ResourceManager. */
  public String url() {
    return url;
  }

  /** Stops the server; a failure to stop is logged, not thrown, since the AM is ending anyway. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static URI endpoint(String host) {
    try {
      return new URI("http", null, host, 0, null, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("host '" + host + "' is not a host name or address for a URL: "
          + e.getMessage(), e);
    }
  }

  private static void stopQuietly(HttpServer2 server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("cannot stop the tracking page's web server: {}", e.toString());
    }
  }
}
