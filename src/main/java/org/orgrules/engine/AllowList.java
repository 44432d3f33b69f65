package org.orgrules.engine;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What untrusted DRL may reach: the types it may name and the members it may call. Built from a short
 * list of types by reflection, not from a list of dangers: a member name is callable only when every
 * public method or field of that name, on every allowed type, gives an allowed type (or a primitive,
 * or nothing). {@code getClass} gives a {@code Class}, {@code stream} a {@code Stream}: neither is
 * allowed, so neither name is callable, on anything.
 *
 * <p>Allowed types: every class of {@code org.orgrules.model} (the facts and answers, and the
 * helpers the rules call), the {@code java.lang} value types and the {@code java.util} collections
 * listed here (with {@code java.time.LocalDate}, which facts carry), and arrays of those.
 */
final class AllowList {
    private AllowList() {}

    static final String MODEL = "org.orgrules.model.";

    /** java.lang, java.math and java.util types untrusted rules may name (exactly these). */
    private static final List<Class<?>> BASE = List.of(
            Object.class, String.class, CharSequence.class, StringBuilder.class, Comparable.class, Iterable.class,
            Number.class, Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class,
            Boolean.class, Character.class, Math.class, Enum.class,
            Throwable.class, Exception.class, RuntimeException.class, IllegalArgumentException.class,
            IllegalStateException.class, NullPointerException.class, ArithmeticException.class,
            UnsupportedOperationException.class, IndexOutOfBoundsException.class, NumberFormatException.class,
            java.math.BigDecimal.class, java.math.BigInteger.class,
            java.util.Collection.class, java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class,
            java.util.Set.class, java.util.HashSet.class, java.util.LinkedHashSet.class, java.util.TreeSet.class,
            java.util.SortedSet.class, java.util.NavigableSet.class, java.util.Map.class, java.util.Map.Entry.class,
            java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.SortedMap.class,
            java.util.NavigableMap.class, java.util.Iterator.class, java.util.ListIterator.class,
            java.util.Queue.class, java.util.Deque.class, java.util.ArrayDeque.class,
            java.util.Collections.class, java.util.Arrays.class, java.util.Objects.class, java.util.Optional.class,
            java.util.Comparator.class, java.util.Locale.class, java.util.StringJoiner.class,
            java.time.LocalDate.class, java.time.DayOfWeek.class, java.time.Month.class);

    /**
     * Members never callable although their types are allowed: they block a thread or wake one
     * ({@code wait}, {@code notify}), read system properties ({@code Integer.getInteger}), change the
     * JVM's default locale, or run on the common thread pool ({@code Arrays.parallelSort}).
     */
    private static final Set<String> WITHHELD = Set.of("wait", "notify", "notifyAll", "getInteger", "getLong",
            "getBoolean", "setDefault", "parallelSort", "parallelPrefix", "parallelSetAll", "finalize", "clone");

    private static final Set<Class<?>> TYPES;
    private static final Set<String> MEMBERS;
    private static final Map<String, Class<?>> RESOLVED = new ConcurrentHashMap<>();
    private static final Class<?> NONE = Void.class;

    static {
        Set<Class<?>> types = new HashSet<>(BASE);
        types.addAll(modelClasses());
        TYPES = Collections.unmodifiableSet(types);
        Map<String, Boolean> names = new HashMap<>();
        for (Class<?> c : TYPES) {
            for (Method m : c.getMethods()) {
                if (m.isBridge() || m.isSynthetic()) continue;
                boolean ok = allowedType(m.getReturnType());
                names.merge(m.getName(), ok, Boolean::logicalAnd);
                String property = property(m);
                if (property != null) names.merge(property, ok, Boolean::logicalAnd);
            }
            for (Field f : c.getFields()) names.merge(f.getName(), allowedType(f.getType()), Boolean::logicalAnd);
        }
        Set<String> members = new HashSet<>();
        names.forEach((n, ok) -> { if (ok && !WITHHELD.contains(n)) members.add(n); });
        MEMBERS = Collections.unmodifiableSet(members);
    }

    /** True for an allowed type, a primitive, {@code void}, or an array of those. */
    static boolean allowedType(Class<?> c) {
        while (c.isArray()) c = c.getComponentType();
        return c.isPrimitive() || TYPES.contains(c);
    }

    /** True when untrusted rules may call (or read) a member of this name. */
    static boolean member(String name) {
        return MEMBERS.contains(name);
    }

    /** The allowed types, for the documentation test. */
    static Set<Class<?>> types() { return TYPES; }

    /**
     * The class a (dotted) Java name names — {@code java.util.Map.Entry} as well as
     * {@code java.util.Map$Entry} — or null. Nothing is initialised.
     */
    static Class<?> resolve(String name) {
        Class<?> c = RESOLVED.computeIfAbsent(name, AllowList::load);
        return c == NONE ? null : c;
    }

    private static Class<?> load(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) return NONE;
        String n = name;
        while (true) {
            try {
                return Class.forName(n, false, AllowList.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = n.lastIndexOf('.');
                if (dot < 0) return NONE;
                n = n.substring(0, dot) + '$' + n.substring(dot + 1);
            }
        }
    }

    /** "title" for getTitle(), "vacant" for isVacant(); else null. */
    private static String property(Method m) {
        if (m.getParameterCount() != 0) return null;
        String n = m.getName();
        String rest = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
        if (rest == null) return null;
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) return rest; // getURL -> URL
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }

    /** Every class of the model package (and its nested classes), read from where the package is. */
    private static Set<Class<?>> modelClasses() {
        Set<String> names = new HashSet<>();
        String dir = MODEL.replace('.', '/');
        try {
            // where the model classes are (a folder or the jar), not whatever else shares the package name
            Path where = Path.of(org.orgrules.model.Person.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.list(where.resolve(dir))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(e -> e.startsWith(dir) && e.indexOf('/', dir.length()) < 0)
                            .map(e -> e.substring(dir.length())).forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the model classes", e);
        }
        Set<Class<?>> out = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (String n : names) {
            if (!n.endsWith(".class") || n.equals("package-info.class")) continue;
            Class<?> c = resolve(MODEL + n.substring(0, n.length() - ".class".length()));
            if (c != null) todo.add(c);
        }
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!Modifier.isPublic(c.getModifiers()) || !c.getName().startsWith(MODEL) || !out.add(c)) continue;
            todo.addAll(List.of(c.getDeclaredClasses()));
        }
        return out;
    }
}
