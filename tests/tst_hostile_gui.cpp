// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Hostile input in the log decoder: each case drives the real LogPanel and must end in a clear
// message or a correct result, never a crash or a hang, and leave the file it read unchanged.
#include "guitest.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "logpanel.h"
#include "scanner.h"
#include "textdecode.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace sspilens;

namespace {

constexpr int loadTimeoutMs = 120000;

/// Size, hash and modification time: what must not change when the panel reads a file.
struct Fingerprint {
    bool exists = false;
    qint64 size = -1;
    QByteArray hash;
    QDateTime modified;

    static Fingerprint of(const QString &path)
    {
        Fingerprint f;
        const QFileInfo info(path);
        f.exists = info.exists();
        if (!f.exists)
            return f;
        f.modified = info.lastModified();
        if (!info.isFile())
            return f;
        f.size = info.size();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            // Not for security: a change of any byte, cheaply for 200 MB.
            QCryptographicHash hash(QCryptographicHash::Md5);
            hash.addData(&file);
            f.hash = hash.result();
        }
        return f;
    }
    bool operator==(const Fingerprint &o) const
    {
        return exists == o.exists && size == o.size && hash == o.hash && modified == o.modified;
    }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

/// A device that fails: at open (nothing read), or with an error after @p failAfter bytes, or
/// that reports @p size but ends early (a file truncated while it is read).
class FaultyDevice : public QIODevice
{
public:
    enum Fault { FailOpen, FailRead, EndEarly };
    FaultyDevice(Fault fault, QByteArray data, qint64 failAfter)
        : m_fault(fault), m_data(std::move(data)), m_failAfter(failAfter)
    {
        if (fault == FailOpen) {
            setErrorString(QStringLiteral("Permission denied"));
            return;
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_fault == FailRead && m_at >= m_failAfter) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 end = std::min<qint64>(m_failAfter, m_data.size());
        const qint64 n = std::min(max, std::max<qint64>(end - m_at, 0));
        if (n > 0)
            memcpy(data, m_data.constData() + m_at, static_cast<size_t>(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    Fault m_fault;
    QByteArray m_data;
    qint64 m_failAfter;
    qint64 m_at = 0;
};

/// A 100 MB log in one line: a chunk with one code, repeated; every finding's place is known.
struct OneLine {
    static constexpr qsizetype chunkSize = 1000;
    static constexpr qsizetype codeAt = 600; ///< where "0x80090325" starts in each chunk
    static QByteArray chunk()
    {
        QByteArray c(chunkSize, 'a');
        for (qsizetype i = 0; i < chunkSize; i += 7)
            c[i] = ' ';
        c.replace(codeAt - 1, 12, " 0x80090325 ");
        return c;
    }
};

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT

public:
    enum Input {
        EmptyFile,
        Directory,
        Missing,
        DevNull,
        DevZero,
        DevZeroAsLatin1,
        EndlessPipe,
        RandomBytes,
        InvalidUtf8,
        Utf16LeNoBom,
        Utf16BeNoBom,
        NonAsciiPath,
        TooLargeSparse,
        TooLargeLowered,
        ProcSelfMem,
    };
    Q_ENUM(Input)
    enum Outcome { Opens, Refused };
    Q_ENUM(Outcome)

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hostileFile_data();
    void hostileFile();
    void faultyDevice_data();
    void faultyDevice();
    void deletedWhileRead_data();
    void deletedWhileRead();
    void silentPipe();
    void droppedFolder();
    void emptyClipboard_data();
    void emptyClipboard();
    void longLines_data();
    void longLines();
    void singleLine100MB();

private:
    void expectUnchanged();
    bool waitIdle();

    std::unique_ptr<LogPanel> m_panel;
    QString m_sample;
    int m_sampleFindings = 0;
};

void TestHostileGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostile_gui"));
#ifdef Q_OS_UNIX
    // The endless pipe's writer must see EPIPE, not die, when the panel stops reading.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    m_sample = LogPanel::sampleLog();
    m_sampleFindings = int(LogScanner().scan(m_sample).size());
    QVERIFY(m_sampleFindings > 0);
}

void TestHostileGui::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    QSettings().clear();
    m_panel = std::make_unique<LogPanel>();
    m_panel->resize(1000, 700);
    // What is on screen before each case, and must still be there after a refusal.
    m_panel->loadSample();
    QCOMPARE(int(m_panel->findings()->size()), m_sampleFindings);
}

void TestHostileGui::cleanup()
{
    m_panel.reset();
}

bool TestHostileGui::waitIdle()
{
    return QTest::qWaitFor([this] { return !m_panel->isBusy(); }, loadTimeoutMs);
}

void TestHostileGui::expectUnchanged()
{
    QCOMPARE(m_panel->editor()->toPlainText(), m_sample);
    QCOMPARE(int(m_panel->findings()->size()), m_sampleFindings);
    QVERIFY(m_panel->sourcePath().isEmpty());
}

void TestHostileGui::hostileFile_data()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<bool>("background"); ///< threshold lowered so that small files go to the worker
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("message"); ///< part of the info bar text
    QTest::addColumn<int>("findings");    ///< for Opens

