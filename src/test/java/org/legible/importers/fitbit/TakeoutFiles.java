package org.legible.importers.fitbit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Fitbit exports shaped like Google Takeout's for tests: {@code Takeout/Fitbit/Global Export Data/} with
 * {@code sleep-*.json} (the fields Fitbit writes, including the 30-second {@code levels.data} Legible skips) and
 * {@code steps-*.json} (one object per minute, times as {@code MM/dd/yy HH:mm:ss}, counts as strings).
 */
public final class TakeoutFiles {

    public static final String FOLDER = "Takeout/Fitbit/Global Export Data/";
    private static final DateTimeFormatter STEP_TIME = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss", Locale.ROOT);

    private final Map<String, String> files = new LinkedHashMap<>();

    public TakeoutFiles file(String path, String content) {
        files.put(path, content);
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sleep log with stages, as Fitbit writes it (times local, no offset). */
    public static String stagesLog(
            long logId, String start, String end, int asleep, int inBed, int light, int deep, int rem) {
        return """
                {
                  "logId" : %d,
                  "dateOfSleep" : "%s",
                  "startTime" : "%s",
                  "endTime" : "%s",
                  "duration" : %d,
                  "minutesToFallAsleep" : 0,
                  "minutesAsleep" : %d,
                  "minutesAwake" : %d,
                  "minutesAfterWakeup" : 0,
                  "timeInBed" : %d,
                  "efficiency" : 93,
                  "type" : "stages",
                  "infoCode" : 0,
                  "levels" : {
                    "summary" : {
                      "deep" : { "count" : 3, "minutes" : %d, "thirtyDayAvgMinutes" : 70 },
                      "wake" : { "count" : 20, "minutes" : %d, "thirtyDayAvgMinutes" : 50 },
                      "light" : { "count" : 25, "minutes" : %d, "thirtyDayAvgMinutes" : 230 },
                      "rem" : { "count" : 6, "minutes" : %d, "thirtyDayAvgMinutes" : 90 }
                    },
                    "data" : [ { "dateTime" : "%s", "level" : "wake", "seconds" : 60 } ],
                    "shortData" : [ { "dateTime" : "%s", "level" : "wake", "seconds" : 30 } ]
                  },
                  "mainSleep" : true
                }""".formatted(
                        logId,
                        end.substring(0, 10),
                        start,
                        end,
                        inBed * 60_000L,
                        asleep,
                        inBed - asleep,
                        inBed,
                        deep,
                        inBed - asleep,
                        light,
                        rem,
                        start,
                        start);
    }

    /** A "classic" log (older devices, or a short nap): no stages. */
    public static String classicLog(long logId, String start, String end, int asleep, int inBed, boolean main) {
        return """
                {
                  "logId" : %d, "dateOfSleep" : "%s", "startTime" : "%s", "endTime" : "%s",
                  "minutesAsleep" : %d, "timeInBed" : %d, "type" : "classic",
                  "levels" : { "summary" : { "asleep" : { "count" : 0, "minutes" : %d },
                                             "restless" : { "count" : 1, "minutes" : 2 } },
                               "data" : [ ] },
                  "mainSleep" : %s
                }""".formatted(logId, end.substring(0, 10), start, end, asleep, inBed, asleep, main);
    }

    public static String array(String... objects) {
        return "[" + String.join(",\n", objects) + "]";
    }

    /** One minute of steps. */
    public static String minute(LocalDateTime written, int steps) {
        return "{\n  \"dateTime\" : \"" + STEP_TIME.format(written) + "\",\n  \"value\" : \"" + steps + "\"\n}";
    }

    /** {@code steps} in each minute from {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<String> minutes(LocalDateTime from, LocalDateTime to, int steps) {
        List<String> minutes = new ArrayList<>();
        for (LocalDateTime t = from; t.isBefore(to); t = t.plusMinutes(1)) {
            minutes.add(minute(t, steps));
        }
        return minutes;
    }

    public static String array(List<String> objects) {
        return array(objects.toArray(String[]::new));
    }
}
