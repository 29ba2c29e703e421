package org.sepyarn.client.logs;

/** A place a container's log files can be read from. */
public interface ContainerLogSource {
  /** A few words on where it reads, for messages: {@code the NodeManager on host:port}. */
  String describe(AttemptLocation attempt);

  /**
   * The bytes of log file {@code fileName} of {@code attempt}'s container.
   *
   * @param owner the user the application runs as, who owns its logs
   * @throws LogUnavailableException saying why the file cannot be read from here
   */
  byte[] read(String applicationId, String owner, AttemptLocation attempt, String fileName)
      throws LogUnavailableException;
}
