// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "guides.h"
#include "referencetable.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

/// Next steps that have neither a command nor a guide, each with the reason (symbol, the start of
/// the step's text, why). Steps that begin with "Developers:" are code changes and need no entry.
struct StepWithoutCommand {
    const char *symbol;
    const char *textStart;
    const char *reason;
};
const StepWithoutCommand stepsWithoutCommand[] = {
    {"SEC_E_OK", "Look for the first non-zero status after",
     "reading advice: the real failure is the next non-zero status in the same log"},
    {"SEC_I_CONTINUE_NEEDED", "On the load balancer, enable session per",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_I_COMPLETE_NEEDED", "Check in the application's trace that Co",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_I_COMPLETE_AND_CONTINUE", "Check that the application calls Complet",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_I_NO_LSA_CONTEXT", "Treat the line as informational and look",
     "reading advice for an informational code: the real failure is elsewhere in the log"},
    {"SEC_I_NO_LSA_CONTEXT", "If the imported context fails later, che",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_I_NO_LSA_CONTEXT", "Update the application or SSPI wrapper i",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_I_ASYNC_CALL_PENDING", "Treat pending as normal and look for the",
     "reading advice for an informational code: look at the log, nothing to run"},
    {"SEC_E_INVALID_HANDLE", "Find the first error on the same connect",
     "reading advice: the real failure is the earlier error in the same log"},
    {"SEC_E_INVALID_HANDLE", "Update the application and its framework",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_INVALID_HANDLE", "Disable connection pooling for a test to",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_CANNOT_PACK", "Update the application or credential pro",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_OUT_OF_SEQUENCE", "Check whether the failures follow load o",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_OUT_OF_SEQUENCE", "Test with connection pooling or multiple",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_UNTRUSTED_ROOT", "Use TrustServerCertificate=True or simil",
     "a warning about a client-library switch, deliberately without a command to copy"},
    {"SEC_E_SECURITY_QOS_FAILED", "For custom applications, log the require",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_UNFINISHED_CONTEXT_DELETED", "Behind a load balancer or proxy, enable ",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_WRONG_CREDENTIAL_HANDLE", "Identify the process and the call that f",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_WRONG_CREDENTIAL_HANDLE", "Reproduce with connection pooling disabl",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_WRONG_CREDENTIAL_HANDLE", "Update the application or library and gi",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_TOO_MANY_PRINCIPALS", "Update the third-party Kerberos library,",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_KDC_INVALID_REQUEST", "Update the third-party Kerberos library,",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_NO_S4U_PROT_SUPPORT", "For users of a non-Windows realm, use an",
     "a design change of the authentication path, not a command"},
    {"SEC_E_INVALID_PARAMETER", "From the application's trace or debug lo",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_INVALID_PARAMETER", "Report the failing call to the applicati",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_NO_CONTEXT", "From the application's trace, find the f",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_NO_CONTEXT", "For HTTP authentication behind a load ba",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_NO_CONTEXT", "Retry with a new connection; if that wor",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"SEC_E_ONLY_HTTPS_ALLOWED", "Find the endpoint URL in the failing app",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_EXT_BUFFER_TOO_SMALL", "Update the application or MsQuic to a ve",
     "a software update or a vendor fix; no command shows it"},
    {"SEC_E_INSUFFICIENT_BUFFERS", "From the application's trace, identify t",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"SEC_E_INSUFFICIENT_BUFFERS", "Update the application or its TLS librar",
     "a software update or a vendor fix; no command shows it"},
    {"STATUS_PASSWORD_MUST_CHANGE", "Let the user change the password at a co",
     "an action of the user at the next sign-in or on a password-change page, not an administrator's command"},
    {"STATUS_UNFINISHED_CONTEXT_DELETED", "Behind a load balancer, turn on session ",
     "a setting of the load balancer, proxy or client library, which differs per product"},
    {"STATUS_WRONG_CREDENTIAL_HANDLE", "Reproduce with a single connection and c",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"STATUS_WRONG_CREDENTIAL_HANDLE", "Check for an update of the application o",
     "a software update or a vendor fix; no command shows it"},
    {"STATUS_SMARTCARD_LOGON_REQUIRED", "Use the smart card, or move the service ",
     "a design change of the authentication path, not a command"},
    {"STATUS_NO_SECURITY_CONTEXT", "Check whether the failures follow a reco",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"STATUS_NO_SECURITY_CONTEXT", "Check for an update of the application o",
     "a software update or a vendor fix; no command shows it"},
    {"KRB_AP_ERR_BADORDER", "Check the application's own log around t",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"KRB_AP_ERR_METHOD", "Check the product documentation of the s",
     "reading advice: the methods a service accepts are in its own documentation, which differs per product"},
    {"KRB_AP_ERR_BADSEQ", "Check the application's own log around t",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"TLS1_ALERT_RECORD_OVERFLOW", "With an embedded peer, check its TLS lib",
     "a software update or a vendor fix; no command shows it"},
    {"TLS1_ALERT_DECOMPRESSION_FAIL", "Turn off TLS compression in the peer's c",
     "a setting of the peer's TLS library or server software, which differs per product"},
    {"TLS1_ALERT_INTERNAL_ERROR", "Read the sender's application and TLS li",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"TLS1_ALERT_USER_CANCELED", "If the connection was expected to succee",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"ERROR_ACCESS_DENIED", "Find the exact operation and object that",
     "the evidence is in the application's own log or trace, which differs per product"},
    {"E_FAIL", "In application logs, read the whole exce",
     "the evidence is in the application's own log or trace, which differs per product"},
};

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void sizes();
    void matchesWinerrorHeader();
    void matchesReferenceTable_data();
    void matchesReferenceTable();
    void windowsMessages_data();
    void windowsMessages();
    void everyFieldWritten_data();
    void everyFieldWritten();
    void relatedCodesResolve_data();
    void relatedCodesResolve();
    void ntstatusTwins_data();
    void ntstatusTwins();
    void lookups_data();
    void lookups();
    void categoriesAndPackagesUsed();
    void identityIsFamilyAndValue();
    void stepTextsNotRepeated();
    void everyStepActionable_data();
    void everyStepActionable();
    void guidesComplete();
    void localizedMessages();
    void normaliseMessage_data();
    void normaliseMessage();
};

