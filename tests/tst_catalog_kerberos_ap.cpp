// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The Kerberos codes 31-76 (catalog/kerberos_ap.cpp) against the reference table
// event-families/kerberos-kdc-errors.tsv (rows 0x1F and up), the mingw-w64 headers for the
// NTSTATUS / Win32 values of related codes, and the catalog's rules for every entry.
#include "catalog.h"
#include "catalog/families.h"
#include "referencetable.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

constexpr quint32 kFirst = 0x1F;
constexpr quint32 kLast = 0x4C;

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

/// "#define NAME ((NTSTATUS)0xC0000133)" / "#define NAME __MSABI_LONG(1398)" of a mingw header.
QHash<QString, quint32> headerDefines(const QString &path, bool *ok)
{
    QHash<QString, quint32> defines;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (!*ok)
        return defines;
    const QString text = QString::fromLatin1(file.readAll());
    const QRegularExpression re(
        QStringLiteral(
            R"(^\s*#\s*define\s+([A-Z][A-Z0-9_]+)\s+(?:\(\(NTSTATUS\)|__MSABI_LONG\(|_HRESULT_TYPEDEF_\()\s*(0x[0-9A-Fa-f]+|\d+)L?\)\)?)"),
        QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString number = m.captured(2);
        bool parsed = false;
        const quint32 v = number.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                              ? number.mid(2).toUInt(&parsed, 16)
                              : number.toUInt(&parsed, 10);
        if (parsed)
            defines.insert(m.captured(1), v);
    }
    return defines;
}

QString headerFolder()
{
    return QFileInfo(QStringLiteral(SSPILENS_WINERROR_H)).absolutePath();
}

} // namespace

class TestCatalogKerberosAp : public QObject
{
    Q_OBJECT

private slots:
    void referenceTable();
    void entries_data();
    void entries();
    void relatedValuesMatchHeaders();
    void fingerprintsUniqueAcrossCatalog();
    void decidedDoubts();
};

