// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The Kerberos KDC family (RFC 4120 codes 0-29, core/catalog/kerberos_kdc.cpp) against the reference
// table tests/data/reference/event-families/kerberos-kdc-errors.tsv and the MIT krb5 error table.
// No mingw-w64 header defines Kerberos protocol error numbers, so there is no header comparison.
#include "catalog.h"
#include "catalog/families.h"
#include "referencetable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

const char *const kTable = "event-families/kerberos-kdc-errors.tsv";

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

// Families written by other helpers at the same time: a related code there may not resolve yet.
bool writtenElsewhere(const RelatedCode &r)
{
    switch (r.family) {
    case Family::NtStatus:
    case Family::TlsAlert:
    case Family::Win32:
    case Family::HResult: return true;
    case Family::Kerberos: return r.value > 29; // 31-76: kerberos_ap.cpp
    case Family::Sspi: return false;
    }
    return false;
}

} // namespace

class TestCatalogKerberosKdc : public QObject
{
    Q_OBJECT

private slots:
    void family();
    void referenceRows_data();
    void referenceRows();
    void mitNames_data();
    void mitNames();
    void everyFieldWritten_data();
    void everyFieldWritten();
    void relatedCodesResolve_data();
    void relatedCodesResolve();
    void fingerprints();
    void namesUnique();
    void translatorComments();
};

void TestCatalogKerberosKdc::family()
{
    const std::vector<StatusCode> codes = kerberosKdcCodes();
    QCOMPARE(int(codes.size()), 30);
    QSet<quint32> values;
    for (const StatusCode &c : codes) {
        QCOMPARE(c.family, Family::Kerberos);
        QVERIFY2(c.value <= 29, c.symbol);
        values.insert(c.value);
        QVERIFY2(!c.windowsMessage, "Windows has no message text for Kerberos numbers");
        QCOMPARE(c.packages, Packages(Kerberos));
        QVERIFY2(!c.wrapper, c.symbol);
        const StatusCode *inCatalog = Catalog::instance().byValue(c.value, Family::Kerberos);
        QVERIFY2(inCatalog, c.symbol);
        QCOMPARE(QLatin1String(inCatalog->symbol), QLatin1String(c.symbol));
    }
    QCOMPARE(values.size(), 30);
}

void TestCatalogKerberosKdc::referenceRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("rfcName");
    QTest::addColumn<QString>("msName");
    QTest::addColumn<QString>("tables");
    const QString path = referencePath(QLatin1String(kTable));
    const TsvTable t = readTsv(path);
    int rows = 0;
    for (const QStringList &r : t.rows) {
        const int value = r.value(t.column("decimal")).toInt();
        if (value > 29)
            continue;
        QTest::newRow(qPrintable(r.value(t.column("code"))))
            << path << value << r.value(t.column("rfc4120_name")) << r.value(t.column("name_on_ms_pages"))
            << r.value(t.column("listed_in_ms_tables"));
        ++rows;
    }
    // A missing or empty table still gives the test function a row, which then fails with its name.
    if (rows == 0)
        QTest::newRow("table") << path << -1 << QString() << QString() << QString();
}

void TestCatalogKerberosKdc::referenceRows()
{
    QFETCH(QString, path);
    QFETCH(int, value);
    QFETCH(QString, rfcName);
    QFETCH(QString, msName);
    QFETCH(QString, tables);
    QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("reference table missing: %1").arg(path)));
    QVERIFY2(value >= 0, qPrintable(QStringLiteral("no rows 0x0-0x1D in %1").arg(path)));

    const StatusCode *code = Catalog::instance().byValue(quint32(value), Family::Kerberos);
    QVERIFY2(code, qPrintable(rfcName));
    QCOMPARE(code->family, Family::Kerberos);
    QCOMPARE(code->symbolString(), rfcName);
    QCOMPARE(Catalog::instance().bySymbol(rfcName), code);
    if (!msName.isEmpty()) {
        // Microsoft's spelling is an alias, or differs only in what lookup ignores (underscores).
        QVERIFY2(code->allNames().contains(msName) || symbolSearchKey(msName) == symbolSearchKey(rfcName),
                 qPrintable(msName));
        QCOMPARE(Catalog::instance().bySymbol(msName), code);
    }

    // Event sites: only the Status field of 4768/4769/4771, and only events Microsoft's tables list.
    const QStringList listed = tables == QLatin1String("none") ? QStringList() : tables.split(QLatin1Char(','));
    for (const EventSite &site : code->events) {
        QCOMPARE(QLatin1String(site.field), QLatin1String("Status"));
        QVERIFY2(listed.contains(QString::number(site.eventId)),
                 qPrintable(QStringLiteral("%1 not listed for event %2").arg(rfcName).arg(site.eventId)));
    }
    if (listed.isEmpty())
        QVERIFY(code->events.empty());
    else
        QVERIFY(!code->events.empty());
}

