// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// core's LogReader, the one reading pipeline of the command line and the log decoder: every
// kind of input, encodings, the binary policy, line ends, caps, cancel, progress, streaming.
#include "events.h"
#include "evtxreader.h"
#include "logreader.h"
#include "scanner.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace sspilens;
using Status = LogReadResult::Status;

namespace {

struct Read {
    LogReadResult result;
    std::vector<Finding> findings;
    QString text; ///< what the text sink received
};

Read readSource(const LogSource &source, LogReadOptions options = {})
{
    static const LogScanner scanner;
    Read r;
    options.text = [&r](QStringView piece) { r.text += piece; };
    r.result = LogReader(scanner).read(
        source,
        [&r](const Finding &f) {
            r.findings.push_back(f);
            return true;
        },
        options);
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The review's repro: ASCII log lines with 11 % 0xFF and 1.9 % 0x01 bytes.
QByteArray mixedBinary()
{
    QByteArray bytes;
    QRandomGenerator rng(11);
    while (bytes.size() < 20000) {
        bytes += "2026-03-02 08:12:40 bind failed 0x80090325 ";
        for (int i = 0; i < 60; ++i) {
            const quint32 r = rng.bounded(1000u);
            bytes += r < 200 ? '\xFF' : r < 235 ? '\x01' : char('a' + r % 26);
        }
        bytes += '\n';
    }
    return bytes;
}

void compareFindings(const std::vector<Finding> &actual, const std::vector<Finding> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].offset, expected[i].offset);
        QCOMPARE(actual[i].line, expected[i].line);
        QCOMPARE(actual[i].column, expected[i].column);
        QCOMPARE(actual[i].length, expected[i].length);
        QCOMPARE(actual[i].value, expected[i].value);
    }
}

/// Reports a size of @p size but ends, or fails, after @p data.
class ShortDevice : public QIODevice
{
public:
    ShortDevice(QByteArray data, qint64 size, bool fail) : m_data(std::move(data)), m_size(size), m_fail(fail)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_at == m_data.size() && m_fail) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min<qint64>(max, m_data.size() - m_at);
        memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_size;
    bool m_fail;
    qint64 m_at = 0;
};

} // namespace

class TestLogReader : public QObject
{
    Q_OBJECT

private slots:
    void lineEnds_data();
    void lineEnds();
    void lineEndsAcrossPieces();
    void encodings_data();
    void encodings();
    void binaryPolicy_data();
    void binaryPolicy();
    void refusals();
    void emptyInputs();
    void shrunkAndFailed();
    void caps();
    void cancel();
    void progress();
    void streamingBorders();
    void eventLogFile();
    void evtxFindings_data();
    void evtxFindings();
    void evtxProblems();
    void evtxCancelAndStop();
    void textEvents_data();
    void textEvents();
    void textEventsAcrossPieces();
    void scannerOnItsOwnThread_data();
    void scannerOnItsOwnThread();
    void scannerThreadStopsAndCancels();
    void longLineIsNotHeld();
    void eventsOnOneLine();
    void headerInsideALongLine();
    void longPropertyName();
    void pipe();
};

void TestLogReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("scanned");
    QTest::newRow("CRLF") << QByteArray("line one\r\nline two 0x80090325\r\nthird SEC_E_TIME_SKEW\r\n")
                          << QStringLiteral("line one\nline two 0x80090325\nthird SEC_E_TIME_SKEW\n");
    QTest::newRow("lone CR") << QByteArray("a\rb 0x80090325\rc SEC_E_TIME_SKEW")
                             << QStringLiteral("a\nb 0x80090325\nc SEC_E_TIME_SKEW");
    // The review's repro of B2: the CLI and the GUI must both see offset 18, then line 4, col 8, offset 42.
    QTest::newRow("mixed") << QByteArray("line one\r\nline two 0x80090325\r\nthird\rfourth SEC_E_TIME_SKEW")
                           << QStringLiteral("line one\nline two 0x80090325\nthird\nfourth SEC_E_TIME_SKEW");
    QTest::newRow("CR CR LF") << QByteArray("x\r\r\n0x80090325") << QStringLiteral("x\n\n0x80090325");
}

void TestLogReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, scanned);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ends.log"));
    QVERIFY(writeFile(path, bytes));
    const std::vector<Finding> expected = LogScanner().scan(scanned);
    QVERIFY(!expected.empty());
    for (const LogSource &source : {LogSource::file(path), LogSource::text(QString::fromUtf8(bytes))}) {
        const Read r = readSource(source);
        QCOMPARE(r.result.status, Status::Ok);
        QCOMPARE(r.text, scanned);
        QCOMPARE(r.result.lines, qint64(scanned.count(QLatin1Char('\n')) + 1));
        compareFindings(r.findings, expected);
    }
    if (QTest::currentDataTag() == QByteArray("mixed")) {
        const Read r = readSource(LogSource::file(path));
        QCOMPARE(r.findings.at(0).offset, 18);
        QCOMPARE(r.findings.at(1).line, 4);
        QCOMPARE(r.findings.at(1).column, 8);
        QCOMPARE(r.findings.at(1).offset, 42);
    }
}

