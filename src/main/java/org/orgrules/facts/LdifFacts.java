package org.orgrules.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads people from LDIF (RFC 2849), as Active Directory ({@code ldifde}) and OpenLDAP
 * ({@code slapcat}, {@code ldapsearch -LLL}) export {@code inetOrgPerson} / {@code user} entries.
 *
 * <p>One entry per person: id from {@code uid}, else the first RDN value of the entry's DN
 * ({@code cn=Li Wei,ou=People,…} → {@code Li Wei}); name {@code cn} (else {@code displayName});
 * title {@code title}; department {@code ou}, else {@code departmentNumber}, else {@code department};
 * company {@code o}, else {@code company}; manager the entry the {@code manager} DN names (compared
 * case-insensitively, RDN by RDN), wherever it is in the file. A manager DN that names no entry of
 * the file gives the first RDN value of that DN, so the rules can report the unknown manager.
 *
 * <p>Handles folded lines (a line starting with one space continues the previous one), base64
 * values ({@code attr:: …}), attribute options ({@code cn;lang-zh:}), comments, {@code version:},
 * and entries that are not people (organisational units, groups: skipped silently). A bad line or
 * entry is a problem at its line; the other entries are kept.
 *
 * <p>The {@link ColumnMapping} applies to attribute names as to CSV headers: {@code sAMAccountName=id}
 * or {@code userPrincipalName=id} takes the account as the id (an entry without that attribute is set
 * aside, and counted in a notice). Set aside too, and counted: disabled accounts ({@code userAccountControl}
 * with bit 2, ACCOUNTDISABLE, set) and computer objects (AD gives them class {@code user}). Two entries
 * whose ids come from the same RDN value ({@code CN=Wang Fang} in two OUs) are both kept, each id
 * followed by the OU that tells them apart ({@code Wang Fang (Sales)}), and a notice says so.
 *
 * <p>Why it is long: RFC 2849 (folding in linear time, base64, options, comments) and the directory
 * exports' habits (DN-named managers, disabled accounts, computer objects, ids from RDNs made unique by
 * OU) are each small and depend on one another through the entry being read.
 */
final class LdifFacts {
    private static final Set<String> PERSON_CLASSES = Set.of("person", "organizationalperson", "inetorgperson", "user");
    /** Classes of entries that have a person class but are not people (AD computers are {@code user}s). */
    private static final Set<String> NOT_PEOPLE = Set.of("computer");
    /** userAccountControl: the account is disabled (ACCOUNTDISABLE). */
    private static final int ACCOUNTDISABLE = 0x2;

    private final String file;
    private final Sink sink;

