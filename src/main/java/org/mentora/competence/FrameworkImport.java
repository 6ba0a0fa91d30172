package org.mentora.competence;

import java.io.Serializable;

/**
 * What the administrator submits to import a framework: the framework's code (an existing code
 * makes a new version), name, version label, URI and description, the competences file and,
 * optionally for a new version, the levels file.
 */
public record FrameworkImport(
    String code,
    String name,
    String versionLabel,
    String uri,
    String description,
    byte[] competences,
    byte[] levels)
    implements Serializable {}
