// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// sspilens-cli decode as a script runs it: files, standard input, formats, unreadable inputs.
#include "cliprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using clitest::Run;
using clitest::runCli;

namespace {

const QString kCorpus = QStringLiteral(SSPILENS_SOURCE_DIR "/tests/corpus");

QString corpus(const char *name)
{
    return kCorpus + QLatin1Char('/') + QLatin1String(name);
}

/// Runs the command line with its data folder (XDG_DATA_HOME) in @p dataHome, where the user's
/// taught texts live.
Run runWithDataHome(const QString &dataHome, const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = clitest::environment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return clitest::runCli(args, input, {}, env);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList symbolsOf(const QByteArray &json)
{
    QStringList out;
    const QJsonArray findings = QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &f : findings)
        out << QString::number(f.toObject().value(QStringLiteral("line")).toInt()) + QLatin1Char(' ')
                   + f.toObject().value(QStringLiteral("symbol")).toString();
    return out;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDesignShape();
    void eventLogPaste();
    void textFormat();
    void csvFormat();
    void standardInput_data();
    void standardInput();
    void severalFiles();
    void localizedMessages_data();
    void localizedMessages();
    void unreadableInputs_data();
    void unreadableInputs();
    void utf16Files();
    void nothingFound();
    void binaryInput();
    void language();
    void forcedEncoding_data();
    void forcedEncoding();
    void unknownEncoding_data();
    void unknownEncoding();
    void taughtMessages_data();
    void taughtMessages();
    void messagesFileErrors_data();
    void messagesFileErrors();
    void evtxJson();
    void evtxTextAndCsv();
    void evtxProblems();
    void textEvents_data();
    void textEvents();
    void redact_data();
    void redact();
};

void TestCliDecode::jsonHasTheDesignShape()
{
    const Run r =
        runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), corpus("klist.log")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(sortedKeys(root), (QStringList{QStringLiteral("findings"), QStringLiteral("summary")}));
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 6);
    const QStringList findingKeys = {QStringLiteral("column"), QStringLiteral("family"), QStringLiteral("file"),
                                     QStringLiteral("form"),   QStringLiteral("length"), QStringLiteral("line"),
                                     QStringLiteral("offset"), QStringLiteral("symbol"), QStringLiteral("text"),
                                     QStringLiteral("value")};
    for (const auto &v : findings) {
        const QJsonObject o = v.toObject();
        QCOMPARE(sortedKeys(o), findingKeys);
        QCOMPARE(o.value(QStringLiteral("file")).toString(), corpus("klist.log"));
        QVERIFY(QStringList({QStringLiteral("hex"), QStringLiteral("decimal"), QStringLiteral("symbol"),
                             QStringLiteral("message")})
                    .contains(o.value(QStringLiteral("form")).toString()));
        const QString value = o.value(QStringLiteral("value")).toString();
        QCOMPARE(value.size(), 10);
        QVERIFY(value.startsWith(QStringLiteral("0x")));
        QCOMPARE(value.mid(2), value.mid(2).toUpper());
    }
    const QJsonObject pair = findings.at(1).toObject();
    QCOMPARE(pair.value(QStringLiteral("text")).toString(), QStringLiteral("0x80090303/-2146893053"));
    QCOMPARE(pair.value(QStringLiteral("line")).toInt(), 34);
    QCOMPARE(pair.value(QStringLiteral("column")).toInt(), 19);
    QCOMPARE(pair.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_TARGET_UNKNOWN"));

    const QJsonArray summary = root.value(QStringLiteral("summary")).toArray();
    QCOMPARE(summary.size(), 3);
    const QStringList summaryKeys = {
        QStringLiteral("category"),  QStringLiteral("count"),   QStringLiteral("family"), QStringLiteral("first_line"),
        QStringLiteral("last_line"), QStringLiteral("meaning"), QStringLiteral("symbol"), QStringLiteral("value")};
    for (const auto &v : summary)
        QCOMPARE(sortedKeys(v.toObject()), summaryKeys);
    const QJsonObject target = summary.at(0).toObject();
    QCOMPARE(target.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_TARGET_UNKNOWN"));
    QCOMPARE(target.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(target.value(QStringLiteral("first_line")).toInt(), 33);
    QCOMPARE(target.value(QStringLiteral("last_line")).toInt(), 34);
}

// Issue 12's paste: seven codes of five families, in JSON and in text, nothing for the numbers of
// other fields (process ID, logon type, pre-authentication type, ticket options, encryption type,
// "Result Code: 0x0", the SChannel error state).
void TestCliDecode::eventLogPaste()
{
    const QString file = QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/issue12-paste.txt");
    const Run json = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(json.exitCode, 0);
    QStringList found;
    for (const auto &v : QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        found << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(QString::number(o.value(QStringLiteral("line")).toInt()),
                          o.value(QStringLiteral("family")).toString(), o.value(QStringLiteral("symbol")).toString(),
                          o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("form")).toString());
    }
    const QStringList expected{
        QStringLiteral("3 ntstatus STATUS_LOGON_FAILURE 0xC000006D message"),
        QStringLiteral("4 ntstatus STATUS_LOGON_FAILURE 0xC000006D hex"),
        QStringLiteral("5 ntstatus STATUS_WRONG_PASSWORD 0xC000006A hex"),
        QStringLiteral("10 kerberos KDC_ERR_PREAUTH_FAILED 0x00000018 hex"),
        QStringLiteral("16 tls-alert TLS1_ALERT_HANDSHAKE_FAILURE 0x00000028 decimal"),
        QStringLiteral("17 tls-alert TLS1_ALERT_BAD_RECORD_MAC 0x00000014 decimal"),
        QStringLiteral("18 kerberos KRB_AP_ERR_MODIFIED 0x00000029 symbol"),
        QStringLiteral("19 sspi SEC_E_ILLEGAL_MESSAGE 0x80090326 hex"),
        QStringLiteral("19 sspi SEC_E_ILLEGAL_MESSAGE 0x80090326 message"),
    };
    QCOMPARE(found, expected);

    const Run text = runCli({QStringLiteral("decode"), file});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    // Text output writes each value as its family does.
    QVERIFY2(out.contains(QStringLiteral(":10:")) && out.contains(QStringLiteral("KDC_ERR_PREAUTH_FAILED  0x18  ")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("TLS1_ALERT_HANDSHAKE_FAILURE  40  ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Summary: 9 findings, 7 codes")), qPrintable(out));
}

void TestCliDecode::textFormat()
{
    const Run r = runCli({QStringLiteral("decode"), corpus("ldap-bind.log")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    // file:line:column  SYMBOL  0x........  meaning
    QVERIFY2(
        lines.at(0).startsWith(corpus("ldap-bind.log") + QStringLiteral(":3:15  SEC_E_INVALID_TOKEN  0x80090308  ")),
        qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).size() > corpus("ldap-bind.log").size() + 45);
    QVERIFY(r.out.contains("Summary"));
    QVERIFY(r.out.contains("SEC_E_INVALID_TOKEN  0x80090308  4 "));
    // Summary: the facts of each code on one line, its meaning indented on the next.
    const qsizetype at =
        lines.indexOf(QRegularExpression(QStringLiteral("^  SEC_E_LOGON_DENIED  0x8009030C  2 .*  line 10$")));
    QVERIFY(at > 0);
    QVERIFY(lines.at(at + 1).startsWith(QStringLiteral("      The logon was rejected")));
    QVERIFY(lines.indexOf(QRegularExpression(QStringLiteral("^  SEC_E_INVALID_TOKEN  0x80090308  4 .*  lines 3-8$")))
            > 0);

    // Several files: where each code was seen, by file.
    const Run two = runCli({QStringLiteral("decode"), corpus("ldap-bind.log"), corpus("klist.log")});
    QCOMPARE(two.exitCode, 0);
    const QString out = QString::fromUtf8(two.out);
    const QStringList outLines = out.split(QLatin1Char('\n'));
    QVERIFY2(
        outLines.filter(QStringLiteral("  SEC_E_TARGET_UNKNOWN  0x80090303  5 "))
                .filter(QStringLiteral("  first %1:9, last %2:34").arg(corpus("ldap-bind.log"), corpus("klist.log")))
                .size()
            == 1,
        qPrintable(out));
    QCOMPARE(outLines.filter(QStringLiteral("  SEC_E_KDC_UNKNOWN_ETYPE  0x80090342  1 "))
                 .filter(QStringLiteral("  %1 line 39").arg(corpus("klist.log")))
                 .size(),
             1);
}

void TestCliDecode::csvFormat()
{
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format=csv"), corpus("iis-u_ex.log")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = r.out.split('\n');
    QCOMPARE(rows.at(0), QByteArray("file,line,column,offset,length,text,form,family,symbol,value,meaning,event_id,"
                                    "record,time,computer,field\r"));
    QVERIFY(rows.at(1).contains(",6,"));
    QVERIFY(rows.at(1).contains(",2148074254,decimal,sspi,SEC_E_NO_CREDENTIALS,0x8009030E,"));
    QCOMPARE(rows.size(), 5); // header, three findings, and the empty rest after the last CRLF
}

void TestCliDecode::standardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no file") << QStringList{QStringLiteral("decode"), QStringLiteral("--format"),
                                            QStringLiteral("json")};
    QTest::newRow("dash") << QStringList{QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("-")};
}