void TestLogReader::lineEndsAcrossPieces()
{
    // "\r" the last byte of one chunk, "\n" the first of the next: one line end.
    QByteArray bytes(LogReader::chunkBytes - 1, 'a');
    bytes += "\r\nSEC_E_TIME_SKEW\r";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("border.log"));
    QVERIFY(writeFile(path, bytes));
    QString text = QString::fromLatin1(bytes);
    bool afterCr = false;
    LogReader::normaliseLineEnds(text, 0, afterCr);
    QCOMPARE(text.size(), bytes.size() - 1);
    const Read r = readSource(LogSource::file(path));
    QCOMPARE(r.text, text);
    QCOMPARE(r.findings.size(), size_t(1));
    QCOMPARE(r.findings[0].line, 2);
    QCOMPARE(r.findings[0].column, 1);
    QCOMPARE(r.result.lines, 3);
}

void TestLogReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("fallback");
    QTest::addColumn<QString>("decodedAs");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("invalid");

    const QString text = QStringLiteral("第一行\r\n錯誤 SEC_E_UNTRUSTED_ROOT 0x80090325\r\n").repeated(200);
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE);
    QStringEncoder big5("Big5");
    QTest::newRow("UTF-8") << text.toUtf8() << QByteArray() << QByteArray("windows-1252") << "UTF-8" << false << false;
    QTest::newRow("UTF-16 LE, BOM") << QByteArray(le.encode(text)) << QByteArray() << QByteArray("windows-1252")
                                    << "UTF-16LE" << false << false;
    QTest::newRow("UTF-16 BE, no BOM") << QByteArray(be.encode(text)) << QByteArray() << QByteArray("windows-1252")
                                       << "UTF-16BE" << false << false;
    QTest::newRow("Big5, forced") << QByteArray(big5.encode(text)) << QByteArray("Big5") << QByteArray() << "Big5"
                                  << false << false;
    QTest::newRow("Big5, legacy fallback")
        << QByteArray(big5.encode(text)) << QByteArray() << QByteArray("Big5") << "Big5" << true << false;
    QTest::newRow("Big5, no fallback") << QByteArray(big5.encode(text)) << QByteArray() << QByteArray() << "UTF-8"
                                       << false << true;
}

void TestLogReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, fallback);
    QFETCH(QString, decodedAs);
    QFETCH(bool, legacy);
    QFETCH(bool, invalid);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.log"));
    QVERIFY(writeFile(path, bytes));
    LogReadOptions options;
    options.encoding = encoding;
    options.fallbackEncoding = fallback;
    const Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Ok);
    QVERIFY2(QString::fromLatin1(r.result.decodeInfo.encoding).compare(decodedAs, Qt::CaseInsensitive) == 0,
             r.result.decodeInfo.encoding.constData());
    QCOMPARE(r.result.has(LogWarning::LegacyEncoding), legacy);
    QCOMPARE(r.result.has(LogWarning::InvalidBytes), invalid);
    QCOMPARE(r.findings.size(), size_t(400)); // ASCII codes are found in any case
    if (!invalid)
        compareFindings(r.findings, LogScanner().scan(r.text));
}

void TestLogReader::binaryPolicy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("binary");
    QByteArray random(1 << 20, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    // Decided once for both front ends: 1.9 % controls is text with stray bytes, not binary data.
    QTest::newRow("review repro: 11% 0xFF, 1.9% 0x01") << mixedBinary() << QByteArray() << false;
    QTest::newRow("random bytes") << random << QByteArray() << true;
    QTest::newRow("random bytes as windows-1252") << random << QByteArray("windows-1252") << true;
    QTest::newRow("zeros") << QByteArray(100000, '\0') << QByteArray() << true;
    QTest::newRow("zeros as windows-1252") << QByteArray(100000, '\0') << QByteArray("windows-1252") << true;
    QTest::newRow("ANSI colours") << QByteArray("\x1b[31mSEC_E_TIME_SKEW\x1b[0m\t\f\n").repeated(500) << QByteArray()
                                  << false;
    QTest::newRow("6% controls") << (QByteArray(94, 'a') + QByteArray(6, '\x02')).repeated(100) << QByteArray() << true;
    QTest::newRow("4% controls") << (QByteArray(96, 'a') + QByteArray(4, '\x02')).repeated(100) << QByteArray()
                                 << false;
}

void TestLogReader::binaryPolicy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, binary);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maybe.bin"));
    QVERIFY(writeFile(path, bytes));
    LogReadOptions options;
    options.encoding = encoding;
    options.fallbackEncoding = "windows-1252";
    const Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, binary ? Status::Refused : Status::Ok);
    QCOMPARE(r.result.has(LogWarning::Binary), binary);
    if (binary) {
        QVERIFY(r.findings.empty());
        QVERIFY(r.text.isEmpty());
    } else if (QTest::currentDataTag() == QByteArray("review repro: 11% 0xFF, 1.9% 0x01")) {
        QVERIFY(r.result.has(LogWarning::LegacyEncoding));
        QCOMPARE(r.findings.size(), size_t(bytes.count("0x80090325")));
    }
}

