package org.sepyarn.client.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;

/**
 * GETs with the JDK's {@link HttpURLConnection}, following redirects, with time limits so that a
 * silent server cannot hang a command. Speaks plain HTTP or HTTPS with the JVM's trust store; no
 * SPNEGO, so on a Kerberos cluster whose web services require it the answer is a 401.
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

  @Override
  public WebResponse get(URI uri) throws IOException {
    URLConnection opened = uri.toURL().openConnection();
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