void TestCliDecode::standardInput()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args, "line 1\nerror -2146893019 and SEC_E_TIME_SKEW\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("<stdin>"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_TIME_SKEW"));
}

// Windows' own texts in Chinese are found from the message text alone, with their language; the
// same words inside another sentence are not.
void TestCliDecode::localizedMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); ///< "line symbol language" of the message findings
    QTest::newRow("zh-CN") << corpus("zh-cn-sqlclient.log")
                           << QStringList{QStringLiteral("2 SEC_E_UNTRUSTED_ROOT zh-CN"),
                                          QStringLiteral("3 SEC_E_UNTRUSTED_ROOT zh-CN"),
                                          QStringLiteral("7 CRYPT_E_REVOCATION_OFFLINE zh-CN"),
                                          QStringLiteral("9 SEC_E_ILLEGAL_MESSAGE zh-CN")};
    QTest::newRow("zh-TW") << corpus("zh-tw-event.log")
                           << QStringList{QStringLiteral("8 STATUS_LOGON_FAILURE zh-TW"),
                                          QStringLiteral("20 CRYPT_E_NO_REVOCATION_CHECK zh-TW"),
                                          QStringLiteral("21 SEC_E_UNTRUSTED_ROOT zh-TW")};
}

void TestCliDecode::localizedMessages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(r.exitCode, 0);
    QStringList found;
    for (const auto &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("form")).toString() != QLatin1String("message")) {
            QVERIFY(!o.contains(QStringLiteral("language")));
            continue;
        }
        found << QStringLiteral("%1 %2 %3")
                     .arg(QString::number(o.value(QStringLiteral("line")).toInt()),
                          o.value(QStringLiteral("symbol")).toString(), o.value(QStringLiteral("language")).toString());
    }
    QCOMPARE(found, expected);

    // From the message text alone: one line piped in, no code beside it.
    const Run piped = runCli(
        {QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json")},
        QStringLiteral("握手失败：接收到的消息异常，或格式不正确。\n因为接收到的消息异常，或格式不正确。\n").toUtf8());
    QCOMPARE(piped.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(piped.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("symbol")).toString(),
             QStringLiteral("SEC_E_ILLEGAL_MESSAGE"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("zh-CN"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
}

void TestCliDecode::severalFiles()
{
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"),
                          corpus("klist.log"), corpus("iis-u_ex.log")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 9);
    QCOMPARE(findings.at(8).toObject().value(QStringLiteral("file")).toString(), corpus("iis-u_ex.log"));
    QCOMPARE(findings.at(8).toObject().value(QStringLiteral("line")).toInt(), 9); // lines restart per file
}

void TestCliDecode::unreadableInputs_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/sspilens/none.log");
    QTest::newRow("directory") << kCorpus;
}

void TestCliDecode::unreadableInputs()
{
    QFETCH(QString, bad);
    const Run r = runCli(
        {QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), bad, corpus("ldap-bind.log")});
    QCOMPARE(r.exitCode, 3);
    // One line on stderr naming the file; the other file is still decoded.
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains(bad.toUtf8()));
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("findings")).toArray().size(), 8);
}

