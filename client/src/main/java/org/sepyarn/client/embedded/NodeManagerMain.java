package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
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
 * configuration file the embedded session wrote and the session's process id; it runs until its
 * standard input ends: the session closes it to stop the node, and the system closes it when the
 * session dies. Then a live session gets an orderly stop (containers stopped and cleaned up as
 * YARN does), a dead one a quick end: its containers are killed at once, since no
 * ResourceManager is left to hear the node out. Ctrl-C at the terminal is the session's to
 * handle, so this process ignores it.
 */
public final class NodeManagerMain {
  private NodeManagerMain() {
  }

  /** Arguments: the configuration file, the session's process id. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: NodeManagerMain CONFIGURATION_FILE SESSION_PID");
      System.exit(2);
    }
    Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
    File confFile = new File(args[0]);
    long session = Long.parseLong(args[1]);
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
    Thread stdin = new Thread(() -> {
      awaitEnd(System.in);
      ended.countDown();
    }, "session-watch");
    stdin.setDaemon(true);
    stdin.start();
    ended.await();

    if (nm.getServiceState() != Service.STATE.STOPPED
        && ProcessHandle.of(session).map(ProcessHandle::isAlive).orElse(false)) {
      nm.stop();
      System.exit(0);
    }
    if (nm.getServiceState() != Service.STATE.STOPPED) {
      ContainerProcesses.killUnder(confFile.getAbsoluteFile().getParentFile().toPath());
    }
    Runtime.getRuntime().halt(0);
  }

  /** Returns when {@code in} ends (or fails). */
  private static void awaitEnd(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Nothing is sent: the session only ever closes the stream.
      }
    } catch (IOException e) {
      // A broken stream ends the session's hold as well.
    }
  }
}
