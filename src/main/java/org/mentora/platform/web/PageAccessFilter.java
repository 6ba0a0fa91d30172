package org.mentora.platform.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.mentora.platform.security.Role;

/**
 * Role checks for pages. The container's constraints in web.xml only demand a login; this filter
 * then answers 404 for a page of another role, where a container constraint would answer 403 and so
 * confirm that the page exists. Services check roles and ownership again on every call.
 */
@WebFilter(
    filterName = "pageAccess",
    urlPatterns = "*.xhtml",
    dispatcherTypes = DispatcherType.REQUEST)
public class PageAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject @Any Instance<PageAccessContribution> contributions;

  private volatile PageAccessPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    PageAccessPolicy current = policy();
    if (current.decide(path, roles(request)) == PageAccessPolicy.Decision.ALLOW) {
      if (current.rule(path).map(PageRule::stateless).orElse(false)) {
        request.setAttribute(StatelessViews.STATELESS, Boolean.TRUE);
        if ("POST".equals(request.getMethod())) {
          chain.doFilter(StatelessViews.freshNonce(request), response);
          return;
        }
      }
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private PageAccessPolicy policy() {
    PageAccessPolicy current = policy;
    if (current == null) {
      current =
          new PageAccessPolicy(contributions.stream().flatMap(c -> c.rules().stream()).toList());
      policy = current;
    }
    return current;
  }

  private static Set<Role> roles(HttpServletRequest request) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.getUserPrincipal() != null) {
      for (Role role : Role.values()) {
        if (request.isUserInRole(role.name())) {
          roles.add(role);
        }
      }
    }
    return roles;
  }
}