void TestCliDecode::utf16Files()
{
    const Run r =
        runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"),
                corpus("powershell5-transcript-utf16le-bom.log"), corpus("eventviewer-export-utf16le-nobom.txt")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 4);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("-2146893019"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("line")).toInt(), 15);
    QCOMPARE(findings.at(3).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("0x8009030c"));
}

void TestCliDecode::nothingFound()
{
    const Run json = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json")},
                            "nothing to see 0x80070005\n");
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QVERIFY(root.value(QStringLiteral("findings")).toArray().isEmpty());
    QVERIFY(root.value(QStringLiteral("summary")).toArray().isEmpty());
    const Run text = runCli({QStringLiteral("decode")}, "");
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.isEmpty());
}

void TestCliDecode::binaryInput()
{
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes.append(char((unsigned(i) * 7919u + unsigned(i) / 13u) & 0xFFu));
    bytes.append(QByteArray("\0\0 0x80090325 \0", 16));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("blob.bin")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    // Binary data is skipped, not scanned into noise: one line on stderr, exit 3, the other file
    // still decoded, and a whole JSON document.
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), f.fileName(),
                          corpus("ldap-bind.log")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err,
             QStringLiteral("sspilens-cli: skipped %1: binary data, not a text log\n").arg(f.fileName()).toUtf8());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 8);
    for (const auto &v : findings)
        QCOMPARE(v.toObject().value(QStringLiteral("file")).toString(), corpus("ldap-bind.log"));

    // Text that is merely not UTF-8 (a legacy code page) is scanned, with a warning.
    QByteArray latin = QByteArray("caf\xE9 \xE0 la cr\xE8me: 0x80090325 \xA9\xAE\xB0\n").repeated(10);
    const Run legacy = runCli({QStringLiteral("decode")}, latin);
    QCOMPARE(legacy.exitCode, 0);
    QVERIFY(legacy.out.startsWith("<stdin>:1:18  SEC_E_UNTRUSTED_ROOT  0x80090325  "));
    QVERIFY(legacy.err.startsWith("sspilens-cli: warning: <stdin> is not valid UTF-8 text"));
}

