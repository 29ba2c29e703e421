package org.sepyarn.client.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KerberosIdentityTest {
  @Test
  void hadoopsRefusalOfACallerWithoutKerberosCredentialsIsExplainedWhereverItIsInTheChain() {
    IOException rpc = new IOException("DestHost:destPort nn:8020 , LocalHost:localPort client/1.2.3.4:0",
        new IOException("org.apache.hadoop.security.AccessControlException: Client cannot authenticate"
            + " via:[TOKEN, KERBEROS]"));
    String advice = KerberosIdentity.refusal(rpc).orElseThrow();
    assertTrue(advice.startsWith("no Kerberos credentials the cluster accepts"), advice);
    assertTrue(advice.contains("run kinit"), advice);
    assertTrue(KerberosIdentity.refusal(new IOException("GSS initiate failed",
        new IOException("Failed to find any Kerberos tgt"))).isPresent());
  }

  @Test
  void otherFailuresAreNotTakenForARefusal() {
    assertEquals(Optional.empty(), KerberosIdentity.refusal(new IOException("Connection refused",
        new java.net.ConnectException("Connection refused"))));
  }
}
