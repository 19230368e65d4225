package org.legible.importers.fitbit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.legible.importers.files.SafeZip;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams a Fitbit export from Google Takeout: the Takeout zip (any folder layout; the files used are the
 * {@code sleep-}, {@code steps-}, {@code very_active_minutes-} and {@code moderately_active_minutes-YYYY-MM-DD.json}
 * of Fitbit's "Global Export Data") or one of those files on its own. Each file is a JSON array read one object at a time, never whole. The zip is untrusted and read
 * through {@link SafeZip}; the JSON parser is held to small limits (nesting, string and name lengths), so a hostile
 * file is refused rather than followed. An object that is not a usable sleep log or step minute (a field missing, a
 * date that does not exist, a count no one could walk in a minute) is counted and left out; a file that is not JSON
 * at all, or not an array, stops the import with the file and line where it broke.
 */
public final class FitbitTakeoutReader {

    private static final Pattern FILE = Pattern.compile(
            "(?:^|/)(sleep|steps|very_active_minutes|moderately_active_minutes)-[^/]*\\.json$",
            Pattern.CASE_INSENSITIVE);

    /** No one takes more steps than this in a minute; a larger count is a broken record. */
    static final int MAX_STEPS_A_MINUTE = 1_000;

    private final ZipLimits limits;
    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(10_000)
                    .maxNameLength(1_000)
                    .maxNumberLength(40)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    public FitbitTakeoutReader() {
        this(ZipLimits.DEFAULT);
    }

    public FitbitTakeoutReader(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a Takeout zip (told by its first bytes) or a single sleep or steps file (told by the name it was uploaded
     * with, since a steps file and a calories file look alike inside) into {@code into}.
     */
    public void read(InputStream file, String fileName, FitbitExport into) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
        if (SafeZip.isZip(in)) {
            boolean[] found = {false};
            new SafeZip(limits).read(in, (name, content) -> {
                Kind kind = Kind.of(name);
                if (kind != null) {
                    found[0] = true;
                    readJson(content, kind, lastPart(name), into);
                }
                return false;
            });
            if (!found[0]) {
                throw new UnreadableExport("fitbit.zip.none", 0);
            }
            return;
        }
        Kind kind = Kind.of(fileName == null ? "" : fileName.replace('\\', '/'));
        if (kind == null) {
            throw new UnreadableExport("fitbit.notFitbit", 0);
        }
        readJson(in, kind, null, into);
    }

    private enum Kind {
        SLEEP,
        STEPS,
        VERY_ACTIVE,
        MODERATELY_ACTIVE;

        static Kind of(String name) {
            Matcher m = FILE.matcher(name);
            if (!m.find()) {
                return null;
            }
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "sleep" -> SLEEP;
                case "steps" -> STEPS;
                case "very_active_minutes" -> VERY_ACTIVE;
                default -> MODERATELY_ACTIVE;
            };
        }
    }

    private void readJson(InputStream content, Kind kind, String part, FitbitExport into) throws IOException {
        JsonParser p = null;
        try {
            p = json.createParser(ObjectReadContext.empty(), content);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableExport("fitbit.notFitbit", line(p), part);
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new UnreadableExport("json.broken", line(p), part);
                }
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                into.seen();
                if (kind == Kind.SLEEP) {
                    SleepLog log = sleepLog(p);
                    if (log != null) {
                        into.sleep(log);
                    }
                } else {
                    timedValue(p, kind, into);
                }
            }
        } catch (JacksonIOException e) {
            Throwable cause = e.getCause();
            boolean zipFailed = cause instanceof UnreadableExport
                    || (part != null && (cause instanceof ZipException || cause instanceof EOFException));
            if (zipFailed) {
                // The zip under the parser failed (damaged, or a bomb): let SafeZip say which.
                throw (IOException) cause;
            }
            // Bytes that are no Unicode text, in an encoding JSON does not allow (found by the fuzz test).
            throw new UnreadableExport("json.broken", 0, part);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UnreadableExport("json.broken", line, part);
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** One sleep log, or null when it lacks what a night needs or says something impossible. */
    private static SleepLog sleepLog(JsonParser p) {
        Long logId = null;
        LocalDateTime start = null;
        LocalDateTime end = null;
        boolean main = false;
        Integer asleep = null;
        Integer inBed = null;
        int[] stages = new int[3]; // light, deep, rem
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "logId" -> logId = longValue(p, value);
                case "startTime" -> start = localTime(p, value);
                case "endTime" -> end = localTime(p, value);
                case "mainSleep" -> main = value == JsonToken.VALUE_TRUE;
                case "minutesAsleep" -> asleep = minutes(p, value);
                case "timeInBed" -> inBed = minutes(p, value);
                case "levels" -> stages(p, value, stages);
                default -> p.skipChildren();
            }
        }
        if (logId == null || start == null || end == null || asleep == null || inBed == null) {
            return null;
        }
        if (!end.isAfter(start) || end.isAfter(start.plusDays(1)) || asleep > inBed) {
            return null;
        }
        if (stages[0] + stages[1] + stages[2] > asleep) {
            stages = new int[3]; // stages that add up to more than the sleep are not stages of it
        }
        return new SleepLog(logId, start, end, main, asleep, inBed, stages[0], stages[1], stages[2]);
    }

    /** {@code levels.summary.{light,deep,rem}.minutes}; everything else in levels (the 30-second data) is skipped. */
    private static void stages(JsonParser p, JsonToken value, int[] stages) {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken inner = p.nextToken();
            if (!"summary".equals(name) || inner != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                int stage =
                        switch (p.currentName()) {
                            case "light" -> 0;
                            case "deep" -> 1;
                            case "rem" -> 2;
                            default -> -1;
                        };
                JsonToken level = p.nextToken();
                if (stage < 0 || level != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    JsonToken number = p.nextToken();
                    Integer minutes = "minutes".equals(field) ? minutes(p, number) : null;
                    if (minutes != null) {
                        stages[stage] = minutes;
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    /** A step minute, or a day's very or moderately active minutes: {@code {"dateTime": …, "value": "12"}}. */
    private static void timedValue(JsonParser p, Kind kind, FitbitExport into) {
        LocalDateTime written = null;
        Long value = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "dateTime" -> written = token == JsonToken.VALUE_STRING ? stepTime(p.getString()) : null;
                case "value" -> value = longValue(p, token);
                default -> p.skipChildren();
            }
        }
        if (written == null || value == null || value < 0) {
            return;
        }
        if (kind == Kind.STEPS && value <= MAX_STEPS_A_MINUTE) {
            into.steps(written, value.intValue());
        } else if (kind != Kind.STEPS && value <= 24 * 60) {
            into.activeMinutes(written.toLocalDate(), kind == Kind.VERY_ACTIVE, value.intValue());
        }
    }

    /** Fitbit writes numbers both as numbers and as strings ({@code "value" : "12"}); anything else is null. */
    private static Long longValue(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            String text = p.getString().strip();
            if (text.length() <= 18 && text.matches("-?\\d+")) {
                return Long.parseLong(text);
            }
            return null;
        }
        p.skipChildren();
        return null;
    }

    private static Integer minutes(JsonParser p, JsonToken value) {
        Long minutes = longValue(p, value);
        return minutes == null || minutes < 0 || minutes > 24 * 60 ? null : minutes.intValue();
    }

    /** Sleep times: {@code 2020-03-20T23:32:00.000}, local, no offset. */
    private static LocalDateTime localTime(JsonParser p, JsonToken value) {
        if (value != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(p.getString().strip());
            // A year no sleep was logged in (+999999999) would overflow the night's arithmetic; the log is unreadable.
            return time.getYear() < 1900 || time.getYear() > 9999 ? null : time;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Step times: {@code 03/01/20 00:01:00} (month, day, two-digit year of this century). Read by position, as
     * there are 1,440 a day; a date that does not exist (02/30) is null.
     */
    static LocalDateTime stepTime(String text) {
        if (text.length() != 17
                || text.charAt(2) != '/'
                || text.charAt(5) != '/'
                || text.charAt(8) != ' '
                || text.charAt(11) != ':'
                || text.charAt(14) != ':') {
            return null;
        }
        int month = twoDigits(text, 0);
        int day = twoDigits(text, 3);
        int year = twoDigits(text, 6);
        int hour = twoDigits(text, 9);
        int minute = twoDigits(text, 12);
        int second = twoDigits(text, 15);
        if (month < 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(2000 + year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int twoDigits(String text, int at) {
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static String lastPart(String name) {
        String part = name.substring(name.lastIndexOf('/') + 1);
        return part.length() > 120 ? part.substring(0, 120) : part;
    }
}