void TestCliDecode::language()
{
    const Run en = runCli({QStringLiteral("decode"), QStringLiteral("--lang"), QStringLiteral("en")}, "0x80090325\n");
    const Run zh =
        runCli({QStringLiteral("decode"), QStringLiteral("--lang"), QStringLiteral("zh_TW")}, "0x80090325\n");
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(zh.exitCode, 0);
    QVERIFY(en.out.startsWith("<stdin>:1:1  SEC_E_UNTRUSTED_ROOT  0x80090325  "));
    QVERIFY(zh.out.startsWith("<stdin>:1:1  SEC_E_UNTRUSTED_ROOT  0x80090325  "));
}

void TestCliDecode::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); ///< 0: not checked (depends on how the bytes decode)
    QTest::addColumn<QByteArray>("err");

    // A Traditional Chinese console log: without --encoding each Chinese character is two U+FFFD.
    QStringEncoder big5("Big5");
    QVERIFY(big5.isValid());
    const QByteArray chinese = big5.encode(QStringLiteral("伺服器記錄檔\n"
                                                          "連線到 ldap.contoso.com:636\n"
                                                          "錯誤：憑證鏈結 0x80090325 不受信任\n"));
    QVERIFY(!big5.hasError());
    QStringEncoder utf16le("UTF-16LE");
    const QByteArray wide = utf16le.encode(QStringLiteral("第一行\n第二行 SEC_E_UNTRUSTED_ROOT\n"));
    const QByteArray latin1("Caf\xE9 cr\xE8me \xA9 2026\nR\xE9sultat\xA0: 0x80090325 \xAB\xE9\xE8\xBB\n");
    QByteArray binary;
    for (int i = 0; i < 300000; ++i)
        binary.append(char((unsigned(i) * 7919u + unsigned(i) / 13u) & 0xFFu));
    binary.append(QByteArray("\0\0 0x80090325 \0", 16));

    QTest::newRow("big5") << chinese << QStringLiteral("big5") << 0 << 3 << 9 << QByteArray();
    QTest::newRow("cp950") << chinese << QStringLiteral("CP950") << 0 << 3 << 9 << QByteArray();
    QTest::newRow("utf16le, no BOM") << wide << QStringLiteral("utf16le") << 0 << 2 << 5 << QByteArray();
    QTest::newRow("windows-1252") << latin1 << QStringLiteral("windows-1252") << 0 << 2 << 12 << QByteArray();
    // Big5 read as Shift-JIS: ICU makes some bytes U+001A, yet high bytes are not binary data.
    QTest::newRow("wrong code page") << chinese << QStringLiteral("Shift_JIS") << 0 << 3 << 0
                                     << QByteArray("not valid Shift_JIS text");
    QTest::newRow("binary, big5") << binary << QStringLiteral("big5") << 3 << 0 << 0
                                  << QByteArray("binary data, not a text log");
    QTest::newRow("binary, windows-1252")
        << binary << QStringLiteral("windows-1252") << 3 << 0 << 0 << QByteArray("binary data, not a text log");
}

