package org.sepyarn.am.locality;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.hadoop.net.NetUtils;

/**
 * Brings the host names HDFS and YARN give to one form, so that a datanode's host and a
 * NodeManager's host compare equal when they are the same machine. HDFS names a datanode as it
 * registered (often its address: a mini cluster's datanodes say {@code 127.0.0.1}), YARN a
 * NodeManager by its host name ({@code localhost} or the machine's name): a name is lower-cased,
 * and any name that resolves to an address of the machine this ApplicationMaster runs on (a
 * loopback address, or one of its interfaces) becomes the name of this machine's NodeManager
 * ({@code NM_HOST}), the name YARN knows it by. Other names stay as they are (on a real cluster a
 * datanode and a NodeManager on one machine both take the machine's name). Resolutions are cached;
 * a name that does not resolve is kept.
 */
public final class HostNames {
  private final String localNodeHost;
  private final Function<String, Optional<InetAddress>> resolver;
  private final Function<InetAddress, Boolean> isLocal;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /**
   * @param localNodeHost the NodeManager host this ApplicationMaster runs on, or null when unknown
   * @param resolver resolves a host name, empty when it cannot
   * @param isLocal whether an address belongs to this machine
   */
  public HostNames(String localNodeHost, Function<String, Optional<InetAddress>> resolver,
      Function<InetAddress, Boolean> isLocal) {
    this.localNodeHost = localNodeHost == null || localNodeHost.isBlank() ? null
        : localNodeHost.toLowerCase(Locale.ROOT);
    this.resolver = resolver;
    this.isLocal = isLocal;
  }

  /** Resolving with DNS ({@link InetAddress#getByName}); local addresses as {@link NetUtils#isLocalAddress}. */
  public static HostNames resolving(String localNodeHost) {
    return new HostNames(localNodeHost, HostNames::resolve,
        a -> a.isLoopbackAddress() || a.isAnyLocalAddress() || NetUtils.isLocalAddress(a));
  }

  /** The one form of {@code host}. */
  public String canonical(String host) {
    return cache.computeIfAbsent(host, this::compute);
  }

  private String compute(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (localNodeHost == null) {
      return name;
    }
    Optional<InetAddress> address = resolver.apply(name);
    return address.isPresent() && isLocal.apply(address.get()) ? localNodeHost : name;
  }

  private static Optional<InetAddress> resolve(String host) {
    try {
      return Optional.of(InetAddress.getByName(host));
    } catch (java.net.UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }
}
