package org.qantar.rules.map.svg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Layouts already computed, one small file per graph, named by a digest of everything the layout
 * depends on (node keys and sizes in order, edges in order, {@link #VERSION}). The layered layout is
 * deterministic, so a graph drawn before is read back instead of laid out again: the same map drawn
 * twice, a report after a map, or another scenario on the same lens (box sizes do not depend on the
 * statuses; see {@code SvgMapWriter.size}). Without a hit ELK's classes are not even loaded.
 *
 * <p>A cache, never a source of truth: a file that cannot be read, does not match the graph, or
 * cannot be written is ignored and the layout computed. At most {@link #MAX_FILES} are kept.
 */
public final class LayoutCache {

    /** Change whenever the layout options (or ELK) change, so that older layouts are not reused. */
    static final String VERSION = "elk-0.12.1;right;orthogonal;thoroughness-3;seed-1;v1";

    static final int MAX_FILES = 64;

    /** No cache: every layout computed. */
    public static final LayoutCache NONE = new LayoutCache(null);

    private final Path directory;

    private LayoutCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in {@code directory}, created when first written. */
    public static LayoutCache in(Path directory) {
        return new LayoutCache(directory);
    }

    /** The layout of this graph: read back if drawn before, else computed by ELK (and kept). */
    GraphLayout layout(Map<String, double[]> sizes, List<String[]> edges) {
        if (directory == null) {
            return ElkLayout.layout(sizes, edges);
        }
        Path file = directory.resolve(key(sizes, edges) + ".layout");
        GraphLayout kept = read(file, sizes, edges);
        if (kept != null) {
            touch(file);
            return kept;
        }
        GraphLayout computed = ElkLayout.layout(sizes, edges);
        write(file, computed);
        return computed;
    }

    static String key(Map<String, double[]> sizes, List<String[]> edges) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        sizes.forEach((key, size) -> text.append(key).append(' ').append(size[0]).append(' ').append(size[1]).append('\n'));
        for (String[] e : edges) {
            text.append(e[0]).append(" -> ").append(e[1]).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The kept layout if the file is there and fits this graph; else null. */
    private static GraphLayout read(Path file, Map<String, double[]> sizes, List<String[]> edges) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(VERSION)) {
                return null;
            }
            double width = in.readDouble();
            double height = in.readDouble();
            int boxes = in.readInt();
            if (boxes != sizes.size()) {
                return null;
            }
            Map<String, GraphLayout.Box> byKey = new LinkedHashMap<>();
            for (int i = 0; i < boxes; i++) {
                String key = in.readUTF();
                if (!sizes.containsKey(key)) {
                    return null;
                }
                byKey.put(key, new GraphLayout.Box(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
            }
            int routes = in.readInt();
            if (routes != edges.size() || byKey.size() != sizes.size()) {
                return null;
            }
            List<List<double[]>> all = new ArrayList<>(routes);
            for (int i = 0; i < routes; i++) {
                int points = in.readInt();
                if (points < 0 || points > 10_000) {
                    return null;
                }
                List<double[]> route = new ArrayList<>(points);
                for (int p = 0; p < points; p++) {
                    route.add(new double[] {in.readDouble(), in.readDouble()});
                }
                all.add(route);
            }
            return in.available() == 0 ? new GraphLayout(byKey, all, width, height) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps a layout (atomically: a temporary file moved into place); a failure only costs the next draw. */
    private void write(Path file, GraphLayout layout) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(VERSION);
                out.writeDouble(layout.width());
                out.writeDouble(layout.height());
                out.writeInt(layout.boxes().size());
                for (Map.Entry<String, GraphLayout.Box> e : layout.boxes().entrySet()) {
                    out.writeUTF(e.getKey());
                    GraphLayout.Box b = e.getValue();
                    out.writeDouble(b.x());
                    out.writeDouble(b.y());
                    out.writeDouble(b.width());
                    out.writeDouble(b.height());
                }
                out.writeInt(layout.routes().size());
                for (List<double[]> route : layout.routes()) {
                    out.writeInt(route.size());
                    for (double[] p : route) {
                        out.writeDouble(p[0]);
                        out.writeDouble(p[1]);
                    }
                }
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "layout", ".tmp");
            try {
                Files.write(temp, bytes.toByteArray());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written is no cache: the layout was computed and is used.
        }
    }

    /** Marks a layout as just used, so that pruning drops the ones unused longest. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // only the pruning order suffers
        }
    }

    /** Keeps the {@link #MAX_FILES} most recently used layouts. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".layout")).toList();
        }
        if (files.size() <= MAX_FILES) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(files);
        oldestFirst.sort(Comparator.comparing(p -> p.toFile().lastModified()));
        for (Path old : oldestFirst.subList(0, files.size() - MAX_FILES)) {
            Files.deleteIfExists(old);
        }
    }
}