void TestCatalog::sizes()
{
    const Catalog &c = Catalog::instance();
    QHash<Family, int> entries;
    int sspiNames = 0;
    for (const StatusCode &code : c.codes()) {
        ++entries[code.family];
        if (code.family == Family::Sspi)
            sspiNames += 1 + int(code.aliases.size());
    }
    // 95 SSPI macros with two alias pairs; the other families as the reference tables list them.
    QCOMPARE(entries.value(Family::Sspi), 93);
    QCOMPARE(sspiNames, 95);
    QCOMPARE(entries.value(Family::NtStatus), 54);
    QCOMPARE(entries.value(Family::Kerberos), 68);
    QCOMPARE(entries.value(Family::TlsAlert), 34);
    QCOMPARE(entries.value(Family::Win32), 25);
    QCOMPARE(entries.value(Family::HResult), 16);
    QCOMPARE(c.size(), 93 + 54 + 68 + 34 + 25 + 16);
}

void TestCatalog::identityIsFamilyAndValue()
{
    const Catalog &c = Catalog::instance();
    QSet<quint64> seen;
    QHash<QString, const StatusCode *> keys;
    for (const StatusCode &code : c.codes()) {
        QVERIFY2(!seen.contains(Catalog::identity(code.family, code.value)), code.symbol);
        seen.insert(Catalog::identity(code.family, code.value));
        QCOMPARE(c.byValue(code.value, code.family), &code);
        // Every name finds its own entry: no name (compared as lookup compares them) is shared.
        for (const QString &name : code.allNames()) {
            const QString key = symbolSearchKey(name);
            QVERIFY2(!keys.contains(key) || keys.value(key) == &code, qPrintable(name));
            keys.insert(key, &code);
            QCOMPARE(c.bySymbol(name), &code);
        }
    }
    // One number, several meanings: 0x18 is Kerberos KDC_ERR_PREAUTH_FAILED and TLS alert 24 does
    // not exist, 40 is TLS handshake_failure and Kerberos 0x28 KRB_AP_ERR_MSG_TYPE.
    QCOMPARE(c.byValue(0x18, Family::Kerberos)->symbolString(), QStringLiteral("KDC_ERR_PREAUTH_FAILED"));
    QCOMPARE(c.byValue(40, Family::TlsAlert)->symbolString(), QStringLiteral("TLS1_ALERT_HANDSHAKE_FAILURE"));
    QCOMPARE(c.byValue(1326, Family::Win32)->symbolString(), QStringLiteral("ERROR_LOGON_FAILURE"));
    QVERIFY(!c.byValue(0x18, Family::Sspi));
    QCOMPARE(c.allByValue(40).size(), 2);
}

