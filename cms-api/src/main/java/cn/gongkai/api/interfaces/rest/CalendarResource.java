package cn.gongkai.api.interfaces.rest;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.HolidayCalendar;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.user.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The working-day calendar deadlines are counted in. An administrator adds next year's State
 * Council notice here when it is published — no release needed; every open deadline moves with it.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

  @Inject HolidayCalendar calendar;
  @Context SecurityContext security;

  /** The years the calendar knows, each with the notice it comes from. */
  public record CalendarView(List<YearView> years) {}

  /** One covered year. */
  public record YearView(int year, String notice) {}

  /** Whether a day is a working day, and what the deadline n working days after it is. */
  public record DayView(
      LocalDate date, boolean workingDay, LocalDate plusWorkingDays, int workingDays) {}

  @GET
  public CalendarView years() {
    WorkingDayCalendar c = calendar.current();
    return new CalendarView(
        c.coveredYears().stream()
            .sorted()
            .map(y -> new YearView(y, c.notice(y).orElse(null)))
            .toList());
  }

  @GET
  @Path("days/{date}")
  public DayView day(@PathParam("date") String date, @QueryParam("plus") Integer plus) {
    LocalDate d;
    try {
      d = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidInput("date", "Write the date as YYYY-MM-DD.");
    }
    int n = plus == null ? 20 : plus;
    WorkingDayCalendar c = calendar.current();
    return new DayView(d, c.isWorkingDay(d), c.addWorkingDays(d, n), n);
  }

  /**
   * Adds (or replaces) an arrangement file, in the bundled file's format: {@code year 2027
   * <notice>} then lines like {@code 2027-01-01 off 元旦} and {@code 2027-02-07 work 春节调休}.
   */
  @PUT
  @Path("arrangements/{name}")
  @Consumes(MediaType.TEXT_PLAIN)
  public CalendarView add(@PathParam("name") String name, String text) {
    if (!actor(security).has(Role.ADMIN)) {
      throw new PermissionDenied("Only an administrator can change the holiday calendar.");
    }
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInput(
          "name", "Name the file with lower-case letters, digits and hyphens, e.g. cn-2027.");
    }
    if (text == null || text.isBlank()) {
      throw new InvalidInput("body", "Send the arrangements as text/plain.");
    }
    try {
      calendar.addArrangements(name, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("body", e.getMessage());
    }
    return years();
  }
}