void TestCliDecode::forcedEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, exitCode);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QByteArray, err);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("forced.log")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();

    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--encoding"), encoding, QStringLiteral("--format"),
                          QStringLiteral("json"), f.fileName()});
    QCOMPARE(r.exitCode, exitCode);
    if (err.isEmpty()) {
        QCOMPARE(r.err, QByteArray());
    } else {
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(err), r.err.constData());
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    if (exitCode != 0) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    const QJsonObject o = findings.at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("symbol")).toString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QCOMPARE(o.value(QStringLiteral("text")).toString(), encoding == QLatin1String("utf16le")
                                                             ? QStringLiteral("SEC_E_UNTRUSTED_ROOT")
                                                             : QStringLiteral("0x80090325"));
    QCOMPARE(o.value(QStringLiteral("line")).toInt(), line);
    if (column > 0)
        QCOMPARE(o.value(QStringLiteral("column")).toInt(), column);

    // Names are case-insensitive: the text format says the same.
    const Run text =
        runCli({QStringLiteral("decode"), QStringLiteral("--encoding=") + encoding.toUpper(), f.fileName()});
    QCOMPARE(text.exitCode, exitCode);
    if (column > 0) {
        QVERIFY2(text.out.startsWith(QStringLiteral("%1:%2:%3  SEC_E_UNTRUSTED_ROOT  0x80090325  ")
                                         .arg(f.fileName())
                                         .arg(line)
                                         .arg(column)
                                         .toUtf8()),
                 text.out.constData());
    }
}

void TestCliDecode::unknownEncoding_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown") << QStringList{QStringLiteral("decode"), QStringLiteral("--encoding"),
                                            QStringLiteral("klingon"), corpus("klist.log")};
    QTest::newRow("empty") << QStringList{QStringLiteral("decode"), QStringLiteral("--encoding="), corpus("klist.log")};
    QTest::newRow("not ASCII") << QStringList{QStringLiteral("decode"), QStringLiteral("--encoding=大五碼"),
                                              corpus("klist.log")};
    QTest::newRow("no value") << QStringList{QStringLiteral("decode"), corpus("klist.log"),
                                             QStringLiteral("--encoding")};
    QTest::newRow("not decode") << QStringList{QStringLiteral("lookup"), QStringLiteral("--encoding"),
                                               QStringLiteral("big5"), QStringLiteral("0x80090325")};
}

void TestCliDecode::unknownEncoding()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("sspilens-cli: "), r.err.constData());
    if (args.first() == QLatin1String("decode")) {
        for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "Big5", "GBK", "Shift_JIS", "windows-1252"})
            QVERIFY2(r.err.contains(name), r.err.constData());
    }
}

void TestCliDecode::taughtMessages_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("withUserFile");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QStringList>("complaints"); // the lines on standard error
    const QStringList messagesBad{"sspilens-cli: MESSAGES:3: “zu kurz” is too short",
                                  "sspilens-cli: MESSAGES:5: unknown code “bogus:1”"};
    QTest::newRow("nothing taught") << QStringList() << false << QStringList() << QStringList();
    QTest::newRow("--messages") << QStringList{"--messages", "MESSAGES"} << false
                                << QStringList{"1 SEC_E_UNTRUSTED_ROOT", "3 ERROR_LOGON_FAILURE"} << messagesBad;
    QTest::newRow("--messages=FILE") << QStringList{"--messages=MESSAGES"} << false
                                     << QStringList{"1 SEC_E_UNTRUSTED_ROOT", "3 ERROR_LOGON_FAILURE"} << messagesBad;
    QTest::newRow("the user's file") << QStringList() << true << QStringList{"2 KDC_ERR_PREAUTH_FAILED"}
                                     << QStringList{"sspilens-cli: USERFILE:3: unknown code “win32:99999”"};
    QTest::newRow("both") << QStringList{"--messages", "MESSAGES"} << true
                          << QStringList{"1 SEC_E_UNTRUSTED_ROOT", "2 KDC_ERR_PREAUTH_FAILED", "3 ERROR_LOGON_FAILURE"}
                          << (QStringList{"sspilens-cli: USERFILE:3: unknown code “win32:99999”"} + messagesBad);
    QTest::newRow("--no-user-messages") << QStringList{"--no-user-messages"} << true << QStringList() << QStringList();
}

