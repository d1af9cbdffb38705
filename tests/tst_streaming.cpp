// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// ScanStream: a text fed in pieces gives exactly the findings of the whole text, whatever the
// borders. (The multi-gigabyte run in bounded memory is in bench/run_decode_bench.sh.)
#include "scanner.h"

#include <QTest>

using namespace sspilens;

namespace {

QString key(const Finding &f)
{
    return QStringLiteral("%1+%2 L%3 C%4 %5 %6 [%7]")
        .arg(f.offset)
        .arg(f.length)
        .arg(f.line)
        .arg(f.column)
        .arg(findingFormKey(f.form), formatHex(f.value), f.text);
}

QStringList keys(const std::vector<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << key(f);
    return list;
}

/// Feeds @p text cut at @p cuts (increasing positions) and returns the findings.
QStringList streamed(const LogScanner &scanner, QStringView text, const QList<qsizetype> &cuts)
{
    QStringList list;
    const FindingSink sink = [&list](const Finding &f) {
        list << key(f);
        return true;
    };
    ScanStream stream(scanner);
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        stream.feed(text.mid(from, cut - from), sink);
        from = cut;
    }
    stream.feed(text.mid(from), sink);
    stream.finish(sink);
    return list;
}

/// Codes of every form, a long wrapped message among them, between filler lines.
QString codeBlock()
{
    return QStringLiteral(
        "2024-06-01 10:00:00 schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued\n"
        "      by an authority that is not trusted.\n"
        "klist failed with 0x8009030e/-2146893042: No credentials are available in the security package\n"
        "80090308: LdapErr: DSID-0C09044E; rax=0xFFFFFFFF80090326; HResult=-2146893019; 401 1 2148074254 0\n"
        "The smartcard certificate used for authentication has been revoked. Please contact your system\n"
        "administrator. There may be additional information in the event log. "
        "{80090325-1111-2222-3333-444455556666}\n");
}

QString filler(int lines, int seed)
{
    QString s;
    for (int i = 0; i < lines; ++i)
        s += QStringLiteral("2024-06-01 10:%1:%2 INFO request %3 done in %4 ms thread=0x%5\n")
                 .arg(i % 60, 2, 10, QLatin1Char('0'))
                 .arg((i * 7 + seed) % 60, 2, 10, QLatin1Char('0'))
                 .arg(i * 7919 + seed)
                 .arg(i % 977)
                 .arg(quint64(i) * 2654435761u + quint64(seed), 16, 16, QLatin1Char('0'));
    return s;
}

} // namespace

class TestStreaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySplitPosition();
    void everySplitNearTheScanBorder();
    void pieceSizes_data();
    void pieceSizes();
    void linesAcrossPieces();
    void memoryStaysBounded();
    void emptyAndTinyStreams();
    void sinkCanStop();

private:
    const LogScanner m_scanner;
    QString m_text;
    QStringList m_expected;
    qsizetype m_blockStart = 0;
};

void TestStreaming::initTestCase()
{
    // Long enough that the stream scans in several rounds before finish().
    m_text = filler(150, 1);
    m_blockStart = m_text.size();
    m_text += codeBlock() + filler(150, 2) + codeBlock() + filler(20, 3);
    m_expected = keys(m_scanner.scan(m_text));
    QCOMPARE(m_expected.size(), 20);
    QVERIFY(m_text.size() > 2 * m_scanner.maxFindingLength() + 8192);
}

void TestStreaming::everySplitPosition()
{
    // One border at every position of the first block of codes and around it.
    const qsizetype from = m_blockStart - 50;
    const qsizetype to = m_blockStart + codeBlock().size() + 50;
    for (qsizetype cut = from; cut <= to; ++cut) {
        const QStringList got = streamed(m_scanner, m_text, {cut});
        if (got != m_expected) {
            QCOMPARE(got, m_expected); // shows the difference
            QFAIL(qPrintable(QStringLiteral("split at %1").arg(cut)));
        }
    }
}

