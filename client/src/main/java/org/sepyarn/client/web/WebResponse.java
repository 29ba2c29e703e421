package org.sepyarn.client.web;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Objects;

/**
 * An HTTP answer.
 *
 * @param uri what was asked for
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type} header, or empty when there is none
 * @param body the body, also of an error answer
 */
public record WebResponse(URI uri, int status, String contentType, byte[] body) {
  private static final int EXCERPT_CHARS = 300;

  public WebResponse {
    Objects.requireNonNull(uri, "uri");
    contentType = contentType == null ? "" : contentType;
    body = body == null ? new byte[0] : body;
  }

  public boolean isOk() {
    return status == 200;
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The start of the body, on one line, to quote in a message. */
  public String excerpt() {
    String text = text().strip().replaceAll("\\s+", " ");
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
  }
}
