package org.sepyarn.it;

import java.io.File;
import java.security.PrivilegedExceptionAction;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.minikdc.MiniKdc;
import org.apache.hadoop.security.UserGroupInformation;

/**
 * A Kerberos realm for secured mini clusters: a {@link MiniKdc} with one service principal for
 * every daemon ({@code hadoop/localhost}, as one node of a small real cluster would have), one for
 * their web servers ({@code HTTP/localhost}) and user principals with keytabs of their own; and
 * the settings that make HDFS and YARN require Kerberos: authentication and service
 * authorization on, block access tokens, SASL on the data transfer protocol (with
 * unprivileged DataNode ports allowed for testing), SPNEGO on every daemon's web pages.
 */
final class KerberizedClusters implements AutoCloseable {
  static final String SERVICE = "hadoop/localhost";
  static final String HTTP = "HTTP/localhost";

  private final MiniKdc kdc;
  private final File folder;
  private final File serviceKeytab;

  private KerberizedClusters(MiniKdc kdc, File folder, File serviceKeytab) {
    this.kdc = kdc;
    this.folder = folder;
    this.serviceKeytab = serviceKeytab;
  }

  /**
   * Starts the realm of a test class's clusters in a folder of its own and makes its settings
   * this process's site configuration ({@link #installSiteConfiguration}).
   */
  static KerberizedClusters forTestClass(Class<?> testClass) throws Exception {
    File base = new File("target/it/" + testClass.getSimpleName() + "-kdc").getAbsoluteFile();
    org.apache.hadoop.fs.FileUtil.fullyDelete(base);
    KerberizedClusters realm = start(base);
    realm.installSiteConfiguration();
    return realm;
  }

  /** Gives {@code user} a home folder on the cluster, as an administrator does for each new user. */
  static void home(org.apache.hadoop.fs.FileSystem fs, String user) throws java.io.IOException {
    org.apache.hadoop.fs.Path home = new org.apache.hadoop.fs.Path("/user/" + user);
    fs.mkdirs(home);
    fs.setOwner(home, user, user);
  }

  /** Starts the realm (its {@code krb5.conf} becomes this process's). */
  static KerberizedClusters start(File folder) throws Exception {
    folder.mkdirs();
    Properties kdcConf = MiniKdc.createConf();
    kdcConf.setProperty(MiniKdc.DEBUG, "false");
    MiniKdc kdc = new MiniKdc(kdcConf, folder);
    kdc.start();
    File serviceKeytab = new File(folder, "hadoop.keytab");
    kdc.createPrincipal(serviceKeytab, SERVICE, HTTP);
    return new KerberizedClusters(kdc, folder, serviceKeytab);
  }

  String realm() {
    return kdc.getRealm();
  }

  String principal(String name) {
    return name + "@" + kdc.getRealm();
  }

  /** A user principal with a keytab of its own. */
  File user(String name) throws Exception {
    File keytab = new File(folder, name + ".keytab");
    kdc.createPrincipal(keytab, name);
    return keytab;
  }

  /** Runs {@code action} as {@code name}, logged in from its keytab. */
  <T> T as(String name, File keytab, PrivilegedExceptionAction<T> action) throws Exception {
    return UserGroupInformation.loginUserFromKeytabAndReturnUGI(principal(name), keytab.getAbsolutePath())
        .doAs(action);
  }

  /**
   * Makes {@link #settings()} this process's site configuration, as every node of a real cluster
   * has it in its {@code core-site.xml}: the daemons' own helpers (a NodeManager's localizer, for
   * one) read a fresh {@code Configuration}, not the one the daemon was started with. The
   * configuration files are found through the context class loader, which every thread started
   * later inherits.
   */
  void installSiteConfiguration() throws Exception {
    File site = new File(folder, "site");
    site.mkdirs();
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration(false);
    settings().forEach(conf::set);
    try (java.io.OutputStream out = new java.io.FileOutputStream(new File(site, "core-site.xml"))) {
      conf.writeXml(out);
    }
    Thread.currentThread().setContextClassLoader(new java.net.URLClassLoader(
        new java.net.URL[] {site.toURI().toURL()}, Thread.currentThread().getContextClassLoader()));
  }

  /** Settings for {@link ClusterTestBase#startClusters(Class, int, Map)}. */
  Map<String, String> settings() {
    String service = principal(SERVICE);
    String http = principal(HTTP);
    String keytab = serviceKeytab.getAbsolutePath();
    Map<String, String> s = new HashMap<>();
    s.put("hadoop.security.authentication", "kerberos");
    s.put("hadoop.security.authorization", "true");
    s.put("dfs.namenode.kerberos.principal", service);
    s.put("dfs.namenode.keytab.file", keytab);
    s.put("dfs.datanode.kerberos.principal", service);
    s.put("dfs.datanode.keytab.file", keytab);
    s.put("dfs.web.authentication.kerberos.principal", http);
    s.put("dfs.web.authentication.kerberos.keytab", keytab);
    s.put("dfs.block.access.token.enable", "true");
    s.put("dfs.data.transfer.protection", "authentication");
    s.put("ignore.secure.ports.for.testing", "true");
    s.put("yarn.resourcemanager.principal", service);
    s.put("yarn.resourcemanager.keytab", keytab);
    s.put("yarn.nodemanager.principal", service);
    s.put("yarn.nodemanager.keytab", keytab);
    s.put("yarn.resourcemanager.webapp.spnego-principal", http);
    s.put("yarn.resourcemanager.webapp.spnego-keytab-file", keytab);
    s.put("yarn.nodemanager.webapp.spnego-principal", http);
    s.put("yarn.nodemanager.webapp.spnego-keytab-file", keytab);
    s.put("hadoop.http.filter.initializers", "org.apache.hadoop.security.AuthenticationFilterInitializer");
    s.put("hadoop.http.authentication.type", "kerberos");
    s.put("hadoop.http.authentication.kerberos.principal", http);
    s.put("hadoop.http.authentication.kerberos.keytab", keytab);
    s.put("hadoop.http.authentication.simple.anonymous.allowed", "false");
    // Every node of a kerberized cluster has the realm's krb5.conf (in /etc); these nodes share the KDC's.
    s.put("yarn.nodemanager.admin-env", "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX,JAVA_TOOL_OPTIONS=-Djava.security.krb5.conf="
        + kdc.getKrb5conf().getAbsolutePath());
    return s;
  }

  @Override
  public void close() {
    kdc.stop();
  }
}
