package org.sepyarn.client.security;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.security.UserGroupInformation;
import org.sepyarn.client.cli.InvalidInputException;

/**
 * {@code --principal P --keytab K} (the names Spark uses): the user's Kerberos principal and a
 * keytab that logs it in. The command logs in from it (no {@code kinit} needed), and the keytab
 * goes, in the job's private work folder, to the ApplicationMaster only, which obtains fresh
 * delegation tokens from it before the old ones expire, so a job may run longer than a token
 * lives.
 *
 * @param principal the Kerberos principal, e.g. {@code alice@EXAMPLE.COM}
 * @param keytab the keytab file on this machine
 */
public record KeytabLogin(String principal, File keytab) {
  /** The option naming the keytab; a command line with it needs no ticket. */
  public static final String KEYTAB_OPTION = "keytab";
  static final String PRINCIPAL_OPTION = "principal";
  /** Where the submission finds the principal ({@link #setIn}). */
  public static final String PRINCIPAL_KEY = "sepyarn.kerberos.principal";
  /** Where the submission finds the keytab's local path ({@link #setIn}). */
  public static final String KEYTAB_KEY = "sepyarn.kerberos.keytab";

  /** Adds {@code --principal} and {@code --keytab} to a command's options. */
  public static void addOptions(Options options) {
    options.addOption(Option.builder().longOpt(PRINCIPAL_OPTION).hasArg().argName("PRINCIPAL")
        .desc("Kerberos principal to run the job as, with --keytab; for jobs that run longer than the cluster's"
            + " delegation tokens live").build());
    options.addOption(Option.builder().longOpt(KEYTAB_OPTION).hasArg().argName("FILE")
        .desc("keytab of --principal: the command logs in from it and the ApplicationMaster (alone) gets it, to"
            + " renew the job's delegation tokens").build());
  }

  /**
   * The login the command line asks for, if any.
   *
   * @throws InvalidInputException when only one of the two options is given, or the keytab is not a
   *     readable file
   */
  public static Optional<KeytabLogin> from(CommandLine line) throws InvalidInputException {
    String principal = line.getOptionValue(PRINCIPAL_OPTION);
    String keytab = line.getOptionValue(KEYTAB_OPTION);
    if (principal == null && keytab == null) {
      return Optional.empty();
    }
    if (principal == null || principal.isBlank() || keytab == null || keytab.isBlank()) {
      throw new InvalidInputException("--principal and --keytab go together: give both (e.g. --principal"
          + " alice@EXAMPLE.COM --keytab ~/alice.keytab), or neither to use the ticket from kinit");
    }
    File file = new File(keytab);
    if (!file.isFile() || !file.canRead()) {
      throw new InvalidInputException("--keytab " + keytab + ": " + (file.exists() ? "cannot be read" : "no such file")
          + "; give the keytab of " + principal + " (ktutil or your Kerberos administrator makes one)");
    }
    return Optional.of(new KeytabLogin(principal.strip(), file.getAbsoluteFile()));
  }

  /** Logs in from the keytab; the command then runs as the user this returns. */
  public UserGroupInformation login() throws InvalidInputException {
    if (!UserGroupInformation.isSecurityEnabled()) {
      throw new InvalidInputException("--principal and --keytab are for clusters with Kerberos, and this one has"
          + " none (hadoop.security.authentication is not kerberos); leave them out");
    }
    try {
      return UserGroupInformation.loginUserFromKeytabAndReturnUGI(principal, keytab.getPath());
    } catch (IOException e) {
      throw new InvalidInputException("cannot log in as " + principal + " from the keytab " + keytab + ": "
          + e.getMessage() + " (klist -kt " + keytab + " lists the principals it holds)", e);
    }
  }

  /**
   * Logs in from the keytab, tells the submission to stage it ({@link #setIn}) and runs
   * {@code command} as the user logged in.
   */
  public int submitAs(Configuration conf, java.util.concurrent.Callable<Integer> command) throws Exception {
    UserGroupInformation user = login();
    setIn(conf);
    return AsUser.call(user, command);
  }

  /** Tells the submission to stage the keytab for the ApplicationMaster. */
  public void setIn(Configuration conf) {
    conf.set(PRINCIPAL_KEY, principal);
    conf.set(KEYTAB_KEY, keytab.getPath());
  }
}