    const int sample = int(LogScanner().scan(LogPanel::sampleLog()).size());
    QTest::addRow("empty file") << EmptyFile << false << Refused << QStringLiteral("is empty") << 0;
    QTest::addRow("directory") << Directory << false << Refused << QStringLiteral("is a folder") << 0;
    QTest::addRow("missing") << Missing << false << Refused << QStringLiteral("does not exist") << 0;
    QTest::addRow("50 MB of random bytes") << RandomBytes << false << Refused << QStringLiteral("binary") << 0;
    QTest::addRow("invalid UTF-8") << InvalidUtf8 << false << Opens << QStringLiteral("are not valid") << 3;
    QTest::addRow("invalid UTF-8, worker") << InvalidUtf8 << true << Opens << QStringLiteral("are not valid") << 3;
    QTest::addRow("UTF-16 LE without BOM") << Utf16LeNoBom << false << Opens << QString() << sample;
    QTest::addRow("UTF-16 LE without BOM, worker") << Utf16LeNoBom << true << Opens << QString() << sample;
    QTest::addRow("UTF-16 BE without BOM") << Utf16BeNoBom << false << Opens << QString() << sample;
    QTest::addRow("UTF-16 BE without BOM, worker") << Utf16BeNoBom << true << Opens << QString() << sample;
    QTest::addRow("spaces and non-ASCII in the path") << NonAsciiPath << false << Opens << QString() << sample;
    QTest::addRow("spaces and non-ASCII in the path, worker") << NonAsciiPath << true << Opens << QString() << sample;
    QTest::addRow("200 MB, sparse") << TooLargeSparse << false << Refused << QStringLiteral("sspilens-cli decode") << 0;
    QTest::addRow("over a lowered limit, worker")
        << TooLargeLowered << true << Refused << QStringLiteral("sspilens-cli decode") << 0;
#ifdef Q_OS_UNIX
    QTest::addRow("/dev/null") << DevNull << false << Refused << QStringLiteral("is empty") << 0;
    QTest::addRow("/dev/zero") << DevZero << false << Refused << QStringLiteral("binary") << 0;
    QTest::addRow("/dev/zero as Windows-1252") << DevZeroAsLatin1 << false << Refused << QStringLiteral("binary") << 0;
    QTest::addRow("endless pipe") << EndlessPipe << false << Refused << QStringLiteral("too large") << 0;
#endif
#ifdef Q_OS_LINUX
    // A regular file that says it is empty and fails when read (EIO): the read error path.
    QTest::addRow("/proc/self/mem") << ProcSelfMem << false << Refused << QStringLiteral("Reading") << 0;
#endif
}

