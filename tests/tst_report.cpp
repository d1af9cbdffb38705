// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Reports: CSV that parses back, JSON in the exact DESIGN.md shape, Markdown for a ticket.
#include "catalog.h"
#include "guides.h"
#include "report.h"
#include "scanner.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sspilens;

namespace {

const QString kLog = QStringLiteral("2024-06-01 schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain "
                                    "was issued by an authority that is not trusted.\n"
                                    "HResult=-2146893022, \"quoted, text\"\n"
                                    "unknown 0x800903FF\n"
                                    "The target principal\n  name is incorrect.\n"
                                    "again 0x80090325\n");

/// RFC 4180 reader: quoted fields, doubled quotes, CRLF records, line breaks inside quotes.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryGroupsByCode();
    void summaryGroupsByFamilyAndValue();
    void csvParsesBack();
    void jsonShape();
    void jsonEscapes_data();
    void jsonEscapes();
    void emptyReports();
    void markdownIsTicketReady();
    void markdownPrintsEachGuideOnce();
    void textIsOneLinePerFinding();
    void fileNamesAreNeverFormatted_data();
    void fileNamesAreNeverFormatted();
    void writeToDevice();
    void summaryMemoryIsBounded();

private:
    std::vector<Finding> m_findings;
};

void TestReport::initTestCase()
{
    const LogScanner scanner;
    m_findings = scanner.scan(kLog);
    QCOMPARE(m_findings.size(), size_t(7));
}

void TestReport::summaryGroupsByCode()
{
    ReportSummary summary;
    for (const Finding &f : m_findings)
        summary.add(f, QStringLiteral("a.log"));
    QCOMPARE(summary.findingCount(), qint64(7));
    QCOMPARE(summary.files(), QStringList{QStringLiteral("a.log")});
    const auto &entries = summary.entries();
    QCOMPARE(entries.size(), size_t(3)); // untrusted root, wrong principal, unknown
    QCOMPARE(entries[0].value, 0x80090325u);
    QCOMPARE(entries[0].count, qint64(4));
    QCOMPARE(entries[0].first.line, qint64(1));
    QCOMPARE(entries[0].last.line, qint64(6));
    QCOMPARE(entries[1].value, 0x80090322u);
    QCOMPARE(entries[1].count, qint64(2));
    QCOMPARE(entries[1].first.line, qint64(2));
    QCOMPARE(entries[1].last.line, qint64(4));
    QCOMPARE(entries[2].value, 0x800903FFu);
    QCOMPARE(entries[2].code, nullptr);
    QCOMPARE(entries[2].locations.size(), 1);
}