void TestLogReader::refusals()
{
    QTemporaryDir dir;
    Read r = readSource(LogSource::file(dir.path()));
    QCOMPARE(r.result.status, Status::Refused);
    QVERIFY(r.result.has(LogWarning::IsDirectory));
    r = readSource(LogSource::file(dir.filePath(QStringLiteral("missing.log"))));
    QCOMPARE(r.result.status, Status::Refused);
    QVERIFY(r.result.has(LogWarning::CannotOpen));
    QVERIFY2(r.result.note(LogWarning::CannotOpen)->detail.contains(QStringLiteral("No such file")),
             qPrintable(r.result.note(LogWarning::CannotOpen)->detail));
    r = readSource(LogSource::file(QString()));
    QVERIFY(r.result.has(LogWarning::CannotOpen));
    LogReadOptions options;
    // Not opened: the reason is its error string.
    class Closed : public QBuffer
    {
    public:
        Closed() { setErrorString(QStringLiteral("Permission denied")); }
    };
    options.opener = [](const QString &) { return std::make_unique<Closed>(); };
    r = readSource(LogSource::file(QStringLiteral("x.log")), options);
    QCOMPARE(r.result.note(LogWarning::CannotOpen)->detail, QStringLiteral("Permission denied"));
    QVERIFY(r.result.note(LogWarning::CannotOpen)->message(QStringLiteral("x.log")).contains(QStringLiteral("x.log")));
}

void TestLogReader::emptyInputs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.log"));
    QVERIFY(writeFile(path, {}));
    QStringList paths{path};
#ifdef Q_OS_UNIX
    paths << QStringLiteral("/dev/null");
#endif
    for (const QString &p : paths) {
        const Read r = readSource(LogSource::file(p));
        QCOMPARE(r.result.status, Status::Ok);
        QVERIFY(r.result.has(LogWarning::Empty));
        QCOMPARE(r.result.lines, 0);
    }
    const Read text = readSource(LogSource::text(QString()));
    QVERIFY(text.result.has(LogWarning::Empty));
}

void TestLogReader::shrunkAndFailed()
{
    const QByteArray data = QByteArray("ok 0x80090325\n").repeated(10);
    LogReadOptions options;
    options.opener = [&](const QString &) { return std::make_unique<ShortDevice>(data, data.size() * 2, false); };
    Read r = readSource(LogSource::file(QStringLiteral("rotated.log")), options);
    QCOMPARE(r.result.status, Status::Ok);
    const LogNote *shrunk = r.result.note(LogWarning::Shrunk);
    QVERIFY(shrunk);
    QCOMPARE(shrunk->done, data.size());
    QCOMPARE(shrunk->expected, data.size() * 2);
    QCOMPARE(r.findings.size(), size_t(10));

    // A read error after some bytes: what was read is still scanned, and the status says Failed.
    options.opener = [&](const QString &) { return std::make_unique<ShortDevice>(data, data.size() * 2, true); };
    r = readSource(LogSource::file(QStringLiteral("share.log")), options);
    QCOMPARE(r.result.status, Status::Failed);
    QCOMPARE(r.result.note(LogWarning::ReadFailed)->detail, QStringLiteral("Input/output error"));
    QCOMPARE(r.findings.size(), size_t(10));
}

void TestLogReader::caps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeFile(path, QByteArray("0x80090325\n").repeated(1000)));
    LogReadOptions options;
    options.maximumBytes = 4096;
    Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Refused);
    QCOMPARE(r.result.note(LogWarning::TooLarge)->done, 4096);
    QVERIFY(r.findings.empty());
    // A device that does not tell its size: stopped by the bytes read.
    const QByteArray data = QByteArray("0x80090325\n").repeated(1000);
    options.opener = [&](const QString &) { return std::make_unique<ShortDevice>(data, 0, false); };
    r = readSource(LogSource::file(QStringLiteral("dev")), options);
    QCOMPARE(r.result.status, Status::Refused);
    QVERIFY(r.result.has(LogWarning::TooLarge));
    options.maximumBytes = data.size();
    r = readSource(LogSource::file(QStringLiteral("dev")), options);
    QCOMPARE(r.result.status, Status::Ok);
}

void TestLogReader::cancel()
{
    std::atomic<bool> stop{true};
    LogReadOptions options;
    options.cancel = &stop;
    Read r = readSource(LogSource::text(QStringLiteral("0x80090325")), options);
    QCOMPARE(r.result.status, Status::Cancelled);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.log"));
    QVERIFY(writeFile(path, QByteArray("0x80090325\n").repeated(300000)));
    // Cancelled from the progress of the first chunk: nothing more is read.
    stop = false;
    int calls = 0;
    options.progress = [&](qint64, qint64) {
        ++calls;
        stop = true;
    };
    r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(r.result.bytesRead, LogReader::chunkBytes);
}