void TestHostileGui::hostileFile()
{
    QFETCH(Input, input);
    QFETCH(bool, background);
    QFETCH(Outcome, outcome);
    QFETCH(QString, message);
    QFETCH(int, findings);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    QByteArray encoding;
    QString expectedText; // for Opens: what the editor must show
    std::atomic<bool> stopWriter{false};
    std::thread writer;
    const auto stopWriting = qScopeGuard([&] {
        stopWriter = true;
        if (writer.joinable())
            writer.join();
    });

    switch (input) {
    case EmptyFile:
        path = dir.filePath(QStringLiteral("empty.log"));
        QVERIFY(writeFile(path, {}));
        break;
    case Directory:
        path = dir.filePath(QStringLiteral("logs.log"));
        QVERIFY(QDir().mkpath(path));
        break;
    case Missing: path = dir.filePath(QStringLiteral("gone.log")); break;
    case DevNull: path = QStringLiteral("/dev/null"); break;
    case DevZero: path = QStringLiteral("/dev/zero"); break;
    case DevZeroAsLatin1:
        path = QStringLiteral("/dev/zero");
        encoding = "windows-1252";
        break;
    case EndlessPipe: {
#ifdef Q_OS_UNIX
        // A writer that never stops: only the read cap ends the load.
        path = dir.filePath(QStringLiteral("endless.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        m_panel->setMaximumFileSize(1 << 20);
        writer = std::thread([&stopWriter, name = QFile::encodeName(path)] {
            const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
            int opened = fd;
            // Until the panel opens the reading end, a non-blocking open for writing fails.
            while (opened < 0 && !stopWriter) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                opened = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
            }
            const QByteArray line = "2026-03-02 08:12:40 SEC_E_TIME_SKEW while the clock drifts\n";
            while (opened >= 0 && !stopWriter) {
                const ssize_t n = ::write(opened, line.constData(), size_t(line.size()));
                if (n < 0 && errno == EAGAIN)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                else if (n < 0)
                    break; // EPIPE: the panel stopped reading
            }
            if (opened >= 0)
                ::close(opened);
        });
#endif
        break;
    }
    case RandomBytes: {
        path = dir.filePath(QStringLiteral("random.bin"));
        QByteArray bytes(50 << 20, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case InvalidUtf8: {
        path = dir.filePath(QStringLiteral("mixed.log"));
        const QByteArray bytes = "2026-03-02 08:12:40 bind failed 80090308 on dc01\n"
                                 "garbage \xff\xfe\xc3\x28 here SEC_E_LOGON_DENIED\n"
                                 "truncated \xe6\x97 sequence -2146893019\n";
        QVERIFY(writeFile(path, bytes));
        expectedText = decodeText(bytes);
        QVERIFY(expectedText.contains(QChar(QChar::ReplacementCharacter)));
        break;
    }
    case Utf16LeNoBom:
    case Utf16BeNoBom:
        path = dir.filePath(QStringLiteral("events.txt"));
        QVERIFY(writeFile(
            path, encode(m_sample, input == Utf16LeNoBom ? QStringConverter::Utf16LE : QStringConverter::Utf16BE)));
        expectedText = m_sample;
        break;
    case NonAsciiPath:
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("記錄 檔")));
        path = dir.filePath(QStringLiteral("記錄 檔/app log ü.log"));
        QVERIFY(writeFile(path, m_sample.toUtf8()));
        expectedText = m_sample;
        break;
    case TooLargeSparse: {
        // The real limit: a sparse file costs no disk and no time.
        path = dir.filePath(QStringLiteral("huge.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(LogPanel::DefaultMaximumFileSize + 1));
        break;
    }
    case TooLargeLowered:
        path = dir.filePath(QStringLiteral("big.log"));
        QVERIFY(writeFile(path, m_sample.toUtf8().repeated(20)));
        m_panel->setMaximumFileSize(4096);
        break;
    case ProcSelfMem: path = QStringLiteral("/proc/self/mem"); break;
    }
    if (background)
        m_panel->setBackgroundThreshold(16);

    const bool special =
        path.startsWith(QLatin1String("/dev/")) || path.startsWith(QLatin1String("/proc/")) || input == EndlessPipe;
    const Fingerprint before = special ? Fingerprint() : Fingerprint::of(path);
    m_panel->openFile(path, encoding);
    QVERIFY2(waitIdle(), "the load did not end");

    if (outcome == Refused) {
        QVERIFY2(m_panel->message().contains(message), qPrintable(m_panel->message()));
        expectUnchanged();
    } else {
        QCOMPARE(m_panel->sourcePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(m_panel->editor()->toPlainText(), expectedText);
        QCOMPARE(int(m_panel->findings()->size()), findings);
        if (!message.isEmpty())
            QVERIFY2(m_panel->message().contains(message), qPrintable(m_panel->message()));
        // The findings are those of the text shown.
        const std::vector<Finding> direct = LogScanner().scan(expectedText);
        QCOMPARE(m_panel->findings()->size(), direct.size());
        for (size_t i = 0; i < direct.size(); ++i)
            QCOMPARE(m_panel->findings()->at(i).offset, direct[i].offset);
        // Remembered once the text is in place, which may be a turn of the event loop after the load.
        QTRY_VERIFY(m_panel->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    }
    if (!special)
        QVERIFY2(Fingerprint::of(path) == before, "the file changed");
}

void TestHostileGui::faultyDevice_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("background");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("opens");
    QTest::addRow("cannot be opened") << int(FaultyDevice::FailOpen) << false << QStringLiteral("Cannot open") << false;
    QTest::addRow("cannot be opened, worker")
        << int(FaultyDevice::FailOpen) << true << QStringLiteral("Permission denied") << false;
    QTest::addRow("read error") << int(FaultyDevice::FailRead) << false << QStringLiteral("Input/output error")
                                << false;
    QTest::addRow("read error, worker") << int(FaultyDevice::FailRead) << true << QStringLiteral("Reading") << false;
    QTest::addRow("ends early") << int(FaultyDevice::EndEarly) << false << QStringLiteral("became shorter") << true;
    QTest::addRow("ends early, worker") << int(FaultyDevice::EndEarly) << true << QStringLiteral("became shorter")
                                        << true;
}

void TestHostileGui::faultyDevice()
{
    // As when a disk, a network share or permissions fail: injected, since tests run as root.
    QFETCH(int, fault);
    QFETCH(bool, background);
    QFETCH(QString, message);
    QFETCH(bool, opens);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("share.log"));
    const QByteArray bytes = m_sample.toUtf8().repeated(4);
    QVERIFY(writeFile(path, bytes));
    const Fingerprint before = Fingerprint::of(path);
    // Cut at a line break, so that what is read is whole lines of the sample.
    const qint64 half = bytes.indexOf('\n', bytes.size() / 2) + 1;
    std::atomic<int> opened{0};
    m_panel->setFileOpener([&, fault, half](const QString &) -> std::unique_ptr<QIODevice> {
        ++opened;
        return std::make_unique<FaultyDevice>(FaultyDevice::Fault(fault), bytes, half);
    });
    if (background)
        m_panel->setBackgroundThreshold(16);
    m_panel->openFile(path);
    QVERIFY(waitIdle());
    QCOMPARE(opened.load(), 1);
    QVERIFY2(m_panel->message().contains(message), qPrintable(m_panel->message()));
    if (opens) {
        const QString shown = QString::fromUtf8(bytes.first(half));
        QCOMPARE(m_panel->editor()->toPlainText(), shown);
        QCOMPARE(m_panel->findings()->size(), LogScanner().scan(shown).size());
    } else {
        expectUnchanged();
    }
    QVERIFY(Fingerprint::of(path) == before);
}

void TestHostileGui::deletedWhileRead_data()
{
    QTest::addColumn<bool>("background");
    QTest::addRow("at once") << false;
    QTest::addRow("worker") << true;
}

void TestHostileGui::deletedWhileRead()
{
    // The file goes away between opening and reading (deterministically, from the opener).
    QFETCH(bool, background);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rotated.log"));
    const QByteArray bytes = m_sample.toUtf8().repeated(50);
    QVERIFY(writeFile(path, bytes));
    m_panel->setFileOpener([](const QString &name) -> std::unique_ptr<QIODevice> {
        auto file = std::make_unique<QFile>(name);
        if (file->open(QIODevice::ReadOnly))
            QFile::remove(name);
        return file;
    });
    if (background)
        m_panel->setBackgroundThreshold(16);
    m_panel->openFile(path);
    QVERIFY(waitIdle());
    if (QFile::exists(path)) {
        // Where an open file cannot be deleted (Windows), it is simply read.
        QCOMPARE(m_panel->editor()->toPlainText().toUtf8(), bytes);
        return;
    }
    // POSIX: the open file is read to its end; the panel shows it all.
    QCOMPARE(m_panel->editor()->toPlainText().toUtf8(), bytes);
    QCOMPARE(int(m_panel->findings()->size()), m_sampleFindings * 50);

    // Opened again, it is gone: a message, and the text stays.
    m_panel->setFileOpener({});
    QVERIFY(!m_panel->reopenWithEncoding({}));
    QVERIFY2(m_panel->message().contains(QStringLiteral("does not exist")), qPrintable(m_panel->message()));
    QCOMPARE(m_panel->editor()->toPlainText().toUtf8(), bytes);
}

void TestHostileGui::silentPipe()
{
#ifdef Q_OS_UNIX
    // A pipe nobody writes to: the load waits (it may be a slow command), Cancel ends it, and so
    // does closing the panel.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("silent.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY(m_panel->openFile(path));
    QVERIFY(m_panel->isBusy());
    QTest::qWait(250);
    QVERIFY(m_panel->isBusy());
    m_panel->cancel();
    QVERIFY(waitIdle());
    QVERIFY2(m_panel->message().contains(QStringLiteral("cancelled")), qPrintable(m_panel->message()));
    expectUnchanged();

    QVERIFY(m_panel->openFile(path));
    QVERIFY(m_panel->isBusy());
    m_panel.reset();
#else
    QSKIP("Named pipes are a POSIX thing");
#endif
}

void TestHostileGui::droppedFolder()
{
    // Dropped on the panel, or pasted into the text as a URL: a message, not the URL as text.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(folder));
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls({QUrl::fromLocalFile(folder)});
    mime->setText(QUrl::fromLocalFile(folder).toString());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);
    QVERIFY2(m_panel->message().contains(QStringLiteral("is a folder")), qPrintable(m_panel->message()));
    expectUnchanged();

    m_panel->setLogText(m_sample); // no message
    QVERIFY(m_panel->message().isEmpty());
    QGuiApplication::clipboard()->setMimeData(mime.release());
    m_panel->editor()->selectAll();
    m_panel->editor()->paste();
    QVERIFY2(m_panel->message().contains(QStringLiteral("is a folder")), qPrintable(m_panel->message()));
    expectUnchanged();
}

void TestHostileGui::emptyClipboard_data()
{
    QTest::addColumn<bool>("image");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty text") << false << QStringLiteral("no text");
    QTest::addRow("only an image") << true << QStringLiteral("an image");
}

void TestHostileGui::emptyClipboard()
{
    QFETCH(bool, image);
    QFETCH(QString, message);
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (image) {
        QImage picture(32, 32, QImage::Format_RGB32);
        picture.fill(Qt::red);
        clipboard->setImage(picture);
        QVERIFY(clipboard->mimeData()->hasImage());
    } else {
        clipboard->setText(QString());
    }
    QVERIFY(clipboard->text().isEmpty());
    QSignalSpy status(m_panel.get(), &LogPanel::statusMessage);
    auto *paste = m_panel->findChild<QAction *>(QStringLiteral("pasteAndDecodeAction"));
    QVERIFY(paste);
    paste->trigger();
    QVERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->message().contains(message), qPrintable(m_panel->message()));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(message));
    expectUnchanged();
}

