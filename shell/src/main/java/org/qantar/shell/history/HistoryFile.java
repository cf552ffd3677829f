package org.qantar.shell.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The interactive shell's command history on disk ({@code QANTAR_HOME/history}), read and written so
 * that it can never stop, hang or slow the shell, nor write outside its directory. JLine's own
 * history file handling followed links, blocked on a FIFO, refused to start on one bad byte, and
 * rewrote a long file on the first command; this class does the file work and JLine keeps only the
 * lines in memory.
 *
 * <ul>
 *   <li>Only a regular file is read, and never through a link; anything else named {@code history}
 *       (a link, a directory, a FIFO) or a file that is not UTF-8 is moved aside, unchanged, as
 *       {@code history.unusable-<time>} and the history starts empty. A move that fails leaves it in
 *       place and the history is kept in memory only.</li>
 *   <li>At most the last {@link #READ_LIMIT} bytes are read; a longer file, or one with more than
 *       twice {@link #MAX_ENTRIES} lines, is cut to its last {@link #MAX_ENTRIES} lines in one atomic
 *       rewrite at start-up.</li>
 *   <li>Each accepted line is appended at once (so two shells keep each other's lines), with the
 *       link-refusing open of the file system; a write that fails is reported once and the history
 *       goes on in memory.</li>
 * </ul>
 *
 * <p>The line format is JLine's: {@code epochMillis:line} with {@code \n}, {@code \r} and
 * {@code \\} escaped; a line without a time stamp is read as it is.
 */
public final class HistoryFile {

    /** How many lines are kept. */
    public static final int MAX_ENTRIES = 1_000;
    /** How much of the file's end is read at most. */
    public static final int READ_LIMIT = 256 * 1024;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One remembered line and when it was entered. */
    public record Entry(Instant time, String line) {
    }

    private final Path file;
    private final Clock clock;
    private final List<String> notices = new ArrayList<>();
    private boolean writable = true;

    public HistoryFile(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * The remembered lines, oldest first, at most {@link #MAX_ENTRIES}; empty if there is no usable
     * file (then a notice says why). Never throws, never blocks on anything but a regular file.
     */
    public List<Entry> load() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | SecurityException e) {
            return memoryOnly("cannot read " + file + ": " + plain(e));
        }
        if (attributes.isSymbolicLink()) {
            return setAside("is a link (the history never follows one)");
        }
        if (!attributes.isRegularFile()) {
            return setAside(attributes.isDirectory() ? "is a directory" : "is not a regular file");
        }
        byte[] tail;
        try {
            tail = readTail(attributes.size());
        } catch (IOException | SecurityException e) {
            return memoryOnly("cannot read " + file + ": " + plain(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(tail)).toString();
        } catch (CharacterCodingException e) {
            return setAside("is not UTF-8 text");
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<Entry> entries = new ArrayList<>(Math.min(lines.size(), MAX_ENTRIES));
        for (String l : lines.subList(Math.max(0, lines.size() - MAX_ENTRIES), lines.size())) {
            entries.add(parse(l));
        }
        if (attributes.size() > READ_LIMIT || lines.size() > 2 * MAX_ENTRIES) {
            rewrite(entries);
        }
        return entries;
    }

    /** Appends one entered line; a failure is reported once (see {@link #takeNotices}) and the history goes on in memory. */
    public void append(Entry entry) {
        if (!writable) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Optional<BasicFileAttributes> existing = attributes();
            if (existing.isPresent() && !existing.get().isRegularFile()) {
                memoryOnly(file + " is no longer a regular file");
                return;
            }
            // NOFOLLOW_LINKS: a link put in place meanwhile is refused (ELOOP), never written through.
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS))) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(format(entry) + "\n"));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        } catch (IOException | SecurityException e) {
            memoryOnly("cannot write " + file + ": " + plain(e));
        }
    }

    /** What went wrong since the last call, one line each, for the shell to show; then forgotten. */
    public List<String> takeNotices() {
        List<String> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    private Optional<BasicFileAttributes> attributes() throws IOException {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private byte[] readTail(long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long start = Math.max(0, size - READ_LIMIT);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, READ_LIMIT));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read to the end of the tail (a file that shrank meanwhile ends the loop)
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            if (start == 0) {
                return bytes;
            }
            // The cut fell inside a line (perhaps inside a character): start after its end.
            int from = 0;
            while (from < bytes.length && bytes[from] != '\n') {
                from++;
            }
            return java.util.Arrays.copyOfRange(bytes, Math.min(from + 1, bytes.length), bytes.length);
        }
    }

    private void rewrite(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(format(e)).append('\n');
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            // A rename replaces whatever has the name (a link too), never writes through it.
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException e) {
            notices.add("history: cannot shorten " + file + ": " + plain(e) + " (it is read in part)");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray hidden temporary is harmless
                }
            }
        }
    }

    private List<Entry> setAside(String problem) {
        Path aside = file.resolveSibling(file.getFileName() + ".unusable-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && n < 100; n++) {
            aside = file.resolveSibling(file.getFileName() + ".unusable-" + STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            // Without REPLACE_EXISTING a move never overwrites; a link is moved itself, not its target.
            Files.move(file, aside);
            notices.add("history: " + file + " " + problem + "; moved it aside to " + aside.getFileName()
                    + " and started a new history");
            return List.of();
        } catch (IOException | SecurityException e) {
            return memoryOnly(file + " " + problem + " and cannot be moved aside (" + plain(e) + ")");
        }
    }

    private List<Entry> memoryOnly(String problem) {
        writable = false;
        notices.add("history: " + problem + "; this session's history is not kept");
        return List.of();
    }

    static String format(Entry entry) {
        StringBuilder b = new StringBuilder().append(entry.time().toEpochMilli()).append(':');
        for (char c : entry.line().toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static Entry parse(String stored) {
        int colon = stored.indexOf(':');
        Instant time = Instant.EPOCH;
        String line = stored;
        if (colon > 0 && colon <= 19 && stored.substring(0, colon).chars().allMatch(Character::isDigit)) {
            try {
                time = Instant.ofEpochMilli(Long.parseLong(stored.substring(0, colon)));
                line = stored.substring(colon + 1);
            } catch (RuntimeException e) {
                // not a time stamp after all: the whole line is the command
            }
        }
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                b.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                b.append(c);
            }
        }
        return new Entry(time, b.toString());
    }

    /** An I/O failure in words, without Java's exception names. */
    static String plain(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }
}
