package org.sepyarn.client.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.service.Service;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.nodemanager.NodeManager;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One NodeManager of an embedded cluster, in a JVM of its own so that its web pages (Guice's
 * pipeline is one per JVM) are its own. Started by {@link NodeManagerProcess} with the
 * configuration file the embedded session wrote; it runs until its standard input ends. The
 * session writes {@value #STOP} there before it closes it: then the node stops in order
 * (containers stopped and cleaned up as YARN does). Without it, the system closed the stream
 * because the session died: then the node's containers are killed at once and the process ends,
 * since no ResourceManager is left to hear the node out. Ctrl-C at the terminal is the session's
 * to handle, so this process ignores it.
 */
public final class NodeManagerMain {
  /** The line the session sends before it closes the stream, to stop the node in order. */
  static final String STOP = "stop";

  private NodeManagerMain() {
  }

  /** Argument: the configuration file. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: NodeManagerMain CONFIGURATION_FILE");
      System.exit(2);
    }
    Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
    File confFile = new File(args[0]);
    Configuration conf = new YarnConfiguration();
    conf.addResource(new Path(confFile.toURI()));

    CountDownLatch ended = new CountDownLatch(1);
    NodeManager nm = new NodeManager();
    nm.registerServiceListener(service -> {
      if (service.getServiceState() == Service.STATE.STOPPED) {
        ended.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(nm::stop, "stop-nodemanager"));
    try {
      nm.init(conf);
      nm.start();
    } catch (RuntimeException e) {
      // Its threads must not keep a node that failed to start alive: the session waits for its end.
      e.printStackTrace();
      System.exit(1);
    }
    AtomicBoolean stopAsked = new AtomicBoolean();
    Thread stdin = new Thread(() -> {
      stopAsked.set(stopAsked(System.in));
      ended.countDown();
    }, "session-watch");
    stdin.setDaemon(true);
    stdin.start();
    ended.await();

    if (stopAsked.get()) {
      nm.stop();
      System.exit(0);
    }
    if (nm.getServiceState() != Service.STATE.STOPPED) {
      ContainerProcesses.killUnder(confFile.getAbsoluteFile().getParentFile().toPath());
    }
    Runtime.getRuntime().halt(0);
  }

  /** Reads {@code in} to its end; true when the session asked for a stop before it ended. */
  static boolean stopAsked(InputStream in) {
    boolean asked = false;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        asked |= line.strip().equals(STOP);
      }
    } catch (IOException e) {
      // A broken stream is an end like any other.
    }
    return asked;
  }
}
