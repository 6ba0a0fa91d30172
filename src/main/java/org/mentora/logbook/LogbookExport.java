package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mentora.course.CourseModule;
import org.mentora.course.Edition;
import org.mentora.course.Enrolment;
import org.mentora.directory.Person;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.files.CsvWriter;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.security.Role;

/**
 * The logbook as files: a participant's own entries as CSV, XLSX and PDF for the participant and
 * the staff who may see them, and every entry of an edition as CSV and XLSX for the administrator.
 * Authorization is checked here, so a servlet or any later endpoint is equally safe: whom one may
 * see is decided by {@code CourseAccess}; one not seen is not found.
 */
@Stateless
public class LogbookExport {

  /** A file ready to send. */
  public record Download(String fileName, String contentType, byte[] content) {}

  public static final String CSV = "text/csv; charset=UTF-8";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  @PersistenceContext EntityManager em;
  @Inject org.mentora.course.CourseAccess access;
  @Inject ProgressService progress;

  // ---- one participant

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Download participantCsv(long enrolmentId, Locale locale) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Function<String, String> text = texts(locale);
    byte[] bytes =
        csv(
            ExportLayout.headings(ExportLayout.OWN_COLUMNS, text),
            participantLines(enrolment, locale).map(line -> ExportLayout.own(line, text)),
            locale);
    return new Download(fileName(enrolment, "csv"), CSV, bytes);
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Download participantXlsx(long enrolmentId, Locale locale) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Function<String, String> text = texts(locale);
    byte[] bytes =
        xlsx(
            ExportLayout.OWN_COLUMNS,
            text,
            participantLines(enrolment, locale).map(line -> ExportLayout.own(line, text)));
    return new Download(fileName(enrolment, "xlsx"), XLSX, bytes);
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Download participantPdf(long enrolmentId, Locale locale) {
    Enrolment enrolment = access.visibleEnrolment(enrolmentId);
    Edition edition = enrolment.getEdition();
    LogbookPdf.Header header =
        new LogbookPdf.Header(
            enrolment.getPerson().getFullName(),
            edition.getCode() + " · " + edition.getTitle(),
            progress.progress(enrolmentId));
    byte[] bytes = LogbookPdf.render(header, participantLines(enrolment, locale).toList(), locale);
    return new Download(fileName(enrolment, "pdf"), PDF, bytes);
  }

  private Stream<ExportLayout.Line> participantLines(Enrolment enrolment, Locale locale) {
    return em.createQuery(
            "select e from LogEntry e left join fetch e.module left join fetch e.reviewer"
                + " where e.enrolment = :en order by e.date, e.id",
            LogEntry.class)
        .setParameter("en", enrolment)
        .getResultStream()
        .map(e -> line(e, enrolment.getPerson(), locale));
  }

  private static String fileName(Enrolment enrolment, String extension) {
    return ExportLayout.fileName(
        enrolment.getEdition().getCode() + "-" + enrolment.getPerson().getFamilyName(), extension);
  }

  // ---- an edition

  @RolesAllowed(Role.ADMIN_NAME)
  public Download editionCsv(long editionId, Locale locale) {
    Edition edition = edition(editionId);
    Function<String, String> text = texts(locale);
    byte[] bytes =
        csv(
            ExportLayout.headings(ExportLayout.EDITION_COLUMNS, text),
            editionLines(edition, locale).map(line -> ExportLayout.edition(line, text)),
            locale);
    return new Download(ExportLayout.fileName(edition.getCode() + "-hours", "csv"), CSV, bytes);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Download editionXlsx(long editionId, Locale locale) {
    Edition edition = edition(editionId);
    Function<String, String> text = texts(locale);
    byte[] bytes =
        xlsx(
            ExportLayout.EDITION_COLUMNS,
            text,
            editionLines(edition, locale).map(line -> ExportLayout.edition(line, text)));
    return new Download(ExportLayout.fileName(edition.getCode() + "-hours", "xlsx"), XLSX, bytes);
  }

  private Edition edition(long editionId) {
    Edition edition = em.find(Edition.class, editionId);
    if (edition == null) {
      throw new NotFoundException();
    }
    return edition;
  }

  /**
   * Every entry of the edition in one query: enrolment, person, module and reviewer are fetched
   * with it, so a large edition costs one round trip, not one per row.
   */
  private Stream<ExportLayout.Line> editionLines(Edition edition, Locale locale) {
    return em.createQuery(
            "select e from LogEntry e join fetch e.enrolment en join fetch en.person p"
                + " left join fetch e.module left join fetch e.reviewer"
                + " where en.edition = :edition"
                + " order by p.familyName, p.givenName, en.id, e.date, e.id",
            LogEntry.class)
        .setParameter("edition", edition)
        .getResultStream()
        .map(e -> line(e, e.getEnrolment().getPerson(), locale));
  }

  private static ExportLayout.Line line(LogEntry e, Person person, Locale locale) {
    CourseModule module = e.getModule();
    return new ExportLayout.Line(
        person.getFullName(),
        person.getEmail(),
        e.getDate(),
        e.getMode().name(Bundles.supported(locale)),
        module == null ? null : module.getCode(),
        module == null ? null : module.getTitle(),
        e.getMinutes(),
        e.getDescription(),
        e.getStatus(),
        e.getReviewer() == null ? null : e.getReviewer().getFullName(),
        e.getLastComment());
  }

  // ---- writing

  private static Function<String, String> texts(Locale locale) {
    Locale supported = Bundles.supported(locale);
    return key -> Bundles.format(supported, key);
  }

  /** Through the one CSV writer, which keeps participants' text from running as formulas. */
  private static byte[] csv(List<String> headings, Stream<List<String>> rows, Locale reader) {
    return CsvWriter.write(headings, rows, Bundles.supported(reader));
  }

  /**
   * A streaming workbook (rows flushed to disk past a window), so an edition's many rows do not sit
   * in memory as cell objects. Minutes and hours are written as numbers, to be summed; text is
   * written as typed string cells, which spreadsheets never run as formulas (only {@code
   * setCellFormula} makes a formula), so it needs no apostrophe here.
   */
  private static byte[] xlsx(
      List<String> keys, Function<String, String> text, Stream<List<String>> rows) {
    List<String> headings = ExportLayout.headings(keys, text);
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (rows) {
      Sheet sheet = workbook.createSheet();
      Row head = sheet.createRow(0);
      for (int i = 0; i < headings.size(); i++) {
        head.createCell(i).setCellValue(headings.get(i));
      }
      int index = 1;
      for (List<String> cells : (Iterable<List<String>>) rows::iterator) {
        Row row = sheet.createRow(index++);
        for (int i = 0; i < cells.size(); i++) {
          String value = cells.get(i);
          if (ExportLayout.isNumber(keys.get(i)) && !value.isEmpty()) {
            row.createCell(i).setCellValue(Double.parseDouble(value));
          } else {
            row.createCell(i).setCellValue(value);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }
}