void TestCliDecode::taughtMessages()
{
    QFETCH(QStringList, options);
    QFETCH(bool, withUserFile);
    QFETCH(QStringList, found);
    QFETCH(QStringList, complaints);
    QTemporaryDir dir;
    const QString messages = dir.filePath("team.tsv");
    QVERIFY(writeFile(messages, "#sspilens-user-messages\t1\n"
                                "sspi:0x80090325\tDie Vertrauensstellung ist fehlgeschlagen\tde-DE\n"
                                "win32:1326\tzu kurz\n"
                                "win32:1326\tthe gateway refused the password\n"
                                "bogus:1\tunknown code row here\n"));
    const QString userFile = dir.filePath("data/SSPILens/sspilens/user-messages.tsv");
    if (withUserFile) {
        QVERIFY(writeFile(userFile, "#sspilens-user-messages\t1\n"
                                    "kerberos:0x18\tour proxy says bad password\n"
                                    "win32:99999\tan unknown code row here\n"));
    }
    QStringList args{"decode", "--format", "json"};
    for (const QString &o : options)
        args << QString(o).replace("MESSAGES", messages);
    const QByteArray log = "die Vertrauensstellung ist fehlgeschlagen.\n"
                           "12:01 OUR PROXY SAYS BAD PASSWORD\n"
                           "12:02 The gateway refused the password for bob\n"
                           // Look-alikes: one word differs.
                           "12:03 die Vertrauensstellung ist gescheitert; the gateway refused the login\n";
    const Run r = runWithDataHome(dir.filePath("data"), args, log);
    QCOMPARE(r.exitCode, 0); // skipped rows do not change it
    QCOMPARE(symbolsOf(r.out), found);
    QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), complaints.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString expected = QString(complaints.at(i)).replace("MESSAGES", messages).replace("USERFILE", userFile);
        QVERIFY2(lines.at(i).startsWith(expected), qPrintable(lines.at(i) + " / " + expected));
    }
}

void TestCliDecode::messagesFileErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing file") << QStringList{"decode", "--messages", "DIR/none.tsv"} << 2
                                  << "cannot read the messages file DIR/none.tsv";
    QTest::newRow("a folder") << QStringList{"decode", "--messages", "DIR"} << 2 << "is a folder";
    QTest::newRow("no value") << QStringList{"decode", "--messages"} << 2 << "--messages needs a file name";
    QTest::newRow("lookup") << QStringList{"lookup", "--messages", "DIR/none.tsv", "0x18"} << 2 << "decode only";
    QTest::newRow("list") << QStringList{"list", "--no-user-messages"} << 2 << "decode only";
}

void TestCliDecode::messagesFileErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    args.replaceInStrings("DIR", dir.path());
    const Run r = runWithDataHome(dir.filePath("data"), args, "0x80090325\n");
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty()); // nothing decoded without the texts asked for
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(says.replace("DIR", dir.path()).toUtf8()), r.err.constData());
}

namespace {

QString evtx(const char *name)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/evtx/") + QLatin1String(name);
}

QString events(const char *name)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/") + QLatin1String(name);
}

bool evtxBuilt()
{
    // The build without libevtx says so and exits 3.
    const Run r = runCli({QStringLiteral("decode"), evtx("Security_short_selected.evtx")});
    return !r.err.contains("libevtx");
}

} // namespace

