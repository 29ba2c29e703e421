package org.sepyarn.client.logs;

import java.io.IOException;
import java.util.Optional;

/** Where each NodeManager's web server listens, as the ResourceManager reports it. */
public interface NodeDirectory {
  /** The {@code host:port} of the web server of the NodeManager with node id {@code nodeId}, if the cluster knows it. */
  Optional<String> httpAddress(String nodeId) throws IOException;
}
