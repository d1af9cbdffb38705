// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// TextDecoder: encodings logs come in, detection, broken input, and pieces cut anywhere.
#include "textdecode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sspilens;

namespace {

const QString kSample = QStringLiteral("錯誤 0x80090325: The target principal name is incorrect. \U0001F512 café\r\n");

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const auto u = c.unicode();
        const char lo = char(u & 0xFF);
        const char hi = char(u >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

/// Decodes @p bytes cut at @p cuts and checks that no piece ends inside a surrogate pair.
QString decodeInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts, DecodeInfo *info = nullptr,
                       const QByteArray &encoding = {}, bool *pieceEndedInPair = nullptr)
{
    TextDecoder decoder(encoding);
    QString text;
    qsizetype from = 0;
    const auto take = [&](const QString &piece) {
        if (!piece.isEmpty() && piece.back().isHighSurrogate() && pieceEndedInPair)
            *pieceEndedInPair = true;
        text += piece;
    };
    for (qsizetype cut : cuts) {
        take(decoder.decode(QByteArrayView(bytes).sliced(from, cut - from)));
        from = cut;
    }
    take(decoder.decode(QByteArrayView(bytes).sliced(from)));
    take(decoder.finish());
    if (info)
        *info = decoder.info();
    return text;
}

} // namespace

class TestTextDecode : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void invalidUtf8IsReplaced();
    void truncatedSequenceAtTheEnd_data();
    void truncatedSequenceAtTheEnd();
    void binaryAndNuls();
    void randomBytesNeverFail();
    void everySplitPosition_data();
    void everySplitPosition();
    void byteByByte();
    void legacyCodePages_data();
    void legacyCodePages();
    void forcedEncodingSkipsItsBom();
    void selectableEncodings();
    void legacyEncodingForLocale_data();
    void legacyEncodingForLocale();
    void unknownEncodingStillDecodes();
};

void TestTextDecode::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<bool>("detected");
    const QByteArray utf8 = kSample.toUtf8();
    QTest::newRow("UTF-8") << utf8 << QByteArray("UTF-8") << false << false;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << QByteArray("UTF-8") << true << true;
    QTest::newRow("UTF-16LE BOM") << utf16(kSample, true, true) << QByteArray("UTF-16LE") << true << true;
    QTest::newRow("UTF-16BE BOM") << utf16(kSample, false, true) << QByteArray("UTF-16BE") << true << true;
    QTest::newRow("UTF-16LE no BOM") << utf16(kSample, true, false) << QByteArray("UTF-16LE") << false << true;
    QTest::newRow("UTF-16BE no BOM") << utf16(kSample, false, false) << QByteArray("UTF-16BE") << false << true;
    QTest::newRow("UTF-16LE no BOM, long")
        << utf16(kSample.repeated(200), true, false) << QByteArray("UTF-16LE") << false << true;
}

void TestTextDecode::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, hadBom);
    QFETCH(bool, detected);
    DecodeInfo info;
    const QString text = decodeText(bytes, &info);
    QVERIFY(text.startsWith(kSample));
    QCOMPARE(text.size() % kSample.size(), 0);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.hadBom, hadBom);
    QCOMPARE(info.detected, detected);
    QVERIFY(!info.invalidBytes);
    QVERIFY(!info.looksBinary);
}

void TestTextDecode::invalidUtf8IsReplaced()
{
    const QByteArray bytes = QByteArray("ok \xFF\xFE bad \xC3( lone \x80 end 0x80090325");
    DecodeInfo info;
    const QString text = decodeText(bytes, &info);
    QCOMPARE(info.encoding, QByteArray("UTF-8"));
    QVERIFY(info.invalidBytes);
    QVERIFY(text.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(text.startsWith(QStringLiteral("ok ")));
    QVERIFY(text.endsWith(QStringLiteral(" end 0x80090325")));
    // The same, in pieces of every size.
    for (int size = 1; size < 8; ++size) {
        QList<qsizetype> cuts;
        for (qsizetype c = size; c < bytes.size(); c += size)
            cuts << c;
        QCOMPARE(decodeInPieces(bytes, cuts), text);
    }
}

void TestTextDecode::truncatedSequenceAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTF-8 cut in a 3-byte sequence") << QByteArray("abc\xE9\x8C") << QStringLiteral("abc\uFFFD");
    QTest::newRow("UTF-8 cut in a 4-byte sequence") << QByteArray("abc\xF0\x9F\x94") << QStringLiteral("abc\uFFFD");
    QTest::newRow("UTF-16LE odd byte") << QByteArray("\xFF\xFE"
                                                     "a\0b",
                                                     5)
                                       << QStringLiteral("a\uFFFD");
}