void TestCatalog::matchesWinerrorHeader()
{
    QFile header(QStringLiteral(SSPILENS_WINERROR_H));
    QVERIFY2(header.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(header.fileName())));
    const QString text = QString::fromLatin1(header.readAll());
    QHash<QString, QString> defines;
    const QRegularExpression re(
        QStringLiteral(
            R"(^\s*#\s*define\s+(SEC_[EI]_[A-Z0-9_]+)\s+(?:_HRESULT_TYPEDEF_\(|\(\(HRESULT\))?\s*(0x[0-9A-Fa-f]+|SEC_[EI]_[A-Z0-9_]+)L?\)?\)?)"),
        QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        defines.insert(m.captured(1), m.captured(2));
    }
    QCOMPARE(defines.size(), 95);

    const Catalog &c = Catalog::instance();
    QSet<QString> catalogNames;
    for (const StatusCode &code : c.codes())
        for (const QString &n : code.allNames())
            if (code.family == Family::Sspi)
                catalogNames.insert(n);
    QCOMPARE(catalogNames.size(), 95);

    for (auto it = defines.cbegin(); it != defines.cend(); ++it) {
        QString value = it.value();
        // Aliases are defined as another macro's name.
        if (value.startsWith(QLatin1String("SEC_")))
            value = defines.value(value);
        bool ok = false;
        const quint32 v = value.toUInt(&ok, 16);
        QVERIFY2(ok, qPrintable(it.key()));
        const StatusCode *code = c.bySymbol(it.key());
        QVERIFY2(code, qPrintable(QStringLiteral("%1 missing from the catalog").arg(it.key())));
        QCOMPARE(code->value, v);
        QVERIFY(catalogNames.contains(it.key()));
    }
    // Alias pairs are one entry with both names.
    QCOMPARE(c.bySymbol(u"SEC_E_NOT_SUPPORTED"), c.bySymbol(u"SEC_E_UNSUPPORTED_FUNCTION"));
    QCOMPARE(c.bySymbol(u"SEC_E_NO_SPM"), c.bySymbol(u"SEC_E_INTERNAL_ERROR"));
}

void TestCatalog::matchesReferenceTable_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<qint64>("signedValue");
    QTest::addColumn<qint64>("unsignedValue");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("aliases");
    const TsvTable t = readTsv(referencePath("sspi-codes.tsv"));
    // A missing table fails the test function with its name; an empty _data function would abort.
    if (t.rows.isEmpty())
        QTest::newRow("table missing") << QString() << 0u << qint64(0) << qint64(0) << QString() << QString();
    for (const QStringList &r : t.rows) {
        const QString sym = r.value(t.column("symbol"));
        QTest::newRow(qPrintable(sym)) << sym << r.value(t.column("hex")).toUInt(nullptr, 16)
                                       << r.value(t.column("signed_decimal")).toLongLong()
                                       << r.value(t.column("unsigned_decimal")).toLongLong()
                                       << r.value(t.column("severity")) << r.value(t.column("aliases"));
    }
}

void TestCatalog::matchesReferenceTable()
{
    QFETCH(QString, symbol);
    QFETCH(quint32, value);
    QFETCH(qint64, signedValue);
    QFETCH(qint64, unsignedValue);
    QFETCH(QString, severity);
    QFETCH(QString, aliases);
    if (symbol.isEmpty())
        QFAIL(qPrintable(QStringLiteral("cannot read %1").arg(referencePath("sspi-codes.tsv"))));
    QCOMPARE(readTsv(referencePath("sspi-codes.tsv")).rows.size(), 95);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(code->value, value);
    QCOMPARE(qint64(code->signedValue()), signedValue);
    QCOMPARE(qint64(code->unsignedValue()), unsignedValue);
    QCOMPARE(code->family, Family::Sspi);
    const Severity expected = severity == QLatin1String("E")   ? Severity::Error
                              : severity == QLatin1String("I") ? Severity::Informational
                                                               : Severity::Success;
    QCOMPARE(code->severity, expected);
    if (aliases.startsWith(QLatin1String("SEC_E_")))
        QVERIFY(code->allNames().contains(aliases));
    QCOMPARE(Catalog::instance().byValue(value), code);
}

