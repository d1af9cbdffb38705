// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// sspilens-cli against hostile input: empty, missing, unreadable, binary, devices, huge, deleted
// while read, odd encodings and names. Each run must end with the documented exit status and one
// line per problem on stderr, never crash or hang, and leave its input files exactly as they were.
#include "cliprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

// A sanitizer's shadow memory and quarantine make a child's peak memory meaningless.
#if defined(__SANITIZE_ADDRESS__)
#define SSPILENS_TEST_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SSPILENS_TEST_SANITIZED
#endif
#endif

using clitest::Run;
using clitest::runCli;

namespace {

const QString &kCli = clitest::program();

/// What must not change about an input file: its bytes and its modification time.
struct Snapshot {
    QByteArray hash;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const Snapshot &o) const { return hash == o.hash && size == o.size && modified == o.modified; }
};

Snapshot snapshot(const QString &path)
{
    Snapshot s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&f);
    s.hash = hash.result();
    s.size = f.size();
    s.modified = QFileInfo(path).lastModified();
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (QChar c : text) {
        const auto u = c.unicode();
        const char hi = char(u >> 8);
        const char lo = char(u & 0xFF);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

/// "name:line:column:SYMBOL" for each finding of a JSON report (name: the file name alone).
QStringList findingKeys(const QJsonObject &root)
{
    QStringList keys;
    for (const auto &v : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        keys << QStringLiteral("%1:%2:%3:%4")
                    .arg(QFileInfo(o.value(QStringLiteral("file")).toString()).fileName())
                    .arg(o.value(QStringLiteral("line")).toInteger())
                    .arg(o.value(QStringLiteral("column")).toInteger())
                    .arg(o.value(QStringLiteral("symbol")).toString());
    }
    return keys;
}

bool keysMatch(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (int i = 0; i < actual.size(); ++i) {
        // A "*" column: where the code lands depends on how many U+FFFD the bytes before became.
        const QStringList a = actual.at(i).split(QLatin1Char(':'));
        const QStringList e = expected.at(i).split(QLatin1Char(':'));
        if (a.size() != e.size())
            return false;
        for (int k = 0; k < a.size(); ++k) {
            if (e.at(k) != QLatin1String("*") && e.at(k) != a.at(k))
                return false;
        }
    }
    return true;
}

constexpr qint64 kMiB = qint64(1) << 20;

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decode_data();
    void decode();
    void hugeSingleLine();
    void deletedWhileReading();
    void standardInputOnce_data();
    void standardInputOnce();
    void longLookupTokens_data();
    void longLookupTokens();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_line;   ///< the 100 MB single line
    QString m_random; ///< 50 MB of random bytes

#ifdef Q_OS_LINUX
private slots:
    // /dev/full is Linux's; elsewhere the case is not worth a fake.
    void fullOutput_data();
    void fullOutput();
#endif
};

void TestHostileCli::initTestCase()
{
    QVERIFY(QFileInfo(kCli).isExecutable());
    QVERIFY(m_dir.isValid());

    QVERIFY(writeFile(path(QStringLiteral("empty.log")), {}));
    QVERIFY(writeFile(path(QStringLiteral("good.log")), "start\nauth failed: 0x80090325 (untrusted)\n"));
    QVERIFY(writeFile(path(QStringLiteral("good2.log")), "x\ny\nSEC_E_TIME_SKEW\n"));
    QVERIFY(writeFile(path(QStringLiteral("invalid-utf8.log")),
                      "ok \xC3( bad \xFF\xFE\xFD 0x80090325 \x80\n\xE9\x8C SEC_E_TIME_SKEW\xF0\x9F\n"));
    const QString sample = QStringLiteral("line one\r\nerror 0x80090325 here\r\n-2146893020 SEC_E_LOGON_DENIED\r\n");
    QVERIFY(writeFile(path(QStringLiteral("utf16le.log")), utf16(sample.repeated(40), true)));
    QVERIFY(writeFile(path(QStringLiteral("utf16be.log")), utf16(sample.repeated(40), false)));
    QVERIFY(writeFile(path(QStringLiteral("utf16le-short.log")), utf16(sample, true)));
    // Big5 (a Traditional Chinese console log): not UTF-8, yet the ASCII codes must be found.
    const QByteArray big5Line = "\xa6\xf8\xaa\x41\xbe\xb9\xa6\x5e\xc0\xb3\xbf\xf9\xbb\x7e\xa1\x47\xa5\xd8\xbc\xd0"
                                "\xa5\x44\xc5\xe9\xa6\x57\xba\xd9\xa4\xa3\xa5\xbf\xbd\x54\xa1\x41\xbd\xd0\xc0\xcb"
                                "\xac\x64\xaa\x41\xb0\xc8\xb1\x62\xa4\xe1 0x80090322 \xb5\xb2\xa7\xf4\n";
    QVERIFY(writeFile(path(QStringLiteral("big5.log")), big5Line.repeated(100)));

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a dir")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("記錄 檔")));
    QVERIFY(writeFile(path(QStringLiteral("記錄 檔/app log ü.log")), "登入失敗 0x8009030C 😀 SEC_E_TIME_SKEW\n"));
#ifdef Q_OS_UNIX
    QVERIFY(QFile::link(path(QStringLiteral("gone.log")), path(QStringLiteral("dangling.log"))));
    QVERIFY(writeFile(path(QStringLiteral("secret.log")), "0x80090325\n"));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("secret.log")), QFileDevice::Permissions()));
