package org.borderwatch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths a user gave into the files to ingest: files as named, folders searched recursively
 * for files of the supported kinds (other files there, and hidden ones, are passed over quietly). What
 * cannot be ingested becomes a source with a reason, so the rest of the batch goes on: a missing path, a
 * file named explicitly whose kind is not supported, a sub-folder that cannot be read (the rest of the
 * folder is still found), and a symbolic link that leads out of the folder given, which is not followed
 * unless asked: a folder of reports must not pull in files from elsewhere on the machine.
 */
final class SourceFiles {
    /**
     * A file to ingest, or a path that cannot be, with the reason; {@code root} is the folder given that it
     * was found in, or null for a file given itself.
     */
    record Source(Path path, Path root, String problem) {
        /** The file's path under the folder it was found in, with '/' ("2021/report.txt"), or its name. */
        String relativeName() {
            Path relative = root == null ? path.getFileName() : root.relativize(path);
            return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        }
    }

    /** Opens a folder's listing (the file system's; a test may put failures in). */
    @FunctionalInterface
    interface Folders {
        DirectoryStream<Path> open(Path folder) throws IOException;
    }

    private final Set<String> extensions;
    private final boolean followLinks;
    private final Folders folders;

    SourceFiles(Set<String> extensions, boolean followLinks) {
        this(extensions, followLinks, Files::newDirectoryStream);
    }

    SourceFiles(Set<String> extensions, boolean followLinks, Folders folders) {
        this.extensions = Set.copyOf(extensions);
        this.followLinks = followLinks;
        this.folders = folders;
    }

    List<Source> expand(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else if (!Files.exists(path)) {
                sources.add(new Source(path, null, "no such file or directory"));
            } else if (!Files.isRegularFile(path)) {
                sources.add(new Source(path, null, "not a regular file"));
            } else if (!supported(path)) {
                sources.add(new Source(path, null, "unsupported file type" + describe(path)
                        + " (supported: " + String.join(", ", extensions.stream().sorted().map(e -> "." + e).toList()) + ")"));
            } else {
                sources.add(new Source(path, null, null));
            }
        }
        return sources;
    }

    private List<Source> walk(Path root) {
        List<Source> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return List.of(new Source(root, null, "cannot read the folder: " + reason(e)));
        }
        Set<Path> walked = new HashSet<>();
        walked.add(realRoot);
        walkFolder(root, root, realRoot, walked, found);
        found.sort(Comparator.comparing(Source::path));
        return found;
    }

    private void walkFolder(Path folder, Path root, Path realRoot, Set<Path> walked, List<Source> found) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = folders.open(folder)) {
            listing.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            found.add(new Source(folder, root, "cannot read the folder: " + reason(e)));
            return;
        }
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                found.add(new Source(entry, root, "cannot read it: " + reason(e)));
                continue;
            }
            if (own.isSymbolicLink()) {
                followLink(entry, root, realRoot, walked, found);
            } else if (own.isDirectory()) {
                walkFolder(entry, root, realRoot, walked, found);
            } else if (own.isRegularFile() && supported(entry)) {
                found.add(new Source(entry, root, null));
            }
        }
    }

    /**
     * A link to a file inside the folder is read where it is; one to a folder inside it is passed over (its
     * files are found where they are); one that leads outside is followed only with {@code followLinks}.
     */
    private void followLink(Path link, Path root, Path realRoot, Set<Path> walked, List<Source> found) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (supported(link)) {
                found.add(new Source(link, root, "a symbolic link whose target is missing"));
            }
            return;
        }
        boolean inside = target.startsWith(realRoot);
        boolean folder = Files.isDirectory(target);
        if (!inside && !followLinks) {
            if (folder || supported(link)) {
                found.add(new Source(link, root, "not followed: a symbolic link to " + target + ", outside " + root
                        + " (--follow-links follows it)"));
            }
        } else if (folder) {
            if (!inside && walked.add(target)) { // each folder once, so that a loop of links ends
                walkFolder(link, root, realRoot, walked, found);
            }
        } else if (Files.isRegularFile(target) && supported(link)) {
            found.add(new Source(link, root, null));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it is gone";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    boolean supported(Path file) {
        return extensions.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Path file) {
        String extension = extension(file);
        return extension.isEmpty() ? " (no extension)" : " '." + extension + "'";
    }
}