void TestCatalogKerberosAp::referenceTable()
{
    const QString path = referencePath("event-families/kerberos-kdc-errors.tsv");
    const TsvTable t = readTsv(path);
    QVERIFY2(t.ok, qPrintable(QStringLiteral("cannot read %1").arg(path)));
    const int cCode = t.column("code");
    const int cDecimal = t.column("decimal");
    const int cRfc = t.column("rfc4120_name");
    const int cMs = t.column("name_on_ms_pages");
    QVERIFY2(cCode >= 0 && cDecimal >= 0 && cRfc >= 0 && cMs >= 0, qPrintable(path));

    const Catalog &cat = Catalog::instance();
    QStringList problems;
    int rows = 0;
    for (const QStringList &r : t.rows) {
        const int decimal = r.value(cDecimal).toInt();
        if (decimal < int(kFirst))
            continue;
        ++rows;
        bool ok = false;
        const quint32 value = r.value(cCode).mid(2).toUInt(&ok, 16);
        if (!ok || value != quint32(decimal)) {
            problems << QStringLiteral("%1: hex and decimal disagree").arg(r.value(cCode));
            continue;
        }
        const StatusCode *code = cat.byValue(value, Family::Kerberos);
        if (!code) {
            problems << QStringLiteral("%1 missing").arg(r.value(cCode));
            continue;
        }
        const QString rfc = r.value(cRfc);
        if (!code->allNames().contains(rfc))
            problems << QStringLiteral("%1: RFC 4120 name %2 is neither symbol nor alias").arg(r.value(cCode), rfc);
        if (cat.bySymbol(rfc) != code)
            problems << QStringLiteral("%1: %2 does not find the entry").arg(r.value(cCode), rfc);
        const QString ms = r.value(cMs);
        // 0x42: Microsoft prints the name RFC 4120 gives to 0x45 (decided in kerberos_ap.cpp).
        if (!ms.isEmpty() && value != 0x42 && !code->allNames().contains(ms))
            problems << QStringLiteral("%1: Microsoft's name %2 is neither symbol nor alias").arg(r.value(cCode), ms);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(rows, 38);

    // Nothing outside the table: every entry of this family part is a row.
    const std::vector<StatusCode> mine = kerberosApCodes();
    QCOMPARE(int(mine.size()), rows);
}

void TestCatalogKerberosAp::entries_data()
{
    QTest::addColumn<quint32>("value");
    for (const StatusCode &c : kerberosApCodes())
        QTest::newRow(c.symbol) << c.value;
}

void TestCatalogKerberosAp::entries()
{
    QFETCH(quint32, value);
    const Catalog &cat = Catalog::instance();
    const StatusCode *c = cat.byValue(value, Family::Kerberos);
    QVERIFY(c);
    QCOMPARE(c->family, Family::Kerberos);
    QVERIFY(c->value >= kFirst && c->value <= kLast);
    QCOMPARE(c->severity, Severity::Error);
    QVERIFY(c->category == Category::KerberosKdc || c->category == Category::CertificatesSmartCards);
    QCOMPARE(c->packages, Packages(Kerberos));
    QVERIFY2(!c->windowsMessage, "Kerberos codes have no FormatMessage text");
    QVERIFY(!c->wrapper);

    // Names: unique in the whole catalog, each one finds this entry.
    for (const QString &name : c->allNames()) {
        QVERIFY2(!name.trimmed().isEmpty(), c->symbol);
        QVERIFY2(cat.bySymbol(name) == c, qPrintable(name));
    }
    QVERIFY2(QString::fromLatin1(c->symbol).startsWith(QLatin1String("KRB_"))
                 || QString::fromLatin1(c->symbol).startsWith(QLatin1String("KDC_")),
             c->symbol);

    // Texts.
    QVERIFY(!blank(c->meaning));
    QVERIFY(!blank(c->explanation));
    QVERIFY2(QString::fromUtf8(c->meaning).size() <= 140, "the meaning is one line");
    QVERIFY(c->causes.size() >= 2);
    QVERIFY(c->nextSteps.size() >= 2);
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
    const QRegularExpression placeholder(QStringLiteral("\\b(TODO|TBD|FIXME|lorem)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &t : texts) {
        QVERIFY2(!placeholder.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(t == t.trimmed(), qPrintable(t));
    }

    // Related codes resolve, or (families written elsewhere) carry family and value.
    QVERIFY(!c->related.empty());
    for (const RelatedCode &r : c->related) {
        QVERIFY(!blank(r.symbol));
        QVERIFY2(!blank(r.note), r.symbol);
        const StatusCode *other = cat.entryOf(r);
        if (r.family == Family::Sspi || r.family == Family::Kerberos) {
            // SSPI is complete; Kerberos 0-29 comes from kerberos_kdc.cpp, written in parallel.
            if (r.family == Family::Sspi || r.value >= kFirst)
                QVERIFY2(other, r.symbol);
            else
                QVERIFY2(r.value != 0 || QLatin1String(r.symbol) == QLatin1String("KDC_ERR_NONE"), r.symbol);
        } else {
            QVERIFY2(r.value != 0, r.symbol);
        }
        if (other) {
            QVERIFY2(other != c, "a code is not related to itself");
            QCOMPARE(other->family, r.family);
            QVERIFY2(other->allNames().contains(QLatin1String(r.symbol)), r.symbol);
            if (r.value)
                QCOMPARE(other->value, r.value);
        }
    }

    // Fingerprints: verbatim outside texts of at least three words.
    for (const char *fp : c->fingerprints) {
        QVERIFY(!blank(fp));
        const QString text = QString::fromUtf8(fp);
        QVERIFY2(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3, fp);
        QVERIFY2(cat.byMessage(text).contains(c), fp);
    }

    // Event sites.
    QVERIFY(!c->events.empty());
    QSet<quint16> ids;
    for (const EventSite &e : c->events) {
        QVERIFY(e.eventId != 0);
        QVERIFY(!blank(e.field));
        QVERIFY2(!ids.contains(e.eventId), "an event is listed once");
        ids.insert(e.eventId);
        if (e.eventId == 4768 || e.eventId == 4769)
            QCOMPARE(QLatin1String(e.field), QLatin1String("Status"));
        if (e.eventId == 3)
            QCOMPARE(QLatin1String(e.field), QLatin1String("ErrorCode"));
    }
    // Microsoft's 4768/4769 tables stop at 0x44.
    QCOMPARE(ids.contains(4769), c->value <= 0x44);
    QVERIFY(ids.contains(3));
}

void TestCatalogKerberosAp::relatedValuesMatchHeaders()
{
    bool ntOk = false;
    bool winOk = false;
    const QString ntPath = headerFolder() + QStringLiteral("/ntstatus.h");
    const QString winPath = QStringLiteral(SSPILENS_WINERROR_H);
    const QHash<QString, quint32> nt = headerDefines(ntPath, &ntOk);
    const QHash<QString, quint32> win = headerDefines(winPath, &winOk);
    QVERIFY2(ntOk, qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(ntPath)));
    QVERIFY2(winOk, qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(winPath)));
    QVERIFY(nt.size() > 1000);
    QVERIFY(win.size() > 1000);

    QStringList problems;
    int checked = 0;
    for (const StatusCode &c : kerberosApCodes()) {
        for (const RelatedCode &r : c.related) {
            const QString symbol = QLatin1String(r.symbol);
            const QHash<QString, quint32> *table = nullptr;
            if (r.family == Family::NtStatus)
                table = &nt;
            else if (r.family == Family::Win32 || r.family == Family::HResult)
                table = &win;
            else if (r.family == Family::Sspi)
                table = &win;
            if (!table)
                continue;
            if (!table->contains(symbol)) {
                problems << QStringLiteral("%1 -> %2: not in the header").arg(QLatin1String(c.symbol), symbol);
                continue;
            }
            const quint32 expected = table->value(symbol);
            const quint32 actual = r.family == Family::Sspi ? Catalog::instance().valueOf(r) : r.value;
            if (actual != expected)
                problems << QStringLiteral("%1 -> %2: 0x%3, header 0x%4")
                                .arg(QLatin1String(c.symbol), symbol, QString::number(actual, 16),
                                     QString::number(expected, 16));
            ++checked;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checked > 40);
}

void TestCatalogKerberosAp::fingerprintsUniqueAcrossCatalog()
{
    QHash<QString, QString> owner;
    QStringList problems;
    for (const StatusCode &c : Catalog::instance().codes()) {
        QStringList texts;
        if (c.windowsMessage && c.severity != Severity::Success)
            texts << QString::fromUtf8(c.windowsMessage);
        for (const char *fp : c.fingerprints)
            texts << QString::fromUtf8(fp);
        for (const QString &t : texts) {
            const QString key = Catalog::normaliseMessage(t);
            const QString name = QLatin1String(c.symbol);
            const auto it = owner.constFind(key);
            const bool mine = c.family == Family::Kerberos && c.value >= kFirst;
            if (it != owner.cend() && *it != name && mine)
                problems << QStringLiteral("\"%1\": %2 and %3").arg(t, *it, name);
            owner.insert(key, name);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCatalogKerberosAp::decidedDoubts()
{
    const Catalog &cat = Catalog::instance();
    // 0x42 keeps the RFC 4120 name; the name Microsoft prints for it belongs to 0x45.
    const StatusCode *x42 = cat.byValue(0x42, Family::Kerberos);
    QVERIFY(x42);
    QCOMPARE(QLatin1String(x42->symbol), QLatin1String("KDC_ERR_CERTIFICATE_MISMATCH"));
    const StatusCode *u2u = cat.bySymbol(u"KRB_AP_ERR_USER_TO_USER_REQUIRED");
    QVERIFY(u2u);
    QCOMPARE(u2u->value, 0x45u);
    // 62-64: both prefixes find the entry, whichever spelling a log uses.
    QCOMPARE(cat.bySymbol(u"KDC_ERROR_CLIENT_NOT_TRUSTED"), cat.bySymbol(u"KDC_ERR_CLIENT_NOT_TRUSTED"));
    QCOMPARE(cat.bySymbol(u"KDC_ERROR_INVALID_SIG")->value, 0x40u);
    // Heimdal's KRB5_KDC_ERR_* spelling reaches the same entry through the search key.
    QCOMPARE(cat.bySymbol(u"KRB5_KDC_ERR_CLIENT_NOT_TRUSTED")->value, 0x3Eu);
    // 65: the PKINIT name is an alias of the RFC 4120 one.
    QCOMPARE(cat.bySymbol(u"KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED"), cat.bySymbol(u"KDC_ERR_KEY_TOO_WEAK"));
    // 76: Heimdal's INCONSISTENT_KEY_PURPOSE is another condition (PKINIT 77), not an alias.
    QVERIFY(!cat.bySymbol(u"KDC_ERR_INCONSISTENT_KEY_PURPOSE"));
    QCOMPARE(QLatin1String(cat.byValue(0x4C, Family::Kerberos)->symbol), QLatin1String("KDC_ERR_KDC_NAME_MISMATCH"));
    // MIT texts as kinit prints them.
    QVERIFY(cat.byMessage(u"Clock skew too great").contains(cat.byValue(0x25, Family::Kerberos)));
    QVERIFY(cat.byMessage(u"Message stream modified").contains(cat.byValue(0x29, Family::Kerberos)));
    QVERIFY(cat.byMessage(u"Ticket expired").isEmpty());
    // Symbol look-ups of the spellings logs use.
    QCOMPARE(cat.bySymbol(u"KRB5KRB_AP_ERR_SKEW"), cat.byValue(0x25, Family::Kerberos));
    QCOMPARE(cat.bySymbol(u"krb5krb_ap_err_modified"), cat.byValue(0x29, Family::Kerberos));
    QCOMPARE(cat.bySymbol(u"KRB5KRB_ERR_GENERIC"), cat.byValue(0x3C, Family::Kerberos));
}

QTEST_GUILESS_MAIN(TestCatalogKerberosAp)
#include "tst_catalog_kerberos_ap.moc"
