package org.mentora.platform.web;

import java.util.List;

/**
 * Implemented by each capability ({@code @ApplicationScoped}) to say who may open its pages. A page
 * no rule mentions is not found for everyone: forgetting a rule hides a page, it never exposes one.
 */
public interface PageAccessContribution {

  List<PageRule> rules();
}