void TestLogReader::progress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.log"));
    const QByteArray bytes = QByteArray("line 0x80090325\n").repeated(200000);
    QVERIFY(writeFile(path, bytes));
    QList<qint64> seen;
    LogReadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, bytes.size());
        seen << done;
    };
    const Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Ok);
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), bytes.size());
    QCOMPARE(r.result.bytesRead, bytes.size());
    QCOMPARE(r.result.expectedSize, bytes.size());
}

void TestLogReader::streamingBorders()
{
    // Codes and multi-byte characters straddling every chunk border: the same findings as a scan of
    // the whole text.
    QString text;
    while (text.size() < 5 * LogReader::chunkBytes / 3)
        text += QStringLiteral("記錄 %1 0x80090325 SEC_E_TIME_SKEW 😀 The target principal name is\r\nincorrect.\r\n")
                    .arg(text.size());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.log"));
    QVERIFY(writeFile(path, text.toUtf8()));
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const std::vector<Finding> expected = LogScanner().scan(normal);
    const Read file = readSource(LogSource::file(path));
    QCOMPARE(file.text, normal);
    compareFindings(file.findings, expected);
    const Read pasted = readSource(LogSource::text(text));
    compareFindings(pasted.findings, expected);
}

QString evtxFixture(const char *name)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/evtx/") + QLatin1String(name);
}

QString eventsFixture(const char *name)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/") + QLatin1String(name);
}

/// "Status=0xC000006D" -> how many findings, for findings inside events.
QMap<QString, int> countByField(const std::vector<Finding> &findings)
{
    QMap<QString, int> counts;
    for (const Finding &f : findings)
        if (f.event)
            ++counts[QStringLiteral("%1=0x%2").arg(f.eventField,
                                                   QString::number(f.value, 16).toUpper().rightJustified(8, u'0'))];
    return counts;
}

/// The oracle of events in text: parseEvents() over the whole text gives each finding its event.
void compareWithEventOracle(const Read &r)
{
    const std::vector<EventRecord> events = parseEvents(r.text);
    for (const Finding &f : r.findings) {
        const auto it = std::find_if(events.cbegin(), events.cend(), [&f](const EventRecord &e) {
            return e.offset <= f.offset && f.offset < e.offset + e.length;
        });
        QCOMPARE(bool(f.event), it != events.cend());
        if (!f.event)
            continue;
        QCOMPARE(f.event->offset, it->offset);
        QCOMPARE(f.event->eventId, it->eventId);
        QCOMPARE(f.event->text, r.text.mid(it->offset, it->length));
        if (!f.eventField.isEmpty()) {
            const EventField *field = f.event->findField(f.eventField);
            QVERIFY(field);
            QVERIFY(field->valueOffset <= f.offset && f.offset + f.length <= field->valueOffset + field->valueLength);
        }
    }
}

const LogNote *evtxNote(const LogReadResult &result, EvtxProblem problem)
{
    for (const LogNote &n : result.notes)
        if (n.warning == LogWarning::EventLogProblem && n.evtxProblem == problem)
            return &n;
    return nullptr;
}

void TestLogReader::eventLogFile()
{
    // Through a pipe or an injected device an .evtx cannot be read: it needs the file itself.
    const QString path = evtxFixture("Security_short_selected.evtx");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    LogReadOptions options;
    options.opener = [&bytes](const QString &) -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    const Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Refused);
    QVERIFY(r.result.has(LogWarning::EventLogFile));
    QVERIFY(r.result.note(LogWarning::EventLogFile)->message(QStringLiteral("x")).contains(QStringLiteral("pipe")));
    QVERIFY(r.findings.empty());
}

void TestLogReader::evtxFindings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QStringList>("counts"); // "Field=0xVALUE:count", from evtxexport -f xml
    // Counted once with: evtxexport -f xml FILE | grep -o 'Name="\(Status\|SubStatus\)">[^<]*' | sort | uniq -c
    // (Status 0x00000000, a success, is no finding).
    QTest::newRow("short_selected") << evtxFixture("Security_short_selected.evtx") << qint64(7)
                                    << QStringList{QStringLiteral("Status=0xC000006A:1"),
                                                   QStringLiteral("Status=0xC000006D:1"),
                                                   QStringLiteral("SubStatus=0xC000006A:1")};
    QTest::newRow("with_size_t") << evtxFixture("Security_with_size_t.evtx") << qint64(636)
                                 << QStringList{QStringLiteral("Status=0xC000006D:9"),
                                                QStringLiteral("Status=0xC000006E:4"),
                                                QStringLiteral("Status=0xC0000224:2"),
                                                QStringLiteral("SubStatus=0xC0000064:4"),
                                                QStringLiteral("SubStatus=0xC000006A:3"),
                                                QStringLiteral("SubStatus=0xC0000072:4")};
}

