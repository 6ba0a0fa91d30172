package org.mentora.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;
import org.omnifaces.resourcehandler.DefaultResourceHandler;
import org.omnifaces.resourcehandler.RemappedResource;

/**
 * Every Faces resource address carries its content's version as {@code v=}: PrimeFaces' own files
 * ({@code ln=primefaces}) keep PrimeFaces' release, which names their content; everything else, the
 * theme included (PrimeFaces would give it its own release, though the theme is ours), gets {@link
 * ResourceVersion}. Like OmniFaces' {@code VersionedResourceHandler}, which cannot tell the two
 * apart.
 */
public class VersionedResources extends DefaultResourceHandler {

  static final String PRIMEFACES = "primefaces";

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource decorateResource(Resource resource) {
    if (resource == null
        || resource.getResourceName() == null
        || resource.getResourceName().endsWith(".xhtml")) {
      return resource;
    }
    String path = resource.getRequestPath();
    if (path == null || !path.contains(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
      return resource;
    }
    boolean versioned = path.contains("?v=") || path.contains("&v=");
    if (PRIMEFACES.equals(resource.getLibraryName()) && versioned) {
      return resource;
    }
    String version =
        ResourceVersion.of(
            (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext());
    String unversioned = versioned ? path.replaceAll("([?&])v=[^&]*&?", "$1") : path;
    if (unversioned.endsWith("&") || unversioned.endsWith("?")) {
      unversioned = unversioned.substring(0, unversioned.length() - 1);
    }
    return new RemappedResource(
        resource, unversioned + (unversioned.contains("?") ? "&" : "?") + "v=" + version);
  }
}
