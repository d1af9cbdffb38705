// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// The command line as a script sees it: sspilens-cli lookup and list, run as a process.
#include "catalog.h"
#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cstdlib>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace sspilens;

using clitest::Run;
using clitest::runCli;

namespace {

#ifdef Q_OS_LINUX
/// Runs the command line with standard output on a pseudo-terminal @p columns wide.
Run runOnTerminal(const QStringList &args, int columns)
{
    Run r;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        return r;
    winsize size{};
    size.ws_col = static_cast<unsigned short>(columns);
    size.ws_row = 40;
    ::ioctl(master, TIOCSWINSZ, &size);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    const auto drain = [&]() {
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::read(master, buffer, sizeof buffer)) > 0)
            r.out.append(buffer, got);
    };
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("COLUMNS"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QString::fromLocal8Bit(::ptsname(master)));
    p.start(QStringLiteral(SSPILENS_BIN_DIR "/sspilens-cli"), args);
    if (p.waitForStarted(10000)) {
        p.closeWriteChannel();
        while (!p.waitForFinished(10))
            drain();
        drain();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = p.readAllStandardError();
    }
    ::close(master);
    r.out.replace("\r\n", "\n"); // the terminal's line discipline
    return r;
}

/// Terminal columns: CJK characters take two.
int columnsOf(const QString &line)
{
    int n = 0;
    for (QChar c : line)
        n += (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60) ? 2
                                                                                                                  : 1;
    return n;
}
#endif

QList<QStringList> referenceRows()
{
    QList<QStringList> rows;
    QFile f(QStringLiteral(SSPILENS_REFERENCE_DIR "/sspi-codes.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceRowAnswers();
    void lookupJsonShape();
    void exitCodes_data();
    void exitCodes();
    void textShowsEverything();
    void notSspiExplained();
    void wordSearchLists();
    void csv();
    void list_data();
    void list();
    void tokensFromStandardInput_data();
    void tokensFromStandardInput();
#ifdef Q_OS_LINUX
    void wrapsAtATerminal_data();
    void wrapsAtATerminal();
#endif
};

void TestCli::everyReferenceRowAnswers()
{
    const QList<QStringList> rows = referenceRows();
    QCOMPARE(rows.size(), 95);
    // symbol, hex, signed decimal, unsigned decimal of every macro, in one call.
    QStringList tokens;
    for (const QStringList &r : rows)
        tokens << r.value(0) << r.value(1) << r.value(2) << r.value(3);
    const Run run =
        runCli(QStringList{QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json")} + tokens);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), tokens.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        for (int form = 0; form < 4; ++form) {
            const QJsonObject o = results.at(i * 4 + form).toObject();
            const QString what = r.value(0) + QLatin1Char('/') + tokens.at(i * 4 + form);
            QCOMPARE(o.value(QLatin1String("input")).toString(), tokens.at(i * 4 + form));
            QVERIFY2(o.value(QLatin1String("found")).toBool(), qPrintable(what));
            QCOMPARE(o.value(QLatin1String("family")).toString(), QStringLiteral("sspi"));
            QCOMPARE(o.value(QLatin1String("value")).toString(),
                     r.value(1).toUpper().replace(QLatin1String("0X"), QLatin1String("0x")));
            QStringList names{o.value(QLatin1String("symbol")).toString()};
            for (const auto &a : o.value(QLatin1String("aliases")).toArray())
                names << a.toString();
            QVERIFY2(names.contains(r.value(0)), qPrintable(what));
            const QString severity = o.value(QLatin1String("severity")).toString();
            QCOMPARE(severity, r.value(4) == QLatin1String("E")   ? QStringLiteral("error")
                               : r.value(4) == QLatin1String("I") ? QStringLiteral("informational")
                                                                  : QStringLiteral("success"));
            QVERIFY2(!o.value(QLatin1String("meaning")).toString().isEmpty(), qPrintable(what));
            QVERIFY(!o.value(QLatin1String("category")).toString().isEmpty());
        }
    }
}

void TestCli::lookupJsonShape()
{
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("--format=json"), QStringLiteral("-2146893019")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    for (const char *key :
         {"input", "found", "family", "symbol", "value", "aliases", "severity", "category", "meaning"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QLatin1String("input")).toString(), QStringLiteral("-2146893019"));
    QCOMPARE(o.value(QLatin1String("symbol")).toString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("0x80090325"));
    QCOMPARE(o.value(QLatin1String("category")).toString(), QStringLiteral("certificates"));
    QVERIFY(o.value(QLatin1String("aliases")).isArray());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("oneLineError");
    QTest::newRow("all found") << QStringList{"lookup", "0x80090325", "SEC_E_TIME_SKEW"} << 0 << false;
    QTest::newRow("negative value without --") << QStringList{"lookup", "-2146893019"} << 0 << false;
    QTest::newRow("options after tokens") << QStringList{"lookup", "-2146893048", "--format", "csv"} << 0 << false;
    QTest::newRow("after --") << QStringList{"lookup", "--", "-2146893048"} << 0 << false;
    QTest::newRow("some not found") << QStringList{"lookup", "0x80090325", "0x80070005"} << 1 << false;
    QTest::newRow("nothing found") << QStringList{"lookup", "no-such-code-anywhere"} << 1 << false;
    QTest::newRow("no command") << QStringList{} << 2 << true;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << true;
    QTest::newRow("lookup without tokens") << QStringList{"lookup"} << 2 << true;
    QTest::newRow("unknown option") << QStringList{"lookup", "--colour", "0x80090325"} << 2 << true;
    QTest::newRow("bad format") << QStringList{"list", "--format", "xml"} << 2 << true;
    QTest::newRow("format without value") << QStringList{"list", "--format"} << 2 << true;
    QTest::newRow("bad language") << QStringList{"list", "--lang", "fr"} << 2 << true;
    QTest::newRow("list with argument") << QStringList{"list", "extra"} << 2 << true;
    QTest::newRow("help") << QStringList{"--help"} << 0 << false;
    QTest::newRow("version") << QStringList{"--version"} << 0 << false;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, oneLineError);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    if (oneLineError) {
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("sspilens-cli: "));
    }
}

