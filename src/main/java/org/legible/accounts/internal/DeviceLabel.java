package org.legible.accounts.internal;

import java.util.Locale;

/**
 * A short name for a device from its browser's User-Agent, for the list of devices a person stays signed in on
 * ("Firefox on Android"). Only this name is kept, never the User-Agent itself.
 */
final class DeviceLabel {

    private DeviceLabel() {}

    static String of(String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        return browser(agent) + " on " + system(agent);
    }

    private static String browser(String agent) {
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("firefox/") || agent.contains("fxios/")) {
            return "Firefox";
        }
        if (agent.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (agent.contains("chrome/") || agent.contains("crios/") || agent.contains("chromium/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "A browser";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone")) {
            return "iPhone";
        }
        if (agent.contains("ipad")) {
            return "iPad";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os") || agent.contains("macintosh")) {
            return "a Mac";
        }
        if (agent.contains("cros")) {
            return "ChromeOS";
        }
        if (agent.contains("linux")) {
            return "Linux";
        }
        return "a device";
    }
}