void TestTextDecode::truncatedSequenceAtTheEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    DecodeInfo info;
    QString text = decodeText(bytes, &info);
    // Qt may give one replacement per byte of the broken sequence; one or more is fine.
    while (text.endsWith(QStringLiteral("\uFFFD\uFFFD")))
        text.chop(1);
    QCOMPARE(text, expected);
    QVERIFY(info.invalidBytes);
}

void TestTextDecode::binaryAndNuls()
{
    QByteArray binary;
    QRandomGenerator rng(7);
    for (int i = 0; i < 8192; ++i)
        binary.append(char(rng.bounded(256)));
    DecodeInfo info;
    const QString text = decodeText(binary, &info);
    QVERIFY(info.looksBinary);
    QVERIFY(!text.isEmpty());

    // A text log with a few NULs (a truncated write) is still text.
    QByteArray log = QByteArray("2024-06-01 ERROR 0x80090325\n").repeated(100);
    log[50] = '\0';
    log[51] = '\0';
    const QString logText = decodeText(log, &info);
    QVERIFY(!info.looksBinary);
    QCOMPARE(info.encoding, QByteArray("UTF-8"));
    QCOMPARE(logText.size(), log.size());
    QCOMPARE(logText.at(50), QChar(0));

    // Only NULs.
    const QString zeros = decodeText(QByteArray(10000, '\0'), &info);
    QVERIFY(info.looksBinary);
    QVERIFY(!zeros.isEmpty());
}

void TestTextDecode::randomBytesNeverFail()
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes;
        const int n = int(rng.bounded(6000));
        for (int i = 0; i < n; ++i)
            bytes.append(char(rng.bounded(256)));
        QList<qsizetype> cuts;
        for (qsizetype c = qsizetype(rng.bounded(50)) + 1; c < bytes.size(); c += qsizetype(rng.bounded(3000)) + 1)
            cuts << c;
        DecodeInfo info;
        const QString pieces = decodeInPieces(bytes, cuts, &info);
        QCOMPARE(pieces, decodeText(bytes));
    }
}

void TestTextDecode::everySplitPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = kSample.repeated(3);
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-16LE BOM") << utf16(text, true, true);
    QTest::newRow("UTF-16BE BOM") << utf16(text, false, true);
    QTest::newRow("UTF-16LE no BOM") << utf16(text, true, false);
}

void TestTextDecode::everySplitPosition()
{
    // Borders inside multi-byte sequences and surrogate pairs change nothing, and no piece ends
    // with half a pair.
    QFETCH(QByteArray, bytes);
    const QString whole = decodeText(bytes);
    QCOMPARE(whole, kSample.repeated(3));
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        bool split = false;
        QCOMPARE(decodeInPieces(bytes, {cut}, nullptr, {}, &split), whole);
        QVERIFY(!split);
    }
    // Detection needs a block; with a long input the borders fall after it.
    const QByteArray longBytes = bytes.repeated(int(TextDecoder::detectionSize / bytes.size()) + 2);
    const QString longWhole = decodeText(longBytes);
    for (qsizetype cut = TextDecoder::detectionSize; cut < TextDecoder::detectionSize + 64; ++cut) {
        bool split = false;
        QCOMPARE(decodeInPieces(longBytes, {cut, cut + 1, cut + 3}, nullptr, {}, &split), longWhole);
        QVERIFY(!split);
    }
}

void TestTextDecode::byteByByte()
{
    const QByteArray bytes = utf16(kSample.repeated(300), true, true);
    QList<qsizetype> cuts;
    for (qsizetype c = 1; c < bytes.size(); ++c)
        cuts << c;
    DecodeInfo info;
    bool split = false;
    QCOMPARE(decodeInPieces(bytes, cuts, &info, {}, &split), kSample.repeated(300));
    QVERIFY(!split);
    QCOMPARE(info.encoding, QByteArray("UTF-16LE"));
}