void TestCli::textShowsEverything()
{
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("0x80090322")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    const StatusCode *c = Catalog::instance().bySymbol(u"SEC_E_WRONG_PRINCIPAL");
    QVERIFY(c);
    for (const QString &needle :
         {QStringLiteral("SEC_E_WRONG_PRINCIPAL"), QStringLiteral("0x80090322"), QStringLiteral("-2146893022"),
          QStringLiteral("2148074274"), QString::fromUtf8(c->meaning), QString::fromUtf8(c->causes.front()),
          QString::fromUtf8(c->nextSteps.front().text), QStringLiteral("Error")})
        QVERIFY2(out.contains(needle), qPrintable(needle));
    for (const NextStep &s : c->nextSteps) {
        if (s.command)
            QVERIFY2(out.contains(QString::fromUtf8(s.command)), s.command);
    }
}

void TestCli::notSspiExplained()
{
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("0x80070005"), QStringLiteral("0x80090344")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.contains(QLatin1String("not an SSPI status code")));
    QVERIFY(out.contains(QLatin1String("FACILITY_WIN32")));
    QVERIFY(out.contains(QLatin1String("E_ACCESSDENIED")));
    QVERIFY(out.contains(QLatin1String("Unknown SSPI code")));

    const Run json = runCli(
        {QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("0xC000006D")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).array().first().toObject();
    QCOMPARE(o.value(QLatin1String("found")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("not_sspi"));
    QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("0xC000006D"));
    QVERIFY(o.value(QLatin1String("symbol")).isNull());
    QCOMPARE(o.value(QLatin1String("anatomy")).toObject().value(QLatin1String("known_as")).toString(),
             QStringLiteral("STATUS_LOGON_FAILURE"));
}

void TestCli::wordSearchLists()
{
    const Run run = runCli(
        {QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("untrusted")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).array().first().toObject();
    QVERIFY(o.value(QLatin1String("found")).toBool());
    QStringList symbols;
    for (const auto &m : o.value(QLatin1String("matches")).toArray())
        symbols << m.toObject().value(QLatin1String("symbol")).toString();
    QVERIFY(symbols.contains(QLatin1String("SEC_E_UNTRUSTED_ROOT")));
    QVERIFY(symbols.contains(QLatin1String("SEC_E_ISSUING_CA_UNTRUSTED")));
}

void TestCli::csv()
{
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("0x8009030C"), QStringLiteral("0x80070005")});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("input,found,family,symbol,value,signed,unsigned"));
    QVERIFY(lines.at(1).startsWith("0x8009030C,true,sspi,SEC_E_LOGON_DENIED,0x8009030C,-2146893044,2148074252"));
    QVERIFY(lines.at(2).startsWith("0x80070005,false,"));
}

