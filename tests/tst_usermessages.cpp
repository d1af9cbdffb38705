// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// The texts a user teaches: the file format, bad rows, newer files, atomic saves, the scanner.
#include "catalog.h"
#include "scanner.h"
#include "usermessages.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sspilens;

namespace {

const QByteArray kHeader = "#sspilens-user-messages\t1\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

UserMessageFile parsed(const QByteArray &data)
{
    UserMessageFile file;
    file.parse(data, QStringLiteral("taught.tsv"));
    return file;
}

QStringList issueLines(const UserMessageFile &file)
{
    QStringList out;
    for (const UserMessageIssue &issue : file.issues())
        out << issue.toString();
    return out;
}

} // namespace

class TestUserMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkText_data();
    void checkText();
    void resolveCode_data();
    void resolveCode();
    void parseRows();
    void badRowsHaveLineNumbers_data();
    void badRowsHaveLineNumbers();
    void roundTripKeepsEverything();
    void addAndRemove();
    void addRefuses_data();
    void addRefuses();
    void newerFileIsNeverOverwritten_data();
    void newerFileIsNeverOverwritten();
    void atomicSave();
    void saveFailureLeavesNothing();
    void loadMissingAndFolder();
    void merge();
    void scannerFindsTaughtTexts();
    void defaultPathIsTheWindowsFolder();
};

void TestUserMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserMessages::checkText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("safe");
    QTest::newRow("two words") << "Die Vertrauensstellung fehlgeschlagen" << true;
    QTest::newRow("eight characters, two words") << "abcd efg" << true;
    QTest::newRow("seven characters, two words") << "abc def" << false;
    QTest::newRow("one long word") << "Vertrauensstellungsfehler" << false;
    QTest::newRow("white space does not count") << "abc   \t\n  d" << false;
    QTest::newRow("numbers only") << "1326 1327 0x18 80090325 52eL" << false;
    QTest::newRow("hex letters that are a word") << "face cafe added" << true;
    QTest::newRow("punctuation only") << "-- ** -- ** --" << false;
    QTest::newRow("empty") << "   " << false;
    QTest::newRow("four Han characters") << u8"帳戶已停用" << true;
    QTest::newRow("three Han characters") << u8"已停用" << false;
    QTest::newRow("four kana") << u8"ログオン失敗" << true;
    QTest::newRow("three Hangul") << u8"로그온" << false;
}

void TestUserMessages::checkText()
{
    QFETCH(QString, text);
    QFETCH(bool, safe);
    const QString reason = UserMessageFile::checkText(text);
    QCOMPARE(reason.isEmpty(), safe);
}

void TestUserMessages::resolveCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol"); // empty: none
    QTest::newRow("sspi hex") << "sspi:0x80090325"
                              << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("any case") << "SSPI:0X80090325"
                              << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("sspi signed decimal") << "sspi:-2146893019"
                                         << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("kerberos hex") << "kerberos:0x18"
                                  << "KDC_ERR_PREAUTH_FAILED";
    QTest::newRow("kerberos decimal") << "kerberos:24"
                                      << "KDC_ERR_PREAUTH_FAILED";
    QTest::newRow("win32") << "win32:1326"
                           << "ERROR_LOGON_FAILURE";
    QTest::newRow("ntstatus") << "ntstatus:0xC000006D"
                              << "STATUS_LOGON_FAILURE";
    QTest::newRow("spaces") << "  win32 : 1326 "
                            << "ERROR_LOGON_FAILURE";
    QTest::newRow("symbol") << "SEC_E_WRONG_PRINCIPAL"
                            << "SEC_E_WRONG_PRINCIPAL";
    QTest::newRow("symbol any case") << "sec_e_wrong_principal"
                                     << "SEC_E_WRONG_PRINCIPAL";
    QTest::newRow("value of another family") << "sspi:1326"
                                             << "";
    QTest::newRow("security facility, not SSPI") << "sspi:0x80090016"
                                                 << "";
    QTest::newRow("unknown family") << "nt:0xC000006D"
                                    << "";
    QTest::newRow("no value") << "win32:"
                              << "";
    QTest::newRow("not a number") << "win32:abc"
                                  << "";
    QTest::newRow("unknown symbol") << "SEC_E_NOT_A_CODE"
                                    << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestUserMessages::resolveCode()
{
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    const StatusCode *entry = UserMessageFile::resolveCode(code);
    QCOMPARE(entry ? entry->symbolString() : QString(), symbol);
    if (entry)
        QCOMPARE(UserMessageFile::resolveCode(UserMessageFile::codeKey(*entry)), entry);
}

