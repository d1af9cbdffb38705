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

/// The JSON answers of lookup, one list per token in order: a token that several codes answer
/// (a bare number several families hold) has one object per code, each saying how many there are.
QList<QList<QJsonObject>> answersPerToken(const QJsonArray &results, int tokens)
{
    QList<QList<QJsonObject>> answers;
    int i = 0;
    while (i < results.size() && answers.size() < tokens) {
        const QJsonObject first = results.at(i).toObject();
        const int n = std::max(1, first.value(QLatin1String("candidates")).toInt(1));
        QList<QJsonObject> group;
        for (int k = 0; k < n && i < results.size(); ++k, ++i)
            group << results.at(i).toObject();
        answers << group;
    }
    return answers;
}

/// The rows of a reference table as column -> cell; an empty list when it cannot be read.
QList<QHash<QString, QString>> tableRows(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        QHash<QString, QString> row;
        for (int c = 0; c < header.size(); ++c)
            row.insert(header.at(c), cells.value(c).trimmed());
        rows << row;
    }
    return rows;
}

/// One thing to look up and the code it must find.
struct Expected {
    QString token;
    QString family;
    QString value;     ///< "0x" + 8 hex digits
    bool bare = false; ///< a bare number: other families may hold it too
};

QString hex8(quint32 v)
{
    return formatHex(v);
}

quint32 number(const QString &text)
{
    bool ok = false;
    const quint32 v =
        text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    return ok ? v : 0xFFFFFFFFu;
}

