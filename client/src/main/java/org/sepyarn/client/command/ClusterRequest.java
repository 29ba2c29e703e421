package org.sepyarn.client.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * The arguments of {@code sepyarn cluster ACTION [--nodes N] [--dir D]}, checked.
 *
 * @param action what to do
 * @param nodes how many NodeManagers {@code start} starts
 * @param folder the daemon's folder for {@code start}; empty for the default
 */
record ClusterRequest(Action action, int nodes, Optional<Path> folder) {
  /** NodeManagers by default: two, to see tasks spread and moved, as {@code submit --embedded}. */
  static final int DEFAULT_NODES = 2;
  /** More NodeManager JVMs than this would not fit the machines an embedded cluster is for. */
  static final int MAX_NODES = 8;

  /** The actions of {@code sepyarn cluster}. */
  enum Action {
    START, STATUS, STOP
  }

  /**
   * @param args the words after the options
   * @param nodes the value of {@code --nodes}, or null
   * @param folder the value of {@code --dir}, or null
   */
  static ClusterRequest parse(List<String> args, String nodes, String folder) throws InvalidInputException {
    if (args.size() != 1) {
      throw new InvalidInputException("expected one of start, status or stop, got " + (args.isEmpty() ? "none"
          : args) + " (sepyarn cluster start [--nodes N] [--dir DIR])");
    }
    Action action;
    try {
      action = Action.valueOf(args.get(0).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("unknown action \"" + args.get(0) + "\"; expected start, status or stop");
    }
    if (action != Action.START && (nodes != null || folder != null)) {
      throw new InvalidInputException("--nodes and --dir go with start only (cluster " + args.get(0)
          + " finds the running cluster by itself)");
    }
    return new ClusterRequest(action, nodes == null ? DEFAULT_NODES : nodeCount(nodes),
        folder == null ? Optional.empty() : Optional.of(folder(folder)));
  }

  private static int nodeCount(String value) throws InvalidInputException {
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--nodes " + value + ": expected a whole number from 1 to " + MAX_NODES);
    }
    if (n < 1 || n > MAX_NODES) {
      throw new InvalidInputException("--nodes " + value + ": expected a whole number from 1 to " + MAX_NODES
          + " (each NodeManager is a JVM of its own on this machine)");
    }
    return n;
  }

  private static Path folder(String value) throws InvalidInputException {
    if (value.isBlank()) {
      throw new InvalidInputException("--dir is empty; give the folder the standing cluster keeps its state in");
    }
    if (value.contains("://") || value.startsWith("file:")) {
      throw new InvalidInputException("--dir " + value + ": expected a folder on this machine, without a scheme");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
