package org.mentora.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.MenuContribution;
import org.mentora.platform.web.MenuEntry;

/** The course pages in the main menu, per role. */
@ApplicationScoped
public class CourseMenu implements MenuContribution {

  private static final String GROUP = "menu.group.course";

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            GROUP,
            10,
            "menu.course.editions",
            "/course/editions.xhtml",
            "pi pi-calendar",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            GROUP,
            20,
            "menu.course.programmes",
            "/course/programmes.xhtml",
            "pi pi-book",
            Set.of(Role.ADMIN)),
        new MenuEntry(
            GROUP,
            30,
            "menu.course.myCourse",
            "/course/my-course.xhtml",
            "pi pi-book",
            Set.of(Role.PARTICIPANT)),
        new MenuEntry(
            GROUP,
            40,
            "menu.course.myParticipants",
            "/course/my-participants.xhtml",
            "pi pi-users",
            EnumSet.of(Role.MENTOR, Role.TUTOR, Role.TRAINER)),
        new MenuEntry(
            GROUP,
            90,
            "menu.course.apply",
            "/course/apply.xhtml",
            "pi pi-send",
            // candidates are librarians: trainees (of the MOOC or earlier editions) and mentors;
            // administrators record applications on the edition's Admission tab instead
            EnumSet.of(Role.PARTICIPANT, Role.MENTOR)));
  }
}
