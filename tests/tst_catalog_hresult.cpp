// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The hresult family of the catalog (core/catalog/hresult.cpp): certificate-chain results and wrappers, checked
// against wrapper-hresults.tsv, mingw-w64 winerror.h and corerror.h and the quality bar of the catalog.
#include "catalog.h"
#include "catalogfamilycheck.h"

#include <QTest>

using namespace sspilens;
using namespace familycheck;

namespace {

const char *const wrapperTable = "event-families/wrapper-hresults.tsv";

struct Wanted {
    const char *symbol;
    quint32 value;
    bool wrapper;
};

const Wanted wanted[] = {
    {"E_FAIL", 0x80004005u, true},
    {"E_ACCESSDENIED", 0x80070005u, true},
    {"CRYPT_E_REVOKED", 0x80092010u, false},
    {"CRYPT_E_NO_REVOCATION_CHECK", 0x80092012u, false},
    {"CRYPT_E_REVOCATION_OFFLINE", 0x80092013u, false},
    {"CERT_E_EXPIRED", 0x800B0101u, false},
    {"CERT_E_UNTRUSTEDROOT", 0x800B0109u, false},
    {"CERT_E_CHAINING", 0x800B010Au, false},
    {"CERT_E_REVOKED", 0x800B010Cu, false},
    {"CERT_E_REVOCATION_FAILURE", 0x800B010Eu, false},
    {"CERT_E_CN_NO_MATCH", 0x800B010Fu, false},
    {"CERT_E_WRONG_USAGE", 0x800B0110u, false},
    {"CERT_E_UNTRUSTEDCA", 0x800B0112u, false},
    {"COR_E_SYSTEM", 0x80131501u, true},
    {"COR_E_INVALIDOPERATION", 0x80131509u, true},
    {"COR_E_SqlException", 0x80131904u, true},
};

std::vector<const StatusCode *> hresultEntries()
{
    std::vector<const StatusCode *> list;
    for (const StatusCode &c : Catalog::instance().codes())
        if (c.family == Family::HResult)
            list.push_back(&c);
    return list;
}

} // namespace

class TestCatalogHResult : public QObject
{
    Q_OBJECT

private slots:
    void wantedPresent_data();
    void wantedPresent();
    void referenceRows();
    void matchesHeaders();
    void quality_data();
    void quality();
    void wrappersSayWhereToLook();
    void documentedRelations();
};

void TestCatalogHResult::wantedPresent_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<bool>("wrapper");
    for (const Wanted &w : wanted)
        QTest::newRow(w.symbol) << QString::fromLatin1(w.symbol) << w.value << w.wrapper;
}

void TestCatalogHResult::wantedPresent()
{
    QFETCH(QString, symbol);
    QFETCH(quint32, value);
    QFETCH(bool, wrapper);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY2(code, qPrintable(symbol + QStringLiteral(" missing from the catalog")));
    QCOMPARE(code->family, Family::HResult);
    QCOMPARE(code->value, value);
    QCOMPARE(code->symbolString(), symbol);
    QCOMPARE(code->wrapper, wrapper);
    QCOMPARE(Catalog::instance().byValue(value, Family::HResult), code);
    // COR_E_* have no FormatMessage text; every winerror.h code has its SDK MessageText.
    if (!symbol.startsWith(QLatin1String("COR_E_")))
        QVERIFY(!blank(code->windowsMessage));
}

// Every row of wrapper-hresults.tsv without a Win32 code (the certificate results and the wrappers) is an hresult
// entry with the row's value; whether it is a wrapper follows the show_as column, except E_ACCESSDENIED ("context"
// in the table), which this catalog treats as a wrapper because it is everywhere.
void TestCatalogHResult::referenceRows()
{
    const QString path = referencePath(QLatin1String(wrapperTable));
    const TsvTable t = readTsv(path);
    QVERIFY2(t.ok, qPrintable(QStringLiteral("cannot read %1").arg(path)));
    int checked = 0;
    for (const QStringList &row : t.rows) {
        if (!t.cell(row, "win32_code").isEmpty())
            continue; // a Win32 code: tst_catalog_win32
        const QString symbol = t.cell(row, "symbol");
        const StatusCode *code = Catalog::instance().bySymbol(symbol);
        QVERIFY2(code, qPrintable(symbol + QStringLiteral(" (") + path + QStringLiteral(") missing")));
        QCOMPARE(code->family, Family::HResult);
        QCOMPARE(code->value, t.cell(row, "hex").mid(2).toUInt(nullptr, 16));
        QCOMPARE(code->signedValue(), t.cell(row, "signed_decimal").toInt());
        const bool tableWrapper = t.cell(row, "show_as").startsWith(QLatin1String("wrapper"));
        QCOMPARE(code->wrapper, tableWrapper || symbol == QLatin1String("E_ACCESSDENIED"));
        ++checked;
    }
    QVERIFY2(checked >= 15, "wrapper-hresults.tsv lists 15 rows without a Win32 code");
}