#endif

    // 50 MB of random bytes.
    m_random = path(QStringLiteral("random.bin"));
    {
        // In pieces: this process stays small, which keeps the memory check below meaningful.
        QFile f(m_random);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(kMiB, Qt::Uninitialized);
        QRandomGenerator rng(20261126);
        for (int i = 0; i < 50; ++i) {
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QCOMPARE(f.write(bytes), bytes.size());
        }
    }

    // One line of 100 MB: a code at the very start, one in the middle, one at the very end.
    m_line = path(QStringLiteral("one-line.log"));
    {
        QFile f(m_line);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray filler =
            QByteArray("user=alice op=bind dn=cn=svc,dc=contoso,dc=com result=49 ms=12 id=7f3a9c ").repeated(14000);
        f.write("0x80090325 ");
        qint64 size = 11;
        bool middle = false;
        while (size < 100 * kMiB) {
            f.write(filler);
            size += filler.size();
            if (!middle && size >= 50 * kMiB) {
                f.write(" SEC_E_WRONG_PRINCIPAL ");
                size += 23;
                middle = true;
            }
        }
        f.write(" -2146893020");
        QVERIFY(f.error() == QFileDevice::NoError);
    }
}

void TestHostileCli::decode_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("stdinFile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("findings"); ///< name:line:column:SYMBOL, in order
    QTest::addColumn<QStringList>("errors");   ///< one stderr line each, containing this, in order

    const QStringList none;
    const QString good = path(QStringLiteral("good.log"));
    const QString good2 = path(QStringLiteral("good2.log"));
    const QStringList goodFindings{QStringLiteral("good.log:2:14:SEC_E_UNTRUSTED_ROOT")};

    QTest::newRow("empty file") << QStringList{path(QStringLiteral("empty.log"))} << QByteArray() << QString() << 0
                                << none << none;
    QTest::newRow("empty stdin") << QStringList() << QByteArray() << QString() << 0 << none << none;
    QTest::newRow("empty stdin, -") << QStringList{QStringLiteral("-")} << QByteArray() << QString() << 0 << none
                                    << none;
    QTest::newRow("directory") << QStringList{path(QStringLiteral("a dir")), good} << QByteArray() << QString() << 3
                               << goodFindings << QStringList{QStringLiteral("a dir: is a directory")};
    QTest::newRow("directory as stdin") << QStringList() << QByteArray() << m_dir.path() << 3 << none
                                        << QStringList{QStringLiteral("<stdin>: is a directory")};
    QTest::newRow("missing") << QStringList{path(QStringLiteral("missing.log")), good} << QByteArray() << QString() << 3
                             << goodFindings << QStringList{QStringLiteral("missing.log: No such file")};
    QTest::newRow("path through a file (ENOTDIR)")
        << QStringList{good + QStringLiteral("/x.log"), good} << QByteArray() << QString() << 3 << goodFindings
        << QStringList{QStringLiteral("x.log: Not a directory")};
    QTest::newRow("empty name") << QStringList{QString(), good} << QByteArray() << QString() << 3 << goodFindings
                                << QStringList{QStringLiteral("cannot read '': empty file name")};
#ifdef Q_OS_UNIX
    QTest::newRow("dangling symlink") << QStringList{path(QStringLiteral("dangling.log")), good} << QByteArray()
                                      << QString() << 3 << goodFindings
                                      << QStringList{QStringLiteral("dangling.log: No such file")};
    QTest::newRow("no permission") << QStringList{path(QStringLiteral("secret.log")), good} << QByteArray() << QString()
                                   << 3 << goodFindings << QStringList{QStringLiteral("secret.log: Permission denied")};
    QTest::newRow("/dev/null") << QStringList{QStringLiteral("/dev/null")} << QByteArray() << QString() << 0 << none
                               << none;
    QTest::newRow("/dev/zero") << QStringList{QStringLiteral("/dev/zero"), good} << QByteArray() << QString() << 3
                               << goodFindings
                               << QStringList{QStringLiteral("skipped /dev/zero: binary data, not a text log")};
    QTest::newRow("/dev/zero as stdin") << QStringList() << QByteArray() << QStringLiteral("/dev/zero") << 3 << none
                                        << QStringList{QStringLiteral("skipped <stdin>: binary data")};
#endif
#ifdef Q_OS_LINUX
    // Opens, then every read fails with EIO: the read-error path, as root too.
    QTest::newRow("read error (EIO)") << QStringList{QStringLiteral("/proc/self/mem"), good} << QByteArray()
                                      << QString() << 3 << goodFindings
                                      << QStringList{QStringLiteral("cannot read /proc/self/mem: Input/output error")};
#endif
    QTest::newRow("50 MB of random bytes")
        << QStringList{m_random, good} << QByteArray() << QString() << 3 << goodFindings
        << QStringList{QStringLiteral("skipped %1: binary data, not a text log").arg(m_random)};
    QTest::newRow("invalid UTF-8")
        << QStringList{path(QStringLiteral("invalid-utf8.log"))} << QByteArray() << QString() << 0
        << QStringList{QStringLiteral("invalid-utf8.log:1:*:SEC_E_UNTRUSTED_ROOT"),
                       QStringLiteral("invalid-utf8.log:2:*:SEC_E_TIME_SKEW")}
        << QStringList{
               QStringLiteral("warning: %1 is not valid UTF-8 text").arg(path(QStringLiteral("invalid-utf8.log")))};
    QTest::newRow("invalid UTF-8 on stdin") << QStringList() << QByteArray("\xFD\xFC\xFF\xFE 0x80090325\n") << QString()
                                            << 0 << QStringList{QStringLiteral("<stdin>:1:*:SEC_E_UNTRUSTED_ROOT")}
                                            << QStringList{QStringLiteral("warning: <stdin> is not valid UTF-8 text")};
    for (const char *name : {"utf16le.log", "utf16be.log"}) {
        QStringList expected;
        for (int i = 0; i < 40; ++i) {
            expected << QStringLiteral("%1:%2:7:SEC_E_UNTRUSTED_ROOT").arg(QLatin1String(name)).arg(3 * i + 2)
                     << QStringLiteral("%1:%2:1:SEC_E_TIME_SKEW").arg(QLatin1String(name)).arg(3 * i + 3)
                     << QStringLiteral("%1:%2:13:SEC_E_LOGON_DENIED").arg(QLatin1String(name)).arg(3 * i + 3);
        }
        QTest::newRow(name) << QStringList{path(QLatin1String(name))} << QByteArray() << QString() << 0 << expected
                            << none;
    }
    QTest::newRow("UTF-16 LE without BOM, shorter than the detection block")
        << QStringList{path(QStringLiteral("utf16le-short.log"))} << QByteArray() << QString() << 0
        << QStringList{QStringLiteral("utf16le-short.log:2:7:SEC_E_UNTRUSTED_ROOT"),
                       QStringLiteral("utf16le-short.log:3:1:SEC_E_TIME_SKEW"),
                       QStringLiteral("utf16le-short.log:3:13:SEC_E_LOGON_DENIED")}
        << none;
    {
        QStringList expected;
        for (int i = 1; i <= 100; ++i)
            expected << QStringLiteral("big5.log:%1:*:SEC_E_WRONG_PRINCIPAL").arg(i);
        QTest::newRow("Big5, a legacy code page")
            << QStringList{path(QStringLiteral("big5.log"))} << QByteArray() << QString() << 0 << expected
            << QStringList{QStringLiteral("is not valid UTF-8 text")};
    }
    QTest::newRow("spaces and non-ASCII in the path")
        << QStringList{path(QStringLiteral("記錄 檔/app log ü.log"))} << QByteArray() << QString() << 0
        << QStringList{QStringLiteral("app log ü.log:1:6:SEC_E_LOGON_DENIED"),
                       QStringLiteral("app log ü.log:1:20:SEC_E_TIME_SKEW")}
        << none;
    QTest::newRow("good and bad mixed") << QStringList{good,
                                                       path(QStringLiteral("missing.log")),
                                                       m_random,
                                                       path(QStringLiteral("a dir")),
                                                       QStringLiteral("-"),
                                                       good2}
                                        << QByteArray("from stdin: -2146893019\n") << QString() << 3
                                        << QStringList{QStringLiteral("good.log:2:14:SEC_E_UNTRUSTED_ROOT"),
                                                       QStringLiteral("<stdin>:1:13:SEC_E_UNTRUSTED_ROOT"),
                                                       QStringLiteral("good2.log:3:1:SEC_E_TIME_SKEW")}
                                        << QStringList{QStringLiteral("missing.log: No such file"),
                                                       QStringLiteral("random.bin: binary data"),
                                                       QStringLiteral("a dir: is a directory")};
}

