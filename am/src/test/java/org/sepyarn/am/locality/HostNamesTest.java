package org.sepyarn.am.locality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostNamesTest {
  private static InetAddress ip(String text) {
    try {
      return InetAddress.getByAddress(text, InetAddress.getByName(text).getAddress());
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** A DNS of a few names; this machine is 10.0.0.5 (and loopback). */
  private final Map<String, InetAddress> dns = Map.of(
      "127.0.0.1", ip("127.0.0.1"),
      "localhost", ip("127.0.0.1"),
      "node5", ip("10.0.0.5"),
      "node5.example.com", ip("10.0.0.5"),
      "10.0.0.5", ip("10.0.0.5"),
      "node6.example.com", ip("10.0.0.6"));
  private final HostNames names = new HostNames("Node5", h -> Optional.ofNullable(dns.get(h)),
      a -> a.isLoopbackAddress() || a.getHostAddress().equals("10.0.0.5"));

  @Test
  void aMiniClustersDatanodeAddressAndItsNodeManagersNameAreTheSameHost() {
    assertEquals("node5", names.canonical("127.0.0.1"));
    assertEquals("node5", names.canonical("localhost"));
    assertEquals("node5", names.canonical("node5"));
  }

  @Test
  void everyNameOfThisMachineIsItsNodeManagersName() {
    assertEquals("node5", names.canonical("node5.example.com"));
    assertEquals("node5", names.canonical("10.0.0.5"));
  }

  @Test
  void otherHostsKeepTheirNameLowerCasedAndUnresolvableOnesToo() {
    assertEquals("node6.example.com", names.canonical("NODE6.example.com"));
    assertEquals("nowhere", names.canonical("Nowhere"));
  }

  @Test
  void withoutTheLocalNodeManagersNameNamesAreOnlyLowerCased() {
    HostNames plain = new HostNames(null, h -> Optional.ofNullable(dns.get(h)), a -> true);
    assertEquals("127.0.0.1", plain.canonical("127.0.0.1"));
    assertEquals("localhost", plain.canonical("LocalHost"));
  }

  @Test
  void realResolutionTakesLoopbackForThisMachine() {
    assertEquals("mynode", HostNames.resolving("MyNode").canonical("127.0.0.1"));
  }
}