void TestLogReader::evtxFindings()
{
    QFETCH(QString, path);
    QFETCH(qint64, records);
    QFETCH(QStringList, counts);
    if (!evtxSupported())
        QSKIP("built without libevtx");
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
    before.close();
    const QDateTime mtime = QFileInfo(path).lastModified();

    QList<qint64> progress;
    LogReadOptions options;
    options.progress = [&progress](qint64 done, qint64) { progress << done; };
    const Read r = readSource(LogSource::file(path), options);
    QCOMPARE(r.result.status, Status::Ok);
    QVERIFY(r.result.notes.empty());
    QCOMPARE(r.result.events, records);
    QCOMPARE(r.result.bytesRead, QFileInfo(path).size());
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), QFileInfo(path).size());

    QMap<QString, int> expected;
    for (const QString &c : counts)
        expected.insert(c.section(QLatin1Char(':'), 0, 0), c.section(QLatin1Char(':'), 1).toInt());
    QCOMPARE(countByField(r.findings), expected);
    // Every finding lies in its event's XML, where the text sink put it, and names its event.
    for (const Finding &f : r.findings) {
        QVERIFY(f.event);
        const EventRecord &e = *f.event;
        QVERIFY(e.eventId == 4625 || e.eventId == 4776);
        QCOMPARE(e.source, EventSource::Evtx);
        QVERIFY(e.record > 0);
        QVERIFY(e.time.startsWith(QStringLiteral("20")));
        QVERIFY(!e.computer.isEmpty());
        QCOMPARE(QStringView(e.text).sliced(f.offset - e.offset, f.length), f.text);
        QCOMPARE(QStringView(r.text).sliced(f.offset, f.length), f.text);
        QCOMPARE(e.field(f.eventField).toLower(), f.text.toLower());
    }
    // The text is evtxexport's XML without its banner: lines and columns are that export's.
    const Finding &first = r.findings.front();
    if (records == 7) {
        QCOMPARE(first.line, 80);
        QCOMPARE(first.column, 25);
        QCOMPARE(first.event->eventId, 4776u);
        QCOMPARE(first.event->record, 319457831u);
        QCOMPARE(first.event->time, QStringLiteral("2016-06-29T15:24:36.686000000Z"));
        QCOMPARE(first.event->computer, QStringLiteral("temporal"));
        QCOMPARE(first.eventField, QStringLiteral("Status"));
        QVERIFY(r.text.startsWith(QStringLiteral("<Event xmlns=")));
    } else {
        QCOMPARE(first.line, 1941);
        QCOMPARE(first.event->record, 59u);
        QCOMPARE(first.event->computer, QStringLiteral("WIN-L0ZZQ76PMUF"));
    }
    // Findings of one event share it.
    QCOMPARE(r.findings[1].event == r.findings[2].event, r.findings[1].event->record == r.findings[2].event->record);

    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256), hash);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
}

