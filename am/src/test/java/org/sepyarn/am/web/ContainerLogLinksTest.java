package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerLogLinksTest {
  private final Map<String, String> addresses = Map.of("worker1:45454", "worker1:8042");

  @Test
  void aLinkPointsToTheContainersLogsOnItsNodeManager() {
    ContainerLogLinks links = new ContainerLogLinks("http://", "alice", n -> Optional.ofNullable(addresses.get(n)));

    assertEquals(Optional.of("http://worker1:8042/node/containerlogs/container_1_0001_01_000002/alice"),
        links.url("worker1:45454", "container_1_0001_01_000002"));
  }

  @Test
  void aNodeWhoseWebAddressIsUnknownGetsNoLink() {
    ContainerLogLinks links = new ContainerLogLinks("https://", "alice", n -> Optional.ofNullable(addresses.get(n)));

    assertTrue(links.url("worker2:45454", "container_1_0001_01_000002").isEmpty());
  }

  @Test
  void theUserIsEncodedAsAPathSegment() {
    ContainerLogLinks links = new ContainerLogLinks("https://", "dom ain\\bob", n -> Optional.of("w:8044"));

    assertEquals(Optional.of("https://w:8044/node/containerlogs/c1/dom%20ain%5Cbob"), links.url("w:1", "c1"));
  }

  @Test
  void aSchemeOtherThanHttpOrHttpsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ContainerLogLinks("ftp://", "alice", n -> Optional.empty()));
    assertEquals("scheme prefix 'ftp://' is not allowed: use http:// or https://", e.getMessage());
  }
}
