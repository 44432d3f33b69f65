package org.orgrules.model;

import java.util.List;
import java.util.Locale;

/**
 * A fact: a company's charter (公司章程) names the positions it classes as senior management
 * (高级管理人员, K3.2). Read from a company's {@code charter: {senior_management: [...]}} in YAML.
 */
public record Charter(String company, List<String> seniorManagement, String origin) {
    public Charter {
        company = company == null ? "" : company;
        seniorManagement = List.copyOf(seniorManagement);
        origin = origin == null ? "" : origin;
    }

    public String getCompany() { return company; }
    public List<String> getSeniorManagement() { return seniorManagement; }

    /** True when the charter lists this very title (case and spaces ignored). */
    public boolean lists(String title) {
        String t = norm(title);
        for (String s : seniorManagement) if (norm(s).equals(t)) return true;
        return false;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
