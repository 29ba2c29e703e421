package org.sepyarn.client.command;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.client.api.YarnClient;

/** Makes started YARN clients for the commands, from one configuration. */
public final class YarnClients {
  private final Configuration conf;

  public YarnClients(Configuration conf) {
    this.conf = conf;
  }

  public Configuration configuration() {
    return conf;
  }

  /** A started client; close it when done. */
  public YarnClient yarnClient() {
    YarnClient client = YarnClient.createYarnClient();
    client.init(conf);
    client.start();
    return client;
  }
}