void TestHostileCli::decode()
{
    QFETCH(QStringList, files);
    QFETCH(QByteArray, input);
    QFETCH(QString, stdinFile);
    QFETCH(int, exitCode);
    QFETCH(QStringList, findings);
    QFETCH(QStringList, errors);
#ifdef Q_OS_UNIX
    if (QByteArray(QTest::currentDataTag()) == "no permission" && ::geteuid() == 0)
        QSKIP("Running as root, which reads a file without read permission: this row needs a normal user");
#endif

    QStringList inputs;
    QList<Snapshot> before;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.isFile() && !file.startsWith(QLatin1String("/proc/")) && !file.startsWith(QLatin1String("/dev/"))) {
            inputs << file;
            before << snapshot(file);
        }
    }

    for (const QString &format : {QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("csv")}) {
        const Run r =
            runCli(QStringList{QStringLiteral("decode"), QStringLiteral("--format"), format} + files, input, stdinFile);
        QCOMPARE(r.exitCode, exitCode);
        // One line per problem, each naming what went wrong, in the order of the arguments.
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), errors.size());
        for (int i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(QLatin1String("sspilens-cli: ")), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).contains(errors.at(i)), qPrintable(lines.at(i)));
        }
        if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            // "file" is the argument exactly, as UTF-8 in the output bytes (not \u escapes).
            for (const auto &v : doc.object().value(QStringLiteral("findings")).toArray()) {
                const QString file = v.toObject().value(QStringLiteral("file")).toString();
                QVERIFY2(files.contains(file) || file == QLatin1String("<stdin>"), qPrintable(file));
                QVERIFY(r.out.contains(file.toUtf8()));
            }
            const QStringList actual = findingKeys(doc.object());
            QVERIFY2(keysMatch(actual, findings), qPrintable(actual.mid(0, 8).join(QLatin1Char(' '))));
            QCOMPARE(doc.object().value(QStringLiteral("summary")).toArray().isEmpty(), findings.isEmpty());
        } else if (format == QLatin1String("csv")) {
            QVERIFY(r.out.startsWith("file,line,column,"));
            QCOMPARE(r.out.count("\r\n"), findings.size() + 1);
        } else {
            // Findings, then a summary; no "nothing found" when nothing could be read at all.
            const bool readSomething = findings.size() > 0 || exitCode == 0;
            QCOMPARE(r.out.contains("Summary") || r.out.contains("No status codes found."), readSomething);
            QCOMPARE(r.out.contains("No status codes found."), findings.isEmpty() && readSomething);
        }
    }

    for (int i = 0; i < inputs.size(); ++i)
        QVERIFY2(snapshot(inputs.at(i)) == before.at(i), qPrintable(inputs.at(i)));
}