void TestReport::summaryGroupsByFamilyAndValue()
{
    // Kerberos 0x18 (KDC_ERR_PREAUTH_FAILED) and a code of another family with the same value,
    // built by hand, are two codes: a summary keyed by the value alone would fold them into one.
    const StatusCode *preauth = Catalog::instance().byValue(0x18, Family::Kerberos);
    QVERIFY(preauth);
    StatusCode other;
    other.family = Family::TlsAlert;
    other.value = 0x18;
    other.symbol = "TLS_ALERT_24_FOR_TEST";
    other.category = Category::MessagesCryptography;
    other.meaning = "A code built by the test.";
    const auto make = [](const StatusCode *code, qint64 line, const QString &text) {
        Finding f;
        f.line = line;
        f.offset = line * 10;
        f.length = text.size();
        f.text = text;
        f.value = code->value;
        f.code = code;
        return f;
    };
    const std::vector<Finding> findings{make(preauth, 1, QStringLiteral("0x18")), make(&other, 2, QStringLiteral("24")),
                                        make(preauth, 3, QStringLiteral("0x18")), make(&other, 4, QStringLiteral("24")),
                                        make(&other, 5, QStringLiteral("24"))};
    ReportSummary summary;
    for (const Finding &f : findings)
        summary.add(f, QStringLiteral("events.txt"));
    const auto &entries = summary.entries();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[0].family, Family::Kerberos);
    QCOMPARE(entries[0].code, preauth);
    QCOMPARE(entries[0].count, qint64(2));
    QCOMPARE(entries[0].first.line, qint64(1));
    QCOMPARE(entries[0].last.line, qint64(3));
    QCOMPARE(entries[1].family, Family::TlsAlert);
    QCOMPARE(entries[1].code, &other);
    QCOMPARE(entries[1].count, qint64(3));
    QCOMPARE(entries[1].first.line, qint64(2));
    QCOMPARE(entries[1].last.line, qint64(5));

    // The JSON keeps its shape: one summary object per (family, value), value as 0x + 8 digits.
    const QJsonObject root = QJsonDocument::fromJson(formatReport(ReportFormat::Json, findings).toUtf8()).object();
    const QJsonArray rows = root.value(QStringLiteral("summary")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("kerberos"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("symbol")).toString(),
             QStringLiteral("KDC_ERR_PREAUTH_FAILED"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("0x00000018"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("tls-alert"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("0x00000018"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("count")).toInt(), 3);
}

void TestReport::csvParsesBack()
{
    const QString csv = formatReport(ReportFormat::Csv, m_findings, QStringLiteral("dir, with comma/a.log"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 1 + int(m_findings.size()));
    const QStringList header = {
        QStringLiteral("file"),   QStringLiteral("line"),  QStringLiteral("column"),   QStringLiteral("offset"),
        QStringLiteral("length"), QStringLiteral("text"),  QStringLiteral("form"),     QStringLiteral("family"),
        QStringLiteral("symbol"), QStringLiteral("value"), QStringLiteral("meaning"),  QStringLiteral("event_id"),
        QStringLiteral("record"), QStringLiteral("time"),  QStringLiteral("computer"), QStringLiteral("field")};
    QCOMPARE(rows.first(), header);
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const QStringList &row = rows.at(int(i) + 1);
        const Finding &f = m_findings[i];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(0), QStringLiteral("dir, with comma/a.log"));
        QCOMPARE(row.at(1).toLongLong(), f.line);
        QCOMPARE(row.at(2).toLongLong(), f.column);
        QCOMPARE(row.at(3).toLongLong(), f.offset);
        QCOMPARE(row.at(4).toLongLong(), f.length);
        QCOMPARE(row.at(5), f.text); // the wrapped message keeps its line break
        QCOMPARE(row.at(6), findingFormKey(f.form));
        QCOMPARE(row.at(7), QStringLiteral("sspi"));
        QCOMPARE(row.at(8), f.code ? f.code->symbolString() : QString());
        QCOMPARE(row.at(9), formatHex(f.value));
        QCOMPARE(row.at(10), codeMeaning(f.code));
    }
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    QCOMPARE(csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestReport::jsonShape()
{
    const QString json = formatReport(ReportFormat::Json, m_findings, QStringLiteral("a.log"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(sortedKeys(root), (QStringList{QStringLiteral("findings"), QStringLiteral("summary")}));

    const QStringList findingKeys = {QStringLiteral("column"), QStringLiteral("family"), QStringLiteral("file"),
                                     QStringLiteral("form"),   QStringLiteral("length"), QStringLiteral("line"),
                                     QStringLiteral("offset"), QStringLiteral("symbol"), QStringLiteral("text"),
                                     QStringLiteral("value")};
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), qsizetype(m_findings.size()));
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject o = findings.at(i).toObject();
        const Finding &f = m_findings[size_t(i)];
        QCOMPARE(sortedKeys(o), findingKeys);
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("a.log"));
        QCOMPARE(o.value(QStringLiteral("line")).toInteger(), f.line);
        QCOMPARE(o.value(QStringLiteral("column")).toInteger(), f.column);
        QCOMPARE(o.value(QStringLiteral("offset")).toInteger(), f.offset);
        QCOMPARE(o.value(QStringLiteral("length")).toInteger(), f.length);
        QCOMPARE(o.value(QStringLiteral("text")).toString(), f.text);
        QCOMPARE(o.value(QStringLiteral("form")).toString(), findingFormKey(f.form));
        QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("sspi"));
        const QString value = o.value(QStringLiteral("value")).toString();
        QCOMPARE(value, formatHex(f.value));
        QVERIFY(value.size() == 10 && value.startsWith(QStringLiteral("0x")) && value.mid(2) == value.mid(2).toUpper());
        if (f.code)
            QCOMPARE(o.value(QStringLiteral("symbol")).toString(), f.code->symbolString());
        else
            QVERIFY(o.value(QStringLiteral("symbol")).isNull());
    }

    const QStringList summaryKeys = {
        QStringLiteral("category"),  QStringLiteral("count"),   QStringLiteral("family"), QStringLiteral("first_line"),
        QStringLiteral("last_line"), QStringLiteral("meaning"), QStringLiteral("symbol"), QStringLiteral("value")};
    const QJsonArray summary = root.value(QStringLiteral("summary")).toArray();
    QCOMPARE(summary.size(), 3);
    for (const QJsonValue &v : summary)
        QCOMPARE(sortedKeys(v.toObject()), summaryKeys);
    const QJsonObject first = summary.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("0x80090325"));
    QCOMPARE(first.value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("first_line")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("last_line")).toInt(), 6);
    QCOMPARE(first.value(QStringLiteral("category")).toString(),
             categoryKey(Catalog::instance().byValue(0x80090325u)->category));
    const QJsonObject unknown = summary.at(2).toObject();
    QVERIFY(unknown.value(QStringLiteral("symbol")).isNull());
    QVERIFY(unknown.value(QStringLiteral("category")).isNull());
    QVERIFY(unknown.value(QStringLiteral("meaning")).toString() == codeMeaning(nullptr));
    QCOMPARE(unknown.value(QStringLiteral("value")).toString(), QStringLiteral("0x800903FF"));
}

