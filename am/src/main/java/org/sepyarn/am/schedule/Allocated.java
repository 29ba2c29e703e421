package org.sepyarn.am.schedule;

/**
 * A container YARN allocated to the job: its id ({@code ContainerId.toString()}) and its node's
 * host name (as {@code AMRMClient.updateBlacklist} expects it).
 */
public record Allocated(String containerId, String node) {

  public Allocated {
    if (containerId == null || containerId.isBlank()) {
      throw new IllegalArgumentException("allocated containerId '" + containerId + "' must not be blank");
    }
    if (node == null || node.isBlank()) {
      throw new IllegalArgumentException("node '" + node + "' of container " + containerId + " must not be blank");
    }
  }
}