/// What every row of an event-family table must answer, derived from the table alone.
QList<Expected> expectationsOf(const QString &table, const QList<QHash<QString, QString>> &rows)
{
    QList<Expected> e;
    if (table == QLatin1String("kerberos-kdc-errors.tsv")) {
        QStringList rfcNames;
        for (const auto &r : rows)
            rfcNames << r.value(QStringLiteral("rfc4120_name"));
        for (const auto &r : rows) {
            const QString value = hex8(number(r.value(QStringLiteral("decimal"))));
            const QString rfc = r.value(QStringLiteral("rfc4120_name"));
            const QString ms = r.value(QStringLiteral("name_on_ms_pages"));
            e << Expected{QStringLiteral("kerberos:") + r.value(QStringLiteral("code")), QStringLiteral("kerberos"),
                          value};
            e << Expected{QStringLiteral("kerberos:") + r.value(QStringLiteral("decimal")), QStringLiteral("kerberos"),
                          value};
            e << Expected{rfc, QStringLiteral("kerberos"), value};
            // A Microsoft name that is another code's RFC name is a mistake of the page (README doubts).
            if (!ms.isEmpty() && ms != rfc && !rfcNames.contains(ms))
                e << Expected{ms, QStringLiteral("kerberos"), value};
            // MIT and Heimdal write KRB5 before the RFC name (KRB5KDC_ERR_PREAUTH_FAILED).
            if (r.value(QStringLiteral("heimdal_crosscheck")) == QLatin1String("same")
                && rfc != QLatin1String("KDC_ERR_NONE")) {
                QString mit = rfc;
                mit.replace(QLatin1String("KDC_ERROR_"), QLatin1String("KDC_ERR_"));
                e << Expected{QStringLiteral("KRB5") + mit, QStringLiteral("kerberos"), value};
            }
        }
    } else if (table == QLatin1String("tls-alerts.tsv")) {
        for (const auto &r : rows) {
            const QString value = hex8(number(r.value(QStringLiteral("alert"))));
            const QString family = QStringLiteral("tls-alert");
            e << Expected{QStringLiteral("tls-alert:") + r.value(QStringLiteral("alert")), family, value};
            e << Expected{QStringLiteral("tls-alert:") + r.value(QStringLiteral("alert_hex")), family, value};
            for (const char *column : {"rfc_name", "schannel_h_symbol", "ms_page_label"}) {
                // A cell may carry a remark after the name: "SSL3_ALERT_ILLEGAL_PARAMETER (no number printed)".
                const QString name = r.value(QLatin1String(column)).section(QLatin1Char(' '), 0, 0);
                if (!name.isEmpty())
                    e << Expected{name, family, value};
            }
        }
    } else if (table == QLatin1String("logon-status.tsv")) {
        for (const auto &r : rows) {
            const QString hex = r.value(QStringLiteral("hex"));
            const QString value = hex8(number(hex));
            const QString family = QStringLiteral("ntstatus");
            e << Expected{QStringLiteral("ntstatus:") + hex, family, value};
            e << Expected{hex, family, value, true};
            e << Expected{r.value(QStringLiteral("signed_decimal")), family, value, true};
            e << Expected{r.value(QStringLiteral("symbol")), family, value};
            const QString fromNt = r.value(QStringLiteral("hresult_from_nt"));
            if (!fromNt.isEmpty()) {
                e << Expected{fromNt, family, value};
                e << Expected{QStringLiteral("ntstatus:") + fromNt, family, value};
                e << Expected{QStringLiteral("HRESULT_FROM_NT(%1)").arg(r.value(QStringLiteral("symbol"))), family,
                              value};
            }
        }
    } else if (table == QLatin1String("wrapper-hresults.tsv")) {
        for (const auto &r : rows) {
            const QString hex = r.value(QStringLiteral("hex"));
            const QString symbol = r.value(QStringLiteral("symbol"));
            const QString win32 = r.value(QStringLiteral("win32_code"));
            const QString column = r.value(QStringLiteral("family")).section(QLatin1Char(' '), 0, 0);
            if (symbol.startsWith(QLatin1String("HRESULT_FROM_WIN32("))) {
                // The HRESULT form of a Win32 error answers with the Win32 error and a note.
                const QString value = hex8(number(win32));
                const QString family = QStringLiteral("win32");
                e << Expected{QStringLiteral("hresult:") + hex, family, value};
                e << Expected{QStringLiteral("win32:") + hex, family, value};
                e << Expected{hex, family, value};
                e << Expected{r.value(QStringLiteral("signed_decimal")), family, value};
                e << Expected{symbol, family, value};
                // The Win32 codes themselves.
                const QString name = symbol.mid(19).chopped(1);
                e << Expected{QStringLiteral("win32:") + win32, family, value};
                e << Expected{QStringLiteral("win32:0x") + QString::number(number(win32), 16), family, value};
                e << Expected{name, family, value};
                continue;
            }
            const QString family = column == QLatin1String("win32") ? column : QStringLiteral("hresult");
            const QString value = hex8(number(hex));
            e << Expected{family + QLatin1Char(':') + hex, family, value};
            e << Expected{hex, family, value, true};
            e << Expected{r.value(QStringLiteral("signed_decimal")), family, value, true};
            e << Expected{symbol, family, value};
            if (family == QLatin1String("win32"))
                e << Expected{QStringLiteral("win32:") + win32, family, value};
        }
    }
    return e;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceRowAnswers();
    void everyEventFamilyRowAnswers_data();
    void everyEventFamilyRowAnswers();
    void severalMeanings();
    void familyValueText();
    void unknownFamilyIsAUsageError();
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
    const QList<QList<QJsonObject>> answers =
        answersPerToken(QJsonDocument::fromJson(run.out).array(), int(tokens.size()));
    QCOMPARE(answers.size(), tokens.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        for (int form = 0; form < 4; ++form) {
            const QString what = r.value(0) + QLatin1Char('/') + tokens.at(i * 4 + form);
            // 0 (SEC_E_OK) means success in several families: the SSPI one is among them.
            QJsonObject o;
            for (const QJsonObject &candidate : answers.at(i * 4 + form)) {
                if (candidate.value(QLatin1String("family")).toString() == QLatin1String("sspi"))
                    o = candidate;
            }
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

void TestCli::everyEventFamilyRowAnswers_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("Kerberos") << "kerberos-kdc-errors.tsv" << 68;
    QTest::newRow("TLS alerts") << "tls-alerts.tsv" << 34;
    QTest::newRow("logon NTSTATUS") << "logon-status.tsv" << 23;
    QTest::newRow("wrappers, certificate results and Win32 codes") << "wrapper-hresults.tsv" << 30;
}

void TestCli::everyEventFamilyRowAnswers()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    const QString path = QStringLiteral(SSPILENS_REFERENCE_DIR "/event-families/") + table;
    const QList<QHash<QString, QString>> cells = tableRows(path);
    QVERIFY2(!cells.isEmpty(), qPrintable(QStringLiteral("cannot read the reference table ") + path));
    QCOMPARE(cells.size(), rows);
    const QList<Expected> expected = expectationsOf(table, cells);
    QVERIFY(expected.size() >= 3 * rows);
    QStringList tokens;
    for (const Expected &e : expected)
        tokens << e.token;
    // The tokens of a whole table in one run, through standard input.
    const Run run =
        runCli({QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
               tokens.join(QLatin1Char('\n')).toUtf8());
    QCOMPARE(run.exitCode, 0);
    const QList<QList<QJsonObject>> answers =
        answersPerToken(QJsonDocument::fromJson(run.out).array(), int(tokens.size()));
    QCOMPARE(answers.size(), tokens.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Expected &e = expected.at(i);
        const QList<QJsonObject> &group = answers.at(i);
        const QString what = table + QLatin1String(": ") + e.token;
        if (!e.bare)
            QVERIFY2(group.size() == 1, qPrintable(what + QLatin1String(" has several answers")));
        bool hit = false;
        for (const QJsonObject &o : group) {
            QCOMPARE(o.value(QLatin1String("input")).toString(), e.token);
            QVERIFY2(o.value(QLatin1String("found")).toBool(), qPrintable(what));
            hit = hit
                  || (o.value(QLatin1String("family")).toString() == e.family
                      && o.value(QLatin1String("value")).toString() == e.value);
        }
        QVERIFY2(hit,
                 qPrintable(QStringLiteral("%1: expected %2 %3, got %4 %5")
                                .arg(what, e.family, e.value, group.first().value(QLatin1String("family")).toString(),
                                     group.first().value(QLatin1String("value")).toString())));
    }
}

void TestCli::severalMeanings()
{
    const Run json = runCli({QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("40"), QStringLiteral("0x18")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(json.out).array();
    // 40: Kerberos 0x28 and TLS alert 40, one object each; 0x18: Kerberos only.
    QCOMPARE(a.size(), 3);
    QStringList seen;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject o = a.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("input")).toString(), QStringLiteral("40"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("several_meanings"));
        QCOMPARE(o.value(QLatin1String("candidates")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("0x00000028"));
        for (const char *key :
             {"input", "found", "family", "symbol", "value", "aliases", "severity", "category", "meaning"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        seen << o.value(QLatin1String("family")).toString() + QLatin1Char(' ')
                    + o.value(QLatin1String("natural_value")).toString();
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("kerberos 0x28"), QStringLiteral("tls-alert 40")}));
    const QJsonObject single = a.at(2).toObject();
    QCOMPARE(single.value(QLatin1String("status")).toString(), QStringLiteral("found"));
    QVERIFY(!single.contains(QLatin1String("candidates")));
    QCOMPARE(single.value(QLatin1String("symbol")).toString(), QStringLiteral("KDC_ERR_PREAUTH_FAILED"));

    const Run text = runCli({QStringLiteral("lookup"), QStringLiteral("40")});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QLatin1String("several meanings: pick one with FAMILY:VALUE")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("kerberos:0x28")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("tls-alert:40")), qPrintable(out));
    // A list to choose from, not the explanation of one of them.
    QVERIFY(!out.contains(QLatin1String("Next steps:")));

    const Run csv =
        runCli({QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("40")});
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith("40,true,kerberos,KRB_AP_ERR_MSG_TYPE,0x00000028,"));
    QVERIFY(lines.at(2).startsWith("40,true,tls-alert,TLS1_ALERT_HANDSHAKE_FAILURE,0x00000028,"));
}