void TestReport::jsonEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslash") << QStringLiteral("C:\\logs\\\"a\".log");
    QTest::newRow("controls") << (QStringLiteral("tab\there nl\n cr\r bell") + QChar(7) + QChar(0));
    QTest::newRow("unicode") << QStringLiteral("日誌 \U0001F600 café");
    QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
}

void TestReport::jsonEscapes()
{
    QFETCH(QString, text);
    const QByteArray doc = (QStringLiteral("{\"v\": ") + jsonQuote(text) + QStringLiteral("}")).toUtf8();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(doc, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (!text.contains(QChar(0xD800)))
        QCOMPARE(parsed.object().value(QStringLiteral("v")).toString(), text);
}

void TestReport::emptyReports()
{
    const std::vector<Finding> none;
    const QJsonDocument doc = QJsonDocument::fromJson(formatReport(ReportFormat::Json, none).toUtf8());
    QVERIFY(doc.isObject());
    QVERIFY(doc.object().value(QStringLiteral("findings")).toArray().isEmpty());
    QVERIFY(doc.object().value(QStringLiteral("summary")).toArray().isEmpty());
    QCOMPARE(parseCsv(formatReport(ReportFormat::Csv, none)).size(), 1);
    QVERIFY(!formatReport(ReportFormat::Text, none).isEmpty());
    QVERIFY(formatReport(ReportFormat::Markdown, none).startsWith(QStringLiteral("# ")));
}

void TestReport::markdownIsTicketReady()
{
    const QString md = formatReport(ReportFormat::Markdown, m_findings, QStringLiteral("server.log"));
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QVERIFY(md.contains(QStringLiteral("## SEC_E_UNTRUSTED_ROOT (0x80090325)")));
    QVERIFY(md.contains(QStringLiteral("## SEC_E_WRONG_PRINCIPAL (0x80090322)")));
    QVERIFY(md.contains(QStringLiteral("0x800903FF")));
    QVERIFY(md.contains(QStringLiteral("server.log:6")));
    const StatusCode *root = Catalog::instance().byValue(0x80090325u);
    QVERIFY(md.contains(trCatalog(root->meaning)));
    for (const char *cause : root->causes)
        QVERIFY(md.contains(trCatalog(cause)));
    for (const NextStep &step : root->nextSteps) {
        if (step.command)
            QVERIFY(md.contains(QString::fromLatin1(step.command)));
    }
    QVERIFY(md.contains(QStringLiteral("Unknown SSPI code (0x800903FF)")));
}

void TestReport::textIsOneLinePerFinding()
{
    const QString text = formatReport(ReportFormat::Text, m_findings, QStringLiteral("a.log"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("a.log:1:22  SEC_E_UNTRUSTED_ROOT  0x80090325  ")
                              + codeMeaning(Catalog::instance().byValue(0x80090325u)));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("a.log:3:9  ")));
    QVERIFY(lines.at(4).contains(QStringLiteral("  0x800903FF  ")));
    QVERIFY(text.contains(QStringLiteral("SEC_E_UNTRUSTED_ROOT  0x80090325  4 ")));
}

void TestReport::fileNamesAreNeverFormatted_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("%1") << "app%1.log";
    QTest::newRow("%2B (URL-encoded +)") << "auth%2Bkerb.log";
    QTest::newRow("100%") << "100%.log";
    QTest::newRow("%%") << "%%.log";
    QTest::newRow("%9 and %L1") << "x%9%L1%n.log";
}

