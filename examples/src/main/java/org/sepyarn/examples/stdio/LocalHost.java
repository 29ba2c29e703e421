package org.sepyarn.examples.stdio;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's host name, as {@code .datapath} files name hosts. */
public final class LocalHost {
  private static volatile String name;

  private LocalHost() {
  }

  /** The host name ({@code gethostname}), or {@code localhost} when it cannot be found. */
  public static String name() {
    String n = name;
    if (n == null) {
      try {
        n = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        n = "localhost";
      }
      name = n;
    }
    return n;
  }
}
