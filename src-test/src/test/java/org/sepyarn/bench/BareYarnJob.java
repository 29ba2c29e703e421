package org.sepyarn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ApplicationSubmissionContext;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.util.ConverterUtils;

/**
 * Submits {@link BareYarnAm} as a YARN application, as distributedshell's client does: its class
 * in a small jar on the cluster file system, localized into the AM container, on the nodes'
 * Hadoop classpath; waits for the end.
 */
final class BareYarnJob {
  private static final String AM_CLASS = BareYarnAm.class.getName();
  private static final int AM_MB = 256;
  private static final long POLL_MILLIS = 200;

  private final Configuration conf;
  private final Path jar;

  private BareYarnJob(Configuration conf, Path jar) {
    this.conf = conf;
    this.jar = jar;
  }

  /** Puts the ApplicationMaster's classes in a jar at {@code jar} on the cluster file system. */
  static BareYarnJob staged(Configuration conf, Path jar) throws IOException {
    FileSystem fs = FileSystem.get(conf);
    try (JarOutputStream out = new JarOutputStream(fs.create(jar, true))) {
      String entry = AM_CLASS.replace('.', '/') + ".class";
      out.putNextEntry(new JarEntry(entry));
      try (InputStream in = BareYarnAm.class.getClassLoader().getResourceAsStream(entry)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
    return new BareYarnJob(conf, fs.makeQualified(jar));
  }

  /** Runs {@code containers} containers of {@code true}; returns the seconds from submission to the end. */
  double run(int containers) throws Exception {
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      long begin = System.nanoTime();
      var app = yarn.createApplication();
      ApplicationSubmissionContext context = app.getApplicationSubmissionContext();
      ApplicationId id = context.getApplicationId();
      context.setApplicationName("bare-yarn-" + containers);
      context.setResource(Resource.newInstance(AM_MB, 1));
      context.setMaxAppAttempts(1);
      context.setAMContainerSpec(ContainerLaunchContext.newInstance(Map.of("am.jar", localResource()),
          Map.of(ApplicationConstants.Environment.CLASSPATH.name(), classpath()),
          List.of(ApplicationConstants.Environment.JAVA_HOME.$$() + "/bin/java -Xmx128m " + AM_CLASS + " "
              + containers + " 1>" + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/stdout 2>"
              + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/stderr"),
          null, null, null));
      yarn.submitApplication(context);
      ApplicationReport report = yarn.getApplicationReport(id);
      while (!ended(report.getYarnApplicationState())) {
        Thread.sleep(POLL_MILLIS);
        report = yarn.getApplicationReport(id);
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      if (report.getFinalApplicationStatus() != FinalApplicationStatus.SUCCEEDED) {
        throw new IllegalStateException(id + " ended " + report.getFinalApplicationStatus() + ": "
            + report.getDiagnostics());
      }
      return seconds;
    }
  }

  private static boolean ended(YarnApplicationState state) {
    return state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
  }

  private LocalResource localResource() throws IOException {
    FileStatus status = FileSystem.get(conf).getFileStatus(jar);
    return LocalResource.newInstance(ConverterUtils.getYarnUrlFromPath(jar), LocalResourceType.FILE,
        LocalResourceVisibility.APPLICATION, status.getLen(), status.getModificationTime());
  }

  private String classpath() {
    List<String> entries = new ArrayList<>();
    entries.add(ApplicationConstants.Environment.PWD.$$() + "/am.jar");
    for (String c : conf.getStrings(YarnConfiguration.YARN_APPLICATION_CLASSPATH,
        YarnConfiguration.DEFAULT_YARN_CROSS_PLATFORM_APPLICATION_CLASSPATH)) {
      entries.add(c.trim());
    }
    return String.join(ApplicationConstants.CLASS_PATH_SEPARATOR, entries);
  }
}