// A '%1' in a file name must come out as written in every format (a chained QString::arg() once
// substituted it, shifting JSON fields into each other).
void TestReport::fileNamesAreNeverFormatted()
{
    QFETCH(QString, file);
    const auto count = qsizetype(m_findings.size());

    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(formatReport(ReportFormat::Json, m_findings, file).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), count);
    for (const QJsonValue &v : findings) {
        QCOMPARE(v.toObject().value(QStringLiteral("file")).toString(), file);
        QCOMPARE(v.toObject().value(QStringLiteral("form")).toString().isEmpty(), false);
        QVERIFY(v.toObject().value(QStringLiteral("value")).toString().startsWith(QStringLiteral("0x")));
    }

    const QList<QStringList> rows = parseCsv(formatReport(ReportFormat::Csv, m_findings, file));
    QCOMPARE(rows.size(), count + 1);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).value(0), file);

    const QStringList lines = formatReport(ReportFormat::Text, m_findings, file).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < count; ++i)
        QVERIFY2(lines.at(i).startsWith(file + QLatin1Char(':')), qPrintable(lines.at(i)));

    ReportSummary summary;
    summary.addFile(file);
    summary.addFile(QStringLiteral("other.log"));
    for (const Finding &f : m_findings)
        summary.add(f, file);
    const QString markdown = markdownSummary(summary);
    QVERIFY2(markdown.contains(QLatin1Char('`') + file + QLatin1Char('`')), qPrintable(markdown));
    QVERIFY2(markdown.contains(file + QStringLiteral(":1")), qPrintable(markdown));
    const QString text = ReportWriter(ReportFormat::Text).end(summary);
    QVERIFY2(text.contains(file + QLatin1Char(' ')), qPrintable(text));
}

void TestReport::writeToDevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeReport(&buffer, ReportFormat::Json, m_findings, QStringLiteral("日誌.log")));
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data());
    QCOMPARE(doc.object()
                 .value(QStringLiteral("findings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             QStringLiteral("日誌.log"));
    QVERIFY(!writeReport(nullptr, ReportFormat::Json, m_findings));
}

void TestReport::summaryMemoryIsBounded()
{
    // A million findings of one code keep one entry and a capped list of places.
    ReportSummary summary;
    Finding f = m_findings.front();
    for (qint64 i = 1; i <= 1000000; ++i) {
        f.line = i;
        summary.add(f, QStringLiteral("big.log"));
    }
    QCOMPARE(summary.entries().size(), size_t(1));
    QCOMPARE(summary.entries().front().count, qint64(1000000));
    QCOMPARE(summary.entries().front().last.line, qint64(1000000));
    QCOMPARE(summary.entries().front().locations.size(), SummaryEntry::maxLocations);
}

void TestReport::markdownPrintsEachGuideOnce()
{
    // SEC_E_ILLEGAL_MESSAGE refers to the Schannel logging guide: the step names it and the guide's
    // steps follow the code's own steps once, not inside every step that refers to it.
    const StatusCode *code = Catalog::instance().bySymbol(QStringLiteral("SEC_E_ILLEGAL_MESSAGE"));
    QVERIFY(code);
    const std::vector<Guide> guides = guidesOf(*code);
    QVERIFY(std::find(guides.begin(), guides.end(), Guide::SchannelEventLogging) != guides.end());
    const QString md = markdownNextSteps(*code);
    const GuideInfo *info = guideInfo(Guide::SchannelEventLogging);
    QVERIFY(info);
    QCOMPARE(md.count(QStringLiteral("See: ") + QString::fromUtf8(info->title)), 1);
    for (const GuideStep &step : info->steps)
        QCOMPARE(md.count(QString::fromUtf8(step.command)), 1);
    QVERIFY(md.indexOf(QStringLiteral("See: ")) > md.lastIndexOf(QStringLiteral("7. ")));
    QVERIFY(md.contains(QStringLiteral("(see “Schannel event logging” below)")));

    // A code without guides prints no guide section.
    const StatusCode *ok = Catalog::instance().bySymbol(QStringLiteral("SEC_E_OK"));
    QVERIFY(ok);
    QVERIFY(guidesOf(*ok).empty());
    QVERIFY(!markdownNextSteps(*ok).contains(QStringLiteral("See: ")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
