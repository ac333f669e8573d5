package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a statement of a plain dump ends: at a semicolon outside quotes, dollar quotes and comments. */
class PlainDumpScannerTests {

    @Test
    void aSemicolonEndsAStatementOnlyOutsideQuotesAndComments() {
        assertThat(new PlainDump.Scanner().endsStatement("SET client_encoding = 'UTF8';")).isTrue();
        assertThat(new PlainDump.Scanner().endsStatement("SELECT 1; -- done")).isTrue();
        assertThat(new PlainDump.Scanner().endsStatement("INSERT INTO t VALUES ('a;b'")).isFalse();
        assertThat(new PlainDump.Scanner().endsStatement("SELECT 'it''s;' ;")).isTrue();
        assertThat(new PlainDump.Scanner().endsStatement("SELECT E'a\\';b';")).isTrue();
        assertThat(new PlainDump.Scanner().endsStatement("CREATE TABLE \"odd;name\" (id int)")).isFalse();
        assertThat(new PlainDump.Scanner().endsStatement("SELECT 1 /* ; */")).isFalse();
        assertThat(new PlainDump.Scanner().endsStatement("SELECT 1; SELECT 2")).isFalse();
    }

    @Test
    void aDollarQuotedBodySpansLinesAndItsSemicolonsAndParametersStayInside() {
        PlainDump.Scanner scanner = new PlainDump.Scanner();
        assertThat(scanner.endsStatement("CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $fn$")).isFalse();
        assertThat(scanner.endsStatement("  select $1; select '$$';")).isFalse();
        assertThat(scanner.endsStatement("$fn$;")).isTrue();

        PlainDump.Scanner anonymous = new PlainDump.Scanner();
        assertThat(anonymous.endsStatement("DO $$ BEGIN PERFORM 1;")).isFalse();
        assertThat(anonymous.endsStatement("END $$;")).isTrue();
    }
}
