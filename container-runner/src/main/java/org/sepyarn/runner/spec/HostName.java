package org.sepyarn.runner.spec;

import java.io.IOException;
import java.net.InetAddress;

/** The name of the host an attempt runs on, as its report gives it. */
public final class HostName {
  private HostName() {
  }

  /** This host's name, or {@code unknown} when it cannot be told. */
  public static String local() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