void TestLogReader::evtxProblems()
{
    if (!evtxSupported())
        QSKIP("built without libevtx");
    // A bad chunk: the good records are read, the damage is told, the read is not refused.
    const Read damaged = readSource(LogSource::file(evtxFixture("sample_with_a_bad_chunk_magic.evtx")));
    QCOMPARE(damaged.result.status, Status::Ok);
    QVERIFY(evtxNote(damaged.result, EvtxProblem::Damaged));
    QVERIFY(evtxNote(damaged.result, EvtxProblem::Damaged)->message({}).contains(QStringLiteral("damaged")));
    QVERIFY(damaged.result.events > 200);
    QVERIFY(damaged.findings.empty()); // its records (event 325) carry no code

    QTemporaryDir dir;
    QFile whole(evtxFixture("Security_with_size_t.evtx"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    // Cut inside its fourth chunk: what is there is read.
    const QString cut = dir.filePath(QStringLiteral("cut.evtx"));
    QVERIFY(writeFile(cut, bytes.first(4096 + 3 * 65536 + 5000)));
    const Read truncated = readSource(LogSource::file(cut));
    QCOMPARE(truncated.result.status, Status::Ok);
    QVERIFY(evtxNote(truncated.result, EvtxProblem::Truncated));
    QVERIFY(evtxNote(truncated.result, EvtxProblem::Truncated)->message({}).contains(QStringLiteral("cut.evtx")));
    QCOMPARE(truncated.findings.size(), size_t(8));
    QCOMPARE(truncated.findings.back().event->record, 110u);

    // Named .evtx: empty, binary, text.
    const QString empty = dir.filePath(QStringLiteral("empty.evtx"));
    QVERIFY(writeFile(empty, {}));
    const Read e = readSource(LogSource::file(empty));
    QCOMPARE(e.result.status, Status::Ok);
    QVERIFY(evtxNote(e.result, EvtxProblem::Empty));
    QVERIFY(evtxNote(e.result, EvtxProblem::Empty)->message({}).contains(QStringLiteral("empty.evtx")));

    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise += char(i * 7 % 32);
    const QString binary = dir.filePath(QStringLiteral("notes.evtx"));
    QVERIFY(writeFile(binary, noise));
    const Read b = readSource(LogSource::file(binary));
    QCOMPARE(b.result.status, Status::Refused);
    QVERIFY(evtxNote(b.result, EvtxProblem::NotEvtx));
    QVERIFY(evtxNote(b.result, EvtxProblem::NotEvtx)->message({}).contains(QStringLiteral("ElfFile")));
    QVERIFY(!b.result.has(LogWarning::Binary));

    const QString renamed = dir.filePath(QStringLiteral("export.evtx"));
    QFile xml(eventsFixture("events-export.xml"));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(renamed, xml.readAll()));
    const Read t = readSource(LogSource::file(renamed));
    QCOMPARE(t.result.status, Status::Ok);
    QVERIFY(t.result.notes.empty());
    QVERIFY(!t.findings.empty());
    QVERIFY(t.findings.front().event);

    // Not a text log either way: a binary file with another name is still "binary".
    const QString other = dir.filePath(QStringLiteral("notes.bin"));
    QVERIFY(writeFile(other, noise));
    QVERIFY(readSource(LogSource::file(other)).result.has(LogWarning::Binary));
}

void TestLogReader::evtxCancelAndStop()
{
    if (!evtxSupported())
        QSKIP("built without libevtx");
    const QString path = evtxFixture("Security_with_size_t.evtx");
    std::atomic<bool> stop{false};
    LogReadOptions options;
    options.cancel = &stop;
    int calls = 0;
    options.progress = [&](qint64, qint64) {
        if (++calls == 50)
            stop = true;
    };
    const Read cancelled = readSource(LogSource::file(path), options);
    QCOMPARE(cancelled.result.status, Status::Cancelled);
    QVERIFY(cancelled.result.events < 60);

    static const LogScanner scanner;
    int seen = 0;
    const LogReadResult stopped =
        LogReader(scanner).read(LogSource::file(path), [&seen](const Finding &) { return ++seen < 3; });
    QCOMPARE(stopped.status, Status::Stopped);
    QCOMPARE(seen, 3);
}

void TestLogReader::textEvents_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("withEvent"); // findings inside events
    QTest::addColumn<quint32>("firstId");
    QTest::addColumn<QString>("firstField");
    QTest::newRow("xml export") << eventsFixture("events-export.xml") << 10 << 4625u << QStringLiteral("Status");
    QTest::newRow("wevtutil") << eventsFixture("wevtutil-security.xml") << 9 << 4625u << QStringLiteral("Status");
    QTest::newRow("event viewer en") << eventsFixture("eventviewer-en.txt") << 9 << 4625u
                                     << QStringLiteral("FailureReason");
    QTest::newRow("event viewer zh-TW") << eventsFixture("eventviewer-zh-TW.txt") << 6 << 4625u
                                        << QStringLiteral("FailureReason");
    QTest::newRow("event viewer zh-CN") << eventsFixture("eventviewer-zh-CN.txt") << 4 << 4625u
                                        << QStringLiteral("FailureReason");
    QTest::newRow("powershell") << eventsFixture("powershell-format-list.txt") << 5 << 4625u
                                << QStringLiteral("FailureReason");
}

void TestLogReader::textEvents()
{
    QFETCH(QString, path);
    QFETCH(int, withEvent);
    QFETCH(quint32, firstId);
    QFETCH(QString, firstField);
    const Read r = readSource(LogSource::file(path));
    QCOMPARE(r.result.status, Status::Ok);
    QVERIFY(r.result.events > 0);
    const auto inside =
        std::count_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); });
    QCOMPARE(int(inside), withEvent);
    const auto first =
        std::find_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); });
    QCOMPARE(first->event->eventId, firstId);
    QCOMPARE(first->eventField, firstField);
    compareWithEventOracle(r);
    // Pasted text: the same findings with the same events.
    const Read pasted = readSource(LogSource::text(r.text));
    QCOMPARE(pasted.findings.size(), r.findings.size());
    for (size_t i = 0; i < r.findings.size(); ++i) {
        QCOMPARE(bool(pasted.findings[i].event), bool(r.findings[i].event));
        QCOMPARE(pasted.findings[i].eventField, r.findings[i].eventField);
    }
    // Without events: the same findings, none with an event.
    LogReadOptions plain;
    plain.events = false;
    const Read without = readSource(LogSource::file(path), plain);
    compareFindings(without.findings, r.findings);
    QVERIFY(std::none_of(without.findings.cbegin(), without.findings.cend(),
                         [](const Finding &f) { return bool(f.event); }));
}