void TestCatalogKerberosKdc::mitNames_data()
{
    // MIT krb5 src/lib/krb5/error_tables/krb5_err.et, codes 0-29, in order.
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("name");
    const char *const names[] = {
        "KRB5KDC_ERR_NONE",
        "KRB5KDC_ERR_NAME_EXP",
        "KRB5KDC_ERR_SERVICE_EXP",
        "KRB5KDC_ERR_BAD_PVNO",
        "KRB5KDC_ERR_C_OLD_MAST_KVNO",
        "KRB5KDC_ERR_S_OLD_MAST_KVNO",
        "KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN",
        "KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN",
        "KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE",
        "KRB5KDC_ERR_NULL_KEY",
        "KRB5KDC_ERR_CANNOT_POSTDATE",
        "KRB5KDC_ERR_NEVER_VALID",
        "KRB5KDC_ERR_POLICY",
        "KRB5KDC_ERR_BADOPTION",
        "KRB5KDC_ERR_ETYPE_NOSUPP",
        "KRB5KDC_ERR_SUMTYPE_NOSUPP",
        "KRB5KDC_ERR_PADATA_TYPE_NOSUPP",
        "KRB5KDC_ERR_TRTYPE_NOSUPP",
        "KRB5KDC_ERR_CLIENT_REVOKED",
        "KRB5KDC_ERR_SERVICE_REVOKED",
        "KRB5KDC_ERR_TGT_REVOKED",
        "KRB5KDC_ERR_CLIENT_NOTYET",
        "KRB5KDC_ERR_SERVICE_NOTYET",
        "KRB5KDC_ERR_KEY_EXP",
        "KRB5KDC_ERR_PREAUTH_FAILED",
        "KRB5KDC_ERR_PREAUTH_REQUIRED",
        "KRB5KDC_ERR_SERVER_NOMATCH",
        "KRB5KDC_ERR_MUST_USE_USER2USER",
        "KRB5KDC_ERR_PATH_NOT_ACCEPTED",
        "KRB5KDC_ERR_SVC_UNAVAILABLE",
    };
    for (int v = 0; v < int(std::size(names)); ++v)
        QTest::newRow(names[v]) << v << QString::fromLatin1(names[v]);
    // Heimdal lib/krb5/krb5_err.et spells 23 differently.
    QTest::newRow("KRB5KDC_ERR_KEY_EXPIRED (Heimdal)") << 23 << QStringLiteral("KRB5KDC_ERR_KEY_EXPIRED");
}

void TestCatalogKerberosKdc::mitNames()
{
    QFETCH(int, value);
    QFETCH(QString, name);
    const StatusCode *code = Catalog::instance().byValue(quint32(value), Family::Kerberos);
    QVERIFY(code);
    QVERIFY2(code->aliasList().contains(name), qPrintable(name));
    QCOMPARE(Catalog::instance().bySymbol(name), code);
}

void TestCatalogKerberosKdc::everyFieldWritten_data()
{
    QTest::addColumn<quint32>("value");
    for (const StatusCode &c : kerberosKdcCodes())
        QTest::newRow(c.symbol) << c.value;
}

