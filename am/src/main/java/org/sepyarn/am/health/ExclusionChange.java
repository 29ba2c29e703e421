package org.sepyarn.am.health;

import java.util.Set;

/** Nodes to add to and remove from the exclusion list ({@code AMRMClient.updateBlacklist}). */
public record ExclusionChange(Set<String> added, Set<String> removed) {

  private static final ExclusionChange NONE = new ExclusionChange(Set.of(), Set.of());

  public ExclusionChange {
    added = Set.copyOf(added);
    removed = Set.copyOf(removed);
  }

  public static ExclusionChange none() {
    return NONE;
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
