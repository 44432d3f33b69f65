package org.orgrules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV scanner reads what commons-csv reads, record by record and line by line. */
class CsvScannerTest {

    private static final CSVFormat COMMONS = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    @Test
    void scannerAgreesWithCommonsCsvOnTrickyInputs() throws IOException {
        for (String text : List.of("", "a", "a,b\n", "a,b\r\nc,d", "a,,\n,\n", " a , b ", "\"a,b\",c\n",
                "\"a\"\"b\",c", "\"multi\nline\",x\ny,z", "\"cr\r\nlf\"\r\n", "a\"b,c", "  \"q\"  ,x",
                "\n\n\r\n", "\"\"", "\"\",\"\"", "中文,\"引号, 逗号\"\n", "\t a\t,b", "a,b\r", "a\r\rb")) {
            assertSame(text);
        }
    }

    @Test
    void scannerAgreesWithCommonsCsvOnRandomText() throws IOException {
        char[] alphabet = {'a', 'b', ',', ',', '"', '"', ' ', '\n', '\r', '\t', '中'};
        Random random = new Random(20240601);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
            assertSame(text.toString());
        }
    }

    /** Both read the same records from the same lines; where commons-csv fails, the scanner reports a broken record there. */
    private static void assertSame(String text) throws IOException {
        List<String> expected = new ArrayList<>();
        boolean failed = false;
        try (CSVParser parser = COMMONS.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!it.hasNext()) break;
                    expected.add(line + " " + it.next().toList());
                } catch (UncheckedIOException | IllegalStateException e) {
                    failed = true;
                    break;
                }
            }
        }
        List<String> actual = new ArrayList<>();
        boolean broken = false;
        for (CsvFacts.Scanned s : CsvFacts.scanAll(text)) {
            if (s.found() == CsvFacts.RECORD) {
                actual.add(s.line() + " " + s.values());
            } else {
                broken = true;
            }
        }
        assertThat(actual).as("records of %s", show(text)).isEqualTo(expected);
        assertThat(broken).as("broken record in %s", show(text)).isEqualTo(failed);
    }

    private static String show(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }
}