void TestHostileGui::longLines_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::addColumn<bool>("background");
    QTest::addRow("pasted") << false << false;
    QTest::addRow("pasted, worker") << false << true;
    QTest::addRow("file") << true << false;
    QTest::addRow("file, worker") << true << true;
}

void TestHostileGui::longLines()
{
    // Lines over the display limit, with findings before, across and after the cut, and short
    // lines between them: the same path as a 100 MB line, at a size that runs at once.
    QFETCH(bool, fromFile);
    QFETCH(bool, background);
    const qsizetype limit = 200;
    m_panel->setDisplayLineLimit(limit);
    if (background)
        m_panel->setBackgroundThreshold(16);
    const QString pad(150, QLatin1Char('.'));
    QString text;
    text += QStringLiteral("short SEC_E_TIME_SKEW\r\n"); // line 1
    text += pad + QStringLiteral(" 0x80090325 ") + pad + QStringLiteral(" -2146893019 ") + pad
            + QStringLiteral(" SEC_E_LOGON_DENIED\n"); // line 2: cut at 200
    text += QString(190, QLatin1Char('.')) + QStringLiteral(" 0x80090322 tail") + pad + QLatin1Char('\n'); // line 3
    text += QStringLiteral("after the cuts 0x8009030c\n");                                                 // line 4
    text += QString(5000, QLatin1Char('x')) + QStringLiteral(" 0x80090342"); // line 5, no line break
    const QString normal = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const std::vector<Finding> expected = LogScanner().scan(normal);
    QCOMPARE(expected.size(), size_t(7));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.log"));
    Fingerprint before;
    if (fromFile) {
        QVERIFY(writeFile(path, text.toUtf8()));
        before = Fingerprint::of(path);
        m_panel->openFile(path);
    } else {
        m_panel->setLogText(text);
    }
    QVERIFY(waitIdle());

    // The findings are those of the whole text, offsets and all.
    QCOMPARE(m_panel->findings()->size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const Finding &f = m_panel->findings()->at(i);
        QCOMPARE(f.offset, expected[i].offset);
        QCOMPARE(f.line, expected[i].line);
        QCOMPARE(f.column, expected[i].column);
        QCOMPARE(f.value, expected[i].value);
    }
    // The text shown: every line at most `limit` long, the lines themselves all there.
    QCOMPARE(m_panel->cutLineCount(), qint64(3));
    const QTextDocument *document = m_panel->editor()->document();
    QCOMPARE(document->blockCount(), 5);
    const QStringList lines = normal.split(QLatin1Char('\n'));
    for (int i = 0; i < 5; ++i) {
        const QString shown = document->findBlockByNumber(i).text();
        QCOMPARE(shown, lines.at(i).left(limit));
    }
    QVERIFY(m_panel->editor()->isReadOnly());
    QVERIFY2(m_panel->message().contains(QStringLiteral("longer than 200 characters")), qPrintable(m_panel->message()));

    // Navigation: a finding that is shown is selected; one past the cut puts the cursor at the cut.
    QVERIFY(m_panel->goToFinding(0));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("SEC_E_TIME_SKEW"));
    QVERIFY(m_panel->goToFinding(1));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("0x80090325"));
    QSignalSpy status(m_panel.get(), &LogPanel::statusMessage);
    QVERIFY(m_panel->goToFinding(2));
    QVERIFY(m_panel->highlighter()->span(2).hidden);
    QVERIFY(!m_panel->editor()->textCursor().hasSelection());
    QCOMPARE(m_panel->editor()->textCursor().block().blockNumber(), 1);
    QCOMPARE(m_panel->editor()->textCursor().positionInBlock(), int(limit));
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("not shown")));
    QCOMPARE(m_panel->currentFinding(), 2);
    // The one across the cut shows the part that is there.
    QVERIFY(m_panel->goToFinding(4));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral(" 0x80090322").mid(1, 9));
    QVERIFY(m_panel->goToFinding(5));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("0x8009030c"));
    // F3 visits every finding, the hidden ones too, in order.
    m_panel->goToFinding(0);
    for (int i = 1; i <= 7; ++i) {
        m_panel->nextFinding();
        QCOMPARE(m_panel->currentFinding(), i % 7);
    }
    for (int i = 6; i >= 0; --i) {
        m_panel->previousFinding();
        QCOMPARE(m_panel->currentFinding(), i);
    }

    // The export has the offsets and lines of the whole text.
    const QString json = dir.filePath(QStringLiteral("findings.json"));
    QVERIFY(m_panel->exportFindings(json, LogPanel::ExportFormat::Json));
    QFile exported(json);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonArray rows =
        QJsonDocument::fromJson(exported.readAll()).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(rows.size(), int(expected.size()));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("offset")).toInteger(), expected[size_t(i)].offset);
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("column")).toInteger(), expected[size_t(i)].column);
    }
    if (fromFile)
        QVERIFY(Fingerprint::of(path) == before);
}