void TestUserMessages::parseRows()
{
    const UserMessageFile file = parsed(kHeader
                                        + "#code\ttext\tlanguage\tnote\tadded\n"
                                          "sspi:0x80090325\tDie Vertrauensstellung   ist fehlgeschlagen\tde-DE\tfrom "
                                          "a German server\t2026-01-02T10:00:00Z\n"
                                          "\n"
                                          "KDC_ERR_PREAUTH_FAILED\tour proxy says bad password\r\n");
    QVERIFY(file.isWritable());
    QCOMPARE(file.version(), 1);
    QVERIFY2(file.issues().empty(), qPrintable(issueLines(file).join(u'\n')));
    const std::vector<UserMessage> rows = file.messages();
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].entry->symbolString(), "SEC_E_UNTRUSTED_ROOT");
    QCOMPARE(rows[0].text, "Die Vertrauensstellung ist fehlgeschlagen");
    QCOMPARE(rows[0].language, "de-DE");
    QCOMPARE(rows[0].note, "from a German server");
    QCOMPARE(rows[0].added, "2026-01-02T10:00:00Z");
    QCOMPARE(rows[0].line, 3);
    QCOMPARE(rows[1].entry->symbolString(), "KDC_ERR_PREAUTH_FAILED");
    QCOMPARE(rows[1].text, "our proxy says bad password");
    QCOMPARE(rows[1].language, QString());
    QCOMPARE(rows[1].line, 5);

    const std::vector<ExtraMessage> extra = file.extraMessages();
    QCOMPARE(extra.size(), size_t(2));
    QCOMPARE(extra[0].language, "de-DE");
    QCOMPARE(extra[1].language, "user");
    QCOMPARE(extra[1].code, rows[1].entry);

    // A hand-written file without the header is version 1.
    const UserMessageFile bare = parsed("win32:1326\tthe password was not accepted\n");
    QVERIFY(bare.isWritable());
    QCOMPARE(bare.messages().size(), size_t(1));
    QCOMPARE(bare.messages()[0].line, 1);
}

void TestUserMessages::badRowsHaveLineNumbers_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown code") << QByteArray("sspi:0x80090016\tkeyset does not exist here") << "unknown code";
    QTest::newRow("unknown family") << QByteArray("nt:0xC000006D\tkeyset does not exist here") << "unknown code";
    QTest::newRow("no text") << QByteArray("win32:1326") << "no text";
    QTest::newRow("empty text") << QByteArray("win32:1326\t   \tde-DE") << "no text";
    QTest::newRow("short text") << QByteArray("win32:1326\tbad pw") << "too short";
    QTest::newRow("one word") << QByteArray("win32:1326\tLogonFailureDetected") << "too short";
    QTest::newRow("numbers") << QByteArray("win32:1326\t1326 0x52e -- 52") << "no letters";
    QTest::newRow("wrapper") << QByteArray("E_FAIL\tsomething failed somewhere") << "wrapper";
    QTest::newRow("duplicate text") << QByteArray("kerberos:0x18\tThe  password was NOT accepted.")
                                    << "already taught on line 2";
}

void TestUserMessages::badRowsHaveLineNumbers()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, says);
    const QByteArray data = kHeader + "win32:1326\tthe password was not accepted\n# a comment\n" + row
                            + "\nsspi:0x80090325\tthe root is not trusted here\n";
    const UserMessageFile file = parsed(data);
    QCOMPARE(file.issues().size(), size_t(1));
    const UserMessageIssue &issue = file.issues().front();
    QCOMPARE(issue.line, 4);
    QCOMPARE(issue.fileName, "taught.tsv");
    QVERIFY2(issue.message.contains(says), qPrintable(issue.message));
    QVERIFY(issue.toString().startsWith("taught.tsv:4: "));
    // The rows around it are used, and the bad row is kept as written.
    QCOMPARE(file.messages().size(), size_t(2));
    QVERIFY(file.isWritable());
    QCOMPARE(file.serialize(), data);
}

void TestUserMessages::roundTripKeepsEverything()
{
    const QByteArray data =
        kHeader
        + "#code\ttext\tlanguage\tnote\tadded\n"
          "# my own comment, kept\n"
          "sspi:0x80090325\tthe root is not trusted here\t\t\t2026-01-02T10:00:00Z\tfuture\tcolumns\n"
          "\n"
          "win32:1326\tthe password was not accepted\n"
          "bogus:1\tkept although unknown\n";
    UserMessageFile file = parsed(data);
    QCOMPARE(file.serialize(), data);
    QCOMPARE(file.messages()[0].extraColumns, QStringList({"future", "columns"}));

    // Changing the file elsewhere keeps every other line as it was.
    QString error;
    QVERIFY2(file.add(*Catalog::instance().bySymbol(u"SEC_E_WRONG_PRINCIPAL"), "the server name looks wrong", "en",
                      "note", &error, "2026-02-03T04:05:06Z"),
             qPrintable(error));
    QVERIFY(file.remove("THE PASSWORD   was not accepted."));
    const QByteArray expected =
        kHeader
        + "#code\ttext\tlanguage\tnote\tadded\n"
          "# my own comment, kept\n"
          "sspi:0x80090325\tthe root is not trusted here\t\t\t2026-01-02T10:00:00Z\tfuture\tcolumns\n"
          "\n"
          "bogus:1\tkept although unknown\n"
          "sspi:0x80090322\tthe server name looks wrong\ten\tnote\t2026-02-03T04:05:06Z\n";
    QCOMPARE(file.serialize(), expected);
    const UserMessageFile again = parsed(file.serialize());
    QCOMPARE(again.messages().size(), size_t(2));
    QCOMPARE(again.messages()[1].entry->symbolString(), "SEC_E_WRONG_PRINCIPAL");
    QCOMPARE(again.issues().size(), size_t(1)); // bogus:1
}

