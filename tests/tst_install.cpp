// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Installs the build into a temporary prefix and checks what a desktop and a packager see.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
};

Result run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void files_data();
    void files();
    void desktopFileValid();
    void metainfoValid();
    void manPageRenders();
    void noNetworkLibrary_data();
    void noNetworkLibrary();
    void versionFromProject_data();
    void versionFromProject();

private:
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Result r =
        run(QStringLiteral(SSPILENS_CMAKE_COMMAND), {QStringLiteral("--install"), QStringLiteral(SSPILENS_BUILD_DIR),
                                                     QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
}

void TestInstall::files_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("gui") << "bin/sspilens" << true;
    QTest::newRow("cli") << "bin/sspilens-cli" << true;
    QTest::newRow("desktop") << "share/applications/sspilens.desktop" << false;
    QTest::newRow("metainfo") << "share/metainfo/org.sspilens.sspilens.metainfo.xml" << false;
    QTest::newRow("icon") << "share/icons/hicolor/scalable/apps/sspilens.svg" << false;
    QTest::newRow("man page") << "share/man/man1/sspilens-cli.1" << false;
    QTest::newRow("licence") << "share/doc/SSPILens/LICENSE" << false;
}

void TestInstall::files()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(QDir(m_prefix.path()).filePath(path));
    QVERIFY2(info.exists(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    QCOMPARE(info.isExecutable(), executable);
}

void TestInstall::desktopFileValid()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!tool.isEmpty(), "desktop-file-validate not found (desktop-file-utils)");
    const Result r = run(tool, {QDir(m_prefix.path()).filePath(QStringLiteral("share/applications/sspilens.desktop"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QLatin1String("error")), qPrintable(r.out));
}

void TestInstall::metainfoValid()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!tool.isEmpty(), "appstreamcli not found (appstream)");
    const Result r = run(
        tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
               QDir(m_prefix.path()).filePath(QStringLiteral("share/metainfo/org.sspilens.sspilens.metainfo.xml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
}

void TestInstall::manPageRenders()
{
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty()) {
        // Without man-db, at least the troff source must carry the version and every command.
        QFile f(QDir(m_prefix.path()).filePath(QStringLiteral("share/man/man1/sspilens-cli.1")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("SSPI Lens " SSPILENS_VERSION));
        QVERIFY(text.contains("lookup") && text.contains("decode") && text.contains("list"));
        return;
    }
    const Result r = run(man, {QStringLiteral("-l"), QStringLiteral("-P"), QStringLiteral("cat"),
                               QDir(m_prefix.path()).filePath(QStringLiteral("share/man/man1/sspilens-cli.1"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("SSPI Lens " SSPILENS_VERSION)), qPrintable(r.out.left(400)));
    QVERIFY(r.out.contains(QLatin1String("EXIT STATUS")));
}

void TestInstall::noNetworkLibrary_data()
{
    versionFromProject_data();
}

void TestInstall::noNetworkLibrary()
{
    // The product works offline and opens links only on click: no Qt Network in either binary.
    // Library names are stored as plain strings in ELF, PE and Mach-O files alike.
    QFETCH(QString, program);
    QFile binary(QDir(m_prefix.path()).filePath(program));
    QVERIFY(binary.open(QIODevice::ReadOnly));
    const QByteArray bytes = binary.readAll();
    QVERIFY(bytes.contains("Qt6Core") || bytes.contains("QtCore"));
    QVERIFY(!bytes.contains("Qt6Network"));
    QVERIFY(!bytes.contains("QtNetwork"));
}

void TestInstall::versionFromProject_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("cli") << "bin/sspilens-cli";
    QTest::newRow("gui") << "bin/sspilens";
}

void TestInstall::versionFromProject()
{
    QFETCH(QString, program);
    const Result r = run(QDir(m_prefix.path()).filePath(program), {QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String(SSPILENS_VERSION)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