void TestHostileCli::hugeSingleLine()
{
    const Snapshot before = snapshot(m_line);
    const qint64 size = QFileInfo(m_line).size();
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), m_line});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject first = findings.at(0).toObject();
    const QJsonObject middle = findings.at(1).toObject();
    const QJsonObject last = findings.at(2).toObject();
    QCOMPARE(first.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QCOMPARE(first.value(QStringLiteral("column")).toInteger(), 1);
    QCOMPARE(middle.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    QCOMPARE(middle.value(QStringLiteral("line")).toInteger(), 1);
    QVERIFY(middle.value(QStringLiteral("offset")).toInteger() >= 50 * kMiB);
    QCOMPARE(middle.value(QStringLiteral("column")).toInteger(),
             middle.value(QStringLiteral("offset")).toInteger() + 1);
    QCOMPARE(last.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_TIME_SKEW"));
    QCOMPARE(last.value(QStringLiteral("text")).toString(), QStringLiteral("-2146893020"));
    QCOMPARE(last.value(QStringLiteral("line")).toInteger(), 1);
    QCOMPARE(last.value(QStringLiteral("offset")).toInteger(), size - 11); // ASCII: offsets are bytes
    QCOMPARE(last.value(QStringLiteral("column")).toInteger(), size - 10);
    // The middle code exactly where it was written.
    QFile f(m_line);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.seek(middle.value(QStringLiteral("offset")).toInteger()));
    QCOMPARE(f.read(21), QByteArray("SEC_E_WRONG_PRINCIPAL"));
    f.close();
    QVERIFY(snapshot(m_line) == before);

#if defined(Q_OS_LINUX) && !defined(SSPILENS_TEST_SANITIZED)
    // Bounded memory. The children's peak also counts what a child shares with this process
    // between fork and exec, so it is compared with this process's own peak: reading the line
    // whole would add at least 300 MB (the bytes and their UTF-16 text). In KiB on Linux.
    rusage children{};
    rusage self{};
    QCOMPARE(::getrusage(RUSAGE_CHILDREN, &children), 0);
    QCOMPARE(::getrusage(RUSAGE_SELF, &self), 0);
    QVERIFY2(children.ru_maxrss > 0 && children.ru_maxrss < self.ru_maxrss + 64L * 1024,
             qPrintable(QStringLiteral("%1 KiB, this process %2 KiB").arg(children.ru_maxrss).arg(self.ru_maxrss)));
#elif defined(Q_OS_LINUX)
    QSKIP("Sanitizer build: its shadow memory makes the child's peak memory meaningless (the findings above were "
          "checked)");
#else
    QSKIP("The memory bound is measured with getrusage on Linux only (the findings above were checked)");
#endif
}

void TestHostileCli::deletedWhileReading()
{
    // First chunk dense with codes, so that the command line blocks writing its findings to a pipe
    // that nobody reads yet: it has opened the file and is in the middle of it, deterministically.
    const QString file = path(QStringLiteral("deleted.log"));
    QByteArray bytes = QByteArray("line with 0x80090325 in it\n").repeated(60000); // 1.6 MB, 60000 codes
    bytes += QByteArray("quiet line without codes\n").repeated(200000);            // 5 MB more
    bytes += "the end: SEC_E_TIME_SKEW\n";
    QVERIFY(writeFile(file, bytes));
    const qint64 lastLine = bytes.count('\n');

    QProcess p;
    p.setProcessEnvironment(clitest::environment());
    p.start(kCli, {QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), file});
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
#ifdef Q_OS_LINUX
    // Wait (without running the event loop, so stdout stays unread) until the file is open.
    const QString fds = QStringLiteral("/proc/%1/fd").arg(p.processId());
    bool open = false;
    for (int i = 0; i < 1000 && !open; ++i) {
        for (const QFileInfo &fd : QDir(fds).entryInfoList(QDir::Files | QDir::System))
            open = open || fd.symLinkTarget() == QFileInfo(file).canonicalFilePath();
        if (!open)
            QThread::msleep(10);
    }
    QVERIFY(open);
#else
    QThread::msleep(500);
#endif
    QCOMPARE(p.state(), QProcess::Running);
    QVERIFY(QFile::remove(file));
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardError().isEmpty());
    // The open descriptor keeps reading the whole file: every finding, the last one included.
    const QJsonArray findings =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 60001);
    QCOMPARE(findings.at(59999).toObject().value(QStringLiteral("line")).toInteger(), 60000);
    QCOMPARE(findings.last().toObject().value(QStringLiteral("line")).toInteger(), lastLine);
    QCOMPARE(findings.last().toObject().value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_TIME_SKEW"));
}