void TestCliDecode::evtxJson()
{
    if (!evtxBuilt())
        QSKIP("built without libevtx");
    // The command, exactly.
    const QString path = evtx("Security_with_size_t.evtx");
    const QByteArray before = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QDateTime mtime = QFileInfo(path).lastModified();
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 26);
    // evtxexport -f xml: Status 0xC000006D x9, 0xC000006E x4, 0xC0000224 x2; SubStatus 0xC0000064 x4,
    // 0xC000006A x3, 0xC0000072 x4.
    QMap<QString, int> counts;
    const QStringList eventKeys = {QStringLiteral("computer"), QStringLiteral("field"),  QStringLiteral("id"),
                                   QStringLiteral("provider"), QStringLiteral("record"), QStringLiteral("time")};
    for (const auto &v : findings) {
        const QJsonObject o = v.toObject();
        const QJsonObject e = o.value(QStringLiteral("event")).toObject();
        QCOMPARE(sortedKeys(e), eventKeys);
        QCOMPARE(e.value(QStringLiteral("id")).toInt(), 4625);
        QCOMPARE(e.value(QStringLiteral("computer")).toString(), QStringLiteral("WIN-L0ZZQ76PMUF"));
        QCOMPARE(e.value(QStringLiteral("provider")).toString(), QStringLiteral("Microsoft-Windows-Security-Auditing"));
        QVERIFY(e.value(QStringLiteral("record")).toInteger() > 0);
        QVERIFY(e.value(QStringLiteral("time")).toString().startsWith(QStringLiteral("2015-")));
        ++counts[e.value(QStringLiteral("field")).toString() + QLatin1Char('=')
                 + o.value(QStringLiteral("value")).toString()];
    }
    const QMap<QString, int> expected{
        {QStringLiteral("Status=0xC000006D"), 9},    {QStringLiteral("Status=0xC000006E"), 4},
        {QStringLiteral("Status=0xC0000224"), 2},    {QStringLiteral("SubStatus=0xC0000064"), 4},
        {QStringLiteral("SubStatus=0xC000006A"), 3}, {QStringLiteral("SubStatus=0xC0000072"), 4}};
    QCOMPARE(counts, expected);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1941);
    QCOMPARE(first.value(QStringLiteral("event")).toObject().value(QStringLiteral("record")).toInt(), 59);
    QCOMPARE(first.value(QStringLiteral("event")).toObject().value(QStringLiteral("time")).toString(),
             QStringLiteral("2015-08-24T06:54:30.765625000Z"));

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
}

void TestCliDecode::evtxTextAndCsv()
{
    if (!evtxBuilt())
        QSKIP("built without libevtx");
    const QString path = evtx("Security_short_selected.evtx");
    const Run text = runCli({QStringLiteral("decode"), path});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":80:25  STATUS_WRONG_PASSWORD  0xC000006A  ")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1),
             QStringLiteral("  in 4776 NTLM credentials validated, 2016-06-29T15:24:36.686Z, temporal, Status"));
    QVERIFY2(lines.at(5).startsWith(QStringLiteral("  in 4625 "))
                 && lines.at(5).endsWith(QStringLiteral(", SubStatus")),
             qPrintable(lines.at(5)));

    const Run zh = runCli({QStringLiteral("decode"), QStringLiteral("--lang"), QStringLiteral("zh_TW"), path});
    QCOMPARE(zh.exitCode, 0);
    QVERIFY(zh.out.contains("4776"));

    const Run csv = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"), path});
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).endsWith(QStringLiteral(",meaning,event_id,record,time,computer,field")));
    QVERIFY2(rows.at(1).endsWith(QStringLiteral(",4776,319457831,2016-06-29T15:24:36.686000000Z,temporal,Status")),
             qPrintable(rows.at(1)));
    // A plain log keeps the columns, empty.
    const Run plain =
        runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"), corpus("klist.log")});
    QVERIFY(QString::fromUtf8(plain.out).split(QStringLiteral("\r\n")).at(1).endsWith(QStringLiteral(",,,,,")));
}