void TestCli::familyValueText()
{
    const Run run =
        runCli({QStringLiteral("lookup"), QStringLiteral("kerberos:0x18"), QStringLiteral("0x8007052E"),
                QStringLiteral("E_FAIL"), QStringLiteral("kerberos:99"), QStringLiteral("sspi:0xC000006A")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    const QStringList needles{
        // The natural value, the events and fields, the related codes of other families.
        QStringLiteral("KDC_ERR_PREAUTH_FAILED  0x18  kerberos"),
        QStringLiteral("0x18  decimal 24"),
        QStringLiteral("event 4771"),
        QStringLiteral("field Status"),
        QStringLiteral("STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)"),
        QStringLiteral("ERROR_LOGON_FAILURE (win32 1326)"),
        // The wrapped value explained, then its Win32 error.
        QStringLiteral("0x8007052E is HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)"),
        QStringLiteral("ERROR_LOGON_FAILURE  1326  win32"),
        // A wrapper says to look inside.
        QStringLiteral("Wrapper:"),
        QStringLiteral("Look inside"),
        // Not in the family asked; the anatomy where it applies.
        QStringLiteral("kerberos:99  not found in kerberos"),
        QStringLiteral("sspi:0xC000006A  not found in sspi"),
        QStringLiteral("It is known as STATUS_WRONG_PASSWORD."),
    };
    for (const QString &needle : needles)
        QVERIFY2(out.contains(needle), qPrintable(needle));
    // Kerberos 99 has no anatomy: the line after it is the next token's or the end.
    const qsizetype at = out.indexOf(QLatin1String("kerberos:99  not found in kerberos"));
    QVERIFY(!out.mid(at).section(QLatin1Char('\n'), 1, 1).startsWith(QLatin1String("  ")));

    const Run json = runCli({QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("kerberos:99"), QStringLiteral("win32:0x8007052E")});
    const QJsonArray a = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(a.size(), 2);
    const QJsonObject miss = a.at(0).toObject();
    QCOMPARE(miss.value(QLatin1String("found")).toBool(true), false);
    QCOMPARE(miss.value(QLatin1String("status")).toString(), QStringLiteral("not_in_family"));
    QCOMPARE(miss.value(QLatin1String("family")).toString(), QStringLiteral("kerberos"));
    QCOMPARE(miss.value(QLatin1String("value")).toString(), QStringLiteral("0x00000063"));
    QVERIFY(!miss.contains(QLatin1String("anatomy")));
    const QJsonObject wrapped = a.at(1).toObject();
    QCOMPARE(wrapped.value(QLatin1String("family")).toString(), QStringLiteral("win32"));
    QCOMPARE(wrapped.value(QLatin1String("value")).toString(), QStringLiteral("0x0000052E"));
    QCOMPARE(wrapped.value(QLatin1String("natural_value")).toString(), QStringLiteral("1326"));
    QCOMPARE(wrapped.value(QLatin1String("via")).toString(), QStringLiteral("hresult_from_win32"));
    QVERIFY(wrapped.value(QLatin1String("note")).toString().contains(QLatin1String("HRESULT_FROM_WIN32")));
}

void TestCli::unknownFamilyIsAUsageError()
{
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("0x80090325"), QStringLiteral("krb:0x18")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY(err.startsWith(QLatin1String("sspilens-cli: ")));
    QVERIFY(err.contains(QLatin1String("krb")));
    for (const char *family : {"sspi", "ntstatus", "kerberos", "tls-alert", "win32", "hresult"})
        QVERIFY2(err.contains(QLatin1String(family)), family);
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
    QTest::newRow("some not found") << QStringList{"lookup", "0x80090325", "0x8007000E"} << 1 << false;
    QTest::newRow("several meanings are found") << QStringList{"lookup", "40", "0"} << 0 << false;
    QTest::newRow("family and value") << QStringList{"lookup", "kerberos:0x18", "tls-alert:40", "win32:1326"} << 0
                                      << false;
    QTest::newRow("not in that family") << QStringList{"lookup", "kerberos:99"} << 1 << false;
    QTest::newRow("unknown family") << QStringList{"lookup", "krb:0x18"} << 2 << true;
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
    const Run run = runCli({QStringLiteral("lookup"), QStringLiteral("0x8007000E"), QStringLiteral("0x80090344")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.contains(QLatin1String("not an SSPI status code")));
    QVERIFY(out.contains(QLatin1String("FACILITY_WIN32")));
    QVERIFY(out.contains(QLatin1String("E_OUTOFMEMORY")));
    QVERIFY(out.contains(QLatin1String("Unknown SSPI code")));

    const Run json = runCli(
        {QStringLiteral("lookup"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("0xC000018B")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).array().first().toObject();
    QCOMPARE(o.value(QLatin1String("found")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("not_sspi"));
    QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("0xC000018B"));
    QVERIFY(o.value(QLatin1String("symbol")).isNull());
    QCOMPARE(o.value(QLatin1String("anatomy")).toObject().value(QLatin1String("known_as")).toString(),
             QStringLiteral("STATUS_NO_TRUST_SAM_ACCOUNT"));
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
                            QStringLiteral("0x8009030C"), QStringLiteral("0x8007000E")});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("input,found,family,symbol,value,signed,unsigned"));
    QVERIFY(lines.at(1).startsWith("0x8009030C,true,sspi,SEC_E_LOGON_DENIED,0x8009030C,-2146893044,2148074252"));
    QVERIFY(lines.at(2).startsWith("0x8007000E,false,"));
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