void TestHostileCli::standardInputOnce_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("decode - -") << QStringList{QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("-")};
    QTest::newRow("decode - file -") << QStringList{QStringLiteral("decode"), QStringLiteral("-"),
                                                    path(QStringLiteral("good.log")), QStringLiteral("-")};
    QTest::newRow("lookup - -") << QStringList{QStringLiteral("lookup"), QStringLiteral("-"), QStringLiteral("-")};
}

void TestHostileCli::standardInputOnce()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args, "0x80090325\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("sspilens-cli: standard input (-) can be read only once"));
}

void TestHostileCli::longLookupTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("onStdin");
    QTest::addColumn<int>("exitCode");
    // Linux limits one argument to 128 KiB; a longer token comes through "lookup -".
    QTest::newRow("120 KiB letters, argument") << QString(qsizetype(120) * 1024, QLatin1Char('a')) << false << 1;
    QTest::newRow("1 MiB letters, stdin") << QString(int(kMiB), QLatin1Char('a')) << true << 1;
    QTest::newRow("1 MiB digits, stdin") << QString(int(kMiB), QLatin1Char('8')) << true << 1;
    QTest::newRow("1 MiB hex after 0x, stdin")
        << QStringLiteral("0x") + QString(int(kMiB), QLatin1Char('f')) << true << 1;
    QTest::newRow("1 MiB of a message, stdin")
        << QStringLiteral("The target principal name is incorrect ").repeated(26000) << true << 0;
    QTest::newRow("1 MiB of CJK, stdin") << QStringLiteral("權杖").repeated(int(kMiB / 2)) << true << 1;
}

