package org.qantar.shell.commands;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written into {@code version.properties} by the build. */
final class Version {

    private Version() {
    }

    static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/qantar/shell/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is an unknown version, not a failure
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "(version unknown)" : v;
    }
}