void TestStreaming::everySplitNearTheScanBorder()
{
    // After a piece, the stream scans up to maxFindingLength() before its end and keeps the rest:
    // put that inner border, too, at every position of the block.
    const qsizetype lookahead = m_scanner.maxFindingLength();
    const qsizetype from = m_blockStart + lookahead - 50;
    const qsizetype to = m_blockStart + codeBlock().size() + lookahead + 50;
    for (qsizetype cut = from; cut <= to && cut < m_text.size(); ++cut) {
        const QStringList got = streamed(m_scanner, m_text, {cut});
        if (got != m_expected) {
            QCOMPARE(got, m_expected);
            QFAIL(qPrintable(QStringLiteral("split at %1").arg(cut)));
        }
    }
}

void TestStreaming::pieceSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {1, 2, 3, 7, 64, 1000, 4095, 4096, 4097, 8191, 65536})
        QTest::addRow("%d", size) << size;
}

void TestStreaming::pieceSizes()
{
    QFETCH(int, size);
    QList<qsizetype> cuts;
    for (qsizetype cut = size; cut < m_text.size(); cut += size)
        cuts << cut;
    QCOMPARE(streamed(m_scanner, m_text, cuts), m_expected);
}

void TestStreaming::linesAcrossPieces()
{
    // Lines and offsets count from the start of the stream, not of the piece.
    const QString line = QStringLiteral("some log line without codes, just words and 12345\n");
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += line;
    text += QStringLiteral("   0x80090322\n");
    ScanStream stream(m_scanner, 10);
    std::vector<Finding> found;
    const FindingSink sink = [&found](const Finding &f) {
        found.push_back(f);
        return true;
    };
    for (qsizetype i = 0; i < text.size(); i += 333)
        stream.feed(QStringView(text).mid(i, 333), sink);
    stream.finish(sink);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().line, qint64(1010));
    QCOMPARE(found.front().column, qint64(4));
    QCOMPARE(found.front().offset, qint64(1000 * line.size() + 3));
    QCOMPARE(stream.charactersSeen(), qint64(text.size()));
}

void TestStreaming::memoryStaysBounded()
{
    // The stream keeps a bounded tail, however much text goes through it.
    const QString piece = filler(200, 4) + codeBlock();
    ScanStream stream(m_scanner);
    qint64 count = 0;
    const FindingSink sink = [&count](const Finding &) {
        ++count;
        return true;
    };
    qsizetype largest = 0;
    for (int i = 0; i < 200; ++i) {
        stream.feed(piece, sink);
        largest = std::max(largest, stream.bufferedCharacters());
    }
    stream.finish(sink);
    QCOMPARE(count, qint64(200) * 10);
    QVERIFY2(largest <= piece.size() + 2 * m_scanner.maxFindingLength() + 8192, qPrintable(QString::number(largest)));
}

void TestStreaming::emptyAndTinyStreams()
{
    QCOMPARE(streamed(m_scanner, QString(), {}), QStringList());
    QCOMPARE(streamed(m_scanner, QStringLiteral("0x80090325"), {1, 2, 3, 4, 5, 6, 7, 8, 9}).size(), 1);
    ScanStream stream(m_scanner);
    int count = 0;
    const FindingSink sink = [&count](const Finding &) { return ++count > 0; };
    stream.finish(sink);
    QCOMPARE(count, 0);
    QVERIFY(!stream.feed(QStringLiteral("0x80090325"), sink)); // finished streams take nothing
}

void TestStreaming::sinkCanStop()
{
    ScanStream stream(m_scanner);
    int count = 0;
    const FindingSink sink = [&count](const Finding &) {
        ++count;
        return false;
    };
    bool going = true;
    for (qsizetype i = 0; i < m_text.size() && going; i += 1000)
        going = stream.feed(QStringView(m_text).mid(i, 1000), sink);
    if (going)
        going = stream.finish(sink);
    QVERIFY(!going);
    QCOMPARE(count, 1);
}

QTEST_GUILESS_MAIN(TestStreaming)
#include "tst_streaming.moc"
