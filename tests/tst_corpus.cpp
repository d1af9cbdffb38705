// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Real-looking logs of every kind the tool meets, with the findings each must give and the
// look-alikes each must not (tests/corpus/expected.tsv).
#include "catalog.h"
#include "scanner.h"
#include "textdecode.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace sspilens;

namespace {

const QString kCorpus = QStringLiteral(SSPILENS_SOURCE_DIR "/tests/corpus");

struct Expectations {
    QMap<QString, QStringList> findings;   ///< file -> "line form symbol text", sorted
    QMap<QString, QStringList> lookAlikes; ///< file -> texts that must not be matched
};

Expectations readExpectations()
{
    Expectations e;
    QFile f(kCorpus + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return e;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() == 3 && cells.at(1) == QLatin1String("!")) {
            e.lookAlikes[cells.at(0)] << cells.at(2);
        } else if (cells.size() == 5) {
            QString text = cells.at(4);
            text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            e.findings[cells.at(0)] << QStringLiteral("%1 %2 %3 [%4]").arg(cells.at(1), cells.at(2), cells.at(3), text);
        } else {
            e.findings[QStringLiteral("<malformed expected.tsv>")] << line;
        }
    }
    for (QStringList &list : e.findings)
        list.sort();
    return e;
}

QString readLog(const QString &name, DecodeInfo *info)
{
    QFile f(kCorpus + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return decodeText(f.readAll(), info);
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLogIsListed();
    void findings_data();
    void findings();
    void lookAlikesAreNotFound_data();
    void lookAlikesAreNotFound();
    void logKindsCovered();

private:
    Expectations m_expected;
    const LogScanner m_scanner;
};

void TestCorpus::initTestCase()
{
    m_expected = readExpectations();
    QVERIFY(!m_expected.findings.contains(QStringLiteral("<malformed expected.tsv>")));
    QVERIFY(m_expected.findings.size() >= 12);
}

void TestCorpus::everyLogIsListed()
{
    const QStringList files = QDir(kCorpus).entryList(QDir::Files);
    for (const QString &file : files) {
        if (file == QLatin1String("expected.tsv"))
            continue;
        QVERIFY2(m_expected.findings.contains(file), qPrintable(file));
        QVERIFY2(m_expected.lookAlikes.contains(file), qPrintable(file));
    }
}

void TestCorpus::findings_data()
{
    QTest::addColumn<QString>("file");
    for (auto it = m_expected.findings.cbegin(); it != m_expected.findings.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestCorpus::findings()
{
    QFETCH(QString, file);
    DecodeInfo info;
    const QString text = readLog(file, &info);
    QVERIFY(!text.isEmpty());
    QVERIFY(!info.invalidBytes);
    QStringList got;
    for (const Finding &f : m_scanner.scan(text)) {
        const QString code = f.code ? f.code->symbolString() : formatHex(f.value);
        got << QStringLiteral("%1 %2 %3 [%4]").arg(f.line).arg(findingFormKey(f.form), code, f.text);
        QCOMPARE(text.mid(f.offset, f.length), f.text);
    }
    got.sort();
    QCOMPARE(got, m_expected.findings.value(file));
}

void TestCorpus::lookAlikesAreNotFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lookAlike");
    for (auto it = m_expected.lookAlikes.cbegin(); it != m_expected.lookAlikes.cend(); ++it) {
        for (const QString &text : it.value())
            QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(text)) << it.key() << text;
    }
}

void TestCorpus::lookAlikesAreNotFound()
{
    QFETCH(QString, file);
    QFETCH(QString, lookAlike);
    const QString text = readLog(file, nullptr);
    qsizetype at = text.indexOf(lookAlike);
    QVERIFY2(at >= 0, "the look-alike must be in the log");
    const auto findings = m_scanner.scan(text);
    for (; at >= 0; at = text.indexOf(lookAlike, at + 1)) {
        for (const Finding &f : findings) {
            const bool overlaps = f.offset < at + lookAlike.size() && at < f.offset + f.length;
            QVERIFY2(!overlaps, qPrintable(QStringLiteral("%1 matched at line %2").arg(f.text).arg(f.line)));
        }
    }
}

void TestCorpus::logKindsCovered()
{
    // The kinds of logs the issue names, each with at least one finding.
    const QStringList kinds = {QStringLiteral("curl-git-schannel.log"),
                               QStringLiteral("dotnet-exceptions.log"),
                               QStringLiteral("sqlserver-errorlog.log"),
                               QStringLiteral("powershell-winrm.log"),
                               QStringLiteral("python-pywintypes.log"),
                               QStringLiteral("ldap-bind.log"),
                               QStringLiteral("klist.log"),
                               QStringLiteral("eventviewer-text.log"),
                               QStringLiteral("eventviewer.xml"),
                               QStringLiteral("iis-u_ex.log"),
                               QStringLiteral("powershell5-transcript-utf16le-bom.log"),
                               QStringLiteral("eventviewer-export-utf16le-nobom.txt")};
    for (const QString &kind : kinds)
        QVERIFY2(!m_expected.findings.value(kind).isEmpty(), qPrintable(kind));
    DecodeInfo info;
    readLog(QStringLiteral("powershell5-transcript-utf16le-bom.log"), &info);
    QCOMPARE(info.encoding, QByteArray("UTF-16LE"));
    QVERIFY(info.hadBom);
    readLog(QStringLiteral("eventviewer-export-utf16le-nobom.txt"), &info);
    QCOMPARE(info.encoding, QByteArray("UTF-16LE"));
    QVERIFY(!info.hadBom);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