void TestCatalogHResult::matchesHeaders()
{
    bool winOk = false;
    bool corOk = false;
    const QHash<QString, quint32> win = headerValues(QStringLiteral(SSPILENS_WINERROR_H), &winOk);
    const QHash<QString, quint32> cor = headerValues(headerPath(QStringLiteral("corerror.h")), &corOk);
    QVERIFY2(winOk, qPrintable(QStringLiteral("cannot read %1").arg(SSPILENS_WINERROR_H)));
    QVERIFY2(corOk, qPrintable(QStringLiteral("cannot read %1").arg(headerPath(QStringLiteral("corerror.h")))));
    const auto entries = hresultEntries();
    QVERIFY(!entries.empty());
    for (const StatusCode *c : entries) {
        const QString sym = c->symbolString();
        const QHash<QString, quint32> &defines = sym.startsWith(QLatin1String("COR_E_")) ? cor : win;
        QVERIFY2(defines.contains(sym), c->symbol);
        QCOMPARE(c->value, defines.value(sym));
    }
}

void TestCatalogHResult::quality_data()
{
    QTest::addColumn<QString>("symbol");
    for (const Wanted &w : wanted)
        QTest::newRow(w.symbol) << QString::fromLatin1(w.symbol);
}

void TestCatalogHResult::quality()
{
    QFETCH(QString, symbol);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    const QString problem = qualityProblem(*code);
    QVERIFY2(problem.isEmpty(), qPrintable(symbol + QStringLiteral(": ") + problem));
    QVERIFY(code->severity == Severity::Error);
    QVERIFY(code->packages != NoPackage);
}

// A wrapper's explanation names the place where the real code is.
void TestCatalogHResult::wrappersSayWhereToLook()
{
    const QStringList places{QStringLiteral("NativeErrorCode"), QStringLiteral("InnerException"),
                             QStringLiteral("Errors"), QStringLiteral("inner")};
    for (const StatusCode *c : hresultEntries()) {
        if (!c->wrapper || c->symbolString() == QLatin1String("E_ACCESSDENIED"))
            continue;
        const QString text = QString::fromUtf8(c->explanation) + QLatin1Char(' ') + QString::fromUtf8(c->meaning);
        bool named = false;
        for (const QString &p : places)
            named = named || text.contains(p);
        QVERIFY2(named, c->symbol);
    }
}

void TestCatalogHResult::documentedRelations()
{
    const Catalog &cat = Catalog::instance();
    auto relatedTo = [&](const char *from, Family family, quint32 value) {
        const StatusCode *c = cat.bySymbol(QString::fromLatin1(from));
        if (!c)
            return false;
        for (const RelatedCode &r : c->related)
            if (r.family == family && cat.valueOf(r) == value)
                return true;
        return false;
    };
    QVERIFY(relatedTo("CRYPT_E_REVOKED", Family::TlsAlert, 44));
    QVERIFY(relatedTo("CERT_E_WRONG_USAGE", Family::Sspi, 0x80090349u));
    QVERIFY(relatedTo("CERT_E_UNTRUSTEDROOT", Family::Sspi, 0x80090325u));
    QVERIFY(relatedTo("CERT_E_CN_NO_MATCH", Family::Sspi, 0x80090322u));
    QVERIFY(relatedTo("CERT_E_EXPIRED", Family::Sspi, 0x80090328u));
    QVERIFY(relatedTo("ERROR_LOGON_FAILURE", Family::NtStatus, 0xC000006Du));
    QVERIFY(relatedTo("ERROR_LOGON_FAILURE", Family::Sspi, 0x8009030Cu));
    QVERIFY(relatedTo("ERROR_LOGON_FAILURE", Family::Kerberos, 0x18u));
}

QTEST_GUILESS_MAIN(TestCatalogHResult)
#include "tst_catalog_hresult.moc"