void TestLogReader::textEventsAcrossPieces()
{
    // Events straddling every piece border, in a log of several pieces: each finding still gets
    // its event, in order, and memory holds no more than the events around the border.
    QFile fixture(eventsFixture("events-export.xml"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QString one = QString::fromUtf8(fixture.readAll());
    QString text;
    int copies = 0;
    while (text.size() < 3 * LogReader::textPiece) {
        text += QStringLiteral("noise line %1 0x80090325\n").arg(copies);
        text += one;
        ++copies;
    }
    const Read r = readSource(LogSource::text(text));
    QCOMPARE(r.result.status, Status::Ok);
    const auto inside =
        std::count_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); });
    QCOMPARE(int(inside), copies * 10);
    QCOMPARE(int(r.findings.size()), copies * 11);
    QVERIFY(std::is_sorted(r.findings.cbegin(), r.findings.cend(),
                           [](const Finding &a, const Finding &b) { return a.offset < b.offset; }));
    for (const Finding &f : r.findings)
        if (f.event)
            QCOMPARE(QStringView(f.event->text).sliced(f.offset - f.event->offset, f.length), f.text);

    // An event that never ends: its findings still come out, all of them.
    QString open = QStringLiteral("<Event><System><EventID>4625</EventID></System><EventData>\n");
    while (open.size() < LogReader::maxPendingEvent + LogReader::textPiece)
        open += QStringLiteral("<Data Name=\"Status\">0xc000006d</Data> padding padding padding padding\n");
    const Read unended = readSource(LogSource::text(open));
    QCOMPARE(unended.result.status, Status::Ok);
    QCOMPARE(qsizetype(unended.findings.size()), open.count(QStringLiteral("0xc000006d")));
}

void TestLogReader::scannerOnItsOwnThread_data()
{
    QTest::addColumn<bool>("file");
    QTest::addColumn<bool>("events");
    QTest::newRow("file") << true << true;
    QTest::newRow("pasted") << false << true;
    QTest::newRow("file, no events") << true << false;
}

void TestLogReader::scannerOnItsOwnThread()
{
    // Long enough for the scanner to move to its own thread: the same findings in the same order
    // as a scan of the whole text, each with the event the whole text's parse gives it.
    QFETCH(bool, file);
    QFETCH(bool, events);
    if (std::thread::hardware_concurrency() == 1)
        qInfo("one processor: the scanner stays on the reading thread, the results are compared all the same");
    QString one;
    for (const char *name : {"events-export.xml", "eventviewer-en.txt", "powershell-format-list.txt"}) {
        QFile fixture(eventsFixture(name));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        one += QString::fromUtf8(fixture.readAll());
    }
    QString text;
    for (int copy = 0; text.size() < LogReader::scanBesideAfter + 3 * LogReader::textPiece; ++copy) {
        text += QStringLiteral("%1 bind failed 0x80090325 -2146893042 SEC_E_TIME_SKEW 錯誤 0xC000006D\r\n").arg(copy);
        text += one;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.log"));
    QVERIFY(writeFile(path, text.toUtf8()));
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    LogReadOptions options;
    options.events = events;
    const Read r = readSource(file ? LogSource::file(path) : LogSource::text(text), options);
    QCOMPARE(r.result.status, Status::Ok);
    QCOMPARE(r.result.characters, normal.size());
    QCOMPARE(r.result.lines, normal.count(u'\n') + 1);
    QCOMPARE(r.text, normal);
    const std::vector<Finding> expected = LogScanner().scan(normal);
    QVERIFY(expected.size() > 10000);
    compareFindings(r.findings, expected);
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(r.findings[i].text, expected[i].text);
    if (events) {
        QVERIFY(r.result.events > 1000);
        compareWithEventOracle(r);
    } else {
        QVERIFY(std::none_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); }));
    }
}

void TestLogReader::scannerThreadStopsAndCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.log"));
    QVERIFY(writeFile(path, QByteArray("line 0x80090325 and more text after it\n").repeated(400000)));
    static const LogScanner scanner;
    const LogReader reader(scanner);
    // A sink that stops: not one finding more after it said so, and the read ends.
    int delivered = 0;
    const LogReadResult stopped =
        reader.read(LogSource::file(path), [&delivered](const Finding &) { return ++delivered < 300000; });
    QCOMPARE(stopped.status, Status::Stopped);
    QCOMPARE(delivered, 300000);
    // Cancelled while the scanner thread runs: the read ends at once, no thread is left behind.
    std::atomic<bool> stop{false};
    LogReadOptions options;
    options.cancel = &stop;
    options.progress = [&stop](qint64 done, qint64) {
        if (done > 2 * LogReader::scanBesideAfter)
            stop = true;
    };
    int found = 0;
    const LogReadResult cancelled = reader.read(
        LogSource::file(path),
        [&found](const Finding &) {
            ++found;
            return true;
        },
        options);
    QCOMPARE(cancelled.status, Status::Cancelled);
    QVERIFY(found > 0);
    QVERIFY(found < 400000);
}

void TestLogReader::longLineIsNotHeld()
{
    // A log written as one line of megabytes: its findings come out while it is read, not when
    // it ends (the event stage does not hold a line that cannot start an event).
    QString text;
    while (text.size() < 8 * LogReader::textPiece)
        text += QStringLiteral("0x80090325 and some words between the codes; ");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("oneline.log"));
    QVERIFY(writeFile(path, text.toUtf8()));
    int found = 0;
    int foundAtHalf = -1;
    LogReadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        if (foundAtHalf < 0 && done >= total / 2)
            foundAtHalf = found;
    };
    static const LogScanner scanner;
    const LogReadResult result = LogReader(scanner).read(
        LogSource::file(path),
        [&found](const Finding &) {
            ++found;
            return true;
        },
        options);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.lines, 1);
    QCOMPARE(found, int(text.count(QStringLiteral("0x80090325"))));
    QVERIFY2(foundAtHalf > found / 4, qPrintable(QStringLiteral("%1 of %2 findings out at half the file")
                                                     .arg(QString::number(foundAtHalf), QString::number(found))));
}