void TestCatalog::windowsMessages_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("message");
    const TsvTable t = readTsv(referencePath("windows-message-text.tsv"));
    if (t.rows.isEmpty())
        QTest::newRow("table missing") << QString() << QString();
    for (const QStringList &r : t.rows)
        QTest::newRow(qPrintable(r.value(0))) << r.value(0) << r.value(2);
}

void TestCatalog::windowsMessages()
{
    QFETCH(QString, symbol);
    QFETCH(QString, message);
    if (symbol.isEmpty())
        QFAIL(qPrintable(QStringLiteral("cannot read %1").arg(referencePath("windows-message-text.tsv"))));
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(QString::fromUtf8(code->windowsMessage), message);
    QVERIFY(Catalog::instance().byMessage(message).contains(code));
    QVERIFY(Catalog::instance().byMessage(message.toUpper() + QLatin1String(".")).contains(code));
}

void TestCatalog::everyFieldWritten_data()
{
    QTest::addColumn<int>("index");
    const auto &codes = Catalog::instance().codes();
    for (int i = 0; i < int(codes.size()); ++i)
        QTest::newRow(codes[size_t(i)].symbol) << i;
}

void TestCatalog::everyFieldWritten()
{
    QFETCH(int, index);
    const StatusCode &c = Catalog::instance().codes()[size_t(index)];
    // Kerberos numbers, TLS alerts and .NET's own results have no FormatMessage text.
    if (c.family == Family::Sspi)
        QVERIFY(!blank(c.windowsMessage));
    if (c.windowsMessage)
        QVERIFY(!blank(c.windowsMessage));
    QVERIFY(!blank(c.meaning));
    QVERIFY(!blank(c.explanation));
    QVERIFY(c.causes.size() >= 2);
    QVERIFY(c.nextSteps.size() >= 2);
    QVERIFY(!c.related.empty());
    QVERIFY(c.packages != NoPackage || c.severity == Severity::Success);
    const QRegularExpression placeholder(QStringLiteral("\\b(TODO|TBD|FIXME|unknown reason|lorem)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList texts{QString::fromUtf8(c.meaning), QString::fromUtf8(c.explanation)};
    for (const char *cause : c.causes) {
        QVERIFY(!blank(cause));
        texts << QString::fromUtf8(cause);
    }
    for (const NextStep &s : c.nextSteps) {
        QVERIFY(!blank(s.text));
        texts << QString::fromUtf8(s.text);
        if (s.command)
            QVERIFY2(!blank(s.command), "a command, when given, is not empty");
    }
    for (const QString &t : texts) {
        QVERIFY2(!placeholder.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(t == t.trimmed(), qPrintable(t));
    }
    QVERIFY2(QString::fromUtf8(c.meaning).size() <= 140, "the meaning is one line");
    if (c.severity == Severity::Informational) {
        const QString all = texts.join(QLatin1Char(' ')).toLower();
        QVERIFY2(all.contains(QLatin1String("not a failure")) || all.contains(QLatin1String("not an error")),
                 "informational codes say plainly that they are not failures");
    }
}

void TestCatalog::relatedCodesResolve_data()
{
    everyFieldWritten_data();
}

void TestCatalog::relatedCodesResolve()
{
    QFETCH(int, index);
    const Catalog &cat = Catalog::instance();
    const StatusCode &c = cat.codes()[size_t(index)];
    for (const RelatedCode &r : c.related) {
        QVERIFY(!blank(r.symbol));
        // Every related code, of any family, is a catalog entry: its link opens a card.
        const StatusCode *other = cat.entryOf(r);
        QVERIFY2(other, qPrintable(QStringLiteral("%1 %2").arg(familyKey(r.family), QLatin1String(r.symbol))));
        QVERIFY2(other != &c, "a code is not related to itself");
        QVERIFY2(other->allNames().contains(QLatin1String(r.symbol)), r.symbol);
        if (r.family != Family::Sspi || r.value)
            QCOMPARE(other->value, r.value);
    }
}

void TestCatalog::ntstatusTwins_data()
{
    QTest::addColumn<QString>("sec");
    QTest::addColumn<QString>("status");
    QTest::addColumn<quint32>("statusValue");
    const TsvTable t = readTsv(referencePath("ntstatus-counterparts.tsv"));
    if (t.rows.isEmpty())
        QTest::newRow("table missing") << QString() << QString() << 0u;
    for (const QStringList &r : t.rows)
        QTest::newRow(qPrintable(r.value(0))) << r.value(0) << r.value(2) << r.value(3).toUInt(nullptr, 16);
}

void TestCatalog::ntstatusTwins()
{
    QFETCH(QString, sec);
    QFETCH(QString, status);
    QFETCH(quint32, statusValue);
    if (sec.isEmpty())
        QFAIL(qPrintable(QStringLiteral("cannot read %1").arg(referencePath("ntstatus-counterparts.tsv"))));
    const StatusCode *code = Catalog::instance().bySymbol(sec);
    QVERIFY(code);
    bool found = false;
    for (const RelatedCode &r : code->related) {
        if (r.family == Family::NtStatus && QLatin1String(r.symbol) == status) {
            QCOMPARE(r.value, statusValue);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(status));
}

void TestCatalog::lookups_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << "SEC_E_UNTRUSTED_ROOT"
                           << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("lower") << "sec_e_untrusted_root"
                           << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("spaced") << "SEC _ E _ UNTRUSTED _ ROOT"
                            << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("alias") << "SEC_E_NO_SPM"
                           << "SEC_E_INTERNAL_ERROR";
    QTest::newRow("ok") << "SEC_E_OK"
                        << "SEC_E_OK";
    QTest::newRow("unknown") << "SEC_E_NOT_A_CODE"
                             << "";
}

void TestCatalog::lookups()
{
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QCOMPARE(code ? code->symbolString() : QString(), expected);
}

void TestCatalog::categoriesAndPackagesUsed()
{
    QSet<Category> categories;
    Packages packages = NoPackage;
    for (const StatusCode &c : Catalog::instance().codes()) {
        categories.insert(c.category);
        packages |= c.packages;
        if (c.severity != Severity::Error)
            QCOMPARE(c.category, Category::SuccessContinuation);
    }
    QCOMPARE(categories.size(), CategoryCount);
    QCOMPARE(int(packages), (1 << PackageCount) - 1);
}

void TestCatalog::stepTextsNotRepeated()
{
    // A step repeated on many entries is a generic procedure: it belongs in a guide (core/guides.cpp).
    QHash<QString, QSet<QString>> entriesByText;
    for (const StatusCode &c : Catalog::instance().codes())
        for (const NextStep &s : c.nextSteps)
            entriesByText[QString::fromUtf8(s.text)].insert(c.symbolString());
    for (auto it = entriesByText.cbegin(); it != entriesByText.cend(); ++it)
        QVERIFY2(it.value().size() <= 3,
                 qPrintable(QStringLiteral("in %1 entries: %2").arg(it.value().size()).arg(it.key())));
}

void TestCatalog::everyStepActionable_data()
{
    everyFieldWritten_data();
}

void TestCatalog::everyStepActionable()
{
    QFETCH(int, index);
    const StatusCode &c = Catalog::instance().codes()[size_t(index)];
    for (const NextStep &s : c.nextSteps) {
        if (s.guide != Guide::None) {
            QVERIFY2(guideInfo(s.guide), s.text);
            continue;
        }
        if (!blank(s.command))
            continue;
        const QString text = QString::fromUtf8(s.text);
        if (text.startsWith(QLatin1String("Developers:")))
            continue;
        bool allowed = false;
        for (const StepWithoutCommand &a : stepsWithoutCommand)
            allowed =
                allowed || (c.symbolString() == QLatin1String(a.symbol) && text.startsWith(QLatin1String(a.textStart)));
        QVERIFY2(allowed, qPrintable(QStringLiteral("%1: a step without a command, guide or allow-list reason: %2")
                                         .arg(c.symbolString(), text)));
    }
}

void TestCatalog::guidesComplete()
{
    QCOMPARE(int(allGuides().size()), GuideCount - 1);
    QVERIFY(!guideInfo(Guide::None));
    QSet<int> referenced;
    for (const StatusCode &c : Catalog::instance().codes())
        for (const Guide g : guidesOf(c))
            referenced.insert(int(g));
    for (const GuideInfo &g : allGuides()) {
        QVERIFY(!blank(g.title));
        QVERIFY2(g.steps.size() >= 2, g.title);
        QVERIFY2(referenced.contains(int(g.guide)),
                 qPrintable(QStringLiteral("no step refers to %1").arg(QLatin1String(g.title))));
        for (const GuideStep &s : g.steps)
            QVERIFY2(!blank(s.text) && !blank(s.command), g.title);
    }
    // Every allow-list entry still matches a step, so the list cannot rot.
    for (const StepWithoutCommand &a : stepsWithoutCommand) {
        const StatusCode *c = Catalog::instance().bySymbol(QString::fromLatin1(a.symbol));
        QVERIFY2(c, a.symbol);
        bool found = false;
        for (const NextStep &s : c->nextSteps)
            found = found || (blank(s.command) && QString::fromUtf8(s.text).startsWith(QLatin1String(a.textStart)));
        QVERIFY2(found, a.textStart);
        QVERIFY(!blank(a.reason));
    }
}

// Windows' texts in other languages (core/catalog/localized.cpp): each belongs to a catalog entry,
// has a well-formed language tag and a source, is found by byMessage() and is there only once.
void TestCatalog::localizedMessages()
{
    const Catalog &catalog = Catalog::instance();
    QVERIFY(catalog.localizedMessages().size() >= 30);
    const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}-[A-Z]{2}$"));
    QSet<QString> seen;
    QHash<QString, int> perLanguage;
    for (const LocalizedMessage &m : catalog.localizedMessages()) {
        const QString text = QString::fromUtf8(m.text);
        const StatusCode *code = catalog.entryOf(m);
        QVERIFY2(code, m.text);
        QVERIFY2(!code->wrapper, m.text);
        QVERIFY2(tag.match(QString::fromLatin1(m.language)).hasMatch(), m.language);
        QVERIFY2(m.source && qstrlen(m.source) > 20, m.text);
        QVERIFY2(!text.trimmed().isEmpty() && text == text.trimmed(), m.text);
        const QString key =
            QStringLiteral("%1 %2 %3")
                .arg(QString::fromLatin1(m.language), Catalog::normaliseMessage(text), familyKey(m.family));
        QVERIFY2(!seen.contains(key), m.text);
        seen.insert(key);
        QVERIFY2(catalog.byMessage(text).contains(code), m.text);
        QVERIFY2(catalog.localizedMessages(*code).contains(&m), m.text);
        // Never the English text again.
        QVERIFY2(!code->windowsMessage
                     || Catalog::normaliseMessage(QString::fromUtf8(code->windowsMessage))
                            != Catalog::normaliseMessage(text),
                 m.text);
        ++perLanguage[QString::fromLatin1(m.language)];
    }
    QVERIFY(perLanguage.value(QStringLiteral("zh-TW")) >= 6);
    QVERIFY(perLanguage.value(QStringLiteral("zh-CN")) >= 20);
    const StatusCode *principal = catalog.bySymbol(u"SEC_E_WRONG_PRINCIPAL");
    QVERIFY(principal);
    QCOMPARE(catalog.byMessage(u"目標主體名稱不正確"), QList<const StatusCode *>{principal});
    QCOMPARE(catalog.byMessage(u"目标主体 名称不正确 。"), QList<const StatusCode *>{principal});
    QVERIFY(catalog.byMessage(u"名稱不正確").isEmpty());
    QVERIFY(catalog.localizedMessages(*catalog.bySymbol(u"SEC_E_OK")).isEmpty());
}

void TestCatalog::normaliseMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("English", "  The target\n principal name is incorrect. ", "the target principal name is incorrect");
    row("apostrophe", "The client\u2019s certificate", "the client's certificate");
    row("full-width punctuation", "接收到的消息异常，或格式不正确。", "接收到的消息异常,或格式不正确");
    row("spaces between Han characters", "证书链 是由\n不受信任的 颁发机构颁发的 。",
        "证书链是由不受信任的颁发机构颁发的");
    row("space after an ASCII colon before Han", "登录失败: 未知的用户名", "登录失败:未知的用户名");
    row("full-width colon", "登录失败：未知的用户名", "登录失败:未知的用户名");
    row("Cyrillic case", "Главное Конечное имя", "главное конечное имя");
    row("space between Latin words kept", "Der Zielprinzipalname ist falsch.", "der zielprinzipalname ist falsch");
}

void TestCatalog::normaliseMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Catalog::normaliseMessage(text), expected);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