void TestUserMessages::addAndRemove()
{
    UserMessageFile file;
    const StatusCode *code = Catalog::instance().byValue(0x18, Family::Kerberos);
    QVERIFY(code);
    QVERIFY(file.add(*code, "  the  pre-authentication\n data was wrong "));
    const std::vector<UserMessage> rows = file.messages();
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].code, "kerberos:0x18");
    QCOMPARE(rows[0].text, "the pre-authentication data was wrong");
    QVERIFY(QDateTime::fromString(rows[0].added, Qt::ISODate).isValid());
    QVERIFY(file.serialize().startsWith(kHeader + "#code\ttext\tlanguage\tnote\tadded\nkerberos:0x18\t"));
    QVERIFY(!file.remove("a text never taught"));
    QVERIFY(file.remove("The pre-authentication data was wrong."));
    QVERIFY(file.messages().empty());
}

void TestUserMessages::addRefuses_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("taught already") << "SEC_E_WRONG_PRINCIPAL"
                                    << "The password was not accepted."
                                    << "already taught";
    QTest::newRow("too short") << "SEC_E_WRONG_PRINCIPAL"
                               << "bad spn"
                               << "too short";
    QTest::newRow("wrapper") << "E_FAIL"
                             << "the call failed somewhere deep"
                             << "wrapper";
}

void TestUserMessages::addRefuses()
{
    QFETCH(QString, symbol);
    QFETCH(QString, text);
    QFETCH(QString, says);
    UserMessageFile file = parsed(kHeader + "win32:1326\tthe password was not accepted\n");
    const QByteArray before = file.serialize();
    QString error;
    QVERIFY(!file.add(*Catalog::instance().bySymbol(symbol), text, {}, {}, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(file.serialize(), before);
}

void TestUserMessages::newerFileIsNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("usable");
    QTest::addColumn<QString>("says");
    QTest::newRow("version 2") << QByteArray("#sspilens-user-messages\t2\n"
                                             "win32:1326\tthe password was not accepted\tde\t\t\tv2-column\n"
                                             "win32:1327@v2\ta row only version 2 understands\n")
                               << 1 << "newer version";
    QTest::newRow("unreadable header") << QByteArray("#sspilens-user-messages\tbanana\n"
                                                     "win32:1326\tthe password was not accepted\n")
                                       << 1 << "banana";
    QTest::newRow("not UTF-8") << QByteArray("win32:1326\tthe password was not accepted \xFF\xFE\n") << 1 << "UTF-8";
}

void TestUserMessages::newerFileIsNeverOverwritten()
{
    QFETCH(QByteArray, data);
    QFETCH(int, usable);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath("user-messages.tsv");
    QVERIFY(writeFile(path, data));

    UserMessageFile file;
    QVERIFY(file.load(path));
    QCOMPARE(int(file.messages().size()), usable);
    QVERIFY(!file.isWritable());
    QVERIFY2(file.readOnlyReason().contains(says), qPrintable(file.readOnlyReason()));
    QVERIFY(!file.issues().empty());
    QCOMPARE(file.issues().front().line, 1);

    QVERIFY(file.add(*Catalog::instance().bySymbol(u"SEC_E_WRONG_PRINCIPAL"), "the server name looks wrong"));
    QString error;
    QVERIFY(!file.save(path, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(readAll(path), data);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"user-messages.tsv"});
}

void TestUserMessages::atomicSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("new/folder/user-messages.tsv");
    UserMessageFile file;
    QVERIFY(file.load(path)); // missing: empty
    QVERIFY(file.add(*Catalog::instance().byValue(1326, Family::Win32), "the password was not accepted"));
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), file.serialize());
    // QSaveFile: the new file replaced the old at once, nothing else is left beside it.
    QVERIFY(file.add(*Catalog::instance().byValue(0x18, Family::Kerberos), "the pre-authentication data was wrong"));
    QVERIFY2(file.save(path, &error), qPrintable(error));
    QCOMPARE(QDir(dir.filePath("new/folder")).entryList(QDir::Files | QDir::Hidden), QStringList{"user-messages.tsv"});
    UserMessageFile again;
    QVERIFY(again.load(path));
    QCOMPARE(again.messages().size(), size_t(2));
    QCOMPARE(again.serialize(), readAll(path));
}

