// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The NTSTATUS family (core/catalog/ntstatus.cpp) against its reference tables
// (event-families/logon-status.tsv, ntstatus-counterparts.tsv) and mingw-w64's ntstatus.h.
#include "catalog.h"
#include "referencetable.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

std::vector<const StatusCode *> ntstatusEntries()
{
    std::vector<const StatusCode *> list;
    for (const StatusCode &c : Catalog::instance().codes())
        if (c.family == Family::NtStatus)
            list.push_back(&c);
    return list;
}

bool hasEvent(const StatusCode &c, quint16 id, const char *field)
{
    for (const EventSite &e : c.events)
        if (e.eventId == id && QLatin1String(e.field) == QLatin1String(field))
            return true;
    return false;
}

const RelatedCode *relatedTo(const StatusCode &c, Family family, const QString &symbol)
{
    for (const RelatedCode &r : c.related)
        if (r.family == family && QLatin1String(r.symbol) == symbol)
            return &r;
    return nullptr;
}

} // namespace

class TestCatalogNtstatus : public QObject
{
    Q_OBJECT

private slots:
    void logonStatusTable();
    void counterpartTable();
    void matchesNtstatusHeader();
    void everyEntryWritten_data();
    void everyEntryWritten();
    void relatedCodesResolve_data();
    void relatedCodesResolve();
    void fingerprintsUniqueAndFindable();
};

// Every row of logon-status.tsv is an entry of the family, with the event fields the table names.
void TestCatalogNtstatus::logonStatusTable()
{
    const QString path = referencePath("event-families/logon-status.tsv");
    const TsvTable t = readTsv(path);
    QVERIFY2(t.ok, qPrintable(QStringLiteral("cannot read %1").arg(path)));
    QCOMPARE(t.rows.size(), 23);
    QVERIFY(t.column("hex") >= 0 && t.column("symbol") >= 0 && t.column("event_fields") >= 0);
    for (const QStringList &row : t.rows) {
        const QString symbol = t.cell(row, "symbol");
        bool ok = false;
        const quint32 value = t.cell(row, "hex").toUInt(&ok, 16);
        QVERIFY2(ok, qPrintable(symbol));
        const StatusCode *code = Catalog::instance().byValue(value, Family::NtStatus);
        QVERIFY2(code, qPrintable(symbol + QStringLiteral(" missing from the ntstatus family")));
        QCOMPARE(code->symbolString(), symbol);
        QCOMPARE(Catalog::instance().bySymbol(symbol), code);
        QCOMPARE(qint64(code->signedValue()), t.cell(row, "signed_decimal").toLongLong());
        QCOMPARE(qint64(code->unsignedValue()), t.cell(row, "unsigned_decimal").toLongLong());
        QCOMPARE(code->severity, value == 0 ? Severity::Success : Severity::Error);
        const QString fields = t.cell(row, "event_fields");
        if (fields.contains(QLatin1String("4776")))
            QVERIFY2(hasEvent(*code, 4776, "Status"), qPrintable(symbol));
        if (fields.contains(QLatin1String("4625")))
            QVERIFY2(hasEvent(*code, 4625, "Status"), qPrintable(symbol));
        if (fields.contains(QLatin1String("4625 Status / Sub Status")))
            QVERIFY2(hasEvent(*code, 4625, "SubStatus"), qPrintable(symbol));
        for (const EventSite &e : code->events)
            QVERIFY2(fields.contains(QString::number(e.eventId)), qPrintable(symbol));
    }
}

// Every twin of ntstatus-counterparts.tsv is an entry; twins are linked both ways where the SSPI
// entry names its twin.
void TestCatalogNtstatus::counterpartTable()
{
    const QString path = referencePath("ntstatus-counterparts.tsv");
    const TsvTable t = readTsv(path);
    QVERIFY2(t.ok, qPrintable(QStringLiteral("cannot read %1").arg(path)));
    QVERIFY(t.rows.size() >= 30);
    for (const QStringList &row : t.rows) {
        const QString sec = t.cell(row, "sec_symbol");
        const QString status = t.cell(row, "status_symbol");
        const quint32 value = t.cell(row, "status_hex").toUInt(nullptr, 16);
        const quint32 secValue = t.cell(row, "sec_hex").toUInt(nullptr, 16);
        const StatusCode *code = Catalog::instance().byValue(value, Family::NtStatus);
        QVERIFY2(code, qPrintable(status + QStringLiteral(" missing from the ntstatus family")));
        QCOMPARE(code->symbolString(), status);
        const RelatedCode *back = relatedTo(*code, Family::Sspi, sec);
        QVERIFY2(back, qPrintable(status + QStringLiteral(" does not name its twin ") + sec));
        QCOMPARE(Catalog::instance().valueOf(*back), secValue);
        const StatusCode *secCode = Catalog::instance().bySymbol(sec);
        QVERIFY2(secCode, qPrintable(sec));
        if (const RelatedCode *forth = relatedTo(*secCode, Family::NtStatus, status)) {
            QCOMPARE(forth->value, value);
            QCOMPARE(Catalog::instance().entryOf(*forth), code);
        }
    }
}

