package org.sepyarn.client.submit;

import java.util.Map;
import org.apache.hadoop.yarn.api.records.ApplicationAccessType;
import org.sepyarn.formats.job.Acls;

/**
 * A job's {@code acls} as YARN's application ACLs, set on the ApplicationMaster's launch context
 * at submission. YARN always lets the owner and its administrators ({@code yarn.admin.acl}) in, so
 * an empty list means nobody else: {@code VIEW_APP} guards the application's report (its tracking
 * URL, through which alone the tracking page and its JSON are reached, and its diagnostics), its
 * attempts and its containers' logs; {@code MODIFY_APP} guards killing it and changing its priority
 * or queue. They apply when the cluster sets {@code yarn.acl.enable=true}.
 */
public final class ApplicationAcls {
  private ApplicationAcls() {
  }

  public static Map<ApplicationAccessType, String> of(Acls acls) {
    return Map.of(ApplicationAccessType.VIEW_APP, Acls.yarnAcl(acls.view()),
        ApplicationAccessType.MODIFY_APP, Acls.yarnAcl(acls.modify()));
  }
}
