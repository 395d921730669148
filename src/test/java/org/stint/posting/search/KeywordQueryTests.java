package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordQueryTests {

    @Test
    void allWordsMustMatchAndTheLastIsAlsoAPrefix() {
        KeywordQuery query = KeywordQuery.parse("Data analy");
        assertThat(query.terms()).isEqualTo("data");
        assertThat(query.last()).isEqualTo("analy");
        assertThat(query.lastPrefix()).isEqualTo("analy:*");
        assertThat(query.prefixEnd()).isEqualTo("analz");
        assertThat(KeywordQuery.parse("café").prefixEnd()).isEqualTo("caf\u00ea");
    }

    @Test
    void quotedTextIsAPhrase() {
        KeywordQuery query = KeywordQuery.parse("\"customer churn\" sql");
        assertThat(query.terms()).isEqualTo("(customer <-> churn)");
        assertThat(query.last()).isEqualTo("sql");
        assertThat(KeywordQuery.parse("\"power bi").terms()).isEqualTo("(power <-> bi)");
    }

    @Test
    void operatorsAndPunctuationNeverReachTheQuery() {
        KeywordQuery query = KeywordQuery.parse("a & b | !c:* (d) <-> 'e'; drop table postings; --");
        assertThat(query.terms() + " " + query.last()).matches("[a-z &]+");
        assertThat(KeywordQuery.parse("!!! ::: ***")).isNull();
        assertThat(KeywordQuery.parse("   ")).isNull();
    }

    @Test
    void shortLastWordsAreNotPrefixesAndLongQueriesAreCut() {
        assertThat(KeywordQuery.parse("ux ui").lastPrefix()).isEmpty();
        KeywordQuery many = KeywordQuery.parse("one two three four five six seven eight nine ten");
        assertThat(many.terms().split(" & ")).hasSize(KeywordQuery.MAX_WORDS - 1);
        assertThat(many.last()).isEqualTo("eight");
    }

    @Test
    void lettersOfAnyScriptAreWords() {
        assertThat(KeywordQuery.parse("données Müller").terms()).isEqualTo("données");
        assertThat(KeywordQuery.parse("डेटा").last()).isNotEmpty();
    }
}
