package org.sepyarn.client.web;

import java.io.IOException;
import java.net.URI;

/** Fetches a URL with GET. */
public interface WebClient {
  /**
   * The answer to a GET of {@code uri}, whatever its status.
   *
   * @throws IOException when no answer comes (nothing listens, the connection breaks, time out)
   */
  WebResponse get(URI uri) throws IOException;
}
