package org.sepyarn.client.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A web of fixed answers by URL for tests; a URL it was not told about gets no answer at all
 * (as when nothing listens). Records every URL asked for.
 */
public final class FakeWebClient implements WebClient {
  private final Map<URI, WebResponse> answers = new HashMap<>();
  private final List<URI> asked = new ArrayList<>();

  public FakeWebClient answer(String url, int status, String contentType, String body) {
    URI uri = URI.create(url);
    answers.put(uri, new WebResponse(uri, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  public List<URI> asked() {
    return asked;
  }

  @Override
  public WebResponse get(URI uri) throws IOException {
    asked.add(uri);
    WebResponse answer = answers.get(uri);
    if (answer == null) {
      throw new java.net.ConnectException("Connection refused (nothing answers " + uri + " in this test)");
    }
    return answer;
  }
}
