package org.sepyarn.am.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Links to a container's logs on its NodeManager's web pages,
 * {@code <scheme>://<nm-http-address>/node/containerlogs/<containerId>/<user>}, as the YARN UI
 * links them. The NodeManager's web address is not the node id, so it comes from a lookup the
 * ApplicationMaster fills from {@code Container.getNodeHttpAddress()} as containers arrive.
 */
public final class ContainerLogLinks {
  private final String schemePrefix;
  private final String user;
  private final Function<String, Optional<String>> nodeHttpAddress;

  /**
   * @param schemePrefix {@code http://} or {@code https://}, as {@code WebAppUtils.getHttpSchemePrefix} gives it
   * @param user the job's user, who owns the containers' logs
   * @param nodeHttpAddress a node's NodeManager web address ({@code host:port}) by node id, empty when unknown
   */
  public ContainerLogLinks(String schemePrefix, String user, Function<String, Optional<String>> nodeHttpAddress) {
    if (!schemePrefix.equals("http://") && !schemePrefix.equals("https://")) {
      throw new IllegalArgumentException("scheme prefix '" + schemePrefix + "' is not allowed: use http:// or https://");
    }
    if (user.isBlank()) {
      throw new IllegalArgumentException("the user whose container logs to link must not be blank");
    }
    this.schemePrefix = schemePrefix;
    this.user = user;
    this.nodeHttpAddress = Objects.requireNonNull(nodeHttpAddress, "nodeHttpAddress");
  }

  /** The job's user. */
  public String user() {
    return user;
  }

  /** The logs of {@code containerId} on {@code node}, or empty when the node's web address is unknown. */
  public Optional<String> url(String node, String containerId) {
    return nodeHttpAddress.apply(node)
        .filter(address -> !address.isBlank())
        .map(address -> schemePrefix + address + "/node/containerlogs/" + segment(containerId) + "/" + segment(user));
  }

  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