void TestTextDecode::legacyCodePages_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // 錯誤 (error) in Big5, and a CP950 extension character (box drawing, 0xF9F9).
    QTest::newRow("Big5") << QByteArray("Big5") << QByteArray("\xBF\xF9\xBB\x7E 0x80090325 \xF9\xF9")
                          << QStringLiteral("錯誤 0x80090325 \u2550");
    QTest::newRow("Windows-1252") << QByteArray("windows-1252") << QByteArray("\x93quoted\x94 \x80 caf\xE9")
                                  << QStringLiteral("\u201Cquoted\u201D \u20AC café");
    QTest::newRow("GBK") << QByteArray("GBK") << QByteArray("\xB4\xED\xCE\xF3") << QStringLiteral("错误");
    QTest::newRow("Shift-JIS") << QByteArray("Shift_JIS") << QByteArray("\x83\x47\x83\x89\x81\x5B")
                               << QStringLiteral("エラー");
}

void TestTextDecode::legacyCodePages()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    DecodeInfo info;
    QCOMPARE(decodeText(bytes, &info, encoding), expected);
    QVERIFY(!info.invalidBytes);
    QVERIFY(!info.detected);
    // Stateful decoding keeps double-byte characters whole across any border.
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        QCOMPARE(decodeInPieces(bytes, {cut}, nullptr, encoding), expected);
}

void TestTextDecode::forcedEncodingSkipsItsBom()
{
    DecodeInfo info;
    QCOMPARE(decodeText(QByteArray("\xEF\xBB\xBFhi"), &info, "UTF-8"), QStringLiteral("hi"));
    QVERIFY(info.hadBom);
    QVERIFY(!info.detected);
    QCOMPARE(decodeText(utf16(QStringLiteral("hi"), false, true), &info, "UTF-16BE"), QStringLiteral("hi"));
    QVERIFY(info.hadBom);
    // Forcing UTF-8 on UTF-16 bytes does what was asked.
    QCOMPARE(decodeText(utf16(QStringLiteral("hi"), true, false), &info, "UTF-8"),
             QStringLiteral("h") + QChar(0) + QStringLiteral("i") + QChar(0));
}

void TestTextDecode::legacyEncodingForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("zh_TW") << "zh_TW" << QByteArray("Big5");
    QTest::newRow("zh_HK") << "zh_HK" << QByteArray("Big5");
    QTest::newRow("zh_MO") << "zh_MO" << QByteArray("Big5");
    QTest::newRow("zh_Hant") << "zh_Hant" << QByteArray("Big5");
    QTest::newRow("zh_CN (GBK, not Big5)") << "zh_CN" << QByteArray("GBK");
    QTest::newRow("zh_SG") << "zh_SG" << QByteArray("GBK");
    QTest::newRow("ja_JP") << "ja_JP" << QByteArray("Shift_JIS");
    QTest::newRow("de_DE") << "de_DE" << QByteArray("windows-1252");
    QTest::newRow("en_US") << "en_US" << QByteArray("windows-1252");
}

void TestTextDecode::legacyEncodingForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, encoding);
    QCOMPARE(legacyEncodingFor(QLocale(locale)), encoding);
    QVERIFY(QStringDecoder(encoding.constData()).isValid());
}

void TestTextDecode::selectableEncodings()
{
    const QList<TextEncoding> list = sspilens::selectableEncodings();
    QStringList names;
    for (const TextEncoding &e : list) {
        names << QString::fromLatin1(e.name);
        QVERIFY(!e.displayName.isEmpty());
        QVERIFY(TextDecoder(e.name).isValid());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
                                 QStringLiteral("Big5"), QStringLiteral("GBK"), QStringLiteral("Shift_JIS"),
                                 QStringLiteral("windows-1252")}));
}

void TestTextDecode::unknownEncodingStillDecodes()
{
    TextDecoder decoder(QByteArray("no-such-encoding"));
    QVERIFY(!decoder.isValid());
    QString text = decoder.decode(QByteArray("abc 0x80090325"));
    text += decoder.finish();
    QCOMPARE(text, QStringLiteral("abc 0x80090325"));
    QVERIFY(decoder.info().invalidBytes);
}

QTEST_GUILESS_MAIN(TestTextDecode)
#include "tst_textdecode.moc"
