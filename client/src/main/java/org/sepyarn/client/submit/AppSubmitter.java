package org.sepyarn.client.submit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.am.history.HistorySettings;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationSubmissionContext;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.client.api.YarnClientApplication;
import org.apache.hadoop.yarn.client.util.YarnClientUtils;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.sepyarn.am.launch.LaunchSupport;
import org.sepyarn.am.launch.ShellQuoting;
import org.sepyarn.client.security.KeytabLogin;
import org.sepyarn.client.security.StagedKeytab;
import org.sepyarn.client.security.TokenLifetime;
import org.sepyarn.runner.spec.JobSecret;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Submits a job's ApplicationMaster to YARN: application type and tag {@code sepyarn}, the job's
 * queue, name and priority, several AM attempts that keep their containers, the job's secret
 * (shared by its runners and every AM attempt), and the delegation tokens of every file system the
 * job touches when security is on; the job's application ACLs ({@link ApplicationAcls}) and node label.
 */
public final class AppSubmitter {
  public static final String APPLICATION_TYPE = "sepyarn";
  public static final String AM_CLASS = "org.sepyarn.am.ApplicationMasterMain";
  /** Failed AM attempts older than this do not count towards {@code maxAppAttempts}. */
  static final long ATTEMPT_FAILURES_VALIDITY_MS = 30 * 60 * 1000L;

  private final Configuration conf;
  private final YarnClient yarn;
  private String tokenNote;

  public AppSubmitter(Configuration conf, YarnClient yarn) {
    this.conf = conf;
    this.yarn = yarn;
  }

  /** Creates an application id; staging uses it before {@link #submit}. */
  public YarnClientApplication createApplication() throws IOException, YarnException {
    return yarn.createApplication();
  }

  /**
   * Submits the staged job.
   *
   * @param dataPaths every dataset the job reads or writes, for delegation tokens
   */
  public ApplicationId submit(YarnClientApplication app, WorkLayout work, SubmissionRequest request,
      Collection<Path> dataPaths) throws IOException, YarnException {
    Credentials credentials = new Credentials();
    JobSecret.create(credentials);
    String principal = conf.getTrimmed(KeytabLogin.PRINCIPAL_KEY);
    if (UserGroupInformation.isSecurityEnabled()) {
      Credentials tokens = delegationTokens(work.root(), dataPaths);
      credentials.addAll(tokens);
      tokenNote = principal != null
          ? "the ApplicationMaster renews the job's delegation tokens from the keytab of " + principal
          : TokenLifetime.note(tokens, System.currentTimeMillis()).orElse(null);
    }
    FileSystem fs = work.root().getFileSystem(conf);
    Map<String, LocalResource> resources = new HashMap<>();
    resources.put(WorkLayout.JAR, LaunchSupport.localResource(fs, work.jar(), LocalResourceType.FILE));
    resources.put(WorkLayout.JOB, LaunchSupport.localResource(fs, work.job(), LocalResourceType.FILE));
    if (principal != null) {
      resources.put(WorkLayout.KEYTAB, StagedKeytab.stage(fs, new java.io.File(conf.get(KeytabLogin.KEYTAB_KEY)),
          work.keytab()));
    }

    int heapMb = Math.max(64, request.amMemoryMb() * 3 / 4);
    List<String> command = new ArrayList<>(List.of(LaunchSupport.javaCommand(), "-Xmx" + heapMb + "m"));
    AmJvmOptions.of(conf).forEach(option -> command.add(ShellQuoting.quote(option)));
    command.addAll(LaunchSupport.containerLogOptions());
    command.addAll(List.of(
        AM_CLASS,
        "--work", ShellQuoting.quote(work.root().toString())));
    HistorySettings history = HistorySettings.of(conf, fs);
    command.addAll(List.of("--history", ShellQuoting.quote(history.folder().toString()), "--history-max-jobs",
        Integer.toString(history.maxJobs()), "--history-max-age-ms", Long.toString(history.maxAgeMillis())));
    if (request.keepWork()) {
      command.add("--keep-work");
    }
    if (request.resumeFrom() != null) {
      command.addAll(List.of("--resume-from", ShellQuoting.quote(request.resumeFrom())));
    }
    if (!request.rerun().isEmpty()) {
      command.addAll(List.of("--rerun", request.rerun().stream().map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(","))));
    }
    if (principal != null) {
      command.addAll(List.of("--principal", ShellQuoting.quote(principal), "--keytab", WorkLayout.KEYTAB));
    }
    command.addAll(List.of(
        "1>" + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/am.stdout",
        "2>" + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/am.stderr"));

    Map<String, String> environment = LaunchSupport.javaEnvironment(conf);
    // The ResourceManager's proxy checks no ACL: the AM's tracking page applies the view ACL itself.
    environment.put(LaunchSupport.VIEW_ACL_ENV, ApplicationAcls.of(request.acls())
        .get(org.apache.hadoop.yarn.api.records.ApplicationAccessType.VIEW_APP));
    ContainerLaunchContext am = ContainerLaunchContext.newInstance(resources, environment,
        List.of(String.join(" ", command)), null, null, null);
    am.setTokens(LaunchSupport.serialize(credentials));
    am.setApplicationACLs(ApplicationAcls.of(request.acls()));

    ApplicationSubmissionContext context = app.getApplicationSubmissionContext();
    context.setApplicationName(request.name());
    context.setQueue(request.queue());
    context.setPriority(Priority.newInstance(request.priority()));
    context.setApplicationType(APPLICATION_TYPE);
    Set<String> tags = new LinkedHashSet<>();
    tags.add(APPLICATION_TYPE);
    tags.addAll(request.tags());
    context.setApplicationTags(tags);
    context.setResource(Resource.newInstance(request.amMemoryMb(), 1));
    if (request.nodeLabel() != null) {
      // The ApplicationMaster's container too; the AM puts the label on every task's request.
      context.setNodeLabelExpression(request.nodeLabel());
    }
    context.setAMContainerSpec(am);
    context.setMaxAppAttempts(request.maxAppAttempts());
    context.setAttemptFailuresValidityInterval(ATTEMPT_FAILURES_VALIDITY_MS);
    context.setKeepContainersAcrossApplicationAttempts(true);
    yarn.submitApplication(context);
    return context.getApplicationId();
  }

  /**
   * After {@link #submit} on a secured cluster: how long the job's delegation tokens live, or that
   * the ApplicationMaster renews them from a keytab; null when there is nothing to say.
   */
  public String tokenNote() {
    return tokenNote;
  }

  private Credentials delegationTokens(Path work, Collection<Path> dataPaths) throws IOException {
    Credentials credentials = new Credentials();
    String fileTokenLocation = System.getenv(UserGroupInformation.HADOOP_TOKEN_FILE_LOCATION);
    if (fileTokenLocation != null) {
      credentials.addAll(Credentials.readTokenStorageFile(new java.io.File(fileTokenLocation), conf));
    }
    String renewer = YarnClientUtils.getRmPrincipal(conf);
    Set<FileSystem> seen = new LinkedHashSet<>();
    seen.add(work.getFileSystem(conf));
    for (Path p : dataPaths) {
      seen.add(p.getFileSystem(conf));
    }
    for (FileSystem fs : seen) {
      fs.addDelegationTokens(renewer, credentials);
    }
    return credentials;
  }
}
