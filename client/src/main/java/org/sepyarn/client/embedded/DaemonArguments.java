package org.sepyarn.client.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link EmbeddedClusterDaemon}, as {@link StandingCluster} writes it:
 * {@code --dir D --published P --nodes N --memory MB [--set key=value]...}. Not typed by users, but
 * checked all the same: a daemon started wrongly says so in its log and ends.
 *
 * @param folder the daemon's folder (its clusters' state, its log)
 * @param published the published folder ({@link PublishedConfiguration})
 * @param nodes how many NodeManagers
 * @param nodeMemoryMb memory each NodeManager offers
 * @param settings the user's {@code -D yarn.*} settings for the clusters
 */
record DaemonArguments(Path folder, Path published, int nodes, int nodeMemoryMb, Map<String, String> settings) {
  DaemonArguments {
    settings = Map.copyOf(settings);
  }

  /** The arguments as a list, for a {@link ProcessBuilder}. */
  List<String> toList() {
    List<String> args = new ArrayList<>(List.of("--dir", folder.toString(), "--published", published.toString(),
        "--nodes", Integer.toString(nodes), "--memory", Integer.toString(nodeMemoryMb)));
    settings.forEach((key, value) -> {
      args.add("--set");
      args.add(key + "=" + value);
    });
    return args;
  }

  static DaemonArguments parse(String[] args) {
    Path folder = null;
    Path published = null;
    Integer nodes = null;
    Integer memory = null;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--dir" -> folder = Path.of(value);
        case "--published" -> published = Path.of(value);
        case "--nodes" -> nodes = Integer.parseInt(value);
        case "--memory" -> memory = Integer.parseInt(value);
        case "--set" -> {
          int eq = value.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--set " + value + ": expected key=value");
          }
          settings.put(value.substring(0, eq), value.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (folder == null || published == null || nodes == null || memory == null) {
      throw new IllegalArgumentException("--dir, --published, --nodes and --memory are required");
    }
    if (nodes < 1 || memory < 1) {
      throw new IllegalArgumentException("--nodes and --memory must be positive");
    }
    return new DaemonArguments(folder.toAbsolutePath(), published.toAbsolutePath(), nodes, memory, settings);
  }
}
