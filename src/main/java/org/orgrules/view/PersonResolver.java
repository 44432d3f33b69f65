package org.orgrules.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orgrules.model.Person;
import org.orgrules.model.Words;

/**
 * The one way a reference names a person of an org: an id, else an exact (unique) name, else
 * surname + title ("李经理", "张总监", "Manager Li": the one person whose name has the surname and
 * whose title has the rest). What names nobody is, to the seniority questions, a bare title.
 */
public final class PersonResolver {
    private final Index x;
    private volatile Map<String, Integer> names;

    PersonResolver(Index x) { this.x = x; }

    /** As {@code base}, over the index of a live update; the names are shared when {@code sameNames}. */
    PersonResolver(Index x, PersonResolver base, boolean sameNames) {
        this.x = x;
        if (sameNames) this.names = base.names;
    }

    /** A person's index by id, else by exact name when it is unique; -1 when neither. */
    int index(String s) {
        if (s == null) return -1;
        Integer i = x.index.get(s);
        if (i != null) return i;
        Integer byName = names().get(s.strip());
        return byName == null ? -1 : byName;
    }

    /** As {@link #index}, but an unknown person is an error. */
    int require(String id) {
        Integer i = x.index.get(id);
        if (i == null) {
            int byName = index(id);
            if (byName >= 0) return byName;
            throw new UnknownPersonException(id);
        }
        return i;
    }

    private Map<String, Integer> names() {
        Map<String, Integer> m = names;
        if (m != null) return m;
        m = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (int i = 0; i < x.people.length; i++) {
            if (m.putIfAbsent(x.people[i].getName(), i) != null) twice.add(x.people[i].getName());
        }
        twice.forEach(m::remove);
        names = m;
        return m;
    }

    /**
     * The person a reference names: an id, an exact (unique) name, or surname + title ("李经理", "张总监":
     * the one person whose name starts with the surname and whose title contains the rest).
     *
     * @throws UnknownSubjectException when it names nobody, or several people
     */
    public Person person(String ref) {
        return find(ref).orElseThrow(() -> new UnknownSubjectException("no person with id or name '" + ref
                + "' in the facts (a person is named by id, exact name, or surname + title such as 李经理)"));
    }

    private static final Pattern LATIN_TITLE_NAME = Pattern.compile("(?i)^(?:(\\p{L}[\\p{L} ]*?)\\s+(\\p{L}+)|(\\p{L}+)\\s+the\\s+(\\p{L}[\\p{L} ]*))$");

    /** As {@link #person}, but empty when nobody fits (still an error when several do). */
    public Optional<Person> find(String ref) {
        if (ref == null || ref.isBlank()) return Optional.empty();
        String r = ref.strip();
        Integer byId = x.index.get(r);
        if (byId != null) return Optional.of(x.people[byId]);
        Integer byName = names().get(r);
        if (byName != null) return Optional.of(x.people[byName]);
        List<Person> fits = new ArrayList<>();
        if (r.codePoints().allMatch(Character::isIdeographic) && r.length() >= 2) {
            // 李经理: surname (1 or 2 characters) + a title word
            for (int k = 1; k <= Math.min(2, r.length() - 1) && fits.isEmpty(); k++) {
                String surname = r.substring(0, k), word = r.substring(k);
                for (Person p : x.people) {
                    if (p.getName().startsWith(surname) && p.getTitle().contains(word)) fits.add(p);
                }
            }
        } else {
            // "Manager Li" / "Li the manager": a title word and a name word, any case
            Matcher m = LATIN_TITLE_NAME.matcher(r);
            if (m.matches()) {
                String word = m.group(1) != null ? m.group(1) : m.group(4);
                String surname = m.group(2) != null ? m.group(2) : m.group(3);
                for (Person p : x.people) {
                    if (nameHasWord(p, surname) && Words.contains(p.getTitle(), word)) fits.add(p);
                }
            }
        }
        if (fits.size() == 1) return Optional.of(fits.get(0));
        if (fits.size() > 1) {
            throw new UnknownSubjectException("'" + r + "' could be any of " + String.join(", ",
                    fits.stream().limit(10).map(Person::describe).toList()) + "; name one by id");
        }
        return Optional.empty();
    }

    private static boolean nameHasWord(Person p, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String part : (p.getName() + " " + p.getId()).toLowerCase(Locale.ROOT).split("[\\s._-]+")) {
            if (part.equals(w)) return true;
        }
        return false;
    }
}