// Values equal mingw-w64's ntstatus.h wherever it defines the symbol.
void TestCatalogNtstatus::matchesNtstatusHeader()
{
    const QString path = QFileInfo(QStringLiteral(SSPILENS_WINERROR_H)).absolutePath() + QStringLiteral("/ntstatus.h");
    QFile header(path);
    QVERIFY2(header.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(path)));
    const QString text = QString::fromLatin1(header.readAll());
    QHash<QString, quint32> defines;
    const QRegularExpression re(
        QStringLiteral(R"(^\s*#\s*define\s+(STATUS_[A-Z0-9_]+)\s+\(\(NTSTATUS\)\s*(0x[0-9A-Fa-f]+)L?\))"),
        QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        defines.insert(m.captured(1), m.captured(2).toUInt(nullptr, 16));
    }
    QVERIFY(defines.size() > 1000);
    // mingw-w64 10 defines STATUS_PKU2U_CERT_FAILURE as 0xC000042E; the Windows SDK (10.0.22000
    // shared/ntstatus.h) has 0xC000042F and reserves MessageId 0x042E for STATUS_VERSION_PARSE_ERROR.
    // The catalog follows the SDK, as do ntstatus-counterparts.tsv and the SSPI entry's twin link.
    const QHash<QString, quint32> sdkOverMingw{{QStringLiteral("STATUS_PKU2U_CERT_FAILURE"), 0xC000042Eu}};
    int checked = 0;
    for (const StatusCode *c : ntstatusEntries()) {
        const auto it = defines.constFind(c->symbolString());
        if (it == defines.cend())
            continue;
        if (sdkOverMingw.contains(c->symbolString()))
            QCOMPARE(*it, sdkOverMingw.value(c->symbolString()));
        else
            QVERIFY2(*it == c->value, c->symbol);
        ++checked;
    }
    // Every symbol of the family is an old, stable NTSTATUS; mingw-w64 10 defines them all.
    QCOMPARE(checked, int(ntstatusEntries().size()));
}

void TestCatalogNtstatus::everyEntryWritten_data()
{
    QTest::addColumn<QString>("symbol");
    for (const StatusCode *c : ntstatusEntries())
        QTest::newRow(c->symbol) << c->symbolString();
}

void TestCatalogNtstatus::everyEntryWritten()
{
    QFETCH(QString, symbol);
    const StatusCode *c = Catalog::instance().bySymbol(symbol);
    QVERIFY(c);
    QCOMPARE(c->family, Family::NtStatus);
    QVERIFY(!blank(c->windowsMessage));
    QVERIFY(!blank(c->meaning));
    QVERIFY(!blank(c->explanation));
    QVERIFY2(QString::fromUtf8(c->meaning).size() <= 140, "the meaning is one line");
    QVERIFY(c->causes.size() >= 2);
    QVERIFY(c->nextSteps.size() >= 2);
    QVERIFY(!c->related.empty());
    QVERIFY(c->packages != NoPackage);
    for (const char *cause : c->causes)
        QVERIFY(!blank(cause));
    for (const NextStep &s : c->nextSteps) {
        QVERIFY(!blank(s.text));
        if (s.command)
            QVERIFY(!blank(s.command));
    }
    if (c->severity == Severity::Success)
        QCOMPARE(c->category, Category::SuccessContinuation);
    else
        QVERIFY(Catalog::instance().byMessage(QString::fromUtf8(c->windowsMessage)).contains(c));
    for (const EventSite &e : c->events) {
        QVERIFY(e.eventId == 4625 || e.eventId == 4776);
        QVERIFY(QLatin1String(e.field) == QLatin1String("Status")
                || QLatin1String(e.field) == QLatin1String("SubStatus"));
    }
}

void TestCatalogNtstatus::relatedCodesResolve_data()
{
    everyEntryWritten_data();
}

// A related code resolves in the catalog; only codes of families other helpers are writing
// (Kerberos, Win32, HRESULT, TLS alerts) may still be missing, and then carry family and value.
void TestCatalogNtstatus::relatedCodesResolve()
{
    QFETCH(QString, symbol);
    const Catalog &cat = Catalog::instance();
    const StatusCode *c = cat.bySymbol(symbol);
    QVERIFY(c);
    QSet<QString> seen;
    for (const RelatedCode &r : c->related) {
        QVERIFY(!blank(r.symbol));
        QVERIFY(!blank(r.note));
        const QString name = QLatin1String(r.symbol);
        QVERIFY2(!seen.contains(name), r.symbol);
        seen.insert(name);
        const StatusCode *other = cat.entryOf(r);
        QVERIFY2(other != c, "a code is not related to itself");
        if (r.family == Family::Sspi || r.family == Family::NtStatus) {
            QVERIFY2(other, r.symbol);
            QCOMPARE(other->family, r.family);
            QCOMPARE(other->symbolString(), name);
            if (r.value != 0)
                QCOMPARE(other->value, r.value);
        } else if (!other) {
            QVERIFY2(r.value != 0, r.symbol);
        } else {
            QCOMPARE(other->value, r.value);
        }
    }
}

// Fingerprints are verbatim texts of three or more words, unique in the whole catalog, and a log
// line carrying one finds its entry.
void TestCatalogNtstatus::fingerprintsUniqueAndFindable()
{
    QHash<QString, QString> owners;
    for (const StatusCode &c : Catalog::instance().codes()) {
        for (const char *f : c.fingerprints) {
            const QString key = Catalog::normaliseMessage(QString::fromUtf8(f));
            QVERIFY2(!owners.contains(key), f);
            owners.insert(key, c.symbolString());
        }
    }
    int count = 0;
    for (const StatusCode *c : ntstatusEntries()) {
        for (const char *f : c->fingerprints) {
            QVERIFY(!blank(f));
            const QString text = QString::fromUtf8(f);
            QVERIFY2(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3, f);
            QVERIFY2(Catalog::normaliseMessage(text) != Catalog::normaliseMessage(QString::fromUtf8(c->windowsMessage)),
                     f);
            QVERIFY(Catalog::instance().byMessage(text).contains(c));
            ++count;
        }
    }
    QCOMPARE(count, 9); // %%2305-%%2313; %%2304 names no single status
}

QTEST_GUILESS_MAIN(TestCatalogNtstatus)
#include "tst_catalog_ntstatus.moc"