void TestCliDecode::evtxProblems()
{
    if (!evtxBuilt())
        QSKIP("built without libevtx");
    // Damaged: every good record is decoded and the damage told; exit 0, as for a file that
    // shrank while read: what could be read was decoded completely.
    const Run damaged = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"),
                                evtx("sample_with_a_bad_chunk_magic.evtx")});
    QCOMPARE(damaged.exitCode, 0);
    QVERIFY2(damaged.err.contains("sample_with_a_bad_chunk_magic.evtx is damaged"), damaged.err.constData());
    QVERIFY(QJsonDocument::fromJson(damaged.out).isObject());

    QTemporaryDir dir;
    QFile whole(evtx("Security_with_size_t.evtx"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = dir.filePath(QStringLiteral("cut.evtx"));
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(whole.read(4096 + 3 * 65536 + 5000));
    cutFile.close();
    const Run truncated = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"), cut});
    QCOMPARE(truncated.exitCode, 0);
    QVERIFY2(truncated.err.contains("cut.evtx is cut off"), truncated.err.constData());
    QCOMPARE(truncated.out.count("\r\n"), 9);

    const QString empty = dir.filePath(QStringLiteral("empty.evtx"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    const Run emptyRun = runCli({QStringLiteral("decode"), empty});
    QCOMPARE(emptyRun.exitCode, 0);
    QVERIFY2(emptyRun.err.contains("empty.evtx is empty: it holds no events."), emptyRun.err.constData());

    const QString fake = dir.filePath(QStringLiteral("fake.evtx"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 8192; ++i)
        f.putChar(char(i * 7 % 32));
    f.close();
    const Run fakeRun = runCli({QStringLiteral("decode"), fake});
    QCOMPARE(fakeRun.exitCode, 3);
    QVERIFY2(fakeRun.err.contains("fake.evtx is not a Windows event log (.evtx)"), fakeRun.err.constData());

    // Through standard input an .evtx cannot be read.
    const Run piped = runCli({QStringLiteral("decode")}, {}, evtx("Security_short_selected.evtx"));
    QCOMPARE(piped.exitCode, 3);
    QVERIFY2(piped.err.contains("can be read only from a file"), piped.err.constData());
}

void TestCliDecode::textEvents_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("withEvent");
    QTest::newRow("xml") << events("events-export.xml") << 10;
    QTest::newRow("event viewer en") << events("eventviewer-en.txt") << 9;
    QTest::newRow("event viewer zh-TW") << events("eventviewer-zh-TW.txt") << 6;
    QTest::newRow("event viewer zh-CN") << events("eventviewer-zh-CN.txt") << 4;
    QTest::newRow("powershell") << events("powershell-format-list.txt") << 5;
}

void TestCliDecode::textEvents()
{
    QFETCH(QString, path);
    QFETCH(int, withEvent);
    const Run r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    int inside = 0;
    for (const auto &v : findings) {
        const QJsonObject e = v.toObject().value(QStringLiteral("event")).toObject();
        if (e.isEmpty())
            continue;
        ++inside;
        QVERIFY(e.value(QStringLiteral("id")).toInt() > 0);
        QVERIFY(!e.contains(QStringLiteral("record")) || e.value(QStringLiteral("record")).toInteger() > 0);
    }
    QCOMPARE(inside, withEvent);
    // Pasted through standard input: the same.
    const Run piped = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json")}, {}, path);
    const QJsonArray pipedFindings =
        QJsonDocument::fromJson(piped.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(pipedFindings.size(), findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        QCOMPARE(pipedFindings.at(i).toObject().value(QStringLiteral("event")),
                 findings.at(i).toObject().value(QStringLiteral("event")));
}

void TestCliDecode::redact_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestCliDecode::redact()
{
    QFETCH(QString, format);
    // Names in fields, in the file name and in a line of free text.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("FS02-m.lindqvist-WKS-0193.xml"));
    QFile source(events("events-export.xml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write("login by CORP\\m.lindqvist from 10.20.31.77 failed: 0x8009030C\n");
    copy.write(source.readAll());
    copy.close();
    const QStringList leaks = {QStringLiteral("FS02"),        QStringLiteral("m.lindqvist"), QStringLiteral("WKS-0193"),
                               QStringLiteral("10.20.31.77"), QStringLiteral("10.20.40.12"), QStringLiteral("DC01"),
                               QStringLiteral("WEB03"),       QStringLiteral("example.net"), QStringLiteral("CORP\\")};
    const Run plain = runCli({QStringLiteral("decode"), QStringLiteral("--format"), format, path});
    const Run r =
        runCli({QStringLiteral("decode"), QStringLiteral("--redact"), QStringLiteral("--format"), format, path});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(QString::fromUtf8(plain.out).contains(QStringLiteral("FS02")));
    for (const QString &name : leaks)
        QVERIFY2(!out.contains(name, Qt::CaseInsensitive), qPrintable(name + QStringLiteral(" leaks:\n") + out));
    // The same findings, codes, event IDs and times; the names masked consistently.
    QCOMPARE(r.out.count('\n'), plain.out.count('\n'));
    QVERIFY(out.contains(QStringLiteral("0xC000006D")));
    QVERIFY(out.contains(QStringLiteral("4625")));
    QVERIFY(out.contains(QStringLiteral("SEC_E_LOGON_DENIED")));
    QVERIFY(out.contains(QStringLiteral("2025-03-14T08:07:52.4471203Z")));
    QVERIFY(out.contains(QStringLiteral("HOST-1.DOMAIN-")));
    QVERIFY(out.contains(QStringLiteral("HOST-1-USER-")));
    if (format == QLatin1String("json"))
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
