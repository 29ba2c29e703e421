package org.sepyarn.client.command;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonConfigurationKeysPublic;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/** Makes started YARN clients for the commands, from one configuration. */
public final class YarnClients {
  /** How long a command that only asks about an application waits for an unreachable ResourceManager. */
  static final long QUICK_CONNECT_MAX_WAIT_MS = 4_000;

  private final Configuration conf;

  public YarnClients(Configuration conf) {
    this.conf = conf;
  }

  public Configuration configuration() {
    return conf;
  }

  /** A started client; close it when done. */
  public YarnClient yarnClient() {
    return started(conf);
  }

  /**
   * A started client that gives an unreachable ResourceManager up within seconds instead of
   * Hadoop's default quarter of an hour: for {@code status}, {@code logs}, {@code kill} and
   * {@code resume}, which have nothing to wait for. The settings go on a copy, never on the
   * configuration the other commands share.
   */
  public YarnClient quickYarnClient() {
    return started(quick(conf));
  }

  /** A copy of {@code conf} whose ResourceManager connections are tried for a few seconds only. */
  static Configuration quick(Configuration conf) {
    Configuration copy = new Configuration(conf);
    copy.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, QUICK_CONNECT_MAX_WAIT_MS);
    copy.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_RETRY_INTERVAL_MS, 1_000);
    copy.setInt(CommonConfigurationKeysPublic.IPC_CLIENT_CONNECT_MAX_RETRIES_KEY, 0);
    copy.setInt(CommonConfigurationKeysPublic.IPC_CLIENT_CONNECT_MAX_RETRIES_ON_SOCKET_TIMEOUTS_KEY, 0);
    copy.setInt(CommonConfigurationKeysPublic.IPC_CLIENT_CONNECT_TIMEOUT_KEY, 2_000);
    // A failover proxy (ResourceManager HA) has its own retry counts.
    copy.setInt(YarnConfiguration.CLIENT_FAILOVER_MAX_ATTEMPTS, 2);
    return copy;
  }

  private static YarnClient started(Configuration conf) {
    YarnClient client = YarnClient.createYarnClient();
    client.init(conf);
    client.start();
    return client;
  }
}