void TestUserMessages::saveFailureLeavesNothing()
{
    QTemporaryDir dir;
    UserMessageFile file;
    QVERIFY(file.add(*Catalog::instance().byValue(1326, Family::Win32), "the password was not accepted"));
    // A folder where the file should be: the save fails and the folder is as it was.
    const QString folder = dir.filePath("user-messages.tsv");
    QVERIFY(QDir().mkpath(folder + "/inside"));
    QString error;
    QVERIFY(!file.save(folder, &error));
    QVERIFY(error.contains("user-messages.tsv"));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{"user-messages.tsv"});
    // A file where its folder should be.
    QVERIFY(writeFile(dir.filePath("plain"), "x"));
    QVERIFY(!file.save(dir.filePath("plain/user-messages.tsv"), &error));
    QCOMPARE(readAll(dir.filePath("plain")), QByteArray("x"));
}

void TestUserMessages::loadMissingAndFolder()
{
    QTemporaryDir dir;
    UserMessageFile file;
    QVERIFY(file.load(dir.filePath("missing.tsv")));
    QVERIFY(file.messages().empty());
    QVERIFY(file.isWritable());
    QString error;
    QVERIFY(!file.load(dir.path(), &error));
    QVERIFY(error.contains("folder"));
    QVERIFY(!file.isWritable());
}

void TestUserMessages::merge()
{
    UserMessageFile mine = parsed(kHeader + "win32:1326\tthe password was not accepted\n");
    UserMessageFile other;
    other.parse("# shared by a colleague\n"
                "kerberos:0x18\tThe password was not accepted.\n"
                "SEC_E_WRONG_PRINCIPAL\tthe server name looks wrong\tfr\n"
                "win32:99999\tan unknown code row here\n",
                "colleague.tsv");
    QCOMPARE(other.issues().size(), size_t(1));
    QCOMPARE(other.issues().front().toString().left(16), "colleague.tsv:4:");
    std::vector<UserMessageIssue> skipped;
    QCOMPARE(mine.merge(other, &skipped), 1);
    QCOMPARE(skipped.size(), size_t(1));
    QCOMPARE(skipped.front().line, 2);
    QCOMPARE(skipped.front().fileName, "colleague.tsv");
    QVERIFY(skipped.front().message.contains("ERROR_LOGON_FAILURE"));
    const std::vector<UserMessage> rows = mine.messages();
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[1].language, "fr");
    QCOMPARE(rows[1].code, "SEC_E_WRONG_PRINCIPAL");
    QVERIFY(mine.serialize().endsWith("SEC_E_WRONG_PRINCIPAL\tthe server name looks wrong\tfr\t\t\n"));
}

void TestUserMessages::scannerFindsTaughtTexts()
{
    const UserMessageFile file = parsed(kHeader
                                        + "sspi:0x80090325\tDie Vertrauensstellung ist fehlgeschlagen\tde-DE\n"
                                          "kerberos:0x18\tour proxy says bad password\n");
    const LogScanner scanner(Catalog::instance(), file.extraMessages());
    const QString log = "12:00 Fehler: die Vertrauensstellung ist\n   fehlgeschlagen.\n"
                        "12:01 OUR PROXY SAYS BAD PASSWORD for bob\n"
                        // Look-alikes: one word differs, one missing.
                        "12:02 die Vertrauensstellung ist gescheitert\n"
                        "12:03 our proxy says password\n";
    const std::vector<Finding> findings = scanner.scan(log);
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[0].code->symbolString(), "SEC_E_UNTRUSTED_ROOT");
    QCOMPARE(findings[0].form, FindingForm::Message);
    QCOMPARE(findings[0].language, "de-DE");
    QCOMPARE(findings[0].line, 1);
    QCOMPARE(findings[1].code->symbolString(), "KDC_ERR_PREAUTH_FAILED");
    QCOMPARE(findings[1].language, "user");
    QCOMPARE(findings[1].line, 3);
    // Without the taught texts the same log holds nothing.
    QVERIFY(LogScanner().scan(log).empty());
}

void TestUserMessages::defaultPathIsTheWindowsFolder()
{
    const QString path = UserMessageFile::defaultPath();
    QVERIFY2(path.endsWith("/SSPILens/sspilens/user-messages.tsv"), qPrintable(path));
    QVERIFY(!path.contains(QCoreApplication::applicationName()));
}

QTEST_GUILESS_MAIN(TestUserMessages)
#include "tst_usermessages.moc"
