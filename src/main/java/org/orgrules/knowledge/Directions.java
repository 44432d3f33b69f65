package org.orgrules.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orgrules.model.Directs;
import org.orgrules.model.Head;
import org.orgrules.model.Person;
import org.orgrules.view.Org;

/**
 * Who holds each fact of functional direction (K2.4). The rules derive direction per company,
 * directing function and rank level and name no director ({@code rules/knowledge/direction.drl} says
 * why); this lists the heads who hold each fact: the heads of the function in the company whose
 * position is at that rank level (at any level, for a whole department). Built once per org
 * ({@link #of}); a question costs the facts and heads it concerns, never every director × every position.
 */
public final class Directions {
    /** A head, and one fact of direction they hold. */
    public record Held(Person director, Directs direction) {}

    /** Department facts first, by department and function; then positions, by position. */
    private static final Comparator<Directs> ORDER = Comparator.comparing((Directs d) -> d.positionKey() != null)
            .thenComparing(Directs::department).thenComparing(Directs::functionKey)
            .thenComparing(d -> d.positionKey() == null ? "" : d.positionKey());
    private static final Comparator<Held> BY_DIRECTOR = Comparator.comparing((Held h) -> h.director().getId())
            .thenComparing(h -> h.direction(), ORDER);

    private final Org org;
    /** "company \u0001 function" → its heads, by id. */
    private final Map<String, List<Head>> heads = new HashMap<>();
    /** person id → the functions they head. */
    private final Map<String, List<Head>> headed = new HashMap<>();
    /** "company \u0001 function" → the direction its heads hold, in {@link #ORDER}. */
    private final Map<String, List<Directs>> byFunction = new HashMap<>();
    /** "company \u0001 position" → the direction of the holders of that position. */
    private final Map<String, List<Directs>> byPosition = new HashMap<>();
    /** The direction of whole departments. */
    private final List<Directs> departments = new ArrayList<>();
    /** Every fact of direction, in {@link #ORDER}. */
    private final List<Directs> all;

    private Directions(Org org) {
        this.org = org;
        List<Directs> all = new ArrayList<>(org.derived(Directs.class));
        all.sort(ORDER);
        this.all = List.copyOf(all);
        for (Directs d : all) {
            byFunction.computeIfAbsent(key(d.company(), d.directorFunction()), k -> new ArrayList<>()).add(d);
            if (d.positionKey() == null) departments.add(d);
            else byPosition.computeIfAbsent(key(d.company(), d.positionKey()), k -> new ArrayList<>()).add(d);
        }
        for (Head h : org.heads()) {
            if (!byFunction.containsKey(key(h.company(), h.functionKey()))) continue;
            heads.computeIfAbsent(key(h.company(), h.functionKey()), k -> new ArrayList<>()).add(h);
            headed.computeIfAbsent(h.personId(), k -> new ArrayList<>()).add(h);
        }
        for (List<Head> hs : heads.values()) hs.sort(Comparator.comparing(Head::personId));
    }

    /** The direction of {@code org}, indexed on the first call and kept with the org. */
    public static Directions of(Org org) {
        return org.index(Directions.class, Directions::new);
    }

    /** Every fact of direction: the departments first, by department and function, then the positions. */
    public List<Directs> facts() {
        return all;
    }

    /** What {@code director} directs: the departments first, by department and function, then the positions. */
    public List<Directs> heldBy(Person director) {
        List<Directs> out = new ArrayList<>();
        for (Head h : headed.getOrDefault(director.getId(), List.of())) {
            int level = level(h);
            for (Directs d : byFunction.getOrDefault(key(h.company(), h.functionKey()), List.of())) {
                if (d.heldBy(h, level)) out.add(d);
            }
        }
        if (headed.getOrDefault(director.getId(), List.of()).size() > 1) out.sort(ORDER);
        return out;
    }

    /** The heads who hold {@code d}, by id. */
    public List<Person> directors(Directs d) {
        List<Person> out = new ArrayList<>();
        for (Head h : heads.getOrDefault(key(d.company(), d.directorFunction()), List.of())) {
            if (d.heldBy(h, level(h))) out.add(h.person());
        }
        return out;
    }

    /** Who directs {@code p} as the holder of a directed position, and by which fact: by director, then fact. */
    public List<Held> reaching(Person p) {
        List<Held> out = new ArrayList<>();
        for (Directs d : byPosition.getOrDefault(key(p.getCompany(), p.getPositionKey()), List.of())) {
            for (Person director : directors(d)) if (d.reaches(director, p)) out.add(new Held(director, d));
        }
        out.sort(BY_DIRECTOR);
        return out;
    }

    /**
     * Who directs a whole department, and by which fact: the department {@code department} of the facts,
     * or, when it is null, every department of the function {@code functionKey}. By director, then fact.
     */
    public List<Held> departments(String department, String functionKey) {
        List<Held> out = new ArrayList<>();
        for (Directs d : departments) {
            boolean match = department != null ? d.department().equals(department) : d.functionKey().equals(functionKey);
            if (match) for (Person director : directors(d)) out.add(new Held(director, d));
        }
        out.sort(BY_DIRECTOR);
        return out;
    }

    /** The rank level of the head's position, as the rules compared it. */
    private int level(Head h) {
        return org.classification(h.personId()).level();
    }

    private static String key(String company, String other) {
        return company + "\u0001" + other;
    }
}
