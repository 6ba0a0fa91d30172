package org.mentora.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the application knows; authentication itself is {@link FormAuthentication}. */
@DeclareRoles({
  Role.ADMIN_NAME,
  Role.TRAINER_NAME,
  Role.TUTOR_NAME,
  Role.MENTOR_NAME,
  Role.PARTICIPANT_NAME
})
@ApplicationScoped
public class SecurityConfig {}