    private LdifFacts(String file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** One entry as read: its DN, first line and attributes (lower-case names, values in order). */
    private record Entry(String dn, int line, Map<String, List<String>> attrs) {
        String first(String... names) {
            for (String n : names) {
                List<String> v = attrs.get(n);
                if (v != null) for (String s : v) if (!s.isBlank()) return s.trim();
            }
            return null;
        }
    }

    static void read(String file, FactReader src, Sink sink) throws IOException {
        LdifFacts l = new LdifFacts(file, sink);
        l.read(src);
        sink.badBytes(file, src, l.badEntries, "entry", "entries");
    }

    /** Entries skipped for a byte that is not UTF-8: how many, and the first lines. */
    private final Sink.Skipped badEntries = new Sink.Skipped();

    private void read(FactReader src) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader in = new BufferedReader(src, 1 << 16);
        // logical lines: folded continuations joined (in one builder: linear however many), each with the line it starts on
        StringBuilder logical = null;
        int logicalLine = 0;
        boolean inComment = false;
        int lineNo = 0;
        Entry current = null;
        List<String[]> pending = new ArrayList<>();   // [line, text] of the current entry
        String raw;
        boolean firstLine = true;
        while (true) {
            raw = in.readLine();
            if (raw != null) lineNo++;
            if (raw != null && firstLine && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') raw = raw.substring(1);
            firstLine = false;
            if (raw != null && raw.startsWith(" ") && (logical != null || inComment)) {
                if (!inComment) logical.append(raw, 1, raw.length());
                continue;
            }
            // the previous logical line is complete
            if (logical != null) pending.add(new String[] {String.valueOf(logicalLine), logical.toString()});
            logical = null;
            inComment = false;
            if (raw == null || raw.isBlank()) {
                if (!pending.isEmpty()) {
                    int from = Integer.parseInt(pending.get(0)[0]);
                    if (src.badIn(from, lineNo)) {
                        badEntries.add(from);               // a byte that is not UTF-8: skipped, as a CSV row is
                    } else {
                        Entry e = entry(pending);
                        if (e != null) entries.add(e);
                    }
                    pending.clear();
                }
                if (raw == null) break;
                continue;
            }
            if (raw.startsWith("#")) {
                inComment = true;
                continue;
            }
            if (raw.startsWith(" ")) {
                sink.problem(file, lineNo, "a continuation line (it starts with a space) follows no attribute; it was ignored");
                continue;
            }
            logical = new StringBuilder(raw);
            logicalLine = lineNo;
        }
        if (entries.isEmpty() && sink.fileProblems() == 0 && badEntries.count() == 0) {
            sink.problem(file, 0, "no people in file (no LDIF entry with objectClass person, inetOrgPerson or user)");
            return;
        }
        people(entries);
    }

    /** One entry from its logical lines, or null (not a person, or reported as broken). */
    private Entry entry(List<String[]> lines) {
        String dn = null;
        int dnLine = Integer.parseInt(lines.get(0)[0]);
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        for (String[] l : lines) {
            int line = Integer.parseInt(l[0]);
            String text = l[1];
            int colon = text.indexOf(':');
            if (colon <= 0) {
                sink.problem(file, line, "not an LDIF line 'attribute: value' ('" + cut(text) + "'); the line was ignored");
                continue;
            }
            String attr = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            int semi = attr.indexOf(';');
            if (semi > 0) attr = attr.substring(0, semi);        // cn;lang-zh → cn
            String value;
            String rest = text.substring(colon + 1);
            if (rest.startsWith(":")) {
                try {
                    value = new String(Base64.getMimeDecoder().decode(rest.substring(1).trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    sink.problem(file, line, "the base64 value of '" + attr + "' cannot be decoded (" + e.getMessage()
                            + "); the value was ignored");
                    continue;
                }
            } else if (rest.startsWith("<")) {
                sink.problem(file, line, "'" + attr + "' refers to a URL (':<'), which is not read; the value was ignored");
                continue;
            } else {
                value = rest.startsWith(" ") ? rest.substring(1) : rest;
            }
            if (attr.equals("version") && dn == null && attrs.isEmpty()) {
                if (lines.size() == 1) return null;
                continue;
            }
            if (attr.equals("dn")) {
                if (dn != null) {
                    sink.problem(file, line, "a second 'dn:' in one entry (the first is on line " + dnLine
                            + "); entries are separated by a blank line – this entry was skipped");
                    return null;
                }
                dn = value.trim();
                dnLine = line;
                continue;
            }
            if (dn == null) {
                sink.problem(file, line, "an LDIF entry must start with 'dn:'; this entry (up to the next blank line) was skipped");
                return null;
            }
            attrs.computeIfAbsent(attr, k -> new ArrayList<>()).add(value);
        }
        if (dn == null) return null;
        String changetype = first(attrs, "changetype");
        if (changetype != null && !changetype.equalsIgnoreCase("add")) {
            sink.problem(file, dnLine, "a change record (changetype: " + changetype + ") is not a person; it was skipped");
            return null;
        }
        Entry e = new Entry(dn, dnLine, attrs);
        List<String> classes = attrs.get("objectclass");
        if (classes != null) {
            boolean person = false;
            String notPerson = null;
            for (String c : classes) {
                String k = c.trim().toLowerCase(Locale.ROOT);
                person |= PERSON_CLASSES.contains(k);
                if (NOT_PEOPLE.contains(k)) notPerson = c.trim();
            }
            if (!person) return null;                        // an organisational unit, a group …
            if (notPerson != null) {
                List<String[]> rdns = Dn.parse(dn);
                sink.setAsideEntry(file, "objectClass " + notPerson + " is not a person", rdns == null || rdns.isEmpty() ? dn : rdns.get(0)[1]);
                return null;
            }
        } else if (e.first("uid", "cn", "title") == null) {
            return null;
        }
        return e;
    }

    private static String first(Map<String, List<String>> attrs, String name) {
        List<String> v = attrs.get(name);
        return v == null || v.isEmpty() ? null : v.get(0).trim();
    }

    private void people(List<Entry> entries) {
        // ids first, so a manager may come after the people who report to them
        Map<String, String> idByDn = new HashMap<>();
        List<String> ids = new ArrayList<>(entries.size());
        List<String> idAttrs = sink.columns.headersOf("id");
        boolean[] fromRdn = new boolean[entries.size()];
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            List<String[]> dn = Dn.parse(e.dn());
            String id;
            if (!idAttrs.isEmpty()) {
                id = mapped(e, "id");
                if (id == null) {
                    sink.setAside(file, "no " + String.join(" or ", idAttrs) + " (the id under the column mapping)",
                            dn == null || dn.isEmpty() ? e.dn() : dn.get(0)[1].trim());
                    ids.add(null);
                    continue;
                }
            } else {
                id = e.first("uid");
                if (id == null && dn != null && !dn.isEmpty()) {
                    id = dn.get(0)[1].trim();
                    fromRdn[k] = true;
                }
            }
            if (dn == null) {
                sink.problem(file, e.line(), "the DN '" + cut(e.dn()) + "' cannot be read (" + Dn.error(e.dn()) + ")"
                        + (id == null ? "; the entry was skipped" : "; the entry was kept, with id '" + id + "'"));
            }
            if (id != null && id.isEmpty()) id = null;
            ids.add(id);
        }
        apart(entries, ids, fromRdn);
        for (int k = 0; k < entries.size(); k++) {
            List<String[]> dn = Dn.parse(entries.get(k).dn());
            if (dn != null && ids.get(k) != null) idByDn.putIfAbsent(Dn.key(dn), ids.get(k));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String id = ids.get(i);
            if (id == null) {
                if (idAttrs.isEmpty() && Dn.parse(e.dn()) != null) {
                    sink.problem(file, e.line(), "this entry has no uid and its DN no value; the entry was skipped");
                }
                continue;
            }
            if (disabled(e)) {
                sink.setAside(file, "the account is disabled (userAccountControl has ACCOUNTDISABLE, 2, set)", id);
                continue;
            }
            if (sink.full() || !sink.countRow(file, e.line())) return;
            String managerDn = mappedOr(e, "manager_id", "manager");
            String manager = null;
            if (managerDn != null) {
                List<String[]> m = Dn.parse(managerDn);
                if (m == null || m.isEmpty()) {
                    sink.problem(file, e.line(), "the manager DN '" + cut(managerDn) + "' cannot be read ("
                            + Dn.error(managerDn) + "); " + id + " was kept without a manager");
                } else {
                    manager = idByDn.getOrDefault(Dn.key(m), m.get(0)[1].trim());
                }
            }
            String name = mappedOr(e, "name", "cn", "displayname");
            String title = mappedOr(e, "title", "title");
            String department = mappedOr(e, "department", "ou", "departmentnumber", "department");
            String company = mappedOr(e, "company", "o", "company");
            String tooLong = firstTooLong(id, name, title, department, company, manager);
            if (tooLong != null) {
                sink.problem(file, e.line(), tooLong);
                continue;
            }
            sink.add(file, e.line(), id, name, title, department, company, Sink.manager(manager));
        }
    }

    /** The value of the first attribute the column mapping maps to {@code field}, or null. */
    private String mapped(Entry e, String field) {
        for (String header : sink.columns.headersOf(field)) {
            for (Map.Entry<String, List<String>> a : e.attrs().entrySet()) {
                if (!ColumnMapping.key(a.getKey()).equals(header)) continue;
                for (String v : a.getValue()) if (!v.isBlank()) return v.trim();
            }
        }
        return null;
    }

    /** As {@link #mapped}, else the first of the usual attributes. */
    private String mappedOr(Entry e, String field, String... usual) {
        String v = mapped(e, field);
        return v != null ? v : e.first(usual);
    }

    /** True when {@code userAccountControl} has ACCOUNTDISABLE set. */
    private static boolean disabled(Entry e) {
        String uac = e.first("useraccountcontrol");
        if (uac == null) return false;
        try {
            return (Long.parseLong(uac.trim()) & ACCOUNTDISABLE) != 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * Ids taken from the RDN value that two entries of different DNs share ({@code CN=Wang Fang} in two
     * OUs): each is followed by the values of the RDNs above it that tell them apart, and a notice says so.
     */
    private void apart(List<Entry> entries, List<String> ids, boolean[] fromRdn) {
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        for (int k = 0; k < entries.size(); k++) {
            if (fromRdn[k] && ids.get(k) != null) byId.computeIfAbsent(ids.get(k), x -> new ArrayList<>()).add(k);
        }
        for (Map.Entry<String, List<Integer>> same : byId.entrySet()) {
            List<Integer> ks = same.getValue();
            if (ks.size() < 2) continue;
            java.util.Set<String> dns = new java.util.HashSet<>();
            List<List<String[]>> parsed = new ArrayList<>();
            for (int k : ks) {
                List<String[]> dn = Dn.parse(entries.get(k).dn());
                parsed.add(dn);
                dns.add(Dn.key(dn));
            }
            if (dns.size() < ks.size()) continue;            // the same DN twice: a duplicate, reported as such
            List<String> made = null;
            for (int depth = 1; made == null; depth++) {
                List<String> tried = new ArrayList<>();
                boolean deeper = false;
                for (List<String[]> dn : parsed) {
                    StringBuilder b = new StringBuilder();
                    for (int r = 1; r <= depth && r < dn.size(); r++) b.append(b.length() == 0 ? "" : ", ").append(dn.get(r)[1].trim());
                    deeper |= depth < dn.size() - 1;
                    tried.add(same.getKey() + (b.length() == 0 ? "" : " (" + b + ")"));
                }
                if (new java.util.HashSet<>(tried).size() == tried.size() || !deeper) made = tried;
            }
            for (int i = 0; i < ks.size(); i++) ids.set(ks.get(i), made.get(i));
            sink.notice(file, ks.size() + " entries have the same name '" + same.getKey() + "' in different places: all were kept, "
                    + "each id followed by where it is – map the account to the id for ids that stay put (--map sAMAccountName=id)", made);
        }
    }

    private String firstTooLong(String... values) {
        String[] what = {"id", "cn", "title", "department", "company", "manager"};
        for (int i = 0; i < values.length; i++) {
            String m = sink.tooLong("value of '" + what[i] + "'", values[i]);
            if (m != null) return m.replace("this row was skipped", "this entry was skipped");
        }
        return null;
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Distinguished names (RFC 4514): RDNs split on unescaped commas, {@code \,} and {@code \2C} escapes. */
    static final class Dn {
        private Dn() {}

        /** The RDNs as [type, value] (a multi-valued RDN gives its first part), or null when it cannot be read. */
        static List<String[]> parse(String dn) {
            if (dn == null || dn.isBlank()) return null;
            List<String[]> rdns = split(dn);
            return rdns == null || problem(rdns) != null ? null : rdns;
        }

        /** Why the DN cannot be read, or null. */
        static String error(String dn) {
            if (dn == null || dn.isBlank()) return "it is empty";
            List<String[]> rdns = split(dn);
            return rdns == null ? "a '\\' escape is cut short" : problem(rdns);
        }

        private static String problem(List<String[]> rdns) {
            for (String[] r : rdns) {
                if (r[0] == null) return "'" + r[1] + "' has no '='";
                if (r[0].isEmpty()) return "an RDN has no attribute name";
            }
            return null;
        }

        private static List<String[]> split(String dn) {
            List<String[]> out = new ArrayList<>();
            StringBuilder type = new StringBuilder(), value = new StringBuilder();
            boolean inValue = false, skipping = false;
            java.io.ByteArrayOutputStream hex = dn.indexOf('\\') < 0 ? null : new java.io.ByteArrayOutputStream();
            for (int i = 0; i <= dn.length(); i++) {
                char c = i < dn.length() ? dn.charAt(i) : ',';
                boolean end = i == dn.length();
                if (c == '\\' && !end) {
                    if (i + 1 >= dn.length()) return null;
                    char n = dn.charAt(i + 1);
                    if (i + 2 < dn.length() && isHex(n) && isHex(dn.charAt(i + 2))) {
                        hex.write(Integer.parseInt(dn.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        flush(hex, inValue ? value : type);
                        (inValue ? value : type).append(n);
                        i++;
                    }
                    continue;
                }
                flush(hex, inValue ? value : type);
                if (c == ',' || c == ';' || c == '+') {
                    String t = type.toString().trim();
                    if (!skipping) {
                        if (inValue) out.add(new String[] {t.toLowerCase(Locale.ROOT), value.toString().trim()});
                        else if (!t.isEmpty()) out.add(new String[] {null, t});
                        else if (!end) out.add(new String[] {"", ""});
                    }
                    skipping = c == '+';                    // further values of a multi-valued RDN are left out
                    type.setLength(0);
                    value.setLength(0);
                    inValue = false;
                    continue;
                }
                if (c == '=' && !inValue) {
                    inValue = true;
                    continue;
                }
                (inValue ? value : type).append(c);
            }
            return out;
        }

        private static void flush(java.io.ByteArrayOutputStream hex, StringBuilder to) {
            if (hex == null || hex.size() == 0) return;
            to.append(hex.toString(StandardCharsets.UTF_8));
            hex.reset();
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }

        /** How two DNs are compared: types and values in lower case, spaces around them dropped. */
        static String key(List<String[]> rdns) {
            StringBuilder b = new StringBuilder();
            for (String[] r : rdns) {
                if (b.length() > 0) b.append(',');
                b.append(r[0]).append('=').append(r[1].toLowerCase(Locale.ROOT).replace(",", "\\,"));
            }
            return b.toString();
        }
    }
}
