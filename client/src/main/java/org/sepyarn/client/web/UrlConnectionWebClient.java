package org.sepyarn.client.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.security.authentication.client.AuthenticatedURL;
import org.apache.hadoop.security.authentication.client.AuthenticationException;
import org.apache.hadoop.security.authentication.client.KerberosAuthenticator;

/**
 * GETs with the JDK's {@link HttpURLConnection}, following redirects, with time limits so that a
 * silent server cannot hang a command. Speaks plain HTTP or HTTPS with the JVM's trust store, and
 * SPNEGO with the caller's Kerberos ticket when Hadoop security is on.
 */
public final class UrlConnectionWebClient implements WebClient {
  private final Duration connectTimeout;
  private final Duration readTimeout;

  public UrlConnectionWebClient(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  /** Limits that suit a command a user waits for: 5 s to connect, 30 s to read. */
  public static UrlConnectionWebClient forCommands() {
    return new UrlConnectionWebClient(Duration.ofSeconds(5), Duration.ofSeconds(30));
  }

  /**
   * Opens {@code uri}; on a kerberized cluster through SPNEGO with the caller's Kerberos ticket
   * (Hadoop's {@link AuthenticatedURL}, which talks plainly to a server that asks for nothing).
   */
  private URLConnection open(URI uri) throws IOException {
    if (!UserGroupInformation.isSecurityEnabled() || !uri.getScheme().startsWith("http")) {
      return uri.toURL().openConnection();
    }
    AuthenticatedURL spnego = new AuthenticatedURL(new KerberosAuthenticator(), connection -> {
      connection.setConnectTimeout((int) connectTimeout.toMillis());
      connection.setReadTimeout((int) readTimeout.toMillis());
      return connection;
    });
    try {
      return spnego.openConnection(uri.toURL(), new AuthenticatedURL.Token());
    } catch (AuthenticationException e) {
      throw new IOException("SPNEGO authentication to " + uri.getHost() + ":" + uri.getPort() + " failed: "
          + e.getMessage(), e);
    }
  }

  @Override
  public WebResponse get(URI uri) throws IOException {
    URLConnection opened = open(uri);
    if (!(opened instanceof HttpURLConnection connection)) {
      throw new IOException(uri + " is not an HTTP or HTTPS URL");
    }
    connection.setConnectTimeout((int) connectTimeout.toMillis());
    connection.setReadTimeout((int) readTimeout.toMillis());
    connection.setInstanceFollowRedirects(true);
    connection.setRequestProperty("Accept", "application/json, text/plain, */*");
    try {
      int status = connection.getResponseCode();
      byte[] body;
      try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        body = in == null ? new byte[0] : in.readAllBytes();
      }
      return new WebResponse(uri, status, connection.getContentType(), body);
    } finally {
      connection.disconnect();
    }
  }
}
