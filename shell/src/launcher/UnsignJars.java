import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites signed jars without their signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC), so that the
 * JVM loads their classes like any other jar's: a class of a signed jar is never put in a
 * class-data-sharing archive and its digest is checked at every load. Jars without a signature are
 * left untouched. usage: java UnsignJars.java JAR...
 */
public class UnsignJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path jar = Path.of(arg);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
                    continue;
                }
                Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
                try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
                    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                        ZipEntry e = entries.nextElement();
                        if (SIGNATURE.matcher(e.getName()).matches()) {
                            continue;
                        }
                        ZipEntry plain = new ZipEntry(e.getName());
                        plain.setTime(e.getTime());
                        out.putNextEntry(plain);
                        try (InputStream in = zip.getInputStream(e)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
