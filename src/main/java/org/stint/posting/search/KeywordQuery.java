package org.stint.posting.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed in the keyword box, turned into the text of a PostgreSQL {@code tsquery}
 * that is handed to the database as a bound parameter, never spliced into SQL.
 *
 * <p>Only runs of letters (with their marks) and digits survive, so no {@code tsquery} operator a person types can
 * reach the parser. All words must match ({@code &}); text in double quotes must match as a
 * phrase ({@code <->}); the last word also matches as a prefix, so "data analy" finds "data
 * analyst". Prefixes go through the {@code simple} configuration because the English stemmer
 * would turn "analy" into "anali", which no stored lexeme starts with.
 *
 * @param terms words and phrases every match contains, for {@code to_tsquery('english', …)};
 *     empty when there are none
 * @param last the last unquoted word, stemmed as usual; empty when there is none
 * @param lastPrefix the same word as a prefix, for {@code to_tsquery('simple', …)}; empty when
 *     the word is too short to be a useful prefix
 */
record KeywordQuery(String terms, String last, String lastPrefix) {

    /** More words than this only slow the search down; the rest are dropped. */
    static final int MAX_WORDS = 8;

    static final int MIN_PREFIX_LENGTH = 3;

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"?");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** {@code null} when the text holds no word at all (only punctuation, say). */
    static KeywordQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int budget = MAX_WORDS;
        Matcher phrase = PHRASE.matcher(text);
        StringBuilder loose = new StringBuilder();
        int end = 0;
        while (phrase.find()) {
            loose.append(text, end, phrase.start()).append(' ');
            end = phrase.end();
            List<String> words = words(phrase.group(1), budget);
            budget -= words.size();
            if (words.size() == 1) {
                parts.add(words.get(0));
            } else if (words.size() > 1) {
                parts.add("(" + String.join(" <-> ", words) + ")");
            }
        }
        loose.append(text.substring(end));
        List<String> words = words(loose.toString(), budget);
        String last = "";
        if (!words.isEmpty()) {
            last = words.get(words.size() - 1);
            parts.addAll(words.subList(0, words.size() - 1));
        }
        if (parts.isEmpty() && last.isEmpty()) {
            return null;
        }
        String prefix = last.length() >= MIN_PREFIX_LENGTH ? last + ":*" : "";
        return new KeywordQuery(String.join(" & ", parts), last, prefix);
    }

    /**
     * The first string after every string that starts with the last word, in code point (and so
     * UTF-8 byte, collation "C") order: "analyst" gives "analysu". Lexemes from {@code last}
     * inclusive to this exclusive are exactly those with the prefix.
     */
    String prefixEnd() {
        int lastCodePoint = last.codePointBefore(last.length());
        return last.substring(0, last.length() - Character.charCount(lastCodePoint))
                + Character.toString(lastCodePoint + 1);
    }

    private static List<String> words(String text, int budget) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && words.size() < budget) {
            words.add(word.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }
}