void TestCatalogKerberosKdc::everyFieldWritten()
{
    QFETCH(quint32, value);
    const StatusCode *c = Catalog::instance().byValue(value, Family::Kerberos);
    QVERIFY(c);
    QVERIFY(!blank(c->meaning));
    QVERIFY(!blank(c->explanation));
    QVERIFY(c->causes.size() >= 2);
    QVERIFY(c->nextSteps.size() >= 2);
    QVERIFY(!c->related.empty());
    QStringList texts{QString::fromUtf8(c->meaning), QString::fromUtf8(c->explanation)};
    for (const char *cause : c->causes) {
        QVERIFY(!blank(cause));
        texts << QString::fromUtf8(cause);
    }
    for (const NextStep &s : c->nextSteps) {
        QVERIFY(!blank(s.text));
        texts << QString::fromUtf8(s.text);
        if (s.command)
            QVERIFY2(!blank(s.command), "a command, when given, is not empty");
    }
    const QRegularExpression placeholder(QStringLiteral("\\b(TODO|TBD|FIXME|unknown reason|lorem)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &t : texts) {
        QVERIFY2(!placeholder.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(t == t.trimmed(), qPrintable(t));
    }
    QVERIFY2(QString::fromUtf8(c->meaning).size() <= 140, "the meaning is one line");
    if (c->severity != Severity::Error)
        QCOMPARE(c->category, Category::SuccessContinuation);
    else
        QVERIFY(c->category == Category::KerberosKdc || c->category == Category::CredentialsLogon);
    if (c->severity == Severity::Informational) {
        const QString all = texts.join(QLatin1Char(' ')).toLower();
        QVERIFY2(all.contains(QLatin1String("not a failure")) || all.contains(QLatin1String("not an error")),
                 "informational codes say plainly that they are not failures");
    }
    QCOMPARE(c->severity == Severity::Success, c->value == 0);
}

void TestCatalogKerberosKdc::relatedCodesResolve_data()
{
    everyFieldWritten_data();
}

void TestCatalogKerberosKdc::relatedCodesResolve()
{
    QFETCH(quint32, value);
    const Catalog &cat = Catalog::instance();
    const StatusCode *c = cat.byValue(value, Family::Kerberos);
    QVERIFY(c);
    for (const RelatedCode &r : c->related) {
        QVERIFY(!blank(r.symbol));
        QVERIFY2(!blank(r.note), r.symbol);
        const StatusCode *other = cat.entryOf(r);
        if (other) {
            QVERIFY2(other != c, "a code is not related to itself");
            QCOMPARE(other->family, r.family);
            QVERIFY2(other->allNames().contains(QLatin1String(r.symbol)), r.symbol);
            if (r.family != Family::Sspi)
                QCOMPARE(other->value, r.value);
        } else {
            // Only a family another helper is writing may be missing; then family and value are set.
            QVERIFY2(writtenElsewhere(r), r.symbol);
            QVERIFY2(r.value != 0, r.symbol);
        }
    }
}

void TestCatalogKerberosKdc::fingerprints()
{
    QSet<QString> seen;
    for (const StatusCode &c : kerberosKdcCodes()) {
        for (const char *fp : c.fingerprints) {
            QVERIFY2(!blank(fp), c.symbol);
            const QString key = Catalog::normaliseMessage(QString::fromUtf8(fp));
            QVERIFY2(!seen.contains(key), fp);
            seen.insert(key);
            const QList<const StatusCode *> owners = Catalog::instance().byMessage(QString::fromUtf8(fp));
            QCOMPARE(owners.size(), 1);
            QCOMPARE(QLatin1String(owners.first()->symbol), QLatin1String(c.symbol));
        }
    }
    QVERIFY(seen.size() >= 29);
    // What kinit prints is found.
    const StatusCode *preauth = Catalog::instance().byMessage(u"Preauthentication failed").value(0);
    QVERIFY(preauth);
    QCOMPARE(preauth->value, 0x18u);
}

void TestCatalogKerberosKdc::namesUnique()
{
    const Catalog &cat = Catalog::instance();
    QHash<QString, QString> owner; // exact name -> symbol of its entry
    for (const StatusCode &c : cat.codes()) {
        for (const QString &n : c.allNames()) {
            if (c.family == Family::Kerberos && c.value <= 29)
                QVERIFY2(!owner.contains(n) || owner.value(n) == c.symbolString(), qPrintable(n));
            owner.insert(n, c.symbolString());
        }
    }
    for (const StatusCode &c : kerberosKdcCodes()) {
        for (const QString &n : c.allNames()) {
            const StatusCode *found = cat.bySymbol(n);
            QVERIFY2(found, qPrintable(n));
            QCOMPARE(found->family, Family::Kerberos);
            QCOMPARE(found->value, c.value);
        }
    }
}

void TestCatalogKerberosKdc::translatorComments()
{
    // Every text of ours carries a "//: SYMBOL (kerberos 0xN)" line for lupdate.
    QFile file(QStringLiteral(SSPILENS_SOURCE_DIR "/core/catalog/kerberos_kdc.cpp"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QRegularExpression comment(QStringLiteral("^\\s*//: (KDC_ERR_[A-Z0-9_]+) \\(kerberos 0x([0-9A-F]+)\\)$"));
    int marked = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).contains(QLatin1String("QT_TRANSLATE_NOOP(")))
            continue;
        QVERIFY2(i > 0, "QT_TRANSLATE_NOOP on the first line");
        const auto m = comment.match(lines.at(i - 1));
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("line %1 has no translator comment").arg(i + 1)));
        const StatusCode *code = Catalog::instance().byValue(m.captured(2).toUInt(nullptr, 16), Family::Kerberos);
        QVERIFY2(code && QLatin1String(code->symbol) == m.captured(1), qPrintable(lines.at(i - 1)));
        ++marked;
    }
    QVERIFY(marked > 200);
}

QTEST_GUILESS_MAIN(TestCatalogKerberosKdc)
#include "tst_catalog_kerberos_kdc.moc"
