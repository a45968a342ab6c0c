package org.roleatlas.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The sample community's text fragments, from {@code demo/topics.yaml} on the class path. */
record Writing(List<Topic> topics, List<PollQuestion> polls, List<String> questionClosings,
               List<String> answerClosings, List<String> leadIns, List<String> comments, List<String> commentOpeners,
               List<String> commentTails, MemberRules members) {

    /**
     * One subject people ask about, with the fragments its questions, answers and comments are made of.
     *
     * @param roles slugs of the catalogue roles its questions are about
     */
    record Topic(String key, List<String> roles, List<String> titles, List<String> openings, List<String> details,
                 List<String> answers, List<String> comments) {
    }

    /**
     * What makes a sample member plausible: the smallest and largest company size band (keys) at which a role is
     * usual, and titles people use only at small companies (up to 51–200) or only at large ones (5,001 and up).
     */
    record MemberRules(Map<String, String> smallestCompany, Map<String, String> largestCompany,
                       List<String> smallCompanyTitles, List<String> largeCompanyTitles) {
    }

    /** A question that carries a poll; its answers and comments come from the topic named {@code topic}. */
    record PollQuestion(String topic, String title, String body, List<String> options) {
    }

    Topic topic(String key) {
        return topics.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo/topics.yaml: no topic '" + key + "'"));
    }

    static Writing load() {
        try (InputStream in = Writing.class.getResourceAsStream("/demo/topics.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo/topics.yaml is missing from the class path");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> topics = list(root, "topics");
            Map<String, Object> closings = map(root, "closings");
            List<PollQuestion> polls = list(root, "polls").stream().map(p -> new PollQuestion((String) p.get("topic"),
                    (String) p.get("title"), (String) p.get("body"), strings(p, "options"))).toList();
            Map<String, Object> members = map(root, "members");
            return new Writing(topics.stream().map(Writing::topic).toList(), polls, strings(closings, "question"),
                    strings(closings, "answer"), strings(root, "lead-ins"), strings(root, "comments"),
                    strings(root, "comment-openers"), strings(root, "comment-tails"),
                    new MemberRules(stringMap(members, "smallest-company"), stringMap(members, "largest-company"),
                            strings(members, "small-company-titles"), strings(members, "large-company-titles")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Topic topic(Map<String, Object> t) {
        return new Topic((String) t.get("key"), strings(t, "roles"), strings(t, "titles"), strings(t, "openings"), strings(t, "details"), strings(t, "answers"), strings(t, "comments"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(Map<String, Object> map, String key) {
        return Map.copyOf((Map<String, String>) map.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof List<?>)) {
            throw new IllegalStateException("demo/topics.yaml: '" + key + "' must be a list");
        }
        return List.copyOf((List<String>) value);
    }
}