void TestLogReader::eventsOnOneLine()
{
    // wevtutil qe /f:xml writes its events one after the other without line breaks: a long
    // line of complete events, each finding inside one with its event, across many pieces.
    QFile fixture(eventsFixture("events-export.xml"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QString one = QString::fromUtf8(fixture.readAll());
    one.remove(u'\r');
    one.remove(u'\n');
    QString text;
    int copies = 0;
    for (; text.size() < 3 * LogReader::textPiece; ++copies)
        text += one;
    for (const bool file : {true, false}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wevtutil.xml"));
        QVERIFY(writeFile(path, text.toUtf8()));
        const Read r = readSource(file ? LogSource::file(path) : LogSource::text(text));
        QCOMPARE(r.result.status, Status::Ok);
        QCOMPARE(r.result.lines, 1);
        const auto inside =
            std::count_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); });
        QCOMPARE(int(inside), copies * 10);
        compareWithEventOracle(r);
    }
}

void TestLogReader::headerInsideALongLine()
{
    // A long line whose rest, in the next piece, reads like an Event Viewer block: it is the
    // middle of a line, not a "Log Name:" header, as a parse of the whole text says.
    QString text(LogReader::textPiece, u'x');
    text += QStringLiteral("Log Name:      Security\n"
                           "Source:        Microsoft-Windows-Security-Auditing\n"
                           "Event ID:      4625\n"
                           "Description:\n"
                           "An account failed to log on.\n"
                           "\tStatus:\t\t\t0xC000006D\n"
                           "\n\n"
                           "a line after the block\n");
    const Read r = readSource(LogSource::text(text));
    QCOMPARE(r.result.status, Status::Ok);
    QCOMPARE(r.result.events, 0);
    QVERIFY(!r.findings.empty());
    QVERIFY(std::none_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return bool(f.event); }));
    compareWithEventOracle(r);
    // The same block at the start of a line is one.
    const Read block = readSource(LogSource::text(text.replace(LogReader::textPiece - 1, 1, u'\n')));
    QCOMPARE(block.result.events, 1);
    QVERIFY(
        std::all_of(block.findings.cbegin(), block.findings.cend(), [](const Finding &f) { return bool(f.event); }));
    compareWithEventOracle(block);
}

void TestLogReader::longPropertyName()
{
    // A line of two million letters and then " : x" is no PowerShell property (a name and its
    // padding end within 256 characters), whether the line is read whole or in pieces; the
    // record after it is one.
    const QString text = QString(2000000, u'A')
                         + QStringLiteral(" : x\n"
                                          "Id           : 4625\n"
                                          "Message      : An account failed to log on.\n"
                                          "               Status: 0xC000006D\n\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ps.txt"));
    QVERIFY(writeFile(path, text.toUtf8()));
    const Read r = readSource(LogSource::file(path));
    QCOMPARE(r.result.status, Status::Ok);
    QCOMPARE(r.findings.size(), size_t(1));
    QVERIFY(r.findings.front().event);
    QCOMPARE(r.findings.front().event->eventId, 4625u);
    QCOMPARE(r.findings.front().event->offset, qint64(2000005));
    compareWithEventOracle(r);
}

void TestLogReader::pipe()
{
#ifdef Q_OS_UNIX
    // A FIFO: read as it comes, to its writer's end; a silent one waits until cancelled.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    std::thread writer([name = QFile::encodeName(path)] {
        const int fd = ::open(name.constData(), O_WRONLY);
        for (int i = 0; i < 100 && fd >= 0; ++i) {
            const QByteArray line = "pipe 0x80090325\r\n";
            if (::write(fd, line.constData(), size_t(line.size())) < 0)
                break;
        }
        if (fd >= 0)
            ::close(fd);
    });
    const Read r = readSource(LogSource::file(path));
    writer.join();
    QCOMPARE(r.result.status, Status::Ok);
    QCOMPARE(r.findings.size(), size_t(100));
    QCOMPARE(r.result.expectedSize, -1);
    QCOMPARE(r.findings.back().line, 100);

    std::atomic<bool> stop{false};
    LogReadOptions options;
    options.cancel = &stop;
    std::thread canceller([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop = true;
    });
    const Read silent = readSource(LogSource::file(path), options);
    canceller.join();
    QCOMPARE(silent.result.status, Status::Cancelled);
#else
    QSKIP("Named pipes are a POSIX thing");
#endif
}

QTEST_GUILESS_MAIN(TestLogReader)
#include "tst_logreader.moc"
