package org.sepyarn.client.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.client.web.WebResponse;

/**
 * Reads a container's log file from the NodeManager that ran it, through its web service
 * {@code /ws/v1/node/containerlogs/<container>/<file>}. A NodeManager serves the logs of its
 * containers while they run and, without log aggregation, until it deletes them
 * ({@code yarn.nodemanager.log.retain-seconds} after the application ends).
 */
public final class NodeManagerLogs implements ContainerLogSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebClient web;
  private final String schemePrefix;
  private final NodeDirectory nodes;

  /**
   * @param schemePrefix {@code http://} or {@code https://}, as {@code WebAppUtils.getHttpSchemePrefix} gives it
   */
  public NodeManagerLogs(WebClient web, String schemePrefix, NodeDirectory nodes) {
    this.web = web;
    this.schemePrefix = schemePrefix;
    this.nodes = nodes;
  }

  @Override
  public String describe(AttemptLocation attempt) {
    return "the NodeManager on " + attempt.node();
  }

  @Override
  public byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName)
      throws LogUnavailableException {
    String base = base(attempt);
    URI uri = URI.create(base + "/ws/v1/node/containerlogs/" + attempt.containerId() + "/" + fileName);
    WebResponse response = get(uri);
    if (response.isOk()) {
      Optional<byte[]> contents = LogDump.contents(response.body(), fileName);
      if (contents.isPresent()) {
        return contents.get();
      }
      if (!response.text().contains("LogType:")) {
        return response.body();
      }
      throw new LogUnavailableException(uri + " answered without the contents of " + fileName + ": "
          + response.excerpt());
    }
    if (response.status() == 404) {
      List<String> files = logFiles(base, attempt);
      if (!files.isEmpty()) {
        throw new LogUnavailableException("container " + attempt.containerId() + " has no log file " + fileName
            + "; its log files are " + String.join(", ", files));
      }
      throw new LogUnavailableException("the NodeManager on " + attempt.node() + " no longer has the logs of container "
          + attempt.containerId() + " (it says: " + response.excerpt() + ")");
    }
    throw new LogUnavailableException(uri + " answered HTTP " + response.status() + ": " + response.excerpt());
  }

  private String base(AttemptLocation attempt) throws LogUnavailableException {
    Optional<String> address;
    try {
      address = nodes.httpAddress(attempt.node());
    } catch (IOException e) {
      throw new LogUnavailableException("cannot ask the ResourceManager where node " + attempt.node()
          + "'s NodeManager listens: " + e.getMessage(), e);
    }
    if (address.isEmpty() || address.get().isBlank()) {
      throw new LogUnavailableException("node " + attempt.node() + " is no longer part of the cluster, so its"
          + " NodeManager cannot be asked for the logs of container " + attempt.containerId());
    }
    return schemePrefix + address.get();
  }

  private WebResponse get(URI uri) throws LogUnavailableException {
    try {
      return web.get(uri);
    } catch (IOException e) {
      throw new LogUnavailableException("no answer from " + uri + ": " + e, e);
    }
  }

  /** The names of the container's log files the NodeManager lists; empty when it lists none. */
  private List<String> logFiles(String base, AttemptLocation attempt) {
    URI uri = URI.create(base + "/ws/v1/node/containers/" + attempt.containerId() + "/logs");
    try {
      WebResponse response = web.get(uri);
      if (!response.isOk()) {
        return List.of();
      }
      JsonNode tree = JSON.readTree(response.body());
      return tree.findValuesAsText("fileName").stream().distinct().sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