void TestHostileCli::longLookupTokens()
{
    QFETCH(QString, token);
    QFETCH(bool, onStdin);
    QFETCH(int, exitCode);
    const QStringList tokenArgs = onStdin ? QStringList{QStringLiteral("-")} : QStringList{token};
    const QByteArray input = onStdin ? token.toUtf8() + '\n' : QByteArray();

    const Run json = runCli(
        QStringList{QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json")} + tokenArgs, input);
    QCOMPARE(json.exitCode, exitCode);
    QVERIFY(json.err.isEmpty());
    QVERIFY2(json.ms < 10000, qPrintable(QString::number(json.ms)));
    const QJsonArray results = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("input")).toString(), token.trimmed());
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("found")).toBool(), exitCode == 0);

    // Text output echoes a shortened token on one line, not a megabyte.
    const Run text = runCli(QStringList{QStringLiteral("lookup")} + tokenArgs, input);
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.ms < 10000, qPrintable(QString::number(text.ms)));
    if (exitCode != 0) {
        QCOMPARE(text.out.count('\n'), 1);
        QVERIFY(text.out.size() < 300);
        QVERIFY(text.out.contains(QByteArray::number(token.size()) + " characters"));
    }
}

#ifdef Q_OS_LINUX
void TestHostileCli::fullOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("decode") << QStringList{QStringLiteral("decode"), path(QStringLiteral("good.log"))};
    QTest::newRow("decode, json") << QStringList{QStringLiteral("decode"), QStringLiteral("--format=json"),
                                                 path(QStringLiteral("good2.log"))};
    // Stops at the first write that fails instead of reading 100 MB for nothing.
    QTest::newRow("decode, 100 MB") << QStringList{QStringLiteral("decode"), m_line};
    QTest::newRow("lookup") << QStringList{QStringLiteral("lookup"), QStringLiteral("0x80090325")};
    QTest::newRow("lookup, csv") << QStringList{QStringLiteral("lookup"), QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("SEC_E_TIME_SKEW")};
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list, json") << QStringList{QStringLiteral("list"), QStringLiteral("--format=json")};
    QTest::newRow("help") << QStringList{QStringLiteral("--help")};
}

void TestHostileCli::fullOutput()
{
    QFETCH(QStringList, args);
    // /dev/full takes no byte (ENOSPC): the report is lost, and a script must be told.
    QProcess p;
    p.setProcessEnvironment(clitest::environment());
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    QElapsedTimer timer;
    timer.start();
    p.start(kCli, args);
    QVERIFY(p.waitForStarted(10000));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 4);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("sspilens-cli: cannot write the output: ") && err.size() > 40, err.constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}
#endif

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