void TestHostileGui::singleLine100MB()
{
    // The realistic size: one line of 100 MB (a minified dump, a log without line breaks).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one line.log"));
    const qsizetype chunks = (qsizetype{100} << 20) / OneLine::chunkSize;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block = OneLine::chunk().repeated(1024);
        for (qsizetype written = 0; written < chunks; written += 1024)
            QCOMPARE(
                file.write(block.constData(), qint64(std::min<qsizetype>(1024, chunks - written)) * OneLine::chunkSize),
                qint64(std::min<qsizetype>(1024, chunks - written)) * OneLine::chunkSize);
    }
    const Fingerprint before = Fingerprint::of(path);
    QCOMPARE(before.size, qint64(chunks) * OneLine::chunkSize);

    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(m_panel->openFile(path));
    QVERIFY(waitIdle());

    // Every finding, from the whole line.
    const auto &findings = *m_panel->findings();
    QCOMPARE(qsizetype(findings.size()), chunks);
    for (qsizetype i = 0; i < chunks; ++i) {
        const Finding &f = findings[size_t(i)];
        const qint64 offset = qint64(i) * OneLine::chunkSize + OneLine::codeAt;
        if (f.offset != offset || f.line != 1 || f.column != offset + 1 || f.value != 0x80090325u)
            QFAIL(qPrintable(
                QStringLiteral("finding %1 at %2, line %3, column %4").arg(i).arg(f.offset).arg(f.line).arg(f.column)));
    }
    QCOMPARE(m_panel->summaryModel()->rowCount(), 1);
    // The view holds the first displayLineLimit() characters; everything else says why.
    QCOMPARE(m_panel->editor()->document()->characterCount() - 1, int(m_panel->displayLineLimit()));
    QCOMPARE(m_panel->cutLineCount(), qint64(1));
    QVERIFY(m_panel->editor()->isReadOnly());
    QVERIFY2(m_panel->message().contains(QStringLiteral("cut")), qPrintable(m_panel->message()));
    // The view can be drawn, and the first and last findings gone to.
    QVERIFY(!m_panel->grab().isNull());
    QVERIFY(m_panel->goToFinding(0));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("0x80090325"));
    QVERIFY(m_panel->goToFinding(int(chunks - 1)));
    QCOMPARE(m_panel->currentFinding(), int(chunks - 1));
    QVERIFY(!m_panel->grab().isNull());
    QVERIFY(Fingerprint::of(path) == before);
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