void TestCli::list_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("json") << "json";
    QTest::newRow("csv") << "csv";
}

void TestCli::list()
{
    QFETCH(QString, format);
    const Run run = runCli({QStringLiteral("list"), QStringLiteral("--format"), format});
    QCOMPARE(run.exitCode, 0);
    if (format == QLatin1String("json")) {
        const QJsonArray a = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(a.size(), Catalog::instance().size());
        const QJsonObject first = a.first().toObject();
        QCOMPARE(first.value(QLatin1String("symbol")).toString(), QStringLiteral("SEC_E_OK"));
        for (const char *key : {"causes", "next_steps", "related", "packages", "windows_message", "explanation"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    } else if (format == QLatin1String("csv")) {
        QCOMPARE(run.out.trimmed().count('\n'), Catalog::instance().size());
    } else {
        QCOMPARE(run.out.trimmed().count('\n'), Catalog::instance().size());
        QVERIFY(run.out.contains("SEC_E_INSUFFICIENT_BUFFERS"));
    }
}

void TestCli::tokensFromStandardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("inputs"); ///< the "input" of each JSON result, in order
    QTest::newRow("lines, blank and padded ones too")
        << QStringList{"-"} << QByteArray("0x80090325\n\n   SEC_E_TIME_SKEW \r\n-2146893044\n") << 0
        << QStringList{"0x80090325", "SEC_E_TIME_SKEW", "-2146893044"};
    QTest::newRow("with arguments, in order")
        << QStringList{"0x8009030C", "-", "untrusted"} << QByteArray("0x80090325\nbogus-token\n") << 1
        << QStringList{"0x8009030C", "0x80090325", "bogus-token", "untrusted"};
    QTest::newRow("UTF-16 from PowerShell") << QStringList{"-"}
                                            << QByteArray("\xFF\xFE"
                                                          "8\0"
                                                          "0\0"
                                                          "0\0"
                                                          "9\0"
                                                          "0\0"
                                                          "3\0"
                                                          "2\0"
                                                          "2\0"
                                                          "\r\0\n\0",
                                                          22)
                                            << 0 << QStringList{"80090322"};
    QTest::newRow("only blank lines") << QStringList{"-"} << QByteArray("\n  \n") << 2 << QStringList{};
}

void TestCli::tokensFromStandardInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, inputs);
    const Run run =
        runCli(QStringList{QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json")} + args, input);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        return;
    }
    QStringList actual;
    for (const auto &v : QJsonDocument::fromJson(run.out).array())
        actual << v.toObject().value(QLatin1String("input")).toString();
    QCOMPARE(actual, inputs);
}

#ifdef Q_OS_LINUX
void TestCli::wrapsAtATerminal_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("columns");
    QTest::newRow("lookup, 60 columns") << QStringList{"lookup", "0x80090322", "0x80070005"} << 60;
    QTest::newRow("lookup, zh_TW, 50 columns") << QStringList{"lookup", "--lang", "zh_TW", "0x80090322"} << 50;
    QTest::newRow("word search, 100 columns") << QStringList{"lookup", "untrusted"} << 100;
    QTest::newRow("list, 100 columns") << QStringList{"list"} << 100;
    QTest::newRow("list, zh_TW, 100 columns") << QStringList{"list", "--lang", "zh_TW"} << 100;
    QTest::newRow("a wide terminal still wraps at 100") << QStringList{"lookup", "0x80090322"} << 200;
}

void TestCli::wrapsAtATerminal()
{
    QFETCH(QStringList, args);
    QFETCH(int, columns);
    const Run piped = runCli(args);
    const Run terminal = runOnTerminal(args, columns);
    QCOMPARE(terminal.exitCode, piped.exitCode);
    const QString wrapped = QString::fromUtf8(terminal.out);
    const QString whole = QString::fromUtf8(piped.out);
    QVERIFY(wrapped.count(QLatin1Char('\n')) > whole.count(QLatin1Char('\n')));
    // Only white space changed, and no line is wider than the terminal (or 100 columns), but for
    // commands, which stay whole to be copied.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QCOMPARE(QString(wrapped).remove(space), QString(whole).remove(space));
    for (const QString &line : wrapped.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("$ ")))
            QVERIFY2(columnsOf(line) <= std::min(columns, 100), qPrintable(line));
        for (const QString &closing : {QStringLiteral("，"), QStringLiteral("。"), QStringLiteral("）")})
            QVERIFY2(!line.trimmed().startsWith(closing), qPrintable(line));
    }
}
#endif

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
