package org.sepyarn.am.web;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.hadoop.security.authorize.AccessControlList;

/**
 * The application's view ACL on the tracking page, as MapReduce's ApplicationMaster applies its
 * job's: the ResourceManager's proxy checks no ACL itself but names the user it authenticated (a
 * {@code proxy-user} cookie, which the {@code AmIpFilter} before this one turns into
 * {@link HttpServletRequest#getRemoteUser()}); that user sees the page only if it is the owner,
 * one of the cluster's administrators ({@code yarn.admin.acl}) or allowed by the job's view ACL,
 * and gets 403 otherwise. Installed only when the cluster sets {@code yarn.acl.enable}. A request
 * that names no user passes, as in MapReduce: the proxy then authenticated nobody.
 */
public final class ViewAclFilter implements Filter {
  static final String OWNER = "owner";
  static final String VIEW_ACL = "view-acl";
  static final String ADMIN_ACL = "admin-acl";

  private String owner;
  private AccessControlList view;
  private AccessControlList admins;

  @Override
  public void init(FilterConfig config) throws ServletException {
    owner = config.getInitParameter(OWNER);
    if (owner == null || owner.isEmpty()) {
      throw new ServletException("the tracking server's view ACL has no owner");
    }
    view = new AccessControlList(orNobody(config.getInitParameter(VIEW_ACL)));
    admins = new AccessControlList(orNobody(config.getInitParameter(ADMIN_ACL)));
  }

  private static String orNobody(String acl) {
    return acl == null || acl.isEmpty() ? " " : acl;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String user = ((HttpServletRequest) req).getRemoteUser();
    if (user == null || mayView(user)) {
      chain.doFilter(req, resp);
      return;
    }
    ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_FORBIDDEN, "user " + user
        + " may not view this job: only its owner " + owner + ", the cluster's administrators and its acls.view may");
  }

  boolean mayView(String user) {
    if (user.equals(owner)) {
      return true;
    }
    UserGroupInformation caller = UserGroupInformation.createRemoteUser(user);
    return admins.isUserAllowed(caller) || view.isUserAllowed(caller);
  }

  @Override
  public void destroy() {
  }
}
