// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// textsearch: the vector searches give exactly the answers of the one-unit-at-a-time loops, at
// every alignment and length around the eight-unit steps, and where the count's lane counters
// must be summed before they overflow.
#include "textsearch.h"

#include <QTest>

using namespace sspilens;

class TestTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void findAndCountAgree_data();
    void findAndCountAgree();
    void countsPastLaneLimit();
    void findsEveryOccurrence();
    void vectorPathIsBuilt();
};

void TestTextSearch::findAndCountAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("unit");
    QTest::newRow("empty") << QString() << QChar(u'\n');
    QTest::newRow("absent") << QStringLiteral("no line feed in here at all, only words") << QChar(u'\n');
    QTest::newRow("first unit") << QStringLiteral("\nrest of the line") << QChar(u'\n');
    QTest::newRow("last unit") << QStringLiteral("a line that ends with its feed\n") << QChar(u'\n');
    QTest::newRow("seventh and eighth") << QStringLiteral("abcdefg\n\n") << QChar(u'\n');
    QTest::newRow("many") << QStringLiteral("a\nb\nc\n\n\nd\r\ne\n") << QChar(u'\n');
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb\rc") << QChar(u'\r');
    QTest::newRow("angle bracket") << QStringLiteral("text <Event> more") << QChar(u'<');
    // A unit whose high byte matches: the comparison is of whole 16-bit units.
    QTest::newRow("high byte only") << QString(QChar(0x0A00)) + QStringLiteral("abc\n") << QChar(u'\n');
    QTest::newRow("low byte only") << QStringLiteral("x") + QChar(0x0A0A) + QStringLiteral("y\n") << QChar(u'\n');
    QTest::newRow("cjk") << QStringLiteral("登入失敗\n錯誤碼：0x18\n") << QChar(u'\n');
}

void TestTextSearch::findAndCountAgree()
{
    QFETCH(QString, text);
    QFETCH(QChar, unit);
    // Every start offset and every end, so that each path (vector steps, the scalar rest) and
    // each alignment is taken.
    const QString padded = QStringLiteral("0123456789abcdef") + text + QStringLiteral("0123456789abcdef");
    const char16_t *units = QStringView(padded).utf16();
    for (qsizetype begin = 0; begin <= 16; ++begin) {
        for (qsizetype end = begin; end <= padded.size(); ++end) {
            const qsizetype n = end;
            QCOMPARE(textsearch::find(units, begin, n, unit.unicode()),
                     textsearch::findScalar(units, begin, n, unit.unicode()));
            QCOMPARE(textsearch::count(units + begin, n - begin, unit.unicode()),
                     textsearch::countScalar(units + begin, n - begin, unit.unicode()));
        }
    }
}

void TestTextSearch::countsPastLaneLimit()
{
    // 8 lanes x 32767 steps: one more full block and a rest.
    const qsizetype size = 8 * 32767 * 2 + 8 * 3 + 5;
    QString text(size, u'\n');
    for (qsizetype i = 0; i < size; i += 3)
        text[i] = u'x';
    const char16_t *units = QStringView(text).utf16();
    QCOMPARE(textsearch::count(units, size, u'\n'), textsearch::countScalar(units, size, u'\n'));
    QCOMPARE(textsearch::count(units, size, u'\n'), qint64(size - (size + 2) / 3));
}

void TestTextSearch::findsEveryOccurrence()
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QString(i % 23, u'a') + u'\n';
    const char16_t *units = QStringView(text).utf16();
    QList<qsizetype> vector;
    for (qsizetype at = textsearch::find(units, 0, text.size(), u'\n'); at >= 0;
         at = textsearch::find(units, at + 1, text.size(), u'\n'))
        vector << at;
    QList<qsizetype> scalar;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (text.at(at) == u'\n')
            scalar << at;
    }
    QCOMPARE(vector, scalar);
    QCOMPARE(vector.size(), 200);
}

void TestTextSearch::vectorPathIsBuilt()
{
#if defined(__x86_64__) || defined(_M_X64)
#ifndef SSPILENS_TEXTSEARCH_SSE2
    QFAIL("an x86-64 build without the SSE2 search");
#endif
#else
    QSKIP("not x86-64: only the one-unit-at-a-time search exists, compared above with itself");
#endif
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
