package org.sepyarn.client.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.cli.CommandLine;
import org.apache.hadoop.security.UserGroupInformation;
import org.sepyarn.client.cli.CommandIdentity;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * The user as Hadoop knows them ({@link UserGroupInformation#getCurrentUser()}): a Kerberos login
 * (a ticket from {@code kinit}, or a keytab: {@link KeytabLogin}), or delegation tokens handed over by a workflow
 * engine ({@code HADOOP_TOKEN_FILE_LOCATION}). On a cluster without Kerberos it checks nothing.
 * Commands run inside the user's {@code doAs}, so that SPNEGO to the ResourceManager's web proxy
 * finds the same ticket as RPC does.
 */
public final class KerberosIdentity implements CommandIdentity {
  /** Words of Hadoop's and the JDK's refusals of a caller without Kerberos credentials. */
  private static final String[] REFUSALS = {
      "client cannot authenticate via", "failed to find any kerberos tgt", "no valid credentials provided",
      "gssexception", "authentication required"};

  @Override
  public void check(CommandLine line) throws InvalidInputException {
    if (!UserGroupInformation.isSecurityEnabled() || line.hasOption(KeytabLogin.KEYTAB_OPTION)) {
      return;
    }
    UserGroupInformation user;
    try {
      user = UserGroupInformation.getCurrentUser();
    } catch (IOException e) {
      throw new InvalidInputException(advice("the Kerberos login failed (" + e.getMessage() + ")"), e);
    }
    if (!hasCredentials(user)) {
      throw new InvalidInputException(advice("no Kerberos credentials for " + user.getUserName()));
    }
  }

  static boolean hasCredentials(UserGroupInformation user) {
    return user.hasKerberosCredentials() || !user.getCredentials().getAllTokens().isEmpty();
  }

  private static String advice(String what) {
    return what + ": run kinit (or kinit -kt KEYTAB PRINCIPAL) and try again. This cluster requires Kerberos"
        + " (hadoop.security.authentication=kerberos); klist shows the ticket you have.";
  }

  @Override
  public int runAs(Callable<Integer> command) throws Exception {
    if (!UserGroupInformation.isSecurityEnabled()) {
      return command.call();
    }
    return AsUser.call(UserGroupInformation.getCurrentUser(), command);
  }

  @Override
  public Optional<String> explain(Throwable failure) {
    return UserGroupInformation.isSecurityEnabled() ? refusal(failure) : Optional.empty();
  }

  /** The advice for {@code failure} when it, or one of its causes, is a refusal of the caller's Kerberos identity. */
  static Optional<String> refusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      String type = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
      for (String refusal : REFUSALS) {
        if (message.contains(refusal) || type.equals(refusal)) {
          return Optional.of(advice("no Kerberos credentials the cluster accepts (it said: " + t.getMessage() + ")"));
        }
      }
    }
    return Optional.empty();
  }
}
